/**
 * `sync-url`: the visitor's filters, search, named place, distance and open route in the page's hash, under this map's name, so a copied
 * link reopens the same view. Reads the hash on the first update and when this map's part of it changes; writes
 * it (replaceState, no history entry per checkbox) after an update in which the state changed. Loading the page,
 * or a click on the page's own anchor, writes nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapStore } from '../../../model/store.js';
import { filtersEqual, parseFilterAttribute, type FilterKey } from '../../../model/filters.js';
import { hasUrlState, readUrlState, writeUrlState, type UrlStateInput } from '../../../model/url-state.js';
import { parseRadius } from '../../../model/place.js';
import { parseCoverageYear } from '../../../model/view-mode.js';

export interface UrlStateHost extends ReactiveControllerHost, HTMLElement {
  syncUrl: string | undefined;
  /** The presets a link's state falls back to. */
  near: string | undefined;
  radius: string | undefined;
  coverageYear: string | undefined;
}

export interface UrlStateOptions {
  /** The hash asked for a search. */
  setSearch(text: string): void;
  /** The hash asked for a place (or, empty, for none). */
  setNear(text: string): void;
  /** The hash asked for another open route (or none): `selected` follows. */
  select(routeId: string | null): void;
}

export class UrlStateController implements ReactiveController {
  /** This map's part of the hash as last read or written. */
  private written: string | undefined;

  constructor(
    private readonly host: UrlStateHost,
    private readonly store: MapStore,
    private readonly options: UrlStateOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  hostUpdated(): void {
    const namespace = this.namespace();
    if (!namespace) return;
    if (this.written === undefined) this.written = this.part(namespace);
    else if (this.part(namespace) !== this.written) this.write(namespace);
  }

  /** This map's name in the hash (`sync-url`, else the element's id, else `kaart`), or undefined without `sync-url`. */
  private namespace(): string | undefined {
    const name = this.host.syncUrl;
    return name === undefined || name === null ? undefined : name.trim() || this.host.id || 'kaart';
  }

  /** The store's state as this map's part of the hash. */
  private part(namespace: string): string {
    return writeUrlState('', namespace, this.state());
  }

  private state(): UrlStateInput {
    const { filters, search, selectedRouteId: selected, place, radius, coverageYear } = this.store;
    return { filters, search, selected, near: place?.named ? place.label : undefined, radius, coverageYear };
  }

  /**
   * Applies the hash: what it names outranks the presets (it is what the visitor chose when the link was copied);
   * what it does not name is as the presets say (on the first read, as the attributes say: a `selected` or
   * `search` attribute stands unless the hash names another).
   */
  read(first = false): void {
    const namespace = this.namespace();
    if (!namespace) return;
    const state = readUrlState(location.hash, namespace);
    let filters = this.store.presets;
    for (const [key, values] of Object.entries(state.filters) as [FilterKey, string[]][]) {
      filters = { ...filters, [key]: parseFilterAttribute(key, values.join(',')).values };
    }
    if (!filtersEqual(filters, this.store.filters)) this.store.setFilters(filters);
    if (state.search !== undefined || !first) this.options.setSearch(state.search ?? this.store.presetSearch);
    if (state.radius !== undefined || !first) {
      this.store.setRadius(parseRadius(state.radius ?? this.host.radius).value);
    }
    if (state.coverageYear !== undefined || !first)
      this.store.setCoverageYear(parseCoverageYear(state.coverageYear ?? this.host.coverageYear).value);
    if (state.near !== undefined || (!first && this.store.place?.named))
      this.options.setNear(state.near ?? this.host.near ?? '');
    if (state.selected) {
      if (state.selected !== this.store.selectedRouteId) this.options.select(state.selected);
    } else if (!first && this.store.selectedRouteId) {
      this.options.select(null);
    }
    this.written = this.part(namespace);
    this.host.requestUpdate();
  }

  /** Writes this map's part of the hash, keeping the page's anchor and other maps' parts in place. */
  private write(namespace: string): void {
    const hash = writeUrlState(location.hash, namespace, this.state());
    this.written = this.part(namespace);
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    history.replaceState(history.state, '', hash || `${location.pathname}${location.search}`);
  }

  /**
   * Back, an edited link, or the page's own anchor (`#intro`). Only this map's part is the map's business: an
   * anchor that drops it leaves the map's state, and the hash, alone; a part as it was changes nothing.
   */
  private onHashChange = (): void => {
    const namespace = this.namespace();
    if (namespace && hasUrlState(location.hash, namespace)) this.read();
  };
}
