/**
 * Sports teams named by their nickname. A nickname alone is often an ordinary word, a title or a
 * people (`Chiefs`, `Thunder`, `Rockets`), so the rules read it as a team only after a lower-case `the`
 * (data/actors/teams.tsv, column `word`). Once the article has named the team in full, the nickname is
 * that team after `the` at a sentence start too, in a headline in capitals, or before a word of the
 * club's world (`Chiefs coach`); and the town a club is named after is the club before such a word.
 */
import { type ActorKnowledge, idsOf, nameKey } from '../../knowledge/actors/index.js';
import type { Token } from '../../model/layers.js';
import { type Candidate, candidateOver } from './candidates.js';
import { GUESS_RULES } from './common-words.js';
import { opensDateline } from './wire-copy.js';

/** A nickname is one to three tokens (`Heat`, `Red Sox`, `49ers` is `49` + `ers`). */
const MAX_NICKNAME_TOKENS = 3;

function isTeam(kb: ActorKnowledge, id: string | undefined): id is string {
  return id?.startsWith('team:') === true && kb.actor(id)?.kind === 'sports';
}

/**
 * `the San Francisco 49ers`: a town and the one or two tokens after it that complete a team's full
 * name of the dictionaries, which the scanner cannot read as one name when a number opens the
 * nickname (rule `name.town+team-number`).
 */
export function teamNamesWithNumbers(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  kb: ActorKnowledge,
): void {
  for (const c of cands) {
    if (c.type !== 'GPE' || c.kind !== 'name') continue;
    const next = tokens[c.last + 1];
    if (!next || next.sentence !== c.sentence || !/^\d/.test(next.text)) continue;
    for (let j = c.last + 1; j <= c.last + 2 && tokens[j]?.sentence === c.sentence; j++) {
      const id = idsOf(kb.names, nameKey(text.slice(c.start, tokens[j].end))).find((x) => isTeam(kb, x));
      if (!id) continue;
      c.last = j;
      c.end = tokens[j].end;
      c.type = 'ORG';
      c.actorIds = [id];
      c.rules.push('name.town+team-number');
      break;
    }
  }
}

/**
 * `the Kansas City Chiefs beat ... The Chiefs became`, `CHIEFS BEAT 49ERS`: the nickname of a team the
 * article names in full is that team (rule `coref.team-nickname`), whether another rule read it as a
 * person, a people or nothing at all. Only capitalised nicknames (`thunder` and `heat` stay weather), and
 * only where they stand for the team (see `standsForTeam`).
 */
