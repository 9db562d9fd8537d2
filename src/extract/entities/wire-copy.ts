/**
 * Wire copy: sentences set in capitals (`SOCCER - NIGERIA HOLD GHANA TO GOALLESS DRAW .`). Case says
 * nothing there, so only dictionary names and names the story writes capitalised elsewhere are
 * mentions, a topic slug before the dash is none, and in team-sport stories towns beside a match word
 * are clubs. The scanner asks `slugEnd`, `townWordInCapitals`, `unknownWordInCapitals` and
 * `wordAcronymInCapitals`; the component runs the document-level steps after the tagger.
 */
import type { ActorKnowledge } from '../../knowledge/actors/index.js';
import type { EntityType, Token } from '../../model/layers.js';
import { type Candidate, candidateOver, stretchOver } from './candidates.js';
import { GUESS_RULES } from './common-words.js';
import { sentenceInitial } from './name-words.js';
import type { SentenceContext } from './scan.js';

/** A dictionary look-up at token `i`, no further than `limit` (the scanner's `nameAt`). */
export type NameAt = (
  ctx: SentenceContext,
  i: number,
  limit: number,
) => { last: number; ids: string[] } | null;

/**
 * A dictionary acronym that is also an English word (lexicon `word-acronym`: `US`, `WHO`, `IS`), met
 * in a sentence in capitals, where it is the word.
 */
export const wordAcronymInCapitals = (
  ctx: SentenceContext,
  key: string,
  wordAcronyms: ReadonlySet<string>,
): boolean => ctx.allCaps && wordAcronyms.has(key);

/**
 * `HOLD GHANA TO GOALLESS DRAW`: in capitals, a word no dictionary knows and that the article never
 * writes with a capital elsewhere is an ordinary word (rule `caps.unknown-word`).
 */
export const unknownWordInCapitals = (ctx: SentenceContext, t: Token): boolean =>
  ctx.allCaps && !ctx.writtenCapitalised?.has(t.norm);

/**
 * `SOCCER - `, `RUGBY UNION - `, `MOTOR RACING - `: a wire headline in capitals opening with a
 * topic slug and a spaced dash. The slug names a subject, not an actor, even when a town shares
 * its name (`RUGBY`); a country there (`CHINA - ...`) is still taken. Returns where to scan from
 * (rule `caps.slug`).
 */
export function slugEnd(ctx: SentenceContext, kb: ActorKnowledge, nameAt: NameAt): number {
  const { tokens, sentence } = ctx;
  const first = sentence.firstToken;
  for (let k = first + 1; k <= Math.min(sentence.lastToken, first + 3); k++) {
    const t = tokens[k];
    if (t.text !== '-' && t.text !== '\u2013' && t.text !== '\u2014') {
      if (!/^[A-Z]+$/.test(t.text)) return first;
      continue;
    }
    // The dash stands apart from the words on both sides.
    if (t.start === tokens[k - 1].end || tokens[k + 1]?.start === t.end) return first;
    // `WASHINGTON -` alone: a dateline the text layer split off (a slug is followed by a headline).
    if (k === sentence.lastToken) return first;
    const name = nameAt(ctx, first, k - 1);
    if (name?.last === k - 1 && kb.actor(name.ids[0])?.kind === 'country') return first;
    return k + 1;
  }
  return first;
}

/**
 * `CHINA IN SURPRISE DEFEAT`: in a headline in capitals, a one-word town of the gazetteer that the
 * article never writes with a capital elsewhere is an ordinary word (`Surprise`, Arizona). Countries,
 * capitals and regions stay, and so do towns in a dateline (`SEATTLE 1996-10-11`, two words at most).
 */
export function townWordInCapitals(
  ctx: SentenceContext,
  kb: ActorKnowledge,
  p: number,
  name: { last: number; ids: string[] },
): boolean {
  if (!ctx.allCaps || name.last !== p || ctx.writtenCapitalised?.has(ctx.tokens[p].norm)) return false;
  if (kb.actor(name.ids[0])?.kind !== 'city') return false;
  let words = 0;
  for (let k = ctx.sentence.firstToken; k <= ctx.sentence.lastToken; k++)
    if (/^[A-Z]/.test(ctx.tokens[k].text)) words++;
  return words > 2;
}

