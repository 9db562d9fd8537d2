/**
 * The SQLite store (better-sqlite3): the default, one file, no server.
 *
 * - WAL journal, so readers (a `report` while an `ingest` runs) never block the writer;
 *   `synchronous = NORMAL` is durable across application crashes in WAL mode and much faster.
 * - Foreign keys on: deleting a document (when a newer version replaces it) removes its layers.
 * - One transaction per `putDocuments` call: the batch commits together or not at all.
 *
 * better-sqlite3 is synchronous; the async methods only wrap it so the same `Store` interface serves
 * a networked PostgreSQL store.
 */
import Database from 'better-sqlite3';
import type { Document } from '../../model/document.js';
import type { Layers } from '../../model/layers.js';
import type {
  ActorFilter,
  ActorSummary,
  DateRange,
  DocumentSummary,
  EventFilter,
  ForecastFilter,
  ForecastStatus,
  ForecastStatusChange,
  ForecastStatusChangeInput,
  PutOutcome,
  PutResult,
  QuoteFilter,
  SearchHit,
  SpeakerCount,
  Store,
  StoredEvent,
  StoredForecast,
  StoredQuote,
  StoreStats,
} from '../store.js';
import { StoreError } from '../store.js';
import { migrate } from './migrate.js';
import {
  type DocumentRow,
  documentFromRow,
  documentParams,
  type EntityRow,
  type EventRow,
  entityFromRow,
  entityParams,
  eventFromRow,
  eventParams,
  type ForecastRow,
  forecastFromRow,
  forecastParams,
  type MentionRow,
  mentionFromRow,
  mentionParams,
  type ParagraphRow,
  type Params,
  type PlaceRow,
  packTokens,
  paragraphFromRow,
  paragraphParams,
  placeFromRow,
  placeParams,
  publishedDay,
  type QuantityRow,
  type QuoteRow,
  quantityFromRow,
  quantityParams,
  quoteFromRow,
  quoteParams,
  type SentenceRow,
  sentenceFromRow,
  sentenceParams,
  type TimeRow,
  timeFromRow,
  timeParams,
  unpackTokens,
} from './rows.js';

export interface SqliteStoreOptions {
  /** Open an existing database for reading only (no migrations are applied). */
  readonly?: boolean;
  /** The clock for `ingested_at` and status changes; tests pass a fixed one. */
  now?: () => Date;
  /**
   * Keep the token layer (default false). Tokens are derived data (the text layer rebuilds them from
   * the text), five times the size of the text, and no query reads them; without them a stored
   * document comes back with sentences and every other layer but no `tokens`.
   */
  keepTokens?: boolean;
}

type SqlValue = string | number | null;
type Bindings = Record<string, SqlValue>;

const DEFAULT_LIMIT = 50;
/** Sorts after every ISO day, so undated events come last in a timeline. */
const UNDATED = '9999';
/** Upper bound for a prefix range: every code starting with `p` is >= p and < p + this. */
const PREFIX_END = '\uffff';

/** Escapes LIKE wildcards so a user's `%` or `_` match themselves (used with ESCAPE '\'). */
const likeContains = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const asList = <T>(v: T | T[] | undefined): T[] | null =>
  v === undefined ? null : Array.isArray(v) ? v : [v];

/** An actor filter that looks like a CAMEO code (`SYRGOV`, `USA`) is matched as a code prefix. */
const looksLikeCode = (s: string) => /^[A-Z]{3}[A-Z0-9]*$/.test(s);

/**
 * Turns free text into an FTS5 query that cannot fail: each word quoted, all required. Used when the
 * user's text is not valid FTS5 syntax (an unbalanced quote, a stray `-` or `:`).
 */
export function safeFtsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

const DOCUMENT_SUMMARY_COLUMNS = `d.id, d.title, d.source, d.url, d.published_local AS published, d.origin,
  d.ingested_at AS ingestedAt`;

const LAYER_TABLES = {
  paragraphs: 'paragraphs',
  sentences: 'sentences',
  mentions: 'mentions',
  entities: 'entities',
  times: 'times',
  places: 'places',
  quotes: 'quotes',
  events: 'events',
  quantities: 'quantities',
  forecasts: 'forecasts',
} as const;

