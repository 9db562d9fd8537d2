/**
 * The entities component: finds mentions of people, organisations, places and groups, joins the
 * mentions of one entity, and links each entity to the actor (with its CAMEO code) valid on the
 * article's date. Reads `sentences`, `tokens`; writes `mentions`, `entities`.
 */
import { type ActorKnowledge, actorOnDate, idsOf, nameKey } from '../../knowledge/actors/index.js';
import { type Span, spanOf } from '../../model/annotation.js';
import type { Document } from '../../model/document.js';
import type { ActorLink, Entity, EntityType, Mention, MentionKind, Token } from '../../model/layers.js';
import type { Component } from '../../pipeline-types.js';
import { type Candidate, overlaps } from './candidates.js';
import { commaNames } from './comma-names.js';
import {
  caseCounts,
  companyWordsAsNouns,
  describingNounsBeforeGivenNames,
  dropGerundOpeners,
  dropPluralOpeners,
  dropTaggedOpeners,
  GUESS_RULES,
  isCommonWord,
  mayBeCommonWord,
  pluralOfName,
  TEAM_RULES,
} from './common-words.js';
import {
  articleNamesNotPersons,
  bylines,
  characterRoles,
  familyPlurals,
  guessed,
  languagesAsOther,
  languagesByCue,
  leadersGovernments,
  listAgreement,
  misspeltNames,
  namedStorms,
  orgAfterPersonOf,
  orgsWithTheirTown,
  placesAfterPrepositions,
  placesNamingCouncils,
  platformX,
  productShapedPersons,
  relativesNamed,
  signaturePlaces,
  speakingTowns,
  spellingsOf,
  theNameNotPerson,
  townsByVote,
  townsInCountries,
  townsNamedByApposition,
  wayEnds,
} from './context-types.js';
import { bodiesOfAnotherCountry, chooseActors, corefer, sectorFamily } from './coref.js';
import { titleCasePersons, titleCaseTowns } from './headings.js';
import { type EntitiesLexicon, loadEntitiesLexicon } from './lexicon.js';
import {
  actsOfYears,
  adjacentPersons,
  alFamilyNames,
  arabicNameChains,
  awardCategoryNames,
  bareInitials,
  bodiesNamedWithCountry,
  bodiesOfCountries,
  bodiesOfUnits,
  bodyFieldLists,
  britishColumbia,
  campusNames,
  constituencyPairs,
  countryBeforeBodies,
  countryBranches,
  countryParties,
  countryPossessivePersons,
  creditedPersons,
  creditSources,
  districtNumbers,
  doubleSurnames,
  exchangeTickers,
  gamesOfYears,
  generationalSuffixes,
  honorificSurnames,
  hyphenedAcronyms,
  hyphenedGivenNames,
  initialsBeforePersons,
  leadingApostrophes,
  legalForms,
  makerProducts,
  modelNumbers,
  namePatterns,
  namesBeforeAcronyms,
  numberedDistricts,
  numberedEvents,
  numberedNames,
  ordinalUnits,
  particlesBeforeSurnames,
  partiesAsModifiers,
  personsAfterBodies,
  placeNamedBodies,
  placesBeforeLocalBodies,
  plusSigns,
  productNames,
  quotedNicknames,
  relativesOfKnownPersons,
  ridingNames,
  roadNumbers,
  seatsAsPlaces,
  sentenceStopsOutOfNames,
  shipNames,
  slashedAcronyms,
  stateUniversities,
  stockIndices,
  vehicleModels,
  vehiclesNamedForPeople,
  vesselClasses,
} from './name-patterns.js';
import { COMPASS, emphasisedWord, notNameKindOf, scoredAgainstName, sentenceInitial } from './name-words.js';
import { dropNonActors } from './non-actors.js';
import { brandsAsTowns, partyLetters, partyStates, statesAfterTowns } from './party-state.js';
import { antecedent, type PersonRef, PRONOUN_GENDER } from './pronouns.js';
import { creditWordAt, type SentenceContext, SentenceScanner, tokenKeys } from './scan.js';
import type { NerTagger, TaggedSpan } from './tagger-api.js';
import {
  homesOfNamedTeams,
  localTeams,
  nicknamesOfNamedTeams,
  teamNamesWithNumbers,
  townsAsClubs,
  townsAsTeamsOfMatch,
} from './teams.js';
import { speakerLabels, timeZones } from './transcripts.js';
import { appositionAfter, singular, typeUnknownName } from './unknown-names.js';
import {
  capitalisedWords,
  clubsBesideScores,
  clubsNamedAfterTowns,
  datelinePlaces,
  isAllCapsText,
  isTeamSportStory,
  scoreboardFielders,
  teamsAfterNationality,
  teamsOnResultsLines,
  typeAsWrittenElsewhere,
} from './wire-copy.js';
import { brandNames, caseNames, knownWorkTitles, worksInContext } from './works.js';

/** Words that open a town named after a country (`Little Canada`, `New Denmark`): no branch of it. */
const PLACE_OPENERS: ReadonlySet<string> = new Set(['new', 'little', 'greater', 'old']);

export { type EntitiesLexicon, loadEntitiesLexicon } from './lexicon.js';
export { resolvePronoun } from './pronouns.js';
export type { NerTagger, TaggedSpan } from './tagger-api.js';

export const ENTITIES_COMPONENT = { component: 'entities', version: '0.1.0' } as const;

/** Share of capitalised words above which a headline is read as title case. */
const TITLE_CASE_SHARE = 0.6;

/** Choices of output convention. */
export interface EntitiesOptions {
  /**
   * Also give the places named inside organisation and facility names (`Texas` in `University of
   * Texas`), and the article's persons who open such a name (`Andy Warhol` in `Andy Warhol
   * Foundation`), as mentions of their own. Off by default: CoNLL-2003 and OntoNotes mark the longest
   * name only, and the places layer geocodes better without them (GeoVirus F1 0.931 flat, 0.927
   * nested); GUM marks every nested name.
   */
  nestedPlaces?: boolean;
}

/**
 * The component. `lex` is the word lists of data/actors/lexicon.tsv (read once per process by
 * default); pass another to try a user's lists.
 */
export function entitiesComponent(
  kb: ActorKnowledge,
  tagger?: NerTagger,
  lex: EntitiesLexicon = loadEntitiesLexicon(),
  options: EntitiesOptions = {},
): Component {
  const scanner = new SentenceScanner(kb, lex, spellingsOf(kb));
  return {
    name: ENTITIES_COMPONENT.component,
    version: ENTITIES_COMPONENT.version,
    reads: ['sentences', 'tokens'],
    writes: ['mentions', 'entities'],
    run(doc: Document) {
      const { mentions, entities } = extractEntities(doc, kb, lex, scanner, tagger, options);
      doc.layers.mentions = mentions;
      doc.layers.entities = entities;
      doc.producedBy.mentions = ENTITIES_COMPONENT;
      doc.producedBy.entities = ENTITIES_COMPONENT;
    },
  };
}

