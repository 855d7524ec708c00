import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { mount, removeMounted, text, settle, emulateMediaOrSkip, resetMedia, centre, adapterOf } from './helpers.js';
import { dlr, glr, leerlab, feedOf, feedUrl } from '../fixtures/feeds.js';
import { nl } from '../../src/i18n/nl.js';
import { en } from '../../src/i18n/en.js';
import { basemapAttribution } from '../../src/map/basemap.js';
import { PlainAttribution } from '../../src/map/plain-attribution.js';
import type { LeerroutesKaart } from '../../src/define.js';

const center = (el: LeerroutesKaart) => adapterOf(el).view().center;

/** Replaces the browser's geolocation with one that answers as given. */
function fakeGeolocation(answer: { lon: number; lat: number } | { code: number }) {
  const geolocation = {
    getCurrentPosition(success: PositionCallback, failure: PositionErrorCallback) {
      setTimeout(() => {
        if ('code' in answer) {
          failure({
            code: answer.code,
            message: '',
            PERMISSION_DENIED: 1,
            POSITION_UNAVAILABLE: 2,
            TIMEOUT: 3,
          } as GeolocationPositionError);
        } else {
          success({ coords: { longitude: answer.lon, latitude: answer.lat, accuracy: 20 } } as GeolocationPosition);
        }
      }, 10);
    },
  };
  Object.defineProperty(navigator, 'geolocation', { value: geolocation, configurable: true });
}

describe('leerroutes-kaart: full screen, my location, print, language', () => {
  afterEach(async () => {
    removeMounted();
    delete (navigator as { geolocation?: unknown }).geolocation;
    await resetMedia();
    if (document.fullscreenElement) await document.exitFullscreen();
  });

  it('asks for the location only when asked, and centres the map there', async () => {
    fakeGeolocation({ lon: 5.12, lat: 52.09 });
    const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr()])) });
    const before = center(el)[0];
    el.shadowRoot!.querySelector<HTMLButtonElement>('.map-locate')!.click();
    await new Promise((resolve) => setTimeout(resolve, 800));
    await settle(el);
    expect(text(el, '.map-location')).to.equal('De kaart toont nu uw omgeving.');
    expect(center(el)[0]).to.be.closeTo(5.12, 0.01);
    expect(before).to.not.be.closeTo(5.12, 0.01);
  });

  it('says clearly when the location is refused or abroad, and leaves the map be', async () => {
    fakeGeolocation({ code: 1 });
    const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr()])) });
    const before = center(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.map-locate')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await settle(el);
    expect(text(el, '.map-location')).to.equal(nl.ui.locationDenied);
    expect(center(el)).to.deep.equal(before);

    fakeGeolocation({ lon: 2.35, lat: 48.85 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('.map-locate')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await settle(el);
    expect(text(el, '.map-location')).to.equal(nl.ui.locationOutside);
    expect(center(el)).to.deep.equal(before);
  });

  it('lays out the map controls without overlap, on wide and narrow screens', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])) });
    const viewport = el.shadowRoot!.querySelector('.ol-viewport')!;
    for (const [width, touch] of [
      ['900px', false],
      ['360px', false],
      ['360px', true],
    ] as const) {
      // OpenLayers marks touch devices with .ol-touch and enlarges its buttons there.
      viewport.classList.toggle('ol-touch', touch);
      el.style.width = width;
      await settle(el);
      const boxes = ['.ol-zoom-in', '.ol-zoom-out', '.map-fullscreen', '.map-locate'].map((selector) =>
        el.shadowRoot!.querySelector(selector)!.getBoundingClientRect(),
      );
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap, `controls ${i} and ${j} overlap at ${width}${touch ? ' (touch)' : ''}`).to.equal(false);
        }
      }
      expect(
        boxes.every((box) => box.width >= 30 && box.height >= 30),
        'controls at least 30 px',
      ).to.equal(true);
    }
  });

  it('goes full screen and back', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])) });
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.map-fullscreen')!;
    await sendMouse({ type: 'click', position: centre(button) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle(el);
    expect(document.fullscreenElement).to.equal(el);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.equal(window.innerHeight);
    await sendMouse({ type: 'click', position: centre(el.shadowRoot!.querySelector('.map-fullscreen')!) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle(el);
    expect(document.fullscreenElement).to.equal(null);
  });

  it('prints the map and the whole list, without controls', async function () {
    const { el } = await mount({ src: '/demo/sample-feed.json' });
    await emulateMediaOrSkip(this, { media: 'print' });
    await settle(el);
    const display = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).display;
    expect(display('.toolbar-search')).to.equal('none');
    expect(display('.filters')).to.equal('none');
    expect(display('.map-tools')).to.equal('none');
    expect(display('.stage')).to.equal('block');
    const list = el.shadowRoot!.querySelector<HTMLElement>('.list-pane')!;
    expect(display('.list-pane')).to.equal('block');
    expect(getComputedStyle(list).overflow).to.equal('visible');
  });

  it('builds the list only while it shows: on screen or printed', async () => {
    const { el } = await mount({ src: '/demo/sample-feed.json', view: 'map' });
    const schools = () => el.shadowRoot!.querySelectorAll('.list-school').length;
    expect(schools(), 'map only').to.equal(0);

    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    expect(schools(), 'while printing: all of them, paper has no "show more"').to.equal(170);
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(schools(), 'after printing').to.equal(0);

    const [, listButton] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar-views button');
    await sendMouse({ type: 'click', position: centre(listButton!) });
    await settle(el);
    // The pane's observer reports it on screen in the next rendering step (before that frame is painted).
    await waitUntil(() => schools() > 0, 'the list never appeared', { timeout: 1000 });
    expect(schools(), 'the visitor chose the list').to.equal(60);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.list-school')!.offsetHeight).to.be.greaterThan(0);
  });

  it('prints the list of a map-only embed (print media)', async function () {
    const { el } = await mount({ src: '/demo/sample-feed.json', view: 'map' });
    await emulateMediaOrSkip(this, { media: 'print' });
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('.list-school').length).to.equal(170);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.list-school')!.offsetHeight).to.be.greaterThan(0);
  });

  it('leaves no Dutch in the interface with lang="en"', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr(), leerlab()])), lang: 'en', selected: 'dlr-1' });
    el.shadowRoot!.querySelector<HTMLDetailsElement>('details')!.open = true;
    await settle(el);
    // Every fixed Dutch string that has its own English text must be absent from the interface's own text.
    const dutch = new Set<string>();
    const collect = (nlValue: unknown, enValue: unknown) => {
      if (typeof nlValue === 'string' && nlValue !== enValue && nlValue.length > 3) dutch.add(nlValue);
      else if (nlValue && typeof nlValue === 'object')
        for (const key of Object.keys(nlValue))
          collect((nlValue as Record<string, unknown>)[key], (enValue as Record<string, unknown>)[key]);
    };
    collect({ ui: nl.ui, detail: nl.detail, kind: nl.kind }, { ui: en.ui, detail: en.detail, kind: en.kind });
    const chrome = [
      ...el.shadowRoot!.querySelectorAll(
        '.toolbar, .legend, .panel dt, .panel button, .panel-subtitle, .panel-correction, .footer, .map-tools, #map-help',
      ),
    ]
      .map((node) => node.textContent)
      .join('\n');
    const labels = [...el.shadowRoot!.querySelectorAll('[aria-label], [title], [placeholder]')]
      .map(
        (node) =>
          `${node.getAttribute('aria-label') ?? ''} ${node.getAttribute('title') ?? ''} ${node.getAttribute('placeholder') ?? ''}`,
      )
      .join('\n');
    for (const phrase of dutch) expect(`${chrome}\n${labels}`, phrase).not.to.include(phrase);
    expect(chrome).to.include('Continuous learning route (DLR)');
    expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('lang')).to.equal('en');
    expect(text(el, '.footer')).to.equal('updated 15 October 2026 Test');
  });
});

