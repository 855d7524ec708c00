/** The map stage: the map, its tools and notices, OpenLayers' controls restyled to 44px targets, the overlays. */
import { css } from 'lit';

export const stageStyles = css`
  /* A column: the map, and below it the legend when the map is short (else the legend floats over the map's
     foot). Tools and notices float over the map in places that cannot meet: zoom and tools in the top-left
     corner, messages along the top beside them, legend and tile notice at the foot. A test checks that no
     control ends up under anything, at every width from 248 px. */
  .stage {
    position: relative;
    min-block-size: 0;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    container: stage / size;
  }
  .map-hint {
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
  .map-area {
    position: relative;
    flex: 1 1 0;
    min-block-size: 0;
    container: maparea / size;
  }
  .map {
    position: absolute;
    inset: 0;
    /* The sea of the offline outline, and what shows before anything is drawn. */
    background: #cddfec;
  }
  .map-tools {
    position: absolute;
    /* beside the zoom buttons (with OpenLayers' own margins): the four take the height of two */
    inset-block-start: 0.5em;
    inset-inline-start: 3.2em;
    display: grid;
    gap: 0.3em;
    z-index: 1;
  }
  .map-tool {
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
  .map-tool:hover {
    background: var(--leerroutes-hover, #eef2f7);
  }
  .map-location {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline: 6.2em calc(var(--panel-cover, 0px) + 0.5em);
    margin: 0 auto;
    max-inline-size: 26em;
    padding: 0.4em 0.7em;
    font-size: 0.9em;
    background: var(--leerroutes-surface, #fff);
    border-radius: var(--leerroutes-radius, 6px);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.2);
    z-index: 2;
  }
  /* Legend and notices along the bottom, above the map's credit line (OpenLayers' attribution, moved in here by
     the map's controller): side by side, or stacked when narrow, never on top of each other, however many lines
     the credit takes on a narrow map. */
  .map-dock {
    position: absolute;
    inset-block-start: auto;
    inset-block-end: 0.3em;
    inset-inline: 0.5em calc(var(--panel-cover, 0px) + 0.5em);
    display: flex;
    flex-wrap: wrap-reverse;
    align-items: flex-end;
    gap: 0.4em;
    pointer-events: none;
    z-index: 1;
  }
  /* A line of its own, the first from the foot (the dock wraps upwards), at the end of the line. */
  .map-dock .ol-attribution.ol-uncollapsible {
    position: static;
    order: -1;
    flex: 1 0 100%;
    display: flex;
    flex-flow: row;
    justify-content: flex-end;
    max-inline-size: none;
    background: none;
    text-align: end;
  }
  .map-dock .ol-attribution ul {
    border-radius: 4px;
    background: rgb(255 255 255 / 0.85);
  }
  .map-outside {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline: 6.2em calc(var(--panel-cover, 0px) + 0.5em);
    margin-inline: auto;
    inline-size: fit-content;
    min-block-size: 2.4em;
    padding: 0.3em 0.9em;
    border: 1px solid var(--leerroutes-accent, #1d4f91);
    border-radius: 999px;
    background: var(--leerroutes-surface, #fff);
    color: var(--leerroutes-accent, #1d4f91);
    font-weight: 600;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    cursor: pointer;
    z-index: 2;
  }
  .map-outside:hover {
    background: var(--leerroutes-hover, #eef2f7);
  }
  /* A short map (a phone's coverage view, a low embed): the legend below the map, in the flow (in rows: see the
     legends' styles), where it cannot lie over the zoom buttons. */
  @container stage (max-height: 20em) {
    .map-dock {
      position: static;
      flex: none;
      padding-block: 0.3em;
      padding-inline: 0.5em calc(var(--panel-cover, 0px) + 0.5em);
      border-block-start: 1px solid var(--leerroutes-border-subtle, #c9ced6);
      background: var(--leerroutes-surface, #fff);
      max-block-size: 60%;
      overflow: auto;
    }
    .map-dock .legend {
      border: none;
      background: none;
    }
  }
  /* A glimpse of the map above a phone's bottom sheet: no room for the legend, then none for the tools either
     (hidden, not covered: closing the sheet gives the map its room back). */
  @container stage (max-height: 9em) {
    .map-dock > :not(.ol-attribution) {
      display: none;
    }
  }
  /* No box at all while there is no room (a sheet taking the whole body, a host squeezed to nothing): OpenLayers
     then waits quietly instead of warning that its map has no size. */
  @container maparea (width < 1px) or (height < 1px) {
    .map {
      display: none;
    }
  }
  @container maparea (max-height: 6em) {
    .ol-zoom,
    .map-tools,
    .map-outside,
    .map-location {
      visibility: hidden;
    }
  }
  /* A short map: a message beside the zoom buttons and tools rather than below them, to have the height. */
  @container maparea (max-height: 16em) {
    .map-area .map-overlay {
      inset-block-start: 0.5em;
      inset-inline-start: 6.2em;
      max-block-size: calc(100% - 1em);
    }
  }
  @container frame (max-height: 30em) {
    :host .body:not(.view-both) > .map-overlay {
      inset-block-start: 0.5em;
      inset-inline-start: 6.2em;
      max-block-size: calc(100% - 1em);
    }
  }
  /* A feed that cannot be shown: its message takes the map's room, and there are no pins to explain. */
  :host .body:has(> .map-error) .map-dock > :not(.ol-attribution) {
    display: none;
  }
  .map-tile-notice {
    pointer-events: auto;
    margin-inline-start: auto;
    max-inline-size: min(22em, 100%);
    margin-block: 0;
    padding: 0.3em 0.6em;
    font-size: 0.8em;
    background: rgb(255 255 255 / 0.94);
    border-radius: var(--leerroutes-radius, 6px);
    border: 1px solid var(--leerroutes-border-subtle, #c9ced6);
    z-index: 1;
  }
  .map:focus-visible {
    outline: none;
  }
  /* The canvas covers the map's own outline: the focus ring is drawn over it (WCAG 2.4.7). */
  .map:focus-visible::after {
    content: '';
    position: absolute;
    inset: 0;
    box-shadow: inset 0 0 0 4px var(--leerroutes-accent, #1d4f91);
    pointer-events: none;
    z-index: 2;
  }
  .map-overlay {
    position: absolute;
    inset-inline: 1em calc(var(--panel-cover, 0px) + 1em);
    /* below the zoom buttons and tools, inside the map (whose legend goes when the feed failed: below) */
    inset-block-start: 6em;
    max-block-size: calc(100% - 6.5em);
    overflow: auto;
    margin-inline: auto;
    max-inline-size: 34em;
    padding: 0.8em 1em;
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-surface, #fff);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
    z-index: 2;
  }
  .map-overlay.map-error {
    border-inline-start: 6px solid #b3261e;
  }
  .map-overlay.map-error p {
    margin: 0.3em 0 0;
    overflow-wrap: anywhere;
  }
  .map-retry {
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
  .ol-zoom {
    inset-block-start: 0.5em;
    inset-inline-start: 0.5em;
  }
  /* OpenLayers' own 1 px grey outline on focus, replaced by the ring every control has. */
  .ol-control button:focus {
    outline: none;
  }
  .ol-control button:focus-visible {
    outline: 3px solid var(--leerroutes-accent, #1d4f91);
    outline-offset: 2px;
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
  @media print {
    .map-tools,
    .ol-control,
    .map-hint {
      display: none !important;
    }
    .stage {
      display: block;
      container-type: normal;
      block-size: 12cm;
    }
    .map-area {
      position: absolute;
      inset: 0;
      container-type: normal;
    }
  }
`;
