import { describe, expect, it } from 'vitest';
import { newDocument } from '../../ingest/new-document.js';
import { loadCameoKnowledge } from '../../knowledge/cameo/index.js';
import type { EventRecord } from '../../model/layers.js';
import { textLayer } from '../../text/index.js';
import { CASES, type Expect } from './cases.js';
import { eventsComponent } from './index.js';

const k = loadCameoKnowledge();
const events = eventsComponent(k);
const text = textLayer();

function run(sentence: string): EventRecord[] {
  const doc = newDocument({ text: sentence });
  text.run(doc);
  events.run(doc);
  return doc.layers.events ?? [];
}

function describeEvent(e: EventRecord): string {
  return `${e.trigger.text} ${e.cameo} ${e.type} ${e.source?.code ?? '-'} -> ${e.target?.code ?? '-'} ${e.modality} [${e.rules.join(', ')}]`;
}

function check(e: EventRecord, want: Expect): string[] {
  const bad: string[] = [];
  if (want.type && e.type !== want.type) bad.push(`type ${e.type} != ${want.type}`);
  if (want.root && e.cameoRoot !== want.root) bad.push(`root ${e.cameoRoot} != ${want.root}`);
  if (want.cameo && e.cameo !== want.cameo) bad.push(`cameo ${e.cameo} != ${want.cameo}`);
  if (want.src && (e.source?.code ?? '-') !== want.src)
    bad.push(`source ${e.source?.code ?? '-'} != ${want.src}`);
  if (want.tgt && (e.target?.code ?? '-') !== want.tgt)
    bad.push(`target ${e.target?.code ?? '-'} != ${want.tgt}`);
  if (want.mod && e.modality !== want.mod) bad.push(`modality ${e.modality} != ${want.mod}`);
  for (const kind of ['killed', 'wounded', 'arrested'] as const) {
    if (want[kind] !== undefined && e.quantities.find((q) => q.kind === kind)?.value !== want[kind])
      bad.push(`${kind} != ${want[kind]}`);
  }
  return bad;
}

for (const [group, cases] of Object.entries(CASES)) {
  describe(group, () => {
    it.each(cases)('%s', (sentence, want) => {
      const found = run(sentence);
      const trace = found.map(describeEvent).join('\n');
      if (want === null) {
        expect(found.map(describeEvent), 'expected no event').toEqual([]);
        return;
      }
      expect(found.length, `no event for: ${sentence}`).toBeGreaterThan(0);
      // The expected event is the first one that matches the type (or the first event).
      const candidates = want.type ? found.filter((e) => e.type === want.type) : found;
      const e = candidates[0] ?? found[0];
      expect(check(e, want), trace).toEqual([]);
      if (want.count !== undefined) expect(found.length, trace).toBe(want.count);
    });
  });
}

it('has at least 150 sentences', () => {
  expect(Object.values(CASES).flat().length).toBeGreaterThanOrEqual(150);
});

describe('dependency relations, when tokens carry them, decide the roles', () => {
  it.each([
    // sentence, [dependent index, head index, relation][], expected source, target
    [
      'Iraq attacked Iran.',
      [
        [0, 1, 'nsubj'],
        [2, 1, 'obj'],
      ],
      'IRQ',
      'IRN',
    ],
    // The parser knows better than the word order here: the object is the subject of the passive.
    [
      'Iran was attacked by Iraq.',
      [
        [0, 2, 'nsubj:pass'],
        [4, 2, 'obl:agent'],
      ],
      'IRQ',
      'IRN',
    ],
  ] as [string, [number, number, string][], string, string][])('%s', (sentence, deps, src, tgt) => {
    const doc = newDocument({ text: sentence });
    text.run(doc);
    const tokens = doc.layers.tokens ?? [];
    for (const t of tokens) {
      t.head = -1;
      t.dep = 'root';
    }
    for (const [dependent, head, rel] of deps) {
      tokens[dependent].head = head;
      tokens[dependent].dep = rel;
    }
    events.run(doc);
    const e = (doc.layers.events ?? [])[0];
    expect(e?.source?.code).toBe(src);
    expect(e?.target?.code).toBe(tgt);
    expect(e?.rules.some((r) => r.startsWith('dep.'))).toBe(true);
  });
});
