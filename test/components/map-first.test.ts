/**
 * The map first: on a page with the README's snippet, the pins are on the map as soon as the map's code and the feed
 * are in, while the element's own code (Lit, the interface) is still on its way; the element then takes that very
 * map over. On the built bundle, in a frame, with the element's file answered late (the test server's
 * /__slowpart/).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { dlr, feedOf, feedUrl } from '../fixtures/feeds.js';
import { adapterOf, viewState } from './helpers.js';
import type { LeerroutesKaart } from '../../src/define.js';

interface Frame {
  window: Window & typeof globalThis;
  document: Document;
  element: LeerroutesKaart;
  remove(): void;
}

const SLOW_MS = 2500;
/** Pages opened: each asks for the bundle under an address of its own (none comes from the browser's cache). */
let pages = 0;

/**
 * A page with the snippet (after `before`, the page's own markup); the element's own file comes `SLOW_MS` late,
 * everything else at once.
 */
async function openPage(attributes: string, width = 900, before = ''): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '700px';
  frame.style.border = '0';
  frame.srcdoc = `<!doctype html><html lang="nl"><body style="margin:0">${before}
<script src="/__slowpart/element/${SLOW_MS}/~${++pages}-${Date.now()}/dist/leerroutes-kaart.js"></script>
<leerroutes-kaart ${attributes}></leerroutes-kaart><p>Tekst onder de kaart.</p></body></html>`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('p'), 'the page is parsed', { timeout: 10000 });
  return {
    window: frame.contentWindow as Frame['window'],
    document: frame.contentDocument!,
    element: frame.contentDocument!.querySelector('leerroutes-kaart') as LeerroutesKaart,
    remove: () => frame.remove(),
  };
}

const firstPinsMarks = (frame: Frame) => frame.window.performance.getEntriesByName('leerroutes-kaart:first-pins');
const defined = (frame: Frame) => !!frame.window.customElements.get('leerroutes-kaart');

/** Pixels of the DLR green on the pins' canvas. */
function greenPixels(canvas: HTMLCanvasElement): number {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
    if (a > 200 && g > r + 40 && g > b + 20) count++;
  }
  return count;
}

const pinsCanvas = (frame: Frame) => frame.element.shadowRoot?.querySelector<HTMLCanvasElement>('.pins canvas');

async function interfaceReady(frame: Frame): Promise<void> {
  await frame.window.customElements.whenDefined('leerroutes-kaart');
  await frame.element.whenMapRendered();
}

