/** The acceptance reading of the seed article: every row of its Quotes table, with the right speaker. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE } from '../../../test/seed-path.js';
import type { ParagraphRole } from '../../model/layers.js';
import { extractQuotes, loadQuoteLexicon } from './index.js';
import { buildDoc } from './test-helpers.js';

const SEED = SEED_ARTICLE;
// The byline and dateline lines share one paragraph (no blank line between them).
const ROLES: ParagraphRole[] = [
  'headline',
  'dek',
  'byline',
  'boilerplate',
  'boilerplate',
  'body',
  'body',
  'body',
  'body',
  'body',
  'body',
  'boilerplate',
];

describe.skipIf(!safeExists(SEED))('seed article quotes', () => {
  const text = readFileSync(SEED, 'utf8');
  const doc = buildDoc(
    text,
    ROLES,
    [
      { surface: 'John Kerry', type: 'PERSON', entity: 'e1' },
      { surface: 'Kerry', type: 'PERSON', entity: 'e1' },
      { surface: 'US Secretary of State', type: 'PERSON', kind: 'nominal', entity: 'e1' },
      { surface: 'AP', type: 'ORG', kind: 'acronym', entity: 'e2' },
      { surface: 'Omar Lamrani', type: 'PERSON', entity: 'e3' },
      { surface: 'VICE', type: 'ORG', entity: 'e4' },
      { surface: 'Bashar Assad', type: 'PERSON', entity: 'e5' },
    ],
    { e1: 'John Kerry', e2: 'Associated Press', e3: 'Omar Lamrani', e4: 'VICE', e5: 'Bashar Assad' },
  );
  // `Kerry` inside `John Kerry` is covered twice; keep the longer mention.
  doc.layers.mentions = doc.layers.mentions!.filter(
    (m, _, all) =>
      !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
  const quotes = extractQuotes(doc, loadQuoteLexicon());
  const find = (start: string) => quotes.find((q) => q.text.startsWith(start));

  const rows: [string, string, string, string][] = [
    // content start, content end, kind, speaker name
    ["That's a gigantic step.", 'a whole bunch of things,', 'direct', 'John Kerry'],
    ["We're weeks away conceivably", 'a big transition for Syria.', 'direct', 'John Kerry'],
    ["reiterate America's commitment", 'strong relationship with France', 'mixed', 'John Kerry'],
    ['We are seeing a shift in dynamics', 'know the others can agree on.', 'block', 'Omar Lamrani'],
    ['My sense is everybody understands', 'movement of people,', 'direct', 'John Kerry'],
    [
      'a ceasefire between Syria and opposition fighters',
      'may not be all that far away',
      'indirect',
      'John Kerry',
    ],
  ];
  it.each(rows)('%s ... %s (%s, %s)', (start, end, kind, speaker) => {
    const q = find(start);
    expect(q, `no quote starting ${start}`).toBeDefined();
    expect(q!.text.endsWith(end)).toBe(true);
    expect(q!.kind).toBe(kind);
    expect(q!.speakerName).toBe(speaker);
  });

  it('gives the AP as the relay of the indirect quote', () => {
    const q = find('a ceasefire between Syria')!;
    expect(q.speaker?.text).toBe('he');
    expect(q.speakerEntityId).toBe('e1');
    expect(q.reportedBy?.text).toContain('AP');
  });

  it('makes no quote of the headline scare quote', () => {
    expect(quotes.some((q) => q.text.includes('Weeks') && q.start < doc.layers.paragraphs![1].start)).toBe(
      false,
    );
  });

  it('reads nothing from boilerplate', () => {
    const boiler = doc.layers.paragraphs!.filter(
      (p) => p.role !== 'body' && p.role !== 'headline' && p.role !== 'dek',
    );
    expect(quotes.some((q) => boiler.some((p) => q.start >= p.start && q.end <= p.end))).toBe(false);
  });
});

function safeExists(path: string): boolean {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
}
