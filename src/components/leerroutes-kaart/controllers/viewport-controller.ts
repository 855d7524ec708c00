/**
 * Whether the element is on screen or close to it (about one screen away). With `loading="lazy"` (the default) an
 * element low on a long page asks for nothing (no feed, no map code, no tiles) until the visitor scrolls near it;
 * with `loading="eager"` it is near from the start. Once near, it stays near: scrolling away again must not make
 * the map flicker back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NEAR_MARGIN, isEager, isNearNow, nearElements, whenLaidOut } from '../../../loader/gate.js';

export class ViewportController implements ReactiveController {
  near = false;
  private observer: IntersectionObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    // The entry found it near already (and asked for its feed): no second wait for an observer's first report.
    if (!('IntersectionObserver' in window) || isEager(this.host) || nearElements.has(this.host)) {
      this.near = true;
      return;
    }
    // On a loaded page, layout says at once (the first update then asks for the feed); else after the styles.
    whenLaidOut(() => {
      if (!this.near && this.host.isConnected && isNearNow(this.host)) this.becomeNear();
    });
    if (this.near) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.becomeNear();
      },
      { rootMargin: NEAR_MARGIN },
    );
    this.observer.observe(this.host);
  }

  private becomeNear(): void {
    this.near = true;
    this.hostDisconnected();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
