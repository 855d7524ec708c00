import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { cssString } from './build/css-string.mjs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const onwarn = (warning, warn) => {
  // zod's own sources carry a circular import and annotations rollup cannot place; both are harmless.
  if (warning.id?.includes('node_modules/zod/') || warning.ids?.some((id) => id.includes('node_modules/zod/'))) return;
  warn(warning);
};

const typescriptPlugin = () =>
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], declaration: false, noEmitOnError: true });

/** Lit, OpenLayers and zod: bundled into the self-contained file, left as imports in the module build. */
const isDependency = (id) => /^(lit|@lit\/|ol(\/|$)|zod(\/|$))/.test(id) && !id.endsWith('.css');

export default [
  /**
   * One self-contained, minified ES module: all a host page needs is one <script type="module">. What only some
   * views need (the region outlines) is a sibling file it imports when needed, from next to itself.
   */
  {
    input: 'src/index.ts',
    // The on-demand chunks import what they share with the entry from the entry itself (extra exports), rather
    // than rollup moving all shared code into a third file the entry would have to load first.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      entryFileNames: 'leerroutes-kaart.js',
      chunkFileNames: 'leerroutes-kaart.[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
    onwarn,
    plugins: [
      cssString(),
      nodeResolve({ browser: true }),
      typescriptPlugin(),
      // Lit's own template minifier (html-minifier-next for html``, lightningcss for css``); our sources only.
      minifyHTML({ include: ['**/src/**'], failOnError: true }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  },
  /**
   * For apps that bundle themselves: our code only, importing lit, ol and zod, so they are shared and deduplicated.
   * `leerroutes-kaart/regions` (regionAt and the outlines) is an entry of its own, for apps and for Node.
   */
  {
    input: { 'leerroutes-kaart.module': 'src/index.ts', regions: 'src/regions/regions.ts' },
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
   * The publisher's command-line tool, for Node. Its own libraries (csv-parse, proj4) are bundled into it, so that
   * installing the component does not install them; zod, which the component needs anyway, is imported.
   */
  {
    input: 'src/cli/main.ts',
    external: (id) => id.startsWith('node:') || /^zod(\/|$)/.test(id),
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
    onwarn,
    plugins: [nodeResolve({ preferBuiltins: true }), typescriptPlugin()],
  },
];
