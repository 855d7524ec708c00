// build/run-browser-tests.mjs: a browser crash is told from a failed test, and a crash that ended the whole run
// (files after it never ran) is told from one that interrupted a single file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { failures } from '../../build/run-browser-tests.mjs';

const crashIn = (file) =>
  `${file}:\n\n ❌ Tests were interrupted because the browser disconnected. \n\n ❌ invalid session id: unknown error \n`;

test('a crash that stopped the run early asks for every file again', () => {
  const output = `MiniBrowser: |███| 11/59 test files | 109 passed, 0 failed\n${crashIn('test/components/filters.test.ts')}MiniBrowser: |███| 13/59 test files | 118 passed, 0 failed\n`;
  const found = failures(output);
  assert.deepEqual(found.crashed, ['test/components/filters.test.ts']);
  assert.deepEqual(found.failed, []);
  assert.equal(found.unfinished, true);
});

test('a crash in a run that reached its last file asks for the crashed file only', () => {
  const output = `${crashIn('test/map/map.test.ts')}Chrome: |███| 59/59 test files | 2000 passed, 2 failed\n`;
  const found = failures(output);
  assert.deepEqual(found.crashed, ['test/map/map.test.ts']);
  assert.equal(found.failedCount, 2);
  assert.equal(found.unfinished, false);
});

test('a real failure is a failure, crash or not', () => {
  const output = `test/feed/x.test.ts:\n\n ❌ parses > a feed\n      AssertionError: expected 1 to equal 2\nChrome: |███| 59/59 test files | 10 passed, 1 failed\n`;
  const found = failures(output);
  assert.deepEqual(found.failed, ['test/feed/x.test.ts']);
  assert.deepEqual(found.crashed, []);
});
