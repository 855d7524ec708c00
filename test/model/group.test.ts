import { expect } from '@open-wc/testing';
import { parseFeed, type Route } from '../../src/feed/parse-feed.js';
import { groupBySchool } from '../../src/model/group.js';
import { dlr, glr, leerlab, feedOf, withValue } from '../fixtures/feeds.js';

function routesOf(features: unknown[]): Route[] {
  const result = parseFeed(feedOf(features), 'f');
  if (!result.ok) throw new Error(result.failure.kind);
  return result.feed.routes;
}

describe('group: school pins', () => {
  it('puts routes of the same BRIN and vestiging under one pin', () => {
    const pins = groupBySchool(
      routesOf([
        dlr('a'),
        dlr('b'),
        withValue(glr('c'), 'properties.school', { naam: 'Voorbeeldcollege', brin: '12AB', vestiging: '01' }),
      ]),
    );
    expect(pins).to.have.length(1);
    expect(pins[0]!.id).to.equal('brin:12AB-01');
    expect(pins[0]!.routes.map((r) => r.id)).to.deep.equal(['a', 'b', 'c']);
  });

  it('stands where the first route puts the school, and counts the routes that put it over 100 m away', () => {
    const pins = groupBySchool(
      routesOf([
        dlr('a'),
        withValue(dlr('b'), 'geometry.coordinates', [6.8937, 52.2395]),
        withValue(dlr('c'), 'geometry.coordinates', [6.8938, 52.2219]),
      ]),
    );
    expect(pins).to.have.length(1);
    expect(pins[0]!.coordinates).to.deep.equal([6.8937, 52.2215]);
    expect(pins[0]!.elsewhere, '2 km away counts, 45 m does not').to.equal(1);
  });

  it('gives another vestiging of the same BRIN its own pin', () => {
    const pins = groupBySchool(routesOf([dlr('a'), withValue(dlr('b'), 'properties.school.vestiging', '02')]));
    expect(pins.map((p) => p.id)).to.deep.equal(['brin:12AB-01', 'brin:12AB-02']);
  });

  it('groups routes without BRIN by their coordinates', () => {
    const pins = groupBySchool(
      routesOf([leerlab('x'), leerlab('y'), withValue(leerlab('z'), 'geometry.coordinates', [5.7, 50.86])]),
    );
    expect(pins.map((p) => p.routes.length)).to.deep.equal([2, 1]);
    expect(pins[0]!.id).to.equal('at:5.6909,50.8514');
  });

  it('places the pin at the school, as the first route says', () => {
    const [pin] = groupBySchool(routesOf([dlr('a')]));
    expect(pin!.coordinates).to.deep.equal([6.8937, 52.2215]);
    expect(pin!.school.naam).to.equal('Voorbeeldcollege');
  });
});
