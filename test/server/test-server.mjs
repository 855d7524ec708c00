// What the browser tests need from the test server that a static file server does not give: slow answers, feeds that
// change between requests, request counts, bodies streamed without a length, and a DevTools view of the page
// (heap size after garbage collection, event listeners on window and document).

/** `/__delay/500/demo/sample-feed.json` serves the file after 500 ms: for slow and superseded loads. */
export async function delayMiddleware(context, next) {
  const delayed = /^\/__delay\/(\d+)(\/.*)$/.exec(context.url);
  if (delayed) {
    await new Promise((resolve) => setTimeout(resolve, Number(delayed[1])));
    context.url = delayed[2];
  }
  return next();
}

/**
 * `/__slowpart/element/1500/~page1/dist/leerroutes-kaart.js`: the bundle as usual, except that the files of one part
 * (here `leerroutes-kaart.element-….js`) come after 1500 ms, or (`/fail/` for the time) never: a 404. Chunks are asked
 * for next to the entry, so all of them come through this prefix: for a map drawn before the element's code. A
 * `~name` of the test's own keeps the browser from answering from its cache.
 */
export async function slowPartMiddleware(context, next) {
  const slow = /^\/__slowpart\/([\w-]+)\/(\d+|fail)(?:\/~[\w-]+)?(\/.*)$/.exec(context.url);
  if (slow) {
    const [, part, ms, rest] = slow;
    // A chunk (`.element-<hash>.js`) or a named file (`.entry.js`).
    if (rest.includes(`.${part}-`) || rest.includes(`.${part}.js`)) {
      if (ms === 'fail') {
        context.status = 404;
        return undefined;
      }
      await new Promise((resolve) => setTimeout(resolve, Number(ms)));
    }
    context.url = rest;
  }
  return next();
}

const feeds = new Map();

/**
 * `/__feed/<name>`: a feed a test sets and changes. PUT sets the body (headers `x-content-type` and `x-delay-ms`
 * set how it is served); GET serves it and counts; GET `?stats` tells how many GETs there were.
 */
export async function mutableFeedMiddleware(context, next) {
  const match = /^\/__feed\/([\w-]+)$/.exec(context.path);
  if (!match) return next();
  const name = match[1];
  if (!feeds.has(name)) feeds.set(name, { body: '', type: 'application/geo+json', delayMs: 0, gets: 0 });
  const feed = feeds.get(name);
  if (context.method === 'PUT') {
    feed.body = await readBody(context.req);
    feed.type = context.get('x-content-type') || 'application/geo+json';
    feed.delayMs = Number(context.get('x-delay-ms') || 0);
    feed.gets = 0;
    context.status = 204;
    return;
  }
  if ('stats' in context.query) {
    context.body = { gets: feed.gets };
    return;
  }
  feed.gets++;
  if (feed.delayMs) await new Promise((resolve) => setTimeout(resolve, feed.delayMs));
  context.set('Cache-Control', 'no-store');
  context.type = feed.type;
  context.body = feed.body;
}

/** `/__stream/<kilobytes>`: that many kB of JSON-ish text, streamed without a Content-Length. */
export async function streamMiddleware(context, next) {
  const match = /^\/__stream\/(\d+)$/.exec(context.path);
  if (!match) return next();
  const { Readable } = await import('node:stream');
  let left = Number(match[1]);
  const chunk = Buffer.alloc(1024, ' ');
  context.type = 'application/json';
  context.body = new Readable({
    read() {
      this.push(left-- > 0 ? chunk : null);
    },
  });
}

/**
 * `/__gzip/<kilobytes>`: the demo feed padded with spaces to that many kB, sent gzip-compressed with the compressed
 * Content-Length: a declared length far below what the body holds once decompressed.
 */
export async function gzipMiddleware(context, next) {
  const match = /^\/__gzip\/(\d+)$/.exec(context.path);
  if (!match) return next();
  const { gzipSync } = await import('node:zlib');
  const { readFile } = await import('node:fs/promises');
  const feed = await readFile(new URL('../../demo/sample-feed.json', import.meta.url), 'utf8');
  const body = gzipSync(Buffer.from(feed + ' '.repeat(Math.max(0, Number(match[1]) * 1024 - feed.length))));
  context.type = 'application/json';
  context.set('Content-Encoding', 'gzip');
  context.set('Content-Length', String(body.length));
  context.body = body;
}

const requested = [];

/**
 * Every path asked for, so that a test can tell what a page (or its worker, whose requests the page's resource
 * timing does not see) loaded: GET `/__requests?prefix=/dist/publish.` lists the paths that start with it
 * (`&reset` forgets them all).
 */
