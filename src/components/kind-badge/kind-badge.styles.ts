/** Badges (the HTML twin of a pin) and the legend over the map. */
import { css } from 'lit';

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
    background: rgb(255 255 255 / 0.94);
    border: 1px solid var(--leerroutes-border-subtle, #c9ced6);
    border-radius: var(--leerroutes-radius, 6px);
    font-size: 0.8em;
    pointer-events: auto;
  }
  .legend-items {
    list-style: none;
    margin: 0;
    padding: 0.4em 0.6em;
    display: grid;
    gap: 0.25em;
  }
  .legend li {
    display: flex;
    gap: 0.4em;
    align-items: center;
  }
  .legend-toggle {
    display: none;
  }
  @container stage (max-height: 20em) {
    .legend-items {
      display: flex;
      flex-wrap: wrap;
      gap: 0.1em 0.8em;
    }
  }
  @container leerroutes (max-width: 37.5em) {
    .legend {
      display: flex;
      align-items: center;
      font-size: 0.85em;
    }
    .legend-toggle {
      display: block;
      order: 2;
      min-block-size: 2.2em;
      padding: 0.2em 0.6em;
      border: none;
      border-inline-start: 1px solid var(--leerroutes-border-subtle, #c9ced6);
      background: none;
      color: var(--leerroutes-accent, #1d4f91);
      text-decoration: underline;
      cursor: pointer;
    }
    .legend:not(.expanded) .legend-items {
      display: flex;
      gap: 0.3em;
    }
    .legend:not(.expanded) .legend-text {
      display: none;
    }
    .legend.expanded {
      flex-direction: column;
      align-items: stretch;
    }
  }
`;
