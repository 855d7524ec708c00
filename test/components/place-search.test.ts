/**
 * "Which routes can I reach from where I live?": the place field's suggestions, the list by distance, the distance
 * filter and its counts, the place's region, the `near`/`radius` attributes and deep links, clearing, "Mijn locatie",
 * the PDOK Locatieserver mode against a local stand-in, directions links, and all of it by keyboard alone.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount, removeMounted, settle, shadow, seenText } from './helpers.js';
import { axeViolations, WCAG_21_AA } from './axe.js';
import { dlr, glr, feedOf, feedUrl } from '../fixtures/feeds.js';
import { distanceKm } from '../../src/model/geo.js';
import { formatDistance, type LocationChangeDetail } from '../../src/model/place.js';
import type { LeerroutesKaart } from '../../src/define.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A DLR and a GLR per school, the schools in towns of Twente and beyond. */
const SCHOOLS: [string, number, number, string][] = [
  ['Enschede', 6.8937, 52.2215, 'Twente'],
  ['Hengelo', 6.7931, 52.2658, 'Twente'],
  ['Oldenzaal', 6.9292, 52.3133, 'Twente'],
  ['Almelo', 6.6625, 52.3567, 'Twente'],
  ['Deventer', 6.1552, 52.2661, 'Stedendriehoek en Noordwest Veluwe'],
  ['Zwolle', 6.0944, 52.5168, 'Regio Zwolle'],
  ['Utrecht', 5.1214, 52.0907, 'Midden-Utrecht'],
  ['Maastricht', 5.6909, 50.8514, 'Zuid-Limburg'],
];

function feed(): string {
  return feedUrl(
    feedOf(
      SCHOOLS.flatMap(([plaats, lon, lat, region], i) => {
        const at = { geometry: { type: 'Point', coordinates: [lon, lat] } };
        const properties = {
          school: { naam: `College ${plaats}`, brin: `${30 + i}AB`, plaats },
          arbeidsmarktregio: region,
          arbeidsmarktregios: [region],
        };
        return [
          dlr(`dlr-${plaats.toLowerCase()}`, at, { ...properties, naam: `Techniekroute ${plaats}` }),
          glr(`glr-${plaats.toLowerCase()}`, { ...at, ...properties, naam: `Zorgroute ${plaats}` }),
        ];
      }),
    ),
  );
}

const input = (el: LeerroutesKaart) => shadow(el).querySelector<HTMLInputElement>('#place-input')!;
const options = (el: LeerroutesKaart) =>
  [...shadow(el).querySelectorAll('[role="option"] .place-option-label')].map((option) => option.textContent!.trim());
const listPlaces = (el: LeerroutesKaart) =>
  [...shadow(el).querySelectorAll('.list-school-place')].map((place) => place.textContent!.replace(/^,\s*/, ''));
const listDistances = (el: LeerroutesKaart) =>
  [...shadow(el).querySelectorAll('.list-school-distance')].map((distance) => distance.textContent!.trim());

async function until(done: () => boolean, what: string, ms = 4000): Promise<void> {
  for (const started = performance.now(); !done(); await pause(20)) {
    if (performance.now() - started > ms) throw new Error(`waited ${ms} ms for ${what}`);
  }
}

/** Types into the place field as a visitor would (one input event) and waits for the suggestions. */
async function typePlace(el: LeerroutesKaart, text: string): Promise<string[]> {
  const field = input(el);
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  // The previous suggestions stay until the new ones are there: give these their turn first.
  await pause(30);
  await until(
    () => field.getAttribute('aria-expanded') === 'true' || !!shadow(el).querySelector('.place-notice'),
    `suggestions for ${text}`,
  );
  await el.updateComplete;
  return options(el);
}

/** Waits for the next `location-change` and for the map to follow. */
async function nextLocation(el: LeerroutesKaart, action: () => unknown): Promise<LocationChangeDetail> {
  const changed = new Promise<LocationChangeDetail>((resolve) =>
    el.addEventListener('location-change', (event) => resolve(event.detail), { once: true }),
  );
  await action();
  const detail = await changed;
  await settle(el);
  return detail;
}

async function choosePlace(el: LeerroutesKaart, text: string, index = 0): Promise<LocationChangeDetail> {
  await typePlace(el, text);
  return nextLocation(el, () => shadow(el).querySelectorAll<HTMLElement>('[role="option"]')[index]!.click());
}

