/**
 * The list of routes beside (or instead of) the map: the same routes as the pins, grouped by school. It is the
 * text alternative of the canvas, so every route is a real button that names its soort in words.
 * Rendered a page of schools at a time: a national feed of thousands of routes must not build thousands of rows
 * nobody scrolls to.
 */
import { html, css, nothing } from 'lit';
import type { Route } from '../../feed/parse-feed.js';
import type { SchoolPin } from '../../model/group.js';
import type { Messages } from '../../i18n/index.js';
import { kindBadge } from '../kind-badge/kind-badge.js';

export const LIST_PAGE = 60;

export interface RouteListView {
  messages: Messages;
  pins: readonly SchoolPin[];
  visibleRoutes: (pin: SchoolPin) => readonly Route[];
  /** How many schools are rendered. */
  limit: number;
  selectedRouteId: string | undefined;
  onShowMore: () => void;
  onOpenRoute: (routeId: string) => void;
  onHighlight: (pinId: string | undefined) => void;
}

export function renderRouteList(view: RouteListView) {
  const { messages: m } = view;
  const shown = view.pins.slice(0, view.limit);
  const rest = view.pins.length - shown.length;
  return html`
    <h2 class="visually-hidden">${m.ui.listHeading}</h2>
    ${view.pins.length === 0 ? html`<p class="list-empty">${m.ui.noMatches}</p>` : nothing}
    <ul class="school-list" @mouseleave=${() => view.onHighlight(undefined)}>
      ${shown.map(
        (pin) => html`
          <li class="school">
            <h3 class="school-name">
              ${pin.school.naam}${pin.school.plaats ? html`<span class="school-place">, ${pin.school.plaats}</span>` : nothing}
            </h3>
            <ul class="route-items">
              ${view.visibleRoutes(pin).map(
                (route) => html`
                  <li>
                    <button
                      type="button"
                      class="route-item ${route.id === view.selectedRouteId ? 'current' : ''}"
                      aria-current=${route.id === view.selectedRouteId ? 'true' : 'false'}
                      data-route=${route.id}
                      @click=${() => view.onOpenRoute(route.id)}
                      @mouseenter=${() => view.onHighlight(pin.id)}
                      @focus=${() => view.onHighlight(pin.id)}
                      @blur=${() => view.onHighlight(undefined)}
                    >
                      <span class="route-item-name">${route.naam}</span>
                      <span class="route-item-meta">
                        ${kindBadge(route.soort)} ${m.kind[route.soort]}${route.niveaus?.length
                          ? html` · ${route.niveaus.map((n) => m.niveau(n.van, n.naar)).join(', ')}`
                          : nothing}
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
    ${rest > 0
      ? html`<button type="button" class="show-more" @click=${view.onShowMore}>${m.ui.showMore(rest)}</button>`
      : nothing}
  `;
}

/** Schools in reading order: by place, then by name. */
export function sortPinsForList(pins: Iterable<SchoolPin>): SchoolPin[] {
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  return [...pins].sort(
    (a, b) => collator.compare(a.school.plaats ?? '', b.school.plaats ?? '') || collator.compare(a.school.naam, b.school.naam),
  );
}

export const listStyles = css`
  .list-pane {
    overflow: auto;
    overscroll-behavior: contain;
    padding: 0.5em 0.6em 1em;
    border-inline-end: 1px solid var(--leerroutes-border-subtle, #c9ced6);
    background: var(--leerroutes-surface, #fff);
  }
  .school-list,
  .route-items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .school + .school {
    margin-block-start: 0.7em;
  }
  .school-name {
    font-size: 0.95em;
    margin: 0 0 0.25em;
  }
  .school-place {
    font-weight: 400;
    color: var(--leerroutes-muted, #4a4a4a);
  }
  .route-item {
    display: flex;
    flex-direction: column;
    gap: 0.1em;
    inline-size: 100%;
    text-align: start;
    padding: 0.45em 0.55em;
    margin-block-end: 0.25em;
    border: 1px solid var(--leerroutes-border-subtle, #c9ced6);
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-surface, #fff);
    cursor: pointer;
    min-block-size: 44px;
  }
  .route-item:hover,
  .route-item.current {
    background: var(--leerroutes-hover, #eef2f7);
    border-color: var(--leerroutes-accent, #1d4f91);
  }
  .route-item-name {
    font-weight: 600;
    color: var(--leerroutes-accent, #1d4f91);
  }
  .route-item-meta {
    display: block;
    font-size: 0.85em;
    color: var(--leerroutes-muted, #4a4a4a);
  }
  .show-more {
    inline-size: 100%;
    min-block-size: 44px;
    margin-block-start: 0.5em;
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-surface, #fff);
    cursor: pointer;
  }
  .list-empty {
    color: var(--leerroutes-muted, #4a4a4a);
  }
`;
