/**
 * The HTML twin of a map pin's badge (same colour, shape and letter), used in lists, the detail panel and the legend,
 * so what a visitor learns from the legend holds everywhere.
 */
import { html } from 'lit';
import { ROUTE_KINDS, type RouteKind } from '../../feed/domain.js';
import { DEFAULT_LOOKS } from '../../model/kind-looks.js';
import type { Messages } from '../../i18n/index.js';

/** Decorative: the kind is always also written out in text next to it. */
export const kindBadge = (kind: RouteKind) =>
  html`<span class="kind-badge kind-${kind}" aria-hidden="true">${DEFAULT_LOOKS[kind].letter}</span>`;

/**
 * The legend over the map. On a wide map it is always open; on a narrow one it folds to its three badges behind a
 * "Legenda" button, so it does not cover the pins it explains.
 */
export const renderLegend = (messages: Messages, expanded: boolean, onToggle: () => void) => html`
  <div class="legend ${expanded ? 'expanded' : ''}" part="legend">
    <button type="button" class="legend-toggle" aria-expanded=${expanded ? 'true' : 'false'} @click=${onToggle}>
      ${expanded ? messages.ui.hideLegend : messages.ui.showLegend}
    </button>
    <ul class="legend-items" aria-label=${messages.ui.legend}>
      ${ROUTE_KINDS.map(
        (kind) => html`<li>${kindBadge(kind)} <span class="legend-text">${messages.kind[kind]}</span></li>`,
      )}
    </ul>
  </div>
`;
