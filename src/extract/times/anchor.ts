/**
 * The date relative expressions count from. Normally the publication date (`doc.meta.published`);
 * but when the article prints its own dateline (`Tuesday, June 19, 2018` alone on a line near the
 * top) and that line names a day close to the metadata's, the text's `yesterday` counts from the
 * dateline: that is the day the reader is told the article speaks from. Metadata often records when a
 * page was created, a day before it was published. A dateline far from the metadata (years apart)
 * is more likely a republication stamp, and the metadata is kept.
 */
import { parseDate } from '../../ingest/dates.js';
import type { Document } from '../../model/document.js';
import { type Anchor, dayDiff, parseAnchor } from './calendar.js';

/** Paragraphs from the top searched for a dateline (headline, dek, byline, dateline...). */
const DATELINE_SEARCH = 4;
/**
 * How far (days) a dateline may move the metadata's date: one day, the gap between a page's creation
 * (or a time-zone shift of the stamp) and its publication. A dateline further away is taken as another
 * stamp (an update, a republication) and the metadata wins; GUM news scores the same with 1 as with 3.
 */
const DATELINE_SLACK = 1;

export interface DocumentAnchor {
  anchor: Anchor | null;
  /** `anchor.dateline` when the dateline replaced or supplied the publication date. */
  rule: string | null;
}

export function documentAnchor(doc: Document): DocumentAnchor {
  const published = parseAnchor(doc.meta.published?.local);
  const dateline = datelineOf(doc);
  if (!dateline) return { anchor: published, rule: null };
  if (!published) return { anchor: dateline, rule: 'anchor.dateline' };
  const diff = Math.abs(dayDiff(dateline, published));
  if (diff === 0 || diff > DATELINE_SLACK) return { anchor: published, rule: null };
  return { anchor: dateline, rule: 'anchor.dateline' };
}

/** The first paragraph near the top that is nothing but a date with its day, as an anchor. */
function datelineOf(doc: Document): Anchor | null {
  const paragraphs = doc.layers.paragraphs ?? [];
  for (let i = 0; i < paragraphs.length && i < DATELINE_SEARCH; i++) {
    const p = paragraphs[i];
    if (p.role === 'headline' || p.role === 'boilerplate') continue;
    const text = doc.text.slice(p.start, p.end);
    if (text.length > 60) continue;
    const parsed = parseDate(text);
    if (!parsed || parsed.published.local.length < 10) continue;
    const a = parseAnchor(parsed.published.local);
    if (a) return a;
  }
  return null;
}
