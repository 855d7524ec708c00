/** Feeds written to break things: odd shapes, odd values, huge values, and keys that reach for the prototype. */
import { expect } from '@open-wc/testing';
import { parseFeed, type ParseResult } from '../../src/feed/parse-feed.js';
import { loadFeed } from '../../src/feed/load-feed.js';
import { describeFailure, formatProblem } from '../../src/feed/messages.js';
import type { FeedFailure } from '../../src/feed/failures.js';
import { containersInText } from '../../src/feed/json-shape.js';
import { parseFilterAttribute, applyFilters, NO_FILTERS } from '../../src/model/filters.js';
import { groupBySchool } from '../../src/model/group.js';
import { readUrlState } from '../../src/model/url-state.js';
import { nl } from '../../src/i18n/nl.js';
import { dlr, glr, leerlab, feedOf, feedUrl, withValue } from '../fixtures/feeds.js';

// The two halves of applyFilters' one pass, as the tests ask for them.
const filterRoutes = (...args: Parameters<typeof applyFilters>) => applyFilters(...args).visible;
const facetCounts = (...args: Parameters<typeof applyFilters>) => applyFilters(...args).facets;

function parsed(result: ParseResult) {
  if (!result.ok) throw new Error(`expected a usable feed, got ${result.failure.kind}`);
  return result.feed;
}

/** Parses a feed written as JSON text, as a server would send it (JSON.parse, not an object literal). */
function parseText(text: string) {
  return parsed(parseFeed(JSON.parse(text), 'feed.json'));
}

const problems = (feed: ReturnType<typeof parseText>) => feed.problems.map((p) => formatProblem(p, nl));

function expectPrototypesUntouched(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted, 'Object.prototype was polluted').to.equal(undefined);
  expect(probe.naam).to.equal(undefined);
  expect(([] as unknown as Record<string, unknown>).polluted).to.equal(undefined);
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
}

describe('hostile feeds: prototype pollution', () => {
  afterEach(expectPrototypesUntouched);

  it('ignores __proto__, constructor and prototype keys at every level', () => {
    const evil = '{"polluted": true, "naam": "x"}';
    const feature = JSON.stringify(dlr())
      .replace('"properties":{', `"properties":{"__proto__":${evil},"constructor":{"prototype":${evil}},`)
      .replace('"school":{', `"school":{"__proto__":${evil},`)
      .replace('"contact":{', `"contact":{"__proto__":{"toestemming":false},`);
    const text = `{"__proto__":${evil},"type":"FeatureCollection","feedVersie":1,"features":[{"__proto__":${evil},${feature.slice(1)}]}`;
    const feed = parseText(text);
    expect(feed.routes.map((route) => route.id)).to.deep.equal(['dlr-1']);
    const route = feed.routes[0]!;
    expect(route.naam).to.equal('Techniekroute Twente');
    expect(Object.keys(route)).to.not.include('__proto__');
    expect(Object.getPrototypeOf(route)).to.equal(Object.prototype);
    expect(route.contact?.toestemming, 'consent is read from the contact itself').to.equal(true);
  });

  it('reads region, profiel and id values named after Object members as plain text', () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype'];
    const features = names.map((name, i) =>
      dlr(
        name,
        {},
        {
          arbeidsmarktregio: name,
          arbeidsmarktregios: [name],
          profielen: [name],
          school: { naam: name, brin: `1${i}AB` },
        },
      ),
    );
    const feed = parsed(parseFeed(feedOf(features), 'feed.json'));
    expect(feed.routes.map((route) => route.id)).to.deep.equal(names);
    for (const route of feed.routes) {
      expect(route.regionKnown, route.arbeidsmarktregio).to.equal(false);
      expect(route.arbeidsmarktregio).to.equal(route.id);
      expect(route.profielen).to.deep.equal([route.id]);
    }
    expect(groupBySchool(feed.routes)).to.have.length(names.length);
    const facets = facetCounts(feed.routes, NO_FILTERS, '');
    expect(facets.region.get('constructor')).to.equal(undefined, 'unknown regions are no filter options');
    expect(filterRoutes(feed.routes, NO_FILTERS, 'constructor').map((route) => route.id)).to.deep.equal([
      'constructor',
    ]);
  });

  it('treats filter attributes and deep links named after Object members as unknown values', () => {
    for (const key of ['region', 'profile', 'level', 'routeType'] as const) {
      expect(parseFilterAttribute(key, '__proto__,constructor,toString').values, key).to.deep.equal([]);
    }
    const state = readUrlState('#kaart.__proto__=x&kaart.constructor=y&kaart.region=constructor', 'kaart');
    expect(Object.getPrototypeOf(state.filters)).to.equal(Object.prototype);
    expect(state.filters.region).to.deep.equal(['constructor']);
    expect(parseFilterAttribute('region', state.filters.region!.join()).values).to.deep.equal([]);
  });
});

