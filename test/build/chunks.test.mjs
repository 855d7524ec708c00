// The entry asks for the element's chunk and the map's together, so neither may import the other: a chunk that
// failed to load once (a 503, a flaky network) would then fail its sibling too, in the browsers that remember a
// failed module (Firefox, Chromium). What both need lives in the entry (rollup.config.mjs, chunkOf).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const file = (prefix) => {
  const name = readdirSync('dist').find((entry) => entry.startsWith(prefix) && entry.endsWith('.js'));
  assert.ok(name, `dist/ has a ${prefix}… chunk (run npm run build)`);
  return readFileSync(`dist/${name}`, 'utf8');
};
/** The files a chunk imports statically (`import … from "./x.js"` or `import "./x.js"`), not by `import()`. */
const staticImports = (source) =>
  [...source.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+)["']/g)].map((match) => match[1]);

test('the map chunk and the element chunk import only the entry, never each other', () => {
  for (const [chunk, other] of [
    ['leerroutes-kaart.map-', 'leerroutes-kaart.element-'],
    ['leerroutes-kaart.element-', 'leerroutes-kaart.map-'],
  ]) {
    const imports = staticImports(file(chunk));
    assert.ok(imports.length > 0, `${chunk} imports the entry`);
    assert.deepEqual(
      imports.filter((path) => path !== './leerroutes-kaart.entry.js'),
      [],
      `${chunk} imports nothing but the entry (not ${other}…)`,
    );
  }
});
