/**
 * Attribution patterns around a direct quotation, tried in order:
 *   after   `"...," Smith said` / `"...," said Smith` / `"...," Ana X, a political analyst, said`
 *   before  `Smith said: "..."` / `X told the press, "..."` / `according to X, "..."`
 *   intro   a paragraph that ends in a colon or comma introduces the next one (`he replied:`)
 *   clause  any cue in the same sentence outside quotation (`X said it was "damning"`)
 *   subject the person the sentence is about, for fragments in narration (`X went there to "restate ..."`)
 */
import { type QuoteContext, STOP_PUNCT } from './context.js';
import { type CueMatch, cueAt } from './cues.js';
import type { Attribution } from './draft.js';
import {
  nounPhraseEndingAt,
  nounPhraseStartingAt,
  SPEAKER_PRONOUNS,
  subjectAfter,
  subjectBefore,
} from './speaker.js';

/** Words that open an adverbial clause before the subject (`On Monday,`, `After the match,`, `Later,`). */
const OPENER_POS = new Set(['ADP', 'ADV', 'SCONJ', 'CCONJ', 'VERB']);
const LEADING_PUNCT = new Set([',', '\u2014', '\u2013', '-', '--', '(', ':']);
/** Cues that never attribute a quotation (`asked` introduces a question put to the speaker). */
const NOT_FOR_QUOTES = new Set(['cognitive']);
/** How far after a quotation its cue may stand (a long apposition: `X, regional adviser for ... of the WHO, said`). */
const WINDOW = 24;

export function speechCue(ctx: QuoteContext, i: number) {
  const c = cueAt(ctx.view.tokens, i, ctx.lex);
  return c && !NOT_FOR_QUOTES.has(c.cls) ? c : null;
}

/** Builds the attribution once a cue and its speaker phrase are known. */
function attribution(
  ctx: QuoteContext,
  cue: CueMatch,
  np: [number, number],
  rule: string,
  confidence: number,
): Attribution {
  for (let k = cue.first; k <= cue.last; k++) ctx.usedCues.add(k);
  const speaker = ctx.speakers.fromPhrase(np[0], np[1], rule);
  return { cue, speaker, rules: [rule, speaker.rule], confidence };
}

/** Pattern after the quotation, from token `from` to `to` (inclusive). */
export function attributeAfter(
  ctx: QuoteContext,
  from: number,
  to: number,
  rule = 'attr.after',
): Attribution | null {
  const { tokens, quoted } = ctx.view;
  let i = from;
  while (i <= to && LEADING_PUNCT.has(tokens[i].norm)) i++;
  if (i > to || quoted[i]) return null;
  const inverted = speechCue(ctx, i);
  if (inverted) {
    // `"...," said Smith` / `"...," according to officials`
    const np = subjectAfter(tokens, inverted.last + 1, to);
    const how = inverted.cls === 'according' ? 'according' : 'inverted';
    if (np) return attribution(ctx, inverted, np, `${rule}.${how}`, 0.9);
  }
  for (let k = i; k <= to && k < i + WINDOW; k++) {
    if (quoted[k] || STOP_PUNCT.has(tokens[k].norm)) break;
    const cue = speechCue(ctx, k) ?? quotedAsSaying(ctx, k);
    if (!cue || cue.cls === 'according') continue;
    const subjectEnd = cue.lemma === 'quote' ? cue.first : k; // `he was quoted as saying`
    const np = subjectBefore(tokens, subjectEnd, i);
    if (np && np[0] === i) return attribution(ctx, cue, np, rule, 0.9);
    // `"...," Hassan el Bushra, regional adviser for ... of the WHO said.`: an apposition whose closing
    // comma is missing; the name that opens it is the subject.
    const lead = np ? leadingName(tokens, i, k - 1) : null;
    if (lead && noFiniteVerb(tokens, lead[1] + 1, k - 1)) return attribution(ctx, cue, lead, rule, 0.8);
    if (np) return null; // a cue with another subject: not this quotation's attribution
  }
  // `"..." - Matthew Ingram`: a credit after a dash, closing the sentence.
  if (i > from && /^[\u2014\u2013-]+$/.test(tokens[i - 1].norm)) {
    const np = subjectAfter(tokens, i, to);
    if (np && onlyTrailingPunct(tokens, np[1] + 1, to) && tokens[np[1]].pos === 'PROPN') {
      const speaker = ctx.speakers.fromPhrase(np[0], np[1], 'attr.dash-credit');
      return { cue: null, speaker, rules: ['attr.dash-credit', speaker.rule], confidence: 0.75 };
    }
  }
  const credit = creditAfter(ctx, i, to);
  if (credit) {
    const speaker = ctx.speakers.fromPhrase(credit[0], credit[1], 'attr.credit');
    return { cue: null, speaker, rules: ['attr.credit', speaker.rule], confidence: 0.7 };
  }
  return null;
}

