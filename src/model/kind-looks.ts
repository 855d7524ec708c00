/**
 * The colours of the three kinds, chosen for WCAG AA: white letters on green and blue (>= 4.5:1), dark letters on
 * yellow, and a dark outline that keeps every pin at >= 3:1 against the light PDOK basemap.
 * Themable through --leerroutes-color-dlr / -glr / -leerlab (read from the host's computed style by its caller).
 */
import type { RouteKind } from '../feed/kinds.js';

export interface KindLook {
  fill: string;
  text: string;
  letter: string;
  shape: 'circle' | 'square' | 'diamond';
}

export const DEFAULT_LOOKS: Record<RouteKind, KindLook> = {
  DLR: { fill: '#1b7a3d', text: '#ffffff', letter: 'D', shape: 'circle' },
  GLR: { fill: '#1f5bb8', text: '#ffffff', letter: 'G', shape: 'square' },
  leerlab: { fill: '#f5c400', text: '#1b1b1b', letter: 'L', shape: 'diamond' },
};

export const OUTLINE = '#1b1b1b';
/** Clusters are light discs with dark numbers: the country stays visible between and behind them. */
export const CLUSTER_FILL = '#ffffff';
export const CLUSTER_TEXT = '#1b1b1b';

/** The kinds' looks with the colours the page set on the element (`--leerroutes-color-dlr` …), from its computed style. */
export function kindLooksOf(computed: Pick<CSSStyleDeclaration, 'getPropertyValue'>): Record<RouteKind, KindLook> {
  const looks = { ...DEFAULT_LOOKS };
  for (const kind of Object.keys(looks) as RouteKind[]) {
    const color = computed.getPropertyValue(`--leerroutes-color-${kind.toLowerCase()}`).trim();
    if (color) looks[kind] = { ...looks[kind], fill: color };
  }
  return looks;
}
