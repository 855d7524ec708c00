/**
 * Every control shows a focus ring a person can see: for each shown control, the pixels around it are compared
 * unfocused and focused (from the keyboard), and the ring must change a band all around it, not a corner or a
 * clipped sliver (WCAG 2.4.7; 2.4.11's area). Puppeteer's screenshots: Chromium and Firefox; WebDriver's WebKit
 * cannot take part of a page and skips.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { CONTROLS, mount, removeMounted, settle, shadow, shownToTheEye } from './helpers.js';
import type { LeerroutesKaart } from '../../src/define.js';

const SAMPLE = new URL('../../demo/sample-feed.json', import.meta.url).href;
/** The kinds of control looked at, so a test also shows that it looked at something. */
const looked: string[] = [];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The page's pixels in a box (CSS px, on the page), as RGBA. */
async function pixels(box: DOMRect): Promise<ImageData> {
  const clip = { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height };
  const base64: string = await executeServerCommand('screenshot', { clip });
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(box.width);
  canvas.height = Math.round(box.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** The sides of a control along which the band 2 to 5 px out did not change when it got focus. */
function sidesWithoutRing(before: ImageData, after: ImageData, inset: number): string[] {
  const { width, height } = before;
  const changed = (x: number, y: number) => {
    const i = (y * width + x) * 4;
    return (
      Math.abs(before.data[i]! - after.data[i]!) +
        Math.abs(before.data[i + 1]! - after.data[i + 1]!) +
        Math.abs(before.data[i + 2]! - after.data[i + 2]!) >
      60
    );
  };
  // A side counts when most of a line along it changed (the ring runs the whole side).
  const line = (points: [number, number][]) => points.filter(([x, y]) => changed(x, y)).length > points.length * 0.6;
  const band = (fixed: number, along: 'x' | 'y') => {
    for (let offset = -2; offset <= 2; offset++) {
      const at = fixed + offset;
      const points: [number, number][] = [];
      const length = along === 'x' ? width : height;
      for (let t = inset + 4; t < length - inset - 4; t++) points.push(along === 'x' ? [t, at] : [at, t]);
      if (points.length && line(points)) return true;
    }
    return false;
  };
  const sides = {
    top: band(inset - 3, 'x'),
    bottom: band(height - inset + 2, 'x'),
    left: band(inset - 3, 'y'),
    right: band(width - inset + 2, 'y'),
  };
  return Object.entries(sides)
    .filter(([, ringed]) => !ringed)
    .map(([side]) => side);
}

async function ringsIn(
  test: Mocha.Context,
  el: LeerroutesKaart,
  filter = (_control: Element) => true,
): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Set<string>();
  // A key first: focus then counts as the keyboard's (:focus-visible).
  await sendKeys({ press: 'Shift' });
  for (const control of shadow(el).querySelectorAll<HTMLElement>(CONTROLS)) {
    // Disabled: no focus to show. A skip link appears when focused: that is its indicator.
    if ((control as HTMLButtonElement).disabled || control.matches('.map, .skip-link')) continue;
    if (!shownToTheEye(control) || !filter(control)) continue;
    // One of each kind is enough (a list of 150 routes has one look).
    const kind = `${control.localName}.${control.className}`;
    if (seen.has(kind)) continue;
    seen.add(kind);
    looked.push(kind);
    control.scrollIntoView({ block: 'center', inline: 'nearest' });
    (shadow(el).activeElement as HTMLElement | null)?.blur();
    await pause(30);
    const inset = 8;
    // A link that wraps has a ring around each line: its first line is looked at, open at its end and foot.
    const fragments = control.getClientRects();
    const own = fragments.length > 1 ? fragments[0]! : control.getBoundingClientRect();
    const box = new DOMRect(own.x - inset, own.y - inset, own.width + inset * 2, own.height + inset * 2);
    let before: ImageData;
    try {
      before = await pixels(box);
    } catch {
      test.skip();
    }
    control.focus();
    await pause(30);
    const after = await pixels(box);
    const missing = sidesWithoutRing(before!, after, inset).filter(
      (side) => fragments.length < 2 || side === 'top' || side === 'left',
    );
    if (missing.length)
      problems.push(`<${control.localName} class="${control.className}">: no ring ${missing.join(', ')}`);
  }
  return problems;
}

describe('a visible focus ring on every control', function () {
  this.timeout(120000);
  afterEach(removeMounted);

  it('in the toolbar, the map’s tools, the list and the legend', async function () {
    const { el } = await mount({ src: SAMPLE, near: '7511' });
    await settle(el);
    looked.length = 0;
    const problems = await ringsIn(this, el);
    expect(problems, problems.join('\n')).to.deep.equal([]);
    for (const kind of [
      'summary',
      'input',
      'button.ol-zoom-in',
      'button.map-tool map-fullscreen',
      'button.list-route',
    ]) {
      expect(
        looked.some((seen) => seen.startsWith(kind)),
        `looked at ${kind}`,
      ).to.equal(true);
    }
  });

  it('in an open filter, a route’s panel and the coverage view', async function () {
    const { el } = await mount({ src: SAMPLE, selected: 'glr-2024-0039' });
    shadow(el).querySelector<HTMLDetailsElement>('details[data-filter="routeType"]')!.open = true;
    await settle(el);
    const problems = await ringsIn(this, el, (control) => !!control.closest('.panel, details[open]'));
    el.view = 'regions';
    for (let i = 0; i < 100 && !shadow(el).querySelector('.coverage-table'); i++) await pause(50);
    await settle(el);
    problems.push(...(await ringsIn(this, el, (control) => !!control.closest('.list-pane'))));
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('on a phone: the folded filters, the sheet and its "larger" button', async function () {
    const { el } = await mount({ src: SAMPLE, selected: 'glr-2024-0039' });
    el.style.width = '360px';
    await settle(el);
    const problems = await ringsIn(this, el);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
