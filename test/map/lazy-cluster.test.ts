import { expect } from '@open-wc/testing';
import OlMap from 'ol/Map.js';
import View from 'ol/View.js';
import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import { fromLonLat } from 'ol/proj.js';
import { LazyCluster } from '../../src/map/lazy-cluster.js';

/** A real map in the page, with a LazyCluster that counts how often it clusters. */
function setUp() {
  const target = document.createElement('div');
  target.style.cssText = 'width: 600px; height: 400px';
  document.body.append(target);
  const source = new VectorSource<Feature<Point>>();
  const cluster = new LazyCluster({ source, distance: 40 });
  let clusterings = 0;
  const original = (cluster as unknown as { cluster: () => void }).cluster.bind(cluster);
  (cluster as unknown as { cluster: () => void }).cluster = () => {
    clusterings++;
    original();
  };
  const map = new OlMap({
    target,
    layers: [new VectorLayer({ source: cluster })],
    view: new View({ center: fromLonLat([5.3, 52.1]), zoom: 7 }),
  });
  // A frame asked for, not only awaited: a change whose frame had already come and gone would wait forever.
  const rendered = () =>
    new Promise<void>((resolve) => {
      map.once('rendercomplete', () => resolve());
      map.render();
    });
  const points = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => new Feature(new Point(fromLonLat([4 + (i % 30) * 0.1, 51 + Math.floor(i / 30) * 0.1]))),
    );
  return {
    source,
    cluster,
    map,
    rendered,
    points,
    clusterings: () => clusterings,
    tearDown: () => {
      map.setTarget(undefined);
      target.remove();
    },
  };
}

describe('LazyCluster', () => {
  it('clusters once for a new feed, a refresh and a new view in the same frame', async () => {
    const t = setUp();
    await t.rendered();
    const before = t.clusterings();
    t.source.addFeatures(t.points(300));
    t.cluster.refresh();
    t.map.getView().setZoom(8);
    await t.rendered();
    expect(t.clusterings() - before).to.equal(1);
    const drawn = t.cluster.getFeatures().reduce((sum, c) => sum + (c.get('features') as unknown[]).length, 0);
    expect(drawn, 'every point is in a cluster').to.equal(300);
    t.tearDown();
  });

  it('gives up-to-date clusters between frames when asked with flush()', async () => {
    const t = setUp();
    await t.rendered();
    t.source.addFeatures(t.points(50));
    expect(t.cluster.getFeatures()).to.have.length(0);
    t.cluster.flush();
    const held = t.cluster.getFeatures().reduce((sum, c) => sum + (c.get('features') as unknown[]).length, 0);
    expect(held).to.equal(50);
    t.tearDown();
  });

  it('with separateTask, clusters between frames, never inside one, and the next frame draws them', async () => {
    const t = setUp();
    t.cluster.separateTask = true;
    await t.rendered();
    await t.cluster.whenCurrent();
    // Clusterings counted at the start and end of every frame: any difference was clustering inside a frame.
    let insideFrames = 0;
    let atFrameStart = 0;
    t.map.on('precompose', () => (atFrameStart = t.clusterings()));
    t.map.on('postcompose', () => (insideFrames += t.clusterings() - atFrameStart));
    const before = t.clusterings();
    t.source.addFeatures(t.points(600));
    t.cluster.refresh();
    t.map.getView().setZoom(8);
    await t.rendered();
    await t.cluster.whenCurrent();
    await t.rendered();
    t.map.getView().setZoom(9);
    await t.rendered();
    await t.cluster.whenCurrent();
    await t.rendered();
    expect(insideFrames, 'clustered inside a frame').to.equal(0);
    expect(t.clusterings() - before, 'once for the feed, once for the zoom').to.equal(2);
    expect(t.cluster.pending).to.equal(false);
    const drawn = t.cluster.getFeatures().reduce((sum, c) => sum + (c.get('features') as unknown[]).length, 0);
    expect(drawn, 'every point is in a cluster').to.equal(600);
    t.tearDown();
  });

  it('without separateTask, clusters in the frame that finds them stale (small feeds wait for nothing)', async () => {
    const t = setUp();
    await t.rendered();
    let insideFrames = 0;
    let atFrameStart = 0;
    t.map.on('precompose', () => (atFrameStart = t.clusterings()));
    t.map.on('postcompose', () => (insideFrames += t.clusterings() - atFrameStart));
    t.source.addFeatures(t.points(60));
    await t.rendered();
    expect(insideFrames).to.equal(1);
    expect(t.cluster.pending).to.equal(false);
    t.tearDown();
  });
});
