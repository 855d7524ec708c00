/**
 * The list of routes beside (or instead of) the map: the same routes as the pins, grouped by school. It is the
 * text alternative of the canvas, so every route is a real button that names its soort in words.
 * Rendered a page at a time (so many schools, and so many routes, whichever comes first): a national feed of
 * thousands of routes, or one school with thousands, must not build thousands of rows nobody scrolls to. Beside the map, it lists the schools in the map's view, nearest its centre first.
 * When the order changes under a focused route, ListNavigationController gives focus back to that route.
 */
import { html, nothing } from 'lit';
import type { Route } from '../../feed/parse-feed.js';
import type { SchoolPin } from '../../model/group.js';
import type { Messages } from '../../i18n/index.js';
import type { MapStore } from '../../model/store.js';
import { kindBadge } from '../kind-badge/kind-badge.js';
import { niveausMarkup } from '../glossary/glossary.js';
import { formatDistance } from '../../model/place.js';
import type { CoverageColumn, CoverageSort, RegionCoverage } from '../../model/coverage.js';
import type { CoverageView } from '../coverage/coverage.js';

export interface RouteListView {
  messages: Messages;
  store: MapStore;
  /** How many schools, and how many routes in all, are rendered now; and "Toon meer". */
  list: { readonly limit: number; readonly routeLimit: number; showMore(): void };
  /** A route chosen in the list. */
  onOpenRoute: (routeId: string) => void;
  /** The list's one Tab stop and its arrow keys (the roving tabindex). */
  navigation: {
    tabStop(keys: readonly string[]): string | undefined;
    onKeydown(event: KeyboardEvent): void;
    onFocusIn(event: FocusEvent): void;
  };
  /** Hovering or focusing a school's route highlights its pin. */
  onHighlight: (pinId: string | undefined) => void;
  /** "Toon ook 12 scholen buiten beeld". */
  onShowOutside: () => void;
}

/** What tells two schools of the same name in one place apart: the vestiging, else the BRIN. */
function distinction(pin: SchoolPin, m: Messages): string {
  const { vestiging, brin } = pin.school;
  return vestiging ? `(${m.detail.vestiging(vestiging)})` : brin ? `(${brin})` : '';
}

/**
 * The schools of one page, each with its routes, within both limits; the last school shown may be cut short.
 * `restSchools` counts the schools not shown at all, `restRoutes` the routes of shown schools left out.
 */
export function pageOfSchools(
  pins: readonly SchoolPin[],
  routesOf: (pin: SchoolPin) => readonly Route[],
  limits: { readonly limit: number; readonly routeLimit: number },
): { shown: { pin: SchoolPin; routes: readonly Route[] }[]; restSchools: number; restRoutes: number } {
  const shown: { pin: SchoolPin; routes: readonly Route[] }[] = [];
  let budget = limits.routeLimit;
  let restRoutes = 0;
  for (const pin of pins) {
    if (shown.length >= limits.limit || budget <= 0) break;
    const routes = routesOf(pin);
    const cut = routes.length > budget ? routes.slice(0, budget) : routes;
    restRoutes += routes.length - cut.length;
    budget -= cut.length;
    shown.push({ pin, routes: cut });
  }
  return { shown, restSchools: pins.length - shown.length, restRoutes };
}

