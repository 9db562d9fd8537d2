/** Turns a gold record into the Document the pipeline reads: its text and publication date, nothing else. */
import { newDocument } from '../ingest/new-document.js';
import type { Document } from '../model/document.js';
import type { DatePrecision, PublishedTime } from '../model/metadata.js';
import type { GoldRecord } from './gold.js';

const ISO =
  /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?(?:\.\d+)?)?)?)?\s*(Z|[+-]\d\d:?\d\d)?$/;

/** An ISO date or date-time as PublishedTime, keeping the precision given and the zone only if given. */
export function publishedFromIso(value: string | null | undefined): PublishedTime | null {
  if (!value) return null;
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  const precision: DatePrecision = s ? 'second' : mi ? 'minute' : d ? 'day' : mo ? 'month' : 'year';
  const local = [y, mo, d].filter(Boolean).join('-') + (h ? `T${h}:${mi}${s ? `:${s}` : ''}` : '');
  const utc = zone && h ? new Date(`${local}${zone === 'Z' ? 'Z' : zone}`).toISOString() : null;
  return { local, precision, zone: zone ?? null, utc, sourceText: value };
}

export function documentFromGold(record: GoldRecord): Document {
  return newDocument({
    id: record.id,
    text: record.text ?? '',
    meta: {
      title: record.title ?? null,
      published: publishedFromIso(record.published),
      format: 'jsonl',
      origin: record.id,
    },
  });
}
