/**
 * The file a page's `<script src>` names (`dist/leerroutes-kaart.js`): a classic script, so that it runs before the
 * page's first paint, where a module would run after it. It reserves the element's box (loader/reserve.ts: no
 * layout shift when the rest arrives), loads the module entry (index.ts, `leerroutes-kaart.entry.js`) from
 * next to itself, which does everything else, and meanwhile asks for the first view's parts and feed
 * (loader/preload.ts, feed/prefetch.ts). Kept to under 3 kB: a classic script in the page's head holds up its first paint until it
 * has arrived.
 */
import { reserveBoxes } from './loader/reserve.js';
import { clearLoadFailure, showLoadFailure } from './loader/load-failure.js';
import { TAG, watchDocument } from './loader/gate.js';
import { preloadParts } from './loader/preload.js';
import { firstViewOf, partsOf } from './loader/first-view.js';
import { prefetchFeed } from './feed/prefetch.js';
import partFiles from 'leerroutes-kaart:first-view-files';

/** The module entry's file, next to this one (rollup.config.mjs names it). */
const ENTRY = 'leerroutes-kaart.entry.js';

/**
 * Where this script was loaded from. A classic script knows (`currentScript`); the same file included as a module
 * (`type="module"`, as the snippet once said) does not, and finds its own tag instead.
 */
function ownAddress(): string {
  const current = document.currentScript as HTMLScriptElement | null;
  if (current?.src) return current.src;
  const tags = [...document.querySelectorAll<HTMLScriptElement>('script[src]')];
  return tags.reverse().find((tag) => /(^|\/)leerroutes-kaart\.js(\?|#|$)/.test(tag.src))?.src ?? document.baseURI;
}

let attempt = 0;

/** Imports the module entry; when it cannot come, each element on the page says so and offers to try again. */
function loadEntry(): Promise<unknown> {
  const address = new URL(ENTRY, base);
  // A browser remembers a failed module: a retry asks under a new address.
  if (attempt) address.searchParams.set('retry', String(attempt));
  return import(address.href).catch((error: unknown) => {
    console.error(
      `leerroutes-kaart: its code could not be loaded from ${address.href} (offline, or blocked: the page's Content-Security-Policy script-src must allow that address). ${String(error)}`,
    );
    for (const element of document.querySelectorAll<HTMLElement>('leerroutes-kaart:not(:defined)'))
      showLoadFailure(element, 'network', retry);
  });
}

function retry(): void {
  attempt++;
  for (const element of document.querySelectorAll<HTMLElement>('leerroutes-kaart:not(:defined)'))
    clearLoadFailure(element);
  loadEntry();
}

/**
 * While the entry is on its way, each element near the viewport (as the entry would find it: loader/gate.ts) has
 * its first view's parts and feed asked for at once: the entry's own requests would start a round trip later.
 */
function preloadUntilEntry(entry: Promise<unknown>): void {
  if (customElements.get(TAG)) return;
  const watching = watchDocument((element) => {
    const view = firstViewOf(element);
    if (view.feed !== undefined) prefetchFeed(view.feed);
    preloadParts(partsOf(view), partFiles, base);
  });
  void entry.finally(() => watching.stop());
}

const base = ownAddress();
reserveBoxes();
preloadUntilEntry(loadEntry());