export function renderRouteList(view: RouteListView) {
  const { messages: m, store, navigation } = view;
  // Why nothing is shown: said here when the map is not on screen (it has no area then), else on the map.
  const emptyText = store.emptyState && !store.mapArea ? m.ui.empty(store.emptyState) : undefined;
  const pins = store.listPins;
  const visibleRoutes = (pin: SchoolPin): readonly Route[] => store.visibleByPin.get(pin.id) ?? [];
  const { shown, restSchools, restRoutes } = pageOfSchools(pins, visibleRoutes, view.list);
  const more = restSchools > 0 || restRoutes > 0;
  const inView = store.inView;
  // With a place the list is every visible school by distance: nothing is left out for being off the map.
  const offerOutside = !more && inView.outsideSchools > 0 && !inView.outsideListed && !store.place;
  const distance = (pin: SchoolPin) => {
    const km = store.distanceOfPin(pin.id);
    return km === undefined ? nothing : html`<span class="list-school-distance">${formatDistance(km, m.lang)}</span>`;
  };
  const selectedRouteId = store.selectedRouteId;
  const keys = shown.flatMap(({ routes }) => routes.map((route) => route.id));
  if (more) keys.push('more');
  if (offerOutside) keys.push('outside');
  const tabStop = navigation.tabStop(keys);
  const tabindex = (key: string) => (key === tabStop ? 0 : -1);
  return html`
    <h2 class="visually-hidden" id="list-heading">${m.ui.listHeading}</h2>
    <p class="visually-hidden" id="list-keys">${m.ui.listKeys}</p>
    ${
      store.place
        ? html`<p class="visually-hidden">${m.place.chosen(store.place.label, store.visible.length)}</p>`
        : store.mapArea && pins.length
          ? html`<p class="visually-hidden">${m.ui.inViewNote}</p>`
          : nothing
    }
    ${emptyText ? html`<p class="list-empty">${emptyText}</p>` : nothing}
    ${store.mapArea && !store.place && store.visible.length && !shown.length ? html`<p class="list-empty">${m.ui.noneInView}</p>` : nothing}
    <div
      class="list-nav"
      role="group"
      aria-labelledby="list-heading"
      aria-describedby="list-keys"
      @keydown=${navigation.onKeydown}
      @focusin=${navigation.onFocusIn}
    >
      <ul class="list-schools" @mouseleave=${() => view.onHighlight(undefined)}>
        ${shown.map(
          ({ pin, routes }) => html`
            <li class="list-school">
              <h3 class="list-school-name">
                ${pin.school.naam}${store.sharesName(pin) ? ` ${distinction(pin, m)}` : ''}${
                  pin.school.plaats ? html`<span class="list-school-place">, ${pin.school.plaats}</span>` : nothing
                }${distance(pin)}
              </h3>
              <ul class="list-routes">
                ${routes.map(
                  (route) => html`
                    <li>
                      <button
                        type="button"
                        class="list-route ${route.id === selectedRouteId ? 'current' : ''}"
                        aria-current=${route.id === selectedRouteId ? 'true' : 'false'}
                        tabindex=${tabindex(route.id)}
                        data-route=${route.id}
                        data-nav=${route.id}
                        @click=${() => view.onOpenRoute(route.id)}
                        @mouseenter=${() => view.onHighlight(pin.id)}
                        @focus=${() => view.onHighlight(pin.id)}
                        @blur=${() => view.onHighlight(undefined)}
                      >
                        <span class="list-route-name">${route.naam}</span>
                        <span class="list-route-meta">
                          ${kindBadge(route.soort)}
                          ${m.kind[route.soort]}${
                            route.niveaus?.length ? html` · ${niveausMarkup(route.niveaus, m)}` : nothing
                          }
                        </span>
                      </button>
                    </li>
                  `,
                )}
              </ul>
            </li>
          `,
        )}
      </ul>
      ${
        more
          ? html`<button
              type="button"
              class="list-more show-more"
              data-nav="more"
              tabindex=${tabindex('more')}
              @click=${() => view.list.showMore()}
            >
              ${restSchools > 0 ? m.ui.showMore(restSchools) : m.ui.showMoreRoutes(restRoutes)}
            </button>`
          : nothing
      }
      ${
        offerOutside
          ? html`<button
              type="button"
              class="list-more list-outside show-more"
              data-nav="outside"
              tabindex=${tabindex('outside')}
              @click=${view.onShowOutside}
            >
              ${m.ui.outsideSchools(inView.outsideSchools)}
            </button>`
          : nothing
      }
    </div>
  `;
}

/** The coverage view's table in the list pane: drawn by the regions chunk's code once it has arrived. */
export interface CoverageTable {
  readonly renderer: { renderCoverage(view: CoverageView): unknown } | undefined;
  rows(): readonly RegionCoverage[] | undefined;
  readonly sort: CoverageSort;
  sortBy(column: CoverageColumn): void;
  /** A region chosen in the table: its routes on the map. */
  choose(naam: string): void;
  download(messages: Messages): void;
  /** Its code could not be loaded. */
  readonly failed: boolean;
  history(): CoverageView['history'];
  readonly year: number | undefined;
  readonly playing: boolean;
  chooseYear(year: number | undefined): void;
  play(): void;
  pause(): void;
  downloadHistory(messages: Messages): void;
  print(): void;
}

export interface ListPaneView extends RouteListView {
  /** Whether the pane is rendered at all (a feed, and the pane on screen or printed). */
  shown: boolean;
  /** The coverage view's table instead of the routes, when the coverage view is shown. */
  coverage: CoverageTable | undefined;
}

/** The list pane: the routes, or in the coverage view the table of regions. */
export function renderListPane(view: ListPaneView) {
  if (!view.shown) return nothing;
  const { coverage, messages: m } = view;
  if (!coverage) return renderRouteList(view);
  const { renderer, sort } = coverage;
  const rows = coverage.rows();
  if (coverage.failed) return html`<p class="list-empty" role="alert">${m.ui.coverageFailed}</p>`;
  if (!renderer || !rows) return html`<p class="list-empty">${m.ui.loading}</p>`;
  return renderer.renderCoverage({
    messages: m,
    rows,
    sort,
    onSort: (column) => coverage.sortBy(column),
    onChoose: (naam) => coverage.choose(naam),
    onDownload: () => coverage.download(m),
    history: coverage.history(),
    year: coverage.year,
    playing: coverage.playing,
    onYear: (year) => coverage.chooseYear(year),
    onPlay: () => (coverage.playing ? coverage.pause() : coverage.play()),
    onDownloadHistory: () => coverage.downloadHistory(m),
    onPrint: () => coverage.print(),
  });
}
