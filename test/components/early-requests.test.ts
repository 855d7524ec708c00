/**
 * The page's classic script asks for the first view's parts and its feed while the module entry is still on its
 * way (a round trip before the entry could): on the built bundle, in a frame, with the entry answered late by the
 * test server's /__slowpart/.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { dlr, feedOf, feedUrl } from '../fixtures/feeds.js';

const ENTRY_LATE_MS = 1500;
/** How long the host page's own script after the element holds the page. */
const HOST_SCRIPT_MS = 600;
let pages = 0;

interface Frame {
  window: Window & typeof globalThis;
  remove(): void;
}

/** A page with the README's snippet and `body` around the element; the entry comes `ENTRY_LATE_MS` late. */
async function openPage(element: string, body = ''): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="nl"><body style="margin:0">${body}
<script src="/__slowpart/entry/${ENTRY_LATE_MS}/~early-${++pages}-${Date.now()}/dist/leerroutes-kaart.js"></script>
${element}<p>Tekst onder de kaart.</p></body></html>`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('p'), 'the page is parsed', { timeout: 10000 });
  return { window: frame.contentWindow as Frame['window'], remove: () => frame.remove() };
}

/** The frame's requests so far, by file name (the feed by its path), each with when it started and ended. */
function requests(frame: Frame): { name: string; startTime: number; responseEnd: number }[] {
  return frame.window.performance.getEntriesByType('resource').map((entry) => ({
    name: new URL(entry.name).pathname.split('/').pop()!,
    startTime: entry.startTime,
    responseEnd: (entry as PerformanceResourceTiming).responseEnd,
  }));
}

const named = (frame: Frame, pattern: RegExp) => requests(frame).filter((r) => pattern.test(r.name));

/** A feed on the test server (`/__feed/<name>`), whose GETs it counts. */
async function serveFeed(name: string): Promise<string> {
  await fetch(`/__feed/${name}`, { method: 'PUT', body: JSON.stringify(feedOf([dlr()])) });
  return `/__feed/${name}`;
}

async function requestsFor(feed: string): Promise<number> {
  return ((await (await fetch(`${feed}?stats`)).json()) as { gets: number }).gets;
}

describe("leerroutes-kaart: the script's early requests", function () {
  this.timeout(20000);

  it("asks for the map's, the reader's and the element's code and the feed before the entry has arrived", async () => {
    const feed = await serveFeed(`early-${Date.now()}`);
    const frame = await openPage(`<leerroutes-kaart src="${feed}" basemap="none"></leerroutes-kaart>`);
    const feedName = feed.split('/').pop()!;
    try {
      const parts = [/\.map-/, /\.feed-reader-/, /\.element-/, /\.offline-basemap\.data-/];
      await waitUntil(
        () => parts.every((part) => named(frame, part).length > 0) && named(frame, new RegExp(feedName)).length > 0,
        // A preloaded module's timing is reported once its imports (the entry) are in too: its start tells.
        'the parts and the feed asked for',
        { timeout: 5000 },
      );
      await waitUntil(
        () => frame.window.performance.getEntriesByName('leerroutes-kaart:first-pins').length,
        'pins drawn once the entry came',
        { timeout: 10000 },
      );
      const entry = named(frame, /\.entry\.js$/)[0]!;
      for (const part of parts)
        expect(named(frame, part)[0]!.startTime, `${part} asked for before the entry came`).to.be.below(
          entry.responseEnd - ENTRY_LATE_MS / 2,
        );
      expect(named(frame, /\.map-/), "the map's code fetched once").to.have.length(1);
      expect(await requestsFor(feed), 'the feed fetched once: the entry took the request over').to.equal(1);
    } finally {
      frame.remove();
    }
  });

  it("asks before the host page's next script runs, not a frame after it", async () => {
    const feed = await serveFeed(`host-script-${Date.now()}`);
    // A host page's own script after the element, holding the page as a CMS page's plugins may: the first frame
    // (and anything waiting for it) comes only after it.
    const frame = await openPage(
      `<leerroutes-kaart src="${feed}" basemap="none"></leerroutes-kaart>
<script>performance.mark('host-script'); const until = performance.now() + ${HOST_SCRIPT_MS}; while (performance.now() < until);</script>`,
    );
    try {
      const parts = [/\.map-/, /\.feed-reader-/, /\.element-/, new RegExp(feed.split('/').pop()!)];
      await waitUntil(() => parts.every((part) => named(frame, part).length > 0), 'the parts and the feed asked for', {
        timeout: 8000,
      });
      // The requests go out before the host's script; the network may start them while it runs (WebKit does).
      const hostScriptEnd = frame.window.performance.getEntriesByName('host-script')[0]!.startTime + HOST_SCRIPT_MS;
      for (const part of parts)
        expect(named(frame, part)[0]!.startTime, `${part} asked for while the host's script runs`).to.be.below(
          hostScriptEnd - HOST_SCRIPT_MS / 2,
        );
    } finally {
      frame.remove();
    }
  });

  it('asks for what the first view needs: the list no map, English its texts, tiles their code', async () => {
    const feed = feedUrl(feedOf([dlr()]));
    const frame = await openPage(
      `<leerroutes-kaart src="${feed}" view="list" lang="en"></leerroutes-kaart><leerroutes-kaart src="${feed}" loading="eager"></leerroutes-kaart>`,
    );
    try {
      // Each preload's timing is reported once its imports (the late entry) are in: waited for, all of them.
      await waitUntil(
        () => named(frame, /\.tile-basemap-/).length > 0 && named(frame, /\.en-/).length > 0,
        'the tiles (the second map) and English (lang="en") asked for',
        { timeout: 8000 },
      );
      await waitUntil(() => named(frame, /\.entry\.js$/).length > 0, 'the entry arrived', { timeout: 8000 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(named(frame, /\.en-/), 'English asked for once').to.have.length(1);
      // (Later, with the tiles unreachable in a test, the map falls back to the outline of the land: not asked for here.)
      const entry = named(frame, /\.entry\.js$/)[0]!;
      const early = named(frame, /\.offline-basemap\.data-/).filter((r) => r.startTime < entry.responseEnd);
      expect(early, 'no land outline asked for: both maps are tiled or none').to.have.length(0);
    } finally {
      frame.remove();
    }
  });

  it('asks for nothing for an element far below the fold', async () => {
    const frame = await openPage(
      `<leerroutes-kaart src="${feedUrl(feedOf([dlr()]))}"></leerroutes-kaart>`,
      '<div style="height:5000px">Lange tekst</div>',
    );
    try {
      await waitUntil(() => named(frame, /\.entry\.js$/).some((r) => r.responseEnd > 0), 'the entry arrived', {
        timeout: 5000,
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(
        requests(frame)
          .map((r) => r.name)
          .filter((name) => !/^leerroutes-kaart\.(js|entry\.js)$/.test(name)),
        'nothing but the script and the entry',
      ).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
