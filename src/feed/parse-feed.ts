/**
 * The feed parser with zod at hand, for callers that want an answer at once: the command-line tool, apps that
 * import `parseFeed`, and tests. The element uses parse-core.ts and loads zod only when a feed needs it.
 */
import { parseSteps, runSteps, type ParseResult } from './parse-core.js';
import { zodChecks } from './zod-checks.js';

export * from './parse-core.js';

export function parseFeed(document: unknown, url: string): ParseResult {
  return runSteps(parseFeedInSteps(document, url));
}

/** parseFeed one slice of features at a time (see parseSteps). */
export function* parseFeedInSteps(document: unknown, url: string, sliceSize = 50): Generator<void, ParseResult, void> {
  const result = yield* parseSteps(document, url, zodChecks, sliceSize);
  // With checks given, the steps never ask for them.
  if (typeof result === 'symbol') throw new Error('unreachable');
  return result;
}
