/**
 * Reported speech, read from cues left over after the direct pass:
 *   complement  `X said (that) ...`, `X told the press (that) ...`, `X announced that ...`
 *   final       `..., X said.` / `..., said X.`
 *   according   `according to X, ...` / `..., according to X.`
 *   source      `, Reuters reports,` set off by commas: the relay of the speech in the same sentence
 */
import type { Sentence, Token } from '../../model/layers.js';
import { WEEKDAY_NAMES } from '../../text/calendar-words.js';
import { appositiveName, speechCue } from './attribute.js';
import type { QuoteContext } from './context.js';
import type { CueMatch } from './cues.js';
import type { DraftQuote } from './draft.js';
import type { CueEntry } from './lexicon.js';
import {
  nounPhraseStartingAt,
  SPEAKER_PRONOUNS,
  type Speaker,
  subjectAfter,
  subjectBefore,
} from './speaker.js';

const INDIRECT_CLASSES = new Set(['speech', 'writing', 'report', 'cognitive', 'according']);
/** Words that may stand between a cue and its `that` (`said on Monday that`, `told reporters late Tuesday that`). */
const ADVERBIAL_POS = new Set(['ADV', 'ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON']);
/** Words that open a relative or indirect-question clause rather than a report. */
const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose']);
const WH_WORDS = new Set(['why', 'whether', 'if', 'how', 'what', 'when', 'where', 'who', 'which']);
const TIME_WORDS = new Set([
  ...WEEKDAY_NAMES,
  'yesterday',
  'today',
  'tonight',
  'last',
  'this',
  'earlier',
  'later',
  'late',
  'early',
]);
/** Cue verbs that also take plain objects (`continue a tradition`): reported speech only with `that`. */
const THAT_ONLY = new Set(['continue', 'recall']);
const CLAUSE_START_POS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'ADV']);
const END_PUNCT = new Set(['.', '!', '?', ';', ':', '"', '\u201D', '\u2019', "'"]);

export function indirectQuotes(ctx: QuoteContext): DraftQuote[] {
  const { sentences } = ctx.view;
  const out: DraftQuote[] = [];
  const { paragraphs } = ctx.view;
  for (const s of sentences) {
    // Headlines and deks summarise the body's reported speech in telegraphic style: read it there.
    const role = paragraphs[s.paragraph]?.role;
    if (role === 'headline' || role === 'dek') continue;
    readSentence(ctx, s, out);
  }
  return out;
}

interface Found {
  cue: CueMatch;
  np: [number, number];
  content: [number, number];
  rule: string;
  parenthetical: boolean;
}

function readSentence(ctx: QuoteContext, s: Sentence, out: DraftQuote[]): void {
  const { tokens, quoted } = ctx.view;
  const found: Found[] = [];
  for (let i = s.firstToken; i <= s.lastToken; i++) {
    if (quoted[i] || ctx.usedCues.has(i)) continue;
    const cue = speechCue(ctx, i) ?? cognitiveCue(ctx, i);
    if (!cue || !INDIRECT_CLASSES.has(cue.cls)) continue;
    const f = cue.cls === 'according' ? according(ctx, s, cue) : withSubject(ctx, s, cue);
    if (f) {
      found.push(f);
      i = f.parenthetical ? cue.last : Math.max(i, f.content[1]);
    }
  }
  const main = found.filter((f) => !f.parenthetical);
  const relays = found.filter((f) => f.parenthetical);
  const relaySpeaker = relays.length
    ? ctx.speakers.fromPhrase(relays[0].np[0], relays[0].np[1], 'indirect.relay')
    : null;
  const emit = main.length ? main : relays;
  for (const f of emit) {
    let [a, b] = f.content;
    while (a < b && tokens[a].pos === 'PUNCT') a++;
    if (b < a || !hasVerb(tokens, a, b) || mostlyQuoted(quoted, a, b)) continue;
    for (let k = f.cue.first; k <= f.cue.last; k++) ctx.usedCues.add(k);
    const speaker = ctx.speakers.fromPhrase(f.np[0], f.np[1], f.rule);
    let fragment = false;
    for (let k = a; k <= b; k++) if (quoted[k]) fragment = true;
    out.push({
      start: tokens[a].start,
      end: tokens[b].end,
      kind: 'indirect',
      paragraph: s.paragraph,
      firstToken: a,
      lastToken: b,
      rules: fragment ? ['indirect', 'indirect.with-fragment'] : ['indirect'],
      attribution: {
        cue: f.cue,
        speaker,
        rules: [f.rule, speaker.rule],
        confidence: f.rule === 'indirect.complement.that' ? 0.8 : 0.7,
      },
      reportedBy: main.length && relaySpeaker ? relaySpeaker : null,
    });
  }
}

