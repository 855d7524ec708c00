/**
 * The one place that speaks OpenLayers. The element hands it school pins and which routes pass the filters; the
 * adapter draws them, clusters them, reports clicks, fits and pans the view. OpenLayers objects never leave it.
 *
 * Filtering does not rebuild anything: every pin's feature is created once per feed, and hidden pins are taken
 * out of clustering by the cluster's geometry function (a Set lookup), followed by one re-cluster in the next
 * frame (LazyCluster: however many changes came before it).
 */
import OlMap from 'ol/Map.js';
import View from 'ol/View.js';
import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import { circular, type default as Polygon } from 'ol/geom/Polygon.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import Zoom from 'ol/control/Zoom.js';
import { PlainAttribution } from './plain-attribution.js';
import { defaults as defaultInteractions } from 'ol/interaction/defaults.js';
import DragPan from 'ol/interaction/DragPan.js';
import MouseWheelZoom from 'ol/interaction/MouseWheelZoom.js';
import { noModifierKeys, platformModifierKey, primaryAction } from 'ol/events/condition.js';
import type MapBrowserEvent from 'ol/MapBrowserEvent.js';
import { fromLonLat, toLonLat, transformExtent } from 'ol/proj.js';
import { boundingExtent, getWidth, getHeight, type Extent } from 'ol/extent.js';
import { unByKey } from 'ol/Observable.js';
import type { EventsKey } from 'ol/events.js';
import type BaseLayer from 'ol/layer/Base.js';
import type TileLayer from 'ol/layer/Tile.js';
import type { FeatureLike } from 'ol/Feature.js';
import { ROUTE_KINDS, type RouteKind } from '../feed/kinds.js';
import type { SchoolPin } from '../model/group.js';
import type { Route } from '../feed/parse-feed.js';
import type { Messages } from '../i18n/index.js';
import { CLUSTER_MAX_DIAMETER, PinStyles } from './pin-style.js';
import { LazyCluster } from './lazy-cluster.js';
import { shownWhenFilled } from './shown-when-filled.js';
import { PINS_CANVAS } from './canvases.js';
import {
  basemapAttribution,
  createBasemapLayer,
  createOfflineLayer,
  fillOfflineLayer,
  type Basemap,
} from './basemap.js';
import CircleStyle from 'ol/style/Circle.js';
import ViewHint from 'ol/ViewHint.js';
import Fill from 'ol/style/Fill.js';
import Stroke from 'ol/style/Stroke.js';
import Style from 'ol/style/Style.js';
import type { KindLook } from '../model/kind-looks.js';
import type { LonLat, MapArea } from '../model/geo.js';
import type { RegionLayers } from './region-layers.js';
import type { RegionCoverage } from '../model/coverage.js';

/** The Netherlands with a margin, in web mercator: the view cannot wander off to the Atlantic. */
const NL_EXTENT = transformExtent([2.2, 50.2, 8.3, 54.1], 'EPSG:4326', 'EPSG:3857');
/** The Netherlands' own bounds: the country when the regions' outlines are not there to fit to. */
const NETHERLANDS = transformExtent([3.36, 50.75, 7.23, 53.56], 'EPSG:4326', 'EPSG:3857');
/** Clusters gather the schools within this many pixels, and stand at least a disc's width apart: no disc covers
 * another. */
const CLUSTER_DISTANCE = CLUSTER_MAX_DIAMETER + 4;
/** From this zoom on every school stands on its own (only schools at one exact spot still share a marker). */
const UNCLUSTER_ZOOM = 13;
/** Fitting to results stops at town level, and at one school a little further out: a few streets on a blank
 * background tell a visitor nothing about where the school is. */
const MAX_FIT_ZOOM = 12;
const MAX_POINT_FIT_ZOOM = 11;
/** Opening a cluster may zoom further, until its schools stand apart. */
const MAX_CLUSTER_ZOOM = 17;
/**
 * More pins than this (the national feed has a few hundred schools) get their features and clusters made in tasks
 * of their own: at 2,000 each costs some 10 ms, at 10,000 about 50.
 */
const MANY_PINS = 2_000;

/** Pixels of the map covered by the detail panel: at the right on wide screens, at the bottom on narrow ones. */
export interface Obscured {
  right: number;
  bottom: number;
}

export interface MapAdapterOptions {
  basemap: Basemap;
  messages: Messages;
  looks: Record<RouteKind, KindLook>;
  reducedMotion: boolean;
  /** The focusable element that receives the map's arrow and +/- keys (never the whole host: keys typed in
   * the filters must not move the map). */
  keyboardTarget: HTMLElement;
  /** Zoom with the mouse wheel alone; otherwise only with Ctrl/Cmd, so the page scrolls past the map. */
  wheelZoom: () => boolean;
  /** A single school's pin was chosen. */
  onPinSelect: (pinId: string) => void;
  /** A marker holding several schools at one spot was chosen (at full zoom they cannot be split further). */
  onPinsSelect: (pinIds: string[]) => void;
  /** A region was clicked on the choropleth (the coverage view). */
  onRegionSelect: (naam: string) => void;
  /** Background tiles failed to load (once per basemap): the offline outline shows instead. */
  onTileError: () => void;
  /** The view came to rest somewhere else, or the map was shown or hidden (then `undefined`). */
  onAreaChange: (area: MapArea | undefined) => void;
}

