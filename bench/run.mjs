#!/usr/bin/env node
// npm run bench: size and speed of leerroutes-kaart, each next to a reference measured in the same run.
//   size:  dist/leerroutes-kaart.js  vs  the floor (bench/floor.ts: Lit + OpenLayers map + cluster layer + our zod
//          schema, same rollup settings)
//   speed: first pins drawn and filter re-draw at 1k/10k/50k routes  vs  a bare OpenLayers cluster page
//          (bench/reference.ts, the reference) and Leaflet + markercluster (bench/pages/peer.js, the peer)
//   also:  JSON.parse and validation (apart) per 10k routes, JS heap after load, longest main-thread task during load.
// Runs in headless Chromium and, when installed, in Firefox (over WebDriver BiDi: no heap or long-task figures
// there, as Firefox has neither the DevTools protocol nor long-task entries).
// Writes BENCHMARKS.md. Options: --runs N (default 5), --sizes 1000,10000, --browsers chromium,firefox.
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { findChromium, findFirefox, installHint, chromiumArgs } from '../build/find-browser.mjs';
import { generateFeed } from '../demo/generate-sample-feed.mjs';
import { buildReferences } from './build-references.mjs';
import { measureLoading, loadingSection } from './loading.mjs';
import { measureWorkbench, workbenchSection } from './workbench.mjs';
import { measureDuo, duoSection } from './duo.mjs';
import { measureHostPage, hostPageSection } from './host-page.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(option('runs', 5));
const SIZES = option('sizes', '1000,10000').split(',').map(Number);
const BROWSERS = option('browsers', 'chromium,firefox').split(',');
const OUT = '.tmp/bench';
mkdirSync(OUT, { recursive: true });

const executablePath = findChromium();
if (!executablePath) {
  console.error(installHint);
  process.exit(1);
}

// ---- build ----
console.log('Building the product, the floor and the reference…');
execSync('npm run build', { stdio: 'inherit' });
await buildReferences(OUT);

