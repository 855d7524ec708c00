/** The root's frame and layout: the host's box, the toolbar on top, list and map side by side (or one at a time), printing. */
import { css } from 'lit';

export const styles = css`
  /*
   * The host's box and text, held against the page. For !important declarations the shadow root's win over the
   * page's (the cascade reverses encapsulation contexts for them), so a reset such as \`* { all: unset }\`,
   * \`leerroutes-kaart { display: inline }\` or \`{ height: auto !important }\` cannot make the element 100,000 px tall,
   * and \`<html dir="rtl">\` or a theme's italic, justified, small-caps body cannot reach the map's text. The page
   * keeps what is its to choose: width, margins, position, the font family and the colour (both inherited on
   * purpose; --leerroutes-font and --leerroutes-text say otherwise), and the height through --leerroutes-height.
   */
  :host {
    display: block !important;
    block-size: var(--leerroutes-height, 600px) !important;
    min-block-size: 320px !important;
    max-block-size: none !important;
    box-sizing: border-box !important;
    container: leerroutes / inline-size !important;
    direction: ltr !important;
    unicode-bidi: isolate !important;
    writing-mode: horizontal-tb !important;
    font-family: var(
      --leerroutes-font,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    color: var(--leerroutes-text, #1b1b1b);
    /* At least 16px, even under a CMS theme that shrinks rem; grows with the visitor's own text size. */
    font-size: max(16px, 1rem) !important;
    line-height: 1.45 !important;
    text-align: start !important;
    text-align-last: auto !important;
    text-justify: auto !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    font-stretch: normal !important;
    font-kerning: auto !important;
    font-feature-settings: normal !important;
    font-variation-settings: normal !important;
    font-size-adjust: none !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    text-rendering: auto !important;
    text-underline-offset: auto !important;
    white-space: normal !important;
    word-break: normal !important;
    overflow-wrap: normal !important;
    hyphens: manual !important;
    tab-size: 8 !important;
    list-style: none !important;
    quotes: auto !important;
    visibility: visible !important;
    cursor: auto !important;
    pointer-events: auto !important;
    -webkit-text-fill-color: currentcolor !important;
    -webkit-text-stroke-width: 0 !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* The host matches :focus while a control inside has it: a page's ":focus { outline: … }" would box the whole map
     around the control's own ring. */
  :host(:focus),
  :host(:focus-visible),
  :host(:focus-within) {
    outline: none !important;
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
    /* Its height is the host's; the bottom sheet is sized against it (cqb). */
    container: frame / size;
    border: 1px solid var(--leerroutes-border-subtle, #c9ced6);
    border-radius: var(--leerroutes-radius, 6px);
    overflow: hidden;
    background: var(--leerroutes-surface, #fff);
  }
  .body {
    position: relative;
    flex: 1;
    min-block-size: 0;
    display: grid;
    grid-template-columns: 1fr;
    grid-template-rows: minmax(0, 1fr);
  }
  .body.view-both {
    grid-template-columns: minmax(15em, 32%) 1fr;
  }
  /* The coverage table needs its five columns. */
  .body.view-both.shown-regions {
    grid-template-columns: minmax(24em, 42%) 1fr;
  }
  /* The panel lies over the map's end on a wide element: what floats over the map keeps clear of it. */
  .body.with-panel {
    --panel-cover: min(var(--leerroutes-panel-width, 380px), 100%);
  }
  .body.with-panel:not(.view-both).shown-list .list-pane {
    padding-inline-end: var(--panel-cover);
  }
  .body:not(.view-both).shown-map .list-pane,
  .body:not(.view-both).shown-list .stage {
    display: none;
  }
  /* The coverage view in one column: the map above, its table below. */
  .body:not(.view-both).shown-regions {
    grid-template-rows: minmax(0, 1fr) minmax(0, 1fr);
  }
  .body:not(.view-both).shown-regions .stage {
    order: -1;
  }
  :host(:fullscreen) {
    block-size: 100% !important;
  }
  /* The ring, with a light gap inside it: next to a control in the ring's own colour (the pressed "Kaart") the
     gap is what shows. */
  :focus-visible {
    outline: 3px solid var(--leerroutes-accent, #1d4f91);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--leerroutes-surface, #fff);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @container leerroutes (max-width: 37.5em) {
    .body.view-both {
      grid-template-columns: 1fr;
    }
    .body.view-both.shown-map .list-pane,
    .body.view-both.shown-list .stage {
      display: none;
    }
    .body.view-both.shown-regions {
      grid-template-columns: 1fr;
      grid-template-rows: minmax(0, 1fr) minmax(0, 1fr);
    }
    .body.view-both.shown-regions .stage {
      order: -1;
    }
    /* The coverage map gets the larger share: its legend and controls need room (the table scrolls). */
    .body.shown-regions,
    .body.view-both.shown-regions {
      grid-template-rows: minmax(0, 3fr) minmax(0, 2fr);
    }
    /* A route open on a narrow element: a sheet below the map, not over it, so it covers no control; at least half
       the element tall (all of the body when that is less), and all of the body when the visitor makes it larger. */
    .body.with-panel,
    .body.view-both.with-panel {
      --panel-cover: 0px;
      grid-template-rows: minmax(0, 1fr) min(100%, 50cqb);
    }
    .body.with-panel > .list-pane,
    .body.with-panel > .stage {
      grid-row: 1;
    }
    .body.with-panel.sheet-large {
      grid-template-rows: 0 minmax(0, 1fr);
    }
    .body.with-panel.sheet-large > :not(.panel) {
      visibility: hidden;
    }
    .body.with-panel.shown-regions .list-pane {
      display: none;
    }
    /* Reading a route on a phone: the place's bar (the place stays in its field) and the footer step aside until
       the sheet closes, so the sheet gets its half and the map a strip with its tools. */
    .frame:has(> .body.with-panel) > .place-bar,
    .frame:has(> .body.with-panel) > .footer {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    :host {
      block-size: auto !important;
    }
    .frame {
      display: block;
      container-type: normal;
      border: none;
    }
    .body,
    .body.view-both {
      display: block;
    }
    .body .stage,
    .body .list-pane {
      display: block !important;
    }
  }
`;
