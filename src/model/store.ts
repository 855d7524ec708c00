/**
 * The map's state and what follows from it, without DOM or map. Inputs: the feed, the presets (attributes), the
 * visitor's filters and search, `lock-region`, and the open panel. Views: the effective filters, the visible routes
 * and facet counts, the visible routes per pin, the list order and the selected pin, each computed once per change
 * of what it depends on (a view keeps its identity until then, so a consumer can compare by identity).
 *
 * The element hands the store its inputs; controllers and views read it and call its actions.
 */
import type { ParsedFeed, Route } from '../feed/parse-feed.js';
import {
  FILTER_KEYS,
  NO_FILTERS,
  applyFilters,
  boundSearch,
  filtersEqual,
  parseFilterAttribute,
  toggleValue,
  type FacetCounts,
  type FilterKey,
  type Filters,
} from './filters.js';
import { groupBySchool, pinKey, sortPinsForList, type SchoolPin } from './group.js';
import { contains, distanceKm, sameArea, type MapArea } from './geo.js';
import type { RegionCoverage, coverage as computeCoverage } from './coverage.js';
import { RADIUS_OPTIONS, placeLonLat, type Place } from './place.js';

export type Panel =
  | { type: 'route'; routeId: string }
  | { type: 'pin'; pinId: string }
  | { type: 'pins'; pinIds: string[]; nearCenter?: boolean };

/** Why no route is shown: the empty state says what to do about it. */
export interface EmptyState {
  /** The search, if any. */
  search: string;
  /** Whether any filter is set (a preset or the visitor's). */
  filtered: boolean;
  /** The region(s) a locked map shows. */
  region?: string;
  /** The distance filter, when it hides routes: the place and the radius. */
  near?: { label: string; radius: number };
}

/** The visible schools split by the map's view: those in it nearest its centre first, then the rest likewise. */
interface AreaSplit {
  inView: SchoolPin[];
  outside: SchoolPin[];
  /** Visible routes of the schools outside the view. */
  outsideRoutes: number;
}

interface Filtered {
  effective: Filters;
  visible: Route[];
  facets: FacetCounts;
  radiusCounts: Map<number, number>;
  visibleByPin: Map<string, Route[]>;
}

export class MapStore {
  private _feed: ParsedFeed | undefined;
  private _presets: Filters = NO_FILTERS;
  private _presetSearch = '';
  private _filters: Filters = NO_FILTERS;
  private _search = '';
  private _lockRegion = false;
  private _panel: Panel | undefined;
  /** Region preset values that match no region: with `lock-region`, the map must say so, not show the country. */
  private _unknownRegions: string[] = [];
  /** What the map shows, while it is on screen beside the list; undefined otherwise (the list is then A–Z). */
  private _mapArea: MapArea | undefined;
  /** The visitor asked for the schools outside the map's view too. */
  private _outsideShown = false;
  /** The visitor's place: the list is ordered by distance to it, and the distance filter measures from it. */
  private _place: Place | undefined;
  private _presetRadius: number | undefined;
  private _radius: number | undefined;

  // Derived, dropped when what they depend on changes.
  private _pins: SchoolPin[] | undefined;
  private _pinById: Map<string, SchoolPin> | undefined;
  private _routeById: Map<string, Route> | undefined;
  private _sortedPins: SchoolPin[] | undefined;
  private _filtered: Filtered | undefined;
  private _listPins: SchoolPin[] | undefined;
  private _split: AreaSplit | undefined;
  private _coverage: RegionCoverage[] | undefined;
  private _scopeTotal: number | undefined;
  private _sharedNames: Set<string> | undefined;
  /** Kilometres from the place to each school, made once per place (and feed). */
  private _distances: Map<string, number> | undefined;
  /** Every pin, nearest the place first. */
  private _pinsByDistance: SchoolPin[] | undefined;

  // ---- inputs ----

  get feed(): ParsedFeed | undefined {
    return this._feed;
  }

  setFeed(feed: ParsedFeed | undefined): void {
    if (feed === this._feed) return;
    this._feed = feed;
    this._pins = this._pinById = this._routeById = this._sortedPins = this._scopeTotal = this._sharedNames = undefined;
    this._distances = this._pinsByDistance = undefined;
    this._dropFiltered();
  }

