/** What readers hand to the rest of the system: a Document, or an error that names the input. */
import type { Document } from '../model/document.js';

/** Stable error codes for inputs that cannot be read. */
export type InputErrorCode =
  | 'E_NOT_FOUND'
  | 'E_BINARY'
  | 'E_EMPTY'
  | 'E_TOO_LARGE'
  | 'E_NO_ARTICLE'
  | 'E_JSON'
  | 'E_RECORD'
  | 'E_FEED'
  | 'E_UNSUPPORTED'
  | 'E_READ';

export interface InputError {
  code: InputErrorCode;
  /** The file, `file:line`, or `-` for standard input. */
  origin: string;
  message: string;
  /** What the user can do about it. */
  hint: string;
}

export type ReadOutcome = { ok: true; doc: Document } | { ok: false; error: InputError };

export interface ReadOptions {
  /** Files larger than this are refused with E_TOO_LARGE (default 20 MB). */
  maxBytes?: number;
  /** Force a format instead of sniffing it. */
  format?: 'text' | 'html' | 'jsonl' | 'feed';
  /** What `-` reads (default `process.stdin`); tests pass chunks here. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** One line for a terminal: `file:3: E_JSON: ... (hint)`. */
export function formatInputError(e: InputError): string {
  return `${e.origin}: ${e.code}: ${e.message} (${e.hint})`;
}
