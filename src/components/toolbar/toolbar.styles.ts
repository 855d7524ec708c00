/** The toolbar: filters, search, the view toggle and the count, in one wrapping row (two on a phone). */
import { css } from 'lit';

export const toolbarStyles = css`
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
  .toolbar-count {
    margin: 0 0 0 auto;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .toolbar-views.view-both {
    display: none;
  }
  .toolbar-search {
    flex: 1 1 14em;
    max-inline-size: 22em;
  }
  .toolbar-search input {
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.4em 0.7em;
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    font: inherit;
    color: inherit;
    background: var(--leerroutes-surface, #fff);
  }
  .toolbar-search input::placeholder {
    color: #5f6368;
  }
  .toolbar-views {
    display: inline-flex;
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    overflow: hidden;
  }
  .toolbar-views button {
    border: none;
    background: var(--leerroutes-surface, #fff);
    padding: 0.35em 0.9em;
    min-block-size: 42px;
    cursor: pointer;
  }
  .toolbar-views button + button {
    border-inline-start: 1px solid var(--leerroutes-border, #6b6b6b);
  }
  .toolbar-views button[aria-pressed='true'] {
    background: var(--leerroutes-accent, #1d4f91);
    color: #fff;
    font-weight: 600;
  }
  @container leerroutes (max-width: 600px) {
    .toolbar {
      padding: 0.4em;
    }
    .toolbar-search {
      order: 5;
      flex-basis: 100%;
      max-inline-size: none;
    }
    .toolbar-views.view-both {
      display: inline-flex;
    }
    .toolbar-count {
      font-size: 0.9em;
    }
  }
  @media print {
    .toolbar-search,
    .toolbar-views {
      display: none !important;
    }
  }
`;