/** A sentence (tokens `first..last`) set in capitals: more than 8 letters, over 80% of them capitals. */
export function isAllCapsText(tokens: Token[], first: number, last: number): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = first; i <= last; i++) {
    for (const ch of tokens[i].text) {
      if (ch >= 'a' && ch <= 'z') letters++;
      else if (ch >= 'A' && ch <= 'Z') {
        letters++;
        upper++;
      }
    }
  }
  return letters > 8 && upper / letters > 0.8;
}

/**
 * Norms of the words written with a capital inside a sentence outside the sentences in capitals, and
 * of the words of datelines.
 */
export function capitalisedWords(tokens: Token[], capsSentences: Set<number>): Set<string> {
  const out = new Set<string>();
  // A dateline (`STUTTGART 1996-10-23`: at most two words in capitals) names its place as a name.
  const words = new Map<number, number>();
  for (const t of tokens)
    if (capsSentences.has(t.sentence) && /^[A-Z]/.test(t.text))
      words.set(t.sentence, (words.get(t.sentence) ?? 0) + 1);
  for (const t of tokens) if ((words.get(t.sentence) ?? 3) <= 2 && /^[A-Z]/.test(t.text)) out.add(t.norm);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Not a word opening a sentence: any word may be capitalised there (`Scoreboard on the first day`).
    if (capsSentences.has(t.sentence) || !isCapitalised(t.text) || sentenceInitial(tokens, i)) continue;
    out.add(t.norm);
  }
  return out;
}

const isCapitalised = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/**
 * `SAMPRAS` in a headline set in capitals is the `Sampras` (or `Pete Sampras`) of the body: a name
 * found in capitals that no dictionary knows takes the type of the same name, or of a person's name
 * ending in it, written in mixed case elsewhere in the article (rule `type.caps-as-written-elsewhere`);
 * one the article never names that way (`CUP` beside `Pilkington Cup`) is no mention. Returns the
 * candidates kept.
 */
export function typeAsWrittenElsewhere(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  capsSentences: Set<number>,
): Candidate[] {
  const typeOf = new Map<string, EntityType>();
  for (const c of cands) {
    if (capsSentences.has(c.sentence) || (c.kind !== 'name' && c.kind !== 'acronym')) continue;
    const key = text.slice(c.start, c.end).toLowerCase();
    if (!typeOf.has(key)) typeOf.set(key, c.type);
    if (c.type === 'PERSON' && c.last > c.first) typeOf.set(tokens[c.last].norm, 'PERSON');
    // `ORIOLES` in a headline is the `Baltimore Orioles` of the story: a team goes by its nickname.
    const team = c.rules.includes('type.city-team') || c.actorIds[0]?.startsWith('team:');
    if (team && c.last > c.first && !typeOf.has(tokens[c.last].norm)) typeOf.set(tokens[c.last].norm, 'ORG');
  }
  return cands.filter((c) => {
    if (!capsSentences.has(c.sentence) || c.actorIds.length || c.kind === 'nominal') return true;
    // `FORT WRIGHT, Ky. —`: a dateline's town is one whatever else the story writes.
    if (c.rules.includes('type.dateline-place')) return true;
    const type = typeOf.get(text.slice(c.start, c.end).toLowerCase());
    if (!type) return false;
    c.type = type;
    c.rules.push('type.caps-as-written-elsewhere');
    c.confidence = Math.max(c.confidence, 0.7);
    return true;
  });
}

/** A story whose headline in capitals opens with a team sport's slug (`SOCCER - `, `RUGBY UNION - `). */
export function isTeamSportStory(
  tokens: Token[],
  sentences: { index: number; firstToken: number; lastToken: number }[],
  capsSentences: Set<number>,
  slugs: ReadonlySet<string>,
): boolean {
  for (const s of sentences) {
    if (!capsSentences.has(s.index)) continue;
    if (!slugs.has(tokens[s.firstToken].norm)) continue;
    for (let k = s.firstToken + 1; k <= Math.min(s.lastToken, s.firstToken + 3); k++)
      if (tokens[k].text === '-') return true;
  }
  return false;
}

