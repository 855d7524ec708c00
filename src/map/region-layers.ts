/**
 * The arbeidsmarktregio outlines on the map: thin borders beneath the pins, names at national zoom where no pin is
 * in the way, the chosen regions drawn stronger, and a mask that dims everything outside a locked region.
 * Kept apart from the adapter: it only needs the region shapes (loaded on demand) and a way to know where pins are.
 */
import Feature from 'ol/Feature.js';
import Polygon from 'ol/geom/Polygon.js';
import MultiPolygon from 'ol/geom/MultiPolygon.js';
import Point from 'ol/geom/Point.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import Fill from 'ol/style/Fill.js';
import Stroke from 'ol/style/Stroke.js';
import Style from 'ol/style/Style.js';
import Icon from 'ol/style/Icon.js';
import { fromLonLat } from 'ol/proj.js';
import { createEmpty, extend, getArea, type Extent } from 'ol/extent.js';
import type { FeatureLike } from 'ol/Feature.js';
import type { RegionShape } from '../regions/regions.js';
import { COVERAGE_CLASSES, COVERAGE_COLOURS, type RegionCoverage } from '../model/coverage.js';
import { shownWhenFilled } from './shown-when-filled.js';
import { BACKDROP_CANVAS } from './canvases.js';

/** Names are shown at the zooms of the whole country and of a few provinces (metres per pixel). */
const LABEL_MAX_RESOLUTION = 1600;
const LABEL_FONT = '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const BORDER = new Style({ stroke: new Stroke({ color: 'rgba(52, 72, 110, 0.55)', width: 1 }) });
const CHOSEN = new Style({
  stroke: new Stroke({ color: '#1d4f91', width: 3 }),
  fill: new Fill({ color: 'rgba(29, 79, 145, 0.07)' }),
  zIndex: 2,
});
const HOVERED = new Style({
  stroke: new Stroke({ color: '#1d4f91', width: 3, lineDash: [8, 5] }),
  fill: new Fill({ color: 'rgba(29, 79, 145, 0.05)' }),
  zIndex: 3,
});
const MASK = new Style({ fill: new Fill({ color: 'rgba(28, 36, 52, 0.38)' }) });

export interface RegionLayersOptions {
  /** Whether a pin or cluster is drawn within this extent (map units): a name is not put over it. */
  pinsWithin(extent: Extent): boolean;
}

export class RegionLayers {
  static create(shapes: readonly RegionShape[], options: RegionLayersOptions): RegionLayers {
    const layers = new RegionLayers(options);
    layers.setShapes(shapes);
    return layers;
  }

  readonly outlines: VectorLayer<VectorSource<Feature<MultiPolygon>>>;
  readonly mask: VectorLayer<VectorSource<Feature<Polygon>>>;
  private readonly outlineSource = new VectorSource<Feature<MultiPolygon>>();
  private readonly maskSource = new VectorSource<Feature<Polygon>>();
  /** The regions the mask leaves undimmed, as last drawn; undefined: to be drawn anew. */
  private masked: string | undefined = '';
  private readonly labels = new Map<string, Style>();
  private chosen = new Set<string>();
  private hovered: string | undefined;
  private shapes = new Map<string, RegionShape>();
  /** The coverage view's counts by region name; undefined: outlines only. */
  private coverage: Map<string, RegionCoverage> | undefined;
  private readonly fills = new Map<string, Style>();

  constructor(private readonly options: RegionLayersOptions) {
    this.outlines = new VectorLayer({
      source: this.outlineSource,
      className: BACKDROP_CANVAS,
      properties: { name: 'regions' },
      style: (feature, resolution) => this.styleFor(feature, resolution),
      // Names (images) do not overlap one another; borders are not affected.
      declutter: true,
    });
    this.mask = shownWhenFilled(
      new VectorLayer({
        source: this.maskSource,
        className: BACKDROP_CANVAS,
        properties: { name: 'region-mask' },
        style: MASK,
      }),
    );
  }

  setShapes(shapes: readonly RegionShape[]): void {
    this.shapes = new Map(shapes.map((shape) => [shape.naam, shape]));
    if (this.masked !== '') this.masked = undefined;
    this.outlineSource.clear(true);
    this.outlineSource.addFeatures(
      shapes.map((shape) => {
        const geometry = new MultiPolygon(
          shape.polygons.map((rings) => rings.map((ring) => ring.map((p) => fromLonLat(p)))),
        );
        const feature = new Feature(geometry);
        feature.setId(shape.naam);
        feature.set('label', labelPoint(geometry));
        return feature;
      }),
    );
  }

  get loaded(): boolean {
    return this.shapes.size > 0;
  }

  /** The regions in the region filter, drawn stronger; and the one a visitor points at in the filter. */
  setEmphasis(chosen: readonly string[], hovered: string | undefined): void {
    const same =
      hovered === this.hovered && chosen.length === this.chosen.size && chosen.every((n) => this.chosen.has(n));
    if (same) return;
    this.chosen = new Set(chosen);
    this.hovered = hovered;
    this.outlines.changed();
  }

  setCoverage(rows: readonly RegionCoverage[] | undefined): void {
    if (!rows && !this.coverage) return;
    this.coverage = rows && new Map(rows.map((row) => [row.naam, row]));
    this.outlines.changed();
  }

