/**
 * "Postcode of plaats": every Dutch 4-digit postcode and place with its centre (GeoNames, CC-BY 4.0), searched in
 * the visitor's browser: nothing typed leaves the page. Matching ignores case, accents, "'s-", "den", hyphens and
 * spaces, knows the common other names ("Den Bosch"), and takes "1234 AB" and "1234ab" as postcode 1234.
 * Pure; meant to be loaded only when a visitor first uses the location search.
 */
import { PLACES, POSTCODES } from './gazetteer.data.js';

export const GAZETTEER_ATTRIBUTION = 'Postcodes en plaatsen: GeoNames, CC-BY 4.0';

export interface Spot {
  kind: 'postcode' | 'place';
  /** "7511 Enschede" or "Enschede". */
  label: string;
  /** The place: for a postcode, the place it lies in. */
  place: string;
  postcode?: string;
  lon: number;
  lat: number;
}

interface PostcodeRow {
  postcode: string;
  place: string;
  lon: number;
  lat: number;
}

/** Names people use for a place that the data writes otherwise (folded, see `fold`). */
const ALIASES: Record<string, string> = {
  bosch: "'s-Hertogenbosch",
  gravenhage: 'Den Haag',
};

/** Lower case, no accents, no "'s-" or "den" or "de" in front, no hyphens, spaces or apostrophes. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^\s*(?:'s|’s|s)[\s-]+/, '')
    .replace(/^\s*(?:den|de|het)\s+/, '')
    .replace(/[\s'’`.\-/]+/g, '');
}

function decode(): { rows: PostcodeRow[]; places: Spot[] } {
  const rows: PostcodeRow[] = [];
  let [pc, place, lat, lon] = [0, 0, 0, 0];
  for (const record of POSTCODES.split(';')) {
    const [dPc = 0, dPlace = 0, dLat = 0, dLon = 0] = record.split(',').map(Number);
    pc += dPc;
    place += dPlace;
    lat += dLat;
    lon += dLon;
    rows.push({ postcode: String(pc).padStart(4, '0'), place: PLACES[place]!, lon: lon / 1e4, lat: lat / 1e4 });
  }
  // A place's centre: the mean of its postcodes' centres.
  const sums = new Map<string, { lon: number; lat: number; n: number }>();
  for (const row of rows) {
    const sum = sums.get(row.place) ?? { lon: 0, lat: 0, n: 0 };
    sum.lon += row.lon;
    sum.lat += row.lat;
    sum.n++;
    sums.set(row.place, sum);
  }
  const places = [...sums].map(([name, sum]) => ({
    kind: 'place' as const,
    label: name,
    place: name,
    lon: round(sum.lon / sum.n),
    lat: round(sum.lat / sum.n),
  }));
  return { rows, places };
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

const { rows: ROWS, places: PLACE_SPOTS } = decode();
/** How many postcodes a place has: the data's measure of its size (Enschede 20-odd, a hamlet one). */
const POSTCODE_COUNT = new Map<string, number>();
for (const row of ROWS) POSTCODE_COUNT.set(row.place, (POSTCODE_COUNT.get(row.place) ?? 0) + 1);

const FOLDED = PLACE_SPOTS.map((spot) => ({
  spot,
  size: POSTCODE_COUNT.get(spot.place) ?? 1,
  folded: fold(spot.place),
  words: spot.place.split(/[\s-]+/).map(fold),
}));

/** How many neighbouring postcodes stand in for one the data does not have. */
const NEIGHBOURS = 3;

const POSTCODE = /^\s*(\d{1,4})\s*(?:[a-z]{2})?\s*$/i;

/** The best matches for what a visitor typed, best first: postcodes for digits, places for words. */
export function searchSpots(query: string, limit = 8): Spot[] {
  const text = query.slice(0, 100);
  const digits = POSTCODE.exec(text);
  if (digits) {
    const prefix = digits[1]!;
    let rows = ROWS.filter((row) => row.postcode.startsWith(prefix));
    if (rows.length === 0 && prefix.length === 4) {
      // A postcode GeoNames does not list (new, or a P.O. box range): its neighbours in number are its neighbours
      // on the ground, as Dutch postcodes run by area.
      const wanted = Number(prefix);
      rows = [...ROWS].sort((a, b) => Math.abs(Number(a.postcode) - wanted) - Math.abs(Number(b.postcode) - wanted));
      rows = rows.slice(0, NEIGHBOURS);
    }
    return rows.slice(0, limit).map((row) => ({
      kind: 'postcode',
      label: `${row.postcode} ${row.place}`,
      place: row.place,
      postcode: row.postcode,
      lon: row.lon,
      lat: row.lat,
    }));
  }
  const folded = fold(text);
  if (!folded) return [];
  const alias = ALIASES[folded];
  // "den bos" is on its way to "Den Bosch": the place it names comes first among the beginnings.
  const aliasBegun =
    folded.length >= 3 ? Object.entries(ALIASES).find(([other]) => other.startsWith(folded))?.[1] : undefined;
  const ranked: { spot: Spot; rank: number; size: number }[] = [];
  for (const { spot, size, folded: name, words } of FOLDED) {
    const rank =
      name === folded || spot.place === alias
        ? 0
        : spot.place === aliasBegun
          ? 0.5
          : name.startsWith(folded)
            ? 1
            : words.some((word) => word.startsWith(folded))
              ? 2
              : folded.length >= 3 && name.includes(folded)
                ? 3
                : -1;
    if (rank >= 0) ranked.push({ spot, rank, size });
  }
  // Within a rank, larger places first (more postcodes): "bo" suggests Bodegraven and Borne before a hamlet.
  return ranked
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        b.size - a.size ||
        a.spot.place.length - b.spot.place.length ||
        a.spot.place.localeCompare(b.spot.place, 'nl'),
    )
    .slice(0, limit)
    .map((entry) => entry.spot);
}