describe('hostile feeds: odd values', () => {
  it('refuses NaN and Infinity as coordinates (1e999 is Infinity once parsed)', () => {
    const feed = parseText(
      JSON.stringify(feedOf([dlr('a'), glr('b'), leerlab('c')]))
        .replace('[6.8937,52.2215]', '[1e999,52.2]')
        .replace('[4.4777,51.9244]', '["NaN","Infinity"]')
        .replace('[5.6909,50.8514]', '[-1e999,null]'),
    );
    expect(feed.routes).to.have.length(0);
    expect(problems(feed)).to.deep.equal([
      'features[0] (a): geometry.coordinates[0]: moet een getal zijn',
      'features[1] (b): geometry.coordinates[0]: moet een getal zijn',
      'features[1] (b): geometry.coordinates[1]: moet een getal zijn',
      'features[2] (c): geometry.coordinates[0]: moet een getal zijn',
      'features[2] (c): geometry.coordinates[1]: moet een getal zijn',
    ]);
  });

  it('does not read numbers written as strings as numbers', () => {
    const feed = parsed(parseFeed(feedOf([withValue(dlr(), 'properties.startjaar', '2021')]), 'feed.json'));
    expect(feed.routes).to.have.length(0);
    expect(problems(feed)).to.deep.equal(['features[0] (dlr-1): startjaar: moet een getal zijn']);
  });

  it('names an array or a string where an object belongs, and keeps the other routes', () => {
    const feed = parsed(
      parseFeed(
        feedOf([
          withValue(dlr('a'), 'properties', []),
          withValue(dlr('b'), 'properties.school', ['Voorbeeldcollege']),
          withValue(dlr('c'), 'geometry', 'POINT(6.9 52.2)'),
          [1, 2],
          'feature',
          glr(),
        ]),
        'feed.json',
      ),
    );
    expect(feed.routes.map((route) => route.id)).to.deep.equal(['glr-1']);
    expect(feed.skipped).to.equal(5);
    const text = problems(feed);
    expect(text).to.include('features[0] (a): properties: moet een object zijn');
    expect(text).to.include('features[1] (b): school: moet een object zijn');
    expect(text).to.include('features[2] (c): geometry: moet een object zijn');
    expect(text).to.include('features[3]: moet een object zijn');
    expect(text).to.include('features[4]: moet een object zijn');
  });

  it('refuses very long strings with a message that stays short', () => {
    const huge = 'x'.repeat(5_000_000);
    const feed = parsed(
      parseFeed(
        feedOf(
          [withValue(dlr('a'), 'properties.naam', huge), withValue(dlr('b'), 'properties.school.brin', huge), glr()],
          {
            bijgewerkt: huge,
          },
        ),
        'feed.json',
      ),
    );
    expect(feed.routes.map((route) => route.id)).to.deep.equal(['glr-1']);
    const lines = [...problems(feed), ...feed.warnings.map((p) => formatProblem(p, nl))];
    for (const line of lines) expect(line.length, line.slice(0, 80)).to.be.below(300);
    expect(lines).to.include('features[0] (a): naam: is te lang (hoogstens 200 tekens)');
  });

  it('refuses deep nesting anywhere (a field, the id, the features) with its own message, never a crash', async () => {
    const deep = `${'['.repeat(100_000)}0${']'.repeat(100_000)}`;
    const base = JSON.stringify(feedOf([dlr('a'), glr()]));
    for (const text of [
      base.replace('"naam":"Techniekroute Twente"', `"naam":${deep}`),
      base.replace('"id":"a"', `"id":${deep}`),
      base.replace('"website":', `"extra":${deep},"website":`),
      `{"type":"FeatureCollection","feedVersie":1,"features":${deep}}`,
    ]) {
      const result = await loadFeed(feedUrl(text));
      // Whether the browser's JSON parser accepts this depth or not, the answer is a message, never a crash.
      expect(!result.ok && result.failure.kind).to.be.oneOf(['too-deep', 'not-json']);
      if (!result.ok && result.failure.kind === 'too-deep')
        expect(describeFailure(result.failure, nl)).to.match(/is dieper genest dan 20 niveaus en wordt niet gelezen/);
    }
    // Given as an object (a script's own feed), the same.
    const object = JSON.parse(
      `{"type":"FeatureCollection","feedVersie":1,"features":[{"id":${deep.slice(99_970, -99_970)}}]}`,
    );
    const refused = parseFeed(object, 'f');
    expect(!refused.ok && refused.failure.kind).to.equal('too-deep');
    // Twenty levels is what the limit says; a real feed is six deep and passes.
    expect(parseFeed(feedOf([dlr('a')]), 'f').ok).to.equal(true);
  });

  it('refuses a feed of millions of empty objects before the browser parses it', async () => {
    const text = JSON.stringify(feedOf([dlr('a')])).replace(
      '"website":',
      `"extra":[${'{},'.repeat(400_000)}{}],"website":`,
    );
    const result = await loadFeed(feedUrl(text));
    expect(!result.ok && result.failure.kind).to.equal('too-many-values');
    expect(describeFailure((result as { failure: FeedFailure }).failure, nl)).to.match(
      /bevat meer dan 250\.000 objecten en lijsten en wordt niet geladen, zodat de pagina niet vastloopt\.$/,
    );
  });
});

