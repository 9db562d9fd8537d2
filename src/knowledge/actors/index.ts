export {
  addName,
  idsOf,
  type LoadOptions,
  loadActorKnowledge,
  readUserJson,
  readUserTsv,
  writeActorIndex,
} from './load.js';
export { foldedKey, isAcronymKey, nameKey } from './names.js';
export { actorOnDate, roleOnDate, validOn } from './on-date.js';
export type {
  Actor,
  ActorKnowledge,
  Agent,
  CountryInfo,
  NameIndex,
  NotNameKind,
  PhraseIndex,
  Title,
} from './types.js';
