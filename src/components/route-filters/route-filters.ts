/**
 * The four filters as native checkboxes in disclosure panels, each option with the number of routes it would show.
 * Options with no routes are disabled, not hidden, so the list does not jump as other filters change.
 */
import { html, nothing } from 'lit';
import { LEERWEGEN, MBO_NIVEAUS, PROFIELEN, REGION_NAMES_IN_ORDER, ROUTE_KINDS } from '../../feed/domain.js';
import { FILTER_KEYS, type FacetCounts, type FilterKey, type Filters } from '../../model/filters.js';
import type { Messages } from '../../i18n/index.js';
import { kindBadge } from '../kind-badge/kind-badge.js';
import { renderGlossary } from '../glossary/glossary.js';

interface Option {
  value: string;
  label: string;
  /** How the filter's button names the option when it is chosen ("PIE", "DLR"); the label when absent. */
  short?: string;
  /** What a screen reader says instead of the label ("kaderberoepsgerichte leerweg naar mbo niveau 3"). */
  spoken?: string;
  decoration?: unknown;
}

/** Options per language, made once. */
const optionsByLanguage = new WeakMap<Messages, Map<FilterKey, Option[]>>();

function optionsFor(key: FilterKey, messages: Messages): Option[] {
  let byKey = optionsByLanguage.get(messages);
  if (!byKey) optionsByLanguage.set(messages, (byKey = new Map()));
  let options = byKey.get(key);
  if (!options) byKey.set(key, (options = makeOptions(key, messages)));
  return options;
}

function makeOptions(key: FilterKey, messages: Messages): Option[] {
  switch (key) {
    case 'region':
      return REGION_NAMES_IN_ORDER.map((naam) => ({ value: naam, label: naam }));
    case 'profile':
      // "Groen" is both code and name: said once.
      return PROFIELEN.map((p) => ({
        value: p.code,
        label: p.naam === p.code ? p.naam : `${p.naam} (${p.code})`,
        short: p.code,
      }));
    case 'level':
      return LEERWEGEN.flatMap((van) =>
        MBO_NIVEAUS.map((naar) => ({
          value: `${van}-${naar}`,
          label: messages.niveau(van, naar),
          // The short form first, as seen (without the arrow, which a screen reader would name), so that a voice
          // command with the visible words finds it (WCAG 2.5.3); then in full.
          spoken: `${messages.niveau(van, naar).replace(/\s*→\s*/, ' ')}, ${messages.niveauSpoken(van, naar)}`,
        })),
      );
    case 'routeType':
      return ROUTE_KINDS.map((kind) => ({
        value: kind,
        label: messages.kind[kind],
        short: kind,
        decoration: kindBadge(kind),
      }));
  }
}

/** The chosen values of a filter as its button names them, in the order of the options. */
function chosenLabels(key: FilterKey, chosen: readonly string[], messages: Messages): string[] {
  // Nothing chosen (the usual first view): the options are not made before they are seen.
  if (chosen.length === 0) return [];
  return optionsFor(key, messages)
    .filter((option) => chosen.includes(option.value))
    .map((option) => option.short ?? option.label);
}

export interface FiltersView {
  messages: Messages;
  /** On narrow screens: whether the folded filters are shown. */
  open: boolean;
  filters: Filters;
  /** Undefined while the options wait for the map's first drawing (the buttons and their choices show already). */
  facets: FacetCounts | undefined;
  /** The filters whose options are rendered (opened, or prepared while the page was idle); the others are closed. */
  optionsRendered: ReadonlySet<string>;
  /** Filters not offered (the region filter of a single-region view). */
  hidden: ReadonlySet<FilterKey>;
  canReset: boolean;
  onToggle: (key: FilterKey, value: string, on: boolean) => void;
  onReset: () => void;
  /** A region option pointed at or focused (its outline shows on the map); undefined when left. */
  onPointRegion?: (naam: string | undefined) => void;
}

/** Every chosen value of the filters offered, as the buttons name them ("Twente", "PIE"). */
export function allChosenLabels(filters: Filters, hidden: ReadonlySet<FilterKey>, messages: Messages): string[] {
  return FILTER_KEYS.filter((key) => !hidden.has(key)).flatMap((key) => chosenLabels(key, filters[key], messages));
}

/** The one button that shows and hides the filters on narrow maps, naming what is chosen ("Twente +2"). */
export function renderFiltersToggle(messages: Messages, open: boolean, chosen: string[], onToggle: () => void) {
  return html`<button
    type="button"
    class="filters-toggle"
    part="filters-toggle"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls="filters"
    @click=${onToggle}
  >
    ${messages.ui.filters} <span class="filters-state">${messages.ui.chosen(chosen)}</span>
  </button>`;
}

export function renderFilters(view: FiltersView) {
  const { messages } = view;
  return html`
    <div
      id="filters"
      class="filters ${view.open ? 'open' : ''}"
      part="filters"
      role="group"
      aria-label=${messages.ui.filters}
    >
      ${FILTER_KEYS.filter((key) => !view.hidden.has(key)).map((key) => {
        const chosen = view.filters[key];
        const counts = view.optionsRendered.has(key) ? view.facets?.[key] : undefined;
        return html`
          <details class="filters-item" name="leerroutes-filter" data-filter=${key}>
            <summary part="filter-button">
              <span class="filters-name">${messages.filter[key]}</span>
              <span class="filters-state">${messages.ui.chosen(chosenLabels(key, chosen, messages))}</span>
            </summary>
            <fieldset class="filters-options" part="filter-options">
              <legend class="filters-legend">${messages.filter[key]}</legend>
              ${key === 'level' && counts ? renderGlossary(messages) : nothing}
              ${(counts ? optionsFor(key, messages) : []).map((option) => {
                const count = counts!.get(option.value) ?? 0;
                const checked = chosen.includes(option.value);
                const point = key === 'region' ? view.onPointRegion : undefined;
                return html`
                  <label
                    class="filters-option ${count === 0 && !checked ? 'empty' : ''}"
                    @mouseenter=${point ? () => point(option.value) : nothing}
                    @mouseleave=${point ? () => point(undefined) : nothing}
                    @focusin=${point ? () => point(option.value) : nothing}
                    @focusout=${point ? () => point(undefined) : nothing}
                  >
                    <input
                      type="checkbox"
                      name=${key}
                      .value=${option.value}
                      .checked=${checked}
                      ?disabled=${count === 0 && !checked}
                      @change=${(event: Event) =>
                        view.onToggle(key, option.value, (event.target as HTMLInputElement).checked)}
                    />
                    ${option.decoration ?? nothing}
                    <span class="filters-option-label"
                      >${
                        option.spoken
                          ? html`<span aria-hidden="true">${option.label}</span
                              ><span class="visually-hidden">${option.spoken}</span>`
                          : option.label
                      }</span
                    >
                    <span class="filters-option-count"
                      >${count}<span class="visually-hidden"> ${messages.ui.routesWord(count)}</span></span
                    >
                  </label>
                `;
              })}
            </fieldset>
          </details>
        `;
      })}
      <button
        type="button"
        class="filters-reset"
        part="reset-button"
        data-focus-next=".filters-toggle, .filters-item summary"
        ?disabled=${!view.canReset}
        @click=${view.onReset}
      >
        ${messages.ui.resetFilters}
      </button>
    </div>
  `;
}
