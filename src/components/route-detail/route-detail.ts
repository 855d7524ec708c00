/**
 * The detail panel's three views: the schools at one spot, one school with its routes, and one route in full.
 * Feed text is only ever bound as text; the only links are https: URLs from the feed and mailto:/tel: we build.
 */
import { html, nothing } from 'lit';
import { newWindowCue } from '../new-window/new-window.js';
import type { Route } from '../../feed/parse-feed.js';
import { mailtoHref } from '../../model/mailto.js';
import { correctionLink, correctionMail, type CorrectionTarget } from '../../model/correction-link.js';
import { correctionMailBody } from '../../model/correction-mail.js';
import { profielLabel } from '../../feed/parse-core.js';
import { pinKey, type SchoolPin } from '../../model/group.js';
import type { MapStore } from '../../model/store.js';
import type { Messages } from '../../i18n/index.js';
import { niveausMarkup, renderGlossary } from '../glossary/glossary.js';
import { kindBadge } from '../kind-badge/kind-badge.js';
import { directionsHref } from '../../model/directions.js';
import { formatDistance } from '../../model/place.js';
import { panelCloseButton } from './panel-frame.js';
import type { CorrectionRequest } from '../../model/correction.js';
import type { CorrectionFormState, renderCorrectionForm } from '../correction-form/correction-form.js';

/** Where a school is, seen from the visitor: its distance from their place and a link to plan the trip. */
export interface SchoolReach {
  /** "4,2 km van 7511 Enschede (hemelsbreed)", when there is a place. */
  distance?: string;
  /** The route planner's address for this school, unless switched off. */
  directions?: string;
}

function reachOf(store: MapStore, pin: SchoolPin | undefined, template: string | undefined, m: Messages): SchoolReach {
  if (!pin) return {};
  const km = store.distanceOfPin(pin.id);
  const place = store.place;
  const [lon, lat] = pin.coordinates;
  return {
    distance: km === undefined || !place ? undefined : m.place.distanceFrom(formatDistance(km, m.lang), place.label),
    directions: template ? directionsHref(template, { naam: pin.school.naam, lon, lat }) : undefined,
  };
}

const renderReach = (reach: SchoolReach, naam: string, m: Messages) =>
  reach.distance || reach.directions
    ? html`<p class="panel-reach">
        ${reach.distance ? html`<span class="panel-distance">${reach.distance}</span>` : nothing}
        ${
          reach.directions
            ? html`<a
                class="panel-directions"
                href=${reach.directions}
                target="_blank"
                rel="noopener noreferrer"
                aria-label=${m.place.directionsTo(naam)}
                >${m.place.directions}<span class="new-window" aria-hidden="true"> ↗</span></a
              >`
            : nothing
        }
      </p>`
    : nothing;

export interface DetailActions {
  onClose: () => void;
  onOpenRoute: (routeId: string) => void;
  onOpenPin: (pinId: string) => void;
}

/** How many items of a panel's list are rendered, and "Toon meer" (a school's routes, the schools at one spot). */
export interface PanelPaging {
  limit(panelKey: string): number;
  showMore(panelKey: string): void;
}

/** One page of `items` (see PanelPaging), and the button that renders the next. */
function paged<T>(
  items: readonly T[],
  panelKey: string,
  paging: PanelPaging,
  item: (value: T) => unknown,
  moreLabel: (rest: number) => string,
) {
  const shown = items.slice(0, paging.limit(panelKey));
  const rest = items.length - shown.length;
  return html`<ul class="panel-links">
      ${shown.map(item)}
    </ul>
    ${
      rest > 0
        ? html`<button type="button" class="panel-more show-more" @click=${() => paging.showMore(panelKey)}>
            ${moreLabel(rest)}
          </button>`
        : nothing
    }`;
}

const closeButton = (messages: Messages, actions: DetailActions) => panelCloseButton(messages, actions.onClose);