/** After a credit's name: nothing, or a comma and the title of the piece quoted (`, "Anon declares war"`). */
const CREDIT_TAIL = /^\s*(?:,\s*["\u201C][^"\u201C\u201D\n]{1,120}["\u201D]?)?\s*$/;

/**
 * `"...." Anonymous blogger, "Title of the post"` closing a paragraph: a pull quote's credit, a
 * capitalised name or role right after the quotation with no verb and nothing after it but the title.
 */
function creditAfter(ctx: QuoteContext, i: number, to: number): [number, number] | null {
  const { tokens, text, sentences, paragraphs } = ctx.view;
  if (i > to || !/^\p{Lu}/u.test(tokens[i].text) || SPEAKER_PRONOUNS.has(tokens[i].norm)) return null;
  const np = nounPhraseStartingAt(tokens, i, to);
  if (!np) return null;
  const paragraph = paragraphs[sentences[tokens[i].sentence].paragraph];
  if (!paragraph || !CREDIT_TAIL.test(text.slice(tokens[np[1]].end, paragraph.end))) return null;
  return np;
}

/** No verb but participles used as adjectives (`emerging diseases`) between `from` and `to`. */
function noFiniteVerb(tokens: QuoteContext['view']['tokens'], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed)$/.test(t.norm))) return false;
  }
  return true;
}

/** Capitalised words (and name particles such as `el`, `al`) from `i` up to a comma: `Hassan el Bushra,`. */
function leadingName(tokens: QuoteContext['view']['tokens'], i: number, to: number): [number, number] | null {
  for (let k = i; k <= Math.min(to, i + 6); k++) {
    if (tokens[k].norm === ',') return k > i ? [i, k - 1] : null;
    if (
      !/^\p{Lu}/u.test(tokens[k].text) &&
      !/^(al|el|bin|ibn|de|da|di|du|van|von|der|la|le|-)$/.test(tokens[k].norm)
    )
      return null;
  }
  return null;
}

function onlyTrailingPunct(tokens: QuoteContext['view']['tokens'], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (tokens[k].pos !== 'PUNCT') return false;
  return true;
}

/** `was quoted as saying`: the cue spans `was quoted as saying`, the subject stands before `was`. */
function quotedAsSaying(ctx: QuoteContext, k: number): CueMatch | null {
  const { tokens } = ctx.view;
  if (tokens[k].norm !== 'quoted' || tokens[k + 1]?.norm !== 'as' || tokens[k + 2]?.norm !== 'saying')
    return null;
  const first = /^(was|were|is|been)$/.test(tokens[k - 1]?.norm ?? '') ? k - 1 : k;
  return { lemma: 'quote', cls: 'report', length: k + 3 - first, first, last: k + 2 };
}

