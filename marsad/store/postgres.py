"""The team store: PostgreSQL, with the same tables, methods and meaning as the SQLite store.

Each document is written in one transaction (row, facts, search vector), or one savepoint of a
batch's transaction (``BaseStore.batch``); the content hash is UNIQUE
and rows go in with ``INSERT … ON CONFLICT (hash) DO NOTHING``, so a re-run adds nothing twice and
many workers on many machines can write at once: two writers of the same text serialise on the
unique index and the second one gets ``None``, as ``SQLiteStore.add`` does for a stored text.

Search is PostgreSQL full-text search over the output of ``marsad.arabic.stem.index_text`` (our
Arabic normalisation, clitic stripping and the Snowball Arabic stemmer that PostgreSQL's own
``arabic`` configuration runs) indexed with the ``simple`` configuration, so PostgreSQL and SQLite
find the same documents for the same query. Every value goes in as a query parameter.
"""
from __future__ import annotations

import json
import re
from importlib import resources as ilr
from typing import Iterator, Optional
from urllib.parse import urlsplit, urlunsplit

from ..arabic.stem import index_text
from ..document import Document
from .common import (SCHEMA_VERSION, BaseStore, StoreError, check_identifiers, document_from_row, fact_record, fact_rows,
                     facts_filter, query_parts, search_filters, snippet)

try:
    import psycopg
    from psycopg.rows import dict_row, tuple_row
except ImportError:  # an optional dependency: only PostgreSQL users need it
    psycopg = None

# pg_advisory_xact_lock key for schema creation: workers that open a new store at the same moment
# would otherwise race on CREATE TABLE IF NOT EXISTS (it is not atomic against the catalog).
_SCHEMA_LOCK = 0x6D61727361640001
_COLS = ("id", "hash", "source", "url", "title", "outlet", "author", "published", "published_basis",
         "language", "text", "added_at")
_SELECT_DOC = "SELECT " + ", ".join(_COLS) + " FROM documents"
# title counts twice the body, as bm25(documents_fts, 2.0, 1.0) does in SQLite ({D, C, B, A})
_RANK_WEIGHTS = "{0.5,0.5,0.5,1.0}"
_NOT_WORD = re.compile(r"[\W_]+")
# a quoted literal or identifier (copied as is, but for doubling %), else a ? placeholder or a %
_SQL_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|[?%]")


def _qmark_to_pyformat(sql: str) -> str:
    """``?`` placeholders (the portable spelling, SQLite's) as psycopg's ``%s``; a literal ``%``
    doubled so psycopg does not read it as a placeholder. A ``?`` inside quotes stays a ``?``."""
    def sub(m: re.Match) -> str:
        t = m.group(0)
        if t == "?":
            return "%s"
        return t.replace("%", "%%")
    return _SQL_TOKEN.sub(sub, sql)


def _fts_input(terms: str) -> str:
    """Split index terms where SQLite's unicode61 tokenizer would (at every non-alphanumeric), so
    PostgreSQL's parser never reads "3.5" as one number or "a.b" as a host name."""
    return _NOT_WORD.sub(" ", terms)


def redact(url: str) -> str:
    """The URL without its password, for messages and ``store.path``."""
    try:
        p = urlsplit(url)
        if p.password:
            host = p.hostname or ""
            netloc = f"{p.username}:***@{host}" + (f":{p.port}" if p.port else "")
            return urlunsplit((p.scheme, netloc, p.path, p.query, p.fragment))
    except ValueError:
        pass
    return url


