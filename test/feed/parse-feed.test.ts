import { expect } from '@open-wc/testing';
import { parseFeed, type ParseResult } from '../../src/feed/parse-feed.js';
import { formatProblem } from '../../src/feed/messages.js';
import { nl } from '../../src/i18n/nl.js';
import { en } from '../../src/i18n/en.js';
import { dlr, glr, leerlab, feedOf, withValue } from '../fixtures/feeds.js';

function parsed(result: ParseResult) {
  if (!result.ok) throw new Error(`expected a usable feed, got ${result.failure.kind}`);
  return result.feed;
}

/** The messages for a one-feature feed whose feature is skipped. */
function problemsOf(feature: unknown, messages = nl): string[] {
  const feed = parsed(parseFeed(feedOf([feature]), 'feed.json'));
  expect(feed.routes, 'the feature should be skipped').to.have.length(0);
  return feed.problems.map((p) => formatProblem(p, messages));
}

function warningsOf(feature: unknown): string[] {
  const feed = parsed(parseFeed(feedOf([feature]), 'feed.json'));
  expect(feed.routes, 'the feature should be kept').to.have.length(1);
  return feed.warnings.map((p) => formatProblem(p, nl));
}

describe('parseFeed: the feed as a whole', () => {
  it('accepts a valid feed with one route of each kind', () => {
    const feed = parsed(parseFeed(feedOf([dlr(), glr(), leerlab()]), 'feed.json'));
    expect(feed.routes.map((r) => r.id)).to.deep.equal(['dlr-1', 'glr-1', 'lab-1']);
    expect(feed.skipped).to.equal(0);
    expect(feed.problems).to.deep.equal([]);
    expect(feed.bijgewerkt).to.equal('2026-10-15');
    expect(feed.bron).to.equal('Test');
  });

  it('refuses what is not a FeatureCollection', () => {
    for (const document of [null, [], 'text', { type: 'Feature' }, { features: [] }]) {
      const result = parseFeed(document, 'https://x.nl/feed.json');
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.failure).to.deep.equal({ kind: 'not-collection', url: 'https://x.nl/feed.json' });
    }
  });

  it('refuses a missing or newer feedVersie with its own message', () => {
    const missing = parseFeed({ type: 'FeatureCollection', features: [] }, 'f.json');
    expect(missing.ok || missing.failure.kind).to.equal('no-version');
    const newer = parseFeed({ type: 'FeatureCollection', feedVersie: 2, features: [] }, 'f.json');
    expect(newer.ok || newer.failure).to.deep.equal({ kind: 'newer-version', url: 'f.json', version: '2' });
  });

  it('refuses a feed without a features list', () => {
    const result = parseFeed({ type: 'FeatureCollection', feedVersie: 1, features: {} }, 'f.json');
    expect(result.ok || result.failure.kind).to.equal('no-features');
  });

  it('keeps every valid feature when others are invalid, naming each invalid one', () => {
    const feed = parsed(
      parseFeed(feedOf([dlr('a'), 'no feature', glr('b'), withValue(dlr('c'), 'properties.naam', '')]), 'f'),
    );
    expect(feed.routes.map((r) => r.id)).to.deep.equal(['a', 'b']);
    expect(feed.skipped).to.equal(2);
    expect(feed.problems.map((p) => formatProblem(p, nl))).to.deep.equal([
      'features[1]: moet een object zijn',
      'features[3] (c): naam: mag niet leeg zijn',
    ]);
  });

  it('keeps the first of two features with the same id', () => {
    const feed = parsed(parseFeed(feedOf([dlr('x'), glr('x')]), 'f'));
    expect(feed.routes.map((r) => r.soort)).to.deep.equal(['DLR']);
    expect(feed.problems.map((p) => formatProblem(p, nl))).to.deep.equal([
      'features[1] (x): id: dit id komt al voor bij features[0]; alleen de eerste wordt getoond',
    ]);
  });

  it('ignores unknown fields, for newer publishers', () => {
    const feed = parsed(parseFeed(feedOf([withValue(dlr(), 'properties.nieuwVeld', 42)], { extra: true }), 'f'));
    expect(feed.routes).to.have.length(1);
    expect(feed.routes[0]).not.to.have.property('nieuwVeld');
  });

  it('drops an invalid bijgewerkt date with a warning', () => {
    const feed = parsed(parseFeed(feedOf([dlr()], { bijgewerkt: '15-10-2026' }), 'f'));
    expect(feed.bijgewerkt).to.equal(undefined);
    expect(feed.warnings.map((p) => formatProblem(p, nl))).to.deep.equal([
      'bijgewerkt: "15-10-2026" is geen datum (JJJJ-MM-DD) en wordt niet getoond',
    ]);
  });
});

