/**
 * The syntax component: a dependency tree for sentences, written onto the tokens as `head`
 * (document token index, -1 for the root) and `dep` (Universal Dependencies relation).
 *
 * The parser is the pipeline's costliest step, so two options keep it to the sentences that need it:
 * - `onlyWithActors`: only sentences that hold a mention are parsed (the parse serves the events
 *   component, which codes interactions between actors);
 * - `lazy`: nothing is parsed when the component runs; a later component asks for a sentence's parse
 *   with `ensureParsed(doc, sentence)` and gets it then, once. The events component asks only for
 *   sentences with an event trigger, so most sentences are never parsed. A parse depends on the
 *   sentence's own tokens only, so a sentence parsed late is parsed exactly as it would have been early.
 *   With `lazy`, only the sentences some consumer asked for carry `head` and `dep`; the others keep
 *   bare tokens, and the store saves the parse of those sentences only.
 *
 * A sentence the parser fails on is left unparsed and noted in `doc.diagnostics` (`W_PARSE`): with
 * the lazy option the failure happens inside the consumer (the events component), where an exception
 * would lose every event of the document, not one sentence's.
 */
import type { Document } from '../model/document.js';
import type { Sentence, Token } from '../model/layers.js';
import type { Component } from '../pipeline-types.js';
import { type ParserWord, parserWord } from './features.js';
import { type Parse, type ParserModel, parseWords } from './parser.js';

/** The parser proper (`parseWords`); replaceable so that tests can count or fail parses. */
export type WordParser = (model: ParserModel, words: ParserWord[]) => Parse;

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

/** Parses one sentence and writes `head` and `dep` onto its tokens. */
function parseSentence(model: ParserModel, tokens: Token[], s: Sentence, parse: WordParser): void {
  const words: ParserWord[] = [parserWord('<root>', 'ROOT')];
  for (let i = s.firstToken; i <= s.lastToken; i++) words.push(parserWord(tokens[i].norm, tokens[i].pos));
  const { heads, deprels } = parse(model, words);
  for (let k = 1; k < words.length; k++) {
    const t = tokens[s.firstToken + k - 1];
    t.head = heads[k] === 0 ? -1 : s.firstToken + heads[k] - 1;
    t.dep = deprels[k];
  }
}

/**
 * Parses one sentence of `doc`; when the parser throws, the sentence stays unparsed (its tokens are
 * written only after a whole parse) and the failure is noted on the document.
 */
function parseOrNote(
  doc: Document,
  model: ParserModel,
  tokens: Token[],
  s: Sentence,
  parse: WordParser,
): void {
  try {
    parseSentence(model, tokens, s, parse);
  } catch (err) {
    doc.diagnostics.push({
      code: 'W_PARSE',
      message: `${SYNTAX.component}@${SYNTAX.version}: sentence ${s.index} left unparsed: ${(err as Error).message}`,
      at: String(s.start),
    });
  }
}

/** The sentences of a document the lazy parser may still parse, with what it needs to parse them. */
interface PendingParses {
  model: ParserModel;
  parse: WordParser;
  /** Sentence indices that may be parsed (all, or those with a mention) and are not parsed yet. */
  waiting: Set<number>;
}

/** Per document, kept beside it (not in its layers) and dropped with it. */
const pending = new WeakMap<Document, PendingParses>();

/**
 * Makes sure sentence `index` of `doc` carries its parse, when a lazy syntax component ran on the
 * document and the sentence is one it would parse; otherwise does nothing (its tokens stay unparsed,
 * as they would have been without the lazy option).
 */
export function ensureParsed(doc: Document, index: number): void {
  const p = pending.get(doc);
  if (!p?.waiting.delete(index)) return;
  const s = doc.layers.sentences?.[index];
  const tokens = doc.layers.tokens;
  if (s && tokens && s.lastToken >= s.firstToken) parseOrNote(doc, p.model, tokens, s, p.parse);
}

export function syntaxComponent(
  model: ParserModel,
  opts: { onlyWithActors?: boolean; lazy?: boolean; parse?: WordParser } = {},
): Component {
  const parse = opts.parse ?? parseWords;
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
      else for (const s of sentences) wanted.add(s.index);
      if (opts.lazy) {
        pending.set(doc, { model, parse, waiting: wanted });
        return;
      }
      for (const s of sentences) if (wanted.has(s.index)) parseOrNote(doc, model, tokens, s, parse);
    },
  };
}