describe('leerroutes-kaart: the map before the interface', function () {
  this.timeout(30000);

  it("draws the pins while the element's code is on its way, and the element takes that map over", async () => {
    const frame = await openPage(`src="${feedUrl(feedOf([dlr()]))}" basemap="none"`);
    try {
      await waitUntil(() => firstPinsMarks(frame).length > 0, 'pins drawn', { timeout: 10000 });
      expect(defined(frame), "the element's code is still on its way").to.equal(false);
      expect(greenPixels(pinsCanvas(frame)!), "the DLR pin's green on the canvas").to.be.above(100);
      const viewport = frame.element.shadowRoot!.querySelector('.ol-viewport');
      // Only the map: no toolbar, no list before the interface's code.
      expect(frame.element.shadowRoot!.querySelectorAll('.toolbar, .list-pane, input')).to.have.length(0);

      await interfaceReady(frame);
      const root = frame.element.shadowRoot!;
      expect(root.querySelectorAll('.ol-viewport'), 'one map').to.have.length(1);
      // Compared, not printed: chai would try to print another window's elements.
      const same = root.querySelector('.map > .ol-viewport') === viewport;
      expect(same, 'the very map, now in the interface').to.equal(true);
      expect(greenPixels(pinsCanvas(frame)!), 'its pin still drawn').to.be.above(100);
      expect(firstPinsMarks(frame), 'the first pins were drawn once').to.have.length(1);
      expect(frame.element.visibleRouteIds).to.deep.equal(['dlr-1']);
    } finally {
      frame.remove();
    }
  });

  it('leaves nothing of an early map whose drawing failed: the element draws its own', async () => {
    // A browser that gives no canvas (as a privacy add-on may) until the test allows it: the early map fails.
    const frame = await openPage(
      `src="${feedUrl(feedOf([dlr()]))}" basemap="none"`,
      900,
      `<script>
window.warnings = [];
const warn = console.warn;
console.warn = (...args) => { warnings.push(String(args[0])); warn(...args); };
const getContext = HTMLCanvasElement.prototype.getContext;
HTMLCanvasElement.prototype.getContext = () => null;
window.allowCanvas = () => (HTMLCanvasElement.prototype.getContext = getContext);
</script>`,
    );
    const frameWindow = frame.window as Frame['window'] & { warnings: string[]; allowCanvas(): void };
    try {
      await waitUntil(
        () => frameWindow.warnings.some((text) => /could not be drawn before the interface/.test(text)),
        'the early map failed, and said so',
        { timeout: 10000 },
      );
      expect(defined(frame), "the element's code is still on its way").to.equal(false);
      expect(frame.element.shadowRoot?.childElementCount ?? 0, 'nothing of it left in the element').to.equal(0);
      frameWindow.allowCanvas();
      await interfaceReady(frame);
      const root = frame.element.shadowRoot!;
      expect(
        [...root.children].map((child) => child.localName + (child.className ? `.${child.className}` : '')),
        'only the interface in its root',
      ).to.deep.equal(['div.frame']);
      expect(greenPixels(pinsCanvas(frame)!), "the element's own map shows the pin").to.be.above(100);
    } finally {
      frame.remove();
    }
  });

  it('answers keys and picks as the interface says, once the interface has it', async () => {
    const frame = await openPage(`src="${feedUrl(feedOf([dlr()]))}" basemap="none"`);
    try {
      await waitUntil(() => firstPinsMarks(frame).length > 0, 'pins drawn', { timeout: 10000 });
      await interfaceReady(frame);
      const el = frame.element;
      const map = el.shadowRoot!.querySelector<HTMLElement>('.map')!;
      // Keys on the interface's map element (OpenLayers listened on the early map's container before).
      const zoom = viewState(el).zoom!;
      map.focus();
      map.dispatchEvent(new frame.window.KeyboardEvent('keydown', { key: '-', bubbles: true }));
      await waitUntil(() => viewState(el).zoom! < zoom - 0.5, 'zoomed out by a key', { timeout: 5000 });
      await el.whenMapRendered();
      // A click on the pin opens its route.
      const [x, y] = adapterOf(el).pixelOfPin('brin:12AB-01')!;
      const frameBox = frame.window.frameElement!.getBoundingClientRect();
      const mapBox = map.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(frameBox.left + mapBox.left + x), Math.round(frameBox.top + mapBox.top + y)],
      });
      await waitUntil(() => el.selected === 'dlr-1', 'the route opened by a click on its pin', { timeout: 5000 });
    } finally {
      frame.remove();
    }
  });

  it('leaves the first view to the element where it is not the whole map of the presets', async () => {
    for (const attributes of ['view="list"', 'near="7511"', 'selected="dlr-1"', 'region="Twente" lock-region']) {
      const frame = await openPage(`src="${feedUrl(feedOf([dlr()]))}" basemap="none" ${attributes}`);
      try {
        // Long enough for the map's code and the feed (which the entry still asks for at once).
        await new Promise((resolve) => setTimeout(resolve, 800));
        expect(defined(frame), attributes).to.equal(false);
        expect(frame.element.shadowRoot === null, `${attributes}: nothing drawn before the element`).to.equal(true);
        await interfaceReady(frame);
      } finally {
        frame.remove();
      }
    }
  });

  it('follows an attribute a script changed between the first pins and the interface', async () => {
    const frame = await openPage(`src="${feedUrl(feedOf([dlr()]))}" basemap="none"`);
    try {
      await waitUntil(() => firstPinsMarks(frame).length > 0, 'pins drawn', { timeout: 10000 });
      frame.element.setAttribute('route-type', 'GLR');
      await interfaceReady(frame);
      expect(frame.element.visibleRouteIds).to.deep.equal([]);
      expect(greenPixels(pinsCanvas(frame)!), 'the DLR pin is gone').to.equal(0);
    } finally {
      frame.remove();
    }
  });

  it("says so when the early map's tiles could not be loaded", async () => {
    // No network in tests: every PDOK tile fails, most likely before the interface's code comes.
    const frame = await openPage(`src="${feedUrl(feedOf([dlr()]))}" basemap="pdok"`);
    try {
      await interfaceReady(frame);
      const notice = () => frame.element.shadowRoot!.querySelectorAll('.map-tile-notice');
      await waitUntil(() => notice().length > 0, 'the notice', { timeout: 5000 });
      expect(notice()).to.have.length(1);
      expect(notice()[0]!.textContent!.trim()).to.equal(
        'De achtergrondkaart kon niet worden geladen; u ziet een eenvoudige kaart.',
      );
    } finally {
      frame.remove();
    }
  });

  it('draws the presets: a filtered-out route is not on the early map', async () => {
    const frame = await openPage(`src="${feedUrl(feedOf([dlr()]))}" basemap="none" route-type="GLR"`);
    try {
      // No pin to draw: the interface comes when its code does, and says no route matches.
      await interfaceReady(frame);
      expect(firstPinsMarks(frame)).to.have.length(0);
      expect(frame.element.visibleRouteIds).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
