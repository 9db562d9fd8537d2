/**
 * HTML pages: metadata from the head (see html-meta.ts), the article body from Mozilla Readability
 * running over a linkedom DOM (no jsdom: linkedom is several times faster and enough for it).
 *
 * The page's text is not the document text: the document text is composed as
 * `headline \n\n dek \n\n body paragraph \n\n ...` with paragraph roles set, so offsets refer to
 * that composition (kept in the store with the document).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Diagnostic } from '../model/document.js';
import type { PublishedTime } from '../model/metadata.js';
import { parseByline } from './byline.js';
import { countWords, normaliseInput, TextComposer } from './compose.js';
import { parseDate } from './dates.js';
import { failure } from './errors.js';
import { readHtmlMeta } from './html-meta.js';
import { foldForCompare, isOpeningOf, type TextBlock, textBlocks } from './html-text.js';
import { newDocument } from './new-document.js';
import type { ReadOutcome } from './types.js';

export interface HtmlOptions {
  origin?: string | null;
  /** Where the page came from, used when the page names no canonical URL. */
  url?: string | null;
  id?: string | null;
  diagnostics?: Diagnostic[];
}

/** Fewer body words than this and the page is not an article (a login wall, an index page). */
const MIN_ARTICLE_WORDS = 30;
const DEK_MAX_WORDS = 60;
/** Byline and dateline lines are looked for only among the first blocks of the article. */
const HEADER_BLOCKS = 4;

export function readHtml(html: string, opts: HtmlOptions = {}): ReadOutcome {
  const origin = opts.origin ?? null;
  const where = origin ?? opts.url ?? '-';
  const source = normaliseInput(html);
  if (source.trim() === '') return failure('E_EMPTY', where, 'the page is empty');
  const { document } = parseHTML(source);
  const meta = readHtmlMeta(document as never);
  const article = new Readability<unknown>(document as never, { serializer: (node) => node }).parse();
  const blocks = article?.content ? textBlocks(article.content) : [];

  const siteName = meta.siteName ?? article?.siteName ?? null;
  const headline = chooseTitle(article?.title, meta.title, siteName);
  const composer = new TextComposer();
  if (headline) composer.add(headline, 'headline', ['html.headline.readability'], 0.9);
  const dek = chooseDek(meta.description, headline, blocks);
  if (dek) composer.add(dek, 'dek', ['html.dek.meta-description'], 0.7);

  const bylineAuthors: string[] = [];
  let inlineDate: PublishedTime | null = null;
  const headlineKey = foldForCompare(headline ?? '');
  blocks.forEach((block, i) => {
    if (i < HEADER_BLOCKS && headlineKey && foldForCompare(block.text) === headlineKey) return; // the title again
    if (i < HEADER_BLOCKS && addHeaderBlock(composer, block, bylineAuthors, (d) => (inlineDate ??= d)))
      return;
    if (block.caption) composer.add(block.text, 'boilerplate', ['html.figcaption'], 0.8, 'photo-credit');
    else composer.addBody(block.text, [`html.block.${block.tag}`]);
  });

  const { text, paragraphs } = composer.finish();
  const bodyWords = paragraphs.filter((p) => p.role === 'body').reduce((n, p) => n + countWords(p.text), 0);
  if (!article || bodyWords < MIN_ARTICLE_WORDS) {
    return failure(
      'E_NO_ARTICLE',
      where,
      `no article text found (${bodyWords} words of body text; at least ${MIN_ARTICLE_WORDS} needed)`,
    );
  }

  const authors = meta.authors.length
    ? meta.authors.flatMap(cleanAuthor)
    : bylineAuthors.length
      ? bylineAuthors
      : authorsOf(article.byline);
  const published =
    meta.published?.published ?? inlineDate ?? parseDate(article.publishedTime ?? '')?.published ?? null;
  const doc = newDocument({
    id: opts.id ?? null,
    text,
    meta: {
      title: headline,
      subtitle: dek,
      authors,
      published,
      source: siteName,
      url: meta.url ?? opts.url ?? null,
      language: meta.language ?? article.lang ?? 'en',
      format: 'html',
      origin,
    },
    paragraphs,
    diagnostics: opts.diagnostics ?? [],
  });
  return { ok: true, doc };
}

/** A byline or dateline block near the top of the article: kept with its role, and read. */
function addHeaderBlock(
  composer: TextComposer,
  block: TextBlock,
  authors: string[],
  onDate: (d: PublishedTime) => void,
): boolean {
  const byline = parseByline(block.text);
  if (byline) {
    composer.add(block.text, 'byline', ['html.byline', ...byline.rules], 0.8);
    for (const a of byline.authors) if (!authors.includes(a)) authors.push(a);
    if (byline.date) onDate(byline.date.published);
    return true;
  }
  const date = parseDate(block.text);
  if (date) {
    composer.add(block.text, 'dateline', ['html.dateline', ...date.rules], 0.8);
    onDate(date.published);
    return true;
  }
  return false;
}

/** The meta description is a dek only when it is short and not just the opening of the body. */
function chooseDek(description: string | null, headline: string | null, blocks: TextBlock[]): string | null {
  const dek = description?.replace(/\s+/g, ' ').trim();
  if (!dek || countWords(dek) > DEK_MAX_WORDS) return null;
  if (foldForCompare(dek) === foldForCompare(headline ?? '') || isOpeningOf(dek, blocks)) return null;
  return dek;
}

function authorsOf(byline: string | null | undefined): string[] {
  if (!byline) return [];
  const parsed = parseByline(byline) ?? parseByline(`By ${byline.replace(/^by\s+/i, '')}`);
  return parsed?.authors ?? [];
}

/** `Jane Doe | Example Media` in an author tag: keep the names. */
function cleanAuthor(name: string): string[] {
  return parseByline(`By ${name}`)?.authors ?? [name];
}

const TITLE_SUFFIX = /\s+[|–—-]\s+([^|–—]{1,60})$/;

/** Readability's title, without a trailing ` | Site Name` it may have kept. */
function chooseTitle(
  found: string | null | undefined,
  fromMeta: string | null,
  siteName: string | null,
): string | null {
  let title = (found ?? fromMeta)?.replace(/\s+/g, ' ').trim() || null;
  if (!title) return null;
  if (fromMeta && title !== fromMeta && title.startsWith(fromMeta)) title = fromMeta;
  const suffix = TITLE_SUFFIX.exec(title);
  if (suffix && siteName && squash(suffix[1]) === squash(siteName)) title = title.slice(0, suffix.index);
  return title;
}

function squash(text: string): string {
  return foldForCompare(text).replace(/ /g, '');
}
