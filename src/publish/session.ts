/**
 * The workbench's heavy work, in one place that keeps the current sheet's feed: converting a spreadsheet, comparing
 * its feed with the published one, writing the list without JavaScript. It runs in a Web Worker where the page
 * allows one (session-worker.ts), else in the page (workbench-state.ts). What it answers is only what the page
 * shows: the feed as bytes to download, the findings, counts, at most a table's worth of each list; the page never
 * receives (and so never copies, parses or walks) the sheet's thousands of rows (issue 29: a 10,000-row sheet's
 * result held the page for 0.5 s, its comparison for 0.3 s).
 */
import { messagesFor } from '../i18n/index.js';
import type { Route } from '../feed/parse-feed.js';
import { diffFeeds, type FeedDiff } from './diff-feeds.js';
import { htmlFragment } from './html-fragment.js';
import { feedText, feedTooLarge } from './feed-text.js';
import { convert, type DuoFiles } from './convert.js';
import type { FilledCell } from './duo.js';
import type { LonLat } from '../feed/earth.js';
import { lookupAddress } from '../location/geocoder.js';
import type { rowsById, SheetResult } from './sheet-to-feed.js';
import { readPublishedText } from './published-feed.js';
import type { SheetRecords } from './spreadsheet.js';
import { workbenchTexts as t } from './workbench-texts.js';

/** Rows of a list the page draws at most; the rest is counted. */
export const MAX_SHOWN = 500;

export type SessionRequest =
  | {
      type: 'convert';
      bytes: Uint8Array;
      name: string;
      sheet?: string;
      duo?: DuoFiles;
      /** PDOK Locatieserver's address, when the publisher allows addresses to be looked up there. */
      pdok?: string;
    }
  /** With `published`: compare with it (and remember it for the next sheet); without: with the one remembered. */
  | { type: 'compare'; published?: string }
  | { type: 'fragment'; region: string };

export type ConvertReply =
  | {
      ok: true;
      sheet: Pick<SheetRecords, 'readAs' | 'sheets' | 'sheet'>;
      findings: SheetResult['findings'];
      routeCount: number;
      /** The feed as `build` writes it (UTF-8), unless the map would refuse it (`tooLargeMegabytes`). */
      feed?: Uint8Array<ArrayBuffer>;
      tooLargeMegabytes?: number;
      /** Whether any route could be read (the list without JavaScript needs some). */
      hasRoutes: boolean;
      rowsById: ReturnType<typeof rowsById>;
      /** The cells DUO's files filled in: at most MAX_SHOWN, and how many in all. */
      filled: FilledCell[];
      filledCount: number;
    }
  | { ok: false; message?: string };

/** The comparison as the page shows it: counts, and at most MAX_SHOWN of each list. */
export interface ShownDiff extends FeedDiff {
  counts: { added: number; removed: number; changed: number };
}

export type CompareReply = { ok: true; diff?: ShownDiff } | { ok: false; reason: string };

export interface FragmentReply {
  html: Uint8Array<ArrayBuffer>;
  routes: number;
}

export type SessionReply = ConvertReply | CompareReply | FragmentReply;

export class SessionCore {
  private feed: SheetResult['feed'] | undefined;
  private routes: Route[] = [];
  private published: unknown;
  private readonly geocoded = new Map<string, LonLat | undefined>();

  async handle(request: SessionRequest): Promise<SessionReply> {
    if (request.type === 'convert')
      return this.convert(request.bytes, request.name, request.sheet, request.duo, request.pdok);
    if (request.type === 'compare') return this.compare(request.published);
    return this.fragment(request.region);
  }

  private async convert(
    bytes: Uint8Array,
    name: string,
    sheet?: string,
    duo?: DuoFiles,
    pdok?: string,
  ): Promise<ConvertReply> {
    const lookup = pdok === undefined ? undefined : (address: string) => this.lookup(address, pdok);
    const converted = await convert(bytes, name, sheet, duo, lookup);
    if (!converted.ok) {
      this.feed = undefined;
      this.routes = [];
      return converted.message === undefined ? { ok: false } : { ok: false, message: converted.message };
    }
    const { result, sheet: records } = converted;
    this.feed = result.feed;
    this.routes = converted.routes;
    const text = result.feed.features.length ? feedText(result.feed) : undefined;
    const tooLargeMegabytes = text === undefined ? undefined : feedTooLarge(text);
    return {
      ok: true,
      sheet: {
        readAs: records.readAs,
        ...(records.sheets ? { sheets: records.sheets } : {}),
        ...(records.sheet === undefined ? {} : { sheet: records.sheet }),
      },
      findings: result.findings,
      routeCount: result.feed.features.length,
      ...(text !== undefined && !tooLargeMegabytes ? { feed: new TextEncoder().encode(text) } : {}),
      ...(tooLargeMegabytes ? { tooLargeMegabytes } : {}),
      hasRoutes: converted.routes.length > 0,
      rowsById: converted.rowsById,
      filled: converted.filled.slice(0, MAX_SHOWN),
      filledCount: converted.filled.length,
    };
  }

  private compare(publishedText: string | undefined): CompareReply {
    if (publishedText !== undefined) {
      const published = readPublishedText(publishedText);
      this.published = published.ok ? published.feed : undefined;
      if (!published.ok) return { ok: false, reason: published.reason };
    }
    if (this.published === undefined || !this.feed) return { ok: true };
    try {
      const diff = diffFeeds(this.published, this.feed);
      return {
        ok: true,
        diff: {
          counts: { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length },
          added: diff.added.slice(0, MAX_SHOWN),
          removed: diff.removed.slice(0, MAX_SHOWN),
          changed: diff.changed.slice(0, MAX_SHOWN),
        },
      };
    } catch (error) {
      // Whatever the feed holds, the comparison ends: with a reason, never by waiting.
      console.error(error);
      this.published = undefined;
      return { ok: false, reason: t.compareBroken };
    }
  }

  /** Each address asked of PDOK once while the page is open; one that fails is asked again next time. */
  private async lookup(address: string, base: string): Promise<LonLat | undefined> {
    const key = `${base} ${address}`;
    if (this.geocoded.has(key)) return this.geocoded.get(key);
    try {
      const found = await lookupAddress(address, AbortSignal.timeout(10_000), base);
      const position: LonLat | undefined = found && [found.lon, found.lat];
      this.geocoded.set(key, position);
      return position;
    } catch {
      return undefined;
    }
  }

  private fragment(region: string): FragmentReply {
    const fragment = htmlFragment(this.routes, messagesFor('nl'), region ? [region] : []);
    return { html: new TextEncoder().encode(fragment.html), routes: fragment.routes };
  }
}
