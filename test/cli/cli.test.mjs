/* eslint-disable no-control-regex -- the terminal-safety test looks for control characters */
// The publisher's CLI on real files, through the built dist/cli.js, as a publisher runs it.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { xlsxFile } from '../fixtures/xlsx.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'leerroutes-cli-'));
const cli = (...args) => {
  const run = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
};
const build = (csv) => {
  const out = join(tmp, `${csv.replace(/\W+/g, '-')}.json`);
  const run = cli('build', `test/fixtures/cli/${csv}`, '-o', out);
  return { ...run, feed: JSON.parse(readFileSync(out, 'utf8')) };
};
const write = (name, value) => {
  const file = join(tmp, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};
const metres = ([lon1, lat1], [lon2, lat2]) =>
  Math.hypot((lon1 - lon2) * 111320 * Math.cos((lat1 * Math.PI) / 180), (lat1 - lat2) * 110574);

describe('leerroutes-kaart build', () => {
  test('reads an Excel export: ";", Windows-1252 (é, ë), CRLF, decimal commas', () => {
    const { code, err, feed } = build('excel-1252.csv');
    assert.equal(code, 0);
    assert.match(err, /3 routes geschreven, 0 rijen overgeslagen \(gelezen als Windows-1252, scheidingsteken ";"\)/);
    const [dlr] = feed.features;
    assert.equal(dlr.properties.beschrijving, 'Leerlingen starten in leerjaar 3.\n\nTweede alinea met café en reünie.');
    assert.equal(dlr.properties.contact.naam, 'José Smeets');
    assert.deepEqual(dlr.geometry.coordinates, [6.8937, 52.2215]);
    assert.deepEqual(dlr.properties.niveaus, [
      { van: 'kb', naar: 3 },
      { van: 'bb', naar: 2 },
    ]);
    assert.deepEqual(dlr.properties.mboInstellingen, [{ naam: 'ROC van Twente', brin: '25LU' }]);
    assert.equal(dlr.properties.school.vestiging, '01');
    assert.equal(feed.feedVersie, 1);
    assert.match(feed.bijgewerkt, /^\d{4}-\d{2}-\d{2}$/);
  });

  test('reads UTF-8 with a BOM and "," as delimiter', () => {
    const { code, err, feed } = build('utf8-bom.csv');
    assert.equal(code, 0);
    assert.match(err, /gelezen als UTF-8 \(BOM\), scheidingsteken ","/);
    assert.equal(feed.features[0].id, 'dlr-2');
  });

  test('converts RD coordinates (EPSG:28992) to within 1 m of known points', () => {
    const { code, feed } = build('rd-points.csv');
    assert.equal(code, 0);
    const at = (id) => feed.features.find((f) => f.id === id).geometry.coordinates;
    // The RD origin (Onze Lieve Vrouwetoren, Amersfoort) and the Westertoren, Amsterdam.
    assert.ok(metres(at('lab-amersfoort'), [5.38720621, 52.1551744]) < 1, `Amersfoort: ${at('lab-amersfoort')}`);
    assert.ok(metres(at('lab-amsterdam'), [4.88352559, 52.37453253]) < 1, `Westertoren: ${at('lab-amsterdam')}`);
    assert.ok(
      metres(
        build('excel-1252.csv').feed.features.find((f) => f.id === 'glr-1').geometry.coordinates,
        [5.38720621, 52.1551744],
      ) < 1,
    );
  });

  test('leaves every contact without "ja" out of the feed entirely', () => {
    const { feed } = build('excel-1252.csv');
    const text = JSON.stringify(feed);
    for (const secret of ['Geheime Persoon', 'geheim@example.nl', '06 11 22 33 44'])
      assert.ok(!text.includes(secret), secret);
    assert.equal(feed.features.find((f) => f.id === 'glr-1').properties.contact, undefined);
    assert.equal(feed.features[0].properties.contact.toestemming, true);
  });

  test('names every bad cell by its row and column, keeps the good rows, exits 1', () => {
    const { code, out, feed } = build('bad-cells.csv');
    assert.equal(code, 1);
    assert.deepEqual(out.trim().split('\n'), [
      'rij 3, kolom niveaus: "kb3" is geen niveau; schrijf leerweg-niveau, zoals kb-3',
      'rij 4, kolom niveaus: mbo-niveau 1 (entree) kan geen doorlopende leerroute zijn',
      'rij 5, kolom brin: BRIN moet 2 cijfers en daarna 2 hoofdletters of cijfers zijn (zoals 12AB), niet "1A"',
      'rij 6, kolom startjaar: "twintig" is geen getal',
      'rij 7, kolom lat/lon: de coördinaten lijken verwisseld: [52.5, 6.08] ligt buiten Nederland, [6.08, 52.5] erbinnen. Schrijf [lengtegraad, breedtegraad]',
      'rij 8, kolom soort: soort moet "DLR", "GLR" of "leerlab" zijn',
      'rij 9, kolom contactEmail: moet één gewoon e-mailadres zijn, zoals naam@school.nl (zonder spaties, ?, &, %, komma of tweede @)',
      'rij 10, kolom lat/lon: coördinaten ontbreken: vul lat en lon in, of x en y (RD)',
      'rij 11, kolom id: dit id staat al in rij 2',
    ]);
    assert.deepEqual(
      feed.features.map((f) => f.id),
      ['ok-1'],
    );
  });

  test('round trip: the demo feed as a spreadsheet, built and validated again', () => {
    const sample = JSON.parse(readFileSync('demo/sample-feed.json', 'utf8'));
    const columns = [
      'id',
      'soort',
      'naam',
      'beschrijving',
      'school',
      'brin',
      'vestiging',
      'plaats',
      'arbeidsmarktregio',
      'profielen',
      'niveaus',
      'startjaar',
      'lat',
      'lon',
    ];
    const quote = (value) => `"${String(value ?? '').replace(/"/g, '""')}"`;
    const rows = sample.features.map((f) => {
      const p = f.properties;
      return [
        f.id,
        p.soort,
        p.naam,
        p.beschrijving,
        p.school.naam,
        p.school.brin,
        p.school.vestiging,
        p.school.plaats,
        p.arbeidsmarktregio,
        (p.profielen ?? []).join('|'),
        (p.niveaus ?? []).map((n) => `${n.van}-${n.naar}`).join('|'),
        p.startjaar,
        f.geometry.coordinates[1],
        f.geometry.coordinates[0],
      ]
        .map(quote)
        .join(';');
    });
    const csv = write('sample.csv', `${columns.join(';')}\r\n${rows.join('\r\n')}\r\n`);
    const out = join(tmp, 'sample-built.json');
    assert.equal(cli('build', csv, '-o', out).code, 0);
    const validated = cli('validate', out);
    assert.equal(validated.code, 0, validated.out);
    assert.match(validated.out, /520 routes geldig, 0 overgeslagen/);
    const built = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(
      built.features.map((f) => f.id),
      sample.features.map((f) => f.id),
    );
    assert.deepEqual(built.features[7].properties.niveaus, sample.features[7].properties.niveaus);
  });
});

describe('leerroutes-kaart validate', () => {
  test('exit 0 for a valid feed, with a summary', () => {
    const { code, out } = cli('validate', 'demo/sample-feed.json');
    assert.equal(code, 0);
    assert.match(out.trim().split('\n').at(-1), /^520 routes geldig, 0 overgeslagen$/);
  });

  test('exit 1 when routes are skipped, each named by index, id and field; English and JSON on request', () => {
    const sample = JSON.parse(readFileSync('demo/sample-feed.json', 'utf8'));
    sample.features[12].properties.niveaus = [{ van: 'kb', naar: 1 }];
    const file = write('broken.json', sample);
    const { code, out } = cli('validate', file);
    assert.equal(code, 1);
    assert.ok(
      out.includes(
        `features[12] (${sample.features[12].id}): niveaus[0].naar: mbo-niveau 1 (entree) kan geen doorlopende leerroute zijn`,
      ),
    );
    assert.match(out, /519 routes geldig, 1 overgeslagen/);
    assert.match(cli('validate', file, '--lang', 'en').out, /519 routes valid, 1 skipped/);
    const json = JSON.parse(cli('validate', file, '--json').out);
    assert.equal(json.skipped, 1);
    assert.equal(json.problems.length, 1);
  });

  test('exit 2 when the feed as a whole is unusable', () => {
    assert.equal(cli('validate', write('not-json.json', '<html>')).code, 2);
    assert.equal(
      cli('validate', write('newer.json', { type: 'FeatureCollection', feedVersie: 2, features: [] })).code,
      2,
    );
    assert.equal(cli('validate', join(tmp, 'missing.json')).code, 2);
  });
});

describe("the publisher's region check", () => {
  const feature = (id, coordinates, arbeidsmarktregio, extra = {}) => ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    // Leerlabs: the fewest required fields, so that only the region is at stake.
    properties: {
      soort: 'leerlab',
      naam: `Leerlab ${id}`,
      school: { naam: `School ${id}` },
      arbeidsmarktregio,
      ...extra,
    },
  });
  const feed = (...features) => ({ type: 'FeatureCollection', feedVersie: 1, features });

  test('validate warns when a school lies in another region than its route says, with 2 km of slack at borders', () => {
    const file = write(
      'regions.json',
      feed(
        feature('in-place', [6.8937, 52.2215], 'Twente'), // Enschede
        feature('dlr-7', [6.8937, 52.2215], 'Achterhoek'), // Enschede, but said to be in the Achterhoek
        feature('at-border', [6.6, 52.182], 'Achterhoek'), // in Twente, half a kilometre from the Achterhoek
        feature('at-sea', [3.5, 52.5], 'Haaglanden'), // swapped or mistyped coordinates
      ),
    );
    const { code, out } = cli('validate', file);
    assert.equal(code, 0, 'warnings, not errors: every route is still shown');
    assert.ok(out.includes('waarschuwing: features[1] (dlr-7): ligt in Twente, niet in Achterhoek'), out);
    assert.ok(out.includes("features[3] (at-sea): ligt buiten alle arbeidsmarktregio's"), out);
    assert.ok(!out.includes('in-place'), 'a school in its own region is fine');
    assert.ok(!out.includes('at-border'), 'half a kilometre across a generalised border is fine');
    assert.match(
      cli('validate', file, '--lang', 'en').out,
      /features\[1\] \(dlr-7\): lies in Twente, not in Achterhoek/,
    );
    assert.equal(JSON.parse(cli('validate', file, '--json').out).warnings.length, 2);
  });

  test('18 build gives every warning validate gives, named by row and column', () => {
    const csv = write(
      'warnings.csv',
      [
        'id;soort;naam;school;arbeidsmarktregio;profielen;website;lat;lon',
        'onbekend;leerlab;Leerlab Zorg;Het College;Atlantis;;;52,2215;6,8937',
        'oud;leerlab;Leerlab Bouw;Het College;Food Valley;;;52,0333;5,6583',
        'profiel;leerlab;Leerlab Groen;Het College;Twente;XYZ;;52,2215;6,8937',
        'link;leerlab;Leerlab Media;Het College;Twente;;http://www.example.nl/route;52,2215;6,8937',
        'goed;leerlab;Leerlab Techniek;Het College;Twente;;https://www.example.nl/route;52,2215;6,8937',
      ].join('\n'),
    );
    const out = join(tmp, 'warnings-built.json');
    const run = cli('build', csv, '-o', out);
    assert.equal(run.code, 0, 'warnings, not errors: every row is built');
    for (const expected of [
      'waarschuwing: rij 2, kolom arbeidsmarktregio: arbeidsmarktregio "Atlantis" is onbekend; de route staat op de kaart, maar valt onder geen regiofilter',
      'waarschuwing: rij 3, kolom arbeidsmarktregio: arbeidsmarktregio "Food Valley" is een oude naam, gelezen als',
      'waarschuwing: rij 4, kolom profielen: profiel "XYZ" is onbekend; getoond zoals geschreven',
      'waarschuwing: rij 5, kolom website: alleen https-links worden getoond; deze link is weggelaten',
    ])
      assert.ok(run.out.includes(expected), `${expected}\n${run.out}`);
    assert.ok(!/rij 6/.test(run.out), 'nothing about the good row');
    // Every warning of validate on what was built has its row in build's output.
    const validated = JSON.parse(cli('validate', out, '--json').out).warnings;
    const built = run.out.split('\n').filter((line) => line.startsWith('waarschuwing: rij'));
    assert.ok(validated.length > 0);
    assert.equal(built.length, validated.length, `${built.join('\n')}\n---\n${validated.join('\n')}`);
  });

  test('18 build reads an XLSX as Excel stores it and builds the same feed as from its CSV export', () => {
    const csvFile = 'test/fixtures/cli/excel-1252.csv';
    const records = parse(new TextDecoder('windows-1252').decode(readFileSync(csvFile)), { delimiter: ';' });
    // Excel keeps numbers as numbers: the year, the branch (01 -> 1), coordinates (as 17 digits), RD metres.
    const numeric = new Set(['startjaar', 'vestiging', 'lat', 'lon', 'x', 'y']);
    const header = records[0];
    const typed = records.map((row, r) =>
      row.map((cell, c) =>
        r > 0 && numeric.has(header[c]) && cell !== '' ? Number(cell.replace(',', '.')) : cell === '' ? null : cell,
      ),
    );
    const xlsx = write('routes.xlsx', '');
    writeFileSync(xlsx, xlsxFile({ Routes: typed }));
    const fromXlsx = join(tmp, 'from-xlsx.json');
    const run = cli('build', xlsx, '-o', fromXlsx);
    assert.equal(run.code, 0, run.out + run.err);
    assert.match(run.err, /3 routes geschreven, 0 rijen overgeslagen \(gelezen als XLSX, blad "Routes"\)/);
    const fromCsv = build('excel-1252.csv').feed;
    const built = JSON.parse(readFileSync(fromXlsx, 'utf8'));
    assert.deepEqual(built.features, fromCsv.features);
  });

  test('18 build --sheet picks a sheet by name or number; a missing sheet or a broken XLSX is refused with exit 2', () => {
    const header = ['id', 'soort', 'naam', 'school', 'arbeidsmarktregio', 'lat', 'lon'];
    const xlsx = join(tmp, 'sheets.xlsx');
    writeFileSync(
      xlsx,
      xlsxFile({
        Toelichting: [['Vul de routes in op het blad Routes.']],
        Routes: [
          header,
          ['lab-1', 'leerlab', 'Leerlab Zorg', 'Het College', 'Twente', 52.2215, 6.8937],
          [],
          ['lab-2', 'leerlab', 'Leerlab Bouw', 'Het College', 'Twente', 'noord', 6.8937],
          ['lab-3', 'leerlab', 'Leerlab Groen', 'Het College', 'Twente', 52.2215, 6.8937],
        ],
      }),
    );
    const out = join(tmp, 'sheets.json');
    for (const sheet of ['Routes', 'routes', '2']) {
      const run = cli('build', xlsx, '--sheet', sheet, '-o', out);
      assert.equal(run.code, 1, run.out + run.err);
      // The empty row 3 keeps the row numbers the spreadsheet shows.
      assert.equal(run.out.trim(), 'rij 4, kolom lat: "noord" is geen getal');
      assert.deepEqual(
        JSON.parse(readFileSync(out, 'utf8')).features.map((f) => f.id),
        ['lab-1', 'lab-3'],
      );
    }
    const first = cli('build', xlsx, '-o', out);
    assert.equal(first.code, 2, 'the first sheet has no routes: nothing is written');
    const missing = cli('build', xlsx, '--sheet', 'Blad9', '-o', out);
    assert.equal(missing.code, 2);
    assert.equal(
      missing.err.trim(),
      'Het blad "Blad9" staat niet in het bestand; de bladen zijn: "Toelichting", "Routes".',
    );
    const csvWithSheet = cli('build', 'test/fixtures/cli/utf8-bom.csv', '--sheet', 'Routes', '-o', out);
    assert.equal(csvWithSheet.code, 0);
    assert.match(csvWithSheet.out, /waarschuwing: --sheet geldt alleen voor een XLSX/);
    const broken = write('broken.xlsx', 'PK\x03\x04 not really a zip file');
    const refused = cli('build', broken, '-o', out);
    assert.equal(refused.code, 2);
    assert.match(
      refused.err,
      /^Het bestand lijkt een XLSX, maar is niet te lezen \(.+\)\. Sla het in Excel opnieuw op/,
    );
  });

  test('build fills an empty arbeidsmarktregio from the coordinates and warns about a wrong one, per row', () => {
    const header = 'id;soort;naam;school;arbeidsmarktregio;lat;lon';
    const csv = write(
      'regions.csv',
      [
        header,
        'leeg;leerlab;Leerlab Zorg;Het College;;52,2215;6,8937',
        'fout;leerlab;Leerlab Bouw;Het College;Achterhoek;53,2194;6,5665',
        'goed;leerlab;Leerlab Techniek;Het College;Zuid-Limburg;50,8514;5,6909',
      ].join('\n'),
    );
    const out = join(tmp, 'regions-built.json');
    const run = cli('build', csv, '-o', out);
    assert.equal(run.code, 0, run.out + run.err);
    assert.ok(
      run.out.includes('waarschuwing: rij 2, kolom arbeidsmarktregio: was leeg; ingevuld uit de coördinaten: Twente'),
      run.out,
    );
    assert.ok(
      run.out.includes('waarschuwing: rij 3, kolom arbeidsmarktregio: ligt in Groningen, niet in Achterhoek'),
      run.out,
    );
    assert.ok(!run.out.includes('rij 4'), run.out);
    const built = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(built.features[0].properties.arbeidsmarktregio, 'Twente');
    assert.equal(
      built.features[1].properties.arbeidsmarktregio,
      'Achterhoek',
      'a stated region is kept, only warned about',
    );
  });
});

