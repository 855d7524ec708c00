/**
 * Maps drawn before their element's code came (chunks/early-map.ts), waiting for the element to take them over.
 * In the entry's chunk, with no OpenLayers: the element looks here without asking for the map's code.
 */
import type { MapAdapter } from './map-adapter.js';

export interface EarlyMap {
  adapter: MapAdapter;
  /** The container in the element's shadow root the map was drawn into, until the element gives it its own. */
  container: HTMLElement;
  /** The basemap and language it was made with (`pdok nl`), as the element's map controller names them. */
  basemapKey: string;
  /** Its basemap's tiles could not be loaded (the outline shows instead): the element says so. */
  readonly tilesFailed: boolean;
}

const waiting = new WeakMap<Element, EarlyMap>();

export function keepEarlyMap(element: Element, map: EarlyMap): void {
  waiting.set(element, map);
}

/** The element's early map, handed over once: afterwards it is the element's. */
export function takeEarlyMap(element: Element): EarlyMap | undefined {
  const map = waiting.get(element);
  waiting.delete(element);
  return map;
}
