/* eslint-disable no-control-regex -- finding control characters is the point of these patterns */
/**
 * Feed text made safe for a terminal. A route name can hold escape sequences that move the cursor, rewrite earlier
 * lines, change the window title or hide text (C0 and C1 controls, DEL), or direction overrides that reorder what
 * follows. Each such character is shown as its `\uXXXX` code instead, so the publisher sees that it is there.
 * Inside JSON output (JSON.stringify escapes only C0 controls) the same `\uXXXX` is a valid escape.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const code = (character: string) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, code);
}
