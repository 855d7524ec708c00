/**
 * What the location search loads on first use, in a chunk of its own: the gazetteer (postcodes and places), the
 * geocoders, and "which arbeidsmarktregio is this place in" (which brings the region outlines along).
 */
import { distanceToRegionKm, REGION_SHAPES, regionAt } from '../regions/regions.js';

export { GAZETTEER_ATTRIBUTION } from './gazetteer.js';
export { findSpot, gazetteerGeocoder, pdokGeocoder } from './geocoder.js';

/** A postcode's centre on the coast can lie just outside the generalised outline: the nearest region within this. */
const COAST_TOLERANCE_KM = 3;

/** The arbeidsmarktregio a place lies in (or lies next to, on the coast), by name. */
export function regionOfPlace(lon: number, lat: number): string | undefined {
  const inside = regionAt(lon, lat);
  if (inside) return inside.naam;
  let nearest: { naam: string; km: number } | undefined;
  for (const { naam } of REGION_SHAPES) {
    const km = distanceToRegionKm(naam, lon, lat) ?? Infinity;
    if (km <= COAST_TOLERANCE_KM && km < (nearest?.km ?? Infinity)) nearest = { naam, km };
  }
  return nearest?.naam;
}
