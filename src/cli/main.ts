/**
 * `leerroutes-kaart`: the publisher's command-line tool. Checks a feed, builds one from the spreadsheet export,
 * prints the JSON Schema, and compares two publications. Same schema and messages as the map.
 *
 * Exit codes of `validate` and `build`: 0 all valid, 1 some routes or rows invalid, 2 unusable input.
 */
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFeed, type Route } from '../feed/parse-feed.js';
import { describeFailure, formatProblem } from '../feed/messages.js';
import { messagesFor } from '../i18n/index.js';
import { cliMessagesFor } from '../i18n/cli.js';
import { findingText, rdConverterFor, recordsToFeed, regionFindingText } from '../publish/sheet-to-feed.js';
import { readSpreadsheet, SpreadsheetError } from '../publish/spreadsheet.js';
import { addressesWithoutPosition, DuoFileError, fillFromDuo } from '../publish/duo.js';
import { lookupAddress } from '../location/geocoder.js';
import type { LonLat } from '../feed/earth.js';
import { postcodeCentre, readDuoFiles } from '../publish/convert.js';
import { checkRegion } from '../regions/region-check.js';
import { diffFeeds } from '../publish/diff-feeds.js';
import { feedJsonSchema } from './json-schema.js';
import { describeJsonError } from '../feed/json-position.js';
import { containersInText, shapeProblem } from '../feed/json-shape.js';
import { printable } from './printable.js';
import { htmlFragment, resolveRegions } from '../publish/html-fragment.js';
import { feedText, feedTooLarge } from '../publish/feed-text.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string', default: 'nl' },
    json: { type: 'boolean', default: false },
    output: { type: 'string', short: 'o' },
    bron: { type: 'string' },
    region: { type: 'string' },
    sheet: { type: 'string' },
    duo: { type: 'string' },
    locaties: { type: 'string' },
    mbo: { type: 'string' },
    geocode: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
const messages = messagesFor(values.lang);
const m = cliMessagesFor(values.lang);
const [command, ...files] = positionals;

function read(file: string | undefined): Buffer {
  if (!file) fail(m.usage);
  try {
    return readFileSync(file!);
  } catch {
    fail(m.cannotRead(file!));
  }
}

// Everything printed passes through these: feed text may hold terminal escape sequences.
const say = (text: string) => console.log(printable(text));
const sayJson = (value: unknown) => console.log(printable(JSON.stringify(value, null, 2)));

function fail(message: string, code = 2): never {
  console.error(printable(message));
  process.exit(code);
}

function readJson(file: string | undefined): unknown {
  const text = read(file).toString('utf8');
  const crowded = containersInText(text);
  if (crowded) fail(describeFailure({ ...crowded, url: file! }, messages));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The position, not the parser's message: that quotes the text around the error, which may be a contact.
    fail(describeFailure({ kind: 'not-json', url: file!, ...describeJsonError(text) }, messages));
  }
  // Every command walks what it reads (diff compares field by field): a nesting too deep is refused here, for all.
  const shape = shapeProblem(value);
  if (shape) fail(describeFailure({ ...shape, url: file! }, messages));
  return value;
}

function sameFile(a: string, b: string): boolean {
  const real = (file: string) => {
    try {
      return realpathSync(file);
    } catch {
      return resolve(file);
    }
  };
  return real(a) === real(b);
}

function validate(): number {
  const file = files[0];
  const input = readJson(file);
  const result = parseFeed(input, file!);
  if (!result.ok) {
    const message = describeFailure(result.failure, messages);
    if (values.json) sayJson({ fatal: message });
    else console.error(printable(message));
    return 2;
  }
  const { feed } = result;
  const problems = feed.problems.map((p) => formatProblem(p, messages));
  const warnings = [...feed.warnings.map((p) => formatProblem(p, messages)), ...regionWarnings(input, feed.routes)];
  if (values.json) {
    sayJson({ valid: feed.routes.length, skipped: feed.skipped, problems, warnings });
  } else {
    for (const line of problems) say(line);
    for (const line of warnings) say(`${m.warning}: ${line}`);
    say(m.summary(feed.routes.length, feed.skipped));
  }
  return feed.skipped ? 1 : 0;
}

/** Schools that lie outside the arbeidsmarktregio their route names, as `features[12] (dlr-7): ligt in …`. */
function regionWarnings(input: unknown, routes: readonly Route[]): string[] {
  const features = (input as { features?: { id?: unknown }[] }).features ?? [];
  const indexById = new Map<string, number>();
  features.forEach((feature, index) => {
    const id = String(feature?.id ?? '');
    if (!indexById.has(id)) indexById.set(id, index);
  });
  return routes.flatMap((route) => {
    if (!route.regionKnown) return [];
    const finding = checkRegion(route.arbeidsmarktregio, ...route.coordinates);
    return finding ? [`features[${indexById.get(route.id)}] (${route.id}): ${regionFindingText(finding, m)}`] : [];
  });
}

