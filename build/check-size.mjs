// Fails the tests when a bundle's gzip size grows past its budget in package.json ("sizeBudget", bytes):
// growth is a decision (raise the budget in the same commit, with the reason), not an accident.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const { sizeBudget = {} } = JSON.parse(readFileSync('package.json', 'utf8'));
let failed = false;
for (const [file, budget] of Object.entries(sizeBudget)) {
  const size = gzipSync(readFileSync(file), { level: 9 }).length;
  const verdict = size <= budget ? 'ok' : 'OVER BUDGET';
  console.log(`size: ${file} ${(size / 1024).toFixed(1)} kB gzip, budget ${(budget / 1024).toFixed(1)} kB: ${verdict}`);
  if (size > budget) failed = true;
}
process.exit(failed ? 1 : 0);
