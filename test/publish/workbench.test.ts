// The publisher's workbench (dist/publish.html) as the programme team uses it: real files chosen in the page,
// what it shows, what it lets them download, compared with what the CLI makes of the same file.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { xlsxFile } from '../fixtures/xlsx.mjs';
import {
  corpus,
  HEADER,
  inflateBomb,
  rows as rowsOf,
  sharedStringsBomb,
  TRICKY,
} from '../fixtures/publisher-files.mjs';

interface CliRun {
  code: number;
  out: string;
  err: string;
  feed: string | null;
}

let frame: HTMLIFrameElement;
const doc = () => frame.contentDocument!;
const win = () => frame.contentWindow! as Window & typeof globalThis;
const $ = <T extends HTMLElement = HTMLElement>(selector: string) => doc().querySelector<T>(selector);
const textOf = (selector: string) => $(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function until(check: () => boolean, what: string, ms = 10000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function openWorkbench(query = ''): Promise<void> {
  frame = document.createElement('iframe');
  frame.style.width = '1100px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/dist/publish.html?basemap=none${query}`;
  document.body.append(frame);
  await loaded;
  await until(() => !!$('#sheet-file'), 'the workbench');
}

/** A file chosen in the page's own file field, as a person picks one. */
async function choose(selector: string, bytes: Uint8Array | string, name: string): Promise<void> {
  const input = $<HTMLInputElement>(selector)!;
  const transfer = new (win().DataTransfer)();
  transfer.items.add(new (win().File)([bytes as BlobPart], name));
  input.files = transfer.files;
  input.dispatchEvent(new (win().Event)('change', { bubbles: true }));
}

async function fixture(path: string): Promise<Uint8Array> {
  const encoded = (await executeServerCommand('read-fixture', { path: path.replace(/^\//, '') })) as string;
  return Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
}

/** axe-core run inside the page itself (it checks the document it is loaded in). */
async function axeInPage(): Promise<string[]> {
  type Axe = {
    run(context: Element, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
  };
  const page = win() as unknown as { axe?: Axe };
  if (!page.axe) {
    const script = doc().createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    doc().head.append(script);
    await loaded;
  }
  const results = await page.axe!.run(doc().body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

function base64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

/** What the server was asked for (the page's worker included), by path prefix. */
async function requests(prefix: string): Promise<string[]> {
  return ((await (await fetch(`/__requests?prefix=${prefix}`)).json()) as { paths: string[] }).paths;
}

/** The longest task (Chromium reports them; elsewhere undefined) while `run` runs. */
async function longestTask(run: () => Promise<void>): Promise<number | undefined> {
  if (!PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    await run();
    return undefined;
  }
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  // The workbench runs in the frame: its tasks are the frame's.
  observer.observe({ type: 'longtask', buffered: false });
  await run();
  await new Promise((resolve) => setTimeout(resolve, 100));
  for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
  observer.disconnect();
  return longest;
}

const reads = () => Number($('#workbench')!.dataset.reads ?? 0);

async function chooseSheet(bytes: Uint8Array, name: string): Promise<void> {
  const before = reads();
  await choose('#sheet-file', bytes, name);
  await until(() => reads() > before, 'the spreadsheet read');
}

async function downloaded(selector: string): Promise<string> {
  const link = $<HTMLAnchorElement>(selector)!;
  return (await fetch(link.href)).text();
}

const rows = (table: string) =>
  [...doc().querySelectorAll(`${table} tbody tr`)].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.innerText.replace(/\s+/g, ' ').trim()),
  );

describe('publish.html: the workbench', function () {
  this.timeout(30000);
  afterEach(() => frame?.remove());

  it('reads an Excel CSV in Windows-1252, previews it and downloads what the CLI writes', async () => {
    await openWorkbench();
    expect(textOf('.privacy')).to.include('Alles gebeurt in deze browser');
    const bytes = await fixture('/test/fixtures/cli/excel-1252.csv');
    await chooseSheet(bytes, 'routes.csv');
    expect(textOf('#summary')).to.equal('3 routes klaar, 0 rijen met fouten, 0 waarschuwingen');
    // Converted off the page's main thread.
    expect(await requests('/dist/publish-worker.js')).to.not.deep.equal([]);
    expect(textOf('#step-result ~ .hint')).to.equal('routes.csv: gelezen als Windows-1252, scheidingsteken ";".');
    await until(() => textOf('#preview-count') !== '', 'the preview');
    expect(textOf('#preview-count')).to.equal('3 routes op de kaart');
    const preview = $('#preview') as HTMLElement & { visibleRouteIds: string[] };
    expect(preview.visibleRouteIds).to.have.members(['dlr-1', 'glr-1', 'lab-1']);
    const cli = (await executeServerCommand('cli-build', { name: 'routes.csv', base64: base64(bytes) })) as CliRun;
    expect(cli.code).to.equal(0);
    expect(await downloaded('#download')).to.equal(cli.feed);
    expect($<HTMLAnchorElement>('#download')!.getAttribute('download')).to.equal('routes.json');
    expect($<HTMLAnchorElement>('a[href="feed.schema.json"]')).to.not.equal(null);
  });

  it('reads UTF-8 with a BOM and "," as the CLI does', async () => {
    await openWorkbench();
    const bytes = await fixture('/test/fixtures/cli/utf8-bom.csv');
    await chooseSheet(bytes, 'export.csv');
    expect(textOf('#step-result ~ .hint')).to.equal('export.csv: gelezen als UTF-8 (BOM), scheidingsteken ",".');
    const cli = (await executeServerCommand('cli-build', { name: 'export.csv', base64: base64(bytes) })) as CliRun;
    expect(await downloaded('#download')).to.equal(cli.feed);
  });

  it('lists every bad row by row, column and value, errors apart from warnings, filterable', async () => {
    await openWorkbench();
    const bytes = await fixture('/test/fixtures/cli/bad-cells.csv');
    await chooseSheet(bytes, 'bad.csv');
    expect(textOf('#summary')).to.equal('1 route klaar, 9 rijen met fouten, 0 waarschuwingen');
    expect(textOf('#errors-title')).to.equal('Fouten (9): deze rijen komen niet op de kaart');
    expect(rows('#errors')).to.deep.equal([
      ['3', 'niveaus', 'kb3', '"kb3" is geen niveau; schrijf leerweg-niveau, zoals kb-3'],
      ['4', 'niveaus', 'bb-1', 'mbo-niveau 1 (entree) kan geen doorlopende leerroute zijn'],
      ['5', 'brin', '1A', 'BRIN moet 2 cijfers en daarna 2 hoofdletters of cijfers zijn (zoals 12AB), niet "1A"'],
      ['6', 'startjaar', 'twintig', '"twintig" is geen getal'],
      [
        '7',
        'lat/lon',
        '6,08 / 52,5',
        'de coördinaten lijken verwisseld: [52.5, 6.08] ligt buiten Nederland, [6.08, 52.5] erbinnen. Schrijf [lengtegraad, breedtegraad]',
      ],
      ['8', 'soort', 'XYZ', 'soort moet "DLR", "GLR" of "leerlab" zijn'],
      [
        '9',
        'contactEmail',
        'piet at school',
        'moet één gewoon e-mailadres zijn, zoals naam@school.nl (zonder spaties, ?, &, %, komma of tweede @)',
      ],
      ['10', 'lat/lon', '', 'coördinaten ontbreken: vul lat en lon in, of x en y (RD)'],
      ['11', 'id', 'ok-1', 'dit id staat al in rij 2'],
    ]);
    // The same lines as the CLI prints.
    const cli = (await executeServerCommand('cli-build', { name: 'bad.csv', base64: base64(bytes) })) as CliRun;
    expect(cli.out.trim().split('\n')).to.deep.equal(
      rows('#errors').map(([row, column, , text]) => `rij ${row}, kolom ${column}: ${text}`),
    );
    const columnFilter = $<HTMLSelectElement>('#column-filter')!;
    columnFilter.value = 'niveaus';
    columnFilter.dispatchEvent(new Event('change'));
    await until(() => rows('#errors').length === 2, 'the column filter');
    $<HTMLInputElement>('#show-errors')!.click();
    await until(() => !$('#errors'), 'errors hidden');
    expect(await axeInPage()).to.deep.equal([]);
  });

  it('reads an XLSX (the reader loaded only then), with a choice of sheet, as the CLI does', async () => {
    await openWorkbench();
    // Asked of the server: the page's worker loads the reader, and the page's resource timing does not see that.
    await fetch('/__requests?reset');
    const requested = () => requests('/dist/publish.xlsx-');
    expect(await requested()).to.deep.equal([]);
    const header = ['id', 'soort', 'naam', 'school', 'arbeidsmarktregio', 'profielen', 'lat', 'lon'];
    const bytes = xlsxFile({
      Toelichting: [['Vul de routes in op het blad Routes.']],
      Routes: [
        header,
        ['lab-1', 'leerlab', 'Leerlab Zorg', 'Het College', 'Twente', null, 52.2215, 6.8937],
        ['lab-2', 'leerlab', 'Leerlab Bouw', 'Het College', 'Atlantis', null, 52.2215, 6.8937],
        ['lab-3', 'leerlab', 'Leerlab Groen', 'Het College', 'Twente', null, 'noord', 6.8937],
      ],
    });
    await chooseSheet(bytes, 'routes.xlsx');
    expect(await requested()).to.have.length(1);
    // The first sheet holds no routes.
    expect(textOf('#summary')).to.equal(
      '0 routes klaar, 0 rijen met fouten, 0 waarschuwingen, 1 probleem in de kopregel',
    );
    const sheet = $<HTMLSelectElement>('#sheet-name')!;
    expect([...sheet.options].map((o) => o.textContent)).to.deep.equal(['Toelichting', 'Routes']);
    const before = reads();
    sheet.value = 'Routes';
    sheet.dispatchEvent(new Event('change'));
    await until(() => reads() > before, 'the Routes sheet');
    expect(textOf('#summary')).to.equal('2 routes klaar, 1 rij met fouten, 1 waarschuwing');
    expect(rows('#errors')).to.deep.equal([['4', 'lat', 'noord', '"noord" is geen getal']]);
    expect(rows('#warnings')[0]!.slice(0, 3)).to.deep.equal(['3', 'arbeidsmarktregio', 'Atlantis']);
    expect(textOf('#step-result ~ .hint')).to.equal('routes.xlsx: gelezen als XLSX, blad "Routes".');
    const cli = (await executeServerCommand('cli-build', {
      name: 'routes.xlsx',
      base64: base64(bytes),
      sheet: 'Routes',
    })) as CliRun;
    expect(cli.code).to.equal(1);
    expect(await downloaded('#download')).to.equal(cli.feed);
  });

  it('compares with the published feed: added, removed, changed field by field, no contact without consent', async () => {
    await openWorkbench();
    const bytes = await fixture('/test/fixtures/cli/excel-1252.csv');
    await chooseSheet(bytes, 'routes.csv');
    const built = JSON.parse(await downloaded('#download')) as {
      features: { id: string; properties: Record<string, unknown> }[];
    };
    const [dlr, glr] = built.features;
    const published = {
      ...built,
      features: [
        { ...dlr, properties: { ...dlr!.properties, startjaar: 2019, naam: 'Oude naam' } },
        {
          ...glr,
          properties: {
            ...glr!.properties,
            contact: { naam: 'Geheime Oud', email: 'oud@example.nl', toestemming: false },
          },
        },
        { ...dlr, id: 'weg-1', properties: { ...dlr!.properties, naam: 'Opgeheven route' } },
      ],
    };
    await fetch('/__feed/published', { method: 'PUT', body: JSON.stringify(published) });
    $<HTMLInputElement>('#compare-url')!.value = `${location.origin}/__feed/published`;
    $<HTMLButtonElement>('#compare-url + button')!.click();
    await until(() => !!$('#compare-summary'), 'the comparison');
    expect(textOf('#compare-summary')).to.equal('1 toegevoegd, 1 verwijderd, 2 gewijzigd');
    expect(textOf('#compare-added')).to.equal('lab-1 Leerlab Zeeland');
    expect(textOf('#compare-removed')).to.equal('weg-1 Opgeheven route');
    const changes = [...doc().querySelectorAll('#compare-changed details')].map((details) => ({
      summary: details.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim(),
      rows: [...details.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
      ),
    }));
    expect(changes[0]).to.deep.equal({
      summary: 'dlr-1 Techniekroute Enschede: 2 velden',
      rows: [
        ['naam', 'Oude naam', 'Techniekroute Enschede'],
        ['startjaar', '2019', '2021'],
      ],
    });
    expect(changes[1]!.rows).to.deep.equal([
      ['contact', 'contactpersoon gewijzigd (zonder toestemming: de inhoud wordt niet getoond)'],
    ]);
    expect(doc().body.innerHTML).not.to.include('Geheime Oud');
    expect(doc().body.innerHTML).not.to.include('oud@example.nl');
    // A feed that cannot be fetched says why.
    $<HTMLInputElement>('#compare-url')!.value = `${location.origin}/nergens/routes.json`;
    $<HTMLButtonElement>('#compare-url + button')!.click();
    await until(() => textOf('#compare-result').startsWith('Vergelijken lukte niet'), 'the failure');
    expect(textOf('#compare-result')).to.equal('Vergelijken lukte niet: de server gaf foutcode 404.');
  });

  it('puts each correction (JSON lines and pasted mails) next to its row in the spreadsheet', async () => {
    await openWorkbench();
    await chooseSheet(await fixture('/test/fixtures/cli/excel-1252.csv'), 'routes.csv');
    const pasted = [
      'Van: ouder@example.nl',
      'Vul achter "Veld:" in wat er niet klopt (bijvoorbeeld beschrijving, niveaus of contact) en achter "Voorstel:" wat het moet zijn.',
      '',
      'Route-id: glr-1',
      'Route: Zorgroute Amersfoort',
      'Veld: Startjaar',
      'Voorstel: 2024',
      '',
      'Wijziging voor de kaart met leerroutes.',
      'Route-id: dlr-1',
      'Route: Techniekroute Enschede',
      'Veld: niveaus',
      'Nu op de kaart: kb → mbo 3, bb → mbo 2',
      'Naam afzender: Els',
      'Voorstel: kb → mbo 3',
      'en ook gl → mbo 4',
      '-- ',
      'Met vriendelijke groet',
      '',
      'Route-id: onbekend-9',
      'Veld: naam',
      'Voorstel: Nieuwe naam',
    ].join('\n');
    $<HTMLTextAreaElement>('#corrections-text')!.value = pasted;
    $<HTMLButtonElement>('#corrections-text + button')!.click();
    await until(() => !!$('#corrections'), 'the corrections');
    expect(textOf('#corrections-count')).to.equal('3 correcties');
    expect(rows('#corrections')).to.deep.equal([
      ['glr-1 Zorgroute Amersfoort', 'startjaar', 'rij 3, startjaar 2023', '(leeg)', '2024', ''],
      [
        'dlr-1 Techniekroute Enschede',
        'niveaus',
        'rij 2, niveaus kb-3|bb-2',
        'kb → mbo 3, bb → mbo 2',
        'kb → mbo 3 en ook gl → mbo 4',
        'Els',
      ],
      ['onbekend-9', 'naam', 'staat niet in de spreadsheet', '(leeg)', 'Nieuwe naam', ''],
    ]);
    // As an endpoint collects them: one JSON object per line; a broken line is named.
    const lines = [
      JSON.stringify({ routeId: 'lab-1', field: 'website', current: '', proposed: 'https://example.nl/lab' }),
      '{not json',
      JSON.stringify({
        routeId: 'dlr-1',
        field: 'anders',
        current: '',
        proposed: 'Ook in Hengelo',
        sender: { email: 'a@b.nl' },
      }),
    ].join('\n');
    await choose('#corrections-file', lines, 'corrections.jsonl');
    await until(() => textOf('#corrections-count') === '2 correcties', 'the JSON lines');
    expect(textOf('#corrections-unreadable')).to.equal('Regel 2: geen JSON');
    expect(rows('#corrections')).to.deep.equal([
      ['lab-1 Leerlab Zeeland', 'website', 'rij 4, website (leeg)', '(leeg)', 'https://example.nl/lab', ''],
      ['dlr-1 Techniekroute Enschede', 'anders', 'rij 2', '(leeg)', 'Ook in Hengelo', 'a@b.nl'],
    ]);
  });

  it('makes the list without JavaScript for a region, with its size', async () => {
    await openWorkbench();
    await chooseSheet(await fixture('/test/fixtures/cli/excel-1252.csv'), 'routes.csv');
    const region = $<HTMLSelectElement>('#fragment-region')!;
    region.value = 'Twente';
    $<HTMLButtonElement>('#fragment-region + button')!.click();
    await until(() => !!$('#fragment-download'), 'the list');
    expect(textOf('#fragment-size')).to.match(/^1 route, 1 kB HTML\./);
    const list = await downloaded('#fragment-download');
    expect(list).to.include('Techniekroute Enschede');
    expect(list).not.to.include('Zorgroute Amersfoort');
    expect(list).not.to.include('Geheime Persoon');
  });

  it('shows hostile cells as text and says what is wrong with a file that is no spreadsheet', async () => {
    await openWorkbench();
    const hostile = '<img src=x onerror="parent.__pwned=1">';
    const header = 'id;soort;naam;school;arbeidsmarktregio;lat;lon';
    // Unquoted quotes: the file is not CSV; the page says where.
    const unquoted = [header, `lab-1;leerlab;${hostile};Het College;Twente;52,2215;6,8937`].join('\n');
    await chooseSheet(new TextEncoder().encode(unquoted), 'quotes.csv');
    expect(textOf('#read-status')).to.match(
      /^quotes\.csv kon niet worden gelezen\. Het bestand is geen leesbare CSV \(rond regel 2\)/,
    );
    const quoted = `"${hostile.replace(/"/g, '""')}"`;
    const csv = [
      header,
      `lab-1;leerlab;${quoted};Het College;Twente;52,2215;6,8937`,
      `lab-2;leerlab;Lab;Het College;Twente;${quoted};6,8937`,
    ].join('\n');
    await chooseSheet(new TextEncoder().encode(csv), 'hostile.csv');
    expect(textOf('#summary')).to.equal('1 route klaar, 1 rij met fouten, 0 waarschuwingen');
    expect(rows('#errors')[0]![2]).to.equal(hostile);
    expect(doc().querySelector('#workbench img')).to.equal(null);
    await chooseSheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'kapot.xlsx');
    expect(textOf('#read-status')).to.match(
      /^kapot\.xlsx kon niet worden gelezen\. Het bestand lijkt een XLSX, maar is niet te lezen/,
    );
    expect($('#summary')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('publish.html: hostile files, round three', function () {
  this.timeout(120000);
  afterEach(() => frame?.remove());

  it('writes the very bytes the CLI writes, for every encoding and kind of file (a corpus, both ways)', async () => {
    await openWorkbench();
    for (const [name, bytes] of Object.entries(corpus())) {
      await chooseSheet(bytes, name);
      const cli = (await executeServerCommand('cli-build', { name, base64: base64(bytes) })) as CliRun;
      expect(cli.feed, `${name}: the CLI wrote a feed`).to.be.a('string');
      const download = await downloaded('#download');
      // bijgewerkt is today's date in both: the same bytes, not merely the same routes.
      expect(download, name).to.equal(cli.feed);
      const feed = JSON.parse(download) as { features: { properties: { naam: string } }[] };
      expect(feed.features[0]!.properties.naam, name).to.equal(TRICKY.naam);
    }
    // The last one, the UTF-8 file with one stray byte, names that byte's row and column.
    expect(rows('#errors')).to.deep.include.members([
      [
        '3',
        'naam',
        'Route �s avonds',
        'bevat een teken dat niet te lezen is (0x92), weergegeven als �; typ het opnieuw, of sla het bestand op als "CSV UTF-8"',
      ],
    ]);
  });

  it('a column named twice: the error names both, nothing is offered, the contact who said no is shown nowhere', async () => {
    await openWorkbench();
    const header = [...HEADER, 'contactNaam', 'contactEmail', 'toestemming', 'toestemming'];
    const row = [...rowsOf(1)[0]!, 'José Smeets', 'jose@school.nl', 'nee', 'ja'];
    await chooseSheet(new TextEncoder().encode(`${header.join(';')}\n${row.join(';')}\n`), 'twice.csv');
    expect(doc().body.innerText).to.include(
      'de kolom "toestemming" staat 2 keer in de kopregel (kolommen L en M); welke geldt is niet te zeggen, dus is geen enkele rij gelezen.',
    );
    expect($('#download')).to.equal(null);
    expect(doc().body.innerText).not.to.match(/José|jose@school/);
  });

  it('a correction of the contact shows no contact details of a row without consent', async () => {
    await openWorkbench();
    const header = [...HEADER, 'contactNaam', 'contactEmail', 'contactTelefoon', 'toestemming'];
    const withConsent = [...rowsOf(2)[0]!, 'Ans de Vries', 'ans@school.nl', '053 111', 'ja'];
    const without = [...rowsOf(2)[1]!, 'José Smeets', 'jose@school.nl', '053 222', 'nee'];
    const csv = [header, withConsent, without].map((cells) => cells.join(';')).join('\n');
    await chooseSheet(new TextEncoder().encode(csv), 'contacts.csv');
    const lines = ['lab-1', 'lab-2']
      .map((routeId) => JSON.stringify({ routeId, field: 'contact', current: '', proposed: 'Nieuwe contactpersoon' }))
      .join('\n');
    await choose('#corrections-file', lines, 'corrections.jsonl');
    await until(() => textOf('#corrections-count') === '2 correcties', 'the corrections');
    const [first, second] = rows('#corrections');
    expect(first![2]).to.include('Ans de Vries').and.include('ans@school.nl');
    expect(second![2]).to.include('niet getoond: zonder toestemming');
    expect(doc().body.innerText).not.to.match(/José|jose@school|053 222/);
  });

  it('reads at most 1,000 corrections and 2 MB, says what was left out, and draws at most 500 rows', async () => {
    await openWorkbench();
    await chooseSheet(corpus()['utf8.csv']!, 'routes.csv');
    const line = (i: number) =>
      JSON.stringify({ routeId: `lab-${(i % 3) + 1}`, field: 'naam', current: '', proposed: `Naam ${i}` });
    const reference = Array.from({ length: 20 }, (_, i) => line(i)).join('\n');
    const flood = Array.from({ length: 100_000 }, (_, i) => line(i)).join('\n');
    const longest = async (text: string, expected: string) =>
      longestTask(async () => {
        await choose('#corrections-file', text, 'corrections.jsonl');
        await until(() => textOf('#corrections-count') === expected, expected);
      });
    const plain = await longest(reference, '20 correcties');
    const attacked = await longest(flood, '1.000 correcties');
    expect(textOf('#corrections-left-out')).to.match(
      /^\d{1,3}(\.\d{3})* correcties na de eerste 1\.000 niet gelezen; de laatste [\d.]+ kB van de invoer niet gelezen \(hoogstens 2 MB\)\. Lees de rest apart in\.$/,
    );
    expect(doc().querySelectorAll('#corrections tbody tr')).to.have.length(500);
    expect(
      [...doc().querySelectorAll('.hint')].some((hint) => hint.textContent!.includes('500 van 1.000 getoond')),
    ).to.equal(true);
    // One proposal of 20 MB: not parsed, named, and the text area holds no more than was read.
    await choose(
      '#corrections-file',
      `${line(1)}\n{"routeId":"lab-2","proposed":"${'y'.repeat(30_000)}"}\n{"routeId":"lab-1","proposed":"${'x'.repeat(20 * 1024 * 1024)}"}`,
      'big.jsonl',
    );
    await until(() => textOf('#corrections-count') === '1 correctie', 'the big file');
    expect(textOf('#corrections-unreadable')).to.equal('Regel 2: langer dan 20.000 tekens, niet gelezen');
    expect($<HTMLTextAreaElement>('#corrections-text')!.value.length).to.be.at.most(2 * 1024 * 1024);
    if (plain !== undefined && attacked !== undefined) expect(attacked / Math.max(50, plain)).to.be.below(4);
  });

  it('XLSX bombs are refused with their reason; the page never waits', async () => {
    await openWorkbench();
    await chooseSheet(sharedStringsBomb(), 'bom.xlsx');
    expect(textOf('#read-status')).to.match(/Het XLSX-bestand heeft meer dan 1\.000\.000 cellen en is niet gelezen/);
    await chooseSheet(inflateBomb(), 'bom2.xlsx');
    expect(textOf('#read-status')).to.match(/Het XLSX-bestand pakt uit tot meer dan 64 MB en is niet gelezen/);
    expect($('#download')).to.equal(null);
  });

  it('comparing with a deeply nested or crowded feed ends with the reason, not "Bezig met ophalen…" forever', async () => {
    await openWorkbench();
    await chooseSheet(corpus()['utf8.csv']!, 'routes.csv');
    const deep = `${'['.repeat(100_000)}0${']'.repeat(100_000)}`;
    const published = `{"type":"FeatureCollection","feedVersie":1,"features":[{"type":"Feature","id":${deep}}]}`;
    await choose('#compare-file', published, 'routes.json');
    await until(() => textOf('#compare-result').startsWith('Vergelijken lukte niet'), 'the comparison');
    expect(textOf('#compare-result')).to.match(/is dieper genest dan 20 niveaus/);
    const crowded = `{"type":"FeatureCollection","feedVersie":1,"features":[${'{},'.repeat(400_000)}{}]}`;
    await choose('#compare-file', crowded, 'routes.json');
    await until(() => /meer objecten en lijsten/.test(textOf('#compare-result')), 'the second comparison');
  });

  it('reads 10,000 rows, compares them and writes their list without holding the page (the work is off it)', async function () {
    this.timeout(180_000);
    await openWorkbench();
    const sheetOf = (count: number) =>
      new TextEncoder().encode([HEADER, ...rowsOf(count)].map((cells) => cells.join(';')).join('\r\n'));
    const reference = await longestTask(() => chooseSheet(sheetOf(20), 'routes.csv'));
    const sheet = await longestTask(async () => {
      await chooseSheet(sheetOf(10_000), 'routes.csv');
      await until(() => textOf('#preview-count') !== '', 'the preview', 60_000);
    });
    expect(textOf('#summary')).to.equal('10.000 routes klaar, 0 rijen met fouten, 0 waarschuwingen');
    expect(textOf('#preview-count')).to.equal('10.000 routes op de kaart');

    // The published feed: the same routes under another name.
    const escaped = JSON.stringify(TRICKY.naam).slice(1, -1);
    const published = (await downloaded('#download')).replaceAll(escaped, 'Andere naam');
    const compare = await longestTask(async () => {
      await choose('#compare-file', published, 'routes.json');
      await until(() => textOf('#compare-summary') !== '', 'the comparison', 60_000);
    });
    expect(textOf('#compare-summary')).to.equal('0 toegevoegd, 0 verwijderd, 10.000 gewijzigd');
    expect(doc().querySelectorAll('#compare-changed details')).to.have.length(500);

    const fragment = await longestTask(async () => {
      $<HTMLButtonElement>('#fragment-region + button')!.click();
      await until(() => !!$('#fragment-download'), 'the list', 60_000);
    });
    expect(textOf('#fragment-size')).to.match(/^10\.000 routes, \d+(\.\d+)? kB HTML\./);

    // Another sheet is compared with the same publication.
    await chooseSheet(sheetOf(20), 'routes.csv');
    await until(() => textOf('#compare-summary').includes('9.980'), 'the second comparison', 60_000);
    expect(textOf('#compare-summary')).to.equal('0 toegevoegd, 9.980 verwijderd, 20 gewijzigd');

    if (reference === undefined) return;
    const floor = Math.max(50, reference);
    for (const [what, longest] of Object.entries({ sheet, compare, fragment }))
      expect(longest! / floor, `${what}: ${longest} ms against ${reference} ms`).to.be.below(4);
  });

  it('works in the page itself where a policy forbids workers', async () => {
    await openWorkbench('&no-worker');
    const bytes = await fixture('/test/fixtures/cli/excel-1252.csv');
    await chooseSheet(bytes, 'routes.csv');
    expect(textOf('#summary')).to.equal('3 routes klaar, 0 rijen met fouten, 0 waarschuwingen');
    const cli = (await executeServerCommand('cli-build', { name: 'routes.csv', base64: base64(bytes) })) as CliRun;
    expect(await downloaded('#download')).to.equal(cli.feed);
    await choose('#compare-file', cli.feed!.replace('Techniekroute Enschede', 'Andere route'), 'routes.json');
    await until(() => textOf('#compare-summary') !== '', 'the comparison');
    expect(textOf('#compare-summary')).to.equal('0 toegevoegd, 0 verwijderd, 1 gewijzigd');
    $<HTMLButtonElement>('#fragment-region + button')!.click();
    await until(() => !!$('#fragment-download'), 'the list');
    expect(await downloaded('#fragment-download')).to.include('Techniekroute Enschede');
  });

  it("fills a short sheet from DUO's files as the CLI does, shows each filled cell's source, remembers the files and forgets them", async function () {
    this.timeout(60_000);
    await openWorkbench();
    const files = {
      vestigingen: 'test/fixtures/duo/02.-alle-vestigingen-vo.csv',
      locaties: 'test/fixtures/duo/onderwijslocaties.csv',
      mbo: 'test/fixtures/duo/01.-adressen-mbo-instellingen.csv',
    };
    for (const [kind, path] of Object.entries(files)) {
      const name = path.split('/').pop()!;
      await choose(`#duo-${kind}`, await fixture(`/${path}`), name);
      await until(() => textOf(`#duo-${kind}-chosen`).startsWith(`${name}, gekozen op`), kind);
    }
    const sheet = await fixture('/test/fixtures/duo/routes-kort.csv');
    await chooseSheet(sheet, 'routes.csv');
    expect(textOf('#summary')).to.match(/^4 routes klaar, 1 rij met fouten/);
    const filled = rows('#filled');
    expect(filled).to.deep.include(['2', 'school', 'Voorbeeldcollege Één', 'DUO: vestigingen']);
    expect(filled).to.deep.include(['2', 'lat', '52.2215', 'DUO: onderwijslocatie op het adres']);
    expect(filled).to.deep.include(['3', 'lat', '51.6894', 'midden van de postcode (bij benadering)']);
    expect(filled).to.deep.include(['2', 'mboInstellingen', 'ROC van Twente (25LU)', 'DUO: mbo-instellingen']);
    const cli = (await executeServerCommand('cli-build', {
      name: 'routes.csv',
      base64: base64(sheet),
      fixtures: { duo: files.vestigingen, locaties: files.locaties, mbo: files.mbo },
    })) as CliRun;
    expect(cli.code).to.equal(1);
    expect(await downloaded('#download')).to.equal(cli.feed);

    // With PDOK allowed, the one address without a building is asked there, once, and no longer approximate.
    await fetch('/__pdok/wb/stats?reset');
    frame.remove();
    await openWorkbench('&pdok=/__pdok/wb/');
    await until(
      () => textOf('#duo-mbo-chosen').startsWith('01.-adressen-mbo-instellingen.csv'),
      'the remembered files',
    );
    await chooseSheet(sheet, 'routes.csv');
    let before = reads();
    $<HTMLInputElement>('#duo-geocode')!.click();
    await until(() => reads() > before, 'the sheet read with PDOK');
    expect(rows('#filled')).to.deep.include(['3', 'lat', '51.6887', 'PDOK: het adres']);
    expect(((await (await fetch('/__pdok/wb/stats')).json()) as { free: string[] }).free).to.deep.equal(['5211 DT 5']);

    // Remembered for the next visit, and used.
    frame.remove();
    await openWorkbench();
    await until(
      () => textOf('#duo-mbo-chosen').startsWith('01.-adressen-mbo-instellingen.csv'),
      'the remembered files',
    );
    await chooseSheet(sheet, 'routes.csv');
    expect(textOf('#summary')).to.match(/^4 routes klaar/);

    // Forgotten: the sheet is read again without them, and the next visit has none.
    before = reads();
    $<HTMLButtonElement>('#duo-forget')!.click();
    await until(() => reads() > before, 'the sheet read again');
    expect(textOf('#duo-vestigingen-chosen')).to.equal('niet gekozen');
    expect(textOf('#summary')).to.match(/^0 routes klaar/);
    frame.remove();
    await openWorkbench();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(textOf('#duo-vestigingen-chosen')).to.equal('niet gekozen');
  });

  it("recognises DUO's files dropped together by their columns, and names a file that is none of them", async () => {
    await openWorkbench();
    const transfer = new (win().DataTransfer)();
    for (const path of [
      'test/fixtures/duo/onderwijslocaties.csv',
      'test/fixtures/duo/01.-adressen-mbo-instellingen.csv',
      'test/fixtures/duo/02.-alle-vestigingen-vo.csv',
    ])
      transfer.items.add(new (win().File)([(await fixture(`/${path}`)) as BlobPart], path.split('/').pop()!));
    $('.duo-drop')!.dispatchEvent(
      new (win().DragEvent)('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    await until(() => textOf('#duo-vestigingen-chosen').startsWith('02.-alle-vestigingen-vo.csv'), 'the dropped files');
    expect(textOf('#duo-locaties-chosen')).to.match(/^onderwijslocaties\.csv, gekozen op/);
    expect(textOf('#duo-mbo-chosen')).to.match(/^01\.-adressen-mbo-instellingen\.csv, gekozen op/);
    const other = new (win().DataTransfer)();
    other.items.add(new (win().File)(['id;soort;naam\n'], 'routes.csv'));
    $('.duo-drop')!.dispatchEvent(
      new (win().DragEvent)('drop', { dataTransfer: other, bubbles: true, cancelable: true }),
    );
    await until(() => textOf('#duo-unknown').startsWith('routes.csv is geen van'), 'the message');
    $<HTMLButtonElement>('#duo-forget')!.click();
    await until(() => textOf('#duo-vestigingen-chosen') === 'niet gekozen', 'forgotten');
  });
});
