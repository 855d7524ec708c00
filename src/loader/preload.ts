/**
 * Modules asked for ahead of their `import()`: `<link rel="modulepreload">` fetches and compiles a module into the
 * browser's module map, where a later `import()` of the same address finds it. The page's classic script asks so
 * for the first view's parts while the module entry is still on its way (script.ts). Allowed by the same
 * Content-Security-Policy as the entry's own imports (script-src).
 */
import type { FirstViewPart } from './first-view.js';

/** Each part's file, as the build names it (next to the entry). */
export type PartFiles = Partial<Record<FirstViewPart, string>>;

const asked = new Set<string>();

export function preloadParts(parts: readonly FirstViewPart[], files: PartFiles, base: string): void {
  for (const part of parts) {
    const file = files[part];
    if (file === undefined) continue;
    const href = new URL(file, base).href;
    if (asked.has(href)) continue;
    asked.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    // The module stays in the browser's module map; the page's head need not keep the tag.
    const done = () => link.remove();
    link.addEventListener('load', done, { once: true });
    link.addEventListener('error', done, { once: true });
    (document.head ?? document.documentElement).append(link);
  }
}
