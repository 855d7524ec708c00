/** Picks the message catalogue for a language; anything but English falls back to Dutch. */
import { nl, type Messages } from './nl.js';
import { en } from './en.js';
import type { Niveau } from '../feed/schema.js';

export type { Messages };
export type Lang = 'nl' | 'en';

export function messagesFor(lang: string | undefined | null): Messages {
  return lang?.toLowerCase().startsWith('en') ? en : nl;
}

/** A route's niveaus as one line of text ("kb → mbo 3, bb → mbo 2"), the same in the list and the panel. */
export function niveausText(niveaus: readonly Niveau[] | undefined, messages: Messages): string {
  return (niveaus ?? []).map((niveau) => messages.niveau(niveau.van, niveau.naar)).join(', ');
}
