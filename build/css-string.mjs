// Turns `import css from 'x.css'` into a module whose default export is the CSS text, so OpenLayers'
// stylesheet can live inside the shadow root as an adopted stylesheet (no <link>, no inline <style>: CSP-safe).
// One plugin for rollup (the bundle) and one for @web/dev-server (the tests), sharing the transformation.

// Comments and indentation go: OpenLayers' stylesheet is commented for its readers, not for the bundle.
const compact = (cssText) => cssText.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n\s+/g, '\n');
const toModule = (cssText) => `export default ${JSON.stringify(compact(cssText))};`;

/** Rollup plugin. */
export function cssString() {
  return {
    name: 'css-string',
    transform(code, id) {
      if (!id.endsWith('.css')) return null;
      return { code: toModule(code), map: { mappings: '' } };
    },
  };
}

/** @web/dev-server plugin: serves .css imported from JS as a JS module. */
export function cssStringDevServer() {
  return {
    name: 'css-string',
    resolveMimeType(context) {
      if (context.path.endsWith('.css')) return 'js';
    },
    transform(context) {
      if (context.path.endsWith('.css')) return { body: toModule(context.body) };
    },
  };
}
