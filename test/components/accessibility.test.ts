import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { mount, removeMounted, adapterOf, text, settle, emulateMediaOrSkip, resetMedia, centre } from './helpers.js';
import { axeViolations } from './axe.js';
import { dlr, glr, leerlab, feedOf, feedUrl } from '../fixtures/feeds.js';
import type { LeerroutesKaart } from '../../src/define.js';

const sample = '/demo/sample-feed.json';
const focused = (el: LeerroutesKaart) => el.shadowRoot!.activeElement as HTMLElement | null;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const view = (el: LeerroutesKaart) => {
  const adapter = adapterOf(el);
  return {
    // [lon, lat]: east is a larger first number, south a smaller second, as in the map's own coordinates.
    getCenter: () => adapter.view().center,
    getZoom: () => adapter.view().zoom,
    getAnimating: () => adapter.view().moving,
  };
};

describe('leerroutes-kaart: accessibility (WCAG 2.1 AA)', () => {
  afterEach(removeMounted);

  describe('axe finds no violations', () => {
    it('when loaded', async () => {
      const { el } = await mount({ src: sample });
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('when filtered to nothing', async () => {
      const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr()])), 'route-type': 'leerlab' });
      expect(text(el, '.map-notice')).to.not.equal('');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('with the detail panel open', async () => {
      const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr(), leerlab()])), selected: 'dlr-1' });
      expect(text(el, '.panel h2')).to.equal('Techniekroute Twente');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('in list view, with a filter menu open', async () => {
      const { el } = await mount({ src: sample, view: 'list' });
      el.shadowRoot!.querySelector<HTMLDetailsElement>('details[data-filter="profile"]')!.open = true;
      await settle(el);
      expect(el.shadowRoot!.querySelectorAll('.list-route').length).to.be.greaterThan(10);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('with a feed error', async () => {
      const { el } = await mount({ src: feedUrl('not json') });
      expect(text(el, '[role="alert"]')).to.include('geen geldige JSON');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('on a narrow screen with the filters and a panel open', async () => {
      const { el } = await mount({ src: sample, selected: 'dlr-2017-0001' });
      el.style.width = '320px';
      await settle(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!.click();
      await settle(el);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('reaches a route in the list with Tab, opens it with Enter, and returns there on Escape', async () => {
      const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr(), leerlab()])) });
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
      for (let i = 0; i < 10 && !focused(el)?.classList.contains('list-route'); i++) await sendKeys({ press: 'Tab' });
      const route = focused(el)!;
      expect(route.classList.contains('list-route'), 'Tab reached a route in the list').to.equal(true);
      expect(getComputedStyle(route).outlineStyle, 'focus is visible').to.equal('solid');
      const naam = route.querySelector('.list-route-name')!.textContent!;

      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(focused(el)?.classList.contains('panel-title'), 'focus moved to the panel heading').to.equal(true);
      expect(focused(el)!.textContent).to.equal(naam);

      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(el.shadowRoot!.querySelector('.panel')).to.equal(null);
      expect(focused(el), 'focus is back on the route').to.equal(route);
    });

    it('pans the focused map with the arrow keys and zooms with + and -', async () => {
      const { el } = await mount({ src: sample });
      el.shadowRoot!.querySelector<HTMLElement>('.map')!.focus();
      const [x0, y0] = view(el).getCenter();
      // Each step glides: waited for up to 3 s (a loaded WebKit took longer than 400 ms to start the first one).
      const until = async (moved: () => boolean) => {
        for (let waited = 0; waited < 3000 && !moved(); waited += 50) await pause(50);
      };
      // A key pressed during the previous glide starts a glide beside it, and whichever ends last sets the centre
      // (OpenLayers runs animations in parallel): each key waits for the glide before it to end, as a person would.
      const glided = () => until(() => !view(el).getAnimating());
      await sendKeys({ press: 'ArrowRight' });
      await until(() => view(el).getCenter()[0]! > x0!);
      await glided();
      expect(view(el).getCenter()[0], 'moved east').to.be.greaterThan(x0!);
      await sendKeys({ press: 'ArrowDown' });
      await until(() => view(el).getCenter()[1]! < y0!);
      await glided();
      expect(view(el).getCenter()[1], 'moved south').to.be.lessThan(y0!);
      const zoom = view(el).getZoom()!;
      await sendKeys({ press: '+' });
      await until(() => view(el).getZoom()! > zoom);
      expect(view(el).getZoom()).to.be.greaterThan(zoom);
    });

    it('leaves the map alone while typing in the search field', async () => {
      const { el } = await mount({ src: sample });
      const zoom = view(el).getZoom();
      const [x0] = view(el).getCenter();
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
      await sendKeys({ type: '+-' });
      await sendKeys({ press: 'ArrowLeft' });
      await pause(400);
      expect(view(el).getZoom()).to.equal(zoom);
      expect(view(el).getCenter()[0]).to.equal(x0);
    });

    it('moves into the pins nearest the centre with Enter on the map', async () => {
      const { el } = await mount({ src: sample });
      el.shadowRoot!.querySelector<HTMLElement>('.map')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(text(el, '.panel h2')).to.equal('Scholen in het midden van de kaart');
      expect(focused(el)?.classList.contains('panel-title')).to.equal(true);
      const schools = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.panel .panel-route');
      expect(schools.length).to.equal(8);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(schools[0]);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(focused(el)?.classList.contains('panel-title')).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(focused(el)?.classList.contains('map'), 'focus back on the map').to.equal(true);
    });

    it('shows a visible focus ring on the map, over its canvas', async () => {
      const { el } = await mount({ src: feedUrl(feedOf([dlr()])) });
      const map = el.shadowRoot!.querySelector<HTMLElement>('.map')!;
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
      for (let i = 0; i < 40 && focused(el) !== map; i++) await sendKeys({ press: 'Tab' });
      expect(focused(el), 'Tab reaches the map').to.equal(map);
      const ring = getComputedStyle(map, '::after');
      expect(ring.boxShadow).to.include('4px');
      expect(Number(ring.zIndex), 'drawn above the canvas').to.be.greaterThan(0);
      map.blur();
      expect(getComputedStyle(map, '::after').boxShadow).to.equal('none');
    });

    it('says visibly, not only to screen readers, when Enter finds no school near the centre', async () => {
      const { el } = await mount({ src: feedUrl(feedOf([dlr()])) });
      // Somewhere in the North Sea, close up: no school near the centre.
      adapterOf(el).lookAt([3.59, 50.88], 14);
      await settle(el);
      el.shadowRoot!.querySelector<HTMLElement>('.map')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(text(el, '.map-hint')).to.equal('Geen scholen in beeld. Zoom uit of verschuif de kaart.');
      expect(text(el, '[aria-live="polite"]')).to.equal('Geen scholen in beeld. Zoom uit of verschuif de kaart.');
    });

    it('marks the pin of the route that has focus in the list', async () => {
      const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr()])) });
      el.shadowRoot!.querySelector<HTMLButtonElement>('.list-route[data-route="glr-1"]')!.focus();
      expect(adapterOf(el).highlightedPin).to.equal('brin:34CD');
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
      expect(adapterOf(el).highlightedPin).to.equal(undefined);
    });
  });

  describe('screen readers', () => {
    it('is a labelled region, hides the canvas, and describes the map keys', async () => {
      const { el } = await mount({ src: feedUrl(feedOf([dlr()])), label: 'Leerroutes in Twente' });
      const region = el.shadowRoot!.querySelector('[role="region"]')!;
      expect(region.getAttribute('aria-label')).to.equal('Leerroutes in Twente');
      expect(el.shadowRoot!.querySelector('.ol-layers')!.getAttribute('aria-hidden')).to.equal('true');
      const map = el.shadowRoot!.querySelector('.map')!;
      const help = el.shadowRoot!.getElementById(map.getAttribute('aria-describedby')!)!;
      expect(help.textContent).to.include('Pijltjestoetsen');
    });

    it('announces the number of routes found after a search, politely', async () => {
      const { el } = await mount({ src: sample });
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.focus();
      // "Zwol": WebKitGTK's WebDriver drops the second of two equal keys in a row ("Zwolle" arrives as "Zwole").
      await sendKeys({ type: 'Zwol' });
      await pause(900);
      await settle(el);
      const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
      const count = el.visibleRouteIds.length;
      expect(count).to.be.greaterThan(0).and.below(520);
      expect(live.textContent!.trim()).to.equal(`${count} routes gevonden`);
      expect(text(el, '.toolbar-count')).to.equal(`${count} van 520 routes`);
    });

    it('presets the search with the search attribute', async () => {
      const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr(), leerlab()])), search: 'rotterdam' });
      expect(el.visibleRouteIds).to.deep.equal(['glr-1']);
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('rotterdam');
    });
  });

  describe('gestures and views', () => {
    it('scrolls the page on a plain wheel, with a hint, and zooms with Ctrl + wheel', async () => {
      const { el } = await mount({ src: sample });
      const viewport = el.shadowRoot!.querySelector('.ol-viewport')!;
      const box = viewport.getBoundingClientRect();
      const wheel = (ctrlKey: boolean) =>
        viewport.dispatchEvent(
          new WheelEvent('wheel', {
            deltaY: -300,
            ctrlKey,
            clientX: box.x + 200,
            clientY: box.y + 200,
            bubbles: true,
            composed: true,
            cancelable: true,
          }),
        );
      const zoom = view(el).getZoom();
      wheel(false);
      await settle(el);
      expect(text(el, '.map-hint')).to.equal('Gebruik Ctrl + scrollen om in of uit te zoomen');
      await pause(600);
      expect(view(el).getZoom()).to.equal(zoom);
      wheel(true);
      await pause(700);
      expect(view(el).getZoom()).to.be.greaterThan(zoom);
    });

    it('zooms on a plain wheel with wheel-zoom', async () => {
      const { el } = await mount({ src: sample, 'wheel-zoom': true });
      const viewport = el.shadowRoot!.querySelector('.ol-viewport')!;
      const box = viewport.getBoundingClientRect();
      const zoom = view(el).getZoom();
      viewport.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: -300,
          clientX: box.x + 200,
          clientY: box.y + 200,
          bubbles: true,
          composed: true,
          cancelable: true,
        }),
      );
      await pause(700);
      expect(view(el).getZoom()).to.be.greaterThan(zoom);
      expect(el.shadowRoot!.querySelector('.map-hint')).to.equal(null);
    });

    it('shows map and list side by side on a wide screen, and a Kaart | Lijst toggle on a narrow one', async () => {
      const { el } = await mount({ src: sample });
      const list = el.shadowRoot!.querySelector<HTMLElement>('.list-pane')!;
      const stage = el.shadowRoot!.querySelector<HTMLElement>('.stage')!;
      const toggle = el.shadowRoot!.querySelector<HTMLElement>('.toolbar-views')!;
      expect(list.offsetWidth).to.be.greaterThan(0);
      expect(stage.offsetWidth).to.be.greaterThan(0);
      // Side by side, the toggle offers only the map (with its list) and the regions.
      expect(toggle.querySelector<HTMLElement>('.toolbar-view-list')!.offsetWidth).to.equal(0);
      expect(toggle.querySelector<HTMLElement>('.toolbar-view-regions')!.offsetWidth).to.be.greaterThan(0);

      el.style.width = '360px';
      await settle(el);
      expect(toggle.offsetWidth).to.be.greaterThan(0);
      expect(list.offsetWidth, 'map first').to.equal(0);
      const [, listButton] = toggle.querySelectorAll('button');
      await sendMouse({ type: 'click', position: centre(listButton!) });
      await settle(el);
      expect(listButton!.getAttribute('aria-pressed')).to.equal('true');
      expect(list.offsetWidth).to.be.greaterThan(0);
      expect(stage.offsetWidth).to.equal(0);
    });

    it('shows only the list with view="list", with a way back to the map', async () => {
      const { el } = await mount({ src: sample, view: 'list' });
      expect(el.shadowRoot!.querySelector<HTMLElement>('.stage')!.offsetWidth).to.equal(0);
      const toggle = el.shadowRoot!.querySelector<HTMLElement>('.toolbar-views')!;
      expect(toggle.offsetWidth).to.be.greaterThan(0);
      // Opening a route from the list shows its details over the list.
      el.shadowRoot!.querySelector<HTMLButtonElement>('.list-route')!.click();
      await settle(el);
      expect(el.shadowRoot!.querySelector<HTMLElement>('.panel')!.offsetWidth).to.be.greaterThan(0);
    });

    it('renders a long list a page at a time', async () => {
      const { el } = await mount({ src: sample, view: 'list' });
      const schools = () => el.shadowRoot!.querySelectorAll('.list-school').length;
      expect(schools()).to.equal(60);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.list-more')!.click();
      await settle(el);
      expect(schools()).to.equal(120);
      expect(text(el, '.list-more')).to.equal('Toon meer scholen (nog 50)');
    });
  });
});