/** Function words that only title case writes with a capital inside a line. */
const TITLE_CASE_FUNCTION_WORDS = new Set(
  'in of as to for with from at on the and by into over after amid ahead against about is are'.split(' '),
);

function hasCapitalisedFunctionWord(tokens: Token[], first: number, last: number): boolean {
  let found = false;
  for (let i = first; i <= last; i++) {
    const t = tokens[i].text;
    if (/^\d/.test(t)) return false;
    if (/^[A-Z][a-z]*$/.test(t) && TITLE_CASE_FUNCTION_WORDS.has(tokens[i].norm)) found = true;
  }
  return found;
}

/**
 * A line in title case: most words of four letters or more capitalised, and at most one content word in
 * lower case (`Paul Lynch wins Booker Prize with dystopian novel Prophet Song` is sentence case with
 * many names: `wins`, `dystopian`, `novel`); function words are left out of the count.
 */
function isTitleCase(tokens: Token[], first: number, last: number): boolean {
  let words = 0;
  let caps = 0;
  let lowerContent = 0;
  for (let i = first; i <= last; i++) {
    const t = tokens[i].text;
    if (t.length < 4 || !/^[A-Za-z]/.test(t) || TITLE_CASE_FUNCTION_WORDS.has(tokens[i].norm)) continue;
    words++;
    if (/^[A-Z]/.test(t)) caps++;
    else lowerContent++;
  }
  return words >= 3 && caps / words >= TITLE_CASE_SHARE && lowerContent <= 1;
}

