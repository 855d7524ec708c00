#!/usr/bin/env node
// What the region outlines cost: the size of their on-demand chunk, and when they are drawn, measured from
// navigation start next to the first pins in the same page load (headless Chromium, feed on localhost).
//   node bench/outlines.mjs [--runs 5] [--routes 1000]
// Needs a built dist/ (npm run build).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { numberOption as option, serveElementPage } from './element-page.mjs';
import { findChromium, chromiumArgs } from '../build/find-browser.mjs';

const runs = option('runs', 5);
const routes = option('routes', 1000);

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
// The outlines' own chunk, and the region shapes it shares with the place search.
const chunks = readdirSync('dist').filter((name) => /^leerroutes-kaart\.(region-map|regions)-.*\.js$/.test(name));
console.log(`entry dist/leerroutes-kaart.js: ${gzip('dist/leerroutes-kaart.js')} B gzip`);
for (const chunk of chunks) {
  console.log(
    `outlines chunk dist/${chunk}: ${readFileSync(`dist/${chunk}`).length} B, ${gzip(`dist/${chunk}`)} B gzip`,
  );
}

const server = await serveElementPage({ port: 8790, routes });
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