/** What an owner handles of a map: what its keys act on, and what a visitor's picks and moves tell it. */
export type MapHandlers = Omit<MapAdapterOptions, 'basemap' | 'messages' | 'looks' | 'reducedMotion'>;

export { prepareGlyphs } from './pin-style.js';

/** The User Timing mark of a map's first frame with pins (see `markFirstPins`). */
export const FIRST_PINS_MARK = 'leerroutes-kaart:first-pins';

export class MapAdapter {
  private readonly map: OlMap;
  private readonly pinSource = new VectorSource<Feature<Point>>();
  private readonly offlineLayer = createOfflineLayer();
  /** The offline outline's data on its way: a drawing is complete only with it. */
  private outlineArriving: Promise<void> | undefined;
  private readonly cluster: LazyCluster;
  private readonly pinLayer: VectorLayer<LazyCluster>;
  private readonly styles: PinStyles;
  private readonly locationSource = new VectorSource<Feature<Point | Polygon>>();
  private readonly zoomControl: Zoom;
  /** The last fit, while the view is still what it made (see refitAfterResize). */
  private fitted: { extent: Extent; maxZoom?: number; center?: number[]; resolution?: number } | undefined;
  /** A fit still gliding, and whether the box changed meanwhile. */
  private fitting: { extent: Extent; maxZoom?: number; resized: boolean } | undefined;
  private readonly attribution = new PlainAttribution();
  private basemapCredit = '';
  /** The region outlines' credit, in the interface's language. */
  private regionsCredit = '';
  /**
   * Until the outlines are drawn their credit's room is kept in the credit line (see showCredits); none once their
   * module has failed.
   */
  private regionsCredited: 'coming' | 'shown' | 'none' = 'coming';
  /** The region outlines, once their module has arrived. */
  private regions: RegionLayers | undefined;
  private basemapLayer: BaseLayer | undefined;
  /** Counts setBasemap calls: a tile layer arriving for an earlier one is not shown. */
  private basemapAsked = 0;
  private disposed = false;
  private basemapKeys: EventsKey[] = [];
  private listenerKeys: EventsKey[] = [];
  private pins: readonly SchoolPin[] | undefined;
  /** Pins given whose features are not made yet: settles when they are (see setPins). */
  private firstPinsMarked = false;
  private firstPinsShown: () => void = () => undefined;
  private readonly firstPins = new Promise<void>((resolve) => (this.firstPinsShown = resolve));
  private pinsMade: { promise: Promise<void>; made: () => void } | undefined;
  private pinsTimer: ReturnType<typeof setTimeout> | undefined;
  private pinsById = new Map<string, SchoolPin>();
  private featuresById = new Map<string, Feature<Point>>();
  /** Visible routes per visible pin; a pin absent here is hidden. */
  private visibleRoutes = new Map<string, readonly Route[]>();
  /** Per pin, its visible routes counted by kind: made on first drawing, kept until the filters change (a zoom
   * restyles every cluster, and would otherwise count every route again). */
  private summaries = new Map<string, PinSummary>();
  private selectedPinId: string | undefined;
  /** Frames drawn so far: each one costs the page's thread a drawing of every canvas (tests count them). */
  framesDrawn = 0;
  private highlightedPinId: string | undefined;

  constructor(private options: MapAdapterOptions) {
    this.styles = new PinStyles(options.looks);
    this.cluster = new LazyCluster({
      distance: CLUSTER_DISTANCE,
      minDistance: CLUSTER_MAX_DIAMETER,
      source: this.pinSource,
      geometryFunction: (feature) =>
        this.visibleRoutes.has(String(feature.getId())) ? (feature.getGeometry() ?? null) : null,
    });
    this.pinLayer = new VectorLayer({
      source: this.cluster,
      style: (feature) => this.styleFor(feature),
      className: PINS_CANVAS,
      properties: { name: 'pins' },
      updateWhileInteracting: false,
    });
    this.zoomControl = new Zoom({
      zoomInTipLabel: options.messages.ui.zoomIn,
      zoomOutTipLabel: options.messages.ui.zoomOut,
    });
    this.map = new OlMap({
      controls: [this.zoomControl, this.attribution],
      interactions: defaultInteractions({
        altShiftDragRotate: false,
        pinchRotate: false,
        dragPan: false,
        mouseWheelZoom: false,
      }).extend([this.createDragPan(), this.createWheelZoom()]),
      keyboardEventTarget: options.keyboardTarget,
      // The basemap goes in at index 1, above the offline outline; region outlines just below the pins.
      layers: [this.offlineLayer, this.pinLayer, createLocationLayer(this.locationSource)],
      view: new View({
        center: fromLonLat([5.3, 52.15]),
        zoom: 7,
        minZoom: 6,
        maxZoom: 19,
        extent: NL_EXTENT,
        // Only the centre is kept in the Netherlands: a wide map must still be able to show the whole country.
        constrainOnlyCenter: true,
        enableRotation: false,
      }),
    });
    this.setBasemap(options.basemap, options.messages);
    this.listenerKeys.push(
      this.map.on('click', (event) => this.handleClick(event.pixel)),
      this.map.on('pointermove', (event) => {
        if (event.dragging) return;
        const hit = this.map.hasFeatureAtPixel(event.pixel, {
          layerFilter: (l) => (this.pinLayer.getVisible() ? l === this.pinLayer : l === this.regions?.outlines),
          hitTolerance: 4,
        });
        this.map.getTargetElement()?.style.setProperty('cursor', hit ? 'pointer' : '');
      }),
      this.map.getView().on('change:resolution', () => this.updateClusterDistance()),
      // While the view moves the pins' drawing is scaled, not redrawn (updateWhileInteracting): no clusters then.
      this.map.on('precompose', ({ frameState }) => {
        if (frameState && !frameState.viewHints[ViewHint.ANIMATING] && !frameState.viewHints[ViewHint.INTERACTING]) {
          this.cluster.beforeFrame(frameState.viewState.resolution);
        }
      }),
      this.map.on('postrender', () => {
        this.framesDrawn++;
        this.markFirstPins();
      }),
      // Region names give way to pins: decided again whenever the clusters are rebuilt.
      this.cluster.on('change', () => this.regions?.pinsMoved()),
      this.map.on('moveend', () => this.options.onAreaChange(this.area())),
      this.map.on('change:size', () => {
        this.refitAfterResize();
        this.options.onAreaChange(this.area());
      }),
    );
    this.setMessages(options.messages);
  }