describe('place search: suggestions', () => {
  afterEach(removeMounted);

  it('suggests postcodes and places as the visitor types, best first, whatever they write', async () => {
    const { el } = await mount({ src: feed() });
    expect(await typePlace(el, '7511')).to.deep.equal(['7511 Enschede']);
    expect((await typePlace(el, 'enschede'))[0]).to.equal('Enschede');
    expect((await typePlace(el, 'ENSCHEDE'))[0]).to.equal('Enschede');
    expect((await typePlace(el, 'Den Bosch'))[0]).to.equal("'s-Hertogenbosch");
    expect((await typePlace(el, "'s-Hertogenbosch"))[0]).to.equal("'s-Hertogenbosch");
    expect((await typePlace(el, 'hertogenbosch'))[0]).to.equal("'s-Hertogenbosch");
    expect(await typePlace(el, '7511 AB')).to.deep.equal(['7511 Enschede']);
    expect(await typePlace(el, '7511ab')).to.deep.equal(['7511 Enschede']);
    // 1234 is not a postcode GeoNames lists: its neighbours in number (and on the ground) are offered.
    const near1234 = await typePlace(el, '1234 AB');
    expect(near1234[0]).to.equal('1231 Loosdrecht');
    const kinds = [...shadow(el).querySelectorAll('.place-option-kind')].map((kind) => kind.textContent);
    expect(kinds.every((kind) => kind === 'postcode')).to.equal(true);
    expect(await typePlace(el, 'Xyzzyvliet')).to.deep.equal([]);
    expect(seenText(shadow(el).querySelector('.place-notice')!)).to.equal('Geen postcode of plaats gevonden.');
  });

  it('is an ARIA combobox: arrows move the active option, Enter chooses, Escape closes then clears', async () => {
    const { el } = await mount({ src: feed() });
    const field = input(el);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.getAttribute('aria-autocomplete')).to.equal('list');
    expect(shadow(el).getElementById(field.getAttribute('aria-controls')!)?.getAttribute('role')).to.equal('listbox');
    field.focus();
    await sendKeys({ type: 'Hengelo' });
    await until(() => field.getAttribute('aria-expanded') === 'true', 'the list');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const active = field.getAttribute('aria-activedescendant')!;
    expect(shadow(el).getElementById(active)?.getAttribute('aria-selected')).to.equal('true');
    expect(shadow(el).activeElement, 'focus stays in the field').to.equal(field);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.value).to.equal('Hengelo');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(field.value).to.equal('');
    await sendKeys({ type: 'Hengelo' });
    await until(() => field.getAttribute('aria-expanded') === 'true', 'the list again');
    await sendKeys({ press: 'ArrowDown' });
    const detail = await nextLocation(el, () => sendKeys({ press: 'Enter' }));
    expect(detail?.label).to.equal('Hengelo');
    expect(field.value).to.equal('Hengelo');
    expect(listPlaces(el)[0]).to.equal('Hengelo');
  });
});

