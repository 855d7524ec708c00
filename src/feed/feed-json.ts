/**
 * A feed's text as JSON, or why it cannot be: on the page's thread (load-feed.ts) and in the feed's worker alike.
 */
import { describeJsonError } from './json-position.js';
import { containersInText } from './json-shape.js';
import type { FeedFailure } from './failures.js';

export function feedJson(text: string, url: string): { json: unknown } | { failure: FeedFailure } {
  // Millions of `{}` in a few megabytes: the browser's JSON.parse alone would hold the page for seconds.
  const crowded = containersInText(text);
  if (crowded) return { failure: { ...crowded, url } };
  try {
    return { json: JSON.parse(text) as unknown };
  } catch {
    return { failure: { kind: 'not-json', url, ...describeJsonError(text) } };
  }
}