  /** A preset from an attribute; the visitor's choice for that filter starts again from it. Returns what is unknown. */
  setPreset(key: FilterKey, attribute: string | null | undefined): string[] {
    const { values, unknown } = parseFilterAttribute(key, attribute);
    if (key === 'region') {
      this._unknownRegions = unknown;
      this._scopeTotal = undefined;
    }
    this._presets = { ...this._presets, [key]: values };
    this.setFilters({ ...this._filters, [key]: values });
    this._dropFilteredIfEffectiveChanged();
    return unknown;
  }

  get presets(): Filters {
    return this._presets;
  }

  setPresetSearch(text: string): void {
    this._presetSearch = boundSearch(text);
    this.setSearch(this._presetSearch);
  }

  get presetSearch(): string {
    return this._presetSearch;
  }

  setLockRegion(locked: boolean): void {
    if (locked === this._lockRegion) return;
    this._lockRegion = locked;
    this._scopeTotal = undefined;
    this._dropFilteredIfEffectiveChanged();
  }

  /** `lock-region` with a region preset: that region only, and no region filter to change it. */
  get regionLocked(): boolean {
    return this._lockRegion && this._presets.region.length > 0;
  }

  /** `lock-region` with a region preset that names no known region: the map shows no routes and says why. */
  get lockFailed(): string[] | undefined {
    return this._lockRegion && this._presets.region.length === 0 && this._unknownRegions.length
      ? this._unknownRegions
      : undefined;
  }

  /** The routes the count is out of: all, or with `lock-region` those in the locked region(s). */
  get scopeTotal(): number {
    if (this._scopeTotal === undefined) {
      const routes = this._feed?.routes ?? [];
      const regions = this._presets.region;
      this._scopeTotal = this.regionLocked
        ? routes.filter((route) => route.regionKnown && regions.includes(route.arbeidsmarktregio)).length
        : this.lockFailed
          ? 0
          : routes.length;
    }
    return this._scopeTotal;
  }

  /** The visitor's filters (what the filter controls show and the URL keeps). */
  get filters(): Filters {
    return this._filters;
  }

  setFilters(filters: Filters): void {
    if (filtersEqual(filters, this._filters)) return;
    this._filters = filters;
    this._dropFilteredIfEffectiveChanged();
  }

  /** The search the routes are filtered by (the visitor's text after a pause in typing). */
  get search(): string {
    return this._search;
  }

  setSearch(text: string): void {
    const bounded = boundSearch(text);
    if (bounded === this._search) return;
    this._search = bounded;
    this._dropFiltered();
  }

  get place(): Place | undefined {
    return this._place;
  }

  /** The visitor's place, or none: distances, their order and the distance filter follow. */
  setPlace(place: Place | undefined): void {
    if (place === this._place) return;
    this._place = place;
    this._distances = this._pinsByDistance = undefined;
    this._dropFiltered();
  }

  /** The `radius` attribute: the visitor's distance starts again from it. */
  setPresetRadius(km: number | undefined): void {
    this._presetRadius = km;
    this.setRadius(km);
  }

  /** The distance filter in km (undefined: any distance); it applies only while there is a place. */
  get radius(): number | undefined {
    return this._radius;
  }

  setRadius(km: number | undefined): void {
    if (km === this._radius) return;
    this._radius = km;
    if (this._place) this._dropFiltered();
  }

  /** Kilometres (straight line) from the visitor's place to a school; undefined without a place. */
  distanceOfPin(pinId: string): number | undefined {
    if (!this._place) return undefined;
    if (!this._distances) {
      const from = placeLonLat(this._place);
      this._distances = new Map(this.pins.map((pin) => [pin.id, distanceKm(from, pin.coordinates)]));
    }
    return this._distances.get(pinId);
  }

  /** For each distance the filter offers (and the one chosen), how many routes it would show. */
  get radiusCounts(): Map<number, number> {
    return this._filteredNow().radiusCounts;
  }

  get mapArea(): MapArea | undefined {
    return this._mapArea;
  }

  /** The map moved, or was shown or hidden: the list follows what is in view. */
  setMapArea(area: MapArea | undefined): void {
    if (sameArea(area, this._mapArea)) return;
    this._mapArea = area;
    this._split = this._listPins = undefined;
  }

  // ---- actions ----

  /** "12 scholen buiten beeld": the list goes on with the schools outside the map's view. */
  showOutside(): void {
    this._outsideShown = true;
    this._listPins = undefined;
  }

