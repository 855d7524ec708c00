/**
 * The on-demand parts of the element, each loaded once. The built bundle names each part's file next to the entry
 * (`import()` of a sibling), so a page that allows the entry's host allows its parts too.
 *
 * A part that failed to load (network, a Content-Security-Policy) can be asked for again: browsers keep a failed
 * module in their module map, so the build (build/retryable-imports.mjs) routes each `import()` below through
 * `chunkUrl`, which asks for the file under a fresh query after a failure.
 */
let attempt = 0;
/** The addresses asked for in this attempt: named in the console when loading fails (WebKit's error names none). */
export const requestedChunks = new Set<string>();

/** @internal Used by the built bundle's `import()`s (see above); not part of the public API. */
export function chunkUrl(file: string): string {
  const url = new URL(file, import.meta.url);
  if (attempt) url.searchParams.set('retry', String(attempt));
  requestedChunks.add(url.href);
  return url.href;
}

/** The next loads ask for fresh copies of whatever failed. */
export function retryChunks(): void {
  attempt++;
  requestedChunks.clear();
}

type Importer<T> = () => Promise<T>;

/** One load at a time per part; a failed load is forgotten, so that asking again tries again. */
function once<T>(importer: Importer<T>): Importer<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= importer().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** The element itself: Lit, the store, the views. Defines `<leerroutes-kaart>` as it arrives. */
export const loadElement = once(() => import('../define.js'));
/** OpenLayers and the map adapter. */
export const loadMap = once(() => import('../map/map-adapter.js'));
/** The English texts. */
export const loadEnglish = once(() => import('../i18n/en.js'));
/** zod and the schema's messages: only when a feature is not valid at first sight. */
export const loadValidation = once(() => import('../feed/zod-checks.js'));
