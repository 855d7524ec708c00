/**
 * The element itself (Lit, the store, the views), asked for by the entry only: it defines `<leerroutes-kaart>` as it
 * arrives. Apart from chunks.ts, which the element's own code uses, so that no module of the element imports (even
 * dynamically) the module that defines it.
 */
import { once } from './chunks.js';

export const loadElement = once(() => import('../define.js'));