export function extractEntities(
  doc: Document,
  kb: ActorKnowledge,
  lex: EntitiesLexicon,
  scanner: SentenceScanner,
  tagger?: NerTagger,
  options: EntitiesOptions = {},
): { mentions: Mention[]; entities: Entity[] } {
  const tokens = doc.layers.tokens ?? [];
  const sentences = doc.layers.sentences ?? [];
  const date = doc.meta.published?.local ?? null;

  // 1. Scan each sentence.
  const keys = tokenKeys(tokens);
  // Sentences set in capitals (wire headlines: `SOCCER - NIGERIA HOLD GHANA TO GOALLESS DRAW .`), and
  // the words the rest of the article writes with a capital: in capitals, only those and the
  // dictionaries' names can be told from ordinary words.
  const capsSentences = new Set<number>();
  for (const sentence of sentences)
    if (isAllCapsText(tokens, sentence.firstToken, sentence.lastToken)) capsSentences.add(sentence.index);
  // Headlines and subheadings, where a capital says less (`Nasdaq Hits Record as Tech Rallies`).
  const headings = new Set<number>();
  const titleCase = new Set<number>();
  let cands = scanSentences(doc, tokens, keys, scanner, capsSentences, headings, titleCase);
  cands = commaNames(cands, tokens, doc.text, kb);
  if (tagger?.isCommonWord)
    cands = titleCasePersons(cands, tokens, titleCase, kb.firstNames, tagger.isCommonWord);
  describingNounsBeforeGivenNames(
    cands,
    tokens,
    kb,
    lex.words['place-prefix'],
    lex.words['describing-noun'],
    tagger?.isCommonWord,
  );

  // 2. Type the names no dictionary knows; drop lone sentence openers; plurals of names.
  const counts = typeUnknownNames(cands, tokens, kb, lex, doc.text);
  townsNamedByApposition(cands, tokens, kb, lex);
  speakingTowns(cands, tokens, kb, lex.words['speech-verb']);
  // `Yair Netanyahu` opening a sentence: the relative is read before lone openers are dropped.
  cands = relativesOfKnownPersons(
    cands,
    tokens,
    (c) => c.rules[0] === 'name.dictionary' && kb.actor(c.actorIds[0] ?? '')?.type === 'PERSON',
    // a given name, or a word only guessed at (`Yair`, `Beau`, `Interior Secretary Deb`, `Alf-Inge`) or
    // typed by a role before it (`BGMEA president Faruque Hassan`), not a camp's (`Camp Trump`)
    (c) =>
      !lex.words['group-before-surname'].has(tokens[c.first].norm) &&
      (kb.firstNames.has(tokens[c.first].norm) ||
        c.rules.every(
          (r) =>
            GUESS_RULES.has(r) ||
            r === 'name.unknown+title' ||
            r === 'type.first-name' ||
            r === 'type.role-before',
        )),
  );
  cands = initialsBeforePersons(cands, tokens);
  cands = adjacentPersons(cands, tokens, (w) => {
    const gender = kb.firstNames.get(w);
    return gender === 'm' || gender === 'f';
  });
  cands = dropLoneOpeners(cands, tokens, counts);
  cands = generationalSuffixes(cands, tokens, lex.words['generational-suffix']);
  cands = alFamilyNames(cands, tokens);
  cands = arabicNameChains(cands, tokens);
  honorificSurnames(cands, tokens, kb);
  markPluralsOfNames(cands, tokens, kb);
  if (options.nestedPlaces) addNestedPlaces(cands, doc, tokens, keys, scanner);

  // 3. The tagger's spans: types where the rules only guessed, and names the rules did not see.
  if (tagger) {
    cands = mergeTagged(cands, tagger.tag(doc), tokens, doc, kb, lex, capsSentences);
    cueTypesForTagged(cands, tokens, kb, lex, doc.text, counts);
    // With the tagger's list of common words: capitalised words that are words after all.
    const isCommon = tagger.isCommonWord;
    if (isCommon) {
      trimTitleCaseVerbs(cands, tokens, titleCase, (w) => isCommon(w) && !kb.nameHeads.has(w));
      // Not a body's word (`Senate`), nor in a heading, where every word has its capital anyway.
      cands = dropTaggedOpeners(
        cands,
        tokens,
        (c, w) =>
          isCommon(w) &&
          !kb.nameHeads.has(w) &&
          !lex.words['generic-body'].has(w) &&
          !headings.has(c.sentence),
      );
      cands = companyWordsAsNouns(cands, tokens, kb, lex, isCommon);
      cands = dropGerundOpeners(cands, tokens, isCommon);
      cands = dropPluralOpeners(
        cands,
        tokens,
        isCommon,
        (w) => kb.agents.byKey.has(w) || lex.words['people-noun'].has(w),
        lex.words['speech-verb'],
      );
      cands = titleCaseTowns(
        cands,
        tokens,
        titleCase,
        isCommon,
        (c) => c.rules[0] === 'name.dictionary' && kb.actor(c.actorIds[0] ?? '')?.kind === 'city',
        (w) => kb.agents.byKey.has(w) || lex.words.townspeople.has(w),
      );
    }
  }
  cands = quotedNicknames(cands, tokens, kb.firstNames);
  cands = slashedAcronyms(cands, tokens, kb);
  cands = exchangeTickers(cands, tokens);
  cands = countryParties(cands, tokens, kb);
  cands = shipNames(cands, tokens, lex.words['ship-prefix']);
  cands = knownWorkTitles(cands, tokens, doc.text, lex.works, kb);
  cands = awardCategoryNames(
    cands,
    tokens,
    (w) => lex.words['award-category'].has(w) || kb.titles.byKey.has(w),
  );
  scoreboardFielders(cands, tokens);
  teamsAfterNationality(cands, tokens, kb);
  teamsOnResultsLines(cands, tokens, kb);
  cands = datelinePlaces(
    cands,
    tokens,
    (w) => kb.notNames.get(w) === 'word' || (tagger?.isCommonWord?.(w) ?? false),
  );
  clubsBesideScores(cands, tokens, kb, lex.words['match-word']);
  companyShortNames(cands, tokens, kb, lex.words['corporate-suffix']);
  cands = partyStates(cands, tokens, doc.text, lex.usStates, kb);
  cands = statesAfterTowns(cands, tokens, doc.text, lex.usStates, kb, tagger?.isCommonWord);
  brandsAsTowns(cands, tokens, doc.text, kb, lex.typed['place-noun-of']);
  cands = namePatterns(cands, tokens, lex.words['corporate-suffix'], (w) => kb.demonyms.has(w), doc.text);
  cands = legalForms(cands, tokens, doc.text, lex.words['corporate-suffix']);
  // `Interstate 95` before `Boeing 737`: a road's number is no model's.
  roadNumbers(cands, tokens, lex.words['road-word'], lex.words['area-word'], lex.words['road-context']);
  cands = numberedDistricts(cands, tokens, lex.words['area-word'], (w) => kb.titles.byKey.has(w));
  districtNumbers(cands, tokens, lex.words['district-body-word']);
  cands = stockIndices(cands, tokens, doc.text, lex.words['stock-index'], lex.words['market-move']);
  cands = productNames(
    cands,
    tokens,
    lex.words['product-name'],
    lex.words['model-suffix'],
    // A team's score is no model number (`Barcelona 25`).
    (c) => c.rules.some((r) => TEAM_RULES.has(r)) || kb.actor(c.actorIds[0] ?? '')?.kind === 'sports',
  );
  ordinalUnits(cands, tokens, lex.words['ordinal-unit']);
  cands = bodiesOfUnits(cands, tokens);
  cands = campusNames(cands, tokens, lex.words['campus-system']);
  stateUniversities(cands, tokens, doc.text, lex.usStates);
  bareInitials(cands, tokens);
  hyphenedGivenNames(cands, tokens);
  speakerLabels(cands, doc.text);
  timeZones(cands, tokens);
  partiesAsModifiers(cands, tokens, (id) => kb.actor(id)?.kind === 'party');
  const isGivenName = (w: string) => kb.firstNames.has(w);
  const isOrgHead = (w: string) => kb.nameHeads.get(w) === 'ORG';
  cands = countryBranches(
    cands,
    tokens,
    (w) => idsOf(kb.names, w).some((id) => kb.actor(id)?.kind === 'country'),
    isGivenName,
    (w) => kb.titles.byKey.has(w),
    (w) => lex.words['place-prefix'].has(w) || COMPASS.has(w) || PLACE_OPENERS.has(w),
  );
  cands = countryBeforeBodies(cands, tokens, doc.text, kb, lex.words['us-named-body']);
  cands = bodiesNamedWithCountry(cands, tokens, kb);
  cands = placeNamedBodies(cands, tokens, kb, lex.words['place-body-word']);
  cands = bodiesOfCountries(cands, tokens, kb);
  cands = bodyFieldLists(cands, tokens, isOrgHead, isGivenName, lex.words['org-field-word']);
  cands = constituencyPairs(cands, tokens);
  cands = ridingNames(
    cands,
    tokens,
    (w) => isOrgHead(w) || lex.words['corporate-suffix'].has(w),
    isGivenName,
  );
  cands = britishColumbia(cands, tokens, kb);
  // A head word, a title or a company's word: no part of a person's or a model's name.
  const isBodyOrTitleWord = (w: string) =>
    kb.nameHeads.has(w) || kb.titles.byKey.has(w) || lex.words['company-division'].has(w);
  countryPossessivePersons(
    cands,
    tokens,
    kb,
    (w) => isBodyOrTitleWord(w) || (tagger?.isCommonWord?.(w) ?? false),
  );
  cands = personsAfterBodies(cands, tokens, isOrgHead, lex.words['family-name-first']);
  cands = caseNames(cands, tokens);
  worksInContext(cands, tokens, {
    workNouns: lex.words['work-noun-before'],
    awardWords: lex.words['award-word'],
    awardCategories: lex.words['award-category'],
    singular,
  });
  brandNames(cands, tokens, lex.words['product-noun-before'], singular);
  cands = makerProducts(
    cands,
    tokens,
    // Not in a headline, where words are capitalised for the style (`Nasdaq Hits Record`).
    (c) =>
      !headings.has(c.sentence) &&
      (kb.actor(c.actorIds[0] ?? '')?.roles.some((r) => /^MNC|BUS$/.test(r.code)) ?? false),
    guessed,
  );
  seatsAsPlaces(
    cands,
    tokens,
    doc.text,
    lex.words['seat-of-power'],
    lex.words['speech-verb'],
    lex.words['seat-without-article'],
  );
  modelNumbers(cands, tokens, lex.typed['head-first']);
  vehiclesNamedForPeople(cands, tokens, lex.words['vehicle-noun']);
  cands = vehicleModels(cands, tokens, lex.words['vehicle-make'], isBodyOrTitleWord);
  cands = creditSources(cands, tokens, doc.text, kb.firstNames);
  cands = creditedPersons(cands, tokens, lex.words['credit-word']);
  cands = placesBeforeLocalBodies(cands, tokens, kb);
  vesselClasses(cands, tokens);
  plusSigns(cands, tokens, doc.text);
  leadingApostrophes(cands, tokens, doc.text, kb);
  actsOfYears(cands, tokens);
  numberedNames(cands, tokens);
  numberedEvents(cands, tokens, lex.words['numbered-event']);
  gamesOfYears(cands, tokens);
  cands = hyphenedAcronyms(cands, tokens);
  sentenceStopsOutOfNames(cands, doc.text, kb, lex.words['corporate-suffix']);
  // 3b. Types from the names around: `Nick Rhodes of Duran Duran`, lists, `the Smithsonian`.
  misspeltNames(cands, tokens, kb, scanner.spellings);
  orgAfterPersonOf(cands, tokens);
  listAgreement(cands, tokens, kb, lex);
  townsInCountries(cands, tokens, kb);
  relativesNamed(cands, tokens, kb);
  cands = wayEnds(cands, tokens, kb, lex);
  platformX(cands, tokens, kb, lex);
  bylines(cands, tokens, doc.text);
  familyPlurals(cands, tokens, tagger?.isCommonWord);
  leadersGovernments(cands, tokens, kb, tagger?.isCommonWord);
  theNameNotPerson(cands, tokens);
  articleNamesNotPersons(cands, tokens, lex);
  placesAfterPrepositions(cands, tokens, kb, lex);
  placesNamingCouncils(cands, tokens, kb, lex);
  townsByVote(cands, tokens, kb, lex);
  signaturePlaces(cands, tokens, doc.text, kb);
  languagesAsOther(cands, tokens, kb, lex);
  languagesByCue(cands, tokens, lex);
  cands = orgsWithTheirTown(cands, tokens, kb, lex.words['site-noun-after']);
  productShapedPersons(cands, tokens, kb.firstNames, lex.words['model-word']);
  characterRoles(cands, tokens, kb, lex.words['character-cue']);
  namedStorms(cands, tokens, kb, lex.words['storm-word']);
  teamNamesWithNumbers(cands, tokens, doc.text, kb);
  localTeams(cands, tokens, kb, lex.words['match-word'], lex.words['quantifier-opener']);
  cands = nicknamesOfNamedTeams(
    cands,
    tokens,
    doc.text,
    kb,
    lex.words['club-noun-after'],
    lex.words['match-word'],
  );
  const sportStory =
    capsSentences.size > 0 &&
    isTeamSportStory(tokens, sentences, capsSentences, lex.words['team-sport-slug']);
  townsAsClubs(
    cands,
    tokens,
    doc.text,
    kb,
    lex.words['club-noun-after'],
    lex.words['speech-verb'],
    (c) => sportStory && capsSentences.has(c.sentence),
  );
  townsAsTeamsOfMatch(cands, tokens, kb, lex.words['match-word'], lex.words['player-noun-after']);
  homesOfNamedTeams(
    cands,
    tokens,
    doc.text,
    kb,
    lex.words['town-noun-after'],
    [lex.words['match-word'], lex.words['club-noun-after'], lex.words['game-word']],
    lex.words['speech-verb'],
  );
  // A name in capitals takes the type the article gives it where written in mixed case.
  if (capsSentences.size) {
    cands = typeAsWrittenElsewhere(cands, tokens, doc.text, capsSentences);
    if (sportStory) cands = clubsNamedAfterTowns(cands, tokens, doc.text, kb, lex.words['match-word']);
  }
  // Diseases (`HIV`, `West Nile virus`) and currency signs (`US$`) look like names but name no actor.
  cands = dropNonActors(cands, tokens, doc.text, lex, undefined, kb.titles, kb.nameHeads);
  cands = dropCommonWords(cands, tokens);
  titleWordsAsSurnames(cands, tokens, kb);
  cands.push(...partyLetters(tokens, doc.text, lex.usStates));
  if (options.nestedPlaces) addNestedPersons(cands, doc.text);
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  cands = doubleSurnames(cands, tokens);
  cands = namesBeforeAcronyms(
    cands,
    tokens,
    (w) => lex.words.connector.has(w),
    (w) => kb.nameHeads.has(w),
  );

  bodiesOfAnotherCountry(cands, tokens, kb);
  // 4. Tie country-less nominals (`rebel fighters`) to the sentence's country, else the article's.
  const actorOf = chooseActors(cands, kb, date);
  fillNominalCountries(cands, actorOf, kb);

  // 5. Coreference.
  const cluster = corefer(cands, actorOf, doc.text, kb, date, lex.words['corporate-suffix']);
  particlesBeforeSurnames(
    cands,
    tokens,
    (w) => lex.words['name-particle'].has(w) || lex.words['surname-particle'].has(w),
  );

  // 6. Entities, in order of first mention; 7. pronouns.
  const { mentions, entityOfRoot, entityGender } = buildEntities(cands, cluster, actorOf, kb, date, doc.text);
  const pronouns = pronounMentions(mentions, tokens, doc.text, entityGender);
  const all = [...mentions, ...pronouns].sort((a, b) => a.start - b.start || b.end - a.end);
  const entitiesById = new Map([...entityOfRoot.values()].map((e) => [e.id, e]));
  all.forEach((m, i) => {
    m.id = `m${i + 1}`;
    entitiesById.get(m.entityId ?? '')?.mentionIds.push(m.id);
  });
  return { mentions: all, entities: [...entitiesById.values()] };
}

