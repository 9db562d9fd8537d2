/**
 * The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) for unlabelled
 * dependency trees, with its static oracle. A separate classifier labels the arcs afterwards
 * (`labeler.ts`), which keeps the transition model to three classes and small.
 *
 * State: a stack that starts with ROOT (0), a buffer of word indices 1..n, and the heads so far.
 * - SHIFT moves the first buffer word onto the stack;
 * - LEFT makes the first buffer word the head of the stack top, and pops it;
 * - RIGHT makes the word under the stack top its head, and pops it.
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const ACTIONS = ['SHIFT', 'LEFT', 'RIGHT'] as const;

export class ParseState {
  readonly stack: number[] = [0];
  /** Next buffer word (1-based); the buffer is empty when it exceeds n. */
  next = 1;
  /** heads[i] for word i (1-based), -1 while unattached. */
  readonly heads: Int32Array;
  /**
   * What the features need of each word's children so far (0 = ROOT): how many on each side, its
   * leftmost left child and its rightmost right child (-1 when none). Arc-hybrid attaches a word's
   * left children from the nearest outwards and its right children left to right, so the latest
   * child attached on a side is always the outermost. Flat arrays: no per-word allocation.
   */
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  readonly leftmost: Int32Array;
  readonly rightmost: Int32Array;

  constructor(readonly n: number) {
    this.heads = new Int32Array(n + 1).fill(-1);
    this.leftCount = new Int32Array(n + 1);
    this.rightCount = new Int32Array(n + 1);
    this.leftmost = new Int32Array(n + 1).fill(-1);
    this.rightmost = new Int32Array(n + 1).fill(-1);
  }

  get done(): boolean {
    return this.next > this.n && this.stack.length === 1;
  }

  private readonly legal: [boolean, boolean, boolean] = [false, false, false];

  /** Which actions are legal now (one array, reused). ROOT takes exactly one child, the last word standing. */
  valid(): readonly [boolean, boolean, boolean] {
    const bufferEmpty = this.next > this.n;
    const top = this.stack.length;
    this.legal[0] = !bufferEmpty;
    this.legal[1] = top >= 2 && !bufferEmpty;
    this.legal[2] = top >= 3 || (top === 2 && bufferEmpty);
    return this.legal;
  }

  apply(action: number): void {
    if (action === SHIFT) {
      this.stack.push(this.next++);
      return;
    }
    const dependent = this.stack.pop() as number;
    const head = action === LEFT ? this.next : this.stack[this.stack.length - 1];
    this.heads[dependent] = head;
    if (dependent < head) {
      this.leftCount[head]++;
      this.leftmost[head] = dependent;
    } else {
      this.rightCount[head]++;
      this.rightmost[head] = dependent;
    }
  }
}

/**
 * The static oracle for a projective gold tree (`gold[i]` = head of word i): LEFT when the buffer
 * front is the stack top's head; RIGHT when the word beneath is, and the stack top has no dependent
 * left in the buffer; else SHIFT.
 */
export function oracle(state: ParseState, gold: Int32Array | number[]): number {
  const [canShift, canLeft, canRight] = state.valid();
  const s0 = state.stack[state.stack.length - 1];
  if (canLeft && gold[s0] === state.next) return LEFT;
  if (canRight && gold[s0] === state.stack[state.stack.length - 2]) {
    let pending = false;
    for (let i = state.next; i <= state.n && !pending; i++) pending = gold[i] === s0;
    if (!pending) return RIGHT;
  }
  return canShift ? SHIFT : canRight ? RIGHT : LEFT;
}