const sizeOf = (file) => {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const distFile = (prefix) =>
  `dist/${readdirSync('dist').find((name) => name.startsWith(prefix) && name.endsWith('.js'))}`;
const sizes = {
  script: sizeOf('dist/leerroutes-kaart.js'),
  entry: sizeOf('dist/leerroutes-kaart.entry.js'),
  tiles: sizeOf(distFile('leerroutes-kaart.tile-basemap-')),
  element: sizeOf(distFile('leerroutes-kaart.element-')),
  feedReader: sizeOf(distFile('leerroutes-kaart.feed-reader-')),
  outline: sizeOf(distFile('leerroutes-kaart.offline-basemap.data-')),
  map: sizeOf(distFile('leerroutes-kaart.map-')),
  regionMap: sizeOf(distFile('leerroutes-kaart.region-map-')),
  regions: sizeOf(distFile('leerroutes-kaart.regions-')),
  standalone: sizeOf('dist/leerroutes-kaart.standalone.js'),
  floor: sizeOf(`${OUT}/floor.js`),
  reference: sizeOf(`${OUT}/reference.js`),
};

// ---- feeds ----
const feeds = {};
for (const n of SIZES) {
  const file = `${OUT}/feed-${n}.json`;
  writeFileSync(file, JSON.stringify(generateFeed({ routes: n, seed: 7 })));
  feeds[n] = `/${file}`;
}

// ---- measure ----
const server = await startDevServer({
  config: { rootDir: '.', port: 8777, hostname: 'localhost' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const launchers = {
  chromium: () =>
    puppeteer.launch({
      executablePath,
      headless: true,
      args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
    }),
  firefox: () => {
    const firefoxPath = findFirefox();
    if (!firefoxPath) {
      console.log('No Firefox found (apt-get install firefox-esr): Chromium only.');
      return undefined;
    }
    return puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
  },
};

async function measure(browser, pageName, n) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`http://localhost:8777/bench/pages/${pageName}.html`, { waitUntil: 'load' });
  page.setDefaultTimeout(120000);
  page.on('pageerror', (error) => console.error(`${pageName}: ${error.message}`));
  await page.waitForFunction(() => typeof window.benchLoad === 'function', { timeout: 10000 });
  const result = await page.evaluate(async (url) => {
    // Every page starts from the same feed held in memory behind a blob URL: it reads and parses it itself, as it
    // would a published feed, without the network's time in the figure.
    const blob = await (await fetch(url)).blob();
    const text = await blob.text();
    const blobUrl = URL.createObjectURL(new Blob([blob], { type: 'application/json' }));
    await new Promise((resolve) => setTimeout(resolve, 100)); // the observer reports the copies' tasks first
    window.longestTask = 0;
    const load = await window.benchLoad(blobUrl);
    const longestTask = window.longTasksSeen ? window.longestTask : undefined;
    const filters = [];
    for (const kind of ['DLR', null, 'GLR', null, 'leerlab']) filters.push(await window.benchFilter(kind));
    await window.benchFilter(null);
    const validate = window.benchValidate ? window.benchValidate(text) : undefined;
    return { load, filters, longestTask, validate };
  }, feeds[n]);
  if (browser.protocol !== 'webDriverBiDi') {
    const session = await page.createCDPSession();
    await session.send('HeapProfiler.collectGarbage');
    result.heap = (await session.send('Runtime.getHeapUsage')).usedSize;
  }
  await page.close();
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const spread = (values) => [Math.min(...values), Math.max(...values)];

const results = {};
const versions = {};
for (const browserName of BROWSERS) {
  const browser = await launchers[browserName]?.();
  if (!browser) continue;
  versions[browserName] = await browser.version();
  for (const n of SIZES) {
    for (const name of ['ours', 'reference', 'peer']) {
      console.log(`${browserName}: ${name} @ ${n}: warm-up + ${RUNS} runs`);
      await measure(browser, name, n);
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, name, n));
      const defined = (values) => values.filter((v) => v !== undefined);
      results[`${browserName}:${name}@${n}`] = {
        load: runs.map((r) => r.load),
        filter: runs.flatMap((r) => r.filters),
        longestTask: defined(runs.map((r) => r.longestTask)),
        jsonParse: defined(runs.map((r) => r.validate?.jsonParse)),
        validate: defined(runs.map((r) => r.validate?.validate)),
        heap: defined(runs.map((r) => r.heap)),
      };
    }
  }
  await browser.close();
}
await server.stop();

console.log('Loading from navigation start…');
const loading = await measureLoading({ runs: RUNS, sizes: SIZES.filter((n) => n <= 10000) });
console.log('The workbench…');
const workbench = await measureWorkbench({ runs: 3, sizes: SIZES.filter((n) => n <= 10000) });
const duo = measureDuo({ runs: 5 });
const hostPage = await measureHostPage({ runs: 3 });

// ---- report ----
const ms = (v) => `${v.toFixed(0)} ms`;
const kb = (v) => `${(v / 1024).toFixed(1)} kB`;
const cell = (values) =>
  `${ms(median(values))} (${spread(values)
    .map((v) => v.toFixed(0))
    .join('–')})`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

const lines = [];
lines.push('# Benchmarks', '');
const measuredIn = Object.entries(versions).map(
  ([name, version]) => `${name === 'firefox' ? 'Firefox' : 'Chromium'} (${version})`,
);
lines.push(
  `Produced by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model.trim()}, ` +
    `${(totalmem() / 2 ** 30).toFixed(0)} GiB, headless ${measuredIn.join(' and ')}, viewport 1280×800, ${RUNS} runs after a warm-up, ` +
    'median (min–max). Every figure is next to its reference, measured in the same run and browser; compare ratios, not milliseconds across machines.',
  '',
);
lines.push('## Size', '');
lines.push('| bundle | minified | gzip -9 | brotli | gzip vs floor |', '|---|---|---|---|---|');
const sumOf = (names) =>
  names.reduce(
    (sum, name) => ({
      raw: sum.raw + sizes[name].raw,
      gzip: sum.gzip + sizes[name].gzip,
      brotli: sum.brotli + sizes[name].brotli,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
const defaultEmbed = sumOf(['script', 'entry', 'element', 'feedReader', 'map', 'tiles', 'regionMap', 'regions']);
const withoutTiles = sumOf(['script', 'entry', 'element', 'feedReader', 'map', 'outline', 'regionMap', 'regions']);
const sizeRow = (label, size) =>
  `| ${label} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)} | ${ratio(size.gzip, sizes.floor.gzip)} |`;
lines.push(
  sizeRow(
    "**leerroutes-kaart** script tag's file + module entry (`dist/leerroutes-kaart.js`, `leerroutes-kaart.entry.js`: all a page below the fold loads)",
    sumOf(['script', 'entry']),
  ),
  sizeRow('element chunk (Lit, store, views, Dutch texts)', sizes.element),
  sizeRow(
    'feed reader (read, checked and grouped as soon as the feed is in; asked for with the feed)',
    sizes.feedReader,
  ),
  sizeRow('map chunk (OpenLayers without its flat styles and UTM zones, our adapter)', sizes.map),
  sizeRow('tile stack (OpenLayers\' tile layers and sources; not for basemap="none")', sizes.tiles),
  sizeRow('region outlines (two chunks, after the first pins)', {
    raw: sizes.regionMap.raw + sizes.regions.raw,
    gzip: sizes.regionMap.gzip + sizes.regions.gzip,
    brotli: sizes.regionMap.brotli + sizes.regions.brotli,
  }),
  sizeRow(
    '**default embed, map in view** (script + entry + element + feed reader + map + tiles + region outlines)',
    defaultEmbed,
  ),
  sizeRow('**map in view, `basemap="none"`** (the same with the land outline instead of the tile stack)', withoutTiles),
  sizeRow(
    'self-contained file (`dist/leerroutes-kaart.standalone.js`: everything, regions and place search included)',
    sizes.standalone,
  ),
);
lines.push(
  `| floor: Lit element + OpenLayers map + cluster layer + our zod schema | ${kb(sizes.floor.raw)} | ${kb(sizes.floor.gzip)} | ${kb(sizes.floor.brotli)} | 1.00× |`,
);
lines.push(
  `| reference page script (OpenLayers only) | ${kb(sizes.reference.raw)} | ${kb(sizes.reference.gzip)} | ${kb(sizes.reference.brotli)} | ${ratio(sizes.reference.gzip, sizes.floor.gzip)} |`,
  '',
);
const orNa = (values, format) => (values.length ? format(median(values)) : 'n/a');
for (const browserName of Object.keys(versions)) {
  const title = browserName === 'firefox' ? 'Firefox' : 'Chromium';
  const at = (name, n) => results[`${browserName}:${name}@${n}`];
  lines.push(`## Speed in ${title}`, '');
  lines.push(
    '"First pins" runs from the feed being in memory behind a URL (every page fetches and parses it itself) to the first ' +
      'complete drawing (OpenLayers `rendercomplete`; for Leaflet, the next paint after `addLayers`); ours includes validation, ' +
      'normalisation, grouping and the filters\' counts. "Filter" runs from a change of the soort filter to the re-drawn map ' +
      '(5 changes per run).' +
      (browserName === 'firefox' ? ' Firefox reports no long tasks: that column is n/a.' : ''),
    '',
  );
  lines.push(
    '| routes | | first pins | vs reference | filter re-draw | vs reference | longest task during load |',
    '|---|---|---|---|---|---|---|',
  );
  for (const n of SIZES) {
    const ref = at('reference', n);
    for (const name of ['ours', 'reference', 'peer']) {
      const r = at(name, n);
      const label = {
        ours: '**leerroutes-kaart**',
        reference: 'reference: bare OpenLayers cluster',
        peer: 'peer: Leaflet + markercluster',
      }[name];
      lines.push(
        `| ${n.toLocaleString('en')} | ${label} | ${cell(r.load)} | ${ratio(median(r.load), median(ref.load))} | ${cell(r.filter)} | ${ratio(median(r.filter), median(ref.filter))} | ${orNa(r.longestTask, ms)} |`,
      );
    }
  }
  lines.push('', `## Validation and memory in ${title}`, '');
  lines.push(
    "| routes | JSON.parse (the browser's) | validation + normalisation (ours) | validation per 10,000 routes | JS heap after load: ours | reference | peer |",
    '|---|---|---|---|---|---|---|',
  );
  for (const n of SIZES) {
    const { jsonParse, validate } = at('ours', n);
    const heap = (name) => orNa(at(name, n).heap, (v) => `${(v / 2 ** 20).toFixed(1)} MB`);
    lines.push(
      `| ${n.toLocaleString('en')} | ${cell(jsonParse)} | ${cell(validate)} | ${ms((median(validate) * 10000) / n)} | ${heap('ours')} | ${heap('reference')} | ${heap('peer')} |`,
    );
  }
  lines.push('');
}
lines.push(loadingSection(loading, sizes.floor.gzip));
lines.push(hostPageSection(hostPage));
lines.push(workbenchSection(workbench));
lines.push(duoSection(duo));
const report = lines.join('\n');
const previous = (() => {
  try {
    return readFileSync('BENCHMARKS.md', 'utf8');
  } catch {
    return '';
  }
})();
// Keep what is written by hand below the generated tables: the before/after records of issues, then the analysis.
const handWritten = ['\n## Issue ', '\n## Analysis']
  .map((heading) => previous.indexOf(heading))
  .filter((at) => at >= 0);
const analysis = handWritten.length ? previous.slice(Math.min(...handWritten)) : '';
writeFileSync('BENCHMARKS.md', report + analysis);
writeFileSync(`${OUT}/results.json`, JSON.stringify({ sizes, results, versions }, null, 1));
console.log(report);
