import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { cssString } from './build/css-string.mjs';

/** One self-contained, minified ES module: all a host page needs is one <script type="module">. */
export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/leerroutes-kaart.js',
    format: 'es',
    sourcemap: true,
  },
  onwarn(warning, warn) {
    // zod's own sources carry a circular import and annotations rollup cannot place; both are harmless.
    if (warning.id?.includes('node_modules/zod/') || warning.ids?.some((id) => id.includes('node_modules/zod/'))) return;
    warn(warning);
  },
  plugins: [
    cssString(),
    nodeResolve({ browser: true }),
    typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], declaration: false, noEmitOnError: true }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
