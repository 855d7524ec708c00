/**
 * An XLSX (a ZIP of XML files) unpacked under limits, before any XML is read: a file that inflates to gigabytes,
 * or holds more cells than the map could ever show, is refused with the reason, not read until memory runs out.
 * What passes is packed again without compression, which read-excel-file then unpacks in the same task; so it
 * never reaches for a Web Worker, which Node does not have ("Worker is not defined" for sheets of 512 KiB or more).
 */
import { Unzip, UnzipInflate, zipSync, type UnzipFile } from 'fflate';

export const XLSX_LIMITS = {
  /** All the XML inside together, inflated. A 10,000-row sheet of 26 columns is about 15 MB. */
  inflatedBytes: 64 * 1024 * 1024,
  /** Cells over all sheets: the map's routes times a generous number of columns. */
  cells: 1_000_000,
} as const;

export type Unpacked =
  | { ok: true; zip: Uint8Array }
  | { ok: false; reason: 'inflated-too-large'; limitMegabytes: number }
  | { ok: false; reason: 'too-many-cells'; limit: number }
  | { ok: false; reason: 'broken'; detail: string };

/** Input is fed in slices this large, so that no one step can inflate more than about 16 MB. */
const SLICE = 16 * 1024;

/** How often `<c ` or `<c>` (a cell) occurs in a worksheet's bytes; `from` carries a split tag between chunks. */
function countCells(chunk: Uint8Array, carry: number): { cells: number; carry: number } {
  let cells = 0;
  let previous = carry;
  for (let i = 0; i < chunk.length; i++) {
    const byte = chunk[i]!;
    // previous: 0 nothing, 1 after '<', 2 after '<c'
    if (previous === 2 && (byte === 0x20 || byte === 0x3e || byte === 0x2f)) cells++;
    previous = byte === 0x3c ? 1 : previous === 1 && byte === 0x63 ? 2 : 0;
  }
  return { cells, carry: previous };
}

export function unpackXlsx(bytes: Uint8Array): Unpacked {
  const files: Record<string, Uint8Array> = {};
  let inflated = 0;
  let cells = 0;
  let refused: Unpacked | undefined;
  const unzip = new Unzip((file: UnzipFile) => {
    if (!/\.xml(\.rels)?$|\.rels$/.test(file.name) || refused) return;
    const parts: Uint8Array[] = [];
    const worksheet = /^xl\/worksheets\/[^/]+\.xml$/.test(file.name);
    let carry = 0;
    file.ondata = (error, data, final) => {
      if (refused) return;
      if (error) {
        refused = { ok: false, reason: 'broken', detail: error.message };
        return;
      }
      inflated += data.length;
      if (inflated > XLSX_LIMITS.inflatedBytes) {
        refused = { ok: false, reason: 'inflated-too-large', limitMegabytes: XLSX_LIMITS.inflatedBytes / 2 ** 20 };
        file.terminate();
        return;
      }
      if (worksheet) {
        const counted = countCells(data, carry);
        cells += counted.cells;
        carry = counted.carry;
        if (cells > XLSX_LIMITS.cells) {
          refused = { ok: false, reason: 'too-many-cells', limit: XLSX_LIMITS.cells };
          file.terminate();
          return;
        }
      }
      parts.push(data);
      if (final) files[file.name] = joined(parts);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !refused; at += SLICE) {
      const end = Math.min(bytes.length, at + SLICE);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (error) {
    return { ok: false, reason: 'broken', detail: String((error as Error)?.message ?? error) };
  }
  if (refused) return refused;
  return { ok: true, zip: zipSync(files, { level: 0 }) };
}

function joined(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