export async function requestLogMiddleware(context, next) {
  if (context.path === '/__requests') {
    const prefix = String(context.query.prefix ?? '');
    context.set('Cache-Control', 'no-store');
    context.body = { paths: requested.filter((path) => path.startsWith(prefix)) };
    if ('reset' in context.query) requested.length = 0;
    return;
  }
  requested.push(context.path);
  return next();
}

const corrections = new Map();

/**
 * `/__corrections/<name>`: a site's correction endpoint. POST stores the body and answers 201 (`fail…`: 500,
 * `slow…`: after 30 s); GET tells what was posted, as `{posts: [{type, body}]}` (`?reset` forgets it).
 */
export async function correctionsMiddleware(context, next) {
  const match = /^\/__corrections\/([\w-]+)$/.exec(context.path);
  if (!match) return next();
  const name = match[1];
  if (!corrections.has(name)) corrections.set(name, []);
  const posts = corrections.get(name);
  context.set('Cache-Control', 'no-store');
  // `redirect307-x`/`redirect302-x` send the POST on to `/__corrections/x-moved`: a redirect the form must not follow.
  const redirect = /^redirect(30[12378])-/.exec(name);
  if (redirect && context.method === 'POST') {
    context.status = Number(redirect[1]);
    context.set('Location', `/__corrections/${name}-moved`);
    return;
  }
  if (context.method === 'POST') {
    posts.push({ type: context.get('content-type'), body: await readBody(context.req) });
    if (name.startsWith('slow')) await new Promise((resolve) => setTimeout(resolve, 30_000));
    context.status = name.startsWith('fail') ? 500 : 201;
    context.body = name.startsWith('fail') ? { message: 'internal error' } : { ok: true };
    return;
  }
  if ('reset' in context.query) corrections.set(name, []);
  context.body = { posts };
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const parts = [];
    request.on('data', (part) => parts.push(part));
    request.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Commands over the DevTools protocol (Chromium only; other browsers get an error and the test skips):
 * `heap-after-gc` -> used JS heap in bytes after two full collections;
 * `page-listeners` -> the event listeners on window and document, as `{window: {type: n}, document: {type: n}}`.
 */
export function devtoolsPlugin() {
  return {
    name: 'devtools-commands',
    async executeCommand({ command, session, payload }) {
      if (!['heap-after-gc', 'page-listeners', 'ax-names', 'screenshot'].includes(command)) return undefined;
      const page = session.browser.getPage?.(session.id);
      // A part of the page as pixels (PNG, base64): puppeteer drives Chromium and Firefox alike.
      if (command === 'screenshot' && page) return await page.screenshot({ clip: payload.clip, encoding: 'base64' });
      if (!page || typeof page.createCDPSession !== 'function') throw new Error('no DevTools protocol in this browser');
      const cdp = await page.createCDPSession();
      try {
        if (command === 'heap-after-gc') {
          await cdp.send('HeapProfiler.enable');
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          return usedSize;
        }
        if (command === 'ax-names') return await accessibleNames(cdp, payload.selector);
        const listeners = {};
        for (const name of ['window', 'document']) {
          const { result } = await cdp.send('Runtime.evaluate', { expression: name });
          const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
          listeners[name] = {};
          for (const { type } of found) listeners[name][type] = (listeners[name][type] ?? 0) + 1;
        }
        return listeners;
      } finally {
        await cdp.detach();
      }
    },
  };
}

/**
 * What a screen reader is told of each element that `selector` finds in the first <leerroutes-kaart>'s shadow root:
 * Chromium's accessibility tree (the computed role and name, as assistive technology gets them), in document order.
 */
async function accessibleNames(cdp, selector) {
  await cdp.send('Accessibility.enable');
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `[...document.querySelector('leerroutes-kaart').shadowRoot.querySelectorAll(${JSON.stringify(selector)})]`,
  });
  const { result: entries } = await cdp.send('Runtime.getProperties', {
    objectId: result.objectId,
    ownProperties: true,
  });
  const names = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry.name) || !entry.value?.objectId) continue;
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      objectId: entry.value.objectId,
      fetchRelatives: false,
    });
    const node = nodes[0];
    names[Number(entry.name)] = {
      role: node?.role?.value ?? '',
      name: node?.name?.value ?? '',
      ignored: !!node?.ignored,
    };
  }
  return names;
}

