/**
 * The tagger's model: feature weights plus the gazetteer lists its features look up.
 *
 * On disk (`data/models/ner.json`) weights are sparse and quantised to int16: for each feature the
 * number of non-zero tags, then (tag, weight) triples of bytes, both base64. In memory they stay
 * sparse and int16 (a feature has ~5 non-zero tags of 25): scoring touches a few hundred KB
 * instead of megabytes. Scores are in units of `scale`; confidences are calibrated in the same units.
 */
import { FeatureTable } from './feature-table.js';
import { Gazetteer, type GazetteerLists, withNameIndex } from './gazetteer.js';
import { TAG_COUNT, TAG_NAMES } from './tags.js';

export const MODEL_FORMAT = 'sitrep-ner/1';

export interface SerialisedModel {
  format: string;
  version: string;
  /** Provenance of the training data and settings, for the record. */
  trainedOn: string;
  tags: string[];
  /** A stored int16 weight q stands for q * scale. */
  scale: number;
  /** Margin at which a token's confidence is 0.9 (logistic). */
  confidenceMargin: number;
  /** Decoding beam in score units (see decode.ts `viterbi`); absent: exact search. */
  beam?: number;
  gazetteers: GazetteerLists;
  /** base64 Uint32Array (little-endian): the hashed feature ids, in order. */
  features: string;
  /** base64 Uint8Array: number of (tag, weight) pairs of each feature. */
  counts: string;
  /** base64 bytes: tag index, then the int16 weight little-endian, for each pair in feature order. */
  pairs: string;
}

export interface NerModel {
  version: string;
  gazetteer: Gazetteer;
  /** The hashed feature id of each row. */
  ids: Uint32Array;
  /** Feature id -> row number. */
  rows: FeatureTable;
  /** Row r's (tag, weight) pairs are at indices rowStart[r] .. rowStart[r + 1] - 1. */
  rowStart: Int32Array;
  pairTags: Uint8Array;
  /** Quantised weights; multiply by `scale` for the trained value. */
  pairWeights: Int16Array;
  scale: number;
  confidenceMargin: number;
  /** Decoding beam in score units; Infinity: exact search. */
  beam: number;
  /** Demonyms and group words (`Syrian`, `Muslims`), lower case, for the demonym rule. */
  demonyms: Set<string>;
}

/**
 * Quantises averaged weights to int16 and drops those below `minWeight`. int16, not int8: a few
 * weights (the bias) are hundreds of times larger than the many small ones that matter.
 */
export function serialiseModel(
  weights: Map<number, Float64Array>,
  gazetteers: GazetteerLists,
  meta: { version: string; trainedOn: string; confidenceMargin: number; minWeight: number },
): SerialisedModel {
  let maxAbs = 0;
  for (const w of weights.values()) for (const v of w) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 32767 || 1;
  const threshold = Math.max(meta.minWeight, scale / 2);
  const features: number[] = [];
  const counts: number[] = [];
  const pairs: number[] = [];
  for (const [feature, w] of [...weights].sort((a, b) => a[0] - b[0])) {
    const kept: number[] = [];
    for (let t = 0; t < TAG_COUNT; t++) {
      if (Math.abs(w[t]) < threshold) continue;
      const q = Math.max(-32767, Math.min(32767, Math.round(w[t] / scale)));
      if (q !== 0) kept.push(t, q & 0xff, (q >> 8) & 0xff);
    }
    if (!kept.length) continue;
    features.push(feature);
    counts.push(kept.length / 3);
    pairs.push(...kept);
  }
  return {
    format: MODEL_FORMAT,
    version: meta.version,
    trainedOn: meta.trainedOn,
    tags: [...TAG_NAMES],
    scale,
    confidenceMargin: meta.confidenceMargin,
    gazetteers: withNameIndex(gazetteers),
    features: Buffer.from(Uint32Array.from(features).buffer).toString('base64'),
    counts: Buffer.from(Uint8Array.from(counts)).toString('base64'),
    pairs: Buffer.from(Uint8Array.from(pairs)).toString('base64'),
  };
}

/** The trained weight of `feature` for `tag` (0 when absent); for tests and inspection. */
export function weightOf(model: NerModel, feature: number, tag: number): number {
  const row = model.rows.get(feature);
  if (row < 0) return 0;
  for (let j = model.rowStart[row]; j < model.rowStart[row + 1]; j++)
    if (model.pairTags[j] === tag) return model.pairWeights[j] * model.scale;
  return 0;
}

export function deserialiseModel(m: SerialisedModel): NerModel {
  if (m.format !== MODEL_FORMAT) throw new Error(`NER model format ${m.format}, expected ${MODEL_FORMAT}`);
  if (m.tags.join() !== TAG_NAMES.join()) throw new Error('NER model tag set differs from the code');
  const counts = Buffer.from(m.counts, 'base64');
  const pairs = Buffer.from(m.pairs, 'base64');
  const ids = Buffer.from(m.features, 'base64');
  const features = new Uint32Array(ids.buffer.slice(ids.byteOffset, ids.byteOffset + ids.byteLength));
  const total = pairs.length / 3;
  const rowStart = new Int32Array(features.length + 1);
  const pairTags = new Uint8Array(total);
  const pairWeights = new Int16Array(total);
  let j = 0;
  features.forEach((_, row) => {
    rowStart[row] = j;
    for (let c = 0; c < counts[row]; c++, j++) {
      const u = pairs[3 * j + 1] | (pairs[3 * j + 2] << 8);
      pairTags[j] = pairs[3 * j];
      pairWeights[j] = u > 32767 ? u - 65536 : u;
    }
  });
  rowStart[features.length] = j;
  return {
    version: m.version,
    gazetteer: new Gazetteer(m.gazetteers),
    ids: features,
    rows: new FeatureTable(features),
    rowStart,
    pairTags,
    pairWeights,
    scale: m.scale,
    confidenceMargin: m.confidenceMargin,
    beam: m.beam ?? Number.POSITIVE_INFINITY,
    demonyms: new Set(
      [...(m.gazetteers.names.demonyms ?? []), ...(m.gazetteers.names.norp ?? [])].map((w) =>
        w.toLowerCase(),
      ),
    ),
  };
}
