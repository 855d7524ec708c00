// The browser tests once more with Lit in development mode, which checks how the element uses Lit and warns
// (console.warn, with a lit.dev/msg link) about mistakes such as an update requested while one is finishing.
// test/lit-dev-warnings.ts turns every such warning into a failed test. `npm run test:dev`.
import base from './web-test-runner.config.mjs';

export default {
  ...base,
  nodeResolve: { browser: true, exportConditions: ['development'] },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script type="module" src="/test/lit-dev-warnings.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
