/**
 * Names recognised by their written form rather than by a dictionary, run after the tagger so that
 * they replace whatever it made of the pieces:
 * - broadcasters' call signs (`WISH-TV`, `KABC-TV`, `WNYC-FM`): an organisation (`name.call-sign`);
 * - a company's legal form after a comma (`Pfizer, Inc.`): part of the company's name
 *   (`name.comma-legal-form`), not a person who said something;
 * - combining forms before a demonym (`Franco-German`, `Sino-Japanese`): one NORP (`demonym.combined`);
 * - a seat of power named as the building where something happens (`a meeting at the White House`,
 *   `outside the Kremlin`: lexicon `seat-of-power` after at/in/inside/outside/near the) is a place
 *   (`type.seat-as-place`); speaking or acting it stays the organisation (`the White House said`);
 * - a numbered street (`6th Avenue`, `42nd Street`): a place (`name.numbered-street`);
 * - an honorific inside a person's span (`Undersecretary for Education Mr. Toccafondi`): the name starts
 *   after it (`name.after-honorific`);
 * - a maker and a model number (`Airbus A350-900`, `Boeing 737`): one product (`name.product-model`);
 * - products on the lexicon's `product-name` list (`Firefox`, `iPhone`, `Tamiflu`) are things, not
 *   organisations or places, and take the company named right before them (`Mozilla Firefox`,
 *   `Google Chrome`: one product, `name.product`);
 * - a name glued to a web domain (`Gawker.com`, `CBC.ca`, `HelpingAnimals.com`): the site, an
 *   organisation, with its domain (`name.web-domain`).
 */
import { type ActorKnowledge, idsOf, nameKey } from '../../knowledge/actors/index.js';
import type { EntityType, Token } from '../../model/layers.js';
import { type Candidate, candidateOver, replacedBy, stretchOver } from './candidates.js';
import { GUESS_RULES, TEAM_RULES } from './common-words.js';

/** The prepositions of hyphenated towns' names (`-upon-`, `-on-`, `-under-`, `-by-`, `-en-`, `-sur-`). */
const TOWN_PREPOSITION = /^(?:upon|on|under|by|en|sur)$/;

/** North American call signs: K or W (C in Canada) and two or three letters, with the band. */
const CALL_LETTERS = /^[KWC][A-Z]{2,3}$/;
const BANDS = new Set(['TV', 'FM', 'AM', 'DT', 'HD']);
/** `Anglo-`, `Franco-`, `Sino-`: the first halves of compound nationality adjectives. */
const COMBINING_FORMS = new Set([
  'anglo',
  'franco',
  'sino',
  'indo',
  'russo',
  'greco',
  'graeco',
  'austro',
  'italo',
  'afro',
  'euro',
  'judeo',
  'hispano',
  'luso',
  'turco',
  'serbo',
  'irano',
]);

/**
 * Top-level domains that make a glued name a website: the common ones and a country's two letters
 * (`.com`, `.co.uk`, `Kun.uz`, `Civil.ge`).
 */
const WEB_DOMAIN = /^\.(?:com|org|net|gov|edu|info|io|tv|news|co\.uk|[a-z]{2})\b/;

/** An ordinal (`6th`, `42nd`) and the street word after it make a street's name. */
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
const STREET_WORDS = new Set(['avenue', 'street', 'road', 'boulevard', 'parallel', 'precinct']);

/** Honorifics that open a person's name: what comes before them is a title or a portfolio. */
const HONORIFIC = /^(?:mr|mrs|ms|dr)\.?$/;

const tight = (a: Token, b: Token) => a.end === b.start;
/** `St.`, `St`, `Saint` before a saint's name. */
const SAINT = /^(?:St\.?|Saint)$/;

/** Tokens `a` and `b` stand one space apart (`Google Chrome`, not `Google, Chrome`). */
const oneSpaceApart = (tokens: Token[], a: number, b: number) => tokens[b].start - tokens[a].end === 1;
const overlaps = (c: Candidate, first: number, last: number) => c.first <= last && c.last >= first;

