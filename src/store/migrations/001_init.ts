/**
 * 001: the whole record. One table per layer, every coded field a real column so it can be queried
 * and indexed; an `extra` JSON column keeps what has no column yet (new optional fields), so adding a
 * field to a layer never loses data before its migration lands.
 *
 * Every annotation row keeps its offsets into the document text (`start`, `end`, the surface `text`),
 * and its provenance (`component`, `version`, `rules` as a JSON array, `confidence`).
 * Documents have an integer key (`doc_key`) for compact foreign keys and for FTS5, and the public
 * string `id`. Annotation rows are keyed by (doc_key, id) where the layer has ids (m1, e1, ...).
 *
 * Written as portable SQL where it costs nothing (the PostgreSQL store will translate the few SQLite
 * specifics: FTS5, INTEGER PRIMARY KEY, JSON as TEXT).
 */
export const sql = `
CREATE TABLE documents (
  doc_key              INTEGER PRIMARY KEY,
  id                   TEXT NOT NULL UNIQUE,
  content_hash         TEXT NOT NULL UNIQUE,
  url                  TEXT UNIQUE,
  title                TEXT,
  subtitle             TEXT,
  authors              TEXT NOT NULL DEFAULT '[]',
  published_local      TEXT,
  published_precision  TEXT,
  published_zone       TEXT,
  published_utc        TEXT,
  published_source     TEXT,
  -- the publication day as the source printed it (YYYY-MM-DD, or shorter at coarser precision): date filters use it
  published_day        TEXT,
  source               TEXT,
  language             TEXT NOT NULL,
  format               TEXT NOT NULL,
  origin               TEXT,
  text                 TEXT NOT NULL,
  ingested_at          TEXT NOT NULL,
  -- producedBy, diagnostics, placeFocus, and metadata fields without a column
  meta                 TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX documents_day ON documents (published_day);

-- Tokens are needed to rebuild a Document but are never queried: one packed row per document.
CREATE TABLE document_tokens (
  doc_key  INTEGER PRIMARY KEY REFERENCES documents (doc_key) ON DELETE CASCADE,
  packed   TEXT NOT NULL
);

CREATE TABLE paragraphs (
  doc_key      INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  role         TEXT NOT NULL,
  boilerplate  TEXT,
  component    TEXT NOT NULL,
  version      TEXT NOT NULL,
  rules        TEXT NOT NULL,
  confidence   REAL NOT NULL,
  PRIMARY KEY (doc_key, idx)
);

CREATE TABLE sentences (
  doc_key      INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  paragraph    INTEGER NOT NULL,
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  text         TEXT NOT NULL,
  first_token  INTEGER NOT NULL,
  last_token   INTEGER NOT NULL,
  component    TEXT NOT NULL,
  version      TEXT NOT NULL,
  rules        TEXT NOT NULL,
  confidence   REAL NOT NULL,
  PRIMARY KEY (doc_key, idx)
);

CREATE TABLE mentions (
  doc_key      INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
  id           TEXT NOT NULL,
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  text         TEXT NOT NULL,
  type         TEXT NOT NULL,
  kind         TEXT NOT NULL,
  entity_id    TEXT,
  role_start   INTEGER,
  role_end     INTEGER,
  role_text    TEXT,
  component    TEXT NOT NULL,
  version      TEXT NOT NULL,
  rules        TEXT NOT NULL,
  confidence   REAL NOT NULL,
  extra        TEXT,
  PRIMARY KEY (doc_key, id)
);

CREATE TABLE entities (
  doc_key        INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
  id             TEXT NOT NULL,
  name           TEXT NOT NULL,
  type           TEXT NOT NULL,
  mention_ids    TEXT NOT NULL,
  -- the actor the entity was linked to, with the role valid on the article's date
  actor_id       TEXT,
  actor_name     TEXT,
  actor_code     TEXT,
  actor_country  TEXT,
  actor_role     TEXT,
  actor_wikidata TEXT,
  role_text      TEXT,
  -- where the first mention is, so an entity row points into the text like every annotation
  start          INTEGER,
  "end"          INTEGER,
  component      TEXT NOT NULL,
  version        TEXT NOT NULL,
  rules          TEXT NOT NULL,
  confidence     REAL NOT NULL,
  extra          TEXT,
  PRIMARY KEY (doc_key, id)
);
CREATE INDEX entities_actor_code ON entities (actor_code);
CREATE INDEX entities_actor_id ON entities (actor_id);
CREATE INDEX entities_name ON entities (name);

CREATE TABLE times (
  doc_key          INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
  id               TEXT NOT NULL,
  start            INTEGER NOT NULL,
  "end"            INTEGER NOT NULL,
  text             TEXT NOT NULL,
  type             TEXT NOT NULL,
  value            TEXT NOT NULL,
  mod              TEXT,
  window_earliest  TEXT,
  window_latest    TEXT,
  granularity      TEXT,
  known            TEXT NOT NULL,
  implied          TEXT NOT NULL,
  anchor           TEXT NOT NULL,
  component        TEXT NOT NULL,
  version          TEXT NOT NULL,
  rules            TEXT NOT NULL,
  confidence       REAL NOT NULL,
  extra            TEXT,
  PRIMARY KEY (doc_key, id)
);

CREATE TABLE places (
  doc_key       INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
  id            TEXT NOT NULL,
  start         INTEGER NOT NULL,
  "end"         INTEGER NOT NULL,
  text          TEXT NOT NULL,
  mention_id    TEXT,
  name          TEXT NOT NULL,
  resolved      INTEGER NOT NULL,
  reason        TEXT,
  lat           REAL,
  lon           REAL,
  country       TEXT,
  admin1        TEXT,
  feature_type  TEXT,
  geonameid     INTEGER,
  evidence      TEXT NOT NULL,
  component     TEXT NOT NULL,
  version       TEXT NOT NULL,
  rules         TEXT NOT NULL,
  confidence    REAL NOT NULL,
  extra         TEXT,
  PRIMARY KEY (doc_key, id)
);
CREATE INDEX places_country ON places (country);
CREATE INDEX places_geonameid ON places (geonameid);

CREATE TABLE quotes (
  row                INTEGER PRIMARY KEY,
  doc_key            INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
  id                 TEXT NOT NULL,
  start              INTEGER NOT NULL,
  "end"              INTEGER NOT NULL,
  text               TEXT NOT NULL,
  kind               TEXT NOT NULL,
  cue_start          INTEGER,
  cue_end            INTEGER,
  cue_text           TEXT,
  cue_verb           TEXT,
  speaker_start      INTEGER,
  speaker_end        INTEGER,
  speaker_text       TEXT,
  speaker_entity_id  TEXT,
  speaker_name       TEXT,
  component          TEXT NOT NULL,
  version            TEXT NOT NULL,
  rules              TEXT NOT NULL,
  confidence         REAL NOT NULL,
  extra              TEXT,
  UNIQUE (doc_key, id)
);
CREATE INDEX quotes_speaker_name ON quotes (speaker_name);

CREATE TABLE events (
  row                    INTEGER PRIMARY KEY,
  doc_key                INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
  id                     TEXT NOT NULL,
  start                  INTEGER NOT NULL,
  "end"                  INTEGER NOT NULL,
  text                   TEXT NOT NULL,
  sentence               INTEGER NOT NULL,
  trigger_start          INTEGER NOT NULL,
  trigger_end            INTEGER NOT NULL,
  trigger_text           TEXT NOT NULL,
  source_start           INTEGER,
  source_end             INTEGER,
  source_text            TEXT,
  source_entity_id       TEXT,
  source_code            TEXT,
  source_name            TEXT,
  target_start           INTEGER,
  target_end             INTEGER,
  target_text            TEXT,
  target_entity_id       TEXT,
  target_code            TEXT,
  target_name            TEXT,
  cameo                  TEXT NOT NULL,
  cameo_root             TEXT NOT NULL,
  plover_type            TEXT NOT NULL,
  mode                   TEXT,
  context                TEXT,
  quad                   INTEGER NOT NULL,
  goldstein              REAL,
  modality               TEXT NOT NULL,
  modality_source_start  INTEGER,
  modality_source_end    INTEGER,
  modality_source_text   TEXT,
  time_id                TEXT,
  time_value             TEXT,
  time_earliest          TEXT,
  time_latest            TEXT,
  time_precision         TEXT,
  place_id               TEXT,
  location_name          TEXT,
  lat                    REAL,
  lon                    REAL,
  location_country       TEXT,
  geo_precision          INTEGER,
  -- the day the timeline sorts by: the event's own earliest day, else the publication day
  event_day              TEXT,
  quantities             TEXT NOT NULL,
  mentions               TEXT NOT NULL,
  component              TEXT NOT NULL,
  version                TEXT NOT NULL,
  rules                  TEXT NOT NULL,
  confidence             REAL NOT NULL,
  extra                  TEXT,
  UNIQUE (doc_key, id)
);
CREATE INDEX events_day ON events (event_day);
CREATE INDEX events_source_code ON events (source_code);
CREATE INDEX events_target_code ON events (target_code);
CREATE INDEX events_cameo_root ON events (cameo_root);

CREATE TABLE quantities (
  doc_key      INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
  id           TEXT NOT NULL,
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  text         TEXT NOT NULL,
  kind         TEXT NOT NULL,
  value        REAL NOT NULL,
  approximate  TEXT,
  unit         TEXT,
  component    TEXT NOT NULL,
  version      TEXT NOT NULL,
  rules        TEXT NOT NULL,
  confidence   REAL NOT NULL,
  extra        TEXT,
  PRIMARY KEY (doc_key, id)
);

CREATE TABLE forecasts (
  row                INTEGER PRIMARY KEY,
  doc_key            INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
  id                 TEXT NOT NULL,
  start              INTEGER NOT NULL,
  "end"              INTEGER NOT NULL,
  text               TEXT NOT NULL,
  speaker_start      INTEGER,
  speaker_end        INTEGER,
  speaker_text       TEXT,
  speaker_entity_id  TEXT,
  speaker_name       TEXT,
  event_type         TEXT,
  event_cameo        TEXT,
  event_id           TEXT,
  event_summary      TEXT NOT NULL,
  window_earliest    TEXT,
  window_latest      TEXT,
  window_basis       TEXT,
  hedges             TEXT NOT NULL,
  probability        REAL,
  condition_start    INTEGER,
  condition_end      INTEGER,
  condition_text     TEXT,
  quote_id           TEXT,
  -- the ledger: the current status, kept in step with the last row of forecast_status_changes
  status             TEXT NOT NULL DEFAULT 'open',
  status_at          TEXT,
  component          TEXT NOT NULL,
  version            TEXT NOT NULL,
  rules              TEXT NOT NULL,
  confidence         REAL NOT NULL,
  extra              TEXT,
  UNIQUE (doc_key, id)
);
CREATE INDEX forecasts_status ON forecasts (status, window_latest);

-- A forecast's history. Evidence points at an event by document id and event id (strings, not keys),
-- so the history survives the evidence document being replaced by a newer version.
CREATE TABLE forecast_status_changes (
  row                    INTEGER PRIMARY KEY,
  forecast_row           INTEGER NOT NULL REFERENCES forecasts (row) ON DELETE CASCADE,
  from_status            TEXT NOT NULL,
  to_status              TEXT NOT NULL,
  at                     TEXT NOT NULL,
  evidence_document_id   TEXT,
  evidence_event_id      TEXT,
  automatic              INTEGER NOT NULL,
  note                   TEXT
);
CREATE INDEX forecast_status_changes_forecast ON forecast_status_changes (forecast_row);

-- Full-text search. External content: the text lives once, in documents and quotes; triggers keep
-- the indexes in step on insert and delete (rows are never updated in place).
CREATE VIRTUAL TABLE documents_fts USING fts5 (
  title, text, content = 'documents', content_rowid = 'doc_key',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.doc_key, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.doc_key, old.title, old.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
  text, content = 'quotes', content_rowid = 'row',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, text) VALUES (new.row, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.row, old.text);
END;
`;