  toggle(key: FilterKey, value: string, on: boolean): void {
    this.setFilters(toggleValue(this._filters, key, value, on));
  }

  /** "Herstel filters": back to the presets, the search included. */
  reset(): void {
    this.setFilters(this._presets);
    this.setSearch(this._presetSearch);
    this.setRadius(this._presetRadius);
  }

  get canReset(): boolean {
    return (
      !filtersEqual(this._filters, this._presets) ||
      this._search !== this._presetSearch ||
      (!!this._place && this._radius !== this._presetRadius)
    );
  }

  get panel(): Panel | undefined {
    return this._panel;
  }

  open(panel: Panel): void {
    this._panel = panel;
  }

  /** A pin: its one visible route at once (one click less for most schools), else the school's list of routes. */
  openPin(pinId: string): void {
    const visible = this.visibleByPin.get(pinId) ?? [];
    this.open(visible.length === 1 ? { type: 'route', routeId: visible[0]!.id } : { type: 'pin', pinId });
  }

  close(): void {
    this._panel = undefined;
  }

  /** After a refresh: a panel about a route or school no longer in the feed closes. True when it did. */
  closeVanished(): boolean {
    const panel = this._panel;
    const gone =
      (panel?.type === 'route' && !this.routeById.has(panel.routeId)) ||
      (panel?.type === 'pin' && !this.pinById.has(panel.pinId)) ||
      (panel?.type === 'pins' && !panel.pinIds.some((id) => this.pinById.has(id)));
    if (gone) this._panel = undefined;
    return gone;
  }

  // ---- views ----

  get selectedRouteId(): string | null {
    return this._panel?.type === 'route' ? this._panel.routeId : null;
  }

  get selectedRoute(): Route | undefined {
    const id = this.selectedRouteId;
    return id === null ? undefined : this.routeById.get(id);
  }

  get selectedPinId(): string | undefined {
    const panel = this._panel;
    if (panel?.type === 'pin') return panel.pinId;
    const route = this.selectedRoute;
    return route ? pinKey(route) : undefined;
  }

  get pins(): SchoolPin[] {
    this._pins ??= groupBySchool(this._feed?.routes ?? []);
    return this._pins;
  }

  get pinById(): Map<string, SchoolPin> {
    this._pinById ??= new Map(this.pins.map((pin) => [pin.id, pin]));
    return this._pinById;
  }

  /** Made on the first lookup after a new feed: a map never opened needs none. */
  get routeById(): Map<string, Route> {
    this._routeById ??= new Map((this._feed?.routes ?? []).map((route) => [route.id, route]));
    return this._routeById;
  }

  get effectiveFilters(): Filters {
    return this._filteredNow().effective;
  }

  get visible(): Route[] {
    return this._filteredNow().visible;
  }

  get facets(): FacetCounts {
    return this._filteredNow().facets;
  }

  get visibleByPin(): Map<string, Route[]> {
    return this._filteredNow().visibleByPin;
  }

  /**
   * The pins with visible routes in list order. With a visitor's place: nearest it first, in every view. Else,
   * without a map beside the list: by place and name (sorted once per feed); with one: the schools in its view
   * nearest its centre first, the others only when asked for.
   */
  get listPins(): SchoolPin[] {
    if (!this._listPins) {
      const split = this._areaSplit();
      if (this._place) {
        this._pinsByDistance ??= [...this.pins].sort((a, b) => this.distanceOfPin(a.id)! - this.distanceOfPin(b.id)!);
        this._listPins = this._pinsByDistance.filter((pin) => this.visibleByPin.has(pin.id));
      } else if (split) {
        this._listPins = this._outsideShown ? [...split.inView, ...split.outside] : split.inView;
      } else {
        this._sortedPins ??= sortPinsForList(this.pins);
        this._listPins = this._sortedPins.filter((pin) => this.visibleByPin.has(pin.id));
      }
    }
    return this._listPins;
  }

  /** Visible schools in and out of the map's view, and the routes out of it (all zero without a map area). */
  get inView(): { schools: number; outsideSchools: number; outsideRoutes: number; outsideListed: boolean } {
    const split = this._areaSplit();
    return {
      schools: split?.inView.length ?? 0,
      outsideSchools: split?.outside.length ?? 0,
      outsideRoutes: split?.outsideRoutes ?? 0,
      outsideListed: this._outsideShown,
    };
  }

