/**
 * The golden articles (test/golden/articles) read cleanly: a headline, body paragraphs, exact and
 * ordered offsets, and a publication date from the text or from a `.published` sidecar.
 * (The expected pipeline output for them is the golden suite's business.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInputs } from './index.js';

const ARTICLES = fileURLToPath(new URL('../../test/golden/articles/', import.meta.url));
const files = readdirSync(ARTICLES).filter((f) => /\.(txt|html?)$/.test(f));

describe('golden articles read cleanly', () => {
  it('has at least five of them', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s', async (name) => {
    const path = join(ARTICLES, name);
    const outcomes = [];
    for await (const outcome of readInputs([path])) outcomes.push(outcome);
    expect(outcomes).toHaveLength(1);
    const [outcome] = outcomes;
    if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
    const { doc } = outcome;
    const paragraphs = doc.layers.paragraphs!;
    let previousEnd = 0;
    for (const p of paragraphs) {
      expect(doc.text.slice(p.start, p.end)).toBe(p.text);
      expect(p.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = p.end;
    }
    expect(doc.meta.title).toBeTruthy();
    expect(paragraphs.filter((p) => p.role === 'body').length).toBeGreaterThanOrEqual(3);
    expect(doc.meta.published).not.toBeNull(); // from the text, or from a `.published` sidecar
  });
});
