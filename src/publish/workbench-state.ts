/**
 * The workbench's state and what the publisher can do to it. Everything happens in this browser: files are read
 * with the File API, the feed and the HTML list become blob: URLs to download; nothing is sent anywhere but the
 * request for the published feed the publisher asks to compare with.
 */
import type { SheetRecords } from './spreadsheet.js';
import type { rowsById, SheetResult } from './sheet-to-feed.js';
import { boundedInput, readCorrections, type ReadCorrections } from './corrections.js';
import { fetchPublished } from './published-feed.js';
import { workbenchTexts as t } from './workbench-texts.js';
import { forgetAll, remember, rememberedFiles, type DuoKind, type RememberedFile } from './duo-memory.js';
import type { FilledCell } from './duo.js';
import { PDOK_LOCATIESERVER } from '../location/pdok.js';
import {
  SessionCore,
  type CompareReply,
  type ConvertReply,
  type FragmentReply,
  type SessionReply,
  type SessionRequest,
  type ShownDiff,
} from './session.js';

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
  sheet?: Pick<SheetRecords, 'sheets' | 'sheet'> | undefined;
  readAs?: string;
  result?: { findings: SheetResult['findings']; routeCount: number } | undefined;
  rowsById?: ReturnType<typeof rowsById> | undefined;
  /** Whether the sheet gave routes to list without JavaScript. */
  hasRoutes?: boolean;
  downloadUrl?: string | undefined;
  downloadKb?: number;
  previewUrl?: string | undefined;
  previewCount?: number | undefined;
  /** The preview's background map, from the page's `?basemap=` (`none` offline). */
  basemap?: string | undefined;
  filter: ProblemFilter;
  compare: { url: string; busy: boolean; diff?: ShownDiff | undefined; failure?: string | undefined };
  corrections: { text: string; read?: ReadCorrections };
  fragment: { region: string; url?: string; routes?: number; kb?: number };
  /** DUO's files chosen (or remembered from an earlier visit), by kind. */
  duo: Partial<Record<DuoKind, RememberedFile>>;
  /** A dropped file that is none of DUO's three. */
  duoUnknown?: string | undefined;
  /** The publisher allows the addresses DUO has no building for to be looked up at PDOK (they leave the browser). */
  geocode: boolean;
  /** The cells they filled in the current sheet: at most 500, and how many in all. */
  filled?: { cells: FilledCell[]; count: number };
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
  makeFragment(region: string): Promise<void>;
  chooseDuo(kind: DuoKind, file: Blob & { name: string }): Promise<void>;
  forgetDuo(): Promise<void>;
  /** Files dropped on the DUO section: each recognised by its header. */
  dropDuo(files: (Blob & { name: string })[]): Promise<void>;
  allowGeocode(on: boolean): Promise<void>;
}

/** Which of DUO's files this is, by a column only it has (the header is in the first kilobytes, in any encoding). */
function duoKindOf(bytes: Uint8Array): DuoKind | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096)).split(/\r?\n/, 1)[0]!.toUpperCase();
  if (head.includes('VESTIGINGSCODE')) return 'vestigingen';
  if (head.includes('GPS_LATITUDE')) return 'locaties';
  if (head.includes('INSTELLINGSNAAM')) return 'mbo';
  return undefined;
}

/** Twenty times what the largest sheet the map accepts (10,000 rows) takes here. */
const TIMEOUT_SECONDS = 120;

const kilobytes = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));

/** What a request that never got an answer gets instead. */
function notAnswered(request: SessionRequest): SessionReply {
  const reason = t.tookTooLong(TIMEOUT_SECONDS);
  if (request.type === 'convert') return { ok: false, message: reason };
  if (request.type === 'compare') return { ok: false, reason };
  return { html: new Uint8Array(), routes: 0 };
}

/**
 * The session (session.ts) in a Web Worker (dist/publish-worker.js, next to this script), so that a large
 * spreadsheet does not freeze the page; in the page itself where a worker cannot start (a policy forbids it, the
 * file is missing): then every request, and those still waiting, are answered here.
 */
