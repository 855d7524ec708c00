/**
 * Loads the element's feed and keeps it current: shared loads per URL, one load at a time (a newer one cancels the
 * older, whose answer is then ignored), a loading notice only for loads that take long enough to notice, a retry,
 * and background refreshes that pause while the page is hidden. The element hears only the outcome.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadSharedFeed } from '../../../feed/feed-cache.js';
import { loadValidation } from '../../../loader/chunks.js';
import type { FeedFailure, ParsedFeed } from '../../../feed/parse-feed.js';
import { readSetting, REFRESH_MINUTES, TIMEOUT_SECONDS, type SettingRange } from '../../../model/settings.js';

/** The timers the controller uses: the page's own, or a test's clock. */
export interface Clock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

const pageClock: Clock = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (timer) => globalThis.clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/** A load shorter than this shows no loading notice: a flash of "laden…" reads as a glitch. */
const LOADING_NOTICE_DELAY_MS = 300;
/** Refreshing more often than this only loads the feed's server. */
const MIN_REFRESH_MS = 5_000;
/** A browser's timer wraps past this and fires at once (the element clamps `refresh` well below it). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The attributes the feed's loading follows. */
export interface FeedAttributes {
  timeout: number | undefined;
  refresh: number | undefined;
}

function setting(written: number | undefined, range: SettingRange): number | undefined {
  const read = readSetting(written, range);
  if (read.warning) console.warn(read.warning);
  return read.value;
}

export interface FeedControllerOptions {
  src(): string | undefined;
  /** Milliseconds to wait for the feed; by default the `timeout` attribute as read by `readAttributes`. */
  timeoutMs?(): number;
  /** Milliseconds between background refreshes, or nothing for none; by default the `refresh` attribute's. */
  refreshMs?(): number | undefined;
  /** Whether the element is near the viewport: a wanted load waits until it is (`loading="lazy"`). */
  near?(): boolean;
  /** Work on a new feed before `onLoad` (in slices, cancelled with the load): what the first update would do. */
  prepare?(feed: ParsedFeed, signal: AbortSignal): Promise<unknown>;
  /** A feed arrived: the first, one for a new `src`, or (`refreshed`) a changed one found by a background refresh. */
  onLoad(feed: ParsedFeed, refreshed: boolean): void;
  /** The feed cannot be used. `background`: a refresh failed, and the feed shown before is still shown. */
  onFailure(failure: FeedFailure, background: boolean): void;
  /** For tests: another clock, another loader, a shorter shortest refresh. */
  clock?: Clock;
  load?: typeof loadSharedFeed;
  minRefreshMs?: number;
}

export class FeedController implements ReactiveController {
  /** A load the visitor waits for is under way. */
  busy = false;
  /** …and has taken long enough that the loading notice shows. */
  showLoading = false;
  /** Why the feed cannot be shown, until a load succeeds or the visitor tries again. */
  failure: FeedFailure | undefined;

