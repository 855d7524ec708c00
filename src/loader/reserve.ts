/**
 * The element's box before its code arrives. An element whose code comes later is an unknown inline element, 0 px
 * tall, until then; when it grows to its height the page below it jumps (layout shift). A classic script runs
 * before the page's first paint, so the one the page includes (script.ts) adopts these rules into the document at
 * once: an undefined `<leerroutes-kaart>` gets the very box its shadow root gives it once defined (its
 * `:host` rules in leerroutes-kaart.styles.ts, its `height` attribute as height-controller.ts reads it).
 * Constructed stylesheets need no inline styles, so a strict Content-Security-Policy allows them. The rules are
 * `!important`, as the shadow root's are: a page's own rule for the element could not change its final height
 * either, and must not make the reserved one differ from it.
 */
import { MAX_HEIGHT } from './height-limit.js';

const TAG = 'leerroutes-kaart';
/** The element as long as its code has not defined it; no specificity of its own (it goes by `!important`). */
const UNDEFINED = `:where(${TAG}:not(:defined))`;

const BOX = `${UNDEFINED}:not([hidden]){display:block!important;block-size:var(--leerroutes-height,600px)!important;min-block-size:320px!important;max-block-size:none!important;box-sizing:border-box!important;writing-mode:horizontal-tb!important}
@media print{${UNDEFINED}{block-size:auto!important}}`;

/** The rule that gives elements with `height="…"` that height, as the element will; none for a value that is no length. */
export function heightRule(written: string): string | undefined {
  const height = written.trim();
  if (!height || !CSS.supports('height', height)) return undefined;
  return `:where(${TAG}[height="${CSS.escape(written)}"]:not(:defined)){--leerroutes-height:min(${height},${MAX_HEIGHT})!important}`;
}

/**
 * Adopts the rules into the document and keeps them up with `height` attributes until the element is defined.
 * Where constructed stylesheets are missing (older browsers), nothing is reserved: the element still works.
 */
export function reserveBoxes(): void {
  if (typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in document) || customElements.get(TAG)) return;
  const sheet = new CSSStyleSheet();
  try {
    sheet.replaceSync(BOX);
  } catch {
    return;
  }
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const written = new Set<string>();
  const addHeights = () => {
    for (const element of document.querySelectorAll(`${TAG}[height]:not(:defined)`)) {
      const value = element.getAttribute('height')!;
      if (written.has(value)) continue;
      written.add(value);
      const rule = heightRule(value);
      // At most a few distinct values on a page; each rule is one line.
      try {
        if (rule) sheet.insertRule(rule, sheet.cssRules.length);
      } catch {
        // A value the browser's own check let through but its parser refuses: no height reserved for it.
      }
    }
  };
  addHeights();
  // Called before the next paint: elements the parser adds after this script, and attributes a script sets.
  const changes = new MutationObserver(addHeights);
  changes.observe(document, { subtree: true, childList: true, attributeFilter: ['height'] });
  void customElements.whenDefined(TAG).then(() => changes.disconnect());
}
