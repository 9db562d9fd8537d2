import { describe, expect, it } from 'vitest';
import { decodeSentence } from './decode.js';
import { createSentenceDecoder } from './fast-decode.js';
import { documentCues, sentenceFeatures, tokenHashes } from './features.js';
import { loadNerModel, modelScorer } from './index.js';
import { analyse } from './training/gold.js';

const model = loadNerModel();

// [text]: the run-time decoder must give the same tags and margins as the training path.
const texts: string[] = [
  'Secretary of State John Kerry arrived in Vienna on Tuesday.',
  'Syrian President Bashar Assad\'s government (SAA) rejected the "peace" plan, the U.S. said.',
  'John Kerry Says Ceasefire Between Syrian Rebels and Assad Could Be Weeks Away\n\nKerry said a ceasefire could be weeks away.',
  'NATO, the UN and the European Union met in Brussels [with IMF officials] in 2015.',
  'He said: "We will not go to New York or Los Angeles." The AP reported it.',
];

describe('fast sentence decoder', () => {
  it.each(texts)('matches the list-of-features path: %s', (text) => {
    const doc = analyse({ id: 't', text, entities: [] });
    const tokens = doc.layers.tokens ?? [];
    const ranges = (doc.layers.sentences ?? []).map((s) => ({
      first: s.firstToken,
      last: s.lastToken,
      paragraph: s.paragraph,
    }));
    const cues = documentCues(tokens, ranges);
    const fast = createSentenceDecoder(model);
    const score = modelScorer(model);
    // Twice, so the second pass runs on cached words.
    for (let pass = 0; pass < 2; pass++)
      ranges.forEach((s, si) => {
        const hashes = tokenHashes(tokens, s);
        const features = sentenceFeatures(
          doc.text,
          tokens,
          s,
          cues.headline[si],
          cues,
          model.gazetteer,
          hashes,
        );
        const slow = decodeSentence(features, hashes, score, model.beam);
        const quick = fast(doc.text, tokens, s, cues.headline[si], cues);
        expect([...quick.tags]).toEqual([...slow.tags]);
        expect([...quick.margins]).toEqual([...slow.margins]);
      });
  });
});
