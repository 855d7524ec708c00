/**
 * The fixed vocabularies of the feed: route kinds, the 35 arbeidsmarktregio's (CBS 2025), vmbo profielen,
 * vmbo leerwegen and mbo levels. Names exactly as DUO, CBS and the WVO implementing decree write them.
 */

import { ROUTE_KINDS, type RouteKind } from './kinds.js';

export { ROUTE_KINDS, type RouteKind };

export const LEERWEGEN = ['bb', 'kb', 'gl', 'tl'] as const;

export const MBO_NIVEAUS = [2, 3, 4] as const;

/** Filter values of the niveau filter, `bb-2` … `tl-4`, in reading order. */
export const NIVEAU_KEYS = LEERWEGEN.flatMap((van) => MBO_NIVEAUS.map((naar) => `${van}-${naar}`));

export const ARBEIDSMARKTREGIOS = [
  { code: 'AM01', naam: 'Groningen' },
  { code: 'AM02', naam: 'Friesland' },
  { code: 'AM03', naam: 'Drenthe' },
  { code: 'AM05', naam: 'Twente' },
  { code: 'AM06', naam: 'Veluwe Stedendriehoek' },
  { code: 'AM07', naam: 'Midden-Gelderland' },
  { code: 'AM08', naam: 'Rijk van Nijmegen' },
  { code: 'AM09', naam: 'Achterhoek' },
  { code: 'AM10', naam: 'Rivierenland' },
  { code: 'AM11', naam: 'Flevoland' },
  { code: 'AM12', naam: 'Gooi en Vechtstreek' },
  { code: 'AM13', naam: 'Midden-Utrecht' },
  { code: 'AM14', naam: 'Amersfoort' },
  { code: 'AM15', naam: 'Noord-Holland Noord' },
  { code: 'AM17', naam: 'Zaanstreek/Waterland' },
  { code: 'AM18', naam: 'Groot Amsterdam' },
  { code: 'AM19', naam: 'Holland Rijnland' },
  { code: 'AM20', naam: 'Midden-Holland' },
  { code: 'AM21', naam: 'Haaglanden' },
  { code: 'AM22', naam: 'Rijnmond' },
  { code: 'AM23', naam: 'Drechtsteden' },
  { code: 'AM24', naam: 'Zeeland' },
  { code: 'AM25', naam: 'West-Brabant' },
  { code: 'AM26', naam: 'Midden-Brabant' },
  { code: 'AM27', naam: 'Noordoost-Brabant' },
  { code: 'AM28', naam: 'Zuidoost-Brabant' },
  { code: 'AM29', naam: 'Noord-Limburg' },
  { code: 'AM30', naam: 'Zuid-Limburg' },
  { code: 'AM32', naam: 'Helmond-De Peel' },
  { code: 'AM33', naam: 'Midden-Limburg' },
  { code: 'AM34', naam: 'Zuid-Holland Centraal' },
  { code: 'AM35', naam: 'Gorinchem' },
  { code: 'AM36', naam: 'Regio Zwolle' },
  { code: 'AM37', naam: 'Zuid-Kennemerland en IJmond' },
  { code: 'AM38', naam: 'FoodValley' },
] as const;

/** Older spellings seen in published lists, accepted with a warning. */
export const REGION_ALIASES: Readonly<Record<string, string>> = {
  'Food Valley': 'FoodValley',
  'Stedendriehoek en Noordwest Veluwe': 'Veluwe Stedendriehoek',
  'IJsselvechtstreek / Zwolle': 'Regio Zwolle',
  'Noord-Holland (Noord)': 'Noord-Holland Noord',
};

export const PROFIELEN = [
  { code: 'BWI', naam: 'Bouwen, wonen en interieur' },
  { code: 'D&P', naam: 'Dienstverlening en producten' },
  { code: 'E&O', naam: 'Economie en ondernemen' },
  { code: 'Groen', naam: 'Groen' },
  { code: 'HBR', naam: 'Horeca, bakkerij en recreatie' },
  { code: 'MaT', naam: 'Maritiem en techniek' },
  { code: 'MVI', naam: 'Media, vormgeving en ICT' },
  { code: 'M&T', naam: 'Mobiliteit en transport' },
  { code: 'PIE', naam: 'Produceren, installeren en energie' },
  { code: 'Z&W', naam: 'Zorg en welzijn' },
] as const;

/**
 * The regions' names in alphabetical order, as the region filter lists them. Code-unit order, which for these
 * names is the Dutch collation's (a test says so): the page's first Dutch `Intl.Collator` costs 8-10 ms, and the
 * filters' options are rendered while the page is still busy with the map.
 */
export const REGION_NAMES_IN_ORDER: readonly string[] = ARBEIDSMARKTREGIOS.map((region) => region.naam).sort();

const fold = (text: string) => text.trim().toLowerCase();
const regionByKey = new Map<string, string>();
for (const { code, naam } of ARBEIDSMARKTREGIOS) {
  regionByKey.set(fold(code), naam);
  regionByKey.set(fold(naam), naam);
}
const aliasByKey = new Map(Object.entries(REGION_ALIASES).map(([alias, naam]) => [fold(alias), naam]));

export type RegionMatch =
  { kind: 'known'; naam: string } | { kind: 'alias'; naam: string } | { kind: 'unknown'; naam: string };

/** Answers for strings seen before: a national feed writes the same 35 regions tens of thousands of times. */
const regionMatches = new Map<string, RegionMatch>();
const REMEMBERED_REGIONS = 1000;

/** Resolves a region as written in a feed or an attribute: a CBS name or code (any case), or an old alias. */
export function resolveRegion(written: string): RegionMatch {
  let match = regionMatches.get(written);
  if (match) return match;
  const key = fold(written);
  const known = regionByKey.get(key);
  const alias = aliasByKey.get(key);
  match = known
    ? { kind: 'known', naam: known }
    : alias
      ? { kind: 'alias', naam: alias }
      : { kind: 'unknown', naam: written.trim() };
  // Bounded, so a hostile feed with a million made-up regions cannot grow it without end.
  if (regionMatches.size < REMEMBERED_REGIONS) regionMatches.set(written, match);
  return match;
}

const profielByCode = new Map<string, string>(PROFIELEN.map((p) => [p.code, p.naam]));
const profielByFoldedCode = new Map<string, string>(PROFIELEN.map((p) => [fold(p.code), p.code]));

/** The full name of a profiel code, or undefined for a code not in the decree. */
export function profielNaam(code: string): string | undefined {
  return profielByCode.get(code);
}

/** The canonical spelling of a profiel code written in another case (`pie` -> `PIE`), or undefined. */
export function canonicalProfiel(written: string): string | undefined {
  return profielByFoldedCode.get(fold(written));
}

/** The Netherlands' bounding box in WGS84, as the feed doc sets it. */
export const NL_BOUNDS = { minLon: 3.2, maxLon: 7.3, minLat: 50.7, maxLat: 53.7 } as const;

export function isInNetherlands(lon: number, lat: number): boolean {
  return lon >= NL_BOUNDS.minLon && lon <= NL_BOUNDS.maxLon && lat >= NL_BOUNDS.minLat && lat <= NL_BOUNDS.maxLat;
}
