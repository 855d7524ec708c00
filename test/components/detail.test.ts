import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount, removeMounted, text, settle, pagePositionOfPin, seenText } from './helpers.js';
import { dlr, glr, feedOf, feedUrl, withValue } from '../fixtures/feeds.js';
import type { LeerroutesKaart } from '../../src/define.js';

function facts(el: LeerroutesKaart): Record<string, string> {
  const result: Record<string, string> = {};
  for (const dt of el.shadowRoot!.querySelectorAll('.panel-facts dt')) {
    const dd = dt.nextElementSibling!;
    const items = [...dd.querySelectorAll('li')].map((li) => li.textContent!.trim());
    result[dt.textContent!.trim()] = items.length ? items.join(' | ') : seenText(dd);
  }
  return result;
}

/** The correction e-mail's body to fill in, percent-encoded as in the link. */
const BLANK_BODY = (id: string, naam: string) =>
  encodeURIComponent(
    'Vul achter "Veld:" in wat er niet klopt (bijvoorbeeld beschrijving, niveaus of contact) en achter "Voorstel:" wat het moet zijn.\r\n\r\n' +
      `Route-id: ${id}\r\nRoute: ${naam}\r\nVeld: \r\nVoorstel: \r\n`,
  );

const links = (el: LeerroutesKaart) =>
  [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.panel a')].map((a) => [seenText(a), a.getAttribute('href')]);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('leerroutes-kaart: detail panel', () => {
  afterEach(removeMounted);

  it('shows every field of a route whose contact gave consent', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])), selected: 'dlr-1' });
    expect(text(el, '.panel h2')).to.equal('Techniekroute Twente');
    expect(text(el, '.panel-subtitle')).to.equal('D Doorlopende leerroute (DLR)');
    const paragraphs = [...el.shadowRoot!.querySelectorAll('.panel-description p')].map((p) => p.textContent);
    expect(paragraphs).to.deep.equal(['Leerlingen starten in leerjaar 3.', 'Tweede alinea.']);
    expect(facts(el)).to.deep.equal({
      'vmbo-school': 'Voorbeeldcollege, Enschede Route plannen ↗',
      'Soort route': 'Doorlopende leerroute (DLR)',
      "Arbeidsmarktregio's": 'Twente, Achterhoek',
      Profielen: 'Produceren, installeren en energie | Bouwen, wonen en interieur',
      Niveaus: 'kb → mbo 3, bb → mbo 2',
      Startjaar: '2021',
      'Betrokken vmbo-scholen': 'Voorbeeldcollege (12AB)',
      'Betrokken mbo-instellingen': 'ROC Voorbeeld (25LU)',
      'BRIN vmbo-school': '12AB (vestiging 01)',
      Contactpersoon: 'J. Jansen, coördinator j.jansen@example.nl 053 123 45 67',
      Website: 'Meer informatie op de website van de route ↗',
    });
    expect(links(el)).to.deep.equal([
      ['Route plannen ↗', 'https://www.google.com/maps/dir/?api=1&destination=52.22150,6.89370&travelmode=transit'],
      ['j.jansen@example.nl', 'mailto:j.jansen@example.nl'],
      ['053 123 45 67', 'tel:0531234567'],
      ['Meer informatie op de website van de route ↗', 'https://example.nl/techniekroute'],
      [
        'Klopt er iets niet? Geef een wijziging door ↗',
        `mailto:j.jansen@example.nl?subject=Wijziging%20voor%20route%20dlr-1%3A%20Techniekroute%20Twente&body=${BLANK_BODY('dlr-1', 'Techniekroute Twente')}`,
      ],
    ]);
  });

  it('lets no part of a contact without consent reach the page', async () => {
    const route = withValue(dlr(), 'properties.contact.toestemming', false);
    const { el, loaded } = await mount({ src: feedUrl(feedOf([route])), selected: 'dlr-1' });
    expect(text(el, '.panel h2')).to.equal('Techniekroute Twente');
    const everything = el.shadowRoot!.innerHTML + el.outerHTML;
    for (const secret of ['Jansen', 'j.jansen@example.nl', '053 123 45 67', '0531234567', 'coördinator']) {
      expect(everything, secret).not.to.include(secret);
    }
    expect(facts(el)).not.to.have.property('Contactpersoon');
    // The warning names the route, never the person.
    expect(loaded!.warnings).to.deep.equal([
      'features[0] (dlr-1): contact: contactpersoon weggelaten: er is geen toestemming (contact.toestemming is niet true)',
    ]);
  });

  it('shows hostile feed text literally and drops links that are not https', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const route = withValue(
      withValue(withValue(dlr(), 'properties.naam', hostile), 'properties.beschrijving', `<b>vet</b>\n\n${hostile}`),
      'properties.website',
      'javascript:window.__pwned=1',
    );
    const { el } = await mount({ src: feedUrl(feedOf([route])), selected: 'dlr-1' });
    expect(text(el, '.panel h2')).to.equal(hostile);
    expect(text(el, '.panel-description')).to.include('<b>vet</b>');
    expect(el.shadowRoot!.querySelector('.panel img, .panel script, .panel b')).to.equal(null);
    expect(links(el).map(([, href]) => href)).to.not.include('javascript:window.__pwned=1');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('sends corrections to the route form, else the site page, else an e-mail naming the route', async () => {
    const own = withValue(dlr('a'), 'properties.wijzigingUrl', 'https://example.nl/form?route=a');
    const plain = withValue(glr('b'), 'properties.contact', undefined);
    const { el } = await mount({ src: feedUrl(feedOf([own, plain])), selected: 'a' });
    const correction = () =>
      el.shadowRoot!.querySelector<HTMLAnchorElement>('.panel-correction a')!.getAttribute('href');
    expect(correction()).to.equal('https://example.nl/form?route=a');
    el.selected = 'b';
    await settle(el);
    expect(correction()).to.equal(
      `mailto:?subject=Wijziging%20voor%20route%20b%3A%20Zorgroute%20Rotterdam&body=${BLANK_BODY('b', 'Zorgroute Rotterdam')}`,
    );
    // A site's page is told which route: as a query parameter, or where the site's template says.
    el.setAttribute('correction-url', 'https://example.nl/wijzigingen');
    await settle(el);
    expect(correction()).to.equal('https://example.nl/wijzigingen?route=b');
    el.setAttribute('correction-url', 'https://example.nl/wijziging/{id}?titel={naam}');
    await settle(el);
    expect(correction()).to.equal('https://example.nl/wijziging/b?titel=Zorgroute%20Rotterdam');
    // A site's address, with the map's own subject and body.
    el.setAttribute('correction-url', 'mailto:routes@example.nl?cc=boef@example.com');
    await settle(el);
    const mail = new URL(correction()!);
    expect(mail.pathname).to.equal('routes@example.nl');
    expect([...mail.searchParams.keys()]).to.deep.equal(['subject', 'body']);
  });

  it('lists the routes of a school, each one click away, and the other routes of a route', async () => {
    const second = withValue(withValue(dlr('d2'), 'properties.naam', 'Zorgroute Enschede'), 'properties.soort', 'DLR');
    const { el } = await mount({ src: feedUrl(feedOf([dlr('d1'), second])), selected: 'd1' });
    expect(text(el, '.panel h3')).to.equal('Andere routes op deze school');
    expect(text(el, '.panel .panel-links')).to.include('Zorgroute Enschede');
    const select = oneEvent(el, 'route-select');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.panel .panel-links button')!.click();
    expect((await select).detail).to.deep.equal({ id: 'd2' });
    await settle(el);
    expect(text(el, '.panel h2')).to.equal('Zorgroute Enschede');
    expect(el.getAttribute('selected')).to.equal('d2');
    // Back to the school: its list of routes.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.panel .panel-back')!.click();
    await settle(el);
    expect(text(el, '.panel h2')).to.equal('Voorbeeldcollege');
    expect(text(el, '.panel .panel-muted')).to.equal('2 routes op deze school');
    expect(el.hasAttribute('selected')).to.equal(false);
  });

  it("says when a school's routes put it in more than one place, and where its pin stands", async () => {
    const first = withValue(dlr('a'), 'properties.naam', 'Route A');
    const elsewhere = withValue(dlr('b'), 'geometry.coordinates', [6.8937, 52.2395]);
    const { el, loaded } = await mount({ src: feedUrl(feedOf([first, elsewhere])), selected: 'b' });
    expect(loaded!.warnings).to.deep.include(
      'features[1] (b): school: dezelfde school (12AB-01) als features[0] (a), maar 2,0 km daarvandaan; de pin staat waar features[0] (a) de school zet',
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('.panel .panel-back')!.click();
    await settle(el);
    expect(text(el, '.panel .panel-elsewhere')).to.equal(
      '1 route zet deze school op een andere plek; de kaart toont haar waar "Route A" haar zet.',
    );
  });

  it('closes with its button and with Escape, and says so', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])), selected: 'dlr-1' });
    let closed = oneEvent(el, 'route-select');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.panel .panel-close')!.click();
    expect((await closed).detail).to.deep.equal({ id: null });
    await settle(el);
    expect(el.shadowRoot!.querySelector('.panel')).to.equal(null);
    expect(el.selected).to.equal(null);

    el.selected = 'dlr-1';
    await settle(el);
    el.shadowRoot!.querySelector<HTMLElement>('.panel h2')!.focus();
    closed = oneEvent(el, 'route-select');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail).to.deep.equal({ id: null });
    await settle(el);
    expect(el.shadowRoot!.querySelector('.panel')).to.equal(null);
  });

  it('becomes a bottom sheet on a narrow screen, with the chosen pin above it', async () => {
    const far = withValue(glr('far'), 'geometry.coordinates', [3.6136, 51.4988]);
    const { el: mounted } = await mount({ src: feedUrl(feedOf([dlr(), far])) });
    mounted.style.width = '360px';
    await settle(mounted);
    mounted.selected = 'far';
    await settle(mounted);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sheet = mounted.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
    const [, pinY] = pagePositionOfPin(mounted, 'brin:34CD');
    expect(pinY, 'the pin is not behind the sheet').to.be.below(sheet.top);
  });

  it('becomes a sheet below the map on a narrow screen: half the element at least, larger on request', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])), selected: 'dlr-1' });
    el.style.width = '360px';
    await settle(el);
    const box = () => ({
      element: el.getBoundingClientRect(),
      panel: el.shadowRoot!.querySelector('.panel')!.getBoundingClientRect(),
      stage: el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect(),
    });
    let { element, panel, stage } = box();
    expect(Math.round(panel.width)).to.equal(Math.round(stage.width));
    expect(panel.top, 'below the map, covering none of it').to.be.at.least(stage.bottom - 0.5);
    expect(panel.height, 'at least half the element').to.be.at.least(element.height / 2 - 1);
    const grow = el.shadowRoot!.querySelector<HTMLButtonElement>('.panel-grow')!;
    expect(grow.textContent!.trim()).to.equal('Groter tonen');
    expect(grow.getAttribute('aria-expanded')).to.equal('false');
    grow.click();
    await settle(el);
    ({ element, panel, stage } = box());
    expect(stage.height, 'the map gives up its room').to.be.below(1);
    expect(panel.height, 'the sheet takes it').to.be.above(element.height * 0.6);
    expect(grow.textContent!.trim()).to.equal('Kleiner tonen');
    expect(grow.getAttribute('aria-expanded')).to.equal('true');
    grow.click();
    await settle(el);
    expect(box().stage.height, 'and gives it back').to.be.above(10);
  });

  it('is half the element on the narrowest phone with a place chosen: the place bar and footer step aside', async () => {
    const { el } = await mount({ src: new URL('../../demo/sample-feed.json', import.meta.url).href, near: '7511' });
    el.style.width = '280px';
    el.style.setProperty('--leerroutes-height', '600px');
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('.place-bar'); i++) await pause(50);
    el.selected = 'glr-2024-0039';
    await settle(el);
    const panel = el.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
    expect(panel.height, 'at least half the element').to.be.at.least(el.getBoundingClientRect().height / 2 - 2);
    expect(el.shadowRoot!.querySelector('.place-bar')!.getBoundingClientRect().height, 'the place bar aside').to.equal(
      0,
    );
    el.selected = '';
    await settle(el);
    expect(el.shadowRoot!.querySelector('.place-bar')!.getBoundingClientRect().height, 'and back').to.be.above(0);
  });

  it('has no "larger" button where the panel stands beside the map', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])), selected: 'dlr-1' });
    const grow = el.shadowRoot!.querySelector<HTMLButtonElement>('.panel-grow')!;
    expect(getComputedStyle(grow).display).to.equal('none');
  });

  it('speaks English with lang="en"', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])), selected: 'dlr-1', lang: 'en' });
    expect(text(el, '.panel-subtitle')).to.equal('D Continuous learning route (DLR)');
    expect(facts(el)).to.have.property('First year', '2021');
    expect(text(el, '.toolbar-count')).to.equal('1 route');
  });
});

describe('leerroutes-kaart: schools of the same name in one place', () => {
  afterEach(removeMounted);

  it('tells them apart in the list by their vestiging', async () => {
    const school = (vestiging: string) => ({ naam: 'Het Lyceum', brin: '11AA', vestiging, plaats: 'Delft' });
    const { el } = await mount({
      src: feedUrl(feedOf([dlr('a', {}, { school: school('01') }), dlr('b', {}, { school: school('02') }), glr()])),
    });
    const headings = [...el.shadowRoot!.querySelectorAll('.list-school-name')].map((h) =>
      h.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(headings).to.include.members([
      'Het Lyceum (vestiging 01), Delft',
      'Het Lyceum (vestiging 02), Delft',
      'Havencollege, Rotterdam',
    ]);
  });
});
