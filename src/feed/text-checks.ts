/* eslint-disable no-control-regex, no-misleading-character-class -- finding control characters and lone combining
   characters (U+034F) is the point of these patterns */
/**
 * Checks on feed text that must stay linear in the text's length: no pattern here can backtrack (each is a single
 * character class, or bounded), so a hostile megabyte costs a pass over it, not minutes.
 */

/**
 * Characters that draw nothing or reorder what follows: controls (except tab and line breaks), soft hyphen,
 * zero-width spaces and joiners, direction marks, embeddings, overrides and isolates, word joiners, BOM; the
 * fillers and selectors that draw nothing either (combining grapheme joiner, Hangul fillers, Khmer inherent vowels,
 * braille blank, variation selectors, Unicode tag characters); and halves of surrogate pairs standing alone, which
 * are no text at all (`encodeURIComponent` throws on them). A name made of them looks empty; a right-to-left
 * override makes `gpj.exe` read as `exe.jpg`. Each alternative is one character or one fixed pair: no backtracking.
 */
const INVISIBLE = new RegExp(
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e' +
    '\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\u2800\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0\\ufff9-\\ufffb]' +
    // tag characters U+E0000–E007F and variation selectors U+E0100–E01EF, as their surrogate pairs
    '|\\udb40[\\udc00-\\udc7f\\udd00-\\uddef]' +
    // a lone high or low surrogate
    '|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
);
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');
/** Combining marks stacked on one letter: more than this many is cut back ("Zalgo" text that covers the lines around it). */
export const MAX_COMBINING_MARKS = 4;
const MARK_PILE = new RegExp(`\\p{M}{${MAX_COMBINING_MARKS + 1}}`, 'u');
const MARK_PILE_ALL = new RegExp(`(\\p{M}{${MAX_COMBINING_MARKS}})\\p{M}+`, 'gu');

/**
 * Text made only of printable ASCII, Latin-1 and Latin Extended letters (most of a Dutch feed) holds none of the
 * characters above and no combining mark: one character class answers for it, before the slower patterns run.
 */
const PLAIN = /^[\t\n\r\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff]*$/;

export function hasInvisible(text: string): boolean {
  if (PLAIN.test(text)) return false;
  return INVISIBLE.test(text) || MARK_PILE.test(text);
}

export function stripInvisible(text: string): string {
  if (!hasInvisible(text)) return text;
  return text.replace(INVISIBLE_ALL, '').replace(MARK_PILE_ALL, '$1');
}

export const MAX_EMAIL_LENGTH = 254;
const LOCAL_PART = /^[A-Za-z0-9._+'-]{1,64}$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LEVEL = /^[A-Za-z]{2,63}$/;

/**
 * One plain address (`naam@school.nl`), nothing a `mailto:` link could read as more: no `?`, `&`, `%`, `,`, `;`,
 * spaces or second `@`, so an address cannot add recipients, headers or a body.
 */
export function isPlainEmail(value: string): boolean {
  if (value.length > MAX_EMAIL_LENGTH) return false;
  const at = value.indexOf('@');
  if (at < 1 || at !== value.lastIndexOf('@')) return false;
  if (!LOCAL_PART.test(value.slice(0, at))) return false;
  const labels = value.slice(at + 1).split('.');
  if (labels.length < 2) return false;
  const topLevel = labels.pop()!;
  return TOP_LEVEL.test(topLevel) && labels.every((label) => DOMAIN_LABEL.test(label));
}

export const MAX_URL_LENGTH = 2000;
/** Anything in a link that a browser would drop, encode or show differently: spaces, controls, invisibles. */
const NOT_IN_LINK =
  /[\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/;
/** A host name (letters of any script, digits, dots, hyphens) and an optional port. */
const AUTHORITY = /^[\p{L}\p{N}.-]+(?::[0-9]{1,5})?$/u;

export type LinkProblem = 'notHttps' | 'linkCredentials' | 'linkInvisible';

/**
 * Why a link may not become a link on a school's page, or undefined when it may. Read without the URL parser, which
 * costs more than the rest of a route's normalisation together; the rules are those under which the parser
 * would find an https URL with a host and no user name or password.
 */
export function linkProblem(link: string): LinkProblem | undefined {
  if (!/^https:\/\//i.test(link)) return 'notHttps';
  if (NOT_IN_LINK.test(link) || INVISIBLE.test(link)) return 'linkInvisible';
  const rest = link.slice('https://'.length);
  // The URL parser ends the host at any of these; a backslash counts as a slash in http(s) URLs.
  const end = rest.search(/[/?#\\]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  if (authority.includes('@')) return 'linkCredentials';
  return AUTHORITY.test(authority) ? undefined : 'notHttps';
}
