import { expect } from '@open-wc/testing';
import { CDN_SCRIPT_URL, embedSnippet } from '../../demo/snippet.js';
import { mount, removeMounted } from './helpers.js';

interface ProbeReport {
  probe: string;
  violations: string[];
  visibleRouteIds: string[];
  host: { width: number; height: number };
  map: { width: number; height: number } | null;
  canvas: { width: number; height: number } | null;
  zoomButton: { width: number; height: number } | null;
  filterButton: { width: number; height: number } | null;
  searchField: { width: number; height: number } | null;
  routeButton: { width: number; height: number } | null;
  drawnPixels: number;
  lightDomShown: boolean;
  adoptedSheets: number;
  textTransform: string;
  text: Record<string, string>;
  tallestListRow: number;
  countText: string;
}

/** What test/embed/loading-probe.js reports. */
interface LoadingReport {
  violations: string[];
  errors: string[];
  failure?: string;
  retryButton?: string | null;
  defined?: boolean;
  routesAfterRetry?: number;
  failureAfterRetry?: string;
  asked?: string[];
  askedBefore?: string[];
  askedAfter?: string[];
  feedRequestsBefore?: number;
  feedRequestsAfter?: number;
  definedBefore?: boolean;
  routes?: number;
}

/** Opens a test page that loads only dist/leerroutes-kaart.js, and waits for its probe's report. */
function openPage<Report = ProbeReport>(
  path: string,
  size = { width: 1000, height: 700 },
  srcdoc?: string,
): Promise<Report> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.width = `${size.width}px`;
    frame.style.height = `${size.height}px`;
    const timer = setTimeout(() => reject(new Error(`no report from ${path}`)), 15000);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || !event.data?.probe) return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve(event.data as Report);
      frame.remove();
    };
    window.addEventListener('message', onMessage);
    if (srcdoc !== undefined) frame.srcdoc = srcdoc;
    else frame.src = path;
    document.body.append(frame);
  });
}

