/** The store on its own: no DOM, no map. What the views and controllers read, and what the actions change. */
import { expect } from '@open-wc/testing';
import { MapStore } from '../../src/model/store.js';
import { parseFeed, type ParsedFeed } from '../../src/feed/parse-feed.js';
import { NO_FILTERS } from '../../src/model/filters.js';
import { dlr, glr, leerlab, feedOf, withValue } from '../fixtures/feeds.js';

function feed(features: unknown[]): ParsedFeed {
  const result = parseFeed(feedOf(features), 'f');
  if (!result.ok) throw new Error(result.failure.kind);
  return result.feed;
}

// Two routes at one school (12AB-01), a GLR in Rijnmond, a leerlab in Zuid-Limburg.
const fourRoutes = () =>
  feed([
    dlr('dlr-1'),
    withValue(dlr('dlr-2', {}, { naam: 'Zorgroute Enschede', profielen: ['Z&W'] }), 'properties.niveaus', [
      { van: 'bb', naar: 2 },
    ]),
    glr('glr-1'),
    leerlab('lab-1'),
  ]);

const ids = (store: MapStore) => store.visible.map((route) => route.id);

describe('MapStore', () => {
  it('shows every route of a new feed, grouped by school, in list order', () => {
    const store = new MapStore();
    expect(ids(store)).to.deep.equal([]);
    store.setFeed(fourRoutes());
    expect(ids(store)).to.deep.equal(['dlr-1', 'dlr-2', 'glr-1', 'lab-1']);
    expect(store.pins.map((pin) => pin.id)).to.deep.equal(['brin:12AB-01', 'brin:34CD', 'at:5.6909,50.8514']);
    expect(store.visibleByPin.get('brin:12AB-01')!.map((route) => route.id)).to.deep.equal(['dlr-1', 'dlr-2']);
    // By place: Enschede, Maastricht, Rotterdam.
    expect(store.listPins.map((pin) => pin.school.plaats)).to.deep.equal(['Enschede', 'Maastricht', 'Rotterdam']);
  });

  it('narrows by filters and search, counting each option as if it were chosen', () => {
    const store = new MapStore();
    store.setFeed(fourRoutes());
    store.toggle('routeType', 'DLR', true);
    expect(ids(store)).to.deep.equal(['dlr-1', 'dlr-2']);
    expect(store.facets.routeType.get('GLR')).to.equal(1);
    expect(store.facets.profile.get('Z&W')).to.equal(1);
    store.setSearch('zorg');
    expect(ids(store)).to.deep.equal(['dlr-2']);
    expect(store.listPins.map((pin) => pin.id)).to.deep.equal(['brin:12AB-01']);
    store.toggle('routeType', 'DLR', false);
    expect(ids(store)).to.deep.equal(['dlr-2', 'glr-1']);
  });

  it('keeps a view until what it depends on changes', () => {
    const store = new MapStore();
    store.setFeed(fourRoutes());
    const visible = store.visible;
    const byPin = store.visibleByPin;
    store.setSearch('');
    store.setFilters(NO_FILTERS);
    expect(store.visible).to.equal(visible);
    expect(store.visibleByPin).to.equal(byPin);
    store.toggle('level', 'bb-2', true);
    expect(store.visible).not.to.equal(visible);
  });

  it('starts each filter from its preset, reports unknown values, and resets to the presets', () => {
    const store = new MapStore();
    store.setFeed(fourRoutes());
    expect(store.setPreset('region', 'Twente, Atlantis')).to.deep.equal(['Atlantis']);
    store.setPresetSearch('route');
    expect(ids(store)).to.deep.equal(['dlr-1', 'dlr-2']);
    expect(store.canReset).to.equal(false);
    store.toggle('region', 'Rijnmond', true);
    store.setSearch('');
    expect(store.canReset).to.equal(true);
    expect(ids(store)).to.deep.equal(['dlr-1', 'dlr-2', 'glr-1']);
    store.reset();
    expect(store.filters.region).to.deep.equal(['Twente']);
    expect(store.search).to.equal('route');
    expect(store.canReset).to.equal(false);
  });

  it("with lock-region shows the preset region only, whatever the visitor's region filter says", () => {
    const store = new MapStore();
    store.setFeed(fourRoutes());
    store.setPreset('region', 'Rijnmond');
    store.setLockRegion(true);
    expect(store.regionLocked).to.equal(true);
    store.setFilters({ ...store.filters, region: ['Twente'] });
    expect(ids(store)).to.deep.equal(['glr-1']);
    expect(store.effectiveFilters.region).to.deep.equal(['Rijnmond']);
  });

  it('opens a pin with one visible route as that route, and tells the selected route and pin', () => {
    const store = new MapStore();
    store.setFeed(fourRoutes());
    store.openPin('brin:34CD');
    expect(store.panel).to.deep.equal({ type: 'route', routeId: 'glr-1' });
    expect(store.selectedRouteId).to.equal('glr-1');
    expect(store.selectedPinId).to.equal('brin:34CD');
    store.openPin('brin:12AB-01');
    expect(store.panel).to.deep.equal({ type: 'pin', pinId: 'brin:12AB-01' });
    expect(store.selectedRouteId).to.equal(null);
    expect(store.selectedPinId).to.equal('brin:12AB-01');
    store.setSearch('zorg');
    store.openPin('brin:12AB-01');
    expect(store.panel).to.deep.equal({ type: 'route', routeId: 'dlr-2' });
    store.close();
    expect(store.panel).to.equal(undefined);
  });

  it('closes a panel whose route or school has left the feed', () => {
    const store = new MapStore();
    store.setFeed(fourRoutes());
    store.open({ type: 'route', routeId: 'glr-1' });
    store.setFeed(feed([dlr('dlr-1'), glr('glr-1')]));
    expect(store.closeVanished()).to.equal(false);
    store.setFeed(feed([dlr('dlr-1')]));
    expect(store.closeVanished()).to.equal(true);
    expect(store.panel).to.equal(undefined);
    store.open({ type: 'pins', pinIds: ['gone', 'brin:12AB-01'] });
    expect(store.closeVanished()).to.equal(false);
  });

  it('bounds the search like the field does', () => {
    const store = new MapStore();
    store.setSearch('x'.repeat(1000));
    expect(store.search).to.have.length(200);
  });
});

describe('MapStore: schools of the same name', () => {
  it('knows which schools share their name and place with another', () => {
    const store = new MapStore();
    store.setFeed(
      feed([
        dlr('a', {}, { school: { naam: 'Het Lyceum', brin: '11AA', vestiging: '01', plaats: 'Delft' } }),
        dlr('b', {}, { school: { naam: 'Het Lyceum', brin: '11AA', vestiging: '02', plaats: 'Delft' } }),
        dlr('c', {}, { school: { naam: 'Het Lyceum', brin: '22BB', plaats: 'Leiden' } }),
      ]),
    );
    expect(store.pins.map((pin) => store.sharesName(pin))).to.deep.equal([true, true, false]);
  });
});