describe('one school, one place', () => {
  // One school (12AB, vestiging 01) on four rows: the pin follows the first; another vestiging is another school.
  const sheet = [
    'id;soort;naam;school;brin;vestiging;plaats;arbeidsmarktregio;profielen;niveaus;startjaar;lat;lon',
    'a;DLR;Route A;Voorbeeldcollege;12AB;01;Enschede;Twente;PIE;kb-3;2021;52,2215;6,8937',
    'b;DLR;Route B;Voorbeeldcollege;12AB;01;Enschede;Twente;PIE;kb-3;2021;52,2395;6,8937',
    'c;DLR;Route C;Ander College;12AB;1;Hengelo;Twente;PIE;kb-3;2021;52,2218;6,8937',
    'd;DLR;Route D;voorbeeldcollege ;12AB;01;Enschede;Twente;PIE;kb-3;2021;52,2219;6,8938',
    'e;DLR;Route E;Voorbeeldcollege;12AB;02;Enschede;Twente;PIE;kb-3;2021;52,3;6,9',
  ].join('\n');

  test('build names every row that puts the school elsewhere or names it otherwise, and the row the pin follows', () => {
    const out = join(tmp, 'places.json');
    const run = cli('build', write('places.csv', sheet), '-o', out);
    assert.equal(run.code, 0, 'a warning, not an error');
    const lines = run.out.split('\n').filter((line) => line.includes('dezelfde school'));
    assert.deepEqual(lines, [
      'waarschuwing: rij 3, kolom lat/lon: dezelfde school (12AB-01) als rij 2, maar 2,0 km daarvandaan; de pin staat waar rij 2 de school zet',
      'waarschuwing: rij 4, kolom school: dezelfde school (12AB-01) als rij 2, maar daar heet ze "Voorbeeldcollege", daar ligt ze in "Enschede"; de pin staat waar rij 2 de school zet',
    ]);
    // The same, by feature, from the feed it wrote.
    const validated = cli('validate', out);
    assert.equal(validated.code, 0);
    assert.match(
      validated.out,
      /features\[1\] \(b\): school: dezelfde school \(12AB-01\) als features\[0\] \(a\), maar 2,0 km daarvandaan; de pin staat waar features\[0\] \(a\) de school zet/,
    );
    assert.match(
      validated.out,
      /features\[2\] \(c\): school: dezelfde school \(12AB-01\) als features\[0\] \(a\), maar daar heet ze "Voorbeeldcollege"/,
    );
    assert.ok(!/features\[3\]|features\[4\]/.test(validated.out), '11 m away and another case: the same place');
    const english = cli('validate', out, '--lang', 'en');
    assert.match(
      english.out,
      /the same school \(12AB-01\) as features\[0\] \(a\), but 2\.0 km away from it; the pin stands where/,
    );
  });
});

