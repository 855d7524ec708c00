/**
 * Where routes exist: per arbeidsmarktregio (the school's), the routes of each kind that match the filters other
 * than the region, and whether the region has any DLR at all under those filters (the programme's aim: "in elke
 * regio tenminste één doorlopende route"). That last mark ignores the soort filter too, which only chooses the kinds
 * the counts show. Pure: the coverage view, its table, its CSV and the choropleth all read this.
 */
import type { Route } from '../feed/parse-feed.js';
import { ARBEIDSMARKTREGIOS, ROUTE_KINDS, type RouteKind } from '../feed/domain.js';
import { applyFilters, type Filters } from './filters.js';

export interface RegionCoverage {
  naam: string;
  code: string;
  counts: Record<RouteKind, number>;
  total: number;
  /** No DLR in this region under the filters other than region and soort. */
  noDlr: boolean;
}

/** The coverage table's order: a column, and which way round. */
export interface CoverageSort {
  column: CoverageColumn;
  ascending: boolean;
}

export type CoverageColumn = 'naam' | RouteKind | 'total' | 'firstDlr';

export function coverage(routes: readonly Route[], filters: Filters, search: string): RegionCoverage[] {
  const others = { ...filters, region: [] };
  const shown = applyFilters(routes, others, search).visible;
  const anyKind = filters.routeType.length ? applyFilters(routes, { ...others, routeType: [] }, search).visible : shown;
  const rows = new Map<string, RegionCoverage>(
    ARBEIDSMARKTREGIOS.map(({ naam, code }) => [
      naam,
      { naam, code, counts: { DLR: 0, GLR: 0, leerlab: 0 }, total: 0, noDlr: true } as RegionCoverage,
    ]),
  );
  for (const route of shown) {
    const row = route.regionKnown ? rows.get(route.arbeidsmarktregio) : undefined;
    if (!row) continue;
    row.counts[route.soort]++;
    row.total++;
  }
  for (const route of anyKind) {
    if (route.soort === 'DLR' && route.regionKnown) {
      const row = rows.get(route.arbeidsmarktregio);
      if (row) row.noDlr = false;
    }
  }
  return [...rows.values()];
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * Rows sorted by a column: names A–Z (or Z–A), numbers high to low (or low to high), ties by name. The first DLR's
 * year (given per region name) sorts a year before "unknown" before none.
 */
export function sortCoverage(
  rows: readonly RegionCoverage[],
  column: CoverageColumn,
  ascending: boolean,
  firstDlr: ReadonlyMap<string, number | 'unknown' | undefined> = new Map(),
) {
  const yearRank = (year: number | 'unknown' | undefined) =>
    year === undefined ? 1e6 : year === 'unknown' ? 1e5 : year;
  const value = (row: RegionCoverage) =>
    column === 'naam'
      ? 0
      : column === 'total'
        ? row.total
        : column === 'firstDlr'
          ? yearRank(firstDlr.get(row.naam))
          : row.counts[column];
  const direction = ascending ? 1 : -1;
  return [...rows].sort((a, b) =>
    column === 'naam'
      ? direction * collator.compare(a.naam, b.naam)
      : direction * (value(a) - value(b)) || collator.compare(a.naam, b.naam),
  );
}

/** The totals over all regions. */
export function coverageTotals(rows: readonly RegionCoverage[]): { counts: Record<RouteKind, number>; total: number } {
  const counts: Record<RouteKind, number> = { DLR: 0, GLR: 0, leerlab: 0 };
  for (const row of rows) for (const kind of ROUTE_KINDS) counts[kind] += row.counts[kind];
  return { counts, total: counts.DLR + counts.GLR + counts.leerlab };
}

/** The table as CSV for Excel: UTF-8 with a byte order mark, `;` between cells, CRLF, a total row at the end. */
export function coverageCsv(
  rows: readonly RegionCoverage[],
  heading: { region: string; total: string; noDlr: string; sum: string },
): string {
  const totals = coverageTotals(rows);
  return csvText([
    [heading.region, ...ROUTE_KINDS, heading.total, heading.noDlr],
    ...rows.map((row) => [row.naam, ...ROUTE_KINDS.map((kind) => row.counts[kind]), row.total, row.noDlr ? 'x' : '']),
    [heading.sum, ...ROUTE_KINDS.map((kind) => totals.counts[kind]), totals.total, ''],
  ]);
}

/** Lines as CSV for Excel: UTF-8 with a byte order mark, `;` between cells, quoted where needed, CRLF. */
export function csvText(lines: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number) => {
    const text = String(value);
    return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${lines.map((line) => line.map(cell).join(';')).join('\r\n')}\r\n`;
}

export { COVERAGE_CLASSES, COVERAGE_COLOURS, OUTSIDE_REGIONS_COLOUR } from './coverage-scale.js';
