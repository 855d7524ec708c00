// The element's documented contract and its code say the same: the CSS custom properties in the README, in the
// manifest (from @cssprop) and in the styles; the events; the failure kinds of `feed-error`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const readme = readFileSync('README.md', 'utf8');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'leerroutes-kaart');
const sources = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
const code = sources('src').join('\n');
const sorted = (values) => [...new Set(values)].sort();

test('the CSS custom properties are the same in the README, the manifest and the styles', () => {
  const inReadme = sorted(readme.match(/--leerroutes-[a-z-]+[a-z]/g));
  const inManifest = sorted(element.cssProperties.map((p) => p.name));
  const inStyles = sorted(code.match(/--leerroutes-[a-z-]+[a-z](?=[,)])/g));
  assert.deepEqual(inManifest, inReadme);
  assert.deepEqual(inStyles, inReadme);
});

test('the events are the same in the README, the manifest and the event map in the code', () => {
  const inManifest = sorted(element.events.map((e) => e.name));
  for (const name of inManifest) assert.match(readme, new RegExp(`\\| \`${name}\` \\|`), name);
  const eventMap = /interface LeerroutesKaartEventMap \{([^}]*)\}/.exec(readFileSync('src/events.ts', 'utf8'))[1];
  assert.deepEqual(inManifest, sorted([...eventMap.matchAll(/'([a-z-]+)': CustomEvent/g)].map((m) => m[1])));
  assert.ok(inManifest.includes('location-change'));
});

test("the kinds of feed-error are exactly those the README's event table names", () => {
  // The type that lists them: if it moves or is renamed, this fails instead of checking nothing.
  const source = readFileSync('src/feed/failures.ts', 'utf8');
  const union = /export type FeedFailure =([\s\S]*?\});/.exec(source);
  assert.ok(union, 'src/feed/failures.ts declares the FeedFailure union');
  const kinds = sorted([...union[1].matchAll(/kind: '([a-z-]+)'/g)].map((m) => m[1]));
  assert.ok(kinds.length >= 10, `the union has its kinds (found ${kinds.length})`);
  const row = readme.split('\n').find((line) => line.startsWith('| `feed-error`'));
  assert.ok(row, "the README's event table has a feed-error row");
  const named = sorted([...row.matchAll(/`([a-z]+(?:-[a-z]+)+|[a-z]+)`/g)].map((m) => m[1]));
  for (const kind of kinds) assert.ok(named.includes(kind), `README names ${kind}`);
});

test('the manifest covers the element, not the CLI', () => {
  assert.equal(
    manifest.modules.some((m) => m.path.startsWith('src/cli/')),
    false,
  );
});

test("the embed builder's default script address is the package's own version on jsDelivr, as the README says", async () => {
  const { PACKAGE_VERSION, CDN_SCRIPT_URL } = await import('../../demo/snippet.js');
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(PACKAGE_VERSION, version);
  assert.ok(readme.includes(CDN_SCRIPT_URL), `README names ${CDN_SCRIPT_URL}`);
});
