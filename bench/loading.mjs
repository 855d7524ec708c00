#!/usr/bin/env node
// What a visitor waits for and downloads, from navigation start: first pins on a page that loads the element with
// one script tag (the entry, its chunks and the feed from the same server, gzipped as a CDN sends them), next to
// the bare OpenLayers reference page and the Leaflet peer loading their one script and the same feed, in the same
// run, alternating; plain, and with the CPU throttled 4x and the network emulated as "Fast 4G". Also the bytes
// each kind of page downloads (per chunk and per scenario) and the longest main-thread task while loading.
//   node bench/loading.mjs [--runs 5] [--sizes 1000,10000]      (needs npm run build; called by npm run bench)
import { createServer } from 'node:http';
import { readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { extname, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
import { findChromium, chromiumArgs } from '../build/find-browser.mjs';
import { generateFeed } from '../demo/generate-sample-feed.mjs';
import { numberOption } from './element-page.mjs';
import { buildReferences } from './build-references.mjs';

const OUT = '.tmp/bench';
const PORT = 8793;
const BASE = `http://localhost:${PORT}`;
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.html': 'text/html' };

/**
 * The pages and feeds, generated; everything else from the repository. Text is gzipped, as a CDN would. Under
 * `/late/` the same files, all but the script tag's `leerroutes-kaart.js` answered `LATE_MS` later: the element's
 * code arriving late, for the layout-shift measurement.
 */
export const LATE_MS = 600;
export function serve(pages, port = PORT) {
  const gzipped = new Map();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, BASE);
    if (url.pathname.startsWith('/late/')) {
      url.pathname = url.pathname.slice('/late'.length);
      if (!url.pathname.endsWith('/leerroutes-kaart.js')) await new Promise((resolve) => setTimeout(resolve, LATE_MS));
    }
    let body = pages.get(url.pathname);
    if (body === undefined) {
      const file = normalize(`.${url.pathname}`);
      if (file.startsWith('..') || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
        response.statusCode = 404;
        response.end();
        return;
      }
      body = gzipped.get(file) ?? readFileSync(file);
    }
    const type = TYPES[extname(url.pathname)] ?? 'application/octet-stream';
    response.setHeader('Content-Type', type);
    if (type !== 'application/octet-stream') {
      const key = url.pathname;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 6 }));
      response.setHeader('Content-Encoding', 'gzip');
      body = gzipped.get(key);
    }
    response.end(body);
  });
  return new Promise((resolve) => server.listen(port, 'localhost', () => resolve(server)));
}

const FULL = 'html,body{margin:0;height:100%}';
export const pageOf = {
  ours: ({ feed, attributes = 'basemap="none" view="map"', above = '' }) =>
    `<!doctype html><meta charset="utf-8"><style>${FULL} leerroutes-kaart{--leerroutes-height:100vh}</style>
<script src="/bench/pages/harness.js"></script>
<script src="/dist/leerroutes-kaart.js"></script>
<script type="module" src="/bench/pages/first-pins-ours.js"></script>
${above}<leerroutes-kaart src="${feed}" ${attributes}></leerroutes-kaart>`,
  reference: ({ feed }) =>
    `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="/node_modules/ol/ol.css"><style>${FULL} #map{height:100%}</style>
<script src="/bench/pages/harness.js"></script><div id="map"></div>
<script type="module" src="/${OUT}/reference.js"></script>
<script type="module">window.firstPins = window.benchLoad(${JSON.stringify(feed)}).then(() => performance.now());</script>`,
  peer: ({ feed }) =>
    `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="/node_modules/leaflet/dist/leaflet.css">
<link rel="stylesheet" href="/node_modules/leaflet.markercluster/dist/MarkerCluster.css">
<link rel="stylesheet" href="/node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css">
<style>${FULL} #map{height:100%}</style><script src="/bench/pages/harness.js"></script><div id="map"></div>
<script src="/node_modules/leaflet/dist/leaflet.js"></script>
<script src="/node_modules/leaflet.markercluster/dist/leaflet.markercluster.js"></script>
<script src="/bench/pages/peer.js"></script>
<script>window.firstPins = window.benchLoad(${JSON.stringify(feed)}).then(() => performance.now());</script>`,
};

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** A blank tile for the basemap's requests: the page behaves as with working tiles, without the network. */
export const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function openPage(browser, path, { throttled = false, interceptTiles = false } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.setCacheEnabled(false);
  if (throttled) {
    await page.emulateCPUThrottling(4);
    await page.emulateNetworkConditions(PredefinedNetworkConditions['Fast 4G']);
  }
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  if (interceptTiles) {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith(BASE)) void request.continue();
      else void request.respond({ status: 200, contentType: 'image/png', body: BLANK_PNG });
    });
  }
  await page.goto(`${BASE}${path}`, { waitUntil: 'domcontentloaded' });
  return { page, requested };
}