  /** Dims all but these regions (a locked region); none: no mask. */
  setMask(regions: readonly string[]): void {
    // Asked again at each drawing; a source cleared, even an empty one, announces a change: the map draws a frame.
    const key = regions.join('\n');
    if (key === this.masked) return;
    this.masked = key;
    this.maskSource.clear(true);
    const holes = regions.flatMap((naam) => this.shapes.get(naam)?.polygons.map((rings) => rings[0]!) ?? []);
    if (holes.length === 0) return;
    const world = [
      fromLonLat([-20, 35]),
      fromLonLat([30, 35]),
      fromLonLat([30, 65]),
      fromLonLat([-20, 65]),
      fromLonLat([-20, 35]),
    ];
    this.maskSource.addFeature(
      new Feature(new Polygon([world, ...holes.map((ring) => ring.map((p) => fromLonLat(p)))])),
    );
  }

  /** The extent of these regions' outlines, in map units; undefined when none is known. */
  extentOf(regions: readonly string[]): Extent | undefined {
    const extent = createEmpty();
    let found = false;
    for (const naam of regions) {
      const geometry = this.outlineSource.getFeatureById(naam)?.getGeometry();
      if (!geometry) continue;
      extend(extent, geometry.getExtent());
      found = true;
    }
    return found ? extent : undefined;
  }

  /** Re-decide which names fit: after the pins were clustered anew. */
  pinsMoved(): void {
    if (this.loaded) this.outlines.changed();
  }

  private styleFor(feature: FeatureLike, resolution: number): Style[] {
    const naam = String(feature.getId());
    const styles = [naam === this.hovered ? HOVERED : this.chosen.has(naam) ? CHOSEN : BORDER];
    const counts = this.coverage?.get(naam);
    if (counts) styles.unshift(...this.fillFor(counts));
    if (resolution <= LABEL_MAX_RESOLUTION) {
      const point = feature.get('label') as Point;
      const [x = 0, y = 0] = point.getCoordinates();
      // The name's box, widened by a cluster's radius: a cluster centred that close would cover it.
      const halfWidth = (naam.length * 3.6 + 6 + 26) * resolution;
      const halfHeight = (10 + 26) * resolution;
      if (!this.options.pinsWithin([x - halfWidth, y - halfHeight, x + halfWidth, y + halfHeight])) {
        styles.push(this.labelStyle(naam, point));
      }
    }
    return styles;
  }

  /** The choropleth's fill for a region: the class colour, and a hatching over it without a DLR. */
  private fillFor(row: RegionCoverage): Style[] {
    let index = 0;
    COVERAGE_CLASSES.forEach((lower, i) => {
      if (row.total >= lower) index = i;
    });
    const key = `${index}${row.noDlr ? 'h' : ''}`;
    let fill = this.fills.get(key);
    if (!fill) {
      fill = new Style({ fill: new Fill({ color: COVERAGE_COLOURS[index] }), zIndex: 0 });
      this.fills.set(key, fill);
    }
    return row.noDlr ? [fill, this.hatch()] : [fill];
  }

  /** Diagonal stripes: "nog geen DLR" is told by a pattern, not by colour alone. */
  private hatch(): Style {
    let hatch = this.fills.get('hatch');
    if (!hatch) {
      const tile = document.createElement('canvas');
      tile.width = tile.height = 8;
      const context = tile.getContext('2d')!;
      context.strokeStyle = 'rgba(176, 122, 0, 0.9)';
      context.lineWidth = 2;
      context.beginPath();
      context.moveTo(0, 8);
      context.lineTo(8, 0);
      context.moveTo(-2, 2);
      context.lineTo(2, -2);
      context.moveTo(6, 10);
      context.lineTo(10, 6);
      context.stroke();
      hatch = new Style({ fill: new Fill({ color: context.createPattern(tile, 'repeat')! }), zIndex: 1 });
      this.fills.set('hatch', hatch);
    }
    return hatch;
  }

  /**
   * A region's name, drawn once onto a canvas of its own (like the pins): OpenLayers' text style measures fonts
   * with an element it puts into the host page by `innerHTML`, which a Trusted Types policy refuses.
   */
  private labelStyle(naam: string, point: Point): Style {
    let style = this.labels.get(naam);
    if (!style) {
      const ratio = Math.max(1, globalThis.devicePixelRatio || 1);
      const canvas = document.createElement('canvas');
      const context = canvas.getContext('2d')!;
      context.font = LABEL_FONT;
      const width = Math.ceil(context.measureText(naam).width) + 8;
      const height = 20;
      canvas.width = width * ratio;
      canvas.height = height * ratio;
      context.scale(ratio, ratio);
      context.font = LABEL_FONT;
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      context.lineJoin = 'round';
      context.lineWidth = 3;
      context.strokeStyle = 'rgba(255, 255, 255, 0.92)';
      context.strokeText(naam, width / 2, height / 2);
      context.fillStyle = '#2b3a55';
      context.fillText(naam, width / 2, height / 2);
      style = new Style({ geometry: point, image: new Icon({ img: canvas, width, height }), zIndex: 4 });
      this.labels.set(naam, style);
    }
    return style;
  }
}

/** Where a region's name goes: inside its largest part. */
function labelPoint(geometry: MultiPolygon): Point {
  const largest = geometry
    .getPolygons()
    .reduce((best, polygon) => (getArea(polygon.getExtent()) > getArea(best.getExtent()) ? polygon : best));
  return new Point(largest.getInteriorPoint().getCoordinates().slice(0, 2));
}