describe('place search: routes near a place', () => {
  afterEach(removeMounted);

  it('sorts the list by distance with km per school, checked against distances computed here', async () => {
    const { el } = await mount({ src: feed() });
    const detail = await choosePlace(el, '7511');
    expect(detail).to.deep.include({ label: '7511 Enschede', region: 'Twente' });
    const from: [number, number] = [detail!.lon, detail!.lat];
    const expected = [...SCHOOLS].sort((a, b) => distanceKm(from, [a[1], a[2]]) - distanceKm(from, [b[1], b[2]]));
    expect(listPlaces(el)).to.deep.equal(expected.map(([plaats]) => plaats));
    expect(listDistances(el)).to.deep.equal(
      expected.map(([, lon, lat]) => formatDistance(distanceKm(from, [lon, lat]), 'nl')),
    );
    expect(listDistances(el)[0]).to.match(/^(< 1|\d,\d) km$/);
    // The map shows the place and the nearest schools.
    const region = seenText(shadow(el).querySelector('.place-bar')!);
    expect(region).to.contain('7511 Enschede ligt in arbeidsmarktregio Twente.');
  });

  it('narrows to a distance with counts per option, and the region line filters with one click', async () => {
    const { el } = await mount({ src: feed() });
    await choosePlace(el, 'Enschede');
    const select = shadow(el).querySelector<HTMLSelectElement>('.place-radius select')!;
    const place = el.shadowRoot!.querySelector('.place-bar')!;
    const from = SCHOOLS[0]!;
    const within = (km: number) =>
      2 * SCHOOLS.filter(([, lon, lat]) => distanceKm([from[1], from[2]], [lon, lat]) <= km + 1.5).length;
    const optionTexts = [...select.options].map((option) => option.textContent!.trim());
    expect(optionTexts[0]).to.equal('elke afstand');
    // Each option says how many routes it would show (the gazetteer's centre of Enschede is near, not at, the school).
    for (const option of [...select.options].slice(1)) {
      const km = Number(option.value);
      const count = Number(/\((\d+)\)/.exec(option.textContent!)![1]);
      expect(count, `${km} km`)
        .to.be.at.most(within(km))
        .and.at.least(within(km - 3));
    }
    select.value = '25';
    select.dispatchEvent(new Event('change'));
    await pause(50);
    await settle(el);
    const count25 = Number(/\((\d+)\)/.exec(select.selectedOptions[0]!.textContent!)![1]);
    expect(el.visibleRouteIds).to.have.length(count25);
    expect(seenText(shadow(el).querySelector('.toolbar-count')!)).to.equal(`${count25} van 16 routes`);
    expect(listPlaces(el)).to.deep.equal(['Enschede', 'Hengelo', 'Oldenzaal', 'Almelo']);
    // The region filter combines with the distance.
    shadow(el).querySelector<HTMLButtonElement>('.place-region-button')!.click();
    await pause(50);
    await settle(el);
    expect(
      el.visibleRouteIds.every((id) => ['enschede', 'hengelo', 'oldenzaal', 'almelo'].some((p) => id.endsWith(p))),
    ).to.equal(true);
    expect(seenText(shadow(el).querySelector('[part="filter-button"]')!)).to.contain('Twente');
    expect(place.querySelector('.place-region-button'), 'the region is chosen: no button').to.equal(null);
    // "Herstel filters" takes the distance off too; the place stays.
    shadow(el).querySelector<HTMLButtonElement>('.filters-reset')!.click();
    await settle(el);
    expect(el.visibleRouteIds).to.have.length(16);
    expect(select.value).to.equal('');
    expect(listPlaces(el)[0]).to.equal('Enschede');
  });

  it('says so when no route lies within the distance', async () => {
    const { el } = await mount({ src: feed(), near: 'Vlissingen', radius: '10' });
    await until(() => !!shadow(el).querySelector('.place-bar'), 'the place');
    await settle(el);
    expect(el.visibleRouteIds).to.deep.equal([]);
    expect(seenText(shadow(el).querySelector('.map-notice, .list-empty')!)).to.equal(
      'Geen routes binnen 10 km van Vlissingen. Kies een grotere afstand.',
    );
  });

  it('shows the distance and a route planner link in the details', async () => {
    const { el } = await mount({ src: feed(), near: '7511' });
    await until(() => !!shadow(el).querySelector('.list-school-distance'), 'distances');
    shadow(el).querySelector<HTMLButtonElement>('[data-route="dlr-hengelo"]')!.click();
    await settle(el);
    const reach = shadow(el).querySelector('.panel-reach')!;
    const km = distanceKm([6.9009, 52.22], [6.7931, 52.2658]);
    expect(seenText(reach)).to.contain(`${formatDistance(km, 'nl')} van 7511 Enschede (hemelsbreed)`);
    const link = reach.querySelector<HTMLAnchorElement>('a.panel-directions')!;
    expect(link.href).to.equal(
      'https://www.google.com/maps/dir/?api=1&destination=52.26580,6.79310&travelmode=transit',
    );
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    el.setAttribute('directions-url', 'https://ov.example/plan?naar={lat},{lon}&naam={naam}');
    await settle(el);
    expect(reach.isConnected ? shadow(el).querySelector<HTMLAnchorElement>('a.panel-directions')!.href : '').to.equal(
      'https://ov.example/plan?naar=52.26580,6.79310&naam=College%20Hengelo',
    );
    el.setAttribute('directions-url', 'none');
    await settle(el);
    expect(shadow(el).querySelector('a.panel-directions')).to.equal(null);
  });
});

