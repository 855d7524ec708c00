/**
 * Property-based tests: random and mutated feeds thrown at the parser and at the element. Whatever comes in,
 * nothing throws, every valid feature is kept (in order), and every invalid one is reported by its index.
 * A failing case is printed by fast-check with its seed, so it can be replayed.
 */
import { expect, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { formatProblem } from '../../src/feed/messages.js';
import { nl } from '../../src/i18n/nl.js';
import { dlr, glr, leerlab, feedOf, feedUrl } from '../fixtures/feeds.js';
import { validFeature, breakage } from '../fixtures/arbitraries.js';
import '../../src/define.js';
import type { LeerroutesKaart } from '../../src/define.js';

/** A feed of valid and broken features, with the indexes of the broken ones. */
const mixedFeed = fc
  .array(fc.tuple(validFeature, fc.option(breakage, { freq: 3, nil: undefined })), { maxLength: 25 })
  .map((entries) => {
    const features: unknown[] = [];
    const validIds: string[] = [];
    const brokenIndexes: number[] = [];
    entries.forEach(([build, breakIt], index) => {
      if (breakIt) {
        features.push(breakIt(build(`bad-${index}`)));
        brokenIndexes.push(index);
      } else {
        features.push(build(`ok-${index}`));
        validIds.push(`ok-${index}`);
      }
    });
    return { feed: feedOf(features), validIds, brokenIndexes };
  });

describe('fuzzing the parser', () => {
  it('keeps every valid feature and reports every invalid one', () => {
    fc.assert(
      fc.property(mixedFeed, ({ feed, validIds, brokenIndexes }) => {
        const result = parseFeed(feed, 'feed.json');
        if (!result.ok) throw new Error(`whole feed refused: ${result.failure.kind}`);
        expect(result.feed.routes.map((route) => route.id)).to.deep.equal(validIds);
        expect(result.feed.skipped).to.equal(brokenIndexes.length);
        const reported = new Set(result.feed.problems.map((problem) => problem.index));
        for (const index of brokenIndexes) expect(reported.has(index), `features[${index}] reported`).to.equal(true);
        // Every message can be written out, in full, in a line of reasonable length.
        for (const problem of [...result.feed.problems, ...result.feed.warnings]) {
          expect(formatProblem(problem, nl).length).to.be.below(400);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on anything at all, as the document or as its features', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true }), (value) => {
        for (const document of [
          value,
          feedOf([value]),
          feedOf(Array.isArray(value) ? value : [value, value]),
          { ...feedOf([]), features: value },
        ]) {
          const result = parseFeed(document, 'feed.json');
          if (result.ok)
            expect(result.feed.routes.length + result.feed.skipped).to.be.at.most(
              Math.max(2, (document as { features: unknown[] }).features.length),
            );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a valid feed text with random characters changed', () => {
    const text = JSON.stringify(feedOf([dlr('a'), glr('b'), leerlab('c')]));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(text.length - 1), fc.string({ minLength: 1, maxLength: 3 })), {
          minLength: 1,
          maxLength: 6,
        }),
        (edits) => {
          let mutated = text;
          for (const [at, insert] of edits) mutated = mutated.slice(0, at) + insert + mutated.slice(at + 1);
          let document: unknown;
          try {
            document = JSON.parse(mutated);
          } catch {
            return; // not JSON any more: the loader says so (tested elsewhere)
          }
          const result = parseFeed(document, 'feed.json');
          if (result.ok) expect(result.feed.routes.length + result.feed.skipped).to.equal(3);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('fuzzing the element', () => {
  it('shows every valid route of a random feed, or a message, and never throws', async function () {
    this.timeout(120000);
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
      uncaught.push('reason' in event ? event.reason : event.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    // The console is where the publisher reads what was skipped: captured here, both to check it and to keep the
    // test log readable.
    const logged: string[] = [];
    const { warn, info } = console;
    console.warn = console.info = (...args: unknown[]) => logged.push(args.join(' '));
    const el = document.createElement('leerroutes-kaart') as LeerroutesKaart;
    el.setAttribute('basemap', 'none');
    el.style.cssText = 'display:block;width:800px;--leerroutes-height:400px';
    document.body.append(el);
    try {
      await fc.assert(
        fc.asyncProperty(mixedFeed, async ({ feed, validIds, brokenIndexes }) => {
          logged.length = 0;
          const settled = Promise.race([oneEvent(el, 'feed-load'), oneEvent(el, 'feed-error')]);
          el.src = feedUrl(feed);
          const event = (await settled) as CustomEvent<{ shown?: number }>;
          await el.updateComplete;
          await el.whenMapRendered();
          expect(event.type).to.equal('feed-load');
          expect(el.visibleRouteIds).to.deep.equal(validIds);
          const count = el.shadowRoot!.querySelector('.toolbar-count')!.textContent!.trim();
          expect(count).to.equal(`${validIds.length} ${validIds.length === 1 ? 'route' : 'routes'}`);
          const skippedNotice = logged.find((line) => line.includes('feature(s) skipped'));
          if (brokenIndexes.length) {
            expect(skippedNotice).to.include(`${brokenIndexes.length} feature(s) skipped`);
            for (const index of brokenIndexes) expect(skippedNotice).to.include(`features[${index}]`);
          } else {
            expect(skippedNotice).to.equal(undefined);
          }
        }),
        { numRuns: 25 },
      );
      expect(uncaught).to.deep.equal([]);
    } finally {
      Object.assign(console, { warn, info });
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      el.remove();
    }
  });
});
