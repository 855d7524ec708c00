/**
 * Distances on the earth, in WGS84 longitude/latitude: the feed's own check that one school stands in one place
 * needs them, and so does the model (distances to the visitor's place, which re-exports these).
 */

/** A point as [longitude, latitude] in degrees. */
export type LonLat = readonly [number, number];

const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/** Great-circle distance in kilometres (haversine: exact enough at every distance the Netherlands has). */
export function distanceKm(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RADIANS;
  const dLon = (b[0] - a[0]) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RADIANS) * Math.cos(b[1] * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
