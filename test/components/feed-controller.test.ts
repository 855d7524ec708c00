/**
 * FeedController on its own: a stand-in host, a clock the test moves, and a loader the test answers. No element,
 * no network, no waiting for real seconds.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import { FeedController, type Clock } from '../../src/components/leerroutes-kaart/controllers/feed-controller.js';
import type { loadSharedFeed } from '../../src/feed/feed-cache.js';
import type { FeedFailure, ParsedFeed, ParseResult } from '../../src/feed/parse-feed.js';

class TestClock implements Clock {
  now = 0;
  private next = 0;
  private readonly timers = new Map<number, { at: number; run: () => void }>();
  setTimeout(run: () => void, ms: number): number {
    this.timers.set(++this.next, { at: this.now + ms, run });
    return this.next;
  }
  clearTimeout(timer: unknown): void {
    this.timers.delete(timer as number);
  }
  /** Delays of the timers still pending, from now. */
  pending(): number[] {
    return [...this.timers.values()].map((timer) => timer.at - this.now).sort((a, b) => a - b);
  }
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.timers].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.now = due[1].at;
      due[1].run();
    }
    this.now = end;
  }
}

interface Call {
  src: string;
  options: Parameters<typeof loadSharedFeed>[1];
  answer(result: ParseResult): void;
  fail(error: unknown): void;
}

const feed = (fingerprint: string): ParsedFeed => ({ routes: [], problems: [], warnings: [], skipped: 0, fingerprint });
/**
 * A few turns of the page's task queue: the controller takes a feed in a task of its own (scheduler.yield where
 * there is one, else a timeout: Firefox, WebKit), after the loader's answer.
 */
const settle = async () => {
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
};

function setup(overrides: { refreshMs?: number; src?: string } = {}) {
  const clock = new TestClock();
  const calls: Call[] = [];
  const loads: [ParsedFeed, boolean][] = [];
  const failures: [FeedFailure, boolean][] = [];
  const controllers: ReactiveController[] = [];
  let src = overrides.src ?? 'https://example.nl/routes.json';
  const host = Object.assign(document.createElement('div'), {
    addController: (controller: ReactiveController) => controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  });
  document.body.append(host);
  const controller = new FeedController(host, {
    src: () => src,
    timeoutMs: () => 15_000,
    refreshMs: () => overrides.refreshMs,
    onLoad: (loaded, refreshed) => loads.push([loaded, refreshed]),
    onFailure: (failure, background) => failures.push([failure, background]),
    clock,
    load: (loadSrc, options) =>
      new Promise((resolve, reject) => calls.push({ src: loadSrc, options, answer: resolve, fail: reject })),
  });
  controller.hostConnected();
  return {
    clock,
    calls,
    loads,
    failures,
    controller,
    host,
    setSrc: (next: string) => (src = next),
    remove: () => {
      controller.hostDisconnected();
      host.remove();
    },
  };
}

