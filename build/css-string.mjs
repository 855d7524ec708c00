// Turns `import css from 'x.css'` into a module whose default export is the CSS text, so OpenLayers'
// stylesheet can live inside the shadow root as an adopted stylesheet (no <link>, no inline <style>: CSP-safe).
// One plugin for rollup (the bundle) and one for @web/dev-server (the tests), sharing the transformation.

// Comments and indentation go: OpenLayers' stylesheet is commented for its readers, not for the bundle.
const compact = (cssText) => cssText.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n\s+/g, '\n');

// OpenLayers controls the map never creates (it has its own full-screen button), overlays it does not use, and
// the collapsed state of an attribution it creates uncollapsible: their rules are dead weight.
const UNUSED_OL_CLASSES =
  /\.ol-(?:overviewmap|zoomslider|zoom-extent|rotate|compass|scale-|mouse-position|full-screen|selectable|unsupported|collapsed)/;

/**
 * Drops the selectors that name an unused OpenLayers control, and rules left without a selector. Only for flat
 * stylesheets (no at-rules), which ol.css is; a stylesheet with an at-rule is returned as it is.
 */
export function dropUnusedControlRules(cssText) {
  if (cssText.includes('@')) return cssText;
  return cssText.replace(/([^{}]+)\{([^{}]*)\}/g, (rule, selectors, body) => {
    const kept = selectors
      .split(',')
      .map((selector) => selector.trim())
      .filter((selector) => !UNUSED_OL_CLASSES.test(selector));
    return kept.length ? `${kept.join(',')}{${body}}` : '';
  });
}

const toModule = (cssText) => `export default ${JSON.stringify(dropUnusedControlRules(compact(cssText)))};`;

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

/**
 * Whether a request is for CSS imported from JS (OpenLayers' stylesheet, from node_modules). The pages' own
 * stylesheets (the demo's, the test pages') are linked with <link> and must stay CSS.
 */
const importedCss = (context) =>
  context.path.endsWith('.css') && context.get('sec-fetch-dest') !== 'style' && !/^\/(demo|test)\//.test(context.path);

/** @web/dev-server plugin: serves .css imported from JS as a JS module. */
export function cssStringDevServer() {
  return {
    name: 'css-string',
    resolveMimeType(context) {
      if (importedCss(context)) return 'js';
    },
    transform(context) {
      if (importedCss(context)) return { body: toModule(context.body) };
    },
  };
}
