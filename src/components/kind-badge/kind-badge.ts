/**
 * The HTML twin of a map pin's badge (same colour, shape and letter), used in lists, the detail panel and the legend,
 * so what a visitor learns from the legend holds everywhere.
 */
import { html } from 'lit';
import { ROUTE_KINDS, type RouteKind } from '../../feed/domain.js';
import { DEFAULT_LOOKS } from '../../map/colors.js';
import type { Messages } from '../../i18n/index.js';

/** Decorative: the kind is always also written out in text next to it. */
export const kindBadge = (kind: RouteKind) =>
  html`<span class="kind-badge kind-${kind}" aria-hidden="true">${DEFAULT_LOOKS[kind].letter}</span>`;

export const renderLegend = (messages: Messages) => html`
  <ul class="legend" part="legend" aria-label=${messages.ui.legend}>
    ${ROUTE_KINDS.map((kind) => html`<li>${kindBadge(kind)} ${messages.kind[kind]}</li>`)}
  </ul>
`;
