/**
 * The spreadsheet's bytes -> everything the workbench shows: its rows, the feed with its findings, the routes for
 * the list without JavaScript, each route's row. The same steps as `leerroutes-kaart build`, plus the parse the
 * map itself does. Runs in a Web Worker where the page allows one (convert-worker.ts), else in the page.
 */
import { messagesFor } from '../i18n/index.js';
import { cliMessagesFor } from '../i18n/cli.js';
import { parseFeed, type Route } from '../feed/parse-feed.js';
import { readSpreadsheet, SpreadsheetError, type SheetRecords } from './spreadsheet.js';
import { rdConverterFor, recordsToFeed, rowsById, type SheetResult } from './sheet-to-feed.js';

export interface Converted {
  ok: true;
  sheet: SheetRecords;
  result: SheetResult;
  routes: Route[];
  rowsById: ReturnType<typeof rowsById>;
}

/** The file is no spreadsheet we can read: the reason, in the CLI's words. */
export interface NotConverted {
  ok: false;
  message?: string;
}

export async function convert(bytes: Uint8Array, name: string, sheet?: string): Promise<Converted | NotConverted> {
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
  const result = recordsToFeed(records.records, messages, cliMessages, {
    rd: await rdConverterFor(records.records),
    ...(records.undecodable ? { undecodable: records.undecodable } : {}),
  });
  const parsed = parseFeed(result.feed, name);
  return {
    ok: true,
    sheet: records,
    result,
    routes: parsed.ok ? parsed.feed.routes : [],
    rowsById: rowsById(records.records),
  };
}
