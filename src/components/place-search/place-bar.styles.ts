/** The bar under the toolbar while a place is chosen (adopted when the location chunk arrives). */
import { css } from 'lit';

export const placeBarStyles = css`
  .place-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 1em;
    padding: 0.35em 0.6em;
    background: var(--leerroutes-hover, #eef2f7);
    border-block-end: 1px solid var(--leerroutes-border-subtle, #c9ced6);
    font-size: 0.95em;
  }
  .place-region {
    margin: 0;
  }
  .place-region-button {
    padding: 0.2em 0.6em;
    min-block-size: 32px;
    border: 1px solid var(--leerroutes-accent, #1d4f91);
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-surface, #fff);
    color: var(--leerroutes-accent, #1d4f91);
    font: inherit;
    cursor: pointer;
  }
  .place-radius {
    margin-inline-start: auto;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 600;
  }
  .place-radius select {
    min-block-size: 36px;
    padding: 0.2em 0.4em;
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-surface, #fff);
    color: inherit;
    font: inherit;
    font-weight: 400;
  }
  /* A phone: a row of its own under filters and search, a little lower than the desktop's field (its name above
     what is typed still). */
  @container leerroutes (max-width: 37.5em) {
    .place-field input {
      min-block-size: 42px;
      padding-block: 1.05em 0.1em;
    }
    .place-clear {
      block-size: 36px;
    }
    .place-bar {
      padding: 0.3em 0.45em;
      font-size: 0.9em;
    }
  }
  /* A phone: the sentence on its line, the button and the distance side by side under it. */
  @container leerroutes (max-width: 37.5em) {
    .place-bar {
      padding: 0.3em 0.45em;
      gap: 0.3em 0.5em;
      font-size: 0.9em;
    }
    .place-region {
      flex-basis: 100%;
    }
    /* The options say it ("elke afstand", "binnen 10 km"); the select keeps its name. */
    .place-radius-label {
      display: none;
    }
  }
  @media print {
    .place-radius select {
      display: none !important;
    }
  }
`;
