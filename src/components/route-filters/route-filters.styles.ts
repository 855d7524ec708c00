/** The filters: disclosure buttons with checkbox lists; on narrow maps folded behind one button. */
import { css } from 'lit';

export const filterStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: flex-start;
    position: relative;
  }
  .filters-item {
    position: relative;
  }
  .filters-item summary {
    list-style: none;
    cursor: pointer;
    display: flex;
    flex-direction: column;
    padding: 0.35em 2em 0.35em 0.7em;
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-surface, #fff);
    position: relative;
    line-height: 1.2;
    min-block-size: 44px;
    box-sizing: border-box;
    justify-content: center;
  }
  .filters-item summary::-webkit-details-marker {
    display: none;
  }
  .filters-item summary::after {
    content: '';
    position: absolute;
    inset-inline-end: 0.75em;
    inset-block-start: 50%;
    inline-size: 0.45em;
    block-size: 0.45em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-70%) rotate(45deg);
  }
  .filters-item[open] summary::after {
    transform: translateY(-20%) rotate(225deg);
  }
  .filters-name {
    font-weight: 600;
    font-size: 0.9em;
  }
  .filters-state {
    font-size: 0.8em;
    color: var(--leerroutes-muted, #4a4a4a);
  }
  .filters-options {
    position: absolute;
    z-index: 20;
    inset-block-start: calc(100% + 4px);
    inset-inline-start: 0;
    margin: 0;
    padding: 0.3em;
    min-inline-size: min(17em, calc(100cqi - 8px));
    max-inline-size: calc(100cqi - 8px);
    max-block-size: min(22em, 60vh);
    overflow: auto;
    background: var(--leerroutes-surface, #fff);
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.2);
  }
  /* The group's name at the head of its options (a legend a screen reader and a checker find, and a title here). */
  .filters-legend {
    padding: 0.15em 0.4em 0.25em;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--leerroutes-muted, #4a4a4a);
  }
  .filters-option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.3em 0.4em;
    border-radius: 4px;
    cursor: pointer;
    min-block-size: 32px;
  }
  .filters-option:hover {
    background: var(--leerroutes-hover, #eef2f7);
  }
  .filters-option input {
    inline-size: 1.1em;
    block-size: 1.1em;
    margin: 0;
    accent-color: var(--leerroutes-accent, #1d4f91);
    flex: none;
  }
  .filters-option-label {
    flex: 1;
  }
  .filters-option-count {
    font-variant-numeric: tabular-nums;
    color: var(--leerroutes-muted, #4a4a4a);
    font-size: 0.85em;
  }
  .filters-option.empty {
    color: var(--leerroutes-muted, #4a4a4a);
    cursor: default;
  }
  .filters-reset {
    min-block-size: 44px;
  }
  .filters-toggle {
    display: none;
  }
  /* Narrow: the filters fold behind one button and open as a sheet over the map, each filter a full-width row. */
  @container leerroutes (max-width: 37.5em) {
    .filters-toggle {
      grid-area: 1 / 1;
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      justify-content: center;
      padding: 0.2em 0.7em;
      min-block-size: 44px;
      border: 1px solid var(--leerroutes-border, #6b6b6b);
      border-radius: var(--leerroutes-radius, 6px);
      background: var(--leerroutes-surface, #fff);
      font-weight: 600;
      cursor: pointer;
    }
    .filters-toggle .filters-state {
      font-weight: 400;
    }
    .filters {
      display: none;
    }
    .filters.open {
      display: flex;
      flex-direction: column;
      align-items: stretch;
      flex-wrap: nowrap;
      position: absolute;
      inset-inline: 0;
      inset-block-start: 100%;
      max-block-size: min(70vh, 30em);
      overflow: auto;
      padding: 0.5em;
      background: var(--leerroutes-surface, #fff);
      border-block-end: 1px solid var(--leerroutes-border-subtle, #c9ced6);
      box-shadow: 0 8px 16px rgb(0 0 0 / 0.18);
    }
    .filters-options {
      position: static;
      min-inline-size: 0;
      max-block-size: none;
      box-shadow: none;
      border: none;
      margin-block-start: 0.25em;
    }
  }
  .filters-reset {
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-surface, #fff);
    padding: 0.35em 0.8em;
    cursor: pointer;
  }
  .filters-reset:disabled {
    cursor: default;
    color: var(--leerroutes-muted, #4a4a4a);
    border-color: var(--leerroutes-border-subtle, #c9ced6);
  }
  @media print {
    .filters,
    .filters-toggle {
      display: none !important;
    }
  }
`;
