/**
 * The map first: as soon as the map's code and the feed are in, the pins are drawn into the element's shadow root,
 * whether or not the element's interface code has arrived. The element, once defined, takes the map over
 * (its map controller finds it in map/early-maps.ts) and renders its interface around it.
 *
 * Only for a first view that is the whole map of the element's presets: no `view="list"` or `"regions"`, no
 * `lock-region` (its fit waits for the region outlines), no `near` or `selected` (a place, a panel) and no state in
 * the page's hash. Those first views are drawn by the element itself, as before.
 */
import { MapAdapter, prepareGlyphs } from '../map/map-adapter.js';
import { keepEarlyMap } from '../map/early-maps.js';
import { parseBasemap } from '../map/basemap-choice.js';
import { StoreMap } from '../map/store-map.js';
import { MapStore } from '../model/store.js';
import { FILTER_KEYS, type FilterKey } from '../model/filters.js';
import { kindLooksOf } from '../model/kind-looks.js';
import type { ParsedFeed } from '../feed/parse-feed.js';
import { nl, type Messages } from '../i18n/nl.js';

/** Each filter's attribute, as the element names it. */
const ATTRIBUTE_OF: Record<FilterKey, string> = {
  region: 'region',
  profile: 'profile',
  level: 'level',
  routeType: 'route-type',
};

/** The attributes whose first view the element draws itself (see above). */
const DRAWN_BY_THE_ELEMENT = ['lock-region', 'near', 'selected'];

/**
 * Until the interface's own styles come with it: the map's credit readable in its corner, no zoom buttons yet
 * (the interface brings them, styled). A constructed sheet: a strict Content-Security-Policy allows it.
 */
const EARLY_STYLES = `.ol-zoom{display:none}
.ol-attribution{position:absolute;right:.5em;bottom:.5em;padding:0 .4em;border-radius:4px;background:#ffffffd9;color:#1b1b1b;font:.72em/1.6 system-ui,sans-serif}
.ol-attribution ul{margin:0;padding:0;list-style:none}`;

/** Whether this element's first view can be drawn before its code is in. */
export function earlyMapWanted(element: Element): boolean {
  if (DRAWN_BY_THE_ELEMENT.some((name) => element.hasAttribute(name))) return false;
  const view = element.getAttribute('view');
  if (view === 'list' || view === 'regions') return false;
  // A link's state (filters, a place, an open route) outranks the presets: the element reads it.
  return !location.hash.includes('=');
}

/**
 * Draws `feed` (read and grouped) into `element` as its first view, unless the element's code came first or the
 * element went; resolves once the pins are seen (false: nothing was drawn).
 */
export async function drawEarlyMap(element: HTMLElement, feed: ParsedFeed, messages: Messages = nl): Promise<boolean> {
  if (customElements.get(element.localName) || !element.isConnected || element.shadowRoot) return false;
  if (!earlyMapWanted(element)) return false;
  const store = new MapStore();
  store.batch(() => {
    // Unknown values are the element's to name on the console, once it reads the same attributes.
    for (const key of FILTER_KEYS) store.setPreset(key, element.getAttribute(ATTRIBUTE_OF[key]));
    store.setPresetSearch(element.getAttribute('search') ?? '');
    store.setFeed(feed);
  });

  // The element's own root, which Lit takes as it is (as it does the message of a code that failed to load).
  const root = element.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in root) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(EARLY_STYLES);
    root.adoptedStyleSheets = [sheet];
  }
  const container = document.createElement('div');
  // Through the CSS object model: allowed by a strict Content-Security-Policy, as inline style attributes are not.
  container.style.blockSize = '100%';
  // The sea of the offline outline, as the interface's map element has it.
  container.style.background = '#cddfec';
  root.append(container);

  const basemap = parseBasemap(element.getAttribute('basemap'));
  let tilesFailed = false;
  let adapter: MapAdapter | undefined;
  try {
    // The cluster numbers' glyphs, unless the entry's task for them came first (the feed's slices go before it).
    prepareGlyphs();
    adapter = new MapAdapter({
      basemap,
      messages,
      looks: kindLooksOf(getComputedStyle(element)),
      keyboardTarget: container,
      wheelZoom: () => element.hasAttribute('wheel-zoom'),
      reducedMotion: globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
      // Until the interface is there, the map is looked at, not used: the element brings what a pick opens.
      onPinSelect: () => undefined,
      onPinsSelect: () => undefined,
      onRegionSelect: () => undefined,
      onTileError: () => (tilesFailed = true),
      onAreaChange: () => undefined,
    });
    adapter.setTarget(container);
    const drawing = new StoreMap(store);
    drawing.feedArrived(false, true);
    drawing.draw(adapter, true);
  } catch (error) {
    // The element draws its own map then (and says what fails): nothing of this one may stay in its root.
    adapter?.dispose();
    container.remove();
    if ('adoptedStyleSheets' in root) root.adoptedStyleSheets = [];
    throw error;
  }
  keepEarlyMap(element, {
    adapter,
    container,
    basemapKey: `${basemap} ${messages.lang}`,
    get tilesFailed() {
      return tilesFailed;
    },
  });
  // The interface may come as soon as the pins are seen: the rest of the drawing (the land's outline) need not wait.
  await Promise.race([adapter.whenFirstPins(), adapter.whenRendered()]);
  // In a task of its own: not within the frame that drew the pins.
  await new Promise((resolve) => setTimeout(resolve));
  return true;
}
