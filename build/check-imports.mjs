#!/usr/bin/env node
/**
 * The layer rules of src/ (README, "Design"), checked on every import: static, type-only (`import type`,
 * `typeof import()`) and dynamic `import()`, re-exports included (read from TypeScript's syntax tree). Two checks,
 * both failing `npm run lint`:
 * - an import along an arrow that must never exist (a rule below names the layer, what it may not import, and why);
 * - any import cycle among the modules of src/, type-only and dynamic imports included (a cycle of types is a
 *   tangle too, and a chunk that loads its own loader is one).
 * The only modules exempt from the layer rules are the chunk registry (loader/chunks.ts, and element-chunk.ts for
 * the entry): naming every on-demand part is its job; anyone may ask it for one.
 * Run: node build/check-imports.mjs [--list] (with --list it prints the graph's size and each module's layer).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const src = join(root, 'src');

/** Layers by path (first match wins); a module outside every layer is a finding of its own. */
const LAYERS = [
  ['entry', /^(index|script)\.ts$/],
  ['registry', /^loader\/(chunks|element-chunk)\.ts$/],
  ['root', /^(define|module)\.ts$/],
  ['loader', /^loader\//],
  ['events', /^events\.ts$/],
  ['slices', /^slices\.ts$/],
  ['feed', /^feed\//],
  ['model', /^model\//],
  ['geography', /^(regions|location)\//],
  ['map', /^map\//],
  ['i18n', /^i18n\//],
  ['chunks', /^chunks\//],
  ['root', /^components\/leerroutes-kaart\/(leerroutes-kaart|internals|leerroutes-kaart\.styles)\.ts$/],
  ['controllers', /^components\/leerroutes-kaart\/controllers\//],
  ['views', /^components\//],
  ['workbench', /^publish\/workbench(-view)?\.ts$/],
  ['publish', /^publish\//],
  ['cli', /^cli\//],
  ['types', /^(css|first-view-files)\.d\.ts$/],
];

/** What each layer may not import, and why. Packages are named as they are imported. */
const FORBIDDEN = {
  feed: [
    ['lit', 'ol', 'loader', 'model', 'map', 'views', 'controllers', 'root', 'chunks'],
    'the feed layer reads and checks data only',
  ],
  model: [
    ['lit', 'ol', 'loader', 'map', 'views', 'controllers', 'root', 'chunks', 'geography'],
    'the model is pure state and rules',
  ],
  geography: [
    ['lit', 'ol', 'loader', 'map', 'views', 'controllers', 'root', 'chunks'],
    'geography is pure: no UI, no map library',
  ],
  i18n: [
    ['lit', 'ol', 'loader', 'map', 'views', 'controllers', 'root', 'chunks', 'model/store'],
    'texts know no store and no UI',
  ],
  map: [
    ['lit', 'loader', 'views', 'controllers', 'root', 'chunks'],
    'the OpenLayers adapter draws what it is given, without the UI',
  ],
  views: [['registry', 'ol', 'loader', 'map', 'controllers', 'root', 'chunks'], 'views render what they are given'],
  controllers: [['ol', 'views', 'root'], 'controllers do side effects and never render'],
  events: [
    ['lit', 'ol', 'map', 'views', 'controllers', 'root', 'chunks', 'loader'],
    'the event types are shared by every layer',
  ],
  loader: [
    ['lit', 'ol', 'map', 'views', 'controllers', 'root', 'model', 'feed'],
    'the 3 kB entry knows only how to load',
  ],
  publish: [
    ['lit', 'map', 'controllers', 'root', 'cli', 'chunks', 'loader', 'workbench'],
    'the publisher core is shared by the CLI and the workbench',
  ],
  workbench: [
    ['map', 'controllers', 'root', 'cli', 'chunks', 'loader'],
    'the workbench is a page of its own over the publisher core',
  ],
  cli: [['registry', 'lit', 'ol', 'map', 'views', 'controllers', 'root', 'chunks', 'loader'], 'the CLI runs in Node'],
  chunks: [['root', 'loader'], 'an on-demand chunk is loaded by the element, never the other way'],
};
/** Nothing imports these layers but the ones named. */
const ONLY_FROM = {
  cli: [['cli'], 'nothing imports the CLI: it wraps publish/'],
  entry: [['entry'], 'the entry is imported by nothing'],
};

function layerOf(path) {
  return LAYERS.find(([, pattern]) => pattern.test(path))?.[0];
}

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return { package: specifier.split('/')[0] };
  const target = resolve(dirname(from), specifier).replace(/\.js$/, '.ts');
  for (const candidate of [target, `${target}.ts`, join(target, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return { file: candidate };
    } catch {
      // try the next form
    }
  }
  return { missing: specifier };
}

/** Every module a file names: import and export declarations, `import()` calls and `typeof import()` types. */
function importsOf(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      found.push({ specifier: node.moduleSpecifier.text, dynamic: false });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) found.push({ specifier: argument.text, dynamic: true });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      found.push({ specifier: node.argument.literal.text, dynamic: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = sourceFiles(src);
const graph = new Map();
const findings = [];
for (const file of files) {
  const name = relative(src, file);
  const edges = importsOf(file).map(({ specifier, dynamic }) =>
    /\.css$/.test(specifier)
      ? { specifier, dynamic, package: specifier.split('/')[0] }
      : { specifier, dynamic, ...resolveImport(file, specifier) },
  );
  graph.set(name, edges);
  if (!layerOf(name)) findings.push(`${name}: in no layer (add it to LAYERS in build/check-imports.mjs)`);
}

for (const [name, edges] of graph) {
  const layer = layerOf(name);
  if (layer === 'registry') continue;
  for (const edge of edges) {
    const target = edge.file ? relative(src, edge.file) : undefined;
    const targetLayer = target ? layerOf(target) : undefined;
    const [forbidden, why] = FORBIDDEN[layer] ?? [[], ''];
    const hit = forbidden.find(
      (rule) =>
        rule === edge.package ||
        rule === targetLayer ||
        (target && target.replace(/\.ts$/, '') === rule) ||
        (rule === 'ol' && edge.package === 'ol'),
    );
    if (hit && targetLayer !== layer) findings.push(`${name} imports '${edge.specifier}' (${hit}): ${why}`);
    const only = ONLY_FROM[targetLayer];
    if (only && !only[0].includes(layer)) findings.push(`${name} imports '${edge.specifier}': ${only[1]}`);
    if (edge.missing) findings.push(`${name} imports '${edge.specifier}', which is not a file`);
  }
}

// Cycles: a depth-first search over the module graph; each cycle is reported once, from its first module.
const state = new Map();
const stack = [];
const cycles = new Set();
function visit(name) {
  state.set(name, 'open');
  stack.push(name);
  for (const edge of graph.get(name) ?? []) {
    if (!edge.file) continue;
    const next = relative(src, edge.file);
    if (state.get(next) === 'open') {
      const cycle = stack.slice(stack.indexOf(next));
      const start = cycle.indexOf([...cycle].sort()[0]);
      cycles.add([...cycle.slice(start), ...cycle.slice(0, start)].join(' -> '));
    } else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(name, 'done');
}
for (const name of [...graph.keys()].sort()) if (!state.has(name)) visit(name);
for (const cycle of cycles) findings.push(`import cycle: ${cycle} -> (back to the first)`);

if (process.argv.includes('--list')) {
  for (const name of [...graph.keys()].sort()) console.log(`${layerOf(name) ?? '?'}\t${name}`);
}
if (findings.length) {
  console.error(`check-imports: ${findings.length} import(s) break the layer rules (README, "Design"):`);
  for (const finding of findings) console.error(`  ${finding}`);
  process.exit(1);
}
console.log(`check-imports: ${graph.size} modules, no import breaks a layer rule, no cycle.`);
