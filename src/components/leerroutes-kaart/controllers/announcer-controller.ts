/**
 * What the map says in passing: the polite live region's announcement (once the visitor pauses, not at every tick
 * of a checkbox) and a short visible hint (how to zoom or pan), each gone after a while.
 */
import type { ReactiveControllerHost } from 'lit';
import type { TimersController } from './timers.js';

const ANNOUNCE_DELAY_MS = 500;
const HINT_MS = 1800;

export class AnnouncerController {
  /** Said by the polite live region. */
  announcement = '';
  /** Shown over the map for a moment. */
  hint: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly timers: TimersController,
  ) {}

  /** Said after a short pause; a newer announcement replaces one not yet said. */
  announce(text: string): void {
    this.timers.later('announce', ANNOUNCE_DELAY_MS, () => this.set({ announcement: text }));
  }

  /** Said at once and shown for a moment: the visitor asked (Enter on the map) and must see the answer too. */
  announceNow(text: string): void {
    this.timers.cancel('announce');
    this.set({ announcement: text });
    this.showHint(text);
  }

  showHint(text: string): void {
    this.set({ hint: text });
    this.timers.later('hint', HINT_MS, () => this.set({ hint: undefined }));
  }

  private set(change: Partial<Pick<AnnouncerController, 'announcement' | 'hint'>>): void {
    Object.assign(this, change);
    this.host.requestUpdate();
  }
}
