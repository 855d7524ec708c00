/**
 * The four filters as native checkboxes in disclosure panels, each option with the number of routes it would show.
 * Options with no routes are disabled, not hidden, so the list does not jump as other filters change.
 */
import { html, css, nothing } from 'lit';
import { ARBEIDSMARKTREGIOS, LEERWEGEN, MBO_NIVEAUS, PROFIELEN, ROUTE_KINDS } from '../../feed/domain.js';
import type { FacetCounts, FilterKey, Filters } from '../../model/filters.js';
import type { Messages } from '../../i18n/index.js';
import { kindBadge } from '../kind-badge/kind-badge.js';

interface Option {
  value: string;
  label: string;
  decoration?: unknown;
}

/** Options per language, made once: the region list is sorted with the Dutch collation, which is not free. */
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
      const collator = new Intl.Collator('nl');
      return ARBEIDSMARKTREGIOS.map((r) => ({ value: r.naam, label: r.naam })).sort((a, b) =>
        collator.compare(a.label, b.label),
      );
    case 'profile':
      return PROFIELEN.map((p) => ({ value: p.code, label: `${p.naam} (${p.code})` }));
    case 'level':
      return LEERWEGEN.flatMap((van) =>
        MBO_NIVEAUS.map((naar) => ({ value: `${van}-${naar}`, label: messages.niveau(van, naar) })),
      );
    case 'routeType':
      return ROUTE_KINDS.map((kind) => ({ value: kind, label: messages.kind[kind], decoration: kindBadge(kind) }));
  }
}

export interface FiltersView {
  messages: Messages;
  /** On narrow screens: whether the folded filters are shown. */
  open: boolean;
  filters: Filters;
  facets: FacetCounts;
  /** Filters not offered (the region filter of a single-region view). */
  hidden: ReadonlySet<FilterKey>;
  canReset: boolean;
  onToggle: (key: FilterKey, value: string, on: boolean) => void;
  onReset: () => void;
}

const FILTER_ORDER: FilterKey[] = ['region', 'profile', 'level', 'routeType'];

export function renderFilters(view: FiltersView) {
  const { messages } = view;
  return html`
    <div id="filters" class="filters ${view.open ? 'open' : ''}" part="filters" role="group" aria-label=${messages.ui.filters}>
      ${FILTER_ORDER.filter((key) => !view.hidden.has(key)).map((key) => {
        const chosen = view.filters[key];
        const counts = view.facets[key];
        return html`
          <details class="filter" name="leerroutes-filter" data-filter=${key}>
            <summary part="filter-button">
              <span class="filter-name">${messages.filter[key]}</span>
              <span class="filter-state">${messages.ui.selected(chosen.length)}</span>
            </summary>
            <fieldset class="filter-options" part="filter-options">
              <legend class="visually-hidden">${messages.filter[key]}</legend>
              ${optionsFor(key, messages).map((option) => {
                const count = counts.get(option.value) ?? 0;
                const checked = chosen.includes(option.value);
                return html`
                  <label class="option ${count === 0 && !checked ? 'empty' : ''}">
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
                    <span class="option-label">${option.label}</span>
                    <span class="option-count">${count}</span>
                  </label>
                `;
              })}
            </fieldset>
          </details>
        `;
      })}
      <button type="button" class="reset" part="reset-button" ?disabled=${!view.canReset} @click=${view.onReset}>
        ${messages.ui.resetFilters}
      </button>
    </div>
  `;
}

export const filterStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: flex-start;
    position: relative;
  }
  .filter {
    position: relative;
  }
  .filter summary {
    list-style: none;
    cursor: pointer;
    display: flex;
    flex-direction: column;
    padding: 0.35em 2em 0.35em 0.7em;
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-surface, #fff);
    position: relative;
    line-height: 1.2;
    min-block-size: 44px;
    box-sizing: border-box;
    justify-content: center;
  }
  .filter summary::-webkit-details-marker {
    display: none;
  }
  .filter summary::after {
    content: '';
    position: absolute;
    inset-inline-end: 0.75em;
    inset-block-start: 50%;
    inline-size: 0.45em;
    block-size: 0.45em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-70%) rotate(45deg);
  }
  .filter[open] summary::after {
    transform: translateY(-20%) rotate(225deg);
  }
  .filter-name {
    font-weight: 600;
    font-size: 0.9em;
  }
  .filter-state {
    font-size: 0.8em;
    color: var(--leerroutes-muted, #4a4a4a);
  }
  .filter-options {
    position: absolute;
    z-index: 20;
    inset-block-start: calc(100% + 4px);
    inset-inline-start: 0;
    margin: 0;
    padding: 0.3em;
    min-inline-size: 17em;
    max-block-size: min(22em, 60vh);
    overflow: auto;
    background: var(--leerroutes-surface, #fff);
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.2);
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.3em 0.4em;
    border-radius: 4px;
    cursor: pointer;
    min-block-size: 32px;
  }
  .option:hover {
    background: var(--leerroutes-hover, #eef2f7);
  }
  .option input {
    inline-size: 1.1em;
    block-size: 1.1em;
    margin: 0;
    accent-color: var(--leerroutes-accent, #1d4f91);
    flex: none;
  }
  .option-label {
    flex: 1;
  }
  .option-count {
    font-variant-numeric: tabular-nums;
    color: var(--leerroutes-muted, #4a4a4a);
    font-size: 0.85em;
  }
  .option.empty {
    color: var(--leerroutes-muted, #4a4a4a);
    cursor: default;
  }
  .option.empty .option-label {
    text-decoration: line-through;
    text-decoration-color: rgb(0 0 0 / 0.35);
  }
  .reset {
    min-block-size: 44px;
  }
  .filters-toggle {
    display: none;
  }
  /* Narrow: the filters fold behind one button and open as a sheet over the map, each filter a full-width row. */
  @container leerroutes (max-width: 600px) {
    .filters-toggle {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      padding: 0.35em 0.9em;
      min-block-size: 44px;
      border: 1px solid var(--leerroutes-border, #6b6b6b);
      border-radius: var(--leerroutes-radius, 6px);
      background: var(--leerroutes-surface, #fff);
      font-weight: 600;
      cursor: pointer;
    }
    .filters-toggle .filter-state {
      font-weight: 400;
    }
    .filters {
      display: none;
    }
    .filters.open {
      display: flex;
      flex-direction: column;
      align-items: stretch;
      flex-wrap: nowrap;
      position: absolute;
      inset-inline: 0;
      inset-block-start: 100%;
      max-block-size: min(70vh, 30em);
      overflow: auto;
      padding: 0.5em;
      background: var(--leerroutes-surface, #fff);
      border-block-end: 1px solid var(--leerroutes-border-subtle, #c9ced6);
      box-shadow: 0 8px 16px rgb(0 0 0 / 0.18);
    }
    .filter-options {
      position: static;
      min-inline-size: 0;
      max-block-size: none;
      box-shadow: none;
      border: none;
      margin-block-start: 0.25em;
    }
  }
`;
