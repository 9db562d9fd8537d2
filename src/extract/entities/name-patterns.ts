/**
 * Names recognised by their written form rather than by a dictionary, run after the tagger so that
 * they replace whatever it made of the pieces:
 * - broadcasters' call signs (`WISH-TV`, `KABC-TV`, `WNYC-FM`): an organisation (`name.call-sign`);
 * - a company's legal form after a comma (`Pfizer, Inc.`): part of the company's name
 *   (`name.comma-legal-form`), not a person who said something;
 * - combining forms before a demonym (`Franco-German`, `Sino-Japanese`): one NORP (`demonym.combined`).
 */
import type { Token } from '../../model/layers.js';
import { type Candidate, candidateOver } from './candidates.js';

/** North American call signs: K or W (C in Canada) and two or three letters, with the band. */
const CALL_LETTERS = /^[KWC][A-Z]{2,3}$/;
const BANDS = new Set(['TV', 'FM', 'AM', 'DT', 'HD']);
/** `Anglo-`, `Franco-`, `Sino-`: the first halves of compound nationality adjectives. */
const COMBINING_FORMS = new Set([
  'anglo',
  'franco',
  'sino',
  'indo',
  'russo',
  'greco',
  'graeco',
  'austro',
  'italo',
  'afro',
  'euro',
  'judeo',
  'hispano',
  'luso',
  'turco',
  'serbo',
  'irano',
]);

const tight = (a: Token, b: Token) => a.end === b.start;
const overlaps = (c: Candidate, first: number, last: number) => c.first <= last && c.last >= first;

export function namePatterns(
  cands: Candidate[],
  tokens: Token[],
  corporateSuffixes: ReadonlySet<string>,
  isDemonym: (word: string) => boolean,
): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, dash, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (dash.text !== '-' || !tight(a, dash) || !tight(dash, b)) continue;
    if (CALL_LETTERS.test(a.text) && BANDS.has(b.text)) {
      found.push(span(tokens, i, i + 2, 'ORG', 'name.call-sign'));
      i += 2;
    } else if (
      COMBINING_FORMS.has(a.norm) &&
      /^[A-Z]/.test(a.text) &&
      isDemonym(b.norm) &&
      // `Anglo-Irish Agreement`, `Sino-Japanese War`: part of a longer name, left to the scanner.
      !/^[A-Z]/.test(tokens[i + 3]?.sentence === b.sentence ? tokens[i + 3].text : '')
    ) {
      found.push({ ...span(tokens, i, i + 2, 'NORP', 'demonym.combined'), kind: 'demonym' });
      i += 2;
    }
  }
  const kept = found.length
    ? cands.filter((c) => !found.some((f) => overlaps(c, f.first, f.last)))
    : cands.slice();
  // `Pfizer, Inc.`: the legal form after a comma belongs to the organisation before it.
  const legalFormAt = new Set<number>();
  for (const c of kept) {
    const comma = tokens[c.last + 1];
    const form = tokens[c.last + 2];
    if (c.type !== 'ORG' || comma?.text !== ',' || !form || form.sentence !== c.sentence) continue;
    if (!corporateSuffixes.has(form.norm.replace(/\.$/, ''))) continue;
    // `Hospital, Co. Donegal`, `Glencore, AG Barr`: a capitalised word after it makes another name.
    const after = tokens[c.last + 3];
    if (after && after.sentence === c.sentence && /^[A-Z]/.test(after.text)) continue;
    c.end = form.end;
    c.last += 2;
    c.rules.push('name.comma-legal-form');
    legalFormAt.add(c.last);
  }
  return [...kept.filter((c) => !(legalFormAt.has(c.first) && c.first === c.last)), ...found];
}

function span(
  tokens: Token[],
  first: number,
  last: number,
  type: Candidate['type'],
  rule: string,
): Candidate {
  return candidateOver(tokens, first, last, tokens[first].sentence, {
    type,
    actorIds: [],
    rules: [rule],
    confidence: 0.8,
  });
}
