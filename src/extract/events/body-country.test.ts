/**
 * `Indonesian Health Ministry`: the entities layer marks the country word and the body as two mentions
 * (rule `name.country+generic-body`); the events layer still reads them as one actor, that country's
 * sector. Runs the whole pipeline, since it is the hand-over between the two layers that is tested.
 */
import { describe, expect, it } from 'vitest';
import { newDocument } from '../../ingest/new-document.js';
import { createPipeline } from '../../pipeline.js';

const pipeline = createPipeline();

const rows: [text: string, source: string][] = [
  ['The Indonesian Health Ministry accused Malaysia of lying.', 'IDNGOV'],
  ['The Nigerian Senate condemned the attack by Boko Haram.', 'NGALEG'],
  ['The British Red Cross sent aid to Yemen.', 'GBR'],
];

describe('a country word split from its body is one actor for events', () => {
  it.each(rows)('%s', (text, source) => {
    const doc = pipeline.run(newDocument({ text, meta: { published: { local: '2018-06-18' } } as never }));
    const codes = (doc.layers.events ?? []).map((e) => e.source?.code ?? '-');
    expect(codes[0]?.startsWith(source), codes.join(',')).toBe(true);
  });
});