describe('place search: attributes, links and events', () => {
  afterEach(() => {
    removeMounted();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('takes near and radius as attributes and tells the page with location-change', async () => {
    const { el: mounted } = await mount({ src: feed(), near: 'Hengelo', radius: '10' });
    await until(() => !!shadow(mounted).querySelector('.place-bar'), 'the place');
    await settle(mounted);
    expect(input(mounted).value).to.equal('Hengelo');
    expect(listPlaces(mounted)[0]).to.equal('Hengelo');
    expect(mounted.visibleRouteIds.length).to.be.above(0);
    expect(listPlaces(mounted)).to.not.include('Deventer');
    // lat,lon works too, and a change is an event.
    const detail = await nextLocation(mounted, () => mounted.setAttribute('near', '50.8514, 5.6909'));
    expect(detail).to.deep.equal({ label: '50.8514, 5.6909', lon: 5.6909, lat: 50.8514, region: 'Zuid-Limburg' });
    expect(listPlaces(mounted)).to.deep.equal(['Maastricht']);
    const cleared = await nextLocation(mounted, () => mounted.removeAttribute('near'));
    expect(cleared).to.equal(null);
    expect(listDistances(mounted)).to.deep.equal([]);
    expect(mounted.visibleRouteIds).to.have.length(16);
  });

  it('says clearly when near names no place, and shows the routes', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { el } = await mount({ src: feed(), near: 'Atlantis' });
      await until(() => !!shadow(el).querySelector('.place-notice'), 'the notice');
      expect(seenText(shadow(el).querySelector('.place-notice')!)).to.contain(
        '"Atlantis" is geen bekende postcode of plaats',
      );
      expect(warnings.join('\n')).to.contain('near="Atlantis"');
      expect(el.visibleRouteIds).to.have.length(16);
    } finally {
      console.warn = warn;
    }
  });

  it('keeps the named place and the distance in a deep link, and opens one', async () => {
    const { el } = await mount({ src: feed(), 'sync-url': 'kaart' });
    await choosePlace(el, '7511');
    const select = shadow(el).querySelector<HTMLSelectElement>('.place-radius select')!;
    select.value = '10';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    await pause(20);
    expect(location.hash).to.contain('kaart.near=7511%20Enschede');
    expect(location.hash).to.contain('kaart.radius=10');
    const link = location.hash;
    removeMounted();
    history.replaceState(null, '', location.pathname + location.search + link);
    const { el: opened } = await mount({ src: feed(), 'sync-url': 'kaart' });
    await until(() => !!shadow(opened).querySelector('.place-bar'), 'the place from the link');
    await settle(opened);
    expect(input(opened).value).to.equal('7511 Enschede');
    expect(shadow(opened).querySelector<HTMLSelectElement>('.place-radius select')!.value).to.equal('10');
    const from: [number, number] = [6.9009, 52.22]; // GeoNames' centre of 7511
    const within10 = SCHOOLS.filter(([, lon, lat]) => distanceKm(from, [lon, lat]) <= 10).map(([plaats]) => plaats);
    expect(within10).to.have.length.above(1);
    expect(listPlaces(opened)).to.deep.equal(within10);
  });

  it('clears the place: event null, list A–Z, no marker, nothing in the link', async () => {
    const { el } = await mount({ src: feed(), 'sync-url': 'kaart' });
    await choosePlace(el, 'Zwolle');
    expect(location.hash).to.contain('near=Zwolle');
    const detail = await nextLocation(el, () => shadow(el).querySelector<HTMLButtonElement>('.place-clear')!.click());
    expect(detail).to.equal(null);
    expect(input(el).value).to.equal('');
    expect(shadow(el).querySelector('.place-bar')).to.equal(null);
    expect(listDistances(el)).to.deep.equal([]);
    await pause(20);
    expect(location.hash).to.not.contain('near');
  });

  it('Escape on the chosen place clears it; a field emptied by hand keeps the place and its ×', async () => {
    const { el } = await mount({ src: feed() });
    await choosePlace(el, 'Hengelo');
    input(el).focus();
    const cleared = await nextLocation(el, () => sendKeys({ press: 'Escape' }));
    expect(cleared).to.equal(null);
    expect(shadow(el).querySelector('.place-bar')).to.equal(null);
    await choosePlace(el, 'Almelo');
    const field = input(el);
    field.value = '';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
    expect(shadow(el).querySelector('.place-bar'), 'the place stays').to.not.equal(null);
    const clear = shadow(el).querySelector<HTMLButtonElement>('.place-clear')!;
    expect(clear.querySelector('.visually-hidden')!.textContent).to.equal('Wis Almelo');
    expect(await nextLocation(el, () => clear.click())).to.equal(null);
  });

  it('"Mijn locatie" sets the same place from the device, never written into the link', async function () {
    const geolocation = navigator.geolocation;
    const original = geolocation.getCurrentPosition;
    geolocation.getCurrentPosition = (success: PositionCallback) =>
      success({ coords: { longitude: 6.0944, latitude: 52.5168, accuracy: 20 } } as GeolocationPosition);
    try {
      const { el } = await mount({ src: feed(), 'sync-url': 'kaart' });
      const detail = await nextLocation(el, () =>
        shadow(el).querySelector<HTMLButtonElement>('button[title="Mijn locatie"]')!.click(),
      );
      expect(detail).to.deep.equal({ label: 'Mijn locatie', lon: 6.0944, lat: 52.5168, region: 'Regio Zwolle' });
      expect(listPlaces(el)[0]).to.equal('Zwolle');
      expect(listDistances(el)[0]).to.equal('< 1 km');
      await pause(20);
      expect(location.hash).to.not.contain('near');
    } finally {
      geolocation.getCurrentPosition = original;
    }
  });
});

