/**
 * The detail panel's code is not part of the first view: it is asked for in idle time once the pins are drawn, and a
 * panel opened before it came shows its frame with a loading line, then the route, with focus on its title. On the
 * built bundle, in a frame, with the panel's chunk answered late or not at all by the test server's /__slowpart/.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { dlr, feedOf, glr } from '../fixtures/feeds.js';
import type { LeerroutesKaart } from '../../src/define.js';

interface Frame {
  window: Window & typeof globalThis;
  element: LeerroutesKaart;
  remove(): void;
}

let pages = 0;

/** A page with the README's snippet; the panel's chunk comes `delay` ms late (or, with 'fail', never). */
async function openPage(attributes: string, delay: number | 'fail'): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.srcdoc = `<!doctype html><html lang="nl"><body style="margin:0">
<script src="/__slowpart/detail-panel/${delay}/~detail-${++pages}-${Date.now()}/dist/leerroutes-kaart.js"></script>
<leerroutes-kaart ${attributes}></leerroutes-kaart><p>Tekst onder de kaart.</p></body></html>`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('p'), 'the page is parsed', { timeout: 10000 });
  return {
    window: frame.contentWindow as Frame['window'],
    element: frame.contentDocument!.querySelector('leerroutes-kaart') as LeerroutesKaart,
    remove: () => frame.remove(),
  };
}

async function serveFeed(name: string): Promise<string> {
  const feed = feedOf([dlr('dlr-1', {}, { naam: 'Zorg en welzijn in Enschede' }), glr('glr-1')]);
  await fetch(`/__feed/${name}`, { method: 'PUT', body: JSON.stringify(feed) });
  return `/__feed/${name}`;
}

const panelRequests = (frame: Frame) =>
  frame.window.performance.getEntriesByType('resource').filter((entry) => /\.detail-panel-/.test(entry.name));
/** The element's shadow root: none until its code has come (a list first view is drawn by the element). */
const shadow = (frame: Frame) => frame.element.shadowRoot ?? document.createDocumentFragment();
const nextFrame = (frame: Frame) => new Promise((resolve) => frame.window.requestAnimationFrame(resolve));

/** Opens the list's first route as a visitor does: focus on it, then a click. */
async function openFirstRoute(frame: Frame): Promise<string> {
  await waitUntil(() => shadow(frame).querySelector('.list-route'), 'the list shows the routes', { timeout: 10000 });
  const route = shadow(frame).querySelector<HTMLButtonElement>('.list-route')!;
  route.focus();
  route.click();
  await nextFrame(frame);
  return route.querySelector('.list-route-name')!.textContent!.trim();
}

describe('leerroutes-kaart: the detail panel on demand', function () {
  this.timeout(20000);

  it('asks for the panel after the first pins, without a click, so that a click rarely waits', async () => {
    const frame = await openPage(`src="${await serveFeed(`detail-${Date.now()}`)}" basemap="none"`, 0);
    try {
      await waitUntil(() => panelRequests(frame).length > 0, "the panel's code asked for in idle time", {
        timeout: 10000,
      });
      const pins = frame.window.performance.getEntriesByName('leerroutes-kaart:first-pins')[0];
      expect(pins, 'the pins were drawn').to.not.equal(undefined);
      expect(panelRequests(frame)[0]!.startTime, 'after the pins').to.be.above(pins!.startTime);
      expect(shadow(frame).querySelector('.panel'), 'no panel opened').to.equal(null);
    } finally {
      frame.remove();
    }
  });

  it('shows a panel opened before its code came as loading, then the route with focus on its title', async () => {
    const frame = await openPage(`src="${await serveFeed(`detail-late-${Date.now()}`)}" view="list"`, 2500);
    try {
      const naam = await openFirstRoute(frame);
      const waiting = shadow(frame).querySelector('.panel');
      expect(waiting?.getAttribute('aria-busy'), 'the panel is loading').to.equal('true');
      expect(waiting!.textContent).to.contain('Details laden');
      expect(getComputedStyle(waiting!).position, "the panel's frame is styled").to.equal('absolute');

      await frame.element.updateComplete;
      const title = shadow(frame).querySelector('.panel-title');
      expect(title?.textContent?.trim(), 'updateComplete waited for the route').to.equal(naam);
      await waitUntil(
        () => frame.element.shadowRoot!.activeElement === title,
        'focus moved to the title when it came',
        {
          timeout: 2000,
        },
      );
      expect(shadow(frame).querySelector('.panel')!.hasAttribute('aria-busy')).to.equal(false);
    } finally {
      frame.remove();
    }
  });

  it('says so when the panel cannot be loaded, and closes', async () => {
    const frame = await openPage(`src="${await serveFeed(`detail-fail-${Date.now()}`)}" view="list"`, 'fail');
    try {
      await openFirstRoute(frame);
      await waitUntil(
        () => shadow(frame).querySelector('.panel [role="alert"]'),
        'the panel says its details did not come',
        { timeout: 10000 },
      );
      expect(shadow(frame).querySelector('.panel')!.textContent).to.contain('konden niet worden geladen');
      shadow(frame).querySelector<HTMLButtonElement>('.panel .panel-close')!.click();
      await frame.element.updateComplete;
      expect(shadow(frame).querySelector('.panel'), 'closed').to.equal(null);
      expect(frame.element.selected).to.equal(null);
    } finally {
      frame.remove();
    }
  });
});