function createSession(): (request: SessionRequest) => Promise<SessionReply> {
  let worker: Worker | undefined;
  let inPage: SessionCore | undefined;
  let nextId = 0;
  const waiting = new Map<number, { request: SessionRequest; answer: (reply: SessionReply) => void }>();

  const answerInPage = () => {
    worker?.terminate();
    worker = undefined;
    inPage ??= new SessionCore();
    const core = inPage;
    for (const { request, answer } of waiting.values()) void core.handle(request).then(answer);
    waiting.clear();
  };

  const start = (): Worker | undefined => {
    try {
      const started = new Worker(new URL('./publish-worker.js', import.meta.url), { type: 'module' });
      started.addEventListener('message', (event: MessageEvent<{ id: number; reply: SessionReply }>) => {
        const entry = waiting.get(event.data.id);
        waiting.delete(event.data.id);
        entry?.answer(event.data.reply);
      });
      started.addEventListener('error', (event) => {
        event.preventDefault();
        answerInPage();
      });
      return started;
    } catch {
      inPage ??= new SessionCore();
      return undefined;
    }
  };

  return (request) => {
    if (inPage) return inPage.handle(request);
    worker ??= start();
    const running = worker;
    if (!running) return inPage!.handle(request);
    const id = nextId++;
    return new Promise<SessionReply>((resolve) => {
      // A worker that dies without a word (out of memory) sends neither answer nor error: the page stops waiting,
      // and the next request starts a new worker.
      const watchdog = setTimeout(() => {
        waiting.delete(id);
        if (worker === running) worker = undefined;
        running.terminate();
        resolve(notAnswered(request));
      }, TIMEOUT_SECONDS * 1000);
      waiting.set(id, {
        request,
        answer: (reply) => {
          clearTimeout(watchdog);
          resolve(reply);
        },
      });
      // Copied, not transferred: should the worker fail to start, the page answers with the same request.
      running.postMessage({ id, request });
    });
  };
}

