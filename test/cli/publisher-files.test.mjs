// Hostile input, round three: the publisher's files through the built CLI, as a publisher runs it. The workbench
// reads the same corpus in test/publish/workbench-files.test.ts and must write the same bytes.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus, HEADER, rows, TRICKY, sharedStringsBomb, inflateBomb } from '../fixtures/publisher-files.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'leerroutes-files-'));
const cli = (...args) => {
  const run = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
};
const buildBytes = (name, bytes) => {
  const input = join(tmp, name);
  const output = join(tmp, `${name}.json`);
  writeFileSync(input, bytes);
  const run = cli('build', input, '-o', output);
  return { ...run, output, written: existsSync(output) ? readFileSync(output, 'utf8') : undefined };
};
const noStack = (run) => assert.doesNotMatch(run.out + run.err, /\n\s+at |RangeError|TypeError|Worker is not defined/);

describe('build: every encoding Excel writes', () => {
  const expected = {
    'utf8.csv': 'UTF-8, scheidingsteken ";"',
    'utf8-bom.csv': 'UTF-8 (BOM), scheidingsteken ","',
    'windows-1252.csv': 'Windows-1252, scheidingsteken ";"',
    'utf16le-bom-tab.txt': 'UTF-16 LE (BOM), scheidingsteken "tab"',
    'utf16be-bom-tab.txt': 'UTF-16 BE (BOM), scheidingsteken "tab"',
    'utf16le-no-bom.csv': 'UTF-16 LE, scheidingsteken ";"',
    'routes.xlsx': 'XLSX, blad "Routes"',
    'routes-1000.xlsx': 'XLSX, blad "Routes"',
  };
  for (const [name, bytes] of Object.entries(corpus())) {
    if (!expected[name]) continue;
    test(`${name}: every character as written (’ “ ” – — € … Één), said how it was read`, () => {
      const run = buildBytes(name, bytes);
      noStack(run);
      assert.equal(run.code, 0, run.out + run.err);
      assert.match(run.err, new RegExp(`gelezen als ${expected[name].replace(/[()]/g, '\\$&')}\\)`));
      const feed = JSON.parse(run.written);
      assert.equal(feed.features.length, name === 'routes-1000.xlsx' ? 1000 : 3);
      for (const feature of feed.features) {
        assert.equal(feature.properties.naam, TRICKY.naam);
        assert.equal(feature.properties.school.naam, TRICKY.school);
        assert.equal(feature.properties.school.plaats, TRICKY.plaats);
      }
    });
  }

  test('one stray Windows-1252 byte in a UTF-8 file: named by row and column, the rest read as UTF-8', () => {
    const run = buildBytes('stray.csv', corpus()['utf8-stray-byte.csv']);
    noStack(run);
    assert.equal(run.code, 1);
    assert.equal(
      run.out.trim(),
      'rij 3, kolom naam: bevat een teken dat niet te lezen is (0x92), weergegeven als �; typ het opnieuw, of sla het bestand op als "CSV UTF-8"',
    );
    const feed = JSON.parse(run.written);
    assert.deepEqual(
      feed.features.map((f) => [f.id, f.properties.naam]),
      [
        ['lab-1', TRICKY.naam],
        ['lab-3', TRICKY.naam],
      ],
    );
  });

  test('a UTF-16 file without a BOM and with odd length still reads; its broken last byte is named', () => {
    const bytes = corpus()['utf16le-no-bom.csv'];
    // A row whose last cell ends in half a character.
    const odd = new Uint8Array(bytes.length + 1);
    odd.set(bytes);
    odd[bytes.length] = 0x41;
    const run = buildBytes('odd.csv', odd);
    noStack(run);
    assert.ok(run.code === 0 || run.code === 1, run.err);
    assert.equal(JSON.parse(run.written).features.length, 3);
  });
});

describe('build: a header that names a column twice', () => {
  const csv = (header, row) => `${header.join(';')}\r\n${row.join(';')}\r\n`;
  const base = [...HEADER, 'contactNaam', 'contactTelefoon'];
  const cells = [...rows(1)[0], 'José Smeets', '053 123 45 67'];

  // base: A id … I lon, J contactNaam, K contactTelefoon; the extra columns start at L.
  for (const [extra, values, name, letters] of [
    [['toestemming', 'toestemming'], ['nee', 'ja'], 'toestemming', 'L en M'],
    [['toestemming', 'Toestemming '], ['ja', 'nee'], 'toestemming', 'L en M'],
    [['contact_naam'], ['Iemand anders'], 'contactNaam', 'J en L'],
    [['schoolnaam'], ['School B'], 'school', 'E en L'],
  ]) {
    test(`"${name}" twice (${letters}): an error naming both columns; not one row is read, consent never guessed`, () => {
      const header = [...base, ...extra];
      const run = buildBytes(`twice-${extra.join('-')}.csv`, csv(header, [...cells, ...values]));
      noStack(run);
      assert.equal(run.code, 2);
      assert.match(
        run.out,
        new RegExp(`^rij 1, kolom ${name}: de kolom "${name}" staat 2 keer in de kopregel \\(kolommen ${letters}\\)`),
      );
      assert.equal(run.written, undefined, 'no feed is written');
      assert.doesNotMatch(run.out + run.err, /José|053/);
    });
  }
});