/**
 * `Leicester beat Bath`: in a team-sport story, a town (not a country: national sides are read as
 * their country) named beside a match word or a score is a club, and so is every mention of that
 * town in the story (rule `type.club-named-after-town`).
 */
export function clubsNamedAfterTowns(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  kb: ActorKnowledge,
  matchWords: ReadonlySet<string>,
): Candidate[] {
  // A town of the dictionaries, or one word the tagger read as a place (`Somerset`).
  const isTown = (c: Candidate) =>
    c.type === 'GPE' &&
    (c.kind === 'name' || c.kind === 'acronym') &&
    (c.actorIds.length ? kb.actor(c.actorIds[0])?.kind !== 'country' : c.first === c.last);
  // `Baltimore Orioles`, `New York Yankees`: a town and a capitalised plural right after it are one
  // club's name (rule `type.club-town+nickname`).
  const byFirst = new Map<number, Candidate>();
  for (const c of cands) if (c.first === c.last) byFirst.set(c.first, c);
  const merged = new Set<Candidate>();
  for (const c of cands) {
    const nick = byFirst.get(c.last + 1);
    if (!nick || !isTown(c) || nick.start - c.end > 1 || !/^[A-Z][a-z]+s$/.test(tokens[nick.first].text))
      continue;
    if (nick.type === 'PERSON' || nick.type === 'GPE') continue;
    stretchOver(c, tokens, nick.last, 'ORG', 'type.club-town+nickname', cands, merged);
  }
  if (merged.size) cands = cands.filter((c) => !merged.has(c));
  const beside = (k: number, sentence: number) => {
    const t = tokens[k];
    return !!t && t.sentence === sentence && (matchWords.has(t.norm) || /^\d+$/.test(t.text));
  };
  const clubs = new Set<string>();
  for (const c of cands) {
    const cue = beside(c.first - 1, c.sentence) || beside(c.last + 1, c.sentence);
    if ((isTown(c) && cue) || c.rules.includes('type.results-line-club'))
      clubs.add(text.slice(c.start, c.end).toLowerCase());
    // `Werder Bremen beat ...`: a name no rule could type, beside a match word (not a number: a
    // batsman's runs follow his name on a scoreboard).
    else if (
      c.type === 'OTHER' &&
      c.kind === 'name' &&
      !c.actorIds.length &&
      (matchWords.has(tokens[c.first - 1]?.norm ?? '') || matchWords.has(tokens[c.last + 1]?.norm ?? ''))
    ) {
      c.type = 'ORG';
      c.rules.push('type.club-named-after-town');
    }
  }
  if (!clubs.size) return cands;
  const placeAt = new Set(cands.filter((c) => c.type === 'GPE').map((c) => c.first));
  for (const c of cands) {
    if (!isTown(c) || !clubs.has(text.slice(c.start, c.end).toLowerCase())) continue;
    // The town itself where the story is filed (`HOUSTON 1996-12-07`) or where something happens (`In
    // Chicago , Michael Jordan scored`).
    if (opensDateline(c, tokens, placeAt) || tokens[c.first - 1]?.norm === 'in') continue;
    c.type = 'ORG';
    c.actorIds = [];
    c.rules.push('type.club-named-after-town');
  }
  return cands;
}

/**
 * `AL-AIN , United Arab Emirates 1996-12-06`: the name in capitals opening a wire dateline (a date in
 * ISO form ends the line) is the town the story was filed from, whatever the tagger guessed (rule
 * `type.dateline-place`).
 */
