/**
 * The one file a page loads (`dist/leerroutes-kaart.js`), kept small: it finds the `<leerroutes-kaart>` elements
 * and, as soon as one is near the viewport (or has `loading="eager"`), asks at once for everything its first view
 * needs: the element's code, the map's code, the feed, and the English texts for `lang="en"`. The element is
 * defined when its code arrives; attributes and properties set before then are kept (Lit reads them on upgrade).
 */
import {
  chunkUrl,
  loadEnglish,
  loadFeedReader,
  loadMap,
  loadOutline,
  loadTiles,
  loadValidation,
  requestedChunks,
  retryChunks,
} from './loader/chunks.js';
import { loadEarlyMap, loadElement } from './loader/element-chunk.js';
import type { ParsedFeed } from './feed/parse-feed.js';
import { TAG, watchDocument } from './loader/gate.js';
import { firstViewOf } from './loader/first-view.js';
import { prefetchFeed } from './feed/prefetch.js';
import { showLoadFailure, type LoadFailureKind } from './loader/load-failure.js';

/** Elements waiting for the code, to be told if it does not come. */
const waiting = new Set<HTMLElement>();

function prepare(element: HTMLElement): void {
  waiting.add(element);
  const view = firstViewOf(element);
  const feed = view.feed;
  if (feed !== undefined) {
    prefetchFeed(feed);
    // Read as soon as it is in, whether or not the element's code is (a reader that fails to load: the element
    // imports it too, and says so).
    const read = loadFeedReader().then(
      ({ readFeedEarly }) =>
        readFeedEarly(
          feed,
          { timeout: element.getAttribute('timeout'), refresh: element.getAttribute('refresh') },
          loadValidation,
        ),
      () => undefined,
    );
    if (view.map) drawFirst(element, read, view.english);
  }
  // The map's code in parallel with the element's (a list-only view needs no map), and what its background needs:
  // the tile stack, or the outline of the land. Each of them would otherwise be asked for only once the map's
  // code has run: a round trip more.
  if (view.map) {
    // The cluster numbers' glyphs drawn in a task of their own as soon as the map's code is in, before the
    // element is defined: not in the first frame with pins.
    loadMap().then(
      (map) => setTimeout(() => map.prepareGlyphs()),
      () => undefined,
    );
    (view.tiles ? loadTiles : loadOutline)().catch(() => undefined);
  }
  if (view.english) loadEnglish().catch(() => undefined);
  start();
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Maps being drawn before the element's code (chunks/early-map.ts): the element is defined once they are drawn. */
const drawnFirst = new Set<Promise<unknown>>();
/**
 * How long an element whose code is in waits for maps drawn first: their feed may be slow, and the interface
 * (with its loading notice) must not wait for it.
 */
const DRAWN_FIRST_WAIT_MS = 1000;

/**
 * The pins drawn as soon as the map's code and the feed are in, before the element's interface (whose code is
 * asked for at the same time: asked for after them, on a slow line, it gave the pins no measurable gain and the
 * interface its whole download later).
 */
function drawFirst(element: HTMLElement, read: Promise<ParsedFeed | undefined>, english: boolean): void {
  const drawn = Promise.all([loadEarlyMap(), read, english ? loadEnglish() : undefined])
    .then(([early, feed, texts]) => {
      if (!feed || !early.earlyMapWanted(element)) return false;
      return early.drawEarlyMap(element, feed, texts?.en);
    })
    .catch((error: unknown) => console.warn(`${TAG}: the map could not be drawn before the interface.`, error))
    .finally(() => drawnFirst.delete(drawn));
  drawnFirst.add(drawn);
}

/** Loads the element's code and defines the element with it, after the maps drawn first. */
const defineElement = () =>
  loadElement().then(async ({ LeerroutesKaart }) => {
    await Promise.race([Promise.allSettled(drawnFirst), pause(DRAWN_FIRST_WAIT_MS)]);
    // Defining twice (two bundles on one page) keeps the first definition.
    if (!customElements.get(TAG)) customElements.define(TAG, LeerroutesKaart);
  });

function start(): void {
  defineElement().then(
    () => waiting.clear(),
    (error: unknown) => {
      const kind: LoadFailureKind = /trusted ?types?|createPolicy|lit-html/i.test(String(error))
        ? 'trusted-types'
        : 'network';
      console.error(
        kind === 'trusted-types'
          ? `${TAG}: this page enforces Trusted Types and does not allow Lit's policy "lit-html". Add it to the page's Content-Security-Policy: trusted-types lit-html (see the README). ${String(error)}`
          : `${TAG}: its code could not be loaded from ${[...requestedChunks].join(', ') || 'next to the script'} ` +
              `(offline, or blocked: the page's Content-Security-Policy script-src must allow that address). ${String(error)}`,
      );
      for (const element of waiting) {
        if (!customElements.get(TAG)) showLoadFailure(element, kind, retry);
      }
    },
  );
}

function retry(): void {
  retryChunks();
  for (const element of waiting) prepare(element);
}

if (!customElements.get(TAG)) {
  const watching = watchDocument(prepare);
  void customElements.whenDefined(TAG).then(() => watching.stop());
  // With no element in sight of this document, one may be inside another component's shadow root, where the
  // document cannot see it: the code comes after the page's load then.
  const unseen = () => setTimeout(() => watching.found() || void defineElement().catch(() => undefined), 0);
  if (document.readyState === 'complete') unseen();
  else addEventListener('load', unseen, { once: true });
}

// Used by the bundle's own import()s (see loader/chunks.ts); not part of the public API.
export { chunkUrl };
