/**
 * The view in the page URL's hash, for `sync-url`: filters, search, the place (by name) and its distance filter, the
 * open route and the coverage view's year, under a namespace
 * (`#kaart.region=Twente&kaart.selected=dlr-1`), so two maps and the page's own anchor share one hash.
 * Pure string functions: the element reads and writes `location.hash` with them.
 */
import { FILTER_KEYS, type Filters } from './filters.js';

export interface UrlState {
  filters: Partial<Filters>;
  search?: string;
  selected?: string;
  /** The place as the visitor named it: a postcode, a place, an address (never a device's position). */
  near?: string;
  /** The distance filter in km, as written. */
  radius?: string;
  /** The coverage view's "t/m schooljaar", as written. */
  coverageYear?: string;
}

/** What `writeUrlState` is given: the store's state, the place only when it was named. */
export interface UrlStateInput {
  filters: Filters;
  search: string;
  selected: string | null;
  near?: string | undefined;
  radius?: number | undefined;
  coverageYear?: number | undefined;
}

const KEYS = [...FILTER_KEYS, 'search', 'near', 'radius', 'selected', 'coverage-year'] as const;

function parts(hash: string): string[] {
  return hash.replace(/^#/, '').split('&').filter(Boolean);
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/**
 * A part's key (`kaart.region`) as written, decoded: the browser percent-encodes what the hash holds
 * (`mijn kaart` becomes `mijn%20kaart`), so names are compared decoded, never as written.
 */
function keyOf(part: string): string | undefined {
  const at = part.indexOf('=');
  return at < 0 ? undefined : decode(part.slice(0, at));
}

/** This namespace's key in a part, or undefined when the part belongs to someone else. */
function ownKey(part: string, namespace: string): string | undefined {
  const key = keyOf(part);
  const prefix = `${namespace}.`;
  return key?.startsWith(prefix) && (KEYS as readonly string[]).includes(key.slice(prefix.length))
    ? key.slice(prefix.length)
    : undefined;
}

/** Whether the hash holds any of this namespace's state (an in-page anchor alone does not). */
export function hasUrlState(hash: string, namespace: string): boolean {
  return parts(hash).some((part) => ownKey(part, namespace) !== undefined);
}

/** What the hash says for this namespace; keys it does not hold are absent. */
export function readUrlState(hash: string, namespace: string): UrlState {
  const state: UrlState = { filters: {} };
  for (const part of parts(hash)) {
    const key = ownKey(part, namespace);
    if (key === undefined) continue;
    const value = decode(part.slice(part.indexOf('=') + 1));
    if ((FILTER_KEYS as readonly string[]).includes(key)) {
      state.filters[key as keyof Filters] = value.split(',').filter(Boolean);
    } else if (key === 'search') {
      state.search = value;
    } else if (key === 'near' || key === 'radius') {
      state[key] = value;
    } else if (key === 'selected' && value) {
      state.selected = value;
    } else if (key === 'coverage-year') {
      state.coverageYear = value;
    }
  }
  return state;
}

/** The hash with this namespace's part replaced by `state`; everything else in it kept, in place. */
export function writeUrlState(hash: string, namespace: string, state: UrlStateInput): string {
  const prefix = `${encodeURIComponent(namespace)}.`;
  const kept = parts(hash).filter((part) => ownKey(part, namespace) === undefined);
  const ours: string[] = [];
  for (const key of FILTER_KEYS) {
    if (state.filters[key].length) ours.push(`${prefix}${key}=${state.filters[key].map(encodeURIComponent).join(',')}`);
  }
  if (state.search.trim()) ours.push(`${prefix}search=${encodeURIComponent(state.search.trim())}`);
  if (state.near?.trim()) ours.push(`${prefix}near=${encodeURIComponent(state.near.trim())}`);
  if (state.near?.trim() && state.radius !== undefined) ours.push(`${prefix}radius=${state.radius}`);
  if (state.selected) ours.push(`${prefix}selected=${encodeURIComponent(state.selected)}`);
  if (state.coverageYear !== undefined) ours.push(`${prefix}coverage-year=${state.coverageYear}`);
  const all = [...kept, ...ours];
  return all.length ? `#${all.join('&')}` : '';
}
