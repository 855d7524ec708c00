/**
 * The map's one source of truth, without DOM or map. Inputs: the feed, the presets (attributes), the visitor's
 * filters and search, `lock-region`, the view, the place and radius, and the open panel. Derived views: the
 * effective filters, the visible routes and facet counts, the visible routes per pin, the list order and the
 * selected pin, each computed on first read after a change of what it depends on (`memo`: a view keeps its identity
 * until then, so a consumer can compare by identity).
 *
 * Whatever writes into the store (attributes, controllers, the visitor's actions) is followed by one notification to
 * every subscriber: the element re-renders and the map redraws from it, nobody calls for an update by hand.
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
import type { CoverageHistory, coverageHistory as computeHistory } from './coverage-history.js';
import { RADIUS_OPTIONS, placeLonLat, type Place } from './place.js';
import { memo } from './memo.js';
import type { EmptyState } from '../i18n/nl.js';
import { layoutOf, parseView, shownFor, type Layout, type Shown, type View } from './view-mode.js';

export type Panel =
  | { type: 'route'; routeId: string }
  | { type: 'pin'; pinId: string }
  | { type: 'pins'; pinIds: string[]; nearCenter?: boolean };

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

export type StoreListener = () => void;

export class MapStore {
  private _feed: ParsedFeed | undefined;
  private _presets: Filters = NO_FILTERS;
  private _presetSearch = '';
  private _filters: Filters = NO_FILTERS;
  private _search = '';
  private _searchText = '';
  private _lockRegion = false;
  private _coverageYear: number | undefined;
  private _panel: Panel | undefined;
  /** Region preset values that match no region: with `lock-region`, the map must say so, not show the country. */
  private _unknownRegions: readonly string[] = [];
  /** What the map shows, while it is on screen beside the list; undefined otherwise (the list is then A–Z). */
  private _mapArea: MapArea | undefined;
  /** The filtering result for which the visitor asked to see the schools outside the map's view too. */
  private _outsideShownFor: Filtered | undefined;
  /** The visitor's place: the list is ordered by distance to it, and the distance filter measures from it. */
  private _place: Place | undefined;
  private _presetRadius: number | undefined;
  private _radius: number | undefined;
  private _view: View = 'both';
  private _shown: Shown = 'map';

  private readonly _listeners = new Set<StoreListener>();
  private _batchDepth = 0;
  private _pending = false;

  // ---- notifications ----

  /** Calls `listener` after every change (once per batch); returns the unsubscribe function. */
  subscribe(listener: StoreListener): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }

  /** Several writes, one notification (after the last). */
  batch(write: () => void): void {
    this._batchDepth++;
    try {
      write();
    } finally {
      this._batchDepth--;
      if (this._batchDepth === 0 && this._pending) this._notify();
    }
  }

  private _changed(): void {
    this._pending = true;
    if (this._batchDepth === 0) this._notify();
  }

  private _notify(): void {
    this._pending = false;
    for (const listener of [...this._listeners]) listener();
  }

  // ---- inputs ----

  get feed(): ParsedFeed | undefined {
    return this._feed;
  }

  setFeed(feed: ParsedFeed | undefined): void {
    if (feed === this._feed) return;
    this._feed = feed;
    this._changed();
  }

  /** A preset from an attribute; the visitor's choice for that filter starts again from it. Returns what is unknown. */
  setPreset(key: FilterKey, attribute: string | null | undefined): string[] {
    const { values, unknown } = parseFilterAttribute(key, attribute);
    this.batch(() => {
      if (key === 'region' && !sameValues(unknown, this._unknownRegions)) {
        this._unknownRegions = unknown;
        this._changed();
      }
      if (!sameValues(values, this._presets[key])) {
        this._presets = { ...this._presets, [key]: values };
        this._changed();
      }
      this.setFilters({ ...this._filters, [key]: values });
    });
    return unknown;
  }

  get presets(): Filters {
    return this._presets;
  }

  setPresetSearch(text: string): void {
    this.batch(() => {
      const bounded = boundSearch(text);
      if (bounded !== this._presetSearch) {
        this._presetSearch = bounded;
        this._changed();
      }
      this.setSearch(this._presetSearch);
    });
  }

  get presetSearch(): string {
    return this._presetSearch;
  }

  setLockRegion(locked: boolean): void {
    if (locked === this._lockRegion) return;
    this._lockRegion = locked;
    this._changed();
  }

  /** `lock-region` with a region preset: that region only, and no region filter to change it. */
  get regionLocked(): boolean {
    return this._lockRegion && this._presets.region.length > 0;
  }

  /** `lock-region` with a region preset that names no known region: the map shows no routes and says why. */
  get lockFailed(): readonly string[] | undefined {
    return this._lockRegion && this._presets.region.length === 0 && this._unknownRegions.length
      ? this._unknownRegions
      : undefined;
  }

  /** The routes the count is out of: all, or with `lock-region` those in the locked region(s). */
  get scopeTotal(): number {
    return this._scopeTotal();
  }

  private readonly _scopeTotal: () => number = memo(
    () => [this._feed, this.regionLocked, this.lockFailed, this._presets.region] as const,
    ([feed, locked, failed, regions]) => {
      const routes = feed?.routes ?? [];
      if (locked)
        return routes.filter((route) => route.regionKnown && regions.includes(route.arbeidsmarktregio)).length;
      return failed ? 0 : routes.length;
    },
  );

  /** The visitor's filters (what the filter controls show and the URL keeps). */
  get filters(): Filters {
    return this._filters;
  }

  setFilters(filters: Filters): void {
    if (filtersEqual(filters, this._filters)) return;
    this._filters = filters;
    this._changed();
  }

  /** The search the routes are filtered by (the visitor's text after a pause in typing). */
  get search(): string {
    return this._search;
  }

  /** Sets the search at once (an attribute, a link, a reset): the field shows it and the routes are filtered by it. */
  setSearch(text: string): void {
    const bounded = boundSearch(text);
    if (bounded === this._search && bounded === this._searchText) return;
    this._search = this._searchText = bounded;
    this._changed();
  }

  /** The search field's text: what the visitor typed, which becomes the search after a pause in typing. */
  get searchText(): string {
    return this._searchText;
  }

  /** The visitor typed: the field shows it now; `applySearchText` filters by it (the caller decides when). */
  typeSearch(text: string): void {
    const bounded = boundSearch(text);
    if (bounded === this._searchText) return;
    this._searchText = bounded;
    this._changed();
  }

  applySearchText(): void {
    this.setSearch(this._searchText);
  }

  get place(): Place | undefined {
    return this._place;
  }

  /** The visitor's place, or none: distances, their order and the distance filter follow. */
  setPlace(place: Place | undefined): void {
    if (place === this._place) return;
    this._place = place;
    this._changed();
  }

  /** The `radius` attribute: the visitor's distance starts again from it. */
  setPresetRadius(km: number | undefined): void {
    this.batch(() => {
      if (km !== this._presetRadius) {
        this._presetRadius = km;
        this._changed();
      }
      this.setRadius(km);
    });
  }

  /** The distance filter in km (undefined: any distance); it applies only while there is a place. */
  get radius(): number | undefined {
    return this._radius;
  }

  setRadius(km: number | undefined): void {
    if (km === this._radius) return;
    this._radius = km;
    this._changed();
  }

  /** The `view` attribute, read: a new view also decides what is shown first. */
  get view(): View {
    return this._view;
  }

  /** How map and list are laid out (`regions` is laid out as `both`). */
  get layout(): Layout {
    return layoutOf(this._view);
  }

  setView(attribute: string | null | undefined): void {
    const view = parseView(attribute);
    if (view === this._view) return;
    this.batch(() => {
      this._view = view;
      this._changed();
      this.show(shownFor(view));
    });
  }

  /** What is on screen where map and list are not side by side; `regions` also replaces the list beside the map. */
  get shown(): Shown {
    return this._shown;
  }

  show(shown: Shown): void {
    if (shown === this._shown) return;
    this._shown = shown;
    this._changed();
  }

  /** The coverage view's "t/m schooljaar": only routes started up to it are counted; undefined for all. */
  get coverageYear(): number | undefined {
    return this._coverageYear;
  }

  setCoverageYear(year: number | undefined): void {
    if (year === this._coverageYear) return;
    this._coverageYear = year;
    this._changed();
  }

  /** A region chosen in the coverage view (its table or map): filtered to it, its routes on the map. */
  chooseRegion(naam: string): void {
    this.batch(() => {
      this.setFilters({ ...this._filters, region: [naam] });
      this.show('map');
    });
  }

  /** Kilometres (straight line) from the visitor's place to a school; undefined without a place. */
  distanceOfPin(pinId: string): number | undefined {
    return this._place ? this._distances().get(pinId) : undefined;
  }

  private readonly _distances: () => Map<string, number> = memo(
    () => [this._place, this.pins] as const,
    ([place, pins]) => {
      if (!place) return new Map<string, number>();
      const from = placeLonLat(place);
      return new Map(pins.map((pin) => [pin.id, distanceKm(from, pin.coordinates)]));
    },
  );

  /** For each distance the filter offers (and the one chosen), how many routes it would show. */
  get radiusCounts(): Map<number, number> {
    return this._filtered().radiusCounts;
  }

  get mapArea(): MapArea | undefined {
    return this._mapArea;
  }

  /** The map moved, or was shown or hidden: the list follows what is in view. */
  setMapArea(area: MapArea | undefined): void {
    if (sameArea(area, this._mapArea)) return;
    this._mapArea = area;
    this._changed();
  }

  // ---- actions ----

  /** "12 scholen buiten beeld": the list goes on with the schools outside the map's view (until the next filter). */
  showOutside(): void {
    if (this.outsideShown) return;
    this._outsideShownFor = this._filtered();
    this._changed();
  }

  private get outsideShown(): boolean {
    return this._outsideShownFor !== undefined && this._outsideShownFor === this._filtered();
  }

  toggle(key: FilterKey, value: string, on: boolean): void {
    this.setFilters(toggleValue(this._filters, key, value, on));
  }

  /** "Herstel filters": back to the presets, the search included. */
  reset(): void {
    this.batch(() => {
      this.setFilters(this._presets);
      this.setSearch(this._presetSearch);
      this.setRadius(this._presetRadius);
    });
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

  /** Opens a panel; a new request, even for the same route, is a new panel (the map reveals it again). */
  open(panel: Panel): void {
    if (panel === this._panel) return;
    this._panel = panel;
    this._changed();
  }

  /** A pin: its one visible route at once (one click less for most schools), else the school's list of routes. */
  openPin(pinId: string): void {
    const visible = this.visibleByPin.get(pinId) ?? [];
    this.open(visible.length === 1 ? { type: 'route', routeId: visible[0]!.id } : { type: 'pin', pinId });
  }

  close(): void {
    if (!this._panel) return;
    this._panel = undefined;
    this._changed();
  }

  /** After a refresh: a panel about a route or school no longer in the feed closes. True when it did. */
  closeVanished(): boolean {
    const panel = this._panel;
    const gone =
      (panel?.type === 'route' && !this.routeById.has(panel.routeId)) ||
      (panel?.type === 'pin' && !this.pinById.has(panel.pinId)) ||
      (panel?.type === 'pins' && !panel.pinIds.some((id) => this.pinById.has(id)));
    if (gone) this.close();
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
    return this._pins();
  }

  private readonly _pins: () => SchoolPin[] = memo(
    () => [this._feed] as const,
    ([feed]) => groupBySchool(feed?.routes ?? []),
  );

  get pinById(): Map<string, SchoolPin> {
    return this._pinById();
  }

  private readonly _pinById: () => Map<string, SchoolPin> = memo(
    () => [this.pins] as const,
    ([pins]) => new Map(pins.map((pin) => [pin.id, pin])),
  );

  /** Made on the first lookup after a new feed: a map never opened needs none. */
  get routeById(): Map<string, Route> {
    return this._routeById();
  }

  private readonly _routeById: () => Map<string, Route> = memo(
    () => [this._feed] as const,
    ([feed]) => new Map((feed?.routes ?? []).map((route) => [route.id, route])),
  );

  get effectiveFilters(): Filters {
    return this._effective();
  }

  get visible(): Route[] {
    return this._filtered().visible;
  }

  get facets(): FacetCounts {
    return this._filtered().facets;
  }

  get visibleByPin(): Map<string, Route[]> {
    return this._filtered().visibleByPin;
  }

  /**
   * The pins with visible routes in list order. With a visitor's place: nearest it first, in every view. Else,
   * without a map beside the list: by place and name (sorted once per feed); with one: the schools in its view
   * nearest its centre first, the others only when asked for.
   */
  get listPins(): SchoolPin[] {
    return this._listPins();
  }

  private readonly _sortedPins: () => SchoolPin[] = memo(
    () => [this.pins] as const,
    ([pins]) => sortPinsForList(pins),
  );

  private readonly _pinsByDistance: () => SchoolPin[] = memo(
    () => [this.pins, this._place] as const,
    ([pins]) => [...pins].sort((a, b) => this.distanceOfPin(a.id)! - this.distanceOfPin(b.id)!),
  );

  private readonly _listPins: () => SchoolPin[] = memo(
    () => [this._filtered(), this._place, this._areaSplit(), this.outsideShown] as const,
    ([filtered, place, split, outsideShown]) => {
      if (place) return this._pinsByDistance().filter((pin) => filtered.visibleByPin.has(pin.id));
      if (split) return outsideShown ? [...split.inView, ...split.outside] : split.inView;
      return this._sortedPins().filter((pin) => filtered.visibleByPin.has(pin.id));
    },
  );

  /** Visible schools in and out of the map's view, and the routes out of it (all zero without a map area). */
  get inView(): { schools: number; outsideSchools: number; outsideRoutes: number; outsideListed: boolean } {
    const split = this._areaSplit();
    return {
      schools: split?.inView.length ?? 0,
      outsideSchools: split?.outside.length ?? 0,
      outsideRoutes: split?.outsideRoutes ?? 0,
      outsideListed: this.outsideShown,
    };
  }

  /**
   * Routes per arbeidsmarktregio under the filters other than the region (the coverage view), counted by the
   * coverage module's function (loaded on demand), once per change of feed, filters or search.
   */
  coverageBy(compute: typeof computeCoverage): RegionCoverage[] {
    return this._coverage(compute);
  }

  private readonly _coverageMemo: () => RegionCoverage[] = memo(
    () => [this._feed, this.effectiveFilters, this._search, this._coverageYear, this._coverageCompute] as const,
    ([feed, effective, search, year, compute]) => {
      const routes = feed?.routes ?? [];
      const started = year === undefined ? routes : routes.filter((route) => (route.startjaar ?? Infinity) <= year);
      return compute!(started, effective, search);
    },
  );
  private _coverageCompute: typeof computeCoverage | undefined;

  private _coverage(compute: typeof computeCoverage): RegionCoverage[] {
    this._coverageCompute = compute;
    return this._coverageMemo();
  }

  /** The coverage over the years (regions with a DLR per startjaar, each region's first), by the chunk's code. */
  coverageHistoryBy(compute: typeof computeHistory): CoverageHistory {
    this._historyCompute = compute;
    return this._historyMemo();
  }

  private _historyCompute: typeof computeHistory | undefined;
  private readonly _historyMemo: () => CoverageHistory = memo(
    () => [this._feed, this.effectiveFilters, this._search, this._historyCompute] as const,
    ([feed, effective, search, compute]) => compute!(feed?.routes ?? [], effective, search),
  );

  /** Whether another school in the same place has the same name: then a heading must tell them apart. */
  sharesName(pin: SchoolPin): boolean {
    return this._sharedNames().has(`${pin.school.naam}\n${pin.school.plaats ?? ''}`);
  }

  private readonly _sharedNames: () => Set<string> = memo(
    () => [this.pins] as const,
    ([pins]) => {
      const seen = new Set<string>();
      const shared = new Set<string>();
      for (const { school } of pins) {
        const key = `${school.naam}\n${school.plaats ?? ''}`;
        if (seen.has(key)) shared.add(key);
        seen.add(key);
      }
      return shared;
    },
  );

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

  /** The filters that apply; the same object as long as they are equal (a region change a lock hides changes nothing). */
  private readonly _effective: () => Filters = keepEqual(
    memo(
      () => [this._filters, this.regionLocked, this.lockFailed, this._presets.region] as const,
      ([filters, locked, failed, lockedRegions]): Filters => {
        if (locked) return { ...filters, region: lockedRegions };
        // A region no route can have: a failed lock shows nothing rather than the whole country.
        return failed ? { ...filters, region: [''] } : filters;
      },
    ),
    filtersEqual,
  );

  private readonly _areaSplit: () => AreaSplit | undefined = memo(
    () => [this._mapArea, this._filtered()] as const,
    ([area, filtered]): AreaSplit | undefined => {
      if (!area) return undefined;
      const inView: { pin: SchoolPin; km: number }[] = [];
      const outside: { pin: SchoolPin; km: number }[] = [];
      let outsideRoutes = 0;
      for (const [id, routes] of filtered.visibleByPin) {
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
      return { inView: byDistance(inView), outside: byDistance(outside), outsideRoutes };
    },
  );

  private readonly _filtered: () => Filtered = memo(
    // The radius counts only while there is a place.
    () => [this._feed, this._effective(), this._search, this._place, this._place && this._radius] as const,
    ([feed, effective, search, place, radius]): Filtered => {
      const routes = feed?.routes ?? [];
      const near = place && {
        distanceOf: (route: Route) => this.distanceOfPin(pinKey(route)) ?? 0,
        radius,
        options:
          radius === undefined || RADIUS_OPTIONS.includes(radius as 5) ? RADIUS_OPTIONS : [...RADIUS_OPTIONS, radius],
      };
      const { visible, facets, radiusCounts } = applyFilters(routes, effective, search, near);
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
      return { effective, visible, facets, radiusCounts, visibleByPin };
    },
  );
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** The previous value as long as the new one equals it: readers comparing by identity see no change. */
function keepEqual<Value>(read: () => Value, equal: (a: Value, b: Value) => boolean): () => Value {
  let kept: { value: Value } | undefined;
  return () => {
    const value = read();
    if (!kept || (kept.value !== value && !equal(kept.value, value))) kept = { value };
    return kept.value;
  };
}
