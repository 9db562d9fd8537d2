/**
 * A read-only view over the layers the quotes component needs, with the few lookups it makes
 * often (token at an offset, mention covering a token) precomputed once per document.
 */
import type { Document } from '../../model/document.js';
import type { Entity, Mention, Paragraph, Sentence, Token } from '../../model/layers.js';

export interface DocView {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  entities: Map<string, Entity>;
  /** Index into `mentions` of the mention covering each token, or -1. */
  mentionAt: Int32Array;
  /** Marks each token inside a quotation (1) or being a quotation mark (2); filled by the direct pass. */
  quoted: Uint8Array;
  /** Paragraph index -> its first and last sentence (or -1). */
  paragraphSentences: Map<number, [number, number]>;
}

export function makeView(doc: Document): DocView {
  const tokens = doc.layers.tokens ?? [];
  const mentions = [...(doc.layers.mentions ?? [])].sort((a, b) => a.start - b.start);
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  // One merge-like pass: both lists are sorted by start.
  let m = 0;
  for (let t = 0; t < tokens.length; t++) {
    while (m < mentions.length && mentions[m].end <= tokens[t].start) m++;
    for (let k = m; k < mentions.length && mentions[k].start < tokens[t].end; k++) {
      if (mentions[k].end > tokens[t].start) {
        mentionAt[t] = k; // the last covering mention wins, which is the innermost for nested ones
      }
    }
  }
  const sentences = doc.layers.sentences ?? [];
  const paragraphSentences = new Map<number, [number, number]>();
  for (const s of sentences) {
    const r = paragraphSentences.get(s.paragraph);
    if (r) r[1] = s.index;
    else paragraphSentences.set(s.paragraph, [s.index, s.index]);
  }
  return {
    text: doc.text,
    paragraphs: doc.layers.paragraphs ?? [],
    sentences,
    tokens,
    mentions,
    entities: new Map((doc.layers.entities ?? []).map((e) => [e.id, e])),
    mentionAt,
    quoted: new Uint8Array(tokens.length),
    paragraphSentences,
  };
}

/** Index of the first token that ends after `offset` (binary search). */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token that starts before `offset`. */
export function tokenBefore(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
