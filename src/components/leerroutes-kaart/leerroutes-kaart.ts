/**
 * `<leerroutes-kaart>`: the public API (attributes, properties, events) and the wiring. State lives in the store
 * (model/store.ts), side effects in controllers (./controllers), drawing in the map adapter (map/), and the
 * markup in render functions per view (toolbar, filters, list, map stage, detail panel, footer).
 */
import { checkNumber, checkText, isNumberProperty, isTextProperty } from '../../model/attribute-values.js';
import { LitElement, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import olCss from 'ol/ol.css';
import { FILTER_KEYS, unknownValuesWarning } from '../../model/filters.js';
import { MapStore } from '../../model/store.js';
import { parseCoverageYear } from '../../model/view-mode.js';
import { KaartControllers } from './controllers/kaart-controllers.js';
import * as views from '../views.js';
import { styles } from './leerroutes-kaart.styles.js';
import { INTERNALS, type Internals } from '../../map/internals.js';

/**
 * A map of the Dutch vmbo–mbo learning routes (DLR, GLR) and leerlabs, read from a published GeoJSON feed.
 *
 * @fires feed-load - The feed was read: `{shown, skipped, problems, warnings, refreshed}`.
 * @fires feed-error - The feed cannot be used (or a background refresh failed): `{message, kind, url, background}`.
 * @fires filter-change - A visitor changed the filters or the search: `{filters, count}`.
 * @fires route-select - A visitor opened (`{id}`) or closed (`{id: null}`) a route's details.
 * @fires location-change - The place changed (visitor, "Mijn locatie" or `near`): `{label, lon, lat, region}`, or `null` when cleared.
 * @fires correction-send - A visitor sent a correction to `correction-endpoint`: `{routeId, field, sent, status?}`.
 *
 * @cssprop [--leerroutes-height=600px] - Height of the element.
 * @cssprop [--leerroutes-font=system-ui] - Font family (`inherit` takes the page's font).
 * @cssprop [--leerroutes-color-dlr=#1b7a3d] - Colour of DLR pins and badges.
 * @cssprop [--leerroutes-color-glr=#1f5bb8] - Colour of GLR pins and badges.
 * @cssprop [--leerroutes-color-leerlab=#f5c400] - Colour of leerlab pins and badges.
 * @cssprop [--leerroutes-accent=#1d4f91] - Links, focus rings, checkboxes, pressed buttons.
 * @cssprop [--leerroutes-radius=6px] - Corner radius of controls and panels.
 * @cssprop [--leerroutes-panel-width=380px] - Width of the detail panel on wide screens.
 * @cssprop [--leerroutes-text=#1b1b1b] - Text colour.
 * @cssprop [--leerroutes-muted=#4a4a4a] - Secondary text (counts, places, dates).
 * @cssprop [--leerroutes-surface=#fff] - Background of the frame, buttons and panels.
 * @cssprop [--leerroutes-border=#6b6b6b] - Borders of controls.
 * @cssprop [--leerroutes-border-subtle=#c9ced6] - Borders between areas.
 * @cssprop [--leerroutes-hover=#eef2f7] - Background of hovered and current items.
 *
 * @csspart base - The labelled region around everything.
 * @csspart toolbar - The bar with filters, search, view toggle and count.
 * @csspart filters - The group of filters.
 * @csspart filters-toggle - The button that shows the filters on narrow screens.
 * @csspart filter-button - Each filter's disclosure button.
 * @csspart filter-options - Each filter's list of options.
 * @csspart reset-button - The reset button.
 * @csspart count - The number of matching routes.
 * @csspart search - The search field's label (around the input).
 * @csspart place-search - The "Postcode of plaats" field with its suggestions.
 * @csspart place-bar - Under the toolbar while a place is chosen: its region and the distance filter.
 * @csspart view-toggle - The "Kaart | Lijst" buttons.
 * @csspart list - The list of routes.
 * @csspart map - The map area.
 * @csspart legend - The legend of the three kinds.
 * @csspart panel - The detail panel.
 * @csspart close-button - The panel's close button.
 * @csspart tool-button - The full-screen and "Mijn locatie" buttons on the map.
 * @csspart correction-link - The "Klopt er iets niet?" link (or, with `correction-endpoint`, the button opening the form).
 * @csspart message - The message shown when the feed cannot be used.
 * @csspart retry-button - The "Opnieuw proberen" button in that message.
 * @csspart footer - Update date, source and skipped-route notice.
 */
export class LeerroutesKaart extends LitElement {
  static override styles = [unsafeCSS(olCss), ...views.viewStyles, styles];

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
  /** Where "Klopt er iets niet?" goes for routes without their own `wijzigingUrl` (https: or mailto:). */
  @property({ attribute: 'correction-url', reflect: true }) accessor correctionUrl: string | undefined;
  /** Where the correction form POSTs `{routeId, field, current, proposed, sender?}` as JSON: https:, or this site's own path. */
  @property({ attribute: 'correction-endpoint', reflect: true }) accessor correctionEndpoint: string | undefined;
  /** Accessible name of the map region. */
  @property({ reflect: true }) accessor label: string | undefined;
  /** Language of the interface: read from the element's own `lang` attribute (`nl` default, `en`). */
  @property({ attribute: 'lang' }) accessor language: string | undefined;
  /** `both` (default: map and list side by side on wide screens, a toggle on narrow ones), `map`, `list` or `regions` (the coverage view). */
  @property({ reflect: true }) accessor view: string | undefined;
  /** The coverage view's "t/m schooljaar": count only routes started up to this year (`2022`). Default: every route. */
  @property({ attribute: 'coverage-year', reflect: true }) accessor coverageYear: string | undefined;
  /** Preset text search over route, school, place and institutions (at most 200 characters are used). */
  @property({ reflect: true }) accessor search: string | undefined;
  /** Height as a CSS length (`500px`, `70vh`), set through the CSS object model (works where `style` is stripped). */
  @property({ reflect: true }) accessor height: string | undefined;
  /** Keep filters, search and the open route in the page's hash under this name (default: the id, else `kaart`). */
  @property({ attribute: 'sync-url', reflect: true }) accessor syncUrl: string | undefined;
  /** Zoom with the mouse wheel alone. Without it the wheel scrolls the page and Ctrl/Cmd + wheel zooms. */
  @property({ attribute: 'wheel-zoom', type: Boolean, reflect: true }) accessor wheelZoom = false;
  /** Seconds to wait for the feed: 1 to 300 (default 15). */
  @property({ type: Number, reflect: true }) accessor timeout: number | undefined;
  /** Minutes between background reloads of the feed: 5 seconds' worth to 1440; off by default. */
  @property({ type: Number, reflect: true }) accessor refresh: number | undefined;
  /** The visitor's place preset: a postcode (`7511`), a place (`Enschede`) or `lat,lon`. Routes are sorted by distance from it. */
  @property({ reflect: true }) accessor near: string | undefined;
  /** With a place: show only routes within this many km (any positive number; the interface offers 5, 10, 25, 50). */
  @property({ reflect: true }) accessor radius: string | undefined;
  /** `lazy` (default): nothing is loaded (feed, map) until the element is about one screen from view; `eager`: at once. */
  @property({ reflect: true }) accessor loading: string | undefined;
  /** `pdok`: suggest full addresses from PDOK Locatieserver (requests leave the page; see the README). Default: built-in postcodes and places only. */
  @property({ reflect: true }) accessor geocoder: string | undefined;
  /** With `geocoder="pdok"`: another address answering as Locatieserver does (a proxy). */
  @property({ attribute: 'geocoder-url', reflect: true }) accessor geocoderUrl: string | undefined;
  /** "Route plannen" links: an https: template with `{lat}`, `{lon}`, `{naam}`, or `none`. Default: Google Maps by public transport. */
  @property({ attribute: 'directions-url', reflect: true }) accessor directionsUrl: string | undefined;

  /** On a narrow map, whether the legend shows its words (folded to its badges by default). */
  @state() private accessor _legendOpen = false;
  @state() private accessor _sheetLarge = false;

  private readonly _store = new MapStore();
  private readonly _c = new KaartControllers(this, this._store);

  /** Ids of the routes that pass the filters now. */
  get visibleRouteIds(): string[] {
    return this._store.visible.map((route) => route.id);
  }

  get [INTERNALS](): Internals {
    return { map: this._c.map.adapter };
  }

  /** Resolves when the map has drawn the current pins (OpenLayers' `rendercomplete`), and the list has followed. */
  async whenMapRendered(): Promise<void> {
    // In the coverage view the map is a choropleth of the counts, which come with the view's code.
    await this._c.coverage.whenLoaded();
    await this.updateComplete;
    await this._c.map.whenDrawn();
    await this._c.list.whenNotWaiting();
    await this.updateComplete;
  }

  /**
   * Attributes and properties go where they are read: the store (in one notification) and the controllers. The one
   * order that matters is named here: a link's state (`sync-url`) outranks the presets, so it is read after them.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    this.checkInputs(changed);
    if (changed.has('language')) this._c.language.read(this.language);
    if (changed.has('height')) this._c.height.apply(this.height);
    if (changed.has('correctionEndpoint')) this._c.correction.readEndpoint(this.correctionEndpoint);
    this._c.feed.readAttributes(changed, this, !this.hasUpdated);
    this._store.batch(() => {
      // Each filter key is also the name of the property holding its preset.
      for (const key of FILTER_KEYS.filter((name) => changed.has(name))) {
        const unknown = this._store.setPreset(key, this[key]);
        if (unknown.length) console.warn(unknownValuesWarning(key, unknown));
      }
      if (changed.has('lockRegion')) this._store.setLockRegion(this.lockRegion);
      if (changed.has('search')) {
        this._c.search.set(this.search ?? '');
        this._store.setPresetSearch(this.search ?? '');
      }
      if (changed.has('view')) this._store.setView(this.view);
      if (changed.has('coverageYear')) {
        const year = parseCoverageYear(this.coverageYear);
        if (year.warning) console.warn(year.warning);
        this._store.setCoverageYear(year.value);
      }
      if (changed.has('selected')) this._c.selection.follow(this.selected);
      this._c.location.readAttributes(changed, this);
      if (!this.hasUpdated || changed.has('syncUrl')) this._c.url.read(!this.hasUpdated);
    });
    const regionsAsked = changed.has('view') || changed.has('lockRegion') || changed.has('region');
    if (regionsAsked && this._store.view === 'regions' && this._store.regionLocked) {
      console.warn(
        'leerroutes-kaart: view="regions" is not shown with lock-region: a single region\'s map shows its own routes, not the coverage of every region. The map and list of the region are shown instead.',
      );
    }
  }

  /** Every changed attribute or property typed and bounded before any work (model/attribute-values.ts). */
  private checkInputs(changed: PropertyValues<this>): void {
    for (const key of changed.keys()) {
      const current = (this as Record<PropertyKey, unknown>)[key];
      const verdict = isTextProperty(key)
        ? checkText(key, current)
        : isNumberProperty(key)
          ? checkNumber(key, current)
          : undefined;
      if (!verdict || Object.is(verdict.value, current)) continue;
      if (verdict.warning) console.warn(verdict.warning);
      // Set within this update: it goes into `changed` without asking for another one.
      (this as Record<PropertyKey, unknown>)[key] = verdict.value;
    }
  }

  /** Done when what is asked for is rendered: an open panel's content too, once its code has come. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const arriving = this._c.detail.arriving;
    if (!arriving) return done;
    await arriving;
    return super.getUpdateComplete();
  }

  protected override render() {
    const c = this._c;
    if (c.language.pending) return nothing;
    c.language.shown();
    const m = c.messages;
    const store = this._store;
    const label = this.label || m.ui.label;
    const coverage = c.coverage.shown;
    const panel = views.renderOpenPanel(c.detail.module?.renderPanel, c.detail.failed, {
      store,
      messages: m,
      corrections: { url: this.correctionUrl, endpoint: c.correction.endpoint, controller: c.correction },
      directions: c.location.directions,
      onClose: () => c.selection.close(),
      onOpen: (panel) => c.selection.open(panel),
      paging: c.panelPaging,
      sheetLarge: this._sheetLarge,
      onToggleSheet: () => (this._sheetLarge = !this._sheetLarge),
    });
    return html`
      <div class="frame" part="base" role="region" aria-label=${label} lang=${m.lang} dir="ltr">
        ${views.renderSkipLinks(m, store.layout, (target) => void c.skipLinks.skipTo(target))}
        ${views.renderToolbar({
          messages: m,
          store,
          disclosure: c.disclosure,
          onType: (text) => c.search.type(text),
          location: c.location,
          onReset: () => c.reset(),
          onFiltersChanged: () => c.visitorChanged(),
          onPointRegion: (naam) => c.map.highlightRegion(naam),
          optionsShown: !c.list.waitingForMap,
        })}
        ${
          c.location.barModule?.renderPlaceBar({
            messages: m,
            store,
            regionFilter: !store.regionLocked,
            onRadius: (km) => c.location.chooseRadius(km),
            onRegion: (naam) => c.location.chooseRegion(naam),
          }) ?? nothing
        }
        <div
          class="body view-${store.layout} shown-${store.shown} ${panel === nothing ? '' : 'with-panel'} ${this._sheetLarge ? 'sheet-large' : ''}"
          aria-busy=${c.feed.waiting ? 'true' : 'false'}
        >
          <div class="list-pane" part="list" tabindex="-1">
            ${views.renderListPane({
              shown: !!store.feed && c.list.needed,
              coverage: coverage ? c.coverage : undefined,
              messages: m,
              store,
              list: c.list,
              onOpenRoute: (routeId) => c.selection.open({ type: 'route', routeId }),
              navigation: c.listNavigation,
              onHighlight: (pinId) => c.map.adapter?.setHighlightedPin(pinId),
              onShowOutside: () => store.showOutside(),
            })}
          </div>
          ${views.renderStage({
            messages: m,
            label,
            store,
            map: c.map,
            fullscreen: c.fullscreen,
            geolocation: c.geolocation,
            announcer: c.announcer,
            wheelZoom: this.wheelZoom,
            closeMenus: c.disclosure.closeMenus,
            legendExpanded: this._legendOpen,
            onToggleLegend: () => (this._legendOpen = !this._legendOpen),
            coverage,
            coverageLegend: coverage ? c.coverage.renderLegend(m) : undefined,
          })}
          ${views.renderOverlays({ messages: m, loading: c.feed.showLoading, failure: c.feed.failure, onRetry: () => c.retry() })}
          ${panel}
        </div>
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">${c.announcer.announcement}</div>
        ${views.renderFooter(store.feed, m, c.location.attribution)}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'leerroutes-kaart': LeerroutesKaart;
  }
}