/**
 * `Stephen King ... King said`, `Rep. Peter King ... King told`: a title word standing alone, that is the
 * surname of a person named in full in the article, is that person again (rule
 * `name.title-word-surname`), not a role. Not after an article (`the King`), nor before a name.
 */
function titleWordsAsSurnames(cands: Candidate[], tokens: Token[], kb: ActorKnowledge): void {
  const surnames = new Set<string>();
  for (const c of cands)
    if (
      c.type === 'PERSON' &&
      c.kind === 'name' &&
      c.last > c.first &&
      kb.titles.byKey.has(tokens[c.last].norm)
    )
      surnames.add(tokens[c.last].text);
  if (!surnames.size) return;
  for (const c of cands) {
    if (c.first !== c.last || !c.rules.includes('nominal.title') || !surnames.has(tokens[c.first].text))
      continue;
    const before = tokens[c.first - 1];
    if (before?.sentence === c.sentence && /^(the|a|an)$/.test(before.norm)) continue;
    // `King of the Netherlands`: a title with its realm.
    if (tokens[c.first + 1]?.norm === 'of') continue;
    c.kind = 'name';
    c.role = null;
    c.titleKey = null;
    c.agentCountry = null;
    c.rules = ['name.title-word-surname'];
  }
}

/** Step 1: each sentence cut into runs of capitalised words and segmented (`scan.ts`). */
function scanSentences(
  doc: Document,
  tokens: Token[],
  keys: string[],
  scanner: SentenceScanner,
  capsSentences: Set<number>,
  /** Filled with the sentences read as headlines or subheadings. */
  headings: Set<number>,
  /** Filled with the headings set in title case. */
  titleCaseHeadings: Set<number>,
): Candidate[] {
  const sentences = doc.layers.sentences ?? [];
  const paragraphs = doc.layers.paragraphs ?? [];
  const cands: Candidate[] = [];
  const writtenCapitalised = capsSentences.size ? capitalisedWords(tokens, capsSentences) : undefined;
  const perParagraph = new Map<number, number>();
  for (const s of sentences) perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1);
  for (const sentence of sentences) {
    const role = paragraphs[sentence.paragraph]?.role;
    // A headline, or a subheading: a line standing alone with no full stop and a capitalised function
    // word inside (`Apple Unveils New iPhone As Sales Slow In China`), not a line of a list or a
    // scoreboard (`M. Atherton b Waqar Younis 31`).
    // A question in title case is a subheading too (`What Does Stadia Offer?`).
    const { firstToken, lastToken } = sentence;
    const end = tokens[lastToken].text;
    const heading =
      role === 'headline' ||
      (perParagraph.get(sentence.paragraph) === 1 &&
        (!/^[.!?:;,"”’'»)]$/.test(end) || (end === '?' && isTitleCase(tokens, firstToken, lastToken))) &&
        hasCapitalisedFunctionWord(tokens, firstToken + 1, lastToken));
    const titleCase = heading && isTitleCase(tokens, firstToken, lastToken);
    if (heading) headings.add(sentence.index);
    if (titleCase) titleCaseHeadings.add(sentence.index);
    const ctx: SentenceContext = {
      doc,
      tokens,
      keys,
      sentence,
      titleCase,
      allCaps: capsSentences.has(sentence.index),
      writtenCapitalised,
    };
    for (const c of scanner.scan(ctx)) cands.push(c);
  }
  return cands;
}

/**
 * Step 2: the names no dictionary knows typed from cues; appositions of known people noted too.
 * Returns how often each one-word name is met.
 */
function typeUnknownNames(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  lex: EntitiesLexicon,
  text: string,
): Map<string, number> {
  const counts = new Map<string, number>();
  const inside = new Set<string>();
  const afterPlaceWord = new Map<string, number>();
  for (const c of cands) {
    if (c.first !== c.last) continue;
    const norm = tokens[c.first].norm;
    counts.set(norm, (counts.get(norm) ?? 0) + 1);
    if (!sentenceInitial(tokens, c.first)) inside.add(norm);
    const before = tokens[c.first - 1]?.norm ?? '';
    if (lex.words['place-preposition'].has(before) || lex.words['place-preposition-loose'].has(before))
      afterPlaceWord.set(norm, (afterPlaceWord.get(norm) ?? 0) + 1);
  }
  for (const c of cands) {
    if (c.type === 'OTHER')
      typeUnknownName(c, tokens, kb, lex, text.slice(c.start, c.end), counts, inside, afterPlaceWord);
    else if (c.type === 'PERSON' && c.kind === 'name' && !c.roleText)
      c.roleText = appositionAfter(tokens, c.last, kb);
  }
  sameTypeAsCuedElsewhere(cands, tokens);
  return counts;
}

/**
 * `Election Night: Rudd Sweeps to Power`: in a title-case heading every word has its capital, so a name
 * only the tagger found ends before the common words that close it (the verb, rule
 * `ner.title-case-trim`); a name's head word stays (`Labor Party`).
 */
function trimTitleCaseVerbs(
  cands: Candidate[],
  tokens: Token[],
  titleCase: ReadonlySet<number>,
  isCommon: (lower: string) => boolean,
): void {
  if (!titleCase.size) return;
  for (const c of cands) {
    if (!titleCase.has(c.sentence) || c.rules[0] !== 'ner.tagger' || c.last === c.first) continue;
    let last = c.last;
    while (last > c.first && /^[A-Z][a-z]+$/.test(tokens[last].text) && isCommon(tokens[last].norm)) last--;
    if (last === c.last) continue;
    c.last = last;
    c.end = tokens[last].end;
    c.rules.push('ner.title-case-trim');
  }
}

/** Cue typings too weak to overrule the tagger on a name only it found. */
const WEAK_CUES = new Set([
  'type.unknown',
  'type.repeated-word',
  'type.given-name',
  'type.speaker',
  'type.acronym',
]);

/**
 * `Velotra, a fintech startup, raised ...`: a name only the tagger found (a sentence's first word, which
 * the rules leave alone) takes the type a strong cue around it gives (an apposition, the market's words,
 * a head word), as the rules' own names do; the tagger's guess stays otherwise (rule `ner.tagger` then
 * the cue's).
 */
function cueTypesForTagged(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  lex: EntitiesLexicon,
  text: string,
  counts: Map<string, number>,
): void {
  for (const c of cands) {
    if (c.rules.length !== 1 || c.rules[0] !== 'ner.tagger') continue;
    const probe: Candidate = { ...c, rules: [], type: 'OTHER' };
    const rule = typeUnknownName(probe, tokens, kb, lex, text.slice(c.start, c.end), counts);
    if (WEAK_CUES.has(rule) || probe.confidence < 0.7 || probe.type === c.type) continue;
    c.type = probe.type;
    c.rules.push(rule);
  }
}

/** Typings of a one-word name that a cue elsewhere in the article overrides (see below). */
const WEAK_TYPINGS = new Set(['type.given-name', 'type.repeated-word', 'type.unknown']);

/**
 * `near Menaka` beside `the town of Menaka`, `Titan` beside `Saturn's moon Titan`: a one-word name typed
 * only because it is also a given name, or because it recurs, or not at all, takes the type a context
 * cue gives the same word elsewhere in the article (a place noun, a body's word), rule
 * `type.same-name-elsewhere`. One name, one thing, within one article.
 */
function sameTypeAsCuedElsewhere(cands: Candidate[], tokens: Token[]): void {
  const cued = new Map<string, Candidate>();
  for (const c of cands) {
    if (c.first !== c.last || !c.rules.includes('name.unknown') || c.type === 'PERSON' || c.type === 'OTHER')
      continue;
    const rule = c.rules[c.rules.length - 1];
    if (c.confidence < 0.7 || rule === 'type.repeated-word') continue;
    // A word in capitals read as an acronym (`MARENNES , France 1997-07-11`) types nothing written in
    // mixed case: its capitals may only be the line's.
    if (rule === 'type.acronym' && /[A-Z]{4,}/.test(tokens[c.first].text)) continue;
    const key = tokens[c.first].norm;
    if ((cued.get(key)?.confidence ?? 0) < c.confidence) cued.set(key, c);
  }
  if (!cued.size) return;
  for (const c of cands) {
    if (c.first !== c.last || !WEAK_TYPINGS.has(c.rules[c.rules.length - 1])) continue;
    const other = cued.get(tokens[c.first].norm);
    if (!other) continue;
    c.type = other.type;
    c.rules.push('type.same-name-elsewhere');
    c.confidence = 0.65;
  }
}

/**
 * A capitalised word opening a sentence, met nowhere else and typed by no cue, is an ordinary word.
 * (A word of a longer name in the article stays: it may be a surname, `Warhol said`.)
 */
function dropLoneOpeners(cands: Candidate[], tokens: Token[], counts: Map<string, number>): Candidate[] {
  const nameWords = new Set<string>();
  for (const c of cands)
    if (c.last > c.first) for (let k = c.first; k <= c.last; k++) nameWords.add(tokens[k].norm);
  return cands.filter(
    (c) =>
      !(
        c.type === 'OTHER' &&
        c.first === c.last &&
        (counts.get(tokens[c.first].norm) ?? 0) < 2 &&
        !nameWords.has(tokens[c.first].norm) &&
        sentenceInitial(tokens, c.first) &&
        // `Results: Highlanders 2 Dynamos 1`: a club given its score
        !scoredAgainstName(tokens, c.first)
      ),
  );
}

/** Products and works go in the plural (`Polaroids` beside `Polaroid`); names of organisations do not. */
function markPluralsOfNames(cands: Candidate[], tokens: Token[], kb: ActorKnowledge): void {
  const plurals = new Map<Candidate, string>();
  for (const c of cands) {
    if ((c.type !== 'OTHER' && c.type !== 'ORG') || c.rules.includes('type.name-head')) continue;
    const singular = pluralOfName(c, tokens);
    // `Americas` beside `America` is a place of its own, not a product in the plural.
    if (singular && !idsOf(kb.names, nameKey(singular)).length) plurals.set(c, singular);
  }
  if (plurals.size) {
    const singulars = new Set(plurals.values());
    const written = new Set<string>();
    for (const t of tokens) if (singulars.has(t.text)) written.add(t.text);
    for (const [c, singular] of plurals) {
      if (!written.has(singular)) continue;
      c.type = 'OTHER';
      c.rules.push('type.plural-of-name');
      c.confidence = 0.5;
    }
  }
}

/** Step 2b: places named inside organisation and facility names (`Texas` in `University of Texas`). */
function addNestedPlaces(
  cands: Candidate[],
  doc: Document,
  tokens: Token[],
  keys: string[],
  scanner: SentenceScanner,
): void {
  for (const c of cands.slice()) {
    if (c.kind !== 'name' || c.last - c.first < 1 || (c.type !== 'ORG' && c.type !== 'LOC')) continue;
    // A place the dictionary knows (`North America`) holds no other place (`America`).
    if (c.type === 'LOC' && c.actorIds.length) continue;
    for (const inner of scanner.nestedPlaces(doc, tokens, keys, c)) cands.push(inner);
  }
}

/**
 * A capitalised word opening a sentence that the article writes in lower case elsewhere is an
 * ordinary word (`Teams from Morocco ...` beside `teams`), whoever guessed it was a name.
 */
function dropCommonWords(cands: Candidate[], tokens: Token[]): Candidate[] {
  const initial = (i: number) => sentenceInitial(tokens, i);
  const asked = new Set<string>();
  for (const c of cands) if (mayBeCommonWord(c, tokens)) asked.add(tokens[c.first].norm);
  const casing = caseCounts(tokens, asked, initial);
  return cands.filter((c) => !isCommonWord(c, tokens, casing, initial));
}

/** Step 6: one entity per coreference cluster, in order of first mention, and its mentions. */
function buildEntities(
  cands: Candidate[],
  cluster: number[],
  actorOf: (string | null)[],
  kb: ActorKnowledge,
  date: string | null,
  text: string,
): { mentions: Mention[]; entityOfRoot: Map<number, Entity>; entityGender: Map<string, 'm' | 'f' | null> } {
  const entityOfRoot = new Map<number, Entity>();
  const entityGender = new Map<string, 'm' | 'f' | null>();
  const mentions: Mention[] = [];
  const rootMembers = new Map<number, number[]>();
  cands.forEach((_, i) => {
    const r = cluster[i];
    const list = rootMembers.get(r) ?? [];
    list.push(i);
    rootMembers.set(r, list);
  });
  let entityCount = 0;
  for (const [root, members] of [...rootMembers].sort(
    (a, b) => cands[a[1][0]].start - cands[b[1][0]].start,
  )) {
    const entity = buildEntity(`e${++entityCount}`, members, cands, actorOf, kb, date, text);
    if (!entity) continue;
    entityOfRoot.set(root, entity);
    entityGender.set(entity.id, genderOf(members, cands, actorOf, kb, text));
  }

  cands.forEach((c, i) => {
    const entity = entityOfRoot.get(cluster[i]) ?? null;
    if (!entity) return;
    mentions.push(
      mention(
        text,
        c.start,
        c.end,
        c.type,
        c.kind,
        entity.id,
        c.rules,
        c.confidence,
        c.role ? spanOf(text, c.role.start, c.role.end) : null,
      ),
    );
  });
  return { mentions, entityOfRoot, entityGender };
}

/** Step 7: pronouns (he / she and their forms) to the nearest fitting person. */
function pronounMentions(
  mentions: Mention[],
  tokens: Token[],
  text: string,
  entityGender: Map<string, 'm' | 'f' | null>,
): Mention[] {
  const persons: PersonRef[] = [];
  for (const m of mentions) {
    if (m.type !== 'PERSON' || !m.entityId) continue;
    const sentence = sentenceOfOffset(tokens, m.start);
    persons.push({
      start: m.start,
      sentence,
      entityId: m.entityId,
      gender: entityGender.get(m.entityId) ?? null,
    });
  }
  const pronouns: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const gender = PRONOUN_GENDER[t.norm];
    if (!gender) continue;
    const opensSentence = i === 0 || tokens[i - 1].sentence !== t.sentence;
    const entityId = antecedent(persons, t.start, t.sentence, gender, opensSentence);
    if (!entityId) continue;
    pronouns.push(
      mention(text, t.start, t.end, 'PERSON', 'pronoun', entityId, ['pronoun.nearest-person'], 0.7, null),
    );
  }
  return pronouns;
}