export function datelinePlaces(
  cands: Candidate[],
  tokens: Token[],
  isCommon: (word: string) => boolean = () => false,
): Candidate[] {
  const firstOf = new Map<number, Candidate>();
  for (const c of cands)
    if (!firstOf.has(c.sentence) || firstOf.get(c.sentence)!.first > c.first) firstOf.set(c.sentence, c);
  const placeAt = new Set(cands.filter((c) => c.type === 'GPE').map((c) => c.first));
  for (const c of firstOf.values()) {
    if (
      c.kind === 'nominal' ||
      c.actorIds.length ||
      c.type === 'GPE' ||
      !opensDateline(c, tokens, placeAt, isCommon)
    )
      continue;
    c.type = 'GPE';
    c.rules.push('type.dateline-place');
  }
  // `FORT WRIGHT, Ky. —`, `COQUILLE —`: a small town's name in capitals that the tagger left out opens a
  // dateline too; it becomes a mention of its own.
  const added: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!sentenceInitial(tokens, i) || !CAPS_WORD.test(tokens[i].text)) continue;
    if (firstOf.get(tokens[i].sentence)?.first === i) continue;
    let last = i;
    while (
      last < i + 2 &&
      tokens[last + 1]?.sentence === tokens[i].sentence &&
      CAPS_WORD.test(tokens[last + 1].text)
    )
      last++;
    const c = candidateOver(tokens, i, last, tokens[i].sentence, {
      type: 'GPE',
      actorIds: [],
      rules: ['type.dateline-place'],
      confidence: 0.7,
    });
    if (cands.some((o) => o.first <= last && o.last >= i) || !opensDateline(c, tokens, placeAt, isCommon))
      continue;
    added.push(c);
  }
  return added.length ? [...cands, ...added] : cands;
}

/** A word in capitals that may be part of a town's name in a dateline (`FORT`, `WRIGHT`, `ST.`). */
const CAPS_WORD = /^[A-Z][A-Z.'-]+$/;

/**
 * Whether `c`, in capitals, opens a wire dateline: a line that ends in an ISO date a few words on
 * (`LONDON 1996-08-24`), or a comma, a state's abbreviation, a place or a date, and a dash a few words
 * on (`ARMONK, N.Y. --`, `SEOUL, Dec. 4 (Yonhap) --`; not `GOOGLE, Facebook -- tech giants`).
 */
export function opensDateline(
  c: Candidate,
  tokens: Token[],
  placeAt: ReadonlySet<number>,
  isCommon: (word: string) => boolean = () => false,
): boolean {
  if (!sentenceInitial(tokens, c.first) || !CAPS_WORD.test(tokens[c.first].text)) return false;
  let last = c.last;
  while (tokens[last + 1]?.sentence === c.sentence) last++;
  if (/^\d{4}-\d{2}-\d{2}$/.test(tokens[last].text) && last - c.last <= 8) return true;
  // `WILTON — The Wilton Planning Board ...`: the town in capitals and the dash, then the story's first
  // sentence; every word of the name in capitals, not all of them common words (`BREAKING —`, `UPDATE —`).
  const words = tokens.slice(c.first, c.last + 1);
  if (
    DATELINE_DASH.test(tokens[c.last + 1]?.text ?? '') &&
    /^\p{Lu}/u.test(tokens[c.last + 2]?.text ?? '') &&
    words.every((t) => CAPS_WORD.test(t.text)) &&
    !words.every((t) => isCommon(t.norm))
  )
    return true;
  if (tokens[c.last + 1]?.text !== ',') return false;
  const where = tokens[c.last + 2]?.text ?? '';
  if (!placeAt.has(c.last + 2) && !/^(?:[A-Z][a-z]{0,4}\.|(?:[A-Z]\.){2,})$/.test(where)) return false;
  for (let k = c.last + 2; k <= Math.min(last, c.last + 9); k++) {
    if (DATELINE_DASH.test(tokens[k].text)) return true;
    if (/^[a-z]/.test(tokens[k].text)) return false;
  }
  return false;
}

/** The dash that ends a dateline (`--`, an em or en dash). */
const DATELINE_DASH = /^(?:--|—|–)$/;

/**
 * `Leeds United beat Sunderland 3-0`, `Aston Villa drew 1-1 with Middlesbrough`: outside wire sports
 * copy too, a town beside a match word or a score, in a sentence that gives a score, is the club
 * named after it (rule `type.club-beside-score`); only that mention changes.
 */
export function clubsBesideScores(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  matchWords: ReadonlySet<string>,
): void {
  const scored = new Set<number>();
  for (const t of tokens) if (SCORE.test(t.text)) scored.add(t.sentence);
  if (!scored.size) return;
  const near = (k: number, sentence: number) => {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return false;
    if (SCORE.test(t.text) || matchWords.has(t.norm)) return true;
    // `drew 1-1 with Middlesbrough`
    return t.norm === 'with' && SCORE.test(tokens[k - 1]?.text ?? '');
  };
  for (const c of cands) {
    if (!scored.has(c.sentence) || c.type !== 'GPE' || c.kind !== 'name' || !c.actorIds.length) continue;
    const kind = kb.actor(c.actorIds[0])?.kind;
    if (kind === 'country' || kind === 'region') continue;
    if (!near(c.first - 1, c.sentence) && !near(c.last + 1, c.sentence)) continue;
    c.type = 'ORG';
    c.actorIds = [];
    c.rules.push('type.club-beside-score');
  }
}

/** A match score (`3-0`, `2-1`), not a year range. */
const SCORE = /^\d{1,2}-\d{1,2}$/;

/**
 * `Aamir Sohail c Cairns b Harris 11`: on a cricket scoreboard's line (a bowler after `b`, the runs at
 * the end) the names after `c` (caught), `b` (bowled) and `st` (stumped) are players, whatever town
 * shares the name (rule `type.scoreboard-player`).
 */
export function scoreboardFielders(cands: Candidate[], tokens: Token[]): void {
  const scoreboard = new Set<number>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.text === 'b' && next?.sentence === t.sentence && /^[A-Z]/.test(next.text)) {
      let last = i;
      while (tokens[last + 1]?.sentence === t.sentence) last++;
      if (/^\d+\*?$/.test(tokens[last].text)) scoreboard.add(t.sentence);
    }
  }
  if (!scoreboard.size) return;
  for (const c of cands) {
    const before = tokens[c.first - 1];
    if (!scoreboard.has(c.sentence) || c.kind !== 'name' || !/^(?:c|b|st)$/.test(before?.text ?? ''))
      continue;
    if (c.type === 'PERSON') continue;
    c.type = 'PERSON';
    c.actorIds = [];
    c.rules.push('type.scoreboard-player');
  }
}

