/**
 * The syntax component: a dependency tree for every sentence, written onto the tokens as `head`
 * (document token index, -1 for the root) and `dep` (Universal Dependencies relation).
 */
import type { Document } from '../model/document.js';
import type { Component } from '../pipeline-types.js';
import { type ParserWord, parserWord } from './features.js';
import { type ParserModel, parseWords } from './parser.js';

export const SYNTAX = { component: 'syntax', version: '0.1.0' } as const;

export function syntaxComponent(model: ParserModel): Component {
  return {
    name: SYNTAX.component,
    version: SYNTAX.version,
    reads: ['sentences', 'tokens'],
    // Adds `head` and `dep` to the existing tokens.
    writes: ['tokens'],
    run(doc: Document) {
      const { sentences = [], tokens = [] } = doc.layers;
      for (const s of sentences) {
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