class PostgresStore(BaseStore):
    def __init__(self, url: str, readonly: bool = False):
        if psycopg is None:
            raise StoreError("PostgreSQL store needs psycopg: pip install 'psycopg[binary]'")
        self.url = url
        self.path = redact(url)  # what SQLiteStore calls its file; safe to print
        self.readonly = readonly
        try:
            # autocommit: reads see the latest commits; writes open explicit transactions
            self.db = psycopg.connect(url, autocommit=True, row_factory=dict_row,
                                      application_name="marsad")
        except psycopg.OperationalError as e:
            raise StoreError(f"{self.path}: cannot connect to PostgreSQL: {str(e).strip()}") from None
        try:
            if readonly:
                self.db.execute("SET default_transaction_read_only = on")
                self._check_version()
            else:
                self._migrate()
        except Exception:
            self.db.close()
            raise

    # -- schema -------------------------------------------------------------------------------
    def _migrate(self) -> None:
        with self.db.transaction():
            self.db.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
            version = self._version()
            if version is None:
                sql = ilr.files("marsad.store").joinpath("schema_pg.sql").read_text(encoding="utf-8")
                self.db.execute(sql)
                self.db.execute("INSERT INTO meta VALUES ('schema_version', %s)"
                                " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", (str(SCHEMA_VERSION),))
            elif version > SCHEMA_VERSION:
                raise StoreError(f"{self.path}: store schema {version} is newer than this Marsad ({SCHEMA_VERSION})")

    def _version(self) -> Optional[int]:
        if self.db.execute("SELECT to_regclass('meta') AS t").fetchone()["t"] is None:
            return None
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row["value"]) if row else None

    # -- writing ------------------------------------------------------------------------------
    def has(self, content_hash: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE hash = %s", (content_hash,)).fetchone() is not None

    def add(self, doc: Document) -> Optional[int]:
        """Store a document with its facts in one transaction (inside ``batch``: one savepoint of the
        batch's transaction); None if its text is already stored."""
        if "\x00" in doc.text:  # PostgreSQL text cannot hold NUL; say so instead of a DataError
            raise StoreError(f"{doc.source or '?'}: text contains a NUL character; PostgreSQL cannot store it")
        h = doc.hash
        title_terms = _fts_input(index_text(doc.title or ""))
        body_terms = _fts_input(index_text(doc.text))
        rows = fact_rows(doc)
        with self._document_transaction():
            row = self.db.execute(
                "INSERT INTO documents (hash, source, url, title, outlet, author, published, published_basis,"
                " language, text, tsv) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,"
                " setweight(to_tsvector('simple', %s::text), 'A') || to_tsvector('simple', %s::text))"
                " ON CONFLICT (hash) DO NOTHING RETURNING id",
                (h, doc.source, doc.url, doc.title, doc.outlet, doc.author, doc.published, doc.published_basis,
                 doc.language, doc.text, title_terms, body_terms)).fetchone()
            if row is None:
                return None
            doc_id = row["id"]
            if rows:
                with self.db.cursor() as cur:
                    cur.executemany(
                        'INSERT INTO facts (doc_id, kind, start, "end", label, entity_id, data)'
                        " VALUES (%s,%s,%s,%s,%s,%s,%s)", [(doc_id, *r) for r in rows])
        doc.id = doc_id
        return doc_id

    def _transaction(self):
        return self.db.transaction()

    def _savepoint(self):
        return self.db.transaction()  # inside a transaction, psycopg's transaction() is a savepoint

    def _begin(self) -> None:
        self._outer = self.db.transaction()
        self._outer.__enter__()

    def _commit(self) -> None:
        outer, self._outer = self._outer, None
        outer.__exit__(None, None, None)

    # -- reading ------------------------------------------------------------------------------
    def count(self) -> int:
        return self.db.execute("SELECT count(*) AS n FROM documents").fetchone()["n"]

    def get(self, doc_id: int) -> Optional[Document]:
        row = self.db.execute(_SELECT_DOC + " WHERE id = %s", (doc_id,)).fetchone()
        if row is None:
            return None
        facts = self.db.execute("SELECT kind, data FROM facts WHERE doc_id = %s ORDER BY start, id",
                                (doc_id,)).fetchall()
        return document_from_row(row, [(f["kind"], f["data"]) for f in facts])

    def documents(self, batch: int = 200) -> Iterator[Document]:
        """Every stored document with its facts, in id order, streamed: two queries per batch
        rather than two per document, since every query is a network round trip here."""
        last = 0
        while True:
            rows = self.db.execute(_SELECT_DOC + " WHERE id > %s ORDER BY id LIMIT %s", (last, batch)).fetchall()
            if not rows:
                return
            ids = [r["id"] for r in rows]
            by_doc: dict[int, list] = {i: [] for i in ids}
            for f in self.db.execute("SELECT doc_id, kind, data FROM facts WHERE doc_id = ANY(%s)"
                                     " ORDER BY doc_id, start, id", (ids,)):
                by_doc[f["doc_id"]].append((f["kind"], f["data"]))
            for r in rows:
                yield document_from_row(r, by_doc[r["id"]])
            last = ids[-1]

    @staticmethod
    def _tsquery(parts: list[list[str]], any_term: bool) -> tuple[str, list]:
        """A tsquery expression with one parameter per part: phraseto_tsquery keeps a quoted
        phrase's words adjacent, as an FTS5 phrase does; no user text is ever an operator."""
        op = " || " if any_term else " && "
        sql = "(" + op.join("phraseto_tsquery('simple', %s::text)" for _ in parts) + ")"
        return sql, [_fts_input(" ".join(p)) for p in parts]

    def search(self, query: str, limit: int = 20, offset: int = 0, outlet: Optional[str] = None,
               date_from: Optional[str] = None, date_to: Optional[str] = None,
               entity_id: Optional[str] = None, event_type: Optional[str] = None) -> dict:
        """Ranked hits with a snippet each; all terms must match, or any if none match all."""
        cond, params = search_filters(outlet, date_from, date_to, entity_id, event_type, ph="%s")
        parts = query_parts(query)
        if not parts:
            total = self.db.execute(f"SELECT count(*) AS n FROM documents d WHERE true{cond}", params).fetchone()["n"]
            # SQLite sorts NULL dates last in DESC order; PostgreSQL must be told
            rows = self.db.execute(
                "SELECT d.id, d.title, d.outlet, d.published, d.source, substr(d.text, 1, 400) AS text, 0.0 AS score"
                f" FROM documents d WHERE true{cond} ORDER BY d.published DESC NULLS LAST, d.id LIMIT %s OFFSET %s",
                [*params, limit, offset]).fetchall()
        else:
            for any_term in (False, True):
                q, qparams = self._tsquery(parts, any_term)
                base = f" FROM documents d, (SELECT {q} AS q) AS query WHERE d.tsv @@ query.q{cond}"
                total = self.db.execute("SELECT count(*) AS n" + base, [*qparams, *params]).fetchone()["n"]
                if total or any_term or len(parts) < 2:
                    break
            rows = self.db.execute(
                "SELECT d.id, d.title, d.outlet, d.published, d.source, d.text,"
                f" ts_rank('{_RANK_WEIGHTS}', d.tsv, query.q) AS score" + base
                + " ORDER BY score DESC, d.id LIMIT %s OFFSET %s", [*qparams, *params, limit, offset]).fetchall()
        hits = []
        for r in rows:
            hits.append({"id": r["id"], "title": r["title"], "outlet": r["outlet"], "published": r["published"],
                         "source": r["source"], "score": round(float(r["score"]), 4),
                         "snippet": snippet(r["text"], query or "")})
        return {"query": query, "total": total, "offset": offset, "limit": limit, "hits": hits}

    def facts(self, kind: str, label: Optional[str] = None, entity_id: Optional[str] = None,
              limit: Optional[int] = None) -> Iterator[dict]:
        """Facts of one kind across the store, each with its document id, outlet and date."""
        cond, params = facts_filter(kind, label, entity_id, ph="%s")
        sql = ("SELECT f.id, f.doc_id, f.start, f.data, d.outlet, d.published, d.title FROM facts f"
               " JOIN documents d ON d.id = f.doc_id WHERE " + cond)
        n = 0
        for r in self._pages(sql, params, ("f.doc_id", "f.start", "f.id"), ("doc_id", "start", "id")):
            if limit and n >= limit:
                return
            n += 1
            yield fact_record(r)

    def mention_rows(self) -> Iterator[tuple]:
        """(entity_id, mention text, type, document id) for every entity mention."""
        sql = "SELECT f.id, f.entity_id, f.data, f.label, f.doc_id FROM facts f WHERE f.kind = 'entities'"
        for r in self._pages(sql, [], ("f.id",), ("id",)):
            yield (r["entity_id"], json.loads(r["data"])["text"], r["label"], r["doc_id"])

    def _pages(self, sql: str, params: list, key_sql: tuple, key: tuple, page: int = 2000) -> Iterator[dict]:
        """Rows of ``sql`` in ``key`` order, fetched a page at a time by keyset (WHERE key > last):
        a million facts never sit in memory, and no cursor is left open on the connection, so the
        caller may run other queries on this store while it iterates."""
        last = None
        cols = "(" + ", ".join(key_sql) + ")"
        while True:
            where = f" AND {cols} > ({', '.join(['%s'] * len(key))})" if last else ""
            rows = self.db.execute(sql + where + f" ORDER BY {', '.join(key_sql)} LIMIT %s",
                                   [*params, *(last or ()), page]).fetchall()
            yield from rows
            if len(rows) < page:
                return
            last = tuple(rows[-1][k] for k in key)

    def stats(self) -> dict:
        out = {"documents": self.count()}
        for r in self.db.execute("SELECT kind, count(*) AS n FROM facts GROUP BY kind"):
            out[r["kind"]] = r["n"]
        out["outlets"] = {r["outlet"] or "?": r["n"] for r in self.db.execute(
            "SELECT outlet, count(*) AS n FROM documents GROUP BY outlet ORDER BY count(*) DESC, outlet")}
        return out

    # -- portable read-only SQL (the web app's aggregates) --------------------------------------
    def query(self, sql: str, params=()) -> list[tuple]:
        """The rows of one read-only statement, as tuples: the text ``SQLiteStore.query`` takes
        (``?`` placeholders, the SQL both dialects share), run here with psycopg's ``%s``."""
        with self.db.cursor(row_factory=tuple_row) as cur:
            cur.execute(_qmark_to_pyformat(sql), list(params))
            return cur.fetchall()

    @staticmethod
    def json_flag(column: str, key: str) -> str:
        """A SQL expression: 1 where the JSON object in ``column`` has ``key`` true, else 0
        (as ``SQLiteStore.json_flag``). ``column`` and ``key`` must be plain identifiers."""
        check_identifiers(column, key)
        return f"(CASE WHEN ({column})::jsonb -> '{key}' = 'true'::jsonb THEN 1 ELSE 0 END)"