describe('containersInText: the count before parsing', () => {
  it('counts objects and arrays alike, wherever they are, and stops at the first one past the limit', () => {
    const text = '{"a":[[],{"b":"{["}],"c":[1,2,[3]]}';
    // 6 containers and 2 openers inside a string: an over-count of 8.
    expect(containersInText(text, 8)).to.equal(undefined);
    expect(containersInText(text, 7)).to.deep.equal({ kind: 'too-many-values', limit: 7 });
    expect(containersInText('[[[[[[', 5)).to.deep.equal({ kind: 'too-many-values', limit: 5 });
    expect(containersInText('{{{{{{', 5)).to.deep.equal({ kind: 'too-many-values', limit: 5 });
    expect(containersInText('', 0)).to.equal(undefined);
    expect(containersInText('"no containers"', 0)).to.equal(undefined);
  });
});

describe('loadFeed: limits while reading', () => {
  it('stops reading a body without a declared length as soon as it passes the limit', async () => {
    const result = await loadFeed('/__stream/2048', { maxBytes: 1024 * 1024 });
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.failure).to.deep.equal({
      kind: 'too-large',
      url: `${location.origin}/__stream/2048`,
      megabytes: 1,
    });
  });

  it('refuses a declared length over the limit before reading it', async () => {
    const result = await loadFeed(feedUrl(`${JSON.stringify(feedOf([dlr()]))}${' '.repeat(3 * 1024 * 1024)}`), {
      maxBytes: 2 * 1024 * 1024,
    });
    expect(!result.ok && result.failure.kind).to.equal('too-large');
  });

  it('refuses a compressed body whose declared length fits but whose content does not', async () => {
    const result = await loadFeed('/__gzip/2048', { maxBytes: 1024 * 1024 });
    expect(!result.ok && result.failure).to.deep.equal({
      kind: 'too-large',
      url: `${location.origin}/__gzip/2048`,
      megabytes: 1,
    });
    const small = await loadFeed('/__gzip/800', { maxBytes: 1024 * 1024 });
    expect(small.ok && small.feed.routes.length).to.equal(520);
  });

  it('reads a body under the limit, streamed or not', async () => {
    const result = await loadFeed(feedUrl(JSON.stringify(feedOf([dlr()]))), { maxBytes: 1024 * 1024 });
    expect(result.ok && result.feed.routes.length).to.equal(1);
  });

  it('tells a timeout from a cancellation', async () => {
    const timedOut = await loadFeed('/__delay/2000/demo/sample-feed.json', { timeoutMs: 200 });
    expect(!timedOut.ok && timedOut.failure).to.deep.include({ kind: 'timeout', seconds: 0.2 });
    const cancel = new AbortController();
    const cancelled = loadFeed('/__delay/2000/demo/sample-feed.json', { signal: cancel.signal });
    cancel.abort();
    let rejected = false;
    await cancelled.catch(() => (rejected = true));
    expect(rejected, 'a cancelled load rejects: nobody waits for its answer').to.equal(true);
  });
});
