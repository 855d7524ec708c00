/**
 * "Klopt er iets niet?" as a form, when the site collects corrections at a `correction-endpoint`: a native form
 * (labels, one error per field tied to it by aria-describedby, focus on the first problem), a privacy line naming
 * where it goes, and after sending a status or an alert with the e-mail fallback carrying the same correction.
 */
import { html, nothing } from 'lit';
import { newWindowCue } from '../new-window/new-window.js';
import type { Route } from '../../feed/parse-feed.js';
import type { Messages } from '../../i18n/index.js';
import {
  CORRECTION_FIELDS,
  currentText,
  type CorrectionDraft,
  type CorrectionField,
  type DraftErrors,
} from '../../model/correction.js';

/** The form's state and actions (the element's correction controller is one). */
export interface CorrectionFormState {
  readonly status: 'editing' | 'sending' | 'sent' | 'failed';
  readonly draft: CorrectionDraft;
  readonly errors: DraftErrors;
  /** Why the last POST failed, in the visitor's words. */
  readonly failure: string;
  edit<K extends keyof CorrectionDraft>(key: K, value: CorrectionDraft[K]): void;
  submit(route: Route): unknown;
  close(): void;
}
import { correctionTexts } from '../../i18n/correction.js';

export interface CorrectionFormView {
  route: Route;
  messages: Messages;
  controller: CorrectionFormState;
  /** Where the corrections go, as the privacy line names it (`www.school.nl`). */
  endpointHost: string;
  /** The e-mail fallback, carrying what the visitor filled in. */
  mailHref: string;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || nothing;

/** The open form (the button opening it is the panel's own, rendered before this module arrives). */
export function renderCorrectionForm({ route, messages, controller, endpointHost, mailHref }: CorrectionFormView) {
  const c = correctionTexts(messages.lang);
  if (controller.status === 'sent') {
    return html`<p class="panel-correction correction-done" role="status" tabindex="-1">${c.sent(route.naam)}</p>`;
  }
  const { draft, errors } = controller;
  const current = draft.field === 'anders' ? undefined : currentText(route, draft.field, messages);
  const sending = controller.status === 'sending';
  const errorLine = (key: keyof typeof errors) =>
    errors[key] ? html`<p id=${`correction-${key}-error`} class="correction-error">${errors[key]}</p>` : nothing;
  const onInput = (key: 'proposed' | 'naam' | 'email') => (event: Event) =>
    controller.edit(key, (event.target as HTMLInputElement).value);
  return html`
    <form
      class="panel-correction correction"
      novalidate
      aria-labelledby="correction-title"
      @submit=${(event: Event) => {
        event.preventDefault();
        void controller.submit(route);
      }}
    >
      <h3 id="correction-title">${c.title}</h3>
      <p class="correction-intro">${c.intro(route.naam)}</p>
      <label for="correction-field">${c.field}</label>
      <select
        id="correction-field"
        aria-describedby=${describedBy(current !== undefined && 'correction-current')}
        @change=${(event: Event) =>
          controller.edit('field', (event.target as HTMLSelectElement).value as CorrectionField)}
      >
        ${CORRECTION_FIELDS.map(
          (key) => html`<option value=${key} ?selected=${key === draft.field}>${c.fields[key]}</option>`,
        )}
      </select>
      ${
        current === undefined
          ? nothing
          : html`<p id="correction-current" class="correction-current">
              <span class="correction-current-label">${c.current}</span> ${current || c.empty}
            </p>`
      }
      <label for="correction-proposed">${c.proposed}</label>
      <p id="correction-proposed-hint" class="correction-hint">${c.proposedHint}</p>
      <textarea
        id="correction-proposed"
        rows="4"
        aria-invalid=${errors.proposed ? 'true' : 'false'}
        aria-describedby=${describedBy('correction-proposed-hint', errors.proposed && 'correction-proposed-error')}
        .value=${draft.proposed}
        @input=${onInput('proposed')}
      ></textarea>
      ${errorLine('proposed')}
      <label for="correction-naam">${c.naam}</label>
      <input
        id="correction-naam"
        autocomplete="name"
        aria-invalid=${errors.naam ? 'true' : 'false'}
        aria-describedby=${describedBy(errors.naam && 'correction-naam-error')}
        .value=${draft.naam}
        @input=${onInput('naam')}
      />
      ${errorLine('naam')}
      <label for="correction-email">${c.email}</label>
      <input
        id="correction-email"
        type="email"
        autocomplete="email"
        spellcheck="false"
        aria-invalid=${errors.email ? 'true' : 'false'}
        aria-describedby=${describedBy(errors.email && 'correction-email-error')}
        .value=${draft.email}
        @input=${onInput('email')}
      />
      ${errorLine('email')}
      <p class="correction-privacy">${c.privacy(endpointHost)}</p>
      ${
        controller.status === 'failed'
          ? html`<p class="correction-failed" role="alert">
              ${c.failed(controller.failure)}
              <a href=${mailHref} target="_blank" rel="noopener noreferrer">${c.byMail}${newWindowCue(messages)}</a>
            </p>`
          : nothing
      }
      <div class="correction-actions">
        <button type="submit" class="correction-send" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? c.sending : c.send}
        </button>
        <button type="button" class="correction-cancel" @click=${() => controller.close()}>${c.cancel}</button>
      </div>
    </form>
  `;
}
