import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPECTED, FRESH, goldenArticles, runGolden } from './golden.js';

describe('golden articles', () => {
  mkdirSync(FRESH, { recursive: true });
  for (const file of goldenArticles()) {
    const name = basename(file);
    it(name, async () => {
      const actual = await runGolden(file);
      const json = `${JSON.stringify(actual, null, 2)}\n`;
      writeFileSync(join(FRESH, `${name}.json`), json);
      const expectedFile = join(EXPECTED, `${name}.json`);
      if (!existsSync(expectedFile))
        throw new Error(
          `no expected output for ${name}: review ${join(FRESH, `${name}.json`)} and run npm run golden:accept`,
        );
      expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
