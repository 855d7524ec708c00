/**
 * What is open above the map, and Escape closing the innermost of it: a filter's options, else the detail panel,
 * else the filters folded behind one button on narrow maps. A press on the map closes the filter menus.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface DisclosureOptions {
  panelOpen(): boolean;
  closePanel(): void;
}

export class DisclosureController implements ReactiveController {
  /** On narrow maps: the folded filters are shown. */
  filtersOpen = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DisclosureOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
  }

  toggleFilters(): void {
    this.filtersOpen = !this.filtersOpen;
    this.host.requestUpdate();
  }

  closeMenus = (): void => {
    this.host.shadowRoot
      ?.querySelectorAll<HTMLDetailsElement>('details[open]')
      .forEach((details) => (details.open = false));
  };

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    const openFilter = this.host.shadowRoot?.querySelector<HTMLDetailsElement>('details[open]');
    if (openFilter) {
      openFilter.open = false;
      openFilter.querySelector('summary')?.focus();
    } else if (this.options.panelOpen()) {
      this.options.closePanel();
    } else if (this.filtersOpen) {
      this.filtersOpen = false;
      this.host.requestUpdate();
      this.host.shadowRoot?.querySelector<HTMLElement>('.filters-toggle')?.focus();
    } else {
      return;
    }
    event.stopPropagation();
  };
}
