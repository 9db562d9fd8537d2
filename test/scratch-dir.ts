import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

// Registered when a test file imports this module, which happens while Vitest collects the file, so
// the hook belongs to that file's root suite. (A hook registered from inside a running test is not run.)
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A new empty directory under the system's temporary directory, removed when the test file ends, so
 * that running the suite again and again does not fill /tmp (it had left thousands behind).
 */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
