/** The glossary: a quiet "?" line that opens into a short list of terms. */
import { css } from 'lit';

export const glossaryStyles = css`
  .glossary {
    margin-block: 0.4em;
    font-size: 0.9em;
  }
  .glossary summary {
    cursor: pointer;
    color: var(--leerroutes-accent, #1d4f91);
    text-decoration: underline;
    padding-block: 0.3em;
    min-block-size: 24px;
  }
  .glossary p {
    margin: 0.5em 0 0.2em;
  }
  .glossary dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.15em 0.7em;
    margin: 0;
  }
  .glossary dt {
    font-weight: 700;
  }
  .glossary dd {
    margin: 0;
  }
`;
