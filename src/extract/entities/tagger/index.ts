/**
 * Statistical named-entity tagger: a structured averaged perceptron over BILOU tags, decoded by
 * Viterbi (decode.ts) with tag-transition features, on word, shape, affix, window, POS, document
 * and gazetteer features.
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
import type { Scorer } from './decode.js';
import { createSentenceDecoder, type SentenceDecoder } from './fast-decode.js';
import { type DocumentCues, documentCues, type SentenceSpan, startsUpper } from './features.js';
import { COMMON_CLASSES, type Gazetteer } from './gazetteer.js';
import { deserialiseModel, type NerModel, type SerialisedModel } from './model.js';
import {
  bracketAcronyms,
  demonyms,
  headlineCase,
  hyphenNames,
  NESTED_PLACE_LISTS,
  nestedPlaces,
  pluralNotPerson,
  propagate,
  type SpanSource,
  type TokenSpan,
  tidyEdges,
  voteTypes,
} from './postprocess.js';
import { decodeTags } from './tags.js';

export type { NerModel } from './model.js';

export interface TaggedSpan {
  /** Character offsets into doc.text. */
  start: number;
  end: number;
  type: EntityType;
  /** 0..1, from the weakest token's score margin. */
  confidence: number;
  /** Which step produced the span: the model, or a document-level rule (see postprocess.ts). */
  source?: SpanSource;
  /** Ids of the document-level rules that set the type (`ner.plural-not-person`, `ner.vote`), if any. */
  rules?: string[];
}

export interface NerTagger {
  tag(doc: Document): TaggedSpan[];
  /** Whether a lower-case word is on the model's common-word list (`energy`, `group`; not `zentara`). */
  isCommonWord(lower: string): boolean;
}

export const NER_MODEL_FILE = 'models/ner.json';

/** Reads and unpacks `data/models/ner.json`; call once and share the result. */
export function loadNerModel(path = join(dataDir(), NER_MODEL_FILE)): NerModel {
  return deserialiseModel(JSON.parse(readFileSync(path, 'utf8')) as SerialisedModel);
}

export function modelScorer(model: NerModel): Scorer {
  const { rows, rowStart, pairTags, pairWeights } = model;
  return (features, count, scores) => {
    for (let f = 0; f < count; f++) {
      const row = rows.get(features[f]);
      if (row < 0) continue;
      const end = rowStart[row + 1];
      for (let j = rowStart[row]; j < end; j++) scores[pairTags[j]] += pairWeights[j];
    }
  };
}

const FUNC_CLASS = COMMON_CLASSES.indexOf('FUNC') + 1;
const ADV_CLASS = COMMON_CLASSES.indexOf('ADV') + 1;
/** Name lists of given names: an opener found there may be a name (`Will said...`, `Grace told...`). */
export const GIVEN_NAME_LISTS = ['first-names', 'given-names'] as const;

/** `It`, `Later`: a capital first letter and lower-case ASCII letters after it, nothing else. */
function plainTitleCase(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  for (let i = 1; i < t.length; i++) {
    const d = t.charCodeAt(i);
    if (d < 97 || d > 122) return false;
  }
  return true;
}

