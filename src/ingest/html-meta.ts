/**
 * Article metadata from a page's head: `<meta>` tags (Open Graph, article:, Dublin Core, Parse.ly,
 * Sailthru, itemprop), JSON-LD (including `@graph`), `<time datetime>`, canonical links.
 * Read before Readability runs, because Readability strips scripts and the head.
 */
import { type ParsedDate, parseDate } from './dates.js';

export interface HtmlMeta {
  title: string | null;
  description: string | null;
  authors: string[];
  published: ParsedDate | null;
  /** Where the date came from, e.g. `html.published.json-ld`. */
  publishedRule: string | null;
  url: string | null;
  siteName: string | null;
  language: string | null;
}

/** Meta keys that hold the publication date, most trusted first. */
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article:published',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dc.date.created',
  'dcterms.created',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'date',
  'article.published',
  'originalpublicationdate',
];
const AUTHOR_KEYS = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'byl',
];
const TIME_SELECTORS = ['time[pubdate]', 'article time[datetime]', 'main time[datetime]', 'time[datetime]'];
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;
const PAGE_TYPE = /WebPage$/;
const URL_LIKE = /^(?:https?:)?\/\//i;

interface DomElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface DomDocument {
  querySelectorAll(selector: string): Iterable<DomElement> & { length: number };
  querySelector(selector: string): DomElement | null;
  documentElement: DomElement | null;
}

export function readHtmlMeta(doc: DomDocument): HtmlMeta {
  const metas = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      el.getAttribute('http-equiv') ??
      ''
    )
      .trim()
      .toLowerCase();
    const value = el.getAttribute('content')?.trim();
    if (key && value && !metas.has(key)) metas.set(key, value);
  }
  const ld = readJsonLd(doc);

  let published: ParsedDate | null = null;
  let publishedRule: string | null = null;
  const tryDate = (value: string | null | undefined, rule: string) => {
    if (published || !value) return;
    const parsed = parseDate(value);
    if (parsed) {
      published = parsed;
      publishedRule = rule;
    }
  };
  tryDate(ld.datePublished, 'html.published.json-ld');
  for (const key of PUBLISHED_KEYS) tryDate(metas.get(key), `html.published.meta:${key}`);
  for (const el of doc.querySelectorAll('[itemprop="datePublished"]')) {
    tryDate(
      el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent,
      'html.published.itemprop',
    );
  }
  // One selector at a time: a selector list would return matches in page order, and a <time> in a
  // sidebar would beat the article's own.
  for (const selector of TIME_SELECTORS) {
    for (const el of doc.querySelectorAll(selector))
      tryDate(el.getAttribute('datetime'), 'html.published.time-element');
  }

  const authors: string[] = [];
  for (const name of ld.authors) pushName(authors, name);
  if (!authors.length) for (const key of AUTHOR_KEYS) pushName(authors, metas.get(key));

  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  return {
    title: ld.headline ?? metas.get('og:title') ?? metas.get('twitter:title') ?? null,
    description:
      metas.get('og:description') ??
      metas.get('description') ??
      metas.get('twitter:description') ??
      ld.description,
    authors,
    published,
    publishedRule,
    url: absoluteOrNull(canonical) ?? absoluteOrNull(metas.get('og:url')) ?? absoluteOrNull(ld.url),
    siteName: metas.get('og:site_name') ?? ld.publisher ?? metas.get('application-name') ?? null,
    language: doc.documentElement?.getAttribute('lang')?.trim() || metas.get('content-language') || null,
  };
}

function pushName(out: string[], value: string | null | undefined): void {
  if (!value) return;
  for (const raw of value.split(/\s*(?:,|;|\band\b|&)\s*/)) {
    const name = raw.replace(/^by\s+/i, '').trim();
    // Profile URLs and e-mail addresses are not names.
    if (!name || URL_LIKE.test(name) || name.includes('@') || out.includes(name)) continue;
    out.push(name);
  }
}

function absoluteOrNull(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
}

interface JsonLdFacts {
  datePublished: string | null;
  headline: string | null;
  description: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
}

/** The first article-like JSON-LD object on the page (searching `@graph` and arrays too). */
function readJsonLd(doc: DomDocument): JsonLdFacts {
  const facts: JsonLdFacts = {
    datePublished: null,
    headline: null,
    description: null,
    authors: [],
    publisher: null,
    url: null,
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      continue; // a broken block on a page is common; the other sources still count
    }
    const article = findTyped(data, ARTICLE_TYPE, 0) ?? findTyped(data, PAGE_TYPE, 0);
    if (!article) continue;
    facts.datePublished = asString(article.datePublished) ?? asString(article.dateCreated);
    facts.headline = asString(article.headline) ?? asString(article.name);
    facts.description = asString(article.description);
    facts.authors = namesOf(article.author ?? article.creator);
    facts.publisher = namesOf(article.publisher)[0] ?? null;
    const main = article.mainEntityOfPage;
    facts.url = asString(article.url) ?? (isObject(main) ? asString(main['@id']) : asString(main));
    break;
  }
  return facts;
}

type JsonObject = Record<string, unknown>;

function findTyped(node: unknown, type: RegExp, depth: number): JsonObject | null {
  if (depth > 6 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findTyped(item, type, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const obj = node as JsonObject;
  const types = ([] as unknown[]).concat(obj['@type'] ?? []).map(String);
  if (types.some((t) => type.test(t)) && (obj.datePublished || obj.headline)) return obj;
  return findTyped(obj['@graph'], type, depth + 1);
}

function namesOf(value: unknown): string[] {
  const out: string[] = [];
  for (const item of ([] as unknown[]).concat(value ?? [])) {
    if (typeof item === 'string') out.push(item);
    else if (isObject(item) && typeof item.name === 'string') out.push(item.name);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

function asString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
