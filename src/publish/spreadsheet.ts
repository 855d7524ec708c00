/**
 * The publisher's spreadsheet as rows of text cells, whichever way it comes: a CSV as Excel exports it (`;` or
 * `,`, UTF-8 with or without BOM, or Windows-1252), or the XLSX itself (its first sheet, or one by name). Empty
 * rows stay in place, so that row numbers are the ones the spreadsheet shows.
 */
import { parse } from 'csv-parse/sync';
import type { CliMessages } from '../i18n/cli.js';

export interface SheetRecords {
  records: string[][];
  /** How it was read, for the summary: `Windows-1252, ";"`, `XLSX, blad "Routes"`. */
  readAs: string;
  /** An XLSX's sheets, by name, and the one read. */
  sheets?: string[];
  sheet?: string;
}

/** The file cannot be read as a spreadsheet at all: nothing can be built from it. */
export class SpreadsheetError extends Error {}

/** XLSX files are ZIP archives: they start with `PK\x03\x04`. */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** UTF-8 (BOM stripped) when the bytes are valid UTF-8, else Windows-1252, as older Excel writes. */
function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

export function readCsv(bytes: Uint8Array, m: CliMessages): SheetRecords {
  const { text, encoding } = decodeText(bytes);
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    const records = parse(text, {
      delimiter,
      columns: false,
      skip_empty_lines: false,
      relax_column_count: true,
      trim: true,
    }) as string[][];
    return { records, readAs: m.readAsCsv(encoding, delimiter) };
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
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
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

/** Either kind, told apart by the bytes, not the file name. */
export function readSpreadsheet(bytes: Uint8Array, m: CliMessages, sheet?: string): Promise<SheetRecords> {
  return isXlsx(bytes) ? readXlsx(bytes, m, sheet) : Promise.resolve(readCsv(bytes, m));
}
