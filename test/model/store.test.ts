import { expect } from '@open-wc/testing';
import { parseFeed, type ParsedFeed } from '../../src/feed/parse-feed.js';
import { MapStore } from '../../src/model/store.js';
import { dlr, glr, leerlab, feedOf, withValue } from '../fixtures/feeds.js';

function feedOfRoutes(features: unknown[]): ParsedFeed {
  const result = parseFeed(feedOf(features), 'f');
  if (!result.ok) throw new Error(result.failure.kind);
  return result.feed;
}

const twente = (feature: unknown) => withValue(feature, 'properties.arbeidsmarktregio', 'Twente');
const glrPanel = { type: 'route' as const, routeId: 'glr-1' };
const enschede = { label: 'Enschede', lon: 6.89, lat: 52.22, named: true };

/** A store with a feed and a counter of its notifications. */
function storeWithFeed(): { store: MapStore; count: () => number } {
  const store = new MapStore();
  store.setFeed(feedOfRoutes([dlr(), glr(), leerlab(), twente(dlr('dlr-2'))]));
  let notified = 0;
  store.subscribe(() => notified++);
  return { store, count: () => notified };
}

describe('store: notifications', () => {
  it('notifies once for each change of every input, and not for a write that changes nothing', () => {
    const { store, count } = storeWithFeed();
    const writes: [string, () => void][] = [
      ['filters', () => store.toggle('routeType', 'DLR', true)],
      ['search', () => store.setSearch('zorg')],
      ['typed search', () => store.typeSearch('zorgt')],
      ['lock-region', () => store.setLockRegion(true)],
      ['view', () => store.setView('list')],
      ['shown', () => store.show('map')],
      ['region chosen in the coverage view', () => store.chooseRegion('Twente')],
      ['place', () => store.setPlace(enschede)],
      ['radius', () => store.setRadius(10)],
      ['map area', () => store.setMapArea({ center: [5, 52], extent: [4, 51, 6, 53] })],
      ['panel', () => store.open(glrPanel)],
      ['close', () => store.close()],
      ['feed', () => store.setFeed(undefined)],
    ];
    for (const [name, write] of writes) {
      const before = count();
      write();
      expect(count() - before, `${name} notifies once`).to.equal(1);
      write();
      expect(count() - before, `${name} again changes nothing`).to.equal(1);
    }
  });

  it('notifies once for a batch of writes, after the last, when everything is in place', () => {
    const { store } = storeWithFeed();
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.visible.length));
    store.batch(() => {
      store.setPreset('routeType', 'DLR');
      store.setSearch('nothing matches this');
      store.setSearch('');
    });
    expect(seen).to.deep.equal([2]);
  });

  it('presets, the search and the radius reset together in one notification', () => {
    const { store, count } = storeWithFeed();
    store.setPreset('routeType', 'GLR');
    store.toggle('routeType', 'DLR', true);
    store.typeSearch('zorg');
    store.applySearchText();
    const before = count();
    store.reset();
    expect(count() - before).to.equal(1);
    expect(store.filters.routeType).to.deep.equal(['GLR']);
    expect(store.search).to.equal('');
    expect(store.searchText).to.equal('');
    expect(store.canReset).to.be.false;
  });

  it('stops notifying an unsubscribed listener', () => {
    const store = new MapStore();
    let notified = 0;
    const unsubscribe = store.subscribe(() => notified++);
    store.setSearch('a');
    unsubscribe();
    store.setSearch('b');
    expect(notified).to.equal(1);
  });
});

describe('store: derived views', () => {
  it('keeps a derived view’s identity until one of its inputs changes', () => {
    const { store } = storeWithFeed();
    const visible = store.visibleByPin;
    const pins = store.pins;
    store.setMapArea({ center: [5, 52], extent: [4, 51, 6, 53] });
    store.open({ type: 'route', routeId: 'glr-1' });
    expect(store.visibleByPin, 'the map moved, a panel opened: the same visible routes').to.equal(visible);
    store.setSearch('zorg');
    expect(store.visibleByPin).to.not.equal(visible);
    expect(store.pins, 'a search does not regroup the schools').to.equal(pins);
  });

  it('a region change that a locked region hides changes nothing shown', () => {
    const { store } = storeWithFeed();
    store.setPreset('region', 'Twente');
    store.setLockRegion(true);
    const visible = store.visible;
    expect(visible.map((route) => route.id)).to.deep.equal(['dlr-1', 'dlr-2']);
    store.setFilters({ ...store.filters, region: ['Rijnmond'] });
    expect(store.visible).to.equal(visible);
  });

  it('a typed search shows in the field at once and filters only when applied', () => {
    const { store } = storeWithFeed();
    store.typeSearch('leerlab');
    expect(store.searchText).to.equal('leerlab');
    expect(store.visible).to.have.length(4);
    store.applySearchText();
    expect(store.search).to.equal('leerlab');
  });

  it('the view decides what is shown first: regions shows the coverage view, both the map', () => {
    const store = new MapStore();
    store.setView('regions');
    expect([store.view, store.layout, store.shown]).to.deep.equal(['regions', 'both', 'regions']);
    store.setView('both');
    expect([store.view, store.layout, store.shown]).to.deep.equal(['both', 'both', 'map']);
    store.setView('list');
    expect(store.shown).to.equal('list');
    store.setView('nonsense');
    expect([store.view, store.shown]).to.deep.equal(['both', 'map']);
  });

  it('a region chosen in the coverage view filters to it and shows its routes on the map, in one notification', () => {
    const { store, count } = storeWithFeed();
    store.setView('regions');
    store.toggle('routeType', 'DLR', true);
    const before = count();
    store.chooseRegion('Twente');
    expect(count() - before).to.equal(1);
    expect([store.view, store.shown]).to.deep.equal(['regions', 'map']);
    expect(store.filters.region).to.deep.equal(['Twente']);
    expect(store.filters.routeType, 'the other filters stay').to.deep.equal(['DLR']);
    expect(store.visible.map((route) => route.id)).to.deep.equal(['dlr-1', 'dlr-2']);
  });

  it('the schools outside the map’s view stay listed until the filters change', () => {
    const { store } = storeWithFeed();
    store.setMapArea({ center: [0, 0], extent: [-1, -1, 1, 1] });
    expect(store.listPins).to.have.length(0);
    store.showOutside();
    expect(store.listPins.length).to.be.greaterThan(0);
    expect(store.inView.outsideListed).to.be.true;
    store.toggle('routeType', 'DLR', true);
    expect(store.inView.outsideListed).to.be.false;
  });

  it('a panel about a route that is gone after a new feed closes, with one notification', () => {
    const { store, count } = storeWithFeed();
    store.open({ type: 'route', routeId: 'lab-1' });
    store.setFeed(feedOfRoutes([dlr()]));
    const before = count();
    expect(store.closeVanished()).to.be.true;
    expect(store.panel).to.equal(undefined);
    expect(count() - before).to.equal(1);
  });
});
