/**
 * The list of routes beside (or instead of) the map: the same routes as the pins, grouped by school. It is the
 * text alternative of the canvas, so every route is a real button that names its soort in words.
 * Rendered a page of schools at a time: a national feed of thousands of routes must not build thousands of rows
 * nobody scrolls to.
 */
import { html, nothing } from 'lit';
import type { Route } from '../../feed/parse-feed.js';
import type { SchoolPin } from '../../model/group.js';
import { niveausText, type Messages } from '../../i18n/index.js';
import type { MapStore } from '../../model/store.js';
import type { ListVisibilityController, SelectionController } from '../leerroutes-kaart/controllers/index.js';
import { kindBadge } from '../kind-badge/kind-badge.js';

export interface RouteListView {
  messages: Messages;
  store: MapStore;
  list: ListVisibilityController;
  selection: SelectionController;
  /** Hovering or focusing a school's route highlights its pin. */
  onHighlight: (pinId: string | undefined) => void;
}

/** What tells two schools of the same name in one place apart: the vestiging, else the BRIN. */
function distinction(pin: SchoolPin, m: Messages): string {
  const { vestiging, brin } = pin.school;
  return vestiging ? `(${m.detail.vestiging(vestiging)})` : brin ? `(${brin})` : '';
}

export function renderRouteList(view: RouteListView) {
  const { messages: m, store } = view;
  const pins = store.listPins;
  const shown = pins.slice(0, view.list.limit);
  const rest = pins.length - shown.length;
  const selectedRouteId = store.selectedRouteId;
  const visibleRoutes = (pin: SchoolPin): readonly Route[] => store.visibleByPin.get(pin.id) ?? [];
  return html`
    <h2 class="visually-hidden">${m.ui.listHeading}</h2>
    ${pins.length === 0 ? html`<p class="list-empty">${m.ui.noMatches}</p>` : nothing}
    <ul class="list-schools" @mouseleave=${() => view.onHighlight(undefined)}>
      ${shown.map(
        (pin) => html`
          <li class="list-school">
            <h3 class="list-school-name">
              ${pin.school.naam}${store.sharesName(pin) ? ` ${distinction(pin, m)}` : ''}${
                pin.school.plaats ? html`<span class="list-school-place">, ${pin.school.plaats}</span>` : nothing
              }
            </h3>
            <ul class="list-routes">
              ${visibleRoutes(pin).map(
                (route) => html`
                  <li>
                    <button
                      type="button"
                      class="list-route ${route.id === selectedRouteId ? 'current' : ''}"
                      aria-current=${route.id === selectedRouteId ? 'true' : 'false'}
                      data-route=${route.id}
                      @click=${() => view.selection.open({ type: 'route', routeId: route.id })}
                      @mouseenter=${() => view.onHighlight(pin.id)}
                      @focus=${() => view.onHighlight(pin.id)}
                      @blur=${() => view.onHighlight(undefined)}
                    >
                      <span class="list-route-name">${route.naam}</span>
                      <span class="list-route-meta">
                        ${kindBadge(route.soort)}
                        ${m.kind[route.soort]}${
                          route.niveaus?.length ? html` · ${niveausText(route.niveaus, m)}` : nothing
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
      rest > 0
        ? html`<button type="button" class="list-more" @click=${() => view.list.showMore()}>
            ${m.ui.showMore(rest)}
          </button>`
        : nothing
    }
  `;
}