/**
 * `8. Rubens Barrichello ( Brazil ) Jordan 1:52.630`, `6. Nicola Minali ( Italy ) Batik`: on a results
 * line, the name after a person and a bracketed country is the team the person drives or rides for,
 * an organisation whatever place or person shares the name (rule `type.team-after-nationality`). Only
 * before a time, a score, the next rank or the end of the line. A rider no rule typed after the rank is
 * a person.
 */
export function teamsAfterNationality(cands: Candidate[], tokens: Token[], kb: ActorKnowledge): void {
  const at = new Map<number, Candidate>();
  const endingAt = new Map<number, Candidate>();
  for (const c of cands) {
    at.set(c.first, c);
    endingAt.set(c.last, c);
  }
  for (const c of cands) {
    if (c.kind !== 'name' && c.kind !== 'acronym') continue;
    if (tokens[c.first - 1]?.text !== ')' || tokens[c.first - 3]?.text !== '(') continue;
    const country = at.get(c.first - 2);
    if (!country || kb.actor(country.actorIds[0] ?? '')?.kind !== 'country') continue;
    const rider = endingAt.get(c.first - 4);
    if (rider?.sentence !== c.sentence) continue;
    // The rider: a person, or a name no rule typed after the rank (`8. Rubens Barrichello`).
    const before = (k: number) => tokens[(rider?.first ?? 0) - k]?.text ?? '';
    const ranked = /^\d+\.$/.test(before(1)) || (before(1) === '.' && /^\d+$/.test(before(2)));
    if (
      !rider ||
      (rider.type !== 'PERSON' &&
        !(rider.type === 'OTHER' && ranked && rider.rules.every((r) => GUESS_RULES.has(r))))
    )
      continue;
    const next = tokens[c.last + 1];
    if (next && next.sentence === c.sentence && !/^\d/.test(next.text)) continue;
    if (rider.type === 'OTHER') {
      rider.type = 'PERSON';
      rider.rules.push('type.team-after-nationality');
    }
    if (c.type === 'ORG') continue;
    c.type = 'ORG';
    c.actorIds = [];
    c.rules.push('type.team-after-nationality');
  }
}

