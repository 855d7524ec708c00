/**
 * What an element's first view needs, read from its attributes: the feed's address and which of the bundle's
 * parts. The entry asks for them with `import()` (index.ts); the page's classic script asks for the same parts a
 * round trip earlier, while the entry itself is still on its way (script.ts), so that the entry's `import()`s find
 * them in the browser's module map.
 */
export interface FirstView {
  /** The feed's absolute address; undefined without a usable `src`. */
  feed: string | undefined;
  /** The map's code: every view but the list. */
  map: boolean;
  /** The tile stack (a tiled basemap) or the land's outline (`basemap="none"`), with the map. */
  tiles: boolean;
  english: boolean;
}

/** The parts of the bundle a first view can need, by the name rollup gives their chunk. */
export type FirstViewPart = 'element' | 'feed-reader' | 'map' | 'tile-basemap' | 'offline-basemap.data' | 'en';

export function firstViewOf(element: Element): FirstView {
  const map = element.getAttribute('view')?.trim().toLowerCase() !== 'list';
  return {
    feed: feedAddress(element.getAttribute('src')),
    map,
    tiles: map && element.getAttribute('basemap')?.trim().toLowerCase() !== 'none',
    english: /^en\b/i.test(element.getAttribute('lang') ?? ''),
  };
}

/**
 * The chunks a first view loads, in the order they are asked for: what the pins need first, the element's own
 * last. On HTTP/1.1 a host serves six requests at a time, and the browser compiles each module as it arrives (on a
 * phone's few cores, one after another): the interface's code, first, kept the map's waiting (A/B in
 * BENCHMARKS.md, issue 26 round 5).
 */
export function partsOf(view: FirstView): FirstViewPart[] {
  const parts: FirstViewPart[] = [];
  if (view.feed !== undefined) parts.push('feed-reader');
  if (view.map) parts.push('map', view.tiles ? 'tile-basemap' : 'offline-basemap.data');
  if (view.english) parts.push('en');
  parts.push('element');
  return parts;
}

function feedAddress(src: string | null): string | undefined {
  if (!src) return undefined;
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    // Not a URL: the element says so once it runs.
    return undefined;
  }
}
