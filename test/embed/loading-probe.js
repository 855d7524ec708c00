// Loaded by the loading test pages: reports to the test in the parent page what was asked for and what the visitor
// sees while the element's code loads (or fails to), by the page's `data-probe` mode:
//   failure: the message shown when a chunk cannot be loaded;
//   retry: that message, then "Opnieuw proberen" and the map that follows;
//   below-fold: what was asked for before and after scrolling to a lazy element.
const SECOND_ORIGIN = 'http://localhost:8001';
const mode = document.body.dataset.probe;
// A module runs after the page is parsed: a page whose script may be refused before then (the element's script
// preloads its parts at the first frame) includes the classic violations.js before it, which collects them.
const violations = window.violations ?? [];
if (!window.violations)
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || '(inline)'}`);
  });
const errors = [];
const originalError = console.error;
console.error = (...args) => {
  errors.push(args.map(String).join(' '));
  originalError.apply(console, args);
};

const kaart = document.querySelector('leerroutes-kaart');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const folder = new URL(document.querySelector('script[src^="http"]').src).pathname.replace(/[^/]*$/, '');
/** What the second origin served to this page (its folder). */
const askedOfSecondOrigin = async () =>
  (await (await fetch(`${SECOND_ORIGIN}/__stats`)).json()).filter((path) => path.startsWith(folder));
const feedRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes('sample-feed.json')).length;

async function until(condition, ms = 8000) {
  for (let waited = 0; waited < ms; waited += 50) {
    if (condition()) return true;
    await sleep(50);
  }
  return false;
}

const failureText = () => kaart.shadowRoot?.querySelector('[role=alert]')?.textContent ?? '';

async function routesShown() {
  await customElements.whenDefined('leerroutes-kaart');
  await new Promise((resolve) => {
    if (kaart.visibleRouteIds.length) resolve();
    kaart.addEventListener('feed-load', resolve, { once: true });
  });
  await kaart.whenMapRendered();
  return kaart.visibleRouteIds.length;
}

const report = { probe: mode, violations, errors };
if (mode === 'failure' || mode === 'retry') {
  await until(() => failureText() !== '');
  // The page's policy reports each refused chunk in an event of its own, which Firefox may deliver after the
  // element has already shown its message (a fresh-clone CI run): waited for here, up to two seconds.
  if (mode === 'failure') await until(() => violations.some((v) => /script-src/.test(v)), 2000);
  report.failure = failureText();
  report.retryButton = kaart.shadowRoot?.querySelector('[part=retry-button]')?.textContent ?? null;
  report.defined = !!customElements.get('leerroutes-kaart');
  if (mode === 'retry') {
    kaart.shadowRoot.querySelector('[part=retry-button]').click();
    report.routesAfterRetry = await routesShown();
    report.failureAfterRetry = kaart.shadowRoot.querySelector('[role=alert]')?.textContent ?? '';
    report.asked = await askedOfSecondOrigin();
  }
} else if (mode === 'coverage-failure') {
  const message = () => kaart.shadowRoot?.querySelector('.list-pane [role=alert]')?.textContent ?? '';
  await until(() => message() !== '');
  report.coverageMessage = message();
  // Long enough for a loop of requests to show in the log.
  await sleep(1000);
  report.asked = await askedOfSecondOrigin();
  report.routes = kaart.visibleRouteIds.length;
} else if (mode === 'below-fold') {
  await sleep(800);
  report.askedBefore = await askedOfSecondOrigin();
  report.feedRequestsBefore = feedRequests();
  report.definedBefore = !!customElements.get('leerroutes-kaart');
  kaart.scrollIntoView();
  report.routes = await routesShown();
  report.askedAfter = await askedOfSecondOrigin();
  report.feedRequestsAfter = feedRequests();
}
parent.postMessage(report, '*');