  /**
   * The first frame that draws this map's pins is marked on the page's performance timeline (User Timing
   * `leerroutes-kaart:first-pins`, with the number of pins): what `npm run bench` and a webmaster's tools measure.
   */
  private markFirstPins(): void {
    if (this.firstPinsMarked || !this.pins?.length || this.pinsMade || !this.cluster.current) return;
    // Pins that all fail the filters draw nothing.
    if (!this.pinLayer.getVisible() || !this.pinSource.getFeatures().length || !this.visibleRoutes.size) return;
    this.firstPinsMarked = true;
    this.firstPinsShown();
    performance.mark?.(FIRST_PINS_MARK, { detail: { pins: this.pins.length } });
  }

  /** Attach to (or, with undefined, detach from) a container element. */
  setTarget(target: HTMLElement | undefined): void {
    this.map.setTarget(target);
    if (!target) return;
    const viewport = this.map.getViewport() as HTMLElement | undefined;
    if (!viewport) return;
    // One finger scrolls the page past an embedded map; two fingers move the map (see createDragPan).
    viewport.style.touchAction = 'pan-x pan-y';
    // The canvas says nothing to assistive technology; the list of routes is its text alternative.
    viewport.querySelector('.ol-layers')?.setAttribute('aria-hidden', 'true');
  }

  /**
   * Shows the credit line in `place` (the interface's strip along the map's foot, where the legend stacks above it
   * however many lines the credit takes), or, with undefined, in the map's own corner.
   */
  placeCredit(place: HTMLElement | undefined): void {
    const parent = place ?? this.map.getOverlayContainerStopEvent();
    // Moved, not removed and added again: OpenLayers would draw a frame of the map for that.
    if (parent) this.attribution.moveTo(parent);
  }

  /**
   * Another owner takes this map over (the element, a map drawn before its code came): its handlers and the target
   * of its keys from now on; then `setTarget` moves the map, pins and all, into its container. What the map was
   * made with (basemap, texts, the kinds' looks) stays: the owner changes those as it changes them on any map.
   */
  handOver(handlers: MapHandlers): void {
    this.options = { ...this.options, ...handlers };
    // OpenLayers reads its keyboard target only when it is made, and listens there each time the map is attached.
    (this.map as unknown as { keyboardEventTarget_: HTMLElement }).keyboardEventTarget_ = handlers.keyboardTarget;
  }

  /** The map's own texts (the zoom buttons' names and titles) in the interface's language. */
  setMessages(messages: Messages): void {
    const viewport = this.map.getViewport();
    // Named in words ("Inzoomen"), not by their "+" and "–" glyphs; the title shows the same on hover.
    for (const [selector, name] of [
      ['.ol-zoom-in', messages.ui.zoomIn],
      ['.ol-zoom-out', messages.ui.zoomOut],
    ] as const) {
      const button = viewport?.querySelector(selector);
      button?.setAttribute('title', name);
      button?.setAttribute('aria-label', name);
    }
  }

  setBasemap(basemap: Basemap, messages: Messages): void {
    if (this.basemapLayer) this.map.removeLayer(this.basemapLayer);
    unByKey(this.basemapKeys);
    this.basemapKeys = [];
    this.basemapLayer = undefined;
    const asked = ++this.basemapAsked;
    this.basemapCredit = basemapAttribution(basemap, messages);
    this.regionsCredit = messages.attribution.regions;
    this.showCredits();
    const showOutline = () => {
      this.outlineArriving = fillOfflineLayer(this.offlineLayer) ?? this.outlineArriving;
    };
    if (basemap === 'none') return showOutline();
    // The tile stack's chunk (requested by the entry together with the map's): tiles follow when it is in.
    createBasemapLayer(basemap).then(
      (layer) => {
        if (asked !== this.basemapAsked || !layer || this.disposed) return;
        this.showTiles(layer, messages, showOutline);
      },
      (error: unknown) => {
        if (asked !== this.basemapAsked || this.disposed) return;
        console.warn(
          `leerroutes-kaart: the basemap's code could not be loaded; the outline shows instead. ${String(error)}`,
        );
        this.tilesFailed(messages, showOutline);
      },
    );
  }

