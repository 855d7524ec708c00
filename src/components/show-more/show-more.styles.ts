/** The look of a "Toon meer" button under a list shown a page at a time (the route list, the detail panel). */
import { css } from 'lit';

export const showMoreStyles = css`
  .show-more {
    inline-size: 100%;
    min-block-size: 44px;
    margin-block-start: 0.5em;
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-surface, #fff);
    cursor: pointer;
  }
`;
