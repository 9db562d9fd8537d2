import { describe, expect, it } from 'vitest';
import { eventsComponent } from '../extract/events/index.js';
import { newDocument } from '../ingest/new-document.js';
import { loadCameoKnowledge } from '../knowledge/cameo/index.js';
import { Pipeline } from '../pipeline.js';
import { textLayer } from '../text/index.js';
import { ensureParsed, syntaxComponent, type WordParser } from './index.js';
import { loadParserModel, parseWords } from './parser.js';
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
    let parses = 0;
    const counting: WordParser = (m, words) => {
      parses++;
      return parseWords(m, words);
    };
    const doc = new Pipeline([textLayer(), syntaxComponent(model, { lazy: true, parse: counting })]).run(
      newDocument({ text }),
    );
    const tokens = doc.layers.tokens!;
    expect(tokens.every((t) => t.head === undefined)).toBe(true);
    expect(parses).toBe(0);
    ensureParsed(doc, 2);
    ensureParsed(doc, 2); // a second request parses nothing more
    expect(parses).toBe(1);
    for (const [i, t] of tokens.entries()) {
      const want = t.sentence === 2 ? eager.layers.tokens![i] : { head: undefined, dep: undefined };
      expect([t.head, t.dep]).toEqual([want.head, want.dep]);
    }
  });

  it('leaves a sentence the parser fails on unparsed, notes it, and keeps the other events', () => {
    const model = loadParserModel();
    const text = 'Russian troops attacked Ukrainian villages. The army attacked the rebels.';
    // Fails on the sentence whose first word is `russian`, parses the others.
    const failing: WordParser = (m, words) => {
      if (words[1].w === 'russian') throw new Error('no transition left');
      return parseWords(m, words);
    };
    const run = (parse?: WordParser) =>
      new Pipeline([
        textLayer(),
        syntaxComponent(model, { lazy: true, parse }),
        eventsComponent(loadCameoKnowledge()),
      ]).run(newDocument({ text }));
    const whole = run();
    const doc = run(failing);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['W_PARSE']);
    const second = (d: typeof doc) =>
      (d.layers.events ?? []).filter((e) => e.trigger.start > text.indexOf('The'));
    expect(second(whole).length).toBeGreaterThan(0);
    expect(second(doc)).toEqual(second(whole));
    const firstTokens = doc.layers.tokens!.filter((t) => t.sentence === 0);
    expect(firstTokens.every((t) => t.head === undefined)).toBe(true);
  });
});
