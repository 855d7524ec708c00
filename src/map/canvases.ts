/**
 * The map's layers draw into two canvases, not one each. OpenLayers lets a layer draw into the canvas of the layer
 * below it when both have the same class name. Every frame redraws each canvas, and the browser copies each redrawn
 * canvas to its compositor on the page's thread. With a canvas per layer, that copy was most of the map's frames
 * after the first pins on a phone (Chromium's "Commit", 10–23 ms a frame at 1× CPU).
 *
 * Two, not one: the region names are placed (decluttered) at the end of a frame, over everything drawn on their
 * canvas, so the pins need a canvas above theirs. A tiled basemap keeps a canvas of its own and sits between the
 * land outline and the region outlines, which then draw on two backdrop canvases (four in all).
 */

/** The land outline, the dimming mask of a locked region, and the region outlines with their names. */
export const BACKDROP_CANVAS = 'backdrop';
/** The pins and the visitor's place above them. */
export const PINS_CANVAS = 'pins';