describe('build: sizes', () => {
  test('an XLSX whose shared strings are over 512 KiB reads in Node (no "Worker is not defined")', () => {
    const bytes = corpus()['routes-1000.xlsx'];
    const run = buildBytes('plain-1000.xlsx', bytes);
    noStack(run);
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /1000 routes geschreven/);
  });

  test('a shared-strings bomb (1.1 M cells) is refused by its cell count, before any XML is read', () => {
    const run = buildBytes('bomb-strings.xlsx', sharedStringsBomb());
    noStack(run);
    assert.equal(run.code, 2);
    assert.match(run.err, /^Het XLSX-bestand heeft meer dan 1\.000\.000 cellen en is niet gelezen/);
    assert.equal(run.written, undefined);
  });

  test('a file that inflates to 128 MB is refused at 64 MB, with that reason', () => {
    const run = buildBytes('bomb-inflate.xlsx', inflateBomb());
    noStack(run);
    assert.equal(run.code, 2);
    assert.match(run.err, /^Het XLSX-bestand pakt uit tot meer dan 64 MB en is niet gelezen/);
  });

  test("more rows than the map shows (10,000): refused before a feed is built, in the map's numbers", () => {
    const text = [HEADER, ...rows(10_001)].map((cells) => cells.join(';')).join('\n');
    const run = buildBytes('too-many.csv', text);
    noStack(run);
    assert.equal(run.code, 2);
    assert.match(
      run.err,
      /^Het bestand heeft 10\.001 rijen; de kaart toont hoogstens 10\.000 routes\. Er is geen feed geschreven/,
    );
    assert.equal(run.written, undefined);
  });

  test("a feed over the map's 16 MB is not written, though every row is valid", () => {
    // 8,000 routes with the longest description the schema allows: about 40 MB of feed.
    const header = HEADER;
    const long = 'Een lange beschrijving. '.repeat(208).slice(0, 5000);
    const text = [header, ...rows(8000).map((cells) => cells.map((c, i) => (i === 3 ? long : c)))]
      .map((cells) => cells.join(';'))
      .join('\n');
    const run = buildBytes('too-large.csv', text);
    noStack(run);
    assert.equal(run.code, 2, run.err);
    assert.match(run.err, /De feed zou groter worden dan 16 MB, en zo'n feed laadt de kaart niet/);
    assert.equal(run.written, undefined);
  });
});

describe('validate and diff: deep nesting and crowded feeds', () => {
  const deep = `${'['.repeat(100_000)}0${']'.repeat(100_000)}`;
  const feed = (id) =>
    `{"type":"FeatureCollection","feedVersie":1,"features":[{"type":"Feature","id":${id},"geometry":{"type":"Point","coordinates":[6.89,52.22]},"properties":{"soort":"leerlab","naam":"Lab","school":{"naam":"School"},"arbeidsmarktregio":"Twente"}}]}`;
  const file = (name, text) => {
    const path = join(tmp, name);
    writeFileSync(path, text);
    return path;
  };

  test('a deeply nested id, field or extra value: exit 2 with the reason, for validate, validate --json and diff', () => {
    const good = file('good.json', feed('"a"'));
    for (const [name, text] of [
      ['deep-id.json', feed(deep)],
      ['deep-extra.json', feed('"a"').replace('"naam":"Lab"', `"naam":"Lab","x":${deep}`)],
      ['deep-features.json', `{"type":"FeatureCollection","feedVersie":1,"features":${deep}}`],
    ]) {
      const path = file(name, text);
      for (const args of [
        ['validate', path],
        ['validate', '--json', path],
        ['diff', good, path],
        ['diff', path, good],
        ['html', path],
      ]) {
        const run = cli(...args);
        noStack(run);
        assert.equal(run.code, 2, `${args.join(' ')}: ${run.err.slice(0, 300)}`);
        assert.match(run.err, /is dieper genest dan 20 niveaus en wordt niet gelezen/);
      }
    }
    assert.equal(cli('validate', good).code, 0);
  });

  test('400,000 empty objects: refused before parsing', () => {
    const path = file(
      'crowded.json',
      feed('"a"').replace('"naam":"Lab"', `"naam":"Lab","x":[${'{},'.repeat(400_000)}{}]`),
    );
    const run = cli('validate', path);
    noStack(run);
    assert.equal(run.code, 2);
    assert.match(run.err, /bevat meer dan 250\.000 objecten en lijsten en wordt niet geladen/);
  });
});
