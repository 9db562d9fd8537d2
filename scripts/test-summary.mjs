#!/usr/bin/env node
// Prints the closing line of a test run ("tests: N passed, N failed") from vitest's JSON report,
// and fails when no test ran at all: a suite that finds nothing must never look green.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.tmp/vitest-results.json';
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
  console.error(`test-summary: cannot read ${file}: ${err.message}`);
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
const failed = report.numFailedTests ?? 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed + failed === 0) {
  console.error('test-summary: no test ran; failing on purpose');
  process.exit(1);
}
process.exit(failed > 0 ? 1 : 0);
