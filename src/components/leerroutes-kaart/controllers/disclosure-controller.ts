/**
 * What is open above the map, and Escape closing the innermost of it: a filter's options, else the detail panel,
 * else the filters folded behind one button on narrow maps. A press on the map closes the filter menus, and so does
 * focus moving out of a filter (Tab past its last option): open options never stay over what has focus now.
 * An opened menu is moved sideways to stay inside the element (a filter near its end in a narrow content column).
 *
 * A closed filter's options are not rendered with the pins: once the options can be counted, one filter's options
 * are rendered per idle moment of the page, and a filter opened before its turn renders them at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from './idle.js';

export interface DisclosureOptions {
  panelOpen(): boolean;
  closePanel(): void;
  /** The filters whose options can be rendered now (none before the map's first drawing of a feed), in order. */
  filtersToPrepare(): readonly string[];
}

export class DisclosureController implements ReactiveController {
  /** On narrow maps: the folded filters are shown. */
  filtersOpen = false;
  /** The filters whose options are rendered: opened once, or prepared in an idle moment. */
  readonly optionsRendered = new Set<string>();
  private preparing = false;

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

  /** After an update: the options of one more filter in the page's next idle moment, until every filter has them. */
  hostUpdated(): void {
    if (this.preparing) return;
    const next = this.options.filtersToPrepare().find((key) => !this.optionsRendered.has(key));
    if (next === undefined) return;
    this.preparing = true;
    whenIdle(() => {
      this.preparing = false;
      this.renderOptions(next);
    });
  }

  private renderOptions(key: string): void {
    if (this.optionsRendered.has(key)) return;
    this.optionsRendered.add(key);
    this.host.requestUpdate();
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

  /**
   * A filter opened before its options were rendered renders them now; a menu that opened past the element's edge
   * is shifted back inside it (where it floats; in a sheet it does not).
   */
  private onToggle = async (event: Event): Promise<void> => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !details.open) return;
    const key = details.dataset['filter'];
    if (key && !this.optionsRendered.has(key)) {
      this.renderOptions(key);
      await this.host.updateComplete;
    }
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
