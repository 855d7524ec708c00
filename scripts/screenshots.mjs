// Takes the screenshots in docs/: the demo at desktop and phone width, in headless Chromium, as a visitor sees it.
// Needs a built dist/ (npm run screenshots builds first). The basemap is off: no network here.
//
//   node scripts/screenshots.mjs [outdir]
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { findChromium, installHint, chromiumArgs } from '../build/find-browser.mjs';

const outdir = process.argv[2] ?? 'docs';
const executablePath = findChromium();
if (!executablePath) {
  console.error(installHint);
  process.exit(1);
}

const server = await startDevServer({
  config: { rootDir: '.', port: 8765, hostname: 'localhost' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumArgs });

/**
 * A stand-in for PDOK's tiles (no network here): every tile the same light grey with a faint grid, drawn once by
 * the browser, so a screenshot shows how the map reads over tiles.
 */
async function standInTile() {
  const page = await browser.newPage();
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 256;
    const context = canvas.getContext('2d');
    context.fillStyle = '#eceae6';
    context.fillRect(0, 0, 256, 256);
    context.strokeStyle = '#d6d3cc';
    for (let at = 0.5; at < 256; at += 32) {
      context.beginPath();
      context.moveTo(at, 0);
      context.lineTo(at, 256);
      context.moveTo(0, at);
      context.lineTo(256, at);
      context.stroke();
    }
    return canvas.toDataURL('image/png');
  });
  await page.close();
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}
const tile = await standInTile();

