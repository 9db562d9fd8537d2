/**
 * In-document coreference for names: mentions are joined (union-find) when they share an actor,
 * when a short name is the surname or given name of a longer person name (`Merkel` -> `Angela Merkel`),
 * when an acronym spells the initials of an organisation (`WHO` -> `World Health Organization`), when generic
 * nominals name the same sector of the same country (`rebel fighters` = `the Libyan opposition`),
 * and when a title alone (`the Dutch Foreign Minister`) names a person who holds it in the document.
 */
import { type ActorKnowledge, nameKey, roleOnDate, validOn } from '../../knowledge/actors/index.js';
import type { Token } from '../../model/layers.js';
import type { Candidate } from './candidates.js';
import { GUESS_RULES } from './common-words.js';
import { LAW_HEAD } from './name-patterns.js';

/** A preposition of place right before a name (`in`, `to`, `near`). */
const PLACE_BEFORE = /\b(?:in|at|to|from|near|of|into|outside|across|around)\s+$/i;

/** A verb of saying right after a name (`Taylor said`). */
const SPEAKS_AFTER = /^\s+(?:said|says|told|added|tweeted|wrote|posted)\b/;

/** `Jr.`, `Sr.`, `II`: words after a surname that are not it (`Ken Griffey Jr.` ... `Griffey`). */
const GENERATION = /^(?:Jr\.?|Sr\.?|II|III|IV|[234]d)$/;
/** A surname and a given name of two syllables joined by a hyphen, as Chinese and Korean names are written. */
const SURNAME_FIRST = /^[A-Z][a-z]+-[a-z]+$/;

/**
 * The surname of a person's name as written: its last word (`'s` off), the word before `Jr.`, or the
 * first word of a name written surname first (`Tung Chee-hwa` ... `Tung`).
 */
