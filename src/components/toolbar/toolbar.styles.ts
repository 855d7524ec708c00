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
  .skip-links {
    position: relative;
    z-index: 5;
  }
  /* Out of sight until focused, then over the top of the toolbar. */
  .skip-link:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip-link:focus {
    position: absolute;
    inset-block-start: 0.3em;
    inset-inline-start: 0.3em;
    padding: 0.6em 1em;
    border: 2px solid var(--leerroutes-accent, #1d4f91);
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-surface, #fff);
    color: var(--leerroutes-accent, #1d4f91);
    font-weight: 600;
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.25);
  }
  .toolbar-count {
    margin: 0 0 0 auto;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  /* Map and list side by side: the toggle offers the map (with its list) and the regions. */
  .toolbar-views.view-both .toolbar-view-list {
    display: none;
  }
  .toolbar-views.view-both:not(.with-regions) {
    display: none;
  }
  .toolbar-search {
    position: relative;
    flex: 1 1 14em;
    max-inline-size: 22em;
  }
  /* A field's name stays in sight (not only as a placeholder that typing removes or a narrow field cuts off): in
     the field's top left, above what is typed, as the filters show their names above their state. */
  .field-label {
    position: absolute;
    z-index: 1;
    inset-block-start: 0.4em;
    /* the field's own padding, in this label's smaller em */
    inset-inline-start: calc(1em + 1px);
    max-inline-size: calc(100% - 2em);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 0.72em;
    line-height: 1.1;
    font-weight: 600;
    color: var(--leerroutes-text, #1b1b1b);
    pointer-events: none;
  }
  .toolbar-search input {
    inline-size: 100%;
    min-block-size: 44px;
    padding: 1.1em 0.7em 0.15em;
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    font: inherit;
    color: inherit;
    background: var(--leerroutes-surface, #fff);
  }
  .toolbar-search input::placeholder {
    color: #5f6368;
  }
  /* No overflow: hidden here: it cut the focused button's ring off. The ends are rounded instead. */
  .toolbar-views {
    display: inline-flex;
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
  }
  .toolbar-views button:first-of-type {
    border-start-start-radius: calc(var(--leerroutes-radius, 6px) - 1px);
    border-end-start-radius: calc(var(--leerroutes-radius, 6px) - 1px);
  }
  .toolbar-views button:last-of-type {
    border-start-end-radius: calc(var(--leerroutes-radius, 6px) - 1px);
    border-end-end-radius: calc(var(--leerroutes-radius, 6px) - 1px);
  }
  .toolbar-views button:focus-visible {
    position: relative;
    z-index: 1;
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
  /* A phone: filters and search in one row, the place in the next, the Kaart | Lijst toggle and the count in a slim third. */
  @container leerroutes (max-width: 37.5em) {
    .toolbar {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      gap: 0.35em 0.5em;
      padding: 0.35em;
    }
    .toolbar-search {
      grid-area: 1 / 2;
      max-inline-size: none;
    }
    .toolbar > .place-search {
      grid-area: 2 / 1 / 3 / 3;
      max-inline-size: none;
    }
    .toolbar-views {
      grid-area: 3 / 1;
      justify-self: start;
    }
    .toolbar-views.view-both {
      display: inline-flex;
    }
    /* A button again, like its neighbours (as a flex box its text would sit at the top). */
    .toolbar-views.view-both .toolbar-view-list {
      display: inline-block;
    }
    .toolbar-views button {
      min-block-size: 36px;
      padding-block: 0.2em;
    }
    .toolbar-count {
      grid-area: 3 / 2;
      justify-self: end;
      font-size: 0.9em;
      text-align: end;
    }
  }
  /* The narrowest phones: the search gets a row of its own, then the place, the buttons and the count share the last. */
  @container leerroutes (max-width: 21.25em) {
    .toolbar {
      grid-template-columns: auto auto minmax(0, 1fr) auto;
    }
    .toolbar-search {
      grid-area: 1 / 1 / 2 / 4;
    }
    .toolbar > .place-search {
      grid-area: 2 / 1 / 3 / 5;
    }
    .toolbar > .filters-toggle {
      grid-area: 3 / 1;
      padding-inline: 0.5em;
    }
    .toolbar-views button {
      padding-inline: 0.3em;
      font-size: 0.85em;
    }
    .toolbar-count {
      font-size: 0.8em;
    }
    /* Across the columns the count's width sets above: three buttons need them all. */
    .toolbar-views {
      grid-area: 3 / 2 / 4 / 5;
    }
    .toolbar-count {
      grid-area: 1 / 4;
    }
  }
  /* Fewer than 16em across (280 px read at 125 % text size): the three view buttons do not fit beside the filters'
     button, so they get a row of their own rather than run past the element's edge. */
  @container leerroutes (max-width: 16em) {
    .toolbar-views {
      grid-area: 4 / 1 / 5 / 5;
    }
  }
  @media print {
    .toolbar-search,
    .toolbar-views {
      display: none !important;
    }
  }
`;