  private showTiles(layer: TileLayer, messages: Messages, showOutline: () => void): void {
    this.basemapLayer = layer;
    // Above the offline outline, below the pins.
    this.map.getLayers().insertAt(1, layer);
    const source = layer.getSource();
    if (!source) return;
    let reported = false;
    this.basemapKeys.push(
      source.on('tileloaderror', () => {
        if (reported) return;
        reported = true;
        this.tilesFailed(messages, showOutline);
      }),
    );
  }

  /** No tiles for this basemap (they failed, or their code did): the outline beneath shows, and the map says so. */
  private tilesFailed(messages: Messages, showOutline: () => void): void {
    showOutline();
    this.basemapCredit = `${this.basemapCredit} · ${messages.attribution.outline}`;
    this.showCredits();
    this.options.onTileError();
  }

  /**
   * Draws the arbeidsmarktregio outlines, made by their module once it has arrived (it is not in the first
   * download), beneath the pins; and credits their source.
   */
  showRegions(create: (pinsWithin: (extent: Extent) => boolean) => RegionLayers): void {
    if (this.regions) return;
    this.regions = create((extent) => this.cluster.getFeaturesInExtent(extent).length > 0);
    const layers = this.map.getLayers();
    layers.insertAt(layers.getArray().indexOf(this.pinLayer), this.regions.mask);
    layers.insertAt(layers.getArray().indexOf(this.pinLayer), this.regions.outlines);
    this.regionsCredited = 'shown';
    this.showCredits();
  }

  /** The region outlines will not come (their module failed): the room kept for their credit is given back. */
  regionsUnavailable(): void {
    if (this.regionsCredited !== 'coming') return;
    this.regionsCredited = 'none';
    this.showCredits();
  }

  get regionsShown(): boolean {
    return !!this.regions;
  }

  /** The regions in the region filter drawn stronger, and the one pointed at in the filter dashed. */
  setRegionEmphasis(chosen: readonly string[], hovered: string | undefined): void {
    this.regions?.setEmphasis(chosen, hovered);
  }

  /**
   * The coverage view: the regions filled by their number of routes (and hatched without a DLR), the pins hidden.
   * Undefined: back to pins.
   */
  setCoverage(rows: readonly RegionCoverage[] | undefined): void {
    this.pinLayer.setVisible(!rows);
    this.regions?.setCoverage(rows);
  }

  /** Everything outside these regions dimmed (a locked region); an empty list removes the mask. */
  setRegionMask(regions: readonly string[]): void {
    this.regions?.setMask(regions);
  }

  /** Fits the view to the outlines of these regions; false when their outlines are not known (not loaded yet). */
  fitToRegions(regions: readonly string[], animate = false): boolean {
    const extent = this.regions?.extentOf(regions);
    if (!extent) return false;
    this.fitExtent(extent, animate, MAX_FIT_ZOOM);
    return true;
  }

  /**
   * Replaces all pins (a new feed); the same list again changes nothing. For thousands of schools their OpenLayers
   * features are made in a task of their own (or sooner, by whatever needs them), and so are the clusters after
   * every change: each costs as much as reading the feed, and all in one task held the page past 200 ms (issue 29).
   */
  setPins(pins: readonly SchoolPin[]): void {
    if (pins === this.pins) return;
    this.pins = pins;
    this.pinsById = new Map(pins.map((pin) => [pin.id, pin]));
    this.featuresById = new Map();
    this.pinSource.clear(true);
    const many = pins.length > MANY_PINS;
    this.cluster.separateTask = many;
    if (!this.pinsMade) {
      let made = () => {};
      this.pinsMade = { promise: new Promise<void>((resolve) => (made = resolve)), made };
    }
    clearTimeout(this.pinsTimer);
    if (many) this.pinsTimer = setTimeout(() => this.makePinFeatures());
    else this.makePinFeatures();
  }

  /** The features of the pins given last, if they are not made yet. */
  private makePinFeatures(): void {
    if (!this.pinsMade) return;
    clearTimeout(this.pinsTimer);
    const features = (this.pins ?? []).map((pin) => {
      const feature = new Feature(new Point(fromLonLat(pin.coordinates)));
      feature.setId(pin.id);
      this.featuresById.set(pin.id, feature);
      return feature;
    });
    this.pinSource.addFeatures(features);
    this.pinsMade.made();
    this.pinsMade = undefined;
  }

  /** Which routes of which pins pass the filters now. Pins without visible routes are hidden. */
  setVisibleRoutes(visibleRoutes: Map<string, readonly Route[]>): void {
    if (visibleRoutes === this.visibleRoutes) return;
    this.visibleRoutes = visibleRoutes;
    this.summaries.clear();
    this.cluster.refresh();
  }

  setSelectedPin(pinId: string | undefined): void {
    if (pinId === this.selectedPinId) return;
    this.selectedPinId = pinId;
    this.pinLayer.changed();
  }

