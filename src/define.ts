/**
 * The element's code, loaded by the entry (index.ts) when an element is about to be seen. Defining twice (two
 * bundles on one page) keeps the first definition.
 */
import { LeerroutesKaart } from './components/leerroutes-kaart/leerroutes-kaart.js';

if (!customElements.get('leerroutes-kaart')) customElements.define('leerroutes-kaart', LeerroutesKaart);

export { LeerroutesKaart };
