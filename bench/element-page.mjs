// The page the chunk benchmarks load: the built element on a generated feed, served with the repository from
// localhost (the feed and the page under /__bench/), so that the entry's chunks load as they would on a site.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { startDevServer } from '@web/dev-server';
import { generateFeed } from '../demo/generate-sample-feed.mjs';

/** `--runs 5` on the command line -> 5; the fallback when it is not there. */
export function numberOption(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/** Serves `/__bench/index.html` (one element, no basemap) on a feed of `routes` routes; returns the server. */
export async function serveElementPage({ port, routes }) {
  const folder = mkdtempSync(join(tmpdir(), 'bench-page-'));
  writeFileSync(join(folder, 'feed.json'), JSON.stringify(generateFeed({ routes })));
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html><meta charset="utf-8"><script src="/dist/leerroutes-kaart.js"></script>
<leerroutes-kaart src="/__bench/feed.json" basemap="none" style="--leerroutes-height: 700px"></leerroutes-kaart>`,
  );
  return startDevServer({
    config: {
      rootDir: '.',
      port,
      hostname: 'localhost',
      middleware: [
        (context, next) => {
          if (!context.path.startsWith('/__bench/')) return next();
          context.body = readFileSync(join(folder, context.path.slice('/__bench/'.length) || 'index.html'));
          context.type = context.path.endsWith('.json') ? 'application/json' : 'text/html';
          return undefined;
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
}