describe('parseFeed: one school, one place', () => {
  it('warns on each later route that puts its school over 100 m away or names it otherwise, naming the first', () => {
    const result = parseFeed(
      feedOf([
        dlr('a'),
        withValue(dlr('b'), 'geometry.coordinates', [6.8937, 52.2395]),
        withValue(
          withValue(dlr('c'), 'properties.school.naam', 'Ander College'),
          'properties.school.plaats',
          'Hengelo',
        ),
        withValue(dlr('d'), 'geometry.coordinates', [6.8938, 52.2219]),
        withValue(dlr('e'), 'properties.school.vestiging', '02'),
      ]),
      'f',
    );
    if (!result.ok) throw new Error(result.failure.kind);
    const remarks = result.feed.warnings.filter((w) => w.about === 'school-place');
    expect(remarks.map((p) => formatProblem(p, nl))).to.deep.equal([
      'features[1] (b): school: dezelfde school (12AB-01) als features[0] (a), maar 2,0 km daarvandaan; de pin staat waar features[0] (a) de school zet',
      'features[2] (c): school: dezelfde school (12AB-01) als features[0] (a), maar daar heet ze "Voorbeeldcollege", daar ligt ze in "Enschede"; de pin staat waar features[0] (a) de school zet',
    ]);
    expect(formatProblem(remarks[0]!, en)).to.equal(
      'features[1] (b): school: the same school (12AB-01) as features[0] (a), but 2.0 km away from it; the pin stands where features[0] (a) puts the school',
    );
  });

  it('says nothing of schools without a BRIN (their pin is their position) or of one route per school', () => {
    const result = parseFeed(
      feedOf([leerlab('x'), withValue(leerlab('y'), 'geometry.coordinates', [5.7, 50.9]), glr()]),
      'f',
    );
    if (!result.ok) throw new Error(result.failure.kind);
    expect(result.feed.warnings.filter((w) => w.about === 'school-place')).to.deep.equal([]);
  });
});

