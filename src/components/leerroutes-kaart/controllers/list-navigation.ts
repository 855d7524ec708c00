/**
 * The list as one Tab stop (a roving tabindex): Tab enters it at the route last focused (or the first), the arrow
 * keys, Home and End move inside it, and Tab leaves it. With hundreds of routes, a keyboard visitor otherwise
 * needs hundreds of presses to pass the list on the way to the map.
 *
 * Every item that takes part carries `data-nav` (a route id, or the name of a button after the routes).
 *
 * A focused item keeps focus when the list reorders under it (the map's view changed, the list was shown on a
 * phone): moving a focused element in the DOM drops its focus in some browsers, so it is given back; and when the
 * item left the list (another page of schools), its first item takes focus rather than the page's body.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowRight: (index, count) => Math.min(index + 1, count - 1),
  ArrowUp: (index) => Math.max(index - 1, 0),
  ArrowLeft: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, count) => count - 1,
};

export class ListNavigationController implements ReactiveController {
  /** The item that holds the list's Tab stop. */
  private active: string | undefined;

  /** The item that had focus when an update began. */
  private focusedKey: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdate(): void {
    const focused = this.host.shadowRoot?.activeElement as HTMLElement | null | undefined;
    this.focusedKey = focused?.dataset?.nav;
  }

  hostUpdated(): void {
    const key = this.focusedKey;
    this.focusedKey = undefined;
    const root = this.host.shadowRoot;
    const active = root?.activeElement as HTMLElement | null | undefined;
    // Focus moved on purpose (into an opened panel) or stayed on its item: nothing to give back.
    if (key === undefined || !root || (active && active.dataset.nav === undefined) || active?.dataset.nav === key) {
      return;
    }
    // The same item, or (when it is no longer listed) the list's Tab stop: focus stays in the list either way.
    const item =
      root.querySelector<HTMLElement>(`[data-nav="${CSS.escape(key)}"]`) ??
      root.querySelector<HTMLElement>('[data-nav][tabindex="0"]');
    item?.focus({ preventScroll: true });
  }

  /** The key of the item that takes the Tab stop among those rendered: the last focused, else the first. */
  tabStop(keys: readonly string[]): string | undefined {
    return this.active !== undefined && keys.includes(this.active) ? this.active : keys[0];
  }

  onFocusIn = (event: FocusEvent): void => {
    const key = (event.target as HTMLElement).dataset?.nav;
    if (key === undefined || key === this.active) return;
    this.active = key;
    this.host.requestUpdate();
  };

  onKeydown = (event: KeyboardEvent): void => {
    const move = MOVES[event.key];
    const target = event.target as HTMLElement;
    if (!move || target.dataset.nav === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[data-nav]')];
    const index = items.indexOf(target);
    if (index < 0) return;
    event.preventDefault();
    items[move(index, items.length)]?.focus();
  };
}