  /**
   * Routes per arbeidsmarktregio under the filters other than the region (the coverage view), counted by the
   * coverage module's function (loaded on demand), once per change of feed, filters or search.
   */
  coverageBy(compute: typeof computeCoverage): RegionCoverage[] {
    this._coverage ??= compute(this._feed?.routes ?? [], this.effectiveFilters, this._search);
    return this._coverage;
  }

  /** Whether another school in the same place has the same name: then a heading must tell them apart. */
  sharesName(pin: SchoolPin): boolean {
    if (!this._sharedNames) {
      const seen = new Set<string>();
      this._sharedNames = new Set();
      for (const { school } of this.pins) {
        const key = `${school.naam}\n${school.plaats ?? ''}`;
        if (seen.has(key)) this._sharedNames.add(key);
        seen.add(key);
      }
    }
    return this._sharedNames.has(`${pin.school.naam}\n${pin.school.plaats ?? ''}`);
  }

  /** Why nothing is shown; undefined while routes are shown, before a feed, and when a failed lock says why itself. */
  get emptyState(): EmptyState | undefined {
    if (!this._feed || this.lockFailed || this.visible.length) return undefined;
    const effective = this.effectiveFilters;
    const filtered = FILTER_KEYS.some((key) => effective[key].length > 0 && !(key === 'region' && this.regionLocked));
    const region = this.regionLocked ? this._presets.region.join(', ') : undefined;
    const radius = this._place ? this._radius : undefined;
    const near = radius === undefined ? undefined : { label: this._place!.label, radius };
    return { search: this._search, filtered, region, near };
  }

  private _effective(): Filters {
    if (this.regionLocked) return { ...this._filters, region: this._presets.region };
    // A region no route can have: a failed lock shows nothing rather than the whole country.
    return this.lockFailed ? { ...this._filters, region: [''] } : this._filters;
  }

  private _dropFiltered(): void {
    this._filtered = this._listPins = this._split = this._coverage = undefined;
    this._outsideShown = false;
  }

  private _areaSplit(): AreaSplit | undefined {
    const area = this._mapArea;
    if (!area) return undefined;
    if (!this._split) {
      const inView: { pin: SchoolPin; km: number }[] = [];
      const outside: { pin: SchoolPin; km: number }[] = [];
      let outsideRoutes = 0;
      for (const [id, routes] of this.visibleByPin) {
        const pin = this.pinById.get(id);
        if (!pin) continue;
        const entry = { pin, km: distanceKm(area.center, pin.coordinates) };
        if (contains(area.extent, pin.coordinates)) inView.push(entry);
        else {
          outside.push(entry);
          outsideRoutes += routes.length;
        }
      }
      const byDistance = (list: { pin: SchoolPin; km: number }[]) =>
        list.sort((a, b) => a.km - b.km).map((entry) => entry.pin);
      this._split = { inView: byDistance(inView), outside: byDistance(outside), outsideRoutes };
    }
    return this._split;
  }

  /** A change of the visitor's filters that the lock hides (the region) changes nothing shown. */
  private _dropFilteredIfEffectiveChanged(): void {
    if (this._filtered && filtersEqual(this._effective(), this._filtered.effective)) return;
    this._dropFiltered();
  }

  private _filteredNow(): Filtered {
    if (this._filtered) return this._filtered;
    const effective = this._effective();
    const routes = this._feed?.routes ?? [];
    const place = this._place;
    const near = place && {
      distanceOf: (route: Route) => this.distanceOfPin(pinKey(route)) ?? 0,
      radius: this._radius,
      options:
        this._radius === undefined || RADIUS_OPTIONS.includes(this._radius as 5)
          ? RADIUS_OPTIONS
          : [...RADIUS_OPTIONS, this._radius],
    };
    const { visible, facets, radiusCounts } = applyFilters(routes, effective, this._search, near);
    const visibleByPin = new Map<string, Route[]>();
    if (visible.length === routes.length) {
      // Nothing hidden (a new feed, most often): every pin shows all its routes.
      for (const pin of this.pins) visibleByPin.set(pin.id, pin.routes);
    } else {
      for (const route of visible) {
        const id = pinKey(route);
        const list = visibleByPin.get(id);
        if (list) list.push(route);
        else visibleByPin.set(id, [route]);
      }
    }
    this._filtered = { effective, visible, facets, radiusCounts, visibleByPin };
    return this._filtered;
  }
}
