/**
 * Every attribute and property changed after the map has drawn, and while it is still loading: after each, the map
 * is whole (pins painted on its canvas, its controls there and named in the current language), the counts and the
 * list are right, nothing is left from the state before, and nothing went to the console as an error.
 */
import { expect, nextFrame } from '@open-wc/testing';
import '../../src/define.js';
import type { LeerroutesKaart } from '../../src/define.js';
import { drawnMarkers, mount, removeMounted, settle, shadow, text, waitForFeed } from './helpers.js';
import { dlr, glr, leerlab, feedOf, feedUrl, withValue } from '../fixtures/feeds.js';

const ZOOM_IN = { nl: 'Inzoomen', en: 'Zoom in' } as const;
const MAP_BUTTON = { nl: 'Kaart', en: 'Map' } as const;
const OUTLINE_CREDIT = { nl: 'Omtrek Nederland', en: 'Outline of the Netherlands' } as const;

const feedFeatures = () => [
  dlr(),
  glr(),
  leerlab(),
  withValue(dlr('dlr-2'), 'properties.school', {
    naam: 'Oostcollege',
    brin: '34CD',
    vestiging: '00',
    plaats: 'Enschede',
  }),
];
const FEED_ROUTES = 4;

let errors: string[] = [];
const consoleError = console.error;
beforeEach(() => {
  errors = [];
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
});
afterEach(() => {
  console.error = consoleError;
  removeMounted();
});

/** Markers whose centre is painted on the pins canvas (alpha above zero): pins a visitor sees. */
function paintedMarkers(el: LeerroutesKaart): number {
  const canvas = shadow(el).querySelector<HTMLCanvasElement>('.pins canvas');
  if (!canvas) return 0;
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  const context = canvas.getContext('2d')!;
  return drawnMarkers(el).filter(({ pixel }) => {
    const [x, y] = [Math.round(pixel[0] * ratio), Math.round(pixel[1] * ratio)];
    if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height) return false;
    return context.getImageData(x, y, 1, 1).data[3]! > 0;
  }).length;
}

async function settled(el: LeerroutesKaart): Promise<void> {
  await settle(el);
  await nextFrame();
  await settle(el);
}

/** The map as a visitor meets it after a change: whole, in the language asked for, with these many routes. */
async function expectWhole(el: LeerroutesKaart, lang: 'nl' | 'en', routes: number, total = FEED_ROUTES) {
  await settled(el);
  const root = shadow(el);
  const maps = root.querySelectorAll('.map');
  expect(maps, 'one map container').to.have.length(1);
  expect(maps[0]!.querySelectorAll('.ol-viewport'), 'the map drawn inside the rendered container').to.have.length(1);
  expect(paintedMarkers(el), 'pins painted on the canvas').to.be.greaterThan(0);
  expect(root.querySelector('.ol-zoom-in')?.getAttribute('title'), 'zoom control named').to.equal(ZOOM_IN[lang]);
  expect(text(el, '.toolbar-view-map'), 'view toggle in the language').to.equal(MAP_BUTTON[lang]);
  const credits = root.querySelectorAll<HTMLElement>('.ol-attribution');
  expect(credits, 'one credit line').to.have.length(1);
  expect(credits[0]!.parentElement!.matches('.map-dock'), 'the credit in the dock, below the legend').to.equal(true);
  expect(credits[0]!.hidden, 'the credit shown').to.equal(false);
  expect(text(el, '.ol-attribution'), 'the credit in the language').to.contain(OUTLINE_CREDIT[lang]);
  const count = text(el, '.toolbar-count');
  expect(count, 'the count').to.contain(String(routes));
  if (routes !== total) expect(count).to.contain(String(total));
  expect(el.visibleRouteIds).to.have.length(routes);
  expect(errors, 'no console error').to.deep.equal([]);
}

