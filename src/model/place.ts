/**
 * The visitor's place ("Postcode of plaats", "Mijn locatie", the `near` attribute) and the distance filter: what they
 * hold, how attribute values are read, and how a distance is written. Pure: no gazetteer, no map.
 */
import type { LonLat } from './geo.js';

export interface Place {
  /** What the visitor sees: "7511 Enschede", "Enschede", "Mijn locatie". */
  label: string;
  lon: number;
  lat: number;
  /** The arbeidsmarktregio the place lies in, when it lies in one. */
  region?: string;
  /**
   * Typed or chosen by name (a postcode, a place, an address, the `near` attribute): it may go into a link.
   * A position from the device never does.
   */
  named: boolean;
}

/** The distances the filter offers; the `radius` attribute takes any positive number. */
export const RADIUS_OPTIONS = [5, 10, 25, 50] as const;

/** Further than this is the whole country and more: a larger radius is read as this. */
export const MAX_RADIUS_KM = 400;

/** The longest place text read from an attribute, a link or the field: a postcode or an address fits many times. */
export const MAX_PLACE_TEXT = 120;

export const placeLonLat = (place: Place): LonLat => [place.lon, place.lat];

/** `"52.22, 6.89"` (latitude first, as maps write it) -> `{lat, lon}`; undefined for anything else. */
export function parseLatLon(text: string): { lat: number; lon: number } | undefined {
  const match = /^\s*(-?\d{1,3}(?:\.\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:\.\d+)?)\s*$/.exec(text);
  if (!match) return undefined;
  const lat = Number(match[1]);
  const lon = Number(match[2]);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : undefined;
}

export interface ParsedRadius {
  value: number | undefined;
  warning?: string;
}

/** The `radius` attribute: kilometres, any positive number; off when empty; a clear word on anything else. */
export function parseRadius(written: string | number | null | undefined): ParsedRadius {
  if (written === null || written === undefined || String(written).trim() === '') return { value: undefined };
  const text = String(written)
    .trim()
    .replace(',', '.')
    .replace(/\s*km$/i, '');
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    return {
      value: undefined,
      warning: `leerroutes-kaart: radius="${String(written).slice(0, 40)}" is not a distance in km (a positive number, like 10); no distance filter is applied.`,
    };
  }
  if (value > MAX_RADIUS_KM) {
    return {
      value: MAX_RADIUS_KM,
      warning: `leerroutes-kaart: radius="${String(written).slice(0, 40)}" is more than ${MAX_RADIUS_KM} km; ${MAX_RADIUS_KM} km is used.`,
    };
  }
  return { value };
}

/**
 * A straight-line distance as a person says it: "< 1 km", "3,4 km" under ten, "12 km" beyond. GeoNames centres are
 * good to about a kilometre, so more precision would promise what the data does not have.
 */
export function formatDistance(km: number, lang: string): string {
  if (km < 1) return '< 1 km';
  const digits = km < 10 ? 1 : 0;
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(km);
  return `${number} km`;
}

/** The `location-change` event's detail: the place, or null when it was cleared. */
export type LocationChangeDetail = {
  label: string;
  lon: number;
  lat: number;
  /** The arbeidsmarktregio the place lies in, or null outside all of them. */
  region: string | null;
} | null;

export function locationDetail(place: Place | undefined): LocationChangeDetail {
  return place ? { label: place.label, lon: place.lon, lat: place.lat, region: place.region ?? null } : null;
}
