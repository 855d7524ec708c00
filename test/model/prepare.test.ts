import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { prepareRoutes } from '../../src/model/prepare.js';
import { routeFilterValues } from '../../src/model/filters.js';
import { groupBySchool } from '../../src/model/group.js';
import { runInSlices } from '../../src/slices.js';
import { dlr, feedOf } from '../fixtures/feeds.js';

const routesOf = (count: number) => {
  const result = parseFeed(feedOf(Array.from({ length: count }, (_, i) => dlr(`dlr-${i}`))), 'test');
  if (!result.ok) throw new Error('fixture feed should be valid');
  return result.feed.routes;
};

describe('prepareRoutes', () => {
  it("computes every route's filter values and the pins ahead, yielding every 500 routes", () => {
    const routes = routesOf(1200);
    const steps = prepareRoutes(routes);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).to.equal(3);
    const before = routes.map((route) => routeFilterValues(route));
    // Asked again, each route answers with what was computed ahead (the same object, not a new one).
    routes.forEach((route, i) => expect(routeFilterValues(route)).to.equal(before[i]));
    expect(before[0]!.routeType).to.deep.equal(['DLR']);
    expect(groupBySchool(routes), 'grouped once').to.equal(groupBySchool(routes));
  });

  it('stops when its load is cancelled', async () => {
    const cancel = new AbortController();
    const routes = routesOf(3000);
    // A generator that cancels the load part-way, as a removed element would.
    function* cancelling() {
      let i = 0;
      for (const step of prepareRoutes(routes)) {
        if (++i === 2) cancel.abort();
        // Long enough per step that the slice ends and the cancellation is seen.
        const until = performance.now() + 45;
        while (performance.now() < until);
        yield step;
      }
    }
    let rejected = false;
    await runInSlices(cancelling(), cancel.signal).catch(() => (rejected = true));
    expect(rejected).to.equal(true);
  });
});
