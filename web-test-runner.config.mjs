import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { cssStringDevServer } from './build/css-string.mjs';
import { findChromium, installHint, chromiumArgs } from './build/find-browser.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(installHint);
  process.exit(1);
}

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['production'] },
  // One page at a time: a background page gets no animation frames in headless Chromium, so its map never renders.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromiumArgs },
    }),
  ],
  // `/__delay/500/demo/sample-feed.json` serves the file after 500 ms: for tests of slow and superseded loads.
  middleware: [
    async (context, next) => {
      await next();
      // The strictest policy a school site might send, for the CSP test page.
      if (context.path.startsWith('/test/embed/csp')) context.set('Content-Security-Policy', STRICT_CSP);
    },
    async (context, next) => {
      const delayed = /^\/__delay\/(\d+)(\/.*)$/.exec(context.url);
      if (delayed) {
        await new Promise((resolve) => setTimeout(resolve, Number(delayed[1])));
        context.url = delayed[2];
      }
      return next();
    },
  ],
  plugins: [cssStringDevServer(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
};
