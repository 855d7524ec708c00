/** The choropleth's scale: apart from the counting, so that the basemap can take its colour without the counting's code. */
/** Lower bounds of the choropleth's classes (routes per region): 0, 1–4, 5–9, 10–19, 20 or more. */
export const COVERAGE_CLASSES = [0, 1, 5, 10, 20] as const;

/**
 * A sequential blue scale, light to dark, that colour-blind readers can order too (ColorBrewer "Blues"); its "0" is
 * white, told apart from land outside every region (`OUTSIDE_REGIONS_COLOUR`, the offline outline's neighbours).
 */
export const COVERAGE_COLOURS = ['#ffffff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const;
export const OUTSIDE_REGIONS_COLOUR = '#e3e1db';