const routeButton = (route: Route, messages: Messages, actions: DetailActions) => html`
  <li>
    <button type="button" class="panel-route" @click=${() => actions.onOpenRoute(route.id)}>
      ${kindBadge(route.soort)}
      <span class="panel-route-text">
        <span class="panel-route-name">${route.naam}</span>
        <span class="panel-route-meta"
          >${messages.kind[route.soort]}${
            route.niveaus?.length ? html` · ${niveausMarkup(route.niveaus, messages)}` : nothing
          }</span
        >
      </span>
    </button>
  </li>
`;

const schoolLine = (school: Route['school']) => [school.plaats].filter(Boolean).join(', ');

function renderPinsPanel(
  title: string,
  pins: SchoolPin[],
  visible: (pin: SchoolPin) => readonly Route[],
  messages: Messages,
  actions: DetailActions,
  paging: PanelPaging,
) {
  return html`
    <div class="panel-head">
      <h2 class="panel-title" tabindex="-1">${title}</h2>
      ${closeButton(messages, actions)}
    </div>
    ${paged(
      pins,
      `pins:${title}:${pins[0]?.id ?? ''}:${pins.length}`,
      paging,
      (pin) =>
        html`<li>
          <button type="button" class="panel-route" @click=${() => actions.onOpenPin(pin.id)}>
            <span class="panel-route-text">
              <span class="panel-route-name">${pin.school.naam}</span>
              <span class="panel-route-meta"
                >${[pin.school.plaats, messages.ui.routesAtSchool(visible(pin).length)].filter(Boolean).join(' · ')}</span
              >
            </span>
          </button>
        </li>`,
      messages.ui.showMore,
    )}
  `;
}

function renderPinPanel(
  pin: SchoolPin,
  routes: readonly Route[],
  reach: SchoolReach,
  messages: Messages,
  actions: DetailActions,
  paging: PanelPaging,
) {
  return html`
    <div class="panel-head">
      <div>
        <h2 class="panel-title" tabindex="-1">${pin.school.naam}</h2>
        <p class="panel-subtitle">${schoolLine(pin.school)}</p>
      </div>
      ${closeButton(messages, actions)}
    </div>
    ${renderReach(reach, pin.school.naam, messages)}
    <p class="panel-muted">${messages.ui.routesAtSchool(routes.length)}</p>
    ${
      pin.elsewhere
        ? html`<p class="panel-muted panel-elsewhere">
            ${messages.ui.schoolElsewhere(pin.elsewhere, pin.routes[0]!.naam)}
          </p>`
        : nothing
    }
    ${paged(routes, `pin:${pin.id}`, paging, (route) => routeButton(route, messages, actions), messages.ui.showMoreRoutes)}
  `;
}

export interface RouteDetailOptions {
  route: Route;
  pin: SchoolPin | undefined;
  messages: Messages;
  corrections: CorrectionWiring;
  reach: SchoolReach;
  actions: DetailActions;
  paging: PanelPaging;
}

/** Where corrections go: the site's endpoint (a form), else a link (`correction-url`, the route's own, e-mail). */
export interface CorrectionWiring {
  url: string | undefined;
  endpoint: string | undefined;
  controller: CorrectionState;
}

/** The correction form's code and state (the element's correction controller is one). */
export interface CorrectionState extends CorrectionFormState {
  readonly loadFailed: boolean;
  /** The form's module, once it arrived. */
  readonly module: { renderCorrectionForm: typeof renderCorrectionForm } | undefined;
  /** What the last attempt would send: the e-mail fallback carries the same. */
  readonly request: CorrectionRequest | undefined;
  isOpenFor(routeId: string): boolean;
  open(routeId: string): void;
}

