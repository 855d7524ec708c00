/**
 * One request and one parse per feed URL, however many maps on the page show it: a samenwerkingsverband's page with a
 * map per region would otherwise fetch and validate the national feed once for each.
 *
 * A load is shared while it runs and its result kept afterwards (a few URLs at most, most recent first). A failed
 * load is not kept, so "Opnieuw proberen" asks the server again. The request is cancelled only when every map waiting
 * for it has gone. Parsed feeds are shared objects: nobody may change them.
 */
import { loadFeed, pageBase, type LoadOptions } from './load-feed.js';
import type { ParseResult } from './parse-feed.js';

/** How many feeds stay in memory. Pages show one feed, seldom two; a page switching `src` must not pile them up. */
const KEPT_FEEDS = 4;

interface Entry {
  result: Promise<ParseResult>;
  request: AbortController;
  waiting: number;
  /** A caller without a signal waits for good: the request is never cancelled under it. */
  pinned: boolean;
  settled: boolean;
}

const entries = new Map<string, Entry>();

export interface SharedLoadOptions extends Pick<LoadOptions, 'timeoutMs' | 'fingerprint' | 'base' | 'loadChecks'> {
  /** Cancels this map's interest in the load; the request itself stops when no other map waits for it. */
  signal?: AbortSignal;
  /** Skip what is kept and what runs: fetch the current feed (a retry, a refresh). The result replaces the kept one. */
  fresh?: boolean;
}

export function loadSharedFeed(src: string, options: SharedLoadOptions = {}): Promise<ParseResult> {
  const url = new URL(src, options.base ?? pageBase()).href;
  let entry = options.fresh ? undefined : entries.get(url);
  if (!entry) {
    entry = startLoad(url, options);
  } else {
    // Most recently used last, so the oldest is the first to go.
    entries.delete(url);
    entries.set(url, entry);
  }
  return waitFor(url, entry, options.signal);
}

function startLoad(url: string, options: SharedLoadOptions): Entry {
  const request = new AbortController();
  const result = loadFeed(url, { ...options, signal: request.signal }).then(
    (result) => {
      entry.settled = true;
      if (!result.ok) forget(url, entry);
      return result;
    },
    (error: unknown) => {
      entry.settled = true;
      forget(url, entry);
      throw error;
    },
  );
  // An aborted request that no map waits for any more rejects unread: that is not an error.
  result.catch(() => undefined);
  const entry: Entry = { request, result, waiting: 0, pinned: false, settled: false };
  entries.delete(url);
  entries.set(url, entry);
  while (entries.size > KEPT_FEEDS) forget(entries.keys().next().value!, undefined);
  return entry;
}

function waitFor(url: string, entry: Entry, signal: AbortSignal | undefined): Promise<ParseResult> {
  if (!signal) {
    entry.pinned = true;
    return entry.result;
  }
  if (signal.aborted) return Promise.reject(signal.reason);
  entry.waiting++;
  return new Promise<ParseResult>((resolve, reject) => {
    const leave = () => {
      entry.waiting--;
      if (!entry.settled && entry.waiting === 0 && !entry.pinned) {
        entry.request.abort(signal.reason);
        forget(url, entry);
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', leave, { once: true });
    entry.result.then(
      (result) => {
        signal.removeEventListener('abort', leave);
        entry.waiting--;
        resolve(result);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', leave);
        entry.waiting--;
        reject(error);
      },
    );
  });
}

/** Drops the entry for `url`, if it is still `entry` (a fresh load may have replaced it) or any entry at all. */
function forget(url: string, entry: Entry | undefined): void {
  if (entry === undefined || entries.get(url) === entry) entries.delete(url);
}

/** Empties the cache, so that the next map fetches anew: for tests. */
export function clearFeedCache(): void {
  entries.clear();
}
