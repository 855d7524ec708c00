/** Picks the message catalogue for a language; anything but English falls back to Dutch. */
import { nl, type Messages } from './nl.js';
import { en } from './en.js';

export type { Messages };
export type Lang = 'nl' | 'en';

export function messagesFor(lang: string | undefined | null): Messages {
  return lang?.toLowerCase().startsWith('en') ? en : nl;
}
