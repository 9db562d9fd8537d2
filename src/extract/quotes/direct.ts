/**
 * Direct quotations: which quoted spans are speech (not scare quotes or titles), whether each is a
 * whole utterance (`direct`) or a fragment woven into narration (`mixed`), and who said it.
 */
import {
  attributeAfter,
  attributeBefore,
  attributeColonSubject,
  attributeInClause,
  attributeSentenceSubject,
  speechCue,
} from './attribute.js';
import type { QuoteContext } from './context.js';
import type { CueMatch } from './cues.js';
import type { DraftQuote } from './draft.js';
import type { QuotedSpan } from './marks.js';
import { SPEAKER_PRONOUNS, subjectBefore } from './speaker.js';
import { tokenAtOrAfter, tokenBefore } from './view.js';

const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'so-called',
  'called',
  'named',
  'dubbed',
  'titled',
  'entitled',
]);
const SENTENCE_END = /[.!?,]["'\u201D\u2019]?$/;

function wordCount(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

/** Short words a title leaves in lower case (`Photographs and Prints from the University Collection`). */
const TITLE_SMALL_WORDS = new Set([
  'from',
  'with',
  'into',
  'onto',
  'over',
  'upon',
  'about',
  'after',
  'under',
  'than',
  'through',
  'without',
  'within',
  'against',
  'between',
]);
/** Prepositions before a title (`says on "The IE6 Countdown"`, `curator of "..."`): the quotation is a name. */
const TITLE_PREPOSITIONS = new Set(['on', 'in', 'at', 'of', 'from', 'via']);

/**
 * `Saving Private Ryan`, `Better Idea of Afghan Girls`, `Anon declares war on Church of Scientology`:
 * no end punctuation, every long word capitalised, or all but one when three or more are.
 */
function looksLikeTitle(s: string): boolean {
  s = s.replace(/,$/, '');
  if (SENTENCE_END.test(s)) return false;
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 12) return false;
  let capitalised = 0;
  let lower = 0;
  for (const w of words) {
    if (w.length <= 3 || TITLE_SMALL_WORDS.has(w.toLowerCase())) continue;
    if (/^[\p{Lu}\p{N}]/u.test(w)) capitalised++;
    else lower++;
  }
  return lower === 0 || (lower === 1 && capitalised >= 3);
}

/** `"Title of the piece" — Outlet, August 15, 2008`: a reference to a publication, not speech. */
function isCitation(text: string, close: number, paragraphEnd: number): boolean {
  const rest = text.slice(close, Math.min(paragraphEnd, close + 120));
  return (
    /^\s*[\u2014\u2013-]+\s*\S/.test(rest) &&
    /\b(1[89]|20)\d\d\b/.test(rest) &&
    rest.length === paragraphEnd - close
  );
}

/** Decides whether a quoted span is speech, and how it is embedded; null = leave it out. */
function classify(
  ctx: QuoteContext,
  q: QuotedSpan,
  first: number,
  prevKept: DraftQuote | null,
): { kind: 'direct' | 'mixed'; rule: string } | null {
  const { text, tokens, paragraphs } = ctx.view;
  const content = text.slice(q.contentStart, q.contentEnd);
  const words = wordCount(content);
  const prev = first > 0 && tokens[first - 1].sentence === tokens[first].sentence ? tokens[first - 1] : null;
  const cueNear = [1, 2, 3].some(
    (d) =>
      first - d >= 0 &&
      tokens[first - d].sentence === tokens[first].sentence &&
      speechCue(ctx, first - d) !== null,
  );
  const coordinated =
    prev !== null &&
    (prev.norm === 'and' || prev.norm === 'or') &&
    prevKept !== null &&
    prevKept.lastToken >= first - 8;
  const embedded =
    prev !== null &&
    /[\p{L}\p{N}]$/u.test(prev.text) &&
    speechCue(ctx, first - 1) === null &&
    prev.norm !== 'that' &&
    // `writing in a blog post "I have ..."`: a capitalised sentence after a nearby cue is a whole utterance.
    !(/^\p{Lu}/u.test(content) && words >= 5 && cueWithin(ctx, first, 8));
  const kind = embedded ? 'mixed' : 'direct';
  if (q.continued) return { kind: 'direct', rule: 'direct.continued' };
  if (opensWithAttribution(ctx, first, q)) return null;
  if (looksLikeTitle(content) && (!(cueNear && words > 3) || (prev && TITLE_PREPOSITIONS.has(prev.norm))))
    return null;
  // `a "quasi-state of war"`, `a "formal update"`; but `said a "more general reflection" is needed` quotes.
  if (words <= 4 && prev && DETERMINERS.has(prev.norm) && !cueBeforeDeterminer(ctx, first)) return null;
  if (isCitation(text, q.close, paragraphs[q.paragraph]?.end ?? q.close)) return null;
  if (words <= 2) {
    const headline = paragraphs[q.paragraph]?.role === 'headline';
    // `said her party has supported the idea "for months"`: a speech cue earlier in the clause.
    if (!headline && (cueNear || coordinated || cueWithin(ctx, first, 10)) && /^\p{Ll}/u.test(content))
      return { kind: 'mixed', rule: 'direct.short-after-cue' };
    return null;
  }
  if (q.mark === 'single' && words < 5 && !cueNear) return null;
  return {
    kind,
    rule: kind === 'mixed' ? 'direct.fragment' : q.mark === 'single' ? 'direct.single-marks' : 'direct.marks',
  };
}

/**
 * `"Dr Chow said. "Since ...`: a span that opens with an attribution (a short name or pronoun, a cue,
 * then a full stop or comma) lies between two quotations whose marks the source paired wrongly.
 */
function opensWithAttribution(ctx: QuoteContext, first: number, q: QuotedSpan): boolean {
  const { tokens } = ctx.view;
  let k = first;
  while (k < tokens.length && tokens[k].end <= q.contentStart) k++;
  for (let n = 0; n < 4 && k < tokens.length && tokens[k].start < q.contentEnd; k++, n++) {
    const t = tokens[k];
    const cue = n > 0 ? speechCue(ctx, k) : null;
    if (cue && cue.cls !== 'according') return /^[.,]$/.test(tokens[cue.last + 1]?.norm ?? '');
    if (!(t.pos === 'PROPN' || t.pos === 'PRON' || (n === 0 && /^\p{Lu}/u.test(t.text)))) return false;
  }
  return false;
}

/** Turns quoted spans into draft quotes and marks their tokens as quoted. */
export function directQuotes(ctx: QuoteContext, spans: QuotedSpan[]): DraftQuote[] {
  const { tokens, quoted } = ctx.view;
  const out: DraftQuote[] = [];
  let prevKept: DraftQuote | null = null;
  for (const q of spans) {
    const first = tokenAtOrAfter(tokens, q.open);
    const last = tokenBefore(tokens, q.close);
    if (first > last || first >= tokens.length) continue;
    const verdict = classify(ctx, q, first, prevKept);
    if (!verdict) continue;
    for (let i = first; i <= last; i++) {
      const t = tokens[i];
      quoted[i] = t.start < q.contentStart || t.end > q.contentEnd ? 2 : 1;
    }
    const d: DraftQuote = {
      start: q.contentStart,
      end: q.contentEnd,
      kind: verdict.kind,
      paragraph: q.paragraph,
      firstToken: first,
      lastToken: last,
      rules: [verdict.rule],
      attribution: null,
      continued: q.continued,
      unclosed: q.unclosed,
      opensParagraph: first === paragraphFirstToken(ctx, q.paragraph),
    };
    out.push(d);
    prevKept = d;
  }
  // Both need the quoted tokens marked, and come before any pronoun is read.
  ctx.speakers.noteNameRuns();
  noteCueSubjects(ctx);
  for (const d of out) d.attribution = attributeDirect(ctx, d);
  return out;
}

/** The attribution patterns for one quotation, most specific first. */
function attributeDirect(ctx: QuoteContext, d: DraftQuote) {
  const { tokens, sentences, quoted, paragraphSentences } = ctx.view;
  const sFirst = sentences[tokens[d.firstToken].sentence];
  const sLast = sentences[tokens[d.lastToken].sentence];
  // After: the rest of the sentence, up to the next quotation.
  let to = sLast.lastToken;
  for (let k = d.lastToken + 1; k <= to; k++) if (quoted[k]) to = k - 1;
  let found = attributeAfter(ctx, d.lastToken + 1, to);
  if (!found && onlyPunctuation(ctx, d.lastToken + 1, sLast.lastToken)) {
    // `"...." Smith said.` can be split into its own sentence by the tagger.
    const range = paragraphSentences.get(d.paragraph);
    const next = sentences[sLast.index + 1];
    if (range && next && next.index <= range[1] && !quoted[next.firstToken]) {
      let end = next.lastToken;
      for (let k = next.firstToken; k <= end; k++) if (quoted[k]) end = k - 1;
      // Only a bare attribution (`Smith said.`), not a sentence with a report of its own.
      const bare = attributeAfter(ctx, next.firstToken, end, 'attr.after-sentence');
      // `He continued, "..."`, `X called to the area "..."`: a cue that leads into a quotation of its own.
      const leadsOn = end < next.lastToken;
      // `"...area." said Kathryn Ryan, from ...`: a sentence that opens with a lower-case cue attributes.
      const inverted = bare?.cue?.first === next.firstToken && /^\p{Ll}/u.test(tokens[next.firstToken].text);
      if (
        bare &&
        !leadsOn &&
        (inverted ||
          !bare.cue ||
          (isBareAttribution(ctx, bare.cue.last + 1, end) &&
            !verbBeforeCue(ctx, next.firstToken, bare.cue.first)))
      )
        found = bare;
      else if (bare?.cue) for (let k = bare.cue.first; k <= bare.cue.last; k++) ctx.usedCues.delete(k);
    }
  }
  if (found) return found;
  // A paragraph that goes on with the previous paragraph's quotation keeps its speaker (carry pass).
  if (d.continued) return null;
  // Before: the sentence up to the quotation, after any earlier quotation.
  let from = sFirst.firstToken;
  for (let k = d.firstToken - 1; k >= from; k--) if (quoted[k]) from = k + 1;
  found = attributeBefore(ctx, from, d.firstToken - 1);
  if (found) return found;
  if (d.firstToken === sFirst.firstToken || d.continued) {
    found = attributeIntro(ctx, d.paragraph);
    if (found) return found;
  }
  found = attributeColonSubject(ctx, from, d.firstToken);
  if (found) return found;
  // `Heald said although ..., "nobody has looked at these together".`: the clause's reporter.
  found = attributeInClause(ctx, sFirst.firstToken, sLast.lastToken, d.firstToken);
  if (found) return found;
  if (d.kind === 'mixed') return attributeSentenceSubject(ctx, sFirst.firstToken, d.firstToken - 1);
  if (d.firstToken === sFirst.firstToken) return attributePreviousReport(ctx, d, sFirst.index);
  return null;
}

/** How many sentences back a quotation that opens its sentence looks for the report it goes on with. */
const PREVIOUS_REPORT_SENTENCES = 3;
const STATEMENT_VERBS = new Set(['issued', 'released', 'published', 'made', 'gave']);

/**
 * `Heald noted the findings show X. "An air-quality cleanup would ..."`; `Senator X issued a statement
 * on Y. "Like many Texans, ..."`: a quotation that opens its sentence, after a sentence of reported
 * speech in the same paragraph (the nearest of the last three, questions passed over), goes on with
 * that speaker.
 */
function attributePreviousReport(ctx: QuoteContext, d: DraftQuote, sentence: number) {
  const { sentences, quoted } = ctx.view;
  for (let back = 1; back <= PREVIOUS_REPORT_SENTENCES; back++) {
    const prev = sentences[sentence - back];
    if (!prev || prev.paragraph !== d.paragraph) return null;
    for (let k = prev.firstToken; k <= prev.lastToken; k++) {
      if (quoted[k]) return null; // a quotation there: the carry pass decides
      const cue = speechCue(ctx, k) ?? statementCue(ctx, k, prev.lastToken);
      if (!cue || cue.cls === 'according' || cue.cls === 'question') continue;
      const np = subjectBefore(ctx.view.tokens, k, prev.firstToken);
      if (!np || !ctx.speakers.plausible(np[0], np[1])) continue;
      const speaker = ctx.speakers.fromPhrase(np[0], np[1], 'attr.previous-report');
      return { cue, speaker, rules: ['attr.previous-report', speaker.rule], confidence: 0.6 };
    }
  }
  return null;
}

/** `issued a statement`, `released a joint statement`: a verb that hands over a statement. */
function statementCue(ctx: QuoteContext, k: number, last: number): CueMatch | null {
  const { tokens } = ctx.view;
  if (!STATEMENT_VERBS.has(tokens[k].norm)) return null;
  for (let j = k + 1; j <= Math.min(last, k + 3); j++) {
    if (tokens[j].norm === 'statement' || tokens[j].norm === 'statements')
      return { lemma: 'state', cls: 'report', length: 1, first: k, last: k };
  }
  return null;
}

/** After the cue only the speaker, adverbials and punctuation remain: no verb, no `that`. */
function isBareAttribution(ctx: QuoteContext, from: number, to: number): boolean {
  if (to - from > 8) return false;
  for (let k = from; k <= to; k++) {
    const t = ctx.view.tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.norm === 'that') return false;
  }
  return true;
}

