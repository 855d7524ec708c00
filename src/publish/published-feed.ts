/** The feed as published now, for the comparison: fetched from its address, or read from a chosen file. */
import { workbenchTexts as t } from './workbench-texts.js';
import { containersInText, shapeProblem } from '../feed/json-shape.js';
import { MAX_FEED_BYTES } from '../feed/limits.js';
import { MAX_FEATURES } from '../feed/parse-core.js';

export type Published = { ok: true; feed: unknown } | { ok: false; reason: string };

export function readPublishedText(text: string): Published {
  if (containersInText(text)) return { ok: false, reason: t.compareTooLarge };
  let feed: unknown;
  try {
    feed = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, reason: t.compareNotJson };
  }
  // The comparison walks both feeds field by field: a nesting no feed has is refused, not followed.
  // A feed the map would not load is no publication to compare with (and its comparison would hold the page).
  const features = (feed as { features?: unknown } | null)?.features;
  if (Array.isArray(features) && features.length > MAX_FEATURES)
    return { ok: false, reason: t.compareTooMany(features.length, MAX_FEATURES) };
  if (text.length > MAX_FEED_BYTES) return { ok: false, reason: t.compareTooLarge };
  const shape = shapeProblem(feed);
  if (shape)
    return { ok: false, reason: shape.kind === 'too-deep' ? t.compareTooDeep(shape.limit) : t.compareTooLarge };
  return { ok: true, feed };
}

/** The published feed's text, read in the session (session.ts); or why it could not be fetched. */
export async function fetchPublished(
  url: string,
  signal?: AbortSignal,
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', credentials: 'omit', ...(signal ? { signal } : {}) });
  } catch {
    return { ok: false, reason: t.compareNetwork };
  }
  if (!response.ok) return { ok: false, reason: t.compareHttp(response.status) };
  return { ok: true, text: await response.text() };
}
