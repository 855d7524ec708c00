/**
 * The four filters: what they hold, how attribute values become filter values, which routes pass, and how many
 * routes each option would show. Within one filter values combine with OR, across filters with AND.
 */
import { NIVEAU_KEYS, ROUTE_KINDS, canonicalProfiel, resolveRegion } from '../feed/domain.js';
import type { Route } from '../feed/parse-feed.js';

export const FILTER_KEYS = ['region', 'profile', 'level', 'routeType'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Chosen values per filter; an empty list means the filter is off. */
export type Filters = Record<FilterKey, readonly string[]>;

export const NO_FILTERS: Filters = Object.freeze({ region: [], profile: [], level: [], routeType: [] });

/** No filter has more options than this (35 regions): more written values are ignored unread. */
const MAX_FILTER_VALUES = 100;
/** A search longer than a sentence, or with more words than this, is cut: each word is a pass over every route. */
export const MAX_SEARCH_LENGTH = 200;
export const MAX_SEARCH_WORDS = 10;

/** A search as the element keeps it: at most MAX_SEARCH_LENGTH characters, from a field, an attribute or a link. */
export function boundSearch(text: string): string {
  return text.length > MAX_SEARCH_LENGTH ? text.slice(0, MAX_SEARCH_LENGTH) : text;
}

export interface ParsedFilterValue {
  values: string[];
  /** Values written in the attribute that match no option: reported, then ignored. */
  unknown: string[];
}

/** `"Twente, AM09 ,"` -> `['Twente', 'AM09']` */
export function splitList(attribute: string | null | undefined): string[] {
  return (attribute ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

const kindByFolded = new Map<string, string>(ROUTE_KINDS.map((kind) => [kind.toLowerCase(), kind]));
const levelKeys = new Set(NIVEAU_KEYS);

/** Turns an attribute value (names, codes, any case) into canonical filter values. */
export function parseFilterAttribute(key: FilterKey, attribute: string | null | undefined): ParsedFilterValue {
  const values: string[] = [];
  const unknown: string[] = [];
  for (const written of splitList(attribute).slice(0, MAX_FILTER_VALUES)) {
    const value = canonicalValue(key, written);
    if (value === undefined) unknown.push(written);
    else if (!values.includes(value)) values.push(value);
  }
  return { values, unknown };
}

/** The console's word on attribute values that match no option: a few, quoted short, and how many more. */
export function unknownValuesWarning(key: FilterKey, unknown: readonly string[]): string {
  const named = unknown
    .slice(0, 10)
    .map((value) => JSON.stringify(value.slice(0, 40)))
    .join(', ');
  const more = unknown.length > 10 ? ` and ${unknown.length - 10} more` : '';
  return `leerroutes-kaart: ${key}: unknown value(s) ignored: ${named}${more}`;
}

function canonicalValue(key: FilterKey, written: string): string | undefined {
  switch (key) {
    case 'region': {
      const match = resolveRegion(written);
      return match.kind === 'unknown' ? undefined : match.naam;
    }
    case 'profile':
      return canonicalProfiel(written);
    case 'level': {
      const level = written.toLowerCase().replace(/\s+/g, '');
      return levelKeys.has(level) ? level : undefined;
    }
    case 'routeType':
      return kindByFolded.get(written.toLowerCase());
  }
}

/** The values a route has for each filter, each once, computed once per route. */
const keysCache = new WeakMap<Route, Record<FilterKey, readonly string[]>>();
// One-value lists are shared between routes: a national feed would otherwise hold tens of thousands of copies.
const singleValues = new Map<string, readonly string[]>();
const single = (value: string): readonly string[] => {
  let list = singleValues.get(value);
  if (!list) singleValues.set(value, (list = Object.freeze([value])));
  return list;
};
const distinct = (values: readonly string[]): readonly string[] =>
  values.length === 1 ? single(values[0]!) : [...new Set(values)];

/** Whether a route's filter values are computed already: prepareRoutes' work, which the first update relies on. */
export function filterValuesReady(route: Route): boolean {
  return keysCache.has(route);
}

export function routeFilterValues(route: Route): Record<FilterKey, readonly string[]> {
  let keys = keysCache.get(route);
  if (!keys) {
    const { niveaus, profielen } = route;
    keys = {
      region: route.regionKnown ? single(route.arbeidsmarktregio) : [],
      profile: profielen ? distinct(profielen) : [],
      level: niveaus ? distinct(niveaus.map((niveau) => `${niveau.van}-${niveau.naar}`)) : [],
      routeType: single(route.soort),
    };
    keysCache.set(route, keys);
  }
  return keys;
}

function passes(values: readonly string[], chosen: readonly string[]): boolean {
  if (chosen.length === 0) return true;
  for (const value of values) if (chosen.includes(value)) return true;
  return false;
}

/** Lower case without accents, so "cooperatie" finds "coöperatie" and "Ede" finds "ede". */
function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const haystackCache = new WeakMap<Route, string>();

/** The text a search looks in: naam, school, plaats, and the schools and institutions involved. */
function haystack(route: Route): string {
  let text = haystackCache.get(route);
  if (text === undefined) {
    text = foldText(
      [
        route.naam,
        route.school.naam,
        route.school.plaats,
        ...(route.vmboScholen ?? []).map((s) => s.naam),
        ...(route.mboInstellingen ?? []).map((s) => s.naam),
      ]
        .filter(Boolean)
        .join('\n'),
    );
    haystackCache.set(route, text);
  }
  return text;
}

/** The words a search query asks for, each folded and once; none for an empty query. */
export function searchWords(query: string): string[] {
  const words = new Set(foldText(boundSearch(query)).split(/\s+/).filter(Boolean));
  return [...words].slice(0, MAX_SEARCH_WORDS);
}

function hasWords(route: Route, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const text = haystack(route);
  return words.every((word) => text.includes(word));
}

/** Every word of the query must occur somewhere in the route's text. */
export function matchesSearch(route: Route, query: string): boolean {
  return hasWords(route, searchWords(query));
}

export type FacetCounts = Record<FilterKey, Map<string, number>>;

export interface FilterResult {
  /** The routes that pass every filter and the search, in feed order. */
  visible: Route[];
  /**
   * For every option of every filter: how many routes would be shown if that option were (also) chosen, with the
   * other filters as they are. A route that fails exactly one filter still counts for that filter's options.
   */
  facets: FacetCounts;
  /** With a place: for each distance offered, how many routes would be shown within it (the other filters as they are). */
  radiusCounts: Map<number, number>;
}

/** The distance filter: how far each route's school is from the visitor's place, and how far it may be. */
export interface NearFilter {
  distanceOf(route: Route): number;
  /** Kilometres; undefined: any distance. */
  radius: number | undefined;
  /** The distances to count routes for (the filter's options). */
  options: readonly number[];
}

/** The visible routes and the facet counts, in one pass over the routes. */
export function applyFilters(routes: readonly Route[], filters: Filters, search = '', near?: NearFilter): FilterResult {
  const facets: FacetCounts = { region: new Map(), profile: new Map(), level: new Map(), routeType: new Map() };
  const add = (key: FilterKey, values: readonly string[]) => {
    const count = facets[key];
    for (const value of values) count.set(value, (count.get(value) ?? 0) + 1);
  };
  const radiusCounts = new Map<number, number>(near?.options.map((km) => [km, 0]));
  const visible: Route[] = [];
  const words = searchWords(search);
  for (const route of routes) {
    // The search narrows every count: an option never promises routes the search would hide.
    if (!hasWords(route, words)) continue;
    const values = routeFilterValues(route);
    let failed: FilterKey | undefined;
    let failures = 0;
    for (const key of FILTER_KEYS) {
      if (!passes(values[key], filters[key])) {
        failed = key;
        if (++failures > 1) break;
      }
    }
    if (near && failures === 0) {
      // Passes the four filters: it counts for every distance it lies within, and fails a radius it lies beyond.
      const km = near.distanceOf(route);
      for (const option of near.options) if (km <= option) radiusCounts.set(option, radiusCounts.get(option)! + 1);
      if (near.radius !== undefined && km > near.radius) continue;
    } else if (near?.radius !== undefined && failures === 1 && near.distanceOf(route) > near.radius) {
      continue;
    }
    if (failures === 0) {
      visible.push(route);
      for (const key of FILTER_KEYS) add(key, values[key]);
    } else if (failures === 1 && failed) add(failed, values[failed]);
  }
  return { visible, facets, radiusCounts };
}

export function filtersEqual(a: Filters, b: Filters): boolean {
  return FILTER_KEYS.every((key) => a[key].length === b[key].length && a[key].every((v) => b[key].includes(v)));
}

export function toggleValue(filters: Filters, key: FilterKey, value: string, on: boolean): Filters {
  const current = filters[key].filter((v) => v !== value);
  return { ...filters, [key]: on ? [...current, value] : current };
}
