/**
 * The coverage view for the programme: routes per arbeidsmarktregio as a real table (the choropleth's text
 * alternative), sortable by every column, with totals, the regions without a DLR named in words, a CSV download,
 * and each region a button that shows its routes on the map.
 */
import { html, nothing, svg } from 'lit';
import type { CoverageHistory, FirstDlr } from '../../model/coverage-history.js';
import type { Messages } from '../../i18n/index.js';
import { coverageTexts } from '../../i18n/coverage.js';
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
  /** The figures over the years; undefined while they are counted. */
  history: CoverageHistory | undefined;
  /** "t/m schooljaar": undefined for all years. */
  year: number | undefined;
  playing: boolean;
  onYear: (year: number | undefined) => void;
  onPlay: () => void;
  onDownloadHistory: () => void;
  onPrint: () => void;
}

const COLUMNS: readonly CoverageColumn[] = ['naam', ...ROUTE_KINDS, 'total', 'firstDlr'];

export function renderCoverage(view: CoverageView) {
  const { messages: m, sort } = view;
  const c = coverageTexts(m.lang);
  const firstDlr = view.history?.firstDlr ?? new Map<string, FirstDlr>();
  const rows = sortCoverage(view.rows, sort.column, sort.ascending, firstDlr);
  const totals = coverageTotals(view.rows);
  const gaps = view.rows.filter((row) => row.noDlr).length;
  const labels: Partial<Record<CoverageColumn, string>> = {
    naam: c.region,
    total: c.total,
    leerlab: m.kind.leerlab,
    firstDlr: c.firstDlr,
  };
  const label = (column: CoverageColumn) => labels[column] ?? column;
  const yearText = (year: FirstDlr) => (year === 'unknown' ? c.unknownYear : year === undefined ? '–' : String(year));
  const ariaSort = (column: CoverageColumn) =>
    column === sort.column ? (sort.ascending ? 'ascending' : 'descending') : 'none';
  return html`
    <div class="coverage">
      <h2 class="coverage-title">${c.title}</h2>
      ${view.history ? renderYears(view, view.history) : nothing}
      <p class="coverage-note">${c.note} ${gaps ? c.gaps(gaps) : c.noGaps}</p>
      <div class="coverage-actions">
        <button type="button" class="coverage-download" @click=${view.onDownload}>${c.download}</button>
        <button type="button" class="coverage-download-history" @click=${view.onDownloadHistory}>
          ${c.downloadHistory}
        </button>
        <button type="button" class="coverage-print" @click=${view.onPrint}>${c.print}</button>
      </div>
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
                    data-focus-next=".map"
                    title=${c.choose(row.naam)}
                    @click=${() => view.onChoose(row.naam)}
                  >
                    <span class="coverage-swatch class-${coverageClass(row.total)}" aria-hidden="true"></span
                    >${row.naam}</button
                  >${row.noDlr ? html` <span class="coverage-gap">${c.noDlr}</span>` : nothing}
                </th>
                ${ROUTE_KINDS.map((kind) => html`<td class="coverage-number">${row.counts[kind]}</td>`)}
                <td class="coverage-number">${row.total}</td>
                <td class="coverage-number coverage-first">${yearText(firstDlr.get(row.naam))}</td>
              </tr>
            `,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${c.sum}</th>
            ${ROUTE_KINDS.map((kind) => html`<td class="coverage-number">${totals.counts[kind]}</td>`)}
            <td class="coverage-number">${totals.total}</td>
            <td></td>
          </tr>
        </tfoot>
      </table>
    </div>
  `;
}

/**
 * "t/m schooljaar" with its play button, the progress toward a DLR in every region, and that number per year as a
 * chart (hidden from screen readers) with the same figures as a table beside it.
 */
function renderYears(view: CoverageView, history: CoverageHistory) {
  const c = coverageTexts(view.messages.lang);
  const { year } = view;
  const index = year === undefined ? -1 : history.years.indexOf(year);
  const withDlr = index >= 0 ? history.regionsWithDlr[index]! : year === undefined ? history.regionsWithDlrNow : 0;
  const unknown = history.unknownYear.DLR + history.unknownYear.GLR + history.unknownYear.leerlab;
  const years = year !== undefined && index < 0 ? [...history.years, year].sort((a, b) => a - b) : history.years;
  return html`
    <div class="coverage-years">
      <div class="coverage-year">
        <label for="coverage-year-select">${c.yearLabel}</label>
        <select
          id="coverage-year-select"
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            view.onYear(value ? Number(value) : undefined);
          }}
        >
          <option value="" ?selected=${year === undefined}>${c.allYears}</option>
          ${years.map((y) => html`<option value=${y} ?selected=${y === year}>${c.schoolYear(y)}</option>`)}
        </select>
      </div>
      <button
        type="button"
        class="coverage-play ${view.playing ? 'playing' : ''}"
        ?disabled=${history.years.length < 2}
        @click=${view.onPlay}
      >
        <span aria-hidden="true">${view.playing ? '❚❚' : '▶'}</span> ${view.playing ? c.pause : c.play}
      </button>
    </div>
    <p class="coverage-progress" role="status">
      ${c.progress(withDlr, history.regions, year === undefined ? undefined : c.schoolYear(year))}
    </p>
    ${
      history.years.length
        ? html`<figure class="coverage-history">
            <figcaption class="coverage-chart-title">${c.chartTitle}</figcaption>
            <div class="coverage-history-body">
              ${renderChart(history, year)}
              <table class="coverage-history-table">
                <caption class="visually-hidden">
                  ${c.chartCaption}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${c.yearColumn}</th>
                    <th scope="col" class="coverage-number">${c.regionsColumn}</th>
                  </tr>
                </thead>
                <tbody>
                  ${history.years.map(
                    (y, i) =>
                      html`<tr class=${y === year ? 'coverage-current' : ''}>
                        <th scope="row">${c.schoolYear(y)}</th>
                        <td class="coverage-number">${history.regionsWithDlr[i]}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            <p class="coverage-history-note">${c.historyNote(unknown)}</p>
          </figure>`
        : nothing
    }
  `;
}

