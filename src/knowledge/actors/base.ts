/**
 * What the shipped actor data gives before the user's files are applied. It is built from the TSV files
 * (`buildActorBase` in load.ts) or read back from the prebuilt index (prebuilt.ts), and both must give the
 * same thing: the user's files and the look-ups work on it alike.
 */
import type { EntityType } from '../../model/layers.js';
import type { Actor, Agent, CountryInfo, NameIndex, NotNameKind, PhraseIndex, Title } from './types.js';

/**
 * The files of the actor folder `buildActorBase` reads (user.tsv and the user's files are read after the
 * base, every time).
 */
export const BASE_FILES = [
  'country-aliases.tsv',
  'regions.tsv',
  'groups.tsv',
  'phoenix-actors.tsv',
  'name-heads.tsv',
  'titles.tsv',
  'first-names.tsv',
  'not-names.tsv',
  'cities.tsv',
  'organisations.tsv',
  'teams.tsv',
  'venues.tsv',
  'phoenix-agents.tsv',
  'agents-extra.tsv',
  'phoenix-given-names.tsv',
  'leaders.tsv',
] as const;

export interface ActorBase {
  /** Actors built at load: countries, capitals, regions, groups, the persons of leaders.tsv (in this order). */
  actors: Map<string, Actor>;
  /** Phoenix, organisation and city rows not yet built into actors. */
  lazy: LazyRows;
  names: NameIndex;
  demonyms: Map<string, string>;
  countries: Map<string, CountryInfo>;
  capsOnly: Set<string>;
  agents: PhraseIndex<Agent>;
  titles: PhraseIndex<Title>;
  firstNames: Map<string, 'm' | 'f' | 'u'>;
  nameHeads: Map<string, EntityType>;
  notNames: Map<string, NotNameKind>;
  teamNicknames: Set<string>;
  teamNicknameOf: Map<string, string>;
}

/** An unparsed row: a city row (name, country, population, geonameid) or an actor row as in phoenix-actors.tsv. */
export interface LazyRow {
  city: boolean;
  row: string;
}

/** The rows of the many actors few texts name, kept unparsed until one is looked up. */
export interface LazyRows {
  /** The row of `id` if it has not been taken or deleted yet; it is gone from the store afterwards. */
  take(id: string): LazyRow | undefined;
  delete(id: string): void;
  /** Rows still in the store. */
  size(): number;
}

/** A store over two maps, as the TSV loader fills them. */
export function mapRows(rows: Map<string, string>, cities: Map<string, string>): LazyRows {
  return {
    take(id) {
      const city = cities.get(id);
      if (city !== undefined) {
        cities.delete(id);
        return { city: true, row: city };
      }
      const row = rows.get(id);
      if (row === undefined) return undefined;
      rows.delete(id);
      return { city: false, row };
    },
    delete(id) {
      rows.delete(id);
    },
    size: () => rows.size + cities.size,
  };
}
