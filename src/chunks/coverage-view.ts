/**
 * What the element loads on demand for the coverage view: its counts (now and over the years), table, chart,
 * legend, CSV, texts and styles. Apart from the region outlines (region-map.ts), which every map in view loads after
 * its first pins: a visitor who never opens the coverage view downloads none of this.
 */
export { coverage, coverageCsv } from '../model/coverage.js';
export { coverageHistory, coverageHistoryCsv } from '../model/coverage-history.js';
export { renderCoverage, renderCoverageLegend } from '../components/coverage/coverage.js';
export { coverageStyles } from '../components/coverage/coverage.styles.js';
export { coverageTexts } from '../i18n/coverage.js';
