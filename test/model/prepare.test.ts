import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { prepareRoutes } from '../../src/model/prepare.js';
import { filterValuesReady, routeFilterValues } from '../../src/model/filters.js';
import { groupBySchool } from '../../src/model/group.js';
import { runInSlices } from '../../src/slices.js';
import { dlr, feedOf } from '../fixtures/feeds.js';

const routesOf = (count: number) => {
  const result = parseFeed(feedOf(Array.from({ length: count }, (_, i) => dlr(`dlr-${i}`))), 'test');
  if (!result.ok) throw new Error('fixture feed should be valid');
  return result.feed.routes;
};

describe('prepareRoutes', () => {
  it("computes every route's filter values and the pins ahead, yielding every 100 routes", () => {
    const routes = routesOf(1200);
    expect(routes.some(filterValuesReady), 'nothing is computed before').to.equal(false);
    const steps = prepareRoutes(routes);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses, '12 steps of 100, then the grouping').to.equal(13);
    expect(routes.every(filterValuesReady), 'every route is prepared').to.equal(true);
    expect(routeFilterValues(routes[0]!).routeType).to.deep.equal(['DLR']);
    // The pins prepare made are the ones the element gets: grouping is not done again.
    expect(step.value).to.have.length(1);
    expect(groupBySchool(routes)).to.equal(step.value);
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