function renderRoutePanel({ route, pin, messages, corrections, reach, actions, paging }: RouteDetailOptions) {
  const m = messages.detail;
  const others = pin?.routes.filter((other) => other.id !== route.id) ?? [];
  const { contact } = route;
  return html`
    <div class="panel-head">
      <div>
        ${
          pin && pin.routes.length > 1
            ? html`<button type="button" class="panel-back" @click=${() => actions.onOpenPin(pin.id)}>
                <span aria-hidden="true">←</span> ${messages.ui.backTo(pin.school.naam)}
              </button>`
            : nothing
        }
        <h2 class="panel-title" tabindex="-1">${route.naam}</h2>
        <p class="panel-subtitle">${kindBadge(route.soort)} ${messages.kind[route.soort]}</p>
      </div>
      ${closeButton(messages, actions)}
    </div>
    ${route.beschrijving ? html`<div class="panel-description">${paragraphs(route.beschrijving).map((p) => html`<p>${p}</p>`)}</div>` : nothing}
    <dl class="panel-facts">
      <dt>${m.school}</dt>
      <dd>
        ${route.school.naam}${route.school.plaats ? html`, ${route.school.plaats}` : nothing}
        ${renderReach(reach, route.school.naam, messages)}
      </dd>
      <dt>${m.soort}</dt>
      <dd>${messages.kind[route.soort]}</dd>
      <dt>${m.regions(route.arbeidsmarktregios.length)}</dt>
      <dd>${route.arbeidsmarktregios.join(', ')}</dd>
      ${
        route.profielen?.length
          ? html`<dt>${m.profielen(route.profielen.length)}</dt>
              <dd>${list(route.profielen.map(profielLabel))}</dd>`
          : nothing
      }
      ${
        route.niveaus?.length
          ? html`<dt>${m.niveaus(route.niveaus.length)}</dt>
              <dd>${niveausMarkup(route.niveaus, messages)}</dd>`
          : nothing
      }
      ${
        route.startjaar !== undefined
          ? html`<dt>${m.startjaar}</dt>
              <dd>${route.startjaar}</dd>`
          : nothing
      }
      ${
        route.vmboScholen?.length
          ? html`<dt>${m.vmboScholen}</dt>
              <dd>${list(route.vmboScholen.map(institutionText))}</dd>`
          : nothing
      }
      ${
        route.mboInstellingen?.length
          ? html`<dt>${m.mboInstellingen}</dt>
              <dd>${list(route.mboInstellingen.map(institutionText))}</dd>`
          : nothing
      }
      ${
        route.school.brin
          ? html`<dt>${m.brin}</dt>
              <dd>
                ${route.school.brin}${route.school.vestiging ? html` (${m.vestiging(route.school.vestiging)})` : nothing}
              </dd>`
          : nothing
      }
      ${
        contact
          ? html`<dt>${m.contact}</dt>
              <dd class="panel-contact">
                ${contact.naam ? html`<span>${contact.naam}${contact.functie ? `, ${contact.functie}` : ''}</span>` : nothing}
                ${contact.email ? html`<a href=${mailtoHref(contact.email)}>${contact.email}</a>` : nothing}
                ${contact.telefoon ? html`<a href=${`tel:${telHref(contact.telefoon)}`}>${contact.telefoon}</a>` : nothing}
              </dd>`
          : nothing
      }
      ${
        route.website
          ? html`<dt>${m.website}</dt>
              <dd>
                <a href=${route.website} target="_blank" rel="noopener noreferrer"
                  >${m.websiteLink}${newWindowCue(messages)}</a
                >
              </dd>`
          : nothing
      }
    </dl>
    ${route.niveaus?.length ? renderGlossary(messages) : nothing} ${renderCorrection(route, corrections, messages)}
    ${
      others.length
        ? html`<h3>${messages.ui.otherRoutes}</h3>
            ${paged(others, `route:${route.id}`, paging, (other) => routeButton(other, messages, actions), messages.ui.showMoreRoutes)}`
        : nothing
    }
  `;
}

/** Blank lines separate paragraphs, as in the publisher's spreadsheet cell. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function institutionText(institution: { naam: string; brin?: string | undefined }): string {
  return institution.brin ? `${institution.naam} (${institution.brin})` : institution.naam;
}

const list = (items: string[]) =>
  items.length === 1
    ? items[0]
    : html`<ul class="panel-plain">
        ${items.map((i) => html`<li>${i}</li>`)}
      </ul>`;

/** `053 123 45 67` -> `0531234567`; `+31 (0)53 …` keeps its plus. */
function telHref(telefoon: string): string {
  return telefoon.replace(/\(0\)/g, '').replace(/[^0-9+]/g, '');
}

