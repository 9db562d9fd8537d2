/**
 * How a worker finds its pipeline: a module URL that exports `createPipeline()` (sync or async, for
 * pipelines that load dictionaries first) or `defaultPipeline()`. Functions cannot cross to a worker
 * thread, so the pipeline is named by module and built again inside each worker.
 */
import type { Document } from '../model/document.js';

export interface RunnablePipeline {
  run(doc: Document): Document;
}

interface PipelineModule {
  createPipeline?: () => RunnablePipeline | Promise<RunnablePipeline>;
  defaultPipeline?: () => RunnablePipeline;
}

/** True when this code runs from TypeScript sources (tsx, vitest) rather than the compiled dist. */
export const RUNNING_FROM_SOURCE = import.meta.url.endsWith('.ts');

/** A module of this package beside `src/run/` (`../pipeline`), with the extension of the running code. */
export function siblingModule(relative: string): string {
  return new URL(`${relative}${RUNNING_FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url).href;
}

/** The project's own pipeline module (`src/pipeline.ts` or `dist/pipeline.js`). */
export function defaultPipelineModule(): string {
  return siblingModule('../pipeline');
}

export async function loadPipeline(moduleUrl: string): Promise<RunnablePipeline> {
  const mod = (await import(moduleUrl)) as PipelineModule;
  if (mod.createPipeline) return await mod.createPipeline();
  if (mod.defaultPipeline) return mod.defaultPipeline();
  throw new Error(`${moduleUrl} exports neither createPipeline() nor defaultPipeline()`);
}

export interface WorkerRequest {
  seq: number;
  doc: Document;
}

export type WorkerReply = { seq: number; doc: Document } | { seq: number; error: string };

/**
 * Removes layers the caller will not keep (tokens, by default) before a document leaves the worker:
 * tokens are most of a document's size, so dropping them there halves what crosses between threads.
 */
export function dropLayers(doc: Document, layers: readonly string[]): Document {
  for (const name of layers) {
    delete (doc.layers as Record<string, unknown>)[name];
    delete (doc.producedBy as Record<string, unknown>)[name];
  }
  return doc;
}
