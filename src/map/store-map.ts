/**
 * The map drawn from the store, with no UI framework: hands the adapter what the store shows (the pins, the visible
 * routes, the selected pin, the visitor's place, the regions' emphasis and mask, the coverage choropleth) and
 * carries out the camera rules' moves (model/camera.ts). The element's map controller draws through it after each
 * update; a page without Lit can `follow()` the store with it directly.
 */
import type { MapStore } from '../model/store.js';
import type { RegionCoverage } from '../model/coverage.js';
import { NEW_CAMERA, cameraMove, feedArrived, type CameraMemory, type CameraMove } from '../model/camera.js';
import type { MapAdapter, Obscured } from './map-adapter.js';
import { ARBEIDSMARKTREGIOS } from '../feed/domain.js';

const ALL_REGIONS = ARBEIDSMARKTREGIOS.map(({ naam }) => naam);

/** A new place brings this many of the nearest schools into view with it. */
const NEAREST_IN_VIEW = 3;

export interface StoreMapOptions {
  /** How much of the map the detail panel covers now (beside it, or as a bottom sheet). */
  obscured?(): Obscured;
  /** The coverage view's counts, when it is shown: the map becomes a choropleth without pins. */
  coverage?(): readonly RegionCoverage[] | undefined;
  /** The region a visitor points at in the region filter. */
  hoveredRegion?(): string | undefined;
  /** The region outlines are on their way: a locked region's fit waits for them. */
  outlinesPending?(): boolean;
}

export class StoreMap {
  private camera: CameraMemory = NEW_CAMERA;
  /** The panel about to open was picked on the map: reveal it without zooming. */
  private pickedOnMap = false;
  /** Where the map was before an open panel zoomed it in. */
  private beforePanel: ReturnType<MapAdapter['view']> | undefined;

  constructor(
    private readonly store: MapStore,
    private readonly options: StoreMapOptions = {},
  ) {}

  /** A feed arrived: the first (or the first after none), a new `src`, or a changed one found by a refresh. */
  feedArrived(refreshed: boolean, afterNone: boolean): void {
    this.camera = feedArrived(this.camera, refreshed, afterNone);
  }

  /** The next panel comes from a pin picked on the map (it is in view already). */
  pickedOnTheMap(): void {
    this.pickedOnMap = true;
  }

  /** A new adapter (the map created, or created again): everything is new to it. */
  attached(): void {
    this.camera = { ...this.camera, visible: undefined, panel: undefined, region: undefined, place: undefined };
  }

  /** Draws what the store shows now, and moves the view when the camera rules say so. */
  draw(adapter: MapAdapter, attached = false): void {
    const store = this.store;
    const { options } = this;
    adapter.setPins(store.pins);
    adapter.setVisibleRoutes(store.visibleByPin);
    adapter.setSelectedPin(store.selectedPinId);
    adapter.setCoverage(options.coverage?.());
    adapter.setRegionEmphasis(store.effectiveFilters.region, options.hoveredRegion?.());
    adapter.setRegionMask(store.regionLocked && adapter.regionsShown ? store.presets.region : []);

    const place = store.place;
    const radius = place ? store.radius : undefined;
    const placeKey = place && `${place.lon},${place.lat},${radius ?? ''}`;
    // A new place or radius: its mark (and reach) drawn at once, with or without a feed.
    if (attached || placeKey !== this.camera.place) adapter.setPlace(place && [place.lon, place.lat], radius);
    const { move, memory } = cameraMove(this.camera, {
      attached,
      hasFeed: !!store.feed,
      visible: store.visibleByPin,
      region: store.effectiveFilters.region.join('\n'),
      panel: store.panel,
      selectedPinId: store.selectedPinId,
      place: placeKey,
      regionLocked: store.regionLocked,
      outlinesPending: options.outlinesPending?.() ?? false,
      pickedOnMap: this.pickedOnMap,
      visibleCount: store.visible.length,
      hasArea: !!store.mapArea,
      schoolsInView: store.inView.schools,
      coverage: !!options.coverage?.(),
    });
    this.camera = memory;
    if (move.type === 'wait-for-outlines') return;
    this.pickedOnMap = false;
    this.makeMove(adapter, move);
  }

  /**
   * Draws now and after every change the store reports (once per frame), until the returned function is called.
   * The store's map area follows what the map shows.
   */
  follow(adapter: MapAdapter): () => void {
    let frame = 0;
    const redraw = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        this.store.setMapArea(adapter.area());
        this.draw(adapter);
      });
    };
    this.draw(adapter, true);
    const unsubscribe = this.store.subscribe(redraw);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }

  private makeMove(adapter: MapAdapter, move: CameraMove): void {
    const store = this.store;
    // The view before a panel zoomed in, for its closing (rule 3); any other move of the camera forgets it.
    if (move.type === 'reveal' && move.mayZoom) {
      this.beforePanel ??= adapter.view();
    } else if (move.type === 'return') {
      if (this.beforePanel) adapter.goTo(this.beforePanel.center, this.beforePanel.zoom, move.animate);
      this.beforePanel = undefined;
    } else if (move.type !== 'stay' && move.type !== 'reveal') {
      this.beforePanel = undefined;
    }
    switch (move.type) {
      case 'reveal':
        // A pin picked on the map is in view, but may now be under the panel (a phone's bottom sheet).
        adapter.revealPin(move.pinId, move.animate, this.options.obscured?.(), move.mayZoom);
        break;
      case 'fit-near':
        this.fitNear(adapter, move.animate);
        break;
      case 'fit':
        if (!(move.toRegion && adapter.fitToRegions(store.presets.region, move.animate))) {
          adapter.fitToPins(undefined, move.animate);
        }
        break;
      case 'fit-country':
        if (!adapter.fitToRegions(ALL_REGIONS, move.animate)) adapter.fitToPins(undefined, move.animate);
        break;
      case 'to-results':
        if (move.near) this.fitNear(adapter, true);
        else adapter.fitToPins(undefined, true);
        break;
    }
  }

  /** The visitor's place with its nearest results (or the reach of the distance filter) in view. */
  private fitNear(adapter: MapAdapter, animate: boolean): void {
    const place = this.store.place;
    if (!place) return;
    const nearest = this.store.listPins.slice(0, NEAREST_IN_VIEW).map((pin) => pin.id);
    adapter.fitAround([place.lon, place.lat], nearest, this.store.radius, animate);
  }
}