/** A mention row; built as one literal (no spreads: this runs for every mention of every article). */
function mention(
  text: string,
  start: number,
  end: number,
  type: EntityType,
  kind: MentionKind,
  entityId: string,
  rules: string[],
  confidence: number,
  role: Span | null,
): Mention {
  return {
    id: '',
    start,
    end,
    text: text.slice(start, end),
    component: ENTITIES_COMPONENT.component,
    version: ENTITIES_COMPONENT.version,
    rules,
    confidence,
    type,
    kind,
    entityId,
    role,
  };
}

/**
 * `Shares in Siemens fell` after `Siemens AG said`: one word that the article also writes with a
 * legal-form suffix names that company, whatever a gazetteer or the tagger made of it alone (rule
 * `type.company-short-name`). Countries stay countries.
 */
function companyShortNames(
  cands: Candidate[],
  tokens: Token[],
  kb: ActorKnowledge,
  corporateSuffixes: ReadonlySet<string>,
): void {
  const companies = new Set<string>();
  for (const c of cands) {
    if (
      c.type === 'ORG' &&
      c.last === c.first + 1 &&
      corporateSuffixes.has(tokens[c.last].norm.replace(/\.$/, ''))
    )
      companies.add(tokens[c.first].norm);
  }
  if (!companies.size) return;
  for (const c of cands) {
    if (c.first !== c.last || c.type === 'ORG' || c.kind !== 'name' || !companies.has(tokens[c.first].norm))
      continue;
    if (c.actorIds.length && kb.actor(c.actorIds[0])?.kind === 'country') continue;
    c.type = 'ORG';
    c.actorIds = [];
    c.rules.push('type.company-short-name');
  }
}

