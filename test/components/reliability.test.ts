import { expect, oneEvent, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { mount, removeMounted, text, settle, waitForFeed, viewState, filterOptionsReady } from './helpers.js';
import { dlr, glr, leerlab, feedOf, feedUrl } from '../fixtures/feeds.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import type { LeerroutesKaart } from '../../src/define.js';

/** Puts a feed on the test server at `/__feed/<name>`, served as `type` after `delayMs`. */
async function serveFeed(
  name: string,
  feed: unknown,
  { type = 'application/geo+json', delayMs = 0 } = {},
): Promise<string> {
  await fetch(`/__feed/${name}`, {
    method: 'PUT',
    body: typeof feed === 'string' ? feed : JSON.stringify(feed),
    headers: { 'x-content-type': type, 'x-delay-ms': String(delayMs) },
  });
  return `/__feed/${name}`;
}

async function requestsFor(name: string): Promise<number> {
  const response = await fetch(`/__feed/${name}?stats`);
  return ((await response.json()) as { gets: number }).gets;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('leerroutes-kaart: slow and failing networks', () => {
  afterEach(() => {
    removeMounted();
    clearFeedCache();
  });

  it('gives up on a feed that does not answer within `timeout` seconds, and loads it on "Opnieuw proberen"', async () => {
    const src = await serveFeed('hangs', feedOf([dlr(), glr()]), { delayMs: 4000 });
    const { el, error } = await mount({ src, timeout: '1' });
    expect(error?.kind).to.equal('timeout');
    expect(text(el, '[part=message] p')).to.equal(
      `De feed op ${new URL(src, location.href).href} gaf binnen 1 seconde geen antwoord. De server is traag of de verbinding valt weg.`,
    );
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!;
    expect(retry.textContent!.trim()).to.equal('Opnieuw proberen');

    await serveFeed('hangs', feedOf([dlr(), glr()]));
    const loaded = waitForFeed(el);
    retry.focus();
    retry.click();
    expect((await loaded).loaded?.shown).to.equal(2);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part=message]')).to.equal(null);
    expect(el.visibleRouteIds).to.deep.equal(['dlr-1', 'glr-1']);
    expect(el.shadowRoot!.activeElement, 'focus stays in the map, not lost to the page').to.equal(
      el.shadowRoot!.querySelector('.map'),
    );
  });

  it('cancels a load when removed from the page, and loads again when put back', async () => {
    const src = await serveFeed('removed', feedOf([dlr(), glr()]), { delayMs: 600 });
    const el = document.createElement('leerroutes-kaart') as LeerroutesKaart;
    el.setAttribute('basemap', 'none');
    el.setAttribute('src', src);
    let events = 0;
    el.addEventListener('feed-load', () => events++);
    el.addEventListener('feed-error', () => events++);
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    await sleep(900);
    expect(events, 'nothing reported by an element that is gone').to.equal(0);

    const loaded = waitForFeed(el);
    document.body.append(el);
    expect((await loaded).loaded?.shown).to.equal(2);
    expect(el.visibleRouteIds).to.deep.equal(['dlr-1', 'glr-1']);
    el.remove();
  });

  it('offers no retry where retrying cannot help (a feed that is not a FeatureCollection)', async () => {
    const { el } = await mount({ src: feedUrl({ type: 'Feature' }) });
    expect(el.shadowRoot!.querySelector('[part=message]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part=retry-button]')).to.equal(null);
  });

  it('shows the loading notice only after 300 ms, and marks the map busy meanwhile', async () => {
    const el = document.createElement('leerroutes-kaart');
    el.setAttribute('basemap', 'none');
    el.setAttribute('src', '/__delay/1000/demo/sample-feed.json');
    const done = waitForFeed(el);
    document.body.append(el);
    await el.updateComplete;
    const body = el.shadowRoot!.querySelector('.body')!;
    expect(body.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.map-loading'), 'no notice at once').to.equal(null);
    await sleep(500);
    await el.updateComplete;
    expect(text(el, '[role=status] .map-loading')).to.equal('Routes laden…');
    await done;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.map-loading')).to.equal(null);
    expect(body.getAttribute('aria-busy')).to.equal('false');
    el.remove();
  });

  it('never flashes the loading notice for a quick feed', async () => {
    const el = document.createElement('leerroutes-kaart') as LeerroutesKaart;
    el.setAttribute('basemap', 'none');
    el.setAttribute('src', feedUrl(feedOf([dlr()])));
    const done = waitForFeed(el);
    document.body.append(el);
    let flashed = false;
    const observer = new MutationObserver(() => (flashed ||= !!el.shadowRoot!.querySelector('.map-loading')));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await done;
    await sleep(400);
    observer.disconnect();
    expect(flashed).to.equal(false);
    el.remove();
  });

  it('loads a feed served with a wrong content type, with a warning for the webmaster', async () => {
    const src = await serveFeed('as-text', feedOf([dlr()]), { type: 'text/plain' });
    const { el, loaded } = await mount({ src });
    expect(el.visibleRouteIds).to.deep.equal(['dlr-1']);
    expect(loaded?.warnings[0]).to.equal(
      'de server stuurt de feed als "text/plain; charset=utf-8"; de feed is wel gelezen, maar stel het type in op application/geo+json of application/json',
    );
  });
});

describe('leerroutes-kaart: feeds too large to load', () => {
  afterEach(removeMounted);

  it('refuses a feed over 16 MB with a message instead of freezing the tab', async function () {
    this.timeout(30000);
    const padding = ' '.repeat(17 * 1024 * 1024);
    const { el, error } = await mount({ src: feedUrl(`${JSON.stringify(feedOf([dlr()]))}${padding}`) });
    expect(error?.kind).to.equal('too-large');
    expect(text(el, '[part=message] p')).to.match(
      /is groter dan 16 MB en wordt niet geladen, zodat de pagina niet vastloopt\.$/,
    );
  });

  it('refuses a feed with more than 10,000 features', async () => {
    const { el, error } = await mount({ src: feedUrl(feedOf(new Array(10_001).fill(null))) });
    expect(error?.kind).to.equal('too-many-features');
    expect(text(el, '[part=message] p')).to.match(/heeft 10\.001 routes; de kaart leest er hoogstens 10\.000\.$/);
  });
});

describe('leerroutes-kaart: one feed, many maps', () => {
  afterEach(() => {
    removeMounted();
    clearFeedCache();
  });

  it('fetches and parses a feed once for every map on the page that shows it', async () => {
    const src = await serveFeed('shared', feedOf([dlr(), glr(), leerlab()]));
    const [first, second] = await Promise.all([
      mount({ src, 'route-type': 'DLR' }),
      mount({ src, region: 'Rijnmond' }),
    ]);
    const third = await mount({ src });
    expect(await requestsFor('shared')).to.equal(1);
    expect(first.el.visibleRouteIds).to.deep.equal(['dlr-1']);
    expect(second.el.visibleRouteIds).to.deep.equal(['glr-1']);
    expect(third.el.visibleRouteIds).to.deep.equal(['dlr-1', 'glr-1', 'lab-1']);
  });

  it('keeps a shared load going for the maps still waiting when one map changes its src', async () => {
    const src = await serveFeed('shared-slow', feedOf([dlr()]), { delayMs: 400 });
    const leaving = document.createElement('leerroutes-kaart') as LeerroutesKaart;
    leaving.setAttribute('basemap', 'none');
    leaving.setAttribute('src', src);
    document.body.append(leaving);
    const staying = mount({ src });
    await leaving.updateComplete;
    leaving.src = feedUrl(feedOf([glr()]));
    const { el } = await staying;
    expect(el.visibleRouteIds).to.deep.equal(['dlr-1']);
    expect(await requestsFor('shared-slow')).to.equal(1);
    leaving.remove();
  });
});

describe('leerroutes-kaart: background refresh', () => {
  afterEach(() => {
    removeMounted();
    clearFeedCache();
  });

  it('reloads a changed feed and keeps the filters, the open route and the map view', async function () {
    this.timeout(30000);
    const src = await serveFeed('refreshing', feedOf([dlr(), glr(), dlr('dlr-2')]));
    // 0.1 minute: 6 seconds.
    const { el } = await mount({ src, refresh: '0.1', 'route-type': 'DLR' });
    el.selected = 'dlr-2';
    await settle(el);
    await sleep(500); // the glide to the chosen route ends
    const view = viewState(el);

    const refreshed = oneEvent(el, 'feed-load');
    await serveFeed(
      'refreshing',
      feedOf([dlr(), glr(), dlr('dlr-2', {}, { naam: 'Techniekroute Twente (nieuw)' }), dlr('dlr-3')]),
    );
    expect((await refreshed).detail).to.include({ shown: 4, refreshed: true });
    await settle(el);
    expect(el.visibleRouteIds).to.deep.equal(['dlr-1', 'dlr-2', 'dlr-3']);
    expect(el.selected).to.equal('dlr-2');
    expect(text(el, '.panel h2')).to.equal('Techniekroute Twente (nieuw)');
    expect(viewState(el)).to.deep.equal(view);
  });

  it('does nothing visible when the feed has not changed, and keeps the routes when a refresh fails', async function () {
    this.timeout(30000);
    const src = await serveFeed('steady', feedOf([dlr(), glr()]));
    const { el } = await mount({ src, refresh: '0.1' });
    let loads = 0;
    el.addEventListener('feed-load', () => loads++);
    await sleep(6500);
    expect(await requestsFor('steady'), 'asked the server again').to.equal(2);
    expect(loads, 'an unchanged feed is not re-drawn').to.equal(0);

    await serveFeed('steady', 'not json');
    const failed = oneEvent(el, 'feed-error');
    expect((await failed).detail).to.include({ kind: 'not-json', background: true });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=message]')).to.equal(null);
    expect(el.visibleRouteIds).to.deep.equal(['dlr-1', 'glr-1']);
  });
});

// A hidden page (no refresh while hidden, one when shown again) is tested on FeedController itself, with a clock
// the test moves: test/components/feed-controller.test.ts.

describe('leerroutes-kaart: long sessions', () => {
  afterEach(() => {
    removeMounted();
    clearFeedCache();
  });

  /** A DevTools-protocol reading from the test server, or a skipped test in a browser without the protocol. */
  async function devtools<T>(test: Mocha.Context, command: 'page-listeners' | 'heap-after-gc'): Promise<T> {
    try {
      return (await executeServerCommand(command)) as T;
    } catch {
      test.skip();
      throw new Error('unreachable');
    }
  }
  const listeners = (test: Mocha.Context) => devtools<Record<string, Record<string, number>>>(test, 'page-listeners');
  const heapAfterGc = (test: Mocha.Context) => devtools<number>(test, 'heap-after-gc');

  it('leaves no listener on window or document once removed', async function () {
    const before = await listeners(this);
    const { el } = await mount({ src: '/demo/sample-feed.json', 'sync-url': 'kaart', refresh: '5' });
    const during = await listeners(this);
    expect(during, 'the element does listen while on the page').to.not.deep.equal(before);
    el.selected = el.visibleRouteIds[0]!;
    await settle(el);
    removeMounted();
    await nextFrame();
    expect(await listeners(this)).to.deep.equal(before);
  });

  it('does not grow the heap over 200 removals and re-additions and 500 filter changes', async function () {
    this.timeout(120000);
    const { el } = await mount({ src: '/demo/sample-feed.json' });
    const parent = el.parentElement!;
    const cycle = async () => {
      el.remove();
      parent.append(el);
      await settle(el);
    };
    const toggles = () => [
      ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.filters-item input[type=checkbox]:not(:disabled)'),
    ];
    const toggleFilters = async (times: number) => {
      await filterOptionsReady(el);
      for (let i = 0; i < times; i++) {
        const boxes = toggles();
        boxes[(i * 7) % boxes.length]!.click();
        await el.updateComplete;
        if (i % 25 === 0) await el.whenMapRendered();
      }
    };
    // Warm up: the first rounds fill caches (pin styles, compiled templates) that are meant to stay.
    for (let i = 0; i < 20; i++) await cycle();
    await toggleFilters(50);
    const baseline = await heapAfterGc(this);

    for (let i = 0; i < 200; i++) await cycle();
    const afterCycles = await heapAfterGc(this);
    await toggleFilters(500);
    await settle(el);
    const afterFilters = await heapAfterGc(this);

    const megabytes = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
    console.log(
      `heap after GC: ${megabytes(baseline)} MB at start, ${megabytes(afterCycles)} MB after 200 cycles, ` +
        `${megabytes(afterFilters)} MB after 500 filter changes`,
    );
    // Generous: a leaked map (OpenLayers, canvas, 520 features) per cycle would add well over 100 MB.
    expect(afterCycles - baseline, '200 cycles').to.be.below(8 * 2 ** 20);
    expect(afterFilters - baseline, '500 filter changes').to.be.below(8 * 2 ** 20);
    expect(el.shadowRoot!.querySelectorAll('.ol-viewport')).to.have.length(1);
  });
});
