import { expect, waitUntil } from '@open-wc/testing';
import { mount, removeMounted, text, settle, renderedMarkers, layerPixel } from './helpers.js';
import { dlr, feedOf, feedUrl } from '../fixtures/feeds.js';
import type { LeerroutesKaart } from '../../src/define.js';

/** The colour drawn by the offline outline at a place given in lon/lat. */
function outlineColour(el: LeerroutesKaart, lonLat: [number, number]): number[] {
  return layerPixel(el, 'offline-basemap', lonLat);
}

describe('leerroutes-kaart: basemap', () => {
  afterEach(removeMounted);

  it('draws an outline of the Netherlands and its neighbours without any tiles', async () => {
    const { el } = await mount({ src: '/demo/sample-feed.json', basemap: 'none' });
    // Utrecht is Dutch land, Antwerp a neighbour's, the North Sea off Egmond is water (nothing drawn).
    expect(outlineColour(el, [5.12, 52.09]).slice(0, 3)).to.deep.equal([247, 245, 239]);
    expect(outlineColour(el, [4.4, 51.22]).slice(0, 3)).to.deep.equal([227, 225, 219]);
    expect(outlineColour(el, [4.3, 52.6])[3], 'the sea is transparent: the map background shows').to.equal(0);
  });

  it('falls back to the outline, with one polite notice, when tiles cannot be loaded', async () => {
    // No network in tests: every PDOK tile fails.
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])), basemap: 'pdok' });
    for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('.map-tile-notice'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await el.updateComplete;
    }
    expect(text(el, '.map-tile-notice')).to.equal(
      'De achtergrondkaart kon niet worden geladen; u ziet een eenvoudige kaart.',
    );
    expect(el.shadowRoot!.querySelectorAll('.map-tile-notice')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    expect(renderedMarkers(el).pins).to.equal(1);
    // Switching to no tiles removes the notice.
    el.basemap = 'none';
    await settle(el);
    expect(el.shadowRoot!.querySelector('.map-tile-notice')).to.equal(null);
  });

  /** Requests made for `path` since the test began (Resource Timing: what the network was asked for). */
  const requestsFor = (path: string) =>
    performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(path)).length;
  // The page's module files fill the browser's buffer of 250 entries: the tests' own requests must fit in it.
  beforeEach(() => performance.clearResourceTimings());

  /** An element far below the visible part of the page, not waited for. */
  function farBelow(attributes: Record<string, string>): { el: LeerroutesKaart; spacer: HTMLElement } {
    const spacer = document.createElement('div');
    spacer.style.height = '4000px';
    document.body.append(spacer);
    const el = document.createElement('leerroutes-kaart');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.style.setProperty('--leerroutes-height', '500px');
    el.style.display = 'block';
    document.body.append(el);
    return { el, spacer };
  }

  it('asks for nothing (no feed, no tiles) while it is far below the visible part of the page', async () => {
    const path = `/demo/sample-feed.json?lazy=${Math.random()}`;
    const { el, spacer } = farBelow({ src: path, basemap: 'pdok' });
    let loaded = false;
    el.addEventListener('feed-load', () => (loaded = true));
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(requestsFor(path), 'no feed request').to.equal(0);
      expect(loaded).to.equal(false);
      expect(el.shadowRoot!.querySelector('.basemap'), 'no tile layer').to.equal(null);
      expect(el.shadowRoot!.querySelector('.map canvas'), 'no map drawn').to.equal(null);

      const arrived = new Promise((resolve) => el.addEventListener('feed-load', resolve, { once: true }));
      el.scrollIntoView();
      await arrived;
      await settle(el);
      expect(requestsFor(path), 'the feed, once scrolled near').to.equal(1);
      expect(el.visibleRouteIds).to.have.length(520);
      // The tile stack is a chunk of its own: its layer follows the pins, it does not hold them up.
      await waitUntil(() => el.shadowRoot!.querySelector('.basemap'), 'tiles once scrolled to', { timeout: 5000 });
      expect(renderedMarkers(el).pins).to.be.greaterThan(0);
    } finally {
      el.remove();
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('with loading="eager" reads the feed and draws the map at once, however far below', async () => {
    const path = `/demo/sample-feed.json?eager=${Math.random()}`;
    const arrivedBeforeScrolling = new Promise((resolve) => {
      const { el, spacer } = farBelow({ src: path, basemap: 'none', loading: 'eager' });
      el.addEventListener('feed-load', () => resolve({ el, spacer }), { once: true });
    });
    const { el, spacer } = (await arrivedBeforeScrolling) as { el: LeerroutesKaart; spacer: HTMLElement };
    try {
      await el.whenMapRendered();
      expect(requestsFor(path)).to.equal(1);
      expect(el.visibleRouteIds).to.have.length(520);
      expect(el.shadowRoot!.querySelector('.map canvas'), 'the map is drawn').to.not.equal(null);
    } finally {
      el.remove();
      spacer.remove();
    }
  });
});
