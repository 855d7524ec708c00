/**
 * What the element loads on demand for the regions: their shapes, the layers that draw them, and the coverage view
 * (its counts, table, legend, CSV and styles). One module, so that all of it arrives together after the first pins
 * are drawn, and none of it is in the first download.
 */
import { RegionLayers, type RegionLayersOptions } from '../map/region-layers.js';
import { REGION_SHAPES, REGIONS_ATTRIBUTION } from '../regions/regions.js';

export { REGIONS_ATTRIBUTION };

export const createRegionLayers = (options: RegionLayersOptions): RegionLayers =>
  RegionLayers.create(REGION_SHAPES, options);

export { coverage, coverageCsv } from '../model/coverage.js';
export { renderCoverage, renderCoverageLegend } from '../components/coverage/coverage.js';
export { coverageStyles } from '../components/coverage/coverage.styles.js';