describe("build with DUO's open data", () => {
  const duoFiles = [
    '--duo',
    'test/fixtures/duo/02.-alle-vestigingen-vo.csv',
    '--locaties',
    'test/fixtures/duo/onderwijslocaties.csv',
    '--mbo',
    'test/fixtures/duo/01.-adressen-mbo-instellingen.csv',
  ];

  test('a sheet of BRIN and vestiging becomes the feed a fully typed sheet gives; DUO files as DUO writes them', () => {
    const short = join(tmp, 'duo-kort.json');
    const run = cli('build', 'test/fixtures/duo/routes-kort.csv', '-o', short, ...duoFiles);
    assert.equal(run.code, 1, 'one row names a vestiging DUO does not know');
    assert.match(run.err, /aangevuld uit DUO's gegevens/);
    assert.ok(
      run.out.includes(
        'rij 6, kolom vestiging: DUO kent vestiging 99ZZ01 niet (brin + vestiging); de rij is overgeslagen',
      ),
      run.out,
    );
    assert.ok(
      run.out.includes('waarschuwing: rij 4, kolom vestiging: vestiging 56EF02 biedt volgens DUO geen vmbo (HAVO/VWO)'),
      run.out,
    );
    assert.ok(run.out.includes('waarschuwing: rij 3, kolom lat/lon: de plek is het midden van postcode 5211'), run.out);
    const full = join(tmp, 'duo-vol.json');
    assert.equal(cli('build', 'test/fixtures/duo/routes-vol.csv', '-o', full).code, 0);
    const built = JSON.parse(readFileSync(short, 'utf8'));
    const typed = JSON.parse(readFileSync(full, 'utf8'));
    assert.deepEqual(built.features, typed.features);
    assert.equal(readFileSync(short, 'utf8'), readFileSync(full, 'utf8'), 'the very same bytes');
    // DUO's capitals become the place's name as people write it.
    assert.deepEqual(
      built.features.map((feature) => feature.properties.school.plaats),
      ['Enschede', "'s-Hertogenbosch", 'Arnhem', 'Capelle aan den IJssel'],
    );
  });

  test('a value in the sheet wins; one that contradicts DUO is a warning by row and column', () => {
    const sheet = write(
      'duo-eigen.csv',
      [
        'id;soort;naam;school;brin;vestiging;plaats;profielen;niveaus;startjaar;lat;lon',
        'a;DLR;Route A;Het Andere College;12AB;01;Hengelo;PIE;kb-3;2021;52,30;6,80',
      ].join('\n'),
    );
    const out = join(tmp, 'duo-eigen.json');
    const run = cli('build', sheet, '-o', out, ...duoFiles);
    assert.equal(run.code, 0);
    assert.ok(run.out.includes('waarschuwing: rij 2, kolom school: DUO schrijft hier "Voorbeeldcollege Één"'), run.out);
    assert.ok(run.out.includes('waarschuwing: rij 2, kolom plaats: DUO schrijft hier "Enschede"'), run.out);
    assert.match(
      run.out,
      /waarschuwing: rij 2, kolom lat\/lon: ligt 10,8 km van het adres dat DUO voor deze vestiging heeft \(7511 AB 12\)/,
    );
    const [feature] = JSON.parse(readFileSync(out, 'utf8')).features;
    assert.equal(feature.properties.school.naam, 'Het Andere College');
    assert.deepEqual(feature.geometry.coordinates, [6.8, 52.3]);
  });

  test('--geocode pdok asks PDOK Locatieserver for the addresses DUO has no building for, once each', async () => {
    const asked = [];
    const server = createServer((request, response) => {
      const url = new URL(request.url, 'http://localhost');
      asked.push(`${url.pathname} ${url.searchParams.get('q')} ${url.searchParams.get('fq')}`);
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify({ response: { docs: [{ centroide_ll: 'POINT(5.3041 51.6887)' }] } }));
    });
    await new Promise((resolve) => server.listen(0, 'localhost', resolve));
    const out = join(tmp, 'duo-pdok.json');
    const args = [
      'dist/cli.js',
      'build',
      'test/fixtures/duo/routes-kort.csv',
      '-o',
      out,
      ...duoFiles,
      '--geocode',
      'pdok',
    ];
    // Not spawnSync: this process answers for PDOK meanwhile.
    const run = await new Promise((resolve) => {
      const child = spawn(process.execPath, args, {
        env: { ...process.env, LEERROUTES_PDOK_URL: `http://localhost:${server.address().port}/` },
      });
      let stdout = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.on('close', (code) => resolve({ code, out: stdout }));
    });
    server.close();
    assert.deepEqual(asked, ['/free 5211 DT 5 type:adres']);
    assert.equal(run.code, 1);
    const feature = JSON.parse(readFileSync(out, 'utf8')).features.find((f) => f.id === 'dlr-2');
    assert.deepEqual(feature.geometry.coordinates, [5.3041, 51.6887]);
    assert.ok(!run.out.includes('midden van postcode 5211'), run.out);
  });

  test('a DUO file without the columns relied on is refused by name, exit 2', () => {
    const wrong = write('niet-duo.csv', 'BRIN;NAAM\n12AB;School\n');
    const run = cli('build', 'test/fixtures/duo/routes-kort.csv', '-o', join(tmp, 'x.json'), '--duo', wrong);
    assert.equal(run.code, 2);
    assert.match(
      run.err,
      /mist de kolommen VESTIGINGSCODE, VESTIGINGSNAAM, POSTCODE, HUISNUMMER-TOEVOEGING, PLAATSNAAM/,
    );
  });

  test('without DUO files a short sheet is what it was: rows without name or position are errors', () => {
    const run = cli('build', 'test/fixtures/duo/routes-kort.csv', '-o', join(tmp, 'kort-zonder.json'));
    assert.equal(run.code, 2);
  });
});

