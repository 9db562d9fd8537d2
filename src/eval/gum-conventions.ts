/**
 * Maps GUM-derived gold entities (shared/gold/dev/gum-news.jsonl) to CoNLL-2003 / OntoNotes span
 * conventions, one named, mechanical transform at a time, so that the part of the entity gap that is
 * a matter of convention can be measured apart from real errors. Every transform looks only at the
 * gold itself (its spans, types and text) and at the data/ dictionaries, never at a system's output.
 *
 *   T5 titles        PERSON spans lose leading role words ("US President Barack Obama" -> "Barack Obama");
 *                    a PERSON span that is only a role ("NASA Administrator") is dropped.
 *   T2 person-of-org "<Name> of (the) <Capitalised run>" -> PERSON <Name> + ORG/GPE <run>;
 *                    "<Name> and <Name>" -> two spans.
 *   T1 metonymy      an ORG span whose text is a country name (a national team, a government) -> GPE.
 *   T3 head-only     a non-person span made only of a generic head word ("Foundation") that ends a longer
 *                    capitalised run ("Andy Warhol Foundation") grows to the whole run; spans inside it go.
 *   T4 flat          spans nested inside a PERSON/ORG/GPE/LOC span are dropped (CoNLL/OntoNotes are flat).
 *
 * Order: T5, T2, T1, T3, T4 (roles are cut before names are split; T3 grows spans before T4 flattens).
 * Each changed or new span records the transform ids in `conventions`.
 */

/** A gold entity as stored in the jsonl: extra fields (link, gum_etype, ...) are carried through. */
export interface ConventionEntity {
  start: number;
  end: number;
  type: string;
  link?: string;
  gum_etype?: string;
  conventions?: string[];
  [extra: string]: unknown;
}

export interface ConventionDoc {
  id?: string;
  text: string;
  entities: ConventionEntity[];
  [extra: string]: unknown;
}

/** Dictionaries the transforms consult; built by loadConventionKnowledge() or by hand in tests. */
export interface ConventionKnowledge {
  /** Country names, case-sensitive as written ("United States", "US", "Belgium"). */
  countries: Set<string>;
  /** Country demonyms, case-sensitive ("American", "Afghan"). */
  demonyms: Set<string>;
  /** City names, case-sensitive. */
  cities: Set<string>;
  /** Titles and roles, lower case, possibly several words ("prime minister", "mr."). */
  titles: Set<string>;
  /** Given names, lower case: a span ending in a title but holding one is a name ("John Major"). */
  firstNames: Set<string>;
}

export type TransformId = 'T1' | 'T2' | 'T3' | 'T4' | 'T5';

export const TRANSFORM_NAMES: Record<TransformId, string> = {
  T5: 'titles',
  T2: 'person-of-org',
  T1: 'metonymy',
  T3: 'head-only',
  T4: 'flat',
};

export const TRANSFORM_ORDER: TransformId[] = ['T5', 'T2', 'T1', 'T3', 'T4'];

/** One gold span a transform changed: its text and type before, and what replaced it (empty = dropped). */
export interface ConventionChange {
  transform: TransformId;
  docId: string;
  before: string;
  after: string;
}

export interface ConventionResult {
  doc: ConventionDoc;
  changes: ConventionChange[];
}

/** Words a role may be qualified with before its title ("former President", "Emeritus Professor"). */
const ROLE_QUALIFIERS = new Set([
  'former',
  'then',
  'acting',
  'interim',
  'deputy',
  'vice',
  'assistant',
  'senior',
  'emeritus',
  'late',
]);

/** Words a title is never followed by in a name: "Doctor Who" is a title, not Dr. Who. */
const NOT_NAMES = new Set(['who', 'what', 'it', 'this', 'that', 'no', 'yes']);

