/**
 * The detail panel's code, a chunk of its own (chunks/detail-panel.ts): not part of the first view's download. It
 * is asked for in the page's first idle moment after a feed is shown, so that a visitor's first pick rarely waits
 * for it, and at once when a panel opens before then: the element shows the panel's frame with a loading line
 * meanwhile, and the selection controller moves focus to the panel's title once it is there.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OnDemand } from './on-demand.js';
import { whenIdle } from './idle.js';

export type DetailModule = typeof import('../../../chunks/detail-panel.js');

/** Loaded once per page: another element on it renders its panels at once. */
let detailModule: DetailModule | undefined;

export interface DetailOptions {
  /** A feed is shown: from then on the code is asked for in idle time. */
  feedShown(): boolean;
  panelOpen(): boolean;
}

export class DetailController implements ReactiveController {
  private readonly code: OnDemand<DetailModule>;
  private prefetchAsked = false;
  private wasOpen = false;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly options: DetailOptions,
  ) {
    host.addController(this);
    this.code = new OnDemand(host, () => import('../../../chunks/detail-panel.js'), {
      atHand: () => detailModule,
      styles: (part) => part.detailStyles,
      arrived: (part) => (detailModule = part),
      failed: (error) => console.warn('leerroutes-kaart: the detail panel could not be loaded.', error),
    });
  }

  /** The panel's code, once it has arrived. */
  get module(): DetailModule | undefined {
    return this.code.part;
  }

  /** The code did not come: the open panel says so. */
  get failed(): boolean {
    return this.code.failed;
  }

  /** While an open panel waits for its code: the element's `updateComplete` waits for it too. */
  get arriving(): Promise<unknown> | undefined {
    return this.options.panelOpen() && this.code.pending ? this.code.load().catch(() => undefined) : undefined;
  }

  hostUpdate(): void {
    const open = this.options.panelOpen();
    // A panel opened anew tries again after a failure; one left open does not ask in a loop.
    const opened = open && !this.wasOpen;
    this.wasOpen = open;
    if (this.code.part || this.code.pending) return;
    if (open && (opened || !this.code.failed)) this.load();
    else if (!this.prefetchAsked && this.options.feedShown()) {
      this.prefetchAsked = true;
      whenIdle(() => this.load());
    }
  }

  private load(): void {
    if (!this.code.part && !this.code.pending) this.code.load().catch(() => undefined);
  }
}