export function nicknamesOfNamedTeams(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  kb: ActorKnowledge,
  clubNouns: ReadonlySet<string>,
  /** Words of a match report beside a team's name (lexicon `match-word`: `beat`, `drew`, `vs`). */
  matchWords: ReadonlySet<string>,
): Candidate[] {
  const teamByNickname = new Map<string, string>();
  for (const c of cands) {
    const id = c.actorIds[0];
    const nickname = isTeam(kb, id) ? kb.teamNicknameOf.get(id) : undefined;
    // Two teams of one nickname (`Giants` of New York and San Francisco) leave it to the rules.
    if (nickname) teamByNickname.set(nickname, (teamByNickname.get(nickname) ?? id) === id ? id : '');
  }
  if (!teamByNickname.size) return cands;
  const teamOf = (first: number, last: number) =>
    teamByNickname.get(nameKey(text.slice(tokens[first].start, tokens[last].end)));
  // A nickname is the team after `the`, written in capitals (`ROCKETS BEAT JAZZ`), before a word of
  // the club's world (`Chiefs coach Andy Reid`) or beside a word of a match (`Chiefs Beat 49ers`, a
  // title-case headline; `lost to Chiefs`), not alone: nicknames are ordinary words too (`Rockets were
  // fired`, `Stars attended the gala`).
  const standsForTeam = (first: number, last: number): boolean => {
    if (/^[A-Z0-9]+$/.test(tokens[first].text) && tokens[first].text.length > 1) return true;
    const next = tokens[last + 1];
    const sameSentence = next?.sentence === tokens[last].sentence;
    if (sameSentence && (clubNouns.has(next.norm) || matchWords.has(next.norm))) return true;
    const before = tokens[first - 1];
    if (before?.sentence !== tokens[first].sentence) return false;
    return (
      before.norm === 'the' ||
      matchWords.has(before.norm) ||
      (before.norm === 'to' && matchWords.has(tokens[first - 2]?.norm))
    );
  };
  const nickname = (c: Candidate): void => {
    c.kind = 'name';
    c.type = 'ORG';
    c.rules.push('coref.team-nickname');
  };

  const covered = new Set<number>();
  for (const c of cands) {
    for (let k = c.first; k <= c.last; k++) covered.add(k);
    if (isTeam(kb, c.actorIds[0])) continue;
    const id = teamOf(c.first, c.last);
    if (!id || !/^[A-Z0-9]/.test(tokens[c.first].text) || !standsForTeam(c.first, c.last)) continue;
    nickname(c);
    c.actorIds = [id];
    c.agent = undefined;
  }
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i) || !/^[A-Z0-9]/.test(tokens[i].text)) continue;
    for (let j = i; j < i + MAX_NICKNAME_TOKENS && j < tokens.length && !covered.has(j); j++) {
      if (tokens[j].sentence !== tokens[i].sentence) break;
      // the whole word (`49ers`), not the front of a longer one (`Chiefs'` is fine: a token of its own)
      const after = tokens[j + 1];
      if (after && after.start === tokens[j].end && /^[A-Za-z0-9]/.test(after.text)) continue;
      const id = teamOf(i, j);
      if (!id || !standsForTeam(i, j)) continue;
      const c = candidateOver(tokens, i, j, tokens[i].sentence, {
        type: 'ORG',
        actorIds: [id],
        rules: [],
        confidence: 0.8,
      });
      nickname(c);
      found.push(c);
      i = j;
      break;
    }
  }
  return found.length ? [...cands, ...found].sort((a, b) => a.start - b.start) : cands;
}

/**
 * `Several Leicester players`, `a Leicester title`, `the San Francisco coach`: once the article names a
 * club after a town (`Leicester City`, `San Francisco 49ers`, `Borussia Dortmund`), the town before a
 * word of the club's world (lexicon `club-noun-after`; `Birmingham's academy` too) or a verb of saying
 * (`Dortmund said`), beside a verb or preposition of the match (`Dortmund won`, `a lead over Lazio`), or
 * in the capitals of a team-sport headline (`AJAX EDGE FEYENOORD`), is that club (rule
 * `type.town-as-club`).
 */
