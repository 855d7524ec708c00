/**
 * The search field: what the visitor types is shown at once and filters the routes after a pause, so a national
 * feed is not filtered again on every keystroke. `applied` runs once the store has the new search, so the
 * `filter-change` it reports follows the filtering itself, not a second timer.
 */
import type { ReactiveControllerHost } from 'lit';
import type { MapStore } from '../../../model/store.js';
import { boundSearch } from '../../../model/filters.js';
import type { TimersController } from './timers.js';

const SEARCH_DELAY_MS = 200;

export class SearchController {
  /** The field's value. */
  text = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: MapStore,
    private readonly timers: TimersController,
    private readonly applied: () => void,
  ) {}

  /** The visitor typed. */
  type(written: string): void {
    this.text = boundSearch(written);
    this.host.requestUpdate();
    this.timers.later('search', SEARCH_DELAY_MS, () => {
      this.store.setSearch(this.text);
      this.host.requestUpdate();
      this.applied();
    });
  }

  /** Set at once: from the `search` attribute, a link, or "Herstel filters". */
  set(text: string): void {
    this.timers.cancel('search');
    this.text = boundSearch(text);
    this.store.setSearch(this.text);
    this.host.requestUpdate();
  }
}
