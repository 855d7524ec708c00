/**
 * What the place search loads on first use, in a chunk of its own: the gazetteer (postcodes and places), the
 * geocoders, "which arbeidsmarktregio is this place in" (which brings the region outlines along), and the bar that
 * shows the chosen place with its region and distance filter.
 */
export { GAZETTEER_ATTRIBUTION } from '../location/gazetteer.js';
export { createPlaceFinder } from '../location/place-finder.js';
export { renderPlaceBar } from '../components/place-search/place-bar.js';
export { placeBarStyles } from '../components/place-search/place-bar.styles.js';
