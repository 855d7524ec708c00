/**
 * The map beside the Lit UI: creates the OpenLayers adapter once the map container is rendered (and moves it to a
 * new container should the view render another), disposes of it when the element leaves the page (and creates it
 * anew when it comes back), and after every update has it draw what the store says is shown (map/store-map.ts,
 * which carries out the camera rules of model/camera.ts, and needs no Lit).
 * The region outlines are loaded once a feed is there (or at once for a locked region): not in the first download.
 * It also tells the store what the map shows, so that the list can follow it; not while a panel is open (the list
 * would reorder under a visitor reading it, and the route they came from would move away), but when it closes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapAdapter, MapHandlers, Obscured } from '../../../map/map-adapter.js';
import { loadMap, retryChunks } from '../../../loader/chunks.js';
import { OnDemand } from './on-demand.js';
import { kindLooksOf } from '../../../model/kind-looks.js';
import type { OpenRequest } from './selection-controller.js';
import type { Basemap } from '../../../map/basemap-choice.js';
import type { Messages } from '../../../i18n/index.js';
import type { MapStore } from '../../../model/store.js';
import type { MapArea } from '../../../model/geo.js';
import { StoreMap } from '../../../map/store-map.js';
import type { RegionCoverage } from '../../../model/coverage.js';
import { ARBEIDSMARKTREGIOS } from '../../../feed/domain.js';
import { takeEarlyMap } from '../../../map/early-maps.js';

export type RegionsModule = typeof import('../../../chunks/region-map.js');

export interface MapControllerOptions {
  /** The focusable element OpenLayers draws into; it also receives the map's keys. */
  container(): HTMLElement | null;
  /** The strip along the map's foot where the credit line goes, below the legend (none: the map's corner). */
  creditPlace(): HTMLElement | null;
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
  /** The first feed is on its way: the map waits for it (up to FIRST_FEED_WAIT_MS) rather than drawing an empty map first. */
  firstFeedPending?(): boolean;
}

/**
 * How long a map waits for its first feed before it shows itself without it. Drawing an empty map first costs the
 * pins their time (OpenLayers' frames of a map with nothing on it run while the feed is read); a feed that takes
 * longer than this gets the map (and its loading notice) meanwhile.
 */
export const FIRST_FEED_WAIT_MS = 1000;

type MapModule = typeof import('../../../map/map-adapter.js');
/** OpenLayers and the adapter, once arrived: every element after the first creates its map at once. */
let mapModule: MapModule | undefined;

export class MapController implements ReactiveController {
  adapter: MapAdapter | undefined;
  /** Background tiles could not be loaded for the current basemap. */
  tilesFailed = false;
  /** OpenLayers and the adapter; a module shared by every map on the page once it has arrived. */
  private readonly code: OnDemand<MapModule>;
  private adapterArrived: (() => void) | undefined;
  private readonly adapterReady = new Promise<void>((resolve) => (this.adapterArrived = resolve));

