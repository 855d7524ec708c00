/** The visitor's place and the distance filter without a map: reading attributes, writing distances, filtering. */
import { expect } from '@open-wc/testing';
import { formatDistance, locationDetail, parseLatLon, parseRadius, RADIUS_OPTIONS } from '../../src/model/place.js';
import { DEFAULT_DIRECTIONS_URL, directionsHref, parseDirectionsTemplate } from '../../src/model/directions.js';
import { MapStore } from '../../src/model/store.js';
import { distanceKm } from '../../src/model/geo.js';
import { parseFeed, type ParsedFeed } from '../../src/feed/parse-feed.js';
import { readUrlState, writeUrlState } from '../../src/model/url-state.js';
import { NO_FILTERS } from '../../src/model/filters.js';
import { dlr, glr, feedOf } from '../fixtures/feeds.js';

/** Schools east to west from Enschede: 0, ~8, ~20, ~60 and ~140 km. */
const SCHOOLS: [string, number, number][] = [
  ['Enschede', 6.8937, 52.2215],
  ['Hengelo', 6.7931, 52.2658],
  ['Almelo', 6.6625, 52.3567],
  ['Deventer', 6.1552, 52.2661],
  ['Utrecht', 5.1214, 52.0907],
];

function feed(): ParsedFeed {
  const features = SCHOOLS.flatMap(([plaats, lon, lat], i) => {
    const at = { geometry: { type: 'Point', coordinates: [lon, lat] } };
    const school = { naam: `College ${plaats}`, brin: `${20 + i}AB`, plaats };
    return [dlr(`dlr-${i}`, at, { school }), glr(`glr-${i}`, { ...at, school })];
  });
  const result = parseFeed(feedOf(features), 'f');
  if (!result.ok) throw new Error(result.failure.kind);
  return result.feed;
}

const enschede = { label: '7511 Enschede', lon: 6.8937, lat: 52.2215, region: 'Twente', named: true };
// The list runs west from here, so Utrecht is the farthest.
const placesByDistance = () => SCHOOLS.map(([plaats]) => plaats);

describe('place: attribute values', () => {
  it('reads "lat,lon" (latitude first) and refuses anything else', () => {
    expect(parseLatLon('52.2215, 6.8937')).to.deep.equal({ lat: 52.2215, lon: 6.8937 });
    expect(parseLatLon('52.2215,6.8937')).to.deep.equal({ lat: 52.2215, lon: 6.8937 });
    expect(parseLatLon('Enschede')).to.equal(undefined);
    expect(parseLatLon('7511')).to.equal(undefined);
    expect(parseLatLon('95, 6')).to.equal(undefined);
  });

  it('reads a radius in km, any positive number, and says why it ignores others', () => {
    expect(parseRadius('10')).to.deep.equal({ value: 10 });
    expect(parseRadius('7,5')).to.deep.equal({ value: 7.5 });
    expect(parseRadius('15 km')).to.deep.equal({ value: 15 });
    expect(parseRadius(undefined)).to.deep.equal({ value: undefined });
    expect(parseRadius('')).to.deep.equal({ value: undefined });
    for (const bad of ['0', '-5', 'ver', 'NaN', 'Infinity']) {
      const parsed = parseRadius(bad);
      expect(parsed.value, bad).to.equal(undefined);
      expect(parsed.warning, bad).to.contain('radius=');
    }
    expect(parseRadius('9999').value).to.equal(400);
  });

  it('writes distances as people say them: "< 1 km", one decimal under ten, whole beyond', () => {
    expect(formatDistance(0.4, 'nl')).to.equal('< 1 km');
    expect(formatDistance(3.44, 'nl')).to.equal('3,4 km');
    expect(formatDistance(3.44, 'en')).to.equal('3.4 km');
    expect(formatDistance(12.4, 'nl')).to.equal('12 km');
    expect(formatDistance(1234.5, 'nl')).to.equal('1.235 km');
  });

  it('gives the location-change detail, null when cleared', () => {
    expect(locationDetail(enschede)).to.deep.equal({
      label: '7511 Enschede',
      lon: 6.8937,
      lat: 52.2215,
      region: 'Twente',
    });
    expect(locationDetail({ ...enschede, region: undefined })?.region).to.equal(null);
    expect(locationDetail(undefined)).to.equal(null);
  });
});