/** Generic heads of facility and organisation names (T3): "X Museum", "University of X" style runs. */
export const GENERIC_HEADS = new Set([
  'Museum',
  'Center',
  'Centre',
  'Foundation',
  'Hotel',
  'Stadium',
  'Hall',
  'University',
  'Council',
  'Station',
  'Base',
  'Institute',
  'Party',
  'Army',
  'Agency',
  'Ministry',
  'Department',
  'Association',
  'Society',
  'Academy',
  'College',
  'School',
  'Hospital',
  'Airport',
  'Arena',
  'Library',
  'Committee',
  'Commission',
  'Church',
  'Court',
  'Park',
  'Square',
  'Bridge',
  'Tower',
  'Theatre',
  'Theater',
]);

/** Lower-case words allowed inside a capitalised name run (T3), never at its left edge. */
const RUN_CONNECTORS = new Set(['of', 'the', 'and', '&', '-', 'for', 'de']);
const PLACE_OR_NAME_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC']);

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /\S+/g;

function wordsOf(text: string, offset: number): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = offset + (m.index ?? 0);
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

const isCapitalised = (w: string): boolean => /^[A-Z0-9]/.test(w);
const isAcronym = (w: string): boolean => /^[A-Z][A-Z0-9&.]+$/.test(w);
const spanText = (doc: ConventionDoc, e: { start: number; end: number }): string =>
  doc.text.slice(e.start, e.end);

function describe(doc: ConventionDoc, spans: ConventionEntity[]): string {
  if (spans.length === 0) return '(dropped)';
  return spans.map((s) => `${spanText(doc, s)}/${s.type}`).join(' + ');
}

function mark(e: ConventionEntity, t: TransformId): ConventionEntity {
  return { ...e, conventions: [...(e.conventions ?? []), t] };
}

/** Longest title (up to 4 words) starting at words[i]; returns the number of words it takes, 0 if none. */
function titleAt(words: Word[], i: number, k: ConventionKnowledge): number {
  for (let n = Math.min(4, words.length - i); n >= 1; n--) {
    const phrase = words
      .slice(i, i + n)
      .map((w) => w.text.toLowerCase())
      .join(' ');
    if (k.titles.has(phrase)) return n;
  }
  return 0;
}

/** Country name or demonym (up to 3 words, as written) starting at words[i]: number of words, 0 if none. */
function nationalAt(words: Word[], i: number, k: ConventionKnowledge): number {
  for (let n = Math.min(3, words.length - i); n >= 1; n--) {
    const phrase = words
      .slice(i, i + n)
      .map((w) => w.text)
      .join(' ');
    if (k.countries.has(phrase) || k.demonyms.has(phrase)) return n;
  }
  return 0;
}

/**
 * Length (in words) of the role prefix of a PERSON span:
 *   prefix := ( qualifier* title ( (for|of) Capitalised+ )? )+  where a complement is only taken when
 *   another title follows it ("Undersecretary for Education Mr. Toccafondi").
 * Returns -1 when the span goes on with a lower-case word after a title (ambiguous: left alone).
 */
function rolePrefixLength(words: Word[], k: ConventionKnowledge): number {
  let i = 0;
  let taken = 0;
  while (i < words.length) {
    let j = i;
    for (;;) {
      const nat = nationalAt(words, j, k);
      if (nat > 0) j += nat;
      else if (ROLE_QUALIFIERS.has(words[j]?.text.toLowerCase() ?? '')) j += 1;
      else break;
    }
    const t = titleAt(words, j, k);
    if (t === 0) break;
    i = j + t;
    taken = i;
    const next = words[i]?.text;
    if (next === 'for' || next === 'of') {
      let c = i + 1;
      if (words[c]?.text.toLowerCase() === 'the') c++;
      while (c < words.length && isCapitalised(words[c].text) && titleAt(words, c, k) === 0) c++;
      if (c < words.length && titleAt(words, c, k) > 0) {
        i = c;
        continue;
      }
      return -1;
    }
  }
  return taken;
}

