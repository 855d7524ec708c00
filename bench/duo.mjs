#!/usr/bin/env node
// What DUO's files cost `build` (issue 27: a 1,600-row vestigingen file must not slow it by more than a second): a
// sheet of 1,000 routes of eight columns built with --duo (a generated vestigingen file of 1,600 rows, Windows-1252,
// as DUO writes it), next to the same routes with every column typed (the reference), alternating, from process start.
//   node bench/duo.mjs [--runs 5]      (needs npm run build; replaces its section of BENCHMARKS.md when run alone)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { numberOption } from './element-page.mjs';

const VESTIGINGEN = 1600;
const ROUTES = 1000;

const brinOf = (i) => `${String(i % 100).padStart(2, '0')}${String.fromCharCode(65 + (Math.floor(i / 100) % 26))}A`;

/** DUO's layout: quoted, `;`, CRLF, Windows-1252 (every character here is ASCII or Latin-1 `é`). */
function vestigingenFile() {
  const lines = [
    '"PROVINCIE";"INSTELLINGSCODE";"VESTIGINGSCODE";"VESTIGINGSNAAM";"STRAATNAAM";"HUISNUMMER-TOEVOEGING";"POSTCODE";"PLAATSNAAM";"GEMEENTENAAM";"INTERNETADRES";"ONDERWIJSSTRUCTUUR"',
  ];
  for (let i = 0; i < VESTIGINGEN; i++)
    lines.push(
      `"Overijssel";"${brinOf(i)}";"${brinOf(i)}01";"Scholengemeenschap ${i} Café";"Straat";"${(i % 200) + 1}";"7511 AB";"ENSCHEDE";"Enschede";"www.school${i}.nl";"VMBO/HAVO"`,
    );
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
}

function sheets() {
  const short = ['id;soort;naam;brin;vestiging;profielen;niveaus;startjaar'];
  const full = ['id;soort;naam;school;brin;vestiging;plaats;arbeidsmarktregio;profielen;niveaus;startjaar;lat;lon'];
  for (let i = 0; i < ROUTES; i++) {
    short.push(`r-${i};DLR;Route ${i};${brinOf(i)};01;PIE;kb-3;2021`);
    full.push(
      `r-${i};DLR;Route ${i};Scholengemeenschap ${i} Café;${brinOf(i)};01;Enschede;Twente;PIE;kb-3;2021;52.22;6.9009`,
    );
  }
  return { short: `${short.join('\n')}\n`, full: `${full.join('\n')}\n` };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export function measureDuo({ runs = 5 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'leerroutes-duo-'));
  const file = (name, content) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const vestigingen = file('02.-alle-vestigingen-vo.csv', vestigingenFile());
  const { short, full } = sheets();
  const shortSheet = file('kort.csv', short);
  const fullSheet = file('vol.csv', full);
  const time = (args) => {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['dist/cli.js', 'build', ...args], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`build failed: ${run.stderr}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const withDuo = [];
  const typed = [];
  for (let run = -1; run < runs; run++) {
    const a = time([shortSheet, '-o', join(dir, 'a.json'), '--duo', vestigingen]);
    const b = time([fullSheet, '-o', join(dir, 'b.json')]);
    if (run >= 0) {
      withDuo.push(a);
      typed.push(b);
    }
  }
  const same = readFileSync(join(dir, 'a.json'), 'utf8') === readFileSync(join(dir, 'b.json'), 'utf8');
  return { runs, withDuo, typed, same };
}

export function duoSection({ runs, withDuo, typed, same }) {
  const cell = (values) =>
    `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
  return [
    "## DUO's files in build",
    '',
    `Produced by \`node bench/duo.mjs\`: ${ROUTES.toLocaleString('en')} routes, ${runs} runs after a warm-up, alternating, from process start. ` +
      `The same feed both ways: ${same ? 'yes' : 'NO'}. Target (issue 27): DUO's ${VESTIGINGEN.toLocaleString('en')}-row vestigingen file adds less than a second.`,
    '',
    '| sheet | build |',
    '|---|---|',
    `| eight columns, \`--duo\` with ${VESTIGINGEN.toLocaleString('en')} vestigingen | ${cell(withDuo)} |`,
    `| every column typed (reference) | ${cell(typed)} |`,
    `| added by DUO's file | ${(median(withDuo) - median(typed)).toFixed(0)} ms (${(median(withDuo) / median(typed)).toFixed(2)}×) |`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const section = duoSection(measureDuo({ runs: numberOption('runs', 5) }));
  console.log(section);
  const report = readFileSync('BENCHMARKS.md', 'utf8');
  const start = report.indexOf("## DUO's files in build");
  const next = start >= 0 ? report.indexOf('\n## ', start + 1) : -1;
  // New: just above the hand-written part (the issues' records, the analysis), where `npm run bench` writes it.
  const handWritten = ['\n## Issue ', '\n## Analysis'].map((h) => report.indexOf(h)).filter((at) => at >= 0);
  const at = handWritten.length ? Math.min(...handWritten) : report.length;
  writeFileSync(
    'BENCHMARKS.md',
    start >= 0
      ? `${report.slice(0, start)}${section}${next >= 0 ? report.slice(next) : ''}`
      : `${report.slice(0, at + 1)}${section}\n${report.slice(at + 1)}`,
  );
}
