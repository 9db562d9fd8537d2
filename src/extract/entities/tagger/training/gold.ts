/**
 * Training and evaluation data for the tagger: gold JSON Lines documents run through the real
 * text layer, so training tokens are exactly the run-time tokens, with gold character spans
 * mapped onto token ranges.
 */
import { readFileSync } from 'node:fs';
import { newDocument } from '../../../../ingest/new-document.js';
import type { Document } from '../../../../model/document.js';
import type { EntityType } from '../../../../model/layers.js';
import { textLayer } from '../../../../text/index.js';
import type { SentenceSpan } from '../features.js';
import { encodeTags } from '../tags.js';
import { applyConventions, type ConventionCounts, type ConventionLists } from './conventions.js';

export interface GoldEntity {
  start: number;
  end: number;
  type: EntityType;
}

export interface GoldDoc {
  id: string;
  text: string;
  entities: GoldEntity[];
  labels?: { split?: string; genre?: string };
}

export interface TrainingSentence {
  doc: Document;
  sentence: SentenceSpan;
  /** Gold BILOU tag per token of the sentence. */
  tags: number[];
}

export interface AlignmentStats {
  spans: number;
  exact: number;
  /** Spans whose edges fall inside a token: widened to whole tokens. */
  widened: number;
  /** Spans overlapping a longer gold span (nested names), dropped for BILOU. */
  nested: number;
  /** Spans crossing a sentence break, dropped. */
  crossing: number;
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/**
 * Hand-written training lines mark entities inline: `[[PERSON John Kerry]] said`.
 * Returns them as gold documents with character offsets.
 */
export function parseMarkedUp(id: string, marked: string): GoldDoc {
  const entities: GoldEntity[] = [];
  let text = '';
  let from = 0;
  for (const m of marked.matchAll(/\[\[(PERSON|ORG|GPE|LOC|NORP|OTHER) ([^\]]+)\]\]/g)) {
    text += marked.slice(from, m.index);
    entities.push({ start: text.length, end: text.length + m[2].length, type: m[1] as EntityType });
    text += m[2];
    from = m.index + m[0].length;
  }
  text += marked.slice(from);
  return { id, text, entities };
}

const text = textLayer();

export function analyse(gold: GoldDoc): Document {
  const doc = newDocument({ id: gold.id, text: gold.text });
  text.run(doc);
  return doc;
}

/**
 * Gold documents as tagged training sentences. With `conventions`, spans are first rewritten to
 * news NER conventions (conventions.ts), each rewrite counted in `conventions.counts`.
 */
export function toTrainingSentences(
  golds: GoldDoc[],
  stats: AlignmentStats,
  conventions?: { lists: ConventionLists; counts: ConventionCounts },
): TrainingSentence[] {
  const out: TrainingSentence[] = [];
  for (const gold of golds) {
    const doc = analyse(gold);
    const tokens = doc.layers.tokens ?? [];
    const sentences = doc.layers.sentences ?? [];
    // Longest spans first so that a nested name yields to the name around it.
    const spans = [...gold.entities].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Uint8Array(tokens.length);
    const bySentence = new Map<number, { first: number; last: number; type: EntityType }[]>();
    for (const e of spans) {
      stats.spans++;
      let first = -1;
      let last = -1;
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i].end <= e.start || tokens[i].start >= e.end) continue;
        if (first < 0) first = i;
        last = i;
      }
      if (first < 0) continue;
      if (tokens[first].sentence !== tokens[last].sentence) {
        stats.crossing++;
        continue;
      }
      let clash = false;
      for (let i = first; i <= last; i++) if (taken[i]) clash = true;
      if (clash) {
        stats.nested++;
        continue;
      }
      if (tokens[first].start === e.start && tokens[last].end === e.end) stats.exact++;
      else stats.widened++;
      taken.fill(1, first, last + 1);
      const s = tokens[first].sentence;
      const list = bySentence.get(s) ?? [];
      list.push({ first, last, type: e.type });
      bySentence.set(s, list);
    }
    sentences.forEach((s, si) => {
      let local = (bySentence.get(si) ?? [])
        .map((x) => ({ first: x.first - s.firstToken, last: x.last - s.firstToken, type: x.type }))
        .sort((a, b) => a.first - b.first);
      if (conventions)
        local = applyConventions(
          doc.text,
          tokens,
          s.firstToken,
          s.lastToken - s.firstToken + 1,
          local,
          conventions.lists,
          conventions.counts,
        );
      out.push({
        doc,
        sentence: { first: s.firstToken, last: s.lastToken, paragraph: s.paragraph },
        tags: encodeTags(s.lastToken - s.firstToken + 1, local),
      });
    });
  }
  return out;
}
