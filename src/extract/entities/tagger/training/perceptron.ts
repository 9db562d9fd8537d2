/**
 * Structured averaged perceptron trainer (Collins 2002) over Viterbi-decoded sentences, with lazy averaging: each weight keeps its running
 * total and the step of its last change, so an update costs O(changed weights), not O(model).
 */
import type { Scorer } from '../decode.js';
import { decodeSentence, TRANSITION_FEATURES, transitionFeatures } from '../decode.js';
import type { DocumentCues } from '../features.js';
import { documentCues, sentenceFeatures, type TokenHashes, tokenHashes } from '../features.js';
import type { Gazetteer } from '../gazetteer.js';
import { O, TAG_COUNT } from '../tags.js';
import type { TrainingSentence } from './gold.js';

const T = TAG_COUNT;

export class AveragedPerceptron {
  /** Per feature: [weights (T), totals (T), last-changed step (T)]. */
  private readonly table = new Map<number, Float64Array>();
  private step = 0;

  readonly score: Scorer = (features, count, scores) => {
    for (let f = 0; f < count; f++) {
      const v = this.table.get(features[f]);
      if (v) for (let t = 0; t < T; t++) scores[t] += v[t];
    }
  };

  private bump(v: Float64Array, t: number, delta: number): void {
    v[T + t] += (this.step - v[2 * T + t]) * v[t];
    v[2 * T + t] = this.step;
    v[t] += delta;
  }

  /** Adds `delta` to the weight of `tag` for each of the first `count` features. */
  adjust(features: ArrayLike<number>, count: number, tag: number, delta: number): void {
    for (let i = 0; i < count; i++) {
      const f = features[i];
      let v = this.table.get(f);
      if (!v) {
        v = new Float64Array(3 * T);
        this.table.set(f, v);
      }
      this.bump(v, tag, delta);
    }
  }

  /** Counts one training instance (a sentence), for averaging. */
  tick(): void {
    this.step++;
  }

  /** The averaged weights, feature -> TAG_COUNT weights. */
  averaged(): Map<number, Float64Array> {
    const out = new Map<number, Float64Array>();
    for (const [f, v] of this.table) {
      const w = new Float64Array(T);
      let any = false;
      for (let t = 0; t < T; t++) {
        const total = v[T + t] + (this.step - v[2 * T + t]) * v[t];
        w[t] = total / this.step;
        if (w[t] !== 0) any = true;
      }
      if (any) out.set(f, w);
    }
    return out;
  }
}

/** A sentence with its static features computed once for all epochs. */
export interface PreparedSentence {
  features: number[][];
  hashes: TokenHashes;
  tags: number[];
}

/**
 * Computes static features once for all epochs, dropping features seen fewer than `minCount`
 * times: hapaxes mostly memorise the training text, and dropping them shrinks the model.
 */
export function prepare(
  sentences: TrainingSentence[],
  gazetteer: Gazetteer,
  minCount = 2,
): PreparedSentence[] {
  const prepared = extract(sentences, gazetteer);
  if (minCount <= 1) return prepared;
  const counts = new Map<number, number>();
  for (const s of prepared)
    for (const token of s.features) for (const f of token) counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const s of prepared)
    s.features = s.features.map((token) => token.filter((f) => (counts.get(f) ?? 0) >= minCount));
  return prepared;
}

function extract(sentences: TrainingSentence[], gazetteer: Gazetteer): PreparedSentence[] {
  const cuesByDoc = new Map<string, { cues: DocumentCues; index: Map<number, number> }>();
  return sentences.map(({ doc, sentence, tags }) => {
    let entry = cuesByDoc.get(doc.id);
    const tokens = doc.layers.tokens ?? [];
    if (!entry) {
      const spans = (doc.layers.sentences ?? []).map((s) => ({
        first: s.firstToken,
        last: s.lastToken,
        paragraph: s.paragraph,
      }));
      entry = { cues: documentCues(tokens, spans), index: new Map(spans.map((s, i) => [s.first, i])) };
      cuesByDoc.set(doc.id, entry);
    }
    const headline = entry.cues.headline[entry.index.get(sentence.first) ?? 0];
    const hashes = tokenHashes(tokens, sentence);
    const features = sentenceFeatures(doc.text, tokens, sentence, headline, entry.cues, gazetteer, hashes);
    return { features, hashes, tags };
  });
}

/** Mulberry32: a small seeded generator, so shuffles (and models) are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(
  data: PreparedSentence[],
  epochs: number,
  seed: number,
  log: (epoch: number, accuracy: number, model: AveragedPerceptron) => void = () => {},
): AveragedPerceptron {
  const model = new AveragedPerceptron();
  const random = seededRandom(seed);
  const order = data.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let correct = 0;
    let total = 0;
    const goldTransition: number[] = [0, 0, 0];
    const predictedTransition: number[] = [0, 0, 0];
    for (const i of order) {
      const s = data[i];
      const predicted = decodeSentence(s.features, s.hashes, model.score).tags;
      model.tick();
      // Structured perceptron: reward the gold sequence's features, penalise the predicted one's,
      // wherever the two differ (a token's tag, or the transition into it).
      for (let k = 0; k < s.tags.length; k++) {
        total++;
        const gold = s.tags[k];
        const guess = predicted[k];
        if (gold === guess) correct++;
        else {
          model.adjust(s.features[k], s.features[k].length, gold, 1);
          model.adjust(s.features[k], s.features[k].length, guess, -1);
        }
        const goldPrev = k > 0 ? s.tags[k - 1] : O;
        const guessPrev = k > 0 ? predicted[k - 1] : O;
        if (gold === guess && goldPrev === guessPrev) continue;
        transitionFeatures(goldPrev, s.hashes.lower[k], s.hashes.shortShape[k], goldTransition);
        transitionFeatures(guessPrev, s.hashes.lower[k], s.hashes.shortShape[k], predictedTransition);
        model.adjust(goldTransition, TRANSITION_FEATURES, gold, 1);
        model.adjust(predictedTransition, TRANSITION_FEATURES, guess, -1);
      }
    }
    log(epoch, correct / total, model);
  }
  return model;
}
