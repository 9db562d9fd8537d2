/** The gold and batch-output record of `shared/gold/FORMAT.md`: one document per JSON line. */
import { readFileSync } from 'node:fs';

export interface GoldSpan {
  start: number;
  end: number;
}

export interface GoldEntity extends GoldSpan {
  type: string;
  link?: string;
}

export interface GoldTime extends GoldSpan {
  type?: string;
  value?: string;
  window?: { earliest: string; latest: string } | null;
}

export interface GoldQuote extends GoldSpan {
  speaker?: GoldSpan | null;
  kind?: string;
}

export interface GoldPlace extends GoldSpan {
  lat?: number | null;
  lon?: number | null;
  country?: string | null;
}

export interface GoldEvent {
  type?: string | null;
  cameo?: string | null;
  quad?: number;
  source?: string | null;
  target?: string | null;
  modality?: string;
  trigger?: GoldSpan;
}

export interface GoldRecord {
  id: string;
  text?: string;
  /**
   * Hand-written gold may give the text with its entities marked instead of `text` + `entities`:
   * `[[PERSON Pete Sampras]] beat [[NORP Croatian]] [[PERSON Goran Ivanisevic]]` (see `fromMarkedUp`).
   */
  marked?: string;
  title?: string | null;
  published?: string | null;
  entities?: GoldEntity[];
  times?: GoldTime[];
  quotes?: GoldQuote[];
  places?: GoldPlace[];
  events?: GoldEvent[];
  forecasts?: unknown[];
  labels?: Record<string, unknown>;
}

export const SCORED_LAYERS = ['entities', 'times', 'quotes', 'places', 'events'] as const;
export type ScoredLayer = (typeof SCORED_LAYERS)[number];

const MARK = /\[\[(PERSON|ORG|GPE|LOC|NORP|OTHER) ([^\]]+)\]\]/g;

/** A record written with `marked` becomes `text` + `entities`, offsets counted in the plain text. */
export function fromMarkedUp(record: GoldRecord): GoldRecord {
  if (record.marked === undefined || record.text !== undefined) return record;
  const { marked, ...rest } = record;
  const entities: GoldEntity[] = [];
  let text = '';
  let from = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(from, m.index);
    entities.push({ start: text.length, end: text.length + m[2].length, type: m[1] });
    text += m[2];
    from = (m.index ?? 0) + m[0].length;
  }
  text += marked.slice(from);
  return { ...rest, text, entities: [...(record.entities ?? []), ...entities] };
}

/** Gold records of a JSON Lines file; hand-marked records (`marked`) are turned into text + entities. */
export function readGold(file: string): GoldRecord[] {
  return readJsonl<GoldRecord>(file).map(fromMarkedUp);
}

export function readJsonl<T = GoldRecord>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, i }) => {
      try {
        return JSON.parse(line) as T;
      } catch (err) {
        throw new Error(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
      }
    });
}
