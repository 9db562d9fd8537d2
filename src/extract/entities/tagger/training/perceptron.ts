/**
 * Averaged perceptron trainer (Collins 2002), with lazy averaging: each weight keeps its running
 * total and the step of its last change, so an update costs O(changed weights), not O(model).
 */
import type { Scorer } from '../decode.js';
import { decodeGreedy } from '../decode.js';
import type { DocumentCues } from '../features.js';
import { documentCues, sentenceFeatures, shortShape } from '../features.js';
import type { Gazetteer } from '../gazetteer.js';
import { TAG_COUNT } from '../tags.js';
import type { TrainingSentence } from './gold.js';

const T = TAG_COUNT;

export class AveragedPerceptron {
  /** Per feature: [weights (T), totals (T), last-changed step (T)]. */
  private readonly table = new Map<string, Float64Array>();
  private step = 0;

  readonly score: Scorer = (features, scores) => {
    for (let f = 0; f < features.length; f++) {
      const v = this.table.get(features[f]);
      if (v) for (let t = 0; t < T; t++) scores[t] += v[t];
    }
  };

  /** One training instance: rewards the gold tag's features, penalises the predicted one's. */
  update(gold: number, predicted: number, features: readonly string[]): void {
    this.step++;
    if (gold === predicted) return;
    for (const f of features) {
      let v = this.table.get(f);
      if (!v) {
        v = new Float64Array(3 * T);
        this.table.set(f, v);
      }
      this.bump(v, gold, 1);
      this.bump(v, predicted, -1);
    }
  }

  private bump(v: Float64Array, t: number, delta: number): void {
    v[T + t] += (this.step - v[2 * T + t]) * v[t];
    v[2 * T + t] = this.step;
    v[t] += delta;
  }

  /** The averaged weights, feature -> TAG_COUNT weights. */
  averaged(): Map<string, Float64Array> {
    const out = new Map<string, Float64Array>();
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
  features: string[][];
  norms: string[];
  shapes: string[];
  tags: number[];
}

export function prepare(sentences: TrainingSentence[], gazetteer: Gazetteer): PreparedSentence[] {
  const cuesByDoc = new Map<string, { cues: DocumentCues; index: Map<number, number> }>();
  return sentences.map(({ doc, sentence, tags }) => {
    let entry = cuesByDoc.get(doc.id);
    const tokens = doc.layers.tokens ?? [];
    if (!entry) {
      const spans = (doc.layers.sentences ?? []).map((s) => ({ first: s.firstToken, last: s.lastToken }));
      entry = { cues: documentCues(tokens, spans), index: new Map(spans.map((s, i) => [s.first, i])) };
      cuesByDoc.set(doc.id, entry);
    }
    const headline = entry.cues.headline[entry.index.get(sentence.first) ?? 0];
    const features = sentenceFeatures(doc.text, tokens, sentence, headline, entry.cues, gazetteer);
    const norms: string[] = [];
    const shapes: string[] = [];
    for (let i = sentence.first; i <= sentence.last; i++) {
      norms.push(tokens[i].norm);
      shapes.push(shortShape(tokens[i].text));
    }
    return { features, norms, shapes, tags };
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
  log: (epoch: number, accuracy: number) => void = () => {},
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
    for (const i of order) {
      const s = data[i];
      decodeGreedy(s.features, s.norms, s.shapes, model.score, (k, features, predicted) => {
        total++;
        if (predicted === s.tags[k]) correct++;
        model.update(s.tags[k], predicted, features);
      });
    }
    log(epoch, correct / total);
  }
  return model;
}
