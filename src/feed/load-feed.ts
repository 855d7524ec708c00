/**
 * Fetches a feed and hands it to parseFeed. No DOM. Every way a fetch can fail becomes a FeedFailure that
 * names the URL, so the webmaster can tell a typo from a CORS header from a broken spreadsheet export.
 */
import { parseFeed, type FeedFailure, type ParseResult } from './parse-feed.js';

export async function loadFeed(src: string, signal?: AbortSignal): Promise<ParseResult> {
  const url = new URL(src, document.baseURI).href;
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/geo+json, application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    return failure({ kind: 'network', url });
  }
  if (!response.ok) return failure({ kind: 'http', url, status: response.status });

  const body = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return failure({ kind: 'not-json', url, detail: jsonErrorDetail(error, body) });
  }
  return parseFeed(json, url);
}

const failure = (f: FeedFailure): ParseResult => ({ ok: false, failure: f });

function jsonErrorDetail(error: unknown, body: string): string {
  if (body.trim() === '') return '';
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 160 ? `${message.slice(0, 160)}…` : message;
}
