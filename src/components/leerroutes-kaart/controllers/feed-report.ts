/**
 * What the element tells the page about its feed: `feed-load` with every problem and warning (and the same on
 * the console, for the webmaster), or `feed-error` with the message the map shows.
 */
import type { FeedFailure, ParsedFeed } from '../../../feed/parse-feed.js';
import type { Messages } from '../../../i18n/index.js';
import { describeFailure, formatProblem } from '../../../feed/messages.js';
import { emit } from '../../../events.js';

export function reportFeed(host: HTMLElement, feed: ParsedFeed, messages: Messages, refreshed: boolean): void {
  const problems = feed.problems.map((p) => formatProblem(p, messages));
  const warnings = feed.warnings.map((p) => formatProblem(p, messages));
  if (problems.length) console.warn(`leerroutes-kaart: ${feed.skipped} feature(s) skipped:\n${problems.join('\n')}`);
  if (warnings.length) console.info(`leerroutes-kaart: ${warnings.length} warning(s):\n${warnings.join('\n')}`);
  emit(host, 'feed-load', { shown: feed.routes.length, skipped: feed.skipped, problems, warnings, refreshed });
}

/** `background`: a refresh failed; the routes shown stay, so the visitor is not shown it. */
export function reportFailure(host: HTMLElement, failure: FeedFailure, messages: Messages, background: boolean): void {
  const message = describeFailure(failure, messages);
  const url = 'url' in failure ? { url: failure.url } : {};
  if (background)
    console.warn(`leerroutes-kaart: refreshing the feed failed; the routes loaded before stay shown. ${message}`);
  else console.error(`leerroutes-kaart: ${message}`);
  emit(host, 'feed-error', { message, kind: failure.kind, ...url, background });
}
