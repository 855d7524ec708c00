/**
 * The coverage view over the years, for the programme's reports: "t/m schooljaar" (control, attribute and link),
 * the regions with a DLR per year as a chart and a table, each region's first DLR, the long CSV, playing the years,
 * the print layout, and an offline outline on which water reads as water, not as a region without routes.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  mount,
  removeMounted,
  adapterOf,
  settle,
  shadow,
  text,
  emulateMediaOrSkip,
  resetMedia,
  downloadOf,
  layerPixel,
} from './helpers.js';
import { axeViolations } from './axe.js';
import { dlr, feedOf, feedUrl, glr, leerlab, withValue } from '../fixtures/feeds.js';
import type { LeerroutesKaart } from '../../src/define.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
type Feature = ReturnType<typeof dlr>;
const started = (feature: Feature, year: number) => withValue(feature, 'properties.startjaar', year);
const inRegion = (feature: Feature, region: string, lonLat: [number, number]) =>
  withValue(withValue(feature, 'properties.arbeidsmarktregio', region), 'geometry.coordinates', lonLat);

/** Twente's first DLR in 2020, and a leerlab there without a startjaar; Rijnmond's first DLR in 2022, its GLR earlier. */
const feed = (): string =>
  feedUrl(
    feedOf([
      started(dlr('t1'), 2020),
      started(dlr('t2'), 2021),
      started(inRegion(dlr('r1'), 'Rijnmond', [4.48, 51.92]), 2022),
      started(inRegion(glr('r2'), 'Rijnmond', [4.48, 51.92]), 2020),
      inRegion(leerlab('l1'), 'Twente', [6.89, 52.22]),
    ]),
  );

/** A region's row as its cells read: name, DLR, GLR, leerlab, total, first DLR. */
function row(el: LeerroutesKaart, naam: string): string[] {
  const tr = shadow(el).querySelector(`.coverage-table tr[data-region="${naam}"]`)!;
  return [...tr.querySelectorAll('th, td')].map((cell) =>
    cell.textContent!.replace(/\s+/g, ' ').replace(' nog geen DLR', '').trim(),
  );
}

const yearSelect = (el: LeerroutesKaart) => shadow(el).querySelector<HTMLSelectElement>('.coverage-year select')!;

async function showCoverage(el: LeerroutesKaart): Promise<void> {
  for (let i = 0; i < 60 && !shadow(el).querySelector('.coverage-progress'); i++) await pause(50);
  await settle(el);
}

async function chooseYear(el: LeerroutesKaart, value: string): Promise<void> {
  const select = yearSelect(el);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await settle(el);
}

