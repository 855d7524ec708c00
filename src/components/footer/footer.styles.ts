/** The footer: update date, source, and how many routes could not be shown. */
import { css } from 'lit';

export const footerStyles = css`
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1em;
    padding: 0.3em 0.6em;
    font-size: 0.8em;
    color: var(--leerroutes-muted, #4a4a4a);
    border-block-start: 1px solid var(--leerroutes-border-subtle, #c9ced6);
  }
  .footer-skipped {
    color: #8a1c12;
  }
  @container leerroutes (max-width: 37.5em) {
    .footer {
      font-size: 0.72em;
    }
  }
`;
