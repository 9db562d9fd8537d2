/**
 * Finds the toponyms of a document: every GPE/LOC mention and NORP demonym of the entities layer,
 * plus the place names the NER missed, found by matching capitalised token n-grams against the
 * gazetteer. Stop rules keep the gazetteer matcher off people (`Senator Lincoln`, `Paris Hilton`),
 * media (`Washington Post`) and common words, and mark small-town matches as weak.
 */

import { type Gazetteer, lookupKey, placeKey, withoutArticle } from '../../knowledge/gazetteer/index.js';
import { countryOf, kindOf } from '../../knowledge/gazetteer/load.js';
import type { Document } from '../../model/document.js';
import type { Mention, Token } from '../../model/layers.js';
import { type Hints, noHints, type Toponym } from './toponym.js';

const MAX_NGRAM = 6;
/** Lower-case words allowed inside a multi-word place name (`Democratic Republic of the Congo`). */
const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'de',
  'del',
  'la',
  'le',
  'du',
  'da',
  'do',
  'upon',
  'on',
  'al',
  'el',
  '-',
  '&',
  "'s",
]);
/** Parts of speech of words that end a run of capitalised words (`In`, `The`, `But` at a sentence start). */
const FUNCTION_POS = new Set([
  'DET',
  'ADP',
  'PRON',
  'CCONJ',
  'SCONJ',
  'AUX',
  'ADV',
  'PART',
  'NUM',
  'PUNCT',
  'SYM',
  'INTJ',
  'VERB',
]);
/** Compass and size words that may precede a place name without making it a person's or an org's. */
const PLACE_MODIFIERS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'greater',
  'upper',
  'lower',
  'inner',
  'outer',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'downtown',
  'rural',
  'coastal',
]);
/** Below this population a spotter-only town match needs support from the document. */
const WEAK_POPULATION = 15000;

/** Day and month names follow a place without making a longer name (`in Paris Monday`). */
const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}.&]+$/u;
/** `d'Ivoire`, `l'Aquila`: an elided article before a capital counts as capitalised. */
const ELIDED_CAPITAL = /^[dl]['’]\p{Lu}/u;
const isCapitalised = (t: Token) => UPPER_START.test(t.text) || ELIDED_CAPITAL.test(t.text);

interface MentionCover {
  /** Index of the mention covering each token, -1 for none. */
  byToken: Int32Array;
}

function coverTokens(tokens: Token[], mentions: readonly Mention[]): MentionCover {
  const byToken = new Int32Array(tokens.length).fill(-1);
  for (let m = 0; m < mentions.length; m++) {
    const { start, end } = mentions[m];
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let t = lo; t < tokens.length && tokens[t].start < end; t++) byToken[t] = m;
  }
  return { byToken };
}

/** First and last token index of a character span. */
function tokenRange(tokens: Token[], start: number, end: number): [number, number] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last + 1 < tokens.length && tokens[last + 1].start < end) last++;
  return [lo, last];
}

/** A town named in a line set in capitals must be at least this large to be taken for a place. */
const SHOUTED_CITY_POPULATION = 100000;

/** A sentence whose words are nearly all in capitals, like a wire headline. */
function isShouting(tokens: Token[], first: number, last: number): boolean {
  let words = 0;
  let caps = 0;
  for (let t = first; t <= last; t++) {
    const w = tokens[t].text;
    if (!/\p{L}/u.test(w)) continue;
    words++;
    if (!/\p{Ll}/u.test(w)) caps++;
  }
  return words >= 3 && caps >= 0.8 * words;
}

const bare = (word: string) => (word.endsWith('.') ? word.slice(0, -1) : word);

