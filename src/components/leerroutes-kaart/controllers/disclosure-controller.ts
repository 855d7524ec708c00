/**
 * What is open above the map, and Escape closing the innermost of it: a filter's options, else the detail panel,
 * else the filters folded behind one button on narrow maps. A press on the map closes the filter menus, and so does
 * focus moving out of a filter (Tab past its last option): open options never stay over what has focus now.
 * An opened menu is moved sideways to stay inside the element (a filter near its end in a narrow content column).
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
    // "toggle" does not bubble: caught on its way down.
    this.host.shadowRoot?.addEventListener('toggle', this.onToggle, true);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
    this.host.shadowRoot?.removeEventListener('focusout', this.onFocusOut as EventListener);
    this.host.shadowRoot?.removeEventListener('toggle', this.onToggle, true);
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

  /** A menu that opened past the element's edge is shifted back inside it (where it floats; in a sheet it does not). */
  private onToggle = (event: Event): void => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !details.open) return;
    const menu = details.querySelector<HTMLElement>(':scope > :not(summary)');
    if (!menu || getComputedStyle(menu).position !== 'absolute') return;
    menu.style.removeProperty('inset-inline-start');
    const bounds = this.host.getBoundingClientRect();
    const box = menu.getBoundingClientRect();
    const margin = 4;
    let shift = Math.min(0, bounds.right - margin - box.right);
    shift = Math.max(shift, bounds.left + margin - box.left);
    if (shift !== 0) menu.style.setProperty('inset-inline-start', `${Math.round(shift)}px`);
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
