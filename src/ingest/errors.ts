/** One constructor per input error, so every message carries the same kind of hint. */
import type { InputError, InputErrorCode, ReadOutcome } from './types.js';

const HINTS: Record<InputErrorCode, string> = {
  E_NOT_FOUND: 'check the path; folders are read recursively, `-` reads standard input',
  E_BINARY: 'this looks like a binary file; give text, HTML, JSON Lines or an RSS/Atom feed',
  E_EMPTY: 'the input has no text; remove it from the batch or fill it',
  E_TOO_LARGE: 'split the input into smaller files or raise the limit (maxBytes / --max-bytes)',
  E_NO_ARTICLE:
    'no article text was found on this page; save the article page itself, or paste its text into a .txt file',
  E_JSON: 'each line must be one JSON object like {"id": "...", "text": "..."}; fix or remove this line',
  E_RECORD: 'a record needs a non-empty "text" string (optional: id, title, published, url, source)',
  E_FEED: 'the feed is not well-formed RSS 2.0 or Atom XML; check it with an XML validator',
  E_UNSUPPORTED: 'supported inputs are .txt/.md, .html/.htm, .jsonl/.ndjson and .xml/.rss/.atom feeds',
  E_READ: 'the file could not be read; check its permissions',
};

export function inputError(
  code: InputErrorCode,
  origin: string,
  message: string,
  hint = HINTS[code],
): InputError {
  return { code, origin, message, hint };
}

export function failure(code: InputErrorCode, origin: string, message: string, hint?: string): ReadOutcome {
  return { ok: false, error: inputError(code, origin, message, hint) };
}