/**
 * `Fortuna Sittard 0 PSV Eindhoven 3`, `Sheffield Wednesday 3 3 0 0 6 1 9`: a line of results or of a
 * standings table holds only names and small whole numbers, each name followed by its one score (two
 * names or more) or one name by a row of six figures or more; its names are teams, whatever town or
 * person shares them (rule `type.results-line-team`); of the names a dictionary knows, only towns on a
 * line of results (`Arsenal 2 Chelsea 1`), not countries. A paper prints
 * several results in one sentence, cut by a label's colon and by semicolons (`Results: Highlanders 2
 * Dynamos 1; CAPS United 0 FC Platinum 0.`): each stretch between them is read as a line.
 */
export function teamsOnResultsLines(cands: Candidate[], tokens: Token[], kb: ActorKnowledge): void {
  const bySentence = new Map<number, Candidate[]>();
  for (const c of cands) {
    if (c.kind !== 'name' && c.kind !== 'acronym') continue;
    const names = bySentence.get(c.sentence);
    if (names) names.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  for (const names of bySentence.values()) {
    const sentence = names[0].sentence;
    let first = names[0].first;
    while (tokens[first - 1]?.sentence === sentence) first--;
    let end = names[0].last;
    while (tokens[end + 1]?.sentence === sentence) end++;
    // A full stop closing the sentence is no part of the line.
    if (tokens[end].text === '.' && end > first) end--;
    let from = first;
    for (let k = first; k <= end + 1; k++) {
      if (k <= end && !LINE_BREAKS.has(tokens[k].text)) continue;
      const stretch = names.filter((c) => c.first >= from && c.last < k);
      if (stretch.length) typeResultsStretch(stretch, tokens, kb, from, k);
      from = k + 1;
    }
  }
}

/** Marks that cut a sentence of results into lines: a label's colon, the semicolon between results. */
const LINE_BREAKS = new Set([':', ';']);

/** The names of tokens `from` to `to - 1` are teams when the stretch is a results or standings line. */
function typeResultsStretch(
  names: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  from: number,
  to: number,
): void {
  let k = from;
  let figures = 0;
  let most = 0;
  let scored = 0;
  for (const c of names) {
    if (c.first !== k) return;
    let n = c.last + 1;
    while (n < to && /^\d{1,3}$/.test(tokens[n].text)) n++;
    if (n === c.last + 1) return;
    scored++;
    figures = n - c.last - 1;
    most = Math.max(most, figures);
    k = n;
  }
  // Results give each team one score (`Fortuna Sittard 0 PSV Eindhoven 3`); a standings row seven
  // figures or so. Bowling, batting, golf and tennis lines give players two to five.
  const results = scored >= 2 && most === 1;
  const standings = scored === 1 && figures >= 6;
  if (k !== to || (!results && !standings)) return;
  // Names of the dictionaries are left to the rules of towns and clubs (`clubsNamedAfterTowns`); a
  // person's name stays a person's on a row of six figures (a player's season); played, won, drawn,
  // lost, for, against and points are seven.
  for (const c of names) {
    if (c.type === 'ORG' || (standings && figures < 7 && c.type === 'PERSON')) continue;
    // `Arsenal 2 Chelsea 1`: a town given a score is its club (rule `type.results-line-club`, which
    // `clubsNamedAfterTowns` reads); a country, its national side, stays.
    let rule = 'type.results-line-team';
    if (c.actorIds.length) {
      const kind = kb.actor(c.actorIds[0])?.kind;
      if (!results || c.type !== 'GPE' || kind === 'country' || kind === 'region') continue;
      c.actorIds = [];
      rule = 'type.results-line-club';
    }
    c.type = 'ORG';
    c.rules.push(rule);
  }
}
