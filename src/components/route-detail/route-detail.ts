/**
 * The detail panel's three views: the schools at one spot, one school with its routes, and one route in full.
 * Feed text is only ever bound as text; the only links are https: URLs from the feed and mailto:/tel: we build.
 */
import { html, css, nothing } from 'lit';
import type { Route } from '../../feed/parse-feed.js';
import { mailtoHref } from '../../model/mailto.js';
import { profielLabel } from '../../feed/parse-feed.js';
import type { SchoolPin } from '../../model/group.js';
import type { Messages } from '../../i18n/index.js';
import { kindBadge } from '../kind-badge/kind-badge.js';

export interface DetailActions {
  onClose: () => void;
  onOpenRoute: (routeId: string) => void;
  onOpenPin: (pinId: string) => void;
}

const closeButton = (messages: Messages, actions: DetailActions) => html`
  <button type="button" class="close" part="close-button" @click=${actions.onClose}>
    <span aria-hidden="true">×</span><span class="visually-hidden">${messages.ui.close}</span>
  </button>
`;

const routeButton = (route: Route, messages: Messages, actions: DetailActions) => html`
  <li>
    <button type="button" class="route-link" @click=${() => actions.onOpenRoute(route.id)}>
      ${kindBadge(route.soort)}
      <span class="route-link-text">
        <span class="route-link-name">${route.naam}</span>
        <span class="route-link-meta">${[messages.kind[route.soort], niveausText(route, messages)].filter(Boolean).join(' · ')}</span>
      </span>
    </button>
  </li>
`;

const schoolLine = (school: Route['school']) => [school.plaats].filter(Boolean).join(', ');

export function renderPinsPanel(
  title: string,
  pins: SchoolPin[],
  visible: (pin: SchoolPin) => readonly Route[],
  messages: Messages,
  actions: DetailActions,
) {
  return html`
    <div class="panel-head">
      <h2 class="panel-title" tabindex="-1">${title}</h2>
      ${closeButton(messages, actions)}
    </div>
    <ul class="link-list">
      ${pins.map(
        (pin) => html`<li>
          <button type="button" class="route-link" @click=${() => actions.onOpenPin(pin.id)}>
            <span class="route-link-text">
              <span class="route-link-name">${pin.school.naam}</span>
              <span class="route-link-meta"
                >${[pin.school.plaats, messages.ui.routesAtSchool(visible(pin).length)].filter(Boolean).join(' · ')}</span
              >
            </span>
          </button>
        </li>`,
      )}
    </ul>
  `;
}

export function renderPinPanel(pin: SchoolPin, routes: readonly Route[], messages: Messages, actions: DetailActions) {
  return html`
    <div class="panel-head">
      <div>
        <h2 class="panel-title" tabindex="-1">${pin.school.naam}</h2>
        <p class="panel-subtitle">${schoolLine(pin.school)}</p>
      </div>
      ${closeButton(messages, actions)}
    </div>
    <p class="muted">${messages.ui.routesAtSchool(routes.length)}</p>
    <ul class="link-list">
      ${routes.map((route) => routeButton(route, messages, actions))}
    </ul>
  `;
}

export interface RouteDetailOptions {
  route: Route;
  pin: SchoolPin | undefined;
  messages: Messages;
  correctionUrl: string | undefined;
  actions: DetailActions;
}

export function renderRoutePanel({ route, pin, messages, correctionUrl, actions }: RouteDetailOptions) {
  const m = messages.detail;
  const others = pin?.routes.filter((other) => other.id !== route.id) ?? [];
  const { contact } = route;
  return html`
    <div class="panel-head">
      <div>
        ${pin && pin.routes.length > 1
          ? html`<button type="button" class="back" @click=${() => actions.onOpenPin(pin.id)}>
              ← ${messages.ui.backTo(pin.school.naam)}
            </button>`
          : nothing}
        <h2 class="panel-title" tabindex="-1">${route.naam}</h2>
        <p class="panel-subtitle">${kindBadge(route.soort)} ${messages.kind[route.soort]}</p>
      </div>
      ${closeButton(messages, actions)}
    </div>
    ${route.beschrijving ? html`<div class="description">${paragraphs(route.beschrijving).map((p) => html`<p>${p}</p>`)}</div>` : nothing}
    <dl class="facts">
      <dt>${m.school}</dt>
      <dd>${route.school.naam}${route.school.plaats ? html`, ${route.school.plaats}` : nothing}</dd>
      ${route.school.brin
        ? html`<dt>${m.brin}</dt>
            <dd>${route.school.brin}${route.school.vestiging ? html` (${m.vestiging(route.school.vestiging)})` : nothing}</dd>`
        : nothing}
      <dt>${m.soort}</dt>
      <dd>${messages.kind[route.soort]}</dd>
      <dt>${m.regions(route.arbeidsmarktregios.length)}</dt>
      <dd>${route.arbeidsmarktregios.join(', ')}</dd>
      ${route.profielen?.length
        ? html`<dt>${m.profielen(route.profielen.length)}</dt>
            <dd>${list(route.profielen.map(profielLabel))}</dd>`
        : nothing}
      ${route.niveaus?.length
        ? html`<dt>${m.niveaus(route.niveaus.length)}</dt>
            <dd>${niveausText(route, messages)}</dd>`
        : nothing}
      ${route.startjaar !== undefined ? html`<dt>${m.startjaar}</dt><dd>${route.startjaar}</dd>` : nothing}
      ${route.vmboScholen?.length
        ? html`<dt>${m.vmboScholen}</dt><dd>${list(route.vmboScholen.map(institutionText))}</dd>`
        : nothing}
      ${route.mboInstellingen?.length
        ? html`<dt>${m.mboInstellingen}</dt><dd>${list(route.mboInstellingen.map(institutionText))}</dd>`
        : nothing}
      ${contact
        ? html`<dt>${m.contact}</dt>
            <dd class="contact">
              ${contact.naam ? html`<span>${contact.naam}${contact.functie ? `, ${contact.functie}` : ''}</span>` : nothing}
              ${contact.email ? html`<a href=${mailtoHref(contact.email)}>${contact.email}</a>` : nothing}
              ${contact.telefoon ? html`<a href=${`tel:${telHref(contact.telefoon)}`}>${contact.telefoon}</a>` : nothing}
            </dd>`
        : nothing}
      ${route.website
        ? html`<dt>${m.website}</dt>
            <dd><a href=${route.website} target="_blank" rel="noopener noreferrer">${m.websiteLink}</a></dd>`
        : nothing}
    </dl>
    <p class="correction">
      <a href=${correctionHref(route, correctionUrl, messages)} target="_blank" rel="noopener noreferrer" part="correction-link"
        >${m.correction}</a
      >
    </p>
    ${others.length
      ? html`<h3>${messages.ui.otherRoutes}</h3>
          <ul class="link-list">
            ${others.map((other) => routeButton(other, messages, actions))}
          </ul>`
      : nothing}
  `;
}

