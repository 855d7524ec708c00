// The package as a site or an app gets it: `npm pack`, installed from the tarball into an empty folder (its
// dependencies from the registry), then used the three ways the README names: `import 'leerroutes-kaart'` in an
// app's bundler, the self-contained bundle, and `npx leerroutes-kaart`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = process.cwd();
const folder = mkdtempSync(join(tmpdir(), 'leerroutes-package-'));
const npm = (...args) =>
  execFileSync('npm', args, { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

before(() => {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', folder], { cwd: root, encoding: 'utf8' }),
  );
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'a-school-site', private: true, type: 'module' }));
  npm('install', '--no-audit', '--no-fund', '--ignore-scripts', join(folder, packed[0].filename));
});
after(() => rmSync(folder, { recursive: true, force: true }));

test("an app's bundler resolves import 'leerroutes-kaart' and its dependencies", async () => {
  writeFileSync(
    join(folder, 'app.js'),
    "import { LeerroutesKaart, parseFeed } from 'leerroutes-kaart';\nconsole.log(LeerroutesKaart, parseFeed);\n",
  );
  const result = await build({
    absWorkingDir: folder,
    entryPoints: ['app.js'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
    loader: { '.css': 'text' },
  });
  const code = result.outputFiles[0].text;
  assert.match(code, /customElements\.define\("leerroutes-kaart"/);
  assert.ok(code.length > 100_000, 'lit, ol and zod came along');
});

test('the self-contained bundle and the JSON Schema are in the package', () => {
  const bundle = join(folder, 'node_modules/leerroutes-kaart/dist/leerroutes-kaart.js');
  assert.ok(existsSync(bundle));
  assert.doesNotMatch(readFileSync(bundle, 'utf8'), /from\s*["'](lit|ol|zod)/, 'it imports nothing');
  assert.equal(
    JSON.parse(readFileSync(join(folder, 'node_modules/leerroutes-kaart/dist/feed.schema.json'), 'utf8')).title,
    'Leerroutes feed, version 1',
  );
});

test('leerroutes-kaart/regions tells the arbeidsmarktregio of a point, in Node too', () => {
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const { regionAt } = await import('leerroutes-kaart/regions'); console.log(regionAt(6.8937, 52.2215).naam);",
    ],
    { cwd: folder, encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim(), 'Twente');
});

test('npx leerroutes-kaart validates a feed and builds one from a spreadsheet with RD coordinates', () => {
  const validate = spawnSync(
    'npx',
    ['--no-install', 'leerroutes-kaart', 'validate', join(root, 'demo/sample-feed.json')],
    { cwd: folder, encoding: 'utf8' },
  );
  assert.equal(validate.status, 0, validate.stderr);
  assert.match(validate.stdout, /520 routes geldig, 0 overgeslagen/);
  const out = join(folder, 'rd.json');
  const built = spawnSync(
    'npx',
    ['--no-install', 'leerroutes-kaart', 'build', join(root, 'test/fixtures/cli/rd-points.csv'), '-o', out],
    { cwd: folder, encoding: 'utf8' },
  );
  assert.equal(built.status, 0, built.stderr);
  assert.ok(JSON.parse(readFileSync(out, 'utf8')).features.length > 0);
});

test("installing the component does not install the CLI's own libraries", () => {
  for (const library of ['csv-parse', 'proj4']) {
    assert.equal(existsSync(join(folder, 'node_modules', library)), false, `${library} was installed`);
  }
});
