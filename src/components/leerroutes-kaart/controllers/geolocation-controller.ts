/**
 * "Mijn locatie": asks for the visitor's position only on their request, shows it on the map, and says clearly
 * (for a while) when it cannot be had: refused, timed out, unavailable, or outside the Netherlands.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../../../i18n/index.js';
import { isInNetherlands } from '../../../feed/domain.js';
import type { TimersController } from './timers.js';

const MESSAGE_MS = 8000;

export class GeolocationController implements ReactiveController {
  message = '';
  /** Each request gets a number: an answer for a request made before the element left the page is ignored. */
  private asked = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly timers: TimersController,
    private readonly show: (lon: number, lat: number) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.asked++;
    this.message = '';
  }

  locate(messages: Messages): void {
    const asked = ++this.asked;
    const m = messages.ui;
    if (!('geolocation' in navigator)) {
      this.say(m.locationUnavailable);
      return;
    }
    this.say(m.locating);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        if (asked !== this.asked) return;
        if (!isInNetherlands(coords.longitude, coords.latitude)) {
          this.say(m.locationOutside);
          return;
        }
        this.show(coords.longitude, coords.latitude);
        this.say(m.located);
      },
      (error) => {
        if (asked !== this.asked) return;
        this.say(
          error.code === error.PERMISSION_DENIED
            ? m.locationDenied
            : error.code === error.TIMEOUT
              ? m.locationTimeout
              : m.locationUnavailable,
        );
      },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 60000 },
    );
    this.timers.later('location-message', MESSAGE_MS, () => this.say(''));
  }

  private say(message: string): void {
    this.message = message;
    this.host.requestUpdate();
  }
}