/** Blank lines separate paragraphs, as in the publisher's spreadsheet cell. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function niveausText(route: Route, messages: Messages): string {
  return (route.niveaus ?? []).map((n) => messages.niveau(n.van, n.naar)).join(', ');
}

function institutionText(institution: { naam: string; brin?: string | undefined }): string {
  return institution.brin ? `${institution.naam} (${institution.brin})` : institution.naam;
}

const list = (items: string[]) => (items.length === 1 ? items[0] : html`<ul class="plain">${items.map((i) => html`<li>${i}</li>`)}</ul>`);

/** `053 123 45 67` -> `0531234567`; `+31 (0)53 …` keeps its plus. */
function telHref(telefoon: string): string {
  return telefoon.replace(/\(0\)/g, '').replace(/[^0-9+]/g, '');
}

/** The route's own form, else the site's correction page, else an e-mail naming the route. */
export function correctionHref(route: Route, correctionUrl: string | undefined, messages: Messages): string {
  if (route.wijzigingUrl) return route.wijzigingUrl;
  if (correctionUrl && /^(https:|mailto:)/i.test(correctionUrl)) return correctionUrl;
  return mailtoHref(route.contact?.email, {
    subject: messages.detail.correctionSubject(route.id, route.naam),
    body: messages.detail.correctionBody(route.id, route.naam),
  });
}

export const detailStyles = css`
  .panel-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5em;
  }
  .panel-title {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
  }
  .panel-subtitle {
    margin: 0.25em 0 0;
    display: flex;
    gap: 0.4em;
    align-items: center;
    color: var(--leerroutes-muted, #4a4a4a);
  }
  .close {
    flex: none;
    inline-size: 44px;
    block-size: 44px;
    font-size: 1.6em;
    line-height: 1;
    border-radius: 50%;
    border: 1px solid transparent;
    background: transparent;
    cursor: pointer;
    color: inherit;
  }
  .close:hover {
    background: var(--leerroutes-hover, #eef2f7);
  }
  .back {
    border: none;
    background: none;
    padding: 0.25em 0;
    margin-block-end: 0.25em;
    color: var(--leerroutes-accent, #1d4f91);
    text-decoration: underline;
    cursor: pointer;
    font: inherit;
    font-size: 0.9em;
    text-align: start;
  }
  .description p {
    margin: 0.6em 0;
    white-space: pre-line;
  }
  .facts {
    margin: 0.8em 0;
    font-size: 0.95em;
  }
  .facts dt {
    font-weight: 600;
    font-size: 0.85em;
    color: var(--leerroutes-muted, #4a4a4a);
    margin-block-start: 0.6em;
  }
  .facts dd {
    margin: 0.1em 0 0;
    overflow-wrap: anywhere;
  }
  .contact {
    display: flex;
    flex-direction: column;
  }
  .plain {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  h3 {
    font-size: 1em;
    margin: 1em 0 0.4em;
  }
  .link-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.3em;
  }
  .route-link {
    display: flex;
    gap: 0.6em;
    align-items: center;
    inline-size: 100%;
    text-align: start;
    padding: 0.5em 0.6em;
    border: 1px solid var(--leerroutes-border-subtle, #c9ced6);
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-surface, #fff);
    font: inherit;
    color: inherit;
    cursor: pointer;
    min-block-size: 44px;
  }
  .route-link:hover {
    background: var(--leerroutes-hover, #eef2f7);
  }
  .route-link-text {
    display: flex;
    flex-direction: column;
  }
  .route-link-name {
    font-weight: 600;
    color: var(--leerroutes-accent, #1d4f91);
  }
  .route-link-meta {
    font-size: 0.85em;
    color: var(--leerroutes-muted, #4a4a4a);
  }
  .correction {
    margin: 1em 0;
    padding-block-start: 0.8em;
    border-block-start: 1px solid var(--leerroutes-border-subtle, #c9ced6);
  }
`;
