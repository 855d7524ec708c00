/** Mounting the element on a feed and looking at what it draws, as a visitor's browser would. */
import { nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { LeerroutesKaart } from '../../src/index.js';
import type { MapAdapter } from '../../src/map/map-adapter.js';
import type { FeedLoadDetail, FeedErrorDetail } from '../../src/events.js';

export interface Mounted {
  el: LeerroutesKaart;
  loaded?: FeedLoadDetail;
  error?: FeedErrorDetail;
}

const mounted: HTMLElement[] = [];

// In the Lit development-mode run (web-test-runner.dev.config.mjs), any Lit warning fails the test it came in.
afterEach(function () {
  const warnings = (globalThis as { litDevWarnings?: string[] }).litDevWarnings;
  if (!warnings?.length) return;
  const found = warnings.splice(0);
  throw new Error(`Lit development warning(s) during "${this.currentTest?.fullTitle()}":\n${found.join('\n')}`);
});

/** Adds a `<leerroutes-kaart>` with these attributes and waits until its feed is read (or refused) and drawn. */
export async function mount(
  attributes: Record<string, string | true>,
  parent: HTMLElement = document.body,
): Promise<Mounted> {
  const el = document.createElement('leerroutes-kaart');
  el.style.setProperty('--leerroutes-height', '500px');
  el.style.width = '900px';
  el.style.display = 'block';
  if (!('basemap' in attributes)) el.setAttribute('basemap', 'none');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value === true ? '' : value);
  const outcome = waitForFeed(el);
  parent.append(el);
  mounted.push(el);
  const result = await outcome;
  await el.whenMapRendered();
  return { el, ...result };
}

export function waitForFeed(el: HTMLElement): Promise<{ loaded?: FeedLoadDetail; error?: FeedErrorDetail }> {
  return new Promise((resolve) => {
    el.addEventListener('feed-load', (e) => resolve({ loaded: e.detail }), { once: true });
    el.addEventListener('feed-error', (e) => resolve({ error: e.detail }), { once: true });
  });
}

export function removeMounted(): void {
  for (const el of mounted.splice(0)) el.remove();
}

/** The map adapter behind an element: tests look at what is drawn, not at how. */
export function adapterOf(el: LeerroutesKaart): MapAdapter {
  const adapter = (el as unknown as { _map: { adapter?: MapAdapter } })._map.adapter;
  if (!adapter) throw new Error('no map attached');
  return adapter;
}

export function shadow(el: LeerroutesKaart): ShadowRoot {
  return el.shadowRoot!;
}

export function text(el: LeerroutesKaart, selector: string): string {
  return (shadow(el).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The colour the pins layer drew at a pin's position, `dx` CSS pixels to the left of its centre. */
export function pinColour(el: LeerroutesKaart, pinId: string, dx = 8): [number, number, number] {
  const pixel = adapterOf(el).pixelOfPin(pinId);
  if (!pixel) throw new Error(`pin ${pinId} not on the map`);
  const canvas = shadow(el).querySelector<HTMLCanvasElement>('.pins canvas');
  if (!canvas) throw new Error('no pins canvas');
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  const data = canvas
    .getContext('2d')!
    .getImageData(Math.round((pixel[0] - dx) * ratio), Math.round(pixel[1] * ratio), 1, 1).data;
  return [data[0]!, data[1]!, data[2]!];
}

/** Where a pin is on the page, for a real mouse click. */
export function pagePositionOfPin(el: LeerroutesKaart, pinId: string): [number, number] {
  const pixel = adapterOf(el).pixelOfPin(pinId);
  if (!pixel) throw new Error(`pin ${pinId} not on the map`);
  const box = shadow(el).querySelector('.map')!.getBoundingClientRect();
  return [Math.round(box.left + pixel[0]), Math.round(box.top + pixel[1])];
}

export async function settle(el: LeerroutesKaart): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.whenMapRendered();
}

type Media = Parameters<typeof emulateMedia>[0];

/** Emulates print or reduced motion, or skips the test in a browser that cannot (Firefox has no DevTools protocol). */
export async function emulateMediaOrSkip(test: Mocha.Context, media: Media): Promise<void> {
  try {
    await emulateMedia(media);
  } catch {
    test.skip();
  }
}

export async function resetMedia(): Promise<void> {
  try {
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
  } catch {
    // nothing was emulated in a browser that cannot
  }
}

/** The middle of an element on the page, for a real mouse click. */
export function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}
