/** The detail panel's frame, which comes with the element: shown alone while the panel's code is on its way. */
import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/index.js';
import type { MapStore } from '../../model/store.js';

export const panelCloseButton = (messages: Messages, onClose: () => void) => html`
  <button type="button" class="panel-close" part="close-button" @click=${onClose}>
    <span aria-hidden="true">×</span><span class="visually-hidden">${messages.ui.close}</span>
  </button>
`;

/**
 * The open panel: its content once the panel's code is in (`content`, from chunks/detail-panel.ts), else its frame
 * with a loading line, or why it cannot come.
 */
export function renderOpenPanel<View extends { store: MapStore; messages: Messages; onClose: () => void }>(
  content: ((view: View) => unknown) | undefined,
  failed: boolean,
  view: View,
) {
  if (content) return content(view);
  return view.store.panel && view.store.feed ? renderPanelFrame(view.messages, failed, view.onClose) : nothing;
}

function renderPanelFrame(messages: Messages, failed: boolean, onClose: () => void) {
  const text = failed ? messages.ui.panelFailed : messages.ui.panelLoading;
  return html`<section class="panel" part="panel" aria-label=${text} aria-busy=${failed ? 'false' : 'true'}>
    <div class="panel-head">
      <p class="panel-muted" role=${failed ? 'alert' : nothing}>${text}</p>
      ${panelCloseButton(messages, onClose)}
    </div>
  </section>`;
}
