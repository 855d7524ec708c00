import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { cssString } from './build/css-string.mjs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { retryableImports } from './build/retryable-imports.mjs';
import { olTrim } from './build/ol-trim.mjs';
import { compileHints } from './build/compile-hints.mjs';

const onwarn = (warning, warn) => {
  // zod's own sources carry a circular import and annotations rollup cannot place; both are harmless.
  if (warning.id?.includes('node_modules/zod/') || warning.ids?.some((id) => id.includes('node_modules/zod/'))) return;
  // csv-parse's own modules import each other in a circle; it is evaluated correctly.
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules/csv-parse/')))
    return;
  warn(warning);
};

const typescriptPlugin = () =>
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], declaration: false, noEmitOnError: true });

/** Our tiled basemaps and the parts of OpenLayers only they use: a chunk of their own (basemap="none" never loads it). */
const isTileStack = (id) =>
  /\/src\/map\/tile-basemap\.ts$|node_modules\/ol\/(layer\/(Tile|BaseTile)|source\/(Tile|TileImage|UrlTile|XYZ|OSM)|renderer\/canvas\/TileLayer|reproj|tilegrid|tileurlfunction|ImageTile|Tile|TileRange|tilecoord|DataTile|TileCache|structs\/LRUCache)(\/|\.js$)/.test(
    id,
  );

/**
 * The bundle's chunks, few and known: `element` (Lit, the store, the views, the Dutch texts), `map` (OpenLayers
 * and our adapter) and `feed-reader` (the feed's loading, checks and grouping, which the element imports), which
 * the entry asks for together, with the feed, so that none waits for another;
 * the rest (zod, English, region outlines, place search) keeps the chunk of the dynamic import that wants it.
 * Without this, rollup splits shared modules into small chunks found only after their importer arrived: a round
 * trip each.
 */
