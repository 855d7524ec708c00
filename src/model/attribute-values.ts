/**
 * What a page's script or markup may hand the element, checked before any work is done with it: every attribute and
 * property has a type and a longest sensible length. A 10 MB `selected` would be written into the address bar and
 * the console, a 5 MB filter list split and matched, an object's or a Symbol's `toString` called (and thrown from).
 * What fails is ignored with one console warning that names the attribute, never quotes the value.
 */

/** The longest text each property reads, by property name: ids are 100 characters, lists far below these. */
export const TEXT_LIMITS = {
  src: 2000,
  region: 2000,
  profile: 1000,
  level: 500,
  routeType: 100,
  selected: 200,
  basemap: 2000,
  correctionUrl: 2000,
  correctionEndpoint: 2000,
  label: 200,
  language: 35,
  view: 20,
  coverageYear: 20,
  search: 200,
  height: 100,
  syncUrl: 20,
  near: 200,
  radius: 20,
  loading: 20,
  geocoder: 20,
  geocoderUrl: 2000,
  directionsUrl: 2000,
} as const;

const CUT_TO_LIMIT = new Set<TextProperty>(['search', 'label', 'near']);

export const NUMBER_PROPERTIES = ['timeout', 'refresh'] as const;

type TextProperty = keyof typeof TEXT_LIMITS;

const attributeName = (property: string) => property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export interface Verdict {
  /** The value to use: the same when it passed, undefined (as if not set) when it did not. */
  value: unknown;
  warning?: string;
}

const describe = (value: unknown) =>
  typeof value === 'object' ? (Array.isArray(value) ? 'a list' : 'an object') : `a ${typeof value}`;

/** A text property's value: text (or a number or boolean, written as text) within its limit. */
export function checkText(property: TextProperty, value: unknown): Verdict {
  if (value === undefined || value === null) return { value };
  const name = attributeName(property === 'language' ? 'lang' : property);
  if (typeof value === 'number' || typeof value === 'boolean') return { value: String(value) };
  if (typeof value !== 'string')
    return { value: undefined, warning: `leerroutes-kaart: ${name} must be text, not ${describe(value)}; ignored.` };
  const limit = TEXT_LIMITS[property];
  // Free text is cut to its limit, as the field it fills would; an id, a list or an address cut short is wrong.
  if (value.length > limit && CUT_TO_LIMIT.has(property))
    return {
      value: value.slice(0, limit),
      warning: `leerroutes-kaart: ${name} is ${value.length} characters long; only the first ${limit} are read.`,
    };
  if (value.length > limit)
    return {
      value: undefined,
      warning: `leerroutes-kaart: ${name} is ${value.length} characters long; at most ${limit} are read. Ignored.`,
    };
  return { value };
}

/** A number property's value: a finite number (or text that is one). */
export function checkNumber(property: (typeof NUMBER_PROPERTIES)[number], value: unknown): Verdict {
  // A number (NaN included: the attribute "abc") goes on to the rules of its own property.
  if (value === undefined || value === null || typeof value === 'number') return { value };
  const number = typeof value === 'string' && value.length <= 30 ? Number(value) : NaN;
  if (Number.isFinite(number)) return { value: number };
  return {
    value: undefined,
    warning: `leerroutes-kaart: ${property} must be a number, not ${describe(value)}; ignored.`,
  };
}

export function isTextProperty(name: PropertyKey): name is TextProperty {
  return typeof name === 'string' && Object.hasOwn(TEXT_LIMITS, name);
}

export function isNumberProperty(name: PropertyKey): name is (typeof NUMBER_PROPERTIES)[number] {
  return (NUMBER_PROPERTIES as readonly PropertyKey[]).includes(name);
}