describe('leerroutes-kaart: motion, reflow and touch', () => {
  afterEach(async () => {
    removeMounted();
    await resetMedia();
  });

  it('jumps instead of gliding when the visitor prefers reduced motion', async function () {
    await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
    const { el } = await mount({ src: '/demo/sample-feed.json' });
    const [x0] = view(el).getCenter();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.list-route')!.click();
    await el.updateComplete;
    expect(view(el).getAnimating(), 'no animation').to.equal(false);
    expect(view(el).getCenter()[0], 'already moved').to.not.equal(x0);
  });

  it('reflows at 320 CSS pixels (400 % zoom) without sideways scrolling', async () => {
    const { el } = await mount({ src: '/demo/sample-feed.json', selected: 'dlr-2017-0001' });
    el.style.width = '320px';
    await settle(el);
    for (const selector of ['.frame', '.toolbar', '.panel']) {
      const box = el.shadowRoot!.querySelector<HTMLElement>(selector)!;
      expect(box.scrollWidth, selector).to.be.at.most(box.clientWidth + 1);
    }
    // Every field of the route is still there.
    expect(el.shadowRoot!.querySelectorAll('.panel .panel-facts dt').length).to.be.greaterThan(5);
  });

  it("keeps every control of the toolbar inside the element on a phone, at the visitor's larger text sizes too", async () => {
    const { el } = await mount({ src: '/demo/sample-feed.json' });
    const root = document.documentElement;
    const outside: string[] = [];
    try {
      for (const textSize of ['16px', '20px', '24px']) {
        // The element's text grows with the page's root size (a visitor's browser setting), never below 16px.
        root.style.fontSize = textSize;
        for (const width of [248, 280, 320, 390]) {
          el.style.width = `${width}px`;
          await settle(el);
          const host = el.getBoundingClientRect();
          for (const control of el.shadowRoot!.querySelectorAll<HTMLElement>('.toolbar button, .toolbar input')) {
            const box = control.getBoundingClientRect();
            if (box.width === 0) continue;
            if (box.left < host.left - 0.5 || box.right > host.right + 0.5) {
              outside.push(`${width} px at ${textSize}: "${control.textContent!.trim() || control.className}"`);
            }
          }
          const toolbar = el.shadowRoot!.querySelector<HTMLElement>('.toolbar')!;
          if (toolbar.scrollWidth > toolbar.clientWidth + 1)
            outside.push(`${width} px at ${textSize}: the toolbar scrolls`);
        }
      }
    } finally {
      root.style.fontSize = '';
    }
    expect(outside).to.deep.equal([]);
  });

  it("folds the filters on a wider element when the visitor's text is larger (the layout follows the text size)", async () => {
    const { el } = await mount({ src: '/demo/sample-feed.json' });
    el.style.width = '700px';
    await settle(el);
    const toggle = () => el.shadowRoot!.querySelector<HTMLElement>('.filters-toggle')!;
    expect(getComputedStyle(toggle()).display, '700 px at 16px text: filters side by side').to.equal('none');
    document.documentElement.style.fontSize = '20px';
    try {
      await settle(el);
      expect(getComputedStyle(toggle()).display, '700 px at 20px text: folded behind one button').to.not.equal('none');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('leaves one-finger swipes to the page', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])) });
    const viewport = el.shadowRoot!.querySelector<HTMLElement>('.ol-viewport')!;
    expect(viewport.style.touchAction).to.equal('pan-x pan-y');
  });

  it('says how to move the map when one finger swipes over it', async function () {
    // Desktop Firefox has no touch events to simulate; WebKitGTK has the Touch type but no constructor for it.
    if (typeof Touch === 'undefined') this.skip();
    try {
      new Touch({ identifier: 0, target: document.body });
    } catch {
      this.skip();
    }
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])) });
    const map = el.shadowRoot!.querySelector<HTMLElement>('.map')!;
    const box = map.getBoundingClientRect();
    const touch = new Touch({ identifier: 1, target: map, clientX: box.x + 50, clientY: box.y + 50 });
    map.dispatchEvent(new TouchEvent('touchmove', { touches: [touch], bubbles: true, composed: true }));
    await settle(el);
    expect(text(el, '.map-hint')).to.equal('Gebruik twee vingers om de kaart te verplaatsen');
  });
});