describe('leerroutes-kaart schema', () => {
  test('prints a JSON Schema that accepts the sample feed and rejects a broken one', () => {
    const schema = JSON.parse(cli('schema').out);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const sample = JSON.parse(readFileSync('demo/sample-feed.json', 'utf8'));
    assert.ok(validate(sample), JSON.stringify(validate.errors?.slice(0, 3)));
    const broken = structuredClone(sample);
    broken.features[0].properties.niveaus = [{ van: 'havo', naar: 1 }];
    assert.equal(validate(broken), false);
    assert.equal(validate({ ...sample, feedVersie: 2 }), false);
    assert.deepEqual(JSON.parse(readFileSync('dist/feed.schema.json', 'utf8')), schema);
  });
});

describe('leerroutes-kaart diff', () => {
  test('lists routes added, removed and changed, field by field', () => {
    const before = JSON.parse(readFileSync('demo/sample-feed.json', 'utf8'));
    const after = structuredClone(before);
    const removed = after.features.shift();
    after.features[0].properties.naam = 'Nieuwe naam';
    after.features[0].properties.school.brin = '99ZZ';
    after.features.push({ ...structuredClone(after.features[1]), id: 'nieuw-1' });
    const { code, out } = cli('diff', write('before.json', before), write('after.json', after));
    assert.equal(code, 0);
    const lines = out.trim().split('\n');
    assert.ok(lines.includes(`+ nieuw-1 ${after.features[1].properties.naam}`));
    assert.ok(lines.includes(`- ${removed.id} ${removed.properties.naam}`));
    assert.ok(lines.includes(`~ ${after.features[0].id} Nieuwe naam`));
    assert.ok(lines.some((l) => l.trim().startsWith('naam: ') && l.endsWith('→ "Nieuwe naam"')));
    assert.ok(lines.some((l) => l.trim().startsWith('school.brin: ') && l.endsWith('→ "99ZZ"')));
    assert.equal(lines.at(-1), '1 toegevoegd, 1 verwijderd, 1 gewijzigd');
  });
});

