import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Document } from '../model/document.js';
import { readHtml } from './html.js';

const FIXTURES = new URL('../../test/fixtures/ingest/html/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

function read(name: string): Document {
  const outcome = readHtml(fixture(name), { origin: name });
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.doc;
}

function expectComposedText(doc: Document): void {
  const paragraphs = doc.layers.paragraphs!;
  expect(paragraphs.map((p) => p.text).join('\n\n')).toBe(doc.text);
  paragraphs.forEach((p, i) => {
    expect(p.index).toBe(i);
    expect(doc.text.slice(p.start, p.end)).toBe(p.text);
  });
}

describe('readHtml: metadata in <meta> tags', () => {
  const doc = read('meta-tags.html');

  it('reads title, author, date, url, site name and language', () => {
    expect(doc.meta).toMatchObject({
      title: 'Border talks resume as ceasefire holds',
      subtitle: 'Negotiators from both capitals meet in Geneva for the first time since the summer clashes.',
      authors: ['Marta Kowalczyk'],
      url: 'https://herald.example.org/world/border-talks-resume',
      source: 'The Example Herald',
      language: 'en-GB',
      format: 'html',
    });
    expect(doc.meta.published).toMatchObject({
      local: '2021-03-04T09:15:00',
      zone: '+01:00',
      utc: '2021-03-04T08:15:00Z',
      precision: 'second',
    });
  });

  it('composes headline, dek and paragraphs with roles; captions and links are boilerplate', () => {
    expectComposedText(doc);
    const paragraphs = doc.layers.paragraphs!;
    expect(paragraphs.map((p) => p.role + (p.boilerplate ? `/${p.boilerplate}` : ''))).toEqual([
      'headline',
      'dek',
      'byline',
      'boilerplate/photo-credit',
      'body',
      'body',
      'body',
      'body',
      'boilerplate/related-link',
      'boilerplate/social',
    ]);
    expect(
      doc.text.startsWith('Border talks resume as ceasefire holds\n\nNegotiators from both capitals'),
    ).toBe(true);
    expect(doc.text).not.toContain('Home');
    expect(doc.text).not.toContain('All rights reserved');
  });
});

describe('readHtml: metadata in JSON-LD', () => {
  const doc = read('json-ld.html');

  it('takes the article from @graph, not the WebPage, and every author', () => {
    expect(doc.meta.title).toBe('Parliament rejects emergency budget');
    expect(doc.meta.authors).toEqual(['Daniel Okafor', 'Lucia Ferreira']);
    expect(doc.meta.published).toMatchObject({
      local: '2022-06-14T18:40:00',
      zone: '-04:00',
      utc: '2022-06-14T22:40:00Z',
    });
    expect(doc.meta.url).toBe('https://daily.example.com/politics/budget-vote');
    expect(doc.meta.source).toBe('Example Daily News');
  });

  it('reads the story paragraphs and leaves out the sidebar', () => {
    expectComposedText(doc);
    const body = doc.layers.paragraphs!.filter((p) => p.role === 'body');
    expect(body).toHaveLength(4);
    expect(body[0].text.startsWith('Lawmakers in Lima voted 71 to 52')).toBe(true);
    expect(doc.text).not.toContain('Markets');
    expect(doc.layers.paragraphs!.at(-1)).toMatchObject({ role: 'boilerplate', boilerplate: 'newsletter' });
  });
});

describe('readHtml: date in a <time> element, byline in the page', () => {
  it('reads day precision without a zone and both authors', () => {
    const doc = read('time-element.html');
    expect(doc.meta.published).toMatchObject({
      local: '2023-09-12',
      precision: 'day',
      zone: null,
      utc: null,
    });
    expect(doc.meta.authors).toEqual(['Aisha Rahman', 'Tomas Lindqvist']);
    expect(doc.layers.paragraphs!.map((p) => p.role)).toEqual([
      'headline',
      'byline',
      'dateline',
      'body',
      'body',
      'body',
    ]);
  });
});

describe('readHtml: pages without an article', () => {
  it('refuses an index page with E_NO_ARTICLE naming the file', () => {
    const outcome = readHtml(fixture('no-article.html'), { origin: 'no-article.html' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('E_NO_ARTICLE');
      expect(outcome.error.origin).toBe('no-article.html');
      expect(outcome.error.hint).toMatch(/article/);
    }
  });

  it('refuses an empty page', () => {
    const outcome = readHtml('<html><body></body></html>', { origin: 'blank.html' });
    expect(outcome.ok ? null : outcome.error.code).toBe('E_NO_ARTICLE');
  });

  it('uses the given url when the page names none', () => {
    const html = fixture('time-element.html');
    const outcome = readHtml(html, { origin: 'x.html', url: 'https://news.example.com/flood' });
    expect(outcome.ok && outcome.doc.meta.url).toBe('https://news.example.com/flood');
  });
});
