#!/usr/bin/env node
// What a host page pays for the map, next to a reference in the same run:
// - Layout shift: the README's snippet exactly as written (the classic script tag and the element, no style, no
//   height) on a page of text, with everything after that script (the module entry, the element's and the map's
//   code) arriving LATE_MS late; next to the same page with the old `type="module"` tag. Cumulative Layout Shift
//   from the browser's own `layout-shift` entries, until 1 s after the first pins.
// - Lighthouse (pinned lighthouse@12.2.3, run by npx: not a dependency of the tests), mobile preset, performance
//   only: our element on 1,000 routes with basemap="none" against the bare OpenLayers page on the same feed,
//   alternating.
//   node bench/host-page.mjs [--runs 3]     (needs npm run build; called by npm run bench)
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '../build/find-browser.mjs';
import { generateFeed } from '../demo/generate-sample-feed.mjs';
import { buildReferences } from './build-references.mjs';
import { numberOption } from './element-page.mjs';
import { BLANK_PNG, LATE_MS, median, pageOf, serve } from './loading.mjs';

const OUT = '.tmp/bench';
const PORT = 8794;
// 127.0.0.1, not localhost: the Chromium Lighthouse starts may try ::1 first, where the server is not.
const BASE = `http://127.0.0.1:${PORT}`;
const LIGHTHOUSE = 'lighthouse@12.2.3';
const FEED = '/__host/feed-1000.json';

const TEXT = Array.from(
  { length: 12 },
  (_, i) =>
    `<p>Alinea ${i + 1}. Onze school werkt samen met het mbo in de regio. Hieronder staan de leerroutes die leerlingen na het vmbo kunnen volgen, met de scholen en instellingen die meedoen.</p>`,
).join('\n');

/** A school's page with the snippet pasted in the middle of its text: `tag` is the script tag as pasted. */
const schoolPage = (tag) => `<!doctype html><html lang="nl"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Leerroutes</title>
<h1>Doorlopende leerroutes</h1><p>Wat kun je na het vmbo bij ons in de regio?</p>
${tag}
<leerroutes-kaart src="${FEED}"></leerroutes-kaart>
${TEXT}`;

const VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Kaart</title>';

export function buildPages() {
  const pages = new Map();
  pages.set(FEED, Buffer.from(JSON.stringify(generateFeed({ routes: 1000, seed: 7 }))));
  pages.set('/__host/snippet.html', Buffer.from(schoolPage('<script src="/late/dist/leerroutes-kaart.js"></script>')));
  pages.set(
    '/__host/module-tag.html',
    Buffer.from(schoolPage('<script type="module" src="/late/dist/leerroutes-kaart.js"></script>')),
  );
  pages.set(
    '/__host/ours.html',
    Buffer.from(
      pageOf
        .ours({ feed: FEED, attributes: 'basemap="none"' })
        .replace('<meta charset="utf-8">', `<meta charset="utf-8">${VIEWPORT}`),
    ),
  );
  pages.set(
    '/__host/reference.html',
    Buffer.from(
      pageOf.reference({ feed: FEED }).replace('<meta charset="utf-8">', `<meta charset="utf-8">${VIEWPORT}`),
    ),
  );
  return pages;
}

