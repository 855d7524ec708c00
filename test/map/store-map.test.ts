/**
 * The map drawn from the store without the element: the adapter, the store and the store's drawing alone (the next
 * step draws pins before the element's UI code has arrived). Pins are read off the canvas.
 */
import { expect } from '@open-wc/testing';
import type { MapAdapter } from '../../src/map/map-adapter.js';
import { StoreMap } from '../../src/map/store-map.js';
import { MapStore } from '../../src/model/store.js';
import { adapterIn } from './adapter-in.js';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { dlr, glr, leerlab, feedOf, withValue } from '../fixtures/feeds.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function setUp() {
  const { target, adapter } = adapterIn('width: 600px; height: 450px; position: relative');
  const store = new MapStore();
  const parsed = parseFeed(
    feedOf([
      dlr(),
      glr(),
      leerlab(),
      withValue(withValue(dlr('far'), 'geometry.coordinates', [6.9, 53.2]), 'properties.school.brin', '99ZZ'),
    ]),
    'f',
  );
  if (!parsed.ok) throw new Error(parsed.failure.kind);
  return { target, adapter, store, feed: parsed.feed };
}

/** Markers whose centre is painted on the pins canvas. */
function painted(target: HTMLElement, adapter: MapAdapter): number {
  const canvas = target.querySelector<HTMLCanvasElement>('.pins canvas');
  if (!canvas) return 0;
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  const context = canvas.getContext('2d')!;
  return adapter.markers().filter(({ pixel }) => {
    const [x, y] = [Math.round(pixel[0] * ratio), Math.round(pixel[1] * ratio)];
    return x >= 0 && y >= 0 && x < canvas.width && y < canvas.height && context.getImageData(x, y, 1, 1).data[3]! > 0;
  }).length;
}

describe('store map: the map follows the store without the element', () => {
  it('runs without the element: none of its code is in this page', () => {
    // (The test harness, @open-wc/testing, brings Lit itself; that map/ and model/ import no Lit is a lint rule.)
    expect(customElements.get('leerroutes-kaart')).to.equal(undefined);
  });

  it('draws the feed’s pins, fitted, and follows a filter and a selection', async () => {
    const { target, adapter, store, feed } = setUp();
    const drawing = new StoreMap(store);
    drawing.feedArrived(false, true);
    store.setFeed(feed);
    const stop = drawing.follow(adapter);
    await adapter.whenRendered();
    expect(
      adapter.markers().flatMap((marker) => marker.pinIds),
      'every school',
    ).to.have.length(4);
    expect(painted(target, adapter), 'pins painted').to.be.greaterThan(0);
    const [west, south, east, north] = adapter.view().extent;
    expect(west < 6.9 && east > 6.9 && south < 53.2 && north > 53.2, 'fitted to every pin').to.equal(true);

    store.toggle('routeType', 'leerlab', true);
    await frame();
    await adapter.whenRendered();
    expect(
      adapter.markers().flatMap((marker) => marker.pinIds),
      'one school has a leerlab',
    ).to.have.length(1);

    store.open({ type: 'route', routeId: 'lab-1' });
    await frame();
    await adapter.whenRendered();
    expect(store.mapArea, 'the store knows what the map shows').to.not.equal(undefined);
    stop();
    adapter.dispose();
    target.remove();
  });

  it('stops following when told', async () => {
    const { target, adapter, store, feed } = setUp();
    const stop = new StoreMap(store).follow(adapter);
    stop();
    store.setFeed(feed);
    await frame();
    await frame();
    expect(adapter.markers()).to.have.length(0);
    adapter.dispose();
    target.remove();
  });
});