function surnameOf(words: string[]): string {
  if (words.length === 2 && SURNAME_FIRST.test(words[1])) return words[0];
  const last =
    words.length > 2 && GENERATION.test(words[words.length - 1]) ? words.length - 2 : words.length - 1;
  return words[last].replace(/'s$/, '');
}

/** Rules that type a name as a vehicle (`Space Shuttle Atlantis`, `the USS Cole`). */
const VEHICLE_RULES: ReadonlySet<string> = new Set(['type.vehicle-name', 'type.vehicle-noun-before']);

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The earlier mention stays the root, so an entity is named after where it first appears.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * An unknown name that a recurring surname may make a person: two or three capitalised words, no
 * connector, starting with a known given name or made only of words no dictionary knows
 * (`Romelu Lukaku`, not `Fan Expo Canada`).
 */
function looksLikePersonName(words: string[], kb: ActorKnowledge): boolean {
  if (words.length < 2 || words.length > 3) return false;
  if (words.some((w) => /^(of|the|and|for)$/i.test(w) || !/^[A-Z]/.test(w))) return false;
  if (kb.firstNames.has(words[0].toLowerCase())) return true;
  // An unknown given name (`Romelu Lukaku`): no word of the name may be a common noun or a place.
  return !words.some((w) => {
    const k = w.toLowerCase();
    return (
      kb.nameHeads.has(k) ||
      kb.agents.byKey.has(k) ||
      kb.titles.byKey.has(k) ||
      kb.demonyms.has(k) ||
      kb.names.byKey.has(k)
    );
  });
}

/** Sectors that name the same side of a conflict: rebels, insurgents and the opposition. */
const SECTOR_FAMILY: Record<string, string> = { REB: 'opposition', OPP: 'opposition', INS: 'opposition' };

/** An actor that is a company: so kinded, or coded a business or multinational (Phoenix's companies). */
function isCompany(actor: ReturnType<ActorKnowledge['actor']>): boolean {
  return actor?.kind === 'company' || (actor?.roles.some((r) => /^MNC|BUS/.test(r.code)) ?? false);
}

export function sectorFamily(code: string): string {
  return SECTOR_FAMILY[code.slice(0, 3)] ?? code;
}

export interface Resolved {
  /** The chosen actor of each candidate (null for none). */
  actorOf: (string | null)[];
  /** Cluster root of each candidate. */
  cluster: number[];
}

/** Lower-case words after a name that make no noun it qualifies (`referred Roman to`, `Roman said`). */
const NOT_NOUN_AFTER =
  /^(?:to|and|or|of|in|at|for|with|on|by|from|as|said|says|told|was|is|has|had|have|will|would|who|whose|also|then)$/;

/** The name ending at `end` is followed by a lower-case word that may be a noun it qualifies. */
function adjectiveBeforeNoun(text: string, end: number): boolean {
  const next = /^\s+([a-z][a-z-]*)/.exec(text.slice(end, end + 30));
  return !!next && !NOT_NOUN_AFTER.test(next[1]);
}

/** Chooses each name's actor for the date: the first candidate with a role on that day. */
export function chooseActors(cands: Candidate[], kb: ActorKnowledge, date: string | null): (string | null)[] {
  // The countries the article's unambiguous places belong to: `Georgia` beside `Atlanta` and `Texas` is
  // the US state, beside `Tbilisi` the country; `RSF` beside `El Fasher` and `Darfur` the Sudanese
  // force, not Reporters Without Borders (rule `link.article-country`).
  const votes = new Map<string, number>();
  for (const c of cands) {
    // Places vote, when every id the name has agrees on the country (persons and bodies of one
    // country are named in stories about another).
    if ((c.type !== 'GPE' && c.type !== 'LOC') || !c.actorIds.length) continue;
    const countries = new Set(c.actorIds.map((id) => kb.actor(id)?.country ?? ''));
    if (countries.size !== 1 || countries.has('')) continue;
    const [country] = countries;
    votes.set(country, (votes.get(country) ?? 0) + 1);
  }
  const byVotes = (ids: string[]): string[] => {
    if (ids.length < 2 || !votes.size) return ids;
    const score = (id: string) => votes.get(kb.actor(id)?.country ?? '') ?? 0;
    const best = ids.reduce((a, b) => (score(b) > score(a) ? b : a));
    // One place is enough against a body of no country (`RSF` in `The RSF shelled El Fasher`).
    const needed = kb.actor(ids[0])?.country ? 2 : 1;
    return score(best) >= needed && score(best) > score(ids[0])
      ? [best, ...ids.filter((id) => id !== best)]
      : ids;
  };
  return cands.map((c) => {
    // `Mrs. Mugabe`, `Ms. Scholz`: an honorific of the other gender names someone else of that name
    // (an honorific, not a title of office: `Sheikh Hasina` is hers).
    const title = c.titleKey ? kb.titles.byKey.get(c.titleKey)?.[0] : undefined;
    const titleGender = title && !title.person ? title.gender : null;
    const ids = titleGender
      ? c.actorIds.filter((id) => {
          const gender = kb.actor(id)?.gender;
          return !gender || gender === titleGender;
        })
      : byVotes(c.actorIds);
    if (!ids.length) return null;
    for (const id of ids) if (validOn(kb, id, date)) return id;
    return ids[0];
  });
}

function initials(text: string): string {
  return (
    text
      .split(/[\s-]+/)
      .filter((w) => w && !/^(of|the|and|for|in|on|de|al)$/i.test(w))
      // an acronym inside gives all its letters (`U.S. Steel` is USS, not the `US` of `U.S.`)
      .map((w) => (/^(?:[A-Z]\.){2,}$/.test(w) ? w.replace(/\./g, '') : w[0]))
      .join('')
      .toUpperCase()
  );
}

/**
 * `Electronic Frontier Foundation, or EFF`, `American Academy of Pediatrics (AAP)`: an acronym that the
 * dictionaries give to another body means, in this article, the name it abbreviates (rule
 * `coref.acronym-defined-here`; the join itself is made with the other acronyms below).
 */
function acronymsDefinedHere(cands: Candidate[], actorOf: (string | null)[], text: string): void {
  const spelt = new Map<string, number>();
  cands.forEach((c, i) => {
    if (c.kind !== 'name' || c.type === 'PERSON' || !/\s/.test(text.slice(c.start, c.end))) return;
    const letters = initials(text.slice(c.start, c.end));
    if (letters.length >= 2 && !spelt.has(letters)) spelt.set(letters, i);
  });
  cands.forEach((c, i) => {
    if (c.kind !== 'acronym' || !actorOf[i]) return;
    const full = spelt.get(text.slice(c.start, c.end).replace(/\./g, ''));
    if (full === undefined || actorOf[full] === actorOf[i]) return;
    actorOf[i] = null;
    c.rules.push('coref.acronym-defined-here');
  });
}

/**
 * `the European Space Agency (Esa)`, `the Indian Space Research Organisation (Isro)`: a short form
 * written in lower case after its capital, in brackets right after the name whose initials it spells,
 * is that name in this article, wherever it stands (rule `coref.short-form-defined-here`), though a
 * given name is written with the same letters (`Esa`). An organisation's name of two words or more
 * defines a short form no dictionary knows whatever its letters, as the short form often spells the
 * name in its own language (`the Ministry of Health (Minsa)`, `the National Water Commission
 * (Conagua)`): 67 of 67 such marks in the written sets are organisations.
 */
function shortFormsDefinedHere(
  cands: Candidate[],
  actorOf: (string | null)[],
  text: string,
): [number, number][] {
  const defined = new Map<string, number>();
  for (const c of cands) {
    const word = text.slice(c.start, c.end);
    if (c.kind !== 'name' || c.first !== c.last || !/^\p{Lu}\p{Ll}{1,11}$/u.test(word)) continue;
    if (text[c.start - 1] !== '(' || text[c.end] !== ')') continue;
    const spells = (o: Candidate) =>
      word.length <= 6 && initials(text.slice(o.start, o.end)) === word.toUpperCase();
    const namesOrganisation = (o: Candidate) => o.type === 'ORG' && o.last > o.first && !c.actorIds.length;
    const full = cands.findIndex(
      (o) =>
        o.end === c.start - 2 &&
        o.kind === 'name' &&
        o.type !== 'PERSON' &&
        (spells(o) || namesOrganisation(o)),
    );
    if (full >= 0) defined.set(word, full);
  }
  const joins: [number, number][] = [];
  if (!defined.size) return joins;
  cands.forEach((c, i) => {
    const full = defined.get(text.slice(c.start, c.end));
    if (full === undefined || c.kind !== 'name' || c.first !== c.last) return;
    c.type = cands[full].type;
    actorOf[i] = actorOf[full];
    c.rules.push('coref.short-form-defined-here');
    joins.push([full, i]);
  });
  return joins;
}

/** Patterns and votes that read a name as a place, whatever person shares its word. */
const PLACE_PATTERNS: ReadonlySet<string> = new Set([
  'name.the-moon',
  'name.the-sun',
  'name.road-code',
  'name.saint-possessive',
  'type.town-by-vote',
  'type.council-place',
  'type.list-of-places',
]);
/** Rules whose cue says a name is a company's (the market's words, a kind of company before it). */
const COMPANY_CUES: ReadonlySet<string> = new Set([
  'type.company-context',
  'type.org-noun-before',
  'type.employer',
]);

/** A mention typed by evidence in the text (a title, a kind noun, a given name), not by a guess. */
const byCue = (c: Candidate) =>
  c.rules.some((r) => (r.startsWith('type.') && !GUESS_RULES.has(r)) || r.includes('title'));

/**
 * Cues that outweigh two others: the boardroom's words (`Drexel's chief executive`) make a company
 * whatever a verb of saying suggested elsewhere (`Drexel told its employees`).
 */
const STRONG_CUES: ReadonlySet<string> = new Set(['type.company-context']);
const cueWeight = (c: Candidate) => (c.rules.some((r) => STRONG_CUES.has(r)) ? 3 : 1);

/**
 * One name, one type in a document (`coref.one-type-per-name`): the same unknown name typed GPE
 * where a cue says so (`the town of Menaka`) and ORG where only a guess did (`near Menaka`, the
 * tagger or a repeated word) is one place. Mentions typed by a cue decide, most mentions first; with
 * no cue, a strict majority of the guesses does; a tie changes nothing.
 */
function oneTypePerName(cands: Candidate[], actorOf: (string | null)[], text: string): void {
  const groups = new Map<string, Candidate[]>();
  cands.forEach((c, i) => {
    if (actorOf[i] || (c.kind !== 'name' && c.kind !== 'acronym') || c.type === 'NORP') return;
    const key = nameKey(text.slice(c.start, c.end));
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  });
  for (const group of groups.values()) {
    if (group.length < 2 || group.every((c) => c.type === group[0].type)) continue;
    const cued = group.filter(byCue);
    // A title anywhere (`Mr. Hendry`) keeps the company cue from outweighing it.
    const titled = group.some((c) => c.rules.some((r) => r.includes('title')));
    const best = majority(cued.length ? cued : group, cued.length && !titled ? cueWeight : () => 1);
    if (best === null) continue;
    for (const c of group) {
      if (c.type === best) continue;
      c.type = best;
      c.rules.push('coref.one-type-per-name');
    }
  }
}

/** The type most of `cands` have (each counting `weight`), or null on a tie. */
function majority(cands: Candidate[], weight: (c: Candidate) => number): Candidate['type'] | null {
  const counts = new Map<Candidate['type'], number>();
  for (const c of cands) counts.set(c.type, (counts.get(c.type) ?? 0) + weight(c));
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length === 1 || ranked[0][1] > ranked[1][1] ? ranked[0][0] : null;
}

export function corefer(
  cands: Candidate[],
  actorOf: (string | null)[],
  text: string,
  kb: ActorKnowledge,
  date: string | null,
  /** Companies' legal forms, lower case without the dot (lexicon `corporate-suffix`: `corp`, `inc`). */
  legalForms: ReadonlySet<string> = new Set(),
): number[] {
  const uf = new UnionFind(cands.length);
  const byActor = new Map<string, number>();
  const byUnknownName = new Map<string, number>();
  acronymsDefinedHere(cands, actorOf, text);
  oneTypePerName(cands, actorOf, text);
  for (const [full, i] of shortFormsDefinedHere(cands, actorOf, text)) uf.union(full, i);
  // `Ms. Corby ... Mr. Corby`: a name the article gives honorifics of both genders names two people.
  const honorificGenders = new Map<string, Set<string>>();
  for (const c of cands)
    if (c.role && (c.gender === 'm' || c.gender === 'f')) {
      const key = nameKey(text.slice(c.start, c.end));
      honorificGenders.set(key, (honorificGenders.get(key) ?? new Set()).add(c.gender));
    }
  cands.forEach((c, i) => {
    const actor = actorOf[i];
    if (actor) {
      const prev = byActor.get(actor);
      if (prev === undefined) byActor.set(actor, i);
      else uf.union(prev, i);
    } else if (c.kind === 'name' || c.kind === 'acronym') {
      const name = nameKey(text.slice(c.start, c.end));
      const both = (honorificGenders.get(name)?.size ?? 0) > 1 && c.role ? (c.gender ?? '') : '';
      const key = `${c.type}:${name}:${both}`;
      const prev = byUnknownName.get(key);
      if (prev === undefined) byUnknownName.set(key, i);
      else uf.union(prev, i);
    }
  });

  // `Prince Harry ... Harry spoke`: a person the dictionaries know with a title, named by one word, is
  // that word alone again later.
  const titled = new Map<string, number>();
  cands.forEach((c, i) => {
    if (actorOf[i] && c.role && c.type === 'PERSON' && c.first === c.last)
      titled.set(text.slice(c.start, c.end), i);
  });
  if (titled.size)
    cands.forEach((c, i) => {
      if (actorOf[i] || c.role || c.kind !== 'name' || c.first !== c.last || c.type !== 'PERSON') return;
      const full = titled.get(text.slice(c.start, c.end));
      if (full !== undefined) {
        uf.union(full, i);
        c.rules.push('coref.titled-given-name');
      }
    });

  // Surnames and given names: a one-word name joins the nearest longer person name that ends or
  // starts with it (the preceding one first). A dictionary place or organisation that is a person's
  // surname in this document (`Paris` for `Valeska Paris`) becomes that person.
  // Names of unknown type (`Dries Mertens`) are persons when their last word recurs alone, unless
  // they open with a known person's name (`Warhol Polaroids` names things of Warhol's).
  const personWords = new Set<string>();
  for (const c of cands) {
    if (c.type === 'PERSON' && c.kind === 'name')
      personWords.add(text.slice(c.start, c.end).split(/\s+/).pop() ?? '');
  }
  const persons = cands
    .map((c, i) => ({ c, i, words: text.slice(c.start, c.end).split(/\s+/) }))
    .filter(
      (p) =>
        (p.c.type === 'PERSON' ||
          (p.c.type === 'OTHER' &&
            !actorOf[p.i] &&
            !personWords.has(p.words[0]) &&
            looksLikePersonName(p.words, kb))) &&
        p.c.kind === 'name' &&
        p.words.length >= 2 &&
        // `Funeral Mass`: capitalised by convention, no one's name (lexicon `not-actor`)
        !p.c.rules.includes('type.not-actor'),
    );
  /** The gender of the first honorific surname joined to a full name (`Ms. Corby` to `Schapelle Corby`). */
  const joinedGender = new Map<number, 'm' | 'f'>();
  // `Taylor said`: a name that speaks is a person's, whatever town shares it.
  const speaks = (i: number) => SPEAKS_AFTER.test(text.slice(cands[i].end, cands[i].end + 12));
  // After a place's preposition, or before a comma (`to Mason`, `Mason, Ohio`), a town is meant.
  const afterPlacePreposition = (c: Candidate) =>
    PLACE_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start));
  const inPlaceContext = (c: Candidate) =>
    afterPlacePreposition(c) || /^\s*,/.test(text.slice(c.end, c.end + 3));
  // Towns of the dictionaries the article names as places somewhere (`mayor of Chicago`): a person's
  // name only guessed from a given name and that town's word (`the Hilton Chicago`, a hotel) does not
  // turn the town into a surname.
  const placesNamed = new Set<string>();
  cands.forEach((c, i) => {
    // (after a place's preposition; a comma after it may open an age: `Kudus, 22,`)
    if (actorOf[i] && c.type === 'GPE' && afterPlacePreposition(c))
      placesNamed.add(text.slice(c.start, c.end));
  });
  const guessedFromGivenName = (p: Candidate) =>
    p.rules.every((r) => GUESS_RULES.has(r) || r === 'name.given-name+known-word' || r === 'type.first-name');
  // Dictionary persons the article names with more than the surname.
  const namedInFull = new Set<string>();
  cands.forEach((c, i) => {
    if (actorOf[i] && c.type === 'PERSON' && c.last > c.first) namedInFull.add(actorOf[i]!);
  });
  // Words a cue typed as no person somewhere in the article (`Stadia, Google's platform,`).
  const cuedNotPerson = new Set<string>();
  const cuedPlace = new Set<string>();
  for (const c of cands) {
    if (c.type === 'PERSON' || !byCue(c)) continue;
    cuedNotPerson.add(text.slice(c.start, c.end));
    if (c.type === 'GPE' || c.type === 'LOC') cuedPlace.add(text.slice(c.start, c.end));
  }
  // `Hess Corp (HES.N) ... Hess CEO John Hess ... Hess shares`: a company named once with its legal form
  // is the bare word elsewhere, before any person bearing it as a surname (rule `coref.company-short-form`).
  // So is a company of the dictionaries named in two words by either word (`Eli Lilly ... Lilly`, `Novo
  // Nordisk ... Novo`), never by a word that heads bodies' names (`Airlines`, `Bank`).
  const companies = new Map<string, number>();
  const surnames = new Set<string>();
  for (const p of persons) if (p.c.type === 'PERSON' && p.words.length > 1) surnames.add(surnameOf(p.words));
  cands.forEach((c, i) => {
    const words = text.slice(c.start, c.end).split(/\s+/);
    if (c.type !== 'ORG' || c.kind !== 'name' || words.length !== 2) return;
    if (legalForms.has(words[1].toLowerCase().replace(/\.$/, ''))) companies.set(words[0], i);
    else if (isCompany(kb.actor(actorOf[i] ?? '')))
      for (const w of words)
        if (
          /^\p{Lu}\p{Ll}{3,}$/u.test(w) &&
          !kb.nameHeads.has(w.toLowerCase()) &&
          !companies.has(w) &&
          // `Adani Enterprises` beside `Gautam Adani`: the bare word is the man's
          !surnames.has(w)
        )
          companies.set(w, i);
  });
  cands.forEach((c, i) => {
    // A headline in capitals writes a surname as an acronym is written (`VILLENEUVE TAKES POLE`).
    const capsWord = c.kind === 'acronym' && /^[A-Z]{4,}$/.test(text.slice(c.start, c.end));
    if (c.kind !== 'name' && !capsWord) return;
    // A people's name is a surname only where a person named in full bears it (`Alex Roman ... Roman`), and
    // not as an adjective before a noun (`the Roman villa`).
    if (
      c.type === 'NORP' &&
      !(
        kb.actor(actorOf[i] ?? '')?.kind === 'group' &&
        surnames.has(text.slice(c.start, c.end)) &&
        !adjectiveBeforeNoun(text, c.end)
      )
    )
      return;
    // Countries and regions keep their name (`Canada` is not the end of `Environment Canada`).
    const kind = actorOf[i] ? kb.actor(actorOf[i]!)?.kind : null;
    if (kind === 'country' || kind === 'region') return;
    // A name a company's cue typed stays the company (`ten listed Adani companies` beside `Gautam Adani`);
    // so does a place a pattern read (`the Moon` beside `Moon Jae-in`, `St. Mary's`).
    if (c.rules.some((r) => COMPANY_CUES.has(r) || PLACE_PATTERNS.has(r) || r === 'type.not-actor')) return;
    const written = text.slice(c.start, c.end);
    const surface = capsWord ? written[0] + written.slice(1).toLowerCase() : written;
    if (/\s/.test(surface)) return;
    const knownPerson = !!actorOf[i] && c.type === 'PERSON';
    // The dictionaries' towns are no company's short form (`MOSCOW` in a dateline beside the `Moscow
    // Exchange`).
    const town = c.type === 'GPE' && !!actorOf[i] && kb.actor(actorOf[i]!)?.type === 'GPE';
    const company = town ? undefined : companies.get(surface);
    if (company !== undefined && !knownPerson && !c.role) {
      c.type = 'ORG';
      actorOf[i] = actorOf[company];
      c.rules.push('coref.company-short-form');
      uf.union(company, i);
      return;
    }
    let best: { i: number; distance: number } | null = null;
    for (const p of persons) {
      if (p.i === i) continue;
      const fullLast = surnameOf(p.words);
      // `Macapagal-Arroyo` ... `Arroyo`: a double-barrelled surname's second part stands for it too.
      const lastWord =
        p.c.type === 'PERSON' && fullLast.endsWith(`-${surface}`) && p.words.length > 1 ? surface : fullLast;
      // A given name (`Taylor` for `Taylor Swift`) joins a town of the dictionaries only where it speaks
      // or stands outside a place's context: `Mason, Ohio` and `to Mason` stay the town beside
      // `Mason Rudolph`; nor does it join a name a cue typed otherwise (`the moon Europa` beside a
      // mistyped `Europa Clipper`).
      if (
        lastWord !== surface &&
        (p.words[0] !== surface ||
          p.c.type !== 'PERSON' ||
          (actorOf[i] && !speaks(i) && inPlaceContext(c)) ||
          cuedNotPerson.has(surface))
      )
        continue;
      // `in Paducah, Kentucky` ... `Baptist Health Paducah`: a word a cue typed as a place is no
      // surname of a name only guessed to be a person's.
      if (lastWord === surface && cuedPlace.has(surface) && p.c.rules.every((r) => GUESS_RULES.has(r)))
        continue;
      if (lastWord === surface && actorOf[i] && placesNamed.has(surface) && guessedFromGivenName(p.c))
        continue;
      // A surname the dictionaries give a person (`Trump`) is that person when the article names him in
      // full; else it is a relative named in full of the same gender (`Hunter Biden ... Biden, 53,`), not
      // one of the other (`Ivanka Trump ... Trump, her father`).
      if (knownPerson && actorOf[p.i] !== actorOf[i]) {
        if (namedInFull.has(actorOf[i]!)) continue;
        const famous = kb.actor(actorOf[i]!)?.gender;
        const relative = p.c.gender ?? kb.firstNames.get(p.words[0].toLowerCase());
        if (!famous || (relative !== 'm' && relative !== 'f') || relative !== famous) continue;
      }
      // `Schapelle Corby ... Ms. Corby ... Mr. Corby`: an honorific of the other gender names another of
      // the family (the full name's gender, from its title, its given name or the first honorific that
      // joined it).
      const fullGender = p.c.gender ?? kb.firstNames.get(p.words[0].toLowerCase()) ?? joinedGender.get(p.i);
      if (
        (c.gender === 'm' || c.gender === 'f') &&
        (fullGender === 'm' || fullGender === 'f') &&
        c.gender !== fullGender
      )
        continue;
      const distance = p.c.start < c.start ? c.start - p.c.start : (p.c.start - c.start) * 4;
      if (!best || distance < best.distance) best = { i: p.i, distance };
    }
    if (!best) return;
    // `Donald Trump Jr. and Eric Trump ... Trump`: with several relatives named, the surname stays the
    // famous person's.
    if (
      knownPerson &&
      actorOf[best.i] !== actorOf[i] &&
      persons.filter((p) => actorOf[p.i] !== actorOf[i] && p.words.includes(surface)).length > 1
    )
      return;
    const full = cands[best.i];
    if (full.type === 'OTHER') {
      // Only a surname (the last word) makes an unknown name a person, and only a name no cue typed
      // (`Space Shuttle Discovery` stays a vehicle beside `Discovery`).
      if (!text.slice(full.start, full.end).endsWith(surface)) return;
      if (!full.rules.every((r) => GUESS_RULES.has(r))) {
        // The short form of a vehicle or work named in full (`Discovery`) is that thing too.
        if (!actorOf[i] && c.rules.every((r) => GUESS_RULES.has(r))) {
          c.type = full.type;
          c.rules.push('coref.short-form');
          uf.union(best.i, i);
        }
        return;
      }
      full.type = 'PERSON';
      full.rules.push('coref.surname-makes-person');
    }
    if (actorOf[i] && actorOf[best.i] !== actorOf[i]) {
      // A place or body named like the person (`Paris` for `Valeska Paris`), or the famous bearer of a
      // relative's surname, is that person here.
      actorOf[i] = null;
      c.rules.push(knownPerson ? 'coref.surname-of-relative' : 'coref.surname-not-place');
    }
    c.type = 'PERSON';
    c.rules.push('coref.surname');
    if ((c.gender === 'm' || c.gender === 'f') && !joinedGender.has(best.i))
      joinedGender.set(best.i, c.gender);
    uf.union(best.i, i);
  });

  // `Space Shuttle Atlantis` ... `Atlantis will go on display`: the last word of a vehicle named in full
  // is that vehicle again when it stands alone, even where a dictionary knows a town of that name
  // (rule `coref.vehicle-short-form`); a country keeps its name.
  const vehicles = new Map<string, number>();
  cands.forEach((c, i) => {
    if (c.type === 'OTHER' && c.rules.some((r) => VEHICLE_RULES.has(r)))
      vehicles.set(text.slice(c.start, c.end).split(/\s+/).pop() ?? '', i);
  });
  if (vehicles.size)
    cands.forEach((c, i) => {
      const full = vehicles.get(text.slice(c.start, c.end));
      if (full === undefined || full === i || c.kind !== 'name' || c.first !== c.last) return;
      if (actorOf[i] && kb.actor(actorOf[i]!)?.kind === 'country') return;
      c.type = 'OTHER';
      actorOf[i] = null;
      c.rules.push('coref.vehicle-short-form');
      uf.union(full, i);
    });

  // Acronyms: `WHO` joins `World Health Organization`, `KSC` joins `Kennedy Space Center` (a place), `BRI`
  // the `Belt and Road Initiative` (a programme) when both are in the text, and takes its type.
  const orgs = cands
    .map((c, i) => ({ c, i }))
    .filter(
      ({ c }) =>
        c.kind === 'name' &&
        (c.type === 'ORG' ||
          c.type === 'LOC' ||
          c.type === 'GPE' ||
          // (a work only when a law's or a programme's head is in it: not `Konkola Copper Mines` misread)
          (c.type === 'OTHER' &&
            text
              .slice(c.start, c.end)
              .toLowerCase()
              .split(/\s+/)
              .some((w) => LAW_HEAD.test(w)))) &&
        /\s/.test(text.slice(c.start, c.end)),
    );
  cands.forEach((c, i) => {
    if (c.kind !== 'acronym' || actorOf[i]) return;
    const acronym = text.slice(c.start, c.end).replace(/\./g, '');
    const full = orgs.find(({ c: o }) => initials(text.slice(o.start, o.end)) === acronym);
    if (full) {
      c.type = full.c.type;
      c.rules.push('coref.acronym-initials');
      uf.union(full.i, i);
      if (actorOf[full.i]) actorOf[i] = actorOf[full.i];
    }
  });

  // Generic nominals of one country and sector family are one group.
  const byNominal = new Map<string, number>();
  cands.forEach((c, i) => {
    if (c.kind !== 'nominal' || !c.agent || !c.agentCountry) return;
    const key = `${c.agentCountry}:${sectorFamily(c.agent.code)}`;
    const prev = byNominal.get(key);
    if (prev === undefined) byNominal.set(key, i);
    else uf.union(prev, i);
  });

  // A title used alone joins the person who holds that title in the document (by role span, or by
  // the actor's own title on the day).
  cands.forEach((c, i) => {
    if (c.kind !== 'nominal' || c.agent || !c.titleKey) return;
    let best = -1;
    cands.forEach((o, j) => {
      if (j === i || o.type !== 'PERSON' || o.kind !== 'name') return;
      const holds = o.titleKey === c.titleKey || titleOfActor(kb, actorOf[j], date) === c.titleKey;
      if (!holds) return;
      if (
        c.agentCountry &&
        actorOf[j] &&
        kb.actor(actorOf[j]!)?.country &&
        kb.actor(actorOf[j]!)?.country !== c.agentCountry
      )
        return;
      if (best < 0) best = j;
    });
    if (best >= 0) {
      uf.union(best, i);
      c.rules.push('coref.title-holder');
    }
  });

  return cands.map((_, i) => uf.find(i));
}