async function build(): Promise<number> {
  const output = values.output ?? fail(m.usage);
  if (files[0] && sameFile(files[0], output)) fail(m.sameFile(output));
  let sheet;
  try {
    sheet = await readSpreadsheet(read(files[0]), m, values.sheet);
  } catch (error) {
    if (error instanceof SpreadsheetError) fail(error.message);
    throw error;
  }
  if (values.sheet && !sheet.sheets) say(`${m.warning}: ${m.sheetIgnored}`);
  const filled = values.duo ? await fromDuo(sheet.records) : undefined;
  const records = filled?.records ?? sheet.records;
  if (filled) console.error(printable(m.duoFilled(filled.filled.length)));
  const rd = await rdConverterFor(records);
  const result = recordsToFeed(records, messages, m, {
    rd,
    ...(filled ? { rowFindings: filled.findings } : {}),
    ...(values.bron ? { bron: values.bron } : {}),
    ...(sheet.undecodable ? { undecodable: sheet.undecodable } : {}),
  });
  const errors = result.findings.filter((finding) => finding.kind === 'error');
  for (const finding of errors) say(findingText(finding, m));
  for (const finding of result.findings.filter((f) => f.kind === 'warning'))
    say(`${m.warning}: ${findingText(finding, m)}`);
  // A spreadsheet in which every row failed must not replace a published feed with an empty one.
  if (result.feed.features.length === 0) fail(m.nothingBuilt(output));
  const text = feedText(result.feed);
  // A feed no map would load is not written: the publisher hears it now, in the map's words.
  const megabytes = feedTooLarge(text);
  if (megabytes) fail(m.feedTooLarge(output, megabytes));
  writeFileSync(output, text);
  console.error(
    printable(m.built(output, result.feed.features.length, result.rows - result.feed.features.length, sheet.readAs)),
  );
  return errors.length ? 1 : 0;
}

/**
 * The sheet's empty cells filled from DUO's files (--duo, --locaties, --mbo): see publish/duo.ts. With
 * `--geocode pdok`, the addresses DUO has no building for are looked up at PDOK Locatieserver, once each.
 */
async function fromDuo(records: string[][]) {
  const bytes = (file: string | undefined) => (file === undefined ? undefined : read(file));
  let duo;
  try {
    duo = readDuoFiles({ vestigingen: bytes(values.duo), locaties: bytes(values.locaties), mbo: bytes(values.mbo) }, m);
  } catch (error) {
    if (error instanceof DuoFileError || error instanceof SpreadsheetError) fail(error.message);
    throw error;
  }
  if (!duo) return undefined;
  if (values.geocode !== undefined && values.geocode !== 'pdok') fail(m.usage);
  const geocoded = new Map<string, LonLat>();
  if (values.geocode === 'pdok') {
    const base = process.env.LEERROUTES_PDOK_URL || undefined;
    for (const [key, address] of addressesWithoutPosition(records, duo)) {
      try {
        const found = await lookupAddress(address, AbortSignal.timeout(10_000), base);
        if (found) geocoded.set(key, [found.lon, found.lat]);
      } catch {
        say(`${m.warning}: ${m.geocodeFailed(address)}`);
      }
    }
  }
  return fillFromDuo(records, duo, m, { postcodeCentre, geocoded });
}

function diff(): number {
  const result = diffFeeds(readJson(files[0]), readJson(files[1]));
  if (values.json) {
    sayJson(result);
    return 0;
  }
  for (const route of result.added) say(`+ ${route.id} ${route.naam}`);
  for (const route of result.removed) say(`- ${route.id} ${route.naam}`);
  for (const route of result.changed) {
    say(`~ ${route.id} ${route.naam}`);
    for (const field of route.fields) {
      say(
        `    ${field.path}: ${field.withheld ? m.contactWithheld : `${JSON.stringify(field.before)} → ${JSON.stringify(field.after)}`}`,
      );
    }
  }
  say(m.diffSummary(result.added.length, result.removed.length, result.changed.length));
  return 0;
}

/** The routes as an HTML fragment for the element's light DOM: shown without JavaScript, hidden once it runs. */
function html(): number {
  const input = readJson(files[0]);
  const result = parseFeed(input, files[0]!);
  if (!result.ok) fail(describeFailure(result.failure, messages));
  const written = (values.region ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  const { names, unknown } = resolveRegions(written);
  if (unknown.length) fail(m.unknownRegions(unknown));
  const fragment = htmlFragment(result.feed.routes, messages, names);
  if (!values.output) {
    process.stdout.write(printable(fragment.html));
    return 0;
  }
  writeFileSync(values.output, fragment.html);
  console.error(printable(m.htmlWritten(values.output, fragment.routes, Buffer.byteLength(fragment.html))));
  return 0;
}

const commands: Record<string, () => number | Promise<number>> = {
  validate,
  build,
  diff,
  html,
  schema: () => {
    console.log(JSON.stringify(feedJsonSchema(), null, 2));
    return 0;
  },
};

if (values.help || !command || !commands[command]) {
  console.log(m.usage);
  process.exit(values.help ? 0 : 2);
}
// Not a top-level await: the bundle's lazily imported parts (the XLSX reader) are defined after this module's body.
void Promise.resolve(commands[command]!()).then((code) => process.exit(code));