export class SqliteStore implements Store {
  readonly path: string;
  /** Events per page in `exportEvents` (tests make it small to exercise paging). */
  exportPageSize = 1000;
  private readonly db: Database.Database;
  private readonly now: () => Date;
  private readonly keepTokens: boolean;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly inserts = new Map<string, { statement: Database.Statement; columns: number }>();
  private readonly putBatch: (docs: readonly Document[]) => PutOutcome[];

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.path = path;
    this.now = options.now ?? (() => new Date());
    this.keepTokens = options.keepTokens ?? false;
    this.db = new Database(path, { readonly: options.readonly ?? false });
    if (!options.readonly) {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
    }
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    if (!options.readonly) migrate(this.db);
    this.putBatch = this.db.transaction((docs: readonly Document[]) => {
      const at = this.now().toISOString();
      return docs.map((doc) => this.putOne(doc, at));
    });
  }

  /** The schema versions recorded in this database, oldest first. */
  schemaVersions(): number[] {
    return (
      this.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as {
        version: number;
      }[]
    ).map((r) => r.version);
  }

  // ------------------------------------------------------------------ writing

  async putDocuments(docs: readonly Document[]): Promise<PutResult> {
    const outcomes = this.putBatch(docs);
    const count = (s: PutOutcome['status']) => outcomes.filter((o) => o.status === s).length;
    return { stored: count('stored'), duplicates: count('duplicate'), updated: count('updated'), outcomes };
  }

  private prepared(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private putOne(doc: Document, ingestedAt: string): PutOutcome {
    const same = this.prepared('SELECT id FROM documents WHERE content_hash = ?').get(doc.contentHash) as
      | { id: string }
      | undefined;
    if (same) return { status: 'duplicate', id: same.id };

    // A known URL (or caller id) with another text is a newer version of the article: it replaces the old one.
    const older = this.prepared(
      'SELECT doc_key FROM documents WHERE id = @id OR (@url IS NOT NULL AND url = @url)',
    ).all({ id: doc.id, url: doc.meta.url ?? null }) as { doc_key: number }[];
    for (const o of older) this.prepared('DELETE FROM documents WHERE doc_key = ?').run(o.doc_key);

    const params = documentParams(doc, ingestedAt, this.keepTokens);
    const docKey = Number(this.insert('documents', params).lastInsertRowid);
    this.insertLayers(docKey, doc);
    return { status: older.length ? 'updated' : 'stored', id: doc.id };
  }

  /** INSERT of a params object; one prepared statement per table and column set. */
  private insert(table: string, params: Params, docKey?: number): Database.RunResult {
    // Each table is written from one params builder that always sets the same keys in the same order,
    // so the statement is built once from the first row's keys and bound by position (binding by
    // name costs a property lookup per column per row).
    let insert = this.inserts.get(table);
    const keys = Object.keys(params);
    if (!insert) {
      const columns = docKey === undefined ? keys : ['doc_key', ...keys];
      insert = {
        columns: columns.length,
        statement: this.db.prepare(
          `INSERT INTO ${table} (${columns.map((k) => `"${k}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        ),
      };
      this.inserts.set(table, insert);
    }
    const values = Object.values(params);
    if (docKey !== undefined) values.unshift(docKey);
    if (values.length !== insert.columns) {
      throw new StoreError(
        'E_STORE_INTERNAL',
        `row for ${table} has ${values.length} values, not ${insert.columns}`,
      );
    }
    return insert.statement.run(values);
  }

  private insertLayers(docKey: number, doc: Document): void {
    const L = doc.layers;
    const rows = (table: string, list: Params[]) => {
      for (const p of list) this.insert(table, p, docKey);
    };
    if (L.tokens && this.keepTokens) this.insert('document_tokens', { packed: packTokens(L.tokens) }, docKey);
    if (L.paragraphs) rows('paragraphs', L.paragraphs.map(paragraphParams));
    if (L.sentences) rows('sentences', L.sentences.map(sentenceParams));
    if (L.mentions) rows('mentions', L.mentions.map(mentionParams));
    if (L.entities) {
      const byId = new Map((L.mentions ?? []).map((m) => [m.id, m]));
      const by = doc.producedBy.entities ?? { component: 'unknown', version: '0' };
      rows(
        'entities',
        L.entities.map((e) => entityParams(e, by, byId.get(e.mentionIds[0]))),
      );
    }
    if (L.times) rows('times', L.times.map(timeParams));
    if (L.places) rows('places', L.places.map(placeParams));
    if (L.quotes) rows('quotes', L.quotes.map(quoteParams));
    if (L.events) {
      const day = publishedDay(doc);
      rows(
        'events',
        L.events.map((e) => eventParams(e, day)),
      );
    }
    if (L.quantities) rows('quantities', L.quantities.map(quantityParams));
    if (L.forecasts) rows('forecasts', L.forecasts.map(forecastParams));
  }

  // ------------------------------------------------------------------ reading one document

  async getDocument(id: string): Promise<Document | null> {
    const row = this.prepared('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
    if (!row) return null;
    const { doc, meta } = documentFromRow(row);
    const present = new Set(meta.layers);
    const key = row.doc_key;
    const load = <R>(table: string, order = 'rowid') =>
      this.prepared(`SELECT * FROM ${table} WHERE doc_key = ? ORDER BY ${order}`).all(key) as R[];
    const L: Layers = doc.layers;
    if (present.has('tokens')) {
      const t = this.prepared('SELECT packed FROM document_tokens WHERE doc_key = ?').get(key) as
        | { packed: string }
        | undefined;
      L.tokens = t ? unpackTokens(doc.text, t.packed) : [];
    }
    if (present.has('paragraphs'))
      L.paragraphs = load<ParagraphRow>(LAYER_TABLES.paragraphs, 'idx').map((r) =>
        paragraphFromRow(r, doc.text),
      );
    if (present.has('sentences'))
      L.sentences = load<SentenceRow>(LAYER_TABLES.sentences, 'idx').map(sentenceFromRow);
    if (present.has('mentions')) L.mentions = load<MentionRow>(LAYER_TABLES.mentions).map(mentionFromRow);
    if (present.has('entities')) L.entities = load<EntityRow>(LAYER_TABLES.entities).map(entityFromRow);
    if (present.has('times')) L.times = load<TimeRow>(LAYER_TABLES.times).map(timeFromRow);
    if (present.has('places')) L.places = load<PlaceRow>(LAYER_TABLES.places).map(placeFromRow);
    if (present.has('quotes')) L.quotes = load<QuoteRow>(LAYER_TABLES.quotes).map(quoteFromRow);
    if (present.has('events')) L.events = load<EventRow>(LAYER_TABLES.events).map(eventFromRow);
    if (present.has('quantities'))
      L.quantities = load<QuantityRow>(LAYER_TABLES.quantities).map(quantityFromRow);
    if (present.has('forecasts'))
      L.forecasts = load<ForecastRow>(LAYER_TABLES.forecasts).map(forecastFromRow);
    return doc;
  }

  // ------------------------------------------------------------------ queries

  /** `AND`-joined conditions on a publication day column, with their bindings. */
  private dayRange(column: string, range: DateRange | undefined, b: Bindings): string[] {
    const out: string[] = [];
    if (range?.since) {
      b.since = range.since;
      out.push(`${column} >= @since`);
    }
    if (range?.until) {
      // `until` is inclusive: any time on that day (or a coarser date within it) is in range
      b.until = `${range.until}${PREFIX_END}`;
      out.push(`${column} <= @until`);
    }
    return out;
  }

  private codePrefix(column: string, name: string, prefix: string, b: Bindings): string {
    b[`${name}Lo`] = prefix;
    b[`${name}Hi`] = prefix + PREFIX_END;
    return `(${column} >= @${name}Lo AND ${column} < @${name}Hi)`;
  }

  private all<R>(sql: string, b: Bindings): R[] {
    return this.prepared(sql).all(b) as R[];
  }

  async documents(filter: DateRange & { limit?: number; offset?: number } = {}): Promise<DocumentSummary[]> {
    const b: Bindings = { limit: filter.limit ?? DEFAULT_LIMIT, offset: filter.offset ?? 0 };
    const where = this.dayRange('d.published_day', filter, b);
    return this.all<DocumentSummary>(
      `SELECT ${DOCUMENT_SUMMARY_COLUMNS} FROM documents d ${whereClause(where)}
       ORDER BY d.published_day DESC NULLS LAST, d.published_local DESC, d.doc_key DESC
       LIMIT @limit OFFSET @offset`,
      b,
    );
  }

  async search(text: string, limit = 20): Promise<SearchHit[]> {
    const sql = `SELECT ${DOCUMENT_SUMMARY_COLUMNS},
        snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet,
        bm25(documents_fts, 5.0, 1.0) AS rank
      FROM documents_fts JOIN documents d ON d.doc_key = documents_fts.rowid
      WHERE documents_fts MATCH @q ORDER BY rank LIMIT @limit`;
    return this.withFtsFallback(text, (q) => this.all<SearchHit>(sql, { q, limit }));
  }

  /** Runs an FTS query as the user wrote it (phrases, OR, NEAR work); on a syntax error, as plain words. */
  private withFtsFallback<R>(text: string, run: (q: string) => R[]): R[] {
    try {
      return run(text);
    } catch (err) {
      // FTS5 reports bad query syntax as a plain SQLITE_ERROR (`fts5: syntax error`, `unterminated string`)
      if ((err as { code?: string }).code !== 'SQLITE_ERROR') throw err;
      const safe = safeFtsQuery(text);
      return safe ? run(safe) : [];
    }
  }

  async quotes(filter: QuoteFilter): Promise<StoredQuote[]> {
    const b: Bindings = { limit: filter.limit ?? DEFAULT_LIMIT };
    const where = this.dayRange('d.published_day', filter, b);
    if (filter.speaker) {
      b.speaker = likeContains(filter.speaker);
      where.push(
        `(q.speaker_name LIKE @speaker ESCAPE '\\' OR e.name LIKE @speaker ESCAPE '\\'
          OR e.actor_name LIKE @speaker ESCAPE '\\')`,
      );
    }
    if (filter.speakerCode) where.push(this.codePrefix('e.actor_code', 'code', filter.speakerCode, b));
    if (filter.documentId) {
      b.documentId = filter.documentId;
      where.push('d.id = @documentId');
    }
    const run = (q: string | null): StoredQuote[] => {
      const clauses = [...where];
      const bind = { ...b };
      if (q !== null) {
        bind.q = q;
        clauses.push('q.row IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @q)');
      }
      const rows = this.all<QuoteRow & QuoteJoin>(
        `SELECT q.*, d.id AS document_id, d.title AS document_title, d.published_local AS published,
            e.actor_id AS speaker_actor_id, e.actor_code AS speaker_code
         FROM quotes q JOIN documents d ON d.doc_key = q.doc_key
         LEFT JOIN entities e ON e.doc_key = q.doc_key AND e.id = q.speaker_entity_id
         ${whereClause(clauses)}
         ORDER BY d.published_day DESC NULLS LAST, q.doc_key, q.start LIMIT @limit`,
        bind,
      );
      return rows.map((r) => ({
        ...quoteFromRow(r),
        documentId: r.document_id,
        documentTitle: r.document_title,
        published: r.published,
        speakerActorId: r.speaker_actor_id,
        speakerCode: r.speaker_code,
      }));
    };
    return filter.text ? this.withFtsFallback(filter.text, run) : run(null);
  }

  async topSpeakers(filter: DateRange & { limit?: number } = {}): Promise<SpeakerCount[]> {
    const b: Bindings = { limit: filter.limit ?? 10 };
    const where = this.dayRange('d.published_day', filter, b);
    where.push('COALESCE(e.name, q.speaker_name) IS NOT NULL');
    // One row per quote with the speaker's identity: the linked actor, else the name folded to lower case.
    // In the grouping, `name` is a bare column next to MAX(length(name)): SQLite takes it from the
    // row with the longest name, so `John Kerry` wins over `Kerry`.
    return this.all<SpeakerCount>(
      `WITH s AS (
         SELECT COALESCE(e.actor_id, 'name:' || lower(COALESCE(e.name, q.speaker_name))) AS k,
                COALESCE(e.actor_name, e.name, q.speaker_name) AS name,
                e.actor_id AS actor_id, e.actor_code AS code, q.doc_key AS doc_key
         FROM quotes q JOIN documents d ON d.doc_key = q.doc_key
         LEFT JOIN entities e ON e.doc_key = q.doc_key AND e.id = q.speaker_entity_id
         ${whereClause(where)})
       SELECT name, MAX(length(name)) AS name_length, actor_id AS actorId, MAX(code) AS code,
              COUNT(*) AS quotes, COUNT(DISTINCT doc_key) AS documents
       FROM s GROUP BY k ORDER BY quotes DESC, documents DESC, name LIMIT @limit`,
      b,
    ).map(({ name, actorId, code, quotes, documents }) => ({ name, actorId, code, quotes, documents }));
  }

  async documentsMentioningActor(
    codePrefix: string,
    filter: DateRange & { limit?: number } = {},
  ): Promise<DocumentSummary[]> {
    const b: Bindings = { limit: filter.limit ?? DEFAULT_LIMIT };
    const where = this.dayRange('d.published_day', filter, b);
    const entity = this.codePrefix('actor_code', 'a', codePrefix, b);
    const source = this.codePrefix('source_code', 'a', codePrefix, b);
    const target = this.codePrefix('target_code', 'a', codePrefix, b);
    where.push(`d.doc_key IN (SELECT doc_key FROM entities WHERE ${entity}
      UNION SELECT doc_key FROM events WHERE ${source}
      UNION SELECT doc_key FROM events WHERE ${target})`);
    return this.all<DocumentSummary>(
      `SELECT ${DOCUMENT_SUMMARY_COLUMNS} FROM documents d ${whereClause(where)}
       ORDER BY d.published_day DESC NULLS LAST, d.doc_key DESC LIMIT @limit`,
      b,
    );
  }

  private eventQuery(filter: Omit<EventFilter, 'limit'>, b: Bindings, extra: string[] = []): string {
    const where = this.dayRange('e.event_day', filter, b);
    if (filter.actor) {
      if (looksLikeCode(filter.actor)) {
        where.push(
          `(${this.codePrefix('e.source_code', 'actor', filter.actor, b)} OR ${this.codePrefix('e.target_code', 'actor', filter.actor, b)})`,
        );
      } else {
        b.actorName = likeContains(filter.actor);
        where.push(
          `(e.source_name LIKE @actorName ESCAPE '\\' OR e.target_name LIKE @actorName ESCAPE '\\')`,
        );
      }
    }
    const list = (name: string, column: string, values: string[] | null) => {
      if (!values) return;
      b[name] = JSON.stringify(values);
      where.push(`${column} IN (SELECT value FROM json_each(@${name}))`);
    };
    list('roots', 'e.cameo_root', asList(filter.cameoRoot));
    list('types', 'e.plover_type', asList(filter.type));
    list('modalities', 'e.modality', asList(filter.modality));
    if (filter.documentId) {
      b.documentId = filter.documentId;
      where.push('d.id = @documentId');
    }
    const direction = filter.order === 'desc' ? 'DESC' : 'ASC';
    return `SELECT e.*, d.id AS document_id, d.title AS document_title, d.published_local AS published,
        s.text AS sentence_text
      FROM events e JOIN documents d ON d.doc_key = e.doc_key
      LEFT JOIN sentences s ON s.doc_key = e.doc_key AND s.idx = e.sentence
      ${whereClause([...where, ...extra])}
      ORDER BY COALESCE(e.event_day, '${UNDATED}') ${direction}, e.row ${direction}`;
  }

  private storedEvent(r: EventRow & EventJoin): StoredEvent {
    return {
      ...eventFromRow(r),
      documentId: r.document_id,
      documentTitle: r.document_title,
      published: r.published,
      day: r.event_day,
      sentenceText: r.sentence_text,
    };
  }

  async events(filter: EventFilter = {}): Promise<StoredEvent[]> {
    const b: Bindings = { limit: filter.limit ?? DEFAULT_LIMIT };
    const sql = `${this.eventQuery(filter, b)} LIMIT @limit`;
    return this.all<EventRow & EventJoin>(sql, b).map((r) => this.storedEvent(r));
  }

  /**
   * Pages through the events by keyset (day, row) rather than holding one cursor open, so the caller
   * may write to the store between pages and a PostgreSQL store can page the same way.
   */
  async *exportEvents(filter: Omit<EventFilter, 'limit'> = {}): AsyncIterable<StoredEvent> {
    filter = { ...filter, order: 'asc' };
    const page = this.exportPageSize;
    let after: { day: string; row: number } = { day: '', row: 0 };
    for (;;) {
      const b: Bindings = { limit: page, afterDay: after.day, afterRow: after.row };
      const sql = `${this.eventQuery(filter, b, [
        // the first condition is implied by the second, but lets SQLite seek in events_timeline
        `COALESCE(e.event_day, '${UNDATED}') >= @afterDay`,
        `(COALESCE(e.event_day, '${UNDATED}'), e.row) > (@afterDay, @afterRow)`,
      ])} LIMIT @limit`;
      const rows = this.all<EventRow & EventJoin & { row: number }>(sql, b);
      for (const r of rows) yield this.storedEvent(r);
      if (rows.length < page) return;
      const last = rows[rows.length - 1];
      after = { day: last.event_day ?? UNDATED, row: last.row };
    }
  }

  async actors(filter: ActorFilter = {}): Promise<ActorSummary[]> {
    const b: Bindings = { limit: filter.limit ?? DEFAULT_LIMIT };
    const where = this.dayRange('d.published_day', filter, b);
    if (filter.code) where.push(this.codePrefix('en.actor_code', 'code', filter.code, b));
    if (filter.types) {
      b.types = JSON.stringify(filter.types);
      where.push('en.type IN (SELECT value FROM json_each(@types))');
    }
    // Group by linked actor, else by type and folded name. Counts come from the group; code, country
    // and role from the most recent article, since roles change (a minister leaves office).
    return this.all<ActorSummary>(
      `WITH a AS (
         SELECT COALESCE(en.actor_id, en.type || ':' || lower(en.name)) AS k,
                COALESCE(en.actor_name, en.name) AS name, en.type AS type, en.actor_id AS actor_id,
                en.actor_code AS code, en.actor_country AS country,
                COALESCE(en.actor_role, en.role_text) AS role,
                json_array_length(en.mention_ids) AS n, en.doc_key AS doc_key,
                d.published_day AS day, en.rowid AS r
         FROM entities en JOIN documents d ON d.doc_key = en.doc_key
         ${whereClause(where)}),
       g AS (
         SELECT k, name, MAX(length(name)) AS name_length, type,
                COUNT(DISTINCT doc_key) AS documents, SUM(n) AS mentions
         FROM a GROUP BY k),
       l AS (
         SELECT k, actor_id, code, country, role FROM (
           SELECT k, actor_id, code, country, role,
                  ROW_NUMBER() OVER (PARTITION BY k ORDER BY day DESC NULLS LAST, r DESC) AS rn
           FROM a) WHERE rn = 1)
       SELECT l.actor_id AS actorId, g.name, g.type, l.code, l.country, l.role, g.documents, g.mentions
       FROM g JOIN l ON l.k = g.k
       ORDER BY g.documents DESC, g.mentions DESC, g.name LIMIT @limit`,
      b,
    );
  }

  async forecasts(filter: ForecastFilter = {}): Promise<StoredForecast[]> {
    const b: Bindings = { limit: filter.limit ?? DEFAULT_LIMIT };
    const where = this.dayRange('d.published_day', filter, b);
    const statuses = asList(filter.status);
    if (statuses) {
      b.statuses = JSON.stringify(statuses);
      where.push('f.status IN (SELECT value FROM json_each(@statuses))');
    }
    if (filter.speaker) {
      b.speaker = likeContains(filter.speaker);
      where.push(`f.speaker_name LIKE @speaker ESCAPE '\\'`);
    }
    if (filter.documentId) {
      b.documentId = filter.documentId;
      where.push('d.id = @documentId');
    }
    const rows = this.all<ForecastRow & ForecastJoin>(
      `SELECT f.*, d.id AS document_id, d.title AS document_title, d.published_local AS published
       FROM forecasts f JOIN documents d ON d.doc_key = f.doc_key
       ${whereClause(where)}
       ORDER BY f.window_latest IS NULL, f.window_latest, d.published_day, f.row LIMIT @limit`,
      b,
    );
    return rows.map((r) => ({
      ...forecastFromRow(r),
      documentId: r.document_id,
      documentTitle: r.document_title,
      published: r.published,
      status: r.status,
      statusAt: r.status_at,
    }));
  }

  async recordForecastStatus(change: ForecastStatusChangeInput): Promise<ForecastStatusChange> {
    return this.db.transaction((): ForecastStatusChange => {
      const f = this.prepared(
        `SELECT f.row, f.status FROM forecasts f JOIN documents d ON d.doc_key = f.doc_key
         WHERE d.id = ? AND f.id = ?`,
      ).get(change.documentId, change.forecastId) as { row: number; status: ForecastStatus } | undefined;
      if (!f) {
        throw new StoreError(
          'E_STORE_NOT_FOUND',
          `no forecast '${change.forecastId}' in document '${change.documentId}'`,
        );
      }
      const at = change.at ?? this.now().toISOString();
      this.insert('forecast_status_changes', {
        forecast_row: f.row,
        from_status: f.status,
        to_status: change.to,
        at,
        evidence_document_id: change.evidence?.documentId ?? null,
        evidence_event_id: change.evidence?.eventId ?? null,
        automatic: change.automatic ? 1 : 0,
        note: change.note,
      });
      this.prepared('UPDATE forecasts SET status = ?, status_at = ? WHERE row = ?').run(change.to, at, f.row);
      return { ...change, from: f.status, at };
    })();
  }

  async forecastHistory(documentId: string, forecastId: string): Promise<ForecastStatusChange[]> {
    const rows = this.prepared(
      `SELECT c.* FROM forecast_status_changes c
       JOIN forecasts f ON f.row = c.forecast_row JOIN documents d ON d.doc_key = f.doc_key
       WHERE d.id = ? AND f.id = ? ORDER BY c.row`,
    ).all(documentId, forecastId) as StatusChangeRow[];
    return rows.map((r) => ({
      documentId,
      forecastId,
      from: r.from_status,
      to: r.to_status,
      at: r.at,
      evidence: r.evidence_document_id
        ? { documentId: r.evidence_document_id, eventId: r.evidence_event_id }
        : null,
      automatic: r.automatic === 1,
      note: r.note,
    }));
  }

  async stats(range: DateRange = {}): Promise<StoreStats> {
    const b: Bindings = {};
    const where = whereClause(this.dayRange('d.published_day', range, b));
    const count = (table: string) =>
      table === 'documents'
        ? this.all<{ n: number }>(`SELECT COUNT(*) AS n FROM documents d ${where}`, b)[0].n
        : this.all<{ n: number }>(
            `SELECT COUNT(*) AS n FROM ${table} x JOIN documents d ON d.doc_key = x.doc_key ${where}`,
            b,
          )[0].n;
    const [days] = this.all<{ firstDay: string | null; lastDay: string | null }>(
      `SELECT MIN(d.published_day) AS firstDay, MAX(d.published_day) AS lastDay FROM documents d ${where}`,
      b,
    );
    return {
      documents: count('documents'),
      mentions: count('mentions'),
      entities: count('entities'),
      times: count('times'),
      places: count('places'),
      quotes: count('quotes'),
      events: count('events'),
      quantities: count('quantities'),
      forecasts: count('forecasts'),
      ...days,
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

interface QuoteJoin {
  document_id: string;
  document_title: string | null;
  published: string | null;
  speaker_actor_id: string | null;
  speaker_code: string | null;
}
interface DocumentJoin {
  document_id: string;
  document_title: string | null;
  published: string | null;
}
interface EventJoin extends DocumentJoin {
  sentence_text: string | null;
}
interface ForecastJoin extends DocumentJoin {
  status: ForecastStatus;
  status_at: string | null;
}
interface StatusChangeRow {
  from_status: ForecastStatus;
  to_status: ForecastStatus;
  at: string;
  evidence_document_id: string | null;
  evidence_event_id: string | null;
  automatic: number;
  note: string | null;
}

function whereClause(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

/** Opens (creating and migrating when needed) the SQLite store at `path`; `:memory:` for a throwaway one. */
export function openSqliteStore(path: string, options?: SqliteStoreOptions): SqliteStore {
  return new SqliteStore(path, options);
}
