/**
 * Golden tests: each article in `test/golden/articles/` runs through the real reader and pipeline,
 * and a stable projection of the result is compared with its reviewed expected file in
 * `test/golden/expected/`. Fresh outputs go to `test/golden/.out/` (ignored by git); `npm run
 * golden:accept` copies them over the expected files after a person has read the diff. CI never
 * writes expected files.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../../src/ingest/index.js';
import type { Document } from '../../src/model/document.js';
import { createPipeline } from '../../src/pipeline.js';

export const GOLDEN_DIR = fileURLToPath(new URL('.', import.meta.url));
export const ARTICLES = join(GOLDEN_DIR, 'articles');
export const EXPECTED = join(GOLDEN_DIR, 'expected');
export const FRESH = join(GOLDEN_DIR, '.out');

/** The golden inputs: the committed articles (the seed is tested on its own, from shared/). */
export function goldenArticles(): string[] {
  return readdirSync(ARTICLES)
    .filter((f) => /\.(txt|html?|xml|jsonl)$/.test(f))
    .sort()
    .map((f) => join(ARTICLES, f));
}

const round = (x: number | null | undefined) => (typeof x === 'number' ? Math.round(x * 100) / 100 : null);

/** What a reviewer checks: readable, stable across runs, free of offsets-only noise. */
export function project(doc: Document): unknown {
  const { meta, layers } = doc;
  const entityName = new Map((layers.entities ?? []).map((e) => [e.id, e.name]));
  return {
    meta: {
      title: meta.title,
      subtitle: meta.subtitle,
      authors: meta.authors,
      published: meta.published && {
        local: meta.published.local,
        precision: meta.published.precision,
        zone: meta.published.zone,
      },
      url: meta.url,
      source: meta.source,
    },
    paragraphs: (layers.paragraphs ?? []).map(
      (p) => `${p.role}${p.boilerplate ? `/${p.boilerplate}` : ''}: ${p.text.slice(0, 60)}`,
    ),
    entities: (layers.entities ?? []).map((e) => ({
      name: e.name,
      type: e.type,
      actor: e.actor?.code ?? null,
      role: e.actor?.role ?? e.roleText ?? null,
      mentions: (layers.mentions ?? []).filter((m) => m.entityId === e.id).map((m) => m.text),
    })),
    times: (layers.times ?? []).map(
      (t) => `${t.text} = ${t.value}${t.window ? ` [${t.window.earliest}..${t.window.latest}]` : ''}`,
    ),
    places: (layers.places ?? []).map((p) =>
      p.resolved
        ? `${p.text} = ${p.name}, ${p.country} (${round(p.lat)}, ${round(p.lon)})`
        : `${p.text} unresolved`,
    ),
    quotes: (layers.quotes ?? []).map((q) => ({
      kind: q.kind,
      speaker: q.speakerName ?? q.speaker?.text ?? null,
      speakerEntity: q.speakerEntityId ? (entityName.get(q.speakerEntityId) ?? null) : null,
      text: q.text.length > 80 ? `${q.text.slice(0, 40)} ... ${q.text.slice(-30)}` : q.text,
    })),
    events: (layers.events ?? []).map(
      (e) =>
        `${e.cameo} ${e.type} ${e.modality}: ${e.source?.code ?? e.source?.name ?? '-'} -> ${e.target?.code ?? e.target?.name ?? '-'} "${e.trigger.text}"` +
        `${e.location ? ` @${e.location.name}` : ''}${e.time ? ` ${e.time.value}` : ''}${e.quantities.map((q) => ` ${q.kind}=${q.value}`).join('')}`,
    ),
    forecasts: (layers.forecasts ?? []).map(
      (f) =>
        `${f.speakerName ?? '(article)'}: ${f.event.type ?? '?'} ${f.window ? `${f.window.earliest}..${f.window.latest}` : ''} p=${f.probability ?? '-'} [${f.hedges.join(', ')}]`,
    ),
    diagnostics: doc.diagnostics.map((d) => d.code),
  };
}

/** Reads one golden input through the real reader and pipeline; a file may hold several documents. */
export async function runGolden(file: string): Promise<unknown[]> {
  const pipeline = createPipeline();
  const out: unknown[] = [];
  for await (const outcome of readInputs([file])) {
    out.push(outcome.ok ? project(pipeline.run(outcome.doc)) : { error: outcome.error.code });
  }
  return out;
}