/** What the words around a name say about it: `in X`, `the Egyptian city of X`, `X County`. */
export function readHints(
  gaz: Gazetteer,
  tokens: Token[],
  first: number,
  last: number,
  sentenceFirst: number,
  sentenceLast: number,
): Hints {
  const hints = noHints();
  // Before: [demonym] cue `of` NAME, or `capital` NAME, or a locative preposition.
  let p = first - 1;
  if (p >= sentenceFirst && tokens[p].norm === 'the') p--;
  if (p >= sentenceFirst) {
    const cue = gaz.cues.get(tokens[p].norm);
    if (cue?.role === 'locative') {
      hints.locative = tokens[p].norm;
      hints.locativePrecision = cue.precision;
    } else if (tokens[p].norm === 'capital' || tokens[p].norm === 'town' || tokens[p].norm === 'city')
      hints.city = true;
    if (tokens[p].norm === 'of' && p - 1 >= sentenceFirst) {
      const head = gaz.cues.get(tokens[p - 1].norm);
      if (head?.role === 'city') hints.city = true;
      else if (head?.role === 'admin') hints.admin = true;
      else if (head?.role === 'region') hints.region = true;
      if (head && head.role !== 'locative' && p - 2 >= sentenceFirst) {
        const dem = gaz.byDemonym.get(placeKey(tokens[p - 2].text));
        if (dem !== undefined) hints.country = countryOf(gaz, dem);
      }
      // `in the city of X`: the locative is further back.
      for (let q = p - 2; q >= Math.max(sentenceFirst, p - 4); q--) {
        const loc = gaz.cues.get(tokens[q].norm);
        if (loc?.role === 'locative') {
          hints.locative = tokens[q].norm;
          hints.locativePrecision = loc.precision;
          break;
        }
      }
    }
  }
  // After: NAME City / State / County / River.
  if (last + 1 <= sentenceLast) {
    const cue = gaz.cues.get(bare(tokens[last + 1].text));
    if (cue?.role === 'county') hints.county = true;
    else if (cue?.role === 'city') hints.city = true;
    else if (cue?.role === 'admin') hints.admin = true;
    else if (cue?.role === 'region') hints.region = true;
  }
  return hints;
}

export interface SpotResult {
  toponyms: Toponym[];
}

/** The key of a mention's text without a leading article or a possessive. */
function mentionSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  const surface = text.slice(s, e);
  const article = /^the\s+/i.exec(surface);
  if (article) s += article[0].length;
  const poss = /['’]s?$/.exec(text.slice(s, e));
  if (poss) e -= poss[0].length;
  return [s, e];
}

