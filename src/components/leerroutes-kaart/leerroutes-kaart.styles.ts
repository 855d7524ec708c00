/** The root's frame and layout: the host's box, the toolbar on top, list and map side by side (or one at a time), printing. */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    block-size: var(--leerroutes-height, 600px);
    min-block-size: 320px;
    container: leerroutes / inline-size;
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
  .body:not(.view-both).shown-map .list-pane,
  .body:not(.view-both).shown-list .stage {
    display: none;
  }
  :host(:fullscreen) {
    block-size: 100%;
  }
  :focus-visible {
    outline: 3px solid var(--leerroutes-accent, #1d4f91);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @container leerroutes (max-width: 600px) {
    .body.view-both {
      grid-template-columns: 1fr;
    }
    .body.view-both.shown-map .list-pane,
    .body.view-both.shown-list .stage {
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
      block-size: auto;
    }
    .frame {
      display: block;
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