/**
 * A verb of its own between a sentence's start and its cue, outside a relative clause set off by
 * commas (`Neighbouring countries, such as X, have issued alerts, warning ...` is no attribution;
 * `Smith, who met Jones, said.` is).
 */
function verbBeforeCue(ctx: QuoteContext, from: number, cue: number): boolean {
  const { tokens } = ctx.view;
  let relative = false;
  for (let k = from; k < cue; k++) {
    const t = tokens[k];
    if (t.norm === ',') relative = /^(who|which|whose|whom)$/.test(tokens[k + 1]?.norm ?? '');
    else if (!relative && (t.pos === 'VERB' || t.pos === 'AUX')) return true;
  }
  return false;
}

function onlyPunctuation(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (ctx.view.tokens[k].pos !== 'PUNCT') return false;
  return true;
}

/** A previous paragraph that ends in `:` or `,` (`he replied:`) introduces this one. */
export function attributeIntro(ctx: QuoteContext, paragraph: number) {
  const { sentences, paragraphSentences, paragraphs, text, quoted } = ctx.view;
  const prev = paragraphs[paragraph - 1];
  if (!prev || !/[:,]\s*$/.test(text.slice(prev.start, prev.end))) return null;
  const range = paragraphSentences.get(prev.index);
  if (!range) return null;
  const s = sentences[range[1]];
  let from = s.firstToken;
  for (let k = s.lastToken; k >= s.firstToken; k--) {
    if (quoted[k]) {
      from = k + 1;
      break;
    }
  }
  const found = attributeBefore(ctx, from, s.lastToken, 'attr.intro');
  return found;
}

