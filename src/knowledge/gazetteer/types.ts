/** What the gazetteer knows about a place, and how it is indexed. */
import type { PlaceNames } from './place-names.js';

/** Kinds of places, most general first; the number is stored per entry. */
export const FEATURE_KINDS = [
  'continent',
  'region',
  'water',
  'country',
  'admin1',
  'island',
  'city',
  'landmark',
] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

/** What a word near a name says about it (data/places/context-words.tsv). */
export type CueRole =
  | 'title'
  | 'media'
  | 'org'
  | 'city'
  | 'admin'
  | 'region'
  | 'locative'
  | 'disease'
  | 'county';
export interface Cue {
  role: CueRole;
  /** For locative prepositions: ACLED-like precision of a place they introduce (1 at, 2 near, 3 from). */
  precision: 1 | 2 | 3 | null;
}

export interface GazEntry {
  /** Index into the gazetteer's columns. */
  index: number;
  name: string;
  kind: FeatureKind;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2, `null` for places spanning several countries. */
  country: string | null;
  /** GeoNames admin1 code within the country (`CA`, `08`), `null` when unknown. */
  admin1: string | null;
  /** GeoNames feature code for cities (`PPLC`, `PPLA`, `PPL`...), else the kind. */
  feature: string;
  population: number;
  geonameid: number | null;
}

/**
 * The loaded gazetteer. Entries live in columns so that loading allocates almost nothing per city:
 * entries `[0, cityCount)` are the rows of cities.tsv, whose name, admin1 and feature code are read
 * back from the kept file bytes on demand (`cityBytes`, `cityLine`); the curated entries after them
 * (countries, first-level regions, news aliases) keep their strings in `extra*` arrays.
 * Names are indexed by `placeKey` (`PlaceNames`: the cities' keys by binary search in the sorted file).
 */
export interface Gazetteer {
  size: number;
  cityCount: number;
  kinds: Uint8Array;
  lat: Float32Array;
  lon: Float32Array;
  /** Index into `countryCodes`, 255 for none. */
  countryIx: Uint8Array;
  countryCodes: string[];
  population: Float64Array;
  geonameid: Int32Array;
  /** The bytes of cities.tsv (UTF-8) and the byte offset of each city's line in them. */
  cityBytes: Buffer;
  cityLine: Int32Array;
  /** name, admin1 code, feature code of the curated entries, at `i - cityCount`. */
  extraNames: string[];
  extraAdmin1: string[];
  extraFeatures: string[];
  /** Normalised name -> its entries. */
  byName: PlaceNames;
  /** First words of the names of more than one word (`new`, `santa`), to skip hopeless n-grams. */
  firstWords: { has(word: string): boolean };
  /** Normalised admin1 abbreviation (`calif`, `nsw`) -> admin1 entries; used only after a comma. */
  byAbbreviation: Map<string, number[]>;
  /** Normalised demonym or nationality noun (`syrian`, `syrians`, `french`) -> entry of the place. */
  byDemonym: Map<string, number>;
  /** ISO alpha-2 -> country entry. */
  countryEntry: Map<string, number>;
  /** `US.CA` -> admin1 entry. */
  admin1Entry: Map<string, number>;
  /** ISO alpha-2 -> the entry of its capital city, when found. */
  capitalEntry: Map<string, number>;
  /** Country area in km², for the size of a country's footprint. */
  countryArea: Map<string, number>;
  /** Context words by their exact spelling, without a final dot (`Sen`, `City`, `in`). */
  cues: Map<string, Cue>;
  /** Normalised town names that are also common words or given names (data/places/stopnames.tsv). */
  stopNames: Set<string>;
}