  /** Marks the visitor's place (a blue dot) and, with a distance filter, the circle it reaches; none: no marks. */
  setPlace(place: LonLat | undefined, radiusKm: number | undefined): void {
    this.locationSource.clear();
    if (!place) return;
    if (radiusKm !== undefined) {
      // A circle of true kilometres on the earth (as the distances are), drawn in the map's projection.
      const reach = circular([...place], radiusKm * 1000, 96).transform('EPSG:4326', 'EPSG:3857');
      this.locationSource.addFeature(new Feature(reach));
    }
    this.locationSource.addFeature(new Feature(new Point(fromLonLat([...place]))));
  }

  /** Fits the view to the visitor's place with the given pins near it and, with a distance filter, its circle. */
  fitAround(place: LonLat, pinIds: readonly string[], radiusKm: number | undefined, animate = true): void {
    const center = fromLonLat([...place]);
    const coordinates = [center];
    for (const id of pinIds) {
      const pin = this.pinsById.get(id);
      if (!pin) continue;
      // Mirrored through the place too: the place stays in the middle, its surroundings around it.
      const [x = 0, y = 0] = fromLonLat(pin.coordinates);
      coordinates.push([x, y], [2 * center[0]! - x, 2 * center[1]! - y]);
    }
    if (radiusKm !== undefined) {
      const dLat = radiusKm / 110.574;
      const dLon = radiusKm / (111.32 * Math.cos((place[1] * Math.PI) / 180));
      coordinates.push(fromLonLat([place[0] - dLon, place[1] - dLat]), fromLonLat([place[0] + dLon, place[1] + dLat]));
    }
    this.fitExtent(boundingExtent(coordinates), animate, MAX_FIT_ZOOM);
  }

  /** Marks the pin of the route a visitor points at or focuses in the list. */
  setHighlightedPin(pinId: string | undefined): void {
    if (pinId === this.highlightedPinId) return;
    this.highlightedPinId = pinId;
    this.pinLayer.changed();
  }

  get highlightedPin(): string | undefined {
    return this.highlightedPinId;
  }

  /** The visible pins in view nearest the centre of the map, nearest first: where a keyboard user "enters" the map. */
  pinsNearCenter(limit: number): string[] {
    const view = this.map.getView();
    const center = view.getCenter();
    const size = this.map.getSize();
    if (!center || !size) return [];
    const extent = view.calculateExtent(size);
    const [cx = 0, cy = 0] = center;
    const candidates: { id: string; distance: number }[] = [];
    for (const id of this.visibleRoutes.keys()) {
      const pin = this.pinsById.get(id);
      if (!pin) continue;
      const [x = 0, y = 0] = fromLonLat(pin.coordinates);
      if (x < extent[0]! || x > extent[2]! || y < extent[1]! || y > extent[3]!) continue;
      candidates.push({ id, distance: (x - cx) ** 2 + (y - cy) ** 2 });
    }
    return candidates
      .sort((a, b) => a.distance - b.distance)
      .slice(0, limit)
      .map((candidate) => candidate.id);
  }

  /** What the map shows now, in longitude/latitude; undefined while it has no size (hidden, or not laid out). */
  area(): MapArea | undefined {
    const size = this.map.getSize();
    const view = this.map.getView();
    const center = view.getCenter();
    if (!size || !size[0] || !size[1] || !center) return undefined;
    const [west = 0, south = 0, east = 0, north = 0] = transformExtent(
      view.calculateExtent(size),
      'EPSG:3857',
      'EPSG:4326',
    );
    const [lon = 0, lat = 0] = toLonLat(center);
    return { center: [lon, lat], extent: [west, south, east, north] };
  }

  /** Fits the view to the given pins (all visible ones when none are given). */
  fitToPins(pinIds?: Iterable<string>, animate = false): void {
    const coordinates: number[][] = [];
    for (const id of pinIds ?? this.visibleRoutes.keys()) {
      const pin = this.pinsById.get(id);
      if (pin) coordinates.push(fromLonLat(pin.coordinates));
    }
    if (coordinates.length === 0) return;
    this.fitExtent(boundingExtent(coordinates), animate);
  }

  /**
   * Brings a pin into view: pans only when it is off-screen (or behind the detail panel, whose size in pixels is
   * `obscured`), zooms in only when it is hidden in a cluster (and `mayZoom`). The pin lands in the middle of the
   * free part.
   */
  revealPin(pinId: string, animate = true, obscured: Obscured = { right: 0, bottom: 0 }, mayZoom = true): void {
    this.makePinFeatures();
    const feature = this.featuresById.get(pinId);
    const coordinate = feature?.getGeometry()?.getCoordinates();
    // Measured now: on a phone the sheet that just opened below the map made it shorter.
    this.map.updateSize();
    const size = this.map.getSize();
    if (!feature || !coordinate || !size || !size[0] || !size[1]) return;
    const view = this.map.getView();
    const pixel = this.map.getPixelFromCoordinate(coordinate);
    const [width = 0, height = 0] = size;
    const margin = 24;
    const inView =
      !!pixel &&
      pixel[0]! > margin &&
      pixel[0]! < width - obscured.right - margin &&
      pixel[1]! > margin &&
      pixel[1]! < height - obscured.bottom - margin;
    this.cluster.flush();
    const clustered =
      mayZoom &&
      this.cluster.getFeatures().some((cluster) => {
        const members = cluster.get('features') as Feature<Point>[];
        return members.length > 1 && members.includes(feature);
      });
    if (inView && !clustered) return;
    const zoom = clustered ? Math.max(view.getZoom() ?? 0, UNCLUSTER_ZOOM) : (view.getZoom() ?? UNCLUSTER_ZOOM);
    const resolution = view.getResolutionForZoom(zoom);
    const [x = 0, y = 0] = coordinate;
    view.animate({
      center: [x + (obscured.right / 2) * resolution, y - (obscured.bottom / 2) * resolution],
      zoom,
      duration: animate && !this.options.reducedMotion ? 350 : 0,
    });
  }

