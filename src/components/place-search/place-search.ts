/**
 * "Postcode of plaats": an ARIA 1.2 combobox (a text field that owns a listbox of suggestions; the active one is
 * pointed at with aria-activedescendant, so focus stays in the field). The bar shown once a place is chosen is in
 * place-bar.ts, which comes with the location chunk.
 */
import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/index.js';
import { MAX_PLACE_TEXT } from '../../model/place.js';
import type { Suggestion } from '../../location/geocoder.js';

/** The combobox's state and actions (the element's location controller is one). */
export interface PlaceField {
  readonly text: string;
  readonly suggestions: readonly Suggestion[];
  readonly active: number;
  readonly expanded: boolean;
  readonly notice: string;
  /** The chosen place's name, when the × can clear it. */
  readonly clearable: string | undefined;
  prepare(): void;
  input(written: string): void;
  onKeydown(event: KeyboardEvent): void;
  onBlur(): void;
  clear(): void;
  choose(index: number): unknown;
}

export interface PlaceSearchView {
  messages: Messages;
  location: PlaceField;
}

const optionId = (index: number) => `place-option-${index}`;

export function renderPlaceSearch({ messages: m, location }: PlaceSearchView) {
  const open = location.expanded && location.suggestions.length > 0;
  const clearable = location.clearable;
  return html`
    <div class="place-search" part="place-search">
      <label class="field-label" for="place-input">${m.place.label}</label>
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
          placeholder=${m.place.placeholder}
          .value=${location.text}
          @focus=${location.prepare}
          @input=${(event: Event) => location.input((event.target as HTMLInputElement).value)}
          @keydown=${location.onKeydown}
          @blur=${location.onBlur}
        />
        ${
          clearable
            ? html`<button
                type="button"
                class="place-clear"
                data-focus-next="#place-input"
                @click=${() => location.clear()}
              >
                <span aria-hidden="true">×</span><span class="visually-hidden">${m.place.clear(clearable)}</span>
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
