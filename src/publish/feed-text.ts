import { MAX_FEED_BYTES } from '../feed/limits.js';

/** The feed file as `build` and the workbench's download write it: the same bytes from the same spreadsheet. */
export function feedText(feed: unknown): string {
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** The megabytes the map refuses a feed over, when `text` is over them: then the publisher's tools write nothing. */
export function feedTooLarge(text: string): number | undefined {
  // UTF-8 bytes without encoding the text: at most 3 per UTF-16 unit, so a short text needs no count at all.
  if (text.length * 3 <= MAX_FEED_BYTES) return undefined;
  return new TextEncoder().encode(text).length > MAX_FEED_BYTES ? MAX_FEED_BYTES / 2 ** 20 : undefined;
}
