export {
  admin1Of,
  countryOf,
  demonymPlural,
  entryAt,
  featureOf,
  kindOf,
  loadGazetteer,
  lookup,
  lookupKey,
  nameOf,
} from './load.js';
export { placeKey, withoutArticle } from './normalise.js';
export type { Cue, CueRole, FeatureKind, GazEntry, Gazetteer } from './types.js';
