/**
 * The list without JavaScript for the embed builder (demo/embed.html): the feed at an address, for some regions
 * (all when none), as the HTML `leerroutes-kaart html` writes. Failures in the words the map uses for them.
 */
import { parseFeed } from '../feed/parse-feed.js';
import { describeFailure } from '../feed/messages.js';
import { describeJsonError } from '../feed/json-position.js';
import { messagesFor } from '../i18n/index.js';
import { htmlFragment, resolveRegions } from './html-fragment.js';

export type FragmentOutcome =
  { ok: true; html: string; routes: number; bytes: number } | { ok: false; message: string };

export async function fragmentForFeed(url: string, regions: readonly string[]): Promise<FragmentOutcome> {
  const messages = messagesFor('nl');
  let text: string;
  try {
    const response = await fetch(url, { credentials: 'omit' });
    if (!response.ok)
      return { ok: false, message: describeFailure({ kind: 'http', url, status: response.status }, messages) };
    text = await response.text();
  } catch {
    return { ok: false, message: describeFailure({ kind: 'network', url }, messages) };
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { ok: false, message: describeFailure({ kind: 'not-json', url, ...describeJsonError(text) }, messages) };
  }
  const parsed = parseFeed(document, url);
  if (!parsed.ok) return { ok: false, message: describeFailure(parsed.failure, messages) };
  const fragment = htmlFragment(parsed.feed.routes, messages, resolveRegions(regions).names);
  return { ok: true, html: fragment.html, routes: fragment.routes, bytes: new Blob([fragment.html]).size };
}
