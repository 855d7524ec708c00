/**
 * Where a text stops being JSON, as a line and column. A browser's own JSON.parse message quotes the text around
 * the error, which may be a contact's name without consent; the position alone tells the publisher where to look,
 * and reads the same in every browser and the CLI.
 *
 * Only called after JSON.parse failed. One pass, no recursion: a 100,000-deep nesting costs a stack of numbers.
 */

export type JsonSyntaxError =
  { reason: 'empty' } | { reason: 'syntax'; line: number; column: number } | { reason: 'unreadable' };

export function describeJsonError(text: string): JsonSyntaxError {
  if (text.trim() === '') return { reason: 'empty' };
  const offset = firstJsonErrorOffset(text);
  // The text is JSON, yet the parser refused it (too deep for this browser, out of memory).
  if (offset < 0) return { reason: 'unreadable' };
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { reason: 'syntax', line, column: offset - lineStart + 1 };
}

const ARRAY = 0;
const OBJECT = 1;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPABLE = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;

/** The offset of the first character that makes `text` not JSON (RFC 8259), or -1 when it is JSON. */
export function firstJsonErrorOffset(text: string): number {
  const length = text.length;
  const open: number[] = [];
  let i = 0;

  const skipSpace = () => {
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
    }
  };
  const readString = (): boolean => {
    if (text[i] !== '"') return false;
    for (i++; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 92) {
        const next = text[i + 1] ?? '';
        if (next === 'u') {
          if (!HEX.test(text.slice(i + 2, i + 6))) return false;
          i += 5;
        } else if (ESCAPABLE.has(next)) {
          i++;
        } else {
          return false;
        }
      }
    }
    return false;
  };
  const readScalar = (): boolean => {
    const c = text[i];
    if (c === '"') return readString();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) return false;
    i = NUMBER.lastIndex;
    return true;
  };
  /** After `{` or `,` in an object: `"key" :`. */
  const readKey = (): boolean => {
    skipSpace();
    if (!readString()) return false;
    skipSpace();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };

  for (;;) {
    // A value is expected here.
    skipSpace();
    const c = text[i];
    if (c === '[' || c === '{') {
      i++;
      skipSpace();
      if (text[i] === (c === '[' ? ']' : '}')) {
        i++;
      } else {
        open.push(c === '[' ? ARRAY : OBJECT);
        if (c === '{' && !readKey()) return i;
        continue;
      }
    } else if (!readScalar()) {
      return i;
    }
    // A value has ended: close what it ends, then expect a comma or the end of the text.
    for (;;) {
      skipSpace();
      if (open.length === 0) return i < length ? i : -1;
      const inside = open[open.length - 1];
      const next = text[i];
      if (next === ',') {
        i++;
        if (inside === OBJECT && !readKey()) return i;
        break;
      }
      if (next !== (inside === ARRAY ? ']' : '}')) return i;
      i++;
      open.pop();
    }
  }
}