/** Cumulative Layout Shift of one load, until 1 s after the map has drawn its pins (or 10 s). */
async function layoutShift(browser, path) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.setCacheEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(BASE)) void request.continue();
    else void request.respond({ status: 200, contentType: 'image/png', body: BLANK_PNG });
  });
  await page.evaluateOnNewDocument(() => {
    window.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${BASE}${path}`, { waitUntil: 'load' });
  const shift = await page.evaluate(async () => {
    const kaart = document.querySelector('leerroutes-kaart');
    await Promise.race([
      customElements.whenDefined('leerroutes-kaart').then(() => kaart.whenMapRendered()),
      new Promise((resolve) => setTimeout(resolve, 10000)),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return window.shift;
  });
  await page.close();
  return shift;
}

/**
 * One Lighthouse run (mobile, performance only): score and the metrics it is made of. Its Chromium now and then
 * shows an error page instead of the page (a "CHROME_INTERSTITIAL_ERROR", or its tab closing): then it runs again.
 */
async function lighthouse(url, attempts = 4) {
  try {
    return await lighthouseOnce(url);
  } catch (error) {
    if (attempts <= 1) throw error;
    console.warn(`lighthouse: ${String(error).split('\n')[0]}; again`);
    return lighthouse(url, attempts - 1);
  }
}

/** Not execFileSync: the pages are served by this very process, which must go on answering meanwhile. */
async function lighthouseOnce(url) {
  const file = `${OUT}/lighthouse.json`;
  await promisify(execFile)(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--only-categories=performance',
      '--output=json',
      `--output-path=${file}`,
      '--quiet',
      // Lighthouse's own flags and these only: more of ours (the background-timer ones) made its tab crash.
      '--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage',
    ],
    { env: { ...process.env, CHROME_PATH: findChromium() }, maxBuffer: 64 * 2 ** 20 },
  );
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.runtimeError) throw new Error(`${report.runtimeError.code}: ${report.runtimeError.message}`);
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  return {
    score: Math.round(report.categories.performance.score * 100),
    tbt: audit('total-blocking-time'),
    lcp: audit('largest-contentful-paint'),
    fcp: audit('first-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
    si: audit('speed-index'),
  };
}

export async function measureHostPage({ runs = 3, shiftRuns = 5 } = {}) {
  mkdirSync(OUT, { recursive: true });
  await buildReferences(OUT);
  const server = await serve(buildPages(), PORT);
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
  const shifts = { snippet: [], module: [] };
  for (let run = 0; run < shiftRuns; run++) {
    shifts.snippet.push(await layoutShift(browser, '/__host/snippet.html'));
    shifts.module.push(await layoutShift(browser, '/__host/module-tag.html'));
  }
  await browser.close();
  console.log('layout shift', shifts);
  const audits = { ours: [], reference: [] };
  for (let run = 0; run < runs; run++) {
    for (const name of ['ours', 'reference']) audits[name].push(await lighthouse(`${BASE}/__host/${name}.html`));
    console.log('lighthouse', run, audits.ours.at(-1), audits.reference.at(-1));
  }
  server.close();
  return { shifts, audits, runs, shiftRuns };
}

export function hostPageSection({ shifts, audits, runs, shiftRuns }) {
  const cls = (values) =>
    `${median(values).toFixed(3)} (${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)})`;
  const metric = (name, key, format) => {
    const ours = median(audits.ours.map((a) => a[key]));
    const reference = median(audits.reference.map((a) => a[key]));
    const ratio = reference ? `${(ours / reference).toFixed(2)}×` : '–';
    return `| ${name} | ${format(ours)} | ${format(reference)} | ${ratio} |`;
  };
  const ms = (value) => `${Math.round(value)} ms`;
  return [
    '## What a host page pays: layout shift and Lighthouse',
    '',
    `Layout shift: a school's page of text with the README's snippet exactly as written (its script tag and the element, no style, no height), everything after that script arriving ${LATE_MS} ms late; Chromium headless, 1280×800, ${shiftRuns} loads, Cumulative Layout Shift until 1 s after the first pins, median (min–max). The target (issue 26) is at most 0.02.`,
    '',
    '| script tag | Cumulative Layout Shift |',
    '|---|---|',
    `| \`<script src="…/leerroutes-kaart.js">\` (the README's) | **${cls(shifts.snippet)}** |`,
    `| \`<script type="module" src="…/leerroutes-kaart.js">\` (as pasted before) | ${cls(shifts.module)} |`,
    '',
    `Lighthouse 12.2.3 (\`npx ${LIGHTHOUSE}\`), mobile preset (simulated slow 4G and 4× CPU), performance only, ${runs} alternating runs, medians: our element on 1,000 routes with \`basemap="none"\` against the bare OpenLayers cluster page on the same feed. Targets (issue 26): score at least 90 and at least the bare page's minus 5; Total Blocking Time at most 1.5× the bare page's.`,
    '',
    '| | **leerroutes-kaart** | reference: bare OpenLayers | vs reference |',
    '|---|---|---|---|',
    metric('performance score', 'score', (v) => String(Math.round(v))),
    metric('Total Blocking Time', 'tbt', ms),
    metric('First Contentful Paint', 'fcp', ms),
    metric('Largest Contentful Paint', 'lcp', ms),
    metric('Speed Index', 'si', ms),
    metric('Cumulative Layout Shift', 'cls', (v) => v.toFixed(3)),
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await measureHostPage({ runs: numberOption('runs', 3) });
  writeFileSync(`${OUT}/host-page.json`, JSON.stringify(results, null, 1));
  const section = hostPageSection(results);
  console.log(section);
  const report = readFileSync('BENCHMARKS.md', 'utf8');
  const start = report.indexOf('## What a host page pays');
  const next = report.indexOf('\n## ', start + 1);
  if (start >= 0)
    writeFileSync('BENCHMARKS.md', `${report.slice(0, start)}${section}${next >= 0 ? report.slice(next) : ''}`);
  else writeFileSync('BENCHMARKS.md', `${report.trimEnd()}\n\n${section}`);
}
