/**
 * The page's side of the feed's worker (chunks/feed-worker.ts): the feed is decoded, parsed, checked and normalized
 * there, off the page's thread, while this thread runs the map's and the interface's code. The entry starts the
 * worker as soon as it knows a feed will be read (index.ts); a page that never starts it (the self-contained file,
 * an app's own bundle) reads every feed on its own thread, as does a page where the worker cannot start: a
 * Content-Security-Policy without `worker-src` for it, a browser without workers.
 */
import type { ParseResult } from './parse-core.js';
import { fromPortable, type PortableProblem } from './portable-problems.js';

/** What the worker is asked: read `blob` as the feed at `url`. */
export interface FeedJob {
  id: number;
  blob: Blob;
  url: string;
  fingerprint: boolean;
}

/** The worker's answer: the feed read, or `here` (the page's thread must read it, for the reasons above). */
export type FeedReply = { kind: 'read'; result: PortableResult } | { kind: 'here' };
export type FeedAnswer = { id: number } & FeedReply;

export type PortableResult =
  | Extract<ParseResult, { ok: false }>
  | {
      ok: true;
      feed: Omit<Extract<ParseResult, { ok: true }>['feed'], 'problems' | 'warnings'> & {
        problems: PortableProblem[];
        warnings: PortableProblem[];
      };
    };

let worker: Worker | undefined;
let lastId = 0;
const waiting = new Map<number, (answer: FeedAnswer | undefined) => void>();

/**
 * Starts the worker from `scriptUrl` (the worker's file, next to the entry), once. A script from another origin
 * (a CDN) cannot be a worker itself: a worker of the page's own, made from a Blob, imports it.
 */
export function startFeedWorker(scriptUrl: string): void {
  if (worker || typeof Worker !== 'function') return;
  try {
    const sameOrigin = new URL(scriptUrl).origin === location.origin;
    const source = sameOrigin
      ? scriptUrl
      : URL.createObjectURL(new Blob([`importScripts(${JSON.stringify(scriptUrl)})`], { type: 'text/javascript' }));
    worker = new Worker(source, { name: 'leerroutes-kaart feed' });
  } catch {
    return;
  }
  worker.addEventListener('message', (event: MessageEvent<FeedAnswer>) => {
    const answer = event.data;
    waiting.get(answer.id)?.(answer);
    waiting.delete(answer.id);
  });
  // The worker's file did not load (blocked, offline) or failed: every feed is read on this thread from now on.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = undefined;
    for (const answer of waiting.values()) answer(undefined);
    waiting.clear();
  });
}

/** The feed in `blob` read by the worker, or undefined: there is no worker, or the page's thread must read it. */
export function readInWorker(blob: Blob, url: string, fingerprint: boolean): Promise<ParseResult | undefined> {
  const current = worker;
  if (!current) return Promise.resolve(undefined);
  const id = ++lastId;
  return new Promise((resolve) => {
    waiting.set(id, (answer) => resolve(answer?.kind === 'read' ? revive(answer.result) : undefined));
    current.postMessage({ id, blob, url, fingerprint } satisfies FeedJob);
  });
}

function revive(result: PortableResult): ParseResult {
  if (!result.ok) return result;
  const { feed } = result;
  return { ok: true, feed: { ...feed, problems: fromPortable(feed.problems), warnings: fromPortable(feed.warnings) } };
}
