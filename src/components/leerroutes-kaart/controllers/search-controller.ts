/**
 * The search field's pause: what the visitor types is in the store (and the field) at once, and filters the routes
 * after a pause, so a national feed is not filtered again on every keystroke. `applied` runs once the store has the
 * new search, so the `filter-change` it reports follows the filtering itself, not a second timer.
 */
import type { MapStore } from '../../../model/store.js';
import type { TimersController } from './timers.js';

const SEARCH_DELAY_MS = 200;

/** No lifecycle of its own: its one timer belongs to the registered TimersController. */
export class SearchController {
  constructor(
    private readonly store: MapStore,
    private readonly timers: TimersController,
    private readonly applied: () => void,
  ) {}

  /** The visitor typed. */
  type(written: string): void {
    this.store.typeSearch(written);
    this.timers.later('search', SEARCH_DELAY_MS, () => {
      this.store.applySearchText();
      this.applied();
    });
  }

  /** Set at once: from the `search` attribute, a link, or "Herstel filters" (a typed search still pending is dropped). */
  set(text: string): void {
    this.timers.cancel('search');
    this.store.setSearch(text);
  }
}
