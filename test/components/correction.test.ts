import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount, removeMounted, text, settle, shadow, seenText, heardText } from './helpers.js';
import { axeViolations } from './axe.js';
import { dlr, feedOf, feedUrl, withValue } from '../fixtures/feeds.js';
import type { LeerroutesKaart } from '../../src/define.js';

type Posted = { type: string; body: string };

async function posted(name: string): Promise<Posted[]> {
  return ((await (await fetch(`/__corrections/${name}`)).json()) as { posts: Posted[] }).posts;
}

async function freshEndpoint(name: string): Promise<string> {
  await fetch(`/__corrections/${name}?reset`);
  return `/__corrections/${name}`;
}

const $ = <T extends Element = HTMLElement>(el: LeerroutesKaart, selector: string) =>
  shadow(el).querySelector<T & HTMLElement>(selector);

async function openForm(el: LeerroutesKaart): Promise<void> {
  $<HTMLButtonElement>(el, '.correction-open')!.click();
  await until(() => !!$(el, '.correction'));
  await settle(el);
}

async function fill(el: LeerroutesKaart, values: { field?: string; proposed?: string; naam?: string; email?: string }) {
  if (values.field !== undefined) {
    const select = $<HTMLSelectElement>(el, '#correction-field')!;
    select.value = values.field;
    select.dispatchEvent(new Event('change'));
  }
  for (const key of ['proposed', 'naam', 'email'] as const) {
    const value = values[key];
    if (value === undefined) continue;
    const field = $<HTMLInputElement>(el, `#correction-${key}`)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }
  await settle(el);
}

async function send(el: LeerroutesKaart): Promise<void> {
  $<HTMLButtonElement>(el, '.correction-send')!.click();
  await settle(el);
}

