/**
 * Bylines: `by Jane Doe`, `By JANE DOE and John Roe`, `By Jane Doe, Staff Writer`,
 * `By Jane Doe | Reuters | Mar 4, 2021`, `Words by Jane Doe`, `Author: Jane Doe`,
 * and (in a header only) `Jane Doe, Foreign Correspondent`.
 *
 * A byline is accepted only when at least one piece has the shape of a person's name, so a sentence
 * that starts `By Monday, the army had ...` is not mistaken for one.
 */
import { type ParsedDate, parseDate } from './dates.js';

export interface Byline {
  authors: string[];
  /** An outlet or agency named in the byline (`Reuters`, `Associated Press`). */
  affiliation: string | null;
  /** A date written in the same line (`By Jane Doe | Mar 4, 2021`). */
  date: ParsedDate | null;
  rules: string[];
}

const MAX_LENGTH = 160;
const BY_PREFIX =
  /^(?:(?:written|words|story|reporting|report|text|analysis|interview|(?:words|text) and photos|photos? and (?:words|text))\s+)?by\s*:?\s+(?=[\p{Lu}@])/iu;
const LABEL_PREFIX = /^(?:authors?|byline|reporters?|writers?)\s*:\s*(?=\p{Lu})/iu;
/** `Name, Role` and `Name | Outlet` need a separator: a line without one is not a byline without `By`. */
const NAME_ROLE_SEPARATOR = /[,|•·]/;
/** ` in Kyiv`, ` in New York` closing a name: the place a reporter files from. */
const IN_PLACE = /\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;
/** Separators between the names and whatever follows them in the same line. */
const SEGMENT_SPLIT = /\s+[|•·/]\s+|\s+[—–-]\s+/;
// `and` only in lower case: `Rebels And Army Agree` is a title-cased headline, not two names.
const NAME_LIST_SPLIT = /\s*[,;]\s*|\s+(?:and|&)\s+/;
const WORD_SPLIT = /\s+/;
/** A word of a personal name: capitalised (`MacLeod`, `O'Neil`, `Al-Hashimi`, `E.`), or all capitals. */
const NAME_WORD =
  /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|ben|abu|d|l)[-'’]\p{Lu}[\p{L}'’-]*)$/u;
/** Lower-case particles that sit inside names (`Ursula von der Leyen`, `Abu Bakr al-Baghdadi`). */
const NAME_PARTICLE =
  /^(?:de|da|del|della|der|den|di|dos|das|du|van|von|le|la|bin|ibn|al|el|ben|abu|y|e|st\.?)$/;
/**
 * Words that mark a byline piece as a job or an outlet rather than a person: `Staff Writer`,
 * `Associated Press`, `Foreign Correspondent`. A closed list of byline vocabulary, not of outlets.
 */
const ROLE_WORD =
  /^(?:staff|writer|writers|reporter|reporters|correspondent|correspondents|editor|editors|contributor|contributors|columnist|analyst|photographer|producer|special|senior|chief|foreign|political|diplomatic|security|defence|defense|national|international|business|auto|bureau|desk|team|newsroom|wire|wires|services?)$/i;
const OUTLET_WORD =
  /^(?:press|news|agency|agence|network|media|times|post|journal|herald|tribune|gazette|daily|magazine|radio|television|tv|broadcasting|online|report|telegraph|guardian|observer|chronicle|review|weekly|dispatch|monitor)$/i;
const CALENDAR_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday)$/i;
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** `name`: a lone capitalised word (`Reuters`), an outlet only after a person's name. */
type PieceKind = 'person' | 'role' | 'outlet' | 'name' | 'other';

