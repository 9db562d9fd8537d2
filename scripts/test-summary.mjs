#!/usr/bin/env node
// Runs the Vitest suite, then prints the closing line of the run ("tests: N passed, N failed") from
// its JSON report, whatever the outcome, and fails when no test ran at all: a suite that finds
// nothing must never look green. Extra arguments go to vitest (e.g. a folder to run).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const report = '.tmp/vitest-results.json';
mkdirSync('.tmp', { recursive: true });
rmSync(report, { force: true });
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
let results;
try {
  results = JSON.parse(readFileSync(report, 'utf8'));
} catch (err) {
  console.error(`test-summary: no report from vitest (${err.message}); exit ${run.status}`);
  process.exit(run.status || 1);
}
const passed = results.numPassedTests ?? 0;
const failed = results.numFailedTests ?? 0;
const skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed + failed === 0) {
  console.error('test-summary: no test ran; failing on purpose');
  process.exit(1);
}
process.exit(failed > 0 || run.status !== 0 ? 1 : 0);