const CHART = { width: 320, height: 130, left: 26, right: 8, top: 8, bottom: 22 };

/** A step chart of the regions with a DLR per year, on a scale from 0 to every region; the chosen year marked. */
function renderChart(history: CoverageHistory, year: number | undefined) {
  const { years, regionsWithDlr, regions } = history;
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const step = plotWidth / years.length;
  const x = (i: number) => CHART.left + i * step;
  const y = (value: number) => CHART.top + plotHeight * (1 - value / regions);
  const path = regionsWithDlr.map((value, i) => `${i ? 'L' : 'M'}${x(i)},${y(value)} H${x(i + 1)}`).join(' ');
  const labelEvery = Math.ceil(years.length / 6);
  const marked = year === undefined ? -1 : years.indexOf(year);
  return html`<svg
    class="coverage-chart"
    viewBox="0 0 ${CHART.width} ${CHART.height}"
    aria-hidden="true"
    focusable="false"
  >
    ${[0, regions].map(
      (value) =>
        svg`<line class="coverage-chart-grid" x1=${CHART.left} x2=${CHART.width - CHART.right} y1=${y(value)} y2=${y(value)}></line>
          <text class="coverage-chart-label" x=${CHART.left - 4} y=${y(value) + 4} text-anchor="end">${value}</text>`,
    )}
    ${
      marked >= 0
        ? svg`<rect class="coverage-chart-mark" x=${x(marked)} y=${CHART.top} width=${step} height=${plotHeight}></rect>`
        : nothing
    }
    <path class="coverage-chart-line" d=${path}></path>
    ${years.map((value, i) =>
      i % labelEvery === 0 || i === years.length - 1
        ? svg`<text class="coverage-chart-label" x=${x(i) + step / 2} y=${CHART.height - 6} text-anchor="middle">${value}</text>`
        : nothing,
    )}
  </svg>`;
}

/** The class of the sequential scale a region's total falls in (0: no routes). */
export function coverageClass(total: number): number {
  let index = 0;
  COVERAGE_CLASSES.forEach((lower, i) => {
    if (total >= lower) index = i;
  });
  return index;
}

/** The choropleth's legend: the classes, the hatching of "nog geen DLR", and land outside every region. */
export function renderCoverageLegend(m: Messages) {
  const c = coverageTexts(m.lang);
  return html`
    <div class="coverage-legend legend" part="legend">
      <p class="coverage-legend-title">${c.legendTitle}</p>
      <ul class="coverage-legend-items">
        ${COVERAGE_CLASSES.map(
          (lower, i) =>
            html`<li>
              <span class="coverage-swatch class-${i}" aria-hidden="true"></span>
              ${c.range(lower, COVERAGE_CLASSES[i + 1])}
            </li>`,
        )}
        <li><span class="coverage-swatch coverage-hatch" aria-hidden="true"></span>${c.noDlr}</li>
        <li><span class="coverage-swatch coverage-outside" aria-hidden="true"></span>${c.noRegion}</li>
      </ul>
    </div>
  `;
}