describe('place search: PDOK Locatieserver (geocoder="pdok")', () => {
  afterEach(removeMounted);

  const stats = async (name: string) =>
    (await (await fetch(`/__pdok/${name}/stats`)).json()) as { suggest: string[]; lookup: string[] };

  it('suggests addresses from Locatieserver, once per pause in typing, and looks up the chosen one', async () => {
    await fetch('/__pdok/ok/stats?reset');
    const { el } = await mount({ src: feed(), geocoder: 'pdok', 'geocoder-url': '/__pdok/ok/' });
    const field = input(el);
    field.focus();
    await sendKeys({ type: 'hengelo' });
    await until(() => field.getAttribute('aria-expanded') === 'true', 'PDOK suggestions');
    expect(options(el)).to.deep.equal(['Hengelosestraat 99, 7514AE Enschede', 'Hengelo, Hengelo, Overijssel']);
    expect(seenText(shadow(el).querySelector('.place-option-kind')!)).to.equal('adres');
    expect((await stats('ok')).suggest, 'debounced: one request for the word').to.deep.equal(['hengelo']);
    const detail = await nextLocation(el, () => shadow(el).querySelector<HTMLElement>('[role="option"]')!.click());
    expect(detail).to.deep.equal({
      label: 'Hengelosestraat 99, 7514AE Enschede',
      lon: 6.8712,
      lat: 52.2301,
      region: 'Twente',
    });
    expect((await stats('ok')).lookup).to.deep.equal(['adr-enschede-1']);
    expect(listPlaces(el)[0]).to.equal('Enschede');
  });

  it('falls back to the built-in postcodes and places when Locatieserver fails, with a quiet notice', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const { el } = await mount({ src: feed(), geocoder: 'pdok', 'geocoder-url': '/__pdok/fail/' });
      expect(await typePlace(el, '7511')).to.deep.equal(['7511 Enschede']);
      expect(seenText(shadow(el).querySelector('.place-notice')!)).to.equal(
        'De adreszoeker reageert niet; u zoekt nu in postcodes en plaatsen.',
      );
      const detail = await nextLocation(el, () => shadow(el).querySelector<HTMLElement>('[role="option"]')!.click());
      expect(detail?.label).to.equal('7511 Enschede');
    } finally {
      console.warn = warn;
    }
  });
});

