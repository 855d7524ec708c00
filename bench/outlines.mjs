#!/usr/bin/env node
// What the region outlines cost: the size of their on-demand chunk, and when they are drawn, measured from
// navigation start next to the first pins in the same page load (headless Chromium, feed on localhost).
//   node bench/outlines.mjs [--runs 5] [--routes 1000]
// Needs a built dist/ (npm run build).
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { findChromium, chromiumArgs } from '../build/find-browser.mjs';
import { generateFeed } from '../demo/generate-sample-feed.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const runs = option('runs', 5);
const routes = option('routes', 1000);

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const chunk = readdirSync('dist').find((name) => /^leerroutes-kaart\.region-map-.*\.js$/.test(name));
console.log(`entry dist/leerroutes-kaart.js: ${gzip('dist/leerroutes-kaart.js')} B gzip`);
console.log(`outlines chunk dist/${chunk}: ${readFileSync(`dist/${chunk}`).length} B, ${gzip(`dist/${chunk}`)} B gzip`);

const folder = mkdtempSync(join(tmpdir(), 'outlines-'));
writeFileSync(join(folder, 'feed.json'), JSON.stringify(generateFeed({ routes })));
writeFileSync(
  join(folder, 'index.html'),
  `<!doctype html><meta charset="utf-8"><script type="module" src="/dist/leerroutes-kaart.js"></script>
<leerroutes-kaart src="/__bench/feed.json" basemap="none" style="--leerroutes-height: 700px"></leerroutes-kaart>`,
);
const server = await startDevServer({
  config: {
    rootDir: '.',
    port: 8790,
    hostname: 'localhost',
    middleware: [
      (context, next) => {
        if (!context.path.startsWith('/__bench/')) return next();
        context.body = readFileSync(join(folder, context.path.slice('/__bench/'.length) || 'index.html'));
        context.type = context.path.endsWith('.json') ? 'application/json' : 'text/html';
        return undefined;
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
const pins = [];
const outlines = [];
for (let run = 0; run < runs; run++) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto('http://localhost:8790/__bench/index.html');
  const times = await page.evaluate(async () => {
    await customElements.whenDefined('leerroutes-kaart');
    const kaart = document.querySelector('leerroutes-kaart');
    await new Promise((resolve) => kaart.addEventListener('feed-load', resolve, { once: true }));
    await kaart.whenMapRendered();
    const pinsAt = performance.now();
    const credited = () => kaart.shadowRoot.querySelector('.ol-attribution')?.textContent?.includes('CBS');
    while (!credited()) await new Promise((resolve) => setTimeout(resolve, 5));
    await kaart.whenMapRendered();
    return { pinsAt, outlinesAt: performance.now() };
  });
  pins.push(times.pinsAt);
  outlines.push(times.outlinesAt);
  await page.close();
}
await browser.close();
await server.stop();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `${routes} routes, ${runs} runs, from navigation start (median): first pins ${Math.round(median(pins))} ms, ` +
    `outlines drawn ${Math.round(median(outlines))} ms (ratio ${(median(outlines) / median(pins)).toFixed(2)})`,
);
