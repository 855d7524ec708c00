/**
 * Coverage over the years: regions with a DLR per startjaar, each region's first DLR, the routes without a
 * startjaar counted apart (never dropped), and the long CSV for reports.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { NO_FILTERS } from '../../src/model/filters.js';
import { coverageHistory, coverageHistoryCsv, routesUpTo } from '../../src/model/coverage-history.js';
import { coverage, sortCoverage } from '../../src/model/coverage.js';
import type { Route } from '../../src/feed/parse-feed.js';
import { dlr, feedOf, glr, leerlab, withValue } from '../fixtures/feeds.js';

const started = (feature: ReturnType<typeof dlr>, year: number) => withValue(feature, 'properties.startjaar', year);
const inRegion = (feature: ReturnType<typeof dlr>, region: string) =>
  withValue(feature, 'properties.arbeidsmarktregio', region);

/** Twente's first DLR in 2018, Rijnmond's in 2021 (a GLR before it), Zuid-Limburg none; a leerlab without a year. */
function routes(): Route[] {
  const result = parseFeed(
    feedOf([
      started(dlr('t1'), 2018),
      started(dlr('t2'), 2022),
      started(inRegion(dlr('r1'), 'Rijnmond'), 2021),
      started(inRegion(glr('r2'), 'Rijnmond'), 2017),
      inRegion(leerlab('z1'), 'Zuid-Limburg'),
    ]),
    'test',
  );
  if (!result.ok) throw new Error('feed');
  return result.feed.routes;
}

describe('coverage over the years', () => {
  it('counts the regions with a DLR up to each year, from the first startjaar to the last without gaps', () => {
    const history = coverageHistory(routes(), NO_FILTERS, '');
    expect(history.years).to.deep.equal([2017, 2018, 2019, 2020, 2021, 2022]);
    expect(history.regionsWithDlr).to.deep.equal([0, 1, 1, 1, 2, 2]);
    expect(history.regionsWithDlrNow).to.equal(2);
    expect(history.regions).to.equal(35);
  });

  it("gives each region its first DLR's year, and none where there is no DLR (a GLR does not count)", () => {
    const { firstDlr } = coverageHistory(routes(), NO_FILTERS, '');
    expect(firstDlr.get('Twente')).to.equal(2018);
    expect(firstDlr.get('Rijnmond')).to.equal(2021);
    expect(firstDlr.get('Zuid-Limburg')).to.equal(undefined);
    expect(firstDlr.size).to.equal(35);
  });

  it('counts routes without a startjaar as unknown, never drops them: in "now", not in any year', () => {
    const withoutYear = routes().map((route) =>
      route.id === 't2' ? ({ ...route, startjaar: undefined } as Route) : route,
    );
    const moved = withoutYear.map((route) =>
      route.id === 't1' ? ({ ...route, arbeidsmarktregio: 'Achterhoek' } as Route) : route,
    );
    const history = coverageHistory(moved, NO_FILTERS, '');
    expect(history.unknownYear).to.deep.equal({ DLR: 1, GLR: 0, leerlab: 1 });
    expect(history.firstDlr.get('Twente')).to.equal('unknown');
    expect(history.firstDlr.get('Achterhoek')).to.equal(2018);
    expect(history.regionsWithDlr.at(-1), 'Twente has no year to count in').to.equal(2);
    expect(history.regionsWithDlrNow, 'but counts now').to.equal(3);
  });

  it('an earlier year wins over a later one and over unknown, whatever the order of the routes', () => {
    const list = routes();
    const unknownFirst = [{ ...list[1]!, startjaar: undefined } as Route, ...list.reverse()];
    expect(coverageHistory(unknownFirst, NO_FILTERS, '').firstDlr.get('Twente')).to.equal(2018);
  });

  it('follows the filters other than region and soort, and the search', () => {
    const onlyRijnmond = coverageHistory(routes(), { ...NO_FILTERS, region: ['Twente'], routeType: ['GLR'] }, '');
    expect(onlyRijnmond.regionsWithDlrNow, 'region and soort filters do not apply').to.equal(2);
    const searched = coverageHistory(routes(), NO_FILTERS, 'Rotterdam');
    expect(searched.firstDlr.get('Twente')).to.equal(undefined);
  });

  it('keeps the routes started by the end of a year (all with no year); one without a startjaar is in none', () => {
    const list = routes();
    expect(routesUpTo(list, undefined)).to.equal(list);
    expect(routesUpTo(list, 2018).map((route) => route.id)).to.deep.equal(['t1', 'r2']);
    expect(routesUpTo(list, 2016)).to.deep.equal([]);
  });

  it('sorts regions by their first DLR: earliest first, then unknown, then none; and back', () => {
    const list = routes();
    const history = coverageHistory(list, NO_FILTERS, '');
    const rows = coverage(list, NO_FILTERS, '');
    const order = (ascending: boolean) =>
      sortCoverage(rows, 'firstDlr', ascending, history.firstDlr).map((row) => row.naam);
    expect(order(true).slice(0, 2)).to.deep.equal(['Twente', 'Rijnmond']);
    expect(order(false).slice(-2)).to.deep.equal(['Rijnmond', 'Twente']);
  });

  it('writes the long CSV: a row per year and region with the routes started by then, then the unknown ones', () => {
    const csv = coverageHistoryCsv(routes(), NO_FILTERS, '', {
      year: 't/m startjaar',
      region: 'Arbeidsmarktregio',
      unknown: 'onbekend',
    });
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    expect(lines[0]).to.equal('t/m startjaar;Arbeidsmarktregio;DLR;GLR;leerlab');
    expect(lines).to.have.length(1 + 35 * 7);
    expect(lines).to.include('2017;Rijnmond;0;1;0');
    expect(lines).to.include('2018;Twente;1;0;0');
    expect(lines).to.include('2021;Rijnmond;1;1;0');
    expect(lines).to.include('2022;Twente;2;0;0');
    expect(lines).to.include('onbekend;Zuid-Limburg;0;0;1');
    expect(lines).to.include('onbekend;Twente;0;0;0');
  });
});
