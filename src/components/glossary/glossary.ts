/**
 * Plain words for the short forms of the domain: "kb → mbo 3" is read out in full to screen readers, and a short
 * glossary (a native disclosure: no script, keyboard and screen-reader ready) explains the leerwegen, the mbo
 * levels and the kinds of route where a parent meets them: at the niveau filter and in a route's details.
 */
import { html } from 'lit';
import { LEERWEGEN, MBO_NIVEAUS, ROUTE_KINDS } from '../../feed/domain.js';
import type { Messages } from '../../i18n/index.js';
import type { Niveau } from '../../feed/schema.js';

/** One niveau: the short form on screen, the words for a screen reader. */
export const niveauMarkup = (van: string, naar: number, m: Messages) =>
  html`<span aria-hidden="true">${m.niveau(van, naar)}</span
    ><span class="visually-hidden">${m.niveauSpoken(van, naar)}</span>`;

/** A route's niveaus, comma-separated, each as `niveauMarkup`. */
export const niveausMarkup = (niveaus: readonly Niveau[], m: Messages) =>
  niveaus.map((niveau, index) => html`${index ? ', ' : ''}${niveauMarkup(niveau.van, niveau.naar, m)}`);

/** A short introduction and its terms. */
const terms = (intro: string, entries: [term: string, meaning: string][]) => html`
  <p>${intro}</p>
  <dl>
    ${entries.map(
      ([term, meaning]) =>
        html`<dt>${term}</dt>
          <dd>${meaning}</dd>`,
    )}
  </dl>
`;

export const renderGlossary = (m: Messages) => html`
  <details class="glossary">
    <summary>${m.ui.glossary}</summary>
    ${terms(
      m.glossary.vmboIntro,
      LEERWEGEN.map((code) => [code, m.glossary.leerwegen[code]!]),
    )}
    ${terms(
      m.glossary.mboIntro,
      MBO_NIVEAUS.map((level) => [`mbo ${level}`, m.glossary.mbo[level]!]),
    )}
    <p>${m.glossary.example}</p>
    ${terms(
      m.glossary.kindsIntro,
      ROUTE_KINDS.map((kind) => [kind, m.glossary.kinds[kind]]),
    )}
  </details>
`;
