import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractCommand } from './extract.js';
import { captureIO } from './test-io.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-extract-'));
const file = join(dir, 'article.txt');
writeFileSync(file, 'She teaches at the University of Southern Indiana in Evansville.\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function entityTexts(argv: string[]): Promise<string[]> {
  const io = captureIO();
  expect(await extractCommand.run(argv, io)).toBe(0);
  const record = JSON.parse(io.out()) as { entities: { text: string }[] };
  return record.entities.map((e) => e.text);
}

describe('sitrep extract', () => {
  it('gives the longest names only by default, the places inside them with --nested-places', async () => {
    const flat = await entityTexts([file, '--format', 'record']);
    expect(flat).toContain('University of Southern Indiana');
    expect(flat).not.toContain('Southern Indiana');
    const nested = await entityTexts([file, '--format', 'record', '--nested-places']);
    expect(nested).toContain('Southern Indiana');
  });
});
