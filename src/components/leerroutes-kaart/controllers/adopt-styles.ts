/** Styles that arrive with an on-demand chunk join the element's shadow root once, after its own. */
import type { CSSResult } from 'lit';

export function adoptStyles(host: HTMLElement, styles: CSSResult): void {
  const root = host.shadowRoot;
  const sheet = styles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
