/**
 * The floor: the least any Lit + OpenLayers + zod map widget can ship. A Lit element holding an OpenLayers map
 * with a clustered vector layer, validating with our zod schema. Built with the same rollup settings as the
 * product; only its size is measured.
 */
import { LitElement, html, unsafeCSS } from 'lit';
import * as z from 'zod/mini';
import olCss from 'ol/ol.css';
import OlMap from 'ol/Map.js';
import View from 'ol/View.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import Cluster from 'ol/source/Cluster.js';
import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import { fromLonLat } from 'ol/proj.js';
import { feedSchema } from '../src/feed/schema.js';

class FloorMap extends LitElement {
  static override styles = [unsafeCSS(olCss)];
  private source = new VectorSource<Feature<Point>>();

  load(document: unknown): void {
    const result = z.safeParse(feedSchema, document);
    if (!result.success) return;
    this.source.addFeatures(
      result.data.features.map((f) => new Feature(new Point(fromLonLat(f.geometry.coordinates)))),
    );
  }

  protected override firstUpdated(): void {
    new OlMap({
      target: this.renderRoot.querySelector('div')!,
      layers: [new VectorLayer({ source: new Cluster({ source: this.source }) })],
      view: new View({ center: fromLonLat([5.3, 52.1]), zoom: 7 }),
    });
  }

  protected override render() {
    return html`<div style="height: 100%"></div>`;
  }
}
customElements.define('floor-map', FloorMap);
