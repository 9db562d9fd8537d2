import type { ActorRole, EntityType } from '../../model/layers.js';

/** One actor of the knowledge base: a person, organisation, country or place. */
/**
 * How a word of `not-names.tsv` is no name: `word` always (`Monday`, `CEO`), `month` next to a number or
 * alone (`Theresa May` stays), `acronym` only written in capitals (`AI`, `SUVs`; `Ai Weiwei` stays), `head`
 * unless a name's head word follows (`Copyright 2023 Reuters`; `the Copyright Office` stays).
 */
export type NotNameKind = 'word' | 'month' | 'acronym' | 'head';

export interface Actor {
  /** Stable id: `iso:FRA`, `phx:sergey-lavrov`, `user:my-group`. */
  id: string;
  /** The display name first, then variants as written in the source. */
  names: string[];
  type: EntityType;
  /** A finer kind where known: `media`, `armed-group`, `country`, `city`, `igo`... */
  kind: string | null;
  /** ISO 3166-1 alpha-3 (CAMEO country code) of the actor's country. */
  country: string | null;
  /** Date-bounded CAMEO codes; a role with from = to = null is the default. */
  roles: ActorRole[];
  wikidata: string | null;
  /** `m` / `f` when the source says (used for pronouns). */
  gender: 'm' | 'f' | null;
  /** Which data file the actor came from. */
  source: string;
}

/** A generic agent noun (`rebels`, `police`): a sector code that joins the country of the sentence. */
export interface Agent {
  /** Sector code added after the country code (`REB` for `~REB`) or before it (`NGO~`). */
  code: string;
  prefix: boolean;
  /** The phrase names a group (plural, mass noun) rather than one person. */
  group: boolean;
}

/** A title or role written before a name (`Foreign Minister`, `Mr.`). */
export interface Title {
  key: string;
  gender: 'm' | 'f' | null;
  /** Sector code it implies (`GOV`, `LEG`, `MIL`), if any. */
  sector: string | null;
  /** Words that name the title alone refer to a person (`the president`). */
  person: boolean;
}

export interface CountryInfo {
  iso3: string;
  iso2: string;
  name: string;
  demonyms: string[];
  capitals: string[];
}

/** Key -> candidate values, with the longest key length (in words) for each first word. */
export interface PhraseIndex<T> {
  byKey: Map<string, T[]>;
  maxWords: Map<string, number>;
}

/** Name key -> `|`-joined actor ids, with the longest name length (in words) for each first word. */
export interface NameIndex {
  byKey: Map<string, string>;
  maxWords: Map<string, number>;
  /** Keys of names written with a possessive (`Moody's` -> `moodys`): only these match across `'s`. */
  possessive?: Set<string>;
}

export interface ActorKnowledge {
  /** Actors already built; use `actor(id)` to look one up (rows are built on first use). */
  actors: Map<string, Actor>;
  actor(id: string): Actor | undefined;
  /** Number of actors known, built or not. */
  size(): number;
  /** Name key -> actor ids, best first (user file, then countries, then Phoenix); read with `idsOf`. */
  names: NameIndex;
  /** Demonym key (`libyan`, `americans`) -> actor id of the country. */
  demonyms: Map<string, string>;
  agents: PhraseIndex<Agent>;
  titles: PhraseIndex<Title>;
  countries: Map<string, CountryInfo>;
  /** Lower-case first name -> gender. */
  firstNames: Map<string, 'm' | 'f' | 'u'>;
  /** Words that end organisation / facility / natural-feature names (`party`, `university`, `river`). */
  nameHeads: Map<string, EntityType>;
  /** Name keys that match only text in capitals: short ones and those a proper-case source writes in capitals. */
  capsOnly: Set<string>;
  /** Capitalised words that are not names (`Monday`); `month` ones only next to a number or alone. */
  notNames: Map<string, NotNameKind>;
  /** Keys of team nicknames that are ordinary words (`giants`, `heat`): a team only after a lower-case `the`. */
  teamNicknames: Set<string>;
  /** Each team's nickname key (`team:kansas-city-chiefs` -> `chiefs`), whatever the `word` column says. */
  teamNicknameOf: Map<string, string>;
  /** Measured when loaded. */
  stats: {
    loadMs: number;
    actors: number;
    names: number;
    heapMB: number;
    /** Whether the prebuilt index was read (false: the TSV files were, e.g. after an edit). */
    fromIndex?: boolean;
  };
}
