/**
 * The coverage view's side of the element: whether it is shown, its rows (counted by the regions module, which the
 * map controller loads), the table's sort order, and the CSV download. It renders nothing: the list pane's view
 * draws the table with the module's render function.
 */
import type { ReactiveControllerHost } from 'lit';
import type { MapStore } from '../../../model/store.js';
import type { CoverageColumn, CoverageSort, RegionCoverage } from '../../../model/coverage.js';
import type { Messages } from '../../../i18n/index.js';
import type { RegionsModule } from './map-controller.js';

export interface CoverageOptions {
  /** The regions module once it has arrived; asking for it when it has not. */
  regions(): RegionsModule | undefined;
  needRegions(): void;
  /** A region chosen in the table: its routes on the map. */
  choose(naam: string): void;
}

export class CoverageController {
  sort: CoverageSort = { column: 'naam', ascending: true };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: MapStore,
    private readonly options: CoverageOptions,
  ) {}

  /** The regions module, whose code draws the table. */
  get renderer(): RegionsModule | undefined {
    return this.options.regions();
  }

  choose(naam: string): void {
    this.options.choose(naam);
  }

  /** Shown: asked for, and offered (not in a single-region embed). */
  get shown(): boolean {
    return this.store.shown === 'regions' && !this.store.regionLocked;
  }

  /** The counts per region, once the module is there (asked for if it is not); undefined when not shown. */
  rows(): readonly RegionCoverage[] | undefined {
    if (!this.shown) return undefined;
    const regions = this.options.regions();
    if (!regions) this.options.needRegions();
    return regions && this.store.coverageBy(regions.coverage);
  }

  /** Names first A–Z, numbers first high to low; a second press on the same column turns the order round. */
  sortBy(column: CoverageColumn): void {
    const { column: was, ascending } = this.sort;
    this.sort = { column, ascending: column === was ? !ascending : column === 'naam' };
    this.host.requestUpdate();
  }

  download(m: Messages): void {
    const regions = this.options.regions();
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
