import { describe, expect, it } from 'vitest';
import { newDocument } from '../ingest/new-document.js';
import { Pipeline } from '../pipeline.js';
import { textLayer } from '../text/index.js';
import { ensureParsed, syntaxComponent } from './index.js';
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

  it('parses lazily: only the sentences asked for, exactly as the eager parser does', () => {
    const model = loadParserModel();
    const text = 'Russia and France struck targets in Syria. Talks resumed. The army attacked the rebels.';
    const eager = new Pipeline([textLayer(), syntaxComponent(model)]).run(newDocument({ text }));
    const doc = new Pipeline([textLayer(), syntaxComponent(model, { lazy: true })]).run(
      newDocument({ text }),
    );
    const tokens = doc.layers.tokens!;
    expect(tokens.every((t) => t.head === undefined)).toBe(true);
    ensureParsed(doc, 2);
    ensureParsed(doc, 2); // a second request parses nothing more
    for (const [i, t] of tokens.entries()) {
      const want = t.sentence === 2 ? eager.layers.tokens![i] : { head: undefined, dep: undefined };
      expect([t.head, t.dep]).toEqual([want.head, want.dep]);
    }
  });
});
