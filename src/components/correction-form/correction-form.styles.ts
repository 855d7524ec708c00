/** The correction form in the detail panel: one column, controls of at least 44 px, errors in words and colour. */
import { css } from 'lit';

export const correctionStyles = css`
  .correction-open {
    border: none;
    background: none;
    padding: 0.5em 0;
    min-block-size: 44px;
    color: var(--leerroutes-accent, #1d4f91);
    text-decoration: underline;
    text-align: start;
    cursor: pointer;
  }
  .correction {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
  }
  .correction h3 {
    margin: 0;
    font-size: 1.05em;
  }
  .correction p {
    margin: 0;
  }
  .correction label {
    font-weight: 600;
    margin-block-start: 0.6em;
  }
  .correction select,
  .correction textarea,
  .correction input {
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.4em 0.6em;
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    font: inherit;
    color: inherit;
    background: var(--leerroutes-surface, #fff);
  }
  .correction textarea {
    resize: vertical;
  }
  .correction [aria-invalid='true'] {
    border: 2px solid #b3261e;
  }
  .correction-current,
  .correction-hint,
  .correction-privacy {
    color: var(--leerroutes-muted, #4a4a4a);
    font-size: 0.92em;
    overflow-wrap: anywhere;
  }
  .correction-current {
    white-space: pre-line;
    max-block-size: 8em;
    overflow: auto;
  }
  .correction-current-label {
    font-weight: 600;
  }
  .correction-error,
  .correction-failed {
    color: #b3261e;
    font-weight: 600;
  }
  .correction-failed a {
    color: inherit;
  }
  .correction-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.6em;
  }
  .correction-actions button {
    min-block-size: 44px;
    padding: 0.4em 1em;
    border: 1px solid var(--leerroutes-border, #6b6b6b);
    border-radius: var(--leerroutes-radius, 6px);
    background: var(--leerroutes-surface, #fff);
    cursor: pointer;
  }
  .correction-send {
    background: var(--leerroutes-accent, #1d4f91) !important;
    border-color: var(--leerroutes-accent, #1d4f91) !important;
    color: #fff;
    font-weight: 600;
  }
  .correction-send[aria-disabled='true'] {
    opacity: 0.75;
    cursor: progress;
  }
  .correction-done {
    padding: 0.6em 0.8em;
    border-inline-start: 4px solid #1b7a3d;
    background: #eef7f1;
  }
  @media print {
    .correction-open,
    .correction {
      display: none !important;
    }
  }
`;