/** The `Label: value` lines of a mail body, as the workbench reads them. */
function mailLines(href: string): Record<string, string> {
  const body = new URL(href).searchParams.get('body') ?? '';
  return Object.fromEntries(
    body
      .split('\r\n')
      .map((line) => /^([A-Z][\w -]*): ?(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => !!match)
      .map((match) => [match[1]!, match[2]!]),
  );
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('leerroutes-kaart: corrections', () => {
  afterEach(removeMounted);

  it('without an endpoint, links to an e-mail whose body names the route and the lines to fill in', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])), selected: 'dlr-1' });
    expect($(el, '.correction-open')).to.equal(null);
    const link = $<HTMLAnchorElement>(el, '.panel-correction a')!;
    expect(seenText(link)).to.equal('Klopt er iets niet? Geef een wijziging door ↗');
    expect(heardText(link), 'a screen reader hears that it opens a new window').to.equal(
      'Klopt er iets niet? Geef een wijziging door (opent een nieuw venster)',
    );
    const mail = new URL(link.href);
    expect(mail.pathname).to.equal('j.jansen@example.nl');
    expect(mail.searchParams.get('subject')).to.equal('Wijziging voor route dlr-1: Techniekroute Twente');
    expect(mailLines(link.href)).to.deep.equal({
      'Route-id': 'dlr-1',
      Route: 'Techniekroute Twente',
      Veld: '',
      Voorstel: '',
    });
  });

  it('posts the route id, the field, what the map shows and the proposal, and says it was sent', async () => {
    const endpoint = await freshEndpoint('ok-1');
    const { el } = await mount({
      src: feedUrl(feedOf([dlr()])),
      selected: 'dlr-1',
      'correction-endpoint': endpoint,
    });
    const opener = $<HTMLButtonElement>(el, '.correction-open')!;
    expect(opener.textContent!.trim()).to.equal('Klopt er iets niet? Geef een wijziging door');
    expect(opener.getAttribute('part')).to.equal('correction-link');
    await openForm(el);
    expect(text(el, '.correction h3')).to.equal('Wijziging doorgeven');
    expect(shadow(el).activeElement?.id).to.equal('correction-field');
    // The choices are the route's fields, and "anders".
    const options = [...shadow(el).querySelectorAll('#correction-field option')].map((o) => o.textContent!.trim());
    expect(options).to.include.members([
      'Beschrijving',
      'Niveaus',
      'Contactpersoon',
      'Iets anders, of er ontbreekt iets',
    ]);
    await fill(el, { field: 'niveaus' });
    expect(text(el, '.correction-current')).to.equal('Nu op de kaart: kb → mbo 3, bb → mbo 2');
    expect(text(el, '.correction-privacy')).to.include(`gaat alleen naar ${location.host}`);
    await fill(el, { proposed: '  kb → mbo 3, gl → mbo 4  ', naam: 'Els de Vries', email: 'els@school.nl' });
    const sentEvent = oneEvent(el, 'correction-send');
    await send(el);
    expect((await sentEvent).detail).to.deep.equal({ routeId: 'dlr-1', field: 'niveaus', sent: true, status: 201 });
    await settle(el);
    const posts = await posted('ok-1');
    expect(posts).to.have.length(1);
    expect(posts[0]!.type).to.equal('application/json');
    expect(JSON.parse(posts[0]!.body)).to.deep.equal({
      routeId: 'dlr-1',
      field: 'niveaus',
      current: 'kb → mbo 3, bb → mbo 2',
      proposed: 'kb → mbo 3, gl → mbo 4',
      sender: { naam: 'Els de Vries', email: 'els@school.nl' },
    });
    const done = $(el, '.correction-done')!;
    expect(done.getAttribute('role')).to.equal('status');
    expect(done.textContent!.trim()).to.equal('Bedankt! Je wijziging voor “Techniekroute Twente” is verstuurd.');
    expect(shadow(el).activeElement).to.equal(done);
  });

  it('sends nothing while a field has a problem, and says which, at the field', async () => {
    const endpoint = await freshEndpoint('ok-2');
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])), selected: 'dlr-1', 'correction-endpoint': endpoint });
    await openForm(el);
    await send(el);
    const proposed = $<HTMLTextAreaElement>(el, '#correction-proposed')!;
    expect(proposed.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el, '#correction-proposed-error')).to.equal('Vul in wat het moet zijn.');
    expect(proposed.getAttribute('aria-describedby')).to.equal('correction-proposed-hint correction-proposed-error');
    expect(shadow(el).activeElement).to.equal(proposed);
    await fill(el, { proposed: 'x'.repeat(2001), email: 'els@' });
    await send(el);
    expect(text(el, '#correction-proposed-error')).to.equal('Dit is te lang: hoogstens 2.000 tekens.');
    expect(text(el, '#correction-email-error')).to.include('Dit is geen e-mailadres');
    // Fixing a field takes its message away at once.
    await fill(el, { email: 'els@school.nl' });
    expect($(el, '#correction-email-error')).to.equal(null);
    expect(await posted('ok-2')).to.deep.equal([]);
    // Cancel closes the form; focus returns to its button.
    $<HTMLButtonElement>(el, '.correction-cancel')!.click();
    await settle(el);
    expect($(el, '.correction')).to.equal(null);
    expect(shadow(el).activeElement).to.equal($(el, '.correction-open'));
  });

  it('on a failure keeps what was written, says why, and offers the same correction by e-mail', async () => {
    const endpoint = await freshEndpoint('fail-1');
    const { el } = await mount({
      src: feedUrl(feedOf([dlr()])),
      selected: 'dlr-1',
      'correction-endpoint': endpoint,
      'correction-url': 'mailto:routes@example.nl',
    });
    await openForm(el);
    await fill(el, { field: 'beschrijving', proposed: 'Leerlingen starten in leerjaar 2.\n\nNieuwe alinea.' });
    const sentEvent = oneEvent(el, 'correction-send');
    await send(el);
    expect((await sentEvent).detail).to.deep.equal({
      routeId: 'dlr-1',
      field: 'beschrijving',
      sent: false,
      status: 500,
    });
    await settle(el);
    const alert = $(el, '.correction-failed')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Je wijziging is niet verstuurd: de server antwoordde met foutcode 500. Probeer het nog eens, of stuur hem per e-mail. Stuur per e-mail ↗ (opent een nieuw venster)',
    );
    expect($<HTMLTextAreaElement>(el, '#correction-proposed')!.value).to.equal(
      'Leerlingen starten in leerjaar 2.\n\nNieuwe alinea.',
    );
    const mail = alert.querySelector('a')!.href;
    expect(new URL(mail).pathname).to.equal('routes@example.nl');
    const body = new URL(mail).searchParams.get('body')!;
    expect(body).to.equal(
      'Wijziging voor de kaart met leerroutes.\r\n\r\nRoute-id: dlr-1\r\nRoute: Techniekroute Twente\r\nVeld: beschrijving\r\n' +
        'Nu op de kaart: Leerlingen starten in leerjaar 3.\r\n\r\nTweede alinea.\r\n' +
        'Voorstel: Leerlingen starten in leerjaar 2.\r\n\r\nNieuwe alinea.\r\n',
    );
    expect(await posted('fail-1')).to.have.length(1);
  });

  for (const status of [307, 302, 301, 308, 303]) {
    it(`never follows a ${status} redirect with the visitor's details: a failure with the e-mail fallback`, async () => {
      const endpoint = await freshEndpoint(`redirect${status}-a`);
      await fetch(`/__corrections/redirect${status}-a-moved?reset`);
      const { el } = await mount({
        src: feedUrl(feedOf([dlr()])),
        selected: 'dlr-1',
        'correction-endpoint': endpoint,
        'correction-url': 'mailto:routes@example.nl',
      });
      await openForm(el);
      await fill(el, { field: 'naam', proposed: 'Nieuwe naam' });
      const sentEvent = oneEvent(el, 'correction-send');
      await send(el);
      expect((await sentEvent).detail).to.deep.equal({ routeId: 'dlr-1', field: 'naam', sent: false });
      await settle(el);
      expect(await posted(`redirect${status}-a-moved`)).to.have.length(0);
      expect($(el, '.correction-done')).to.equal(null);
      const alert = $(el, '.correction-failed')!;
      expect(alert.textContent!.replace(/\s+/g, ' ').trim()).to.contain(
        'Je wijziging is niet verstuurd: de server stuurde door naar een ander adres, en daar sturen we je gegevens niet heen.',
      );
      expect(new URL(alert.querySelector('a')!.href).protocol).to.equal('mailto:');
    });
  }

  it('says so when the server cannot be reached', async () => {
    const { el } = await mount({
      src: feedUrl(feedOf([dlr()])),
      selected: 'dlr-1',
      'correction-endpoint': 'https://localhost:1/corrections',
    });
    await openForm(el);
    await fill(el, { field: 'anders', proposed: 'De route heeft ook een locatie in Hengelo.' });
    expect($(el, '.correction-current')).to.equal(null);
    await send(el);
    await until(() => !!$(el, '.correction-failed'));
    expect(text(el, '.correction-failed')).to.include('de server was niet bereikbaar');
  });

  it('shows "Bezig met versturen" while sending, and a closed form cancels the request', async () => {
    const endpoint = await freshEndpoint('slow-1');
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])), selected: 'dlr-1', 'correction-endpoint': endpoint });
    await openForm(el);
    await fill(el, { proposed: 'Techniekroute Twente-Oost' });
    let events = 0;
    el.addEventListener('correction-send', () => events++);
    await send(el);
    const button = $<HTMLButtonElement>(el, '.correction-send')!;
    expect(button.textContent!.trim()).to.equal('Bezig met versturen…');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    await send(el); // a second click while sending sends nothing more
    $<HTMLButtonElement>(el, '.correction-cancel')!.click();
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).to.equal(0);
    expect(await posted('slow-1')).to.have.length(1);
  });

  it('is used by keyboard alone: open, choose, write, send', async () => {
    const endpoint = await freshEndpoint('ok-keys');
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])), selected: 'dlr-1', 'correction-endpoint': endpoint });
    $(el, '.correction-open')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => shadow(el).activeElement?.id === 'correction-field');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.id).to.equal('correction-proposed');
    // No doubled letters or spaces: WebKit's driver drops those when it types (the form does not).
    await sendKeys({ type: 'Vakroute-Zuid' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Els' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.className).to.equal('correction-send');
    await sendKeys({ press: 'Enter' });
    await until(() => !!$(el, '.correction-done'));
    expect(JSON.parse((await posted('ok-keys'))[0]!.body)).to.deep.equal({
      routeId: 'dlr-1',
      field: 'naam',
      current: 'Techniekroute Twente',
      proposed: 'Vakroute-Zuid',
      sender: { naam: 'Els' },
    });
  });

  it('passes axe with problems shown and after a failure', async () => {
    const endpoint = await freshEndpoint('fail-axe');
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])), selected: 'dlr-1', 'correction-endpoint': endpoint });
    await openForm(el);
    await fill(el, { email: 'niet-goed' });
    await send(el);
    expect(await axeViolations(el)).to.deep.equal([]);
    await fill(el, { proposed: 'Iets', email: '' });
    await send(el);
    await until(() => !!$(el, '.correction-failed'));
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('never shows or sends a contact without consent, and shows hostile text as text', async () => {
    const endpoint = await freshEndpoint('ok-3');
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const route = withValue(withValue(dlr('g'), 'properties.naam', hostile), 'properties.contact.toestemming', false);
    const { el } = await mount({ src: feedUrl(feedOf([route])), selected: 'g', 'correction-endpoint': endpoint });
    await openForm(el);
    expect(text(el, '.correction-intro')).to.include(hostile);
    await fill(el, { field: 'contact', proposed: 'Contact: P. Pieters' });
    expect(text(el, '.correction-current')).to.equal('Nu op de kaart: (leeg)');
    await send(el);
    await until(() => !!$(el, '.correction-done'));
    const body = JSON.parse((await posted('ok-3'))[0]!.body);
    expect(body).to.deep.equal({ routeId: 'g', field: 'contact', current: '', proposed: 'Contact: P. Pieters' });
    expect(shadow(el).querySelector('.panel img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('refuses an endpoint that is neither https: nor on this site, keeping the e-mail link', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { el } = await mount({
        src: feedUrl(feedOf([dlr()])),
        selected: 'dlr-1',
        'correction-endpoint': 'http://example.com/corrections',
      });
      expect($(el, '.correction-open')).to.equal(null);
      expect($<HTMLAnchorElement>(el, '.panel-correction a')!.href).to.match(/^mailto:/);
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.include(
      'correction-endpoint "http://example.com/corrections" must be an https: address or on this page\'s own origin',
    );
  });

  it('speaks English with lang="en", and the e-mail lines too', async () => {
    const endpoint = await freshEndpoint('fail-en');
    const { el } = await mount({
      src: feedUrl(feedOf([dlr()])),
      selected: 'dlr-1',
      lang: 'en',
      'correction-endpoint': endpoint,
    });
    await openForm(el);
    expect(text(el, '.correction h3')).to.equal('Report a correction');
    await fill(el, { field: 'startjaar', proposed: '2022' });
    expect(text(el, '.correction-current')).to.equal('Now on the map: 2021');
    await send(el);
    await until(() => !!$(el, '.correction-failed'));
    expect(mailLines($<HTMLAnchorElement>(el, '.correction-failed a')!.href)).to.deep.equal({
      'Route id': 'dlr-1',
      Route: 'Techniekroute Twente',
      Field: 'startjaar',
      'Now on the map': '2021',
      Proposed: '2022',
    });
  });
});
