/**
 * The map beside the Lit UI: creates the OpenLayers adapter once the map container is rendered, disposes of it
 * when the element leaves the page (and creates it anew when it comes back), and after every update hands it what
 * the store says is shown. The rules for moving the view live here:
 * - a new feed (not a background refresh), or a change of the region filter, fits the view to the visible routes;
 *   the first fit of a feed jumps, later ones glide;
 * - after a search or filter change that leaves none of the results in view, the view glides to them;
 * - a route opened from outside the map (the list, `selected`, a link) is revealed beside the panel;
 * - a pin picked on the map is not zoomed to, only moved out from under the panel (a phone's bottom sheet);
 * - a locked region is fitted to its outline (so a region without routes still gets its view), the rest dimmed.
 * The region outlines are loaded once a feed is there (or at once for a locked region): not in the first download.
 * It also tells the store what the map shows, so that the list can follow it; not while a panel is open (the list
 * would reorder under a visitor reading it, and the route they came from would move away), but when it closes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapAdapter, Obscured } from '../../../map/map-adapter.js';
import { loadMap, retryChunks } from '../../../loader/chunks.js';
import { kindLooksOf } from '../../../map/colors.js';
import type { OpenRequest } from './selection-controller.js';
import type { Basemap } from '../../../map/basemap-choice.js';
import type { Messages } from '../../../i18n/index.js';
import type { MapStore, Panel } from '../../../model/store.js';
import type { SchoolPin } from '../../../model/group.js';
import type { Route } from '../../../feed/parse-feed.js';
import type { MapArea } from '../../../model/geo.js';
import type { RegionCoverage } from '../../../model/coverage.js';

/** A new place brings this many of the nearest schools into view with it. */
const NEAREST_IN_VIEW = 3;

export type RegionsModule = typeof import('../../../regions/region-map.js');

export interface MapControllerOptions {
  /** The focusable element OpenLayers draws into; it also receives the map's keys. */
  container(): HTMLElement | null;
  basemap(): Basemap;
  messages(): Messages;
  wheelZoom(): boolean;
  /** A pin, or the pins at one spot, picked on the map; or (Enter) the schools nearest the centre. */
  open(request: OpenRequest): void;
  /** Enter on the map found no school near its centre. */
  nothingNear(): void;
  /** The coverage view's counts per region, when it is shown: the map becomes a choropleth without pins. */
  coverage(): readonly RegionCoverage[] | undefined;
  /** A region clicked on the choropleth. */
  chooseRegion(naam: string): void;
  /** The regions module arrived (its styles can be adopted now). */
  regionsLoaded(regions: RegionsModule): void;
}

type MapModule = typeof import('../../../map/map-adapter.js');
/** OpenLayers and the adapter, once arrived: every element after the first creates its map at once. */
let mapModule: MapModule | undefined;

export class MapController implements ReactiveController {
  adapter: MapAdapter | undefined;
  /** Background tiles could not be loaded for the current basemap. */
  tilesFailed = false;
  /** The map's code could not be loaded (network, Content-Security-Policy): the stage offers to try again. */
  codeFailed = false;
  private codeLoading = false;
  private adapterArrived: (() => void) | undefined;
  private readonly adapterReady = new Promise<void>((resolve) => (this.adapterArrived = resolve));