describe('place: the store', () => {
  it('sorts the list by distance from the place, whatever the map shows, and back A–Z without one', () => {
    const store = new MapStore();
    store.setFeed(feed());
    store.setMapArea({ center: [5.12, 52.09], extent: [5, 52, 5.3, 52.2] });
    store.setPlace(enschede);
    const places = store.listPins.map((pin) => pin.school.plaats);
    expect(places).to.deep.equal(placesByDistance());
    for (const pin of store.listPins) {
      expect(store.distanceOfPin(pin.id)).to.be.closeTo(
        distanceKm([enschede.lon, enschede.lat], pin.coordinates),
        1e-9,
      );
    }
    store.setPlace(undefined);
    store.setMapArea(undefined);
    expect(store.listPins.map((pin) => pin.school.plaats)).to.deep.equal([
      'Almelo',
      'Deventer',
      'Enschede',
      'Hengelo',
      'Utrecht',
    ]);
    expect(store.distanceOfPin(store.listPins[0]!.id)).to.equal(undefined);
  });

  it('filters by distance only while there is a place, and counts each distance like a filter option', () => {
    const store = new MapStore();
    store.setFeed(feed());
    store.setRadius(25);
    expect(store.visible.length, 'no place: no distance filter').to.equal(10);
    store.setPlace(enschede);
    expect(store.visible.map((route) => route.school.plaats)).to.have.members([
      'Enschede',
      'Enschede',
      'Hengelo',
      'Hengelo',
      'Almelo',
      'Almelo',
    ]);
    // Counted from distances computed here, not from the store's.
    const within = (km: number) =>
      2 * SCHOOLS.filter(([, lon, lat]) => distanceKm([enschede.lon, enschede.lat], [lon, lat]) <= km).length;
    for (const km of RADIUS_OPTIONS) expect(store.radiusCounts.get(km), `${km} km`).to.equal(within(km));
    // The counts follow the other filters, as the filters' own counts do.
    store.setFilters({ ...NO_FILTERS, routeType: ['GLR'] });
    expect(store.radiusCounts.get(50)).to.equal(within(50) / 2);
    expect(store.facets.routeType.get('DLR'), 'a kind counts within the distance').to.equal(3);
    expect(store.canReset).to.equal(true);
    store.reset();
    expect(store.radius).to.equal(undefined);
    expect(store.visible.length).to.equal(10);
  });

  it('says which distance left nothing to show', () => {
    const store = new MapStore();
    store.setFeed(feed());
    store.setPlace({ ...enschede, lon: 3.6, lat: 51.45, label: 'Vlissingen' });
    store.setRadius(5);
    expect(store.visible).to.have.length(0);
    expect(store.emptyState?.near).to.deep.equal({ label: 'Vlissingen', radius: 5 });
  });
});

describe('place: links and directions', () => {
  it('keeps a named place and its radius in the hash, and reads them back', () => {
    const hash = writeUrlState('#intro', 'kaart', {
      filters: NO_FILTERS,
      search: '',
      selected: null,
      near: '7511 Enschede',
      radius: 10,
    });
    expect(hash).to.equal('#intro&kaart.near=7511%20Enschede&kaart.radius=10');
    expect(readUrlState(hash, 'kaart')).to.deep.include({ near: '7511 Enschede', radius: '10' });
    expect(
      writeUrlState('', 'kaart', { filters: NO_FILTERS, search: '', selected: null, radius: 10 }),
      'no place, no radius',
    ).to.equal('');
  });

  it('fills the route planner template, switches it off, and refuses what is not https with coordinates', () => {
    expect(parseDirectionsTemplate(undefined).template).to.equal(DEFAULT_DIRECTIONS_URL);
    expect(parseDirectionsTemplate('none').template).to.equal(undefined);
    const own = parseDirectionsTemplate('https://planner.example/?to={lat},{lon}&name={naam}');
    expect(directionsHref(own.template!, { naam: 'College "A&B"', lon: 6.89371234, lat: 52.2215 })).to.equal(
      'https://planner.example/?to=52.22150,6.89371&name=College%20%22A%26B%22',
    );
    for (const bad of [
      'javascript:alert({lat},{lon})',
      'http://planner.example/?{lat},{lon}',
      'https://planner.example/',
      'niet een url',
    ]) {
      const parsed = parseDirectionsTemplate(bad);
      expect(parsed.template, bad).to.equal(undefined);
      expect(parsed.warning, bad).to.contain('directions-url');
    }
    expect(directionsHref(DEFAULT_DIRECTIONS_URL, { naam: 'x', lon: 6.8937, lat: 52.2215 })).to.equal(
      'https://www.google.com/maps/dir/?api=1&destination=52.22150,6.89370&travelmode=transit',
    );
  });
});
