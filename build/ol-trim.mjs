/**
 * Two parts of OpenLayers every map imports and ours never runs, left out of the browser bundles (about 8 kB gzip):
 * - `ol/render/canvas/style.js`, with the expression language under it (`ol/expr/`): it turns "flat" style objects
 *   (`{'circle-radius': 5}`) into style functions. Every layer here is given Style objects or style functions
 *   (src/map/), which OpenLayers uses as they are.
 * - `ol/proj/utm.js`: the UTM zones (EPSG:326xx, 327xx) looked up by code. The map knows Web Mercator and
 *   WGS 84 only.
 * Each is replaced by a module with the same exports that says so if it is ever reached.
 */
const STUBS = {
  'ol/render/canvas/style.js': `export function flatStyleLikeToStyleFunction() {
  throw new Error('leerroutes-kaart: OpenLayers flat styles are not in this bundle (build/ol-trim.mjs); give a Style or a style function.');
}`,
  'ol/proj/utm.js': `export const makeProjection = () => null;
export const makeTransforms = () => null;`,
};

export function olTrim() {
  const prefix = '\0ol-trim:';
  return {
    name: 'ol-trim',
    resolveId(source, importer) {
      if (!importer?.includes('/node_modules/ol/')) return null;
      const target = new URL(source, `file://${importer}`).pathname;
      const key = Object.keys(STUBS).find((name) => target.endsWith(`/node_modules/${name}`));
      return key ? prefix + key : null;
    },
    load(id) {
      return id.startsWith(prefix) ? STUBS[id.slice(prefix.length)] : null;
    },
  };
}