/** Parses a line as a byline; null when it is not one. `header` also allows `Jane Doe, Staff Writer`. */
export function parseByline(line: string, header = false): Byline | null {
  const text = line.trim();
  if (text.length < 4 || text.length > MAX_LENGTH) return null;
  let rest: string;
  const rules: string[] = [];
  const by = BY_PREFIX.exec(text) ?? LABEL_PREFIX.exec(text);
  if (by) {
    rest = text.slice(by[0].length);
    rules.push(BY_PREFIX.test(text) ? 'byline.by-prefix' : 'byline.label');
  } else if (
    header &&
    (NAME_ROLE_SEPARATOR.test(text) || IN_PLACE.test(text)) &&
    // A line in capitals only is a wire headline (`SOCCER - JAPAN WIN , CHINA LOSE .`) unless it says `By`.
    /\p{Ll}/u.test(text)
  ) {
    rest = text;
    rules.push('byline.name-role');
  } else return null;

  const segments = rest.split(SEGMENT_SPLIT);
  let date: ParsedDate | null = null;
  let affiliation: string | null = null;
  const authors: string[] = [];
  let sawRole = false;
  for (let i = 0; i < segments.length; i++) {
    let segment = segments[i].trim().replace(/[.,;:]$/, '');
    if (i > 0) {
      const asDate = parseDate(segment);
      if (asDate) {
        date ??= asDate;
        continue;
      }
    }
    // `Jane Doe, March 4, 2021`: a date after a comma.
    const split = splitTrailingDate(segment);
    if (split) {
      segment = split.head;
      date ??= split.date;
    }
    for (const raw of segment.split(NAME_LIST_SPLIT)) {
      let piece = raw.trim().replace(/^@/, '');
      // `Jane Roe in Kyiv`: where the reporter writes from.
      const place = IN_PLACE.exec(piece);
      if (place && classifyPiece(piece.slice(0, place.index)) === 'person') {
        piece = piece.slice(0, place.index);
        sawRole = true;
      }
      if (!piece) continue;
      const kind = classifyPiece(piece);
      if (kind === 'person') authors.push(piece);
      else if (kind === 'outlet') {
        affiliation ??= piece;
        sawRole = true;
      } else if (kind === 'name' && authors.length > 0) affiliation ??= piece;
      else if (kind === 'role') sawRole = true;
      else if (i === 0) return null; // a sentence, not a byline
    }
  }
  // `By Staff Writers`, `By the Foreign Desk`: a byline that names a desk, not a person.
  if (authors.length === 0 && by && BY_PREFIX.test(text) && sawRole) {
    return { authors: [], affiliation: affiliation ?? rest.trim(), date, rules: [...rules, 'byline.desk'] };
  }
  if (authors.length === 0) return null;
  // Without `By`, only `Name, Role` or `Name in Place` is a byline: a lone name could be anything.
  if (!by && !sawRole) return null;
  if (date) rules.push('byline.with-date');
  return { authors: dedupe(authors), affiliation, date, rules };
}

function splitTrailingDate(segment: string): { head: string; date: ParsedDate } | null {
  for (let at = segment.indexOf(','); at > 0; at = segment.indexOf(',', at + 1)) {
    const date = parseDate(segment.slice(at + 1));
    if (date) return { head: segment.slice(0, at), date };
  }
  return null;
}

function classifyPiece(piece: string): PieceKind {
  const words = piece.split(WORD_SPLIT);
  if (words.length > 6) return 'other';
  let capitalised = 0;
  let roles = 0;
  let outlets = 0;
  for (const w of words) {
    const bare = w.replace(/[.,]$/, '');
    if (ROLE_WORD.test(bare)) roles++;
    else if (OUTLET_WORD.test(bare)) outlets++;
    if (NAME_WORD.test(w)) capitalised++;
    else if (!NAME_PARTICLE.test(w) && !ROLE_WORD.test(bare)) return 'other';
    if (CALENDAR_WORD.test(bare)) return 'other';
  }
  if (outlets > 0) return 'outlet';
  if (roles > 0) return 'role';
  if (words.length === 1) return ACRONYM.test(piece) ? 'outlet' : capitalised === 1 ? 'name' : 'other';
  const first = words[0];
  const last = words[words.length - 1];
  if (!NAME_WORD.test(first) || !NAME_WORD.test(last)) return 'other';
  return 'person';
}

function dedupe(names: string[]): string[] {
  return [...new Set(names)];
}

/**
 * The line under a byline that names the outlet or desk, and maybe a place: `Example News, Kyiv`,
 * `Foreign Staff`. Returns the outlet (or the line) when every piece is an outlet, a role or a place.
 */
export function parseAffiliationLine(line: string): string | null {
  const text = line.trim();
  if (text.length > 80 || text.split(WORD_SPLIT).length > 8) return null;
  let outlet: string | null = null;
  let sawRole = false;
  for (const raw of text.split(SEGMENT_SPLIT).flatMap((s) => s.split(NAME_LIST_SPLIT))) {
    const piece = raw.trim();
    if (!piece) continue;
    const kind = classifyPiece(piece);
    if (kind === 'outlet') outlet ??= piece;
    else if (kind === 'role') sawRole = true;
    else if (kind !== 'name' && kind !== 'person') return null; // places look like names here
  }
  return outlet ?? (sawRole ? text : null);
}

/** A line that is only a person's name (`Jane Roe`), read as a byline next to a dateline or byline. */
export function parseBareName(line: string): string | null {
  const text = line.trim();
  if (text.length > 60 || text.split(WORD_SPLIT).length > 4) return null;
  return classifyPiece(text) === 'person' ? text : null;
}
