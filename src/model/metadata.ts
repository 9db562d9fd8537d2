/** Article-level facts read from the input: headline, byline, dateline, origin. */

export type InputFormat = 'text' | 'html' | 'jsonl' | 'feed';

export type DatePrecision = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

export interface PublishedTime {
  /**
   * Local wall-clock time as ISO 8601 without a zone (`2015-11-17T17:30`, `2015-11-17`), written only
   * to the precision the source gave. The zone is kept apart so it is never invented.
   */
  local: string;
  precision: DatePrecision;
  /**
   * The zone as the source gave it: an offset (`-05:00`, `Z`), or an abbreviation (`ET`, `GMT`).
   * `null` means the source named none: the time is local to the publisher and the zone unknown.
   */
  zone: string | null;
  /** UTC instant, only when the zone is known to an offset. */
  utc: string | null;
  /** The text the date was read from, when it came from the article body or a tag. */
  sourceText: string | null;
}

export interface Metadata {
  title: string | null;
  /** The dek (standfirst) under the headline. */
  subtitle: string | null;
  authors: string[];
  published: PublishedTime | null;
  /** Outlet or feed name (`VICE`, `AP`). */
  source: string | null;
  url: string | null;
  /** BCP 47 code; `en` unless the input says otherwise. */
  language: string;
  format: InputFormat;
  /** The file, URL or `file:line` the document was read from, for error messages and provenance. */
  origin: string | null;
}