function sentenceOfOffset(tokens: Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].start <= start) lo = mid;
    else hi = mid - 1;
  }
  return tokens[lo]?.sentence ?? 0;
}

/** Where the tagger found a name the rules missed, add it; where both found one, the tagger types it. */
/** Rules typed with at most this confidence (a guess) give way to the tagger. */
const WEAK_TYPING = 0.45;
/** Below this confidence a tagged span is not taken. */
const TAGGER_MIN = 0.5;

/**
 * Merges the tagger's spans. The dictionaries and the strong rules (titles, given names, name heads,
 * appositions) keep their type; a name the rules could only guess at takes the tagger's type when the
 * tagger found the same span; a capitalised span the rules missed entirely is added.
 */
function mergeTagged(
  cands: Candidate[],
  spans: TaggedSpan[],
  tokens: Token[],
  doc: Document,
  kb: ActorKnowledge,
  lex: EntitiesLexicon,
  capsSentences: Set<number>,
): Candidate[] {
  const out = cands.slice();
  const byStart = new Map<number, Candidate[]>();
  for (const c of cands) {
    const list = byStart.get(c.start);
    if (list) list.push(c);
    else byStart.set(c.start, [c]);
  }
  for (const s of spans) {
    if (s.confidence < TAGGER_MIN) continue;
    // Text in capitals gives the tagger no case to read: the rules alone decide there.
    const at = tokenAt(tokens, s.start);
    if (at >= 0 && capsSentences.has(tokens[at].sentence)) continue;
    // Days and months are times, not places (`on Sunday .` read as a place in spaced wire copy); `AI` is a noun.
    if (notNameWords(tokens, s, kb, lex.words['date-preposition'])) continue;
    if (at >= 0 && creditWordAt(tokens, at, lex.words['credit-word'])) continue;
    // Nor a word set in capitals for emphasis (`there IS an oxygen bar`).
    if (at >= 0 && tokens[at].end === s.end && emphasisedWord(tokens, at, lex.words['word-acronym']))
      continue;
    const same = byStart.get(s.start)?.find((c) => c.end === s.end);
    if (same) {
      const guessed =
        !same.actorIds.length &&
        (same.kind === 'name' || same.kind === 'acronym') &&
        same.confidence <= WEAK_TYPING;
      if (guessed && s.type !== 'NORP' && !(isPlaceType(s.type) && !placeLike(same, tokens, kb))) {
        same.type = s.type;
        same.rules.push('ner.tagger-type', ...(s.rules ?? []));
        same.confidence = s.confidence;
      }
      continue;
    }
    if (s.type === 'OTHER' || s.type === 'NORP' || !/^[A-Z]/.test(doc.text[s.start])) continue;
    // Nor inside a title split off a name (`Shadow` of `Shadow Home Secretary Yvette Cooper`).
    if (out.some((c) => overlaps(c, s) || (c.role && overlaps(c.role, s)))) continue;
    const first = tokenAt(tokens, s.start);
    const last = tokenAt(tokens, s.end - 1);
    if (first < 0 || last < first) continue;
    out.push({
      start: s.start,
      end: s.end,
      first,
      last,
      sentence: tokens[first].sentence,
      kind: /^[A-Z]{2,5}$/.test(doc.text.slice(s.start, s.end)) ? 'acronym' : 'name',
      type: s.type,
      actorIds: [],
      rules: ['ner.tagger'],
      confidence: s.confidence,
    });
  }
  return out;
}

