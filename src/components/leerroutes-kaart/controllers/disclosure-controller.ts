/**
 * What is open above the map, and Escape closing the innermost of it: a filter's options, else the detail panel,
 * else the filters folded behind one button on narrow maps. A press on the map closes the filter menus, and so does
 * focus moving out of a filter (Tab past its last option): open options never stay over what has focus now.
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
    // On the shadow root: there a next control inside the map is itself, not retargeted to the host.
    this.host.shadowRoot?.addEventListener('focusout', this.onFocusOut as EventListener);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
    this.host.shadowRoot?.removeEventListener('focusout', this.onFocusOut as EventListener);
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

  /**
   * Focus went to another control: an open filter it left closes. Focus going nowhere (a click on a label's text;
   * Safari does not focus a clicked checkbox) leaves it open.
   */
  private onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (!(next instanceof Node)) return;
    this.host.shadowRoot?.querySelectorAll<HTMLDetailsElement>('details[open]').forEach((details) => {
      if (!details.contains(next) && details.contains(event.target as Node)) details.open = false;
    });
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
