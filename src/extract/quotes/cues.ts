/** Recognises speech cues (`said`, `told`, `according to`, `point out`) at a token. */
import type { Token } from '../../model/layers.js';
import type { CueEntry, QuoteLexicon } from './lexicon.js';

export interface CueMatch extends CueEntry {
  /** First and last token of the cue. */
  first: number;
  last: number;
}

/** Words before a noun that show a cue form is used as a noun (`the report`, `his claims`). */
const NOUN_MARKERS = new Set(['DET', 'ADJ', 'NUM']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'of', 'in', 'for', 'to']);

/** What follows a cue that introduces a quotation directly. */
const INTRODUCERS = new Set([',', ':', '"', '\u201C', '``']);
const BE_FORMS = new Set(['be', 'been', 'being', 'was', 'were', 'is', 'are', 'am']);

export function cueAt(tokens: readonly Token[], i: number, lex: QuoteLexicon): CueMatch | null {
  const t = tokens[i];
  if (!lex.cues.has(t.norm) && !lex.cuePairs.has(t.norm)) return null; // the common case, no allocation
  const pairs = lex.cuePairs.get(t.norm);
  if (pairs && i + 1 < tokens.length) {
    const second = pairs.get(tokens[i + 1].norm);
    if (second && tokens[i + 1].sentence === t.sentence) return { ...second, first: i, last: i + 1 };
  }
  const entry = lex.cues.get(t.norm);
  if (!entry || t.pos === 'PROPN') return null; // `United States`, `the Post`
  const prev = i > 0 && tokens[i - 1].sentence === t.sentence ? tokens[i - 1] : null;
  if (prev && (NOUN_MARKERS.has(prev.pos) || POSSESSIVES.has(prev.norm))) return null;
  // `an asylum claim`, `the note`: a base form the tagger reads as a noun is a noun.
  if (t.pos === 'NOUN' && t.norm === entry.lemma) return null;
  // `was told`, `had been denied visas`: passive, so the subject is not the speaker.
  if (prev && BE_FORMS.has(prev.norm) && !t.norm.endsWith('ing')) return null;
  // A gerund (`whilst promising a ...`) is no cue; progressives and participles after a comma are.
  if (
    t.norm.endsWith('ing') &&
    t.norm !== 'according' &&
    !(prev && (BE_FORMS.has(prev.norm) || prev.norm === ',')) &&
    !afterWith(tokens, i) &&
    !INTRODUCERS.has(tokens[i + 1]?.norm ?? '') // `a message stating, "..."`
  )
    return null;
  return { ...entry, first: i, last: i };
}

/** `with Boswell stating: "..."`: an -ing cue whose subject follows `with`. */
function afterWith(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = tokens[k];
    if (t.norm === 'with') return k < i - 1;
    if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'DET' && t.pos !== 'ADJ') return false;
  }
  return false;
}
