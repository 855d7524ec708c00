/** What is inside the detail panel (its frame: panel-frame.styles.ts). */
import { css } from 'lit';

export const detailStyles = css`
  .panel-title {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
  }
  .panel-subtitle {
    margin: 0.25em 0 0;
    display: flex;
    gap: 0.4em;
    align-items: center;
    color: var(--leerroutes-muted, #4a4a4a);
  }
  .panel-grow {
    display: none;
    margin: -0.4em auto 0.3em;
    min-block-size: 32px;
    padding: 0.1em 1em;
    border: 1px solid var(--leerroutes-border-subtle, #c9ced6);
    border-radius: 999px;
    background: var(--leerroutes-surface, #fff);
    color: var(--leerroutes-accent, #1d4f91);
    font-size: 0.85em;
    cursor: pointer;
  }
  @container leerroutes (max-width: 37.5em) {
    .panel-grow {
      display: block;
    }
  }
  .panel-back {
    border: none;
    background: none;
    padding: 0.25em 0;
    margin-block-end: 0.25em;
    color: var(--leerroutes-accent, #1d4f91);
    text-decoration: underline;
    cursor: pointer;
    font: inherit;
    font-size: 0.9em;
    text-align: start;
  }
  .panel-description p {
    margin: 0.6em 0;
    white-space: pre-line;
  }
  .panel-facts {
    margin: 0.8em 0;
    font-size: 0.95em;
  }
  .panel-facts dt {
    font-weight: 600;
    font-size: 0.85em;
    color: var(--leerroutes-muted, #4a4a4a);
    margin-block-start: 0.6em;
  }
  .panel-facts dd {
    margin: 0.1em 0 0;
    overflow-wrap: anywhere;
  }
  .panel-contact {
    display: flex;
    flex-direction: column;
  }
  .panel-plain {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  h3 {
    font-size: 1em;
    margin: 1em 0 0.4em;
  }
  .panel-links {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.3em;
  }
  .panel-route {
    display: flex;
    gap: 0.6em;
    align-items: center;
    inline-size: 100%;
    text-align: start;
    padding: 0.5em 0.6em;
    border: 1px solid var(--leerroutes-border-subtle, #c9ced6);
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-surface, #fff);
    font: inherit;
    color: inherit;
    cursor: pointer;
    min-block-size: 44px;
  }
  .panel-route:hover {
    background: var(--leerroutes-hover, #eef2f7);
  }
  .panel-route-text {
    display: flex;
    flex-direction: column;
  }
  .panel-route-name {
    font-weight: 600;
    color: var(--leerroutes-accent, #1d4f91);
  }
  .panel-route-meta {
    font-size: 0.85em;
    color: var(--leerroutes-muted, #4a4a4a);
  }
  .panel-correction {
    margin: 1em 0;
    padding-block-start: 0.8em;
    border-block-start: 1px solid var(--leerroutes-border-subtle, #c9ced6);
  }
  .panel-reach {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.3em 0 0;
  }
  .panel-distance {
    font-weight: 600;
  }
  .panel-directions {
    color: var(--leerroutes-accent, #1d4f91);
  }
`;
