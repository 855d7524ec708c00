/**
 * Geocoders behind "Postcode of plaats": the built-in gazetteer (in the browser, nothing leaves the page) and, when a
 * site opts in with `geocoder="pdok"`, PDOK Locatieserver for full addresses (`suggest` while typing, `lookup` for
 * the chosen one). Both answer with the same suggestions, so the field does not care which one it asks.
 */
import { searchSpots, type Spot } from './gazetteer.js';
import { PDOK_LOCATIESERVER } from './pdok.js';

export interface Suggestion {
  /** Unique within one answer: the option's key. */
  id: string;
  label: string;
  kind: 'postcode' | 'place' | 'address';
  /** Known at once for the gazetteer; PDOK's come from `lookup`. */
  lon?: number;
  lat?: number;
}

export interface Geocoder {
  /** Suggestions for what was typed, best first; rejects when the service fails (the caller falls back). */
  suggest(query: string, signal: AbortSignal): Promise<Suggestion[]>;
  /** Where a suggestion lies; undefined when the service no longer knows it. */
  locate(suggestion: Suggestion, signal: AbortSignal): Promise<{ lon: number; lat: number } | undefined>;
}

const fromSpot = (spot: Spot): Suggestion => ({
  id: `${spot.kind}:${spot.label}`,
  label: spot.label,
  kind: spot.kind,
  lon: spot.lon,
  lat: spot.lat,
});

/** The gazetteer: synchronous underneath, so it answers within the same task. */
export const gazetteerGeocoder: Geocoder = {
  suggest: (query) => Promise.resolve(searchSpots(query).map(fromSpot)),
  locate: (suggestion) =>
    Promise.resolve(
      suggestion.lon === undefined || suggestion.lat === undefined
        ? undefined
        : { lon: suggestion.lon, lat: suggestion.lat },
    ),
};

/** The one place best matching a text (the `near` attribute, a link): a postcode in front wins, else the name. */
export function findSpot(text: string): Spot | undefined {
  const postcode = /^\s*(\d{4})(?:\s*[a-z]{2})?(?=\s|$)/i.exec(text);
  return searchSpots(postcode ? postcode[1]! : text, 1)[0];
}

/** Locatieserver answers time out after this: the gazetteer takes over. */
const PDOK_TIMEOUT_MS = 4000;
const PDOK_TYPES = 'type:(adres OR postcode OR woonplaats)';
const PDOK_KINDS: Record<string, Suggestion['kind']> = { adres: 'address', postcode: 'postcode', woonplaats: 'place' };

interface LocatieserverDoc {
  id?: unknown;
  type?: unknown;
  weergavenaam?: unknown;
  centroide_ll?: unknown;
}

/** The documents of a Locatieserver answer (`{response: {docs: [...]}}`), or an error for any other shape. */
function docsOf(body: unknown): LocatieserverDoc[] {
  const docs = (body as { response?: { docs?: unknown } } | null)?.response?.docs;
  if (!Array.isArray(docs)) throw new Error('Locatieserver: an answer without response.docs');
  return docs.filter((doc): doc is LocatieserverDoc => typeof doc === 'object' && doc !== null);
}

/** `POINT(6.89 52.22)` -> `{lon: 6.89, lat: 52.22}`. */
export function parseWktPoint(text: unknown): { lon: number; lat: number } | undefined {
  const match = typeof text === 'string' && /^\s*POINT\s*\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)\s*$/i.exec(text);
  if (!match) return undefined;
  const lon = Number(match[1]);
  const lat = Number(match[2]);
  return Number.isFinite(lon) && Number.isFinite(lat) ? { lon, lat } : undefined;
}

/** Eight suggestions are asked for and at most eight are shown, whatever the service answers. */
export const MAX_SUGGESTIONS = 8;
/** A real answer of eight suggestions is about 2 kB; a larger one is refused before it is parsed. */
const MAX_ANSWER_BYTES = 256 * 1024;
/** Where a looked-up place may lie: the Netherlands and a margin (a point elsewhere is no answer to "where"). */
const NL_BOUNDS = { west: 3, east: 7.5, south: 50.5, north: 54 };

