/**
 * The open panel as the visitor meets it: opening moves focus to the panel's title and remembers what had focus;
 * closing gives focus back to it (or to the map, if it is gone). `selected` and `route-select` follow the open route.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapStore, Panel } from '../../../model/store.js';
import { emit } from '../../../events.js';

/** What a visitor can open: a panel, or a pin as clicked (its one route at once, else the school's list). */
export type OpenRequest = Panel | { type: 'pin-click'; pinId: string };

export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  selected: string | null;
}

export class SelectionController implements ReactiveController {
  private opener: HTMLElement | undefined;
  private focusPanel = false;

  constructor(
    private readonly host: SelectionHost,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  /** The visitor opened a panel (a route, a school, the schools at a place). */
  open(panel: OpenRequest, focus = true): void {
    const had = this.store.selectedRouteId;
    const focused = this.host.shadowRoot?.activeElement;
    if (!this.store.panel) this.opener = focused instanceof HTMLElement ? focused : undefined;
    if (panel.type === 'pin-click') this.store.openPin(panel.pinId);
    else this.store.open(panel);
    this.focusPanel = focus;
    this.changed(had);
  }

  close(): void {
    if (!this.store.panel) return;
    const had = this.store.selectedRouteId;
    this.store.close();
    this.changed(had);
    const opener = this.opener;
    this.opener = undefined;
    void this.host.updateComplete.then(() => {
      // Back to what opened the panel (a route in the list, the map); the map if that is gone.
      const target = opener?.isConnected && opener.getClientRects().length ? opener : this.element('.map');
      target?.focus();
    });
  }

  /** `selected` set from outside (attribute, property, link): the panel follows, focus stays, no event. */
  follow(routeId: string | null): void {
    if (routeId === this.store.selectedRouteId) return;
    if (routeId) this.store.open({ type: 'route', routeId });
    else if (this.store.panel?.type === 'route') this.store.close();
    this.host.selected = this.store.selectedRouteId;
    this.host.requestUpdate();
  }

  /** After a refresh: a panel about a route or school that is no longer in the feed closes. */
  closeVanished(): void {
    const had = this.store.selectedRouteId;
    if (this.store.closeVanished()) this.changed(had);
  }

  hostUpdated(): void {
    if (!this.focusPanel) return;
    const title = this.element('.panel-title');
    // The panel's code may still be on its way (detail-controller.ts): its title takes focus when it comes.
    if (!title && this.store.panel) return;
    this.focusPanel = false;
    title?.focus();
  }

  private element(selector: string): HTMLElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLElement>(selector);
  }

  private changed(had: string | null): void {
    this.host.selected = this.store.selectedRouteId;
    if (this.host.selected !== had) emit(this.host, 'route-select', { id: this.host.selected });
    this.host.requestUpdate();
  }
}
