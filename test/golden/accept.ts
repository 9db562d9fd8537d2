/**
 * `npm run golden:accept`: runs every golden article and writes its output as the new expected file.
 * Run it after reading the diff (`git diff test/golden/expected`) shows only intended changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { EXPECTED, goldenArticles, runGolden } from './golden.js';

mkdirSync(EXPECTED, { recursive: true });
for (const file of goldenArticles()) {
  const actual = await runGolden(file);
  writeFileSync(join(EXPECTED, `${basename(file)}.json`), `${JSON.stringify(actual, null, 2)}\n`);
  console.log(`accepted ${basename(file)}`);
}
