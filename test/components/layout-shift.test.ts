/**
 * The page under the map does not move when the map's code arrives: the README's snippet (a classic script tag and
 * the element) reserves the element's box before the page's first paint, whatever is late. On the built bundle,
 * in a frame of its own, with everything after the script tag's file answered late (the test server's /__delay/).
 */
import { expect, waitUntil } from '@open-wc/testing';

interface Frame {
  window: Window & typeof globalThis;
  document: Document;
  remove(): void;
}

/** A page of text with the snippet in it: `element` is the element's tag as pasted. */
async function openSnippetPage(element: string, delayMs = 600, scriptType = ''): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  // The page's layout shifts as a whole are measured by bench/host-page.mjs (Chromium's layout-shift entries count
  // the element's own content too); here, what the reservation promises: the page around the element stays put.
  frame.srcdoc = `<!doctype html><html lang="nl"><body style="margin:0;font:16px/1.5 serif">
<h1>Leerroutes</h1><p>Wat kun je na het vmbo?</p>
<script ${scriptType} src="/__delay/${delayMs}/dist/leerroutes-kaart.js"></script>
${element}
<p id="below">Tekst onder de kaart.</p></body></html>`;
  document.body.append(frame);
  // Not the frame's load event: Firefox holds it until the modules the script imports have run. The text under
  // the map is parsed right after the script tag's file has run.
  await waitUntil(() => frame.contentDocument?.getElementById('below'), 'the page is parsed', { timeout: 10000 });
  return {
    window: frame.contentWindow as Frame['window'],
    document: frame.contentDocument!,
    remove: () => frame.remove(),
  };
}

const FEED = 'src="/demo/sample-feed.json" basemap="none"';
const top = (frame: Frame) => frame.document.getElementById('below')!.getBoundingClientRect().top;
const box = (frame: Frame) => frame.document.querySelector('leerroutes-kaart')!.getBoundingClientRect();

/** Until the element is defined and has drawn its pins. */
async function rendered(frame: Frame): Promise<void> {
  await frame.window.customElements.whenDefined('leerroutes-kaart');
  const kaart = frame.document.querySelector('leerroutes-kaart') as HTMLElement & { whenMapRendered(): Promise<void> };
  await kaart.whenMapRendered();
  await new Promise((resolve) => setTimeout(resolve, 200));
}

describe('leerroutes-kaart: no layout shift while its code arrives', function () {
  this.timeout(20000);

  it('holds the default height before its code has arrived, and the text below stays where it was', async () => {
    const frame = await openSnippetPage(`<leerroutes-kaart ${FEED}></leerroutes-kaart>`);
    try {
      expect(!!frame.window.customElements.get('leerroutes-kaart'), 'the code is still on its way').to.equal(false);
      expect(box(frame).height).to.equal(600);
      expect(box(frame).width).to.be.greaterThan(800);
      const before = top(frame);
      await rendered(frame);
      expect(box(frame).height).to.equal(600);
      expect(top(frame)).to.equal(before);
    } finally {
      frame.remove();
    }
  });

  it('reserves the height its `height` attribute asks for, capped as the element caps it', async () => {
    const frame = await openSnippetPage(
      `<leerroutes-kaart ${FEED} height="450px"></leerroutes-kaart><leerroutes-kaart ${FEED} height="9000px" loading="lazy"></leerroutes-kaart>`,
    );
    try {
      const [first, second] = [...frame.document.querySelectorAll('leerroutes-kaart')];
      expect(first!.getBoundingClientRect().height).to.equal(450);
      expect(second!.getBoundingClientRect().height).to.equal(4000);
      await rendered(frame);
      expect(first!.getBoundingClientRect().height).to.equal(450);
    } finally {
      frame.remove();
    }
  });

  it('reserves the height set with --leerroutes-height, and a height set from a script before the code came', async () => {
    const frame = await openSnippetPage(
      `<style>#styled { --leerroutes-height: 380px }</style><leerroutes-kaart id="styled" ${FEED}></leerroutes-kaart>` +
        `<leerroutes-kaart id="scripted" ${FEED}></leerroutes-kaart><script>document.getElementById('scripted').setAttribute('height', '25em')</script>`,
    );
    try {
      expect(frame.document.getElementById('styled')!.getBoundingClientRect().height).to.equal(380);
      // MutationObserver callbacks run before the next paint: the rule is in before anything is seen.
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(frame.document.getElementById('scripted')!.getBoundingClientRect().height).to.equal(400);
    } finally {
      frame.remove();
    }
  });

  it('takes an attribute that is no length, or tries to break out of its rule, for no height at all', async () => {
    const frame = await openSnippetPage(
      `<leerroutes-kaart ${FEED} height='1px}:root{display:none}x{'></leerroutes-kaart><leerroutes-kaart ${FEED} height="hoog"></leerroutes-kaart>`,
    );
    try {
      for (const element of frame.document.querySelectorAll('leerroutes-kaart'))
        expect(element.getBoundingClientRect().height).to.equal(600);
      expect(frame.window.getComputedStyle(frame.document.documentElement).display).to.equal('block');
    } finally {
      frame.remove();
    }
  });

  it('still works when the file is pasted as a module, as the snippet once said', async () => {
    const frame = await openSnippetPage(`<leerroutes-kaart ${FEED}></leerroutes-kaart>`, 0, 'type="module"');
    try {
      await rendered(frame);
      expect(
        (frame.document.querySelector('leerroutes-kaart') as HTMLElement & { visibleRouteIds: string[] })
          .visibleRouteIds,
      ).to.have.length(520);
    } finally {
      frame.remove();
    }
  });
});
