/**
 * The feed's worker (a file of its own, `leerroutes-kaart.feed-worker.js`, started by the entry: see
 * feed/feed-worker-client.ts). It decodes, parses, checks and normalizes a feed the page has downloaded, so that
 * the page's thread meanwhile runs the map's and the interface's code; its answer is the routes and the problems as
 * data. A feed that needs zod's checks, or whose texts cannot travel, it leaves to the page's thread.
 */
import { feedJson } from '../feed/feed-json.js';
import { fingerprint } from '../feed/fingerprint.js';
import { NEEDS_CHECKS, parseSteps, runSteps } from '../feed/parse-core.js';
import { toPortable } from '../feed/portable-problems.js';
import type { FeedJob, FeedReply, PortableResult } from '../feed/feed-worker-client.js';

function read(text: string, job: FeedJob): PortableResult | undefined {
  const parsed = feedJson(text, job.url);
  if ('failure' in parsed) return { ok: false, failure: parsed.failure };
  const result = runSteps(parseSteps(parsed.json, job.url, undefined));
  if (result === NEEDS_CHECKS) return undefined;
  if (!result.ok) return result;
  const problems = toPortable(result.feed.problems);
  const warnings = toPortable(result.feed.warnings);
  if (!problems || !warnings) return undefined;
  const feed = { ...result.feed, problems, warnings };
  if (job.fingerprint) feed.fingerprint = fingerprint(text);
  return { ok: true, feed };
}

addEventListener('message', (event: MessageEvent<FeedJob>) => {
  const job = event.data;
  const answer = (reply: FeedReply) => {
    try {
      postMessage({ id: job.id, ...reply });
    } catch {
      // Something in the answer cannot be posted: the page's thread reads the feed.
      postMessage({ id: job.id, kind: 'here' });
    }
  };
  job.blob.text().then(
    (text) => {
      let result: PortableResult | undefined;
      try {
        result = read(text, job);
      } catch {
        // Our own failure is named by the page's thread, which reads the feed again and fails the same way.
      }
      answer(result ? { kind: 'read', result } : { kind: 'here' });
    },
    () => answer({ kind: 'here' }),
  );
});