/** T5: strip leading role words from PERSON spans; drop spans that are only a role. */
export function stripTitles(doc: ConventionDoc, k: ConventionKnowledge, changes: ConventionChange[]): void {
  const out: ConventionEntity[] = [];
  for (const e of doc.entities) {
    if (e.type !== 'PERSON') {
      out.push(e);
      continue;
    }
    const words = wordsOf(spanText(doc, e), e.start);
    const prefix = rolePrefixLength(words, k);
    let replacement: ConventionEntity[] | null = null;
    if (prefix > 0 && prefix === words.length) replacement = [];
    else if (prefix > 0 && NOT_NAMES.has(words[prefix].text.toLowerCase())) replacement = null;
    else if (prefix > 0) replacement = [mark({ ...e, start: words[prefix].start }, 'T5')];
    else if (prefix === 0 && endsWithBareRole(words, k)) replacement = [];
    if (replacement === null) {
      out.push(e);
      continue;
    }
    changes.push({
      transform: 'T5',
      docId: doc.id ?? '',
      before: describe(doc, [e]),
      after: describe(doc, replacement),
    });
    out.push(...replacement);
  }
  doc.entities = out;
}

/** "NASA Administrator", "Ottawa New Democrat MP": ends with a title and holds no given name. */
function endsWithBareRole(words: Word[], k: ConventionKnowledge): boolean {
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    if (titleAt(words, words.length - n, k) !== n) continue;
    const before = words.slice(0, words.length - n);
    return before.every((w) => isCapitalised(w.text) && !k.firstNames.has(w.text.toLowerCase()));
  }
  return false;
}

function isPlaceName(text: string, k: ConventionKnowledge): boolean {
  return k.countries.has(text) || k.cities.has(text);
}

/** T2: "<Name> of (the) <Run>" and "<Name> and <Name>" PERSON spans are split. */
export function splitPersonOfOrg(
  doc: ConventionDoc,
  k: ConventionKnowledge,
  changes: ConventionChange[],
): void {
  const out: ConventionEntity[] = [];
  const existing = new Set(doc.entities.map((e) => `${e.start}:${e.end}`));
  for (const e of doc.entities) {
    const parts = e.type === 'PERSON' ? splitPerson(doc, e, k) : null;
    if (parts === null) {
      out.push(e);
      continue;
    }
    const added = parts.filter((p) => !existing.has(`${p.start}:${p.end}`));
    changes.push({
      transform: 'T2',
      docId: doc.id ?? '',
      before: describe(doc, [e]),
      after: describe(doc, parts),
    });
    out.push(...added);
  }
  doc.entities = out;
}

function splitPerson(
  doc: ConventionDoc,
  e: ConventionEntity,
  k: ConventionKnowledge,
): ConventionEntity[] | null {
  const words = wordsOf(spanText(doc, e), e.start);
  const of = words.findIndex((w) => w.text === 'of');
  // A name of two words or more before "of": "Man of the Match" is not a person of an organisation.
  if (of >= 2 && of < words.length - 1) {
    let r = of + 1;
    if (words[r].text.toLowerCase() === 'the' && r < words.length - 1) r++;
    const run = words.slice(r);
    if (!run.every((w) => isCapitalised(w.text) || RUN_CONNECTORS.has(w.text))) return null;
    const runSpan = { start: run[0].start, end: e.end };
    const type = isPlaceName(spanText(doc, runSpan), k) ? 'GPE' : 'ORG';
    return [
      mark({ ...e, end: words[of - 1].end }, 'T2'),
      mark({ start: runSpan.start, end: runSpan.end, type, gum_etype: e.gum_etype }, 'T2'),
    ];
  }
  const and = words.findIndex((w) => w.text === 'and');
  if (and >= 1 && and < words.length - 1) {
    const left = words.slice(0, and);
    const right = words.slice(and + 1);
    if (!isCapitalised(left[0].text) || !isCapitalised(right[0].text)) return null;
    // An all-capitals conjunct is an organisation's acronym, never a person's name ("Kwok Wai-keung and DAB").
    const typeOf = (ws: Word[]): string => (ws.length === 1 && isAcronym(ws[0].text) ? 'ORG' : 'PERSON');
    return [
      mark({ ...e, end: left[left.length - 1].end, type: typeOf(left) }, 'T2'),
      mark({ start: right[0].start, end: e.end, type: typeOf(right), gum_etype: e.gum_etype }, 'T2'),
    ];
  }
  return null;
}

