import { describe, expect, it } from 'vitest';
import { readJsonlLine } from './jsonl.js';

describe('readJsonlLine', () => {
  it('reads a record; the text is kept verbatim so outside offsets stay valid', () => {
    const text = 'Truce holds\n\nThe truce held on Monday.\n\nTalks resume Friday.';
    const outcome = readJsonlLine(
      JSON.stringify({
        id: 'a1',
        text,
        title: 'Truce holds',
        published: '2015-11-17',
        url: 'https://x.example/a',
        source: 'Wire',
      }),
      'corpus.jsonl:1',
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { doc } = outcome;
    expect(doc.id).toBe('a1');
    expect(doc.text).toBe(text);
    expect(doc.meta).toMatchObject({
      title: 'Truce holds',
      url: 'https://x.example/a',
      source: 'Wire',
      format: 'jsonl',
      origin: 'corpus.jsonl:1',
      published: { local: '2015-11-17', precision: 'day', zone: null, utc: null },
    });
    expect(doc.layers.paragraphs!.map((p) => [p.role, p.text])).toEqual([
      ['headline', 'Truce holds'],
      ['body', 'The truce held on Monday.'],
      ['body', 'Talks resume Friday.'],
    ]);
  });

  it('splits at single newlines when the text has no blank line', () => {
    const outcome = readJsonlLine('{"id": 7, "text": "One.\\nTwo.\\nThree."}', 'c.jsonl:2');
    expect(outcome.ok && outcome.doc.layers.paragraphs!.map((p) => p.text)).toEqual([
      'One.',
      'Two.',
      'Three.',
    ]);
    expect(outcome.ok && outcome.doc.id).toBe('7');
  });

  it.each([
    // [text, role of the first paragraph]
    ['Truce holds in Gaza\n\nThe truce held on Monday.', 'headline'],
    ['The truce held on Monday.\n\nTalks resume Friday.', 'body'],
    ['Will the truce hold?\n\nThe truce held on Monday.', 'body'],
    ['Truce holds in Gaza', 'body'],
  ])(
    'with no title, a short first line without a full stop before more text is the headline: %s',
    (text, role) => {
      const outcome = readJsonlLine(JSON.stringify({ id: 'h', text }), 'c.jsonl:3');
      expect(outcome.ok && outcome.doc.layers.paragraphs![0].role).toBe(role);
    },
  );

  it('reads a published time with its zone', () => {
    const outcome = readJsonlLine('{"text": "x", "published": "2015-11-17T17:30:00Z"}', 'c.jsonl:3');
    expect(outcome.ok && outcome.doc.meta.published).toMatchObject({
      zone: 'Z',
      utc: '2015-11-17T17:30:00Z',
    });
  });

  it('warns about a published value that is not a date', () => {
    const outcome = readJsonlLine('{"text": "x", "published": "soon"}', 'c.jsonl:4');
    expect(outcome.ok && outcome.doc.diagnostics.map((d) => d.code)).toEqual(['W_DATE']);
    const numeric = readJsonlLine('{"text": "x", "published": 1447781400}', 'c.jsonl:5');
    expect(numeric.ok && numeric.doc.diagnostics.map((d) => d.message)).toEqual([
      '"published" is not a date: 1447781400',
    ]);
  });

  type Bad = [line: string, code: string];
  const BAD: Bad[] = [
    ['this is not JSON', 'E_JSON'],
    ['{"text": "cut off', 'E_JSON'],
    ['[1, 2]', 'E_JSON'],
    ['"just a string"', 'E_JSON'],
    ['{"id": "x"}', 'E_RECORD'],
    ['{"text": 42}', 'E_RECORD'],
    ['{"text": "  \\n "}', 'E_RECORD'],
  ];
  it.each(BAD)('%s -> %s naming file:line', (line, code) => {
    const outcome = readJsonlLine(line, 'corpus.jsonl:9');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe(code);
      expect(outcome.error.origin).toBe('corpus.jsonl:9');
      expect(outcome.error.hint.length).toBeGreaterThan(10);
    }
  });
});