function paragraphFirstToken(ctx: QuoteContext, paragraph: number): number {
  const range = ctx.view.paragraphSentences.get(paragraph);
  return range ? ctx.view.sentences[range[0]].firstToken : -1;
}

/** `said a "..."`: a speech cue (not a naming verb such as `called`) right before the determiner. */
function cueBeforeDeterminer(ctx: QuoteContext, first: number): boolean {
  const { tokens } = ctx.view;
  const k = first - 2;
  if (k < 0 || tokens[k].sentence !== tokens[first].sentence) return false;
  const cue = speechCue(ctx, k);
  return cue !== null && cue.cls !== 'naming';
}

function cueWithin(ctx: QuoteContext, first: number, n: number): boolean {
  const { tokens, quoted } = ctx.view;
  for (let d = 1; d <= n && first - d >= 0; d++) {
    const k = first - d;
    if (tokens[k].sentence !== tokens[first].sentence || quoted[k]) return false;
    if (speechCue(ctx, k)) return true;
  }
  return false;
}

/** Registers the subject of every cue in narration as a possible antecedent (`The authors say ... They`). */
function noteCueSubjects(ctx: QuoteContext): void {
  const { tokens, quoted, sentences } = ctx.view;
  for (let k = 0; k < tokens.length; k++) {
    if (quoted[k] || !speechCue(ctx, k)) continue;
    const np = subjectBefore(tokens, k, sentences[tokens[k].sentence].firstToken);
    if (!np || (np[0] === np[1] && SPEAKER_PRONOUNS.has(tokens[np[0]].norm))) continue;
    if (ctx.speakers.plausible(np[0], np[1])) ctx.speakers.fromPhrase(np[0], np[1], 'cue-subject');
  }
}
