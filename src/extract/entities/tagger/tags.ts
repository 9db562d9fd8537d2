/**
 * BILOU tags over the six entity types. Tag 0 is O; type k has B, I, L, U at 1 + 4k + (0..3).
 * BILOU rather than BIO because the L and U tags let the model learn where names end
 * (before a possessive, before a title's `of`), which exact-span scoring rewards.
 */
import type { EntityType } from '../../../model/layers.js';

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'OTHER'];
const PARTS = ['B', 'I', 'L', 'U'] as const;
type Part = (typeof PARTS)[number];

export const TAG_NAMES: readonly string[] = [
  'O',
  ...ENTITY_TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`)),
];
export const TAG_COUNT = TAG_NAMES.length;
export const O = 0;

export const tagIndex = (part: Part, type: EntityType): number =>
  1 + ENTITY_TYPES.indexOf(type) * 4 + PARTS.indexOf(part);
export const partOf = (tag: number): Part | 'O' => (tag === O ? 'O' : PARTS[(tag - 1) % 4]);
export const typeOf = (tag: number): EntityType => ENTITY_TYPES[Math.floor((tag - 1) / 4)];

/** `allowedAfter[prev]` lists the tags that may follow `prev` (prev = O at a sentence start). */
export const ALLOWED_AFTER: readonly Uint8Array[] = TAG_NAMES.map((_, prev) => {
  const part = partOf(prev);
  const ok: number[] = [];
  for (let next = 0; next < TAG_COUNT; next++) {
    const np = partOf(next);
    if (part === 'B' || part === 'I') {
      if ((np === 'I' || np === 'L') && typeOf(next) === typeOf(prev)) ok.push(next);
    } else if (np === 'O' || np === 'B' || np === 'U') ok.push(next);
  }
  return Uint8Array.from(ok);
});

/** Whether a sentence may end on the tag: not inside a name (B or I). */
export const CAN_END: readonly boolean[] = TAG_NAMES.map((_, t) => partOf(t) !== 'B' && partOf(t) !== 'I');

/** Gold spans over tokens -> BILOU tags. Spans are [firstToken, lastToken] inclusive. */
export function encodeTags(
  length: number,
  spans: { first: number; last: number; type: EntityType }[],
): number[] {
  const tags = new Array<number>(length).fill(O);
  for (const s of spans) {
    if (s.first === s.last) tags[s.first] = tagIndex('U', s.type);
    else {
      tags[s.first] = tagIndex('B', s.type);
      for (let i = s.first + 1; i < s.last; i++) tags[i] = tagIndex('I', s.type);
      tags[s.last] = tagIndex('L', s.type);
    }
  }
  return tags;
}

/** BILOU tags -> token spans. A span left open at the end (B/I without L) is closed there. */
export function decodeTags(tags: ArrayLike<number>): { first: number; last: number; type: EntityType }[] {
  const out: { first: number; last: number; type: EntityType }[] = [];
  let open = -1;
  for (let i = 0; i < tags.length; i++) {
    const part = partOf(tags[i]);
    if (part === 'U') {
      out.push({ first: i, last: i, type: typeOf(tags[i]) });
      open = -1;
    } else if (part === 'B') open = i;
    else if (part === 'L' && open >= 0) {
      out.push({ first: open, last: i, type: typeOf(tags[i]) });
      open = -1;
    } else if (part === 'O') open = -1;
  }
  if (open >= 0) out.push({ first: open, last: tags.length - 1, type: typeOf(tags[open]) });
  return out;
}
