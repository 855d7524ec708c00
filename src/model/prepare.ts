/**
 * What every filter change and the grouping into pins ask of each route (its filter values, its pin key), and
 * the pins themselves, computed ahead in small steps, so that the slices it runs in keep the page answering and
 * the element's first update after a large feed only counts and groups.
 */
import type { Route } from '../feed/parse-feed.js';
import { routeFilterValues } from './filters.js';
import { groupBySchool, pinKey, type SchoolPin } from './group.js';

const STEP = 100;

/** Returns the pins, which `groupBySchool(routes)` gives from then on without grouping again. */
export function* prepareRoutes(routes: readonly Route[]): Generator<void, SchoolPin[]> {
  for (let i = 0; i < routes.length; i++) {
    routeFilterValues(routes[i]!);
    pinKey(routes[i]!);
    if (i % STEP === STEP - 1) yield;
  }
  yield;
  return groupBySchool(routes);
}
