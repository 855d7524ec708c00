// Builds the benchmark's references with the product's rollup settings: the floor (bench/floor.ts, measured for
// its size) and the reference page's script (bench/reference.ts, bare OpenLayers).
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { cssString } from '../build/css-string.mjs';

export async function buildReferences(out) {
  const plugins = () => [
    cssString(),
    nodeResolve({ browser: true }),
    typescript({
      tsconfig: './tsconfig.bench.json',
      include: ['src/**/*.ts', 'bench/*.ts'],
      declaration: false,
      outDir: out,
    }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ];
  for (const name of ['floor', 'reference']) {
    const bundle = await rollup({ input: `bench/${name}.ts`, plugins: plugins(), onwarn: () => {} });
    await bundle.write({ file: `${out}/${name}.js`, format: 'es' });
    await bundle.close();
  }
}