describe('leerroutes-kaart: embedded in pages we do not control', function () {
  // Whole pages in a frame, some failing on purpose first: a loaded machine may need more than mocha's 10 s, and
  // openPage gives up after 15 s with a message of its own.
  this.timeout(20000);
  it('keeps its layout and controls on a page with hostile global CSS', async () => {
    const report = await openPage('/test/embed/hostile-css.html');
    expect(report.visibleRouteIds).to.have.length(520);
    // The map fills its area; page rules on canvas and div do not reach inside.
    expect(report.canvas!.width).to.equal(report.map!.width);
    expect(report.canvas!.height).to.equal(report.map!.height);
    expect(report.map!.width).to.be.greaterThan(400);
    expect(report.drawnPixels).to.be.greaterThan(1000);
    // Buttons keep their size (button { all: unset } does not cross the shadow boundary).
    expect(report.zoomButton!.width).to.be.at.least(30);
    expect(report.filterButton!.height).to.be.at.least(44);
    expect(report.searchField!.height).to.be.at.least(44);
    expect(report.routeButton!.height).to.be.at.least(44);
    // Inherited text styling of the page is reset.
    expect(report.textTransform).to.equal('none');
  });

  for (const [page, what] of [
    [
      '/test/embed/hostile-reset.html',
      'a right-to-left page with an all:unset reset, display:inline, height:auto !important and a stylised body',
    ],
    [
      '/test/embed/revert-all.html',
      'a page that reverts everything, the host included, and sets height:auto !important',
    ],
  ]) {
    it(`holds its size, direction and text on ${what}`, async () => {
      const report = await openPage(page!);
      expect(report.host.height, 'the host keeps its height').to.equal(600);
      expect(report.visibleRouteIds).to.have.length(520);
      expect(report.map!.height).to.be.greaterThan(300);
      expect(report.tallestListRow, 'list rows are not expanded').to.be.within(44, 120);
      expect(report.countText).to.equal('520 routes');
      expect(report.text).to.deep.include({
        direction: 'ltr',
        fontStyle: 'normal',
        fontVariantCaps: 'normal',
        textAlign: 'start',
        textIndent: '0px',
        wordSpacing: '0px',
        textShadow: 'none',
      });
      expect(Number(report.text.fontWeight)).to.be.at.least(600, 'route names keep their own weight');
      expect(report.text.cursor).to.not.equal('crosshair');
    });
  }

  it('works under a strict Content-Security-Policy without a single violation', async () => {
    const report = await openPage('/test/embed/csp.html');
    expect(report.violations).to.deep.equal([]);
    expect(report.visibleRouteIds).to.have.length(520);
    expect(report.drawnPixels).to.be.greaterThan(1000);
    expect(report.adoptedSheets, 'styles arrive as adopted stylesheets').to.be.greaterThan(0);
  });

  it('works as one self-contained file too (dist/leerroutes-kaart.standalone.js), under the strict policy', async () => {
    const report = await openPage('/test/embed/csp-standalone.html');
    expect(report.violations).to.deep.equal([]);
    expect(report.visibleRouteIds.length).to.be.greaterThan(0);
    expect(report.visibleRouteIds.length, 'the region filter applies').to.be.below(520);
    expect(report.drawnPixels).to.be.greaterThan(1000);
  });

  it('keeps a property and an attribute a page set before the code arrived', async () => {
    const report = await openPage('/test/embed/early-properties.html');
    // The sample feed has 11 DLR routes at schools in Twente (one of them written as its code, AM05).
    expect(report.visibleRouteIds).to.have.length(11);
    expect(report.countText).to.match(/^11 van \d+ routes$/);
  });

  it('shows the no-JavaScript list inside the element until the element runs, then only the map', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '700px';
    // Without scripts first (sandboxed): what a browser without JavaScript or a search engine gets.
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.src = '/test/embed/fragment.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const heading = frame.contentDocument!.querySelector('h4')!;
      expect(heading.getClientRects().length, 'the list shows without JavaScript').to.be.greaterThan(0);
      expect(frame.contentDocument!.body.innerText).to.contain('Zorgroute Almelo');
    } finally {
      frame.remove();
    }
    const report = await openPage('/test/embed/fragment.html');
    expect(report.visibleRouteIds).to.have.length(520);
    expect(report.host.height, "the element holds its own height, not the list's").to.equal(600);
    expect(report.lightDomShown, 'the list is gone once the element runs').to.equal(false);
  });

  it('loads from a second origin (a CDN) with its chunks, under a policy that names that origin', async () => {
    const report = await openPage('/test/embed/second-origin.html');
    expect(report.violations).to.deep.equal([]);
    expect(report.visibleRouteIds).to.have.length(520);
    expect(report.drawnPixels).to.be.greaterThan(1000);
    const asked = (await (await fetch('http://localhost:8001/__stats')).json()) as string[];
    expect(asked).to.include('/leerroutes-kaart.js');
    expect(asked.some((path) => /^\/leerroutes-kaart\.element-[\w-]+\.js$/.test(path))).to.equal(true);
    expect(asked.some((path) => /^\/leerroutes-kaart\.map-[\w-]+\.js$/.test(path))).to.equal(true);
  });

  it('says so, with "Opnieuw proberen", when a policy lets the entry in but blocks its chunks', async () => {
    const report = await openPage<LoadingReport>('/test/embed/blocked-chunks.html');
    expect(report.defined).to.equal(false);
    expect(report.failure).to.contain(
      'De kaart met leerroutes kon niet worden geladen: een deel ervan kwam niet binnen.',
    );
    expect(report.retryButton).to.equal('Opnieuw proberen');
    // The chunks are refused in the order the script asks for them (the element's last): the report may come before
    // the element's own refusal is told (Firefox, once in three CI runs).
    expect(
      report.violations.some((v) => /script-src/.test(v) && /leerroutes-kaart\.(element|feed-reader|map)-/.test(v)),
    ).to.equal(true);
    // The console names the address that could not be loaded, and what the policy must allow.
    expect(report.errors.join('\n')).to.match(
      /could not be loaded from .*http:\/\/localhost:8001\/leerroutes-kaart\.element-/,
    );
    expect(report.errors.join('\n')).to.contain('Content-Security-Policy script-src');
  });

  it('loads the element after "Opnieuw proberen" when its chunk failed once', async () => {
    const report = await openPage<LoadingReport>('/test/embed/flaky.html');
    expect(report.failure).to.contain('kon niet worden geladen');
    expect(report.routesAfterRetry).to.equal(520);
    expect(report.failureAfterRetry, 'the message is gone').to.equal('');
    const elementRequests = report.asked!.filter((path) => path.includes('.element-'));
    // The failed request and the retry (under a new address where the browser remembers the failure); in WebKit,
    // which asks again for a module that failed, the entry's import() may fetch it once more after the page's
    // script preloaded it and failed: never more.
    expect(elementRequests.length).to.be.within(2, 3);
  });

  it('says so when the coverage view cannot be loaded, and asks for it once, not at every update', async () => {
    const report = await openPage<LoadingReport & { coverageMessage?: string; routes?: number }>(
      '/test/embed/no-coverage.html',
    );
    expect(report.coverageMessage).to.equal(
      'Het overzicht per regio kon niet worden geladen. Laad de pagina opnieuw om het nog eens te proberen.',
    );
    expect(report.asked!.filter((path) => path.includes('.coverage-view-'))).to.have.length(1);
    expect(report.routes, 'the routes are there all the same').to.equal(520);
  });

  it('asks for nothing but the entry while the map is below the fold (loading="lazy"), all of it once near', async () => {
    const report = await openPage<LoadingReport>('/test/embed/below-fold.html');
    expect(report.definedBefore).to.equal(false);
    // The script tag's file and the module entry it imports: 3 kB together.
    expect(report.askedBefore).to.deep.equal(['/below/leerroutes-kaart.js', '/below/leerroutes-kaart.entry.js']);
    expect(report.feedRequestsBefore, 'no feed request').to.equal(0);
    expect(report.routes).to.equal(520);
    expect(report.feedRequestsAfter).to.equal(1);
    const after = report.askedAfter!.join(' ');
    expect(after).to.match(/\/below\/leerroutes-kaart\.element-[\w-]+\.js/);
    expect(after).to.match(/\/below\/leerroutes-kaart\.map-[\w-]+\.js/);
  });

  it('the strict policy is really in force on that page', async () => {
    const response = await fetch('/test/embed/csp.html');
    expect(response.headers.get('content-security-policy')).to.include("script-src 'self'");
  });

  it("renders the embed builder's snippet in a plain page as the builder's preview does", async () => {
    const choices = {
      scriptUrl: CDN_SCRIPT_URL,
      src: 'https://www.voorbeeldschool.nl/routes.json',
      region: 'Twente',
      lockRegion: true,
      routeType: ['DLR', 'GLR'],
      basemap: 'none',
      lang: 'en',
      view: 'list',
      height: '480px',
    };
    const snippet = embedSnippet(choices);
    expect(snippet).to.equal(
      `<script src="${CDN_SCRIPT_URL}"></script>\n` +
        '<leerroutes-kaart\n  src="https://www.voorbeeldschool.nl/routes.json"\n  region="Twente"\n  lock-region\n' +
        '  route-type="DLR,GLR"\n  basemap="none"\n  lang="en"\n  view="list"\n  height="480px"\n></leerroutes-kaart>',
    );
    // The page as the school would have it, with the public addresses pointing at this test server instead.
    const local = snippet
      .replace(CDN_SCRIPT_URL, '/dist/leerroutes-kaart.js')
      .replace('https://www.voorbeeldschool.nl/routes.json', '/demo/sample-feed.json');
    const page = `<!doctype html><html><body>${local}<script type="module" src="/test/embed/probe.js"></script></body></html>`;
    const report = await openPage('snippet', { width: 1000, height: 700 }, page);

    const { el } = await mount({
      src: '/demo/sample-feed.json',
      region: 'Twente',
      'lock-region': true,
      'route-type': 'DLR,GLR',
      basemap: 'none',
      lang: 'en',
      view: 'list',
    });
    try {
      expect(report.visibleRouteIds).to.deep.equal(el.visibleRouteIds);
      expect(report.visibleRouteIds.length).to.be.greaterThan(0);
      expect(report.host.height).to.equal(480);
    } finally {
      removeMounted();
    }
  });

  it('offers an embed builder that fits a phone and says what is wrong with a choice', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '390px';
    frame.style.height = '800px';
    frame.src = '/demo/embed.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const doc = frame.contentDocument!;
      const snippet = () => doc.getElementById('snippet')!.textContent!;
      for (let i = 0; i < 50 && !snippet(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(doc.documentElement.scrollWidth, 'no sideways scrolling of the page').to.be.at.most(390);
      expect(snippet()).to.not.match(/localhost|127\.0\.0\.1/);
      expect(snippet()).to.contain(CDN_SCRIPT_URL);
      expect(snippet()).to.contain('src="https://UW-WEBSITE.nl/routes.json"');

      const set = (name: string, value: string) => {
        const input = doc.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      };
      set('height', '450');
      const problem = doc.getElementById('height-problem')!;
      expect(problem.textContent).to.equal('"450" is geen lengte: schrijf er een eenheid bij, bijvoorbeeld 450px.');
      expect(problem.getBoundingClientRect().height, 'the message shows').to.be.above(0);
      expect(doc.querySelector('[name="height"]')!.hasAttribute('aria-invalid')).to.equal(true);
      expect(snippet()).to.not.contain('height=');

      set('src', 'http://localhost:8000/demo/sample-feed.json');
      expect(doc.getElementById('src-problem')!.textContent).to.match(/eigen computer/);
      expect(snippet()).to.not.contain('localhost');

      for (const value of ['PIE', 'BWI'])
        doc.querySelector<HTMLInputElement>(`[name="profile"][value="${value}"]`)!.click();
      for (const value of ['bb-2', 'kb-3'])
        doc.querySelector<HTMLInputElement>(`[name="level"][value="${value}"]`)!.click();
      set('search', 'zorg');
      set('correctionUrl', 'https://www.voorbeeld.nl/wijzigingen');
      expect(snippet()).to.contain('profile="BWI,PIE"');
      expect(snippet()).to.contain('level="bb-2,kb-3"');
      expect(snippet()).to.contain('search="zorg"');
      expect(snippet()).to.contain('correction-url="https://www.voorbeeld.nl/wijzigingen"');
      const preview = doc.getElementById('preview')!;
      expect(preview.getAttribute('profile')).to.equal('BWI,PIE');
      set('correctionEndpoint', 'http://intranet.local/correcties');
      expect(doc.getElementById('correctionEndpoint-problem')!.textContent).to.match(/eigen computer/);
      expect(snippet()).to.not.contain('correction-endpoint');
      set('correctionEndpoint', 'https://www.voorbeeld.nl/api/correcties');
      expect(snippet()).to.contain('correction-endpoint="https://www.voorbeeld.nl/api/correcties"');
      expect(preview.getAttribute('correction-endpoint')).to.equal('https://www.voorbeeld.nl/api/correcties');
      expect(doc.documentElement.scrollWidth, 'still no sideways scrolling').to.be.at.most(390);

      // The list without JavaScript, for the sample feed (no public feed chosen) and a region.
      const region = doc.querySelector<HTMLSelectElement>('[name="region"]')!;
      region.value = 'Twente';
      region.dispatchEvent(new Event('change', { bubbles: true }));
      doc.getElementById('make-fragment')!.click();
      const download = doc.getElementById('fragment-download') as HTMLAnchorElement;
      for (let i = 0; i < 200 && download.hidden; i++) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(doc.getElementById('fragment-status')!.textContent).to.match(
        /^\d+ routes, \d+ kB\. Plak de inhoud van routes\.html tussen <leerroutes-kaart …> en <\/leerroutes-kaart> in uw code\.$/,
      );
      const list = await (await fetch(download.href)).text();
      expect(list).to.match(/^<section lang="nl">/);
      expect(list).to.include('Twente');
    } finally {
      frame.remove();
    }
  });
});
