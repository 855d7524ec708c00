/** The detail panel's frame, which comes with the element: shown alone while the panel's code is on its way. */
import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/index.js';

export const panelCloseButton = (messages: Messages, onClose: () => void) => html`
  <button type="button" class="panel-close" part="close-button" @click=${onClose}>
    <span aria-hidden="true">×</span><span class="visually-hidden">${messages.ui.close}</span>
  </button>
`;

/** The open panel before its content can be shown: a loading line, or why it cannot be. */
export function renderPanelFrame(messages: Messages, failed: boolean, onClose: () => void) {
  const text = failed ? messages.ui.panelFailed : messages.ui.panelLoading;
  return html`<section class="panel" part="panel" aria-label=${text} aria-busy=${failed ? 'false' : 'true'}>
    <div class="panel-head">
      <p class="panel-muted" role=${failed ? 'alert' : nothing}>${text}</p>
      ${panelCloseButton(messages, onClose)}
    </div>
  </section>`;
}
