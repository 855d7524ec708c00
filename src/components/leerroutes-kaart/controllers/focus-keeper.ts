/**
 * Focus never falls to the page. A control that removes, hides or disables itself by its own action ("Herstel
 * filters", "Toon alleen Twente", the × that clears the place, a region chosen in the coverage table, "Toon ook …
 * buiten beeld") would leave focus on `<body>`, and a keyboard or screen reader user at the top of the page. After
 * each update, if the control that had focus is gone or disabled and focus went nowhere else, it goes to where the
 * visitor's next step is: what the view names on the control (`data-focus-next`: selectors, the first one on screen
 * wins), else the list, else the map.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where focus goes when a control names no next step: the list (the results), else the map. */
const FALLBACK = ['.list-pane', '.map'];

export class FocusKeeper implements ReactiveController {
  private held: HTMLElement | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.held = focusedIn(this.host.shadowRoot);
  }

  hostUpdated(): void {
    const held = this.held;
    this.held = undefined;
    const root = this.host.shadowRoot;
    if (!held || !root || usable(held)) return;
    const now = focusedIn(root);
    if (now && now !== held) return;
    const named = (held.dataset['focusNext'] ?? '').split(',').filter((selector) => selector.trim());
    for (const selector of [...named, ...FALLBACK]) {
      const target = root.querySelector<HTMLElement>(selector.trim());
      if (target && usable(target)) {
        target.focus({ preventScroll: false });
        if (focusedIn(root) === target) return;
      }
    }
  }
}

/** The focused element inside a shadow root (through nested shadow roots), if focus is in it. */
function focusedIn(root: ShadowRoot | null): HTMLElement | undefined {
  let active = root?.activeElement ?? null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/** Still in the page, on screen and enabled. */
function usable(element: HTMLElement): boolean {
  return element.isConnected && element.getClientRects().length > 0 && !element.matches(':disabled');
}
