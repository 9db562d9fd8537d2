/** A stretch of text that names a place (or a people whose country is a place), before resolution. */

export interface Hints {
  /** `the city of X`, `X City`, `the capital X`. */
  city: boolean;
  /** `X State`, `the province of X`, `X County`. */
  admin: boolean;
  /** `X River`, `X Valley`. */
  region: boolean;
  /** `X County`: a second-level division, which the gazetteer does not hold. */
  county: boolean;
  /** ISO alpha-2 of a country the phrase puts the place in (`the Egyptian city of X`). */
  country: string | null;
  /** The locative preposition before the name (`in`, `near`, `over`), if any. */
  locative: string | null;
  locativePrecision: 1 | 2 | 3 | null;
}

export interface Toponym {
  start: number;
  end: number;
  text: string;
  /** The normalised lookup key of the name. */
  key: string;
  /** `mention` when the entities layer found it, `spotter` when the gazetteer did. */
  origin: 'mention' | 'spotter';
  /** `demonym` for `Syrian`, `the French`; `abbreviation` for `Calif.` after a comma. */
  kind: 'name' | 'demonym' | 'abbreviation';
  mentionId: string | null;
  sentence: number;
  firstToken: number;
  lastToken: number;
  candidates: readonly number[];
  rules: string[];
  hints: Hints;
  /** Spotter matches of small towns only, kept only if the document supports them. */
  weak: boolean;
}

export function noHints(): Hints {
  return {
    city: false,
    admin: false,
    region: false,
    county: false,
    country: null,
    locative: null,
    locativePrecision: null,
  };
}
