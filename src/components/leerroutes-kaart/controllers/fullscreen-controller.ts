/** Full screen for the whole element, where the page allows it. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FullscreenController implements ReactiveController {
  active = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get available(): boolean {
    return document.fullscreenEnabled;
  }

  hostConnected(): void {
    this.host.addEventListener('fullscreenchange', this.onChange);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('fullscreenchange', this.onChange);
  }

  async toggle(): Promise<void> {
    try {
      if (document.fullscreenElement === this.host) await document.exitFullscreen();
      else await this.host.requestFullscreen();
    } catch (error) {
      // Refused (an iframe without allowfullscreen, a policy): the button simply does nothing.
      console.warn('leerroutes-kaart: full screen refused:', error);
    }
  }

  private onChange = (): void => {
    this.active = document.fullscreenElement === this.host;
    this.host.requestUpdate();
  };
}
