/**
 * The coverage view for the programme: a choropleth of routes per arbeidsmarktregio with a real table beside it,
 * following the filters, marking the regions without a DLR in words and by a pattern, sortable, exportable as CSV,
 * and each region a way to its routes.
 */
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { mount, removeMounted, adapterOf, settle, shadow, text, downloadOf } from './helpers.js';
import { axeViolations } from './axe.js';
import { coverageFeatures, feedOf, feedUrl } from '../fixtures/feeds.js';
import type { LeerroutesKaart } from '../../src/define.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const feed = (): string => feedUrl(feedOf(coverageFeatures()));

/** The table as the cells read: region (with its "nog geen DLR" mark), DLR, GLR, leerlab, total. */
function table(el: LeerroutesKaart): Record<string, string[]> {
  const rows: Record<string, string[]> = {};
  for (const row of shadow(el).querySelectorAll('.coverage-table tbody tr, .coverage-table tfoot tr')) {
    const cells = [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
    rows[cells[0]!.replace(' nog geen DLR', '')] = cells;
  }
  return rows;
}

async function showRegions(el: LeerroutesKaart): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>('.toolbar-view-regions')!.click();
  for (let i = 0; i < 40 && !shadow(el).querySelector('.coverage-table'); i++) await pause(50);
  await settle(el);
}