/**
 * `read-fixture` `{path}`: a file under test/fixtures as base64.
 * `cli-build` `{name, base64, sheet?, fixtures?}`: writes the bytes to a file of that name and runs `dist/cli.js build` on it, as a
 * publisher would; returns `{code, out, err, feed}` (the feed file's text), so that the workbench's download can
 * be compared with the CLI's output for the same spreadsheet. `fixtures` are more options with files from
 * test/fixtures (`{duo: 'test/fixtures/duo/…csv'}` gives `--duo test/fixtures/duo/…csv`).
 */
export function cliPlugin() {
  return {
    name: 'cli-commands',
    async executeCommand({ command, payload }) {
      if (command === 'read-fixture') {
        // The bytes as they are on disk: the dev server would serve a Windows-1252 CSV re-encoded as UTF-8.
        const { readFileSync } = await import('node:fs');
        if (!/^test\/fixtures\/[\w/.-]+$/.test(payload.path) || payload.path.includes('..')) return null;
        return readFileSync(payload.path).toString('base64');
      }
      if (command !== 'cli-build') return undefined;
      const { mkdtempSync, writeFileSync, readFileSync, existsSync } = await import('node:fs');
      const { join, basename } = await import('node:path');
      const { tmpdir } = await import('node:os');
      const { spawnSync } = await import('node:child_process');
      const dir = mkdtempSync(join(tmpdir(), 'leerroutes-wb-'));
      const input = join(dir, basename(payload.name));
      const output = join(dir, 'routes.json');
      writeFileSync(input, Buffer.from(payload.base64, 'base64'));
      const sheet = typeof payload.sheet === 'string' ? ['--sheet', payload.sheet] : [];
      const fixtures = Object.entries(payload.fixtures ?? {})
        .filter(
          ([option, path]) =>
            /^[a-z]+$/.test(option) && /^test\/fixtures\/[\w/.-]+$/.test(path) && !path.includes('..'),
        )
        .flatMap(([option, path]) => [`--${option}`, path]);
      const run = spawnSync(process.execPath, ['dist/cli.js', 'build', input, ...sheet, ...fixtures, '-o', output], {
        encoding: 'utf8',
      });
      return {
        code: run.status,
        out: run.stdout,
        err: run.stderr,
        feed: existsSync(output) ? readFileSync(output, 'utf8') : null,
      };
    },
  };
}

/** What the fake Locatieserver knows: a few documents in its documented shape (`response.docs`, WKT centroids). */
const PDOK_DOCS = [
  {
    id: 'adr-enschede-1',
    type: 'adres',
    weergavenaam: 'Hengelosestraat 99, 7514AE Enschede',
    centroide_ll: 'POINT(6.8712 52.2301)',
  },
  { id: 'pcd-7511', type: 'postcode', weergavenaam: '7511 Enschede', centroide_ll: 'POINT(6.8937 52.2215)' },
  {
    id: 'wpl-enschede',
    type: 'woonplaats',
    weergavenaam: 'Enschede, Enschede, Overijssel',
    centroide_ll: 'POINT(6.8958 52.2209)',
  },
  {
    id: 'wpl-hengelo',
    type: 'woonplaats',
    weergavenaam: 'Hengelo, Hengelo, Overijssel',
    centroide_ll: 'POINT(6.7931 52.2658)',
  },
];
const pdokStats = new Map();

/**
 * `/__pdok/<name>/{suggest,lookup}`: PDOK Locatieserver as its API documents it, for the `geocoder="pdok"` tests.
 * Named `fail…` it answers 500; `/__pdok/<name>/stats` tells what was asked (and `?reset` forgets it).
 */
