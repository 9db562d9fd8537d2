/**
 * The common shape of every annotation: where it is in the text, what it says, and why it is there.
 *
 * Offsets are JavaScript string indices (UTF-16 code units) into `Document.text`, start inclusive,
 * end exclusive, exactly as in the gold format (`text.slice(start, end) === surface`).
 */

/** A stretch of the document text. */
export interface Span {
  start: number;
  end: number;
  /** The surface text, always `doc.text.slice(start, end)`. */
  text: string;
}

/** Who made an annotation and on what grounds, so an analyst can ask "why?" of any row. */
export interface Provenance {
  /** The pipeline component that produced it, e.g. `times`. */
  component: string;
  /** That component's version, bumped when its output changes on purpose. */
  version: string;
  /** Ids of the rules (or model) that fired, most decisive first, e.g. `["weekday.past-tense"]`. */
  rules: string[];
  /** 0..1, the producer's own estimate that the annotation is right. */
  confidence: number;
}

export type Annotation = Span & Provenance;

/** Builds a span from offsets, taking the surface text from the document text. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Attaches provenance to a span. */
export function annotate<T extends object>(
  span: Span,
  by: { component: string; version: string },
  rules: string[],
  confidence: number,
  extra: T,
): Annotation & T {
  return { ...span, component: by.component, version: by.version, rules, confidence, ...extra };
}
