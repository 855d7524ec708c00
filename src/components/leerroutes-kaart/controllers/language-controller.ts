/**
 * The element's texts for its `lang`: Dutch at hand, English loaded on first use. Before the element's first view,
 * until the asked-for texts are there, `pending` is true and the element shows nothing, rather than a first view in
 * the wrong language. Once it has shown something, a change of language keeps the view (and its map) in the old
 * language until the new texts arrive: the view is never taken down for it.
 */
import type { ReactiveControllerHost } from 'lit';
import { nl, type Messages } from '../../../i18n/nl.js';
import { loadEnglish } from '../../../loader/chunks.js';

/** The English texts, once loaded: shared by every map on the page. */
let english: Messages | undefined;

/** Anything but English falls back to Dutch. */
const wantsEnglish = (lang: string | undefined | null) => !!lang?.toLowerCase().startsWith('en');

/** The catalogue for `lang` if it is here already. */
function messagesAtHand(lang: string | undefined | null): Messages | undefined {
  return wantsEnglish(lang) ? english : nl;
}

/** The catalogue for `lang`, loaded if need be; Dutch if English cannot be loaded. */
async function loadMessages(lang: string | undefined | null): Promise<Messages> {
  if (!wantsEnglish(lang)) return nl;
  try {
    english ??= (await loadEnglish()).en;
    return english;
  } catch (error) {
    console.error(`leerroutes-kaart: the English texts could not be loaded; showing Dutch. ${String(error)}`);
    return nl;
  }
}

export class LanguageController {
  messages: Messages = nl;
  private asked: string | undefined;
  private waiting = false;
  /** Texts have been shown: from then on a language change never blanks the view. */
  private shownOnce = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  get pending(): boolean {
    return this.waiting && !this.shownOnce;
  }

  /** The element rendered with the current texts. */
  shown(): void {
    this.shownOnce = true;
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