export async function pdokMiddleware(context, next) {
  const match = /^\/__pdok\/([\w-]+)\/(suggest|lookup|free|stats)$/.exec(context.path);
  if (!match) return next();
  const [, name, service] = match;
  if (!pdokStats.has(name)) pdokStats.set(name, { suggest: [], lookup: [], free: [] });
  const stats = pdokStats.get(name);
  context.set('Cache-Control', 'no-store');
  if (service === 'stats') {
    if ('reset' in context.query) pdokStats.set(name, { suggest: [], lookup: [], free: [] });
    context.body = stats;
    return;
  }
  stats[service].push(String(context.query.q ?? context.query.id ?? ''));
  if (name.startsWith('odd')) {
    // What a broken or hostile service might send: wrong types, markup, very long names, a bad centroid.
    context.type = 'application/json';
    context.body = {
      response: {
        docs: [
          'not a document',
          { id: 7, weergavenaam: 'number id' },
          { id: 'no-name' },
          {
            id: 'markup',
            type: 'adres',
            weergavenaam: '<img src=x onerror="window.__pwned=1">Straat 1',
            centroide_ll: 'POINT(6.9 52.2)',
          },
          { id: 'long', type: 'woonplaats', weergavenaam: 'Lang'.repeat(500), centroide_ll: 'POINT(not a point)' },
        ],
      },
    };
    return;
  }
  if (name.startsWith('flood')) {
    // A stand-in that ignores rows=8: 50 suggestions (two of them twice), and a lookup far outside the Netherlands.
    context.type = 'application/json';
    context.body =
      service === 'lookup'
        ? {
            response: {
              docs: [{ id: String(context.query.id), weergavenaam: 'Ver weg', centroide_ll: 'POINT(999 999)' }],
            },
          }
        : {
            response: {
              docs: Array.from({ length: 50 }, (_, i) => ({
                id: `flood-${i % 48}`,
                type: 'adres',
                weergavenaam: `Straat ${i}, Enschede`,
              })),
            },
          };
    return;
  }
  if (name.startsWith('huge')) {
    // 100,000 suggestions, 5 MB: larger than any real answer.
    context.type = 'application/json';
    context.body = {
      response: {
        docs: Array.from({ length: 100_000 }, (_, i) => ({
          id: `huge-${i}`,
          type: 'adres',
          weergavenaam: `Straat ${i}`,
        })),
      },
    };
    return;
  }
  if (service === 'free') {
    // An address search (the publisher's tools, opt-in): every address lies in 's-Hertogenbosch here.
    context.type = 'application/json';
    context.body = { response: { docs: [{ centroide_ll: 'POINT(5.3041 51.6887)' }] } };
    return;
  }
  if (name.startsWith('fail')) {
    context.status = 500;
    context.body = { message: 'internal error' };
    return;
  }
  const docs =
    service === 'lookup'
      ? PDOK_DOCS.filter((doc) => doc.id === context.query.id)
      : PDOK_DOCS.filter((doc) =>
          doc.weergavenaam.toLowerCase().includes(
            String(context.query.q ?? '')
              .toLowerCase()
              .split(' ')[0],
          ),
        ).map(({ id, type, weergavenaam }) => ({ id, type, weergavenaam, score: 10 }));
  context.type = 'application/json';
  context.body = {
    response: { numFound: docs.length, start: 0, maxScore: 10, numFoundExact: true, docs },
    highlighting: {},
  };
}

/** The port of the second origin: the built bundle as a CDN would serve it, on another origin than the pages. */
export const SECOND_ORIGIN_PORT = 8001;

/**
 * A second origin for the built bundle (`dist/`), with CORS as a CDN sends it: `http://localhost:8001/<file>`.
 * Under `/flaky/`, the first request for the element's chunk fails (503), as on a network that drops one
 * request; under `/no-coverage/` the coverage view's chunk always fails (503); `/below/` serves the same files;
 * `/__stats` tells which paths were asked for.
 */
export function secondOriginPlugin() {
  let server;
  const asked = [];
  const failedOnce = new Set();
  return {
    name: 'second-origin',
    async serverStart() {
      const { createServer } = await import('node:http');
      const { readFile } = await import('node:fs/promises');
      const { join, normalize } = await import('node:path');
      server = createServer(async (request, response) => {
        const url = new URL(request.url, `http://localhost:${SECOND_ORIGIN_PORT}`);
        response.setHeader('Access-Control-Allow-Origin', '*');
        if (url.pathname === '/__stats') {
          response.setHeader('Content-Type', 'application/json');
          response.end(JSON.stringify(asked));
          return;
        }
        asked.push(url.pathname + url.search);
        // A first folder (`/flaky/`, `/below/`) keeps one page's requests apart from another's in the log.
        const [, folder = ''] = /^\/(flaky|below|no-coverage)\//.exec(url.pathname) ?? [];
        const flaky = folder === 'flaky';
        const file = normalize(url.pathname.replace(/^\/(flaky|below|no-coverage)\//, '/')).replace(
          /^(\.\.[/\\])+/,
          '',
        );
        if (folder === 'no-coverage' && /\.coverage-view-/.test(file)) {
          response.statusCode = 503;
          response.end('unavailable');
          return;
        }
        if (flaky && /\.element-/.test(file) && !failedOnce.has(file)) {
          failedOnce.add(file);
          response.statusCode = 503;
          response.end('unavailable');
          return;
        }
        try {
          const body = await readFile(join('dist', file));
          response.setHeader('Content-Type', file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');
          response.end(body);
        } catch {
          response.statusCode = 404;
          response.end('not found');
        }
      });
      await new Promise((resolve) => server.listen(SECOND_ORIGIN_PORT, 'localhost', resolve));
    },
    async serverStop() {
      await new Promise((resolve) => server?.close(resolve));
    },
  };
}
