/**
 * The feed asked for as soon as the page's script (script.ts) or the entry knows an element will show, in
 * parallel with the element's code instead of after it. The element's loader (feed/load-feed.ts) takes the
 * request over when it asks for the same address; a request nobody took within a short while is cancelled.
 */
const KEEP_MS = 20_000;

export interface PrefetchedFeed {
  response: Promise<Response>;
  /** Cancels the request and the reading of its body. */
  abort(): void;
}

/**
 * Kept on the page's global object: the classic script and the module entry are separate files, each with its own
 * copy of this module, and a request either starts the other must find.
 */
const SHARED = Symbol.for('leerroutes-kaart.prefetched-feeds');
const waiting: Map<string, PrefetchedFeed> = ((globalThis as { [SHARED]?: Map<string, PrefetchedFeed> })[SHARED] ??=
  new Map());

/** Starts the request for the feed at `url` (absolute); the answer waits to be taken. */
export function prefetchFeed(url: string): void {
  if (waiting.has(url)) return;
  const controller = new AbortController();
  const response = fetch(url, {
    signal: controller.signal,
    headers: { Accept: 'application/geo+json, application/json' },
  });
  // Nobody may take it: a failure here must not become an unhandled rejection; the element's own request says why.
  response.catch(() => undefined);
  const entry = { response, abort: () => controller.abort() };
  waiting.set(url, entry);
  setTimeout(() => {
    if (waiting.get(url) !== entry) return;
    waiting.delete(url);
    entry.abort();
  }, KEEP_MS);
}

/** The prefetched request for `url`, once (the next request for it goes to the network again). */
export function takePrefetchedFeed(url: string): PrefetchedFeed | undefined {
  const entry = waiting.get(url);
  waiting.delete(url);
  return entry;
}
