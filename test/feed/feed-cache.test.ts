/**
 * The shared feed cache on its own: one request and one parse per URL for every map on a page, kept for a few
 * URLs, failures never kept, and a request cancelled only when nobody waits for it any more. The network is the
 * browser's own, answering blob URLs; fetch is counted, not replaced.
 */
import { expect } from '@open-wc/testing';
import { clearFeedCache, loadSharedFeed } from '../../src/feed/feed-cache.js';
import { dlr, feedOf, feedUrl } from '../fixtures/feeds.js';

describe('feed cache', () => {
  const original = window.fetch;
  let requests: { url: string; signal: AbortSignal | undefined }[] = [];
  beforeEach(() => {
    clearFeedCache();
    requests = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push({ url: String(input), signal: init?.signal ?? undefined });
      return original(input, init);
    };
  });
  afterEach(() => {
    window.fetch = original;
    clearFeedCache();
  });

  it('fetches and parses a feed once for every map that asks for it, at the same time or later', async () => {
    const src = feedUrl(feedOf([dlr()]));
    const [a, b] = await Promise.all([loadSharedFeed(src), loadSharedFeed(src)]);
    const c = await loadSharedFeed(src);
    expect(requests).to.have.length(1);
    expect(a.ok && b.ok && c.ok).to.equal(true);
    if (a.ok && b.ok && c.ok) {
      expect(a.feed).to.equal(b.feed);
      expect(c.feed).to.equal(a.feed);
    }
  });

  it('asks again for a fresh load, and keeps the new result', async () => {
    const src = feedUrl(feedOf([dlr()]));
    const first = await loadSharedFeed(src);
    const fresh = await loadSharedFeed(src, { fresh: true });
    const after = await loadSharedFeed(src);
    expect(requests).to.have.length(2);
    if (first.ok && fresh.ok && after.ok) {
      expect(fresh.feed).not.to.equal(first.feed);
      expect(after.feed).to.equal(fresh.feed);
    }
  });

  it('keeps no failure: the next map asks the server again', async () => {
    const src = feedUrl('niet json');
    expect((await loadSharedFeed(src)).ok).to.equal(false);
    expect((await loadSharedFeed(src)).ok).to.equal(false);
    expect(requests).to.have.length(2);
  });

  it('keeps the request going while one map still waits, and cancels it when none does', async () => {
    const src = feedUrl(feedOf([dlr()]));
    const leaving = new AbortController();
    const staying = loadSharedFeed(src, { signal: new AbortController().signal });
    const left = loadSharedFeed(src, { signal: leaving.signal });
    leaving.abort();
    await left.then(
      () => expect.fail('a map that left gets no feed'),
      () => undefined,
    );
    expect((await staying).ok).to.equal(true);
    expect(requests[0]!.signal!.aborted).to.equal(false);

    const other = feedUrl(feedOf([dlr('x')]));
    const alone = new AbortController();
    const load = loadSharedFeed(other, { signal: alone.signal });
    alone.abort();
    await load.catch(() => undefined);
    expect(requests[1]!.signal!.aborted, 'nobody waits: the request stops').to.equal(true);
  });

  it('never cancels a request under a caller that cannot leave (no signal)', async () => {
    const src = feedUrl(feedOf([dlr()]));
    const leaving = new AbortController();
    const staying = loadSharedFeed(src);
    const left = loadSharedFeed(src, { signal: leaving.signal });
    leaving.abort();
    await left.catch(() => undefined);
    expect((await staying).ok).to.equal(true);
  });

  it('keeps at most 4 feeds, dropping the least recently used', async () => {
    const urls = Array.from({ length: 5 }, (_, i) => feedUrl(feedOf([dlr(`r${i}`)])));
    for (const url of urls) await loadSharedFeed(url);
    await loadSharedFeed(urls[4]!);
    expect(requests).to.have.length(5);
    await loadSharedFeed(urls[0]!);
    expect(requests, 'the oldest was dropped').to.have.length(6);
  });
});