/**
 * Whether every word of a tagged span is a word of `not-names.tsv`: a day, a month used as a date
 * (`on Sunday`, `in March`), a common noun's acronym in capitals (`AI`): the tagger's span is then refused.
 */
function notNameWords(
  tokens: Token[],
  s: TaggedSpan,
  kb: ActorKnowledge,
  datePrepositions: ReadonlySet<string>,
): boolean {
  const first = tokenAt(tokens, s.start);
  const last = tokenAt(tokens, s.end - 1);
  if (first < 0 || last < first) return false;
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (!/^[\w]/.test(t.text)) continue;
    const kind = notNameKindOf(kb.notNames, tokens, k);
    if (!kind) return false;
    // A month word is a date only beside a number or after a time preposition (`in March`, `May 4`);
    // `May said` may be a surname.
    if (
      kind === 'month' &&
      !/^\d/.test(tokens[k + 1]?.text ?? '') &&
      !/^\d/.test(tokens[k - 1]?.text ?? '')
    ) {
      const before = tokens[k - 1]?.norm ?? '';
      // `to` makes a date only in a range (`from March to May`), not `a letter to May`.
      const range = before === 'to' && kb.notNames.get(tokens[k - 2]?.norm ?? '') === 'month';
      if (!datePrepositions.has(before) && !range) return false;
    }
  }
  return true;
}

const isPlaceType = (t: string): boolean => t === 'GPE' || t === 'LOC';

/**
 * Whether a name no dictionary knows may be a place: one word (`Bonaire`), or several with a place
 * or compass word among them (`Cape Canaveral`, `Bat Cave`, `Upper Nile`). Places of several words are nearly all in the
 * gazetteers or carry such a word; `Environment Canada` or `Romelu Lukaku` are not places.
 */
function placeLike(c: Candidate, tokens: Token[], kb: ActorKnowledge): boolean {
  // Codes with digits (`AD36`, `TLF-1`) name strains, models and products, not places.
  for (let k = c.first; k <= c.last; k++) if (/\d/.test(tokens[k].text)) return false;
  if (c.first === c.last) return true;
  for (let k = c.first; k <= c.last; k++) {
    const head = kb.nameHeads.get(tokens[k].norm);
    if (head === 'GPE' || head === 'LOC' || COMPASS.has(tokens[k].norm)) return true;
  }
  return false;
}

/** Index of the token holding character `offset` (binary search), or -1. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else if (tokens[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** A capitalised word and a plural noun (`Warhol Polaroids`; not `Ford Class`). */
const SURNAME_PLURAL = /^\S+ \p{Lu}\p{Ll}+[^s\W]s$/u;

/** `Andy Warhol Foundation`: a person named elsewhere in the article, at the start of an organisation name. */
function addNestedPersons(cands: Candidate[], text: string): void {
  const persons = new Map<string, Candidate>();
  const surnames = new Map<string, Candidate>();
  for (const c of cands) {
    if (c.type === 'PERSON' && c.kind === 'name' && c.last > c.first) {
      const name = text.slice(c.start, c.end);
      persons.set(name, c);
      surnames.set(name.slice(name.lastIndexOf(' ') + 1), c);
    }
  }
  if (!persons.size) return;
  for (const c of cands.slice()) {
    if (c.type !== 'ORG' && c.type !== 'LOC' && c.type !== 'OTHER') continue;
    const surface = text.slice(c.start, c.end);
    // `Warhol Polaroids`: a person's surname and a plural noun, a name of no known type, name that
    // person's works (rule `name.nested-surname`); a longer name (`Ford Fiesta Classics`) is a
    // product or event of its own.
    const firstWord = surface.slice(0, surface.indexOf(' '));
    const bySurname =
      c.type === 'OTHER' && c.last === c.first + 1 && SURNAME_PLURAL.test(surface)
        ? surnames.get(firstWord)
        : undefined;
    if (bySurname) {
      cands.push({
        ...bySurname,
        start: c.start,
        end: c.start + firstWord.length,
        first: c.first,
        last: c.first,
        sentence: c.sentence,
        role: null,
        rules: ['name.nested-surname'],
        confidence: 0.65,
      });
      continue;
    }
    for (const [name, person] of persons) {
      if (surface.length <= name.length || !surface.startsWith(`${name} `)) continue;
      cands.push({
        ...person,
        start: c.start,
        end: c.start + name.length,
        first: c.first,
        last: c.first + (person.last - person.first),
        sentence: c.sentence,
        role: null,
        rules: ['name.nested-person'],
        confidence: 0.7,
      });
      break;
    }
  }
}

