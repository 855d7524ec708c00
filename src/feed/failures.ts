/**
 * Why a feed cannot be shown at all, one kind each: the parser and the loader say which, the messages catalogue
 * says it in words (feed/messages.ts), and the README and the manifest list the kinds (a contract test keeps them
 * equal).
 */
import type { JsonSyntaxError } from './json-position.js';

export type FeedFailure =
  | { kind: 'no-src' }
  | { kind: 'network'; url: string }
  | { kind: 'http'; url: string; status: number }
  | ({ kind: 'not-json'; url: string } & JsonSyntaxError)
  | { kind: 'not-collection'; url: string }
  | { kind: 'no-version'; url: string }
  /** `version`: the value as a message may quote it. */
  | { kind: 'newer-version'; url: string; version: string }
  /** Our own code failed on this feed: named, never passed off as a network problem. */
  | { kind: 'internal'; url: string; detail: string }
  | { kind: 'no-features'; url: string }
  | { kind: 'timeout'; url: string; seconds: number }
  | { kind: 'too-large'; url: string; megabytes: number }
  | { kind: 'too-many-features'; url: string; count: number; limit: number }
  /** Nested deeper than `limit` levels, or more than `limit` objects and arrays: refused before anything walks it. */
  | { kind: 'too-deep'; url: string; limit: number }
  | { kind: 'too-many-values'; url: string; limit: number };
