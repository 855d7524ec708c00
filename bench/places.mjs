#!/usr/bin/env node
// What the place search costs: the bytes of its on-demand chunk (and that a page that does not use it never loads
// them), the time from the first focus of the field to its first suggestions (the chunk arriving, cold), and from
// a keystroke to the suggestions on screen once it is there, next to one frame (16.7 ms) as the reference; and from
// choosing a place (Enter) to the list sorted by distance on screen, at the given number of routes.
// Headless Chromium, feed and chunks on localhost.
//   node bench/places.mjs [--runs 5] [--routes 1000]
// Needs a built dist/ (npm run build).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { numberOption as option, serveElementPage } from './element-page.mjs';
import { findChromium, chromiumArgs } from '../build/find-browser.mjs';

const runs = option('runs', 5);
const routes = option('routes', 1000);
const FRAME_MS = 1000 / 60;
/** Typed key by key, as a visitor would: postcodes, places, other names. */
const QUERIES = ['7511', 'enschede', 'den bosch', "'s-gravenhage", 'ter apel', '1234 AB'];

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const chunks = readdirSync('dist').filter((name) => /^leerroutes-kaart\.(location-module|regions)-.*\.js$/.test(name));
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
for (const name of chunks)
  console.log(`dist/${name}: ${kB(readFileSync(`dist/${name}`).length)}, ${kB(gzip(`dist/${name}`))} gzip`);
console.log(`entry dist/leerroutes-kaart.js: ${kB(gzip('dist/leerroutes-kaart.js'))} gzip`);

const server = await serveElementPage({ port: 8791, routes });
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
const firstSuggestions = [];
const keystrokes = [];
const chosen = [];
let loadedBeforeUse = 0;
for (let run = 0; run < runs; run++) {
  const page = await browser.newPage();
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto('http://localhost:8791/__bench/index.html');
  await page.evaluate(async () => {
    await customElements.whenDefined('leerroutes-kaart');
    const kaart = document.querySelector('leerroutes-kaart');
    await new Promise((resolve) => kaart.addEventListener('feed-load', resolve, { once: true }));
    await kaart.whenMapRendered();
    await new Promise((resolve) => setTimeout(resolve, 1000));
  });
  if (requested.some((url) => url.includes('location-module'))) loadedBeforeUse++;
  // Each keystroke: from its keydown to the next frame after the suggestions changed.
  await page.evaluate(() => {
    const root = document.querySelector('leerroutes-kaart').shadowRoot;
    const input = root.querySelector('#place-input');
    window.placeTimes = [];
    let typedAt = 0;
    input.addEventListener('keydown', () => (typedAt = performance.now()), true);
    new MutationObserver(() => {
      if (!typedAt) return;
      const at = typedAt;
      typedAt = 0;
      requestAnimationFrame(() => window.placeTimes.push(performance.now() - at));
    }).observe(root.querySelector('#place-listbox'), { childList: true, subtree: true, characterData: true });
  });
  const input = await page.evaluateHandle(() =>
    document.querySelector('leerroutes-kaart').shadowRoot.querySelector('#place-input'),
  );
  const focusedAt = await page.evaluate(() => performance.now());
  await input.focus();
  await page.keyboard.type('7');
  await page.waitForFunction(() => window.placeTimes.length > 0);
  firstSuggestions.push(await page.evaluate((from) => performance.now() - from, focusedAt));
  for (const query of QUERIES) {
    await input.click({ count: 3 });
    await page.keyboard.press('Backspace');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await page.evaluate(() => (window.placeTimes = []));
    for (const key of query) {
      await page.keyboard.type(key);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    keystrokes.push(...(await page.evaluate(() => window.placeTimes)));
  }
  // Choosing a place: every school's distance, the sort, the list and the map's new view.
  await input.click({ count: 3 });
  await page.keyboard.type('7511');
  await new Promise((resolve) => setTimeout(resolve, 100));
  await page.evaluate(() => {
    const root = document.querySelector('leerroutes-kaart').shadowRoot;
    window.chosenIn = new Promise((resolve) => {
      root.querySelector('#place-input').addEventListener(
        'keydown',
        () => {
          const at = performance.now();
          const check = () =>
            root.querySelector('.list-school-distance')
              ? requestAnimationFrame(() => resolve(performance.now() - at))
              : requestAnimationFrame(check);
          check();
        },
        { once: true, capture: true },
      );
    });
  });
  await page.keyboard.press('Enter');
  chosen.push(await page.evaluate(() => window.chosenIn));
  await page.close();
}
await browser.close();
await server.stop();
const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
const p95 = (values) => sorted(values)[Math.floor(values.length * 0.95)];
console.log(
  `choosing a place (Enter) -> list by distance on screen, ${routes} routes, median: ${Math.round(median(chosen))} ms (${(median(chosen) / FRAME_MS).toFixed(1)} frames)`,
);
console.log(`location chunk requested before the field was used: ${loadedBeforeUse} of ${runs} page loads`);
console.log(
  `first focus -> first suggestions on screen (chunk loaded cold), median: ${Math.round(median(firstSuggestions))} ms`,
);
console.log(
  `keystroke -> suggestions on screen (next frame), ${keystrokes.length} keystrokes: median ${median(keystrokes).toFixed(1)} ms ` +
    `(${(median(keystrokes) / FRAME_MS).toFixed(2)} frames), p95 ${p95(keystrokes).toFixed(1)} ms (${(p95(keystrokes) / FRAME_MS).toFixed(2)} frames), ` +
    `max ${Math.max(...keystrokes).toFixed(1)} ms; reference: one frame = ${FRAME_MS.toFixed(1)} ms`,
);
