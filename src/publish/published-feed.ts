/** The feed as published now, for the comparison: fetched from its address, or read from a chosen file. */
import { workbenchTexts as t } from './workbench-texts.js';

export type Published = { ok: true; feed: unknown } | { ok: false; reason: string };

export function readPublishedText(text: string): Published {
  try {
    return { ok: true, feed: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: t.compareNotJson };
  }
}

export async function fetchPublished(url: string, signal?: AbortSignal): Promise<Published> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', credentials: 'omit', ...(signal ? { signal } : {}) });
  } catch {
    return { ok: false, reason: t.compareNetwork };
  }
  if (!response.ok) return { ok: false, reason: t.compareHttp(response.status) };
  return readPublishedText(await response.text());
}
