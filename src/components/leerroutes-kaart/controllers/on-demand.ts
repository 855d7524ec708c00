/**
 * A part of the element loaded on first use (a chunk): asked for once, its styles adopted into the shadow root when
 * it arrives, the element updated then, and forgotten after a failure so that asking again tries again. Every
 * on-demand part goes through this one helper (the correction form, the place search, the map, the region outlines).
 */
import type { CSSResult, ReactiveControllerHost } from 'lit';

export interface OnDemandOptions<Part> {
  /** Styles that come with the part: adopted once, after the element's own. */
  styles?(part: Part): CSSResult;
  /** Done with the part when it arrives, before the element updates. */
  arrived?(part: Part): void;
  /** Said when it does not arrive (the element updates too). */
  failed?(error: unknown): void;
  /** A copy already at hand (loaded by another element on the page): used at once, without a wait. */
  atHand?(): Part | undefined;
}

export class OnDemand<Part> {
  private loaded: Part | undefined;
  private loading: Promise<Part> | undefined;
  /** The last attempt failed (a new `load()` tries again). */
  failed = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly importer: () => Promise<Part>,
    private readonly options: OnDemandOptions<Part> = {},
  ) {}

  /** The part, once it has arrived. */
  get part(): Part | undefined {
    if (!this.loaded) {
      const atHand = this.options.atHand?.();
      if (atHand) this.take(atHand);
    }
    return this.loaded;
  }

  /** Asked for and not arrived (nor failed) yet. */
  get pending(): boolean {
    return !!this.loading && !this.loaded;
  }

  /** Asks for the part (once); resolves with it, rejects when it cannot be loaded. */
  load(): Promise<Part> {
    const present = this.part;
    if (present) return Promise.resolve(present);
    if (!this.loading) this.failed = false;
    this.loading ??= this.importer().then(
      (part) => {
        this.take(part);
        this.host.requestUpdate();
        return part;
      },
      (error: unknown) => {
        this.loading = undefined;
        this.failed = true;
        this.options.failed?.(error);
        this.host.requestUpdate();
        throw error;
      },
    );
    return this.loading;
  }

  private take(part: Part): void {
    this.loaded = part;
    this.failed = false;
    const styles = this.options.styles?.(part);
    const root = this.host.shadowRoot;
    const sheet = styles?.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    this.options.arrived?.(part);
  }
}
