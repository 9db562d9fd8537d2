/** Which reader an input goes to: by file extension when it has a known one, else by its first bytes. */
import { extname } from 'node:path';
import type { InputFormat } from '../model/metadata.js';

const EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

const PROLOGUE = /^(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->)*/;
const FEED_ROOT = /^<(?:rss|feed|rdf:RDF)[\s>]/i;
const HTML_START = /^<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)[\s>]/i;

/** The format an extension names, or null for an unknown extension. */
export function formatFromPath(path: string): InputFormat | null {
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

/** The format of a decoded text without a telling extension (standard input, `notes.dat`). */
export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const afterPrologue = head.replace(PROLOGUE, '');
  if (FEED_ROOT.test(afterPrologue)) return 'feed';
  if (HTML_START.test(afterPrologue)) return 'html';
  if (afterPrologue.startsWith('{')) return 'jsonl';
  return 'text';
}
