/** Mounting the element on a feed and looking at what it draws, as a visitor's browser would. */
import { nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { LeerroutesKaart } from '../../src/define.js';
import type { MapAdapter } from '../../src/map/map-adapter.js';
import { INTERNALS, type Internals } from '../../src/map/internals.js';
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

/** The map adapter behind an element, through the test harness's symbol: tests look at what is drawn, not at how. */
export function adapterOf(el: LeerroutesKaart): MapAdapter {
  const adapter = (el as unknown as Record<symbol, Internals>)[INTERNALS]!.map;
  if (!adapter) throw new Error('no map attached');
  return adapter;
}

/** Every marker drawn (a pin or a cluster) with its pixel on the map and the pins it holds. */
export function drawnMarkers(el: LeerroutesKaart): { pixel: [number, number]; pinIds: string[] }[] {
  return adapterOf(el).markers();
}

/** How many markers are drawn, and how many pins they hold together. */
export function renderedMarkers(el: LeerroutesKaart): { markers: number; pins: number } {
  const markers = drawnMarkers(el);
  return { markers: markers.length, pins: markers.reduce((sum, marker) => sum + marker.pinIds.length, 0) };
}

/** Pixel of a pin on the map canvas, if it is on the map. */
export function pixelOfPin(el: LeerroutesKaart, pinId: string): [number, number] | undefined {
  return adapterOf(el).pixelOfPin(pinId);
}

/** Centre [lon, lat] and zoom of the map's view. */
export function viewState(el: LeerroutesKaart): { center: number[]; zoom: number | undefined } {
  const { center, zoom } = adapterOf(el).view();
  return { center: [...center], zoom };
}

/** Waits while the map's view is still moving (an animation), then until the element has followed. */
export async function whenStill(el: LeerroutesKaart): Promise<void> {
  for (let i = 0; i < 100 && adapterOf(el).view().moving; i++) await new Promise((resolve) => setTimeout(resolve, 30));
  await settle(el);
}

export function shadow(el: LeerroutesKaart): ShadowRoot {
  return el.shadowRoot!;
}

export function text(el: LeerroutesKaart, selector: string): string {
  return (shadow(el).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The colour the pins layer drew at a pin's position, `dx` CSS pixels to the left of its centre. */
export function pinColour(el: LeerroutesKaart, pinId: string, dx = 8): [number, number, number] {
  const pixel = pixelOfPin(el, pinId);
  if (!pixel) throw new Error(`pin ${pinId} not on the map`);
  const canvas = shadow(el).querySelector<HTMLCanvasElement>('.pins canvas');
  if (!canvas) throw new Error('no pins canvas');
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  const data = canvas
    .getContext('2d')!
    .getImageData(Math.round((pixel[0] - dx) * ratio), Math.round(pixel[1] * ratio), 1, 1).data;
  return [data[0]!, data[1]!, data[2]!];
}

/**
 * The colour (RGBA) that one layer of the map draws by itself at a place: layers share canvases (map/canvases.ts),
 * so it is read from the layer drawn alone.
 */
export function layerPixel(el: LeerroutesKaart, layer: string, lonLat: readonly [number, number]): number[] {
  const adapter = adapterOf(el);
  const pixel = adapter.pixelAt(lonLat);
  const drawn = adapter.drawnAlone(layer);
  if (!pixel || !drawn) throw new Error(`${layer}: not drawn, or ${lonLat} not on the map`);
  const { image, ratio } = drawn;
  const offset = (Math.round(pixel[1] * ratio) * image.width + Math.round(pixel[0] * ratio)) * 4;
  return [...image.data.subarray(offset, offset + 4)];
}

/** Where a pin is on the page, for a real mouse click. */
export function pagePositionOfPin(el: LeerroutesKaart, pinId: string): [number, number] {
  const pixel = pixelOfPin(el, pinId);
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

function textWithout(node: Node, hidden: string): string {
  const copy = node.cloneNode(true) as Element;
  for (const skipped of copy.querySelectorAll(hidden)) skipped.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text a sighted visitor reads: without what is there for screen readers only. */
export function seenText(node: Node): string {
  return textWithout(node, '.visually-hidden');
}

/** The text a screen reader reads: without what is hidden from it. */
export function heardText(node: Node): string {
  return textWithout(node, '[aria-hidden="true"]');
}

/** Types a search as a visitor would and waits past the typing pause until the map has followed. */
export async function searchFor(el: LeerroutesKaart, words: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('.toolbar-search input')!;
  input.value = words;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 450));
  await whenStill(el);
  await nextFrame();
  await settle(el);
}

/** What a download button hands the browser: the file's name, whether it starts with UTF-8's byte order mark, its text. */
export async function downloadOf(
  el: LeerroutesKaart,
  selector: string,
): Promise<{ name: string; bom: boolean; csv: string }> {
  let saved: Blob | undefined;
  let name = '';
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    saved = blob as Blob;
    return createObjectURL.call(URL, blob);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    shadow(el).querySelector<HTMLButtonElement>(selector)!.click();
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  const bytes = new Uint8Array(await saved!.arrayBuffer());
  const bom = [...bytes.slice(0, 3)].join(',') === '239,187,191';
  return { name, bom, csv: new TextDecoder().decode(bytes.slice(bom ? 3 : 0)) };
}

/** Every kind of control a visitor can reach or press inside the element. */
export const CONTROLS = 'button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * Whether a control is there for the eye right now: rendered with a box, not hidden, not inside a closed menu (its
 * summary excepted), not made invisible (a skip link until it has focus, text for screen readers only).
 */
export function shownToTheEye(control: Element): boolean {
  if (control.closest('[hidden], [inert]')) return false;
  // A summary shows while its own menu is closed, not while a menu around that one is.
  const around = control.localName === 'summary' ? control.parentElement?.parentElement : control;
  if (around?.closest('details:not([open])')) return false;
  for (let node: Element | null = control; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return false;
    if (style.clipPath !== 'none' && style.clipPath !== '') return false;
  }
  const box = control.getBoundingClientRect();
  return box.width > 1 && box.height > 1;
}

/**
 * Waits until every filter offered has rendered its options, as they are by the time a visitor opens one: they
 * are rendered one filter per idle moment after the first pins (at most 5 s here).
 */
export async function filterOptionsReady(el: LeerroutesKaart): Promise<void> {
  const ready = () =>
    [...shadow(el).querySelectorAll('details.filters-item')].every((details) =>
      details.querySelector('.filters-option'),
    );
  for (let frames = 0; !ready(); frames++) {
    if (frames > 300) throw new Error('the filters did not render their options');
    await nextFrame();
  }
  await el.updateComplete;
}
