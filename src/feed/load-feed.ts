/**
 * Fetches a feed and hands it to parseFeed. No DOM: a relative `src` is resolved against `base` (by default the
 * page's own address, where there is a page). Every way a fetch can fail becomes a FeedFailure that
 * names the URL, so the webmaster can tell a typo from a CORS header from a broken spreadsheet export.
 *
 * Limits guard the visitor's tab: a request that hangs ends after `timeoutMs`, and a body larger than `maxBytes`
 * is never parsed: refused unread when its declared length says so, cut off while it streams in when it declares
 * none.
 */
import { NEEDS_CHECKS, parseSteps, type FeedFailure, type ParseResult } from './parse-core.js';
import { nextTask, runInSlices } from '../slices.js';
import { describeJsonError } from './json-position.js';
import { containersInText } from './json-shape.js';
import { takePrefetchedFeed } from './prefetch.js';
import { MAX_FEED_BYTES } from './limits.js';

const DEFAULT_TIMEOUT_MS = 15_000;
export { MAX_FEED_BYTES };

export interface LoadOptions {
  /** Aborting it cancels the request; the promise then rejects with the abort reason. */
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  /** Ask the server (or the HTTP cache, after revalidation) for the current version: for background refreshes. */
  fresh?: boolean;
  /** Set `feed.fingerprint`, to tell a changed feed from the same one later (costs a pass over the text). */
  fingerprint?: boolean;
  /** What a relative `src` is relative to. */
  base?: string;
  /**
   * Loads zod's checks, the first time a feature needs them. The element passes its chunk registry's loader (which
   * can retry a failed chunk); by default a plain `import()`.
   */
  loadChecks?: () => Promise<typeof import('./zod-checks.js')>;
}

/** The address a relative feed URL is read against: the page's, when there is one. */
export function pageBase(): string | undefined {
  return globalThis.document?.baseURI ?? globalThis.location?.href;
}

export async function loadFeed(src: string, options: LoadOptions = {}): Promise<ParseResult> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = MAX_FEED_BYTES, fresh = false } = options;
  const url = new URL(src, options.base ?? pageBase()).href;

  // One controller for both reasons to stop: the caller's abort and our own timeout, told apart by `timedOut`.
  const request = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    request.abort();
  }, timeoutMs);
  const forwardAbort = () => request.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });
  if (signal?.aborted) forwardAbort();

  try {
    let response: Response;
    // The entry may have asked for this feed already, while the element's code was on its way.
    const prefetched = fresh ? undefined : takePrefetchedFeed(url);
    if (prefetched) request.signal.addEventListener('abort', prefetched.abort, { once: true });
    try {
      response = await (prefetched?.response ??
        fetch(url, {
          signal: request.signal,
          cache: fresh ? 'no-cache' : 'default',
          headers: { Accept: 'application/geo+json, application/json' },
        }));
    } catch (error) {
      if (timedOut) return failure({ kind: 'timeout', url, seconds: Math.round(timeoutMs / 100) / 10 });
      if (signal?.aborted) throw error;
      return failure({ kind: 'network', url });
    }
    if (!response.ok) return failure({ kind: 'http', url, status: response.status });

    let body: string | undefined;
    try {
      body = await readText(response, maxBytes);
    } catch (error) {
      if (timedOut) return failure({ kind: 'timeout', url, seconds: Math.round(timeoutMs / 100) / 10 });
      if (signal?.aborted) throw error;
      return failure({ kind: 'network', url });
    }
    // The server has answered: from here on the time is ours, not the network's.
    clearTimeout(timer);
    if (body === undefined) return failure({ kind: 'too-large', url, megabytes: Math.floor(maxBytes / 2 ** 20) });

    await nextTask(signal);
    // Millions of `{}` in a few megabytes: the browser's JSON.parse alone would hold the page for seconds.
    const crowded = containersInText(body);
    if (crowded) return failure({ ...crowded, url });
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return failure({ kind: 'not-json', url, ...describeJsonError(body) });
    }
    let parsed = await runInSlices(parseSteps(json, url, undefined), signal);
    // A feature the fast path could not decide: zod (loaded now, once) decides, and words what is wrong.
    if (parsed === NEEDS_CHECKS) {
      const { zodChecks } = await (options.loadChecks ?? (() => import('./zod-checks.js')))();
      parsed = await runInSlices(parseSteps(json, url, zodChecks), signal);
    }
    const result = parsed as ParseResult;
    // The map's first drawing of the routes starts in a task of its own, not at the end of the last slice.
    await nextTask(signal);
    if (result.ok) {
      if (options.fingerprint) result.feed.fingerprint = fingerprint(body);
      const type = response.headers.get('content-type');
      // Browsers read JSON whatever its label, but a wrong one can make a proxy or a later browser refuse it.
      if (type && !/json/i.test(type)) {
        result.feed.warnings.unshift({ path: [], text: (m) => m.warning.contentType(type.slice(0, 100)) });
      }
    }
    return result;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

const failure = (f: FeedFailure): ParseResult => ({ ok: false, failure: f });

/** The body as text, or undefined as soon as it proves larger than `maxBytes`. */
async function readText(response: Response, maxBytes: number): Promise<string | undefined> {
  // A declared length (compressed, if compressed) over the limit is refused before a byte is read.
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.body) return response.text();
  if (declared > 0) {
    // With a length declared within the limit, the browser reads the body in one piece, which is faster than
    // reading it chunk by chunk here; the decoded size is checked before anything is decoded.
    const blob = await response.blob();
    return blob.size > maxBytes ? undefined : blob.text();
  }
  // Without a declared length, counted while it streams in and cut off at the limit.
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** A short digest of the feed's text (FNV-1a and length), to tell a changed feed from the same one on refresh. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}