/** `believe`, `expect`: only with an explicit `that` after them. */
function cognitiveCue(ctx: QuoteContext, i: number): CueMatch | null {
  const { tokens } = ctx.view;
  const entry = ctx.lex.cues.get(tokens[i].norm);
  if (entry?.cls !== 'cognitive' || tokens[i + 1]?.norm !== 'that') return null;
  // `it is believed that`, `it is also feared that`: passive, nobody's report.
  const be = /^(is|was|are|were|be|been)$/;
  if (
    be.test(tokens[i - 1]?.norm ?? '') ||
    (tokens[i - 1]?.pos === 'ADV' && be.test(tokens[i - 2]?.norm ?? ''))
  )
    return null;
  return { ...(entry as CueEntry), first: i, last: i };
}

function according(ctx: QuoteContext, s: Sentence, cue: CueMatch): Found | null {
  const { tokens } = ctx.view;
  const found = subjectAfter(tokens, cue.last + 1, s.lastToken);
  if (!found) return null;
  // `According to the team's coach, Alireza Mehraban, CLAUSE`: the name, and the clause after it.
  const np = appositiveName(tokens, found, s.lastToken);
  const afterNp = np[1] + 1;
  const end = trimEnd(tokens, s.firstToken, s.lastToken);
  // (`according to X, which owns Y`: a relative clause on X, not the report.)
  if (tokens[afterNp]?.norm === ',' && afterNp < end && !RELATIVE_WORDS.has(tokens[afterNp + 1]?.norm)) {
    // `According to X, CLAUSE.`
    return { cue, np, content: [afterNp + 1, end], rule: 'indirect.according.before', parenthetical: false };
  }
  if (cue.first - 1 > s.firstToken && tokens[cue.first - 1].norm === ',') {
    return {
      cue,
      np,
      content: [s.firstToken, cue.first - 2],
      rule: 'indirect.according.after',
      parenthetical: false,
    };
  }
  return null;
}

function withSubject(ctx: QuoteContext, s: Sentence, cue: CueMatch): Found | null {
  const { tokens } = ctx.view;
  const participle = /ing$/.test(tokens[cue.first].norm) && tokens[cue.first - 1]?.norm === ',';
  // `X issued a statement, saying ...`: the speaker is the subject of the main clause.
  let np = participle ? sentenceSubject(tokens, s) : subjectBefore(tokens, cue.first, s.firstToken);
  let inverted = false;
  if (!np && cue.first > s.firstToken && tokens[cue.first - 1].norm === ',') {
    // `..., said the minister.`
    np = subjectAfter(tokens, cue.last + 1, s.lastToken);
    inverted = np !== null;
  }
  if (!np && /ing$/.test(tokens[cue.first].norm) && tokens[cue.first - 1]?.norm === ',')
    np = sentenceSubject(tokens, s);
  if (!np || !ctx.speakers.plausible(np[0], np[1])) return null;
  const end = trimEnd(tokens, s.firstToken, s.lastToken);
  const subjectStart = inverted || participle ? cue.first : np[0];
  const beforeSubject = subjectStart - 1;
  const afterCue = inverted ? np[1] + 1 : cue.last + 1;
  // `, Reuters reports,` in the middle of a sentence: a relay, not the speech itself.
  if (
    !inverted &&
    !participle &&
    tokens[beforeSubject]?.norm === ',' &&
    tokens[afterCue]?.norm === ',' &&
    beforeSubject > s.firstToken
  ) {
    const tail: [number, number] = [afterCue + 1, end];
    return { cue, np, content: tail, rule: 'indirect.relay', parenthetical: true };
  }
  // `..., X said.` / `..., said X.`: the speech is what came before the comma.
  if (afterCue > end || onlyAdverbial(tokens, afterCue, end)) {
    if (tokens[beforeSubject]?.norm === ',' && beforeSubject - 1 >= s.firstToken) {
      return {
        cue,
        np,
        content: [contentStartBefore(ctx, s, beforeSubject), beforeSubject - 1],
        rule: 'indirect.final',
        parenthetical: false,
      };
    }
    return null;
  }
  if (inverted) return null;
  const start = complementStart(ctx, tokens, cue, end);
  if (start === null) return null;
  return {
    cue,
    np,
    content: [start.at, end],
    rule: start.that ? 'indirect.complement.that' : 'indirect.complement',
    parenthetical: false,
  };
}

