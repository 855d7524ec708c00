/**
 * What the map loads on demand to draw the regions: their shapes and the layers that draw them. One module, so
 * that the outlines and the OpenLayers code only they use arrive together, after the first pins are drawn.
 */
import { RegionLayers, type RegionLayersOptions } from '../map/region-layers.js';
import { REGION_SHAPES, REGIONS_ATTRIBUTION } from './regions.js';

export { REGIONS_ATTRIBUTION };

export const createRegionLayers = (options: RegionLayersOptions): RegionLayers =>
  RegionLayers.create(REGION_SHAPES, options);
