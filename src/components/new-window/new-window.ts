/**
 * The cue on a link that opens a new window: an arrow for the eye, the words for a screen reader (WCAG 3.2.5
 * advisory, and no surprise for anyone).
 */
import { html } from 'lit';
import type { Messages } from '../../i18n/index.js';

export function newWindowCue(messages: Messages) {
  return html`<span class="new-window" aria-hidden="true"> ↗</span
    ><span class="visually-hidden"> ${messages.ui.newWindow}</span>`;
}