/** T1: an ORG span whose whole text (without "the") is a country name names the country (GPE). */
export function countryMetonymy(
  doc: ConventionDoc,
  k: ConventionKnowledge,
  changes: ConventionChange[],
): void {
  doc.entities = doc.entities.map((e) => {
    if (e.type !== 'ORG') return e;
    const text = spanText(doc, e).replace(/^the\s+/i, '');
    if (!k.countries.has(text)) return e;
    const after = mark({ ...e, type: 'GPE' }, 'T1');
    changes.push({
      transform: 'T1',
      docId: doc.id ?? '',
      before: describe(doc, [e]),
      after: describe(doc, [after]),
    });
    return after;
  });
}

/** A word that may sit inside a name run: capitalised (initials "F." allowed, no sentence end) or a connector. */
function runWord(w: string): 'name' | 'connector' | null {
  if (RUN_CONNECTORS.has(w) || w === 'The') return 'connector';
  if (!isCapitalised(w)) return null;
  if (/[,;:!?"”)(]$/.test(w)) return null;
  if (w.endsWith('.') && !/^[A-Z][a-z]?\.$/.test(w) && !isAcronym(w)) return null;
  return 'name';
}

const POSSESSIVE = /['’]s$/;

/**
 * Start offset of the capitalised run that ends right before `e` (same line), or null if there is none.
 * Rules: connectors never begin the run; a possessive ("Britain's") cannot begin it but may sit inside
 * ("New People's Party"); the run does not reach across "of/and" into a gold PERSON span
 * ("Eunice Yung of New People's Party"), nor over a gold span that itself ends with a generic head
 * ("National Air and Space Museum Steven F. Udvar-Hazy Center": the run is "Steven F. Udvar-Hazy"),
 * nor over a generic head word followed by a name word.
 */
function runBefore(
  doc: ConventionDoc,
  e: ConventionEntity,
  personEnds: Set<number>,
  headEnds: Set<number>,
): number | null {
  const lineStart = doc.text.lastIndexOf('\n', e.start - 1) + 1;
  const words = wordsOf(doc.text.slice(lineStart, e.start), lineStart);
  if (words.length === 0 || words[words.length - 1].end !== e.start - 1) return null;
  let i = words.length - 1;
  let first = -1;
  while (i >= 0) {
    const kind = runWord(words[i].text);
    if (kind === null) break;
    if (kind === 'connector' && words[i].text !== 'The' && i > 0 && personEnds.has(words[i - 1].end)) break;
    // A complete facility/organisation name before this one is a name of its own, not part of the run:
    // a gold span ending in a generic head, or a generic head followed by a name word that is not a head
    // ("... Space Museum Steven F. Udvar-Hazy Center"; but "Texas A&M University Hospital" stays one run).
    if (kind === 'name' && headEnds.has(words[i].end)) break;
    const next = words[i + 1]?.text ?? '';
    if (
      kind === 'name' &&
      GENERIC_HEADS.has(words[i].text) &&
      runWord(next) === 'name' &&
      !GENERIC_HEADS.has(next)
    )
      break;
    if (kind === 'name') first = i;
    i--;
  }
  // Trim the left edge: connectors, then a leading possessive, until a plain name begins the run.
  while (first >= 0 && first < words.length) {
    if (!POSSESSIVE.test(words[first].text)) break;
    let next = first + 1;
    while (next < words.length && runWord(words[next].text) === 'connector') next++;
    first = next < words.length ? next : -1;
  }
  return first >= 0 ? words[first].start : null;
}

function endsWithGenericHead(text: string): boolean {
  const last = text.slice(text.lastIndexOf(' ') + 1);
  return text.includes(' ') && GENERIC_HEADS.has(last);
}

/** T3: a non-person span that is only a generic head grows to the capitalised run it ends. */
export function extendHeadOnly(doc: ConventionDoc, changes: ConventionChange[]): void {
  const personEnds = new Set(doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.end));
  const headEnds = new Set(
    doc.entities
      .filter((e) => e.type !== 'PERSON' && endsWithGenericHead(spanText(doc, e)))
      .map((e) => e.end),
  );
  const spans = new Set(doc.entities.map((e) => `${e.start}:${e.end}`));
  let entities = doc.entities;
  for (const e of doc.entities) {
    if (e.type === 'PERSON' || !entities.includes(e)) continue;
    const words = wordsOf(spanText(doc, e), e.start);
    if (words.length === 0 || !words.every((w) => GENERIC_HEADS.has(w.text))) continue;
    const start = runBefore(doc, e, personEnds, headEnds);
    if (start === null || spans.has(`${start}:${e.end}`)) continue;
    const grown = mark({ ...e, start }, 'T3');
    const inside = entities.filter((o) => o !== e && o.start >= start && o.end <= e.end);
    changes.push({
      transform: 'T3',
      docId: doc.id ?? '',
      before: describe(doc, [e, ...inside]),
      after: describe(doc, [grown]),
    });
    entities = entities.filter((o) => o !== e && !inside.includes(o));
    entities.push(grown);
  }
  doc.entities = entities.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * T4: drop spans nested inside a longer PERSON/ORG/GPE/LOC span. A coordination first ("Irving Independent
 * School District and the Irving Police Department", whose two conjuncts are both gold spans) is split the
 * CoNLL way: the coordinated span goes and its conjuncts stay.
 */
export function flatten(doc: ConventionDoc, changes: ConventionChange[]): void {
  const spans = new Set(doc.entities.map((e) => `${e.start}:${e.end}`));
  doc.entities = doc.entities.filter((o) => {
    const m = / and (the )?/.exec(spanText(doc, o));
    if (!m) return true;
    const leftEnd = o.start + m.index;
    const rightStart = leftEnd + m[0].length;
    if (!spans.has(`${o.start}:${leftEnd}`) || !spans.has(`${rightStart}:${o.end}`)) return true;
    changes.push({
      transform: 'T4',
      docId: doc.id ?? '',
      before: describe(doc, [o]),
      after: '(dropped coordination, conjuncts kept)',
    });
    return false;
  });
  const outers = doc.entities.filter((o) => PLACE_OR_NAME_TYPES.has(o.type));
  doc.entities = doc.entities.filter((e) => {
    const outer = outers.find(
      (o) => o !== e && o.start <= e.start && e.end <= o.end && o.end - o.start > e.end - e.start,
    );
    if (!outer) return true;
    changes.push({
      transform: 'T4',
      docId: doc.id ?? '',
      before: describe(doc, [e]),
      after: `(dropped, inside ${describe(doc, [outer])})`,
    });
    return false;
  });
}

/** Applies every transform in TRANSFORM_ORDER (or the ones given) to a copy of the document. */
export function mapToConll(
  input: ConventionDoc,
  k: ConventionKnowledge,
  only: TransformId[] = TRANSFORM_ORDER,
): ConventionResult {
  const doc: ConventionDoc = { ...input, entities: input.entities.map((e) => ({ ...e })) };
  const changes: ConventionChange[] = [];
  for (const t of TRANSFORM_ORDER) {
    if (!only.includes(t)) continue;
    if (t === 'T5') stripTitles(doc, k, changes);
    else if (t === 'T2') splitPersonOfOrg(doc, k, changes);
    else if (t === 'T1') countryMetonymy(doc, k, changes);
    else if (t === 'T3') extendHeadOnly(doc, changes);
    else flatten(doc, changes);
  }
  doc.entities.sort((a, b) => a.start - b.start || b.end - a.end);
  return { doc, changes };
}