  /**
   * For printing: the map sized to its box now (the print layout's), every region fitted and drawn at once, since a
   * printout is taken before any frame would come. Returns what puts the view back afterwards.
   */
  fitForPrint(regions: readonly string[]): () => void {
    const view = this.map.getView();
    const [center, resolution] = [view.getCenter(), view.getResolution()];
    // A view that showed what it was fitted to is fitted again afterwards (to the screen's box, which the print
    // layout may already have changed); any other view is put back as it was.
    const fitted = this.fitted && this.stillFitted(this.fitted) ? this.fitted : undefined;
    this.map.updateSize();
    if (!this.fitToRegions(regions)) this.fitExtent(NETHERLANDS, false);
    this.map.renderSync();
    return () => {
      this.map.updateSize();
      if (fitted) {
        this.fitExtent(fitted.extent, false, fitted.maxZoom);
      } else {
        view.setCenter(center);
        view.setResolution(resolution);
      }
    };
  }

  /** Resolves after the next complete render (tiles and pins drawn). */
  /** Resolves at the end of the first frame that shows pins (never, for a map that shows none). */
  whenFirstPins(): Promise<void> {
    return this.firstPins;
  }

  async whenRendered(): Promise<void> {
    await this.outlineArriving;
    // Many pins: a frame may find the clusters stale and draw them anew only after their own task (lazy-cluster.ts);
    // pins given while a frame was awaited are drawn in a later one. Hidden pins (the coverage view) are not drawn.
    for (let frames = 0; frames < 10; frames++) {
      await this.pinsMade?.promise;
      await this.cluster.whenCurrent();
      this.map.updateSize();
      const [width = 0, height = 0] = this.map.getSize() ?? [];
      // A hidden map (list view, a closed tab) draws nothing, so it will not report a finished drawing either.
      if (width === 0 || height === 0) return;
      await new Promise<void>((resolve) => {
        this.map.once('rendercomplete', () => resolve());
        this.map.render();
      });
      if (!this.pinsMade && (this.cluster.current || !this.pinLayer.getVisible())) return;
    }
  }

  // ---- What the map shows, as plain data: the element's tests read it here; no OpenLayers object leaves. ----

  /** The view: centre and visible extent in degrees, zoom, size in CSS pixels, and whether it is still moving. */
  view(): { center: LonLat; zoom: number; size: [number, number]; moving: boolean; extent: MapArea['extent'] } {
    const view = this.map.getView();
    const [width = 0, height = 0] = this.map.getSize() ?? [];
    const [lon = 0, lat = 0] = toLonLat(view.getCenter() ?? [0, 0]);
    const [west = 0, south = 0, east = 0, north = 0] = transformExtent(
      view.calculateExtent([width, height]),
      'EPSG:3857',
      'EPSG:4326',
    );
    return {
      center: [lon, lat],
      zoom: view.getZoom() ?? 0,
      size: [width, height],
      moving: view.getAnimating(),
      extent: [west, south, east, north],
    };
  }

  /** Moves the view at once, as a visitor's drag and zoom would: `place` at the centre, or at pixel `at`. */
  /** Back to a view the visitor had: its centre and zoom, gliding unless asked not to or motion is reduced. */
  goTo(center: LonLat, zoom: number, animate: boolean): void {
    this.map.getView().animate({
      center: fromLonLat([...center]),
      zoom,
      duration: animate && !this.options.reducedMotion ? 350 : 0,
    });
  }

  lookAt(place: LonLat, zoom: number, at?: readonly [number, number]): void {
    const view = this.map.getView();
    view.setZoom(zoom);
    const [x = 0, y = 0] = fromLonLat([...place]);
    const [width = 0, height = 0] = this.map.getSize() ?? [];
    const resolution = view.getResolution() ?? 0;
    const [dx, dy] = at ? [at[0] - width / 2, at[1] - height / 2] : [0, 0];
    view.setCenter([x - dx * resolution, y + dy * resolution]);
  }

  /** Where a place is on the map, in CSS pixels from its top left corner. */
  pixelAt(place: LonLat): [number, number] | undefined {
    const pixel = this.map.getPixelFromCoordinate(fromLonLat([...place]));
    return pixel ? [pixel[0]!, pixel[1]!] : undefined;
  }

  /** Where a pin is on the map (whether or not it is drawn apart from a cluster). */
  pixelOfPin(pinId: string): [number, number] | undefined {
    const pin = this.pinsById.get(pinId);
    return pin ? this.pixelAt(pin.coordinates) : undefined;
  }

