"""The default store: one SQLite file, WAL journal, FTS5 over stemmed Arabic terms.

Each document is written in one transaction (row, facts, index), or, inside ``store.batch()`` (as
``marsad analyze`` writes), in one savepoint of a transaction of several documents, so a killed run
leaves either the whole document or nothing; the content hash is UNIQUE, so a re-run adds nothing twice.
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from importlib import resources as ilr
from pathlib import Path
from typing import Iterator, Optional

from ..arabic.stem import index_text
from ..document import Document
from .common import (SCHEMA_VERSION, BaseStore, StoreError, check_identifiers, document_from_row, fact_record, fact_rows,
                     facts_filter, fts_query, search_filters, snippet)

__all__ = ["SQLiteStore", "StoreError"]


class SQLiteStore(BaseStore):
    def __init__(self, path: str, readonly: bool = False):
        self.path = str(path)
        self.readonly = readonly
        if readonly:
            if not Path(self.path).exists():
                raise StoreError(f"{self.path}: no such store")
            uri = Path(self.path).resolve().as_uri() + "?mode=ro"
            self.db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        else:
            self.db = sqlite3.connect(self.path, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA busy_timeout = 30000")
        # memory-mapped reads share the OS page cache between connections (the web app opens one
        # per thread), so a fresh connection does not start cold
        self.db.execute("PRAGMA mmap_size = 1073741824")
        self.db.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        else:
            self._check_version()

    # -- schema -------------------------------------------------------------------------------
    def _migrate(self) -> None:
        version = self._version()
        if version is None:
            sql = ilr.files("marsad.store").joinpath("schema.sql").read_text(encoding="utf-8")
            with self.db:
                self.db.executescript(sql)
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        elif version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema {version} is newer than this Marsad ({SCHEMA_VERSION})")

    def _version(self) -> Optional[int]:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.OperationalError:
            return None
        return int(row[0]) if row else None

    # -- writing ------------------------------------------------------------------------------
    def has(self, content_hash: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE hash = ?", (content_hash,)).fetchone() is not None

    def add(self, doc: Document) -> Optional[int]:
        """Store a document with its facts in one transaction (inside ``batch``: one savepoint of the
        batch's transaction); None if its text is already stored."""
        h = doc.hash
        with self._document_transaction():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO documents (hash, source, url, title, outlet, author, published,"
                " published_basis, language, text) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (h, doc.source, doc.url, doc.title, doc.outlet, doc.author, doc.published,
                 doc.published_basis, doc.language, doc.text))
            if cur.rowcount == 0:
                return None
            doc_id = cur.lastrowid
            self.db.executemany(
                'INSERT INTO facts (doc_id, kind, start, "end", label, entity_id, data) VALUES (?,?,?,?,?,?,?)',
                [(doc_id, *r) for r in fact_rows(doc)])
            self.db.execute("INSERT INTO documents_fts (rowid, title, body) VALUES (?,?,?)",
                            (doc_id, index_text(doc.title or ""), index_text(doc.text)))
        doc.id = doc_id
        return doc_id

    def _transaction(self):
        return self.db  # sqlite3's connection as a context manager: commit, or roll back on error

    @contextmanager
    def _savepoint(self):
        self.db.execute("SAVEPOINT marsad_doc")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK TO marsad_doc")
            self.db.execute("RELEASE marsad_doc")
            raise
        self.db.execute("RELEASE marsad_doc")

    def _begin(self) -> None:
        # an explicit BEGIN: a savepoint opened outside a transaction would commit at its RELEASE
        self.db.execute("BEGIN")

    def _commit(self) -> None:
        self.db.commit()

    # -- reading ------------------------------------------------------------------------------
    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def get(self, doc_id: int) -> Optional[Document]:
        row = self.db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        facts = self.db.execute("SELECT kind, data FROM facts WHERE doc_id = ? ORDER BY start, id",
                                (doc_id,)).fetchall()
        return document_from_row(row, [(f[0], f[1]) for f in facts])

    def documents(self, batch: int = 200) -> Iterator[Document]:
        """Every stored document with its facts, in id order, streamed."""
        last = 0
        while True:
            ids = [r[0] for r in self.db.execute(
                "SELECT id FROM documents WHERE id > ? ORDER BY id LIMIT ?", (last, batch))]
            if not ids:
                return
            for i in ids:
                doc = self.get(i)
                if doc is not None:
                    yield doc
            last = ids[-1]

    def search(self, query: str, limit: int = 20, offset: int = 0, outlet: Optional[str] = None,
               date_from: Optional[str] = None, date_to: Optional[str] = None,
               entity_id: Optional[str] = None, event_type: Optional[str] = None) -> dict:
        """Ranked hits with a snippet each; all terms must match, or any if none match all."""
        match = fts_query(query)
        # With a full-text match, "+" keeps SQLite from driving the query through the outlet/date
        # indexes and probing the full-text index once per document of that outlet (10x slower).
        col = "+d." if match else "d."
        cond, params = search_filters(outlet, date_from, date_to, entity_id, event_type, col=col)
        if match is None:
            total = self.db.execute(f"SELECT count(*) FROM documents d WHERE 1=1{cond}", params).fetchone()[0]
            rows = self.db.execute(
                f"SELECT d.id, d.title, d.outlet, d.published, d.source, substr(d.text, 1, 400) AS text, 0.0 AS score"
                f" FROM documents d WHERE 1=1{cond} ORDER BY d.published DESC, d.id LIMIT ? OFFSET ?",
                [*params, limit, offset]).fetchall()
        else:
            for any_term in (False, True):
                m = fts_query(query, any_term)
                base = (f" FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
                        f" WHERE documents_fts MATCH ?{cond}")
                total = self.db.execute("SELECT count(*)" + base, [m, *params]).fetchone()[0]
                if total or any_term or " AND " not in m:
                    break
            # rank on the index alone, then read the texts of this page only: joining first would
            # read the text of every matching document before sorting
            rows = self.db.execute(
                "SELECT d.id, d.title, d.outlet, d.published, d.source, d.text, r.score FROM"
                " (SELECT d.id AS id, bm25(documents_fts, 2.0, 1.0) AS score" + base
                + " ORDER BY score LIMIT ? OFFSET ?) r JOIN documents d ON d.id = r.id ORDER BY r.score",
                [m, *params, limit, offset]).fetchall()
        hits = []
        for r in rows:
            hits.append({"id": r["id"], "title": r["title"], "outlet": r["outlet"], "published": r["published"],
                         "source": r["source"], "score": float(f"{-r['score']:.4g}"),
                         "snippet": snippet(r["text"], query or "")})
        return {"query": query, "total": total, "offset": offset, "limit": limit, "hits": hits}

    def facts(self, kind: str, label: Optional[str] = None, entity_id: Optional[str] = None,
              limit: Optional[int] = None) -> Iterator[dict]:
        """Facts of one kind across the store, each with its document id, outlet and date."""
        cond, params = facts_filter(kind, label, entity_id)
        sql = ("SELECT f.doc_id, f.data, d.outlet, d.published, d.title FROM facts f"
               " JOIN documents d ON d.id = f.doc_id WHERE " + cond + " ORDER BY f.doc_id, f.start")
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        for r in self.db.execute(sql, params):
            yield fact_record(r)

    def mention_rows(self) -> Iterator[tuple]:
        """(entity_id, mention text, type, document id) for every entity mention."""
        for r in self.db.execute("SELECT entity_id, data, label, doc_id FROM facts WHERE kind = 'entities'"):
            yield (r[0], json.loads(r[1])["text"], r[2], r[3])

    def stats(self) -> dict:
        out = {"documents": self.count()}
        for kind, n in self.db.execute("SELECT kind, count(*) FROM facts GROUP BY kind"):
            out[kind] = n
        out["outlets"] = {o or "?": n for o, n in self.db.execute(
            "SELECT outlet, count(*) FROM documents GROUP BY outlet ORDER BY count(*) DESC")}
        return out

    # -- portable read-only SQL (the web app's aggregates) --------------------------------------
    def query(self, sql: str, params=()) -> list[tuple]:
        """The rows of one read-only statement, as tuples. ``sql`` is written in the subset both
        stores run (``?`` placeholders, no SQLite-only functions), so callers work over either
        store: ``PostgresStore.query`` takes the same text. Every value goes in as a parameter."""
        return [tuple(r) for r in self.db.execute(sql, tuple(params))]

    @staticmethod
    def json_flag(column: str, key: str) -> str:
        """A SQL expression: 1 where the JSON object in ``column`` has ``key`` true, else 0.
        (JSON access is the one thing the two dialects spell differently.) ``column`` and ``key``
        come from code, never from a request: both must be plain identifiers."""
        check_identifiers(column, key)
        return f"(CASE WHEN json_extract({column}, '$.{key}') THEN 1 ELSE 0 END)"

