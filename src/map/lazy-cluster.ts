/**
 * A cluster source that re-clusters at most once per drawn frame, and for many pins in a task of its own.
 *
 * OpenLayers' Cluster re-clusters at once on every change: when its source's features change, when
 * `refresh()` is called, and again when the next frame has another resolution. A new feed meets all three
 * (new pins, which of them are visible, a view fitted to them), so the same pins were clustered three times
 * before the first drawing. Here a change only marks the clusters stale; they are rebuilt when a frame asks
 * for features (or when `flush()` is called by code that reads them between frames).
 *
 * With `separateTask` set (thousands of pins), they are rebuilt in a task of their own after the frame that found
 * them stale, which asks for another frame: clustering thousands of pins and drawing the clusters in one frame held
 * the page past 200 ms (issue 29). The price: after a zoom, one frame shows the clusters of the previous zoom.
 */
import Cluster from 'ol/source/Cluster.js';
import type Feature from 'ol/Feature.js';
import type { Extent } from 'ol/extent.js';
import type Projection from 'ol/proj/Projection.js';
import type Point from 'ol/geom/Point.js';

export class LazyCluster extends Cluster<Feature<Point>> {
  /** Rebuild the clusters for a change (not a zoom) in a task of their own. */
  separateTask = false;
  private stale = false;
  private quiet = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiting: { promise: Promise<void>; done: () => void } | undefined;

  override refresh(): void {
    this.stale = true;
    // A new revision makes the layer ask for features in the next frame, which is when they are rebuilt (or when
    // their task is set: only a frame knows the resolution they are wanted at).
    this.changed();
  }

  override loadFeatures(extent: Extent, resolution: number, projection: Projection): void {
    this.getSource()?.loadFeatures(extent, resolution, projection);
    if (resolution !== this.resolution) {
      this.resolution = resolution;
      this.stale = true;
    }
    if (this.separateTask && this.stale) this.inOwnTask();
    else this.flush();
  }

  /**
   * The start of a frame, before any layer is drawn, at a resolution the view has settled on: clusters for a new zoom
   * are rebuilt here, without announcing a change. Rebuilt in the pins' turn (loadFeatures), the change asked for
   * one more frame that drew every layer again, and the region names, drawn before the pins, were placed around the
   * old clusters until then. Both layers are drawn anew anyway at a new resolution.
   */
  beforeFrame(resolution: number): void {
    if (this.separateTask || resolution === this.resolution) return;
    this.resolution = resolution;
    this.stale = true;
    this.quiet = true;
    try {
      this.flush();
    } finally {
      this.quiet = false;
    }
  }

  override changed(): void {
    if (!this.quiet) super.changed();
  }

  /** Whether a rebuild waits for its task. */
  get pending(): boolean {
    return !!this.waiting;
  }

  /** Whether the clusters are built for the last change and resolution (none waits for a frame or a task). */
  get current(): boolean {
    return !this.stale && !this.waiting;
  }

  private inOwnTask(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush());
    if (this.waiting) return;
    let done = () => {};
    this.waiting = { promise: new Promise<void>((resolve) => (done = resolve)), done };
  }

  /** Rebuilds the clusters now if anything changed since they were built. */
  flush(): void {
    clearTimeout(this.timer);
    const waiting = this.waiting;
    this.waiting = undefined;
    if (this.stale && this.resolution !== undefined) {
      this.stale = false;
      super.refresh();
    }
    waiting?.done();
  }

  /** Settles when no rebuild waits for its task. */
  async whenCurrent(): Promise<void> {
    await this.waiting?.promise;
  }

  override disposeInternal(): void {
    clearTimeout(this.timer);
    this.waiting?.done();
    super.disposeInternal();
  }
}