async function shoot(name, viewport, query, prepare) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    request.url().startsWith('https://service.pdok.nl/brt/achtergrondkaart/')
      ? request.respond({
          status: 200,
          contentType: 'image/png',
          body: tile,
          headers: { 'Access-Control-Allow-Origin': '*' },
        })
      : request.continue(),
  );
  const basemap = query.includes('basemap=') ? '' : 'basemap=none&';
  await page.goto(`http://localhost:8765/demo/?${basemap}${query}`, { waitUntil: 'networkidle0' });
  await page.evaluate(async () => {
    const kaart = document.querySelector('leerroutes-kaart');
    await customElements.whenDefined('leerroutes-kaart');
    await new Promise((resolve) => setTimeout(resolve, 600));
    await kaart.whenMapRendered();
    // The region outlines arrive after the first pins; their credit says they are there.
    const outlines = () => kaart.shadowRoot.querySelector('.ol-attribution')?.textContent?.includes('Regiogrenzen');
    for (let i = 0; i < 100 && !outlines(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await kaart.whenMapRendered();
  });
  if (prepare) await prepare(page);
  const kaart = await page.$('leerroutes-kaart');
  await kaart.screenshot({ path: `${outdir}/${name}` });
  console.log(`${outdir}/${name}`);
  await page.close();
}

// Desktop: the whole country, the list beside the map following its view.
await shoot('demo.png', { width: 1280, height: 860 }, '');
// Phone: a route open as a bottom sheet over its region.
await shoot(
  'demo-mobile.png',
  { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  'region=Twente&selected=glr-2024-0039',
);
// A region embed: its outline fitted, the rest dimmed.
await shoot('demo-region.png', { width: 1280, height: 860 }, 'region=Twente&lock-region');
// The coverage view for the programme, on a desktop and (filtered to zorg) on a phone.
await shoot('demo-regions.png', { width: 1280, height: 860 }, 'view=regions');
await shoot(
  'demo-regions-mobile.png',
  { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  'view=regions&profile=Z%26W',
);
// The coverage view over the years: up to 2021–2022, on the offline outline (water as water) and over tiles.
await shoot('demo-regions-years.png', { width: 1280, height: 860 }, 'view=regions&coverage-year=2021');
await shoot(
  'demo-regions-years-mobile.png',
  { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  'view=regions&coverage-year=2021',
  (page) =>
    page.evaluate(() => {
      // Scrolled as a visitor scrolls the pane below the map (not the element's frame).
      const root = document.querySelector('leerroutes-kaart').shadowRoot;
      const pane = root.querySelector('.list-pane');
      const years = root.querySelector('.coverage-years');
      pane.scrollTop += years.getBoundingClientRect().top - pane.getBoundingClientRect().top - 8;
    }),
);
await shoot('demo-regions-tiles.png', { width: 1280, height: 860 }, 'view=regions&basemap=pdok-grijs');
await shoot(
  'demo-regions-tiles-mobile.png',
  { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  'view=regions&basemap=pdok-grijs',
);
// The narrowest phone: the whole country, legend folded.
const narrow = { width: 280, height: 653, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
await shoot('demo-280.png', narrow, '');
// A route open on the narrowest phone: a sheet below the map (half the element), then made larger.
await shoot('demo-280-route.png', narrow, 'near=7511&radius=10&selected=glr-2024-0039');
await shoot('demo-280-route-larger.png', narrow, 'near=7511&radius=10&selected=glr-2024-0039', (page) =>
  page.evaluate(() => document.querySelector('leerroutes-kaart').shadowRoot.querySelector('.panel-grow').click()),
);
// The coverage view on the narrowest phone: the legend in rows below the map, nothing over the zoom buttons.
await shoot('demo-280-regions.png', narrow, 'view=regions');
// A 620 px content column (a WordPress theme): the last filter's options stay inside the element.
await shoot('demo-620-filter.png', { width: 680, height: 700 }, '', (page) =>
  page.evaluate(() => {
    const details = [...document.querySelector('leerroutes-kaart').shadowRoot.querySelectorAll('details.filters-item')];
    details.at(-1).querySelector('summary').click();
  }),
);

/** Types into "Postcode of plaats" key by key and waits for the suggestions (and, with Enter, for the map). */
const typePlace = (text, choose) => async (page) => {
  const input = await page.evaluateHandle(() =>
    document.querySelector('leerroutes-kaart').shadowRoot.querySelector('#place-input'),
  );
  await input.focus();
  await page.keyboard.type(text, { delay: 40 });
  await page.waitForFunction(() =>
    document.querySelector('leerroutes-kaart').shadowRoot.querySelector('#place-input[aria-expanded="true"]'),
  );
  if (choose) {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('leerroutes-kaart').shadowRoot.querySelector('.list-school-distance, .place-bar'),
    );
    await page.evaluate(async () => {
      await new Promise((resolve) => setTimeout(resolve, 900));
      await document.querySelector('leerroutes-kaart').whenMapRendered();
    });
  }
};
const phone = { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
// Place search: suggestions while typing, and the routes near a chosen place (within 25 km), desktop and phone.
await shoot('demo-place-typing.png', { width: 1280, height: 860 }, '', typePlace('den bo'));
await shoot('demo-place.png', { width: 1280, height: 860 }, 'radius=25', typePlace('7511', true));
await shoot('demo-place-typing-mobile.png', phone, '', typePlace('751'));
await shoot('demo-place-mobile.png', phone, 'view=list', typePlace('Enschede', true));

/** The correction form opened on a route, filled in with one mistake, sent: the problem shown at its field. */
const correctionForm = async (page) => {
  const shadow = 'document.querySelector("leerroutes-kaart").shadowRoot';
  await page.evaluate(`${shadow}.querySelector(".correction-open").click()`);
  await page.waitForFunction(`!!${shadow}.querySelector("#correction-field")`);
  await page.evaluate(`(() => {
    const root = ${shadow};
    const set = (selector, value, type) => {
      const field = root.querySelector(selector);
      field.value = value;
      field.dispatchEvent(new Event(type));
    };
    set('#correction-field', 'niveaus', 'change');
    set('#correction-proposed', 'kb → mbo 3, ook gl → mbo 4', 'input');
    set('#correction-email', 'els@', 'input');
    root.querySelector('.correction-send').click();
  })()`);
  await page.waitForFunction(`!!${shadow}.querySelector("#correction-email-error")`);
  await page.evaluate(`${shadow}.querySelector("#correction-email-error").scrollIntoView({ block: "nearest" })`);
};
const correctionQuery = 'region=Twente&selected=dlr-2024-0004&correction-endpoint=/__corrections/demo';
await shoot('demo-correction.png', { width: 1280, height: 860 }, correctionQuery, correctionForm);
await shoot('demo-correction-mobile.png', phone, correctionQuery, correctionForm);

/** The workbench with a spreadsheet that has bad rows: summary, errors by row and column, the preview. */
async function shootWorkbench(name, viewport, file) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.goto('http://localhost:8765/dist/publish.html?basemap=none', { waitUntil: 'networkidle0' });
  const input = await page.$('#sheet-file');
  await input.uploadFile(file);
  await page.waitForFunction(() => document.querySelector('#workbench').dataset.reads === '1');
  await page.waitForFunction(() => document.querySelector('#preview-count')?.textContent);
  await page.evaluate(() => document.querySelector('#preview').whenMapRendered());
  await page.screenshot({ path: `${outdir}/${name}`, fullPage: true });
  console.log(`${outdir}/${name}`);
  await page.close();
}
await shootWorkbench('publish.png', { width: 1280, height: 900 }, 'test/fixtures/cli/bad-cells.csv');

await browser.close();
await server.stop();
