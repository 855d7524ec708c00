/**
 * The HTML twin of a map pin's badge (same colour, shape and letter), used in lists, the detail panel and the legend,
 * so what a visitor learns from the legend holds everywhere.
 */
import { html, css } from 'lit';
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

export const kindBadgeStyles = css`
  .kind-badge {
    display: inline-grid;
    place-items: center;
    inline-size: 1.35em;
    block-size: 1.35em;
    flex: none;
    font-size: 0.85em;
    font-weight: 700;
    line-height: 1;
    border: 1.5px solid #1b1b1b;
    box-sizing: border-box;
    vertical-align: -0.3em;
  }
  .kind-DLR {
    background: var(--leerroutes-color-dlr, #1b7a3d);
    color: #fff;
    border-radius: 50%;
  }
  .kind-GLR {
    background: var(--leerroutes-color-glr, #1f5bb8);
    color: #fff;
    border-radius: 3px;
  }
  .kind-leerlab {
    color: #1b1b1b;
    border: none;
    position: relative;
    isolation: isolate;
  }
  /* A diamond cannot have a border, so an outline diamond sits behind a slightly smaller yellow one. */
  .kind-leerlab::before,
  .kind-leerlab::after {
    content: '';
    position: absolute;
    z-index: -1;
    clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
  }
  .kind-leerlab::before {
    inset: -1px;
    background: #1b1b1b;
  }
  .kind-leerlab::after {
    inset: 1.5px;
    background: var(--leerroutes-color-leerlab, #f5c400);
  }
  .legend {
    list-style: none;
    margin: 0;
    padding: 0.4em 0.6em;
    display: grid;
    gap: 0.25em;
    font-size: 0.8em;
  }
  .legend li {
    display: flex;
    gap: 0.4em;
    align-items: center;
  }
`;
