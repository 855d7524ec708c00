/** Layout of the root element: toolbar on top, the map filling the rest, the panel beside it or as a bottom sheet. */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    block-size: var(--leerroutes-height, 600px);
    min-block-size: 320px;
    container: leerroutes / inline-size;
    font-family: var(--leerroutes-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    /* At least 16px, even under a CMS theme that shrinks rem; grows with the visitor's own text size. */
    font-size: max(16px, 1rem);
    line-height: 1.45;
    color: var(--leerroutes-text, #1b1b1b);
    box-sizing: border-box;
    text-align: start;
    /* Inherited text properties a host page may set on its body; font and colour are ours to choose. */
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    cursor: auto;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .frame {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    border: 1px solid var(--leerroutes-border-subtle, #c9ced6);
    border-radius: var(--leerroutes-radius, 6px);
    overflow: hidden;
    background: var(--leerroutes-surface, #fff);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 1em;
    padding: 0.5em;
    border-block-end: 1px solid var(--leerroutes-border-subtle, #c9ced6);
    position: relative;
    z-index: 3;
  }
  .count {
    margin: 0 0 0 auto;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .reset {
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-surface, #fff);
    padding: 0.35em 0.8em;
    cursor: pointer;
  }
  .reset:disabled {
    cursor: default;
    color: var(--leerroutes-muted, #4a4a4a);
    border-color: var(--leerroutes-border-subtle, #c9ced6);
  }
  .body {
    position: relative;
    flex: 1;
    min-block-size: 0;
    display: grid;
    grid-template-columns: 1fr;
    grid-template-rows: minmax(0, 1fr);
  }
  /* Wide, both: the list beside the map. */
  .body.view-both {
    grid-template-columns: minmax(15em, 32%) 1fr;
  }
  .body:not(.view-both).shown-map .list-pane,
  .body:not(.view-both).shown-list .stage {
    display: none;
  }
  .view-toggle.view-both {
    display: none;
  }
  .stage {
    position: relative;
    min-block-size: 0;
    min-inline-size: 0;
  }
  .search {
    flex: 1 1 14em;
    max-inline-size: 22em;
  }
  .search input {
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.4em 0.7em;
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    font: inherit;
    color: inherit;
    background: var(--leerroutes-surface, #fff);
  }
  .search input::placeholder {
    color: #5f6368;
  }
  .view-toggle {
    display: inline-flex;
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    overflow: hidden;
  }
  .view-toggle button {
    border: none;
    background: var(--leerroutes-surface, #fff);
    padding: 0.35em 0.9em;
    min-block-size: 42px;
    cursor: pointer;
  }
  .view-toggle button + button {
    border-inline-start: 1px solid var(--leerroutes-border, #6b6b6b);
  }
  .view-toggle button[aria-pressed='true'] {
    background: var(--leerroutes-accent, #1d4f91);
    color: #fff;
    font-weight: 600;
  }
  .hint {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: 1em;
    text-align: center;
    font-size: 1.1em;
    font-weight: 600;
    color: #fff;
    background: rgb(0 0 0 / 0.55);
    z-index: 3;
    pointer-events: none;
  }
  .map {
    position: absolute;
    inset: 0;
    /* The sea of the offline outline, and what shows before anything is drawn. */
    background: #cddfec;
  }
  :host(:fullscreen) {
    block-size: 100%;
  }
  .map-tools {
    position: absolute;
    /* below the zoom buttons (with OpenLayers' own margins); a test checks they never overlap */
    inset-block-start: 6.2em;
    inset-inline-start: 0.5em;
    display: grid;
    gap: 0.3em;
    z-index: 1;
  }
  .tool {
    display: grid;
    place-items: center;
    inline-size: 2.2em;
    block-size: 2.2em;
    padding: 0;
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: 4px;
    background: var(--leerroutes-surface, #fff);
    color: var(--leerroutes-text, #1b1b1b);
    cursor: pointer;
  }
  .tool:hover {
    background: var(--leerroutes-hover, #eef2f7);
  }
  .location-message {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline: 3.5em 0.5em;
    margin: 0 auto;
    max-inline-size: 26em;
    padding: 0.4em 0.7em;
    font-size: 0.9em;
    background: var(--leerroutes-surface, #fff);
    border-radius: var(--leerroutes-radius, 6px);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.2);
    z-index: 2;
  }
  .tile-notice {
    position: absolute;
    inset-block-end: 1.9em;
    inset-inline-end: 0.5em;
    max-inline-size: min(22em, calc(100% - 1em));
    margin: 0;
    padding: 0.3em 0.6em;
    font-size: 0.8em;
    background: rgb(255 255 255 / 0.94);
    border-radius: var(--leerroutes-radius, 6px);
    border: 1px solid var(--leerroutes-border-subtle, #c9ced6);
    z-index: 1;
  }
  :focus-visible {
    outline: 3px solid var(--leerroutes-accent, #1d4f91);
    outline-offset: 2px;
  }
  .map:focus-visible {
    outline-offset: -4px;
  }
  .legend {
    position: absolute;
    inset-block-end: 1.9em;
    inset-inline-start: 0.5em;
    background: rgb(255 255 255 / 0.94);
    border: 1px solid var(--leerroutes-border-subtle, #c9ced6);
    border-radius: var(--leerroutes-radius, 6px);
    z-index: 1;
  }
  .overlay {
    position: absolute;
    inset-inline: 1em;
    inset-block-start: 1em;
    margin-inline: auto;
    max-inline-size: 34em;
    padding: 0.8em 1em;
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-surface, #fff);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
    z-index: 2;
  }
  .overlay.error {
    border-inline-start: 6px solid #b3261e;
  }
  .overlay.error p {
    margin: 0.3em 0 0;
    overflow-wrap: anywhere;
  }
  .retry {
    margin-block-start: 0.7em;
    min-block-size: 44px;
    padding: 0.35em 1em;
    border: none;
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-accent, #1d4f91);
    color: #fff;
    font-weight: 600;
    cursor: pointer;
  }
  .panel {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    inline-size: min(var(--leerroutes-panel-width, 380px), 100%);
    overflow: auto;
    overscroll-behavior: contain;
    padding: 0.9em 1em;
    background: var(--leerroutes-surface, #fff);
    border-inline-start: 1px solid var(--leerroutes-border-subtle, #c9ced6);
    box-shadow: -4px 0 16px rgb(0 0 0 / 0.12);
    z-index: 4;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1em;
    padding: 0.3em 0.6em;
    font-size: 0.8em;
    color: var(--leerroutes-muted, #4a4a4a);
    border-block-start: 1px solid var(--leerroutes-border-subtle, #c9ced6);
  }
  .skipped {
    color: #8a1c12;
  }
  .muted {
    color: var(--leerroutes-muted, #4a4a4a);
    margin: 0.6em 0;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* OpenLayers' controls, restyled to the element's look and to 44px touch targets. */
  .ol-zoom {
    inset-block-start: 0.5em;
    inset-inline-start: 0.5em;
  }
  .ol-control button,
  .ol-touch .ol-control button {
    /* Also on touch devices, where OpenLayers enlarges them. 1.7 of its own 1.3em = 2.2em of the host: the same size as the tool buttons below. */
    inline-size: 1.7em;
    block-size: 1.7em;
    font-size: 1.3em;
    background: var(--leerroutes-surface, #fff);
    color: var(--leerroutes-text, #1b1b1b);
    border: 1px solid var(--leerroutes-border, #6b6b6b);
  }
  .ol-attribution {
    font-size: 0.72em;
  }
  .ol-attribution ul {
    color: #1b1b1b;
  }

  /* Narrow: the panel becomes a bottom sheet over the lower part of the map. */
  @container leerroutes (max-width: 600px) {
    .toolbar {
      padding: 0.4em;
    }
    .search {
      order: 5;
      flex-basis: 100%;
      max-inline-size: none;
    }
    .body.view-both {
      grid-template-columns: 1fr;
    }
    .body.view-both.shown-map .list-pane,
    .body.view-both.shown-list .stage {
      display: none;
    }
    .view-toggle.view-both {
      display: inline-flex;
    }
    .list-pane {
      border-inline-end: none;
    }
    .count {
      font-size: 0.9em;
    }
    .footer {
      font-size: 0.72em;
    }
    .panel {
      inset-block: auto 0;
      inset-inline: 0;
      inline-size: 100%;
      max-block-size: 70%;
      border-inline-start: none;
      border-block-start: 1px solid var(--leerroutes-border-subtle, #c9ced6);
      border-start-start-radius: 14px;
      border-start-end-radius: 14px;
      box-shadow: 0 -4px 16px rgb(0 0 0 / 0.18);
    }
    .legend {
      font-size: 0.72em;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }

  /* Print what is on screen as paper: the map as it is, then every listed route; no controls. */
  @media print {
    :host {
      block-size: auto;
    }
    .frame {
      display: block;
      border: none;
    }
    .filters,
    .filters-toggle,
    .search,
    .view-toggle,
    .map-tools,
    .ol-control,
    .hint,
    .close,
    .back,
    .show-more {
      display: none !important;
    }
    .body,
    .body.view-both {
      display: block;
    }
    .body .stage,
    .body .list-pane {
      display: block !important;
    }
    .stage {
      block-size: 12cm;
      break-inside: avoid;
    }
    .list-pane {
      overflow: visible;
      border: none;
      columns: 2;
    }
    .school {
      break-inside: avoid;
    }
    .panel {
      position: static;
      inline-size: auto;
      max-block-size: none;
      box-shadow: none;
      border: none;
      overflow: visible;
    }
  }
`;
