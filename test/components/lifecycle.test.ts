import { expect, oneEvent } from '@open-wc/testing';
import { mount, removeMounted, adapterOf, text, settle, renderedMarkers } from './helpers.js';
import { dlr, glr, leerlab, feedOf, feedUrl } from '../fixtures/feeds.js';

describe('leerroutes-kaart: life on a page', () => {
  afterEach(removeMounted);

  it('keeps two maps on one page independent', async () => {
    const first = await mount({ src: feedUrl(feedOf([dlr(), glr()])), 'route-type': 'DLR' });
    const second = await mount({ src: feedUrl(feedOf([dlr(), glr(), leerlab()])), lang: 'en' });
    expect(first.el.visibleRouteIds).to.deep.equal(['dlr-1']);
    expect(second.el.visibleRouteIds).to.deep.equal(['dlr-1', 'glr-1', 'lab-1']);
    second.el.selected = 'glr-1';
    await settle(second.el);
    expect(first.el.shadowRoot!.querySelector('.panel')).to.equal(null);
    expect(text(second.el, '.panel h2')).to.equal('Zorgroute Rotterdam');
    expect(text(first.el, '.toolbar-count')).to.equal('1 van 2 routes');
    expect(text(second.el, '.toolbar-count')).to.equal('3 routes');
  });

  it('disposes its map when removed and builds a new one when added again', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr()])) });
    const firstAdapter = adapterOf(el);
    const parent = el.parentElement!;
    el.remove();
    expect(() => adapterOf(el)).to.throw('no map attached');
    expect(el.shadowRoot!.querySelector('.map .ol-viewport'), 'the map left its container').to.equal(null);
    parent.append(el);
    await settle(el);
    const secondAdapter = adapterOf(el);
    expect(secondAdapter).to.not.equal(firstAdapter);
    expect(renderedMarkers(el)).to.deep.equal({ markers: 2, pins: 2 });
    expect(el.shadowRoot!.querySelectorAll('.map .ol-viewport')).to.have.length(1);
  });

  it('survives many removals and re-additions with one map at a time', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])) });
    const parent = el.parentElement!;
    for (let i = 0; i < 20; i++) {
      el.remove();
      parent.append(el);
      await el.updateComplete;
    }
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('.ol-viewport')).to.have.length(1);
    expect(renderedMarkers(el).pins).to.equal(1);
  });

  it('reloads when src changes, and a slower earlier load never overwrites a newer one', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])) });
    el.src = '/__delay/800/demo/sample-feed.json';
    await el.updateComplete;
    const loaded = oneEvent(el, 'feed-load');
    el.src = feedUrl(feedOf([glr(), leerlab()]));
    expect((await loaded).detail.shown).to.equal(2);
    // Wait until the slow response would have arrived.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await settle(el);
    expect(el.visibleRouteIds).to.deep.equal(['glr-1', 'lab-1']);
  });

  it('switches basemaps without reloading or losing pins', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr()])) });
    el.basemap = 'osm';
    await el.updateComplete;
    el.basemap = 'none';
    await settle(el);
    expect(renderedMarkers(el).pins).to.equal(2);
  });
});
