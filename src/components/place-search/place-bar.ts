/**
 * Under the toolbar while there is a place: the arbeidsmarktregio it lies in with a button to filter on it, and the
 * distance filter with its counts. Part of the location chunk: there is no place before that chunk has arrived.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Messages } from '../../i18n/index.js';
import type { MapStore } from '../../model/store.js';
import { RADIUS_OPTIONS } from '../../model/place.js';

export interface PlaceBarView {
  messages: Messages;
  store: MapStore;
  /** Whether the region filter is offered (not in a locked region). */
  regionFilter: boolean;
  onRadius: (km: number | undefined) => void;
  onRegion: (naam: string) => void;
}

/** Under the toolbar while there is a place: where it lies, and how far to look from it. */
export function renderPlaceBar({ messages: m, store, regionFilter, onRadius, onRegion }: PlaceBarView) {
  const place = store.place;
  if (!place) return nothing;
  const counts = store.radiusCounts;
  const radius = store.radius;
  const options: number[] = [...RADIUS_OPTIONS];
  if (radius !== undefined && !options.includes(radius)) options.push(radius);
  options.sort((a, b) => a - b);
  const regionChosen =
    place.region !== undefined && store.filters.region.length === 1 && store.filters.region[0] === place.region;
  return html`
    <div class="place-bar" part="place-bar">
      <p class="place-region">
        ${place.region ? m.place.inRegion(place.label, place.region) : m.place.noRegion(place.label)}
      </p>
      ${
        place.region && regionFilter && !regionChosen
          ? html`<button type="button" class="place-region-button" @click=${() => onRegion(place.region!)}>
              ${m.place.filterRegion(place.region)}
            </button>`
          : nothing
      }
      <label class="place-radius">
        <span class="place-radius-label">${m.place.radius}</span>
        <select
          aria-label=${m.place.radius}
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            onRadius(value ? Number(value) : undefined);
          }}
        >
          <option value="" .selected=${live(radius === undefined)}>${m.place.anyDistance}</option>
          ${options.map(
            (km) =>
              html`<option value=${String(km)} .selected=${live(radius === km)}>
                ${m.place.within(km, counts.get(km))}
              </option>`,
          )}
        </select>
      </label>
    </div>
  `;
}
