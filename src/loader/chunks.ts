/**
 * The on-demand parts of the element, each loaded once. The built bundle names each part's file next to the entry
 * (`import()` of a sibling), so a page that allows the entry's host allows its parts too.
 *
 * A part that failed to load (network, a Content-Security-Policy) can be asked for again: most browsers keep a
 * failed module in their module map, so the build (build/retryable-imports.mjs) routes each `import()` below
 * through `chunkUrl`, which can ask for the file under a fresh query.
 */
let attempt = 0;
/** Whether the imports ask under a new address (after a retry the browser answered from its memory of a failure). */
let fresh = false;
/** The addresses asked for in this attempt: named in the console when loading fails (WebKit's error names none). */
export const requestedChunks = new Set<string>();

/** @internal Used by the built bundle's `import()`s (see above); not part of the public API. */
export function chunkUrl(file: string): string {
  const url = new URL(file, import.meta.url);
  if (fresh) url.searchParams.set('retry', String(attempt));
  requestedChunks.add(url.href);
  return url.href;
}

/** "Opnieuw proberen": the next loads try again. */
export function retryChunks(): void {
  attempt++;
  fresh = false;
  requestedChunks.clear();
}

type Importer<T> = () => Promise<T>;

/**
 * One load at a time per part; a failed load is forgotten, so that asking again tries again. A retry asks for the
 * same address first: a browser that fetches a failed module anew (WebKit) then has one copy of each part. One
 * that remembers the failure (Chromium, Firefox) fails again at once; then the part is asked for under a new
 * address. (In those browsers a later part that imports this one by its plain address can still fail: it then
 * says so, as every on-demand part does.)
 */
export function once<T>(importer: Importer<T>): Importer<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= importer()
      .catch((error: unknown) => {
        if (attempt === 0 || fresh) throw error;
        fresh = true;
        return importer();
      })
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      }));
}

/** OpenLayers and the map adapter. */
export const loadMap = once(() => import('../map/map-adapter.js'));
/** OpenLayers' tile stack and the tiled basemaps: asked for with the map's code when the map shows tiles. */
export const loadTiles = once(() => import('../map/tile-basemap.js'));
/** The outline of the land, the map's background without tiles: asked for with the map's code for basemap="none". */
export const loadOutline = once(() => import('../map/offline-basemap.data.js'));
/** The feed's reader: asked for with the feed, so that the feed is read before the element's code is in. */
export const loadFeedReader = once(() => import('../chunks/feed-reader.js'));
/** The English texts. */
export const loadEnglish = once(() => import('../i18n/en.js'));
/** zod and the schema's messages: only when a feature is not valid at first sight. */
export const loadValidation = once(() => import('../feed/zod-checks.js'));
