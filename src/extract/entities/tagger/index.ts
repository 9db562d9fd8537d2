/**
 * Statistical named-entity tagger: an averaged perceptron over BILOU tags, decoded greedily with
 * previous-tag features, on word, shape, affix, window, POS, document and gazetteer features.
 * Trained by `npm run train:ner` (scripts/train-ner.ts); the model is `data/models/ner.json`.
 *
 * It reads the text layer (sentences and tokens) and returns typed character spans; the entities
 * component decides what to keep, splits roles, links actors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../../knowledge/paths.js';
import type { Document } from '../../../model/document.js';
import type { EntityType, Token } from '../../../model/layers.js';
import { decodeGreedy, type Scorer } from './decode.js';
import { documentCues, type SentenceSpan, sentenceFeatures, shortShape, startsUpper } from './features.js';
import { deserialiseModel, type NerModel, type SerialisedModel } from './model.js';
import { decodeTags, TAG_COUNT } from './tags.js';

export type { NerModel } from './model.js';

export interface TaggedSpan {
  /** Character offsets into doc.text. */
  start: number;
  end: number;
  type: EntityType;
  /** 0..1, from the weakest token's score margin. */
  confidence: number;
}

export interface NerTagger {
  tag(doc: Document): TaggedSpan[];
}

export const NER_MODEL_FILE = 'models/ner.json';

/** Reads and unpacks `data/models/ner.json`; call once and share the result. */
export function loadNerModel(path = join(dataDir(), NER_MODEL_FILE)): NerModel {
  return deserialiseModel(JSON.parse(readFileSync(path, 'utf8')) as SerialisedModel);
}

export function modelScorer(model: NerModel): Scorer {
  const { rows, weights } = model;
  return (features, scores) => {
    for (let f = 0; f < features.length; f++) {
      const row = rows.get(features[f]);
      if (row === undefined) continue;
      for (let t = 0; t < TAG_COUNT; t++) scores[t] += weights[row + t];
    }
  };
}

/** Tags tokens with the sentence spans given; shared by the tagger and the evaluation scripts. */
export function tagTokens(
  model: NerModel,
  score: Scorer,
  text: string,
  tokens: Token[],
  sentences: SentenceSpan[],
): TaggedSpan[] {
  const cues = documentCues(tokens, sentences);
  const out: TaggedSpan[] = [];
  const k = Math.log(9) / model.confidenceMargin; // margin == confidenceMargin -> 0.9
  sentences.forEach((s, si) => {
    const features = sentenceFeatures(text, tokens, s, cues.headline[si], cues, model.gazetteer);
    const norms: string[] = [];
    const shapes: string[] = [];
    for (let i = s.first; i <= s.last; i++) {
      norms.push(tokens[i].norm);
      shapes.push(shortShape(tokens[i].text));
    }
    const { tags, margins } = decodeGreedy(features, norms, shapes, score);
    for (const span of decodeTags(tags)) {
      let margin = Number.POSITIVE_INFINITY;
      for (let i = span.first; i <= span.last; i++) margin = Math.min(margin, margins[i]);
      out.push({
        start: tokens[s.first + span.first].start,
        end: tokens[s.first + span.last].end,
        type: span.type,
        confidence: Math.round((1 / (1 + Math.exp(-k * margin))) * 1000) / 1000,
      });
    }
  });
  return out;
}

export interface NerTaggerOptions {
  /**
   * Also tag capitalised demonyms and group words the model left out as NORP (`Syrian` in
   * `Syrian rebels`). GUM, the training data, marks only nominal uses (`Syrians`), so the model
   * alone misses adjectival ones; news readers want them. Default true.
   */
  demonyms?: boolean;
}

/** Confidence given to NORP spans added by the demonym rule (a dictionary hit, not a model score). */
const DEMONYM_CONFIDENCE = 0.7;

export function createNerTagger(model: NerModel, options: NerTaggerOptions = {}): NerTagger {
  const score = modelScorer(model);
  const demonyms = options.demonyms ?? true;
  return {
    tag(doc: Document): TaggedSpan[] {
      const tokens = doc.layers.tokens;
      const sentences = doc.layers.sentences;
      if (!tokens || !sentences) throw new Error('NER tagger needs the text layer (sentences, tokens)');
      const spans = sentences.map((s) => ({ first: s.firstToken, last: s.lastToken }));
      const tagged = tagTokens(model, score, doc.text, tokens, spans);
      return demonyms ? addDemonyms(model, tokens, tagged) : tagged;
    },
  };
}

/** Adds NORP spans for capitalised demonym tokens outside every tagged span; keeps text order. */
function addDemonyms(model: NerModel, tokens: Token[], tagged: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let next = 0; // index into tagged, which is in text order
  for (const t of tokens) {
    while (next < tagged.length && tagged[next].end <= t.start) out.push(tagged[next++]);
    if (next < tagged.length && tagged[next].start < t.end) continue; // inside a tagged span
    if (startsUpper(t.text) && model.demonyms.has(t.norm))
      out.push({ start: t.start, end: t.end, type: 'NORP', confidence: DEMONYM_CONFIDENCE });
  }
  while (next < tagged.length) out.push(tagged[next++]);
  return out;
}
