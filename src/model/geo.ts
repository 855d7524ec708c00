/**
 * Plain geography on WGS84 longitude/latitude: distances and the part of the country the map shows. No map
 * library: the store orders the list with these, and the location search will reuse them.
 */

import type { LonLat } from '../feed/earth.js';

export { distanceKm, type LonLat } from '../feed/earth.js';

/** What the map shows: its centre and its bounding box [west, south, east, north], in degrees. */
export interface MapArea {
  center: LonLat;
  extent: readonly [number, number, number, number];
}

export function contains(extent: MapArea['extent'], [lon, lat]: LonLat): boolean {
  return lon >= extent[0] && lon <= extent[2] && lat >= extent[1] && lat <= extent[3];
}

/** Whether two areas are the same to the metre: a redraw that moves nothing must not reorder the list. */
export function sameArea(a: MapArea | undefined, b: MapArea | undefined): boolean {
  if (!a || !b) return a === b;
  const close = (x: number, y: number) => Math.abs(x - y) < 1e-5;
  return (
    [0, 1, 2, 3].every((i) => close(a.extent[i]!, b.extent[i]!)) &&
    close(a.center[0], b.center[0]) &&
    close(a.center[1], b.center[1])
  );
}
