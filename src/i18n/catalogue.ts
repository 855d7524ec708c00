/**
 * The element's texts: Dutch at hand, English loaded when an element asks for it (most embeds are Dutch).
 * The command-line tool uses index.ts, which has both at once.
 */
import { nl, type Messages } from './nl.js';
import { loadEnglish } from '../loader/chunks.js';

let english: Messages | undefined;

/** Anything but English falls back to Dutch. */
export function wantsEnglish(lang: string | undefined | null): boolean {
  return !!lang?.toLowerCase().startsWith('en');
}

/** The catalogue for `lang` if it is here already. */
export function messagesAtHand(lang: string | undefined | null): Messages | undefined {
  return wantsEnglish(lang) ? english : nl;
}

/** The catalogue for `lang`, loaded if need be; Dutch if English cannot be loaded. */
export async function loadMessages(lang: string | undefined | null): Promise<Messages> {
  if (!wantsEnglish(lang)) return nl;
  try {
    english ??= (await loadEnglish()).en;
    return english;
  } catch (error) {
    console.error(`leerroutes-kaart: the English texts could not be loaded; showing Dutch. ${String(error)}`);
    return nl;
  }
}