describe('place search: hostile input', () => {
  afterEach(removeMounted);

  it('shows at most eight suggestions whatever the service answers, refuses a huge answer, and a point abroad', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const { el } = await mount({ src: feed(), geocoder: 'pdok', 'geocoder-url': '/__pdok/flood/' });
      const found = await typePlace(el, 'straat');
      expect(found).to.deep.equal(Array.from({ length: 8 }, (_, i) => `Straat ${i}, Enschede`));
      expect(shadow(el).querySelectorAll('[role="option"]')).to.have.length(8);
      // Its lookup says POINT(999 999): that point is no answer; the place comes from the name it gave, if any.
      const detail = await nextLocation(el, () => shadow(el).querySelector<HTMLElement>('[role="option"]')!.click());
      expect(detail?.label).to.equal('Enschede');
      expect(detail!.lon).to.be.within(6.8, 7);
      expect(detail!.lat).to.be.within(52.1, 52.3);
      expect(shadow(el).textContent).not.to.match(/\d\.\d{3} km/);
      el.remove();

      const huge = await mount({ src: feed(), geocoder: 'pdok', 'geocoder-url': '/__pdok/huge/' });
      // 100,000 suggestions in 5 MB: refused as a failure, and the built-in places answer instead.
      expect(await typePlace(huge.el, '7511')).to.deep.equal(['7511 Enschede']);
      expect(seenText(shadow(huge.el).querySelector('.place-notice')!)).to.equal(
        'De adreszoeker reageert niet; u zoekt nu in postcodes en plaatsen.',
      );
    } finally {
      console.warn = warn;
    }
  });

  it('binds what a geocoder or an attribute says as text, bounded, and skips what it cannot use', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { el } = await mount({ src: feed(), geocoder: 'pdok', 'geocoder-url': '/__pdok/odd/' });
      const found = await typePlace(el, 'straat');
      expect(found).to.have.length(2);
      expect(found[0]).to.equal('<img src=x onerror="window.__pwned=1">Straat 1');
      expect(shadow(el).querySelector('.place-options img'), 'no markup from the service').to.equal(null);
      expect(found[1]!.length).to.be.at.most(200);
      // A document whose centroid is not a point cannot be placed: said, not guessed.
      shadow(el).querySelectorAll<HTMLElement>('[role="option"]')[1]!.click();
      await until(() => !!shadow(el).querySelector('.place-notice'), 'the notice');
      expect(shadow(el).querySelector('.place-bar')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);

      const long = `<script>alert(1)</script>${'x'.repeat(10_000)}`;
      el.setAttribute('geocoder', '');
      el.setAttribute('near', long);
      await until(() => warnings.some((w) => w.includes('near=')), 'the warning');
      await el.updateComplete;
      const notice = seenText(shadow(el).querySelector('.place-notice')!);
      expect(notice.length).to.be.below(250);
      expect(notice).to.contain('<script>');
      expect(input(el).value.length).to.be.at.most(120);
      expect(el.visibleRouteIds).to.have.length(16);
    } finally {
      console.warn = warn;
    }
  });
});

describe('place search: accessibility and languages', () => {
  afterEach(removeMounted);

  it('passes axe with suggestions open and with a place chosen, in English too', async () => {
    const { el } = await mount({ src: feed(), lang: 'en' });
    await typePlace(el, 'Enschede');
    expect(seenText(shadow(el).querySelector('label[for="place-input"]')!), 'its name, in sight').to.equal(
      'Postcode or place',
    );
    expect(input(el).placeholder, 'an example, not the name').to.equal('e.g. 7511 or Enschede');
    expect(await axeViolations(el), WCAG_21_AA.join()).to.deep.equal([]);
    await nextLocation(el, () => shadow(el).querySelector<HTMLElement>('[role="option"]')!.click());
    expect(seenText(shadow(el).querySelector('.place-bar')!)).to.contain(
      'Enschede lies in the arbeidsmarktregio Twente.',
    );
    expect(
      [...shadow(el).querySelectorAll<HTMLOptionElement>('.place-radius option')].map((o) => o.textContent!.trim())[1],
    ).to.match(/^within 5 km \(\d+\)$/);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  // 248: a 280 px phone's page with its margins.
  for (const width of [390, 280, 248]) {
    it(`fits a ${width} px phone: the field across the toolbar, the place bar without sideways scrolling`, async () => {
      // The demo's 520 routes: a count as wide as a national map's.
      const { el } = await mount({ src: '/demo/sample-feed.json', near: 'Enschede' });
      el.style.width = `${width}px`;
      await until(() => !!shadow(el).querySelector('.place-bar'), 'the place');
      await settle(el);
      const frame = shadow(el).querySelector('.frame')!;
      expect(frame.scrollWidth).to.be.at.most(frame.clientWidth + 1);
      const field = input(el).getBoundingClientRect();
      const toolbar = shadow(el).querySelector('.toolbar')!.getBoundingClientRect();
      expect(field.width, 'the place field spans the toolbar').to.be.above(toolbar.width - 20);
      const bar = shadow(el).querySelector('.place-bar')!.getBoundingClientRect();
      expect(bar.right).to.be.at.most(el.getBoundingClientRect().right + 1);
      const buttons = [...shadow(el).querySelectorAll('.toolbar-views button')];
      // Every button of the view toggle is whole inside the element (none clipped at its edge).
      for (const button of buttons) {
        expect(button.getBoundingClientRect().right, button.textContent!).to.be.at.most(toolbar.right + 0.5);
      }
      // Their words stand on one line (no button's text pushed to its top).
      const textTops = buttons.map((button) => {
        const range = document.createRange();
        range.selectNodeContents(button);
        return range.getBoundingClientRect().top;
      });
      expect(Math.max(...textTops) - Math.min(...textTops), 'words on one line').to.be.below(1.5);
    });
  }
});