/** The title key of the actor's role on the day (`foreign minister`), to match `the Foreign Minister`. */
function titleOfActor(kb: ActorKnowledge, actorId: string | null, date: string | null): string | null {
  const actor = actorId ? kb.actor(actorId) : undefined;
  const role = actor ? roleOnDate(actor.roles, date) : null;
  return role?.title ? nameKey(role.title) : null;
}

/**
 * `Italy's Democratic Party`, `Ukraine's National Guard`, `the Norwegian Labour Party`: a body the
 * dictionaries know in one country, named after another country's name in the possessive or its
 * demonym, is that country's body of the same name, which they do not know (rule
 * `link.other-country`; the type stays).
 */
export function bodiesOfAnotherCountry(cands: Candidate[], tokens: Token[], kb: ActorKnowledge): void {
  const endingAt = new Map<number, Candidate>();
  for (const c of cands) endingAt.set(c.last, c);
  for (const c of cands) {
    if (c.type !== 'ORG' || !c.actorIds.length) continue;
    const own = kb.actor(c.actorIds[0])?.country;
    if (!own) continue;
    const possessive = /^['’]s$/.test(tokens[c.first - 1]?.text ?? '');
    const before = endingAt.get(c.first - (possessive ? 2 : 1));
    if (!before || before.sentence !== c.sentence) continue;
    if (!possessive && before.kind !== 'demonym') continue;
    const country = kb.actor(before.actorIds[0] ?? '')?.country;
    if (!country || country === own) continue;
    c.actorIds = [];
    c.rules.push('link.other-country');
  }
}