// Hostile input, round two (docs/RELIABILITY.md): the CLI's side of each class.
describe('hostile input (CLI)', () => {
  const header =
    'id;soort;naam;beschrijving;school;arbeidsmarktregio;contactNaam;contactTelefoon;toestemming;website;lat;lon';
  const csvFile = (name, rows) => write(name, `${header}\r\n${rows.join('\r\n')}\r\n`);

  test('1 regex backtracking: validate stays fast on 300 kB adversarial values', () => {
    const feed = JSON.parse(readFileSync('demo/sample-feed.json', 'utf8'));
    feed.features[0].properties.website = `https://${'a'.repeat(300_000)} x`;
    feed.features[1].properties.contact = { email: `a@${'a.'.repeat(150_000)} `, toestemming: true };
    const started = Date.now();
    const { code, out } = cli('validate', write('backtrack.json', feed));
    assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
    assert.equal(code, 1);
    assert.match(out, /website: is te lang \(hoogstens 2000 tekens\)/);
  });

  test('6 a row whose cell count differs from the header is a bad row, named by number; its contact never leaks', () => {
    const file = csvFile('shifted.csv', [
      'ok-1;leerlab;Goed;Beschrijving;School;Twente;;;;;52.2;6.9',
      // An unquoted ";" in the description: every later cell moves one to the right, consent falls off the end.
      'bad-1;leerlab;Verschoven;Tekst; met puntkomma;School;Twente;Jan Geheim;06 1234 5678;nee;https://x.nl;52.2;6.9',
      'bad-2;leerlab;Te kort;Tekst;School',
    ]);
    const out = join(tmp, 'shifted.json');
    const run = cli('build', file, '-o', out);
    assert.equal(run.code, 1);
    assert.deepEqual(run.out.trim().split('\n'), [
      'rij 3: 13 cellen, maar de kopregel heeft 12 kolommen; staat er een ; of , zonder aanhalingstekens in een cel? De rij is overgeslagen',
      'rij 4: 5 cellen, maar de kopregel heeft 12 kolommen; staat er een ; of , zonder aanhalingstekens in een cel? De rij is overgeslagen',
    ]);
    const text = readFileSync(out, 'utf8');
    assert.deepEqual(
      JSON.parse(text).features.map((f) => f.id),
      ['ok-1'],
    );
    for (const secret of ['Jan Geheim', '06 1234 5678']) assert.ok(!text.includes(secret), secret);
  });

  test('6 malformed quotes get a message and exit 2, not a stack trace', () => {
    const file = csvFile('quotes.csv', [
      'ok-1;leerlab;"Open aanhalingsteken;Tekst;School;Twente;;;;;52.2;6.9',
      'x;"a"b"',
    ]);
    const run = cli('build', file, '-o', join(tmp, 'quotes.json'));
    assert.equal(run.code, 2);
    assert.match(run.err, /^Het bestand is geen leesbare CSV/);
    assert.ok(!/\n\s+at /.test(run.err), run.err);
    assert.equal(existsSync(join(tmp, 'quotes.json')), false);
  });

  test('6 build never overwrites its input, nor a feed with an empty one when every row failed', () => {
    const input = csvFile('same.csv', ['ok-1;leerlab;Goed;Tekst;School;Twente;;;;;52.2;6.9']);
    const before = readFileSync(input, 'utf8');
    const same = cli('build', input, '-o', input);
    assert.equal(same.code, 2);
    assert.match(same.err, /is ook het invoerbestand/);
    assert.equal(readFileSync(input, 'utf8'), before);

    const published = write('published.json', '{"keep": true}');
    const allBad = csvFile('all-bad.csv', [
      'bad-1;leerlab;;;;Twente;;;;;52.2;6.9',
      'bad-2;DLR;X;;School;Twente;;;;;99;99',
    ]);
    const run = cli('build', allBad, '-o', published);
    assert.equal(run.code, 2);
    assert.match(run.err, /Geen enkele rij is goed: .*published\.json is niet geschreven/);
    assert.equal(readFileSync(published, 'utf8'), '{"keep": true}');
  });

  test('6 the shipped template builds, with every example row', () => {
    const out = join(tmp, 'template.json');
    const run = cli('build', 'docs/routes-template.csv', '-o', out);
    assert.equal(run.code, 0, run.out + run.err);
    const feed = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(
      feed.features.map((f) => f.id),
      ['dlr-1', 'glr-1', 'leerlab-1'],
    );
    assert.equal(cli('validate', out).code, 0);
    assert.ok(!readFileSync(out, 'utf8').includes('A. de Vries'), 'a contact without "ja" stays in the spreadsheet');
  });

  test('7 a JSON syntax error names the position, not the text around it', () => {
    const run = cli('validate', write('secret.json', '{"features": [{"contact": {"naam": Geheime Persoon}}]}'));
    assert.equal(run.code, 2);
    assert.match(run.err, /is geen geldige JSON \(fout op regel 1, teken 36\)/);
    assert.ok(!run.err.includes('Geheime'), run.err);
  });

  test('7 diff never prints a contact without consent', () => {
    const before = JSON.parse(readFileSync('demo/sample-feed.json', 'utf8'));
    const after = structuredClone(before);
    before.features[0].properties.contact = { naam: 'Oud Geheim', email: 'oud@example.nl', toestemming: false };
    after.features[0].properties.contact = { naam: 'Nieuw Geheim', email: 'nieuw@example.nl' };
    after.features[1].properties.contact = { naam: 'Ander Geheim', toestemming: 'nee' };
    for (const args of [[], ['--json']]) {
      const { code, out } = cli('diff', write('b.json', before), write('a.json', after), ...args);
      assert.equal(code, 0);
      for (const secret of ['Geheim', 'oud@', 'nieuw@']) assert.ok(!out.includes(secret), `${secret} in ${args}`);
      if (!args.length) assert.ok(out.includes('    contact: contact gewijzigd (geen toestemming)'), out);
    }
  });

  test('7 validate and diff print feed text without terminal control characters', () => {
    const feed = JSON.parse(readFileSync('demo/sample-feed.json', 'utf8'));
    const evil = 'Route\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202Eexe';
    feed.features[0].properties.naam = evil;
    feed.features[0].properties.niveaus = [{ van: 'kb', naar: 1 }];
    feed.features[0].id = `id\u001b[1A${feed.features[0].id}`;
    const file = write('escapes.json', feed);
    const outputs = [
      cli('validate', file),
      cli('validate', file, '--json'),
      cli('diff', 'demo/sample-feed.json', file),
      cli('diff', 'demo/sample-feed.json', file, '--json'),
    ];
    for (const { out, err } of outputs) {
      assert.ok(
        !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/.test(out + err),
        JSON.stringify(out.slice(0, 300)),
      );
    }
    assert.ok(outputs[2].out.includes('\\u001b]0;pwned'), 'shown as a visible code');
    JSON.parse(outputs[1].out);
    JSON.parse(outputs[3].out);
  });
});

