/**
 * Hostile input, round two (docs/RELIABILITY.md, "Hostile input"): each `describe` is one class of attack, tested on
 * the pure code the element and the CLI share. The element's side of each class is in
 * test/components/hostile-input.test.ts.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed, MAX_PROBLEMS_PER_FEATURE, type ParseResult } from '../../src/feed/parse-feed.js';
import { formatProblem, describeFailure } from '../../src/feed/messages.js';
import { describeJsonError, firstJsonErrorOffset } from '../../src/feed/json-position.js';
import { isPlainEmail, linkProblem } from '../../src/feed/text-checks.js';
import { LIST_LIMITS } from '../../src/feed/schema.js';
import { mailtoHref } from '../../src/model/mailto.js';
import { searchWords, parseFilterAttribute, MAX_SEARCH_WORDS } from '../../src/model/filters.js';
import { readSetting, REFRESH_MINUTES, TIMEOUT_SECONDS } from '../../src/model/settings.js';
import { readUrlState, writeUrlState, hasUrlState } from '../../src/model/url-state.js';
import { NO_FILTERS } from '../../src/model/filters.js';
import { nl } from '../../src/i18n/nl.js';
import { dlr, leerlab, feedOf, withValue } from '../fixtures/feeds.js';

function parsed(result: ParseResult) {
  if (!result.ok) throw new Error(`expected a usable feed, got ${result.failure.kind}`);
  return result.feed;
}
const problemsOf = (result: ParseResult) => parsed(result).problems.map((p) => formatProblem(p, nl));
const warningsOf = (result: ParseResult) => parsed(result).warnings.map((p) => formatProblem(p, nl));

/** Milliseconds one call takes: only ever compared with a reference measured in the same page. */
function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe('hostile input 1: regex backtracking (validation stays linear in the input)', () => {
  // Each shape made an old pattern try every split of the string: seconds at 100 kB, minutes at a few hundred.
  const shapes: [string, (n: number) => string][] = [
    ['website', (n) => `https://${'a'.repeat(n)} x`],
    ['wijzigingUrl', (n) => `https://${'a'.repeat(n)}\u0000`],
    ['contact.email', (n) => `a@${'a.'.repeat(n / 2)} `],
    ['contact.email', (n) => `${'a'.repeat(n)}@`],
    ['contact.telefoon', (n) => `${'1'.repeat(n)}x`],
    ['naam', (n) => `${' '.repeat(n)}x`],
    ['beschrijving', (n) => `${'\n '.repeat(n / 2)}x`],
    ['school.naam', (n) => '\u200b'.repeat(n)],
  ];

  function timeOne(path: string, value: string): number {
    const feature = withValue(dlr('d'), `properties.${path}`, value);
    const started = performance.now();
    parseFeed(feedOf([feature]), 'f');
    return performance.now() - started;
  }

  it('validates a 200,000-character adversarial value in every field in linear time', () => {
    for (const [path, make] of shapes) {
      // The reference: the same value ten times shorter, in the same page. Linear work grows ten-fold; the old
      // backtracking patterns grew a hundred-fold and more.
      const reference = Math.max(1, timeOne(path, make(20_000)));
      const ms = timeOne(path, make(200_000));
      expect(ms / reference, `${path}: ${ms.toFixed(1)} ms against ${reference.toFixed(1)} ms`).to.be.below(40);
    }
  });

  it('property: time grows with length, not with its square, for random adversarial strings', () => {
    const unit = fc.constantFrom('a', '.', '@', '/', ' ', ':', '-', '\u200b', '%', 'https://', 'a.b', '1 ');
    fc.assert(
      fc.property(
        fc.constantFrom(...shapes.map(([path]) => path)),
        fc.array(unit, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 20_000, max: 120_000 }),
        fc.constantFrom('', ' x', '\u0000', '@', '?'),
        (path, units, length, tail) => {
          const pattern = units.join('');
          const value = pattern.repeat(Math.ceil(length / pattern.length)) + tail;
          const ms = timeOne(path, value);
          // 1 µs per character plus a generous constant: a quadratic pattern blows through it by orders of magnitude.
          expect(ms, `${path} ${JSON.stringify(pattern)} × ${length}: ${ms.toFixed(0)} ms`).to.be.below(
            60 + value.length / 1000,
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('gives every string field a maximum length', () => {
    const cases: [string, number][] = [
      ['website', 2000],
      ['wijzigingUrl', 2000],
      ['contact.naam', 200],
      ['contact.functie', 200],
      ['contact.email', 254],
      ['contact.telefoon', 40],
      ['school.naam', 200],
      ['mboInstellingen.0.naam', 200],
    ];
    for (const [path, max] of cases) {
      const value =
        path === 'contact.telefoon'
          ? '1'.repeat(max + 1)
          : path.endsWith('email')
            ? `${'a'.repeat(max)}@x.nl`
            : 'x'.repeat(max + 1);
      const problems = problemsOf(parseFeed(feedOf([withValue(dlr('d'), `properties.${path}`, value)]), 'f'));
      expect(problems.join('\n'), path).to.include(`is te lang (hoogstens ${max} tekens)`);
    }
    const longId = problemsOf(parseFeed(feedOf([dlr('x'.repeat(101))]), 'f'));
    expect(longId.join('\n')).to.include('id: is te lang (hoogstens 100 tekens)');
    const bron = parsed(parseFeed({ ...feedOf([dlr()]), bron: 'x'.repeat(501) }, 'f'));
    expect(bron.bron).to.equal(undefined);
    expect(bron.warnings.map((p) => formatProblem(p, nl)).join()).to.include('moet tekst van 1 tot 500 tekens zijn');
  });
});

describe('hostile input 2: mail header injection', () => {
  it('accepts one plain address and nothing a mailto: link could read as more', () => {
    for (const good of ['j.jansen@example.nl', 'info+routes@roc-twente.nl', "o'brien@school.co.uk", 'A_B@X.NL']) {
      expect(isPlainEmail(good), good).to.equal(true);
    }
    for (const bad of [
      'jan@school.nl?cc=boef@example.com&bcc=x@y.nl&body=Klik',
      'jan@school.nl&cc=x@y.nl',
      'jan%40school.nl@x.nl',
      'jan@school.nl,boef@example.com',
      'jan@school.nl;boef@example.com',
      'jan@school.nl\nBcc: boef@example.com',
      'jan@school.nl#x',
      'jan @school.nl',
      'jan@@school.nl',
      '@school.nl',
      'jan@school',
      'jan@-school.nl',
      'jan@school.n1',
    ]) {
      expect(isPlainEmail(bad), bad).to.equal(false);
    }
  });

  it('skips a consented contact whose address carries extra recipients or a body', () => {
    const feature = withValue(
      dlr('d'),
      'properties.contact.email',
      'jan@school.nl?cc=boef@example.com&body=Klik%20hier',
    );
    expect(problemsOf(parseFeed(feedOf([feature]), 'f'))[0]).to.match(
      /^features\[0\] \(d\): contact\.email: moet één gewoon e-mailadres zijn/,
    );
  });

  it('builds mailto: links whose feed text stays inside the subject and body', () => {
    const naam = 'Zorg & welzijn? #1 100%\nBcc: boef@example.com';
    const href = mailtoHref('jan@school.nl', {
      subject: `Wijziging voor route a&b: ${naam}`,
      body: `Route: ${naam}\nId: a&b?c=d`,
    });
    const url = new URL(href);
    expect(url.protocol).to.equal('mailto:');
    expect(url.pathname).to.equal('jan@school.nl');
    expect([...url.searchParams.keys()]).to.deep.equal(['subject', 'body']);
    expect(url.searchParams.get('subject')).to.equal(
      'Wijziging voor route a&b: Zorg & welzijn? #1 100% Bcc: boef@example.com',
    );
    expect(url.searchParams.get('body')).to.equal(
      `Route: Zorg & welzijn? #1 100%\r\nBcc: boef@example.com\r\nId: a&b?c=d`,
    );
    expect(url.hash).to.equal('');
    // An address that is not one plain address is never put in the link.
    expect(mailtoHref('jan@school.nl?cc=boef@example.com')).to.equal('mailto:');
  });
});

describe('hostile input 3: one bad feature costs that feature only', () => {
  it('skips a feature with 130,000 wrong list items, with a bounded number of messages, and keeps the rest', () => {
    for (const field of Object.keys(LIST_LIMITS)) {
      const bad = withValue(dlr('bad'), `properties.${field}`, new Array(130_000).fill(5));
      const result = parseFeed(feedOf([dlr('a'), bad, leerlab('b')]), 'f');
      const feed = parsed(result);
      expect(
        feed.routes.map((r) => r.id),
        field,
      ).to.deep.equal(['a', 'b']);
      const messages = problemsOf(result);
      expect(messages.length, field).to.be.at.most(MAX_PROBLEMS_PER_FEATURE);
      expect(messages[0], field).to.include(`${field}: heeft 130.000 elementen; hoogstens`);
    }
  });

  it('skips a feature whose coordinates are 130,000 strings', () => {
    const bad = withValue(dlr('bad'), 'geometry.coordinates', new Array(130_000).fill('x'));
    const result = parseFeed(feedOf([bad, dlr('a')]), 'f');
    expect(parsed(result).routes.map((r) => r.id)).to.deep.equal(['a']);
    expect(problemsOf(result)[0]).to.include('geometry.coordinates: heeft 130.000 elementen; hoogstens 3');
  });

  it('counts the problems past the first few: "… en N andere problemen"', () => {
    const bad = withValue(dlr('bad'), 'properties.mboInstellingen', new Array(100).fill({ naam: '' }));
    const messages = problemsOf(parseFeed(feedOf([bad]), 'f'));
    expect(messages).to.have.length(MAX_PROBLEMS_PER_FEATURE);
    expect(messages.at(-1)).to.equal('features[0] (bad): … en 91 andere problemen');
  });

  it('names a feedVersie that is an object (with a toString) as what it is, without calling it', () => {
    const result = parseFeed(
      { type: 'FeatureCollection', feedVersie: { toString: 1, valueOf: 2 }, features: [] },
      'f.json',
    );
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(describeFailure(result.failure, nl)).to.equal(
      'De feed op f.json heeft feedVersie {…}; deze versie van de kaart leest alleen versie 1. Werk leerroutes-kaart bij.',
    );
  });
});

describe('hostile input 4: unbounded work from data or links', () => {
  it('bounds a search to a sentence of at most 10 distinct words', () => {
    const words = Array.from({ length: 150_000 }, (_, i) => `woord${i % 7}`).join(' ');
    const tenth = Array.from({ length: 15_000 }, (_, i) => `woord${i % 7}`).join(' ');
    const reference = timed(() => searchWords(tenth));
    let asked: string[] = [];
    const took = timed(() => (asked = searchWords(words)));
    // Ten times the text costs at most about ten times the work (the reference: a tenth, in the same page).
    expect(took / Math.max(1, reference)).to.be.below(40);
    expect(asked.length).to.be.at.most(MAX_SEARCH_WORDS);
    expect(new Set(asked).size).to.equal(asked.length);
    expect(searchWords('zorg zorg ZORG welzijn')).to.deep.equal(['zorg', 'welzijn']);
  });

  it('reads at most 100 values of a filter attribute', () => {
    const attribute = Array.from({ length: 150_000 }, () => 'Twente').join(',');
    const tenth = Array.from({ length: 15_000 }, () => 'Twente').join(',');
    const reference = timed(() => parseFilterAttribute('region', tenth));
    const took = timed(() => expect(parseFilterAttribute('region', attribute).values).to.deep.equal(['Twente']));
    expect(took / Math.max(1, reference)).to.be.below(40);
  });

  it('bounds every list in a route', () => {
    for (const [field, limit] of Object.entries(LIST_LIMITS)) {
      const items = field === 'niveaus' ? { van: 'kb', naar: 3 } : field.endsWith('n') ? { naam: 'X' } : 'Twente';
      const value = new Array(limit + 1).fill(items);
      const messages = problemsOf(parseFeed(feedOf([withValue(dlr('d'), `properties.${field}`, value)]), 'f'));
      expect(messages.join('\n'), field).to.include(`heeft ${limit + 1} elementen; hoogstens ${limit} toegestaan`);
    }
  });
});

describe('hostile input 5: timer overflow', () => {
  it('clamps refresh to 5 seconds … 24 hours, with a warning naming the value', () => {
    for (const written of [40_000, 1e308, Infinity]) {
      const setting = readSetting(written, REFRESH_MINUTES);
      expect(setting.value, String(written)).to.equal(1440);
      expect(setting.warning).to.include(`refresh="${written}" is outside`);
    }
    expect(readSetting(0.01, REFRESH_MINUTES).value).to.equal(5 / 60);
    expect(readSetting(-3, REFRESH_MINUTES).value).to.equal(undefined);
    expect(readSetting(Number.NaN, REFRESH_MINUTES)).to.deep.include({ value: undefined });
    expect(readSetting(0, REFRESH_MINUTES)).to.deep.equal({ value: undefined });
    expect(readSetting(5, REFRESH_MINUTES)).to.deep.equal({ value: 5 });
  });

  it('clamps timeout to 1 … 300 seconds', () => {
    expect(readSetting(86_400 * 30, TIMEOUT_SECONDS).value).to.equal(300);
    expect(readSetting(Infinity, TIMEOUT_SECONDS).value).to.equal(300);
    expect(readSetting(0, TIMEOUT_SECONDS).value).to.equal(1);
    expect(readSetting(Number.NaN, TIMEOUT_SECONDS).value).to.equal(15);
    expect(readSetting(undefined, TIMEOUT_SECONDS)).to.deep.equal({ value: 15 });
    expect(readSetting(20, TIMEOUT_SECONDS)).to.deep.equal({ value: 20 });
  });
});

describe('hostile input 7: contact text never leaks through a JSON error', () => {
  it('names the line and column of a syntax error, never the text around it', () => {
    const text = '{"type": "FeatureCollection",\n "features": [{"contact": {"naam": Jan Jansen}}]}';
    const error = describeJsonError(text);
    expect(error).to.deep.equal({ reason: 'syntax', line: 2, column: 36 });
    const message = describeFailure({ kind: 'not-json', url: 'f.json', ...error }, nl);
    expect(message).to.equal('De feed op f.json is geen geldige JSON (fout op regel 2, teken 36).');
    expect(message).not.to.include('Jan');
  });

  it('finds the first error where JSON.parse does, for random damaged JSON', () => {
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', 'x', '}', ']', ',', '"', ':', '\u0001', '\\', '-', '0'),
        (json, at, inserted) => {
          const position = at % (json.length + 1);
          const text = json.slice(0, position) + inserted + json.slice(position);
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          const offset = firstJsonErrorOffset(text);
          expect(offset < 0, text).to.equal(valid);
          if (!valid) expect(offset, text).to.be.at.most(text.length);
        },
      ),
      { numRuns: 500 },
    );
    expect(firstJsonErrorOffset('['.repeat(100_000))).to.equal(100_000);
  });
});

describe('hostile input 8: a contact without consent never costs its route', () => {
  it('drops the contact whatever it holds, keeps the route, and warns naming the route', () => {
    const contents: unknown[] = [
      { naam: ['J.'], email: 42, telefoon: { x: 1 }, toestemming: false },
      { email: 'jan@school.nl?cc=x', toestemming: 'ja' },
      { naam: 'x'.repeat(10_000) },
      'J. Jansen, 06 1234 5678',
      42,
      null,
      [],
    ];
    for (const contact of contents) {
      const result = parseFeed(feedOf([withValue(dlr('d'), 'properties.contact', contact)]), 'f');
      const feed = parsed(result);
      expect(
        feed.routes.map((r) => r.id),
        JSON.stringify(contact),
      ).to.deep.equal(['d']);
      expect(feed.routes[0]!.contact).to.equal(undefined);
      expect(JSON.stringify(feed.routes[0])).not.to.include('Jansen');
      expect(warningsOf(result)).to.deep.equal([
        'features[0] (d): contact: contactpersoon weggelaten: er is geen toestemming (contact.toestemming is niet true)',
      ]);
    }
  });
});

describe("hostile input 9: sync-url names and the page's own hash", () => {
  const state = { filters: { ...NO_FILTERS, region: ['Twente'] }, search: 'zorg', selected: 'route-é' };

  it('reads back a namespace that needs percent-encoding, as the browser stores it, without growing', () => {
    for (const namespace of ['mijn kaart', 'kaart-é', 'a&b=c', 'ruimte.kaart']) {
      let hash = '#intro';
      for (let i = 0; i < 3; i++) {
        hash = writeUrlState(hash, namespace, state);
        // What location.hash gives back: spaces and non-ASCII percent-encoded.
        hash = new URL(`https://x.nl/${hash}`).hash;
      }
      expect(hash.split('&').length, namespace).to.equal(4);
      expect(hash.startsWith('#intro&'), namespace).to.equal(true);
      expect(readUrlState(hash, namespace), namespace).to.deep.equal({
        filters: { region: ['Twente'] },
        search: 'zorg',
        selected: 'route-é',
      });
      expect(hasUrlState(hash, namespace)).to.equal(true);
      expect(hasUrlState('#intro', namespace)).to.equal(false);
    }
  });
});

describe('hostile input 10: spoofing and dead links', () => {
  it('removes invisible characters from texts, with a warning, and refuses names that are only invisible', () => {
    const rlo = withValue(dlr('d'), 'properties.naam', 'Route \u202Egpj.exe');
    const result = parseFeed(feedOf([rlo]), 'f');
    expect(parsed(result).routes[0]!.naam).to.equal('Route gpj.exe');
    expect(warningsOf(result)).to.include(
      'features[0] (d): naam: onzichtbare of ongeldige tekens (zoals zero-width, tekstrichting of een losse surrogaathelft) of een stapel accenten op één letter zijn verwijderd',
    );
    const invisibles = [
      '\u200b\u200b',
      '\u202e',
      '\ufeff \u2060',
      '\u0000',
      // Unicode tag characters (U+E0041 U+E0042), Hangul fillers, variation selectors (also U+E0100), braille blank
      '\udb40\udc41\udb40\udc42',
      '\u3164\u115f\u1160\uffa0',
      '\ufe0f\ufe0e \udb40\udd00',
      '\u2800\u034f',
      // halves of surrogate pairs standing alone
      '\ud800',
      '\udfff\ud800',
    ];
    for (const invisible of invisibles) {
      const messages = problemsOf(parseFeed(feedOf([withValue(dlr('d'), 'properties.school.naam', invisible)]), 'f'));
      expect(messages, JSON.stringify(invisible)).to.deep.equal(['features[0] (d): school.naam: mag niet leeg zijn']);
    }
  });

  it('repairs text that is not well-formed Unicode, with a warning, wherever it stands; a route with one opens', () => {
    const lone = withValue(
      withValue(
        withValue(dlr('d\ud800'), 'properties.naam', 'Route\ud800 Twente'),
        'properties.school.naam',
        'Het \udc00College',
      ),
      'properties.vmboScholen',
      [{ naam: 'School\udbff', brin: '12AB' }],
    );
    const result = parseFeed(feedOf([lone]), 'f');
    const [route] = parsed(result).routes;
    expect(route!.id).to.equal('d');
    expect(route!.naam).to.equal('Route Twente');
    expect(route!.school.naam).to.equal('Het College');
    expect(route!.vmboScholen![0]!.naam).to.equal('School');
    // What opening the route does with its id and texts: none of it may throw "URI malformed".
    for (const text of [route!.id, route!.naam, route!.school.naam])
      expect(() => encodeURIComponent(text)).not.to.throw();
    expect(warningsOf(result).filter((w) => w.includes('losse surrogaathelft'))).to.have.length(4);
    expect(linkProblem('https://example.nl/\ud800')).to.equal('linkInvisible');
  });

  it('cuts a pile of combining marks on one letter back to four, linearly', () => {
    const zalgo = `Ro${'\u0301'.repeat(500)}ute`;
    const result = parseFeed(feedOf([withValue(dlr('z'), 'properties.naam', zalgo)]), 'f');
    expect(parsed(result).routes[0]!.naam).to.equal(`Ro${'\u0301'.repeat(4)}ute`);
    // Vietnamese and Dutch accents stay as written (decomposed: a letter and one or two marks).
    const written = 'Nguye\u0302\u0303n Cafe\u0301';
    expect(parsed(parseFeed(feedOf([withValue(dlr('v'), 'properties.naam', written)]), 'f')).routes[0]!.naam).to.equal(
      written,
    );
  });

  it('treats look-alike ids (a zero-width space added) as the same id', () => {
    const result = parseFeed(feedOf([dlr('r1'), leerlab('r1\u200b')]), 'f');
    expect(parsed(result).routes.map((r) => r.id)).to.deep.equal(['r1']);
    expect(problemsOf(result)).to.deep.equal([
      'features[1] (r1): id: dit id komt al voor bij features[0]; alleen de eerste wordt getoond',
    ]);
  });

  it('drops links with a user name or password, controls, spaces or invisible characters, naming the feature', () => {
    expect(linkProblem('https://example.nl/route?a=1#b')).to.equal(undefined);
    expect(linkProblem('https://roc-twente.nl:8443/x')).to.equal(undefined);
    expect(linkProblem('https://user:pass@example.nl/')).to.equal('linkCredentials');
    expect(linkProblem('https://example.nl@evil.example/')).to.equal('linkCredentials');
    expect(linkProblem('https://exam\u0000ple.nl/')).to.equal('linkInvisible');
    expect(linkProblem('https://example.nl/\u202Eexe')).to.equal('linkInvisible');
    expect(linkProblem('https://example.nl/a b')).to.equal('linkInvisible');
    expect(linkProblem('https:///path')).to.equal('notHttps');
    expect(linkProblem('https://\\evil.example')).to.equal('notHttps');
    expect(linkProblem('javascript:alert(1)')).to.equal('notHttps');
    const result = parseFeed(
      feedOf([withValue(dlr('d'), 'properties.website', 'https://jan:geheim@example.nl/')]),
      'f',
    );
    expect(parsed(result).routes[0]!.website).to.equal(undefined);
    expect(warningsOf(result)).to.deep.equal([
      'features[0] (d): website: een link met gebruikersnaam of wachtwoord (https://naam:wachtwoord@…) wordt niet getoond; deze link is weggelaten',
    ]);
  });
});