async function getJson(url: URL, signal: AbortSignal): Promise<unknown> {
  const timeout = AbortSignal.timeout(PDOK_TIMEOUT_MS);
  const response = await fetch(url, {
    signal: 'any' in AbortSignal ? AbortSignal.any([signal, timeout]) : signal,
    headers: { Accept: 'application/json' },
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  });
  if (!response.ok) throw new Error(`Locatieserver: HTTP ${response.status} for ${url.pathname}`);
  if (Number(response.headers.get('Content-Length') ?? 0) > MAX_ANSWER_BYTES)
    throw new Error(`Locatieserver: an answer over ${MAX_ANSWER_BYTES} bytes for ${url.pathname}`);
  const text = await response.text();
  if (text.length > MAX_ANSWER_BYTES)
    throw new Error(`Locatieserver: an answer over ${MAX_ANSWER_BYTES} bytes for ${url.pathname}`);
  return JSON.parse(text) as unknown;
}

const inNetherlands = (point: { lon: number; lat: number } | undefined) =>
  point &&
  point.lon >= NL_BOUNDS.west &&
  point.lon <= NL_BOUNDS.east &&
  point.lat >= NL_BOUNDS.south &&
  point.lat <= NL_BOUNDS.north
    ? point
    : undefined;

/** PDOK Locatieserver at `base` (its documented address, or a proxy or test server answering in its shape). */
export function pdokGeocoder(base = PDOK_LOCATIESERVER): Geocoder {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI);
  return {
    async suggest(query, signal) {
      const url = new URL('suggest', root);
      url.searchParams.set('q', query.slice(0, 100));
      url.searchParams.set('fq', PDOK_TYPES);
      url.searchParams.set('rows', String(MAX_SUGGESTIONS));
      const docs = docsOf(await getJson(url, signal));
      const seen = new Set<string>();
      // Each suggestion checked, duplicates (the option's key) dropped, and no more than were asked for.
      const usable = docs.filter((doc): doc is LocatieserverDoc & { id: string; weergavenaam: string } => {
        const ok =
          typeof doc.id === 'string' &&
          doc.id.length > 0 &&
          doc.id.length <= 200 &&
          !seen.has(doc.id) &&
          typeof doc.weergavenaam === 'string' &&
          doc.weergavenaam.trim().length > 0;
        if (ok) seen.add(doc.id as string);
        return ok;
      });
      return usable.slice(0, MAX_SUGGESTIONS).flatMap((doc) =>
        typeof doc.id === 'string' && typeof doc.weergavenaam === 'string'
          ? [
              {
                id: doc.id,
                label: doc.weergavenaam.slice(0, 200),
                kind: PDOK_KINDS[String(doc.type)] ?? 'address',
              },
            ]
          : [],
      );
    },
    async locate(suggestion, signal) {
      const url = new URL('lookup', root);
      url.searchParams.set('id', suggestion.id);
      url.searchParams.set('fl', 'id,weergavenaam,centroide_ll');
      const [doc] = docsOf(await getJson(url, signal));
      return inNetherlands(parseWktPoint(doc?.centroide_ll));
    },
  };
}

/**
 * One Dutch address (`7511 AB 12`) to its position, by Locatieserver's `free` search for addresses: for the
 * publisher's tools (opt-in: the address leaves the machine). Undefined when there is no such address in the
 * Netherlands; throws when the service cannot be reached.
 */
export async function lookupAddress(
  address: string,
  signal: AbortSignal,
  base = PDOK_LOCATIESERVER,
): Promise<{ lon: number; lat: number } | undefined> {
  const url = new URL('free', base.endsWith('/') ? base : `${base}/`);
  url.searchParams.set('q', address.slice(0, 100));
  url.searchParams.set('fq', 'type:adres');
  url.searchParams.set('rows', '1');
  url.searchParams.set('fl', 'centroide_ll');
  const [doc] = docsOf(await getJson(url, signal));
  return inNetherlands(parseWktPoint(doc?.centroide_ll));
}
