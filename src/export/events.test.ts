import { describe, expect, it } from 'vitest';
import { eventsComponent } from '../extract/events/index.js';
import { newDocument } from '../ingest/new-document.js';
import { loadCameoKnowledge } from '../knowledge/cameo/index.js';
import { textLayer } from '../text/index.js';
import { csvHeader, gdeltHeader, toCsvRow, toGdeltRow, toPloverRecord } from './events.js';

function coded(text: string) {
  const doc = newDocument({
    id: 'doc1',
    text,
    meta: {
      url: 'https://example.org/a',
      published: { local: '2015-11-17T17:30', precision: 'minute', zone: null, utc: null, sourceText: null },
    },
  });
  textLayer().run(doc);
  eventsComponent(loadCameoKnowledge()).run(doc);
  return { doc, event: (doc.layers.events ?? [])[0] };
}

describe('event exports', () => {
  const { doc, event } = coded('Gunmen killed 12 Nigerian soldiers in Lagos on Sunday, police said.');

  it('GDELT row: one column per header name, SOURCEURL then provenance', () => {
    const header = gdeltHeader().split('\t');
    const row = toGdeltRow(event, doc).split('\t');
    expect(row.length).toBe(header.length);
    const col = (name: string) => row[header.indexOf(name)];
    expect(col('EventCode')).toBe(event.cameo);
    expect(col('EventRootCode')).toBe('19');
    expect(col('QuadClass')).toBe('4');
    expect(col('Actor1Code')).toBe('---UAF');
    expect(col('Actor2Code')).toBe('NGAMIL');
    expect(col('Actor2CountryCode')).toBe('NGA');
    expect(col('SQLDATE')).toBe('20151117');
    expect(col('SOURCEURL')).toBe('https://example.org/a');
    expect(header.indexOf('SOURCEURL')).toBeLessThan(header.indexOf('DocId'));
    expect(col('Killed')).toBe('12');
    expect(col('Modality')).toBe('reported');
  });

  it('PLOVER record: event, actor, recipient, quad, dead', () => {
    const r = toPloverRecord(event, doc);
    expect(r.event).toEqual(['ASSAULT']);
    expect(r.actor[0].code).toBe('---UAF');
    expect(r.recipient[0].code).toBe('NGAMIL');
    expect(r.quad_code).toBe(4);
    expect(r.dead).toBe(12);
    expect(r.has_event).toBe(true);
    expect(r.date).toBe('2015-11-17');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('CSV row quotes commas and matches the header', () => {
    const row = toCsvRow({ ...event, trigger: { ...event.trigger, text: 'a, "b"' } }, doc);
    expect(row).toContain('"a, ""b"""');
    expect(csvHeader().split(',').length).toBe(26 - 1);
  });

  it('a predicted event is not has_event', () => {
    const p = coded('A ceasefire between Syria and the rebels could be weeks away.');
    expect(toPloverRecord(p.event, p.doc).has_event).toBe(false);
    expect(toPloverRecord(p.event, p.doc).context).toContain('future');
  });
});