function chunkOf(id) {
  if (id.endsWith('.css')) return 'element';
  // In the entry too: the little the map's chunk shares with the element's, so that neither imports the other.
  if (
    /\/src\/(loader|index)|\/src\/feed\/(kinds|prefetch)|\/src\/model\/(kind-looks|coverage-scale)|\/src\/map\/early-maps/.test(
      id,
    )
  )
    return 'index';
  // The map drawn before the element's code: it goes with the map's code, which the entry asks for anyway.
  if (/\/src\/chunks\/early-map\.ts$/.test(id)) return 'map';
  // The feed's reader, asked for with the feed: what reads, checks and groups it, and nothing of the interface.
  if (
    /\/src\/(slices|chunks\/feed-reader)\.ts$|\/src\/feed\/(feed-cache|load-feed|parse-core|fast-feature|json-position|json-shape|limits|domain|messages|text-checks|school-places|earth|failures)\.ts$|\/src\/model\/(prepare|filters|group|settings|memo|store|camera|view-mode|place|geo)\.ts$|\/src\/map\/(store-map|basemap-choice)\.ts$|\/src\/i18n\/(nl|format)\.ts$/.test(
      id,
    )
  )
    return 'feed-reader';
  // Loaded on demand: each goes with the import() that wants it. OpenLayers' tile stack goes with the tiled basemap.
  if (isTileStack(id)) return undefined;
  if (
    /node_modules\/(zod|topojson-client)\/|\/src\/i18n\/(en|correction)|\/src\/feed\/(schema|zod-checks)|offline-basemap\.data|coverage(?!-scale)|place-bar|correction-form\/|\/model\/correction(-link)?\.ts|\/model\/mailto|route-detail\/route-detail|region-layers|\/location\/|\/regions\/|\/src\/chunks\//.test(
      id,
    )
  )
    return undefined;
  if (/node_modules\/(lit|lit-html|lit-element|@lit|tslib)\//.test(id)) return 'element';
  // The store's drawing (map/store-map.ts) and the test harness's symbol import no OpenLayers: they go with the element.
  if (/node_modules\/|\/src\/map\/(?!basemap-choice|store-map|internals)/.test(id)) return 'map';
  if (/\/src\//.test(id)) return 'element';
  return undefined;
}

/** Lit, OpenLayers and zod: bundled into the self-contained file, left as imports in the module build. */
const isDependency = (id) => /^(lit|@lit\/|ol(\/|$)|zod(\/|$))/.test(id) && !id.endsWith('.css');

/** Lit's own template minifier (html-minifier-next for html``, lightningcss for css``; our sources only), then terser. */
const minifiers = () => [
  minifyHTML({ include: ['**/src/**'], failOnError: true }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

/**
 * The first view's chunk files, recorded as the module build writes them and handed to the classic script's build
 * (which runs after it: rollup builds a config array in order) as the module `leerroutes-kaart:first-view-files`:
 * the script asks for them while the entry is on its way (src/loader/preload.ts).
 */
const FIRST_VIEW_PARTS = ['element', 'feed-reader', 'map', 'tile-basemap', 'offline-basemap.data', 'en'];
const firstViewFiles = {};
const recordFirstViewFiles = () => ({
  name: 'record-first-view-files',
  generateBundle(options, bundle) {
    for (const chunk of Object.values(bundle))
      if (chunk.type === 'chunk' && !chunk.isEntry && FIRST_VIEW_PARTS.includes(chunk.name))
        firstViewFiles[chunk.name] = chunk.fileName;
    const missing = FIRST_VIEW_PARTS.filter((part) => !firstViewFiles[part]);
    if (missing.length) this.error(`no chunk for the first view's ${missing.join(', ')} (see chunkOf)`);
  },
});
const VIRTUAL_FILES = 'leerroutes-kaart:first-view-files';
const provideFirstViewFiles = () => ({
  name: 'provide-first-view-files',
  resolveId: (id) => (id === VIRTUAL_FILES ? `\0${VIRTUAL_FILES}` : null),
  load(id) {
    if (id !== `\0${VIRTUAL_FILES}`) return null;
    if (!Object.keys(firstViewFiles).length) this.error('the module build must run before the script build');
    return `export default ${JSON.stringify(firstViewFiles)};`;
  },
});

/** Static files shipped next to a build's output, as they are. */
const copyFiles = (files) => ({
  name: 'copy-files',
  generateBundle() {
    for (const [fileName, source] of Object.entries(files))
      this.emitFile({ type: 'asset', fileName, source: readFileSync(source) });
  },
});

/** csv-parse's browser build (it carries its own Buffer) where the workbench imports the Node one the CLI uses. */
const browserCsvParse = () => ({
  name: 'browser-csv-parse',
  resolveId(id, importer) {
    return id === 'csv-parse/sync' ? this.resolve('csv-parse/browser/esm/sync', importer) : null;
  },
});

export default [
  /**
   * What a host page loads after its classic script (below): the module entry (src/index.ts) that loads the rest
   * on demand from next to itself: the element, the map, the English texts, zod's messages, the region outlines,
   * the place search. See the README's "Loading" section.
   */
  {
    input: 'src/index.ts',
    // The on-demand chunks import what they share with the entry from the entry itself (extra exports), rather
    // than rollup moving all shared code into a third file the entry would have to load first.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      entryFileNames: 'leerroutes-kaart.entry.js',
      chunkFileNames: 'leerroutes-kaart.[name]-[hash].js',
      manualChunks: chunkOf,
      format: 'es',
      sourcemap: true,
    },
    onwarn,
    plugins: [
      cssString(),
      olTrim(),
      nodeResolve({ browser: true }),
      typescriptPlugin(),
      retryableImports(),
      ...minifiers(),
      // After terser, which drops comments.
      compileHints(['feed-reader', 'map']),
      recordFirstViewFiles(),
    ],
  },
  /**
   * The file a page's script tag names: a classic script (it runs before the first paint, a module after it) that
   * reserves the element's box and imports the module entry above from next to itself.
   */
  {
    input: 'src/script.ts',
    output: { file: 'dist/leerroutes-kaart.js', format: 'iife', sourcemap: true },
    onwarn,
    plugins: [
      provideFirstViewFiles(),
      nodeResolve({ browser: true }),
      typescriptPlugin(),
      terser({ ecma: 2022, module: false, format: { comments: false } }),
    ],
  },
  /** The same element in one self-contained file, for hosts that can upload only one file. */
  {
    input: 'src/module.ts',
    output: { file: 'dist/leerroutes-kaart.standalone.js', format: 'es', inlineDynamicImports: true, sourcemap: true },
    onwarn,
    plugins: [cssString(), olTrim(), nodeResolve({ browser: true }), typescriptPlugin(), ...minifiers()],
  },
  /**
   * For apps that bundle themselves: our code only, importing lit, ol and zod, so they are shared and deduplicated.
   * `leerroutes-kaart/regions` (regionAt and the outlines) is an entry of its own, for apps and for Node.
   */
  {
    input: { 'leerroutes-kaart.module': 'src/module.ts', regions: 'src/regions/regions.ts' },
    external: isDependency,
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      entryFileNames: '[name].js',
      chunkFileNames: 'leerroutes-kaart.module.[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
    onwarn,
    plugins: [cssString(), nodeResolve({ browser: true }), typescriptPlugin()],
  },
  /**
   * The publisher's workbench: dist/publish.html with its script and styles, next to the element it previews.
   * The conversion runs in `publish-worker.js`; the XLSX reader is a chunk of its own, loaded when an XLSX is
   * chosen. `publish-fragment.js` gives the embed
   * builder its "list without JavaScript".
   */
  {
    input: {
      publish: 'src/publish/workbench.ts',
      'publish-worker': 'src/publish/session-worker.ts',
      'publish-fragment': 'src/publish/fragment-entry.ts',
    },
    output: {
      dir: 'dist',
      entryFileNames: '[name].js',
      chunkFileNames: 'publish.[name]-[hash].js',
      manualChunks: (id) =>
        /node_modules\/(read-excel-file|fflate|saxen)\/|\/src\/publish\/xlsx-unpack\.ts$/.test(id) ? 'xlsx' : undefined,
      format: 'es',
      sourcemap: true,
    },
    onwarn,
    plugins: [
      browserCsvParse(),
      cssString(),
      nodeResolve({ browser: true }),
      typescriptPlugin(),
      ...minifiers(),
      copyFiles({
        'publish.html': 'src/publish/publish.html',
        'publish.css': 'src/publish/publish.css',
        'routes-template.csv': 'docs/routes-template.csv',
      }),
    ],
  },
  /**
   * The publisher's command-line tool, for Node. Its own libraries (csv-parse, proj4, read-excel-file) are bundled into it, so that
   * installing the component does not install them; zod, which the component needs anyway, is imported.
   */
  {
    input: 'src/cli/main.ts',
    external: (id) => id.startsWith('node:') || /^zod(\/|$)/.test(id),
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', inlineDynamicImports: true },
    onwarn,
    plugins: [nodeResolve({ preferBuiltins: true }), typescriptPlugin()],
  },
];
