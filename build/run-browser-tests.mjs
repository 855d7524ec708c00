/**
 * Runs @web/test-runner with a config (every browser run of npm test), and when the browser itself crashed (not a
 * test that failed: "the browser disconnected", "invalid session id"), runs the test files it interrupted once more
 * and says so plainly. A run with any real failure is not repeated: its status stands.
 */
import { spawn } from 'node:child_process';

const CRASH = /browser disconnected|invalid session id|Browser crashed|Target closed/i;

function run(config, env, files) {
  return new Promise((resolve) => {
    const args = ['wtr', '--config', config, '--static-logging'];
    const child = spawn('npx', args, { env: files ? { ...env, WTR_FILES: files } : env });
    let output = '';
    const take = (stream, sink) =>
      stream.on('data', (chunk) => {
        output += chunk;
        sink.write(chunk);
      });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    child.on('close', (status) => resolve({ status: status ?? 1, output }));
  });
}

/** Files with failures, split into those the browser's crash interrupted and those with real failures. */
export function failures(output) {
  // eslint-disable-next-line no-control-regex -- terminal colour codes are what is stripped
  const plain = output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  const crashed = new Set();
  const failed = new Set();
  let file;
  for (const line of plain.split('\n')) {
    const heading = /^(test\/\S+\.test\.(?:ts|mjs)):\s*$/.exec(line.trim());
    if (heading) file = heading[1];
    // A failed test is marked ❌ under its file's heading (other lines, such as a command's server-side error, are logs).
    else if (file && line.includes('❌')) (CRASH.test(line) ? crashed : failed).add(file);
  }
  for (const file of crashed) failed.delete(file);
  const counted = [...plain.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  // A crash can end the whole run: the files after it never ran, and the last progress line says how many did.
  const progress = [...plain.matchAll(/(\d+)\/(\d+) test files/g)].at(-1);
  const unfinished = progress ? Number(progress[1]) < Number(progress[2]) : false;
  return { crashed: [...crashed], failed: [...failed], failedCount: counted ? Number(counted[2]) : 0, unfinished };
}

export async function runBrowserTests(config, env = process.env) {
  const first = await run(config, env);
  if (first.status === 0) return 0;
  const { crashed, failed, failedCount, unfinished } = failures(first.output);
  if (!crashed.length || failed.length || !CRASH.test(first.output)) return first.status;
  // Read by .ci/run: the failures counted above were the crash's, and the files run again count instead.
  console.log(`\nRerun after a browser crash: ${failedCount} failed counted above were interruptions.`);
  if (unfinished) {
    // Which files had finished is not printed (a passing file has no heading): all of them run again.
    console.log(
      `The browser crashed during ${crashed.join(', ')} and the run stopped there; running every file again.\n`,
    );
    return (await run(config, env)).status;
  }
  const files = crashed.length === 1 ? crashed[0] : `{${crashed.join(',')}}`;
  console.log(`The browser crashed during ${crashed.join(', ')}; running those files once more.\n`);
  return (await run(config, env, files)).status;
}

// As a command: node build/run-browser-tests.mjs CONFIG (the Chromium runs of npm test).
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exit(await runBrowserTests(process.argv[2] ?? 'web-test-runner.config.mjs'));
}
