/**
 * The element follows its store: every change the store reports asks for one update, while the element is on a
 * page. Removed, it stops listening; added again, it listens again and catches up on what changed meanwhile.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapStore } from '../../../model/store.js';

export class StoreController implements ReactiveController {
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: MapStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe ??= this.store.subscribe(() => this.host.requestUpdate());
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
