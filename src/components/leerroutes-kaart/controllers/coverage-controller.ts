/**
 * The coverage view's side of the element: its code arrives with the regions module (loaded by the map controller),
 * so this controller asks for it, adopts its styles when it comes, keeps the table's sort order, counts the rows,
 * renders the table and legend through the module, and makes the CSV download.
 */
import { html, type ReactiveControllerHost } from 'lit';
import type { MapStore } from '../../../model/store.js';
import type { CoverageSort, RegionCoverage } from '../../../model/coverage.js';
import type { Messages } from '../../../i18n/index.js';
import type { MapController, RegionsModule } from './map-controller.js';
import { adoptStyles } from './adopt-styles.js';

export interface CoverageOptions {
  /** Whether the visitor asked for the coverage view. */
  wanted(): boolean;
  map(): MapController;
  /** A region chosen in the table or on the map. */
  choose(naam: string): void;
}

export class CoverageController {
  private sort: CoverageSort = { column: 'naam', ascending: true };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly store: MapStore,
    private readonly options: CoverageOptions,
  ) {}

  /** Shown: asked for, and offered (not in a single-region embed). */
  get shown(): boolean {
    return this.options.wanted() && !this.store.regionLocked;
  }

  /** The counts per region, once the module is there (asked for if it is not); undefined when not shown. */
  rows(): readonly RegionCoverage[] | undefined {
    if (!this.shown) return undefined;
    const regions = this.options.map().regionsModule;
    if (!regions) this.options.map().needRegions();
    return regions && this.store.coverageBy(regions.coverage);
  }

  /** The module's styles, adopted into the shadow root once it has arrived. */
  adoptStyles(regions: RegionsModule): void {
    adoptStyles(this.host, regions.coverageStyles);
  }

  renderTable(m: Messages) {
    const rows = this.rows();
    const regions = this.options.map().regionsModule;
    if (!regions || !rows) return html`<p class="list-empty">${m.ui.loading}</p>`;
    return regions.renderCoverage({
      messages: m,
      rows,
      sort: this.sort,
      onSort: (column) => {
        const { column: was, ascending } = this.sort;
        // Names first A–Z, numbers first high to low; a second press turns the order round.
        this.sort = { column, ascending: column === was ? !ascending : column === 'naam' };
        this.host.requestUpdate();
      },
      onChoose: (naam) => this.options.choose(naam),
      onDownload: () => this.download(m),
    });
  }

  renderLegend(m: Messages) {
    return this.options.map().regionsModule?.renderCoverageLegend(m);
  }

  private download(m: Messages): void {
    const regions = this.options.map().regionsModule;
    const rows = this.rows();
    if (!regions || !rows) return;
    const c = m.coverage;
    const csv = regions.coverageCsv(rows, { region: c.region, total: c.total, noDlr: c.noDlr, sum: c.sum });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = c.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }
}
