/**
 * A CSV's bytes as text, in whichever encoding Excel wrote it: UTF-8 (with or without BOM), UTF-16 (Excel's
 * "Unicode text", told by its BOM or by its zero bytes) or Windows-1252 (older Excel). The same in Node and in the
 * browser: Windows-1252 is decoded from its own table, because Node built without full ICU reads "windows-1252" as
 * Latin-1 and turns ’ “ ” – € into control characters.
 *
 * A byte that is no text in the file's encoding becomes U+FFFD and is listed, so that the caller can name its row
 * and column; a stray byte never makes the rest of the file be read in another encoding.
 */

export interface DecodedText {
  text: string;
  /** For the summary: `UTF-8`, `UTF-8 (BOM)`, `UTF-16 LE (BOM)`, `Windows-1252`. */
  encoding: string;
  /** Each U+FFFD this decoding put in the text, in order: the bytes it stands for, as `0x92` or `0xD800`. */
  undecodable: string[];
}

const hex = (value: number, digits: number) => `0x${value.toString(16).toUpperCase().padStart(digits, '0')}`;

/** Windows-1252's 0x80–0x9F; the five bytes it leaves undefined are 0. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): DecodedText {
  const undecodable: string[] = [];
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const units = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      let unit = byte;
      if (byte >= 0x80 && byte <= 0x9f) {
        unit = CP1252_HIGH[byte - 0x80]!;
        if (!unit) {
          unit = 0xfffd;
          undecodable.push(hex(byte, 2));
        }
      }
      units[i - start] = unit;
    }
    parts.push(String.fromCharCode(...units));
  }
  return { text: parts.join(''), encoding: 'Windows-1252', undecodable };
}

/** Where the bytes are not UTF-8, one offset per byte that starts no valid sequence; and how many sequences were. */
function scanUtf8(bytes: Uint8Array, from: number): { invalid: number[]; multibyte: number } {
  const invalid: number[] = [];
  let multibyte = 0;
  const continuation = (at: number, low = 0x80, high = 0xbf) =>
    at < bytes.length && bytes[at]! >= low && bytes[at]! <= high;
  let i = from;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    let length = 0;
    if (byte >= 0xc2 && byte <= 0xdf) length = continuation(i + 1) ? 2 : 0;
    else if (byte >= 0xe0 && byte <= 0xef) {
      const low = byte === 0xe0 ? 0xa0 : 0x80;
      const high = byte === 0xed ? 0x9f : 0xbf;
      length = continuation(i + 1, low, high) && continuation(i + 2) ? 3 : 0;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      const low = byte === 0xf0 ? 0x90 : 0x80;
      const high = byte === 0xf4 ? 0x8f : 0xbf;
      length = continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
    }
    if (length) {
      multibyte++;
      i += length;
    } else {
      invalid.push(i);
      i++;
    }
  }
  return { invalid, multibyte };
}

/** UTF-8 with each invalid byte as one U+FFFD (the decoder's own replacement may swallow several). */
function decodeUtf8(bytes: Uint8Array, from: number, invalid: readonly number[], encoding: string): DecodedText {
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let start = from;
  for (const at of invalid) {
    parts.push(decoder.decode(bytes.subarray(start, at)), '\ufffd');
    start = at + 1;
  }
  parts.push(decoder.decode(bytes.subarray(start)));
  return { text: parts.join(''), encoding, undecodable: invalid.map((at) => hex(bytes[at]!, 2)) };
}

function decodeUtf16(bytes: Uint8Array, from: number, bigEndian: boolean, encoding: string): DecodedText {
  const length = (bytes.length - from) & ~1;
  const units = new Uint16Array(length / 2);
  for (let i = 0; i < units.length; i++) {
    const a = bytes[from + 2 * i]!;
    const b = bytes[from + 2 * i + 1]!;
    units[i] = bigEndian ? (a << 8) | b : (b << 8) | a;
  }
  const undecodable: string[] = [];
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < units.length; start += CHUNK) {
    // Joined before the surrogate check below, so a pair split between chunks is whole again.
    parts.push(String.fromCharCode(...units.subarray(start, start + CHUNK)));
  }
  // Lone surrogates are not text: each one is named and replaced.
  const text = parts
    .join('')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (unit) => {
      undecodable.push(hex(unit.charCodeAt(0), 4));
      return '\ufffd';
    });
  if ((bytes.length - from) % 2) {
    undecodable.push(hex(bytes[bytes.length - 1]!, 2));
    return { text: `${text}\ufffd`, encoding, undecodable };
  }
  return { text, encoding, undecodable };
}

/** UTF-16 without a BOM: most characters of a Dutch sheet are ASCII, so every other byte is zero. */
function zeroBytesSide(bytes: Uint8Array): 'le' | 'be' | undefined {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = sample / 2;
  if (odd > half * 0.4 && even < half * 0.05) return 'le';
  if (even > half * 0.4 && odd < half * 0.05) return 'be';
  return undefined;
}

export function decodeSpreadsheetText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 2, false, 'UTF-16 LE (BOM)');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 2, true, 'UTF-16 BE (BOM)');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (!bom) {
    const side = zeroBytesSide(bytes);
    if (side) return decodeUtf16(bytes, 0, side === 'be', side === 'be' ? 'UTF-16 BE' : 'UTF-16 LE');
  }
  const from = bom ? 3 : 0;
  const { invalid, multibyte } = scanUtf8(bytes, from);
  const encoding = bom ? 'UTF-8 (BOM)' : 'UTF-8';
  // A file with a BOM, or with more valid UTF-8 sequences than stray bytes, is UTF-8 with a few bad bytes: those
  // are named; the rest is not re-read in another encoding (which would garble every accent).
  if (bom || invalid.length === 0 || multibyte >= invalid.length) return decodeUtf8(bytes, from, invalid, encoding);
  return decodeWindows1252(bytes);
}
