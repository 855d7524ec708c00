/**
 * The file a page's `<script src>` names (`dist/leerroutes-kaart.js`): a classic script, so that it runs before the
 * page's first paint, where a module would run after it. It reserves the element's box (loader/reserve.ts: no
 * layout shift when the rest arrives) and loads the module entry (index.ts, `leerroutes-kaart.entry.js`) from
 * next to itself, which does everything else. Kept to a few hundred bytes: a classic script in the page's head
 * holds up its first paint until it has arrived.
 */
import { reserveBoxes } from './loader/reserve.js';
import { clearLoadFailure, showLoadFailure } from './loader/load-failure.js';

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
function loadEntry(): void {
  const address = new URL(ENTRY, base);
  // A browser remembers a failed module: a retry asks under a new address.
  if (attempt) address.searchParams.set('retry', String(attempt));
  import(address.href).catch((error: unknown) => {
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

const base = ownAddress();
reserveBoxes();
loadEntry();
