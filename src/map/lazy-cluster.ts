/**
 * A cluster source that re-clusters at most once per drawn frame.
 *
 * OpenLayers' Cluster re-clusters at once on every change: when its source's features change, when
 * `refresh()` is called, and again when the next frame has another resolution. A new feed meets all three
 * (new pins, which of them are visible, a view fitted to them), so the same pins were clustered three times
 * before the first drawing. Here a change only marks the clusters stale; they are rebuilt when a frame asks
 * for features (or when `flush()` is called by code that reads them between frames).
 */
import Cluster from 'ol/source/Cluster.js';
import type Feature from 'ol/Feature.js';
import type { Extent } from 'ol/extent.js';
import type Projection from 'ol/proj/Projection.js';
import type Point from 'ol/geom/Point.js';

export class LazyCluster extends Cluster<Feature<Point>> {
  private stale = false;

  override refresh(): void {
    this.stale = true;
    // A new revision makes the layer ask for features in the next frame, which is when they are rebuilt.
    this.changed();
  }

  override loadFeatures(extent: Extent, resolution: number, projection: Projection): void {
    this.getSource()?.loadFeatures(extent, resolution, projection);
    if (resolution !== this.resolution) {
      this.resolution = resolution;
      this.stale = true;
    }
    this.flush();
  }

  /** Rebuilds the clusters now if anything changed since they were built. */
  flush(): void {
    if (!this.stale || this.resolution === undefined) return;
    this.stale = false;
    super.refresh();
  }
}
