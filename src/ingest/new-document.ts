import type { Diagnostic, Document } from '../model/document.js';
import type { Paragraph } from '../model/layers.js';
import type { Metadata } from '../model/metadata.js';
import { contentHash } from '../text/hash.js';

export const READER = { component: 'ingest', version: '0.1.0' } as const;

export interface NewDocument {
  id?: string | null;
  text: string;
  meta?: Partial<Metadata>;
  paragraphs?: Paragraph[];
  diagnostics?: Diagnostic[];
}

/**
 * Builds a Document from what a reader found. Line endings are normalised to `\n` before anything
 * points into the text, so offsets never shift afterwards.
 */
export function newDocument(input: NewDocument): Document {
  const text = input.text;
  const hash = contentHash(text);
  const meta: Metadata = {
    title: null,
    subtitle: null,
    authors: [],
    published: null,
    source: null,
    url: null,
    language: 'en',
    format: 'text',
    origin: null,
    ...input.meta,
  };
  const doc: Document = {
    id: input.id ?? `doc-${hash.slice(0, 16)}`,
    text,
    contentHash: hash,
    meta,
    layers: {},
    producedBy: {},
    diagnostics: input.diagnostics ?? [],
  };
  if (input.paragraphs) {
    doc.layers.paragraphs = input.paragraphs;
    doc.producedBy.paragraphs = READER;
  }
  return doc;
}
