import { describe, expect, it } from 'vitest';
import { newDocument } from '../ingest/new-document.js';
import { Pipeline } from '../pipeline.js';
import { textLayer, tokenise } from './index.js';
import { splitParagraphs } from './paragraphs.js';

describe('text layer', () => {
  it('gives offsets that slice back to each token', () => {
    const text = 'He said U.S. officials won\u2019t go.  IS claimed it.';
    const { tokens } = tokenise(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain('U.S.');
  });

  it('keeps words with letters beyond Latin-1 whole', () => {
    const { tokens } = tokenise('Erdoğan met Wałęsa in Şanlıurfa; Nguyễn Tấn Dũng cannot come.');
    expect(tokens.map((t) => t.text)).toEqual([
      'Erdoğan',
      'met',
      'Wałęsa',
      'in',
      'Şanlıurfa',
      ';',
      'Nguyễn',
      'Tấn',
      'Dũng',
      'can',
      'not',
      'come',
      '.',
    ]);
    expect(tokens.filter((t) => /[ğłŞễ]/.test(t.text)).map((t) => t.pos)).toEqual([
      'PROPN',
      'PROPN',
      'PROPN',
      'PROPN',
    ]);
  });

  it('gives back a cut word its letters before a hyphen or a stop (Bà Rịa-Vũng Tàu)', () => {
    const text = 'Officials in Bà Rịa-Vũng Tàu met in Bà Rịa. Next they left.';
    const { tokens, sentenceRanges } = tokenise(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual([
      'Officials',
      'in',
      'Bà',
      'Rịa',
      '-',
      'Vũng',
      'Tàu',
      'met',
      'in',
      'Bà',
      'Rịa',
      '.',
      'Next',
      'they',
      'left',
      '.',
    ]);
    // The stop split off `Rịa.` ends its sentence.
    expect(sentenceRanges).toEqual([
      [0, 11],
      [12, 15],
    ]);
  });

  it("splits a possessive off a word whatever was read before (wink-nlp learns `Brazil's.`)", () => {
    const words = (text: string) => tokenise(text).tokens.map((t) => t.text);
    tokenise("It supplies 9% of Brazil's. Under the treaty, each owns half.");
    expect(words("He worked with Brazil's Federal Police.")).toEqual([
      'He',
      'worked',
      'with',
      'Brazil',
      "'s",
      'Federal',
      'Police',
      '.',
    ]);
    expect(words('Moody’s cut it.').slice(0, 2)).toEqual(['Moody', '’s']);
    // The split-off `'s` ends the sentence with its word.
    tokenise("It is the parent of Byju's.");
    const { tokens, sentenceRanges } = tokenise("A plea against Byju's");
    expect(tokens.map((t) => t.text).slice(-2)).toEqual(['Byju', "'s"]);
    expect(sentenceRanges.at(-1)?.[1]).toBe(tokens.length - 1);
    // So in capitals, whatever wink-nlp learned before (`ST. JOHN'S` in a dateline).
    tokenise("Fishers landed in ST. JOHN'S.");
    expect(words("ST. JOHN'S — The talks ended.").slice(0, 3)).toEqual(['ST.', 'JOHN', "'S"]);
    // The possessor keeps a noun's tag, not the tag wink-nlp gave the word it learned (`the government's.`).
    tokenise("I want them to choose, not the government's.");
    expect(tokenise("The government's plan failed.").tokens[1].pos).toBe('NOUN');
  });

  it('never lets a sentence cross a paragraph boundary', () => {
    const text = 'First paragraph without a stop\n\nSecond paragraph. And more.';
    const doc = new Pipeline([textLayer()]).run(newDocument({ text }));
    expect(doc.layers.paragraphs).toHaveLength(2);
    const paras = doc.layers.sentences!.map((s) => s.paragraph);
    expect(paras).toEqual([0, 1, 1]);
    expect(doc.layers.sentences![0].text).toBe('First paragraph without a stop');
  });

  it('keeps a two-sentence quotation with its attribution in one sentence', () => {
    const text = '"That is a step. If we do it, things open," the minister said. Then he left.';
    const doc = new Pipeline([textLayer()]).run(newDocument({ text }));
    const sentences = doc.layers.sentences!.map((s) => s.text);
    expect(sentences[0]).toBe('"That is a step. If we do it, things open," the minister said.');
    expect(sentences[1]).toBe('Then he left.');
  });

  it.each([
    // [text, sentences, a token]: a title's abbreviation before a name ends no sentence, and keeps its
    // full stop; a part of a name (`Bros.`) keeps its full stop but may end a sentence.
    [
      'The Rt. Hon. B. U. Nzeribe died. He was 70.',
      ['The Rt. Hon. B. U. Nzeribe died.', 'He was 70.'],
      'Rt.',
    ],
    ['Sgt. Maj. Bob Jones and Insp. Lee came.', ['Sgt. Maj. Bob Jones and Insp. Lee came.'], 'Maj.'],
    [
      'He joined Warner Bros. The studio said no.',
      ['He joined Warner Bros.', 'The studio said no.'],
      'Bros.',
    ],
    [
      'It was distributed by Warner Bros. Critics panned it.',
      ['It was distributed by Warner Bros.', 'Critics panned it.'],
      'Bros.',
    ],
    [
      'Crews closed Hwy. 100 near Edina. Rte. 9 was open.',
      ['Crews closed Hwy. 100 near Edina.', 'Rte. 9 was open.'],
      'Hwy.',
    ],
    [
      'The road was renamed Hwy. Drivers did not notice.',
      ['The road was renamed Hwy.', 'Drivers did not notice.'],
      'Hwy.',
    ],
    [
      'Chevron (CVX.N) agreed to buy Hess (HES.N). Shares rose.',
      ['Chevron (CVX.N) agreed to buy Hess (HES.N).', 'Shares rose.'],
      'CVX',
    ],
  ])('reads abbreviations inside names: %s', (text, expected, token) => {
    const doc = new Pipeline([textLayer()]).run(newDocument({ text }));
    expect(doc.layers.sentences!.map((s) => s.text)).toEqual(expected);
    expect(doc.layers.tokens!.map((t) => t.text)).toContain(token);
  });

  it('records each sentence token range', () => {
    const doc = new Pipeline([textLayer()]).run(newDocument({ text: 'One two. Three four five.' }));
    const { sentences, tokens } = doc.layers;
    const s = sentences![1];
    expect(tokens!.slice(s.firstToken, s.lastToken + 1).map((t) => t.text)).toEqual([
      'Three',
      'four',
      'five',
      '.',
    ]);
  });

  it("reads a wire dateline's place as a sentence, never its date or another dateline", () => {
    const text =
      'Japan win\n\nAL-AIN , United Arab Emirates 1996-12-06\n\nNovember 17, 2015 | 4:55 pm\n\nJapan won.';
    const paragraphs = splitParagraphs(text).map((p, i) => ({
      ...p,
      role: (['headline', 'dateline', 'dateline', 'body'] as const)[i],
    }));
    const doc = new Pipeline([textLayer()]).run(newDocument({ text, paragraphs }));
    expect(doc.layers.sentences!.map((s) => s.text)).toEqual([
      'Japan win',
      'AL-AIN , United Arab Emirates',
      'Japan won.',
    ]);
  });

  it.each([
    [
      'BUFFALO, N.Y. — Hours before the game, the team flew in.',
      ['BUFFALO, N.Y. —', 'Hours before the game, the team flew in.'],
    ],
    [
      'HAYWARD, Calif. (AP) — The Latest on a stabbing.',
      ['HAYWARD, Calif. (AP) —', 'The Latest on a stabbing.'],
    ],
    ['WASHINGTON - The Senate voted on Wednesday.', ['WASHINGTON -', 'The Senate voted on Wednesday.']],
    ['Dekalb, Ill. – Thousands of teachers marched.', ['Dekalb, Ill. –', 'Thousands of teachers marched.']],
    ['Trump — who has long criticised NATO — said so.', ['Trump — who has long criticised NATO — said so.']],
    // No dateline: a mixed-case word before a hyphen, or no dash at all.
    ['Anti-war - Protesters marched.', ['Anti-war - Protesters marched.']],
    ['Officials in Paris said so.', ['Officials in Paris said so.']],
  ])('reads an inline dateline as a sentence of its own: %s', (text, expected) => {
    const paragraphs = splitParagraphs(text).map((p) => ({ ...p, role: 'body' as const }));
    const doc = new Pipeline([textLayer()]).run(newDocument({ text, paragraphs }));
    expect(doc.layers.sentences!.map((s) => s.text)).toEqual(expected);
  });

  it('splits on single newlines when a text has no blank line', () => {
    expect(splitParagraphs('a\nb\nc').map((p) => p.text)).toEqual(['a', 'b', 'c']);
    expect(splitParagraphs('a\nb\n\nc').map((p) => p.text)).toEqual(['a\nb', 'c']);
  });
});

describe('pipeline', () => {
  it('refuses a component that reads a layer nobody wrote', () => {
    const reader = { name: 'x', version: '0', reads: ['times' as const], writes: [], run() {} };
    expect(() => new Pipeline([reader])).toThrow(/reads 'times'/);
  });
});
