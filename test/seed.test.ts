/**
 * The acceptance reading of the seed article (`shared/articles/000_f64cab7d3e2a07c0.expected.md`),
 * through the real reader and the whole pipeline. Each block is one section of that reading.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlainText } from '../src/ingest/index.js';
import type { Document } from '../src/model/document.js';
import { createPipeline } from '../src/pipeline.js';

const SEED = fileURLToPath(new URL('../samples/vice-2015-11-17-kerry-ceasefire.txt', import.meta.url));
let doc: Document;

beforeAll(() => {
  const read = readPlainText(readFileSync(SEED, 'utf8'), { origin: SEED });
  if (!read.ok) throw new Error(read.error.message);
  doc = createPipeline().run(read.doc);
});

const entityOf = (mentionText: string) => {
  const m = doc.layers.mentions!.find((x) => x.text === mentionText);
  return m?.entityId ? doc.layers.entities!.find((e) => e.id === m.entityId) : undefined;
};

describe('seed: metadata', () => {
  it('reads headline, dek, byline and dateline, with no invented zone', () => {
    expect(doc.meta.title).toBe(
      "John Kerry Says Ceasefire Between Syrian Rebels and Assad Could Be 'Weeks' Away",
    );
    expect(doc.meta.subtitle).toBe(
      'US Secretary of State announces plans that could lead to other groups ganging-up on the Islamic State in near future.',
    );
    expect(doc.meta.authors).toEqual(['Brian McManus']);
    expect(doc.meta.published).toMatchObject({ local: '2015-11-17T17:30', zone: null });
  });

  it('keeps six body paragraphs and the boilerplate apart', () => {
    const body = doc.layers.paragraphs!.filter((p) => p.role === 'body');
    expect(body).toHaveLength(6);
    expect(body[0].text.startsWith('Secretary of State John Kerry made')).toBe(true);
    expect(body[5].text.endsWith('Kerry told the press on Tuesday.')).toBe(true);
    const boilerplate = doc.layers.paragraphs!.filter((p) => p.role === 'boilerplate').map((p) => p.text);
    expect(boilerplate).toEqual([
      "Photo of John Kerry via the US Embassy New Delhi's Flickr account",
      "Read: Why I'm Rapping in Paris Tonight",
      'Follow Brian McManus on Twitter.',
    ]);
  });

  it('extracts nothing from the boilerplate lines', () => {
    const boilerplate = doc.layers.paragraphs!.filter((p) => p.role === 'boilerplate');
    const inside = (x: { start: number }) => boilerplate.some((p) => x.start >= p.start && x.start < p.end);
    for (const layer of [
      doc.layers.mentions,
      doc.layers.times,
      doc.layers.places,
      doc.layers.quotes,
      doc.layers.events,
    ])
      expect((layer ?? []).filter(inside)).toEqual([]);
  });
});

describe('seed: actors', () => {
  it.each([
    ['Kerry', 'John Kerry', 'USAGOV'],
    ['Assad', 'Bashar Assad', 'SYRGOV'],
    ['IS', 'Islamic State', 'IMGMUSISI'],
    ['Islamic State', 'Islamic State', 'IMGMUSISI'],
    ['opposition fighters', null, 'SYRREB'],
    ['Syrian', 'Syria', 'SYR'],
    ['Russians', 'Russia', 'RUS'],
    ['Ankara', 'Ankara', 'TUR'],
  ])('%s is linked to %s (%s)', (mention, name, code) => {
    const e = entityOf(mention);
    expect(e).toBeDefined();
    if (name) expect(e!.name).toBe(name);
    expect(e!.actor?.code.startsWith(code)).toBe(true);
  });

  it('finds Omar Lamrani as an unlinked analyst, and no false entity', () => {
    expect(entityOf('Omar Lamrani')?.roleText).toMatch(/analyst/);
    const texts = doc.layers.mentions!.map((m) => m.text);
    expect(texts).not.toContain('State John');
    expect(doc.layers.places!.filter((p) => p.text.includes('Islamic State'))).toEqual([]);
  });
});

describe('seed: times', () => {
  it.each([
    ['Monday', '2015-11-16'],
    ['mid-December', '2015-12'],
    ['Tuesday', '2015-11-17'],
  ])('%s = %s', (text, value) => {
    expect(doc.layers.times!.find((t) => t.text === text)?.value).toBe(value);
  });

  it('gives mid-December the middle of the month and a few weeks ago a past window', () => {
    expect(doc.layers.times!.find((t) => t.text === 'mid-December')?.window).toEqual({
      earliest: '2015-12-11',
      latest: '2015-12-20',
    });
    const ago = doc.layers.times!.find((t) => t.text.includes('few weeks ago'));
    expect(ago?.window?.latest && ago.window.latest < '2015-11-17').toBe(true);
  });
});

describe('seed: places', () => {
  it.each([
    ['Paris', 'FR'],
    ['Ankara', 'TR'],
    ['Saudi Arabia', 'SA'],
    ['Egypt', 'EG'],
    ['Lebanon', 'LB'],
  ])('%s is in %s', (text, country) => {
    expect(doc.layers.places!.find((p) => p.text === text)?.country).toBe(country);
  });
});

describe('seed: quotes', () => {
  const quote = (start: string) => doc.layers.quotes!.find((q) => q.text.startsWith(start));
  it.each([
    ["That's a gigantic step", 'direct', 'John Kerry'],
    ["We're weeks away conceivably", 'direct', 'John Kerry'],
    ["reiterate America's commitment", 'mixed', 'John Kerry'],
    ['We are seeing a shift in dynamics', 'block', 'Omar Lamrani'],
    ['My sense is everybody understands', 'direct', 'John Kerry'],
    ['a ceasefire between Syria and opposition fighters', 'indirect', 'John Kerry'],
  ])('%s... is %s, said by %s', (start, kind, speaker) => {
    const q = quote(start);
    expect(q?.kind).toBe(kind);
    expect(q?.speakerName).toBe(speaker);
  });

  it("makes no quote of the headline's 'Weeks'", () => {
    expect(doc.layers.quotes!.filter((q) => q.text === 'Weeks')).toEqual([]);
  });
});

describe('seed: events', () => {
  const events = () => doc.layers.events!;
  it('codes the ceasefire as predicted, never as having happened', () => {
    const ceasefires = events().filter((e) => e.cameo === '0871');
    expect(ceasefires.length).toBeGreaterThan(0);
    for (const e of ceasefires) expect(['asserted', 'reported']).not.toContain(e.modality);
  });

  it('codes the visit to Paris, the planned meeting and the bombing with 224 killed', () => {
    expect(events().find((e) => e.cameo === '042')?.location?.name).toBe('Paris');
    expect(events().find((e) => e.cameo === '043')?.modality).toBe('planned');
    const bombing = events().find((e) => e.quantities.some((q) => q.kind === 'killed' && q.value === 224));
    expect(bombing?.type).toBe('ASSAULT');
  });
});

describe('seed: forecasts', () => {
  it('has Kerry forecasting the ceasefire within weeks, hedged', () => {
    const kerry = doc.layers.forecasts!.filter((f) => f.speakerName === 'John Kerry');
    const weeks = kerry.find((f) => f.window?.basis === 'horizon:weeks away');
    expect(weeks?.window).toMatchObject({ earliest: '2015-11-24', latest: '2016-01-12' });
    expect(kerry.flatMap((f) => f.hedges)).toEqual(expect.arrayContaining(['could', 'conceivably']));
  });

  it('has the planned Saudi meeting in mid-December and the conditional negotiations', () => {
    const meeting = doc.layers.forecasts!.find((f) => f.text.startsWith('Saudi Arabia is set to host'));
    expect(meeting?.window).toMatchObject({ earliest: '2015-12-11', latest: '2015-12-20' });
    const talks = doc.layers.forecasts!.find((f) => f.condition?.text === 'If all goes as planned');
    expect(talks).toBeDefined();
    expect(doc.layers.forecasts!.find((f) => f.speakerName === 'Omar Lamrani')?.condition).not.toBeNull();
  });
});
