/**
 * Coverage over time, for the programme's reports: which arbeidsmarktregio's had a DLR up to each startjaar, when
 * each region got its first, and the counts per year and region. The feed holds the routes that exist now, so this
 * is "the routes of today, by their startjaar": a route that stopped is not in it. Routes without a startjaar are
 * never dropped: they count in every "all years" figure and apart, as "onbekend". Pure; the coverage view's chunk
 * reads it.
 */
import type { Route } from '../feed/parse-feed.js';
import { ARBEIDSMARKTREGIOS, ROUTE_KINDS, type RouteKind } from '../feed/domain.js';
import { applyFilters, type Filters } from './filters.js';
import { coverage, csvText } from './coverage.js';

/** The routes that had started by the end of a schooljaar (all routes when no year is given). */
export function routesUpTo(routes: readonly Route[], year: number | undefined): readonly Route[] {
  return year === undefined
    ? routes
    : routes.filter((route) => route.startjaar !== undefined && route.startjaar <= year);
}

/** A region's first DLR: its startjaar, `unknown` when its DLRs have none, or none at all. */
export type FirstDlr = number | 'unknown' | undefined;

export interface CoverageHistory {
  /** The startjaren in the feed, ascending, without gaps between the first and the last. */
  years: number[];
  /** Per year in `years`: the number of regions with at least one DLR among the routes started by then. */
  regionsWithDlr: number[];
  /** The same with every route, those without a startjaar included. */
  regionsWithDlrNow: number;
  /** The number of regions. */
  regions: number;
  /** Routes (under the filters other than the region) without a startjaar, per kind. */
  unknownYear: Record<RouteKind, number>;
  /** Per region name: the startjaar of its first DLR. */
  firstDlr: ReadonlyMap<string, FirstDlr>;
}

/**
 * The figures of the history under the filters (other than region and soort, as the coverage view's "nog geen DLR"
 * mark) and the search.
 */
export function coverageHistory(routes: readonly Route[], filters: Filters, search: string): CoverageHistory {
  const relevant = applyFilters(routes, { ...filters, region: [], routeType: [] }, search).visible;
  const unknownYear: Record<RouteKind, number> = { DLR: 0, GLR: 0, leerlab: 0 };
  const firstDlr = new Map<string, FirstDlr>(ARBEIDSMARKTREGIOS.map(({ naam }) => [naam, undefined]));
  let first = Infinity;
  let last = -Infinity;
  for (const route of relevant) {
    if (route.startjaar === undefined) unknownYear[route.soort]++;
    else [first, last] = [Math.min(first, route.startjaar), Math.max(last, route.startjaar)];
    if (route.soort !== 'DLR' || !route.regionKnown || !firstDlr.has(route.arbeidsmarktregio)) continue;
    const was = firstDlr.get(route.arbeidsmarktregio);
    if (route.startjaar === undefined) {
      if (was === undefined) firstDlr.set(route.arbeidsmarktregio, 'unknown');
    } else if (typeof was !== 'number' || route.startjaar < was) {
      firstDlr.set(route.arbeidsmarktregio, route.startjaar);
    }
  }
  const years = first <= last ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [];
  const byYear = [...firstDlr.values()].filter((year): year is number => typeof year === 'number');
  return {
    years,
    regionsWithDlr: years.map((year) => byYear.filter((firstYear) => firstYear <= year).length),
    regionsWithDlrNow: [...firstDlr.values()].filter((year) => year !== undefined).length,
    regions: firstDlr.size,
    unknownYear,
    firstDlr,
  };
}

/**
 * The counts per year and region in long format for a report's pivot table: `t/m schooljaar;regio;DLR;GLR;leerlab`,
 * each year counting the routes started up to it, then the routes without a startjaar under `unknown`. Same CSV
 * conventions as the table's download (UTF-8 with a byte order mark, `;`, CRLF).
 */
export function coverageHistoryCsv(
  routes: readonly Route[],
  filters: Filters,
  search: string,
  heading: { year: string; region: string; unknown: string },
): string {
  const history = coverageHistory(routes, filters, search);
  const lines: (string | number)[][] = [[heading.year, heading.region, ...ROUTE_KINDS]];
  const addRows = (label: string | number, subset: readonly Route[]) => {
    for (const row of coverage(subset, filters, search))
      lines.push([label, row.naam, ...ROUTE_KINDS.map((k) => row.counts[k])]);
  };
  for (const year of history.years) addRows(year, routesUpTo(routes, year));
  addRows(
    heading.unknown,
    routes.filter((route) => route.startjaar === undefined),
  );
  return csvText(lines);
}
