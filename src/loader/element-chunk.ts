/**
 * The element itself (Lit, the store, the views), asked for by the entry only, which defines `<leerroutes-kaart>`
 * with it (when the maps it draws first are drawn). Apart from chunks.ts, which the element's own code uses, so
 * that no module of the element imports (even dynamically) the module that loads it.
 */
import { once } from './chunks.js';

export const loadElement = once(() => import('../components/leerroutes-kaart/leerroutes-kaart.js'));
/** The map drawn first, before the element's code: with the map's code (rollup.config.mjs puts it in its chunk). */
export const loadEarlyMap = once(() => import('../chunks/early-map.js'));
