/**
 * The shape of the statistical tagger (src/extract/entities/tagger/) as this component uses it.
 * Declared here structurally so the dictionary rules build and run without the model.
 */
import type { Document } from '../../model/document.js';
import type { EntityType } from '../../model/layers.js';

export interface TaggedSpan {
  /** Character offsets into doc.text. */
  start: number;
  end: number;
  type: EntityType;
  confidence: number;
  /** Ids of the tagger's rules that changed the span's type (`ner.plural-not-person`), if any. */
  rules?: string[];
}

export interface NerTagger {
  tag(doc: Document): TaggedSpan[];
  /** Whether a lower-case word is a common English word (the model's word list), if the model has one. */
  isCommonWord?(lower: string): boolean;
}
