/**
 * How much of a long list the detail panel renders: a school may hold thousands of routes, and one spot thousands of
 * schools (issue 29). Each panel starts at one page; "Toon meer" adds a page and moves focus to the first item it
 * added, so a keyboard visitor goes on reading where the list went on. Another panel starts at one page again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Items a panel renders at a time. */
export const PANEL_PAGE = 100;

export class PanelPagingController implements ReactiveController {
  /** The panel the pages are counted for. */
  private panelKey: string | undefined;
  private pages = 1;
  /** The item to focus after the next update (the first one "Toon meer" added). */
  private focusIndex: number | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** How many items the panel `key` renders now. */
  limit(key: string): number {
    if (key !== this.panelKey) {
      this.panelKey = key;
      this.pages = 1;
    }
    return this.pages * PANEL_PAGE;
  }

  showMore(key: string): void {
    const shown = this.limit(key);
    this.pages++;
    this.focusIndex = shown;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.focusIndex === undefined) return;
    const items = this.host.shadowRoot?.querySelectorAll<HTMLElement>('.panel .panel-links > li > button');
    items?.[this.focusIndex]?.focus();
    this.focusIndex = undefined;
  }
}
