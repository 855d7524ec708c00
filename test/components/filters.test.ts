import { expect, oneEvent } from '@open-wc/testing';
import {
  mount as mountMap,
  filterOptionsReady,
  removeMounted,
  text,
  settle,
  renderedMarkers,
  seenText,
  heardText,
} from './helpers.js';
import { dlr, glr, leerlab, feedOf, feedUrl } from '../fixtures/feeds.js';
import type { LeerroutesKaart } from '../../src/define.js';

const feed = feedOf([
  dlr('twente'),
  glr('rijnmond'),
  leerlab('lab'),
  dlr(
    'achterhoek',
    {},
    {
      arbeidsmarktregio: 'AM09',
      school: { naam: 'Graafschap', brin: '56EF' },
      niveaus: [{ van: 'tl', naar: 4 }],
      profielen: ['Groen'],
    },
  ),
]);

/** Mounted, with the filters' options rendered (as they are once the page has been idle after the first pins). */
async function mount(...args: Parameters<typeof mountMap>) {
  const mounted = await mountMap(...args);
  await filterOptionsReady(mounted.el);
  return mounted;
}

function checkbox(el: LeerroutesKaart, name: string, value: string): HTMLInputElement {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`);
  if (!input) throw new Error(`no checkbox ${name}=${value}`);
  return input;
}

function optionText(el: LeerroutesKaart, name: string, value: string): string {
  return seenText(checkbox(el, name, value).closest('label')!);
}

async function openFilter(el: LeerroutesKaart, key: string) {
  const summary = el.shadowRoot!.querySelector<HTMLElement>(`details[data-filter="${key}"] summary`)!;
  summary.click();
  await el.updateComplete;
}

describe('leerroutes-kaart: filters', () => {
  afterEach(removeMounted);

  it('offers the four filters with every known option and the number of routes it would show', async () => {
    const { el } = await mount({ src: feedUrl(feed) });
    const filters = [...el.shadowRoot!.querySelectorAll('details summary .filters-name')].map((n) => n.textContent);
    expect(filters).to.deep.equal(['Arbeidsmarktregio', 'Profiel', 'Niveau', 'Soort route']);
    expect(el.shadowRoot!.querySelectorAll('input[name="region"]')).to.have.length(35);
    expect(el.shadowRoot!.querySelectorAll('input[name="profile"]')).to.have.length(10);
    expect(el.shadowRoot!.querySelectorAll('input[name="level"]')).to.have.length(12);
    expect(optionText(el, 'level', 'kb-3')).to.equal('kb → mbo 3 1');
    // A screen reader hears the words, not "rightwards arrow": the short form as seen, then in full.
    expect(heardText(checkbox(el, 'level', 'kb-3').closest('label')!)).to.equal(
      'kb mbo 3, kaderberoepsgerichte leerweg naar mbo niveau 3 1 route',
    );
    expect(optionText(el, 'profile', 'PIE')).to.equal('Produceren, installeren en energie (PIE) 1');
    expect(optionText(el, 'routeType', 'DLR')).to.equal('D Doorlopende leerroute (DLR) 2');
    // "Groen" is its own code: said once.
    expect(optionText(el, 'profile', 'Groen')).to.equal('Groen 1');
    // Empty options stay visible, greyed (not struck through), but cannot be chosen.
    expect(checkbox(el, 'region', 'Zeeland').disabled).to.equal(true);
    expect(checkbox(el, 'region', 'Twente').disabled).to.equal(false);
    const empty = checkbox(el, 'region', 'Zeeland').closest('label')!;
    expect(getComputedStyle(empty.querySelector('.filters-option-label')!).textDecorationLine).to.equal('none');
    expect(getComputedStyle(empty).color).to.not.equal(
      getComputedStyle(checkbox(el, 'region', 'Twente').closest('label')!).color,
    );
  });

  it('renders the options of a filter opened as soon as the pins show, and the others while the page is idle', async () => {
    const { el } = await mountMap({ src: feedUrl(feed) });
    const summary = el.shadowRoot!.querySelector<HTMLElement>('details[data-filter="level"] summary')!;
    summary.click();
    await new Promise((resolve) => el.shadowRoot!.addEventListener('toggle', resolve, { capture: true, once: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('details[open] input[name="level"]')).to.have.length(12);
    expect(el.shadowRoot!.querySelector('details[open] .glossary'), "the levels' glossary").to.exist;
    await filterOptionsReady(el);
    expect(el.shadowRoot!.querySelectorAll('input[name="region"]')).to.have.length(35);
  });

  it('says "N routes" when nothing is filtered, and names the choice on each filter button', async () => {
    const { el } = await mount({ src: feedUrl(feed) });
    expect(text(el, '.toolbar-count')).to.equal('4 routes');
    expect(text(el, 'details[data-filter="region"] .filters-state')).to.equal('alle');
    el.region = 'Twente,Achterhoek,Rijnmond';
    await settle(el);
    expect(text(el, 'details[data-filter="region"] .filters-state')).to.equal('Achterhoek +2');
    el.region = 'AM05';
    await settle(el);
    expect(text(el, 'details[data-filter="region"] .filters-state')).to.equal('Twente');
    expect(text(el, '.toolbar-count')).to.equal('1 van 4 routes');
  });

  it('with lock-region counts the routes of that region: "N routes in Twente"', async () => {
    const { el } = await mount({ src: feedUrl(feed), region: 'Twente', 'lock-region': true });
    expect(text(el, '.toolbar-count')).to.equal('1 route in Twente');
    el.region = 'Twente,Achterhoek';
    await settle(el);
    expect(text(el, '.toolbar-count')).to.equal('2 routes in Twente en Achterhoek');
    el.routeType = 'GLR';
    await settle(el);
    expect(text(el, '.toolbar-count')).to.equal('0 van 2 routes in Twente en Achterhoek');
  });

  it('with lock-region and a region it does not know, says so in the map instead of showing the country', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const { el } = await mount({ src: feedUrl(feed), region: 'Twnte', 'lock-region': true });
      expect(el.visibleRouteIds).to.deep.equal([]);
      expect(text(el, '.map-notice[role="alert"]')).to.equal(
        'Deze kaart hoort één arbeidsmarktregio te tonen, maar "Twnte" is geen bekende arbeidsmarktregio. De beheerder van de website kan het attribuut region verbeteren (bijvoorbeeld region="Twente").',
      );
      expect(text(el, '.toolbar-count')).to.equal('0 routes');
      expect(warnings.join('\n')).to.include('"Twnte"');
      el.region = 'Twente';
      await settle(el);
      expect(el.visibleRouteIds).to.deep.equal(['twente']);
      expect(el.shadowRoot!.querySelector('.map-notice')).to.equal(null);
    } finally {
      console.warn = warn;
    }
  });

  it('narrows the map and the count when a visitor ticks an option', async () => {
    const { el } = await mount({ src: feedUrl(feed) });
    await openFilter(el, 'routeType');
    const change = oneEvent(el, 'filter-change');
    checkbox(el, 'routeType', 'DLR').click();
    const { detail } = await change;
    expect(detail.count).to.equal(2);
    expect(detail.filters.routeType).to.deep.equal(['DLR']);
    await settle(el);
    expect(el.visibleRouteIds).to.deep.equal(['twente', 'achterhoek']);
    expect(text(el, '.toolbar-count')).to.equal('2 van 4 routes');
    expect(renderedMarkers(el).pins).to.equal(2);
    expect(text(el, 'details[data-filter="routeType"] .filters-state')).to.equal('DLR');
    // Counts of other filters follow.
    expect(optionText(el, 'region', 'Rijnmond')).to.equal('Rijnmond 0');
  });

  it('combines values within a filter with OR and filters with AND', async () => {
    const { el } = await mount({ src: feedUrl(feed) });
    checkbox(el, 'region', 'Twente').click();
    checkbox(el, 'region', 'Rijnmond').click();
    await settle(el);
    expect(el.visibleRouteIds).to.deep.equal(['twente', 'rijnmond']);
    checkbox(el, 'profile', 'Z&W').click();
    await settle(el);
    expect(el.visibleRouteIds).to.deep.equal(['rijnmond']);
  });

  it('starts from the preset attributes, names or codes, and resets to them', async () => {
    const { el } = await mount({ src: feedUrl(feed), region: 'AM05,Achterhoek', level: 'kb-3,tl-4' });
    expect(el.visibleRouteIds).to.deep.equal(['twente', 'achterhoek']);
    expect(checkbox(el, 'region', 'Twente').checked).to.equal(true);
    const reset = el.shadowRoot!.querySelector<HTMLButtonElement>('.filters-reset')!;
    expect(reset.disabled, 'nothing to reset yet').to.equal(true);
    checkbox(el, 'level', 'tl-4').click();
    await settle(el);
    expect(el.visibleRouteIds).to.deep.equal(['twente']);
    reset.click();
    await settle(el);
    expect(el.visibleRouteIds).to.deep.equal(['twente', 'achterhoek']);
    expect(checkbox(el, 'level', 'tl-4').checked).to.equal(true);
  });

  it('says so when no route matches', async () => {
    const { el } = await mount({ src: feedUrl(feed), 'route-type': 'GLR', region: 'Twente' });
    expect(el.visibleRouteIds).to.deep.equal([]);
    expect(text(el, '.map-notice')).to.equal(
      'Geen routes voor deze keuze. Zet een filter uit of kies Herstel filters.',
    );
    expect(renderedMarkers(el).pins).to.equal(0);
  });

  it('applies changed attributes without reloading the feed', async () => {
    const { el } = await mount({ src: '/demo/sample-feed.json' });
    const url = new URL('/demo/sample-feed.json', location.href).href;
    const fetches = () => performance.getEntriesByName(url).length;
    const before = fetches();
    el.region = 'Rijnmond,Zeeland';
    el.setAttribute('profile', 'Z&W,PIE,E&O,D&P');
    el.level = 'bb-2';
    el.routeType = 'GLR';
    await settle(el);
    expect(el.visibleRouteIds.length).to.be.greaterThan(0);
    expect(el.visibleRouteIds.every((id) => id.startsWith('glr-'))).to.equal(true);
    expect(fetches()).to.equal(before);
    el.routeType = undefined;
    await settle(el);
    expect(el.visibleRouteIds.some((id) => id.startsWith('dlr-'))).to.equal(true);
  });

  it('shows a single region with lock-region: no region filter, only its routes, fitted to them', async () => {
    const { el } = await mount({ src: '/demo/sample-feed.json', region: 'Zuid-Limburg', 'lock-region': true });
    expect(el.shadowRoot!.querySelector('details[data-filter="region"]')).to.equal(null);
    const shown = el.visibleRouteIds.length;
    expect(shown).to.be.greaterThan(0).and.below(40);
    expect(text(el, '.toolbar-count')).to.equal(`${shown} routes in Zuid-Limburg`);
    // Every drawn pin is in Zuid-Limburg, and the view is zoomed in on it.
    expect(renderedMarkers(el).pins).to.be.below(20);
    // The reset keeps the region.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.filters-reset')!.click();
    await settle(el);
    expect(el.visibleRouteIds.length).to.equal(shown);
    // It follows a later change of region.
    el.region = 'AM24';
    await settle(el);
    expect(el.visibleRouteIds.length).to.not.equal(shown);
    expect(el.visibleRouteIds.length).to.be.greaterThan(0);
  });

  it('folds the filters behind one button on a narrow screen', async () => {
    const { el } = await mount({ src: feedUrl(feed), region: 'Twente' });
    el.style.width = '360px';
    await settle(el);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!;
    const filters = el.shadowRoot!.querySelector<HTMLElement>('#filters')!;
    expect(getComputedStyle(toggle).display).to.not.equal('none');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    // It names the choice, not how many there are.
    expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Filters Twente');
    expect(getComputedStyle(filters).display).to.equal('none');
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(filters).display).to.equal('flex');
    // On a wide screen the button is gone and the filters are always there.
    el.style.width = '900px';
    await settle(el);
    expect(getComputedStyle(toggle).display).to.equal('none');
  });
});
