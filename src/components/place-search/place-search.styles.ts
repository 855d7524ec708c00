/** The place field with its suggestions, and the bar under the toolbar while a place is chosen. */
import { css } from 'lit';

export const placeSearchStyles = css`
  .place-search {
    position: relative;
    flex: 1 1 13em;
    max-inline-size: 19em;
  }
  /* after the pin icon, like the text */
  .place-search .field-label {
    inset-inline-start: calc(2.78em + 1px);
  }
  .place-field {
    position: relative;
    display: flex;
    align-items: center;
  }
  .place-icon {
    position: absolute;
    inset-inline-start: 0.55em;
    inline-size: 1.1em;
    block-size: 1.1em;
    fill: var(--leerroutes-muted, #4a4a4a);
    pointer-events: none;
  }
  .place-field input {
    inline-size: 100%;
    min-block-size: 44px;
    padding: 1.1em 2.6em 0.15em 2em;
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    font: inherit;
    color: inherit;
    background: var(--leerroutes-surface, #fff);
  }
  .place-field input::placeholder {
    color: #5f6368;
  }
  .place-clear {
    position: absolute;
    inset-inline-end: 2px;
    inline-size: 40px;
    block-size: 40px;
    border: none;
    border-radius: var(--leerroutes-radius, 6px);
    background: transparent;
    color: var(--leerroutes-text, #1b1b1b);
    font-size: 1.4em;
    line-height: 1;
    cursor: pointer;
  }
  .place-clear:hover {
    background: var(--leerroutes-hover, #eef2f7);
  }
  .place-options {
    position: absolute;
    inset-inline-end: 0;
    inset-block-start: calc(100% + 2px);
    z-index: 6;
    min-inline-size: 100%;
    inline-size: max-content;
    max-inline-size: min(28em, calc(100cqi - 1em));
    box-sizing: border-box;
    margin: 0;
    padding: 0.25em 0;
    list-style: none;
    max-block-size: min(20em, 60vh);
    overflow-y: auto;
    background: var(--leerroutes-surface, #fff);
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
  }
  .place-options[hidden] {
    display: none;
  }
  .place-option {
    display: flex;
    justify-content: space-between;
    gap: 0.75em;
    padding: 0.55em 0.75em;
    min-block-size: 44px;
    box-sizing: border-box;
    align-items: center;
    cursor: pointer;
  }
  .place-option:hover {
    background: var(--leerroutes-hover, #eef2f7);
  }
  .place-option[aria-selected='true'] {
    background: var(--leerroutes-accent, #1d4f91);
    color: #fff;
  }
  .place-option-label {
    overflow-wrap: anywhere;
  }
  .place-option-kind {
    font-size: 0.85em;
    color: var(--leerroutes-muted, #4a4a4a);
  }
  .place-option[aria-selected='true'] .place-option-kind {
    color: #fff;
  }
  .place-notice {
    position: absolute;
    inset-inline: 0;
    inset-block-start: calc(100% + 2px);
    z-index: 5;
    margin: 0;
    padding: 0.4em 0.6em;
    font-size: 0.9em;
    background: #fff8e1;
    border: 1px solid #b08800;
    border-radius: var(--leerroutes-radius, 6px);
  }
  @media print {
    .place-search {
      display: none !important;
    }
  }
`;