describe('leerroutes-kaart html', () => {
  const feature = (id, properties, coordinates = [6.8937, 52.2215]) => ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: {
      soort: 'leerlab',
      naam: `Leerlab ${id}`,
      school: { naam: 'Het College', plaats: 'Enschede', brin: '12AB' },
      arbeidsmarktregio: 'Twente',
      ...properties,
    },
  });
  const feed = {
    type: 'FeatureCollection',
    feedVersie: 1,
    features: [
      feature('injected', {
        naam: '<script>alert(1)</script> & "quotes"',
        beschrijving: '<img src=x onerror=alert(2)>',
        website: 'https://example.nl/route?a=1&b="2"',
        contact: { naam: 'Met Toestemming', email: 'ja@school.nl', toestemming: true },
      }),
      feature('geen-toestemming', { contact: { naam: 'Zonder Toestemming', email: 'nee@school.nl' } }),
      feature('onveilig', { website: 'javascript:alert(3)' }),
      feature(
        'groningen',
        { arbeidsmarktregio: 'Groningen', school: { naam: 'Noorderschool', plaats: 'Groningen' } },
        [6.5665, 53.2194],
      ),
    ],
  };

  test('18 writes the routes grouped by school, escaped, https links only, contacts only with consent', () => {
    const file = write('fragment-feed.json', feed);
    const run = cli('html', file);
    assert.equal(run.code, 0, run.err);
    const html = run.out;
    assert.ok(html.startsWith('<section lang="nl"><h2>4 routes</h2>'), html.slice(0, 200));
    assert.ok(!/<script|<img|onerror=alert\(2\)>|javascript:/.test(html), html);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;'));
    assert.ok(html.includes('<a href="https://example.nl/route?a=1&amp;b=&quot;2&quot;">'));
    assert.ok(html.includes('Met Toestemming, ja@school.nl'));
    assert.ok(!html.includes('Zonder Toestemming') && !html.includes('nee@school.nl'));
    assert.ok(html.includes('<h3>Het College, Enschede</h3>') && html.includes('<h3>Noorderschool, Groningen</h3>'));
    assert.equal(html.match(/<h3>/g).length, 2, 'one heading per school');
  });

  test('18 keeps to the regions asked for, and refuses an unknown one', () => {
    const file = write('fragment-feed-2.json', feed);
    const out = join(tmp, 'fragment.html');
    const run = cli('html', file, '--region', 'am05', '-o', out);
    assert.equal(run.code, 0, run.err);
    const html = readFileSync(out, 'utf8');
    assert.ok(html.includes('<h2>3 routes in Twente</h2>'), html.slice(0, 200));
    assert.ok(!html.includes('Noorderschool'));
    assert.match(run.err, /fragment\.html: 3 routes, 1 kB HTML/);
    const unknown = cli('html', file, '--region', 'Atlantis');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /Onbekende arbeidsmarktregio: "Atlantis"/);
  });
});