/** Where the reported clause begins after the cue, or null when what follows is not a clause. */
function complementStart(
  ctx: QuoteContext,
  tokens: readonly Token[],
  cue: CueMatch,
  end: number,
): { at: number; that: boolean } | null {
  let j = cue.last + 1;
  if (cue.lemma === 'tell') {
    // Skip the person told: `told the press`, `told him`, `told GB News`.
    if (
      SPEAKER_PRONOUNS.has(tokens[j]?.norm) ||
      /^(him|her|them|us|me|reporters|journalists)$/.test(tokens[j]?.norm ?? '')
    )
      j++;
    else {
      const np = nounPhraseStartingAt(tokens, j, end);
      if (!np) return null;
      j = np[1] + 1;
    }
  }
  if (tokens[j]?.norm === 'that') return j + 1 <= end ? { at: j + 1, that: true } : null;
  // A short adverbial before `that`: `said on Monday that`, `said in a statement that`.
  const adverbial =
    tokens[j] && (tokens[j].pos === 'ADP' || tokens[j].pos === 'ADV' || TIME_WORDS.has(tokens[j].norm));
  for (let k = j, n = 0; adverbial && k <= end && n < 8; k++, n++) {
    const t = tokens[k];
    if (t.norm === 'that') return k + 1 <= end ? { at: k + 1, that: true } : null;
    if (ctx.view.quoted[k] || !ADVERBIAL_POS.has(t.pos)) break;
  }
  const t = tokens[j];
  if (!t || ctx.view.quoted[j] || !CLAUSE_START_POS.has(t.pos) || t.norm === 'to' || WH_WORDS.has(t.norm))
    return null;
  if (cue.cls === 'report' || cue.cls === 'writing') return null; // `reported the attack`: an object, not a clause
  // `the festival continues a 2000 year old tradition`: verbs with objects of their own report only with `that`.
  if (THAT_ONLY.has(cue.lemma)) return null;
  // A bare clause must have its own finite verb within the next few tokens (`said the plan was dead`),
  // not a relative clause on an object (`announced the locations that would ...`) or an infinitive.
  for (let k = j + 1; k <= Math.min(end, j + 8); k++) {
    const tk = tokens[k];
    if (RELATIVE_WORDS.has(tk.norm) || tk.norm === ',') break;
    if ((tk.pos === 'VERB' || tk.pos === 'AUX') && tokens[k - 1].norm !== 'to' && !tk.norm.endsWith('ing'))
      return { at: j, that: false };
  }
  return null;
}

function trimEnd(tokens: readonly Token[], first: number, last: number): number {
  let e = last;
  while (e > first && END_PUNCT.has(tokens[e].norm)) e--;
  return e;
}

function onlyAdverbial(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 6) return false;
  // `the government then says it wasn't sensitive` has a clause of its own (a verb or an auxiliary).
  for (let k = from; k <= to; k++)
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].norm === 'that') return false;
  return true;
}

/** The reported clause before `, X said`: from the sentence start, or after an earlier quotation or colon. */
function contentStartBefore(ctx: QuoteContext, s: Sentence, comma: number): number {
  const { tokens, quoted } = ctx.view;
  for (let k = comma - 1; k >= s.firstToken; k--) if (quoted[k] || tokens[k].norm === ':') return k + 1;
  return s.firstToken;
}

function sentenceSubject(tokens: readonly Token[], s: Sentence): [number, number] | null {
  const np = subjectAfter(tokens, s.firstToken, s.lastToken);
  return np && tokens[np[1] + 1] && (tokens[np[1] + 1].pos === 'VERB' || tokens[np[1] + 1].pos === 'AUX')
    ? np
    : null;
}

export type { Speaker };

function hasVerb(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return true;
  return false;
}

/** Reported speech that is mostly a direct quotation is already read by the direct pass. */
function mostlyQuoted(quoted: Uint8Array, a: number, b: number): boolean {
  let n = 0;
  for (let k = a; k <= b; k++) if (quoted[k]) n++;
  return n * 2 > b - a + 1;
}