export function namePatterns(
  cands: Candidate[],
  tokens: Token[],
  corporateSuffixes: ReadonlySet<string>,
  isDemonym: (word: string) => boolean,
  text = '',
): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, dash, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (dash.text !== '-' || !tight(a, dash) || !tight(dash, b)) continue;
    if (CALL_LETTERS.test(a.text) && BANDS.has(b.text)) {
      found.push(span(tokens, i, i + 2, 'ORG', 'name.call-sign'));
      i += 2;
    } else if (
      COMBINING_FORMS.has(a.norm) &&
      /^[A-Z]/.test(a.text) &&
      isDemonym(b.norm) &&
      // `Anglo-Irish Agreement`, `Sino-Japanese War`: part of a longer name, left to the scanner.
      !/^[A-Z]/.test(tokens[i + 3]?.sentence === b.sentence ? tokens[i + 3].text : '')
    ) {
      found.push({ ...span(tokens, i, i + 2, 'NORP', 'demonym.combined'), kind: 'demonym' });
      i += 2;
    }
  }
  // `Stratford-upon-Avon`, `Henley-on-Thames`: a town named by its river or what it stands by, glued
  // with hyphens around a lower-case preposition, is one place.
  for (let i = 0; i + 4 < tokens.length; i++) {
    if (!TOWN_PREPOSITION.test(tokens[i + 2].text)) continue;
    const [a, d1, on, d2, b] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
    if (!/^\p{Lu}\p{Ll}/u.test(a.text) || !/^\p{Lu}\p{Ll}/u.test(b.text) || !TOWN_PREPOSITION.test(on.text))
      continue;
    if (
      d1.text !== '-' ||
      d2.text !== '-' ||
      !tight(a, d1) ||
      !tight(d1, on) ||
      !tight(on, d2) ||
      !tight(d2, b)
    )
      continue;
    // not a phrase (`Made-in-China`), nor a town the dictionaries know whole (`Stoke-on-Trent`), nor the
    // end of a longer one (`Saint-Quentin-en-Yvelines`)
    if (tokens[i - 1]?.text === '-' && tight(tokens[i - 1], a)) continue;
    if (a.pos !== 'PROPN' || cands.some((c) => c.first === i && c.last === i + 4 && c.actorIds.length))
      continue;
    found.push(span(tokens, i, i + 4, 'GPE', 'name.hyphenated-town'));
    i += 4;
  }
  // `KARE 11`, `KSL TV 5`: a station's call letters and its channel number, one organisation.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!CALL_LETTERS.test(tokens[i].text)) continue;
    // not the end of a name in capitals (`KANSAS CITY 60 72`)
    const prev = tokens[i - 1];
    if (prev?.sentence === tokens[i].sentence && /^\p{Lu}/u.test(prev.text)) continue;
    const n = tokens[i + 1].text === 'TV' ? i + 2 : i + 1;
    const number = tokens[n];
    if (!number || number.sentence !== tokens[i].sentence || !/^\d{1,2}$/.test(number.text)) continue;
    if (!oneSpaceApart(tokens, i, i + 1) || !oneSpaceApart(tokens, n - 1, n)) continue;
    // not a count of things (`KCSA 10 points`)
    if (tokens[n + 1]?.sentence === number.sentence && tokens[n + 1].pos === 'NOUN') continue;
    found.push(span(tokens, i, n, 'ORG', 'name.call-sign'));
    i = n;
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (
      !ORDINAL.test(tokens[i].text) ||
      !STREET_WORDS.has(tokens[i + 1].norm) ||
      !/^[A-Z]/.test(tokens[i + 1].text)
    )
      continue;
    if (tokens[i + 1].sentence !== tokens[i].sentence) continue;
    found.push(span(tokens, i, i + 1, 'LOC', 'name.numbered-street'));
    i++;
  }
  // `the south pole of the Moon`, `landed on the Moon`: Earth's moon, a place (rule `name.the-moon`); `Moon`
  // alone may be a surname (`Moon Jae-in`, `Moon said`).
  for (let i = 1; i < tokens.length; i++)
    if (
      tokens[i].text === 'Moon' &&
      tokens[i - 1].text === 'the' &&
      tokens[i - 1].sentence === tokens[i].sentence
    ) {
      const next = tokens[i + 1];
      if (next?.sentence === tokens[i].sentence && /^[A-Z]/.test(next.text)) continue;
      found.push(span(tokens, i, i, 'LOC', 'name.the-moon'));
    }
  // `it orbits the Sun`, `the Sun's corona`: the star, a place (rule `name.the-sun`); `the Sun` alone is as
  // often the paper (`told the Sun`, `the Sun reported`).
  for (let i = 1; i < tokens.length; i++) {
    const article = tokens[i - 1];
    if (!/^Sun\.?$/.test(tokens[i].text) || article.sentence !== tokens[i].sentence) continue;
    // (`The Sun's corona` opening a sentence)
    const before = tokens[i - 2];
    const opens = !before || before.sentence !== article.sentence;
    if (article.text !== 'the' && !(article.text === 'The' && opens)) continue;
    const [next, noun] = [tokens[i + 1], tokens[i + 2]];
    const motion = !opens && AROUND_THE_SUN.test(before.norm);
    const part =
      next?.sentence === tokens[i].sentence && /^['’]s$/.test(next.text) && SUN_PARTS.test(noun?.text ?? '');
    if (motion || part) found.push(span(tokens, i, i, 'LOC', 'name.the-sun'));
  }
  // `St. Mary's`, `St John's`: a saint's name in the possessive with no head word after is the church
  // (or school, hospital) called after the saint, a place; the `'s` is part of its name.
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [saint, name, possessive] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (!SAINT.test(saint.text) || !/^[A-Z][a-z]+$/.test(name.text) || !/^['’]s$/.test(possessive.text))
      continue;
    if (saint.sentence !== possessive.sentence) continue;
    const next = tokens[i + 3];
    if (next?.sentence === saint.sentence && /^[A-Z0-9]/.test(next.text)) continue;
    found.push(span(tokens, i, i + 2, 'LOC', 'name.saint-possessive'));
    i += 2;
  }
  const kept = found.length
    ? cands.filter((c) => !found.some((f) => overlaps(c, f.first, f.last)))
    : cands.slice();
  // `Pfizer, Inc.`: the legal form after a comma belongs to the organisation before it.
  const legalFormAt = new Set<number>();
  for (const c of kept) {
    const comma = tokens[c.last + 1];
    const form = tokens[c.last + 2];
    if (c.type !== 'ORG' || comma?.text !== ',' || !form || form.sentence !== c.sentence) continue;
    if (!corporateSuffixes.has(form.norm.replace(/\.$/, ''))) continue;
    // `Hospital, Co. Donegal`, `Glencore, AG Barr`: a capitalised word after it makes another name.
    const after = tokens[c.last + 3];
    if (after && after.sentence === c.sentence && /^[A-Z]/.test(after.text)) continue;
    c.end = form.end;
    c.last += 2;
    c.rules.push('name.comma-legal-form');
    legalFormAt.add(c.last);
  }
  webDomains(kept, tokens, text);
  afterHonorifics(kept, tokens);
  return [...kept.filter((c) => !(legalFormAt.has(c.first) && c.first === c.last)), ...found];
}

/** `Firefox`, `Google Chrome`: products, with the company before them (see the file's comment). */
export function productNames(
  cands: Candidate[],
  tokens: Token[],
  products: ReadonlySet<string>,
  /** Words that name a model of a product after it (`MacBook Pro`, `Xbox Live`; lexicon `model-suffix`). */
  modelSuffixes: ReadonlySet<string>,
  /** Whether a name is a sports team's (a number after it is a score, not a model). */
  isTeam: (c: Candidate) => boolean = () => false,
): Candidate[] {
  if (!products.size) return cands;
  const gone = new Set<Candidate>();
  for (const c of cands) {
    if (
      (c.kind !== 'name' && c.kind !== 'acronym') ||
      !(products.has(tokens[c.first].norm) || products.has(tokens[c.first].norm.replace(/s$/, ''))) ||
      !modelWordsOnly(tokens, c.first + 1, c.last, modelSuffixes)
    )
      continue;
    c.type = 'OTHER';
    c.actorIds = [];
    c.rules.push('name.product');
    const maker = cands.find(
      (o) => o.last === c.first - 1 && o.type === 'ORG' && oneSpaceApart(tokens, o.last, c.first),
    );
    if (maker) {
      c.first = maker.first;
      c.start = maker.start;
      gone.add(maker);
    }
    // `Falcon 9`, `Ariane 5`, `Atlas V`, `Windows 11`: a number after a product's name is its model.
    const model = tokens[c.last + 1];
    if (
      model?.sentence === c.sentence &&
      oneSpaceApart(tokens, c.last, c.last + 1) &&
      PRODUCT_MODEL.test(model.text) &&
      !AMOUNT_AFTER.test(tokens[c.last + 2]?.text ?? '')
    )
      stretchOver(c, tokens, c.last + 1, 'OTHER', 'name.product-model', cands, gone);
  }
  // `Airbus A350-900`, `Boeing 737`: a company and a model number are one product; a team and a number
  // are a score (`the Ravens 24-17`).
  for (const c of cands) {
    if (c.type !== 'ORG' || c.kind !== 'name' || gone.has(c) || isTeam(c)) continue;
    // (`Line 14`: a metro line's number is the line's name, read by `roadNumbers`)
    if (c.first === c.last && tokens[c.first].norm === 'line') continue;
    const model = tokens[c.last + 1];
    if (!model || model.sentence !== c.sentence || !oneSpaceApart(tokens, c.last, c.last + 1)) continue;
    if (!MODEL_NUMBER.test(model.text) || /^(?:19|20)\d\d$/.test(model.text)) continue;
    // `Navy 17-11`: two small numbers are a score.
    if (SCORE.test(model.text)) continue;
    // `fined Apple 500 million euros`: a number before a word of amounts is a sum of money.
    if (AMOUNT_AFTER.test(tokens[c.last + 2]?.text ?? '')) continue;
    let last = c.last + 1;
    // `A350-900`, `787-9`: the variant after a glued hyphen.
    const dash = tokens[last + 1];
    if (dash?.text === '-' && dash.start === model.end && /^\d+[A-Z]*$/.test(tokens[last + 2]?.text ?? ''))
      if (tokens[last + 2].start === dash.end) last += 2;
    stretchOver(c, tokens, last, 'OTHER', 'name.product-model', cands, gone);
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/** Tokens `from..to` are a product's model words or numbers (`Pro Max`, `11 Pro`); true when none. */
function modelWordsOnly(
  tokens: Token[],
  from: number,
  to: number,
  modelSuffixes: ReadonlySet<string>,
): boolean {
  for (let k = from; k <= to; k++)
    if (!modelSuffixes.has(tokens[k].norm) && !/^\d+$/.test(tokens[k].text)) return false;
  return true;
}

/** The name mentions by the token they start at. */
function namesStartingAt(cands: readonly Candidate[]): Map<number, Candidate> {
  const startingAt = new Map<number, Candidate>();
  for (const c of cands) if (c.kind === 'name') startingAt.set(c.first, c);
  return startingAt;
}

/** Words that after a company name no product of it (`Malaysia Airlines Flight 370`). */
const NOT_PRODUCTS: ReadonlySet<string> = new Set(['flight', 'flights']);
/** Words that after a company's name make a town named for it (`Toyota City`), a place, no product. */
const TOWN_WORDS: ReadonlySet<string> = new Set(['city', 'town', 'township']);

/**
 * `Nintendo Switch Lite`, `Motorola Razr`, `Microsoft Teams`: a company of the dictionaries right
 * before a name the rules could only guess at is the maker of a product, one untyped name (rule
 * `name.maker+product`). A name a cue typed (a person's given name, a place, a name head) stays apart.
 */
export function makerProducts(
  cands: Candidate[],
  tokens: Token[],
  isCompany: (c: Candidate) => boolean,
  guessedOnly: (c: Candidate) => boolean,
): Candidate[] {
  const startingAt = namesStartingAt(cands);
  const gone = new Set<Candidate>();
  for (const c of cands) {
    if (c.type !== 'ORG' || c.kind !== 'name' || gone.has(c) || !isCompany(c)) continue;
    const product = startingAt.get(c.last + 1);
    // (a model's numbered name is a product: `Ilyushin Il-76`)
    const numbered = product?.rules.includes('type.numbered-name');
    if (product?.type !== 'OTHER' || product.sentence !== c.sentence || !(guessedOnly(product) || numbered))
      continue;
    // A model has a word or two (`Switch Lite`); a longer run is a headline's words (`Teams Outage Hits
    // Millions`), and a flight is no product (`Malaysia Airlines Flight 370`).
    if (product.last - product.first > 2 || NOT_PRODUCTS.has(tokens[product.first].norm)) continue;
    if (product.first === product.last && TOWN_WORDS.has(tokens[product.first].norm)) {
      stretchOver(c, tokens, product.last, 'GPE', 'name.company-town', cands, gone);
      continue;
    }
    // A market code after an exchange is no product (`London Metal Exchange CMAL3`).
    if (!oneSpaceApart(tokens, c.last, product.first) || /^[A-Z0-9]+$/.test(tokens[product.first].text))
      continue;
    stretchOver(c, tokens, product.last, 'OTHER', 'name.maker+product', cands, gone);
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/**
 * `the FTSE 100 slipped`, `the Nasdaq Composite`, `Nikkei futures`: a stock index is a figure, no actor
 * (OTHER, rule `name.stock-index`; lexicon `stock-index`, its number or `Composite` taken in). A name
 * that is also an exchange or a paper (`Nasdaq`, `Nikkei`, `S&P`) is the index only before a word of
 * the market's moves (lexicon `market-move`: `rose`, `fell`, `futures`, `index`); `listed on the
 * Nasdaq` stays the exchange.
 */
export function stockIndices(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  indices: ReadonlySet<string>,
  moves: ReadonlySet<string>,
): Candidate[] {
  const phrase = (from: number, to: number) => text.slice(tokens[from].start, tokens[to].end).toLowerCase();
  const gone = new Set<Candidate>();
  for (const c of cands) {
    if (gone.has(c) || c.role) continue;
    if (c.kind !== 'name' && c.kind !== 'acronym') continue;
    // The longest listed phrase from the name's start, up to two words beyond it (`FTSE 100`).
    let last = -1;
    for (let k = Math.min(c.last + 2, tokens.length - 1); k >= c.last && last < 0; k--)
      if (tokens[k].sentence === c.sentence && indices.has(phrase(c.first, k))) last = k;
    if (last < 0) continue;
    const after = tokens[last + 1];
    // `the Dow closed higher`, not `Dow closed its plant`: a verb of the moves before an object is none.
    const object = tokens[last + 2];
    const moving =
      !!after &&
      after.sentence === c.sentence &&
      moves.has(after.norm) &&
      !(object?.sentence === c.sentence && OBJECT_OPENERS.test(object.norm));
    // A name of one word, or one that is also a company's (`Dow`, `Dow Jones`, `Nasdaq`, `S&P`), is the
    // index only while it moves; `FTSE 100`, `Hang Seng` always are.
    const ambiguous = c.actorIds.length || last === c.first || AMBIGUOUS_INDICES.has(phrase(c.first, last));
    if (ambiguous && !moving) continue;
    stretchOver(c, tokens, last, 'OTHER', 'name.stock-index', cands, gone);
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/** Words that open a verb's object (`closed its plant`, `added the stake`). */
const OBJECT_OPENERS = /^(?:its|the|a|an|his|her|their|our|this|that|some)$/;
/** Index names of several words that also name a company (`Dow Jones said ...`). */
const AMBIGUOUS_INDICES: ReadonlySet<string> = new Set(['dow jones', 's&p']);

/** Prepositions of a road right before `the` and its code (`along the A390`, `up the M1`). */
const ROAD_PREPOSITION = /^(?:along|onto|off|via|up|down)$/;

/** Whether a road code's sentence speaks of road traffic: a word of lexicon `road-context` near it. */
function roadContext(tokens: Token[], c: Candidate, words: ReadonlySet<string>): boolean {
  if (ROAD_PREPOSITION.test(tokens[c.first - 2]?.text ?? '')) return true;
  for (let k = c.first - 12; k <= c.last + 12; k++)
    if (tokens[k]?.sentence === c.sentence && words.has(tokens[k].norm)) return true;
  return false;
}

/** Head words of laws, treaties and programmes, works whose acronym makes no organisation (`NFSA`, `BRI`). */
export const LAW_HEAD =
  /^(?:act|code|treaty|accord|accords|agreement|pact|initiative|covenant|convention|protocol|charter)$/;
/** A US interstate's code: `I-15`, `I-94`. */
const INTERSTATE = /^I-\d{1,3}$/;
/** A British or Irish road's code: `A390`, `M50`, `N6`, `B1145`, `R445`. */
const ROAD_CODE = /^[ABMNR]\d{1,4}$/;

/**
 * `Interstate 95`, `Route 66`, `Highway 401`: a road word and its number name a road, a place (rule
 * `name.road-number`; lexicon `road-word`); `Ward 10`, `Precinct 2`: an area word and its number name a
 * district, GPE (rule `name.area-number`; lexicon `area-word`).
 */
export function roadNumbers(
  cands: Candidate[],
  tokens: Token[],
  roadWords: ReadonlySet<string>,
  areaWords: ReadonlySet<string> = new Set(),
  roadContextWords: ReadonlySet<string> = new Set(),
): void {
  // `along the A390`, `traffic on the M50`: a British or Irish road's letter and number after `the`,
  // where the sentence speaks of road traffic (lexicon `road-context`), not before a noun (`the A4 paper`)
  // other than a road's, is a road, and so is the same code anywhere in the article (rule
  // `name.road-code`). Aircraft, rifles and cars share the codes (`the A380`, `the M16`, `the A4 was
  // recalled`).
  const roads = new Set<string>();
  for (const c of cands) {
    if (c.kind !== 'name' || c.actorIds.length || c.first !== c.last || !ROAD_CODE.test(tokens[c.first].text))
      continue;
    if (tokens[c.first - 1]?.norm !== 'the' || !roadContext(tokens, c, roadContextWords)) continue;
    const next = tokens[c.last + 1];
    const noun = next?.sentence === c.sentence && /^[a-z]/.test(next.text) && next.pos === 'NOUN';
    if (!noun || roadWords.has(next.norm)) roads.add(tokens[c.first].text);
  }
  for (const c of cands) {
    // (`FM 685`, a Texas farm-to-market road, is read as an acronym)
    const acronymRoad = c.kind === 'acronym' && roadWords.has(tokens[c.last].norm);
    if ((c.kind !== 'name' && !acronymRoad) || c.actorIds.length) continue;
    // `I-15`, `I-94`: a US interstate by its letter and number, whatever the sentence.
    if (c.first === c.last && (roads.has(tokens[c.first].text) || INTERSTATE.test(tokens[c.first].text))) {
      c.type = 'LOC';
      c.rules.push('name.road-code');
      continue;
    }
    const road = roadWords.has(tokens[c.last].norm);
    if (!road && !(c.first === c.last && areaWords.has(tokens[c.last].norm))) continue;
    // `Hwy. 100`: the abbreviation's full stop between
    const dot = tokens[c.last + 1]?.text === '.' && tight(tokens[c.last], tokens[c.last + 1]) ? 1 : 0;
    const number = tokens[c.last + 1 + dot];
    if (!number || number.sentence !== c.sentence || !oneSpaceApart(tokens, c.last + dot, c.last + 1 + dot))
      continue;
    if (!/^\d{1,4}[A-Z]?$/.test(number.text)) continue;
    c.last += 1 + dot;
    if (acronymRoad) c.kind = 'name';
    c.end = number.end;
    c.type = road ? 'LOC' : 'GPE';
    c.rules.push(road ? 'name.road-number' : 'name.area-number');
  }
}

/** Words between an ordinal and `District` that keep it an electoral district (`the 5th Congressional District`). */
const ELECTORAL_WORD =
  /^(?:Congressional|Legislative|Assembly|Senate|Senatorial|House|Council|Supervisorial|Commission)$/;
/** Words after a numbered district that make it part of a body's name (`the 6th District Court`). */
const DISTRICT_BODY_TAIL = /^(?:Court|Courts|Attorney|Police|Station|School|Schools|Fire|Office|Commander)$/;

/**
 * `Ward 2 Councilman Kevin Shea`, `who represents District 5`, `the 4th Ward`, `the First Ward`, `the 109th
 * District`, `the 5th Congressional District`: a numbered ward or district that elects someone is a place of
 * government, GPE (rule `name.numbered-district`), also where no candidate covers it or the tagger made
 * a street, an event or a person of it. `District` and a number count only where a title follows or a
 * word of representing comes before (`District 9` is also a film). Not inside a longer name (`Fire
 * District 5`, `Galveston District`), nor a court or an office (`the 6th District Court`).
 */
export function numberedDistricts(
  cands: Candidate[],
  tokens: Token[],
  areaWords: ReadonlySet<string>,
  isTitle: (word: string) => boolean,
): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    let last = -1;
    let district = false;
    if (/^[A-Z]/.test(a.text) && (areaWords.has(a.norm) || a.norm === 'district')) {
      const number = tokens[i + 1];
      if (
        number.sentence !== a.sentence ||
        !/^\d{1,3}[A-Z]?$/.test(number.text) ||
        !oneSpaceApart(tokens, i, i + 1)
      )
        continue;
      last = i + 1;
      district = a.norm === 'district';
    } else if (ORDINAL.test(a.text) || WORD_ORDINAL.test(a.text)) {
      let k = i + 1;
      if (ELECTORAL_WORD.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === 'District') k++;
      if (tokens[k]?.sentence !== a.sentence || !/^(?:Ward|District)$/.test(tokens[k].text)) continue;
      last = k;
    } else continue;
    const before = tokens[i - 1];
    if (before?.sentence === a.sentence && /^\p{Lu}/u.test(before.text)) continue;
    const after = tokens[last + 1];
    const titleAfter = after?.sentence === a.sentence && /^\p{Lu}/u.test(after.text) && isTitle(after.norm);
    if (after?.sentence === a.sentence && DISTRICT_BODY_TAIL.test(after.text)) continue;
    if (after?.sentence === a.sentence && /^\p{Lu}/u.test(after.text) && !titleAfter) continue;
    if (district && !titleAfter && !REPRESENTING.test(before?.norm ?? '')) continue;
    // (`Ward 10` that rule `name.area-number` read already)
    if (!cands.some((c) => c.first === i && c.last === last && c.type === 'GPE'))
      found.push(span(tokens, i, last, 'GPE', 'name.numbered-district'));
    i = last;
  }
  if (!found.length) return cands;
  const kept: Candidate[] = [];
  for (const c of cands) {
    const f = found.find((s) => overlaps(c, s.first, s.last));
    if (!f) kept.push(c);
    else if (c.first >= f.first && c.last > f.last && /^\p{Lu}/u.test(tokens[f.last + 1].text)) {
      // `Ward 2 Councilman Kevin Shea` read as one person: the rest goes on from after the district.
      c.first = f.last + 1;
      c.start = tokens[c.first].start;
      kept.push(c);
    }
  }
  return [...kept, ...found];
}

/**
 * `Sanitation District No. 1`, `Fire District No. 3`: a special district's name goes on over `No.` and its
 * number, and a public service's word in it (lexicon `district-body-word`) makes it the body, an
 * organisation (rule `name.district-number`).
 */
export function districtNumbers(cands: Candidate[], tokens: Token[], bodyWords: ReadonlySet<string>): void {
  for (const c of cands) {
    if (c.kind !== 'name' || c.actorIds.length) continue;
    let no = c.last;
    if (tokens[no].text !== 'No.') no = c.last + 1;
    const number = tokens[no + 1];
    if (tokens[no]?.text !== 'No.' || tokens[no - 1]?.text !== 'District' || number?.sentence !== c.sentence)
      continue;
    if (!/^\d{1,3}$/.test(number.text) || !tokens.slice(c.first, no - 1).some((t) => bodyWords.has(t.norm)))
      continue;
    c.last = no + 1;
    c.end = number.end;
    c.type = 'ORG';
    c.rules.push('name.district-number');
  }
}

/** The particles of Arabic names that join a father's or a family's name (`bin`, `ibn`, `bint`). */
const ARABIC_PARTICLE = /^(?:bin|Bin|bint|Bint|ibn|Ibn)$/;
/** The article of Arabic family names (`Al-Thani`, `Al Maktoum`, `al-Sabah`). */
const ARABIC_ARTICLE = /^(?:Al|al|El|el)$/;

/**
 * `Sheikh Bandar bin Mohammed bin Saoud Al-Thani`, `Ahmad Abdullah Al-Ahmad Al-Sabah`: a person's name
 * goes on over the links of an Arabic name, `bin`, `ibn` or `bint` and a name, and the article of a
 * family name (`Al-Sabah`, `Al Maktoum`), however many (rule `name.arabic-chain`); the pieces the
 * scanner cut at its word limits join the person.
 */
export function arabicNameChains(cands: Candidate[], tokens: Token[]): Candidate[] {
  const gone = new Set<Candidate>();
  const upper = (k: number) => /^\p{Lu}\p{Ll}/u.test(tokens[k]?.text ?? '');
  for (const c of cands) {
    if (gone.has(c) || c.kind !== 'name' || c.type !== 'PERSON') continue;
    const same = (k: number) => tokens[k]?.sentence === c.sentence;
    let last = c.last;
    for (let k = last + 1; same(k + 1); ) {
      const t = tokens[k];
      if (ARABIC_PARTICLE.test(t.text) && upper(k + 1)) {
        last = k + 1;
      } else if (
        ARABIC_ARTICLE.test(t.text) &&
        tokens[k + 1].text === '-' &&
        tight(t, tokens[k + 1]) &&
        same(k + 2) &&
        tight(tokens[k + 1], tokens[k + 2]) &&
        upper(k + 2)
      ) {
        last = k + 2;
      } else if (ARABIC_ARTICLE.test(t.text) && /^[A-Z]/.test(t.text) && upper(k + 1)) {
        last = k + 1;
      } else break;
      k = last + 1;
    }
    if (last === c.last) continue;
    // (the longer name is someone the short one's link may not be: the link goes)
    stretchOver(c, tokens, last, 'PERSON', 'name.arabic-chain', cands, gone);
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/** Members' titles before `for` and the seat they hold (`MP for`, `MSP for`, `the member for`). */
const MEMBER_FOR = /^(?:MPs?|MSPs?|MSs?|MLAs?|MPPs?|MNAs?|MHAs?|TDs?|member|candidate)$/;
/** Nouns of a seat after its name (`the Runcorn and Helsby by-election`, `constituency`). */
const SEAT_NOUN = /^(?:by-election|constituency|seat|riding|electorate)$/;

/**
 * `the B.C. government`, `every city in B.C.`: the province of British Columbia (rule `name.bc`), where
 * no number or era word comes before (`500 B.C.` is a date's era, which is why the dictionaries leave it
 * out).
 */
export function britishColumbia(cands: Candidate[], tokens: Token[], kb: ActorKnowledge): Candidate[] {
  const found: Candidate[] = [];
  const eras = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== 'B.C.' && !(tokens[i].text === 'B.C' && tokens[i + 1]?.text === '.')) continue;
    const before = tokens[i - 1];
    if (before?.sentence === tokens[i].sentence && ERA_BEFORE.test(before.text)) {
      eras.add(i);
      continue;
    }
    // inside a longer name (`B.C. Supreme Court`, `Emergency Management B.C.`) it is left to that name
    const after = tokens[i + 1];
    if (
      after?.sentence === tokens[i].sentence &&
      /^\p{Lu}/u.test(after.text) &&
      oneSpaceApart(tokens, i, i + 1)
    )
      continue;
    if (
      before?.sentence === tokens[i].sentence &&
      /^\p{Lu}/u.test(before.text) &&
      oneSpaceApart(tokens, i - 1, i)
    )
      continue;
    const c = span(tokens, i, i, 'GPE', 'name.bc');
    c.end = tokens[i].start + 4;
    if (kb.actor('phx:british-columbia')) c.actorIds = ['phx:british-columbia'];
    found.push(c);
  }
  if (!found.length && !eras.size) return cands;
  const kept = cands.filter(
    (c) => !found.some((f) => overlaps(c, f.first, f.last)) && !(c.first === c.last && eras.has(c.first)),
  );
  return [...kept, ...found];
}

/** What comes before a date's era (`500 B.C.`, `the 5th century B.C.`). */
const ERA_BEFORE = /^(?:\d[\d,]*s?|AD|CE|century|centuries|millennium)$/i;

/**
 * `Australia's Ariarne Titmus`, `Kenya's Peres Jepchirchir`: two words no dictionary knows, only guessed
 * at, right after a country's possessive and ending in no head word are a person of that country (rule
 * `type.country-possessive-person`), the way sport and politics name them. Not a common word last
 * (`Japan's Bullet Train`), not a body's or a company's word.
 */
export function countryPossessivePersons(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  isWordy: (word: string) => boolean,
): void {
  const countryEnding = new Map<number, Candidate>();
  for (const c of cands) if (kb.actor(c.actorIds[0] ?? '')?.kind === 'country') countryEnding.set(c.last, c);
  for (const c of cands) {
    if (c.kind !== 'name' || c.type === 'PERSON' || c.actorIds.length || c.last - c.first !== 1) continue;
    if (!c.rules.every((r) => GUESS_RULES.has(r))) continue;
    const possessive = tokens[c.first - 1];
    if (!possessive || !/^['’]s$/.test(possessive.text) || !countryEnding.has(c.first - 2)) continue;
    if (!tokens.slice(c.first, c.last + 1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) continue;
    if (
      isWordy(tokens[c.last].norm) ||
      (isWordy(tokens[c.first].norm) && !kb.firstNames.has(tokens[c.first].norm))
    )
      continue;
    c.type = 'PERSON';
    c.rules.push('type.country-possessive-person');
  }
}

/** Dashes that join the parts of a riding's or a seat's name (`Estevan-Big Muddy`, `Ottawa West—Nepean`). */
const SEAT_DASH = /^[-–—]$/;

/**
 * `the MLA for Estevan-Big Muddy`, `the MPP for Ottawa West—Nepean`, `who represents Scarborough-Rouge
 * Park`: after a member's `for` or `represents`, capitalised words joined by dashes are one riding's
 * name, GPE (rule `name.riding`), whatever the pieces were read as; the member's title alone before
 * `for` is no mention.
 */
export function ridingNames(
  cands: Candidate[],
  tokens: Token[],
  isBodyWord: (word: string) => boolean = () => false,
  isGivenName: (word: string) => boolean = () => false,
): Candidate[] {
  const found: Candidate[] = [];
  const drop = new Set<Candidate>();
  for (let i = 1; i < tokens.length; i++) {
    const cue = tokens[i - 1];
    const member = cue.norm === 'for' && MEMBER_FOR.test(tokens[i - 2]?.text ?? '');
    if (!member && cue.norm !== 'represents') continue;
    if (member) for (const c of cands) if (c.first === i - 2 && c.last === i - 2) drop.add(c);
    let last = i;
    let dashed = false;
    if (!/^\p{Lu}/u.test(tokens[i].text) || tokens[i].sentence !== cue.sentence) continue;
    for (let k = i + 1; tokens[k]?.sentence === cue.sentence; k++) {
      const t = tokens[k];
      if (
        SEAT_DASH.test(t.text) &&
        tight(tokens[k - 1], t) &&
        /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') &&
        tight(t, tokens[k + 1])
      ) {
        dashed = true;
        last = k + 1;
        k++;
      } else if (
        /^\p{Lu}\p{Ll}/u.test(t.text) &&
        oneSpaceApart(tokens, k - 1, k) &&
        !(dashed && isGivenName(t.norm))
      )
        last = k;
      // (`TD for Cork South-Central Séamus McGrath`: the member's name follows the seat)
      else break;
    }
    // (a body's or a company's word says it is no riding: `represents Smith-Jones Ltd`)
    if (!dashed || tokens.slice(i, last + 1).some((t) => isBodyWord(t.norm.replace(/\.$/, '')))) continue;
    found.push(span(tokens, i, last, 'GPE', 'name.riding'));
    i = last;
  }
  if (!found.length && !drop.size) return cands;
  const kept = cands.filter((c) => !drop.has(c) && !found.some((f) => overlaps(c, f.first, f.last)));
  return [...kept, ...found];
}

/**
 * `MP for Carshalton and Wallington`, `the Runcorn and Helsby by-election`: two names around `and` after
 * a member's `for`, or before a seat's noun, are one constituency (GPE, rule `name.constituency-pair`);
 * each name has one or two words and names no organisation.
 */
export function constituencyPairs(cands: Candidate[], tokens: Token[]): Candidate[] {
  const startingAt = namesStartingAt(cands);
  const gone = new Set<Candidate>();
  for (const a of cands) {
    if (gone.has(a) || a.kind !== 'name' || a.type === 'ORG' || a.last - a.first > 1) continue;
    if (tokens[a.last + 1]?.norm !== 'and') continue;
    const b = startingAt.get(a.last + 2);
    if (!b || b.sentence !== a.sentence || b.kind !== 'name' || b.type === 'ORG' || b.last - b.first > 1)
      continue;
    const member = tokens[a.first - 1]?.norm === 'for' && MEMBER_FOR.test(tokens[a.first - 2]?.text ?? '');
    // `by-election` comes as `by`, `-`, `election`
    const after = tokens
      .slice(b.last + 1, b.last + 4)
      .map((t) => t.text)
      .join('');
    const seat = SEAT_NOUN.test(tokens[b.last + 1]?.text ?? '') || after.startsWith('by-election');
    if (!member && !seat) continue;
    stretchOver(a, tokens, b.last, 'GPE', 'name.constituency-pair', cands, gone);
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/** An honorific written as news prints it before a surname (`Mr`, `Mrs.`, `Miss`; not in capitals). */
const honorificBeforeSurname = (t: Token) =>
  /^[A-Z][a-z]*\.?$/.test(t.text) && (HONORIFIC.test(t.norm) || /^(?:miss|mx)$/.test(t.norm));

/**
 * `Mr Taylor said`, `Mrs Preston left`, `Ms Austin spoke`: a place of the dictionaries right after an
 * honorific is the person's surname (rule `type.honorific-surname`), not the town; its link goes.
 */
export function honorificSurnames(cands: Candidate[], tokens: Token[], kb: ActorKnowledge): void {
  for (const c of cands) {
    if (c.kind !== 'name' || c.type === 'PERSON' || !c.actorIds.length) continue;
    const before = tokens[c.first - 1];
    if (before?.sentence !== c.sentence || !honorificBeforeSurname(before)) continue;
    if (!oneSpaceApart(tokens, c.first - 1, c.first)) continue;
    if (kb.actor(c.actorIds[0])?.type !== 'GPE') continue;
    c.type = 'PERSON';
    c.actorIds = [];
    c.rules.push('type.honorific-surname');
  }
}

/** Words before a district's name that say someone represents it (`represents District 5`). */
const REPRESENTING = /^(?:represents|representing|represented|for|won|wins|seat)$/;

/** A model's number or Roman numeral after a product's name (`9`, `11`, `V`, `360`). */
const PRODUCT_MODEL = /^(?:\d{1,4}[A-Za-z]?|I{1,3}|IV|VI{0,3}|IX|X)$/;
/** A model number after a maker's name (`A350`, `737`, `F-35` is written with its letter). */
const MODEL_NUMBER = /^[A-Z]{0,2}\d{2,4}(?:-\d+)?[A-Za-z]{0,3}$/;
/** Words of amounts after a number (`500 million euros`, `200 percent`): the number is no model. */
const AMOUNT_AFTER =
  /^(?:hundred|thousand|million|billion|trillion|bn|mn|m|percent|per|%|euros?|dollars?|pounds?|yen|shares?)$/i;
/** A match score (`17-11`, `3-1`), never a model. */
const SCORE = /^\d{1,2}-\d{1,2}$/;

/** Prepositions of place before `the White House`, `the Kremlin` that make the building a place. */
const AT_PLACE = new Set(['at', 'in', 'inside', 'outside', 'near', 'into', 'on']);
/** Verbs of leaving a building, before its name (`left Buckingham Palace`). */
const LEAVING = new Set(['left', 'leaving', 'leaves', 'leave']);

/** `a meeting at the White House`: the building, a place (see the file's comment). */
export function seatsAsPlaces(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  seats: ReadonlySet<string>,
  speechVerbs: ReadonlySet<string>,
  /** Seats whose names take no article (lexicon `seat-without-article`: `Buckingham Palace`). */
  bareSeats: ReadonlySet<string> = new Set(),
): void {
  if (!seats.size) return;
  for (const c of cands) {
    if (!seats.has(text.slice(c.start, c.end).toLowerCase())) continue;
    // `Lambeth Palace said`, `a statement issued by Lambeth Palace`: a palace that speaks is its household.
    if (c.type === 'LOC') {
      const next = tokens[c.last + 1];
      const by = tokens[c.first - 1]?.norm === 'by';
      if (by || (next?.sentence === c.sentence && speechVerbs.has(next.norm))) {
        c.type = 'ORG';
        c.rules.push('type.seat-speaking');
      }
      continue;
    }
    if (c.type !== 'ORG') continue;
    const the = tokens[c.first - 1];
    const at = tokens[c.first - 2];
    const afterThe = the?.norm === 'the' && !!at && AT_PLACE.has(at.norm) && at.sentence === c.sentence;
    // `which left Buckingham Palace`, `outside Clarence House`: a name that takes no article, after a word
    // of place or of leaving (`at White House` in a headline is the administration's).
    const bare =
      bareSeats.has(text.slice(c.start, c.end).toLowerCase()) &&
      the?.sentence === c.sentence &&
      (AT_PLACE.has(the.norm) || LEAVING.has(the.norm));
    if (!afterThe && !bare) continue;
    c.type = 'LOC';
    c.rules.push('type.seat-as-place');
  }
}

/** `Education Mr. Toccafondi`: a person's name starts after an honorific inside its span. */
function afterHonorifics(cands: Candidate[], tokens: Token[]): void {
  for (const c of cands) {
    if (c.type !== 'PERSON') continue;
    for (let k = c.last - 1; k > c.first; k--) {
      if (!HONORIFIC.test(tokens[k].norm)) continue;
      c.first = k + 1;
      c.start = tokens[k + 1].start;
      c.rules.push('name.after-honorific');
      break;
    }
  }
}

/** `Gawker.com`: a one-word name with a domain glued after it is the website, an organisation. */
function webDomains(cands: Candidate[], tokens: Token[], text: string): void {
  for (const c of cands) {
    if (c.first !== c.last || c.kind === 'demonym') continue;
    const domain = WEB_DOMAIN.exec(text.slice(c.end, c.end + 8));
    if (!domain) continue;
    c.end += domain[0].length;
    while (tokens[c.last + 1] && tokens[c.last + 1].end <= c.end) c.last++;
    c.type = 'ORG';
    c.rules.push('name.web-domain');
    c.confidence = Math.max(c.confidence, 0.8);
  }
}

function span(
  tokens: Token[],
  first: number,
  last: number,
  type: Candidate['type'],
  rule: string,
): Candidate {
  return candidateOver(tokens, first, last, tokens[first].sentence, {
    type,
    actorIds: [],
    rules: [rule],
    confidence: 0.8,
  });
}

/**
 * `Ivanka Trump`, `Hunter Biden`, `Grace Mugabe`: a given name right before a person's surname that the
 * dictionaries list alone (for the famous bearer) names another person of that family, one name no
 * dictionary knows (rule `name.given-name+known-surname`). The given name was typed by itself only, or
 * two unknown words by the title before them (`Mayor Chokwe Antar Lumumba`).
 */
export function relativesOfKnownPersons(
  cands: Candidate[],
  tokens: Token[],
  isKnownPerson: (c: Candidate) => boolean,
  isGivenName: (c: Candidate) => boolean,
): Candidate[] {
  const startingAt = namesStartingAt(cands);
  const gone = new Set<Candidate>();
  for (const c of cands) {
    // One word no dictionary knows, a given name or a name only guessed at (`Wojciech`), also after a
    // title (`Dr. Maria Meloni`); after a title, two such words (`Mayor Chokwe Antar Lumumba`).
    const titled = !!c.role && c.type === 'PERSON' && c.last === c.first + 1;
    if (c.kind !== 'name' || (c.first !== c.last && !titled) || c.actorIds.length || gone.has(c)) continue;
    let plain = true;
    for (let k = c.first; k <= c.last; k++) if (!/^[A-Z][a-z]+$/.test(tokens[k].text)) plain = false;
    if (!plain || !(titled || isGivenName(c))) continue;
    const surname = startingAt.get(c.last + 1);
    if (!surname || surname.first !== surname.last || surname.sentence !== c.sentence) continue;
    if (!oneSpaceApart(tokens, c.last, surname.first) || !isKnownPerson(surname)) continue;
    const role = c.role;
    stretchOver(c, tokens, surname.last, 'PERSON', 'name.given-name+known-surname', cands, gone);
    c.role = role;
    // `Valerie Biden Owens`: a married name after it.
    const married = startingAt.get(c.last + 1);
    if (
      married &&
      married.first === married.last &&
      !married.actorIds.length &&
      married.sentence === c.sentence &&
      oneSpaceApart(tokens, c.last, married.first) &&
      /^[A-Z][a-z]+$/.test(tokens[married.first].text)
    )
      stretchOver(c, tokens, married.last, 'PERSON', 'name.given-name+known-surname', cands, gone);
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/**
 * `Chief Minister M.K. Stalin`, `H.D. Kumaraswamy`: initials written right before a person's name are
 * part of it, and before a surname the dictionaries give someone else (`Stalin`) they name another
 * person, one no dictionary knows (rule `name.initials+surname`).
 */
export function initialsBeforePersons(cands: Candidate[], tokens: Token[]): Candidate[] {
  const startingAt = namesStartingAt(cands);
  const gone = new Set<Candidate>();
  for (const c of cands) {
    // (not a known name written so: `the U.S. Trump administration`)
    if (gone.has(c) || c.first !== c.last || c.actorIds.length) continue;
    if (!/^(?:\p{Lu}\.){1,3}$/u.test(tokens[c.first].text)) continue;
    const next = startingAt.get(c.last + 1);
    if (next?.type !== 'PERSON' || next.kind !== 'name' || next.sentence !== c.sentence) continue;
    if (!oneSpaceApart(tokens, c.last, next.first)) continue;
    const role = c.role ?? next.role;
    stretchOver(c, tokens, next.last, 'PERSON', 'name.initials+surname', cands, gone);
    c.kind = 'name';
    c.role = role;
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/**
 * `Donald Trump Jr.`, `Robert Mugabe Jr.`: a generational suffix (lexicon `generational-suffix`) right
 * after a person's name belongs to it, and names the son, not the person the dictionaries know by the
 * rest (rule `name.generational-suffix`).
 */
export function generationalSuffixes(
  cands: Candidate[],
  tokens: Token[],
  suffixes: ReadonlySet<string>,
): Candidate[] {
  const endingAt = new Map<number, Candidate>();
  for (const c of cands) if (c.kind === 'name' && c.type === 'PERSON') endingAt.set(c.last, c);
  const gone = new Set<Candidate>();
  for (const c of cands) {
    if (c.first !== c.last || gone.has(c) || !suffixes.has(tokens[c.first].norm.replace(/\.$/, ''))) continue;
    // `Martin Luther King Jr.` read whole by the scanner needs nothing; `Donald Trump, Jr.` has a comma.
    const comma = tokens[c.first - 1]?.text === ',' ? 1 : 0;
    const person = endingAt.get(c.first - 1 - comma);
    // `Trump Jr.`: a surname the dictionaries know alone is enough.
    if (
      !person ||
      person.sentence !== c.sentence ||
      (person.last === person.first && !person.actorIds.length)
    )
      continue;
    if (!comma && !oneSpaceApart(tokens, person.last, c.first)) continue;
    stretchOver(person, tokens, c.last, 'PERSON', 'name.generational-suffix', cands, gone);
  }
  // `James A. Baker 3d`: the New York Times wrote the ordinal in lower case, so no name holds it; nor
  // does any hold a suffix after a full name of the dictionaries (`Henry Ford II`): the son, no actor.
  const startingAt = namesStartingAt(cands);
  for (const person of endingAt.values()) {
    const next = person.last + 1;
    if (person.last === person.first && !person.actorIds.length) continue;
    const suffix = tokens[next];
    if (
      suffix?.sentence === person.sentence &&
      !startingAt.has(next) &&
      suffixes.has(suffix.norm.replace(/\.$/, '')) &&
      /^\p{Lu}/u.test(suffix.text) &&
      oneSpaceApart(tokens, person.last, next)
    ) {
      stretchOver(person, tokens, next, 'PERSON', 'name.generational-suffix', cands, gone);
      continue;
    }
    // The tokenizer splits the ordinal's digit from its letter.
    const d = tokens[next + 1];
    if (tokens[next]?.sentence !== person.sentence || !/^[234]$/.test(tokens[next].text)) continue;
    if (d?.text !== 'd' || d.start !== tokens[next].end || !oneSpaceApart(tokens, person.last, next))
      continue;
    // Written after the name the dictionaries know, the ordinal names that person (Baker was the third).
    const { actorIds } = person;
    stretchOver(person, tokens, next + 1, 'PERSON', 'name.generational-suffix', cands, gone);
    person.actorIds = actorIds;
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/** A word no dictionary knows read as a person only by the title before it (`General Confederation`). */
const titledWord = (c: Candidate | undefined) =>
  !!c && c.first === c.last && !c.actorIds.length && !!c.role && c.rules[0] === 'name.unknown+title';

/**
 * `South African Revenue Service (SARS)`, `Rally of Houphouëtists for Democracy and Peace (RHDP)`,
 * `Ministry of Science, Innovation, Technology and Telecommunications (MICITT)`: the capitalised words
 * right before an acronym in brackets are the one name it abbreviates, where the scanner cut them at
 * `and`, a comma, a demonym or a place (rule `name.before-acronym`), an organisation's. The letters are
 * not compared: translated names keep the original's (`General Confederation of Labour (CGT)`). Only
 * over names, none a person's, one at least no dictionary knows (a list of known places before a
 * bracket stays a list).
 */
export function namesBeforeAcronyms(
  cands: Candidate[],
  tokens: Token[],
  isConnector: (norm: string) => boolean,
  /** Head words of organisations' and places' names (`service`, `party`). */
  isHead: (norm: string) => boolean,
): Candidate[] {
  const owner = new Map<number, Candidate>();
  for (const c of cands) for (let k = c.first; k <= c.last; k++) owner.set(k, c);
  // (not an adjective made of a name: `UN-recognised`)
  const capitalised = (k: number) => /^(?:[dl]['’])?\p{Lu}(?!.*-\p{Ll})/u.test(tokens[k]?.text ?? '');
  const gone = new Set<Candidate>();
  const added: Candidate[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (
      tokens[i].text !== '(' ||
      tokens[i + 2].text !== ')' ||
      !/^[A-Z][A-Z&-]{1,8}$/.test(tokens[i + 1].text)
    )
      continue;
    const end = i - 1;
    const sentence = tokens[i].sentence;
    if (!capitalised(end) || tokens[end].sentence !== sentence) continue;
    let start = end;
    // A comma only in a list of fields closed by `and` (`Science, Innovation, Technology and ...`;
    // `EAST PALESTINE, Ohio (AP)` is a dateline).
    let and = false;
    for (let k = end - 1; k >= 0 && end - k < 16 && tokens[k].sentence === sentence; k--) {
      const t = tokens[k];
      if (t.norm === 'and' || t.text === '&') and = true;
      const word = capitalised(k) || (/^[a-z]+$/.test(t.text) && isConnector(t.norm));
      const comma = t.text === ',' && and && capitalised(k - 1) && capitalised(k + 1);
      if ((!word && !comma) || (owner.get(k)?.type === 'PERSON' && !titledWord(owner.get(k)))) break;
      start = k;
    }
    // Not `The`, nor a sentence's first word no mention took (`Suspended South African Revenue Service`).
    while (
      start < end &&
      (!capitalised(start) ||
        /^the$/i.test(tokens[start].text) ||
        (!owner.has(start) && tokens[start - 1]?.sentence !== sentence))
    )
      start++;
    // `the Haines City Police Department and Homeland Security Investigations (HSI)`: where the last
    // words after `and` spell the acronym, they alone are its name, and the words before another's.
    const letters = tokens[i + 1].text.replace(/[&-]/g, '');
    let initials = '';
    let spelled = false;
    for (let k = end; k > start; k--) {
      if (!capitalised(k)) continue;
      initials = tokens[k].text[0] + initials;
      if (initials.length > letters.length) break;
      if (initials === letters && (tokens[k - 1].norm === 'and' || tokens[k - 1].text === ',')) {
        start = k;
        spelled = true;
        break;
      }
    }
    // `the US Cybersecurity and Infrastructure Security Agency (CISA)`: a country read apart before a
    // body whose name lacks it stays apart.
    const country = owner.get(start);
    if (country?.type === 'GPE' && country.rules.includes('name.country-before-body'))
      start = country.last + 1;
    const inside = cands.filter((c) => c.last >= start && c.first <= end);
    if (
      inside.some(
        (c) =>
          c.first < start ||
          c.last > end ||
          !(c.kind === 'name' || (c.kind === 'demonym' && c.first === start)) ||
          (c.type === 'PERSON' && !(titledWord(c) && c.role && c.role.start >= tokens[start].start)),
      )
    )
      continue;
    let words = 0;
    let uncovered = false;
    // A body's head word or a connector says it is one name (`General Smith (GS)` is a person's).
    let bodyLike = false;
    for (let k = start; k <= end; k++) {
      if (capitalised(k)) {
        words++;
        if (!owner.has(k)) uncovered = true;
      }
      if (!capitalised(k) || isHead(tokens[k].norm)) bodyLike = true;
    }
    const whole = inside.length === 1 && inside[0].first === start && inside[0].last === end;
    if (words < 2 || !(bodyLike || spelled) || !(uncovered || inside.some((c) => !c.actorIds.length)))
      continue;
    // Read whole already, but typed by nothing (`Bangko Sentral ng Pilipinas (BSP)`): an organisation.
    if (whole) {
      // (not a law, a treaty or a programme: `National Food Security Act (NFSA)`, `Belt and Road Initiative (BRI)`)
      // (`International Covenant on Civil and Political Rights (ICCPR)`: the law's head may open it)
      let law = false;
      for (let k = start; k <= end; k++) if (LAW_HEAD.test(tokens[k].norm)) law = true;
      if (inside[0].type === 'OTHER' && !inside[0].actorIds.length && !law) {
        inside[0].type = 'ORG';
        inside[0].rules.push('name.before-acronym');
      }
      continue;
    }
    for (const c of inside) gone.add(c);
    added.push(
      candidateOver(tokens, start, end, sentence, {
        type: 'ORG',
        actorIds: [],
        role: inside[0]?.first === start ? inside[0].role : null,
        rules: ['name.before-acronym'],
        confidence: 0.8,
      }),
    );
  }
  if (!gone.size && !added.length) return cands;
  return [...cands.filter((c) => !gone.has(c)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * `Genaro García Luna ... García Luna said`, `Andrés Manuel López Obrador ... López Obrador`: the last
 * two or three words of a person named in full, met again together, are that person, whatever the
 * dictionaries make of each word (`García` is also a town of Nuevo León). Spanish and Portuguese
 * names keep both surnames on second mention. Only where those words were read as two mentions or
 * more, or as one of another type, each within them (rule `name.double-surname`).
 */
export function doubleSurnames(cands: Candidate[], tokens: Token[]): Candidate[] {
  const wordsKey = (from: number, to: number) =>
    tokens
      .slice(from, to + 1)
      .map((t) => t.norm)
      .join(' ');
  /** Tails of full names by their key, and their lengths. */
  const tails = new Set<string>();
  /** The first words of the tails: most names open with none, and are passed over at once. */
  const openers = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'PERSON' || c.kind !== 'name' || c.last - c.first < 2) continue;
    for (let k = 2; k <= 3 && k <= c.last - c.first; k++) {
      const from = c.last - k + 1;
      if (!/^\p{Lu}/u.test(tokens[from].text)) continue;
      tails.add(wordsKey(from, c.last));
      openers.add(tokens[from].norm);
    }
  }
  if (!tails.size) return cands;
  const gone = new Set<Candidate>();
  const added: Candidate[] = [];
  for (const c of cands) {
    if (c.kind !== 'name' || gone.has(c) || !openers.has(tokens[c.first].norm)) continue;
    for (const k of [3, 2]) {
      const to = c.first + k - 1;
      if (tokens[to]?.sentence !== c.sentence || !tails.has(wordsKey(c.first, to))) continue;
      const inside = cands.filter((o) => o.first >= c.first && o.first <= to);
      if (inside.some((o) => o.last > to || o.kind !== 'name') || inside.at(-1)?.last !== to) continue;
      if (inside.length < 2 && c.type === 'PERSON') continue;
      for (const o of inside) gone.add(o);
      added.push(
        candidateOver(tokens, c.first, to, c.sentence, {
          type: 'PERSON',
          actorIds: [],
          role: c.role,
          titleKey: c.titleKey,
          rules: ['name.double-surname'],
          confidence: 0.8,
        }),
      );
      break;
    }
  }
  if (!gone.size) return cands;
  return [...cands.filter((c) => !gone.has(c)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * `"... lose a final," van Marwijk told reporters`, `de Ruyter said`: the particles in lower case before a
 * person's surname, where no given name before took them into the name already, belong to the surname
 * (rule `name.particle-before-surname`); up to two (`van der Sar`). Run after coreference, which matches
 * the surname alone.
 */
export function particlesBeforeSurnames(
  cands: Candidate[],
  tokens: Token[],
  isParticle: (word: string) => boolean,
): void {
  const taken = new Set<number>();
  for (const c of cands) for (let k = c.first; k <= c.last; k++) taken.add(k);
  for (const c of cands) {
    if (c.kind !== 'name' || c.type !== 'PERSON' || !/^[A-Z]/.test(tokens[c.first].text)) continue;
    let first = c.first;
    while (
      first > c.first - 2 &&
      first > 0 &&
      isParticle(tokens[first - 1].text) &&
      !taken.has(first - 1) &&
      tokens[first - 1].sentence === c.sentence &&
      oneSpaceApart(tokens, first - 1, first)
    )
      first--;
    if (first === c.first) continue;
    // After another name the particle may link the two (`Paris de Ruyter`): left alone.
    if (first > 0 && taken.has(first - 1) && oneSpaceApart(tokens, first - 1, first)) continue;
    c.first = first;
    c.start = tokens[first].start;
    c.rules.push('name.particle-before-surname');
  }
}

/**
 * `On the ferry Boris Johnson met voters`: a name right after a sentence's opening phrase (a
 * preposition, then lower-case words) and before a verb is the sentence's subject, not the vessel's name.
 */
function subjectAfterOpeningPhrase(tokens: Token[], c: Candidate): boolean {
  const next = tokens[c.last + 1];
  if (next?.sentence !== c.sentence || (next.pos !== 'VERB' && next.pos !== 'AUX')) return false;
  let k = c.first - 1;
  while (
    k > 0 &&
    tokens[k - 1].sentence === c.sentence &&
    /^[a-z]/.test(tokens[k - 1].text) &&
    tokens[k - 1].pos !== 'ADP'
  )
    k--;
  const preposition = tokens[k - 1];
  return (
    preposition?.sentence === c.sentence &&
    preposition.pos === 'ADP' &&
    tokens[k - 2]?.sentence !== c.sentence
  );
}

/**
 * `the aircraft carrier Ronald Reagan`, `the ship Mary Rose`: a person's name right after a noun for a
 * vessel or a craft (lexicon `vehicle-noun`; `carrier` after `aircraft`) names the vessel, no actor
 * (rule `type.vehicle-named-for-person`), even when the dictionaries know the person.
 */
export function vehiclesNamedForPeople(
  cands: Candidate[],
  tokens: Token[],
  vehicleNouns: ReadonlySet<string>,
): void {
  for (const c of cands) {
    if (c.kind !== 'name' || c.type !== 'PERSON' || c.role) continue;
    const noun = tokens[c.first - 1];
    if (noun?.sentence !== c.sentence || !/^[a-z]/.test(noun.text)) continue;
    const carrier = noun.norm === 'carrier' && tokens[c.first - 2]?.norm === 'aircraft';
    if (!carrier && !vehicleNouns.has(noun.norm)) continue;
    if (subjectAfterOpeningPhrase(tokens, c)) continue;
    c.type = 'OTHER';
    c.actorIds = [];
    c.gender = null;
    c.rules.push('type.vehicle-named-for-person');
  }
}

/**
 * `a gray Dodge Charger`, `a white Chevrolet Silverado`, `the Jeep Grand Cherokee`: a vehicle maker's name
 * (lexicon `vehicle-make`) and one or two capitalised words after it name a model, a product (OTHER,
 * rule `type.vehicle-model`), not a person or a company; a people's name the dictionaries know ends the
 * model (`Jeep Cherokee`). Not before a body's head word (`Ford Foundation`, `Toyota Motor`) nor a title.
 */
export function vehicleModels(
  cands: Candidate[],
  tokens: Token[],
  makes: ReadonlySet<string>,
  isHeadOrTitle: (word: string) => boolean,
): Candidate[] {
  const gone = new Set<Candidate>();
  const byFirst = new Map(cands.map((c) => [c.first, c]));
  for (const c of cands) {
    if (c.kind !== 'name' || c.last - c.first > 2 || c.role || c.actorIds.length) continue;
    if (!makes.has(tokens[c.first].norm) || !/^\p{Lu}/u.test(tokens[c.first].text)) continue;
    // `Jeep Cherokee`, `Jeep Grand Cherokee`: a people's name right after the make is the model's last word.
    const people = byFirst.get(c.last + 1);
    const glued =
      people?.type === 'NORP' && people.first === people.last && oneSpaceApart(tokens, c.last, c.last + 1);
    if (c.last === c.first && !glued) continue;
    let model = true;
    for (let k = c.first + 1; k <= c.last; k++) if (isHeadOrTitle(tokens[k].norm)) model = false;
    if (!model) continue;
    if (glued && people) {
      c.last = people.last;
      c.end = people.end;
      gone.add(people);
    }
    c.type = 'OTHER';
    c.actorIds = [];
    c.gender = null;
    c.rules.push('type.vehicle-model');
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/**
 * `Tesla's Model 3`, `the Series 3`, `an Ariane 6 rocket`: a one-word name no dictionary knows, typed an
 * organisation or nothing, before a small number that ends the phrase is a model with its number, OTHER
 * (rule `name.model-number`). Not before a capitalised word (`Channel 4 News`, `Region 4 Rebels`), not a
 * person (`Faldo 70`, a score) nor a place (`Terminal 5`).
 */
export function modelNumbers(
  cands: Candidate[],
  tokens: Token[],
  /** Words that head a place's name from its first word (lexicon `head-first`): `Zona 5`, `Comuna 13`. */
  headFirst: ReadonlyMap<string, EntityType>,
): void {
  for (const c of cands) {
    if (c.kind !== 'name' || c.first !== c.last || c.actorIds.length || c.role) continue;
    if ((c.type !== 'ORG' && c.type !== 'OTHER') || c.rules.some((r) => TEAM_RULES.has(r))) continue;
    const number = tokens[c.last + 1];
    if (
      number?.sentence !== c.sentence ||
      !/^\d{1,3}$/.test(number.text) ||
      !oneSpaceApart(tokens, c.last, c.last + 1)
    )
      continue;
    const after = tokens[c.last + 2];
    if (after?.sentence === c.sentence && /^[A-Z0-9]/.test(after.text) && /\w/.test(after.text)) continue;
    // `Highlanders 2 Dynamos 1`: a small number before the name too makes a score (`Boeing 737 Max 9`
    // is a model).
    if (/^\d{1,2}$/.test(tokens[c.first - 1]?.text ?? '')) continue;
    c.last += 1;
    c.end = number.end;
    // `in Zona 5`, `Comuna 13`: a district numbered in a language that puts the head first is a place.
    const place = headFirst.get(tokens[c.first].norm);
    c.type = place === 'GPE' || place === 'LOC' ? place : 'OTHER';
    c.rules.push('name.model-number');
  }
}

/** A word of a nickname: capitalised, or a handle with a capital or a digit inside (`apEX`, `s1mple`, `910`). */
const NICKNAME_WORD = /^(?:[A-Z][\w'-]*|[a-z\d][\w-]*[A-Z\d][\w-]*|\d+)$/;

const OPENING_QUOTE = /^["“‘']$/;
const CLOSING_QUOTE = /^["”’']$/;

/**
 * `Walter "Bud" Lindqvist`, `Joaquín "El Chapo" Guzmán`: a given name, a nickname of one to three
 * capitalised words in quotes and a surname are one person's name (rule `name.quoted-nickname`). A
 * word no dictionary knows may be the given name too (`Kemar "Bigga" Russell`), before a surname of
 * one word. A gamer's handle is a nickname too (`Dan "apEX" Madesclaire`).
 */
export function quotedNicknames(
  cands: Candidate[],
  tokens: Token[],
  firstNames: ReadonlyMap<string, string>,
): Candidate[] {
  const startingAt = new Map<number, Candidate>();
  for (const c of cands) if (c.kind === 'name') startingAt.set(c.first, c);
  const gone = new Set<Candidate>();
  const nicknames = new Set<string>();
  for (const c of cands) {
    if (c.kind !== 'name' || gone.has(c)) continue;
    if (c.type !== 'PERSON' && c.type !== 'OTHER') continue;
    const given = firstNames.has(tokens[c.first].norm);
    if (!given && (c.first !== c.last || c.actorIds.length)) continue;
    const open = c.last + 1;
    if (!OPENING_QUOTE.test(tokens[open]?.text ?? '') || tokens[open].sentence !== c.sentence) continue;
    let close = open + 1;
    // Capitalised words, or a gamer's handle (`apEX`, `910`).
    while (close <= open + 4 && close < tokens.length && NICKNAME_WORD.test(tokens[close].text)) close++;
    if (close === open + 1 || !CLOSING_QUOTE.test(tokens[close]?.text ?? '')) continue;
    if (tokens[close].start !== tokens[close - 1].end || tokens[open].end !== tokens[open + 1].start)
      continue;
    // The surname: a name found there, or a capitalised word no rule took.
    const after = tokens[close + 1];
    if (after?.sentence !== c.sentence || !oneSpaceApart(tokens, close, close + 1)) continue;
    // A one-word name of a town or body is a surname here (`Dwayne "Bigga" Campbell`).
    const surname = startingAt.get(close + 1);
    if (
      surname
        ? surname.type !== 'PERSON' && surname.type !== 'OTHER' && surname.first !== surname.last
        : !/^[A-Z][a-z]/.test(after.text)
    )
      continue;
    const last = surname?.last ?? close + 1;
    // (a surname of one word, or with a generational suffix: `Aquilino "Koko" Pimentel III`)
    if (
      !given &&
      last !== close + 1 &&
      !(last === close + 2 && /^(?:II|III|IV|Jr\.?|Sr\.?)$/.test(tokens[last].text))
    )
      continue;
    for (const o of cands) if (o !== c && o.first > c.last && o.first <= last) gone.add(o);
    c.last = last;
    c.end = tokens[last].end;
    c.type = 'PERSON';
    c.actorIds = [];
    c.rules.push('name.quoted-nickname');
    if (close === open + 2) nicknames.add(tokens[open + 1].text);
  }
  // `Harold "Hal" Eugene Lindquist ... Hal was born`: the nickname alone later is that person, whatever a
  // guess or a dictionary's acronym made of it (rule `coref.quoted-nickname`).
  for (const c of cands)
    if (
      !gone.has(c) &&
      c.kind === 'name' &&
      c.first === c.last &&
      c.type !== 'PERSON' &&
      nicknames.has(tokens[c.first].text) &&
      !OPENING_QUOTE.test(tokens[c.first - 1]?.text ?? '')
    ) {
      c.type = 'PERSON';
      c.actorIds = [];
      c.rules.push('coref.quoted-nickname');
    }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/**
 * `PPP/C`: two acronyms joined by a slash written tight are one name, an organisation's (rule
 * `name.slashed-acronym`), not the dictionaries' body of the first (`PPP`); a place on either side keeps
 * them apart (`US/UK`, and so `AC/DC`, whose `DC` is Washington's).
 */
export function slashedAcronyms(cands: Candidate[], tokens: Token[], kb: ActorKnowledge): Candidate[] {
  const startingAt = new Map<number, Candidate>();
  for (const c of cands) startingAt.set(c.first, c);
  const isPlace = (c: Candidate | undefined) =>
    !!c && (c.type === 'GPE' || c.type === 'LOC' || kb.actor(c.actorIds[0] ?? '')?.type === 'GPE');
  const gone = new Set<Candidate>();
  for (const c of cands) {
    if (c.kind !== 'acronym' || c.first !== c.last || gone.has(c) || isPlace(c)) continue;
    const slash = tokens[c.last + 1];
    const other = tokens[c.last + 2];
    if (slash?.text !== '/' || slash.start !== tokens[c.last].end || other?.start !== slash.end) continue;
    if (!/^[A-Z]{1,5}$/.test(other.text)) continue;
    const second = startingAt.get(c.last + 2);
    if (isPlace(second)) continue;
    if (second) gone.add(second);
    c.last += 2;
    c.end = other.end;
    c.type = 'ORG';
    c.actorIds = [];
    c.rules = ['name.slashed-acronym'];
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/**
 * `Chevron (CVX.N)`, `Toyota (7203.T)`, `BP (BP.L)`: a ticker and its exchange's code in brackets, written
 * tight, are one name, the company's listing, an organisation (rule `name.exchange-ticker`); the name
 * before it is the company.
 */
export function exchangeTickers(cands: Candidate[], tokens: Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i + 4 < tokens.length; i++) {
    if (tokens[i].text !== '(') continue;
    const [ticker, stop, code, close] = [tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
    if (
      !/^[A-Z0-9]{1,6}$/.test(ticker.text) ||
      stop.text !== '.' ||
      !/^[A-Z]{1,2}$/.test(code.text) ||
      close.text !== ')' ||
      ticker.start !== tokens[i].end ||
      stop.start !== ticker.end ||
      code.start !== stop.end ||
      close.start !== code.end
    )
      continue;
    found.push(
      candidateOver(tokens, i + 1, i + 3, ticker.sentence, {
        type: 'ORG',
        actorIds: [],
        rules: ['name.exchange-ticker'],
        confidence: 0.85,
      }),
    );
  }
  if (!found.length) return cands;
  // `Wistron (3231.TW)`: the name before a listing is a company's, whatever a guess typed it (rule
  // `type.company-before-ticker`).
  for (const f of found) {
    const company = cands.find((c) => c.last === f.first - 2 && c.kind === 'name');
    if (company && company.type !== 'ORG' && company.rules.every((r) => GUESS_RULES.has(r))) {
      company.type = 'ORG';
      company.rules.push('type.company-before-ticker');
    }
  }
  const covered = (c: Candidate) => found.some((f) => c.first >= f.first && c.last <= f.last);
  return [...cands.filter((c) => !covered(c)), ...found];
}

/**
 * `Best Actress in a Musical`, `Best Original Screenplay`, `Best African Music Performance`: `Best` and the
 * capitalised words after it, the first an award's category word (lexicon `award-category`) or a title
 * (`Actress`), with an `in a` and one more capitalised word, name an award's category, OTHER (rule
 * `name.award-category`), not the Dutch town `Best` and a role.
 */
export function awardCategoryNames(
  cands: Candidate[],
  tokens: Token[],
  isCategoryWord: (word: string) => boolean,
): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].text !== 'Best' || tokens[i + 1].sentence !== tokens[i].sentence) continue;
    if (!/^\p{Lu}/u.test(tokens[i + 1].text) || !isCategoryWord(tokens[i + 1].norm)) continue;
    let last = i + 1;
    while (tokens[last + 1]?.sentence === tokens[i].sentence && /^\p{Lu}\p{Ll}/u.test(tokens[last + 1].text))
      last++;
    const [inWord, article, what] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
    if (inWord?.norm === 'in' && /^(?:a|an)$/.test(article?.norm ?? '') && /^\p{Lu}/u.test(what?.text ?? ''))
      last += 3;
    found.push(
      candidateOver(tokens, i, last, tokens[i].sentence, {
        type: 'OTHER',
        actorIds: [],
        rules: ['name.award-category'],
        confidence: 0.8,
      }),
    );
    i = last;
  }
  return replacedBy(cands, found);
}

/**
 * `Symphony No. 7`, `Republic Act No. 3019`, `School No. 121`: a name ending in `No.` goes on over the
 * number after it (rule `name.numbered`).
 */
export function numberedNames(cands: Candidate[], tokens: Token[]): void {
  for (const c of cands) {
    if (c.kind !== 'name' || c.last === c.first || !/^No\.?$/.test(tokens[c.last].text)) continue;
    const number = tokens[c.last + 1];
    if (number?.sentence !== c.sentence || !/^\d+[A-Za-z]?$/.test(number.text)) continue;
    c.last += 1;
    c.end = number.end;
    c.rules.push('name.numbered');
  }
}

/**
 * `HMNZS Wellington`, `USS Gerald R. Ford`, `RRS Sir David Attenborough`, `MV Abhijan-10`: a ship's prefix
 * in capitals (lexicon `ship-prefix`) and the capitalised words after it are one vehicle, OTHER (rule
 * `name.ship`), whatever the words name on their own.
 */
export function shipNames(cands: Candidate[], tokens: Token[], prefixes: ReadonlySet<string>): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!/^[A-Z]{2,5}$/.test(t.text) || !prefixes.has(t.norm)) continue;
    let last = i;
    for (let k = i + 1; k < tokens.length && tokens[k].sentence === t.sentence; k++) {
      const w = tokens[k];
      const tight = w.start === tokens[k - 1].end;
      const word = /^\p{Lu}[\p{L}'’]*\.?$/u.test(w.text) && w.start === tokens[k - 1].end + 1;
      // `Abhijan-10`: a hyphen and a number written tight
      const glued =
        tight && k > i + 1 && (w.text === '-' || (/^[\dA-Z]+$/.test(w.text) && tokens[k - 1].text === '-'));
      if (!word && !glued) break;
      last = k;
    }
    if (tokens[last].text === '-') last--;
    if (last === i) continue;
    found.push(
      candidateOver(tokens, i, last, t.sentence, {
        type: 'OTHER',
        actorIds: [],
        rules: ['name.ship'],
        confidence: 0.8,
      }),
    );
    i = last;
  }
  if (!found.length) return cands;
  const covered = (c: Candidate) => found.some((f) => c.start < f.end && f.start < c.end);
  return [...cands.filter((c) => !covered(c)), ...found];
}

/**
 * `Malawi Congress Party`, `Zambia Democratic Party`: a country's name right before a party the
 * dictionaries know by a name ending in `Party` is that country's own party, one name (rule
 * `name.country+party`), not the country and another country's party (`Congress Party` is India's).
 */
export function countryParties(cands: Candidate[], tokens: Token[], kb: ActorKnowledge): Candidate[] {
  const startingAt = new Map<number, Candidate>();
  for (const c of cands) startingAt.set(c.first, c);
  const gone = new Set<Candidate>();
  for (const c of cands) {
    if (c.kind !== 'name' || gone.has(c) || kb.actor(c.actorIds[0] ?? '')?.kind !== 'country') continue;
    const party = startingAt.get(c.last + 1);
    if (party?.type !== 'ORG' || !oneSpaceApart(tokens, c.last, c.last + 1)) continue;
    if (kb.actor(party.actorIds[0] ?? '')?.kind !== 'party' || tokens[party.last].norm !== 'party') continue;
    gone.add(party);
    c.last = party.last;
    c.end = party.end;
    c.type = 'ORG';
    c.actorIds = [];
    c.rules = ['name.country+party'];
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/** A credit line's opening (`Photo:`, `Picture:`), before the photographer and their paper. */
const CREDIT_LINE = /\b(?:Photo|Picture|Image|Photograph|Credit)s?[ \t]*:[^\n:]*$/i;
/**
 * A line that credits other papers or agencies (`With files from Huntsville Forester`, `With reports from
 * Milenio and El Informador`, `With inputs from PTI`), up to a source of the list.
 */
const FILES_FROM =
  /(?:^|\n)[ \t]*(?:[-–—][ \t]*)?With (?:files|reports|information|inputs?) from(?:[ \t][^\n]*?(?:,|[ \t]and))?[ \t]*$/i;
/** What may follow a source on its credit line: the next one of the list. */
const NEXT_SOURCE = /^(?:,|[ \t]+and[ \t])/;

/**
 * `Photo: Rachel Fenton/Huntsville Forester`, `With files from The Canadian Press`: the names after a
 * photographer's slash, or after `With files from`, to the end of the line are one source, a paper or
 * an agency (rule `type.credit-source`), though a town opens its name.
 */
export function creditSources(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  firstNames: { has(word: string): boolean },
): Candidate[] {
  const sorted = cands.filter((c) => c.kind === 'name').sort((a, b) => a.start - b.start);
  const gone = new Set<Candidate>();
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i];
    if (gone.has(c)) continue;
    const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
    const before = text.slice(lineStart, c.start);
    const person = sorted[i - 1];
    const afterSlash =
      before.endsWith('/') &&
      person?.type === 'PERSON' &&
      person.end === c.start - 1 &&
      CREDIT_LINE.test(text.slice(Math.max(0, lineStart - 1), person.start));
    if (!afterSlash && !FILES_FROM.test(text.slice(Math.max(0, lineStart - 1), c.start))) continue;
    // A person's name there is a second photographer or a reporter (`Photo: John Smith/Jane Doe`, `With
    // files from Mark Edwards`); a guess with no given name is not (`With information from Prensa Libre`).
    const guess = !c.actorIds.length && c.rules.every((r) => GUESS_RULES.has(r));
    if (c.type === 'PERSON' && (afterSlash || !guess || firstNames.has(tokens[c.first].norm))) continue;
    // The source runs to the end of the line, in capitalised words (`Telegraph & Argus`).
    const lineEnd = text.indexOf('\n', c.end);
    const stop = lineEnd < 0 ? text.length : lineEnd;
    let last = c.last;
    while (tokens[last + 1] && tokens[last + 1].end <= stop && /^(?:\p{Lu}|&$)/u.test(tokens[last + 1].text))
      last++;
    const rest = text.slice(tokens[last].end, stop);
    if (rest.trim() !== '' && !(FILES_FROM.test(before) && NEXT_SOURCE.test(rest))) continue;
    if (last > c.last) stretchOver(c, tokens, last, 'ORG', 'type.credit-source', sorted, gone);
    else if (c.type !== 'ORG') {
      c.type = 'ORG';
      c.actorIds = [];
      c.rules.push('type.credit-source');
    }
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/** Words of motion before `the Sun` that make it the star. */
const AROUND_THE_SUN = /^(?:around|round|orbit|orbits|orbiting|orbited|circling|toward|towards|sunward)$/;
/** Parts and powers of the star after `the Sun's`. */
const SUN_PARTS =
  /^(?:corona|surface|atmosphere|rays|light|gravity|angle|magnetic|activity|poles?|core|heat|radiation|wind|output|cycle|disc|disk|glare)$/;

/** A word spelt like a day's or a month's abbreviation, with its stop, ending a text. */
const DAY_OR_MONTH_STOP =
  /(?:^|\s)(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

/** Abbreviations besides legal forms whose full stop belongs to a name (`Warner Bros.`, `Main St.`). */
const ABBREVIATION_STOP = /^(?:bros|jr|sr|pty|ave|blvd|rd|st)$/;

/**
 * `in El Olivar, Viña del Mar. (Agencia Uno)`: a full stop the tokenizer kept with a name's last word
 * (`Mar.` is also March) ends the sentence, not the name, when the actor bears the name without it,
 * none of its names ends with a stop, and a capital, a bracket or the end of the text follows (rule
 * `name.sentence-stop-trimmed`).
 */
export function sentenceStopsOutOfNames(
  cands: Candidate[],
  text: string,
  kb: ActorKnowledge,
  /** Legal forms (lexicon `corporate-suffix`), whose stop stays: `Valhi Inc.`. */
  legalForms: ReadonlySet<string>,
): void {
  for (const c of cands) {
    if (c.kind !== 'name' || text[c.end - 1] !== '.' || c.end - c.start < 4) continue;
    if (!/^\s*(?:$|[\p{Lu}(\n"“])/u.test(text.slice(c.end, c.end + 3))) continue;
    // `orbits the Sun.`, `met Kim Jun.`: the tokenizer reads a day's or a month's abbreviation with its
    // stop; ending a name at a sentence's end it is the name's last word.
    if (!c.actorIds.length) {
      if (DAY_OR_MONTH_STOP.test(text.slice(c.start, c.end))) {
        c.end -= 1;
        c.rules.push('name.sentence-stop-trimmed');
      }
      continue;
    }
    const actor = kb.actor(c.actorIds[0]);
    if (!actor || actor.names.some((n) => n.endsWith('.'))) continue;
    // Only a name the actor bears without the stop (`Viña del Mar`), not an abbreviation (`Calif.`).
    const bare = nameKey(text.slice(c.start, c.end - 1));
    if (!actor.names.some((n) => nameKey(n) === bare)) continue;
    // An initial, an abbreviation of initials or a legal form keeps its dot (`John F.`, `D.C.`, `Inc.`).
    if (/(?:^|\s)\p{Lu}\.$|(?:\p{Lu}\.){2,}$/u.test(text.slice(c.start, c.end))) continue;
    const lastWord = /(\p{L}+)\.$/u.exec(text.slice(c.start, c.end))?.[1].toLowerCase() ?? '';
    if (legalForms.has(lastWord) || ABBREVIATION_STOP.test(lastWord)) continue;
    c.end -= 1;
    c.rules.push('name.sentence-stop-trimmed');
  }
}

/**
 * `SPLM-IO`, `ZANU-PF`: an acronym, a glued hyphen and a short acronym no dictionary knows are one
 * organisation's acronym (rule `name.acronym-hyphen-acronym`); `US-UK` talks name two countries.
 */
export function hyphenedAcronyms(cands: Candidate[], tokens: Token[]): Candidate[] {
  const gone = new Set<Candidate>();
  for (const c of cands) {
    if (gone.has(c) || c.first !== c.last || !/^[A-Z]{2,6}$/.test(tokens[c.first].text)) continue;
    const [hyphen, part] = [tokens[c.last + 1], tokens[c.last + 2]];
    if (hyphen?.text !== '-' || !tight(tokens[c.last], hyphen) || !part || !tight(hyphen, part)) continue;
    const second = cands.find((o) => o.first === c.last + 2);
    if (!second || second.first !== second.last || second.actorIds.length || !/^[A-Z]{1,4}$/.test(part.text))
      continue;
    stretchOver(c, tokens, c.last + 2, 'ORG', 'name.acronym-hyphen-acronym', cands, gone);
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/**
 * `the Trade Act of 1974`, `the Civil Rights Act of 1964`, `the Climate Change Act 2008`: a law's name
 * ending in `Act` goes on over `of` and its year, or over the year alone, as Commonwealth laws are cited
 * (rule `name.act-of-year`).
 */
export function actsOfYears(cands: Candidate[], tokens: Token[]): void {
  const YEAR = /^(?:1[6-9]|20)\d\d$/;
  for (const c of cands) {
    if (c.kind !== 'name' || tokens[c.last].norm !== 'act') continue;
    const [next, after] = [tokens[c.last + 1], tokens[c.last + 2]];
    if (next?.sentence !== c.sentence) continue;
    let last = -1;
    if (next.norm === 'of' && YEAR.test(after?.text ?? '')) last = c.last + 2;
    else if (YEAR.test(next.text) && oneSpaceApart(tokens, c.last, c.last + 1)) last = c.last + 1;
    if (last < 0) continue;
    c.last = last;
    c.end = tokens[last].end;
    c.type = 'OTHER';
    c.rules.push('name.act-of-year');
  }
}

/** Words of an article about multi-sport games, where a host town and a year name the games. */
const GAMES_WORDS = new Set([
  'olympic',
  'olympics',
  'olympian',
  'paralympic',
  'paralympics',
  'games',
  'medal',
]);
/** Words after a host town and a year that make them the organisers, a body (`the Paris 2024 organising committee`). */
const ORGANISER_WORDS = /^(?:organising|organizing|organisers|organizers|committee|chief|chiefs)$/;

/**
 * `at London 2012`, `the Paris 2024 Games`, `Tokyo 2020 champion`: in an article about the Olympic or
 * Commonwealth Games, a town of the dictionaries and a year after it name one games, an event (OTHER, rule
 * `type.games-of-year`); before `organising` or `committee` the organisers, a body.
 */
export function gamesOfYears(cands: Candidate[], tokens: Token[]): void {
  if (!tokens.some((t) => GAMES_WORDS.has(t.norm))) return;
  for (const c of cands) {
    if (c.kind !== 'name' || c.type !== 'GPE' || !c.actorIds.length) continue;
    const year = tokens[c.last + 1];
    if (
      year?.sentence !== c.sentence ||
      !/^(?:18|19|20)\d\d$/.test(year.text) ||
      !oneSpaceApart(tokens, c.last, c.last + 1)
    )
      continue;
    c.last += 1;
    c.end = year.end;
    c.type = ORGANISER_WORDS.test(tokens[c.last + 1]?.norm ?? '') ? 'ORG' : 'OTHER';
    c.actorIds = [];
    c.rules.push('type.games-of-year');
  }
}

/**
 * `COP28`, `Cop27`, `COP 16`, `the COP`: one meeting of a series of summits named by its acronym (lexicon
 * `numbered-event`), with its number glued or after a space, or alone, is an event, OTHER (rule
 * `type.numbered-event`), not the body that holds it nor a call sign. Not before an amount (`COP 5,000` is
 * Colombian pesos).
 */
export function numberedEvents(cands: Candidate[], tokens: Token[], series: ReadonlySet<string>): void {
  for (const c of cands) {
    if (c.kind !== 'name' && c.kind !== 'acronym') continue;
    const glued = /^([A-Za-z]+)\d{1,2}$/.exec(tokens[c.first].text);
    const head = (glued?.[1] ?? tokens[c.first].text).toLowerCase();
    if (!series.has(head) || (!glued && !/^[A-Z]+$/.test(tokens[c.first].text))) continue;
    let last = c.first;
    const number = tokens[c.first + 1];
    if (!glued && number?.sentence === c.sentence && /^\d/.test(number.text)) {
      if (!/^\d{1,2}$/.test(number.text) || !oneSpaceApart(tokens, c.first, c.first + 1)) continue;
      last = c.first + 1;
    }
    if (c.last > last) continue;
    c.last = last;
    c.end = tokens[last].end;
    c.type = 'OTHER';
    c.kind = 'name';
    c.actorIds = [];
    c.rules.push('type.numbered-event');
  }
}

/**
 * `the 'Ndrangheta`: a name of the dictionaries written with a leading apostrophe there (`'Ndrangheta`,
 * `’Ndrangheta`) takes in the apostrophe glued before it (rule `name.leading-apostrophe`).
 */
export function leadingApostrophes(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  kb: ActorKnowledge,
): void {
  for (const c of cands) {
    if (c.kind !== 'name' || !c.actorIds.length) continue;
    const mark = tokens[c.first - 1];
    if (!mark || !/^['’]$/.test(mark.text) || mark.end !== c.start || /\S/.test(text[mark.start - 1] ?? ' '))
      continue;
    const written = text.slice(c.start, c.end);
    if (!kb.actor(c.actorIds[0])?.names.some((n) => n === `'${written}` || n === `’${written}`)) continue;
    c.first -= 1;
    c.start = mark.start;
    c.rules.push('name.leading-apostrophe');
  }
}

/**
 * `OPEC+`, `Disney+`, `Paramount+`: a plus sign glued to a name and followed by a space or a mark is part
 * of the name (the alliance widened, the streaming service), rule `name.plus-sign`; the dictionaries'
 * actor stays (`OPEC+` is still OPEC's).
 */
export function plusSigns(cands: Candidate[], tokens: Token[], text: string): void {
  for (const c of cands) {
    if (c.kind !== 'name' && c.kind !== 'acronym') continue;
    const plus = tokens[c.last + 1];
    if (plus?.text !== '+' || !tight(tokens[c.last], plus) || /[\p{L}\p{N}]/u.test(text[plus.end] ?? ' '))
      continue;
    c.last += 1;
    c.end = plus.end;
    c.rules.push('name.plus-sign');
  }
}

/**
 * `Hunter-class frigates`, `the Virginia-class submarine`: a name glued to `-class` names a class of
 * ships or vehicles, a product (OTHER, rule `type.vessel-class`), whatever town, state or person shares
 * it; `-class` stays outside the name.
 */
export function vesselClasses(cands: Candidate[], tokens: Token[]): void {
  for (const c of cands) {
    if (c.kind !== 'name') continue;
    // The scanner may have taken `-class` in (`Hunter-class`).
    let end = c.last;
    if (end - 2 >= c.first && tokens[end].norm === 'class' && tokens[end - 1].text === '-') end -= 2;
    const dash = tokens[end + 1];
    const word = tokens[end + 2];
    if (dash?.text !== '-' || word?.norm !== 'class' || !tight(tokens[end], dash) || !tight(dash, word))
      continue;
    c.last = end;
    c.end = tokens[end].end;
    c.type = 'OTHER';
    c.actorIds = [];
    c.rules.push('type.vessel-class');
  }
}

/**
 * `Maricopa County Sheriff's Office`, `Dallas ISD`, `Livingston Sheriff Court`: a town or county right
 * before the office of a title (rule `name.title-office`), a court named by its judge's title or an
 * acronym that heads a body's name (`ISD`, an independent school district) names that local body, one
 * organisation with it (rule `name.place+local-body`). Not a country (`US Attorney's Office` is read as
 * the guidelines split it).
 */
export function placesBeforeLocalBodies(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
): Candidate[] {
  const endingAt = new Map<number, Candidate>();
  for (const c of cands) if (c.kind === 'name' && c.type === 'GPE') endingAt.set(c.last, c);
  const gone = new Set<Candidate>();
  for (const c of cands) {
    const body =
      c.rules.includes('name.title-office') ||
      (c.kind === 'acronym' && kb.nameHeads.get(tokens[c.first].norm) === 'ORG' && c.first === c.last) ||
      // `Livingston Sheriff Court`: a court named by its judge's title
      (c.kind === 'name' &&
        c.last === c.first + 1 &&
        tokens[c.last].norm === 'court' &&
        kb.titles.byKey.has(tokens[c.first].norm));
    const place = body ? endingAt.get(c.first - 1) : undefined;
    if (!place || gone.has(place) || !oneSpaceApart(tokens, place.last, c.first)) continue;
    if (kb.actor(place.actorIds[0] ?? '')?.kind === 'country') continue;
    stretchOver(place, tokens, c.last, 'ORG', 'name.place+local-body', cands, gone);
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/**
 * `(Reporting by Rachel More and Christian Kraemer in Berlin; Editing by Jan Harvey)`: the names listed
 * after a credit's `by` (lexicon `credit-word`) are the journalists, persons, whatever month, demonym or
 * town their words share (rule `type.credit-person`). A name is its capitalised words, up to a comma,
 * `and`, a semicolon or `in` and the place where they filed, which stays a place.
 */
export function creditedPersons(
  cands: Candidate[],
  tokens: Token[],
  creditWords: ReadonlySet<string>,
): Candidate[] {
  let out = cands;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].norm !== 'by' || !creditWords.has(tokens[i - 1].norm)) continue;
    // A credit opens its bracket or its line (`(Editing by`, `Additional reporting by`), not a clause
    // (`data compiled by Bloomberg`).
    const opener = creditWords.has(tokens[i - 2]?.norm ?? '') ? i - 2 : i - 1;
    const before = tokens[opener - 1];
    if (before && before.sentence === tokens[i].sentence && before.text !== '(' && before.text !== ';')
      continue;
    const inName = (k: number) => {
      const t = tokens[k];
      if (!t || t.sentence !== tokens[i].sentence) return false;
      // `Sherry Jacob-Phillips`; `Nidal al-Mughrabi`
      return (
        CREDIT_NAME_WORD.test(t.text) ||
        (t.text === '-' && tokens[k - 1].end === t.start && tokens[k + 1]?.start === t.end) ||
        (k > i + 1 && CREDIT_INNER_PARTICLE.test(t.text) && !CREDIT_LIST_BREAK.test(tokens[k - 1].text))
      );
    };
    let k = i + 1;
    while (k < tokens.length && tokens[k].sentence === tokens[i].sentence) {
      const first = k;
      while (inName(k)) k++;
      let last = k - 1;
      while (last > first && CREDIT_INNER_PARTICLE.test(tokens[last].text)) last--;
      if (last < first || last - first > 4) break;
      out = personOver(out, tokens, first, last);
      // `in Berlin`: where the journalist filed from
      if (tokens[k]?.norm === 'in') while (tokens[k] && !CREDIT_LIST_BREAK.test(tokens[k].text)) k++;
      const sep = tokens[k]?.text ?? '';
      if (sep === ',' || sep === 'and') k++;
      else if (sep === ';' && tokens[k + 2]?.norm === 'by' && creditWords.has(tokens[k + 1].norm)) k += 3;
      else if (sep === ';' && tokens[k + 3]?.norm === 'by' && creditWords.has(tokens[k + 2].norm)) k += 4;
      else break;
      if (tokens[k]?.norm === 'and') k++;
    }
    // The credits read here (`; Editing by ...`) are not read again from their own `by`.
    i = k;
  }
  return out;
}

/** A word of a journalist's name in a credit: capitalised, or an initial (`Muvija M`). */
const CREDIT_NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?)$/u;
/** A lower-case particle inside a journalist's name (`al-Mughrabi`, `van der Sar`, `de Souza`). */
const CREDIT_INNER_PARTICLE = /^(?:al|el|bin|ibn|van|von|de|da|di|du|der|den|dos)(?:-\p{Lu}[\p{L}'’-]*)?$/u;
/** What ends a place in a credit's list (`in Berlin;`, `in Berlin and`). */
const CREDIT_LIST_BREAK = /^(?:,|;|\)|and)$/;

/** The mentions over tokens `first`..`last` give way to one person's name there (a person kept as it is). */
function personOver(cands: Candidate[], tokens: Token[], first: number, last: number): Candidate[] {
  const same = cands.find((c) => c.first === first && c.last === last && c.kind === 'name');
  // `Reporting by Reuters`: an agency of the dictionaries stays itself; a person read already keeps the
  // credit's rule, so that no later guess (a list of places) retypes the name.
  if (same?.type === 'ORG' && same.actorIds.length) return cands;
  if (same?.type === 'PERSON') {
    if (!same.rules.includes('type.credit-person')) same.rules.push('type.credit-person');
    return cands;
  }
  const kept = cands.filter((c) => c.last < first || c.first > last);
  kept.push(
    candidateOver(tokens, first, last, tokens[first].sentence, {
      type: 'PERSON',
      actorIds: [],
      rules: ['type.credit-person'],
      confidence: 0.8,
    }),
  );
  return kept;
}

/**
 * `Sheikh Mohamed bin Zayed Al Nahyan`, `Tamim bin Hamad al-Thani`: a Gulf name built with `bin`
 * ends with the family's name after `Al`. A person read without it (the dictionaries know
 * `Mohamed bin Zayed`) takes it in and keeps its actor (rule `name.al-family-name`).
 */
export function alFamilyNames(cands: Candidate[], tokens: Token[]): Candidate[] {
  const gone = new Set<Candidate>();
  for (const c of cands) {
    if (c.kind !== 'name' || c.type !== 'PERSON' || gone.has(c)) continue;
    if (!tokens.slice(c.first + 1, c.last).some((t) => PATRONYMIC.test(t.text))) continue;
    const al = c.last + 1;
    if (!/^(?:Al|al)$/.test(tokens[al]?.text ?? '') || !oneSpaceApart(tokens, c.last, al)) continue;
    // `Al Nahyan`, or `al-Thani` glued by its hyphen.
    const hyphen = tokens[al + 1]?.text === '-' && tokens[al + 1].start === tokens[al].end;
    const family = hyphen ? al + 2 : al + 1;
    const t = tokens[family];
    if (!t || t.sentence !== c.sentence || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    if (hyphen ? t.start !== tokens[al + 1].end : !oneSpaceApart(tokens, al, family)) continue;
    // `Mohammed bin Salman Al Arabiya reported`: a name the dictionaries know there is another's.
    if (cands.some((o) => o !== c && o.first <= family && o.last >= al && o.actorIds.length)) continue;
    c.last = family;
    c.end = t.end;
    c.rules.push('name.al-family-name');
    for (const o of cands) if (o !== c && overlaps(o, al, family)) gone.add(o);
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/** The words that join a Gulf name's parts: `bin` (son of), `bint` (daughter of), `ibn`. */
const PATRONYMIC = /^(?:bin|bint|ibn)$/;

/**
 * A company's legal form written right after its name is part of it (rule `name.legal-form`): after an
 * organisation's name that ends before it (`Philips N.V.`, the dictionaries knowing `Philips`), the form
 * no other name took, and the full stop of an abbreviated form that ends a sentence (`shares of Valhi
 * Inc.`), which the sentence's own full stop swallowed.
 */
export function legalForms(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  corporateSuffixes: ReadonlySet<string>,
): Candidate[] {
  // `SA` undotted is as often South Africa (`Reuters SA bureau`), `Sa` a syllable (`Truong Sa`).
  const isForm = (k: number) =>
    !!tokens[k] &&
    !/^S[Aa]$/.test(tokens[k].text) &&
    corporateSuffixes.has(tokens[k].norm.replace(/\./g, ''));
  const startingAt = new Map<number, Candidate>();
  for (const c of cands) startingAt.set(c.first, c);
  const gone = new Set<Candidate>();
  for (const c of cands) {
    if (c.type !== 'ORG' || gone.has(c) || (c.kind !== 'name' && c.kind !== 'acronym')) continue;
    const next = c.last + 1;
    const other = startingAt.get(next);
    if (
      isForm(next) &&
      !isForm(c.last) &&
      tokens[next].sentence === c.sentence &&
      oneSpaceApart(tokens, c.last, next) &&
      /^[A-Z]/.test(tokens[next].text) &&
      (!other || other.last === next)
    ) {
      c.last = next;
      c.end = tokens[next].end;
      c.rules.push('name.legal-form');
      if (other) gone.add(other);
    }
    // `Valhi Inc.` closing a sentence: the abbreviation's dot is the sentence's full stop too.
    if (
      isForm(c.last) &&
      !tokens[c.last].text.endsWith('.') &&
      text[c.end] === '.' &&
      /^[A-Z][a-z]{1,3}$/.test(tokens[c.last].text)
    )
      c.end += 1;
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/** An ordinal in words (`Sixth Fleet`). */
const WORD_ORDINAL =
  /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)$/;

/**
 * `Prime Minister Kishida Fumio`, `Chang Yi-chun`: two persons' names side by side, one space apart,
 * are one person's, written family name first (rule `name.person+person`); the dictionaries' link of
 * either is kept, but two persons they both know stay two (`Trump Biden rematch`).
 */
export function adjacentPersons(
  cands: Candidate[],
  tokens: Token[],
  isGivenName: (word: string) => boolean,
): Candidate[] {
  const startingAt = namesStartingAt(cands);
  const gone = new Set<Candidate>();
  for (const c of cands) {
    if (gone.has(c) || c.type !== 'PERSON' || c.kind !== 'name' || !/^\p{Lu}/u.test(tokens[c.first].text))
      continue;
    const next = startingAt.get(c.last + 1);
    if (next?.type !== 'PERSON' || next.kind !== 'name' || next.sentence !== c.sentence || next.role)
      continue;
    // A word no dictionary knows before a given name is a label or a title (`Con Lisa Whitfield`).
    if (!c.actorIds.length && isGivenName(tokens[next.first].norm)) continue;
    // Not two persons the dictionaries know (`Trump Biden rematch`).
    if (!oneSpaceApart(tokens, c.last, next.first) || (c.actorIds.length && next.actorIds.length)) continue;
    const ids = c.actorIds.length ? c.actorIds : next.actorIds;
    const role = c.role;
    stretchOver(c, tokens, next.last, 'PERSON', 'name.person+person', cands, gone);
    c.actorIds = ids;
    c.role = role;
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/**
 * `University of California, Santa Cruz`: a state university of campuses, a comma and the campus's town
 * are one organisation (rule `name.campus`, lexicon `campus-system`), not the university and a town.
 */
export function campusNames(cands: Candidate[], tokens: Token[], systems: ReadonlySet<string>): Candidate[] {
  const startingAt = namesStartingAt(cands);
  const gone = new Set<Candidate>();
  for (const c of cands) {
    if (gone.has(c) || c.type !== 'ORG' || c.kind !== 'name' || c.last - c.first !== 2) continue;
    if (tokens[c.first].norm !== 'university' || tokens[c.first + 1].norm !== 'of') continue;
    if (!systems.has(tokens[c.last].norm) || tokens[c.last + 1]?.text !== ',') continue;
    const town = startingAt.get(c.last + 2);
    const after = town && tokens[town.last + 1];
    if (town?.type !== 'GPE' || town.sentence !== c.sentence) continue;
    if (after && after.sentence === c.sentence && !/^[,.;)]$/.test(after.text)) continue;
    stretchOver(c, tokens, town.last, 'ORG', 'name.campus', cands, gone);
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/**
 * `Ohio State beat Michigan`, `a Kansas State linebacker`: a US state's name and `State`, ending the name,
 * is the state's university, an organisation (rule `type.state-university`). Not `New York State`, the
 * state itself, nor after a place word (`in Washington State`); longer names (`Ohio State Highway
 * Patrol`, `Iowa State Fair`) are names of their own and keep their type.
 */
export function stateUniversities(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  usStates: ReadonlyMap<string, string>,
): void {
  for (const c of cands) {
    if (c.kind !== 'name' || c.type === 'ORG' || c.first === c.last || tokens[c.last].text !== 'State')
      continue;
    const state = text.slice(c.start, tokens[c.last - 1].end);
    if (usStates.get(state) !== state || state === 'New York') continue;
    if (/^(?:in|across|throughout|around|near|of|to)$/.test(tokens[c.first - 1]?.norm ?? '')) continue;
    c.type = 'ORG';
    c.actorIds = [];
    c.rules.push('type.state-university');
  }
}

/**
 * `the U.S. Federal Reserve`, `the U.S. National Transportation Safety Board`: the country before a body
 * whose name does not carry it is a place of its own, then the body (rule `name.country-before-body`), as
 * the guidelines mark them; a body whose official name opens with `U.S.` keeps it (lexicon
 * `us-named-body`: `U.S. Army`, `U.S. Department of Justice`, `U.S. District Court`). The body is one the
 * dictionaries know, or a name ending in an organisation's head word.
 */
export function countryBeforeBodies(
  cands: Candidate[],
  tokens: Token[],
  text: string,
  kb: ActorKnowledge,
  namedBodies: ReadonlySet<string>,
): Candidate[] {
  const added: Candidate[] = [];
  for (const c of cands) {
    if (c.type !== 'ORG' || c.kind !== 'name' || c.last === c.first || c.role) continue;
    const opener = tokens[c.first].text;
    if (opener !== 'U.S.' && opener !== 'US') continue;
    const rest = tokens.slice(c.first + 1, c.last + 1).map((t) => t.norm);
    if (rest.some((_, k) => namedBodies.has(rest.slice(0, k + 1).join(' ')))) continue;
    const body = idsOf(kb.names, nameKey(text.slice(tokens[c.first + 1].start, c.end))).filter(
      (id) => kb.actor(id)?.type === 'ORG',
    );
    if (!body.length && kb.nameHeads.get(rest[rest.length - 1]) !== 'ORG') continue;
    added.push(
      candidateOver(tokens, c.first, c.first, c.sentence, {
        type: 'GPE',
        actorIds: idsOf(kb.names, nameKey(opener)).filter((id) => kb.actor(id)?.kind === 'country'),
        rules: ['name.country-before-body'],
        confidence: 0.8,
      }),
    );
    c.first += 1;
    c.start = tokens[c.first].start;
    c.actorIds = body;
    c.rules.push('name.country-before-body');
  }
  return added.length ? [...cands, ...added].sort((a, b) => a.start - b.start || b.end - a.end) : cands;
}

/**
 * `Kenya Red Cross`, `Johannesburg Water tankers`, `the Libyan Red Crescent`: a country, a town or a
 * region of the dictionaries, or a demonym, then one or two capitalised words of a body named for the
 * place (lexicon `place-body-word`) that end the name, are one organisation (rule `name.place+body-word`),
 * the national society, utility or carrier, not the place and a second name.
 */
export function placeNamedBodies(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  bodyWords: ReadonlySet<string>,
): Candidate[] {
  const gone = new Set<Candidate>();
  const wordsOf = (from: number, to: number) =>
    tokens
      .slice(from, to + 1)
      .map((t) => t.norm)
      .join(' ');
  for (const c of cands) {
    if (gone.has(c) || c.kind !== 'name' || c.role) continue;
    // `Libyan Red Crescent` read as one unknown name.
    if (
      c.last > c.first &&
      !c.actorIds.length &&
      kb.demonyms.has(tokens[c.first].norm) &&
      bodyWords.has(wordsOf(c.first + 1, c.last))
    ) {
      c.type = 'ORG';
      c.rules.push('name.place+body-word');
      continue;
    }
    const place =
      c.type === 'NORP' || (c.type === 'GPE' && c.actorIds.some((id) => kb.actor(id)?.type === 'GPE'));
    if (!place) continue;
    for (const size of [2, 1]) {
      const last = c.last + size;
      const words = tokens.slice(c.last + 1, last + 1);
      if (
        words.length !== size ||
        words.some((w) => w.sentence !== c.sentence || !/^\p{Lu}\p{Ll}/u.test(w.text))
      )
        continue;
      if (words.some((w, k) => w.start !== (k ? words[k - 1] : tokens[c.last]).end + 1)) continue;
      if (!bodyWords.has(wordsOf(c.last + 1, last))) continue;
      // Not when the name goes on (`Canada Post Corporation` is read whole elsewhere).
      const after = tokens[last + 1];
      if (after?.sentence === c.sentence && /^\p{Lu}/u.test(after.text)) break;
      stretchOver(c, tokens, last, 'ORG', 'name.place+body-word', cands, gone);
      break;
    }
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/**
 * `the Minerals Council South Africa said`, `Friends of the Earth Netherlands`: a body the dictionaries
 * know, or a name ending in an organisation's head word, then a country's name ending the run, is one
 * name, the body's national branch (rule `name.body+country`), not the body and a place.
 */
export function bodiesNamedWithCountry(cands: Candidate[], tokens: Token[], kb: ActorKnowledge): Candidate[] {
  const startingAt = namesStartingAt(cands);
  const gone = new Set<Candidate>();
  for (const c of cands) {
    if (gone.has(c) || c.type !== 'ORG' || c.kind !== 'name') continue;
    // A body the dictionaries know (`Friends of the Earth Netherlands`), or a name ending in a body's head.
    const known = c.actorIds.some((id) => kb.actor(id)?.type === 'ORG');
    if (!known && (c.last === c.first || kb.nameHeads.get(tokens[c.last].norm) !== 'ORG')) continue;
    const country = startingAt.get(c.last + 1);
    if (country?.type !== 'GPE' || country.sentence !== c.sentence || country.start - c.end !== 1) continue;
    if (kb.actor(country.actorIds[0] ?? '')?.kind !== 'country') continue;
    const after = tokens[country.last + 1];
    // Not before more of a name, nor before a noun the country modifies (`the European Commission Ukraine
    // office`).
    if (after?.sentence === c.sentence && (/^\p{Lu}/u.test(after.text) || after.pos === 'NOUN')) continue;
    stretchOver(c, tokens, country.last, 'ORG', 'name.body+country', cands, gone);
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/** Bodies sent to a country (`Mission to`, `Delegation to`). */
const MISSION_WORDS = new Set(['mission', 'delegation']);

/**
 * `the Court of Justice of the European Union`, `the Food and Agriculture Organization of the United Nations`,
 * `Land Bank of the Philippines`: a body's name with an organisation's head word goes on over `of the`
 * and a country or a union of them that ends the run (rule `name.body+of-country`), one name, as in all
 * such marks of the written sets; a mission over `to` and its country.
 */
export function bodiesOfCountries(cands: Candidate[], tokens: Token[], kb: ActorKnowledge): Candidate[] {
  const startingAt = namesStartingAt(cands);
  const gone = new Set<Candidate>();
  for (const c of cands) {
    if (gone.has(c) || c.type !== 'ORG' || c.kind !== 'name' || c.role) continue;
    // An organisation's head word in the name (`Court of Justice`, `Land Bank`).
    let headed = false;
    for (let k = c.first; k <= c.last; k++) if (kb.nameHeads.get(tokens[k].norm) === 'ORG') headed = true;
    if (!headed) continue;
    // `the OSCE Mission to Bosnia and Herzegovina`, `the EU Delegation to Ukraine`: a mission goes on over
    // `to` and the country it is sent to, with or without `the`.
    const to = tokens[c.last + 1]?.norm === 'to' && MISSION_WORDS.has(tokens[c.last].norm);
    const ofThe = tokens[c.last + 1]?.norm === 'of' && tokens[c.last + 2]?.norm === 'the';
    if (!ofThe && !to) continue;
    const country = startingAt.get(c.last + (to && tokens[c.last + 2]?.norm !== 'the' ? 2 : 3));
    if (!country || country.sentence !== c.sentence || gone.has(country)) continue;
    const kind = kb.actor(country.actorIds[0] ?? '')?.kind;
    const union =
      country.type === 'ORG' &&
      /^(?:united nations|european union|african union|un|eu)$/.test(
        tokens
          .slice(country.first, country.last + 1)
          .map((t) => t.norm)
          .join(' '),
      );
    if (!(country.type === 'GPE' && kind === 'country') && !union) continue;
    const after = tokens[country.last + 1];
    if (after?.sentence === c.sentence && /^\p{Lu}/u.test(after.text)) continue;
    stretchOver(c, tokens, country.last, 'ORG', 'name.body+of-country', cands, gone);
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/**
 * `U.S. Court of Appeals for the 5th Circuit`: a body's name goes on over `for the` or `of the` and a unit
 * an ordinal opens (rule `name.body+unit`), one name.
 */
export function bodiesOfUnits(cands: Candidate[], tokens: Token[]): Candidate[] {
  const startingAt = namesStartingAt(cands);
  const gone = new Set<Candidate>();
  for (const c of cands) {
    if (gone.has(c) || c.type !== 'ORG' || c.kind !== 'name') continue;
    const link = tokens[c.last + 1];
    if (!/^(?:for|of)$/.test(link?.norm ?? '') || tokens[c.last + 2]?.norm !== 'the') continue;
    const unit = startingAt.get(c.last + 3);
    if (!unit || unit.sentence !== c.sentence || !unit.rules.includes('name.unit-ordinal')) continue;
    stretchOver(c, tokens, unit.last, 'ORG', 'name.body+unit', cands, gone);
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/**
 * `Russia's 14th Army`, `the 82nd Airborne Division`, `the Sixth Fleet`, `the 2nd U.S. Circuit Court of
 * Appeals`: an ordinal before a unit's words (lexicon `ordinal-unit`) is part of the unit's name, an
 * organisation (rule `name.unit-ordinal`).
 */
export function ordinalUnits(cands: Candidate[], tokens: Token[], unitWords: ReadonlySet<string>): void {
  for (const c of cands) {
    if (c.kind !== 'name' || c.actorIds.length || (c.type !== 'ORG' && c.type !== 'OTHER')) continue;
    let unit = false;
    for (let k = c.first; k <= c.last; k++) if (unitWords.has(tokens[k].norm)) unit = true;
    if (!unit) continue;
    const before = tokens[c.first - 1];
    if (before?.sentence === c.sentence && ORDINAL.test(before.text)) {
      c.first -= 1;
      c.start = before.start;
    } else if (!WORD_ORDINAL.test(tokens[c.first].text)) continue;
    c.type = 'ORG';
    c.rules.push('name.unit-ordinal');
  }
}

/**
 * `Ministry of Agriculture, Forestry and Fisheries`, `Department of Disaster Prevention and Mitigation`:
 * a body's name whose `of` or `for` phrase lists several fields goes on over the list's `,` and `and`
 * (rule `name.body-field-list`). Each field is one to three capitalised words that no name of the
 * dictionaries holds and no given name opens (not `Ministry of Defence and Lockheed Martin`, `and Jane
 * Smith`), and a list with commas must end with `and`.
 */
export function bodyFieldLists(
  cands: Candidate[],
  tokens: Token[],
  isHead: (word: string) => boolean,
  isGivenName: (word: string) => boolean,
  fieldWords: ReadonlySet<string> = new Set(),
): Candidate[] {
  const startingAt = namesStartingAt(cands);
  const gone = new Set<Candidate>();
  for (const c of cands) {
    if (c.type !== 'ORG' || c.kind !== 'name' || gone.has(c)) continue;
    let ofAt = -1;
    for (let k = c.first + 1; k < c.last; k++)
      if ((tokens[k].norm === 'of' || tokens[k].norm === 'for') && isHead(tokens[k - 1].norm)) ofAt = k;
    if (ofAt < 0) continue;
    // The fields after the list's commas and its `and`: [first, last] each.
    const field = (from: number): number => {
      let k = from;
      while (k < from + 3 && tokens[k]?.sentence === c.sentence && /^\p{Lu}\p{Ll}/u.test(tokens[k].text)) {
        // A field is a subject, not another body (`and Colorado State University`, `and Klingon Assault Group`).
        // A field word that heads bodies too stays a field (`Culture, Media and Sport`, `Communities and
        // Local Government`).
        const field =
          fieldWords.has(tokens[k].norm) || LOCAL_GOVERNMENT.test(`${tokens[k - 1]?.norm} ${tokens[k].norm}`);
        if (
          startingAt.get(k)?.actorIds.length ||
          (k === from && isGivenName(tokens[k].norm)) ||
          (isHead(tokens[k].norm) && !field)
        )
          return -1;
        k++;
      }
      return k > from ? k - 1 : -1;
    };
    let end = c.last;
    let commas = 0;
    let closed = false;
    for (let k = c.last + 1; tokens[k]?.sentence === c.sentence; ) {
      const and =
        tokens[k].norm === 'and' ? 1 : tokens[k].text === ',' && tokens[k + 1]?.norm === 'and' ? 2 : 0;
      if (!and && tokens[k].text !== ',') break;
      const last = field(k + (and || 1));
      if (last < 0) break;
      end = last;
      if (and) {
        closed = true;
        break;
      }
      commas++;
      k = last + 1;
    }
    if (!closed || (commas === 0 && end === c.last)) continue;
    // The next word must not go on the name (`and Fisheries Minister`), nor the field be a modifier of
    // a noun (`and Immigration officials`): a field ends the body's name.
    const next = tokens[end + 1];
    if (next?.sentence === c.sentence && (/^\p{Lu}/u.test(next.text) || next.pos === 'NOUN')) continue;
    stretchOver(c, tokens, end, 'ORG', 'name.body-field-list', cands, gone);
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/** `Local Government`, a field of ministries' names (`Communities and Local Government`). */
const LOCAL_GOVERNMENT = /^(?:local|regional|rural|urban|municipal) government$/;

/**
 * `Secretary of the provincial Party Committee Nguyen Van Quynh`, `the CPC Guangdong Provincial Committee
 * Zhang Dejiang`: agency copy writes the office's body right before the person's name, with nothing
 * between. A body's name that runs on over two or three words opened by a family name written first
 * (lexicon `family-name-first`) ends at its head word; the rest is the person (rule `name.body+person`).
 */
export function personsAfterBodies(
  cands: Candidate[],
  tokens: Token[],
  isHead: (word: string) => boolean,
  familyFirst: ReadonlySet<string>,
): Candidate[] {
  const added: Candidate[] = [];
  for (const c of cands) {
    if (c.type !== 'ORG' || c.kind !== 'name' || c.actorIds.length) continue;
    const head = c.last - 2 >= c.first && isHead(tokens[c.last - 2].norm) ? c.last - 2 : c.last - 3;
    if (head <= c.first || !isHead(tokens[head].norm) || !familyFirst.has(tokens[head + 1].norm)) continue;
    let person = true;
    for (let k = head + 1; k <= c.last; k++)
      if (!/^\p{Lu}\p{Ll}/u.test(tokens[k].text) || isHead(tokens[k].norm)) person = false;
    if (!person) continue;
    added.push(
      candidateOver(tokens, head + 1, c.last, c.sentence, {
        type: 'PERSON',
        actorIds: [],
        rules: ['name.body+person'],
        confidence: 0.75,
      }),
    );
    c.last = head;
    c.end = tokens[head].end;
    c.rules.push('name.body+person');
  }
  return added.length ? [...cands, ...added].sort((a, b) => a.start - b.start) : cands;
}

/**
 * `Knopf Canada`, `BookNet Canada`, `Fáilte Ireland`: a name no dictionary knows that ends in a
 * country's name is a body of that country (a company's branch, an agency), not a person, whatever the
 * tagger guessed (rule `type.country-branch`). Not when a given name opens it (`Steve Israel`,
 * `Michael Jordan`), a title comes before it or a verb of saying after it (`coach Rinus Israel said`).
 */
export function countryBranches(
  cands: Candidate[],
  tokens: Token[],
  isCountry: (word: string) => boolean,
  isGivenName: (word: string) => boolean,
  isTitle: (word: string) => boolean,
  isPlacePrefix: (word: string) => boolean,
): Candidate[] {
  const startingAt = namesStartingAt(cands);
  const gone = new Set<Candidate>();
  for (const c of cands) {
    if (c.kind !== 'name' || c.last === c.first || c.actorIds.length || c.type === 'ORG' || c.role) continue;
    // A person's cue outweighs the country (`Rinus Israel said`), an office before it too (`Ghana coach`).
    if (!c.rules.every((r) => GUESS_RULES.has(r) || r.startsWith('name.') || r === 'type.speaker-after-verb'))
      continue;
    if (!isCountry(tokens[c.last].norm) || isGivenName(tokens[c.first].norm)) continue;
    if (tokens[c.first - 1]?.sentence === c.sentence && isTitle(tokens[c.first - 1].norm)) continue;
    // `Captain America`: a title opening the name makes a character of it.
    if (isTitle(tokens[c.first].norm)) continue;
    // Name words right before the country only: not `Tour of Spain`, `Evergreen of Taiwan`, nor a place
    // named after the country (`East Palestine`, `Little Canada`), nor a verb's phrase (`to Protect
    // Rural England`).
    let plain = !isPlacePrefix(tokens[c.first].norm) && tokens[c.first].pos !== 'VERB';
    for (let k = c.first; k < c.last && plain; k++) plain = /^\p{Lu}/u.test(tokens[k].text);
    if (!plain) continue;
    c.type = 'ORG';
    c.rules.push('type.country-branch');
    // `Food Standards Australia New Zealand`: a second country right after it is part of the name.
    const next = startingAt.get(c.last + 1);
    const nextName = next
      ? tokens
          .slice(next.first, next.last + 1)
          .map((t) => t.norm)
          .join(' ')
      : '';
    if (next?.type === 'GPE' && oneSpaceApart(tokens, c.last, next.first) && isCountry(nextName))
      stretchOver(c, tokens, next.last, 'ORG', 'name.country-after-branch', cands, gone);
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/** A letter standing for a name, written without its full stop (`A M Khanwilkar`). */
const BARE_INITIAL = /^[A-Z]$/;

/**
 * `Justices R F Nariman, A M Khanwilkar, D Y Chandrachud`: Indian and other copy writes a person's
 * initials as bare capitals before the surname. Two or more such letters before a name, or inside it
 * before a last word, make the whole a person's name (rule `name.bare-initials`); one letter alone
 * only when it is no `A` or `I`, which open sentences as words.
 */
export function bareInitials(cands: Candidate[], tokens: Token[]): void {
  for (const c of cands) {
    if (
      c.kind !== 'name' ||
      c.actorIds.length ||
      (c.type !== 'PERSON' && !c.rules.every((r) => GUESS_RULES.has(r) || r.startsWith('name.')))
    )
      continue;
    // Letters already inside the name, then letters right before it.
    let inside = 0;
    while (c.first + inside < c.last && BARE_INITIAL.test(tokens[c.first + inside].text)) inside++;
    let first = c.first;
    while (
      first > 0 &&
      c.first - first < 3 &&
      tokens[first - 1].sentence === c.sentence &&
      BARE_INITIAL.test(tokens[first - 1].text) &&
      oneSpaceApart(tokens, first - 1, first)
    )
      first--;
    const letters = inside + (c.first - first);
    if (letters === 0 || (letters === 1 && /^[AI]$/.test(tokens[first].text))) continue;
    if (letters === 1 && first === c.first) continue;
    c.first = first;
    c.start = tokens[first].start;
    c.type = 'PERSON';
    c.rules.push('name.bare-initials');
  }
}

/** A party's elected members and voters, plural (`MPs`, `councillors`, `voters`). */
const PARTY_MEMBERS =
  /^(?:MPs|MLAs|MEPs|MPPs|TDs|MSPs|councillors|councilors|lawmakers|legislators|senators|voters)$/;

/**
 * `418 Labour MPs`, `Likud lawmakers`: a party's name right before its members in the plural qualifies
 * them, as `Conservative councillors` does: NORP, as OntoNotes marks a party used as a modifier (rule
 * `type.party-as-modifier`). Its possessive stays the party (`Labour's leader`).
 */
export function partiesAsModifiers(
  cands: Candidate[],
  tokens: Token[],
  isParty: (id: string) => boolean,
): void {
  for (const c of cands) {
    if (c.kind !== 'name' && c.kind !== 'acronym') continue;
    if (c.type !== 'ORG' || !c.actorIds.length || !isParty(c.actorIds[0])) continue;
    const next = tokens[c.last + 1];
    // Only before the party's elected members and voters: before an office or its supporters (`BJP
    // candidate`, `PTI supporters`, `Likud party`) the writers keep the party, and so does Sitrep.
    if (next?.sentence !== c.sentence || !PARTY_MEMBERS.test(next.text)) continue;
    c.type = 'NORP';
    c.rules.push('type.party-as-modifier');
  }
}

/**
 * `Jan-Ove Waldner`: a person's name that starts right after a hyphen glued to a capitalised word
 * takes that word in, the first part of a double given name that another reading held back (`Jan` is
 * also a month's abbreviation; rule `name.hyphened-given-name`). Not a prefix in lower case (`pro-`).
 */
export function hyphenedGivenNames(cands: Candidate[], tokens: Token[]): void {
  for (const c of cands) {
    if (c.kind !== 'name' || c.type !== 'PERSON' || c.first < 2) continue;
    const hyphen = tokens[c.first - 1];
    const part = tokens[c.first - 2];
    if (hyphen.text !== '-' || hyphen.end !== tokens[c.first].start || part.end !== hyphen.start) continue;
    if (part.sentence !== c.sentence || !/^\p{Lu}\p{Ll}+$/u.test(part.text)) continue;
    // Not glued to something before it (`Franco-German`, `Smith-Jones-Ove`).
    if (tokens[c.first - 3]?.end === part.start) continue;
    if (cands.some((o) => o !== c && o.first <= c.first - 2 && o.last >= c.first - 2)) continue;
    c.first -= 2;
    c.start = part.start;
    c.rules.push('name.hyphened-given-name');
  }
}
