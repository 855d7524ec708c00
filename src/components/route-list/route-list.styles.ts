/** The list of routes per school, and how it prints. */
import { css } from 'lit';

export const listStyles = css`
  .list-pane {
    overflow: auto;
    overscroll-behavior: contain;
    padding: 0.5em 0.6em 1em;
    border-inline-end: 1px solid var(--leerroutes-border-subtle, #c9ced6);
    background: var(--leerroutes-surface, #fff);
  }
  .list-schools,
  .list-routes {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .list-school + .list-school {
    margin-block-start: 0.7em;
  }
  .list-school-name {
    font-size: 0.95em;
    margin: 0 0 0.25em;
  }
  .list-school-place {
    font-weight: 400;
    color: var(--leerroutes-muted, #4a4a4a);
  }
  .list-school-distance {
    float: inline-end;
    margin-inline-start: 0.5em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    color: var(--leerroutes-accent, #1d4f91);
    white-space: nowrap;
  }
  .list-route {
    display: flex;
    flex-direction: column;
    gap: 0.1em;
    inline-size: 100%;
    text-align: start;
    padding: 0.45em 0.55em;
    margin-block-end: 0.25em;
    border: 1px solid var(--leerroutes-border-subtle, #c9ced6);
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-surface, #fff);
    cursor: pointer;
    min-block-size: 44px;
  }
  .list-route:hover,
  .list-route.current {
    background: var(--leerroutes-hover, #eef2f7);
    border-color: var(--leerroutes-accent, #1d4f91);
  }
  .list-route-name {
    font-weight: 600;
    color: var(--leerroutes-accent, #1d4f91);
  }
  .list-route-meta {
    display: block;
    font-size: 0.85em;
    color: var(--leerroutes-muted, #4a4a4a);
  }
  .list-empty {
    color: var(--leerroutes-muted, #4a4a4a);
  }
  @container leerroutes (max-width: 37.5em) {
    .list-pane {
      border-inline-end: none;
    }
  }
  @media print {
    .list-more {
      display: none !important;
    }
    .list-pane {
      overflow: visible;
      border: none;
      columns: 2;
    }
    .list-school {
      break-inside: avoid;
    }
  }
`;