export function spotToponyms(doc: Document, gaz: Gazetteer): Toponym[] {
  const text = doc.text;
  const tokens = doc.layers.tokens ?? [];
  const sentences = doc.layers.sentences ?? [];
  const mentions = doc.layers.mentions ?? [];
  const cover = coverTokens(tokens, mentions);
  const out: Toponym[] = [];
  const taken = new Uint8Array(tokens.length);
  const surnames = new Set<string>();

  // Person names from the entities layer (and untyped two- or three-word names, `Schapelle Corby`):
  // their last word is never a place on its own.
  for (const m of mentions) {
    if (m.type !== 'PERSON' && m.type !== 'OTHER') continue;
    const words = m.text.split(/\s+/);
    if (
      words.length < 2 ||
      (m.type === 'OTHER' && (words.length > 3 || !words.every((w) => UPPER_START.test(w))))
    )
      continue;
    const lastKey = placeKey(words[words.length - 1]);
    if (lookupKey(gaz, lastKey).some((i) => kindOf(gaz, i) !== 'city')) continue;
    surnames.add(lastKey);
  }

  // 1. Mentions of the entities layer.
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi];
    if (m.type !== 'GPE' && m.type !== 'LOC' && m.type !== 'NORP') continue;
    if (m.kind === 'pronoun' || m.kind === 'nominal') continue;
    let [s, e] = mentionSpan(text, m.start, m.end);
    if (e <= s) continue;
    let [first, last] = tokenRange(tokens, s, e);
    if (taken[first] || taken[last]) continue; // inside a longer name read from an earlier mention
    // The tagger may cut a name short (`Republic of China` in `People's Republic of China`,
    // `Central` and `Luzon` for `Central Luzon`): take the longest gazetteer name around the mention.
    const sentOf = sentences[tokens[first]?.sentence ?? -1];
    if (sentOf && m.type !== 'NORP' && m.kind !== 'demonym') {
      for (let a = Math.max(sentOf.firstToken, first - 3); a <= first; a++) {
        if (!isCapitalised(tokens[a]) || taken[a]) continue;
        const wider = longestMatch(gaz, text, tokens, a, Math.min(sentOf.lastToken, last + 3), taken);
        if (wider && wider[2] === 'name' && wider[0] >= last && (a < first || wider[0] > last)) {
          first = a;
          last = wider[0];
          s = tokens[first].start;
          e = tokens[last].end;
          break;
        }
      }
    }
    const sentence = tokens[first]?.sentence ?? -1;
    if (sentOf && namesSomethingElse(gaz, tokens, first, last, sentOf.firstToken, sentOf.lastToken)) continue;
    const key = placeKey(text.slice(s, e));
    const demonym = m.type === 'NORP' || m.kind === 'demonym';
    const widened = s !== mentionSpan(text, m.start, m.end)[0] || e !== mentionSpan(text, m.start, m.end)[1];
    let candidates: readonly number[] = [];
    let kind: Toponym['kind'] = 'name';
    const rules = [`mention.${m.type.toLowerCase()}`];
    if (widened) rules.push('mention.widened-to-gazetteer-name');
    // A country's own name typed as a group (`Philippines` as NORP) is read as the name.
    const asCountry = demonym ? lookupKey(gaz, key).filter((i) => kindOf(gaz, i) === 'country') : [];
    if (asCountry.length) {
      candidates = asCountry;
      rules.push('mention.country-name');
    } else if (demonym) {
      const d = gaz.byDemonym.get(key);
      if (d !== undefined) {
        candidates = [d];
        kind = 'demonym';
        rules.push('demonym');
      } else continue; // a religious or political group, not a place
    }
    let from = s;
    let to = e;
    let firstTok = first;
    let lastTok = last;
    if (!candidates.length && kind === 'name') {
      candidates = lookupKey(gaz, key);
      if (!candidates.length) candidates = lookupKey(gaz, withoutArticle(key));
      // `Scott County`, `Seoul City Hall`: the place name inside a longer mention.
      for (let t = first; !candidates.length && t <= last; t++) {
        if (!isCapitalised(tokens[t])) continue;
        const inner = longestMatch(gaz, text, tokens, t, last, taken);
        if (inner?.[2] !== 'name') continue;
        candidates = inner[1];
        firstTok = t;
        lastTok = inner[0];
        from = tokens[t].start;
        to = tokens[lastTok].end;
        rules.push('mention.inner-name');
      }
    }
    // A one-word town name from the tagger meets the same stop rules as the matcher's
    // (`Ms. Corby`, `Franklin Elementary`); a stop name needs support from the document.
    let weak = false;
    const townOnly = candidates.length > 0 && candidates.every((i) => kindOf(gaz, i) === 'city');
    if (townOnly && kind === 'name' && firstTok === lastTok && sentOf) {
      const verdict = stopRules(
        gaz,
        tokens,
        firstTok,
        lastTok,
        sentOf.firstToken,
        sentOf.lastToken,
        'name',
        surnames,
        candidates,
        true,
      );
      if (!verdict.keep) continue;
      weak = gaz.stopNames.has(placeKey(tokens[firstTok].text));
    }
    for (let t = first; t <= last; t++) taken[t] = 1;
    const sent = sentences[sentence];
    out.push({
      start: from,
      end: to,
      text: text.slice(from, to),
      key,
      origin: 'mention',
      kind,
      mentionId: m.id,
      sentence,
      firstToken: firstTok,
      lastToken: lastTok,
      candidates,
      rules,
      hints: sent ? readHints(gaz, tokens, firstTok, lastTok, sent.firstToken, sent.lastToken) : noHints(),
      weak,
    });
  }

  // 2. The gazetteer matcher over the tokens no place mention took.
  for (const sent of sentences) {
    const sFirst = sent.firstToken;
    const sLast = sent.lastToken;
    const shouting = isShouting(tokens, sFirst, sLast);
    for (let t = sFirst; t <= sLast; t++) {
      const tok = tokens[t];
      if (taken[t] || !isCapitalised(tok)) continue;
      const match = longestMatch(gaz, text, tokens, t, sLast, taken);
      if (!match) continue;
      const [j, candidates, kind] = match;
      const verdict = stopRules(gaz, tokens, t, j, sFirst, sLast, kind, surnames, candidates);
      // A name read as a surname is skipped later on its own; never a country's or a state's name.
      if (verdict.surname && candidates.every((i) => kindOf(gaz, i) === 'city'))
        surnames.add(placeKey(tokens[j].text));
      if (!verdict.keep) continue;
      // In a line set in capitals (`CHINA IN SURPRISE DEFEAT`) every word looks like a name: only a
      // country, region or large city counts, not a village that shares a common word (`Over`).
      if (
        shouting &&
        !candidates.some((i) => kindOf(gaz, i) !== 'city' || gaz.population[i] >= SHOUTED_CITY_POPULATION)
      )
        continue;
      const s = tokens[t].start;
      const e = tokens[j].end;
      const strong = candidates.some(
        (i) => kindOf(gaz, i) !== 'city' || gaz.population[i] >= WEAK_POPULATION,
      );
      const curated = candidates.some((i) => kindOf(gaz, i) !== 'city');
      const mentionRule = agreesWithMentions(
        mentions,
        cover,
        t,
        j,
        s,
        e,
        verdict,
        strong,
        gaz.stopNames.has(placeKey(tok.text)),
      );
      if (!mentionRule) continue;
      let weak = false;
      if (kind === 'name' && j === t) {
        const short = placeKey(tok.text).length < 4 && !ALL_CAPS.test(tok.text);
        weak = !strong || short || (!curated && gaz.stopNames.has(placeKey(tok.text)));
      }
      for (let k = t; k <= j; k++) taken[k] = 1;
      out.push({
        start: s,
        end: e,
        text: text.slice(s, e),
        key: placeKey(text.slice(s, e)),
        origin: 'spotter',
        kind,
        mentionId: null,
        sentence: tok.sentence,
        firstToken: t,
        lastToken: j,
        candidates,
        rules: [
          kind === 'demonym' ? 'spot.demonym' : 'spot.gazetteer',
          ...verdict.rules,
          ...(mentionRule === true ? [] : [mentionRule]),
        ],
        hints: readHints(gaz, tokens, t, j, sFirst, sLast),
        weak,
      });
      t = j;
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Whether a gazetteer match may stand against the entities layer's reading of the same words.
 * Returns `true` (no mention there), a rule id (a mention there, overruled), or `false`.
 * - OTHER: the tagger could not type the name; the gazetteer may.
 * - ORG: a place that opens an organisation's name (`Ohio Department of Health`), or a place name
 *   the tagger read as an organisation in full (`Libya said`: the state as an actor).
 * - PERSON: only a name the match covers in full that is a country, state, region or large city,
 *   and no common given name (`Sydney` the city, not `Tyler`).
 */
function agreesWithMentions(
  mentions: readonly Mention[],
  cover: MentionCover,
  t: number,
  j: number,
  start: number,
  end: number,
  verdict: Verdict,
  strong: boolean,
  stopName: boolean,
): true | string | false {
  let rule: true | string = true;
  let last = -1;
  for (let k = t; k <= j; k++) {
    const mi = cover.byToken[k];
    if (mi < 0 || mi === last) continue;
    last = mi;
    const m = mentions[mi];
    const whole = start <= m.start && m.end <= end;
    if (m.type === 'OTHER') rule = 'spot.over-untyped-mention';
    else if (m.type === 'ORG') {
      if (verdict.orgModifier) rule = 'spot.org-modifier';
      else if (whole) rule = 'spot.over-org-mention';
      else return false;
    } else if (m.type === 'PERSON') {
      if (whole && strong && !stopName) rule = 'spot.over-person-mention';
      else return false;
    }
  }
  return rule;
}

/** The longest gazetteer name or demonym starting at token `t`: [last token, candidates, kind]. */
function longestMatch(
  gaz: Gazetteer,
  text: string,
  tokens: Token[],
  t: number,
  sLast: number,
  taken: Uint8Array,
): [number, readonly number[], 'name' | 'demonym'] | null {
  // Longer names are tried only when the first word starts one (`New`, `Santa`, `Democratic`).
  const attached = t + 1 <= sLast && tokens[t + 1].start === tokens[t].end; // `People's`, `Xi'an`
  const longer = attached || gaz.firstWords.has(placeKey(tokens[t].text));
  const maxJ = longer ? Math.min(sLast, t + MAX_NGRAM - 1) : t;
  let limit = t;
  for (let j = t + 1; j <= maxJ; j++) {
    const tok = tokens[j];
    if (taken[j]) break;
    if (!isCapitalised(tok) && !CONNECTORS.has(tok.norm)) break;
    limit = j;
  }
  for (let j = limit; j >= t; j--) {
    if (!isCapitalised(tokens[j])) continue;
    const surface = text.slice(tokens[t].start, tokens[j].end);
    const key = placeKey(surface);
    // Short names: abbreviations (`US`, `UK`, `NSW`) only in capitals and never a town; a capitalised
    // three-letter town (`Van`, `Ely`) only as a weak match that the document must support.
    const letters = key.replace(/ /g, '').length;
    const caps = ALL_CAPS.test(surface);
    if (!caps && (letters < 3 || (letters < 4 && j > t))) continue;
    let candidates = lookupKey(gaz, key);
    if (letters < 4) candidates = candidates.filter((i) => (kindOf(gaz, i) === 'city') !== caps);
    // `English`, `Polish`: a nationality word before a small town that shares its spelling.
    const demonym = j - t <= 1 ? gaz.byDemonym.get(key) : undefined;
    if (demonym !== undefined && candidates.every((i) => kindOf(gaz, i) === 'city'))
      return [j, [demonym], 'demonym'];
    if (candidates.length) return [j, candidates, 'name'];
  }
  return null;
}

/**
 * A place name used to name something else: a disease (`West Nile virus`, `Reston ebolavirus`) or a
 * field of a virus strain's name (`A/California/7/2009`).
 */
function namesSomethingElse(
  gaz: Gazetteer,
  tokens: Token[],
  t: number,
  j: number,
  sFirst: number,
  sLast: number,
): boolean {
  const next = j + 1 <= sLast ? tokens[j + 1] : null;
  if (next && gaz.cues.get(next.norm)?.role === 'disease') return true;
  return (t > sFirst && tokens[t - 1].text === '/') || (next !== null && next.text === '/');
}

interface Verdict {
  keep: boolean;
  surname: boolean;
  orgModifier: boolean;
  rules: string[];
}

/** Whether a gazetteer match at tokens [t, j] is a place, judged by the words around it. */
function stopRules(
  gaz: Gazetteer,
  tokens: Token[],
  t: number,
  j: number,
  sFirst: number,
  sLast: number,
  kind: 'name' | 'demonym',
  surnames: Set<string>,
  candidates: readonly number[],
  fromMention = false,
): Verdict {
  // A country written out or abbreviated (`U.S. Centers for...`, `Canada Border Services`) stays a
  // place before any capitalised word; a one-word state or town (`Georgia`, `Paris`) may be a first name.
  const countryModifier =
    candidates.some((i) => kindOf(gaz, i) === 'country') &&
    (t < j || ALL_CAPS.test(tokens[t].text) || !gaz.stopNames.has(placeKey(tokens[t].text)));
  const single = t === j;
  const tok = tokens[t];
  const rules: string[] = [];
  const no: Verdict = { keep: false, surname: false, orgModifier: false, rules };
  // `March`, `May`: a month before a town.
  if (single && CALENDAR_WORD.test(tok.text)) return no;
  if (namesSomethingElse(gaz, tokens, t, j, sFirst, sLast)) return no;
  // A single common word capitalised at a sentence start (`Most`, `Police`) is not tagged PROPN.
  // Mid-sentence capitals are names whatever the tag (`Shanghai` is also a verb).
  const opensSentence = t === sFirst || /^["“'‘(:]$/.test(tokens[t - 1].text);
  if (
    !fromMention &&
    single &&
    opensSentence &&
    kind === 'name' &&
    tok.pos !== 'PROPN' &&
    !ALL_CAPS.test(tok.text)
  ) {
    return { keep: false, surname: false, orgModifier: false, rules };
  }
  if (
    kind === 'name' &&
    single &&
    surnames.has(placeKey(tok.text)) &&
    candidates.every((i) => kindOf(gaz, i) === 'city')
  ) {
    return { keep: false, surname: false, orgModifier: false, rules };
  }
  // The word before: a title makes a person (`Ms. Corby`); another capitalised name makes a longer name.
  const beforeDot = t - 2 >= sFirst && tokens[t - 1].text === '.' ? tokens[t - 2] : null;
  if (beforeDot && gaz.cues.get(beforeDot.text)?.role === 'title') return { ...no, surname: single };
  const prev = t - 1 >= sFirst ? tokens[t - 1] : null;
  if (
    prev &&
    isCapitalised(prev) &&
    !FUNCTION_POS.has(prev.pos) &&
    !(t - 1 === sFirst && prev.pos !== 'PROPN')
  ) {
    const cue = gaz.cues.get(bare(prev.text));
    if (kind === 'demonym') {
      // `Syrian` after a name is part of it only rarely; keep demonyms.
    } else if (cue?.role === 'title') {
      return { keep: false, surname: single, orgModifier: false, rules };
    } else if (!PLACE_MODIFIERS.has(prev.norm)) {
      const next = j + 1 <= sLast ? tokens[j + 1] : null;
      const endsRun = !next || !isCapitalised(next);
      return { keep: false, surname: single && endsRun && prev.pos === 'PROPN', orgModifier: false, rules };
    }
  }
  // The word after: media and unknown capitalised words end the match; org words keep it.
  const next = j + 1 <= sLast ? tokens[j + 1] : null;
  let orgModifier = false;
  if (
    next &&
    isCapitalised(next) &&
    !FUNCTION_POS.has(next.pos) &&
    !CALENDAR_WORD.test(next.text) &&
    kind === 'name'
  ) {
    const cue = gaz.cues.get(bare(next.text));
    if (cue?.role === 'media') return no;
    if (cue?.role === 'org') {
      orgModifier = true;
      rules.push('spot.org-modifier');
    } else if (
      cue?.role === 'city' ||
      cue?.role === 'admin' ||
      cue?.role === 'region' ||
      cue?.role === 'county'
    ) {
      rules.push('spot.feature-suffix');
    } else if (cue?.role !== 'title' && !countryModifier) {
      return no;
    } else if (countryModifier) {
      orgModifier = true;
      rules.push('spot.country-modifier');
    }
  }
  return { keep: true, surname: false, orgModifier, rules };
}
