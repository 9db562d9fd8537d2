import { describe, expect, it } from 'vitest';
import {
  JoinedTable,
  LayeredMap,
  lineStarts,
  SortedTable,
  sortedTableText,
  splitByAscii,
} from './sorted-table.js';

const byKey = <V>(entries: Iterable<[string, V]>) =>
  [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

describe('sorted table', () => {
  const entries: [string, number][] = [
    ['kerry', 2],
    ['john kerry', 3],
    ['afġānistān', 1],
    ['a', 1],
    ['ab', 17],
    ['z', 0],
  ];
  const table = new SortedTable(sortedTableText(entries, String), Number);

  it('finds every key, with its value, and no other', () => {
    for (const [k, v] of entries) expect([k, table.get(k), table.has(k)]).toEqual([k, v, true]);
    for (const k of ['', 'john', 'kerr', 'kerryx', 'b', 'aa', 'afghanistan', 'zz'])
      expect([k, table.get(k), table.has(k)]).toEqual([k, undefined, false]);
    expect(table.size).toBe(entries.length);
  });

  it('lists its entries in key order', () => {
    expect([...table.entries()]).toEqual(byKey(entries));
  });

  it('reads the same split in its ASCII lines and the others, with stored line starts', () => {
    const { ascii, other } = splitByAscii(sortedTableText(entries, String));
    expect(other).toBe('afġānistān\t1');
    expect(ascii.split('\n')).toHaveLength(entries.length - 1);
    const stored = (text: string) => new SortedTable(text, Number, lineStarts(text));
    const joined = new JoinedTable(stored(ascii), stored(other));
    for (const [k, v] of entries) expect([k, joined.get(k), joined.has(k)]).toEqual([k, v, true]);
    for (const k of ['afghanistan', 'john', 'zz']) expect(joined.has(k)).toBe(false);
    expect(joined.size).toBe(entries.length);
    expect([...joined.entries()]).toEqual(byKey(entries));
    expect(splitByAscii('')).toEqual({ ascii: '', other: '' });
  });

  it('is empty for an empty text', () => {
    const empty = new SortedTable('', String);
    expect([empty.size, empty.get('a'), [...empty.entries()]]).toEqual([0, undefined, []]);
  });

  it('refuses what it cannot write as one line: tabs, line breaks, empty or repeated keys', () => {
    expect(() => sortedTableText([['a\tb', 'x']], String)).toThrow(/cannot be written/);
    expect(() => sortedTableText([['a', 'x\ny']], String)).toThrow(/cannot be written/);
    expect(() => sortedTableText([['', 'x']], String)).toThrow(/cannot be written/);
    expect(() =>
      sortedTableText(
        [
          ['a', 'x'],
          ['a', 'y'],
        ],
        String,
      ),
    ).toThrow(/twice/);
  });
});

describe('layered map', () => {
  it('behaves as a Map through sets and deletes of table keys and new keys', () => {
    const start: [string, string][] = Array.from({ length: 40 }, (_, i) => [`k${i * 2}`, `v${i}`]);
    const layered = new LayeredMap(new SortedTable(sortedTableText(start, String), String));
    const plain = new Map(start);
    // A fixed pseudo-random walk over keys in the table, out of it, deleted and set again.
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let step = 0; step < 2000; step++) {
      const key = `k${next() % 100}`;
      const op = next() % 3;
      if (op === 0) expect(layered.delete(key)).toBe(plain.delete(key));
      else if (op === 1) {
        layered.set(key, `s${step}`);
        plain.set(key, `s${step}`);
      }
      expect(layered.get(key)).toBe(plain.get(key));
      expect(layered.has(key)).toBe(plain.has(key));
      expect(layered.size).toBe(plain.size);
    }
    expect(byKey(layered)).toEqual(byKey(plain));
    expect(byKey(layered.entries())).toEqual(byKey(plain.entries()));
    expect([...layered.keys()].sort()).toEqual([...plain.keys()].sort());
    expect([...layered.values()].sort()).toEqual([...plain.values()].sort());
    const seen: string[] = [];
    layered.forEach((v, k) => {
      seen.push(`${k}=${v}`);
    });
    expect(seen.sort()).toEqual([...plain].map(([k, v]) => `${k}=${v}`).sort());
    layered.clear();
    expect([layered.size, layered.get('k0'), [...layered]]).toEqual([0, undefined, []]);
  });

  it('keeps a value of undefined that was set over a table key', () => {
    const layered = new LayeredMap<string | undefined>(new SortedTable('a\tx', String));
    layered.set('a', undefined);
    expect([layered.has('a'), layered.get('a'), layered.size]).toEqual([true, undefined, 1]);
  });
});
