/**
 * The workbench's state and what the publisher can do to it. Everything happens in this browser: files are read
 * with the File API, the feed and the HTML list become blob: URLs to download; nothing is sent anywhere but the
 * request for the published feed the publisher asks to compare with.
 */
import { messagesFor } from '../i18n/index.js';
import { cliMessagesFor } from '../i18n/cli.js';
import { parseFeed, type Route } from '../feed/parse-feed.js';
import { diffFeeds, type FeedDiff } from '../cli/diff-feeds.js';
import { htmlFragment } from '../cli/html-fragment.js';
import { feedText } from './feed-text.js';
import { readSpreadsheet, SpreadsheetError, type SheetRecords } from './spreadsheet.js';
import { recordsToFeed, rowsById, type SheetResult } from './sheet-to-feed.js';
import { readCorrections, type ReadCorrections } from './corrections.js';
import { fetchPublished, readPublishedText, type Published } from './published-feed.js';
import { workbenchTexts as t } from './workbench-texts.js';

const messages = messagesFor('nl');
const cliMessages = cliMessagesFor('nl');

export interface ProblemFilter {
  errors: boolean;
  warnings: boolean;
  /** One column's problems only, or '' for all. */
  column: string;
}

export interface WorkbenchState {
  /** Spreadsheets read so far (each choice of file or sheet, read or failed). */
  reads: number;
  status: string;
  failure?: string | undefined;
  dragging: boolean;
  fileName?: string;
  bytes?: Uint8Array;
  sheet?: SheetRecords | undefined;
  readAs?: string;
  result?: SheetResult | undefined;
  rowsById?: ReturnType<typeof rowsById> | undefined;
  routes?: Route[] | undefined;
  downloadUrl?: string | undefined;
  downloadKb?: number;
  previewUrl?: string | undefined;
  previewCount?: number | undefined;
  /** The preview's background map, from the page's `?basemap=` (`none` offline). */
  basemap?: string | undefined;
  filter: ProblemFilter;
  compare: { url: string; busy: boolean; diff?: FeedDiff | undefined; failure?: string | undefined };
  corrections: { text: string; read?: ReadCorrections };
  fragment: { region: string; url?: string; routes?: number; kb?: number };
}

export interface WorkbenchActions {
  chooseFile(file: Blob & { name: string }): Promise<void>;
  chooseSheet(name: string): Promise<void>;
  dragging(on: boolean): void;
  filter(change: Partial<ProblemFilter>): void;
  previewLoaded(shown: number): void;
  compareUrl(url: string): Promise<void>;
  compareFile(file: Blob): Promise<void>;
  correctionsFile(file: Blob): Promise<void>;
  readCorrections(text: string): void;
  makeFragment(region: string): void;
}

const kilobytes = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));

/** The state and its actions; `changed` is called after every change, to draw the page again. */
export function createWorkbench(changed: () => void, basemap: string | undefined) {
  const state: WorkbenchState = {
    reads: 0,
    status: '',
    dragging: false,
    basemap,
    filter: { errors: true, warnings: true, column: '' },
    compare: { url: '', busy: false },
    corrections: { text: '' },
    fragment: { region: '' },
  };
  let published: unknown;

  const replaceUrl = (old: string | undefined, text: string | undefined, type: string) => {
    if (old) URL.revokeObjectURL(old);
    return text === undefined ? undefined : URL.createObjectURL(new Blob([text], { type }));
  };

  function compareWithPublished(): void {
    if (published === undefined || !state.result) return;
    state.compare.diff = diffFeeds(published, state.result.feed);
  }

  function showPublished(outcome: Published): void {
    state.compare.busy = false;
    if (outcome.ok) {
      published = outcome.feed;
      state.compare.failure = undefined;
      compareWithPublished();
    } else {
      published = undefined;
      state.compare.diff = undefined;
      state.compare.failure = outcome.reason;
    }
    changed();
  }

  async function read(sheet?: string): Promise<void> {
    const name = state.fileName ?? '';
    state.failure = undefined;
    state.status = t.reading(name);
    changed();
    // Let the status show before the work that blocks the page.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    let records: SheetRecords;
    try {
      records = await readSpreadsheet(state.bytes!, cliMessages, sheet);
    } catch (error) {
      state.failure = error instanceof SpreadsheetError ? `${t.cannotRead(name)} ${error.message}` : t.cannotRead(name);
      if (!(error instanceof SpreadsheetError)) console.error(error);
      state.result = undefined;
      state.sheet = undefined;
      state.rowsById = undefined;
      state.previewUrl = replaceUrl(state.previewUrl, undefined, '');
      state.downloadUrl = replaceUrl(state.downloadUrl, undefined, '');
      state.reads++;
      changed();
      return;
    }
    const result = recordsToFeed(records.records, messages, cliMessages);
    const parsed = parseFeed(result.feed, name);
    const built = result.feed.features.length ? feedText(result.feed) : undefined;
    state.sheet = records;
    state.readAs = t.readAs(name, records.readAs);
    state.result = result;
    state.rowsById = rowsById(records.records);
    state.routes = parsed.ok ? parsed.feed.routes : [];
    state.downloadUrl = replaceUrl(state.downloadUrl, built, 'application/geo+json');
    state.downloadKb = built === undefined ? 0 : kilobytes(new Blob([built]).size);
    state.previewUrl = replaceUrl(state.previewUrl, built, 'application/geo+json');
    state.previewCount = undefined;
    state.fragment = { region: state.fragment.region };
    state.status = '';
    state.reads++;
    compareWithPublished();
    changed();
  }

  const actions: WorkbenchActions = {
    async chooseFile(file) {
      state.fileName = file.name;
      state.bytes = new Uint8Array(await file.arrayBuffer());
      await read();
    },
    async chooseSheet(name) {
      await read(name);
    },
    dragging(on) {
      if (state.dragging === on) return;
      state.dragging = on;
      changed();
    },
    filter(change) {
      state.filter = { ...state.filter, ...change };
      changed();
    },
    previewLoaded(shown) {
      state.previewCount = shown;
      changed();
    },
    async compareUrl(url) {
      state.compare.url = url.trim();
      if (!state.compare.url) return;
      state.compare.busy = true;
      changed();
      showPublished(await fetchPublished(state.compare.url));
    },
    async compareFile(file) {
      state.compare.busy = true;
      changed();
      showPublished(readPublishedText(await file.text()));
    },
    async correctionsFile(file) {
      actions.readCorrections(await file.text());
    },
    readCorrections(text) {
      state.corrections = { text, read: readCorrections(text) };
      changed();
    },
    makeFragment(region) {
      const fragment = htmlFragment(state.routes ?? [], messages, region ? [region] : []);
      const url = replaceUrl(state.fragment.url, fragment.html, 'text/html');
      state.fragment = {
        region,
        ...(url ? { url } : {}),
        routes: fragment.routes,
        kb: kilobytes(new Blob([fragment.html]).size),
      };
      changed();
    },
  };
  return { state, actions };
}