describe('FeedController', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  it('keeps one load at a time: an older answer never replaces a newer one', async () => {
    const t = setup();
    cleanup = t.remove;
    void t.controller.load();
    t.setSrc('https://example.nl/nieuw.json');
    void t.controller.load();
    expect(t.calls[0]!.options!.signal!.aborted, 'the first load is cancelled').to.equal(true);
    t.calls[1]!.answer({ ok: true, feed: feed('new') });
    t.calls[0]!.answer({ ok: true, feed: feed('old') });
    await settle();
    expect(t.loads.map(([loaded]) => loaded.fingerprint)).to.deep.equal(['new']);
  });

  it('is busy at once, and shows the loading notice only after 300 ms', async () => {
    const t = setup();
    cleanup = t.remove;
    void t.controller.load();
    expect(t.controller.busy).to.equal(true);
    t.clock.advance(299);
    expect(t.controller.showLoading).to.equal(false);
    t.clock.advance(1);
    expect(t.controller.showLoading).to.equal(true);
    t.calls[0]!.answer({ ok: true, feed: feed('a') });
    await settle();
    expect([t.controller.busy, t.controller.showLoading]).to.deep.equal([false, false]);
  });

  it('keeps a failure until a retry, which asks past the cache', async () => {
    const t = setup();
    cleanup = t.remove;
    void t.controller.load();
    const failure: FeedFailure = { kind: 'network', url: 'https://example.nl/routes.json' };
    t.calls[0]!.answer({ ok: false, failure });
    await settle();
    expect(t.controller.failure).to.deep.equal(failure);
    expect(t.failures).to.deep.equal([[failure, false]]);
    t.controller.retry();
    expect(t.controller.failure).to.equal(undefined);
    expect(t.calls[1]!.options!.fresh).to.equal(true);
  });

  it('names an error thrown while loading as its own fault, not the network', async () => {
    const t = setup();
    cleanup = t.remove;
    const errors = console.error;
    console.error = () => undefined;
    try {
      void t.controller.load();
      t.calls[0]!.fail(new RangeError('Maximum call stack size exceeded'));
      await settle();
    } finally {
      console.error = errors;
    }
    expect(t.failures[0]![0]).to.deep.include({
      kind: 'internal',
      detail: 'RangeError: Maximum call stack size exceeded',
    });
  });

  it('refreshes in the background: an unchanged feed changes nothing, a changed one arrives as refreshed', async () => {
    const t = setup({ refreshMs: 60_000 });
    cleanup = t.remove;
    void t.controller.load();
    t.calls[0]!.answer({ ok: true, feed: feed('v1') });
    await settle();
    expect(t.clock.pending()).to.deep.equal([60_000]);
    t.clock.advance(60_000);
    expect(t.calls[1]!.options).to.deep.include({ fresh: true, fingerprint: true });
    expect(t.controller.busy, 'a background refresh shows no loading').to.equal(false);
    t.calls[1]!.answer({ ok: true, feed: feed('v1') });
    await settle();
    expect(t.loads).to.have.length(1);
    t.clock.advance(60_000);
    t.calls[2]!.answer({ ok: true, feed: feed('v2') });
    await settle();
    expect(t.loads.map(([loaded, refreshed]) => [loaded.fingerprint, refreshed])).to.deep.equal([
      ['v1', false],
      ['v2', true],
    ]);
  });

  it('keeps the feed shown when a background refresh fails', async () => {
    const t = setup({ refreshMs: 60_000 });
    cleanup = t.remove;
    void t.controller.load();
    t.calls[0]!.answer({ ok: true, feed: feed('v1') });
    await settle();
    t.clock.advance(60_000);
    const failure: FeedFailure = { kind: 'http', url: 'https://example.nl/routes.json', status: 503 };
    t.calls[1]!.answer({ ok: false, failure });
    await settle();
    expect(t.failures).to.deep.equal([[failure, true]]);
    expect(t.controller.failure, 'nothing to show the visitor').to.equal(undefined);
    expect(t.clock.pending(), 'and it tries again later').to.deep.equal([60_000]);
  });

  it('refreshes no more often than every 5 seconds, and never past what a timer can hold', async () => {
    for (const [refreshMs, expected] of [
      [1000, 5000],
      [1e12, 2 ** 31 - 1],
    ]) {
      const t = setup({ refreshMs });
      void t.controller.load();
      t.calls[0]!.answer({ ok: true, feed: feed('a') });
      await settle();
      expect(t.clock.pending(), String(refreshMs)).to.deep.equal([expected]);
      t.remove();
    }
  });

  it('asks nothing of the server while the page is hidden, and catches up when it is shown', async () => {
    const t = setup({ refreshMs: 60_000 });
    cleanup = () => {
      delete (document as { visibilityState?: unknown }).visibilityState;
      t.remove();
    };
    void t.controller.load();
    t.calls[0]!.answer({ ok: true, feed: feed('v1') });
    await settle();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    t.clock.advance(180_000);
    expect(t.calls).to.have.length(1);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(t.calls).to.have.length(2);
  });

  it('cancels a load when its element leaves, and starts it again when it comes back', async () => {
    const t = setup();
    cleanup = t.remove;
    void t.controller.load();
    t.controller.hostDisconnected();
    expect(t.calls[0]!.options!.signal!.aborted).to.equal(true);
    t.controller.hostConnected();
    expect(t.calls).to.have.length(2);
  });
});
