/**
 * The coverage view for the programme: routes per arbeidsmarktregio as a real table (the choropleth's text
 * alternative), sortable by every column, with totals, the regions without a DLR named in words, a CSV download,
 * and each region a button that shows its routes on the map.
 */
import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/index.js';
import { ROUTE_KINDS } from '../../feed/domain.js';
import {
  COVERAGE_CLASSES,
  coverageTotals,
  sortCoverage,
  type CoverageColumn,
  type CoverageSort,
  type RegionCoverage,
} from '../../model/coverage.js';

export interface CoverageView {
  messages: Messages;
  rows: readonly RegionCoverage[];
  sort: CoverageSort;
  onSort: (column: CoverageColumn) => void;
  /** A region chosen in the table: its routes on the map. */
  onChoose: (naam: string) => void;
  onDownload: () => void;
}

const COLUMNS: readonly CoverageColumn[] = ['naam', ...ROUTE_KINDS, 'total'];

export function renderCoverage(view: CoverageView) {
  const { messages: m, sort } = view;
  const c = m.coverage;
  const rows = sortCoverage(view.rows, sort.column, sort.ascending);
  const totals = coverageTotals(view.rows);
  const gaps = view.rows.filter((row) => row.noDlr).length;
  const label = (column: CoverageColumn) =>
    column === 'naam' ? c.region : column === 'total' ? c.total : column === 'leerlab' ? m.kind.leerlab : column;
  const ariaSort = (column: CoverageColumn) =>
    column === sort.column ? (sort.ascending ? 'ascending' : 'descending') : 'none';
  return html`
    <div class="coverage">
      <h2 class="coverage-title">${c.title}</h2>
      <p class="coverage-note">${c.note} ${gaps ? c.gaps(gaps) : c.noGaps}</p>
      <button type="button" class="coverage-download" @click=${view.onDownload}>${c.download}</button>
      <table class="coverage-table">
        <caption class="visually-hidden">
          ${c.caption}
        </caption>
        <thead>
          <tr>
            ${COLUMNS.map(
              (column) => html`
                <th scope="col" aria-sort=${ariaSort(column)} class=${column === 'naam' ? '' : 'coverage-number'}>
                  <button type="button" class="coverage-sort" @click=${() => view.onSort(column)}>
                    ${label(column)}
                    <span class="coverage-arrow" aria-hidden="true"
                      >${column === sort.column ? (sort.ascending ? '▲' : '▼') : '↕'}</span
                    >
                  </button>
                </th>
              `,
            )}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`
              <tr class=${row.noDlr ? 'coverage-no-dlr' : ''} data-region=${row.naam}>
                <th scope="row">
                  <button
                    type="button"
                    class="coverage-region"
                    title=${c.choose(row.naam)}
                    @click=${() => view.onChoose(row.naam)}
                  >
                    <span class="coverage-swatch class-${coverageClass(row.total)}" aria-hidden="true"></span
                    >${row.naam}</button
                  >${row.noDlr ? html` <span class="coverage-gap">${c.noDlr}</span>` : nothing}
                </th>
                ${ROUTE_KINDS.map((kind) => html`<td class="coverage-number">${row.counts[kind]}</td>`)}
                <td class="coverage-number">${row.total}</td>
              </tr>
            `,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${c.sum}</th>
            ${ROUTE_KINDS.map((kind) => html`<td class="coverage-number">${totals.counts[kind]}</td>`)}
            <td class="coverage-number">${totals.total}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  `;
}

/** The class of the sequential scale a region's total falls in (0: no routes). */
export function coverageClass(total: number): number {
  let index = 0;
  COVERAGE_CLASSES.forEach((lower, i) => {
    if (total >= lower) index = i;
  });
  return index;
}

/** The choropleth's legend: the classes, and the hatching of "nog geen DLR". */
export const renderCoverageLegend = (m: Messages) => html`
  <div class="coverage-legend legend" part="legend">
    <p class="coverage-legend-title">${m.coverage.legendTitle}</p>
    <ul class="coverage-legend-items">
      ${COVERAGE_CLASSES.map(
        (lower, i) =>
          html`<li>
            <span class="coverage-swatch class-${i}" aria-hidden="true"></span>
            ${m.coverage.range(lower, COVERAGE_CLASSES[i + 1])}
          </li>`,
      )}
      <li><span class="coverage-swatch coverage-hatch" aria-hidden="true"></span>${m.coverage.noDlr}</li>
    </ul>
  </div>
`;