export function townsAsClubs(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  kb: ActorKnowledge,
  clubNouns: ReadonlySet<string>,
  speechVerbs: ReadonlySet<string>,
  /** A headline in capitals of a team-sport story (`SOCCER - AJAX EDGE FEYENOORD`), where a town is its club. */
  inSportsHeadline: (c: Candidate) => boolean,
): void {
  const clubOfTown = new Map<string, string>();
  // Towns met only as a club's last word (`Ajax Amsterdam`): a headline's dateline is no club of them.
  const lastWords = new Set<string>();
  const shortNames = new Map<string, string>();
  for (const c of cands) {
    const id = c.actorIds[0];
    if (!isTeam(kb, id) || c.last === c.first) continue;
    // The town is the name's first words: every shorter start that the text writes alone; or its last
    // word (`Borussia Dortmund`, `Bayern Munich`).
    const towns: string[] = [];
    for (let k = c.first; k < c.last; k++) towns.push(text.slice(c.start, tokens[k].end).toLowerCase());
    const last = text.slice(tokens[c.last].start, c.end).toLowerCase();
    for (const town of [...towns, last]) clubOfTown.set(town, (clubOfTown.get(town) ?? id) === id ? id : '');
    if (!towns.includes(last)) lastWords.add(last);
    // `Ajax Amsterdam`, `PSV Eindhoven`: a club named with its town last is known by the words before it.
    if (isTown(kb, last)) shortNames.set(towns[towns.length - 1], id);
  }
  if (!clubOfTown.size) return;
  for (const c of cands) {
    if (c.kind !== 'name' && c.kind !== 'acronym') continue;
    const key = text.slice(c.start, c.end).toLowerCase();
    const short = shortNames.get(key);
    if (short && c.type !== 'ORG' && !PLACE_WORD_BEFORE.test(tokens[c.first - 1]?.norm ?? '')) {
      c.type = 'ORG';
      c.actorIds = [short];
      c.rules.push('type.club-short-name');
      continue;
    }
    if (c.type !== 'GPE') continue;
    const id = clubOfTown.get(key);
    if (!id) continue;
    // `Leicester players`, `Birmingham's academy`, `Dortmund said`: a word of the club's world after the
    // town (its possessive too), or a verb of saying.
    const possessive = /^['’]s$/.test(tokens[c.last + 1]?.text ?? '');
    const next = tokens[c.last + (possessive ? 2 : 1)];
    const clubWord = next?.sentence === c.sentence && clubNouns.has(next.norm) && /^[a-z]/.test(next.text);
    // Not a capital, which speaks for its government (`Kyiv said`), nor a town after a place word
    // (`the government in Cardiff said`).
    const speaks =
      !possessive &&
      next?.sentence === c.sentence &&
      speechVerbs.has(next.norm) &&
      !c.actorIds.some((a) => a.startsWith('cap:')) &&
      !PLACE_WORD_BEFORE.test(tokens[c.first - 1]?.norm ?? '');
    // `Napoli won`, `a lead over Lazio`, `Florida beat Edmonton`: a verb of the match after the town, or
    // a verb or preposition of the match before it.
    const before = tokens[c.first - 1];
    const match =
      !possessive &&
      ((next?.sentence === c.sentence && MATCH_VERB_AFTER.has(next.norm)) ||
        (before?.sentence === c.sentence && MATCH_WORD_BEFORE.has(before.norm)));
    if (
      !clubWord &&
      !speaks &&
      !match &&
      (lastWords.has(text.slice(c.start, c.end).toLowerCase()) || !inSportsHeadline(c))
    )
      continue;
    c.type = 'ORG';
    c.actorIds = [id];
    c.rules.push('type.town-as-club');
  }
}

/**
 * `Porzingis had 17 points for Boston`, `Miami was 11 of 34 from deep`: in a story that names two teams or
 * more, the town or state a named team is called after (`Boston` of the `Celtics`, `Iowa` of the
 * `Hawkeyes`, `Newcastle` of `Newcastle United`), or a town that is a team's name too (`Liverpool`),
 * stands for the team in a sentence of the game (rule `type.team-home`): not after a place
 * word (`in Boston`), not as a dateline or before its state (`BEREA, Ohio`), not before a noun of the town
 * (lexicon `town-noun-after`: `Boston residents`). Two teams of one town (`New York` of the `Yankees` and
 * the `Mets`) make it a team without an actor.
 */
export function homesOfNamedTeams(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  kb: ActorKnowledge,
  townNouns: ReadonlySet<string>,
  /** Words of a game in a sentence (lexicons `match-word`, `club-noun-after`, `game-word`). */
  gameWords: readonly ReadonlySet<string>[],
  speechVerbs: ReadonlySet<string>,
): void {
  const homeTeam = teamsOfTheStory(cands, tokens, text, kb);
  if (!homeTeam) return;
  const places = cands.filter((c) => c.type === 'GPE');
  const placeAt = new Set(places.map((c) => c.first));
  const placeEndsAt = new Set(places.map((c) => c.last));
  const gameSentences = new Set<number>();
  for (const t of tokens)
    if (/\d/.test(t.text) || gameWords.some((words) => words.has(t.norm))) gameSentences.add(t.sentence);
  for (const c of cands)
    if (isTeam(kb, c.actorIds[0]) || c.rules.includes('coref.team-nickname')) gameSentences.add(c.sentence);
  for (const c of cands) {
    if (c.type !== 'GPE' || (c.kind !== 'name' && c.kind !== 'acronym')) continue;
    if (c.actorIds.length && kb.actor(c.actorIds[0])?.kind === 'country') continue;
    const id = homeTeam(nameKey(text.slice(c.start, c.end)));
    if (id === undefined) continue;
    // A sentence of the game: a number, another team or a word of a game in it (`Storms hit Florida` is
    // about the state).
    if (!gameSentences.has(c.sentence)) continue;
    if (namesThePlace(c, tokens, text, placeAt, placeEndsAt, townNouns, speechVerbs)) continue;
    c.type = 'ORG';
    c.actorIds = id ? [id] : [];
    c.rules.push('type.team-home');
  }
}

/**
 * `Belleville coach Jermain Crowell`, `beating Rockford`, `lost to Ankeny Centennial`, `Southport are a good
 * side`: in a match report (a score such as `17-10`, a second word of a match, a player's or coach's noun), a
 * town, county or state beside a word of a match, before a player's noun (lexicon `player-noun-after`) or a
 * plural verb is the team it sends, even when no team of the dictionaries is named (school and amateur
 * sides). A country stays the place (a national side named by its country is GPE), so does a county in a
 * story of Gaelic games; not after a place word (`at Valley`, `in Houston`), nor in a dateline (rule
 * `type.town-as-team`).
 */
export function townsAsTeamsOfMatch(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  matchWords: ReadonlySet<string>,
  playerNouns: ReadonlySet<string>,
): void {
  // A match report: a game's score, another word of a match, and a player's or coach's noun.
  let scores = 0;
  let matchSignals = 0;
  let players = 0;
  let gaelicGames = false;
  for (const t of tokens) {
    if (SCORE.test(t.text)) scores++;
    if (matchWords.has(t.norm)) matchSignals++;
    if (playerNouns.has(t.norm) && /^[a-z]/.test(t.text)) players++;
    if (GAELIC_GAMES.test(t.norm)) gaelicGames = true;
  }
  if (!scores || scores + matchSignals < 2 || !players) return;
  // A country: a national side is GPE; so is a county in Gaelic games, whose sides are the counties' own;
  // a county's cricket club or a US state's university teams are ORG (`Surrey moved clear`, `Iowa coach
  // Lisa Bluder`).
  const staysPlace = (id: string) => {
    const a = kb.actor(id);
    return a?.kind === 'country' || (gaelicGames && a?.kind === 'region');
  };
  const placeAt = new Set(cands.filter((c) => c.type === 'GPE').map((c) => c.first));
  for (const c of cands) {
    // (a town no dictionary knows may be typed LOC, or only guessed at: `Port Fairy coach Liam Rowe`)
    const unknownPlace =
      !c.actorIds.length &&
      (c.type === 'LOC' || (c.type === 'OTHER' && c.rules.every((r) => GUESS_RULES.has(r))));
    if (c.kind !== 'name' || !(c.type === 'GPE' || unknownPlace)) continue;
    if (c.actorIds.some(staysPlace)) continue;
    const before = tokens[c.first - 1];
    const sameSentence = (t: Token | undefined): t is Token => t?.sentence === c.sentence;
    if (
      sameSentence(before) &&
      (PLACE_WORD_BEFORE.test(before.norm) || HOME_PLACE_WORD_BEFORE.test(before.norm))
    )
      continue;
    if (opensDateline(c, tokens, placeAt)) continue;
    const possessive = /^['’]s$/.test(tokens[c.last + 1]?.text ?? '');
    const next = tokens[c.last + (possessive ? 2 : 1)];
    const player = sameSentence(next) && playerNouns.has(next.norm) && /^[a-z]/.test(next.text);
    // `Southport are a good side`, `Gaoth Dobhair are champions`: a town takes a singular verb, its side
    // a plural one in British and Irish match reports.
    const pluralVerb = !possessive && sameSentence(next) && /^(?:are|were|have)$/.test(next.text);
    const twoBefore = tokens[c.first - 2];
    const match =
      !possessive &&
      ((sameSentence(next) && MATCH_VERB_AFTER.has(next.norm)) ||
        (sameSentence(before) && MATCH_WORD_BEFORE.has(before.norm)) ||
        // `lost to Atascocita`, `fell to Rockford`, `holds off Duncanville`, `rallies past Millbrook`
        (sameSentence(before) &&
          sameSentence(twoBefore) &&
          ((before.norm === 'to' && /^(?:lost|lose|loses|fell|falls|fall)$/.test(twoBefore.norm)) ||
            (before.norm === 'off' && /^(?:held|holds|hold|holding)$/.test(twoBefore.norm)))) ||
        (sameSentence(before) && before.norm === 'past'));
    if (!player && !match && !pluralVerb) continue;
    c.type = 'ORG';
    c.actorIds = [];
    c.rules.push('type.town-as-team');
  }
}

/** Words of Gaelic games, where a county's side is named by the county (a GPE, as the guidelines mark it). */
const GAELIC_GAMES = /^(?:gaa|hurling|hurlers|camogie|gaelic|all-ireland)$/;

/** A game's score (`17-10`, `61-40`). */
const SCORE = /^\d{1,2}[-–]\d{1,2}$/;

/**
 * The teams a story names (linked by a rule, or an organisation written as one team's nickname: `the
 * Hawkeyes`), as a look-up from a town's key to its team (`''` for a town of several): undefined when the
 * story names fewer than two. A town whose name is a team's too counts once a team is named for sure
 * (`Aston Villa ... Chelsea`).
 */
function teamsOfTheStory(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  kb: ActorKnowledge,
): ((key: string) => string | undefined) | undefined {
  const byNickname = teamsByNickname(kb);
  const teams: string[] = [];
  const teamOfHome = new Map<string, string>();
  const addHome = (home: string, id: string) =>
    teamOfHome.set(home, (teamOfHome.get(home) ?? id) === id ? id : '');
  for (const c of cands) {
    const linked = isTeam(kb, c.actorIds[0]);
    const id = linked
      ? c.actorIds[0]
      : c.type === 'ORG' && byNickname.get(nameKey(text.slice(c.start, c.end)));
    if (!id) continue;
    teams.push(id);
    // `Newcastle United`, `Borussia Dortmund`: the name's first words, or its last word, as written.
    if (!linked || c.last === c.first) continue;
    for (let k = c.first; k < c.last; k++) addHome(nameKey(text.slice(c.start, tokens[k].end)), id);
    addHome(nameKey(text.slice(tokens[c.last].start, c.end)), id);
  }
  const townTeams = teams.length
    ? cands.filter(
        (c) =>
          c.type === 'GPE' &&
          idsOf(kb.names, nameKey(text.slice(c.start, c.end))).some((id) => isTeam(kb, id)),
      ).length
    : 0;
  if (teams.length + townTeams < 2) return undefined;
  // `Boston` of the `Boston Celtics`, named in the story as `the Celtics`: the team's name without its nickname.
  for (const id of new Set(teams)) {
    const nickname = kb.teamNicknameOf.get(id);
    if (!nickname) continue;
    for (const name of kb.actor(id)?.names ?? []) {
      const key = nameKey(name);
      if (key.endsWith(` ${nickname}`)) addHome(key.slice(0, -nickname.length - 1), id);
    }
  }
  return (key) => {
    const home = teamOfHome.get(key);
    if (home !== undefined) return home;
    // `Liverpool`, `Lazio`: a town whose name is also a team's of the dictionaries.
    const named = idsOf(kb.names, key).filter((id) => isTeam(kb, id));
    if (named.length) return named.length === 1 ? named[0] : '';
    // `Brighton` of `Brighton & Hove Albion`, a team of the dictionaries the story names otherwise.
    return teamsByTown(kb).get(key);
  };
}

/** Whether a team's town `c` is written as the place, whatever the story is about. */
function namesThePlace(
  c: Candidate,
  tokens: Token[],
  text: string,
  placeAt: ReadonlySet<number>,
  placeEndsAt: ReadonlySet<number>,
  townNouns: ReadonlySet<string>,
  speechVerbs: ReadonlySet<string>,
): boolean {
  const before = tokens[c.first - 1];
  const next = tokens[c.last + 1];
  const sameSentence = (t: Token | undefined): t is Token => t?.sentence === c.sentence;
  return (
    // `Berlin said it would host the summit`: a capital speaks for its government.
    (c.actorIds.some((a) => a.startsWith('cap:')) && sameSentence(next) && speechVerbs.has(next.norm)) ||
    (sameSentence(before) && HOME_PLACE_WORD_BEFORE.test(before.norm)) ||
    // `the streets of Boston`, `the mayor of Miami`, but `three games clear of New York`.
    (before?.norm === 'of' && townNouns.has(tokens[c.first - 2]?.norm ?? '')) ||
    // `CLEVELAND —`, `BOSTON (AP) —`, `HOUSTON 1996-12-07`, `Tuscaloosa, Ala.`: where the story is filed.
    (sameSentence(next) && DATELINE_MARK.test(next.text) && /^[A-Z]+$/.test(tokens[c.last].text)) ||
    opensDateline(c, tokens, placeAt) ||
    // `"Toronto will always be home," he said`: in a quotation the town is the place people speak of.
    insideQuotation(tokens, c.first) ||
    // `the 25-year-old from Leeds`, `from Durango, Colorado`, `Los Angeles 2028`: a hometown, a state
    // after its town, the Games of a year.
    /year-old\s+from\s+$/i.test(text.slice(Math.max(0, c.start - 20), c.start)) ||
    (before?.text === ',' && placeEndsAt.has(c.first - 2)) ||
    (sameSentence(next) && /^(?:19|20)\d\d$/.test(next.text)) ||
    // `the Watford-based company`: a compound with the town is about the place.
    (next?.text === '-' && next.start === c.end) ||
    // `Cleveland, Ohio`: before its state.
    (next?.text === ',' &&
      (placeAt.has(c.last + 2) || /^[A-Z][a-z]{1,4}\.$/.test(tokens[c.last + 2]?.text ?? ''))) ||
    // `Boston residents`: before a noun of the town.
    (sameSentence(next) && townNouns.has(next.norm) && /^[a-z]/.test(next.text))
  );
}

/**
 * The dictionaries' teams by the town or state that opens their names, in one or two words (`brighton` ->
 * `team:brighton-hove-albion`), '' for a town of several teams (`manchester`); only words that name a
 * place of the dictionaries.
 */
const teamsByTownOf = new WeakMap<ActorKnowledge, ReadonlyMap<string, string>>();
function teamsByTown(kb: ActorKnowledge): ReadonlyMap<string, string> {
  let byTown = teamsByTownOf.get(kb);
  if (!byTown) {
    const map = new Map<string, string>();
    const teams = new Set<string>();
    for (const ids of kb.names.byKey.values())
      if (ids.includes('team:')) for (const id of ids.split('|')) if (id.startsWith('team:')) teams.add(id);
    for (const id of teams) teamTowns(kb, id, map);
    byTown = map;
    teamsByTownOf.set(kb, byTown);
  }
  return byTown;
}

function teamTowns(kb: ActorKnowledge, id: string, map: Map<string, string>): void {
  for (const name of kb.actor(id)?.names ?? []) {
    const words = nameKey(name).split(' ');
    for (let n = 1; n <= 2 && n < words.length; n++) {
      const town = words.slice(0, n).join(' ');
      if (!idsOf(kb.names, town).some((x) => kb.actor(x)?.type === 'GPE')) continue;
      const had = map.get(town);
      map.set(town, had === undefined || had === id ? id : '');
    }
  }
}

/** The dictionaries' teams by nickname (`hawkeyes` -> `team:iowa-hawkeyes`), '' for a shared one. */
const teamsByNicknameOf = new WeakMap<ActorKnowledge, ReadonlyMap<string, string>>();
function teamsByNickname(kb: ActorKnowledge): ReadonlyMap<string, string> {
  let byNickname = teamsByNicknameOf.get(kb);
  if (!byNickname) {
    const map = new Map<string, string>();
    for (const [id, nickname] of kb.teamNicknameOf) map.set(nickname, map.has(nickname) ? '' : id);
    byNickname = map;
    teamsByNicknameOf.set(kb, byNickname);
  }
  return byNickname;
}

/** Words before a team's town that make it the place (`in Boston`, `near Miami`). */
const HOME_PLACE_WORD_BEFORE = /^(?:in|near|outside|around|across|throughout|downtown|into)$/;

/** A dash or an agency's bracket after a dateline's town. */
const DATELINE_MARK = /^[—–(-]$/;

/** Whether token `k` stands inside a quotation opened earlier in its sentence. */
function insideQuotation(tokens: Token[], k: number): boolean {
  let open = false;
  for (let i = k - 1; i >= 0 && tokens[i].sentence === tokens[k].sentence; i--) {
    const t = tokens[i].text;
    if (t === '"') open = !open;
    else if (t === '“') return true;
    else if (t === '”') return false;
  }
  return open;
}

/** Verbs of a match after a club's town (`Dortmund won`, `Leicester beat Chelsea`). */
const MATCH_VERB_AFTER: ReadonlySet<string> = new Set([
  'won',
  'beat',
  'lost',
  'drew',
  'led',
  'trailed',
  'edged',
  'rallied',
  'thrashed',
  'routed',
  'hosted',
  'host',
  'hosts',
  'face',
  'faces',
  'scored',
  'conceded',
]);

/** Words of a match before a club's town (`beat Chelsea`, `against Lazio`, `a lead over Roma`). */
const MATCH_WORD_BEFORE: ReadonlySet<string> = new Set([
  'beat',
  'beating',
  'against',
  'over',
  'face',
  'facing',
  'host',
  'hosting',
  'thrashed',
  'edged',
  'routed',
  'v',
  'vs',
]);

/** Words before a town that make it the place, not its club (`in Berlin`, `to Ajax , Ontario`). */
const PLACE_WORD_BEFORE = /^(?:in|at|from|near|to|of)$/;

/** Whether a lower-case name is a town of the dictionaries (no country, no region). */
function isTown(kb: ActorKnowledge, key: string): boolean {
  return idsOf(kb.names, key).some((id) => kb.actor(id)?.kind === 'city');
}

/** The one-word plural nicknames of the dictionaries' teams (`hawks`, `lions`), read once per knowledge base. */
const pluralNicknamesOf = new WeakMap<ActorKnowledge, ReadonlySet<string>>();
function pluralNicknames(kb: ActorKnowledge): ReadonlySet<string> {
  let nicknames = pluralNicknamesOf.get(kb);
  if (!nicknames) {
    nicknames = new Set([...kb.teamNicknameOf.values()].filter((k) => !k.includes(' ') && /[^s]s$/.test(k)));
    pluralNicknamesOf.set(kb, nicknames);
  }
  return nicknames;
}

/**
 * `The Mundaring Hawks beat the Kalamunda Lions ... The Hawks led`: in an article about a match (a word of
 * a match somewhere), a name no dictionary knows that ends in a plural nickname of the dictionaries' teams
 * (`Hawks`, `Lions`), not opening with a given name, is a local team (rule `type.local-team`); the
 * nickname alone after `the` is that team again.
 */
export function localTeams(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  matchWords: ReadonlySet<string>,
  /** Quantifiers and numbers, no town's name (`The Three Kings`). */
  quantifiers: ReadonlySet<string>,
): void {
  if (!tokens.some((t) => matchWords.has(t.norm))) return;
  const nicknames = pluralNicknames(kb);
  const teams = new Set<string>();
  for (const c of cands) {
    if (c.kind !== 'name' || c.actorIds.length || c.last === c.first || c.last - c.first > 2) continue;
    const nickname = tokens[c.last].norm;
    const first = tokens[c.first].norm;
    if (!nicknames.has(nickname) || kb.firstNames.has(first) || quantifiers.has(first)) continue;
    if (c.type === 'GPE' || c.type === 'LOC') continue;
    c.type = 'ORG';
    c.rules.push('type.local-team');
    teams.add(nickname);
  }
  if (!teams.size) return;
  for (const c of cands) {
    if (c.kind !== 'name' || c.first !== c.last || c.actorIds.length || !teams.has(tokens[c.first].norm))
      continue;
    if (tokens[c.first - 1]?.norm !== 'the') continue;
    c.type = 'ORG';
    c.rules.push('type.local-team');
  }
}
