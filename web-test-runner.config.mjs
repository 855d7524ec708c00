import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { cssStringDevServer } from './build/css-string.mjs';
import { findChromium, installHint, chromiumArgs } from './build/find-browser.mjs';
import {
  delayMiddleware,
  slowPartMiddleware,
  mutableFeedMiddleware,
  streamMiddleware,
  gzipMiddleware,
  pdokMiddleware,
  correctionsMiddleware,
  requestLogMiddleware,
  cliPlugin,
  devtoolsPlugin,
  secondOriginPlugin,
  SECOND_ORIGIN_PORT,
} from './test/server/test-server.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(installHint);
  process.exit(1);
}

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";

export default {
  files: process.env.WTR_FILES ? [process.env.WTR_FILES] : ['test/**/*.test.ts'],
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
  // Slow, changing and streamed feeds for the tests: see test/server/test-server.mjs.
  middleware: [
    async (context, next) => {
      await next();
      // The strictest policy a school site might send, for the CSP test page.
      if (context.path.startsWith('/test/embed/csp')) context.set('Content-Security-Policy', STRICT_CSP);
      // The bundle from a CDN: the policy names the CDN's origin (the chunks load from it too), or only the entry.
      const cdn = `http://localhost:${SECOND_ORIGIN_PORT}`;
      if (
        ['/test/embed/second-origin.html', '/test/embed/flaky.html', '/test/embed/below-fold.html'].includes(
          context.path,
        )
      )
        context.set(
          'Content-Security-Policy',
          STRICT_CSP.replace("script-src 'self'", `script-src 'self' ${cdn}`).replace(
            "connect-src 'self'",
            `connect-src 'self' ${cdn}`,
          ),
        );
      if (context.path === '/test/embed/blocked-chunks.html')
        context.set(
          'Content-Security-Policy',
          STRICT_CSP.replace(
            "script-src 'self'",
            `script-src 'self' ${cdn}/leerroutes-kaart.js ${cdn}/leerroutes-kaart.entry.js`,
          ),
        );
      // Trusted Types enforced: Lit's policy allowed (as the README tells webmasters), or not allowed at all.
      if (context.path === '/test/embed/trusted-types.html') {
        context.set('Content-Security-Policy', "require-trusted-types-for 'script'; trusted-types lit-html");
      }
      // The workbench where a policy forbids workers: everything is done in the page instead.
      if (context.path === '/dist/publish.html' && context.querystring.includes('no-worker')) {
        context.set('Content-Security-Policy', "worker-src 'none'");
      }
      if (context.path === '/test/embed/trusted-types-refused.html') {
        context.set('Content-Security-Policy', "require-trusted-types-for 'script'; trusted-types 'none'");
      }
    },
    delayMiddleware,
    slowPartMiddleware,
    mutableFeedMiddleware,
    streamMiddleware,
    gzipMiddleware,
    pdokMiddleware,
    correctionsMiddleware,
    requestLogMiddleware,
  ],
  plugins: [
    devtoolsPlugin(),
    cliPlugin(),
    secondOriginPlugin(),
    cssStringDevServer(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
};