  /** What the store shows, drawn on whichever adapter there is; it remembers the camera across adapters. */
  private readonly drawing: StoreMap;
  /** The region outlines: asked for, arrived, or failed to arrive (then a locked region is fitted to its pins). */
  private readonly regions: OnDemand<RegionsModule>;
  /** The region a visitor points at in the region filter. */
  private hoveredRegion: string | undefined;
  private areaFrame = 0;
  /** Where the map came to rest: given to the store in a frame of its own (and, while a panel is open, after it). */
  private restedArea: { area: MapArea | undefined } | undefined;
  private firstPinsDrawn: boolean | 'waiting' = false;
  private reportedMissing: string | undefined;
  /** The basemap and language the adapter was last given. */
  private basemapShown: string | undefined;
  /** The container the adapter draws into. */
  private target: HTMLElement | undefined;
  /** Waiting for the first feed is over (it came, failed, or took FIRST_FEED_WAIT_MS). */
  private waitedForFeed = false;
  private feedWaitTimer: ReturnType<typeof setTimeout> | undefined;
  /** A map drawn before the element's code came was taken over: it keeps its pins until the element's feed is in. */
  private keepsEarlyPins = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly store: MapStore,
    private readonly options: MapControllerOptions,
  ) {
    host.addController(this);
    this.drawing = new StoreMap(store, {
      obscured: () => this.obscured(),
      coverage: () => this.options.coverage(),
      hoveredRegion: () => this.hoveredRegion,
      outlinesPending: () => this.regions.pending,
    });
    this.code = new OnDemand(host, loadMap, {
      atHand: () => mapModule,
      arrived: (loaded) => {
        // The first map's cluster numbers drawn while its feed is read, not in its first frame with pins.
        if (!mapModule) setTimeout(() => loaded.prepareGlyphs());
        mapModule = loaded;
      },
      failed: (error) => console.error(`leerroutes-kaart: the map's code could not be loaded. ${String(error)}`),
    });
    this.regions = new OnDemand(host, () => import('../../../chunks/region-map.js'), {
      arrived: (regions) => this.showRegions(regions),
      failed: (error) => {
        this.adapter?.regionsUnavailable();
        console.warn('leerroutes-kaart: the region outlines could not be loaded; the map shows no borders.', error);
      },
    });
  }

  /** The map's code could not be loaded (network, Content-Security-Policy): the stage offers to try again. */
  get codeFailed(): boolean {
    return this.code.failed;
  }

  /** A feed arrived: the first (or the first after a failure), a new `src`, or a changed one found by a refresh. */
  feedArrived(refreshed: boolean, afterNone: boolean): void {
    this.drawing.feedArrived(refreshed, afterNone);
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
    this.printMedia?.addEventListener('change', this.onPrint);
  }

  /** The print layout (or the browser's print preview) is in force, or over. */
  private readonly printMedia = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
  private afterPrint: (() => void) | undefined;

  /**
   * The coverage view printed: the map is fitted to the whole country in its printed box (narrower than on screen),
   * so a report shows every region, and put back as it was after. Other views print as they are seen.
   */
  private onPrint = (event: MediaQueryListEvent): void => {
    if (event.matches && this.adapter && this.options.coverage()) {
      this.afterPrint = this.adapter.fitForPrint(ARBEIDSMARKTREGIOS.map(({ naam }) => naam));
    } else if (!event.matches) {
      this.afterPrint?.();
      this.afterPrint = undefined;
    }
  };

  hostUpdate(): void {
    // Before rendering, so that a notice about the previous basemap's tiles goes in the same update.
    if (this.adapter && this.basemapKey() !== this.basemapShown) this.tilesFailed = false;
    // The area the map rested at while a panel was open: given now that it closed, within this update.
    if (!this.store.panel) this.giveArea();
  }

  /** Resolves once the map exists (its code arrived and the element is near the viewport). */
  whenAdapter(): Promise<void> {
    return this.adapterReady;
  }

  /** Resolves once the map exists and has drawn what the current update gave it. */
  async whenDrawn(): Promise<void> {
    await this.host.updateComplete;
    await this.adapterReady;
    await this.adapter?.whenRendered();
    // The list follows where the map came to rest, given to the store a frame later (and not while a panel is
    // open): drawn means that too. A map made just as its first feed came is fitted only once it knows its size.
    for (let frames = 0; frames < 10 && this.areaBehind(); frames++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await this.host.updateComplete;
    }
  }

  /** Whether the store has yet to hear where the map is now. */
  private areaBehind(): boolean {
    const now = this.adapter?.area();
    const known = this.store.mapArea;
    if (!now || this.store.panel) return false;
    return !known || now.extent.some((value, i) => Math.abs(value - known.extent[i]!) > 1e-9);
  }

  /** "Opnieuw proberen" after the map's code failed to arrive. */
  retryCode(): void {
    retryChunks();
    this.code.load().catch(() => undefined);
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.adapter) {
      if (!this.host.isConnected) return;
      const container = this.options.container();
      if (!container) return this.dropEarlyMap();
      if (this.takeOverEarlyMap(container)) return this.placeCredit();
      const code = this.code.part;
      if (!code) {
        if (!this.code.failed) this.code.load().catch(() => undefined);
        return;
      }
      if (this.waitForFirstFeed()) return;
      this.adapter = this.create(code, container);
      this.adapterArrived?.();
      this.adapter.setTarget((this.target = container));
      this.attachRegions();
      this.basemapShown = this.basemapKey();
      this.drawing.attached();
      this.placeCredit();
      this.sync(true);
      return;
    }
    // The view rendered another container (a re-render from scratch): the map moves into it, whole.
    const container = this.options.container();
    if (container && container !== this.target) this.adapter.setTarget((this.target = container));
    this.placeCredit();
    if (this.keepsEarlyPins) {
      if (this.waitForFirstFeed()) return;
      this.keepsEarlyPins = false;
      this.sync(true);
      return;
    }
    this.sync(false);
  }

  private placeCredit(): void {
    this.adapter?.placeCredit(this.options.creditPlace() ?? undefined);
  }

  /** A map drawn before the element's code came, where the element's first view has no map (a script changed `view`). */
  private dropEarlyMap(): void {
    const early = this.host.isConnected ? takeEarlyMap(this.host) : undefined;
    early?.adapter.dispose();
    early?.container.remove();
  }

  /**
   * The map the entry drew before the element's code came, moved into the interface's container with its pins:
   * drawn from the store as soon as the store has the feed (within this task when the feed was read before).
   */
  private takeOverEarlyMap(container: HTMLElement): boolean {
    const early = takeEarlyMap(this.host);
    if (!early) return false;
    const adapter = (this.adapter = early.adapter);
    adapter.handOver(this.handlers(container));
    adapter.setTarget((this.target = container));
    early.container.remove();
    this.adapterArrived?.();
    this.attachRegions();
    this.basemapShown = early.basemapKey;
    this.tilesFailed = early.tilesFailed;
    this.drawing.attached();
    this.keepsEarlyPins = true;
    this.host.requestUpdate();
    return true;
  }

  /** Whether the map is not made yet because the first feed is about to arrive (the next update makes it). */
  private waitForFirstFeed(): boolean {
    if (this.waitedForFeed) return false;
    if (!this.options.firstFeedPending?.()) {
      this.waitedForFeed = true;
      clearTimeout(this.feedWaitTimer);
      return false;
    }
    this.feedWaitTimer ??= setTimeout(() => {
      this.waitedForFeed = true;
      this.host.requestUpdate();
    }, FIRST_FEED_WAIT_MS);
    return true;
  }

  hostDisconnected(): void {
    this.printMedia?.removeEventListener('change', this.onPrint);
    this.afterPrint = undefined;
    cancelAnimationFrame(this.areaFrame);
    this.areaFrame = 0;
    this.adapter?.dispose();
    this.adapter = this.target = undefined;
    this.keepsEarlyPins = false;
    if (this.firstPinsDrawn === 'waiting') this.firstPinsDrawn = false;
  }

  private create({ MapAdapter }: MapModule, container: HTMLElement): MapAdapter {
    return new MapAdapter({
      basemap: this.options.basemap(),
      messages: this.options.messages(),
      looks: kindLooksOf(getComputedStyle(this.host)),
      reducedMotion: globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
      ...this.handlers(container),
    });
  }

  private handlers(container: HTMLElement): MapHandlers {
    // A pin picked on the map is in view already: opening it does not move the map.
    const picked = (request: OpenRequest) => {
      this.drawing.pickedOnTheMap();
      this.options.open(request);
    };
    return {
      keyboardTarget: container,
      wheelZoom: () => this.options.wheelZoom(),
      onPinSelect: (pinId) => picked({ type: 'pin-click', pinId }),
      onPinsSelect: (pinIds) => picked({ type: 'pins', pinIds }),
      onRegionSelect: (naam) => this.options.chooseRegion(naam),
      onTileError: () => {
        this.tilesFailed = true;
        this.host.requestUpdate();
      },
      onAreaChange: (area) => {
        this.restedArea = { area };
        // In a frame of its own: OpenLayers measures its size as it is attached, inside our first update, and a
        // second rendering of everything in that same task would make the first paint wait for it.
        this.areaFrame ||= requestAnimationFrame(() => {
          this.areaFrame = 0;
          this.giveArea();
        });
      },
    };
  }

  private basemapKey(): string {
    return `${this.options.basemap()} ${this.options.messages().lang}`;
  }

  /**
   * The store's area follows the map, except while a panel is open: the list would reorder under a visitor reading
   * it, and the route they came from would move away. It follows when the panel closes.
   */
  private giveArea(): void {
    if (!this.restedArea || this.store.panel) return;
    const { area } = this.restedArea;
    this.restedArea = undefined;
    this.store.setMapArea(area);
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
    const coverage = this.options.coverage();
    // The outlines after the first pins (they are not what a visitor waits for), unless the view is about regions.
    if (store.regionLocked || coverage) this.loadRegions();
    else if (store.feed) this.afterFirstPins(adapter, () => this.loadRegions());
    // Only a feed can say that a route is not in it.
    if (store.feed && store.selectedRouteId && !store.selectedRoute) this.warnMissing(store.selectedRouteId);
    this.drawing.draw(adapter, attached);
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

  /** Asked for once; after a failure not again (the map goes on without borders). */
  private loadRegions(): void {
    if (!this.regions.failed) this.regions.load().catch(() => undefined);
  }

  /** A new map: the outlines drawn if their module is in; their credit's room given back if it failed. */
  private attachRegions(): void {
    if (this.regions.part) this.showRegions(this.regions.part);
    else if (this.regions.failed) this.adapter?.regionsUnavailable();
  }

  private showRegions(regions: RegionsModule): void {
    this.adapter?.showRegions((pinsWithin) => regions.createRegionLayers({ pinsWithin }));
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
