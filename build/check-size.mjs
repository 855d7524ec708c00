// Fails the tests when a bundle's gzip size grows past its budget in package.json ("sizeBudget", bytes):
// growth is a decision (raise the budget in the same commit, with the reason), not an accident.
// A budget is for one file, or for a set of files (a scenario: what one kind of page downloads), whose names may
// hold a `*` for the chunks' content hashes.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const { sizeBudget = {} } = JSON.parse(readFileSync('package.json', 'utf8'));

/** The files a pattern names: exactly one each, or the budget would silently cover nothing (or too much). */
function filesOf(pattern) {
  if (!pattern.includes('*')) return [pattern];
  const [before, after] = basename(pattern).split('*');
  const found = readdirSync(dirname(pattern)).filter(
    (name) => name.startsWith(before) && name.endsWith(after) && !name.endsWith('.map'),
  );
  if (found.length !== 1) throw new Error(`${pattern}: expected one file, found ${found.length} (${found.join(', ')})`);
  return [join(dirname(pattern), found[0])];
}

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

let failed = false;
for (const [name, rule] of Object.entries(sizeBudget)) {
  const { files, budget } = typeof rule === 'number' ? { files: [name], budget: rule } : rule;
  const paths = files.flatMap(filesOf);
  const size = paths.reduce((sum, file) => sum + gzipSize(file), 0);
  const verdict = size <= budget ? 'ok' : 'OVER BUDGET';
  const detail =
    paths.length > 1 ? ` (${paths.map((file) => `${basename(file)} ${kB(gzipSize(file))}`).join(' + ')})` : '';
  console.log(`size: ${name} ${kB(size)} gzip, budget ${kB(budget)}: ${verdict}${detail}`);
  if (size > budget) failed = true;
}
process.exit(failed ? 1 : 0);
