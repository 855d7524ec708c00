/**
 * The feed's fixed values and limits (docs/feed-format.md), apart from the zod schema that uses them: the fast
 * path (fast-feature.ts) checks against them without loading zod.
 */
export const FEED_VERSION = 1;
/**
 * Sixteen times the national feed (about 1 MB for 1,000 routes), room for the 10,000 routes the map reads; small
 * enough that the browser's own JSON.parse of it stays a short task (see BENCHMARKS.md, issue 29).
 */
export const MAX_FEED_BYTES = 16 * 1024 * 1024;
export const FIRST_STARTJAAR = 2015;
/** Routes may be announced a year ahead. */
const lastStartjaar = (today = new Date()) => today.getFullYear() + 1;
/** The last startjaar accepted now: fixed when the page loads, for the schema and the fast path alike. */
export const LAST_STARTJAAR = lastStartjaar();

export const BRIN_PATTERN = /^[0-9]{2}[A-Z0-9]{2}$/;
export const VESTIGING_PATTERN = /^[0-9]{2}$/;
export const TELEFOON_PATTERN = /^[0-9 +\-()]+$/;
export const MAX_TELEFOON_LENGTH = 40;
export const MAX_BESCHRIJVING_LENGTH = 5000;

/**
 * The most items each list may hold (docs/feed-format.md). Far above any real route (there are 35 regions and 10
 * profielen), far below what would stall a page: a list is read, rendered and searched item by item.
 */
export const LIST_LIMITS = {
  arbeidsmarktregios: 50,
  profielen: 20,
  niveaus: 12,
  vmboScholen: 100,
  mboInstellingen: 100,
} as const;
/** GeoJSON positions: longitude, latitude and an optional altitude. */
export const MAX_COORDINATES = 3;
/** `bron`: text of at most this many characters. */
export const MAX_BRON_LENGTH = 500;