  private needsFit = false;
  /** The next change of the visible routes comes from a background refresh, not from the visitor. */
  private refreshing = false;
  /** The region outlines: asked for, arrived, or failed to arrive (then a locked region is fitted to its pins). */
  private regions: 'none' | 'loading' | 'failed' | RegionsModule = 'none';
  /** The region a visitor points at in the region filter. */
  private hoveredRegion: string | undefined;
  private areaFrame = 0;
  /** Where the map came to rest while a panel was open: the list follows once it closes. */
  private heldArea: { area: MapArea | undefined } | undefined;
  private firstFit = true;
  private firstPinsDrawn: boolean | 'waiting' = false;
  private pickedOnMap = false;
  private reportedMissing: string | undefined;
  // What the adapter was last given.
  private pins: SchoolPin[] | undefined;
  private visible: Map<string, Route[]> | undefined;
  private panel: Panel | undefined;
  private region: string | undefined;
  private basemapShown: string | undefined;
  /** The place and radius last marked (a key, so that a new radius redraws the circle and fits again). */
  private placeShown: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly store: MapStore,
    private readonly options: MapControllerOptions,
  ) {
    host.addController(this);
  }

  /** A feed arrived: the first (or the first after a failure), a new `src`, or a changed one found by a refresh. */
  feedArrived(refreshed: boolean, afterNone: boolean): void {
    if (afterNone) this.firstFit = true;
    if (!refreshed) this.needsFit = true;
    else this.refreshing = true;
  }

  /** The regions module (outlines and the coverage view), once it has arrived. */
  get regionsModule(): RegionsModule | undefined {
    return typeof this.regions === 'object' ? this.regions : undefined;
  }

  /** Asks for the regions module now (the coverage view is wanted before any feed). */
  needRegions(): void {
    this.loadRegions();
  }

  /** Pointing at (or focusing) a region in the region filter outlines it on the map; undefined: no longer. */
  highlightRegion(naam: string | undefined): void {
    this.hoveredRegion = naam;
    this.adapter?.setRegionEmphasis(this.store.effectiveFilters.region, naam);
  }

  /** "4 routes buiten beeld": the view glides to all visible routes. */
  showAll(): void {
    this.adapter?.fitToPins(undefined, true);
  }

  /** Enter on the focused map: the schools nearest its centre, as a list to choose from. */
  onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
    event.preventDefault();
    const pinIds = this.adapter?.pinsNearCenter(8) ?? [];
    if (pinIds.length === 0) this.options.nothingNear();
    else this.options.open({ type: 'pins', pinIds, nearCenter: true });
  };

  hostConnected(): void {
    // After a re-attachment the adapter is rebuilt in the next update.
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    // Before rendering, so that a notice about the previous basemap's tiles goes in the same update.
    if (this.adapter && this.basemapKey() !== this.basemapShown) this.tilesFailed = false;
    if (this.heldArea && !this.store.panel) {
      this.store.setMapArea(this.heldArea.area);
      this.heldArea = undefined;
    }
  }

  /** Resolves once the map exists (its code arrived and the element is near the viewport). */
  whenAdapter(): Promise<void> {
    return this.adapterReady;
  }

  /** "Opnieuw proberen" after the map's code failed to arrive. */
  retryCode(): void {
    retryChunks();
    this.codeFailed = false;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.adapter) {
      if (!this.host.isConnected) return;
      const container = this.options.container();
      if (!container) return;
      if (!mapModule) {
        this.loadCode();
        return;
      }
      this.adapter = this.create(mapModule, container);
      this.adapterArrived?.();
      this.adapter.setTarget(container);
      if (typeof this.regions === 'object') this.showRegions(this.regions);
      this.basemapShown = this.basemapKey();
      this.pins = this.visible = this.panel = this.region = this.placeShown = undefined;
      this.sync(true);
      return;
    }
    this.sync(false);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.areaFrame);
    this.areaFrame = 0;
    this.adapter?.dispose();
    this.adapter = undefined;
    if (this.firstPinsDrawn === 'waiting') this.firstPinsDrawn = false;
  }

  private loadCode(): void {
    if (this.codeLoading || this.codeFailed) return;
    this.codeLoading = true;
    loadMap().then(
      (loaded) => {
        mapModule = loaded;
        this.codeLoading = false;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.codeLoading = false;
        this.codeFailed = true;
        console.error(`leerroutes-kaart: the map's code could not be loaded. ${String(error)}`);
        this.host.requestUpdate();
      },
    );
  }

  private create({ MapAdapter }: MapModule, container: HTMLElement): MapAdapter {
    // A pin picked on the map is in view already: opening it does not move the map.
    const picked = (request: OpenRequest) => {
      this.pickedOnMap = true;
      this.options.open(request);
    };
    return new MapAdapter({
      basemap: this.options.basemap(),
      messages: this.options.messages(),
      looks: kindLooksOf(this.host),
      keyboardTarget: container,
      wheelZoom: () => this.options.wheelZoom(),
      reducedMotion: globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
      onPinSelect: (pinId) => picked({ type: 'pin-click', pinId }),
      onPinsSelect: (pinIds) => picked({ type: 'pins', pinIds }),
      onRegionSelect: (naam) => this.options.chooseRegion(naam),
      onTileError: () => {
        this.tilesFailed = true;
        this.host.requestUpdate();
      },
      onAreaChange: (area) => {
        if (this.store.panel) this.heldArea = { area };
        else this.store.setMapArea(area);
        // In a frame of its own: OpenLayers measures its size as it is attached, inside our first update, and a
        // second rendering of everything in that same task would make the first paint wait for it.
        this.areaFrame ||= requestAnimationFrame(() => {
          this.areaFrame = 0;
          this.host.requestUpdate();
        });
      },
    });
  }

  private basemapKey(): string {
    return `${this.options.basemap()} ${this.options.messages().lang}`;
  }

  private sync(attached: boolean): void {
    const adapter = this.adapter!;
    const store = this.store;
    const basemap = this.basemapKey();
    if (basemap !== this.basemapShown) {
      this.basemapShown = basemap;
      adapter.setMessages(this.options.messages());
      adapter.setBasemap(this.options.basemap(), this.options.messages());
    }
    if (store.pins !== this.pins) adapter.setPins((this.pins = store.pins));
    const visibleChanged = store.visibleByPin !== this.visible;
    if (visibleChanged) adapter.setVisibleRoutes((this.visible = store.visibleByPin));
    adapter.setSelectedPin(store.selectedPinId);
    const coverage = this.options.coverage();
    // The outlines after the first pins (they are not what a visitor waits for), unless the view is about regions.
    if (store.regionLocked || coverage) this.loadRegions();
    else if (store.feed) this.afterFirstPins(adapter, () => this.loadRegions());
    adapter.setCoverage(coverage);
    adapter.setRegionEmphasis(store.effectiveFilters.region, this.hoveredRegion);
    adapter.setRegionMask(store.regionLocked && adapter.regionsShown ? store.presets.region : []);
    if (!store.feed) return;
    const byVisitor = visibleChanged && !attached && !this.refreshing;
    if (visibleChanged) this.refreshing = false;

    const region = store.effectiveFilters.region.join('\n');
    if (this.region !== undefined && region !== this.region) this.needsFit = true;
    this.region = region;
    const panelChanged = store.panel !== this.panel;
    this.panel = store.panel;
    const place = store.place;
    const radius = place ? store.radius : undefined;
    const placeKey = place && `${place.lon},${place.lat},${radius ?? ''}`;
    const placeChanged = placeKey !== this.placeShown;
    if (placeChanged) {
      this.placeShown = placeKey;
      adapter.setPlace(place && [place.lon, place.lat], radius);
    }
    // A locked region is fitted to its outline: wait for it (a moment) unless it cannot come.
    if (store.regionLocked && (this.needsFit || attached) && this.regions === 'loading') {
      this.needsFit = true;
      return;
    }
    const firstView = attached || this.needsFit;
    const route = store.selectedRoute;
    if (store.selectedRouteId && !route) this.warnMissing(store.selectedRouteId);
    const pinId = store.selectedPinId;
    if (pinId && (panelChanged || firstView)) {
      // A pin picked on the map is in view, but may now be under the panel (a phone's bottom sheet).
      adapter.revealPin(pinId, !firstView, this.obscured(), !this.pickedOnMap);
    } else if (place && (firstView || (placeChanged && !attached))) {
      this.fitNear(!attached && !this.firstFit);
    } else if (firstView) {
      const animate = !attached && !this.firstFit;
      if (!(store.regionLocked && adapter.fitToRegions(store.presets.region, animate))) {
        adapter.fitToPins(undefined, animate);
      }
    } else if (byVisitor && store.visible.length > 0 && store.mapArea && store.inView.schools === 0) {
      // None of the results of a new search or filter in view: they are somewhere else; go there (near the place first).
      if (place) this.fitNear(true);
      else adapter.fitToPins(undefined, true);
    }
    this.pickedOnMap = false;
    if (firstView) {
      this.needsFit = false;
      this.firstFit = false;
    }
  }

  /** The visitor's place with its nearest results (or the reach of the distance filter) in view. */
  private fitNear(animate: boolean): void {
    const place = this.store.place;
    if (!place) return;
    const radius = this.store.radius;
    this.adapter?.fitAround(
      [place.lon, place.lat],
      this.store.listPins.slice(0, NEAREST_IN_VIEW).map((pin) => pin.id),
      radius,
      animate,
    );
  }

  /** Runs `then` once the map has drawn its first pins (at once after that). */
  private afterFirstPins(adapter: MapAdapter, then: () => void): void {
    if (this.firstPinsDrawn === true) return then();
    if (this.firstPinsDrawn === 'waiting') return;
    this.firstPinsDrawn = 'waiting';
    void adapter.whenRendered().then(() => {
      this.firstPinsDrawn = true;
      if (this.adapter === adapter) then();
    });
  }

  private loadRegions(): void {
    if (this.regions !== 'none') return;
    this.regions = 'loading';
    import('../../../regions/region-map.js').then(
      (regions) => {
        this.regions = regions;
        this.showRegions(regions);
        this.options.regionsLoaded(regions);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.regions = 'failed';
        console.warn('leerroutes-kaart: the region outlines could not be loaded; the map shows no borders.', error);
        this.host.requestUpdate();
      },
    );
  }

  private showRegions(regions: RegionsModule): void {
    this.adapter?.showRegions((pinsWithin) => regions.createRegionLayers({ pinsWithin }), regions.REGIONS_ATTRIBUTION);
  }

  /** How much of the stage the detail panel covers (beside it, or as a bottom sheet), so a pin is not put behind it. */
  private obscured(): Obscured {
    const panel = this.host.shadowRoot?.querySelector('.panel')?.getBoundingClientRect();
    const stage = this.host.shadowRoot?.querySelector('.stage')?.getBoundingClientRect();
    if (!panel || !stage) return { right: 0, bottom: 0 };
    const isBottomSheet = panel.width >= stage.width - 1;
    return isBottomSheet
      ? { right: 0, bottom: Math.max(0, stage.bottom - panel.top) }
      : { right: Math.max(0, stage.right - panel.left), bottom: 0 };
  }

  private warnMissing(routeId: string): void {
    if (this.reportedMissing === routeId) return;
    this.reportedMissing = routeId;
    console.warn(`leerroutes-kaart: selected="${routeId}": no route with this id in the feed.`);
  }
}