function fillNominalCountries(cands: Candidate[], actorOf: (string | null)[], kb: ActorKnowledge): void {
  const countryCount = new Map<string, number>();
  cands.forEach((_c, i) => {
    const actor = actorOf[i] ? kb.actor(actorOf[i]!) : undefined;
    if (actor?.kind === 'country' && actor.country)
      countryCount.set(actor.country, (countryCount.get(actor.country) ?? 0) + 1);
  });
  const main = [...countryCount].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  cands.forEach((c) => {
    if (c.kind !== 'nominal' || !c.agent || c.agentCountry) return;
    let best: { distance: number; country: string } | null = null;
    cands.forEach((o, j) => {
      if (o.sentence !== c.sentence || o === c) return;
      const actor = actorOf[j] ? kb.actor(actorOf[j]!) : undefined;
      if (!actor?.country || (actor.type !== 'GPE' && actor.type !== 'PERSON')) return;
      const distance = Math.abs(o.start - c.start);
      if (!best || distance < best.distance) best = { distance, country: actor.country };
    });
    const found = best as { distance: number; country: string } | null;
    c.agentCountry = found?.country ?? main;
    c.rules.push(
      found ? 'nominal.country-of-sentence' : main ? 'nominal.country-of-article' : 'nominal.no-country',
    );
  });
}

function demonymOf(kb: ActorKnowledge, iso3: string): string {
  return kb.countries.get(iso3)?.demonyms[0] ?? kb.countries.get(iso3)?.name ?? iso3;
}

/** What a group of one sector is called when its mentions use several nouns. */
const SECTOR_GROUP_NAMES: Record<string, string> = {
  GOV: 'government',
  MIL: 'military',
  COP: 'police',
  JUD: 'judiciary',
  LEG: 'legislature',
  MED: 'media',
};

/** The agent words of a nominal without its article and country word (`the US officials` -> `officials`). */
function agentWords(key: string, kb: ActorKnowledge): string {
  const words = key.split(' ');
  const countryWord = (w: string) =>
    w === 'the' || kb.demonyms.has(w) || idsOf(kb.names, w).some((id) => kb.actor(id)?.kind === 'country');
  while (words.length > 1 && countryWord(words[0])) words.shift();
  return words.join(' ');
}

function buildEntity(
  id: string,
  members: number[],
  cands: Candidate[],
  actorOf: (string | null)[],
  kb: ActorKnowledge,
  date: string | null,
  text: string,
): Entity | null {
  const ms = members.map((i) => cands[i]);
  const actorId = members.map((i) => actorOf[i]).find((a) => a) ?? null;
  const names = ms.filter((c) => c.kind === 'name');
  const longestName = names.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  const typed = ms.find((c) => c.kind === 'name' || c.kind === 'acronym') ?? ms[0];
  const acronym = ms.find((c) => c.kind === 'acronym');
  let actor: ActorLink | null = actorId ? actorOnDate(kb, actorId, date) : null;
  let type: EntityType = typed.type;
  const actorRecord = actorId ? kb.actor(actorId) : undefined;
  if (actorRecord && (actorRecord.type === 'GPE' || actorRecord.type === 'LOC') && type === 'NORP')
    type = actorRecord.type;
  // The fullest name the text gives, else the actor's own name, else the acronym used.
  let name = longestName
    ? text.slice(longestName.start, longestName.end)
    : (actor?.name ??
      (acronym ? text.slice(acronym.start, acronym.end) : text.slice(ms[0].start, ms[0].end)));
  // Countries go by their common name (`United States`), whichever alias the text used first.
  if (actorRecord?.kind === 'country') name = actorRecord.names[0];

  // A group named only by generic nouns: `Libyan opposition` with the country's sector code.
  const nominal = ms.find((c) => c.kind === 'nominal' && c.agent);
  if (!actor && nominal?.agent) {
    if (ms.every((c) => c.kind === 'nominal' && !c.agent && !c.titleKey)) return null;
    const country = nominal.agentCountry ?? null;
    const agents = ms.filter((c) => c.agent).map((c) => c.agent!);
    const family = sectorFamily(nominal.agent.code);
    const code = agents.find((a) => a.code.startsWith('REB'))?.code ?? nominal.agent.code;
    const heads = new Set(
      ms
        .filter((c) => c.agent)
        .map((c) => agentWords(nameKey(text.slice(c.start, c.end)), kb).replace(/s$/, '')),
    );
    // One noun for the group when its mentions use several (`the minister`, `officials`: the government).
    const headWord =
      family === 'opposition'
        ? 'opposition'
        : heads.size > 1 && SECTOR_GROUP_NAMES[family]
          ? SECTOR_GROUP_NAMES[family]
          : agentWords(nameKey(text.slice(nominal.start, nominal.end)), kb);
    name = country ? `${demonymOf(kb, country)} ${headWord}` : headWord;
    type = 'ORG';
    actor = country
      ? {
          actorId: `agent:${country}:${code}`,
          name,
          code: nominal.agent.prefix ? `${code}${country}` : `${country}${code}`,
          country,
          role: null,
        }
      : null;
  }
  // A title alone that matched no person in the text is left out (it names no one we know).
  if (!actor && ms.every((c) => c.kind === 'nominal' && !c.agent)) return null;
  const roleSpan = ms.find((c) => c.role && c.kind === 'name');
  const roleText = roleSpan?.role ? text.slice(roleSpan.role.start, roleSpan.role.end) : null;
  if (actor && !actor.role && roleText && type === 'PERSON') actor.role = roleText;
  const apposition = ms.find((c) => c.roleText)?.roleText ?? null;
  const confidence = Math.max(...ms.map((c) => c.confidence));
  const entity: Entity = { id, name, type, mentionIds: [], actor, confidence };
  if (!actor) entity.roleText = apposition ?? roleText;
  else if (apposition) entity.roleText = apposition;
  return entity;
}

function genderOf(
  members: number[],
  cands: Candidate[],
  actorOf: (string | null)[],
  kb: ActorKnowledge,
  text: string,
): 'm' | 'f' | null {
  for (const i of members) if (cands[i].gender) return cands[i].gender!;
  for (const i of members) {
    const a = actorOf[i] ? kb.actor(actorOf[i]!) : undefined;
    if (a?.gender) return a.gender;
  }
  for (const i of members) {
    const c = cands[i];
    if (c.type !== 'PERSON' || c.kind !== 'name') continue;
    const first = text.slice(c.start, c.end).split(/\s+/)[0].toLowerCase();
    const g = kb.firstNames.get(first);
    if (g === 'm' || g === 'f') return g;
  }
  return null;
}
