/**
 * A Document is an immutable text plus typed layers that point into it by offsets.
 * Readers create it (text, metadata, paragraphs); pipeline components fill the other layers.
 */
import type { LayerName, Layers } from './layers.js';
import type { Metadata } from './metadata.js';

/** A problem met while reading or annotating, kept with the document rather than thrown. */
export interface Diagnostic {
  /** Stable code, e.g. `E_ENCODING`, `W_NO_DATE`. */
  code: string;
  message: string;
  /** Where: `file`, `file:line`, or a character offset in the text. */
  at?: string;
}

export interface Document {
  /** Stable id: the caller's id when given, else derived from the content hash. */
  readonly id: string;
  readonly text: string;
  /** sha256 of the normalised text (whitespace folded, lower-cased), the key for duplicate detection. */
  readonly contentHash: string;
  meta: Metadata;
  layers: Layers;
  /** Which component and version filled each layer. */
  producedBy: Partial<Record<LayerName, { component: string; version: string }>>;
  diagnostics: Diagnostic[];
}

/** The normalised form that duplicate detection keys on: case, spacing and quote styles folded. */
export function normaliseForHash(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
