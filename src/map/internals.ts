/**
 * The one way in for the test harness (test/components/helpers.ts): the element's map, read through a symbol that
 * the package does not export, so no page script reaches it by accident and no test reaches into private fields.
 */
export const INTERNALS = Symbol.for('leerroutes-kaart.internals');

export interface Internals {
  map: import('./map-adapter.js').MapAdapter | undefined;
}
