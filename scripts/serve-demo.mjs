// Serves the repository on localhost so demo/index.html can load dist/ and its sample feed.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: 'localhost',
    appIndex: undefined,
    // The demo is what a visitor of the server root wants to see.
    middleware: [
      (context, next) => {
        if (context.path === '/' || context.path === '/index.html') {
          context.redirect(`/demo/${context.querystring ? `?${context.querystring}` : ''}`);
          return undefined;
        }
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`Demo: http://localhost:${port}/demo/`);
