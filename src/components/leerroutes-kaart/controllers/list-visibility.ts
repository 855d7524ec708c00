/**
 * Whether the list of routes needs to be rendered: when its pane takes up space on screen, or when the page is
 * printed (the print style shows the list under the map whatever the view).
 *
 * The list is hidden by the `view` attribute, by the visitor's map/list toggle and, on narrow maps, by a container
 * query; its pane's size is what tells all three apart. A hidden list is not rendered, so a map-only embed does
 * not build and update list rows it never shows.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Schools rendered at a time: a national feed of thousands of routes must not build rows nobody scrolls to. */
const LIST_PAGE = 60;
/** Routes rendered at a time, whatever the schools: one school may hold thousands of routes (issue 29). */
const LIST_ROUTES_PAGE = 300;

export class ListVisibilityController implements ReactiveController {
  private shownSchools = LIST_PAGE;
  private shownRoutes = LIST_ROUTES_PAGE;
  private onScreen = false;
  /** The next update shows the pane (a skip link to the list): render the list in it without waiting to measure. */
  private showing = false;
  private printing = false;
  /** Until the map's first drawing of a feed: the list waits, so that pins show as early as on a bare map. */
  private waitingFor: Promise<unknown> | undefined;
  private observer: ResizeObserver | undefined;
  /** The pane's size has been reported once (its ResizeObserver's first delivery). */
  private measured = false;
  /** What the observer reported last, acted on in `reportFrame`. */
  private reported = false;
  private reportFrame = 0;
  private whenMeasured: (() => void) | undefined;
  private readonly firstMeasure = new Promise<void>((resolve) => (this.whenMeasured = resolve));
  private observed: Element | undefined;
  private printQuery: MediaQueryList | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly pane: () => Element | null,
  ) {
    host.addController(this);
  }

  /** How many schools are rendered: a page at a time on screen; on paper, which has no "show more", all. */
  get limit(): number {
    return this.printing ? Infinity : this.shownSchools;
  }

  /** How many routes are rendered, in all the schools together (the last school shown may be cut short). */
  get routeLimit(): number {
    return this.printing ? Infinity : this.shownRoutes;
  }

  showMore(): void {
    this.shownSchools += LIST_PAGE;
    this.shownRoutes += LIST_ROUTES_PAGE;
    this.host.requestUpdate();
  }

  /** The pane is about to be shown: the coming update renders the list already, so focus can go into it. */
  expectShown(): void {
    this.showing = true;
    this.waitingFor = undefined;
  }

  /** The list is rendered once `drawn` settles (the map's first drawing), or after `maxMs`, whichever is first. */
  waitFor(drawn: Promise<unknown>, maxMs: number): void {
    const waiting = Promise.race([drawn, new Promise((resolve) => setTimeout(resolve, maxMs))]).finally(() => {
      if (this.waitingFor !== waiting) return;
      this.waitingFor = undefined;
      this.host.requestUpdate();
    });
    this.waitingFor = waiting;
  }

  /** Whether the list (and the closed filters' options) still wait for the map's first drawing. */
  get waitingForMap(): boolean {
    return this.waitingFor !== undefined;
  }

  /** Resolves once the list no longer waits for the map, and its pane's size is known (so rendered if seen). */
  async whenNotWaiting(): Promise<void> {
    while (this.waitingFor) await this.waitingFor;
    if (this.observed && !this.measured) await this.firstMeasure;
  }

  /** A new feed, or other filters: the list starts at its first page again. */
  restart(): void {
    this.shownSchools = LIST_PAGE;
    this.shownRoutes = LIST_ROUTES_PAGE;
  }

  get needed(): boolean {
    return this.printing || (this.onScreen && !this.waitingFor);
  }

  hostConnected(): void {
    // `beforeprint` comes before the print layout in every browser; the media query also covers emulated print.
    window.addEventListener('beforeprint', this.startPrint);
    window.addEventListener('afterprint', this.endPrint);
    this.printQuery = window.matchMedia?.('print');
    this.printQuery?.addEventListener('change', this.onPrintQuery);
    this.setPrinting(this.printQuery?.matches ?? false);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.startPrint);
    window.removeEventListener('afterprint', this.endPrint);
    this.printQuery?.removeEventListener('change', this.onPrintQuery);
    this.printQuery = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.reportFrame);
    this.reportFrame = 0;
    this.observed = undefined;
  }

  /**
   * A pane about to be shown (a skip link) counts as on screen in the coming update. Otherwise the pane's size comes
   * from its ResizeObserver (below), which reports it in the frame's own layout: measuring it here would force a
   * layout inside every update.
   */
  hostUpdate(): void {
    if (this.showing) this.onScreen = true;
    this.showing = false;
  }

  /** After a render: watches the pane for the changes that come without an update (a container query, a resize). */
  hostUpdated(): void {
    const pane = this.pane();
    if (!pane || pane === this.observed) return;
    this.observer ??= new ResizeObserver((entries) => {
      const [size] = entries[entries.length - 1]!.borderBoxSize;
      this.reported = !!size && size.inlineSize > 0 && size.blockSize > 0;
      // Acted on in the next frame, not within the observer's delivery: rendering or removing the list there
      // resizes what other observers watch (the map), which WebKit reports as an error ("loop completed with
      // undelivered notifications").
      this.reportFrame ||= requestAnimationFrame(() => {
        this.reportFrame = 0;
        this.setOnScreen(this.reported);
        this.measured = true;
        this.whenMeasured?.();
      });
    });
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = pane;
    // The border box, not the content box: the list rendered into the pane gives it a scroll bar, which narrows the
    // content box while the observer is still delivering, and the browser reports that as an error ("loop
    // completed with undelivered notifications"). The border box keeps its size.
    this.observer.observe(pane, { box: 'border-box' });
  }

  private setOnScreen(onScreen: boolean): void {
    if (onScreen === this.onScreen) return;
    this.onScreen = onScreen;
    this.host.requestUpdate();
  }

  private setPrinting(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }

  private readonly startPrint = () => this.setPrinting(true);
  private readonly endPrint = () => this.setPrinting(false);
  private readonly onPrintQuery = (event: MediaQueryListEvent) => this.setPrinting(event.matches);
}
