/** The footer: when the feed was updated, its source, how many routes could not be shown, and data credits. */
import { html, nothing } from 'lit';
import type { ParsedFeed } from '../../feed/parse-feed.js';
import type { Messages } from '../../i18n/index.js';

/** `credits`: the attribution of data the visitor's actions brought in (the place search's gazetteer). */
export function renderFooter(feed: ParsedFeed | undefined, m: Messages, credits?: string) {
  if (!feed) return nothing;
  const date = feed.bijgewerkt ? m.formatDate(feed.bijgewerkt) : undefined;
  return html`
    <div class="footer" part="footer">
      ${date ? html`<span>${m.ui.updated(date)}</span>` : nothing}
      ${feed.bron ? html`<span>${feed.bron}</span>` : nothing}
      ${feed.skipped ? html`<span class="footer-skipped">${m.ui.skipped(feed.skipped)}</span>` : nothing}
      ${credits ? html`<span class="footer-credits">${credits}</span>` : nothing}
    </div>
  `;
}
