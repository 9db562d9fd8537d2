/**
 * The syntax component: a dependency tree for every sentence, written onto the tokens as `head`
 * (document token index, -1 for the root) and `dep` (Universal Dependencies relation).
 */
import type { Document } from '../model/document.js';
import type { Component } from '../pipeline-types.js';
import { type ParserWord, parserWord } from './features.js';
import { type ParserModel, parseWords } from './parser.js';

export const SYNTAX = { component: 'syntax', version: '0.1.0' } as const;

/** Index of the token that starts at or covers `offset` (binary search). */
function tokenAt(tokens: { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * With `onlyWithActors`, only sentences that hold a mention are parsed: the parse serves the events
 * component, which codes interactions between actors, and the parser is the pipeline's costliest step.
 */
export function syntaxComponent(model: ParserModel, opts: { onlyWithActors?: boolean } = {}): Component {
  return {
    name: SYNTAX.component,
    version: SYNTAX.version,
    reads: opts.onlyWithActors ? ['sentences', 'tokens', 'mentions'] : ['sentences', 'tokens'],
    // Adds `head` and `dep` to the existing tokens.
    writes: ['tokens'],
    run(doc: Document) {
      const { sentences = [], tokens = [], mentions = [] } = doc.layers;
      const wanted = new Set<number>();
      if (opts.onlyWithActors)
        for (const m of mentions) wanted.add(tokens[tokenAt(tokens, m.start)]?.sentence ?? -1);
      for (const s of sentences) {
        if (opts.onlyWithActors && !wanted.has(s.index)) continue;
        const words: ParserWord[] = [parserWord('<root>', 'ROOT')];
        for (let i = s.firstToken; i <= s.lastToken; i++)
          words.push(parserWord(tokens[i].norm, tokens[i].pos));
        const { heads, deprels } = parseWords(model, words);
        for (let k = 1; k < words.length; k++) {
          const t = tokens[s.firstToken + k - 1];
          t.head = heads[k] === 0 ? -1 : s.firstToken + heads[k] - 1;
          t.dep = deprels[k];
        }
      }
    },
  };
}
