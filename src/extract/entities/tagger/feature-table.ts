/**
 * An open-addressing hash table from 30-bit feature ids to row numbers, on one typed array with
 * keys and values side by side, so a probe touches one cache line. Lookups are the tagger's
 * inner loop, and most of them miss (features of words the model never saw): a 128 KB bit filter
 * over the ids' low 20 bits rejects most misses before the table is touched.
 */
const EMPTY = -1;
const FILTER_BITS = 20;

export class FeatureTable {
  /** [key, value] pairs; key EMPTY marks a free slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly filter = new Int32Array(1 << (FILTER_BITS - 5));

  /** Maps `ids[r]` to `values[r]` (default: to r, the row number); values must be >= 0. */
  constructor(ids: ArrayLike<number>, values?: ArrayLike<number>) {
    let capacity = 16;
    while (capacity < ids.length * 1.5) capacity *= 2; // load factor <= 2/3
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 2).fill(EMPTY);
    for (let row = 0; row < ids.length; row++) {
      let slot = this.slotOf(ids[row]);
      while (this.slots[slot * 2] !== EMPTY && this.slots[slot * 2] !== ids[row])
        slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = ids[row];
      this.slots[slot * 2 + 1] = values ? values[row] : row;
      this.filter[(ids[row] >>> 5) & ((1 << (FILTER_BITS - 5)) - 1)] |= 1 << (ids[row] & 31);
    }
  }

  private slotOf(id: number): number {
    return (Math.imul(id, 0x9e3779b1) >>> 0) & this.mask;
  }

  /** The row (or value) of `id`, or -1 when the model has no weights for it. */
  get(id: number): number {
    if (!(this.filter[(id >>> 5) & ((1 << (FILTER_BITS - 5)) - 1)] & (1 << (id & 31)))) return -1;
    const slots = this.slots;
    let slot = this.slotOf(id);
    for (;;) {
      const k = slots[slot * 2];
      if (k === id) return slots[slot * 2 + 1];
      if (k === EMPTY) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}