  private running: AbortController | undefined;
  private started = false;
  /** The last load ended, with a feed or a failure. */
  private settled = false;
  private shown: ParsedFeed | undefined;
  private refreshDue = false;
  /** A load is due (a new `src`, the first update) and waits for the element to come near the viewport. */
  private wanted = false;
  private timeoutSeconds = TIMEOUT_SECONDS.fallback!;
  private refreshMinutes: number | undefined;
  private noticeTimer: unknown;
  private refreshTimer: unknown;
  private readonly clock: Clock;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FeedControllerOptions,
  ) {
    this.clock = options.clock ?? pageClock;
    host.addController(this);
  }

  /** `src`, `timeout` and `refresh` as the element's update has them (a value out of range is named on the console). */
  readAttributes(changed: ReadonlyMap<PropertyKey, unknown>, attributes: FeedAttributes, first: boolean): void {
    if (changed.has('timeout'))
      this.timeoutSeconds = setting(attributes.timeout, TIMEOUT_SECONDS) ?? TIMEOUT_SECONDS.fallback!;
    if (changed.has('refresh')) this.refreshMinutes = setting(attributes.refresh, REFRESH_MINUTES);
    if (first || changed.has('src')) this.wanted = true;
    else if (changed.has('refresh')) this.scheduleRefresh();
  }

  /** Waiting for a feed: loading it, or about to once the element is near. */
  get waiting(): boolean {
    return this.busy || this.wanted;
  }

  hostUpdate(): void {
    if (!this.wanted || !(this.options.near?.() ?? true)) return;
    this.wanted = false;
    void this.load();
  }

  private timeoutMs(): number {
    return this.options.timeoutMs?.() ?? this.timeoutSeconds * 1000;
  }

  private refreshMs(): number | undefined {
    if (this.options.refreshMs) return this.options.refreshMs();
    return this.refreshMinutes === undefined ? undefined : this.refreshMinutes * 60_000;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    // A load cancelled by removal starts again when the element comes back.
    if (this.started && !this.settled && !this.running) void this.load();
    else this.scheduleRefresh();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.running?.abort();
    this.running = undefined;
    this.clock.clearTimeout(this.refreshTimer);
    this.setBusy(false);
  }

  /** Loads the feed at `src`, cancelling any load under way. */
  async load({ fresh = false, background = false } = {}): Promise<void> {
    this.running?.abort();
    this.clock.clearTimeout(this.refreshTimer);
    const controller = new AbortController();
    this.running = controller;
    this.started = true;
    const src = this.options.src()?.trim();
    if (!src) {
      this.finish(controller);
      this.settled = true;
      this.shown = undefined;
      this.fail({ kind: 'no-src' }, false);
      return;
    }
    if (!background) {
      this.settled = false;
      this.setBusy(true);
    }
    try {
      const result = await (this.options.load ?? loadSharedFeed)(src, {
        signal: controller.signal,
        timeoutMs: this.timeoutMs(),
        fresh,
        // Only a map that refreshes compares versions of the feed.
        fingerprint: this.refreshMs() !== undefined,
        loadChecks: loadValidation,
      });
      if (this.running !== controller) return;
      if (result.ok) {
        // A feed shown without a fingerprint (loaded first by a map that does not refresh) counts as changed once.
        const changed = !background || !result.feed.fingerprint || result.feed.fingerprint !== this.shown?.fingerprint;
        if (changed) {
          await this.options.prepare?.(result.feed, controller.signal);
          if (this.running !== controller) return;
        }
        this.settled = true;
        this.shown = result.feed;
        this.failure = undefined;
        if (changed) this.options.onLoad(result.feed, background);
      } else {
        this.settled = true;
        if (!background) this.shown = undefined;
        this.fail(result.failure, background);
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      this.settled = true;
      console.error(error);
      // Network failures come back as results; anything thrown is a fault of ours, and is called that.
      const detail = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : 'Error';
      this.fail({ kind: 'internal', url: src, detail }, background);
    } finally {
      if (this.running === controller) {
        this.finish(controller);
        this.scheduleRefresh();
      }
    }
  }

  /** "Opnieuw proberen": asks the server again, past anything cached. */
  retry(): void {
    this.failure = undefined;
    void this.load({ fresh: true });
  }

  private fail(failure: FeedFailure, background: boolean): void {
    if (!background) this.failure = failure;
    this.options.onFailure(failure, background);
    this.host.requestUpdate();
  }

  /** (Re)starts the refresh timer, after a load or a change of the `refresh` attribute. */
  scheduleRefresh(): void {
    this.clock.clearTimeout(this.refreshTimer);
    const interval = this.refreshMs();
    if (!interval || !this.host.isConnected || !this.settled || this.running) return;
    const shortest = this.options.minRefreshMs ?? MIN_REFRESH_MS;
    this.refreshTimer = this.clock.setTimeout(
      () => this.refreshNow(),
      Math.min(MAX_TIMER_MS, Math.max(shortest, interval)),
    );
  }

  private refreshNow(): void {
    // A hidden tab asks nothing of the server; it catches up when the visitor comes back.
    if (document.visibilityState === 'hidden') {
      this.refreshDue = true;
      return;
    }
    this.refreshDue = false;
    // With a feed on screen the refresh is silent; after a failure it is a new attempt like any other.
    void this.load({ fresh: true, background: this.shown !== undefined });
  }

  private onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible' && this.refreshDue) this.refreshNow();
  };

  private finish(controller: AbortController): void {
    if (this.running === controller) this.running = undefined;
    this.setBusy(false);
  }

  private setBusy(busy: boolean): void {
    this.clock.clearTimeout(this.noticeTimer);
    if (busy) {
      this.noticeTimer = this.clock.setTimeout(() => {
        this.showLoading = true;
        this.host.requestUpdate();
      }, LOADING_NOTICE_DELAY_MS);
    } else {
      this.showLoading = false;
    }
    this.busy = busy;
    this.host.requestUpdate();
  }
}
