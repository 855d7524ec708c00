/**
 * No overlay ever covers a control: at 248, 280, 390 and 1280 px wide, 400 and 600 px tall, in every view and
 * state a visitor reaches (a route open, a place chosen, a filter that finds nothing, a legend unfolded, a feed that
 * fails), every visible control is the topmost thing at the points a finger or a pointer would press. And an open
 * filter's options stay inside the element, wherever the filter sits. The map's credit line (a CC-BY licence asks
 * that it can be read) is covered by nothing either, however many lines it takes.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { CONTROLS, mount, removeMounted, settle, shadow, shownToTheEye } from './helpers.js';
import type { LeerroutesKaart } from '../../src/define.js';

const SAMPLE = new URL('../../demo/sample-feed.json', import.meta.url).href;

const CHROMIUM = navigator.userAgent.includes('Chrome/');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The part of an element (or of one of its boxes) not cut off by a scrolling or clipping ancestor, the element's box
 * or the window.
 */
function visibleBox(kaart: HTMLElement, control: Element, box = control.getBoundingClientRect()): DOMRect {
  let { left, top, right, bottom } = box;
  const clip = (box: DOMRect) => {
    left = Math.max(left, box.left);
    top = Math.max(top, box.top);
    right = Math.min(right, box.right);
    bottom = Math.min(bottom, box.bottom);
  };
  for (let node = control.parentElement; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (/auto|scroll|hidden|clip/.test(style.overflowX + style.overflowY)) clip(node.getBoundingClientRect());
  }
  clip(kaart.getBoundingClientRect());
  clip(new DOMRect(0, 0, innerWidth, innerHeight));
  return new DOMRect(left, top, right - left, bottom - top);
}

/** Each shown control, with what lies over it where it would be pressed (20 %, 50 % and 80 % across and down). */
function coveredControls(kaart: LeerroutesKaart): string[] {
  const root = shadow(kaart);
  const found: string[] = [];
  for (const control of root.querySelectorAll(CONTROLS)) {
    // The map itself is an area under its own tools, not a button.
    if (control.matches('.map') || !shownToTheEye(control)) continue;
    const box = visibleBox(kaart, control);
    if (box.width < 4 || box.height < 4) continue;
    search: for (const fx of [0.2, 0.5, 0.8]) {
      for (const fy of [0.2, 0.5, 0.8]) {
        const top = root.elementFromPoint(box.left + box.width * fx, box.top + box.height * fy);
        if (!top || top === control || control.contains(top) || top.contains(control)) continue;
        // A button inside a field (the × that clears it) is part of that field.
        const other = top.closest(CONTROLS);
        if (other && other.parentElement === control.parentElement) continue;
        found.push(`${nameOf(control)} under ${nameOf(top)}`);
        break search;
      }
    }
  }
  return found;
}

/** What lies over the map's credit line, read at points along each of its lines of text. */
function coveredCredit(kaart: LeerroutesKaart): string[] {
  const credit = shadow(kaart).querySelector('.ol-attribution li');
  if (!credit || !shownToTheEye(credit)) return [];
  const root = shadow(kaart);
  const range = document.createRange();
  range.selectNodeContents(credit);
  const found: string[] = [];
  for (const line of [...range.getClientRects()].map((box) => visibleBox(kaart, credit, box))) {
    if (line.width < 4 || line.height < 4) continue;
    for (const fx of [0.05, 0.3, 0.5, 0.7, 0.95]) {
      const top = root.elementFromPoint(line.left + line.width * fx, line.top + line.height / 2);
      // Something around the credit (no line box where the engine reports one) covers nothing.
      if (top && !top.closest('.ol-attribution') && !top.contains(credit)) {
        found.push(`the credit "${credit.textContent!.slice(0, 30)}" under ${nameOf(top)}`);
        break;
      }
    }
  }
  return found;
}

function nameOf(element: Element): string {
  const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? '';
  return `<${element.localName}${element.className ? ` class="${String(element.className)}"` : ''}> "${name}"`;
}

const WIDTHS = [248, 280, 390, 1280];
const HEIGHTS = [400, 600];

