/**
 * The gazetteer's name index. cities.tsv is sorted by its key column (scripts/build-gazetteer.ts), so a
 * city is found by binary search over the file's lines, in its bytes: building a `Map` of its 135,000
 * keys was a third of the gazetteer's load and most of its garbage, and an article asks only a few
 * hundred keys. The few other names (countries, regions, news aliases, the cities' second names) are
 * an ordinary map beside it.
 */

const TAB = 9;

export class PlaceNames {
  /** Curated names and the cities' second names, key -> entries. */
  private readonly others = new Map<string, number[]>();
  private readonly otherFirstWords = new Set<string>();

  /**
   * @param bytes cities.tsv, UTF-8
   * @param lines byte offset of each city's line, in file order (entry `i` is line `i`), sorted by key
   */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly lines: Int32Array,
  ) {}

  /** Indexes `entry` under `key` beside the cities' own keys. */
  add(key: string, entry: number): void {
    if (!key) return;
    const list = this.others.get(key);
    if (!list) this.others.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
    const space = key.indexOf(' ');
    if (space > 0) this.otherFirstWords.add(key.slice(0, space));
  }

  /** Entries named `key`: the cities of that key in file order, then the others. */
  get(key: string): readonly number[] | undefined {
    const probe = encodeKey(key);
    const cities: number[] = [];
    for (let i = this.lowerBound(probe); i < this.lines.length && this.compare(i, probe) === 0; i++)
      cities.push(i);
    const others = this.others.get(key);
    if (!others) return cities.length ? cities : undefined;
    if (!cities.length) return others;
    for (const e of others) if (!cities.includes(e)) cities.push(e);
    return cities;
  }

  has(key: string): boolean {
    if (this.others.has(key)) return true;
    const probe = encodeKey(key);
    const i = this.lowerBound(probe);
    return i < this.lines.length && this.compare(i, probe) === 0;
  }

  /** Whether some name of more than one word starts with `word` (`new`, `santa`). */
  hasFirstWord(word: string): boolean {
    if (this.otherFirstWords.has(word)) return true;
    const prefix = encodeKey(`${word} `);
    const i = this.lowerBound(prefix);
    if (i >= this.lines.length) return false;
    const start = this.lines[i];
    for (let k = 0; k < prefix.length; k++) if (this.bytes[start + k] !== prefix[k]) return false;
    return true;
  }

  /** The first line whose key is not below `probe`. */
  private lowerBound(probe: Uint8Array): number {
    let lo = 0;
    let hi = this.lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(mid, probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The key of line `i` against `probe`, byte by byte (UTF-8 order is code-point order). */
  private compare(i: number, probe: Uint8Array): number {
    const bytes = this.bytes;
    const start = this.lines[i];
    for (let k = 0; ; k++) {
      const b = bytes[start + k];
      const ended = b === TAB;
      if (ended || k === probe.length) return ended ? (k === probe.length ? 0 : -1) : 1;
      if (b !== probe[k]) return b - probe[k];
    }
  }
}

const encoder = new TextEncoder();

/** A key as UTF-8 bytes; plain ASCII keys (nearly all) without the encoder. */
function encodeKey(key: string): Uint8Array {
  const out = new Uint8Array(key.length);
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c > 127 || c === TAB) return encoder.encode(key);
    out[i] = c;
  }
  return out;
}