/** A capital (any script) or a digit anywhere in the token: it may be or start a name or number. */
function mayName(token: Token): boolean {
  if (token.text !== token.norm) return true; // norm is the lower-cased text
  const t = token.text;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * A sentence with no capital letter and no digit anywhere after an opener that is a function word or
 * adverb written in plain Title Case (`It was not clear when the talks would resume.`), or with none
 * at all: it names nothing the tagger could find, so it is not decoded (an eighth of the tokens of
 * GUM; one lower-case gold name lost). An opener in capitals or with inner capitals (`WHO warned`,
 * `eBay bought`), one the text layer reads as a noun or name (`May said`) or as an auxiliary right
 * before a verb (`Will said`), or a given name of the gazetteer (`Mark said`) keeps the sentence decoded.
 */
export function plainSentence(
  tokens: Token[],
  s: SentenceSpan,
  gazetteer: Gazetteer,
  givenNames = gazetteer.listMask(GIVEN_NAME_LISTS),
): boolean {
  const opener = tokens[s.first];
  let from = s.first;
  if (startsUpper(opener.text)) {
    if (!plainTitleCase(opener.text)) return false;
    if (opener.pos === 'NOUN' || opener.pos === 'PROPN') return false;
    // An auxiliary opening a sentence is followed by its subject or its verb, not by another verb:
    // before a verb it is the subject, a name (`Will said nothing.`).
    if (opener.pos === 'AUX' && s.first < s.last && tokens[s.first + 1].pos === 'VERB') return false;
    const cls = gazetteer.commonClass(opener.norm);
    if (cls !== FUNC_CLASS && cls !== ADV_CLASS) return false;
    if (givenNames && gazetteer.nameMask(opener.norm) & givenNames) return false;
    from = s.first + 1;
  }
  for (let i = from; i <= s.last; i++) if (mayName(tokens[i])) return false;
  return true;
}

/** Model spans for the tokens of the given sentences, before any document-level rule. */
export function tagTokens(
  model: NerModel,
  decode: SentenceDecoder,
  text: string,
  tokens: Token[],
  sentences: SentenceSpan[],
  cues: DocumentCues = documentCues(tokens, sentences),
): TokenSpan[] {
  const out: TokenSpan[] = [];
  const givenNames = model.gazetteer.listMask(GIVEN_NAME_LISTS);
  const k = Math.log(9) / model.confidenceMargin; // margin == confidenceMargin -> 0.9
  sentences.forEach((s, si) => {
    if (plainSentence(tokens, s, model.gazetteer, givenNames)) return;
    const { tags, margins } = decode(text, tokens, s, cues.headline[si], cues);
    for (const span of decodeTags(tags)) {
      let margin = Number.POSITIVE_INFINITY;
      for (let i = span.first; i <= span.last; i++) margin = Math.min(margin, margins[i]);
      out.push({
        first: s.first + span.first,
        last: s.first + span.last,
        type: span.type,
        confidence: Math.round((1 / (1 + Math.exp(-k * margin))) * 1000) / 1000,
        source: 'model',
      });
    }
  });
  return out;
}

export interface NerTaggerOptions {
  /** `ner.demonym`: tag capitalised demonyms left untagged as NORP (`Syrian` in `Syrian rebels`). Default true. */
  demonyms?: boolean;
  /** `ner.nested-place`: add GPE spans for known places inside longer names. Default true. */
  nestedPlaces?: boolean;
  /** `ner.vote` and `ner.propagate`: one type per name in a document, repetitions tagged. Default true. */
  documentConsistency?: boolean;
}

export function createNerTagger(model: NerModel, options: NerTaggerOptions = {}): NerTagger {
  const decode = createSentenceDecoder(model);
  const placeMask = model.gazetteer.listMask(NESTED_PLACE_LISTS);
  const {
    demonyms: withDemonyms = true,
    nestedPlaces: withNested = true,
    documentConsistency = true,
  } = options;
  return {
    isCommonWord: (lower: string) => model.gazetteer.commonClass(lower) > 0,
    tag(doc: Document): TaggedSpan[] {
      const tokens = doc.layers.tokens;
      const sentences = doc.layers.sentences;
      if (!tokens || !sentences) throw new Error('NER tagger needs the text layer (sentences, tokens)');
      const ranges = sentences.map((s) => ({
        first: s.firstToken,
        last: s.lastToken,
        paragraph: s.paragraph,
      }));
      const cues = documentCues(tokens, ranges);
      let spans = tagTokens(model, decode, doc.text, tokens, ranges, cues);
      spans = headlineCase(tokens, spans, cues, (i) => tokens[i].sentence, model.demonyms);
      spans = tidyEdges(tokens, spans);
      spans = hyphenNames(tokens, spans);
      spans = bracketAcronyms(tokens, spans);
      pluralNotPerson(tokens, spans, cues);
      if (documentConsistency) {
        voteTypes(doc.text, tokens, spans);
        spans = propagate(tokens, spans);
      }
      if (withNested) spans = nestedPlaces(doc.text, tokens, spans, model.gazetteer, placeMask);
      if (withDemonyms) spans = demonyms(tokens, spans, model.demonyms);
      return spans.map((s) => {
        const out: TaggedSpan = {
          start: tokens[s.first].start,
          end: tokens[s.last].end,
          type: s.type,
          confidence: s.confidence,
          source: s.source,
        };
        if (s.rules) out.rules = s.rules;
        return out;
      });
    },
  };
}