/** The state and its actions; `changed` is called after every change, to draw the page again. */
export function createWorkbench(
  changed: () => void,
  basemap: string | undefined,
  /** PDOK Locatieserver's address (a test or a proxy may give another). */
  pdok = PDOK_LOCATIESERVER,
) {
  const state: WorkbenchState = {
    reads: 0,
    status: '',
    dragging: false,
    basemap,
    filter: { errors: true, warnings: true, column: '' },
    compare: { url: '', busy: false },
    corrections: { text: '' },
    fragment: { region: '' },
    duo: {},
    geocode: false,
  };
  // DUO's files from an earlier visit: in use as soon as they are read back (a sheet chosen before waits for them).
  const remembered = rememberedFiles().then((files) => {
    for (const file of files) state.duo[file.kind] ??= file;
    if (files.length) changed();
  });
  const session = createSession();
  /** A published feed was read: each new sheet is compared with it. */
  let comparing = false;

  const replaceUrl = (old: string | undefined, content: BlobPart | undefined, type: string) => {
    if (old) URL.revokeObjectURL(old);
    return content === undefined ? undefined : URL.createObjectURL(new Blob([content], { type }));
  };

  async function compare(published?: string): Promise<void> {
    const reply = (await session({
      type: 'compare',
      ...(published === undefined ? {} : { published }),
    })) as CompareReply;
    state.compare.busy = false;
    if (reply.ok) {
      comparing = !!reply.diff || (comparing && published === undefined);
      state.compare.diff = reply.diff;
      state.compare.failure = undefined;
    } else {
      comparing = false;
      state.compare.diff = undefined;
      state.compare.failure = reply.reason;
    }
    changed();
  }

  async function keepDuo(files: Omit<RememberedFile, 'date'>[]): Promise<void> {
    const date = new Date().toISOString().slice(0, 10);
    for (const file of files) state.duo = { ...state.duo, [file.kind]: { ...file, date } };
    changed();
    for (const file of files) await remember({ ...file, date });
    if (state.bytes) await read(state.sheet?.sheet);
  }

  async function read(sheet?: string): Promise<void> {
    const name = state.fileName ?? '';
    state.failure = undefined;
    state.status = t.reading(name);
    changed();
    await remembered;
    const request: SessionRequest = { type: 'convert', bytes: state.bytes!, name };
    if (sheet !== undefined) request.sheet = sheet;
    if (state.duo.vestigingen) {
      request.duo = { vestigingen: state.duo.vestigingen.bytes };
      if (state.duo.locaties) request.duo.locaties = state.duo.locaties.bytes;
      if (state.duo.mbo) request.duo.mbo = state.duo.mbo.bytes;
      if (state.geocode) request.pdok = new URL(pdok, location.href).href;
    }
    const converted = (await session(request)) as ConvertReply;
    if (!converted.ok) {
      state.failure = converted.message ? `${t.cannotRead(name)} ${converted.message}` : t.cannotRead(name);
      state.result = undefined;
      state.sheet = undefined;
      state.rowsById = undefined;
      state.hasRoutes = false;
      state.filled = undefined;
      state.previewUrl = replaceUrl(state.previewUrl, undefined, '');
      state.downloadUrl = replaceUrl(state.downloadUrl, undefined, '');
      state.reads++;
      changed();
      return;
    }
    // The map would refuse a larger feed: nothing is offered for download.
    if (converted.tooLargeMegabytes) state.failure = t.feedTooLarge(converted.tooLargeMegabytes);
    state.sheet = converted.sheet;
    state.readAs = t.readAs(name, converted.sheet.readAs);
    state.result = { findings: converted.findings, routeCount: converted.routeCount };
    state.rowsById = converted.rowsById;
    state.hasRoutes = converted.hasRoutes;
    state.filled = converted.filledCount ? { cells: converted.filled, count: converted.filledCount } : undefined;
    // One blob behind both addresses: the download and the preview read the same bytes.
    const feed = converted.feed && new Blob([converted.feed], { type: 'application/geo+json' });
    state.downloadUrl = replaceUrl(state.downloadUrl, feed, 'application/geo+json');
    state.downloadKb = feed ? kilobytes(feed.size) : 0;
    state.previewUrl = replaceUrl(state.previewUrl, feed, 'application/geo+json');
    state.previewCount = undefined;
    state.fragment = { region: state.fragment.region };
    state.status = '';
    state.reads++;
    changed();
    if (comparing) await compare();
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
      const fetched = await fetchPublished(state.compare.url);
      if (fetched.ok) return compare(fetched.text);
      comparing = false;
      state.compare = { ...state.compare, busy: false, diff: undefined, failure: fetched.reason };
      changed();
    },
    async compareFile(file) {
      state.compare.busy = true;
      changed();
      await compare(await file.text());
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
    async chooseDuo(kind, file) {
      await keepDuo([{ kind, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }]);
    },
    async dropDuo(files) {
      const known: Omit<RememberedFile, 'date'>[] = [];
      state.duoUnknown = undefined;
      for (const file of files.slice(0, 3)) {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const kind = duoKindOf(bytes);
        if (kind) known.push({ kind, name: file.name, bytes });
        else state.duoUnknown = file.name;
      }
      changed();
      if (known.length) await keepDuo(known);
    },
    async forgetDuo() {
      state.duo = {};
      changed();
      await forgetAll();
      if (state.bytes) await read(state.sheet?.sheet);
    },
    async allowGeocode(on) {
      state.geocode = on;
      changed();
      if (state.bytes && state.duo.vestigingen) await read(state.sheet?.sheet);
    },
    async makeFragment(region) {
      const fragment = (await session({ type: 'fragment', region })) as FragmentReply;
      const html = new Blob([fragment.html], { type: 'text/html' });
      const url = replaceUrl(state.fragment.url, html, 'text/html');
      state.fragment = { region, ...(url ? { url } : {}), routes: fragment.routes, kb: kilobytes(html.size) };
      changed();
    },
  };
  return { state, actions };
}