/** First pins (ms from navigation start) and the longest task until then (or, with `afterMs`, until that long after). */
async function firstPins(browser, path, throttled, afterMs = 0) {
  const { page } = await openPage(browser, path, { throttled });
  page.setDefaultTimeout(120000);
  await page.waitForFunction(() => window.firstPins !== undefined, { polling: 20 });
  const result = await page.evaluate(async (after) => {
    const firstPins = await window.firstPins;
    const ready = await window.interfaceReady;
    await new Promise((resolve) => setTimeout(resolve, after));
    return { firstPins, ready, longestTask: window.longestTask };
  }, afterMs);
  await page.close();
  return result;
}

/** The most routes the map accepts (src/feed/parse-core.ts MAX_FEATURES). */
const LIMIT = 10_000;

const SCENARIOS = {
  'below the fold': { attributes: 'basemap="pdok"', above: '<div style="height:4000px">Een lange pagina.</div>' },
  'map in view (nl)': { attributes: 'basemap="pdok"' },
  'map in view (en)': { attributes: 'basemap="pdok" lang="en"' },
  'with a region chosen (region="Twente")': { attributes: 'basemap="pdok" region="Twente"' },
  'with location search (field used)': { attributes: 'basemap="pdok"', focusPlace: true },
  'no basemap (offline outline)': { attributes: 'basemap="none"' },
};

/** The generated pages and feeds, by path. */
function buildPages(sizes) {
  const pages = new Map();
  const feedOf = (n) => `/__load/feed-${n}.json`;
  for (const n of sizes) {
    pages.set(feedOf(n), Buffer.from(JSON.stringify(generateFeed({ routes: n, seed: 7 }))));
    for (const name of Object.keys(pageOf))
      pages.set(`/__load/${name}-${n}.html`, Buffer.from(pageOf[name]({ feed: feedOf(n) })));
  }
  // The map's limit (10,000 routes), each route at a school of its own: the most pins a feed can give.
  pages.set(feedOf('limit'), Buffer.from(JSON.stringify(generateFeed({ routes: LIMIT, seed: 7, schools: LIMIT }))));
  for (const name of ['ours', 'reference'])
    pages.set(`/__load/${name}-limit.html`, Buffer.from(pageOf[name]({ feed: feedOf('limit') })));
  Object.values(SCENARIOS).forEach((scenario, i) =>
    pages.set(`/__load/scenario-${i}.html`, Buffer.from(pageOf.ours({ feed: feedOf(sizes[0]), ...scenario }))),
  );
  return pages;
}