/** The states a visitor reaches, each as the attributes that lead there and what the visitor then does. */
const STATES: {
  name: string;
  attributes: Record<string, string>;
  then?: (el: LeerroutesKaart) => Promise<void>;
  /** Whether the credit must be readable too (not while a failed feed's message takes the map's room). */
  credit?: false;
}[] = [
  { name: 'the map', attributes: {} },
  { name: 'the list', attributes: { view: 'list' } },
  { name: 'the coverage view', attributes: { view: 'regions' } },
  { name: 'a route open', attributes: { selected: 'glr-2024-0039' } },
  {
    name: 'a route open in a region, with a filter',
    attributes: { region: 'Twente', selected: 'glr-2024-0039', profile: 'Z&W' },
  },
  { name: 'a route open over the list', attributes: { view: 'list', selected: 'glr-2024-0039' } },
  { name: 'a place chosen', attributes: { near: '7511', radius: '10' } },
  { name: 'a search that finds nothing', attributes: { search: 'qqxxzz' } },
  {
    name: 'the legend unfolded',
    attributes: {},
    then: async (el) => shadow(el).querySelector<HTMLButtonElement>('.legend-toggle')?.click(),
  },
  { name: 'a feed that fails', attributes: { src: '/__nothing-here.json' }, credit: false },
];

describe('no overlay covers a control', function () {
  this.timeout(120000);
  const warnings: string[] = [];
  const warn = console.warn;
  before(async () => {
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn.apply(console, args);
    };
    // Wide enough for the widest element. The WebDriver browsers cannot size their window: there what lies outside
    // it is not looked at (the narrow sizes, which matter most, fit).
    if (CHROMIUM) await setViewport({ width: 1320, height: 760 });
  });
  after(async () => {
    console.warn = warn;
    if (CHROMIUM) await setViewport({ width: 800, height: 600 });
  });
  afterEach(removeMounted);

  for (const state of STATES) {
    it(`in ${state.name}, at every width from 248 px and every height from 400 px`, async () => {
      const found: string[] = [];
      for (const width of WIDTHS) {
        for (const height of HEIGHTS) {
          const { el } = await mount({ src: SAMPLE, ...state.attributes });
          el.style.width = `${width}px`;
          el.style.setProperty('--leerroutes-height', `${height}px`);
          el.scrollIntoView({ block: 'start' });
          await state.then?.(el);
          await settle(el);
          await pause(150);
          for (const problem of [...coveredControls(el), ...(state.credit === false ? [] : coveredCredit(el))])
            found.push(`${width}×${height}: ${problem}`);
          removeMounted();
        }
      }
      expect(found, found.join('\n')).to.deep.equal([]);
    });
  }

  it('never has OpenLayers warn that its map has no size (a map with no room has no box)', () => {
    expect(warnings.filter((text) => /No map visible/.test(text))).to.deep.equal([]);
  });
});

describe('an open filter stays inside the element', () => {
  afterEach(removeMounted);

  for (const width of [620, 760, 1000]) {
    it(`at ${width} px, every filter's options`, async () => {
      const { el } = await mount({ src: SAMPLE });
      el.style.width = `${width}px`;
      await settle(el);
      const bounds = el.getBoundingClientRect();
      for (const details of shadow(el).querySelectorAll<HTMLDetailsElement>('details.filters-item')) {
        details.querySelector('summary')!.click();
        await pause(60);
        const menu = details.querySelector('.filters-options')!.getBoundingClientRect();
        const which = details.dataset.filter;
        expect(details.open, `${which} opened`).to.equal(true);
        expect(menu.left, `${which}: its left edge inside`).to.be.at.least(bounds.left);
        expect(menu.right, `${which}: its right edge inside`).to.be.at.most(bounds.right);
        details.open = false;
        await pause(30);
      }
    });
  }
});

describe('a field’s visible name', () => {
  afterEach(removeMounted);

  for (const width of [280, 390, 1280]) {
    it(`never lies over what is typed, at ${width} px, with a place chosen`, async () => {
      // A place chosen: its bar's styles (which size the field on phones) are in.
      const { el } = await mount({ src: SAMPLE, near: '7511' });
      el.style.width = `${width}px`;
      for (let i = 0; i < 100 && !shadow(el).querySelector('.place-bar'); i++) await pause(50);
      await settle(el);
      expect(shadow(el).querySelector('.place-bar'), 'the place chosen').to.not.equal(null);
      for (const input of shadow(el).querySelectorAll<HTMLInputElement>('.toolbar-search input, #place-input')) {
        input.value ||= 'Enschede';
        const label = input.labels![0]!;
        const name = (label.querySelector('.field-label') ?? label).getBoundingClientRect();
        const style = getComputedStyle(input);
        const textTop =
          input.getBoundingClientRect().top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
        expect(name.bottom, `${input.id || 'search'}: its name above the text`).to.be.at.most(textTop + 0.5);
      }
    });
  }
});