/**
 * With the site's endpoint, the form; else the route's own form, the site's correction page, or an e-mail whose
 * body lists the route and the lines to fill in.
 */
function renderCorrection(route: Route, { url, endpoint, controller }: CorrectionWiring, messages: Messages) {
  const target: CorrectionTarget = {
    id: route.id,
    naam: route.naam,
    wijzigingUrl: route.wijzigingUrl,
    contactEmail: route.contact?.email,
  };
  const subject = messages.detail.correctionSubject(route.id, route.naam);
  if (endpoint && !controller.loadFailed) {
    const form = controller.isOpenFor(route.id) ? controller.module : undefined;
    if (!form) {
      return html`<p class="panel-correction">
        <button
          type="button"
          class="correction-open"
          part="correction-link"
          aria-expanded="false"
          @click=${() => controller.open(route.id)}
        >
          ${messages.detail.correction}
        </button>
      </p>`;
    }
    return form.renderCorrectionForm({
      route,
      messages,
      controller,
      endpointHost: new URL(endpoint).host,
      mailHref: correctionMail(target, url, {
        subject,
        body: correctionMailBody(route, controller.request, messages),
      }),
    });
  }
  return html`<p class="panel-correction">
    <a
      href=${correctionLink(target, url, { subject, body: correctionMailBody(route, undefined, messages) })}
      target="_blank"
      rel="noopener noreferrer"
      part="correction-link"
      >${messages.detail.correction}${newWindowCue(messages)}</a
    >
  </p>`;
}

export interface PanelView {
  store: MapStore;
  messages: Messages;
  corrections: CorrectionWiring;
  /** The `directions-url` template, or undefined when the links are off. */
  directions: string | undefined;
  /** Closes the panel. */
  onClose: () => void;
  /** Opens a route or a school's routes. */
  onOpen: (panel: { type: 'route'; routeId: string } | { type: 'pin'; pinId: string }) => void;
  /** On a narrow element the panel is a sheet below the map, half the element tall or (large) all of its body. */
  sheetLarge: boolean;
  onToggleSheet: () => void;
  paging: PanelPaging;
}

/** The open panel, whichever it is: a route, a school's routes, or the schools at one spot. */
export function renderPanel(view: PanelView) {
  const { store, messages: m, corrections, directions, onClose, onOpen, paging } = view;
  const panel = store.panel;
  const actions: DetailActions = {
    onClose,
    onOpenRoute: (routeId) => onOpen({ type: 'route', routeId }),
    onOpenPin: (pinId) => onOpen({ type: 'pin', pinId }),
  };
  if (!panel || !store.feed) return nothing;
  let content;
  let label: string;
  if (panel.type === 'route') {
    const route = store.routeById.get(panel.routeId);
    if (!route) return nothing;
    label = route.naam;
    const pin = store.pinById.get(pinKey(route));
    const reach = reachOf(store, pin, directions, m);
    content = renderRoutePanel({ route, pin, messages: m, corrections, reach, actions, paging });
  } else if (panel.type === 'pin') {
    const pin = store.pinById.get(panel.pinId);
    if (!pin) return nothing;
    label = pin.school.naam;
    const reach = reachOf(store, pin, directions, m);
    content = renderPinPanel(pin, store.visibleByPin.get(pin.id) ?? pin.routes, reach, m, actions, paging);
  } else {
    const pins = panel.pinIds.map((id) => store.pinById.get(id)).filter((pin): pin is SchoolPin => !!pin);
    label = panel.nearCenter ? m.ui.schoolsNearCenter : m.ui.schoolsHere;
    content = renderPinsPanel(label, pins, (pin) => store.visibleByPin.get(pin.id) ?? [], m, actions, paging);
  }
  // Shown only on narrow elements (CSS), where the panel is a sheet below the map.
  const grow = html`<button
    type="button"
    class="panel-grow"
    aria-expanded=${view.sheetLarge ? 'true' : 'false'}
    @click=${view.onToggleSheet}
  >
    ${view.sheetLarge ? m.ui.sheetSmaller : m.ui.sheetLarger}
  </button>`;
  return html`<section class="panel" part="panel" aria-label=${label}>${grow}${content}</section>`;
}
