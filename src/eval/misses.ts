/**
 * The misses behind a score, with context, so a developer can see why: for span layers, gold items
 * the system did not produce (missed) and system items the gold lacks (spurious), each with the
 * words around it.
 */
import type { GoldRecord, ScoredLayer } from './gold.js';
import { isOffsets, overlapOf } from './metrics.js';

export interface Miss {
  doc: string;
  layer: ScoredLayer;
  kind: 'missed' | 'spurious' | 'wrong-value';
  detail: string;
  context: string;
}

const context = (text: string, start: number, end: number) =>
  `${text.slice(Math.max(0, start - 40), start)}[[${text.slice(start, end)}]]${text.slice(end, end + 40)}`.replace(
    /\s+/g,
    ' ',
  );

type Spanned = { start: number; end: number; type?: string; value?: string };

/** Exact-match layers (entities) compare span and type; the others count any overlap as found. */
function sameItem(layer: ScoredLayer, g: Spanned, s: Spanned): boolean {
  if (layer === 'entities') return g.start === s.start && g.end === s.end && g.type === s.type;
  return overlapOf(g, s) > 0;
}

export function findMisses(
  gold: GoldRecord[],
  system: GoldRecord[],
  layer: ScoredLayer,
  limit: number,
): Miss[] {
  if (layer === 'events') return [];
  const byId = new Map(system.map((d) => [d.id, d]));
  const out: Miss[] = [];
  for (const g of gold) {
    const goldItems = (g[layer] as Spanned[] | undefined)?.filter(isOffsets);
    if (!goldItems) continue;
    const sysItems = ((byId.get(g.id)?.[layer] as Spanned[] | undefined) ?? []).filter(isOffsets);
    const text = g.text ?? '';
    const label = (x: Spanned) => [x.type, x.value].filter(Boolean).join(' ');
    for (const x of goldItems) {
      const hit = sysItems.find((s) => sameItem(layer, x, s));
      if (!hit)
        out.push({
          doc: g.id,
          layer,
          kind: 'missed',
          detail: label(x),
          context: context(text, x.start, x.end),
        });
      else if (layer === 'times' && x.value !== undefined && hit.value !== x.value)
        out.push({
          doc: g.id,
          layer,
          kind: 'wrong-value',
          detail: `gold ${x.value}, system ${hit.value}`,
          context: context(text, x.start, x.end),
        });
    }
    for (const s of sysItems) {
      if (!goldItems.some((x) => sameItem(layer, x, s)))
        out.push({
          doc: g.id,
          layer,
          kind: 'spurious',
          detail: label(s),
          context: context(text, s.start, s.end),
        });
    }
  }
  return out.slice(0, limit);
}
