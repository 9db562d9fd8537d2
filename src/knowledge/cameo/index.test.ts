import { describe, expect, it } from 'vitest';
import { LazyTable, loadCameoKnowledge } from './index.js';

describe('LazyTable', () => {
  it('parses a key once, the first time it is asked for, and knows its keys without parsing', () => {
    const parsed: string[] = [];
    const table = new LazyTable(
      ['a\t1', 'b\t2', 'a\t3'],
      new Map([
        ['a', [0, 2]],
        ['b', [1]],
      ]),
      (key, rows) => {
        parsed.push(key);
        return rows.map((r) => `${r.fields[1]}@${r.line}`);
      },
    );
    expect(table.has('a')).toBe(true);
    expect(table.has('c')).toBe(false);
    expect(parsed).toEqual([]);
    expect(table.get('a')).toEqual(['1@0', '3@2']);
    expect(table.get('a')).toEqual(['1@0', '3@2']);
    expect(table.get('c')).toBeUndefined();
    expect(parsed).toEqual(['a']);
  });
});

describe('the CAMEO dictionaries read lazily', () => {
  const k = loadCameoKnowledge();

  it('gives a verb word its forms, longest first', () => {
    const forms = k.verbs.get('took') ?? [];
    expect(forms.length).toBeGreaterThan(1);
    for (let i = 1; i < forms.length; i++)
      expect(forms[i - 1].words.length).toBeGreaterThanOrEqual(forms[i].words.length);
    expect(k.verbs.has('took')).toBe(true);
    expect(k.verbs.has('zzzz')).toBe(false);
  });

  it('numbers a pattern within its file, as when all were parsed at once', () => {
    const block = k.verbs.get('attacked')?.[0]?.block ?? '';
    const patterns = k.patterns.get(block) ?? [];
    expect(patterns.length).toBeGreaterThan(0);
    for (const p of patterns) expect(p.id).toMatch(new RegExp(`^(own|petrarch)\\.${block}\\.\\d+$`));
    expect(patterns.some((p) => !p.own)).toBe(true);
  });
});
