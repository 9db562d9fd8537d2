/**
 * Everything the pipeline knows, loaded once: actors, the entity tagger's model, the gazetteer, the
 * parser model, the CAMEO/PLOVER tables and the lexicons. Components receive these already loaded and
 * never read files themselves.
 */
import { loadNerModel, type NerModel } from '../extract/entities/tagger/index.js';
import { loadQuoteLexicon, type QuoteLexicon } from '../extract/quotes/index.js';
import { loadParserModel, type ParserModel } from '../syntax/parser.js';
import { type ActorKnowledge, loadActorKnowledge } from './actors/index.js';
import { type CameoKnowledge, loadCameoKnowledge } from './cameo/index.js';
import { type ForecastLexicon, loadForecastLexicon } from './forecast-lexicon.js';
import { type Gazetteer, loadGazetteer } from './gazetteer/index.js';

export interface Knowledge {
  actors: ActorKnowledge;
  ner: NerModel;
  gazetteer: Gazetteer;
  parser: ParserModel;
  cameo: CameoKnowledge;
  quotes: QuoteLexicon;
  forecasts: ForecastLexicon;
}

export interface KnowledgeOptions {
  /** Extra actor files that add to or correct the shipped actors (see data/actors/README). */
  actorFiles?: string[];
}

export function loadKnowledge(opts: KnowledgeOptions = {}): Knowledge {
  return {
    actors: loadActorKnowledge({ userFiles: opts.actorFiles }),
    ner: loadNerModel(),
    gazetteer: loadGazetteer(),
    parser: loadParserModel(),
    cameo: loadCameoKnowledge(),
    quotes: loadQuoteLexicon(),
    forecasts: loadForecastLexicon(),
  };
}
