/**
 * Ties the OpenLayers adapter to the element's life: created once the map container is rendered, disposed when the
 * element leaves the page, created anew when it comes back. No map outlives its element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MapAdapter, type MapAdapterOptions } from '../../map/map-adapter.js';

export class MapController implements ReactiveController {
  adapter: MapAdapter | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly container: () => HTMLElement | null | undefined,
    private readonly options: () => MapAdapterOptions,
    /** Called after a new adapter is attached, to hand it the current pins and view. */
    private readonly onAttach: (adapter: MapAdapter) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // After a re-attachment the adapter is rebuilt in the next update.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.adapter || !this.host.isConnected) return;
    const container = this.container();
    if (!container) return;
    this.adapter = new MapAdapter(this.options());
    this.adapter.setTarget(container);
    this.onAttach(this.adapter);
  }

  hostDisconnected(): void {
    this.adapter?.dispose();
    this.adapter = undefined;
  }
}