describe('leerroutes-kaart: the coverage view', () => {
  afterEach(removeMounted);

  it('counts the routes per region, by kind, with a total row, and names the regions without a DLR', async () => {
    const { el } = await mount({ src: feed() });
    await showRegions(el);
    const rows = table(el);
    expect(Object.keys(rows)).to.have.length(36, '35 regions and the total');
    expect(rows['Twente']).to.deep.equal(['Twente', '2', '0', '1', '3', '2021']);
    expect(rows['Rijnmond']).to.deep.equal(['Rijnmond nog geen DLR', '0', '1', '0', '1', '–']);
    expect(rows['Zeeland']![0]).to.equal('Zeeland nog geen DLR');
    expect(rows["Alle regio's"]).to.deep.equal(["Alle regio's", '3', '1', '1', '5', '']);
    expect(text(el, '.coverage-note')).to.contain("33 regio's hebben nog geen doorlopende leerroute (DLR).");
    // The map is a choropleth: no pins, a legend of the scale and of the hatching.
    const pins = adapterOf(el)
      .layers()
      .find((layer) => layer.name === 'pins')!;
    expect(pins.visible).to.equal(false);
    expect(text(el, '.coverage-legend')).to.contain('nog geen DLR');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('follows the other filters (not the region filter), and marks "no DLR" whatever the soort filter shows', async () => {
    const { el } = await mount({ src: feed(), profile: 'Z&W', region: 'Rijnmond' });
    await showRegions(el);
    let rows = table(el);
    expect(rows['Twente']!.slice(1)).to.deep.equal(['1', '0', '0', '1', '2021']);
    expect(rows['Zuid-Limburg']!.slice(1)).to.deep.equal(['1', '0', '0', '1', '2021']);
    el.profile = undefined;
    el.setAttribute('route-type', 'GLR');
    el.removeAttribute('region');
    await settle(el);
    rows = table(el);
    expect(rows['Twente']).to.deep.equal(['Twente', '0', '0', '0', '0', '2021'], 'Twente has DLRs: no mark');
    expect(rows['Rijnmond']).to.deep.equal(['Rijnmond nog geen DLR', '0', '1', '0', '1', '–']);
  });

  it('sorts by each column, both ways, and says so to screen readers', async () => {
    const { el } = await mount({ src: feed() });
    await showRegions(el);
    const first = () => shadow(el).querySelector('.coverage-table tbody th')!.textContent!.trim();
    expect(first()).to.match(/^Achterhoek/);
    const header = (n: number) => shadow(el).querySelectorAll<HTMLElement>('.coverage-table thead th')[n]!;
    header(4).querySelector('button')!.click();
    await settle(el);
    expect(header(4).getAttribute('aria-sort')).to.equal('descending');
    expect(first()).to.match(/^Twente/);
    header(4).querySelector('button')!.click();
    await settle(el);
    expect(header(4).getAttribute('aria-sort')).to.equal('ascending');
    expect(first()).to.not.match(/^Twente/);
    header(0).querySelector('button')!.click();
    await settle(el);
    expect(first()).to.match(/^Achterhoek/);
    header(0).querySelector('button')!.click();
    await settle(el);
    expect(first()).to.match(/^Zuidoost-Brabant/);
  });

  it('downloads the table as CSV for Excel', async () => {
    const { el } = await mount({ src: feed() });
    await showRegions(el);
    const { name, bom, csv } = await downloadOf(el, '.coverage-download');
    expect(name).to.equal('routes-per-arbeidsmarktregio.csv');
    expect(bom, 'UTF-8 byte order mark').to.equal(true);
    expect(csv.split('\r\n')[0]).to.equal('Arbeidsmarktregio;DLR;GLR;leerlab;Totaal;nog geen DLR');
    expect(csv).to.contain('\r\nTwente;2;0;1;3;\r\n');
    expect(csv).to.contain('\r\nRijnmond;0;1;0;1;x\r\n');
    expect(csv).to.contain("\r\nAlle regio's;3;1;1;5;\r\n");
  });

  it('shows the routes of a region chosen in the table, or on the map', async () => {
    const { el } = await mount({ src: feed() });
    await showRegions(el);
    shadow(el).querySelector<HTMLButtonElement>('tr[data-region="Twente"] .coverage-region')!.click();
    await settle(el);
    expect(el.visibleRouteIds.sort()).to.deep.equal(['t1', 't2', 't3']);
    expect(shadow(el).querySelector('.coverage-table'), 'back to the map').to.equal(null);
    expect(text(el, '.filters-item[data-filter="region"] .filters-state')).to.equal('Twente');

    await showRegions(el);
    await pause(300);
    await settle(el);
    // The coverage view glides to the whole country first (camera rule 6).
    for (let i = 0; i < 40 && adapterOf(el).view().moving; i++) await pause(50);
    await settle(el);
    const pixel = adapterOf(el).pixelAt([5.8, 50.9])!;
    const box = shadow(el).querySelector('.map')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + pixel[0]!), Math.round(box.top + pixel[1]!)] });
    await settle(el);
    expect(el.visibleRouteIds).to.deep.equal(['z1']);
  });

  it('keeps its skip links in the view: "Naar de lijst" goes to the table', async () => {
    const { el } = await mount({ src: feed(), view: 'regions' });
    for (let i = 0; i < 40 && !shadow(el).querySelector('.coverage-table'); i++) await pause(50);
    const links = [...shadow(el).querySelectorAll<HTMLButtonElement>('.skip-link')];
    expect(links.map((link) => link.textContent!.trim())).to.deep.equal(['Naar de kaart', 'Naar de lijst']);
    links[1]!.click();
    await settle(el);
    await pause(50);
    expect(shadow(el).activeElement?.closest('.coverage-table'), 'focus in the table').to.exist;
    expect(shadow(el).querySelector('.coverage-table'), 'still the coverage view').to.exist;
  });

  it('is not offered in a single-region embed; view="regions" opens it', async () => {
    const { el } = await mount({ src: feed(), region: 'Twente', 'lock-region': true });
    expect(shadow(el).querySelector('.toolbar-view-regions')).to.equal(null);
    const { el: opened } = await mount({ src: feed(), view: 'regions' });
    for (let i = 0; i < 40 && !shadow(opened).querySelector('.coverage-table'); i++) await pause(50);
    expect(shadow(opened).querySelector('.coverage-table')).to.exist;
  });
});
