/**
 * "Postcode of plaats": an ARIA 1.2 combobox (a text field that owns a listbox of suggestions; the active one is
 * pointed at with aria-activedescendant, so focus stays in the field), and, once a place is chosen, the bar under
 * the toolbar: the place's arbeidsmarktregio with a button to filter on it, and the distance filter with its counts.
 */
import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/index.js';
import type { MapStore } from '../../model/store.js';
import { MAX_PLACE_TEXT, RADIUS_OPTIONS } from '../../model/place.js';
import type { LocationController } from '../leerroutes-kaart/controllers/location-controller.js';

export interface PlaceSearchView {
  messages: Messages;
  location: LocationController;
}

const optionId = (index: number) => `place-option-${index}`;

export function renderPlaceSearch({ messages: m, location }: PlaceSearchView) {
  const open = location.expanded && location.suggestions.length > 0;
  const clearable = location.text !== '';
  return html`
    <div class="place-search" part="place-search">
      <label class="visually-hidden" for="place-input">${m.place.label}</label>
      <div class="place-field">
        <svg class="place-icon" viewBox="0 0 24 24" aria-hidden="true">
          <path
            d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z"
          />
        </svg>
        <input
          id="place-input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="place-listbox"
          aria-activedescendant=${open && location.active >= 0 ? optionId(location.active) : ''}
          aria-describedby=${location.notice ? 'place-notice' : nothing}
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="search"
          maxlength=${MAX_PLACE_TEXT}
          placeholder=${m.place.label}
          .value=${location.text}
          @focus=${location.prepare}
          @input=${(event: Event) => location.input((event.target as HTMLInputElement).value)}
          @keydown=${location.onKeydown}
          @blur=${location.onBlur}
        />
        ${
          clearable
            ? html`<button type="button" class="place-clear" @click=${() => location.clear()}>
                <span aria-hidden="true">×</span><span class="visually-hidden">${m.place.clear(location.text)}</span>
              </button>`
            : nothing
        }
      </div>
      <ul id="place-listbox" role="listbox" aria-label=${m.place.label} class="place-options" ?hidden=${!open}>
        ${
          open
            ? location.suggestions.map(
                (suggestion, index) =>
                  html`<li
                    id=${optionId(index)}
                    role="option"
                    class="place-option"
                    aria-selected=${index === location.active ? 'true' : 'false'}
                    @pointerdown=${(event: Event) => event.preventDefault()}
                    @click=${() => void location.choose(index)}
                  >
                    <span class="place-option-label">${suggestion.label}</span>
                    <span class="place-option-kind">${m.place.kind[suggestion.kind]}</span>
                  </li>`,
              )
            : nothing
        }
      </ul>
      ${location.notice ? html`<p class="place-notice" id="place-notice" role="status">${location.notice}</p>` : nothing}
    </div>
  `;
}

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
        ${
          place.region && regionFilter && !regionChosen
            ? html`<button type="button" class="place-region-button" @click=${() => onRegion(place.region!)}>
                ${m.place.filterRegion(place.region)}
              </button>`
            : nothing
        }
      </p>
      <label class="place-radius">
        <span>${m.place.radius}</span>
        <select
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            onRadius(value ? Number(value) : undefined);
          }}
        >
          <option value="" ?selected=${radius === undefined}>${m.place.anyDistance}</option>
          ${options.map(
            (km) =>
              html`<option value=${String(km)} ?selected=${radius === km}>
                ${m.place.within(km, counts.get(km))}
              </option>`,
          )}
        </select>
      </label>
    </div>
  `;
}
