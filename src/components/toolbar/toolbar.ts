/**
 * The toolbar above the map: the filters (folded behind one button on narrow maps), the text search, the place
 * search ("Postcode of plaats"), the "Kaart | Lijst" toggle and the count of matching routes.
 */
import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/index.js';
import type { FilterKey } from '../../model/filters.js';
import type { MapStore } from '../../model/store.js';
import { MAX_SEARCH_LENGTH } from '../../model/filters.js';
import { allChosenLabels, renderFilters, renderFiltersToggle } from '../route-filters/route-filters.js';
import { renderPlaceSearch, type PlaceField } from '../place-search/place-search.js';
import type { Layout, Shown } from '../../model/view-mode.js';

/** The filters' fold on narrow maps. */
export interface FiltersFold {
  readonly filtersOpen: boolean;
  /** The filters whose options are rendered. */
  readonly optionsRendered: ReadonlySet<string>;
  toggleFilters(): void;
}

export interface ToolbarView {
  messages: Messages;
  store: MapStore;
  disclosure: FiltersFold;
  /** The visitor typed in the search field. */
  onType: (text: string) => void;
  location: PlaceField;
  onReset: () => void;
  /** The visitor changed a filter. */
  onFiltersChanged: () => void;
  /** A region option pointed at in the filter. */
  onPointRegion: (naam: string | undefined) => void;
  /** False until the map's first drawing: the closed filters' options and counts wait for it. */
  optionsShown: boolean;
}

/** "Twente", "Twente en Achterhoek": the region(s) a locked map shows, for its count. */
function lockedRegion(store: MapStore, m: Messages): string | undefined {
  const regions = store.regionLocked ? store.presets.region : [];
  if (regions.length === 0) return undefined;
  return regions.length === 1 ? regions[0] : `${regions.slice(0, -1).join(', ')} ${m.ui.and} ${regions.at(-1)}`;
}

/** The first Tab stops in the element: straight to the map or the list, past filters and routes (WCAG 2.4.1). */
export function renderSkipLinks(m: Messages, view: Layout, onSkip: (target: Shown) => void) {
  const targets = (['map', 'list'] as const).filter((target) => view === 'both' || view === target);
  return html`<div class="skip-links">
    ${targets.map(
      (target) =>
        html`<button type="button" class="skip-link" @click=${() => onSkip(target)}>
          ${target === 'map' ? m.ui.skipToMap : m.ui.skipToList}
        </button>`,
    )}
  </div>`;
}

/**
 * The view toggle is one Tab stop (the ARIA toolbar pattern): the pressed button takes focus, arrows, Home and End
 * move among the shown buttons, Enter or Space chooses.
 */
function moveAmongButtons(event: KeyboardEvent): void {
  const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const group = event.currentTarget as HTMLElement;
  const buttons = [...group.querySelectorAll('button')].filter((button) => button.offsetParent !== null);
  const at = buttons.indexOf((group.getRootNode() as ShadowRoot).activeElement as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  const step = event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 1;
  const next =
    event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : (at + step + buttons.length) % buttons.length;
  buttons[next]?.focus();
}

/** The pressed button is the toggle's Tab stop; beside the list (where "Lijst" is hidden on wide maps) "Kaart" too. */
const tabStop = (store: MapStore, shown: Shown) =>
  store.shown === shown || (shown === 'map' && store.shown === 'list' && store.layout === 'both');

export function renderToolbar(view: ToolbarView) {
  const { messages: m, store, disclosure } = view;
  // A single-region embed offers no region filter and no coverage view.
  const hidden = new Set<FilterKey>(store.regionLocked ? ['region'] : []);
  const regions = !store.regionLocked;
  return html`
    <div class="toolbar" part="toolbar">
      ${renderFiltersToggle(m, disclosure.filtersOpen, allChosenLabels(store.filters, hidden, m), () =>
        disclosure.toggleFilters(),
      )}
      ${renderFilters({
        open: disclosure.filtersOpen,
        messages: m,
        filters: store.effectiveFilters,
        // No options before there is a feed to count: the first rendering (before the pins) makes none.
        facets: view.optionsShown && store.feed ? store.facets : undefined,
        optionsRendered: disclosure.optionsRendered,
        hidden,
        canReset: store.canReset,
        onToggle: (key, value, on) => {
          store.toggle(key, value, on);
          view.onFiltersChanged();
        },
        onReset: view.onReset,
        onPointRegion: view.onPointRegion,
      })}
      <label class="toolbar-search" part="search">
        <span class="field-label">${m.ui.search}</span>
        <input
          type="search"
          .value=${store.searchText}
          placeholder=${m.ui.searchPlaceholder}
          maxlength=${MAX_SEARCH_LENGTH}
          autocomplete="off"
          @input=${(event: Event) => view.onType((event.target as HTMLInputElement).value)}
        />
      </label>
      ${renderPlaceSearch({ messages: m, location: view.location })}
      <div
        class="toolbar-views view-${store.layout} ${regions ? 'with-regions' : ''}"
        part="view-toggle"
        role="toolbar"
        aria-label=${m.ui.view}
        @keydown=${moveAmongButtons}
      >
        ${(regions ? (['map', 'list', 'regions'] as const) : (['map', 'list'] as const)).map(
          (shown) =>
            html`<button
              type="button"
              class="toolbar-view-${shown}"
              tabindex=${tabStop(store, shown) ? 0 : -1}
              aria-pressed=${store.shown === shown ? 'true' : 'false'}
              @click=${() => store.show(shown)}
            >
              ${shown === 'map' ? m.ui.viewMap : shown === 'list' ? m.ui.viewList : m.ui.viewRegions}
            </button>`,
        )}
      </div>
      <p class="toolbar-count" part="count">
        ${store.feed ? m.ui.matchingRoutes(store.visible.length, store.scopeTotal, lockedRegion(store, m)) : nothing}
      </p>
    </div>
  `;
}
