import { expect } from '@open-wc/testing';
import { mount, removeMounted, text, renderedMarkers } from './helpers.js';
import { dlr, glr, feedOf, feedUrl, withValue } from '../fixtures/feeds.js';

const here = (path: string) => new URL(path, location.href).href;

describe('leerroutes-kaart: feeds that cannot be (fully) used', () => {
  afterEach(removeMounted);

  async function expectFailure(src: string, kind: string, message: string) {
    const { el, error } = await mount({ src });
    expect(error).to.deep.include({ kind, message });
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert, 'an alert in the map').to.not.equal(null);
    expect(text(el, '[role="alert"] strong')).to.equal('De kaart kan de routes niet tonen');
    expect(text(el, '[role="alert"] p')).to.equal(message);
    expect(renderedMarkers(el).pins).to.equal(0);
    return el;
  }

  it('says a feed was not found (404), naming the URL', async () => {
    const url = here('/test/fixtures/bestaat-niet.json');
    await expectFailure(url, 'http', `404: feed niet gevonden op ${url}.`);
  });

  it('says a feed is not JSON', async () => {
    const src = feedUrl('<html>Onderhoud</html>');
    const { error } = await mount({ src });
    expect(error!.kind).to.equal('not-json');
    expect(error!.message).to.match(new RegExp(`^De feed op ${src} is geen geldige JSON \\(.+\\)\\.$`));
  });

  it('says an empty file is empty', async () => {
    const src = feedUrl('');
    await expectFailure(src, 'not-json', `De feed op ${src} is geen geldige JSON (het bestand is leeg).`);
  });

  it('says a document is not a FeatureCollection', async () => {
    const src = feedUrl({ routes: [] });
    await expectFailure(
      src,
      'not-collection',
      `De feed op ${src} is geen GeoJSON FeatureCollection: het veld "type" moet "FeatureCollection" zijn.`,
    );
  });

  it('refuses a newer feed version rather than guessing', async () => {
    const src = feedUrl(feedOf([dlr()], { feedVersie: 2 }));
    await expectFailure(
      src,
      'newer-version',
      `De feed op ${src} heeft feedVersie 2; deze versie van de kaart leest alleen versie 1. Werk leerroutes-kaart bij.`,
    );
  });

  it('says a feed cannot be reached, and mentions CORS for the webmaster', async () => {
    const src = 'http://127.0.0.1:9/routes.json';
    const el = await expectFailure(
      src,
      'network',
      `De feed op ${src} is niet bereikbaar. Controleer het adres, de internetverbinding, en of de server van de feed andere websites toestaat de feed te lezen (CORS).`,
    );
    expect(el.isConnected).to.equal(true);
  });

  it('says when no src is given', async () => {
    const { error } = await mount({});
    expect(error).to.deep.equal({
      kind: 'no-src',
      background: false,
      message: 'Er is geen feed opgegeven: zet het attribuut src op de URL van de routesfeed.',
    });
  });

  it('shows every valid route, and says how many could not be shown and why', async () => {
    const broken = withValue(dlr('dlr-0007'), 'properties.niveaus.0.naar', 1);
    const warnings: unknown[][] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const { el, loaded } = await mount({ src: feedUrl(feedOf([glr(), broken, 'rubbish'])) });
      expect(loaded).to.deep.equal({
        shown: 1,
        skipped: 2,
        refreshed: false,
        problems: [
          'features[1] (dlr-0007): niveaus[0].naar: mbo-niveau 1 (entree) kan geen doorlopende leerroute zijn',
          'features[2]: moet een object zijn',
        ],
        warnings: [],
      });
      expect(renderedMarkers(el).pins).to.equal(1);
      expect(text(el, '.footer-skipped')).to.equal('2 routes konden niet worden getoond door fouten in de gegevens.');
      expect(String(warnings[0]?.[0])).to.include('features[1] (dlr-0007): niveaus[0].naar');
    } finally {
      console.warn = originalWarn;
    }
  });

  it('shows the feed date and source in the footer', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])) });
    expect(text(el, '.footer')).to.equal('bijgewerkt op 15 oktober 2026 Test');
  });
});