  /** Every marker drawn (a pin or a cluster): its pixel and the pins it holds. */
  markers(): { pixel: [number, number]; pinIds: string[] }[] {
    this.makePinFeatures();
    this.cluster.flush();
    return this.cluster.getFeatures().map((marker) => {
      const coordinate = (marker.getGeometry() as Point).getCoordinates();
      const pixel = this.map.getPixelFromCoordinate(coordinate) ?? [NaN, NaN];
      const members = marker.get('features') as Feature<Point>[];
      return { pixel: [pixel[0]!, pixel[1]!], pinIds: members.map((member) => String(member.getId())) };
    });
  }

  /**
   * What the layer called `name` draws by itself, read back from its canvas: drawn for a moment without the layers
   * that share that canvas (canvases.ts), then as before. `ratio`: canvas pixels per CSS pixel. Tests read it.
   */
  drawnAlone(name: string): { image: ImageData; ratio: number } | undefined {
    const layers = this.map.getAllLayers();
    const layer = layers.find((candidate) => candidate.get('name') === name);
    const [width = 0] = this.map.getSize() ?? [];
    if (!layer?.getVisible() || !width) return undefined;
    const others = layers.filter((other) => other !== layer && other.getVisible());
    for (const other of others) other.setVisible(false);
    try {
      this.map.renderSync();
      const canvas = (layer.getRenderer() as unknown as { context?: CanvasRenderingContext2D } | null)?.context?.canvas;
      if (!canvas?.width) return undefined;
      const image = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      return { image, ratio: canvas.width / width };
    } finally {
      for (const other of others) other.setVisible(true);
      this.map.renderSync();
    }
  }

