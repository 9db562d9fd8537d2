/**
 * Markup to paragraphs: walks a DOM subtree and cuts its text at block elements (`p`, `li`,
 * headings, `blockquote`, `br` ...), folding white space inside each piece. Used for the article
 * Readability found and for feed items' HTML content.
 */
import { parseHTML } from 'linkedom';
import { foldSpaces } from './compose.js';

export interface TextBlock {
  text: string;
  /** The innermost block element the text sat in (`p`, `h2`, `li`, `blockquote`, `figcaption` ...). */
  tag: string;
  /** Inside a `figure` caption: a photo credit or caption, not story text. */
  caption: boolean;
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
/** Elements whose text is never article text. */
const SKIP_TAGS = new Set([
  'audio',
  'button',
  'canvas',
  'embed',
  'head',
  'iframe',
  'input',
  'noscript',
  'object',
  'picture',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
]);
const CAPTION_TAGS = new Set(['figcaption', 'caption']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

interface MinimalNode {
  nodeType: number;
  nodeValue: string | null;
  localName?: string;
  tagName?: string;
  firstChild: MinimalNode | null;
  nextSibling: MinimalNode | null;
}

/** Paragraph-sized text pieces of a DOM subtree, in document order. */
export function textBlocks(root: unknown): TextBlock[] {
  const out: TextBlock[] = [];
  let buffer: string[] = [];
  const tags: string[] = ['div'];
  let captionDepth = 0;
  const flush = () => {
    if (!buffer.length) return;
    const text = foldSpaces(buffer.join(''));
    buffer = [];
    if (text) out.push({ text, tag: tags[tags.length - 1], caption: captionDepth > 0 });
  };
  const walk = (node: MinimalNode) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        if (child.nodeValue) buffer.push(child.nodeValue);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child.localName ?? child.tagName ?? '').toLowerCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (!BLOCK_TAGS.has(tag)) {
        walk(child);
        continue;
      }
      flush();
      if (tag === 'br' || tag === 'hr') continue;
      tags.push(tag);
      if (CAPTION_TAGS.has(tag)) captionDepth++;
      walk(child);
      flush();
      if (CAPTION_TAGS.has(tag)) captionDepth--;
      tags.pop();
    }
  };
  walk(root as MinimalNode);
  flush();
  return out;
}

const HAS_MARKUP = /<[a-zA-Z!/]/;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);/i;

/** Paragraphs of an HTML fragment (a feed item's content). Plain text is split at blank lines. */
export function fragmentBlocks(fragment: string): TextBlock[] {
  if (!HAS_MARKUP.test(fragment)) {
    const text = ENTITY.test(fragment) ? decodeEntities(fragment) : fragment;
    const separator = /\n\s*\n/.test(text) ? /\n\s*\n/ : /\n/;
    return text
      .split(separator)
      .map((t) => foldSpaces(t))
      .filter(Boolean)
      .map((t) => ({ text: t, tag: 'p', caption: false }));
  }
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  return textBlocks(document.body);
}

/** Text of a small HTML string (a title with `<b>` or `&amp;`), tags dropped. */
export function htmlToText(fragment: string): string {
  if (!HAS_MARKUP.test(fragment) && !ENTITY.test(fragment)) return foldSpaces(fragment);
  return fragmentBlocks(fragment)
    .map((b) => b.text)
    .join(' ');
}

function decodeEntities(text: string): string {
  // The text has no tags, so parsing it as a body decodes the entities and keeps its line breaks.
  const { document } = parseHTML(`<!doctype html><html><body>${text}</body></html>`);
  return document.body.textContent ?? text;
}

const FOLD = /[^\p{L}\p{N}]+/gu;
const TRAILING_ELLIPSIS = /\s*(?:\.\.\.|…|\[…\]|\[\.\.\.\])\s*$/;

/** Lower case, punctuation and spacing folded: for comparing texts, never for offsets. */
export function foldForCompare(text: string): string {
  return text.toLowerCase().replace(FOLD, ' ').trim();
}

/** True when `summary` just repeats the opening of these blocks (a teaser cut from the body). */
export function isOpeningOf(summary: string, blocks: TextBlock[]): boolean {
  const key = foldForCompare(summary.replace(TRAILING_ELLIPSIS, '')).slice(0, 80);
  if (!key) return true;
  const opening = foldForCompare(
    blocks
      .slice(0, 6)
      .map((b) => b.text)
      .join(' '),
  );
  return opening.includes(key);
}
