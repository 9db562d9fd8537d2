/**
 * RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one Document per item or entry, its text composed as
 * `title \n\n dek \n\n content paragraphs` like an HTML page's. The feed is checked for
 * well-formedness first (linkedom's XML parser would silently repair a cut-off feed).
 */
import { DOMParser } from 'linkedom';
import type { Diagnostic } from '../model/document.js';
import type { PublishedTime } from '../model/metadata.js';
import { normaliseInput, TextComposer } from './compose.js';
import { parseDate } from './dates.js';
import { failure } from './errors.js';
import { fragmentBlocks, htmlToText, isOpeningOf, type TextBlock } from './html-text.js';
import { newDocument } from './new-document.js';
import type { ReadOutcome } from './types.js';
import { checkXml } from './xml-check.js';

interface XmlElement {
  tagName: string;
  children: ArrayLike<XmlElement>;
  textContent: string | null;
  innerHTML: string;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

const DEK_MAX_WORDS = 60;
const EMAIL_WITH_NAME = /^\S+@\S+\s*\(([^)]+)\)$/;

/** Reads a feed; one outcome per item, or a single E_FEED / E_EMPTY outcome for the whole feed. */
export function readFeed(xml: string, origin: string, diagnostics: Diagnostic[] = []): ReadOutcome[] {
  const text = normaliseInput(xml);
  if (text.trim() === '') return [failure('E_EMPTY', origin, 'the feed is empty')];
  const problem = checkXml(text);
  if (problem) return [failure('E_FEED', `${origin}:${problem.line}`, `malformed feed: ${problem.message}`)];
  const doc = new DOMParser().parseFromString(text, 'text/xml') as unknown as { documentElement: XmlElement };
  const root = doc.documentElement;
  const rootName = root.tagName.toLowerCase();
  let items: ArrayLike<XmlElement>;
  let channel: XmlElement | null;
  let atom = false;
  if (rootName === 'rss' || rootName === 'rdf:rdf') {
    items = root.getElementsByTagName('item');
    channel = root.getElementsByTagName('channel')[0] ?? null;
  } else if (rootName === 'feed') {
    items = root.getElementsByTagName('entry');
    channel = root;
    atom = true;
  } else {
    return [failure('E_FEED', origin, `the root element is <${root.tagName}>, not <rss> or <feed>`)];
  }
  if (items.length === 0)
    return [failure('E_EMPTY', origin, 'the feed has no items', 'nothing to read in this feed yet')];
  const feedInfo = {
    source: channel ? htmlToText(childText(channel, ['title']) ?? '') || null : null,
    language:
      (channel && childText(channel, ['language', 'dc:language'])) || root.getAttribute('xml:lang') || 'en',
  };
  const out: ReadOutcome[] = [];
  for (let i = 0; i < items.length; i++) {
    const itemOrigin = `${origin}#${i + 1}`;
    out.push(readItem(items[i], atom, itemOrigin, feedInfo, i === 0 ? diagnostics : [...diagnostics]));
  }
  return out;
}

function readItem(
  item: XmlElement,
  atom: boolean,
  origin: string,
  feed: { source: string | null; language: string },
  diagnostics: Diagnostic[],
): ReadOutcome {
  const title = htmlToText(childText(item, ['title']) ?? '') || null;
  const content = atom ? atomContent(item, 'content') : childText(item, ['content:encoded']);
  const summary = atom ? atomContent(item, 'summary') : childText(item, ['description', 'dc:description']);
  const blocks: TextBlock[] = fragmentBlocks(content ?? summary ?? '');

  const composer = new TextComposer();
  if (title) composer.add(title, 'headline', ['feed.title'], 0.95);
  let dek: string | null = null;
  if (content && summary) {
    const candidate = htmlToText(summary);
    if (candidate && candidate.split(/\s+/).length <= DEK_MAX_WORDS && !isOpeningOf(candidate, blocks))
      dek = candidate;
  }
  if (dek) composer.add(dek, 'dek', ['feed.summary'], 0.8);
  for (const block of blocks) {
    if (block.caption) composer.add(block.text, 'boilerplate', ['feed.figcaption'], 0.8, 'photo-credit');
    else composer.addBody(block.text, [atom ? 'feed.atom.content' : 'feed.rss.content']);
  }
  if (composer.isEmpty) return failure('E_EMPTY', origin, 'the item has neither title nor content');
  const { text, paragraphs } = composer.finish();
  const doc = newDocument({
    text,
    meta: {
      title,
      subtitle: dek,
      authors: itemAuthors(item, atom),
      published: itemDate(item, atom),
      source: feed.source,
      url: itemLink(item, atom),
      language: feed.language,
      format: 'feed',
      origin,
    },
    paragraphs,
    diagnostics,
  });
  return { ok: true, doc };
}

/** Text of the first direct child with one of these (lower-case, prefixed) names. */
function childText(el: XmlElement, names: string[]): string | null {
  const child = firstChild(el, names);
  const text = child?.textContent?.trim();
  return text ? text : null;
}

function firstChild(el: XmlElement, names: string[]): XmlElement | null {
  for (let i = 0; i < el.children.length; i++) {
    const child = el.children[i];
    if (names.includes(child.tagName.toLowerCase())) return child;
  }
  return null;
}

/** Atom `content`/`summary` as HTML: `type="xhtml"` holds markup, `html` escaped markup, `text` text. */
function atomContent(entry: XmlElement, name: string): string | null {
  const el = firstChild(entry, [name]);
  if (!el) return null;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  const value = type === 'xhtml' ? el.innerHTML : (el.textContent ?? '');
  return value.trim() ? value : null;
}

function itemDate(item: XmlElement, atom: boolean): PublishedTime | null {
  const names = atom ? ['published', 'updated', 'issued', 'modified'] : ['pubdate', 'dc:date', 'a10:updated'];
  for (const name of names) {
    const value = childText(item, [name]);
    const parsed = value ? parseDate(value) : null;
    if (parsed) return parsed.published;
  }
  return null;
}

function itemAuthors(item: XmlElement, atom: boolean): string[] {
  const out: string[] = [];
  const push = (raw: string | null | undefined) => {
    const value = raw?.trim();
    if (!value) return;
    const withName = EMAIL_WITH_NAME.exec(value);
    const name = withName ? withName[1].trim() : value.includes('@') ? null : value;
    if (name && !out.includes(name)) out.push(name);
  };
  for (let i = 0; i < item.children.length; i++) {
    const child = item.children[i];
    const tag = child.tagName.toLowerCase();
    if (tag === 'dc:creator') push(child.textContent);
    else if (tag === 'author') push(atom ? childText(child, ['name']) : child.textContent);
  }
  return out;
}

function itemLink(item: XmlElement, atom: boolean): string | null {
  if (!atom) {
    const link = childText(item, ['link']);
    if (link) return link;
    const guid = firstChild(item, ['guid']);
    const permalink = guid && guid.getAttribute('isPermaLink') !== 'false' ? guid.textContent?.trim() : null;
    return permalink && /^https?:\/\//.test(permalink) ? permalink : null;
  }
  let fallback: string | null = null;
  for (let i = 0; i < item.children.length; i++) {
    const child = item.children[i];
    if (child.tagName.toLowerCase() !== 'link') continue;
    const rel = child.getAttribute('rel') ?? 'alternate';
    const href = child.getAttribute('href');
    if (href && rel === 'alternate') return href;
    fallback ??= href;
  }
  return fallback;
}