describe('runtime changes: every attribute after the map has drawn', function () {
  this.timeout(30_000);
  it('lang both ways, several times, keeps the map whole', async () => {
    const { el } = await mount({ src: feedUrl(feedOf(feedFeatures())) });
    await expectWhole(el, 'nl', FEED_ROUTES);
    for (const lang of ['en', 'nl', 'en'] as const) {
      el.setAttribute('lang', lang);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await expectWhole(el, lang, FEED_ROUTES);
      expect(shadow(el).querySelector('.frame')!.getAttribute('lang')).to.equal(lang);
    }
  });

  it('lang on one of two maps changes that one only', async () => {
    const first = await mount({ src: feedUrl(feedOf(feedFeatures())) });
    const second = await mount({ src: feedUrl(feedOf(feedFeatures())) });
    second.el.setAttribute('lang', 'en');
    await expectWhole(second.el, 'en', FEED_ROUTES);
    await expectWhole(first.el, 'nl', FEED_ROUTES);
  });

  it('view through all values in every order; the coverage table only in regions', async function () {
    // 24 changes, each waiting for the map's drawing: minutes' worth in a slow engine, not a hang.
    this.timeout(120_000);
    const { el } = await mount({ src: feedUrl(feedOf(feedFeatures())) });
    const views = ['both', 'map', 'list', 'regions'];
    const orders = views.flatMap((a) => views.filter((b) => b !== a).map((b) => [a, b]));
    for (const [from, to] of orders) {
      for (const view of [from!, to!]) {
        el.view = view;
        await settled(el);
        const table = shadow(el).querySelector('.coverage-table');
        expect(!!table, `coverage table after ${from} → ${to}, at ${view}`).to.equal(view === 'regions');
        expect(shadow(el).querySelector('.body')!.className).to.contain(view === 'regions' ? 'shown-regions' : '');
        if (view !== 'list') expect(paintedMarkers(el) > 0 || view === 'regions', `pins at ${view}`).to.be.true;
      }
    }
    el.view = 'both';
    await expectWhole(el, 'nl', FEED_ROUTES);
  });

  it('region and lock-region on and off', async () => {
    const { el } = await mount({ src: feedUrl(feedOf(feedFeatures())) });
    el.region = 'Rijnmond';
    await expectWhole(el, 'nl', 1);
    el.lockRegion = true;
    await settled(el);
    expect(text(el, '.toolbar-count')).to.contain('Rijnmond');
    el.lockRegion = false;
    el.region = undefined;
    await expectWhole(el, 'nl', FEED_ROUTES);
  });

  it('src to another feed and back, selected on and off', async () => {
    const { el } = await mount({ src: feedUrl(feedOf(feedFeatures())) });
    const loaded = waitForFeed(el);
    el.src = feedUrl(feedOf([glr(), leerlab()]));
    await loaded;
    await expectWhole(el, 'nl', 2, 2);
    el.selected = 'glr-1';
    await settled(el);
    expect(text(el, '.panel h2')).to.equal('Zorgroute Rotterdam');
    el.selected = null;
    await settled(el);
    expect(shadow(el).querySelector('.panel'), 'nothing left of the panel').to.equal(null);
    await expectWhole(el, 'nl', 2, 2);
  });

  it('near and radius set and cleared', async () => {
    const { el } = await mount({ src: feedUrl(feedOf(feedFeatures())) });
    el.near = '52.22,6.89';
    el.radius = '10';
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settled(el);
    expect(el.visibleRouteIds.length).to.be.lessThan(FEED_ROUTES);
    el.near = undefined;
    el.radius = undefined;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expectWhole(el, 'nl', FEED_ROUTES);
  });

  it('height changes the element’s height and the map follows', async () => {
    const { el } = await mount({ src: feedUrl(feedOf(feedFeatures())) });
    el.style.removeProperty('--leerroutes-height');
    el.height = '420px';
    await settled(el);
    expect(Math.round(el.getBoundingClientRect().height)).to.equal(420);
    await expectWhole(el, 'nl', FEED_ROUTES);
  });

  it('removed and added again, and moved to another container', async () => {
    const { el } = await mount({ src: feedUrl(feedOf(feedFeatures())) });
    el.remove();
    document.body.append(el);
    await expectWhole(el, 'nl', FEED_ROUTES);
    const other = document.createElement('section');
    document.body.append(other);
    other.append(el);
    await expectWhole(el, 'nl', FEED_ROUTES);
    other.remove();
  });

  it('created by createElement with properties set before it is connected', async () => {
    const el = document.createElement('leerroutes-kaart');
    el.style.setProperty('--leerroutes-height', '500px');
    el.style.width = '900px';
    el.style.display = 'block';
    el.basemap = 'none';
    el.lang = 'en';
    el.routeType = 'DLR';
    el.src = feedUrl(feedOf(feedFeatures()));
    const loaded = waitForFeed(el);
    document.body.append(el);
    await loaded;
    await el.whenMapRendered();
    await expectWhole(el, 'en', 2);
    el.remove();
  });
});

describe('runtime changes: while the map is still loading', function () {
  this.timeout(30_000);
  /** An element whose feed arrives late (600 ms), changed while it waits. */
  function slowElement(): LeerroutesKaart {
    const el = document.createElement('leerroutes-kaart');
    el.style.setProperty('--leerroutes-height', '500px');
    el.style.width = '900px';
    el.style.display = 'block';
    el.setAttribute('basemap', 'none');
    el.setAttribute('loading', 'eager');
    el.setAttribute('src', '/__delay/600/demo/sample-feed.json');
    return el;
  }

  it('lang switched before the feed arrives', async () => {
    const el = slowElement();
    const loaded = waitForFeed(el);
    document.body.append(el);
    await el.updateComplete;
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    el.setAttribute('lang', 'nl');
    await el.updateComplete;
    el.setAttribute('lang', 'en');
    const { loaded: detail } = await loaded;
    await el.whenMapRendered();
    await expectWhole(el, 'en', detail!.shown, detail!.shown);
    el.remove();
  });

  it('view, region and selected set before the feed arrives', async () => {
    const el = slowElement();
    const loaded = waitForFeed(el);
    document.body.append(el);
    await el.updateComplete;
    el.view = 'regions';
    el.view = 'both';
    el.region = 'Twente';
    await loaded;
    await el.whenMapRendered();
    await settled(el);
    expect(shadow(el).querySelector('.coverage-table'), 'no coverage table left').to.equal(null);
    const twente = el.visibleRouteIds.length;
    expect(twente).to.be.greaterThan(0);
    await expectWhole(el, 'nl', twente, Number(/van (\d+)/.exec(text(el, '.toolbar-count'))![1]));
    el.remove();
  });

  it('selected before the feed arrives opens that route, with no warning that it is missing', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = slowElement();
      el.setAttribute('selected', 'glr-2024-0039');
      const loaded = waitForFeed(el);
      document.body.append(el);
      const { loaded: detail } = await loaded;
      await el.whenMapRendered();
      await settled(el);
      expect(text(el, '.panel h2')).to.not.equal('');
      expect(warnings.filter((line) => line.includes('no route with this id'))).to.deep.equal([]);
      await expectWhole(el, 'nl', detail!.shown, detail!.shown);
      el.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('removed while loading and added again', async () => {
    const el = slowElement();
    const loaded = waitForFeed(el);
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    document.body.append(el);
    const { loaded: detail } = await loaded;
    await el.whenMapRendered();
    await expectWhole(el, 'nl', detail!.shown, detail!.shown);
    el.remove();
  });
});