describe('leerroutes-kaart: the coverage view over the years', () => {
  afterEach(async () => {
    removeMounted();
    history.replaceState(null, '', location.pathname + location.search);
    await resetMedia();
  });

  it('counts up to the chosen schooljaar: the table, the progress toward the aim and the choropleth follow', async () => {
    const { el } = await mount({ src: feed(), view: 'regions' });
    await showCoverage(el);
    const options = [...yearSelect(el).options].map((option) => option.textContent!.trim());
    expect(options).to.deep.equal(['Alle jaren', '2020–2021', '2021–2022', '2022–2023']);
    expect(text(el, '.coverage-progress')).to.equal("Regio's met minstens één DLR: 2 van 35");
    expect(row(el, 'Twente')).to.deep.equal(['Twente', '2', '0', '1', '3', '2020']);

    await chooseYear(el, '2020');
    expect(text(el, '.coverage-progress')).to.equal("Regio's met minstens één DLR t/m 2020–2021: 1 van 35");
    expect(row(el, 'Twente'), 'the leerlab without a startjaar is not counted in a year').to.deep.equal([
      'Twente',
      '1',
      '0',
      '0',
      '1',
      '2020',
    ]);
    expect(row(el, 'Rijnmond').slice(1, 5)).to.deep.equal(['0', '1', '0', '1']);
    expect(el.visibleRouteIds, 'the pins and the list are not filtered by it').to.have.length(5);
    expect(text(el, '.coverage-note')).to.contain("34 regio's hebben nog geen doorlopende leerroute (DLR).");
    expect(el.coverageYear, 'the attribute stays the preset, as the filters do').to.equal(undefined);

    await chooseYear(el, '');
    expect(text(el, '.coverage-progress')).to.equal("Regio's met minstens één DLR: 2 van 35");
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('draws the regions with a DLR per year as a chart hidden from screen readers, with the same figures as a table', async () => {
    const { el } = await mount({ src: feed(), view: 'regions', 'coverage-year': '2021' });
    await showCoverage(el);
    const chart = shadow(el).querySelector('.coverage-chart')!;
    expect(chart.getAttribute('aria-hidden')).to.equal('true');
    expect(chart.getBoundingClientRect().height, 'the chart is drawn').to.be.greaterThan(40);
    const figures = [...shadow(el).querySelectorAll('.coverage-history-table tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent!.trim()),
    );
    expect(figures).to.deep.equal([
      ['2020–2021', '1'],
      ['2021–2022', '1'],
      ['2022–2023', '2'],
    ]);
    expect(text(el, '.coverage-history-table .coverage-current')).to.equal('2021–2022 1');
    expect(text(el, '.coverage-history-note')).to.contain('een route die gestopt is, staat er niet meer in');
    expect(text(el, '.coverage-history-note')).to.contain('1 route zonder startjaar telt alleen mee bij "Alle jaren"');
    expect(text(el, '.coverage-history-table caption')).to.contain('t/m elk schooljaar');
  });

  it('sorts the regions by their first DLR, earliest first, and back', async () => {
    const { el } = await mount({ src: feed(), view: 'regions' });
    await showCoverage(el);
    const sortButton = shadow(el).querySelectorAll<HTMLButtonElement>('.coverage-table thead .coverage-sort')[5]!;
    expect(sortButton.textContent).to.contain('Eerste DLR');
    sortButton.click();
    await settle(el);
    const names = () =>
      [...shadow(el).querySelectorAll('.coverage-table tbody tr')].map((tr) => tr.getAttribute('data-region'));
    expect(names().slice(0, 2)).to.deep.equal(['Twente', 'Rijnmond']);
    expect(sortButton.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    sortButton.click();
    await settle(el);
    expect(names().slice(-2)).to.deep.equal(['Rijnmond', 'Twente']);
  });

  it('takes coverage-year as an attribute, before and after loading, and warns about a year it cannot use', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { el } = await mount({ src: feed(), view: 'regions', 'coverage-year': '2020' });
      await showCoverage(el);
      expect(yearSelect(el).value).to.equal('2020');
      expect(text(el, '.coverage-progress')).to.contain('1 van 35');
      el.setAttribute('coverage-year', '2022');
      await settle(el);
      expect(yearSelect(el).value).to.equal('2022');
      expect(text(el, '.coverage-progress')).to.contain('2 van 35');
      el.setAttribute('coverage-year', 'gisteren');
      await settle(el);
      expect(yearSelect(el).value).to.equal('');
      expect(warnings.join('\n')).to.contain('coverage-year="gisteren" is not a startjaar from 2015 to');
      el.coverageYear = '2021';
      await settle(el);
      expect(yearSelect(el).value).to.equal('2021');
    } finally {
      console.warn = warn;
    }
  });

  it('keeps the year in the link with sync-url, and opens a link at its year', async () => {
    history.replaceState(null, '', '#kaart.coverage-year=2021');
    const { el } = await mount({ src: feed(), view: 'regions', 'sync-url': '' });
    await showCoverage(el);
    expect(yearSelect(el).value).to.equal('2021');
    await chooseYear(el, '2020');
    expect(location.hash).to.equal('#kaart.coverage-year=2020');
    await chooseYear(el, '');
    expect(location.hash).to.equal('');
  });

  it('downloads the counts per year and region in long format for a report', async () => {
    const { el } = await mount({ src: feed(), view: 'regions' });
    await showCoverage(el);
    const { name, bom, csv } = await downloadOf(el, '.coverage-download-history');
    expect(name).to.equal('routes-per-arbeidsmarktregio-per-jaar.csv');
    expect(bom, 'UTF-8 byte order mark, for Excel').to.equal(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).to.equal('t/m startjaar;Arbeidsmarktregio;DLR;GLR;leerlab');
    expect(lines).to.have.length(1 + 35 * 4, 'three years and the unknown ones');
    expect(lines).to.include.members([
      '2020;Twente;1;0;0',
      '2021;Twente;2;0;0',
      '2020;Rijnmond;0;1;0',
      '2022;Rijnmond;1;1;0',
      'onbekend;Twente;0;0;1',
    ]);
  });

  it('plays the years from the first to the last, then stops; a year chosen stops it', async function () {
    this.timeout(20000);
    const { el } = await mount({ src: feed(), view: 'regions' });
    await showCoverage(el);
    const play = shadow(el).querySelector<HTMLButtonElement>('.coverage-play')!;
    // One name for what the button does now (not a pressed state on a label that changes).
    const playing = () => play.textContent!.includes('Pauzeer');
    expect(play.textContent).to.contain('Speel de jaren af');
    expect(play.hasAttribute('aria-pressed')).to.equal(false);
    play.click();
    await settle(el);
    expect(yearSelect(el).value).to.equal('2020');
    expect(playing()).to.equal(true);
    const seen = new Set<string>();
    for (let i = 0; i < 200 && playing(); i++) {
      seen.add(yearSelect(el).value);
      await pause(50);
    }
    expect([...seen]).to.deep.equal(['2020', '2021', '2022']);
    expect(playing()).to.equal(false);
    expect(yearSelect(el).value, 'it stops at the last year').to.equal('2022');

    play.click();
    await settle(el);
    expect(yearSelect(el).value, 'from the last year it starts again at the first').to.equal('2020');
    await chooseYear(el, '2022');
    expect(playing()).to.equal(false);
    await pause(1700);
    expect(yearSelect(el).value).to.equal('2022');
  });

  it('moves nothing while the years play when the visitor asks for reduced motion', async function () {
    await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
    const { el } = await mount({ src: feed(), view: 'regions', 'coverage-year': '2021' });
    await showCoverage(el);
    const mark = shadow(el).querySelector('.coverage-chart-mark')!;
    expect(getComputedStyle(mark).transitionDuration).to.equal('0s');
  });

  it('speaks English with lang="en"', async () => {
    const { el } = await mount({ src: feed(), view: 'regions', lang: 'en', 'coverage-year': '2020' });
    await showCoverage(el);
    expect(text(el, '.coverage-year label')).to.equal('Up to school year');
    expect(text(el, '.coverage-progress')).to.equal('Regions with at least one DLR up to 2020–2021: 1 of 35');
    expect(text(el, '.coverage-play')).to.contain('Play the years');
    expect(text(el, '.coverage-download-history')).to.equal('Download by year (CSV)');
  });

  it('prints map, chart and table side by side on one A4 landscape page, without the toolbar', async function () {
    // Chromium's print emulation (WebDriver browsers can neither size the viewport nor emulate print).
    try {
      await setViewport({ width: 1047, height: 718 });
    } catch {
      this.skip();
    }
    try {
      const { el } = await mount({ src: feed(), view: 'regions' });
      await showCoverage(el);
      // The outlines in, and the coverage view's glide to the country over (camera rule 6), as a visitor would see.
      for (let i = 0; i < 100 && !adapterOf(el).credit.includes('Regiogrenzen'); i++) await pause(50);
      await settle(el);
      for (let i = 0; i < 40 && adapterOf(el).view().moving; i++) await pause(50);
      const before = adapterOf(el).view();
      await emulateMediaOrSkip(this, { media: 'print' });
      await settle(el);
      const box = (selector: string) => shadow(el).querySelector(selector)!.getBoundingClientRect();
      expect(box('.toolbar').height, 'the toolbar is left out').to.equal(0);
      const [map, chart, table] = [box('.stage'), box('.coverage-chart'), box('.coverage-table')];
      expect(map.width).to.be.greaterThan(300);
      expect(map.right, 'the map beside the figures').to.be.at.most(chart.left);
      expect(map.right).to.be.at.most(table.left);
      // The whole country in the printed map's box (narrower than on screen): Vlissingen to Delfzijl.
      const adapter = adapterOf(el);
      const [width, height] = adapter.view().size;
      expect(width, 'the map took its printed size').to.be.below(map.width + 1);
      for (const [town, lonLat] of Object.entries({ Vlissingen: [3.57, 51.44], Delfzijl: [6.93, 53.33] })) {
        const [x = -1, y = -1] = adapter.pixelAt(lonLat as [number, number]) ?? [];
        expect(x >= 0 && x <= width! && y >= 0 && y <= height!, `${town} on the printed map`).to.equal(true);
      }
      const top = el.getBoundingClientRect().top;
      // A4 landscape within 10 mm margins: 277 × 190 mm, 1047 × 718 CSS pixels.
      for (const [name, part] of Object.entries({ map, chart, table })) {
        expect(part.bottom - top, `${name} on the first page`).to.be.at.most(718);
        expect(part.right, `${name} within the page's width`).to.be.at.most(1047);
      }
      await resetMedia();
      await settle(el);
      const after = adapterOf(el).view();
      expect(
        [after.zoom, ...after.center].map((n) => n.toFixed(3)),
        'the view as it was after printing',
      ).to.deep.equal([before.zoom, ...before.center].map((n) => n.toFixed(3)));
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('asks for A4 landscape for its own print only, and gives the page its print settings back', async () => {
    const { el } = await mount({ src: feed(), view: 'regions' });
    await showCoverage(el);
    const print = window.print;
    let pageRules: string[] = [];
    window.print = () => {
      pageRules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    };
    try {
      shadow(el).querySelector<HTMLButtonElement>('.coverage-print')!.click();
    } finally {
      window.print = print;
    }
    expect(pageRules.join(' ')).to.match(/@page\s*\{\s*size: A4 landscape/i);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.adoptedStyleSheets).to.have.length(0);
  });

  it('draws the IJsselmeer as water on the offline outline, and land outside the regions apart from "0"', async () => {
    const { el } = await mount({ src: feed(), view: 'regions', basemap: 'none' });
    await showCoverage(el);
    const adapter = adapterOf(el);
    // The whole country with Belgium's north: the view fits the routes, which are in the east and the west.
    adapter.lookAt([5.3, 52.0], 7);
    await settle(el);
    const alpha = (layer: string, lonLat: [number, number]) => {
      const pixel = adapter.pixelAt(lonLat)!;
      const [width, height] = adapter.view().size;
      expect(pixel[0] >= 0 && pixel[0] < width! && pixel[1] >= 0 && pixel[1] < height!, `${lonLat} in view`).to.equal(
        true,
      );
      return layerPixel(el, layer, lonLat);
    };
    const ijsselmeer: [number, number] = [5.35, 52.8];
    const markermeer: [number, number] = [5.3, 52.55];
    const utrecht: [number, number] = [5.12, 52.09];
    expect(alpha('offline-basemap', ijsselmeer)[3], 'no land drawn on the IJsselmeer').to.equal(0);
    expect(alpha('offline-basemap', markermeer)[3], 'nor on the Markermeer').to.equal(0);
    expect(alpha('regions', ijsselmeer)[3], 'no region on it either').to.equal(0);
    expect(alpha('offline-basemap', utrecht)[3], 'land is drawn').to.equal(255);
    expect(alpha('regions', utrecht)[3], 'a region covers the land').to.equal(255);
    const belgium = alpha('offline-basemap', [4.5, 51.15]);
    expect(belgium.slice(0, 3), 'land outside the regions is grey').to.deep.equal([227, 225, 219]);
    const swatch = (selector: string) => getComputedStyle(shadow(el).querySelector(selector)!).backgroundColor;
    expect(swatch('.coverage-legend .class-0'), 'the "0" class is white').to.equal('rgb(255, 255, 255)');
    expect(swatch('.coverage-legend .coverage-outside'), 'land outside the regions as on the map').to.equal(
      'rgb(227, 225, 219)',
    );
    expect(text(el, '.coverage-legend')).to.contain('Geen arbeidsmarktregio');
    expect(text(el, '.ol-attribution')).to.contain('Omtrek Nederland: CBS, CC-BY 4.0');
  });
});
