/**
 * Groups routes into school pins: routes whose school has the same BRIN + vestiging (or, without BRIN, the same
 * coordinates) share one pin, which stands where the first of them says the school is.
 */
import type { Route } from '../feed/parse-feed.js';
import { distanceKm } from '../feed/earth.js';
import { SAME_PLACE_KM } from '../feed/school-places.js';

export interface SchoolPin {
  /** Stable key: `brin:12AB-01` or `at:6.8937,52.2215`. */
  id: string;
  coordinates: [number, number];
  school: Route['school'];
  routes: Route[];
  /** Routes that put the school elsewhere (over 100 m from the pin, which follows the first route). */
  elsewhere: number;
}

const pinKeys = new WeakMap<Route, string>();

export function pinKey(route: Route): string {
  let key = pinKeys.get(route);
  if (key === undefined) {
    const { brin, vestiging } = route.school;
    key = brin
      ? `brin:${brin}${vestiging ? `-${vestiging}` : ''}`
      : `at:${route.coordinates[0]},${route.coordinates[1]}`;
    pinKeys.set(route, key);
  }
  return key;
}

/** Pins per list of routes: a feed's routes are grouped once, for every map that shows it (and ahead, in prepare). */
const pinsCache = new WeakMap<readonly Route[], SchoolPin[]>();

export function groupBySchool(routes: readonly Route[]): SchoolPin[] {
  const cached = pinsCache.get(routes);
  if (cached) return cached;
  const pins = new Map<string, SchoolPin>();
  for (const route of routes) {
    const id = pinKey(route);
    const pin = pins.get(id);
    if (!pin) {
      pins.set(id, { id, coordinates: route.coordinates, school: route.school, routes: [route], elsewhere: 0 });
      continue;
    }
    pin.routes.push(route);
    if (distanceKm(pin.coordinates, route.coordinates) > SAME_PLACE_KM) pin.elsewhere++;
  }
  const grouped = [...pins.values()];
  pinsCache.set(routes, grouped);
  return grouped;
}

/** Schools in reading order: by place, then by name. */
export function sortPinsForList(pins: Iterable<SchoolPin>): SchoolPin[] {
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  return [...pins].sort(
    (a, b) =>
      collator.compare(a.school.plaats ?? '', b.school.plaats ?? '') || collator.compare(a.school.naam, b.school.naam),
  );
}
