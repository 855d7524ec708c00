/**
 * `leerroutes-kaart`: the publisher's command-line tool. Checks a feed, builds one from the spreadsheet export,
 * prints the JSON Schema, and compares two publications. Same schema and messages as the map.
 *
 * Exit codes of `validate` and `build`: 0 all valid, 1 some routes or rows invalid, 2 unusable input.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseFeed } from '../feed/parse-feed.js';
import { describeFailure, formatProblem } from '../feed/messages.js';
import { messagesFor } from '../i18n/index.js';
import { cliMessagesFor } from '../i18n/cli.js';
import { csvToFeed } from './csv-to-feed.js';
import { diffFeeds } from './diff-feeds.js';
import { feedJsonSchema } from './json-schema.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string', default: 'nl' },
    json: { type: 'boolean', default: false },
    output: { type: 'string', short: 'o' },
    bron: { type: 'string' },
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

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

function readJson(file: string | undefined): unknown {
  const text = read(file).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(describeFailure({ kind: 'not-json', url: file!, detail: (error as Error).message }, messages));
  }
}

function validate(): number {
  const file = files[0];
  const result = parseFeed(readJson(file), file!);
  if (!result.ok) {
    const message = describeFailure(result.failure, messages);
    if (values.json) console.log(JSON.stringify({ fatal: message }, null, 2));
    else console.error(message);
    return 2;
  }
  const { feed } = result;
  const problems = feed.problems.map((p) => formatProblem(p, messages));
  const warnings = feed.warnings.map((p) => formatProblem(p, messages));
  if (values.json) {
    console.log(JSON.stringify({ valid: feed.routes.length, skipped: feed.skipped, problems, warnings }, null, 2));
  } else {
    for (const line of problems) console.log(line);
    for (const line of warnings) console.log(`${m.warning}: ${line}`);
    console.log(m.summary(feed.routes.length, feed.skipped));
  }
  return feed.skipped ? 1 : 0;
}

function build(): number {
  const output = values.output ?? fail(m.usage);
  const result = csvToFeed(read(files[0]), messages, m, values.bron ? { bron: values.bron } : {});
  writeFileSync(output, `${JSON.stringify(result.feed, null, 2)}\n`);
  for (const line of result.problems) console.log(line);
  console.error(m.built(output, result.feed.features.length, result.rows - result.feed.features.length, result.encoding, result.delimiter));
  return result.problems.length ? 1 : 0;
}

function diff(): number {
  const result = diffFeeds(readJson(files[0]), readJson(files[1]));
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
    return 0;
  }
  for (const route of result.added) console.log(`+ ${route.id} ${route.naam}`);
  for (const route of result.removed) console.log(`- ${route.id} ${route.naam}`);
  for (const route of result.changed) {
    console.log(`~ ${route.id} ${route.naam}`);
    for (const field of route.fields) console.log(`    ${field.path}: ${JSON.stringify(field.before)} → ${JSON.stringify(field.after)}`);
  }
  console.log(m.diffSummary(result.added.length, result.removed.length, result.changed.length));
  return 0;
}

const commands: Record<string, () => number> = {
  validate,
  build,
  diff,
  schema: () => {
    console.log(JSON.stringify(feedJsonSchema(), null, 2));
    return 0;
  },
};

if (values.help || !command || !commands[command]) {
  console.log(m.usage);
  process.exit(values.help ? 0 : 2);
}
process.exit(commands[command]!());

