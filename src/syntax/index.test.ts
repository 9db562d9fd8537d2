import { describe, expect, it } from 'vitest';
import { newDocument } from '../ingest/new-document.js';
import { Pipeline } from '../pipeline.js';
import { textLayer } from '../text/index.js';
import { syntaxComponent } from './index.js';
import { loadParserModel } from './parser.js';
import { oracle, ParseState } from './transitions.js';

const pipeline = new Pipeline([textLayer(), syntaxComponent(loadParserModel())]);

/** `word -> head word (relation)` for each token of the first sentence. */
function arcs(text: string): Record<string, string> {
  const tokens = pipeline.run(newDocument({ text })).layers.tokens!;
  return Object.fromEntries(
    tokens.map((t) => [
      t.text,
      `${t.head !== undefined && t.head >= 0 ? tokens[t.head].text : 'ROOT'} (${t.dep})`,
    ]),
  );
}

describe('dependency parser', () => {
  it('finds subject and object of a simple clause', () => {
    const a = arcs('The army attacked the rebels.');
    expect(a.army).toBe('attacked (nsubj)');
    expect(a.rebels).toBe('attacked (obj)');
    expect(a.attacked).toBe('ROOT (root)');
  });

  it('marks the subject of a passive and the agent', () => {
    const a = arcs('The plane was brought down by a bomb.');
    expect(a.plane).toBe('brought (nsubj:pass)');
    expect(a.bomb).toMatch(/^brought \(obl/);
  });

  it('gives every token a head inside its sentence and exactly one root', () => {
    const doc = pipeline.run(
      newDocument({ text: 'Russia and France struck targets in Syria. Talks resumed.' }),
    );
    const { tokens, sentences } = doc.layers;
    for (const s of sentences!) {
      const own = tokens!.slice(s.firstToken, s.lastToken + 1);
      expect(own.filter((t) => t.head === -1)).toHaveLength(1);
      for (const t of own) if (t.head !== -1) expect(t.head).toBeGreaterThanOrEqual(s.firstToken);
    }
  });

  it('has an oracle that rebuilds a projective tree exactly', () => {
    const gold = [0, 2, 0, 2, 5, 3]; // 1<-2 root, 3<-2, 4<-5, 5<-3
    const state = new ParseState(5);
    while (!state.done) state.apply(oracle(state, gold));
    expect(Array.from(state.heads).slice(1)).toEqual(gold.slice(1));
  });
});