describe('leerroutes-kaart: the map speaks the language of the interface', () => {
  afterEach(removeMounted);

  // No tile basemap here: without network its tiles never settle, and the test would wait on them.
  it('renames its zoom buttons when lang changes after the map was made', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])) });
    const title = (selector: string) => el.shadowRoot!.querySelector(selector)!.getAttribute('title');
    expect([title('.ol-zoom-in'), title('.ol-zoom-out')]).to.deep.equal(['Inzoomen', 'Uitzoomen']);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect([title('.ol-zoom-in'), title('.ol-zoom-out')]).to.deep.equal(['Zoom in', 'Zoom out']);
  });

  it("writes the basemap's credit in the interface's language, as plain text", () => {
    expect(basemapAttribution('osm', nl)).to.equal('© OpenStreetMap-bijdragers');
    expect(basemapAttribution('osm', en)).to.equal('© OpenStreetMap contributors');
    expect(basemapAttribution('pdok-grijs', en)).to.equal(en.attribution.pdok);
    // Without tiles the offline outline shows, whose Netherlands is CBS's.
    expect(basemapAttribution('none', nl)).to.equal('Omtrek Nederland: CBS, CC-BY 4.0');
    const control = new PlainAttribution() as unknown as { setText(text: string): void; element: HTMLElement };
    control.setText('<b>x</b>');
    expect(control.element.textContent).to.equal('<b>x</b>');
    expect(control.element.querySelector('b')).to.equal(null);
  });
});
