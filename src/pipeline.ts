/**
 * The one ordered list of components that turns a read Document into a fully annotated one.
 *
 *   text -> entities -> syntax -> times -> places -> quotes -> events -> forecasts
 *
 * Each component declares what it reads and writes; `Pipeline` checks, when it is built, that
 * every layer a component reads is written by an earlier one, so a misordered list fails at once
 * rather than producing empty layers.
 */

import { entitiesComponent, resolvePronoun } from './extract/entities/index.js';
import { createNerTagger } from './extract/entities/tagger/index.js';
import { eventsComponent } from './extract/events/index.js';
import { forecastsComponent } from './extract/forecasts/index.js';
import { placesComponent } from './extract/places/index.js';
import { quotesComponent } from './extract/quotes/index.js';
import { timesComponent } from './extract/times/index.js';
import { type Knowledge, loadKnowledge } from './knowledge/index.js';
import type { Document } from './model/document.js';
import type { LayerName } from './model/layers.js';
import type { Component } from './pipeline-types.js';
import { syntaxComponent } from './syntax/index.js';
import { textLayer } from './text/index.js';

export type { Component } from './pipeline-types.js';

export class PipelineError extends Error {
  readonly code = 'E_PIPELINE_ORDER';
}

export class Pipeline {
  readonly components: readonly Component[];

  constructor(components: Component[]) {
    const written = new Set<LayerName>(['paragraphs']); // readers may provide paragraphs
    for (const c of components) {
      for (const layer of c.reads) {
        if (!written.has(layer)) {
          throw new PipelineError(
            `component '${c.name}' reads '${layer}', which no earlier component writes`,
          );
        }
      }
      for (const layer of c.writes) written.add(layer);
    }
    this.components = components;
  }

  /**
   * Runs every component in order; a component that throws is recorded on the document and the rest
   * go on. With `timings`, adds each component's milliseconds to it (for the benchmark).
   */
  run(doc: Document, timings?: Map<string, number>): Document {
    for (const c of this.components) {
      const started = timings ? performance.now() : 0;
      try {
        c.run(doc);
      } catch (err) {
        doc.diagnostics.push({
          code: 'E_COMPONENT',
          message: `${c.name}@${c.version} failed: ${(err as Error).message}`,
        });
      }
      if (timings) timings.set(c.name, (timings.get(c.name) ?? 0) + performance.now() - started);
    }
    return doc;
  }

  /** The layers this pipeline fills. */
  get layers(): LayerName[] {
    return [...new Set(this.components.flatMap((c) => c.writes))];
  }
}

/** Output conventions a caller may change (`sitrep extract --nested-places`). */
export interface PipelineOptions {
  /** Places inside organisation names (`Texas` in `University of Texas`) as mentions too (GUM style). */
  nestedPlaces?: boolean;
}

/**
 * The default component list, in order. The knowledge each needs is loaded once by the caller
 * (`loadKnowledge`) and passed in.
 */
export function defaultComponents(k: Knowledge, options: PipelineOptions = {}): Component[] {
  return [
    textLayer(),
    entitiesComponent(k.actors, createNerTagger(k.ner), undefined, { nestedPlaces: options.nestedPlaces }),
    syntaxComponent(k.parser, { onlyWithActors: true, lazy: true }),
    timesComponent(),
    placesComponent(k.gazetteer),
    quotesComponent({ lexicon: k.quotes, resolvePronoun }),
    eventsComponent(k.cameo),
    forecastsComponent(k.forecasts, [
      'sentences',
      'tokens',
      'mentions',
      'entities',
      'quotes',
      'times',
      'events',
    ]),
  ];
}

let shared: Knowledge | null = null;

/** The knowledge shipped in data/, loaded on first use and shared by every pipeline of the process. */
export function sharedKnowledge(): Knowledge {
  shared ??= loadKnowledge();
  return shared;
}

/** The pipeline the CLI runs: every component, with the shipped knowledge (or the one given). */
export function createPipeline(k: Knowledge = sharedKnowledge(), options: PipelineOptions = {}): Pipeline {
  return new Pipeline(defaultComponents(k, options));
}
