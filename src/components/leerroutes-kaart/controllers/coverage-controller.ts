/**
 * The coverage view's side of the element: whether it is shown, its code (a chunk of its own, loaded when the view is
 * first shown), its rows and its history over the years, the table's sort order, the year and its playback, the CSV
 * downloads and printing. It renders nothing: the list pane's view draws the table with the chunk's render function.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CoverageHistory } from '../../../model/coverage-history.js';
import type { MapStore } from '../../../model/store.js';
import type { CoverageColumn, CoverageSort, RegionCoverage } from '../../../model/coverage.js';
import type { Messages } from '../../../i18n/index.js';
import { OnDemand } from './on-demand.js';

export type CoverageModule = typeof import('../../../chunks/coverage-view.js');

export interface CoverageOptions {
  /** Asks for the region outlines, which the choropleth draws. */
  needRegions(): void;
  /** A region chosen in the table: its routes on the map. */
  choose(naam: string): void;
}

/** Time per year while the years play: long enough to read the count that changed. */
const PLAY_STEP_MS = 1500;

export class CoverageController implements ReactiveController {
  sort: CoverageSort = { column: 'naam', ascending: true };
  private playTimer: ReturnType<typeof setInterval> | undefined;
  private printSheet: CSSStyleSheet | undefined;
  private readonly code: OnDemand<CoverageModule>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly store: MapStore,
    private readonly options: CoverageOptions,
  ) {
    host.addController(this);
    this.code = new OnDemand(host, () => import('../../../chunks/coverage-view.js'), {
      styles: (view) => view.coverageStyles,
      failed: (error) => console.warn('leerroutes-kaart: the coverage view could not be loaded.', error),
    });
  }

  hostDisconnected(): void {
    this.pause();
    this.endPrint();
  }

  /** The coverage view's code, which draws the table. */
  get renderer(): CoverageModule | undefined {
    return this.code.part;
  }

  /** The choropleth's legend, once the view's code is there. */
  renderLegend(m: Messages): unknown {
    return this.code.part?.renderCoverageLegend(m);
  }

  choose(naam: string): void {
    this.options.choose(naam);
  }

  /** Shown: asked for, and offered (not in a single-region embed). */
  get shown(): boolean {
    return this.store.shown === 'regions' && !this.store.regionLocked;
  }

  /** The counts per region, once the view's code is there (asked for, with the outlines, if not); undefined when not shown. */
  rows(): readonly RegionCoverage[] | undefined {
    if (!this.shown) return undefined;
    this.options.needRegions();
    const view = this.code.part;
    // Asked for once: after a failure the view says so, rather than asking again at every update.
    if (!view && !this.code.failed) this.code.load().catch(() => undefined);
    return view && this.store.coverageBy(view.coverage);
  }

  /** The view's code could not be loaded (network, a Content-Security-Policy). */
  get failed(): boolean {
    return this.code.failed;
  }

  /** Resolves when the view's code is there, if the view is shown (at once otherwise, or when it cannot load). */
  async whenLoaded(): Promise<void> {
    if (this.shown && !this.code.part && !this.code.failed) await this.code.load().catch(() => undefined);
  }

  /** The figures over the years, once the view's code is there; undefined when not shown. */
  history(): CoverageHistory | undefined {
    const view = this.rows() && this.code.part;
    return view && this.store.coverageHistoryBy(view.coverageHistory);
  }

  /** Names A–Z and the first DLR's year earliest first, numbers high to low; a second press turns the order round. */
  sortBy(column: CoverageColumn): void {
    const { column: was, ascending } = this.sort;
    this.sort = { column, ascending: column === was ? !ascending : column === 'naam' || column === 'firstDlr' };
    this.host.requestUpdate();
  }

  /** The visitor chose a year (undefined: all years); playing stops. */
  chooseYear(year: number | undefined): void {
    this.pause();
    this.store.setCoverageYear(year);
  }

  get year(): number | undefined {
    return this.store.coverageYear;
  }

  get playing(): boolean {
    return this.playTimer !== undefined;
  }

  /** Steps through the years, from the first (or the one shown, when it is not the last) to the last, then stops. */
  play(): void {
    const years = this.history()?.years ?? [];
    if (!years.length || this.playing) return;
    const shown = this.store.coverageYear;
    if (shown === undefined || shown >= years[years.length - 1]!) this.store.setCoverageYear(years[0]);
    this.playTimer = setInterval(() => {
      const next = (this.store.coverageYear ?? Infinity) + 1;
      if (next > years[years.length - 1]!) this.pause();
      else this.store.setCoverageYear(next);
    }, PLAY_STEP_MS);
    this.host.requestUpdate();
  }

  pause(): void {
    if (this.playTimer === undefined) return;
    clearInterval(this.playTimer);
    this.playTimer = undefined;
    this.host.requestUpdate();
  }

  /**
   * Prints map, chart and table on one A4 landscape page: the page's own print settings get a landscape `@page` for
   * this print only (a shadow root's `@page` rules are ignored), taken away after it.
   */
  print(): void {
    if (!this.printSheet && 'adoptedStyleSheets' in document) {
      this.printSheet = new CSSStyleSheet();
      this.printSheet.replaceSync('@page { size: A4 landscape; margin: 10mm; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.printSheet];
      window.addEventListener('afterprint', this.endPrint, { once: true });
    }
    window.print();
  }

  private endPrint = (): void => {
    if (!this.printSheet) return;
    const sheet = this.printSheet;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    this.printSheet = undefined;
  };

  download(m: Messages): void {
    const view = this.code.part;
    const rows = this.rows();
    if (!view || !rows) return;
    const c = view.coverageTexts(m.lang);
    const csv = view.coverageCsv(rows, { region: c.region, total: c.total, noDlr: c.noDlr, sum: c.sum });
    saveCsv(csv, c.fileName);
  }

  /** The counts per year and region in long format (`t/m schooljaar;regio;DLR;GLR;leerlab`). */
  downloadHistory(m: Messages): void {
    const view = this.code.part;
    if (!view || !this.shown) return;
    const c = view.coverageTexts(m.lang);
    const { feed, effectiveFilters, search } = this.store;
    const heading = { year: c.upToYear, region: c.region, unknown: c.unknownYear };
    saveCsv(view.coverageHistoryCsv(feed?.routes ?? [], effectiveFilters, search, heading), c.historyFileName);
  }
}

function saveCsv(csv: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
