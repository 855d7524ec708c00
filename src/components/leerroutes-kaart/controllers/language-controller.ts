/**
 * The element's texts for its `lang`: Dutch at hand, English loaded on first use. Until the asked-for texts are
 * there, `pending` is true and the element shows nothing, rather than a first view in the wrong language.
 */
import type { ReactiveControllerHost } from 'lit';
import { loadMessages, messagesAtHand } from '../../../i18n/catalogue.js';
import type { Messages } from '../../../i18n/index.js';

export class LanguageController {
  messages: Messages = messagesAtHand('nl')!;
  private asked: string | undefined;
  private waiting = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  get pending(): boolean {
    return this.waiting;
  }

  /** The `lang` attribute changed. */
  read(language: string | undefined): void {
    this.asked = language;
    const atHand = messagesAtHand(language);
    this.waiting = !atHand;
    if (atHand) {
      this.messages = atHand;
      return;
    }
    void loadMessages(language).then((messages) => {
      if (this.asked !== language) return;
      this.messages = messages;
      this.waiting = false;
      this.host.requestUpdate();
    });
  }
}
