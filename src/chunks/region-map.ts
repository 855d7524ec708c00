/**
 * What the element loads on demand for the regions: their shapes and the layers that draw them (outlines, the
 * locked region's mask, the choropleth), after the first pins are drawn and never in the first download. The
 * coverage view's own code is a chunk of its own (coverage-view.ts).
 */
import { RegionLayers, type RegionLayersOptions } from '../map/region-layers.js';
import { REGION_SHAPES } from '../regions/regions.js';

export const createRegionLayers = (options: RegionLayersOptions): RegionLayers =>
  RegionLayers.create(REGION_SHAPES, options);
