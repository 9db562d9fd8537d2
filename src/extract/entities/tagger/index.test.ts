import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../model/layers.js';
import { createNerTagger, loadNerModel } from './index.js';
import { analyse } from './training/gold.js';

const model = loadNerModel();
const tagger = createNerTagger(model);

function tag(text: string): string[] {
  const doc = analyse({ id: 't', text, entities: [] });
  return tagger.tag(doc).map((s) => `${s.type} ${text.slice(s.start, s.end)}`);
}

describe('NER tagger on news shapes', () => {
  // [text, spans that must be found, spans that must not be found]
  const cases: [string, string[], string[]][] = [
    ['IS has claimed the bombing in Baghdad.', ['ORG IS', 'GPE Baghdad'], []],
    ['Jets carried out more strikes against IS overnight.', ['ORG IS'], []],
    ['The AP reports that the talks will resume.', ['ORG AP'], []],
    ['The UN and NATO met in Brussels on Tuesday.', ['ORG UN', 'ORG NATO', 'GPE Brussels'], []],
    ['The US has sent more troops to the region.', ['GPE US'], []],
    [
      'Secretary of State John Kerry arrived in Vienna.',
      ['PERSON John Kerry', 'GPE Vienna'],
      ['PERSON Secretary of State John Kerry'],
    ],
    [
      "Syrian President Bashar Assad's government rejected the plan.",
      ['PERSON Bashar Assad', 'NORP Syrian'],
      ["PERSON Bashar Assad's"],
    ],
    ['In an interview with VICE, the analyst described the fighting.', ['ORG VICE'], []],
    [
      "John Kerry Says Ceasefire Between Syrian Rebels and Assad Could Be 'Weeks' Away\n\nKerry said a ceasefire between the rebels and Assad could be weeks away.",
      ['PERSON John Kerry', 'NORP Syrian', 'PERSON Assad'],
      ['PERSON Syrian Rebels', "PERSON Assad Could Be 'Weeks", 'OTHER Ceasefire'],
    ],
  ];
  it.each(cases)('%s', (text, present, absent) => {
    const found = tag(text);
    for (const p of present) expect(found).toContain(p);
    for (const a of absent) expect(found).not.toContain(a);
  });

  it('keeps spans inside the text, in order, with confidences in 0..1', () => {
    const text = 'Officials in Washington said Russian President Vladimir Putin spoke to Angela Merkel.';
    const doc = analyse({ id: 't', text, entities: [] });
    const spans = tagger.tag(doc);
    expect(spans.length).toBeGreaterThan(2);
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'OTHER'] as EntityType[]).toContain(s.type);
    }
    expect(spans.map((s) => s.start)).toEqual([...spans.map((s) => s.start)].sort((a, b) => a - b));
  });

  it('requires the text layer', () => {
    expect(() => tagger.tag({ ...analyse({ id: 't', text: 'x', entities: [] }), layers: {} })).toThrow(
      /text layer/,
    );
  });
});