describe('parseFeed: the rules of each field', () => {
  it('geometry: a point inside the Netherlands', () => {
    expect(problemsOf(withValue(dlr('d'), 'geometry.coordinates', [2.35, 48.85]))).to.deep.equal([
      'features[0] (d): geometry.coordinates: [2.35, 48.85] ligt niet in Nederland (lengtegraad 3.2 tot 7.3, breedtegraad 50.7 tot 53.7)',
    ]);
    expect(problemsOf(withValue(dlr('d'), 'geometry', { type: 'LineString', coordinates: [[5, 52]] }))[0]).to.equal(
      'features[0] (d): geometry.type: de geometrie moet een "Point" zijn',
    );
    expect(problemsOf(withValue(dlr('d'), 'geometry', undefined))).to.deep.equal([
      'features[0] (d): geometry: ontbreekt',
    ]);
  });

  it('geometry: swapped coordinates get their own message', () => {
    expect(problemsOf(withValue(dlr('d'), 'geometry.coordinates', [52.2215, 6.8937]))).to.deep.equal([
      'features[0] (d): geometry.coordinates: de coördinaten lijken verwisseld: [52.2215, 6.8937] ligt buiten Nederland, [6.8937, 52.2215] erbinnen. Schrijf [lengtegraad, breedtegraad]',
    ]);
  });

  it('soort: DLR, GLR or leerlab', () => {
    expect(problemsOf(withValue(dlr('d'), 'properties.soort', 'dlr'))).to.deep.equal([
      'features[0] (d): soort: soort moet "DLR", "GLR" of "leerlab" zijn',
    ]);
  });

  it('naam: 1 to 200 characters', () => {
    expect(problemsOf(withValue(dlr('d'), 'properties.naam', 'x'.repeat(201)))).to.deep.equal([
      'features[0] (d): naam: is te lang (hoogstens 200 tekens)',
    ]);
    expect(problemsOf(withValue(dlr('d'), 'properties.naam', 12))).to.deep.equal([
      'features[0] (d): naam: moet tekst zijn',
    ]);
  });

  it('beschrijving: at most 5,000 characters', () => {
    expect(problemsOf(withValue(dlr('d'), 'properties.beschrijving', 'x'.repeat(5001)))).to.deep.equal([
      'features[0] (d): beschrijving: is te lang (hoogstens 5000 tekens)',
    ]);
  });

  it('school: BRIN required for DLR and GLR, in the form 12AB; vestiging 2 digits', () => {
    expect(problemsOf(withValue(dlr('d'), 'properties.school.brin', undefined))).to.deep.equal([
      'features[0] (d): school.brin: de BRIN van de vmbo-school ontbreekt; die is verplicht voor DLR en GLR',
    ]);
    expect(problemsOf(withValue(dlr('d'), 'properties.school.brin', '12ab'))).to.deep.equal([
      'features[0] (d): school.brin: BRIN moet 2 cijfers en daarna 2 hoofdletters of cijfers zijn (zoals 12AB), niet "12ab"',
    ]);
    expect(problemsOf(withValue(dlr('d'), 'properties.school.vestiging', '1'))).to.deep.equal([
      'features[0] (d): school.vestiging: vestiging moet 2 cijfers zijn (zoals 01)',
    ]);
    expect(warningsOf(leerlab())).to.deep.equal([]);
  });

  it('arbeidsmarktregio: required; a code is read as its name', () => {
    expect(problemsOf(withValue(dlr('d'), 'properties.arbeidsmarktregio', undefined))).to.deep.equal([
      'features[0] (d): arbeidsmarktregio: ontbreekt',
    ]);
    const feed = parsed(parseFeed(feedOf([withValue(dlr(), 'properties.arbeidsmarktregio', 'AM24')]), 'f'));
    expect(feed.routes[0]!.arbeidsmarktregio).to.equal('Zeeland');
    expect(feed.routes[0]!.regionKnown).to.equal(true);
  });

  it('arbeidsmarktregio: an old alias is read with a warning; an unknown one is kept with a warning', () => {
    expect(warningsOf(withValue(dlr('d'), 'properties.arbeidsmarktregio', 'Food Valley'))).to.deep.equal([
      'features[0] (d): arbeidsmarktregio: arbeidsmarktregio "Food Valley" is een oude naam, gelezen als "FoodValley"',
    ]);
    const unknown = withValue(
      withValue(dlr('d'), 'properties.arbeidsmarktregio', 'Twentee'),
      'properties.arbeidsmarktregios',
      undefined,
    );
    expect(warningsOf(unknown)).to.deep.equal([
      'features[0] (d): arbeidsmarktregio: arbeidsmarktregio "Twentee" is onbekend; de route staat op de kaart, maar valt onder geen regiofilter',
    ]);
  });

  it('arbeidsmarktregios: defaults to the school region', () => {
    const feed = parsed(parseFeed(feedOf([withValue(dlr(), 'properties.arbeidsmarktregios', undefined)]), 'f'));
    expect(feed.routes[0]!.arbeidsmarktregios).to.deep.equal(['Twente']);
  });

  it('profielen: at least one for DLR and GLR; an unknown code is kept with a warning', () => {
    expect(problemsOf(withValue(glr('g'), 'properties.profielen', []))).to.deep.equal([
      'features[0] (g): profielen: minstens één profiel is verplicht voor DLR en GLR',
    ]);
    expect(warningsOf(withValue(dlr('d'), 'properties.profielen', ['PIE', 'T&T']))).to.deep.equal([
      'features[0] (d): profielen[1]: profiel "T&T" is onbekend; getoond zoals geschreven',
    ]);
  });

  it('niveaus: van bb/kb/gl/tl, naar 2/3/4, never entree', () => {
    expect(problemsOf(withValue(dlr('dlr-0007'), 'properties.niveaus.0.naar', 1))).to.deep.equal([
      'features[0] (dlr-0007): niveaus[0].naar: mbo-niveau 1 (entree) kan geen doorlopende leerroute zijn',
    ]);
    expect(problemsOf(withValue(dlr('d'), 'properties.niveaus.1.naar', 5))).to.deep.equal([
      'features[0] (d): niveaus[1].naar: mbo-niveau moet 2, 3 of 4 zijn',
    ]);
    expect(problemsOf(withValue(dlr('d'), 'properties.niveaus.0.van', 'havo'))).to.deep.equal([
      'features[0] (d): niveaus[0].van: vmbo-leerweg moet bb, kb, gl of tl zijn',
    ]);
    expect(problemsOf(withValue(dlr('d'), 'properties.niveaus', undefined))).to.deep.equal([
      'features[0] (d): niveaus: minstens één niveau is verplicht voor DLR en GLR',
    ]);
  });

  it('niveaus: a GLR runs exactly from bb to mbo 2', () => {
    expect(problemsOf(withValue(glr('g'), 'properties.niveaus', [{ van: 'kb', naar: 2 }]))).to.deep.equal([
      'features[0] (g): niveaus: een geïntegreerde leerroute (GLR) loopt altijd van bb naar mbo 2: niveaus moet precies [{ "van": "bb", "naar": 2 }] zijn',
    ]);
  });

  it('startjaar: required for DLR and GLR, 2015 to next year', () => {
    const nextYear = new Date().getFullYear() + 1;
    expect(problemsOf(withValue(dlr('d'), 'properties.startjaar', 2014))).to.deep.equal([
      'features[0] (d): startjaar: moet minstens 2015 zijn',
    ]);
    expect(problemsOf(withValue(dlr('d'), 'properties.startjaar', nextYear + 1))).to.deep.equal([
      `features[0] (d): startjaar: mag hoogstens ${nextYear} zijn`,
    ]);
    expect(problemsOf(withValue(dlr('d'), 'properties.startjaar', 2021.5))).to.deep.equal([
      'features[0] (d): startjaar: moet een geheel getal zijn',
    ]);
    expect(problemsOf(withValue(glr('g'), 'properties.startjaar', undefined))).to.deep.equal([
      'features[0] (g): startjaar: het startjaar is verplicht voor DLR en GLR',
    ]);
  });

  it('vmboScholen and mboInstellingen: lists of {naam, brin?}', () => {
    expect(problemsOf(withValue(dlr('d'), 'properties.mboInstellingen', [{ brin: '25LU' }]))).to.deep.equal([
      'features[0] (d): mboInstellingen[0].naam: ontbreekt',
    ]);
  });

  it('contact: kept only with toestemming exactly true', () => {
    for (const toestemming of [false, 'ja', 1, undefined]) {
      const feature = withValue(dlr('d'), 'properties.contact.toestemming', toestemming);
      const feed = parsed(parseFeed(feedOf([feature]), 'f'));
      expect(feed.routes[0]!.contact, String(toestemming)).to.equal(undefined);
      expect(JSON.stringify(feed.routes[0])).not.to.include('Jansen');
      expect(feed.warnings.map((p) => formatProblem(p, nl))).to.deep.equal([
        'features[0] (d): contact: contactpersoon weggelaten: er is geen toestemming (contact.toestemming is niet true)',
      ]);
    }
    const kept = parsed(parseFeed(feedOf([dlr()]), 'f')).routes[0]!.contact;
    expect(kept).to.deep.include({ naam: 'J. Jansen', email: 'j.jansen@example.nl', telefoon: '053 123 45 67' });
  });

  it('contact: e-mail and phone checked when shown, not when left out', () => {
    expect(problemsOf(withValue(dlr('d'), 'properties.contact.email', 'jansen at school'))).to.deep.equal([
      'features[0] (d): contact.email: moet één gewoon e-mailadres zijn, zoals naam@school.nl (zonder spaties, ?, &, %, komma of tweede @)',
    ]);
    expect(problemsOf(withValue(dlr('d'), 'properties.contact.telefoon', '053-1234 ext. 5'))).to.deep.equal([
      'features[0] (d): contact.telefoon: een telefoonnummer mag alleen cijfers, spaties, +, -, ( en ) bevatten',
    ]);
    const withoutConsent = withValue(
      withValue(dlr('d'), 'properties.contact.email', 'nope'),
      'properties.contact.toestemming',
      false,
    );
    expect(warningsOf(withoutConsent)).to.have.length(1);
  });

  it('website and wijzigingUrl: only https, anything else dropped with a warning', () => {
    const feature = withValue(
      withValue(dlr('d'), 'properties.website', 'javascript:alert(1)'),
      'properties.wijzigingUrl',
      'http://x.nl',
    );
    expect(warningsOf(feature)).to.deep.equal([
      'features[0] (d): website: alleen https-links worden getoond; deze link is weggelaten',
      'features[0] (d): wijzigingUrl: alleen https-links worden getoond; deze link is weggelaten',
    ]);
    const feed = parsed(parseFeed(feedOf([feature]), 'f'));
    expect(feed.routes[0]!.website).to.equal(undefined);
    expect(feed.routes[0]!.wijzigingUrl).to.equal(undefined);
  });

  it('speaks English when asked', () => {
    expect(problemsOf(withValue(dlr('dlr-0007'), 'properties.niveaus.0.naar', 1), en)).to.deep.equal([
      'features[0] (dlr-0007): niveaus[0].naar: mbo level 1 (entree) cannot be the end of a doorlopende leerroute',
    ]);
  });
});