  /** The layers from bottom to top, by name: whether each is shown and how many shapes it holds. */
  layers(): { name: string; visible: boolean; shapes: number }[] {
    this.makePinFeatures();
    return this.map.getAllLayers().map((layer) => {
      const source = layer.getSource() as { getFeatures?: () => unknown[] } | null;
      return {
        name: String(layer.get('name') ?? layer.getClassName()),
        visible: layer.getVisible(),
        shapes: source?.getFeatures?.().length ?? 0,
      };
    });
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.pinsTimer);
    this.pinsMade?.made();
    this.pinsMade = undefined;
    unByKey(this.listenerKeys);
    unByKey(this.basemapKeys);
    this.listenerKeys = [];
    this.basemapKeys = [];
    this.map.setTarget(undefined);
    this.map.dispose();
  }

  private fitExtent(extent: Extent, animate: boolean, maxZoom?: number): void {
    if (!this.map.getSize()) this.map.updateSize();
    const size = this.map.getSize();
    if (!size || size[0] === 0 || size[1] === 0) {
      // Not laid out yet (just attached, or inside a hidden tab): fit as soon as there is room.
      this.map.once('change:size', () => this.fitExtent(extent, false, maxZoom));
      return;
    }
    const padding = (size[0] ?? 0) < 500 ? [48, 24, 48, 24] : [64, 64, 64, 64];
    const isPoint = getWidth(extent) === 0 && getHeight(extent) === 0;
    const view = this.map.getView();
    const duration = animate && !this.options.reducedMotion ? 400 : 0;
    const record = () => {
      this.fitted = { extent, maxZoom, center: view.getCenter(), resolution: view.getResolution() };
    };
    this.fitted = undefined;
    this.fitting = duration ? { extent, maxZoom, resized: false } : undefined;
    view.fit(extent, {
      padding,
      maxZoom: maxZoom ?? (isPoint ? MAX_POINT_FIT_ZOOM : MAX_FIT_ZOOM),
      duration,
      callback: duration
        ? (complete) => {
            const fitting = this.fitting;
            this.fitting = undefined;
            if (!complete) return;
            // The box changed during the glide: the glide went to the old box's fit.
            if (fitting?.resized) this.fitExtent(extent, false, maxZoom);
            else record();
          }
        : undefined,
    });
    if (!duration) record();
  }

  /**
   * The map's box changed (a legend moved below a short map, a sheet opened under it): a view that is still the one
   * fitted to what is shown is fitted again to the new box; a view the visitor has moved since is left alone.
   */
  private refitAfterResize(): void {
    if (this.fitting) {
      this.fitting.resized = true;
      return;
    }
    const fitted = this.fitted;
    if (fitted && this.stillFitted(fitted)) this.fitExtent(fitted.extent, false, fitted.maxZoom);
  }

  /** Whether the view is still the one a fit made (nobody has moved it since). */
  private stillFitted(fitted: { center?: number[]; resolution?: number }): boolean {
    const view = this.map.getView();
    const [x = 0, y = 0] = view.getCenter() ?? [];
    const [fx = 0, fy = 0] = fitted.center ?? [];
    const resolution = view.getResolution() ?? 0;
    return (
      Math.abs(resolution - (fitted.resolution ?? 0)) < resolution * 1e-6 && Math.hypot(x - fx, y - fy) < resolution
    );
  }

  /** Mouse: drag as usual. Touch: two fingers, so one finger keeps scrolling the page (WCAG 2.1.2, no trap). */
  private createDragPan(): DragPan {
    const dragPan: DragPan = new DragPan({
      condition: (event: MapBrowserEvent) => {
        const pointer = event.originalEvent as PointerEvent;
        if (pointer.pointerType === 'touch') return dragPan.getPointerCount() >= 2;
        return noModifierKeys(event) && primaryAction(event);
      },
    });
    return dragPan;
  }

  private createWheelZoom(): MouseWheelZoom {
    return new MouseWheelZoom({
      condition: (event: MapBrowserEvent) => this.options.wheelZoom() || platformModifierKey(event),
    });
  }

  /**
   * The credit line. The region outlines come after the first pins; were their credit added only then, a line that
   * wraps would grow by a line and move the legend above it (a layout shift on every phone). So its room is kept
   * from the start, and the words are shown once the outlines are drawn.
   */
  private showCredits(): void {
    const shown = this.regionsCredited === 'shown' ? this.regionsCredit : '';
    const kept = this.regionsCredited === 'coming' && this.regionsCredit ? ` · ${this.regionsCredit}` : '';
    this.attribution.setText([this.basemapCredit, shown].filter(Boolean).join(' · '), kept);
  }

  /** The credit line's words as shown (without the room kept for words to come). */
  get credit(): string {
    return this.attribution.shownText;
  }

  private updateClusterDistance(): void {
    const zoom = this.map.getView().getZoom() ?? 0;
    this.cluster.setDistance(zoom >= UNCLUSTER_ZOOM ? 0 : CLUSTER_DISTANCE);
  }

  private handleClick(pixel: number[]): void {
    if (!this.pinLayer.getVisible()) {
      const region = this.map.forEachFeatureAtPixel(pixel, (feature) => feature, {
        layerFilter: (layer) => layer === this.regions?.outlines,
      });
      if (region) this.options.onRegionSelect(String(region.getId()));
      return;
    }
    const clusterFeature = this.map.forEachFeatureAtPixel(pixel, (feature) => feature, {
      layerFilter: (layer) => layer === this.pinLayer,
      hitTolerance: 4,
    });
    if (!clusterFeature) return;
    const members = clusterFeature.get('features') as Feature<Point>[];
    const ids = members.map((feature) => String(feature.getId()));
    if (ids.length === 1) {
      this.options.onPinSelect(ids[0]!);
      return;
    }
    const extent = boundingExtent(members.map((feature) => feature.getGeometry()!.getCoordinates()));
    const view = this.map.getView();
    const atMaxZoom = (view.getZoom() ?? 0) >= (view.getMaxZoom() ?? 19) - 0.5;
    if ((getWidth(extent) === 0 && getHeight(extent) === 0) || atMaxZoom) {
      this.options.onPinsSelect(ids);
    } else {
      this.fitExtent(extent, true, MAX_CLUSTER_ZOOM);
    }
  }

  private styleFor(feature: FeatureLike) {
    const members = feature.get('features') as Feature<Point>[];
    if (members.length === 1) {
      const id = String(members[0]!.getId());
      const emphasized = id === this.selectedPinId || id === this.highlightedPinId;
      return this.styles.pin(this.summaryOf(id).kinds, emphasized);
    }
    const perKind: Record<RouteKind, number> = { DLR: 0, GLR: 0, leerlab: 0 };
    let count = 0;
    for (const member of members) {
      const summary = this.summaryOf(String(member.getId()));
      for (const kind of ROUTE_KINDS) perKind[kind] += summary.perKind[kind];
      count += summary.count;
    }
    return this.styles.cluster(count, perKind);
  }

  private summaryOf(pinId: string): PinSummary {
    let summary = this.summaries.get(pinId);
    if (!summary) {
      const routes = this.visibleRoutes.get(pinId) ?? [];
      const perKind: Record<RouteKind, number> = { DLR: 0, GLR: 0, leerlab: 0 };
      for (const route of routes) perKind[route.soort]++;
      summary = { perKind, count: routes.length, kinds: ROUTE_KINDS.filter((kind) => perKind[kind] > 0) };
      this.summaries.set(pinId, summary);
    }
    return summary;
  }
}

interface PinSummary {
  perKind: Record<RouteKind, number>;
  count: number;
  /** The kinds present, in ROUTE_KINDS order. */
  kinds: RouteKind[];
}

/** The visitor's place: a blue dot in a white ring above the pins; the distance filter's reach as a dashed circle. */
const PLACE_STYLE = new Style({
  image: new CircleStyle({
    radius: 8,
    fill: new Fill({ color: '#1a73e8' }),
    stroke: new Stroke({ color: '#ffffff', width: 3 }),
  }),
  zIndex: 2000,
});
const REACH_STYLE = new Style({
  stroke: new Stroke({ color: '#1a73e8', width: 2, lineDash: [8, 6] }),
  fill: new Fill({ color: 'rgba(26, 115, 232, 0.06)' }),
});

function createLocationLayer(
  source: VectorSource<Feature<Point | Polygon>>,
): VectorLayer<VectorSource<Feature<Point | Polygon>>> {
  return shownWhenFilled(
    new VectorLayer({
      source,
      className: PINS_CANVAS,
      properties: { name: 'my-location' },
      style: (feature) => (feature.getGeometry() instanceof Point ? PLACE_STYLE : REACH_STYLE),
    }),
  );
}
