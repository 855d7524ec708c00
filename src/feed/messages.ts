/**
 * Turns validation results into messages a publisher can act on, in the visitor's language:
 * `features[12] (dlr-0007): niveaus[0].naar: mbo-niveau 1 (entree) kan geen doorlopende leerroute zijn`.
 * Problems are kept structured (where + a localizable text) so a change of language needs no re-validation.
 */
import type * as z from 'zod/mini';
import type { Messages } from '../i18n/index.js';
import type { FeedFailure } from './failures.js';

/** A text that can be rendered in any language. */
export type Localized = (messages: Messages) => string;

export interface FeedProblem {
  /** Index of the feature in `features`, absent for problems of the feed as a whole. */
  index?: number;
  /** The feature's id, when it has a readable one. */
  id?: string;
  /** Path inside the feature's properties (or `geometry…`, `id`), e.g. `['niveaus', 0, 'naar']`. */
  path: readonly PropertyKey[];
  text: Localized;
  /** What the remark is about, where a reader of the feed words it its own way (a sheet names rows, not features). */
  about?: 'school-place';
}

/** `['niveaus', 0, 'naar']` -> `niveaus[0].naar` */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

export function formatProblem(problem: FeedProblem, messages: Messages): string {
  const where = [
    problem.index === undefined ? undefined : `features[${problem.index}]${problem.id ? ` (${problem.id})` : ''}`,
    problem.path.length ? formatPath(problem.path) : undefined,
  ].filter(Boolean);
  return `${where.join(': ')}${where.length ? ': ' : ''}${problem.text(messages)}`;
}

type Issue = z.core.$ZodIssue;

/** The text of one zod issue. Our own checks carry a message key (schema.ts); zod's built-in ones a code. */
export function issueText(issue: Issue): Localized {
  const key = issue.message;
  const params = (issue as { params?: Record<string, unknown> }).params ?? {};
  switch (key) {
    case 'brin':
      return (m) => m.issue.brin(preview(issue.input));
    case 'coordinates.swapped':
    case 'coordinates.outside':
      return (m) => m.issue[key](Number(params.lon), Number(params.lat));
    case 'vestiging':
    case 'geometry.point':
    case 'feature.type':
    case 'soort':
    case 'niveau.van':
    case 'niveau.entree':
    case 'niveau.naar':
    case 'contact.email':
    case 'contact.telefoon':
    case 'route.brin':
    case 'route.profielen':
    case 'route.niveaus':
    case 'route.startjaar':
    case 'glr.niveau':
      return (m) => m.issue[key];
  }
  return builtInIssueText(issue);
}

function builtInIssueText(issue: Issue): Localized {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return (m) => m.issue.missing;
      const expected = issue.expected;
      return (m) => m.issue.expected(m.issue.types[expected] ?? expected);
    }
    case 'too_small':
      if (issue.origin === 'string') return (m) => m.issue.empty;
      if (issue.origin === 'array') return (m) => m.issue.tooShortList(Number(issue.minimum));
      return (m) => m.issue.tooSmall(issue.minimum);
    case 'too_big':
      if (issue.origin === 'string') return (m) => m.issue.tooLong(issue.maximum);
      return (m) => m.issue.tooBig(issue.maximum);
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return (m) => m.issue.oneOf(values);
    }
    case 'invalid_format':
      return (m) => m.issue.badFormat;
    default:
      return (m) => m.issue.invalid;
  }
}

/**
 * A value as a message may quote it: JSON, cut short. A feed can hold a megabyte in a field meant for
 * four characters, and the message must stay a line.
 */
export function preview(value: unknown, max = 40): string {
  if (typeof value === 'string') return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? '[…]' : typeof value === 'object' ? '{…}' : typeof value;
}

/** The one message shown when the feed as a whole cannot be used. */
export function describeFailure(failure: FeedFailure, messages: Messages): string {
  const m = messages.fatal;
  switch (failure.kind) {
    case 'no-src':
      return m.noSrc;
    case 'network':
      return m.network(failure.url);
    case 'http':
      return m.http(failure.status, failure.url);
    case 'not-json':
      return m.notJson(failure.url, failure);
    case 'not-collection':
      return m.notCollection(failure.url);
    case 'no-version':
      return m.noVersion(failure.url);
    case 'newer-version':
      return m.newerVersion(failure.version, failure.url);
    case 'no-features':
      return m.noFeatures(failure.url);
    case 'timeout':
      return m.timeout(failure.seconds, failure.url);
    case 'too-large':
      return m.tooLarge(failure.megabytes, failure.url);
    case 'too-many-features':
      return m.tooManyFeatures(failure.count, failure.limit, failure.url);
    case 'too-deep':
      return m.tooDeep(failure.limit, failure.url);
    case 'too-many-values':
      return m.tooManyValues(failure.limit, failure.url);
    case 'internal':
      return m.internal(failure.url, failure.detail);
  }
}
