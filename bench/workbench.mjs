#!/usr/bin/env node
// The publisher's workbench at the real scale: a spreadsheet (CSV, as Excel exports it) of 1,000 and of 10,000
// routes chosen in dist/publish.html in headless Chromium, timed from the choice to the result on screen and to the
// preview's pins, with the longest task the page was blocked for; next to the CLI building the same file in the
// same run (the same conversion in Node, from process start: what the publisher would run instead).
//   node bench/workbench.mjs [--runs 3] [--sizes 1000,10000]      (needs npm run build; replaces its section of
//   BENCHMARKS.md)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { findChromium, chromiumArgs } from '../build/find-browser.mjs';
import { generateFeed } from '../demo/generate-sample-feed.mjs';
import { numberOption } from './element-page.mjs';

const PORT = 8794;

const HEADER = [
  'id', 'soort', 'naam', 'beschrijving', 'school', 'brin', 'vestiging', 'plaats', 'arbeidsmarktregio',
  'arbeidsmarktregios', 'profielen', 'niveaus', 'startjaar', 'vmboScholen', 'mboInstellingen', 'contactNaam',
  'contactFunctie', 'contactEmail', 'contactTelefoon', 'toestemming', 'website', 'lat', 'lon',
]; // prettier-ignore

const cell = (value) => {
  const text = value === undefined || value === null ? '' : String(value);
  return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const names = (list) => (list ?? []).map((i) => (i.brin ? `${i.naam} (${i.brin})` : i.naam)).join('|');

/** The sample feed of `routes` routes as the spreadsheet a publisher keeps (";" and a decimal comma, as Excel). */
function spreadsheet(routes) {
  const rows = generateFeed({ routes }).features.map(({ id, geometry, properties: p }) =>
    [
      id, p.soort, p.naam, p.beschrijving, p.school.naam, p.school.brin, p.school.vestiging, p.school.plaats,
      p.arbeidsmarktregio, (p.arbeidsmarktregios ?? []).join('|'), (p.profielen ?? []).join('|'),
      (p.niveaus ?? []).map((n) => `${n.van}-${n.naar}`).join('|'), p.startjaar, names(p.vmboScholen),
      names(p.mboInstellingen), p.contact?.naam, p.contact?.functie, p.contact?.email, p.contact?.telefoon,
      p.contact?.toestemming === true ? 'ja' : 'nee', p.website,
      String(geometry.coordinates[1]).replace('.', ','), String(geometry.coordinates[0]).replace('.', ','),
    ] // prettier-ignore
      .map(cell)
      .join(';'),
  );
  return `${HEADER.join(';')}\r\n${rows.join('\r\n')}\r\n`;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;

export async function measureWorkbench({ runs = 3, sizes = [1000, 10000] } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'bench-workbench-'));
  const server = await startDevServer({
    config: { rootDir: '.', port: PORT, hostname: 'localhost' },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
  const results = [];
  try {
    for (const size of sizes) {
      const file = join(folder, `routes-${size}.csv`);
      writeFileSync(file, spreadsheet(size));
      const page = { shown: [], pins: [], longest: [], cli: [] };
      for (let run = 0; run < runs; run++) {
        const start = performance.now();
        const cli = spawnSync(process.execPath, ['dist/cli.js', 'build', file, '-o', join(folder, 'out.json')]);
        page.cli.push(performance.now() - start);
        if (cli.status !== 0) throw new Error(`cli build failed: ${cli.stderr}`);
        const tab = await browser.newPage();
        await tab.setViewport({ width: 1280, height: 900 });
        await tab.goto(`http://localhost:${PORT}/dist/publish.html?basemap=none`, { waitUntil: 'networkidle0' });
        await tab.evaluate(() => {
          window.longestTask = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) window.longestTask = Math.max(window.longestTask, entry.duration);
          }).observe({ type: 'longtask' });
          // Timed from the moment the file is chosen: the input's change event.
          document.querySelector('#sheet-file').addEventListener('change', () => (window.chosenAt = performance.now()));
        });
        const input = await tab.$('#sheet-file');
        await input.uploadFile(file);
        await tab.waitForFunction(() => document.querySelector('#workbench').dataset.reads === '1', {
          timeout: 120000,
        });
        const shownAt = await tab.evaluate(() => performance.now());
        await tab.waitForFunction(() => document.querySelector('#preview-count')?.textContent, { timeout: 120000 });
        await tab.evaluate(() => document.querySelector('#preview').whenMapRendered());
        const timings = await tab.evaluate(
          (shown) => ({
            shown: shown - window.chosenAt,
            pins: performance.now() - window.chosenAt,
            longest: window.longestTask,
          }),
          shownAt,
        );
        const summary = await tab.$eval('#summary', (e) => e.textContent.trim());
        if (!summary.startsWith(`${size.toLocaleString('nl-NL')} routes klaar`))
          throw new Error(`unexpected: ${summary}`);
        page.shown.push(timings.shown);
        page.pins.push(timings.pins);
        page.longest.push(timings.longest);
        await tab.close();
      }
      results.push({ size, ...page });
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return { runs, results };
}

export function workbenchSection({ runs, results }) {
  const lines = [
    '## The workbench (publish.html) at scale',
    '',
    `Produced by \`npm run bench:workbench\` on ${new Date().toISOString().slice(0, 10)}: a spreadsheet of the sample routes (CSV with \`;\`, decimal commas) chosen in \`dist/publish.html\` in headless Chromium, ${runs} runs, median (min–max) in ms from the file's \`change\` event. The reference is \`leerroutes-kaart build\` on the same file in the same run, from process start.`,
    '',
    '| rows | result on screen | preview drawn | longest task | CLI build (reference) | result vs reference |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.size.toLocaleString('en')} | ${Math.round(median(r.shown))} (${range(r.shown)}) | ${Math.round(median(r.pins))} (${range(r.pins)}) | ${Math.round(median(r.longest))} | ${Math.round(median(r.cli))} (${range(r.cli)}) | ${(median(r.shown) / median(r.cli)).toFixed(2)}× |`,
    );
  }
  return `${lines.join('\n')}\n\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--sizes');
  const sizes = at >= 0 ? process.argv[at + 1].split(',').map(Number) : undefined;
  const section = workbenchSection(await measureWorkbench({ runs: numberOption('runs', 3), sizes }));
  console.log(section);
  const report = readFileSync('BENCHMARKS.md', 'utf8');
  const start = report.indexOf('## The workbench');
  // Up to the next section, whichever it is: only this one is replaced (it once swallowed the one after it).
  const next = start >= 0 ? report.indexOf('\n## ', start + 1) : -1;
  const end = next >= 0 ? next : report.indexOf('\n## Analysis');
  writeFileSync(
    'BENCHMARKS.md',
    start >= 0
      ? `${report.slice(0, start)}${section}${report.slice(end + 1)}`
      : `${report.slice(0, end + 1)}${section}${report.slice(end + 1)}`,
  );
}
