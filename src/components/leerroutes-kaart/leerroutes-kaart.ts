/**
 * `<leerroutes-kaart>`: the map of doorlopende en geïntegreerde leerroutes and leerlabs, on a published feed.
 *
 * The element owns the public API (attributes, properties, events), loads the feed, and derives what to show with
 * the pure model functions in `willUpdate`. Drawing is the map adapter's job (through MapController); the filters
 * and the detail panel are render functions sharing this shadow root.
 */
import { LitElement, html, svg, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import olCss from 'ol/ol.css';
import type { FeedFailure, ParsedFeed, Route } from '../../feed/parse-feed.js';
import { describeFailure, formatProblem } from '../../feed/messages.js';
import { ROUTE_KINDS, type RouteKind } from '../../feed/domain.js';
import {
  FILTER_KEYS,
  NO_FILTERS,
  applyFilters,
  boundSearch,
  filtersEqual,
  MAX_SEARCH_LENGTH,
  parseFilterAttribute,
  toggleValue,
  type FacetCounts,
  type FilterKey,
  type Filters,
} from '../../model/filters.js';
import { groupBySchool, pinKey, type SchoolPin } from '../../model/group.js';
import { hasUrlState, readUrlState, writeUrlState } from '../../model/url-state.js';
import { readSetting, REFRESH_MINUTES, TIMEOUT_SECONDS } from '../../model/settings.js';
import { prepareRoutes } from '../../model/prepare.js';
import { runInSlices } from '../../slices.js';
import { messagesFor, type Messages } from '../../i18n/index.js';
import { emit } from '../../events.js';
import { parseBasemap } from '../../map/basemap.js';
import { DEFAULT_LOOKS, type KindLook } from '../../map/colors.js';
import type { MapAdapter, Obscured } from '../../map/map-adapter.js';
import { MapController } from './map-controller.js';
import { FeedController } from './feed-controller.js';
import { ListVisibilityController } from './list-visibility.js';
import { renderFilters, filterStyles } from '../route-filters/route-filters.js';
import { renderPinPanel, renderPinsPanel, renderRoutePanel, detailStyles } from '../route-detail/route-detail.js';
import { renderLegend, kindBadgeStyles } from '../kind-badge/kind-badge.js';
import { renderRouteList, sortPinsForList, listStyles, LIST_PAGE } from '../route-list/route-list.js';
import { styles } from './leerroutes-kaart.styles.js';
import { isInNetherlands } from '../../feed/domain.js';

type Panel =
  | { type: 'route'; routeId: string }
  | { type: 'pin'; pinId: string }
  | { type: 'pins'; pinIds: string[]; nearCenter?: boolean };

const VIEWS = ['both', 'map', 'list'] as const;
type View = (typeof VIEWS)[number];
const HINT_MS = 1800;

const icon = (path: unknown) =>
  svg`<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${path}</svg>`;
const ICON_FULLSCREEN = icon(svg`<path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5"/>`);
const ICON_EXIT_FULLSCREEN = icon(svg`<path d="M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5"/>`);
const ICON_LOCATE = icon(svg`<circle cx="12" cy="12" r="4"/><path d="M12 2v3M12 19v3M2 12h3M19 12h3"/>`);
const ANNOUNCE_DELAY_MS = 500;
/** Failures that may pass by themselves, so trying again makes sense. */
const RETRYABLE = new Set<FeedFailure['kind']>(['network', 'timeout', 'http']);
const SEARCH_DELAY_MS = 200;


/**
 * A map of the Dutch vmbo–mbo learning routes (DLR, GLR) and leerlabs, read from a published GeoJSON feed.
 *
 * @fires feed-load - The feed was read: `{shown, skipped, problems, warnings}`.
 * @fires feed-error - The feed cannot be used at all: `{message, kind, url}`.
 * @fires filter-change - A visitor changed the filters: `{filters, count}`.
 * @fires route-select - A visitor opened (`{id}`) or closed (`{id: null}`) a route's details.
 *
 * @cssprop [--leerroutes-height=600px] - Height of the element.
 * @cssprop [--leerroutes-font=system-ui] - Font family (inherits the page's font when set to `inherit`).
 * @cssprop [--leerroutes-color-dlr=#1b7a3d] - Colour of DLR pins and badges.
 * @cssprop [--leerroutes-color-glr=#1f5bb8] - Colour of GLR pins and badges.
 * @cssprop [--leerroutes-color-leerlab=#f5c400] - Colour of leerlab pins and badges.
 * @cssprop [--leerroutes-accent=#1d4f91] - Links, focus rings, checkboxes.
 * @cssprop [--leerroutes-radius=6px] - Corner radius of controls and panels.
 * @cssprop [--leerroutes-panel-width=380px] - Width of the detail panel on wide screens.
 *
 * @csspart base - The labelled region around everything.
 * @csspart toolbar - The bar with filters and the count.
 * @csspart filters - The group of filters.
 * @csspart filters-toggle - The button that shows the filters on narrow screens.
 * @csspart filter-button - Each filter's disclosure button.
 * @csspart filter-options - Each filter's list of options.
 * @csspart reset-button - The reset button.
 * @csspart count - The number of matching routes.
 * @csspart search - The search field's label (around the input).
 * @csspart view-toggle - The "Kaart | Lijst" buttons.
 * @csspart list - The list of routes.
 * @csspart map - The map area.
 * @csspart legend - The legend of the three kinds.
 * @csspart panel - The detail panel.
 * @csspart close-button - The panel's close button.
 * @csspart tool-button - The full-screen and "Mijn locatie" buttons on the map.
 * @csspart correction-link - The "Klopt er iets niet?" link.
 * @csspart message - The message shown when the feed cannot be used.
 * @csspart retry-button - The "Opnieuw proberen" button in that message.
 * @csspart footer - Update date, source and skipped-route notice.
 */
export class LeerroutesKaart extends LitElement {
  static override styles = [unsafeCSS(olCss), kindBadgeStyles, filterStyles, detailStyles, listStyles, styles];

  /** URL of the feed (GeoJSON, feed format version 1). Changing it reloads and cancels a running load. */
  @property({ reflect: true }) accessor src: string | undefined;
  /** Preset arbeidsmarktregio filter: names or CBS codes, comma-separated (`Twente,AM09`). */
  @property({ reflect: true }) accessor region: string | undefined;
  /** Preset profiel filter: codes, comma-separated (`PIE,BWI`). */
  @property({ reflect: true }) accessor profile: string | undefined;
  /** Preset niveau filter: `bb-2` … `tl-4`, comma-separated. */
  @property({ reflect: true }) accessor level: string | undefined;
  /** Preset soort filter: `DLR`, `GLR`, `leerlab`, comma-separated. */
  @property({ attribute: 'route-type', reflect: true }) accessor routeType: string | undefined;
  /** With `region`: show only that region's routes, fitted to them, without a region filter. */
  @property({ attribute: 'lock-region', type: Boolean, reflect: true }) accessor lockRegion = false;
  /** Id of the route whose details are open. Setting it opens them; a visitor's choice updates it. */
  @property({ reflect: true }) accessor selected: string | null = null;
  /** Background map: `pdok` (default), `pdok-grijs`, `osm` or `none`. */
  @property({ reflect: true }) accessor basemap: string | undefined;
  /** Where the "Klopt er iets niet?" link goes for routes without their own `wijzigingUrl` (https: or mailto:). */
  @property({ attribute: 'correction-url', reflect: true }) accessor correctionUrl: string | undefined;
  /** Accessible name of the map region. */
  @property({ reflect: true }) accessor label: string | undefined;
  /** Language of the interface: read from the element's own `lang` attribute (`nl` default, `en`). */
  @property({ attribute: 'lang' }) accessor language: string | undefined;
  /** `both` (default: map and list side by side on wide screens, a toggle on narrow ones), `map` or `list`. */
  @property({ reflect: true }) accessor view: string | undefined;
  /** Preset text search over route, school, place and institutions. */
  @property({ reflect: true }) accessor search: string | undefined;
  /**
   * Height of the element as a CSS length (`500px`, `70vh`). Set through the CSS object model, so it works where a
   * `style` attribute would be stripped by a CMS or blocked by a Content-Security-Policy.
   */
  @property({ reflect: true }) accessor height: string | undefined;
  /**
   * Keep filters, search and the open route in the page URL's hash, so a copied link reopens the same view.
   * The value is the namespace of this map's part of the hash (default: the element's id, else `kaart`).
   */
  @property({ attribute: 'sync-url', reflect: true }) accessor syncUrl: string | undefined;
  /** Zoom with the mouse wheel alone. Without it the wheel scrolls the page and Ctrl/Cmd + wheel zooms. */
  @property({ attribute: 'wheel-zoom', type: Boolean, reflect: true }) accessor wheelZoom = false;
  /** Seconds to wait for the feed before saying it does not answer (default 15). */
  @property({ type: Number, reflect: true }) accessor timeout: number | undefined;
  /**
   * Minutes between background reloads of the feed (at least 5 seconds' worth). A changed feed replaces the routes
   * and keeps the visitor's filters, search, open route and map view. Paused while the page is hidden.
   */
  @property({ type: Number, reflect: true }) accessor refresh: number | undefined;

  @state() private accessor _feed: ParsedFeed | undefined;
  @state() private accessor _failure: FeedFailure | undefined;
  @state() private accessor _filters: Filters = NO_FILTERS;
  @state() private accessor _panel: Panel | undefined;
  /** On narrow screens the filters fold behind one button. */
  @state() private accessor _filtersOpen = false;
  /** The visitor's search text (starts as the `search` attribute). */
  @state() private accessor _search = '';
  /** The search the routes are filtered by: `_search` after a pause in typing. */
  @state() private accessor _effectiveSearch = '';
  /** What a toggle shows when map and list are not side by side. */
  @state() private accessor _shown: 'map' | 'list' = 'map';
  @state() private accessor _listLimit = LIST_PAGE;
  @state() private accessor _hint: string | undefined;
  @state() private accessor _fullscreen = false;
  /** A short message about the visitor's location ("Mijn locatie"). */
  @state() private accessor _locationMessage = '';
  /** Background tiles could not be loaded for the current basemap. */
  @state() private accessor _tilesFailed = false;
  /** The element is on screen or close to it; until then no background tiles are fetched. */
  @state() private accessor _nearViewport = false;
  /** Said by the polite live region after a visitor changed filters or search. */
  @state() private accessor _announcement = '';

  // Derived in willUpdate, never set elsewhere.
  private _messages: Messages = messagesFor('nl');
  private _pins: SchoolPin[] = [];
  private _pinById = new Map<string, SchoolPin>();
  /** Routes by id, made on the first lookup after a new feed (a map never opened needs none). */
  private _routeIndex: Map<string, Route> | undefined;
  private _visible: Route[] = [];
  private _visibleByPin = new Map<string, Route[]>();
  private _facets: FacetCounts = applyFilters([], NO_FILTERS).facets;
  private _effectiveFilters: Filters = NO_FILTERS;
  /** The list's pins in list order; made when the list is rendered, dropped when the feed or filters change. */
  private _listPins: SchoolPin[] | undefined;
  private _sortedPins: SchoolPin[] | undefined;

  private _needsFit = false;
  /** The next feed is a background refresh of the one shown: the visitor's view stays as it is. */
  private _keepView = false;
  /** The first fit of a feed jumps; later ones (a new region) glide. */
  private _firstFit = true;
  /** A pin clicked on the map is in view already: opening it must not move the map. */
  private _selectionFromMap = false;
  private _focusPanel = false;
  private _reportedMissingSelection: string | undefined;
  /** What had focus when the panel opened; it gets focus back when the panel closes. */
  private _opener: HTMLElement | undefined;
  private _timers = new Map<string, ReturnType<typeof setTimeout>>();
  private _heightSet = false;
  /** The `timeout` and `refresh` attributes, read within their documented ranges. */
  private _timeoutSeconds = TIMEOUT_SECONDS.fallback!;
  private _refreshMinutes: number | undefined;
  /** This map's state in the hash as last read or written: a hash change that leaves it alone is not ours. */
  private _urlStateSeen = '';
  private _viewportObserver: IntersectionObserver | undefined;

  private readonly _map = new MapController(
    this,
    () => this.renderRoot.querySelector<HTMLElement>('.map'),
    () => ({
      basemap: this._shownBasemap(),
      messages: this._messages,
      looks: this._kindLooks(),
      keyboardTarget: this.renderRoot.querySelector<HTMLElement>('.map')!,
      wheelZoom: () => this.wheelZoom,
      reducedMotion: globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
      onPinSelect: (pinId) => {
        this._selectionFromMap = true;
        this._openPin(pinId);
      },
      onTileError: () => (this._tilesFailed = true),
      onPinsSelect: (pinIds) => {
        this._selectionFromMap = true;
        this._openPanel({ type: 'pins', pinIds });
      },
    }),
    (adapter) => this._syncAdapter(adapter, true),
  );

  private readonly _feedLoader = new FeedController(this, {
    src: () => this.src,
    timeoutMs: () => this._timeoutSeconds * 1000,
    refreshMs: () => (this._refreshMinutes === undefined ? undefined : this._refreshMinutes * 60_000),
    prepare: (feed, signal) => runInSlices(prepareRoutes(feed.routes), signal),
    onLoad: (feed, refreshed) => {
      this._failure = undefined;
      this._keepView = refreshed;
      this._feed = feed;
      this._report(feed, refreshed);
    },
    onFailure: (failure, background) => this._fail(failure, background),
  });

  private readonly _listVisibility = new ListVisibilityController(this, () => this.renderRoot.querySelector('.list-pane'));

  constructor() {
    super();
    this.addEventListener('keydown', (event) => this._onKeydown(event));
  }

  /** Ids of the routes that pass the filters now. */
  get visibleRouteIds(): string[] {
    return this._visible.map((route) => route.id);
  }

  /** Resolves when the map has drawn the current pins (OpenLayers' `rendercomplete`). */
  async whenMapRendered(): Promise<void> {
    await this.updateComplete;
    await this._map.adapter?.whenRendered();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHashChange);
    this.removeEventListener('fullscreenchange', this._onFullscreenChange);
    this._viewportObserver?.disconnect();
    this._viewportObserver = undefined;
    for (const timer of this._timers.values()) clearTimeout(timer);
    this._timers.clear();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this._onHashChange);
    this.addEventListener('fullscreenchange', this._onFullscreenChange);
    this._watchViewport();
  }

  /**
   * A map low on a long page costs no tile requests until the visitor scrolls near it (the outline beneath the
   * tiles is drawn meanwhile). Once near, the tiles stay: scrolling away again must not make them flicker back.
   */
  private _watchViewport(): void {
    if (this._nearViewport) return;
    if (!('IntersectionObserver' in window)) {
      this._nearViewport = true;
      return;
    }
    this._viewportObserver = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this._nearViewport = true;
        this._viewportObserver?.disconnect();
        this._viewportObserver = undefined;
      },
      { rootMargin: '50% 0px' },
    );
    this._viewportObserver.observe(this);
  }

  private _shownBasemap() {
    return this._nearViewport ? parseBasemap(this.basemap) : 'none';
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('language')) this._messages = messagesFor(this.language);
    if (changed.has('height')) this._applyHeight();
    if (changed.has('timeout')) this._timeoutSeconds = this._readSetting(this.timeout, TIMEOUT_SECONDS) ?? TIMEOUT_SECONDS.fallback!;
    if (changed.has('refresh')) this._refreshMinutes = this._readSetting(this.refresh, REFRESH_MINUTES);

    // Each filter key is also the name of the property holding its preset.
    const presetsChanged = FILTER_KEYS.filter((key) => changed.has(key));
    if (presetsChanged.length) {
      let filters = this._filters;
      for (const key of presetsChanged) filters = { ...filters, [key]: this._preset(key) };
      this._filters = filters;
    }

    if (changed.has('search')) {
      this._search = boundSearch(this.search ?? '');
      this._effectiveSearch = this._search;
    }
    // A deep link outranks the presets: it is what the visitor chose when the link was copied.
    if ((!this.hasUpdated || changed.has('syncUrl')) && this._urlNamespace()) this._readUrl();
    if (changed.has('view') && this._viewMode() === 'list') this._shown = 'list';
    if (changed.has('view') && this._viewMode() === 'map') this._shown = 'map';

    if (!this.hasUpdated || changed.has('src')) void this._feedLoader.load();
    else if (changed.has('refresh')) this._feedLoader.scheduleRefresh();

    if (changed.has('_feed')) {
      const routes = this._feed?.routes ?? [];
      if (changed.get('_feed') === undefined) this._firstFit = true;
      this._pins = groupBySchool(routes);
      this._pinById = new Map(this._pins.map((pin) => [pin.id, pin]));
      this._sortedPins = undefined;
      this._routeIndex = undefined;
      if (this._keepView) this._closePanelOnVanishedContent();
      else this._needsFit = true;
      this._keepView = false;
    }

    const filterInputs = ['_feed', '_filters', 'lockRegion', 'region', '_effectiveSearch'];
    if (filterInputs.some((key) => changed.has(key))) {
      const effective = this._computeEffectiveFilters();
      const searchChanged = changed.has('_effectiveSearch');
      if (!filtersEqual(effective, this._effectiveFilters) || changed.has('_feed') || searchChanged) {
        if (effective.region.join() !== this._effectiveFilters.region.join()) this._needsFit = true;
        this._effectiveFilters = effective;
        const routes = this._feed?.routes ?? [];
        const { visible, facets } = applyFilters(routes, effective, this._effectiveSearch);
        this._visible = visible;
        this._facets = facets;
        this._visibleByPin = new Map();
        if (visible.length === routes.length) {
          // Nothing hidden (a new feed, most often): every pin shows all its routes.
          for (const pin of this._pins) this._visibleByPin.set(pin.id, pin.routes);
        } else {
          for (const route of visible) {
            const id = pinKey(route);
            const list = this._visibleByPin.get(id);
            if (list) list.push(route);
            else this._visibleByPin.set(id, [route]);
          }
        }
        this._listPins = undefined;
        this._listLimit = LIST_PAGE;
      }
    }

    if (changed.has('selected')) {
      if (this.selected) {
        if (this._panel?.type !== 'route' || this._panel.routeId !== this.selected) {
          this._panel = { type: 'route', routeId: this.selected };
        }
      } else if (this._panel?.type === 'route') {
        this._panel = undefined;
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    // Only a change of the map's state writes the hash: loading the page, or an anchor click, leaves it as it is.
    if (this._urlNamespace() && ['_filters', '_effectiveSearch', 'selected'].some((key) => changed.has(key) && changed.get(key) !== undefined)) {
      this._writeUrl();
    }
    const adapter = this._map.adapter;
    if (adapter) {
      if (changed.has('basemap') || changed.has('language') || changed.has('_nearViewport')) {
        this._tilesFailed = false;
        adapter.setBasemap(this._shownBasemap(), this._messages);
      }
      if (changed.has('_feed')) adapter.setPins(this._pins);
      this._syncAdapter(adapter, false, changed.has('_panel') || changed.has('selected'));
    }
    if (this._focusPanel) {
      this._focusPanel = false;
      this.renderRoot.querySelector<HTMLElement>('.panel-title')?.focus();
    }
  }

  /** The typed search is applied after a short pause, so a national feed is not re-filtered on every keystroke. */
  private _applySearch(written: string, immediately = false): void {
    const text = boundSearch(written);
    this._search = text;
    const apply = () => (this._effectiveSearch = text);
    if (immediately) apply();
    else this._later('search', SEARCH_DELAY_MS, apply);
  }

  private _later(name: string, ms: number, run: () => void): void {
    clearTimeout(this._timers.get(name));
    this._timers.set(
      name,
      setTimeout(() => {
        this._timers.delete(name);
        run();
      }, ms),
    );
  }

  /**
   * Hands the adapter what it shows, then moves the view once: to a route chosen from outside the map (the
   * `selected` attribute, a deep link) or else, after a new feed or region, to all visible routes.
   */
  private _syncAdapter(adapter: MapAdapter, attached: boolean, selectionChanged = false): void {
    if (attached) adapter.setPins(this._pins);
    adapter.setVisibleRoutes(this._visibleByPin);
    adapter.setSelectedPin(this._selectedPinId());
    if (!this._feed) return;
    const firstView = attached || this._needsFit;
    const selectedRoute = this._panel?.type === 'route' ? this._routeById().get(this._panel.routeId) : undefined;
    if (this._panel?.type === 'route' && !selectedRoute) this._warnMissingSelection(this._panel.routeId);
    if (selectedRoute && (selectionChanged || firstView) && !this._selectionFromMap) {
      adapter.revealPin(pinKey(selectedRoute), !firstView, this._obscuredByPanel());
    } else if (firstView) {
      adapter.fitToPins(undefined, !attached && !this._firstFit);
    }
    this._selectionFromMap = false;
    if (firstView) {
      this._needsFit = false;
      this._firstFit = false;
    }
  }

  private _routeById(): Map<string, Route> {
    this._routeIndex ??= new Map((this._feed?.routes ?? []).map((route) => [route.id, route]));
    return this._routeIndex;
  }

  /** Sorted once per feed (only if the list is ever shown); each filter change keeps that order. */
  private _pinsForList(): SchoolPin[] {
    this._sortedPins ??= sortPinsForList(this._pins);
    this._listPins ??= this._sortedPins.filter((pin) => this._visibleByPin.has(pin.id));
    return this._listPins;
  }

  /** How much of the map the detail panel covers, so a revealed pin is not put behind it. */
  private _obscuredByPanel(): Obscured {
    const panel = this.renderRoot.querySelector('.panel')?.getBoundingClientRect();
    const stage = this.renderRoot.querySelector('.stage')?.getBoundingClientRect();
    if (!panel || !stage) return { right: 0, bottom: 0 };
    const isBottomSheet = panel.width >= stage.width - 1;
    return isBottomSheet
      ? { right: 0, bottom: Math.max(0, stage.bottom - panel.top) }
      : { right: Math.max(0, stage.right - panel.left), bottom: 0 };
  }

  private _selectedPinId(): string | undefined {
    const panel = this._panel;
    if (panel?.type === 'pin') return panel.pinId;
    if (panel?.type === 'route') {
      const route = this._routeById().get(panel.routeId);
      return route ? pinKey(route) : undefined;
    }
    return undefined;
  }

  private _warnMissingSelection(routeId: string): void {
    if (this._reportedMissingSelection === routeId) return;
    this._reportedMissingSelection = routeId;
    console.warn(`leerroutes-kaart: selected="${routeId}": no route with this id in the feed.`);
  }

  private _preset(key: FilterKey): string[] {
    const attribute = this[key];
    const { values, unknown } = parseFilterAttribute(key, attribute);
    if (unknown.length) {
      const named = unknown.slice(0, 10).map((value) => JSON.stringify(value.slice(0, 40))).join(', ');
      const more = unknown.length > 10 ? ` and ${unknown.length - 10} more` : '';
      console.warn(`leerroutes-kaart: ${key}: unknown value(s) ignored: ${named}${more}`);
    }
    return values;
  }

  private _presets(): Filters {
    return { region: this._preset('region'), profile: this._preset('profile'), level: this._preset('level'), routeType: this._preset('routeType') };
  }

  private _computeEffectiveFilters(): Filters {
    if (this._regionLocked()) return { ...this._filters, region: parseFilterAttribute('region', this.region).values };
    return this._filters;
  }

  private _regionLocked(): boolean {
    return this.lockRegion && parseFilterAttribute('region', this.region).values.length > 0;
  }

  private _fail(failure: FeedFailure, background = false): void {
    const message = describeFailure(failure, this._messages);
    const url = 'url' in failure ? { url: failure.url } : {};
    if (background) {
      // The routes on screen stay: a refresh that fails costs the visitor nothing, so it is not shown to them.
      console.warn(`leerroutes-kaart: refreshing the feed failed; the routes loaded before stay shown. ${message}`);
      emit(this, 'feed-error', { message, kind: failure.kind, ...url, background: true });
      return;
    }
    this._feed = undefined;
    this._failure = failure;
    console.error(`leerroutes-kaart: ${message}`);
    emit(this, 'feed-error', { message, kind: failure.kind, ...url, background: false });
  }

  /** After a refresh: a panel about a route or school that is no longer in the feed closes. */
  private _closePanelOnVanishedContent(): void {
    const panel = this._panel;
    const gone =
      (panel?.type === 'route' && !this._routeById().has(panel.routeId)) ||
      (panel?.type === 'pin' && !this._pinById.has(panel.pinId)) ||
      (panel?.type === 'pins' && !panel.pinIds.some((id) => this._pinById.has(id)));
    if (!gone) return;
    if (panel?.type === 'route') emit(this, 'route-select', { id: null });
    this._panel = undefined;
    this.selected = null;
  }

  private _retry(): void {
    // The message and its button go; focus stays in the map rather than falling back to the page.
    this._mapElement()?.focus();
    this._failure = undefined;
    this._feedLoader.retry();
  }

  private _report(feed: ParsedFeed, refreshed = false): void {
    const problems = feed.problems.map((p) => formatProblem(p, this._messages));
    const warnings = feed.warnings.map((p) => formatProblem(p, this._messages));
    if (problems.length) {
      console.warn(`leerroutes-kaart: ${feed.skipped} feature(s) skipped:\n${problems.join('\n')}`);
    }
    if (warnings.length) console.info(`leerroutes-kaart: ${warnings.length} warning(s):\n${warnings.join('\n')}`);
    emit(this, 'feed-load', { shown: feed.routes.length, skipped: feed.skipped, problems, warnings, refreshed });
  }

  private _kindLooks(): Record<RouteKind, KindLook> {
    const computed = getComputedStyle(this);
    const looks = { ...DEFAULT_LOOKS };
    for (const kind of ROUTE_KINDS) {
      const color = computed.getPropertyValue(`--leerroutes-color-${kind.toLowerCase()}`).trim();
      if (color) looks[kind] = { ...looks[kind], fill: color };
    }
    return looks;
  }

  // ---- visitor actions ----

  private _setFilters(filters: Filters): void {
    this._filters = filters;
    this._reportFilterChange();
  }

  /** After the update that filters: the count is the one just computed, not a second pass over every route. */
  private _reportFilterChange(): void {
    void this.updateComplete.then(() => {
      const count = this._visible.length;
      emit(this, 'filter-change', { filters: this._effectiveFilters, count });
      // Said once the visitor pauses, not at every tick of a checkbox.
      this._later('announce', ANNOUNCE_DELAY_MS, () => (this._announcement = this._messages.ui.found(count)));
    });
  }

  private _onSearchInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this._applySearch(text);
    this._later('search-report', SEARCH_DELAY_MS + 10, () => this._reportFilterChange());
  }

  private _openPanel(panel: Panel, focus = true): void {
    const hadRoute = this.selected;
    if (!this._panel) this._opener = this._focusedElement();
    this._panel = panel;
    this.selected = panel.type === 'route' ? panel.routeId : null;
    this._focusPanel = focus;
    if (this.selected !== hadRoute) emit(this, 'route-select', { id: this.selected });
  }

  private _openPin(pinId: string): void {
    const visible = this._visibleByPin.get(pinId) ?? [];
    // A school with one route opens that route at once: one click less for most schools.
    if (visible.length === 1) this._openPanel({ type: 'route', routeId: visible[0]!.id });
    else this._openPanel({ type: 'pin', pinId });
  }

  private _closePanel(): void {
    if (!this._panel) return;
    const hadRoute = this.selected;
    this._panel = undefined;
    this.selected = null;
    if (hadRoute) emit(this, 'route-select', { id: null });
    const opener = this._opener;
    this._opener = undefined;
    void this.updateComplete.then(() => {
      // Back to what opened the panel (a route in the list, the map); the map if that is gone.
      const target = opener?.isConnected && opener.getClientRects().length ? opener : this._mapElement();
      target?.focus();
    });
  }

  private _focusedElement(): HTMLElement | undefined {
    const active = this.shadowRoot?.activeElement;
    return active instanceof HTMLElement ? active : undefined;
  }

  private _mapElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.map');
  }

  private _onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    const openFilter = this.renderRoot.querySelector<HTMLDetailsElement>('details[open]');
    if (openFilter) {
      openFilter.open = false;
      openFilter.querySelector('summary')?.focus();
    } else if (this._panel) {
      this._closePanel();
    } else if (this._filtersOpen) {
      this._filtersOpen = false;
      this.renderRoot.querySelector<HTMLElement>('.filters-toggle')?.focus();
    } else {
      return;
    }
    event.stopPropagation();
  }

  /** Enter on the focused map: the schools nearest its centre, as a list to choose from. */
  private _onMapKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
    event.preventDefault();
    const pinIds = this._map.adapter?.pinsNearCenter(8) ?? [];
    if (pinIds.length === 0) {
      this._announcement = this._messages.ui.nothingNearCenter;
      return;
    }
    this._openPanel({ type: 'pins', pinIds, nearCenter: true });
  }

  private _onWheel(event: WheelEvent): void {
    if (this.wheelZoom || event.ctrlKey || event.metaKey) return;
    this._showHint(this._messages.ui.wheelHint(/Mac|iPhone|iPad/.test(navigator.platform)));
  }

  private _onTouchMove(event: TouchEvent): void {
    if (event.touches.length === 1) this._showHint(this._messages.ui.touchHint);
  }

  private _showHint(text: string): void {
    this._hint = text;
    this._later('hint', HINT_MS, () => (this._hint = undefined));
  }

  private _closeFilterMenus = (): void => {
    this.renderRoot.querySelectorAll<HTMLDetailsElement>('details[open]').forEach((details) => (details.open = false));
  };

  private _urlNamespace(): string | undefined {
    if (this.syncUrl === undefined || this.syncUrl === null) return undefined;
    return this.syncUrl.trim() || this.id || 'kaart';
  }

  private _readUrl(): void {
    const namespace = this._urlNamespace();
    if (!namespace) return;
    const state = readUrlState(location.hash, namespace);
    this._urlStateSeen = JSON.stringify(state);
    // What the hash does not name is as the presets say, on the first load and after Back alike.
    let filters = this.hasUpdated ? this._presets() : this._filters;
    for (const [key, values] of Object.entries(state.filters) as [FilterKey, string[]][]) {
      filters = { ...filters, [key]: parseFilterAttribute(key, values.join(',')).values };
    }
    if (!filtersEqual(filters, this._filters)) this._filters = filters;
    const search = state.search !== undefined ? boundSearch(state.search) : this.hasUpdated ? boundSearch(this.search ?? '') : undefined;
    if (search !== undefined) {
      this._search = search;
      this._effectiveSearch = search;
    }
    if (state.selected && state.selected !== this.selected) {
      this.selected = state.selected;
      this._panel = { type: 'route', routeId: state.selected };
    } else if (!state.selected && this.selected && this.hasUpdated) {
      this.selected = null;
      this._panel = undefined;
    }
  }

  private _writeUrl(): void {
    const namespace = this._urlNamespace();
    if (!namespace) return;
    const hash = writeUrlState(location.hash, namespace, {
      filters: this._filters,
      search: this._effectiveSearch,
      selected: this.selected,
    });
    this._urlStateSeen = JSON.stringify(readUrlState(hash, namespace));
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    // replaceState: no history entry per ticked checkbox, and no hashchange back to ourselves.
    history.replaceState(history.state, '', hash || `${location.pathname}${location.search}`);
  }

  /**
   * The page's hash changed: Back, an edited link, or the page's own anchor (`#intro`). Only a change of this map's
   * part is the map's business; an anchor that drops the map's part leaves the map's state, and the hash, alone.
   */
  private _onHashChange = (): void => {
    const namespace = this._urlNamespace();
    if (!namespace || !hasUrlState(location.hash, namespace)) return;
    if (JSON.stringify(readUrlState(location.hash, namespace)) === this._urlStateSeen) return;
    this._readUrl();
  };

  private _onFullscreenChange = (): void => {
    this._fullscreen = document.fullscreenElement === this;
  };

  private async _toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement === this) await document.exitFullscreen();
      else await this.requestFullscreen();
    } catch (error) {
      // Refused (an iframe without allowfullscreen, a policy): the button simply does nothing.
      console.warn('leerroutes-kaart: full screen refused:', error);
    }
  }

  /** Asks for the visitor's position only on their request, and says clearly when it cannot be had. */
  private _locate(): void {
    const m = this._messages.ui;
    if (!('geolocation' in navigator)) {
      this._locationMessage = m.locationUnavailable;
      return;
    }
    this._locationMessage = m.locating;
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        if (!isInNetherlands(coords.longitude, coords.latitude)) {
          this._locationMessage = m.locationOutside;
          return;
        }
        this._map.adapter?.showLocation(coords.longitude, coords.latitude);
        this._locationMessage = m.located;
      },
      (error) => {
        this._locationMessage =
          error.code === error.PERMISSION_DENIED
            ? m.locationDenied
            : error.code === error.TIMEOUT
              ? m.locationTimeout
              : m.locationUnavailable;
      },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 60000 },
    );
    this._later('location-message', 8000, () => (this._locationMessage = ''));
  }

  private _readSetting(written: number | undefined, range: typeof TIMEOUT_SECONDS): number | undefined {
    const setting = readSetting(written, range);
    if (setting.warning) console.warn(setting.warning);
    return setting.value;
  }

  private _applyHeight(): void {
    const height = this.height?.trim();
    if (height && CSS.supports('height', height)) {
      this.style.setProperty('--leerroutes-height', height);
      this._heightSet = true;
      return;
    }
    if (height) console.warn(`leerroutes-kaart: height="${height}" is not a CSS length; ignored.`);
    // Only undo our own value: the page may set --leerroutes-height itself.
    if (this._heightSet) this.style.removeProperty('--leerroutes-height');
    this._heightSet = false;
  }

  private _viewMode(): View {
    return (VIEWS as readonly string[]).includes(this.view ?? '') ? (this.view as View) : 'both';
  }

  // ---- rendering ----

  protected override render() {
    const m = this._messages;
    const total = this._feed?.routes.length ?? 0;
    const hidden = new Set<FilterKey>(this._regionLocked() ? ['region'] : []);
    const viewMode = this._viewMode();
    const label = this.label || m.ui.label;
    return html`
      <div class="frame" part="base" role="region" aria-label=${label} lang=${m.lang}>
        <div class="toolbar" part="toolbar">
          <button
            type="button"
            class="filters-toggle"
            part="filters-toggle"
            aria-expanded=${this._filtersOpen ? 'true' : 'false'}
            aria-controls="filters"
            @click=${() => (this._filtersOpen = !this._filtersOpen)}
          >
            ${m.ui.filters} <span class="filter-state">${m.ui.selected(this._chosenCount(hidden))}</span>
          </button>
          ${renderFilters({
            open: this._filtersOpen,
            messages: m,
            filters: this._effectiveFilters,
            facets: this._facets,
            hidden,
            canReset: !filtersEqual(this._filters, this._presets()) || this._search !== (this.search ?? ''),
            onToggle: (key, value, on) => this._setFilters(toggleValue(this._filters, key, value, on)),
            onReset: () => {
              this._applySearch(this.search ?? '', true);
              this._setFilters(this._presets());
            },
          })}
          <label class="search" part="search">
            <span class="visually-hidden">${m.ui.search}</span>
            <input
              type="search"
              .value=${this._search}
              placeholder=${m.ui.searchPlaceholder}
              maxlength=${MAX_SEARCH_LENGTH}
              autocomplete="off"
              @input=${this._onSearchInput}
            />
          </label>
          <div class="view-toggle view-${viewMode}" part="view-toggle" role="group" aria-label=${m.ui.view}>
            ${(['map', 'list'] as const).map(
              (shown) => html`<button
                type="button"
                aria-pressed=${this._shown === shown ? 'true' : 'false'}
                @click=${() => (this._shown = shown)}
              >
                ${shown === 'map' ? m.ui.viewMap : m.ui.viewList}
              </button>`,
            )}
          </div>
          <p class="count" part="count">${this._feed ? m.ui.matchingRoutes(this._visible.length, total) : nothing}</p>
        </div>
        <div class="body view-${viewMode} shown-${this._shown}" aria-busy=${this._feedLoader.busy ? 'true' : 'false'}>
          <div class="list-pane" part="list">
            ${this._feed && this._listVisibility.needed
              ? renderRouteList({
                  messages: m,
                  pins: this._pinsForList(),
                  visibleRoutes: (pin) => this._visibleByPin.get(pin.id) ?? [],
                  limit: this._listVisibility.isPrinting ? Infinity : this._listLimit,
                  selectedRouteId: this._panel?.type === 'route' ? this._panel.routeId : undefined,
                  onShowMore: () => (this._listLimit += LIST_PAGE),
                  onOpenRoute: (routeId) => this._openPanel({ type: 'route', routeId }),
                  onHighlight: (pinId) => this._map.adapter?.setHighlightedPin(pinId),
                })
              : nothing}
          </div>
          <div class="stage" @pointerdown=${this._closeFilterMenus}>
            <div
              class="map"
              part="map"
              tabindex="0"
              role="application"
              aria-roledescription=${m.ui.viewMap.toLowerCase()}
              aria-label=${label}
              aria-describedby="map-help"
              @keydown=${this._onMapKeydown}
              @wheel=${this._onWheel}
              @touchmove=${this._onTouchMove}
            ></div>
            <p id="map-help" class="visually-hidden">${m.ui.mapHelp}</p>
            <div class="map-tools">
              ${document.fullscreenEnabled
                ? html`<button
                    type="button"
                    class="tool fullscreen"
                    part="tool-button"
                    aria-pressed=${this._fullscreen ? 'true' : 'false'}
                    title=${this._fullscreen ? m.ui.exitFullscreen : m.ui.fullscreen}
                    @click=${this._toggleFullscreen}
                  >
                    ${this._fullscreen ? ICON_EXIT_FULLSCREEN : ICON_FULLSCREEN}
                    <span class="visually-hidden">${m.ui.fullscreen}</span>
                  </button>`
                : nothing}
              <button type="button" class="tool locate" part="tool-button" title=${m.ui.myLocation} @click=${this._locate}>
                ${ICON_LOCATE}<span class="visually-hidden">${m.ui.myLocation}</span>
              </button>
            </div>
            ${this._locationMessage ? html`<p class="location-message" role="status">${this._locationMessage}</p>` : nothing}
            ${renderLegend(m)}
            ${this._hint ? html`<div class="hint" aria-hidden="true">${this._hint}</div>` : nothing}
            ${this._tilesFailed ? html`<p class="tile-notice" role="status">${m.ui.tilesFailed}</p>` : nothing}
            ${this._feed && this._visible.length === 0
              ? html`<div class="overlay notice">${m.ui.noMatches}</div>`
              : nothing}
          </div>
          <div role="status">
            ${this._feedLoader.showLoading ? html`<div class="overlay loading">${m.ui.loading}</div>` : nothing}
          </div>
          ${this._failure
            ? html`<div class="overlay error" role="alert" part="message">
                <strong>${m.fatal.title}</strong>
                <p>${describeFailure(this._failure, m)}</p>
                ${RETRYABLE.has(this._failure.kind)
                  ? html`<button type="button" class="retry" part="retry-button" @click=${this._retry}>${m.fatal.retry}</button>`
                  : nothing}
              </div>`
            : nothing}
          ${this._renderPanel()}
        </div>
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this._announcement}</div>
        ${this._renderFooter()}
      </div>
    `;
  }

  private _chosenCount(hidden: ReadonlySet<FilterKey>): number {
    return FILTER_KEYS.filter((key) => !hidden.has(key)).reduce((sum, key) => sum + this._filters[key].length, 0);
  }

  private _renderPanel() {
    const panel = this._panel;
    if (!panel || !this._feed) return nothing;
    const m = this._messages;
    const actions = {
      onClose: () => this._closePanel(),
      onOpenRoute: (routeId: string) => this._openPanel({ type: 'route', routeId }),
      onOpenPin: (pinId: string) => this._openPanel({ type: 'pin', pinId }),
    };
    let content;
    let label: string;
    if (panel.type === 'route') {
      const route = this._routeById().get(panel.routeId);
      if (!route) return nothing;
      label = route.naam;
      content = renderRoutePanel({
        route,
        pin: this._pinById.get(pinKey(route)),
        messages: m,
        correctionUrl: this.correctionUrl,
        actions,
      });
    } else if (panel.type === 'pin') {
      const pin = this._pinById.get(panel.pinId);
      if (!pin) return nothing;
      label = pin.school.naam;
      const routes = this._visibleByPin.get(pin.id) ?? pin.routes;
      content = renderPinPanel(pin, routes, m, actions);
    } else {
      const pins = panel.pinIds.map((id) => this._pinById.get(id)).filter((pin): pin is SchoolPin => !!pin);
      label = panel.nearCenter ? m.ui.schoolsNearCenter : m.ui.schoolsHere;
      content = renderPinsPanel(label, pins, (pin) => this._visibleByPin.get(pin.id) ?? [], m, actions);
    }
    return html`<section class="panel" part="panel" aria-label=${label}>${content}</section>`;
  }

  private _renderFooter() {
    const feed = this._feed;
    if (!feed) return nothing;
    const m = this._messages;
    const date = feed.bijgewerkt ? m.formatDate(feed.bijgewerkt) : undefined;
    return html`
      <div class="footer" part="footer">
        ${date ? html`<span>${m.ui.updated(date)}</span>` : nothing}
        ${feed.bron ? html`<span>${feed.bron}</span>` : nothing}
        ${feed.skipped ? html`<span class="skipped">${m.ui.skipped(feed.skipped)}</span>` : nothing}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'leerroutes-kaart': LeerroutesKaart;
  }
}
