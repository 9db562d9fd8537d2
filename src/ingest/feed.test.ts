import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Document } from '../model/document.js';
import { readFeed } from './feed.js';
import type { ReadOutcome } from './types.js';
import { checkXml } from './xml-check.js';

const FIXTURES = new URL('../../test/fixtures/ingest/feeds/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

function docs(outcomes: ReadOutcome[]): Document[] {
  return outcomes.map((o) => {
    if (!o.ok) throw new Error(`${o.error.code}: ${o.error.message}`);
    return o.doc;
  });
}

describe('readFeed: RSS 2.0', () => {
  const [first, second] = docs(readFeed(fixture('rss.xml'), 'rss.xml'));

  it('makes one document per item with title, link, date, author and channel', () => {
    expect(first.meta).toMatchObject({
      title: 'Rebels agree to 48-hour truce around Marib',
      url: 'https://wire.example.net/2020/10/marib-truce',
      authors: ['Samir Haddad'],
      source: 'Example Wire & World',
      language: 'en-us',
      format: 'feed',
      origin: 'rss.xml#1',
    });
    expect(first.meta.published).toMatchObject({
      local: '2020-10-02T14:05:00',
      zone: '+03:00',
      utc: '2020-10-02T11:05:00Z',
    });
    expect(second.meta.authors).toEqual(['Grace Mensah']);
    expect(second.meta.published).toMatchObject({ zone: 'GMT', utc: '2020-10-03T09:30:00Z' });
  });

  it('turns content:encoded HTML into paragraphs; description becomes the dek', () => {
    expect(first.layers.paragraphs!.map((p) => p.role + (p.boilerplate ? `/${p.boilerplate}` : ''))).toEqual([
      'headline',
      'dek',
      'body',
      'body',
      'boilerplate/photo-credit',
      'body',
    ]);
    expect(first.text).toContain('\u201CThe pause must hold if aid is to reach the city,\u201D');
    expect(first.text).not.toContain('<p>');
    for (const p of first.layers.paragraphs!) expect(first.text.slice(p.start, p.end)).toBe(p.text);
  });

  it('reads an HTML description when there is no content', () => {
    expect(second.layers.paragraphs!.map((p) => p.role)).toEqual(['headline', 'body', 'body']);
  });
});

describe('readFeed: Atom', () => {
  const [first, second] = docs(readFeed(fixture('atom.xml'), 'atom.xml'));

  it('reads entries with xhtml content, escaped html titles and author names', () => {
    expect(first.meta).toMatchObject({
      title: 'Ministers meet over grain corridor & shipping',
      url: 'https://monitor.example.org/grain-corridor',
      authors: ['Olena Marchenko'],
      source: 'Example Monitor',
    });
    expect(first.meta.published?.local).toBe('2024-02-19T16:45:00');
    expect(first.layers.paragraphs!.filter((p) => p.role === 'body')).toHaveLength(2);
  });

  it('falls back to updated and to a text summary split at blank lines', () => {
    expect(second.meta.published).toMatchObject({ local: '2024-02-20T11:10:00', zone: 'Z' });
    expect(second.meta.url).toBe('https://monitor.example.org/protests');
    expect(second.layers.paragraphs!.map((p) => p.role)).toEqual(['headline', 'body', 'body']);
  });
});

describe('readFeed: bad feeds', () => {
  it('refuses a cut-off feed with E_FEED naming the line', () => {
    const [outcome] = readFeed(fixture('broken.xml'), 'broken.xml');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('E_FEED');
      expect(outcome.error.origin).toBe('broken.xml:8');
      expect(outcome.error.message).toMatch(/never closed/);
    }
  });

  it('refuses XML that is not a feed', () => {
    const [outcome] = readFeed('<?xml version="1.0"?><html><body/></html>', 'page.xml');
    expect(outcome.ok ? null : outcome.error.code).toBe('E_FEED');
  });

  it('reports a feed without items', () => {
    const [outcome] = readFeed('<rss version="2.0"><channel><title>t</title></channel></rss>', 'empty.rss');
    expect(outcome.ok ? null : outcome.error.code).toBe('E_EMPTY');
  });
});

describe('checkXml', () => {
  type Row = [xml: string, problem: string | null];
  const ROWS: Row[] = [
    ['<a><b/><c x="1>2">t</c></a>', null],
    ['<?xml version="1.0"?>\n<!-- c -->\n<a><![CDATA[<not a tag>]]></a>', null],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a/>', null],
    ['<a><b></a>', 'line 1: </a> closes <b> (opened on line 1)'],
    ['<a>\n<b>\n', 'line 2: <b> is never closed (the feed may be cut off)'],
    ['<a>1 < 2</a>', 'line 1: a "<" that starts no tag (write it as &lt;)'],
    ['<a/><b/>', 'line 1: a second root element <b>'],
    ['just text', 'line 1: no XML element found'],
  ];
  it.each(ROWS)('%j', (xml, expected) => {
    const problem = checkXml(xml);
    expect(problem && `line ${problem.line}: ${problem.message}`).toBe(expected);
  });
});