/** Pattern before the quotation: the cue ends a clause that leads into it. */
export function attributeBefore(
  ctx: QuoteContext,
  from: number,
  to: number,
  rule = 'attr.before',
): Attribution | null {
  const { tokens, quoted } = ctx.view;
  let k = to;
  while (k >= from && (LEADING_PUNCT.has(tokens[k].norm) || tokens[k].norm === 'that')) k--;
  for (let n = 0; k >= from && n < 8; k--, n++) {
    if (quoted[k] || STOP_PUNCT.has(tokens[k].norm)) break;
    // `One aid worker was quoted as saying that "..."`
    const cue = speechCue(ctx, k) ?? quotedAsSaying(ctx, k);
    if (!cue) continue;
    if (cue.lemma === 'quote' && cue.last > k) {
      const np = subjectBefore(tokens, cue.first, from);
      if (np) return attribution(ctx, cue, np, rule, 0.85);
      continue;
    }
    if (cue.cls === 'according') {
      const np = subjectAfter(tokens, cue.last + 1, to);
      if (np) return attribution(ctx, cue, appositiveName(tokens, np, to), `${rule}.according`, 0.85);
      continue;
    }
    // `The Daily quotes Interior Minister X: "..."`: the one quoted speaks, the paper relays.
    if (cue.lemma === 'quote' && tokens[k].norm === 'quotes') {
      const quotedOne = subjectAfter(tokens, cue.last + 1, to);
      if (quotedOne && onlyTrailingPunct(tokens, quotedOne[1] + 1, to))
        return attribution(ctx, cue, quotedOne, `${rule}.quoted-one`, 0.85);
    }
    // `One poster admitted it, writing in a blog post "..."`: a participle's subject opens the clause.
    const participle = tokens[k].norm.endsWith('ing') && tokens[k - 1]?.norm === ',';
    const np = participle ? clauseSubject(tokens, from, k) : subjectBefore(tokens, k, from);
    if (np) return attribution(ctx, cue, np, participle ? `${rule}.participle` : rule, 0.9);
    // `..., said Smith: "..."` (the phrase after `told` is the listener, not the speaker)
    const after = cue.lemma === 'tell' ? null : subjectAfter(tokens, cue.last + 1, to);
    if (after && onlyTrailingPunct(tokens, after[1] + 1, to))
      return attribution(ctx, cue, after, `${rule}.inverted`, 0.85);
  }
  return null;
}

/**
 * Any cue in the clause around a quotation fragment, with a subject of its own; the cue nearest
 * before the quotation first (`Officials tell X ..., with the Post reporting no one will be "..."`:
 * the Post), then those after it.
 */
export function attributeInClause(
  ctx: QuoteContext,
  from: number,
  to: number,
  at = from,
): Attribution | null {
  for (let k = at - 1; k >= from; k--) {
    const found = clauseCue(ctx, k, from, to);
    if (found) return found;
  }
  for (let k = at; k <= to; k++) {
    const found = clauseCue(ctx, k, from, to);
    if (found) return found;
  }
  return null;
}

function clauseCue(ctx: QuoteContext, k: number, from: number, to: number): Attribution | null {
  const { tokens, quoted } = ctx.view;
  if (quoted[k]) return null;
  const cue = speechCue(ctx, k);
  if (!cue || cue.cls === 'question' || k !== cue.first) return null;
  if (cue.cls === 'according') {
    const np = subjectAfter(tokens, cue.last + 1, to);
    return np ? attribution(ctx, cue, appositiveName(tokens, np, to), 'attr.clause.according', 0.7) : null;
  }
  const np = subjectBefore(tokens, k, from);
  return np && ctx.speakers.plausible(np[0], np[1]) ? attribution(ctx, cue, np, 'attr.clause', 0.7) : null;
}

/**
 * `the Crown prosecutor, Mark Tedeschi, QC`: a role phrase followed by a name set off by a comma
 * names that person; any other phrase is kept.
 */
