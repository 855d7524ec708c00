/**
 * The element's controllers, created once and wired to each other, and the few steps that span several of them
 * (a feed arriving, a visitor's change, a region chosen). The element holds one of these; its own file keeps the
 * public API and the composition of the views.
 */
import type { LitElement } from 'lit';
import type { SelectionHost } from './selection-controller.js';
import type { UrlStateHost } from './url-state-controller.js';
import type { ParsedFeed } from '../../../feed/parse-feed.js';
import type { Messages } from '../../../i18n/index.js';
import type { MapStore } from '../../../model/store.js';
import { prepareRoutes } from '../../../model/prepare.js';
import { FILTER_KEYS } from '../../../model/filters.js';
import { runInSlices } from '../../../slices.js';
import { emit } from '../../../events.js';
import { parseBasemap } from '../../../map/basemap-choice.js';
import * as controllers from './index.js';
import { reportFailure, reportFeed } from './feed-report.js';

/** What the controllers read from the element. */
export type KaartHost = LitElement &
  SelectionHost &
  UrlStateHost & {
    readonly src: string | undefined;
    readonly basemap: string | undefined;
    readonly wheelZoom: boolean;
  };

export class KaartControllers {
  readonly language: controllers.LanguageController;
  readonly height: controllers.HeightController;
  readonly timers: controllers.TimersController;
  readonly viewport: controllers.ViewportController;
  readonly fullscreen: controllers.FullscreenController;
  readonly announcer: controllers.AnnouncerController;
  readonly search: controllers.SearchController;
  readonly selection: controllers.SelectionController;
  readonly correction: controllers.CorrectionController;
  readonly detail: controllers.DetailController;
  readonly listNavigation: controllers.ListNavigationController;
  readonly list: controllers.ListVisibilityController;
  readonly panelPaging: controllers.PanelPagingController;
  readonly url: controllers.UrlStateController;
  readonly disclosure: controllers.DisclosureController;
  readonly map: controllers.MapController;
  readonly coverage: controllers.CoverageController;
  readonly location: controllers.LocationController;
  readonly geolocation: controllers.GeolocationController;
  readonly skipLinks: controllers.SkipLinksController;
  readonly feed: controllers.FeedController;

  constructor(
    private readonly host: KaartHost,
    private readonly store: MapStore,
  ) {
    new controllers.StoreController(host, store);
    new controllers.FocusKeeper(host);
    this.language = new controllers.LanguageController(host);
    this.height = new controllers.HeightController(host);
    this.timers = new controllers.TimersController(host);
    this.viewport = new controllers.ViewportController(host);
    this.fullscreen = new controllers.FullscreenController(host);
    this.announcer = new controllers.AnnouncerController(host, this.timers);
    this.search = new controllers.SearchController(store, this.timers, () => this.visitorChanged());
    this.selection = new controllers.SelectionController(host, store);
    this.correction = new controllers.CorrectionController(host, () => this.messages);
    this.detail = new controllers.DetailController(host, {
      feedShown: () => !!store.feed,
      panelOpen: () => !!store.panel,
    });
    this.listNavigation = new controllers.ListNavigationController(host);
    this.list = new controllers.ListVisibilityController(host, () => host.renderRoot.querySelector('.list-pane'));
    this.panelPaging = new controllers.PanelPagingController(host);
    this.url = new controllers.UrlStateController(host, store, {
      setSearch: (text) => this.search.set(text),
      setNear: (text) => void this.location.setNear(text),
      select: (routeId) => this.selection.follow(routeId),
    });
    this.disclosure = new controllers.DisclosureController(host, {
      panelOpen: () => !!store.panel,
      closePanel: () => this.selection.close(),
      filtersToPrepare: () =>
        store.feed && !this.list.waitingForMap
          ? FILTER_KEYS.filter((key) => !store.regionLocked || key !== 'region')
          : [],
    });
    this.map = new controllers.MapController(host, store, {
      container: () => (this.viewport.near ? this.mapElement() : null),
      creditPlace: () => this.host.renderRoot.querySelector<HTMLElement>('.map-dock'),
      basemap: () => parseBasemap(host.basemap),
      messages: () => this.messages,
      wheelZoom: () => host.wheelZoom,
      open: (request) => this.selection.open(request),
      coverage: () => this.coverage.rows(),
      chooseRegion: (naam) => this.chooseRegion(naam),
      nothingNear: () => this.announcer.announceNow(this.messages.ui.nothingNearCenter),
      firstFeedPending: () => !store.feed && this.feed.waiting,
    });
    this.coverage = new controllers.CoverageController(host, store, {
      needRegions: () => this.map.needRegions(),
      choose: (naam) => this.chooseRegion(naam),
    });
    this.location = new controllers.LocationController(host, store, this.timers, {
      messages: () => this.messages,
      restartList: () => this.list.restart(),
      visitorChanged: () => this.visitorChanged(),
      announce: (text) => this.announcer.announce(text),
    });
    this.geolocation = new controllers.GeolocationController(host, this.timers, (lon, lat) =>
      this.location.setPosition(lon, lat),
    );
    this.skipLinks = new controllers.SkipLinksController(host, store, this.list, () => this.mapElement());
    this.feed = new controllers.FeedController(host, {
      src: () => host.src,
      near: () => this.viewport.near,
      prepare: (feed, signal) => runInSlices(prepareRoutes(feed.routes), signal),
      onLoad: (feed, refreshed) => this.feedArrived(feed, refreshed),
      onFailure: (failure, background) => {
        reportFailure(host, failure, this.messages, background);
        if (!background) store.setFeed(undefined);
      },
    });
  }

  get messages(): Messages {
    return this.language.messages;
  }

  /** The map's element in the shadow root (none before the first render). */
  mapElement(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.map');
  }

  /** The visitor changed filters or search: the list starts again; `filter-change` and the announcement follow. */
  visitorChanged(): void {
    this.list.restart();
    this.host.requestUpdate();
    // After the update that filters: the count is the one just computed, not a second pass over every route.
    void this.host.updateComplete.then(() => {
      const count = this.store.visible.length;
      emit(this.host, 'filter-change', { filters: this.store.effectiveFilters, count });
      this.announcer.announce(this.messages.ui.found(count));
    });
  }

  /** "Herstel filters": the presets again, the preset search included. */
  reset(): void {
    this.search.set(this.store.presetSearch);
    this.store.reset();
    this.visitorChanged();
  }

  /** A region chosen in the coverage view (table or map): filtered to it, its routes on the map. */
  chooseRegion(naam: string): void {
    this.store.chooseRegion(naam);
    this.visitorChanged();
  }

  retry(): void {
    // The message and its button go; focus stays in the map rather than falling back to the page.
    this.mapElement()?.focus();
    this.feed.retry();
  }

  /** A feed arrived: the first, one for a new `src`, or a changed one found by a background refresh. */
  private feedArrived(feed: ParsedFeed, refreshed: boolean): void {
    const first = this.store.feed === undefined;
    this.map.feedArrived(refreshed, first);
    this.store.setFeed(feed);
    this.list.restart();
    // The map draws first: the list follows its first drawing (at most a second later, should the map not come).
    if (first && !refreshed && this.store.layout !== 'list') this.list.waitFor(this.map.whenDrawn(), 1000);
    if (refreshed) this.selection.closeVanished();
    reportFeed(this.host, feed, this.messages, refreshed);
  }
}
