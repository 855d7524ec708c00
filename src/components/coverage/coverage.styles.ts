/** The coverage table and the choropleth's legend. */
import { css, unsafeCSS } from 'lit';
import { COVERAGE_COLOURS, OUTSIDE_REGIONS_COLOUR } from '../../model/coverage.js';

/** The scale's colours, from the one list the choropleth uses too. */
const swatches = unsafeCSS(
  [
    ...COVERAGE_COLOURS.map((colour, i) => `.coverage-swatch.class-${i} { background: ${colour}; }`),
    `.coverage-swatch.coverage-outside { background: ${OUTSIDE_REGIONS_COLOUR}; }`,
  ].join(' '),
);

export const coverageStyles = css`
  .coverage-title {
    font-size: 1.05em;
    margin: 0.2em 0 0.3em;
  }
  .coverage-note,
  .coverage-history-note {
    margin: 0 0 0.5em;
    font-size: 0.9em;
    color: var(--leerroutes-muted, #4a4a4a);
  }
  .coverage-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin-block-end: 0.6em;
  }
  .coverage-download,
  .coverage-download-history,
  .coverage-print,
  .coverage-play {
    min-block-size: 40px;
    padding: 0.3em 0.9em;
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-surface, #fff);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .coverage-play.playing {
    background: var(--leerroutes-accent, #1d4f91);
    border-color: var(--leerroutes-accent, #1d4f91);
    color: #fff;
  }
  .coverage-play:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .coverage-years {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em;
    margin-block-end: 0.4em;
  }
  .coverage-year {
    display: grid;
    gap: 0.15em;
    font-size: 0.9em;
  }
  .coverage-year select {
    min-block-size: 40px;
    padding: 0.2em 0.4em;
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-surface, #fff);
    color: inherit;
    font: inherit;
  }
  .coverage-progress {
    margin: 0.2em 0 0.4em;
    font-weight: 600;
  }
  .coverage-history {
    margin: 0 0 0.6em;
  }
  .coverage-chart-title {
    font-size: 0.9em;
    margin-block-end: 0.2em;
  }
  .coverage-history-body {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: 0.6em;
  }
  .coverage-chart {
    flex: 1 1 14em;
    min-inline-size: 0;
    max-inline-size: 26em;
    block-size: auto;
  }
  .coverage-chart-line {
    fill: none;
    stroke: var(--leerroutes-color-dlr, #1b7a3d);
    stroke-width: 2.5;
  }
  .coverage-chart-grid {
    stroke: var(--leerroutes-border-subtle, #c9ced6);
  }
  .coverage-chart-mark {
    fill: var(--leerroutes-hover, #eef2f7);
  }
  .coverage-chart-label {
    font-size: 10px;
    fill: var(--leerroutes-muted, #4a4a4a);
  }
  .coverage-history-table {
    flex: none;
    border-collapse: collapse;
    font-size: 0.8em;
    font-variant-numeric: tabular-nums;
  }
  .coverage-history-table th,
  .coverage-history-table td {
    padding: 0 0.4em;
    text-align: start;
    font-weight: 400;
  }
  .coverage-history-table thead th {
    font-weight: 600;
  }
  .coverage-history-table .coverage-number {
    text-align: end;
  }
  .coverage-history-table .coverage-current {
    background: var(--leerroutes-hover, #eef2f7);
    font-weight: 700;
  }
  .coverage-history-note {
    margin-block-start: 0.3em;
  }
  .coverage-table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  .coverage-table th,
  .coverage-table td {
    padding: 0.15em 0.25em;
    border-block-end: 1px solid var(--leerroutes-border-subtle, #c9ced6);
    text-align: start;
    font-weight: 400;
  }
  .coverage-table thead th {
    position: sticky;
    inset-block-start: 0;
    background: var(--leerroutes-surface, #fff);
    z-index: 1;
  }
  .coverage-table .coverage-number {
    text-align: end;
  }
  .coverage-table thead .coverage-number .coverage-sort {
    justify-content: flex-end;
    inline-size: 100%;
  }
  .coverage-table tfoot th,
  .coverage-table tfoot td {
    font-weight: 700;
    border-block-end: none;
    border-block-start: 2px solid var(--leerroutes-border, #6b6b6b);
  }
  .coverage-sort,
  .coverage-region {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-block-size: 32px;
    padding: 0;
    border: none;
    background: none;
    font: inherit;
    font-weight: 600;
    color: inherit;
    text-align: start;
    cursor: pointer;
  }
  .coverage-region {
    color: var(--leerroutes-accent, #1d4f91);
    text-decoration: underline;
    font-weight: 400;
  }
  .coverage-arrow {
    font-size: 0.7em;
    color: var(--leerroutes-muted, #4a4a4a);
  }
  .coverage-gap {
    display: inline-block;
    padding: 0 0.35em;
    border-radius: 3px;
    background: #fff4d6;
    border: 1px solid #b07a00;
    font-size: 0.8em;
    white-space: nowrap;
  }
  .coverage-swatch {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    margin-inline-end: 0.35em;
    border: 1px solid #5b6b85;
    vertical-align: -0.1em;
    flex: none;
  }
  ${swatches}
  .coverage-hatch {
    background: repeating-linear-gradient(45deg, #b07a00 0 2px, #fff 2px 5px);
  }
  .coverage-legend {
    padding: 0.4em 0.6em;
    pointer-events: auto;
  }
  .coverage-legend-title {
    margin: 0 0 0.2em;
    font-weight: 600;
  }
  .coverage-legend-items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.15em;
  }
  /* Below a short map (see the stage): the legend in rows, so the map keeps most of the height. */
  @container stage (max-height: 20em) {
    .coverage-legend-items {
      display: flex;
      flex-wrap: wrap;
      gap: 0.1em 0.8em;
    }
  }
  /* A phone: the legend in one or two short rows, so it leaves the small map visible. */
  @container leerroutes (max-width: 37.5em) {
    .coverage-legend {
      font-size: 0.75em;
      padding: 0.25em 0.45em;
    }
    .coverage-legend-title {
      display: none;
    }
    .coverage-table {
      font-size: 0.78em;
    }
    .coverage-table th[aria-sort='none'] .coverage-arrow {
      display: none;
    }
    .coverage-legend-items {
      display: flex;
      flex-wrap: wrap;
      gap: 0.1em 0.6em;
    }
  }
  @media print {
    .coverage-actions,
    .coverage-play,
    .coverage-arrow {
      display: none !important;
    }
    /* The coverage view on one A4 landscape page: the map beside the figures, the toolbar left out. */
    .frame:has(.shown-regions) > :not(.body, footer) {
      display: none !important;
    }
    .body.shown-regions {
      display: grid !important;
      grid-template-columns: 44% 1fr;
      gap: 4mm;
      align-items: start;
    }
    .body.shown-regions .stage {
      grid-column: 1;
      grid-row: 1;
      block-size: 150mm;
    }
    .body.shown-regions .list-pane {
      grid-column: 2;
      grid-row: 1;
      columns: auto;
      font-size: 7pt;
    }
    /* On paper the chart and the progress line say what the controls and the figures' table say on screen. */
    .coverage-years,
    .coverage-history-table {
      display: none !important;
    }
    .coverage-chart {
      max-inline-size: 50mm;
    }
    .coverage-legend {
      font-size: 7pt;
    }
    .coverage-table th,
    .coverage-table td {
      padding-block: 0;
    }
    .coverage-sort,
    .coverage-region {
      min-block-size: 0;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .coverage-chart-mark {
      transition: x 0.3s ease;
    }
  }
`;