export function appositiveName(
  tokens: QuoteContext['view']['tokens'],
  np: [number, number],
  to: number,
): [number, number] {
  if (tokens[np[1]].pos === 'PROPN' || tokens[np[1] + 1]?.norm !== ',') return np;
  const name = nounPhraseStartingAt(tokens, np[1] + 2, to);
  if (!name) return np;
  for (let k = name[0]; k <= name[1]; k++) if (tokens[k].pos !== 'PROPN') return np;
  return name;
}

/** The person a sentence of narration is about: its opening noun phrase, when a verb follows it. */
export function attributeSentenceSubject(ctx: QuoteContext, from: number, to: number): Attribution | null {
  const { tokens } = ctx.view;
  let i = from;
  // Skip an opening adverbial clause ending in a comma (`On Monday, ...`), within a few tokens; not
  // a subject set off by commas (`Dr Caroline Smith, a meteorite expert, thought ...`).
  const opener = tokens[from];
  if (
    opener &&
    (OPENER_POS.has(opener.pos) || /^(yesterday|today|meanwhile|however|later|earlier)$/.test(opener.norm))
  ) {
    for (let k = from; k <= Math.min(to, from + 6); k++) {
      if (tokens[k].norm === ',') {
        i = k + 1;
        break;
      }
    }
  }
  if (SPEAKER_PRONOUNS.has(tokens[i]?.norm)) {
    const speaker = ctx.speakers.fromPhrase(i, i, 'attr.subject');
    return { cue: null, speaker, rules: ['attr.subject', speaker.rule], confidence: 0.5 };
  }
  const np = subjectAfter(tokens, i, to);
  if (!np || np[1] + 1 > to) return null;
  let next = tokens[np[1] + 1];
  if (next.norm === ',') {
    // `Dr Caroline Smith, a meteorite expert with the museum, thought ...`: past the apposition.
    for (let k = np[1] + 2; k <= Math.min(to - 1, np[1] + 16); k++) {
      if (tokens[k].norm !== ',') continue;
      next = tokens[k + 1];
      break;
    }
  }
  if (next.pos !== 'VERB' && next.pos !== 'AUX') return null;
  let named = false;
  for (let k = np[0]; k <= np[1]; k++) if (tokens[k].pos === 'PROPN') named = true;
  if (!named) return null;
  const speaker = ctx.speakers.fromPhrase(np[0], np[1], 'attr.subject');
  return { cue: null, speaker, rules: ['attr.subject', speaker.rule], confidence: 0.5 };
}

/** `Sunak defended the record: "..."`: a colon hands the floor to the clause's subject. */
export function attributeColonSubject(
  ctx: QuoteContext,
  from: number,
  quoteFirst: number,
): Attribution | null {
  const { tokens } = ctx.view;
  if (quoteFirst - 1 < from || tokens[quoteFirst - 1].norm !== ':') return null;
  // `Smith: "We will win"` (headline style): a bare name before the colon is the speaker.
  const bare = nounPhraseEndingAt(tokens, quoteFirst - 2, from);
  if (bare && bare[0] === from && tokens[bare[1]].pos === 'PROPN') {
    const speaker = ctx.speakers.fromPhrase(bare[0], bare[1], 'attr.name-colon');
    return { cue: null, speaker, rules: ['attr.name-colon', speaker.rule], confidence: 0.7 };
  }
  const found = attributeSentenceSubject(ctx, from, quoteFirst - 1);
  if (!found?.speaker) return null;
  return { ...found, rules: ['attr.colon-subject', ...found.rules.slice(1)], confidence: 0.6 };
}

/** The noun phrase (or pronoun) that opens a clause and is followed by its verb. */
function clauseSubject(
  tokens: QuoteContext['view']['tokens'],
  from: number,
  to: number,
): [number, number] | null {
  if (SPEAKER_PRONOUNS.has(tokens[from].norm)) return [from, from];
  const np = subjectAfter(tokens, from, to);
  if (!np || np[1] + 1 > to) return null;
  const next = tokens[np[1] + 1];
  return next.pos === 'VERB' || next.pos === 'AUX' ? np : null;
}
