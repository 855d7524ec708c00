// The entry asks for the element's chunk and the map's together, so neither may import the other: a chunk that
// failed to load once (a 503, a flaky network) would then fail its sibling too, in the browsers that remember a
// failed module (Firefox, Chromium). What both need lives in the entry (rollup.config.mjs, chunkOf). Both do import
// the feed's reader (the map's chunk for the map it draws before the element's code: the store, the texts), which
// the entry asks for with the feed, before either: a reader that failed to load fails them too in those browsers
// (the element's own "Opnieuw proberen" then asks for it under a new address).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const findFile = (prefix) => readdirSync('dist').find((entry) => entry.startsWith(prefix) && entry.endsWith('.js'));
const file = (prefix) => {
  const name = readdirSync('dist').find((entry) => entry.startsWith(prefix) && entry.endsWith('.js'));
  assert.ok(name, `dist/ has a ${prefix}… chunk (run npm run build)`);
  return readFileSync(`dist/${name}`, 'utf8');
};
/** The files a chunk imports statically (`import … from "./x.js"` or `import "./x.js"`), not by `import()`. */
const staticImports = (source) =>
  [...source.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+)["']/g)].map((match) => match[1]);

test('the map chunk and the element chunk never import each other; each imports only the entry and the feed reader', () => {
  // The feed's reader is asked for by the entry together with the feed (before either code chunk has arrived).
  const allowed = {
    'leerroutes-kaart.map-': ['./leerroutes-kaart.entry.js', `./${findFile('leerroutes-kaart.feed-reader-')}`],
    'leerroutes-kaart.element-': ['./leerroutes-kaart.entry.js', `./${findFile('leerroutes-kaart.feed-reader-')}`],
    'leerroutes-kaart.feed-reader-': ['./leerroutes-kaart.entry.js'],
  };
  for (const [chunk, expected] of Object.entries(allowed)) {
    const imports = [...new Set(staticImports(file(chunk)))].sort();
    assert.deepEqual(imports, [...expected].sort(), `${chunk} imports ${expected.join(' and ')}, nothing else`);
  }
});

test("the map chunk leaves out OpenLayers' flat styles and UTM zones (build/ol-trim.mjs)", () => {
  const map = JSON.parse(readFileSync(`dist/${findFile('leerroutes-kaart.map-')}.map`, 'utf8'));
  const sources = map.sources.join('\n');
  assert.match(sources, /node_modules\/ol\/Map\.js/, 'OpenLayers itself is in it');
  assert.doesNotMatch(sources, /node_modules\/ol\/(expr\/|render\/canvas\/style\.js|proj\/utm\.js)/);
});

test("the feed reader's and the map's chunks lead with V8's compile hint; the rest of the first view does not", () => {
  // build/compile-hints.mjs: their functions are compiled off the page's thread while they stream in.
  for (const chunk of ['leerroutes-kaart.feed-reader-', 'leerroutes-kaart.map-'])
    assert.ok(file(chunk).startsWith('//# allFunctionsCalledOnLoad\n'), `${chunk} starts with the hint`);
  // The interface's chunk is mostly handlers of later clicks: compiled eagerly, they would cost memory for nothing.
  for (const chunk of ['leerroutes-kaart.element-', 'leerroutes-kaart.entry'])
    assert.ok(!file(chunk).includes('allFunctionsCalledOnLoad'), `${chunk} has no hint`);
});
