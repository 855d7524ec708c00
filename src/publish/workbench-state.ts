/**
 * The workbench's state and what the publisher can do to it. Everything happens in this browser: files are read
 * with the File API, the feed and the HTML list become blob: URLs to download; nothing is sent anywhere but the
 * request for the published feed the publisher asks to compare with.
 */
import { messagesFor } from '../i18n/index.js';
import type { Route } from '../feed/parse-feed.js';
import { diffFeeds, type FeedDiff } from './diff-feeds.js';
import { htmlFragment } from './html-fragment.js';
import { feedText, feedTooLarge } from './feed-text.js';
import type { SheetRecords } from './spreadsheet.js';
import type { rowsById, SheetResult } from './sheet-to-feed.js';
import { convert, type Converted, type NotConverted } from './convert.js';
import { boundedInput, readCorrections, type ReadCorrections } from './corrections.js';
import { fetchPublished, readPublishedText, type Published } from './published-feed.js';
import { workbenchTexts as t } from './workbench-texts.js';

const messages = messagesFor('nl');

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

/** Twenty times what the largest sheet the map accepts (10,000 rows) takes here. */
const CONVERT_TIMEOUT_SECONDS = 120;

const kilobytes = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));

/**
 * The conversion in a Web Worker (dist/publish-worker.js, next to this script), so that a large spreadsheet does
 * not freeze the page; in the page itself where a worker cannot start (a policy forbids it, the file is missing).
 */
function convertOffPage(bytes: Uint8Array, name: string, sheet?: string): Promise<Converted | NotConverted> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./publish-worker.js', import.meta.url), { type: 'module' });
  } catch {
    return convert(bytes, name, sheet);
  }
  return new Promise((resolve) => {
    // A worker that dies without a word (out of memory) sends neither message nor error: the page stops waiting.
    const watchdog = setTimeout(() => {
      worker.terminate();
      resolve({ ok: false, message: t.tookTooLong(CONVERT_TIMEOUT_SECONDS) });
    }, CONVERT_TIMEOUT_SECONDS * 1000);
    worker.addEventListener('message', (event: MessageEvent<Converted | NotConverted>) => {
      clearTimeout(watchdog);
      worker.terminate();
      resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      clearTimeout(watchdog);
      event.preventDefault();
      worker.terminate();
      resolve(convert(bytes, name, sheet));
    });
    worker.postMessage({ bytes, name, ...(sheet === undefined ? {} : { sheet }) });
  });
}

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
    try {
      state.compare.diff = diffFeeds(published, state.result.feed);
    } catch (error) {
      // Whatever the feed holds, "Bezig met ophalen…" ends: with a reason, never by waiting.
      console.error(error);
      published = undefined;
      state.compare.diff = undefined;
      state.compare.failure = t.compareBroken;
    }
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
    const converted = await convertOffPage(state.bytes!, name, sheet);
    if (!converted.ok) {
      state.failure = converted.message ? `${t.cannotRead(name)} ${converted.message}` : t.cannotRead(name);
      state.result = undefined;
      state.sheet = undefined;
      state.rowsById = undefined;
      state.previewUrl = replaceUrl(state.previewUrl, undefined, '');
      state.downloadUrl = replaceUrl(state.downloadUrl, undefined, '');
      state.reads++;
      changed();
      return;
    }
    const { result } = converted;
    let built = result.feed.features.length ? feedText(result.feed) : undefined;
    const megabytes = built === undefined ? undefined : feedTooLarge(built);
    if (megabytes) {
      // The map would refuse it: nothing is offered for download.
      built = undefined;
      state.failure = t.feedTooLarge(megabytes);
    }
    state.sheet = converted.sheet;
    state.readAs = t.readAs(name, converted.sheet.readAs);
    state.result = result;
    state.rowsById = converted.rowsById;
    state.routes = converted.routes;
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
      // Not copied into the text area: laying out megabytes of text there alone holds the page.
      state.corrections = { text: '', read: readCorrections(await file.text()) };
      changed();
    },
    readCorrections(text) {
      // The field shows what was read: a 20 MB paste would hold the page in the text area alone.
      state.corrections = { text: boundedInput(text).text, read: readCorrections(text) };
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
