/**
 * An open-addressing hash table from 30-bit feature ids to weight-row offsets, on typed arrays.
 * Lookups are the tagger's inner loop; this is several times faster than a Map of numbers.
 */
const EMPTY = -1;

export class FeatureTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(ids: ArrayLike<number>, rowSize: number) {
    let capacity = 16;
    while (capacity < ids.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.keys = new Int32Array(capacity).fill(EMPTY);
    this.values = new Int32Array(capacity);
    for (let row = 0; row < ids.length; row++) {
      let slot = this.slotOf(ids[row]);
      while (this.keys[slot] !== EMPTY && this.keys[slot] !== ids[row]) slot = (slot + 1) & this.mask;
      this.keys[slot] = ids[row];
      this.values[slot] = row * rowSize;
    }
  }

  private slotOf(id: number): number {
    return (Math.imul(id, 0x9e3779b1) >>> 0) & this.mask;
  }

  /** The row offset of `id`, or -1 when the model has no weights for it. */
  get(id: number): number {
    let slot = this.slotOf(id);
    for (;;) {
      const k = this.keys[slot];
      if (k === id) return this.values[slot];
      if (k === EMPTY) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}
