/**
 * Finding places for the place field, behind one object the field's controller gets from the on-demand chunk:
 * suggestions while typing, where a chosen suggestion lies, the best match for a written text (`near`, a link),
 * and the arbeidsmarktregio of a point. With a PDOK address it asks Locatieserver first; when that fails, it says
 * so once (`onFallback`) and answers from the built-in gazetteer from then on.
 */
import { findSpot, gazetteerGeocoder, pdokGeocoder, type Geocoder, type Suggestion } from './geocoder.js';
import { parseLatLon, type Place } from '../model/place.js';
import { distanceToRegionKm, REGION_SHAPES, regionAt } from '../regions/regions.js';

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

export interface PlaceFinder {
  suggest(query: string, signal: AbortSignal): Promise<Suggestion[]>;
  /** The place a suggestion stands for (named, with its region); undefined when it cannot be located. */
  place(suggestion: Suggestion): Promise<Place | undefined>;
  /** The place a written text names: `lat,lon`, a postcode ("7511 Enschede" is 7511), a place or an address. */
  find(text: string): Promise<Place | undefined>;
  /** A point from the device, with its region. */
  at(label: string, lon: number, lat: number): Place;
}

export function createPlaceFinder(options: {
  pdokUrl: string | undefined;
  onFallback(error: unknown): void;
}): PlaceFinder {
  let pdok: Geocoder | undefined = options.pdokUrl ? pdokGeocoder(options.pdokUrl) : undefined;
  const fallBack = (error: unknown) => {
    pdok = undefined;
    options.onFallback(error);
  };
  const named = (label: string, point: { lon: number; lat: number }): Place => ({
    label,
    ...point,
    region: regionOfPlace(point.lon, point.lat),
    named: true,
  });

  const finder: PlaceFinder = {
    async suggest(query, signal) {
      if (pdok) {
        try {
          return await pdok.suggest(query, signal);
        } catch (error) {
          if (signal.aborted) return [];
          fallBack(error);
        }
      }
      return gazetteerGeocoder.suggest(query, signal);
    },

    async place(suggestion) {
      const signal = new AbortController().signal;
      if (suggestion.lon !== undefined && suggestion.lat !== undefined) {
        return named(suggestion.label, { lon: suggestion.lon, lat: suggestion.lat });
      }
      try {
        const point = await pdok?.locate(suggestion, signal);
        if (point) return named(suggestion.label, point);
      } catch (error) {
        fallBack(error);
      }
      // The address is lost, its postcode or place is not: "Hengelosestraat 1, 7511AB Enschede" -> 7511.
      const postcode = /\b(\d{4})\s?[a-z]{2}\b/i.exec(suggestion.label);
      const spot = findSpot(postcode?.[1] ?? suggestion.label.split(',').at(-1) ?? '');
      return spot && named(suggestion.label, spot);
    },

    async find(text) {
      const latLon = parseLatLon(text);
      if (latLon) return named(text, latLon);
      if (pdok) {
        const [first] = await finder.suggest(text, new AbortController().signal);
        if (first) return finder.place(first);
      }
      const spot = findSpot(text);
      return spot && named(spot.label, spot);
    },

    at: (label, lon, lat) => ({ label, lon, lat, region: regionOfPlace(lon, lat), named: false }),
  };
  return finder;
}
