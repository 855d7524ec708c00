/**
 * The reference: what a straightforward OpenLayers implementation costs. A plain cluster source over all points;
 * filtering clears the source and adds the matching features again.
 */
import OlMap from 'ol/Map.js';
import View from 'ol/View.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import Cluster from 'ol/source/Cluster.js';
import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import { fromLonLat, transformExtent } from 'ol/proj.js';

interface RawFeature {
  geometry: { coordinates: [number, number] };
  properties: { soort: string };
}

const source = new VectorSource<Feature<Point>>();
const map = new OlMap({
  target: 'map',
  layers: [new VectorLayer({ source: new Cluster({ source, distance: 44 }) })],
  view: new View({ center: fromLonLat([5.3, 52.1]), zoom: 7 }),
});
map.getView().fit(transformExtent([3.3, 50.7, 7.3, 53.6], 'EPSG:4326', 'EPSG:3857'), { padding: [64, 64, 64, 64] });
let all: Feature<Point>[] = [];

const rendered = () => new Promise<void>((resolve) => map.once('rendercomplete', () => resolve()));

Object.assign(window, {
  async benchLoad(url: string) {
    const t0 = performance.now();
    const feed = (await (await fetch(url)).json()) as { features: RawFeature[] };
    all = feed.features.map((f) => {
      const feature = new Feature(new Point(fromLonLat(f.geometry.coordinates)));
      feature.set('soort', f.properties.soort);
      return feature;
    });
    source.addFeatures(all);
    await rendered();
    return performance.now() - t0;
  },
  async benchFilter(kind: string | null) {
    const t0 = performance.now();
    source.clear();
    source.addFeatures(kind ? all.filter((f) => f.get('soort') === kind) : all);
    await rendered();
    return performance.now() - t0;
  },
});
