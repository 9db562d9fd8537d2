/**
 * A large map read from the prebuilt actor index without building it: its entries stay one text of
 * lines `key<TAB>value`, sorted by key, and a look-up is a binary search over the line starts. Building
 * a `Map` of the 55,000 name keys and 60,000 first words cost about a third of the knowledge base's load
 * time and most of its garbage; a text article asks the name index only about 150 times.
 *
 * `LayeredMap` puts such a table under an ordinary `Map`, so the loader can still add and delete keys
 * (the leaders' and user's files do) and the code that reads the maps sees a `Map`. Entries come out
 * of iteration in key order, then the added ones in insertion order.
 */

/** Encodes entries as the table's text: sorted by key (UTF-16 code units), one `key\tvalue` per line. */
export function sortedTableText<V>(entries: Iterable<[string, V]>, encode: (v: V) => string): string {
  const lines: [string, string][] = [];
  for (const [key, value] of entries) {
    const text = encode(value);
    if (/[\t\n]/.test(key) || text.includes('\n') || key === '')
      throw new Error(`sorted table: the entry ${JSON.stringify(key)} cannot be written as a line`);
    lines.push([key, text]);
  }
  lines.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (let i = 1; i < lines.length; i++)
    if (lines[i][0] === lines[i - 1][0])
      throw new Error(`sorted table: the key ${lines[i][0]} is there twice`);
  return lines.map(([k, v]) => `${k}\t${v}`).join('\n');
}

/** Where each line of a table text starts, and one more entry: the end of the text plus one. */
export function lineStarts(text: string): Int32Array {
  let n = text === '' ? 0 : 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  const starts = new Int32Array(n + 1);
  let line = 0;
  for (let at = 0; line < n; line++) {
    starts[line] = at;
    const eol = text.indexOf('\n', at);
    at = eol < 0 ? text.length + 1 : eol + 1;
  }
  starts[n] = text.length + 1;
  return starts;
}

/**
 * A table text cut in two: its lines of plain ASCII, and the others. Both stay sorted. The prebuilt
 * index stores them apart because one letter outside Latin-1 (`ł`) makes a whole JavaScript string
 * two bytes a character: the ASCII part, nearly all of it, then decodes as a one-byte string at the
 * speed of a copy.
 */
export function splitByAscii(text: string): { ascii: string; other: string } {
  const ascii: string[] = [];
  const other: string[] = [];
  if (text !== '')
    for (const line of text.split('\n')) (/^[\x00-\x7f]*$/.test(line) ? ascii : other).push(line);
  return { ascii: ascii.join('\n'), other: other.join('\n') };
}

/** What a `LayeredMap` reads under its own entries. */
export interface Table<V> {
  readonly size: number;
  get(key: string): V | undefined;
  has(key: string): boolean;
  /** In key order. */
  entries(): Iterable<[string, V]>;
}

/** The read side of a table text: binary search, values decoded on each look-up. */
export class SortedTable<V> implements Table<V> {
  /**
   * @param starts where each line starts (`lineStarts(text)`, which is the default; the prebuilt index
   *   stores them so they need not be found again).
   */
  constructor(
    private readonly text: string,
    private readonly decode: (value: string) => V,
    private readonly starts = lineStarts(text),
  ) {}

  get size(): number {
    return this.starts.length - 1;
  }

  get(key: string): V | undefined {
    const line = this.find(key);
    if (line < 0) return undefined;
    return this.decode(this.text.slice(this.starts[line] + key.length + 1, this.starts[line + 1] - 1));
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  *entries(): Generator<[string, V]> {
    for (let line = 0; line < this.size; line++) {
      const start = this.starts[line];
      const tab = this.text.indexOf('\t', start);
      yield [this.text.slice(start, tab), this.decode(this.text.slice(tab + 1, this.starts[line + 1] - 1))];
    }
  }

  /** The line whose key is `key`, or -1. */
  private find(key: string): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compare(this.starts[mid], key);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The key of the line at `start` against `key`, in code-unit order, without cutting it out. */
  private compare(start: number, key: string): number {
    const text = this.text;
    for (let i = 0; ; i++) {
      const lineKeyEnded = text.charCodeAt(start + i) === 9;
      if (lineKeyEnded || i === key.length) return lineKeyEnded ? (i === key.length ? 0 : -1) : 1;
      const d = text.charCodeAt(start + i) - key.charCodeAt(i);
      if (d !== 0) return d;
    }
  }
}

/** Two tables of disjoint keys read as one (the two parts of `splitByAscii`). */
export class JoinedTable<V> implements Table<V> {
  constructor(
    private readonly first: Table<V>,
    private readonly second: Table<V>,
  ) {}

  get size(): number {
    return this.first.size + this.second.size;
  }

  get(key: string): V | undefined {
    return this.first.get(key) ?? this.second.get(key);
  }

  has(key: string): boolean {
    return this.first.has(key) || this.second.has(key);
  }

  /** Both tables' entries merged in key order. */
  *entries(): Generator<[string, V]> {
    const a = this.first.entries()[Symbol.iterator]();
    const b = this.second.entries()[Symbol.iterator]();
    let x = a.next();
    let y = b.next();
    while (!x.done || !y.done) {
      if (y.done || (!x.done && x.value[0] < y.value[0])) {
        yield x.value;
        x = a.next();
      } else {
        yield y.value;
        y = b.next();
      }
    }
  }
}

/**
 * A `Map` over a sorted table: what is set on it is kept in the map itself and wins; deleting a table
 * key hides it. Everything a `Map` offers works (`get`, `has`, `set`, `delete`, `size`, iteration).
 */
export class LayeredMap<V> extends Map<string, V> {
  /** Table keys deleted (and not set again since). */
  private readonly hidden = new Set<string>();
  /** Keys set on the map that the table does not hold, or holds hidden: they add to the size. */
  private extra = 0;

  constructor(private readonly table: Table<V>) {
    super();
  }

  override get(key: string): V | undefined {
    const own = super.get(key);
    if (own !== undefined || super.has(key)) return own;
    return this.hidden.has(key) ? undefined : this.table.get(key);
  }

  override has(key: string): boolean {
    return super.has(key) || (!this.hidden.has(key) && this.table.has(key));
  }

  override set(key: string, value: V): this {
    // Safe before the fields exist only because `super()` is given no entries, so never calls `set`.
    if (!super.has(key) && (this.hidden.has(key) || !this.table.has(key))) this.extra++;
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    const had = this.has(key);
    const inTable = this.table.has(key);
    if (super.has(key)) {
      if (this.hidden.has(key) || !inTable) this.extra--;
      super.delete(key);
    }
    if (inTable) this.hidden.add(key);
    return had;
  }

  override clear(): void {
    for (const [key] of this.table.entries()) this.hidden.add(key);
    this.extra = 0;
    super.clear();
  }

  override get size(): number {
    return this.table.size - this.hidden.size + this.extra;
  }

  override *entries(): MapIterator<[string, V]> {
    for (const entry of this.table.entries())
      if (!this.hidden.has(entry[0]) && !super.has(entry[0])) yield entry;
    yield* super.entries();
  }

  override *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  override *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  override forEach(fn: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) fn.call(thisArg, value, key, this);
  }
}
