-- Marsad store, schema version 1. One row per document (unique by content hash) and one row per
-- extracted fact, each with [start, end) offsets into documents.text and its fields as JSON.
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    source TEXT,
    url TEXT,
    title TEXT,
    outlet TEXT,
    author TEXT,
    published TEXT,
    published_basis TEXT,
    language TEXT,
    text TEXT NOT NULL,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS documents_outlet ON documents(outlet);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,          -- entities | times | quantities | quotes | events
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    label TEXT,                  -- entity/event type, time value, counted noun, speaker
    entity_id TEXT,              -- entity mention: its entity; quote: the speaker's
    data TEXT NOT NULL           -- the fact as JSON (export contract fields and more)
);
CREATE INDEX IF NOT EXISTS facts_doc ON facts(doc_id, kind);
CREATE INDEX IF NOT EXISTS facts_entity ON facts(entity_id);
CREATE INDEX IF NOT EXISTS facts_kind_label ON facts(kind, label);
-- Contentless: the index holds normalised, stemmed terms (marsad.arabic.stem), not the text.
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, body, content='', tokenize='unicode61');
