/**
 * The publisher's spreadsheet as rows of text cells, whichever way it comes: a CSV as Excel exports it (`;`, `,` or
 * tab; UTF-8, UTF-16 or Windows-1252: text-decoding.ts), or the XLSX itself (its first sheet, or one by name). Empty
 * rows stay in place, so that row numbers are the ones the spreadsheet shows.
 */
import { parse } from 'csv-parse/sync';
import type { CliMessages } from '../i18n/cli.js';
import { decodeSpreadsheetText } from './text-decoding.js';
import { MAX_FEATURES } from '../feed/parse-core.js';

export interface SheetRecords {
  records: string[][];
  /** How it was read, for the summary: `Windows-1252, ";"`, `XLSX, blad "Routes"`. */
  readAs: string;
  /** An XLSX's sheets, by name, and the one read. */
  sheets?: string[];
  sheet?: string;
  /** The bytes behind each U+FFFD the decoding put in a cell, by `row:column` (see undecodableCells). */
  undecodable?: Map<string, string[]>;
}

/** The file cannot be read as a spreadsheet at all: nothing can be built from it. */
export class SpreadsheetError extends Error {}

/** XLSX files are ZIP archives: they start with `PK\x03\x04`. */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The delimiter Excel used: the one of tab, `;` and `,` found most often in the header. */
function delimiterOf(header: string): string {
  const count = (character: string) => header.split(character).length - 1;
  const [best] = ['\t', ';', ','].sort((a, b) => count(b) - count(a));
  return count(best!) ? best! : ',';
}

export function readCsv(bytes: Uint8Array, m: CliMessages): SheetRecords {
  const { text, encoding, undecodable } = decodeSpreadsheetText(bytes);
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = delimiterOf(header);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      columns: false,
      skip_empty_lines: false,
      relax_column_count: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    const { lines, message } = error as { lines?: number; message?: string };
    throw new SpreadsheetError(
      m.badCsv(
        lines,
        String(message ?? error)
          .split('\n')[0]!
          .slice(0, 200),
      ),
    );
  }
  return {
    records,
    readAs: m.readAsCsv(encoding, delimiter === '\t' ? 'tab' : delimiter),
    undecodable: undecodableCells(records, undecodable),
  };
}

/**
 * Which bytes each cell's U+FFFD stand for, by `row:column` (the row as the spreadsheet numbers it, the column from
 * 0). The decoder lists them in the text's order, which is the records' order; a U+FFFD the file itself held shifts
 * that order, and then no bytes are named at all rather than wrong ones.
 */
function undecodableCells(records: readonly (readonly string[])[], bytes: readonly string[]): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  if (!bytes.length) return cells;
  let next = 0;
  let count = 0;
  records.forEach((row, r) =>
    row.forEach((cell, c) => {
      for (let at = cell.indexOf('\ufffd'); at >= 0; at = cell.indexOf('\ufffd', at + 1)) {
        count++;
        const key = `${r + 1}:${c}`;
        cells.set(key, [...(cells.get(key) ?? []), bytes[next++] ?? '']);
      }
    }),
  );
  if (count !== bytes.length) for (const key of cells.keys()) cells.set(key, []);
  return cells;
}

type XlsxCell = string | number | boolean | Date | null | undefined;

/** A cell as the publisher typed it: numbers without float noise, dates as ISO dates, TRUE as "ja". */
function cellText(value: XlsxCell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value).trim();
}

/**
 * The XLSX's first sheet, or the one named (or numbered from 1) by `sheet`. read-excel-file is loaded only here:
 * the workbench asks for it when an XLSX is chosen.
 */
export async function readXlsx(bytes: Uint8Array, m: CliMessages, sheet?: string): Promise<SheetRecords> {
  // Loaded with the reader, only for an XLSX: a CSV needs neither.
  const { unpackXlsx } = await import('./xlsx-unpack.js');
  const unpacked = unpackXlsx(bytes);
  if (!unpacked.ok) {
    if (unpacked.reason === 'inflated-too-large') throw new SpreadsheetError(m.xlsxTooLarge(unpacked.limitMegabytes));
    if (unpacked.reason === 'too-many-cells') throw new SpreadsheetError(m.xlsxTooManyCells(unpacked.limit));
    throw new SpreadsheetError(m.badXlsx(unpacked.detail.slice(0, 200)));
  }
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const { zip } = unpacked;
  const buffer = zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer;
  let sheets: { sheet: string; data: XlsxCell[][] }[];
  try {
    sheets = (await readXlsxFile(buffer)) as unknown as { sheet: string; data: XlsxCell[][] }[];
  } catch (error) {
    throw new SpreadsheetError(m.badXlsx(String((error as Error)?.message ?? error).slice(0, 200)));
  }
  const wanted = sheet?.trim();
  const chosen = !wanted
    ? sheets[0]
    : (sheets.find((s) => s.sheet === wanted) ??
      sheets.find((s) => s.sheet.toLowerCase() === wanted.toLowerCase()) ??
      (/^\d+$/.test(wanted) ? sheets[Number(wanted) - 1] : undefined));
  if (!chosen)
    throw new SpreadsheetError(
      m.sheetNotFound(
        wanted ?? '',
        sheets.map((s) => s.sheet),
      ),
    );
  const records = chosen.data.map((row) => row.map(cellText));
  // Cells past the header that hold nothing are not cells the publisher wrote.
  const width = records[0]?.length ?? 0;
  for (const row of records) {
    while (row.length > width && row[row.length - 1] === '') row.pop();
    while (row.length < width) row.push('');
  }
  return { records, readAs: m.readAsXlsx(chosen.sheet), sheets: sheets.map((s) => s.sheet), sheet: chosen.sheet };
}

/**
 * Either kind, told apart by the bytes, not the file name. A sheet with more routes than the map accepts is
 * refused here, before a feed is built that no map would load.
 */
export async function readSpreadsheet(bytes: Uint8Array, m: CliMessages, sheet?: string): Promise<SheetRecords> {
  const read = isXlsx(bytes) ? await readXlsx(bytes, m, sheet) : readCsv(bytes, m);
  let rows = 0;
  for (let i = 1; i < read.records.length; i++) if (read.records[i]!.some((cell) => cell !== '')) rows++;
  if (rows > MAX_FEATURES) throw new SpreadsheetError(m.tooManyRows(rows, MAX_FEATURES));
  return read;
}
