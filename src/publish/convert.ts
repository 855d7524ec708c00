/**
 * The spreadsheet's bytes -> everything the workbench shows: its rows, the feed with its findings, the routes for
 * the list without JavaScript, each route's row. The same steps as `leerroutes-kaart build`, plus the parse the
 * map itself does. Runs in a Web Worker where the page allows one (convert-worker.ts), else in the page.
 */
import { messagesFor } from '../i18n/index.js';
import { cliMessagesFor } from '../i18n/cli.js';
import { parseFeed, type Route } from '../feed/parse-feed.js';
import { readCsv, readSpreadsheet, SpreadsheetError, type SheetRecords } from './spreadsheet.js';
import { addressesWithoutPosition, DuoFileError, fillFromDuo, readDuo, type DuoData, type FilledCell } from './duo.js';
import { searchSpots } from '../location/gazetteer.js';
import type { LonLat } from '../feed/earth.js';
import type { CliMessages } from '../i18n/cli.js';
import { rdConverterFor, recordsToFeed, rowsById, type SheetResult } from './sheet-to-feed.js';

export interface Converted {
  ok: true;
  sheet: SheetRecords;
  result: SheetResult;
  routes: Route[];
  rowsById: ReturnType<typeof rowsById>;
  /** The cells DUO's files filled in, with their source (none without DUO's files). */
  filled: FilledCell[];
}

/** DUO's files as chosen (their bytes): with `vestigingen`, the sheet's empty cells are filled from them (duo.ts). */
export interface DuoFiles {
  vestigingen?: Uint8Array;
  locaties?: Uint8Array;
  mbo?: Uint8Array;
}

/** The file is no spreadsheet we can read: the reason, in the CLI's words. */
export interface NotConverted {
  ok: false;
  message?: string;
}

export async function convert(
  bytes: Uint8Array,
  name: string,
  sheet?: string,
  duoFiles: DuoFiles = {},
  /** Where an address DUO has no building for stands (PDOK, opt-in); undefined: not known. */
  lookup?: (address: string) => Promise<LonLat | undefined>,
): Promise<Converted | NotConverted> {
  const messages = messagesFor('nl');
  const cliMessages = cliMessagesFor('nl');
  let records: SheetRecords;
  try {
    records = await readSpreadsheet(bytes, cliMessages, sheet);
  } catch (error) {
    if (error instanceof SpreadsheetError) return { ok: false, message: error.message };
    console.error(error);
    return { ok: false };
  }
  let duo: DuoData | undefined;
  try {
    duo = readDuoFiles(duoFiles, cliMessages);
  } catch (error) {
    if (error instanceof DuoFileError || error instanceof SpreadsheetError)
      return { ok: false, message: error.message };
    throw error;
  }
  const geocoded = new Map<string, LonLat>();
  if (duo && lookup) {
    for (const [key, address] of addressesWithoutPosition(records.records, duo)) {
      const found = await lookup(address);
      if (found) geocoded.set(key, found);
    }
  }
  const filled = duo ? fillFromDuo(records.records, duo, cliMessages, { postcodeCentre, geocoded }) : undefined;
  const sheetRecords = filled?.records ?? records.records;
  const result = recordsToFeed(sheetRecords, messages, cliMessages, {
    rd: await rdConverterFor(sheetRecords),
    ...(records.undecodable ? { undecodable: records.undecodable } : {}),
    ...(filled ? { rowFindings: filled.findings } : {}),
  });
  const parsed = parseFeed(result.feed, name);
  return {
    ok: true,
    sheet: records,
    result,
    routes: parsed.ok ? parsed.feed.routes : [],
    rowsById: rowsById(sheetRecords),
    filled: filled?.filled ?? [],
  };
}

/** DUO's files read, or none without the vestigingen (the others only add to it). */
export function readDuoFiles(files: DuoFiles, m: CliMessages): DuoData | undefined {
  if (!files.vestigingen) return undefined;
  const table = (bytes: Uint8Array | undefined) => (bytes ? readCsv(bytes, m).records : undefined);
  return readDuo({ vestigingen: table(files.vestigingen)!, locaties: table(files.locaties), mbo: table(files.mbo) }, m);
}

/** The centre of a 4-digit postcode, from the built-in gazetteer: where a school stands when nothing better is known. */
export function postcodeCentre(pc4: string): LonLat | undefined {
  const spot = searchSpots(pc4, 1).find((found) => found.kind === 'postcode' && found.postcode === pc4);
  return spot && [spot.lon, spot.lat];
}
