/**
 * What the entry asks for together with the feed: the feed's reader, so that the feed is read, checked and grouped
 * into pins as soon as it is in, while the element's and the map's code (on a slow line many times its size) are
 * still on their way. The element's own load then finds the result waiting: feed/feed-cache.ts shares one load per
 * address, and the grouping is kept with the routes (model/prepare.ts).
 */
import { loadSharedFeed } from '../feed/feed-cache.js';
import { prepareRoutes } from '../model/prepare.js';
import { readSetting, REFRESH_MINUTES, TIMEOUT_SECONDS } from '../model/settings.js';
import { runInSlices } from '../slices.js';
import type { LoadOptions } from '../feed/load-feed.js';
import type { ParsedFeed } from '../feed/parse-feed.js';

/** The element's attributes that change how its feed is loaded, as written (the element warns about bad ones). */
export interface EarlyFeedAttributes {
  timeout: string | null;
  refresh: string | null;
}

const numberOf = (written: string | null) => (written === null ? undefined : Number(written));

/**
 * Starts reading the feed at `url` (absolute) for an element whose code has not arrived yet; `loadChecks` is the
 * chunk registry's loader of zod's checks, as the element's own load uses. Resolves with the feed once it is read
 * and grouped (what the early map draws), or with nothing when it cannot be used.
 */
export function readFeedEarly(
  url: string,
  attributes: EarlyFeedAttributes,
  loadChecks: LoadOptions['loadChecks'],
): Promise<ParsedFeed | undefined> {
  const seconds = readSetting(numberOf(attributes.timeout), TIMEOUT_SECONDS).value ?? TIMEOUT_SECONDS.fallback!;
  const refreshes = readSetting(numberOf(attributes.refresh), REFRESH_MINUTES).value !== undefined;
  return (
    loadSharedFeed(url, { timeoutMs: seconds * 1000, fingerprint: refreshes, loadChecks })
      .then(async (result) => {
        if (!result.ok) return undefined;
        await runInSlices(prepareRoutes(result.feed.routes));
        return result.feed;
      })
      // A failure is the element's to report, when its own load gets the same answer.
      .catch(() => undefined)
  );
}
