/**
 * Named timers that end with their element: each name runs at most one timer at a time (a new one replaces it),
 * and leaving the page clears them all, so no callback runs on a removed element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class TimersController implements ReactiveController {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  later(name: string, ms: number, run: () => void): void {
    this.cancel(name);
    this.timers.set(
      name,
      setTimeout(() => {
        this.timers.delete(name);
        run();
      }, ms),
    );
  }

  cancel(name: string): void {
    clearTimeout(this.timers.get(name));
    this.timers.delete(name);
  }

  hostDisconnected(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