export async function measureLoading({ runs = 5, sizes = [1000, 10000] } = {}) {
  mkdirSync(OUT, { recursive: true });
  await buildReferences(OUT);
  const pages = buildPages(sizes);
  const scenarios = SCENARIOS;
  const server = await serve(pages);
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });

  // ---- bytes per scenario ----
  const gzipOfDist = (url) => {
    const file = `dist/${new URL(url).pathname.split('/').pop()}`;
    return gzipSync(readFileSync(file), { level: 9 }).length;
  };
  const bytes = {};
  for (const [i, [name, scenario]] of Object.entries(scenarios).entries()) {
    const { page, requested } = await openPage(browser, `/__load/scenario-${i}.html`, { interceptTiles: true });
    if (!name.startsWith('below')) {
      await page.waitForFunction(() => window.firstPins !== undefined, { timeout: 60000 });
      await page.evaluate(() => window.firstPins);
    }
    if (scenario.focusPlace) {
      await page.evaluate(() =>
        document.querySelector('leerroutes-kaart').shadowRoot.querySelector('input[role=combobox]').focus(),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const files = [...new Set(requested.filter((url) => url.includes('/dist/')))];
    bytes[name] = files.map((url) => ({ file: new URL(url).pathname.split('/').pop(), gzip: gzipOfDist(url) }));
    await page.close();
  }

  // ---- first pins, alternating ----
  const conditions = [...sizes.map((n) => ({ n, throttled: false })), { n: sizes[0], throttled: true }];
  const timings = {};
  for (const { n, throttled } of conditions) {
    const key = `${n}${throttled ? ' throttled' : ''}`;
    timings[key] = { ours: [], reference: [], peer: [] };
    for (let run = -1; run < runs; run++) {
      for (const name of ['ours', 'reference', 'peer']) {
        const result = await firstPins(browser, `/__load/${name}-${n}.html`, throttled);
        if (run >= 0) timings[key][name].push(result); // run -1: warm-up
      }
    }
    console.log(
      key,
      Object.fromEntries(
        Object.entries(timings[key]).map(([k, v]) => [k, median(v.map((r) => r.firstPins)).toFixed(0)]),
      ),
    );
  }

  // ---- the longest task at the limit: until 1.5 s after the first pins (the clusters' first drawing included) ----
  const limit = { ours: [], reference: [] };
  for (let run = -1; run < runs; run++) {
    for (const name of ['ours', 'reference']) {
      const result = await firstPins(browser, `/__load/${name}-limit.html`, false, 1500);
      if (run >= 0) limit[name].push(result);
    }
  }
  console.log('limit', Object.fromEntries(Object.entries(limit).map(([k, v]) => [k, v.map((r) => r.longestTask)])));
  await browser.close();
  server.close();
  return { bytes, timings, limit, runs };
}

/** The report's section on loading. */
export function loadingSection({ bytes, timings, limit, runs }, floorGzip) {
  const kB = (b) => `${(b / 1024).toFixed(1)} kB`;
  const lines = ['## Loading: what a visitor waits for and downloads', ''];
  lines.push(
    `Pages with one script tag, served gzipped from localhost; Chromium headless, 1280×800, ${runs} runs after a warm-up, ` +
      'the three pages alternating, median (min–max). "First pins" runs from navigation start to the first complete drawing ' +
      'of the pins (OpenLayers `rendercomplete` after the features are in; for the element its User Timing mark ' +
      '`leerroutes-kaart:first-pins`, set at the end of its first frame with pins; for Leaflet the next paint): it includes ' +
      'downloading the page\'s scripts and the feed. "Interface ready" is the element\'s `whenMapRendered()` after ' +
      '`feed-load`: the list and the filters have followed the pins. "Throttled" is the CPU slowed 4× and the network emulated as ' +
      'DevTools\' "Fast 4G" (165 ms latency, about 1.6 Mbit/s … 9 Mbit/s), with the cache off.',
    '',
  );
  lines.push(
    '| routes | condition | **leerroutes-kaart** | reference: bare OpenLayers | vs reference | peer: Leaflet | ours: interface ready | longest task over 50 ms (ours / reference) |',
  );
  lines.push('|---|---|---|---|---|---|---|---|');
  const cell = (results) => {
    const values = results.map((r) => r.firstPins);
    return `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
  };
  for (const [key, byPage] of Object.entries(timings)) {
    const [n, throttled] = key.split(' ');
    const ratio = median(byPage.ours.map((r) => r.firstPins)) / median(byPage.reference.map((r) => r.firstPins));
    // The browser reports only tasks over 50 ms: none is "–".
    const task = (results) => {
      const longest = median(results.map((r) => r.longestTask ?? 0));
      return longest ? `${longest.toFixed(0)} ms` : '–';
    };
    lines.push(
      `| ${Number(n).toLocaleString('en')} | ${throttled ? '4× CPU, Fast 4G' : 'plain'} | ${cell(byPage.ours)} | ${cell(byPage.reference)} | **${ratio.toFixed(2)}×** | ${cell(byPage.peer)} | ${median(byPage.ours.map((r) => r.ready)).toFixed(0)} ms | ${task(byPage.ours)} / ${task(byPage.reference)} |`,
    );
  }
  if (limit) {
    const tasks = (results) => results.map((r) => Math.round(r.longestTask ?? 0));
    const ours = tasks(limit.ours);
    const reference = tasks(limit.reference);
    // The browser reports only tasks over 50 ms: none is "none over 50 ms", and then there is no ratio.
    const cell = (values) =>
      Math.max(...values) ? `${median(values)} ms (max ${Math.max(...values)} ms)` : 'none over 50 ms';
    lines.push(
      '',
      `### The longest task at the map's limit (${LIMIT.toLocaleString('en')} routes, each at a school of its own)`,
      '',
      `From navigation start until 1.5 s after the first pins, ${runs} runs; the target (issue 29) is no task over 200 ms.`,
      '',
      '| | leerroutes-kaart | reference: bare OpenLayers | vs reference |',
      '|---|---|---|---|',
      `| longest task, median | ${cell(ours)} | ${cell(reference)} | ${median(reference) ? `${(median(ours) / median(reference)).toFixed(2)}×` : '–'} |`,
    );
  }
  lines.push('', '### Bytes per scenario (gzip -9 of each file requested from `dist/`)', '');
  lines.push('| scenario | files | total | vs floor |', '|---|---|---|---|');
  for (const [name, files] of Object.entries(bytes)) {
    const total = files.reduce((sum, f) => sum + f.gzip, 0);
    lines.push(
      `| ${name} | ${files.map((f) => `\`${f.file.replace(/-[\w-]{8}\.js$/, '.js')}\` ${kB(f.gzip)}`).join(' + ')} | ${kB(total)} | ${(total / floorGzip).toFixed(2)}× |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--serve')) {
  // Only the pages, for a look in a browser: http://localhost:8793/__load/ours-1000.html
  await buildReferences(OUT);
  await serve(buildPages([1000, 10000]));
  console.log(`${BASE}/__load/ours-1000.html, reference-1000.html, peer-1000.html, scenario-0…5.html`);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await measureLoading({
    runs: numberOption('runs', 5),
    sizes: String(process.argv.includes('--sizes') ? process.argv[process.argv.indexOf('--sizes') + 1] : '1000,10000')
      .split(',')
      .map(Number),
  });
  writeFileSync(`${OUT}/loading.json`, JSON.stringify(results, null, 1));
  const floor = gzipSync(readFileSync(`${OUT}/floor.js`), { level: 9 }).length;
  const section = loadingSection(results, floor);
  console.log(section);
  // Run alone (npm run bench:loading), it replaces its own section of BENCHMARKS.md and leaves the rest as it was.
  const report = readFileSync('BENCHMARKS.md', 'utf8');
  const start = report.indexOf('## Loading:');
  // Up to the next section, whichever it is (the workbench's, the analysis): only this one is replaced.
  const next = report.indexOf('\n## ', start + 1);
  const end = next >= 0 ? next : report.length;
  if (start >= 0 && end > start)
    writeFileSync('BENCHMARKS.md', `${report.slice(0, start)}${section}${report.slice(end)}`);
}
