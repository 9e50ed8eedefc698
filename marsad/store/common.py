"""What every store shares: turning a Document into rows and back, search snippets, query parsing."""
from __future__ import annotations

import json
import re
import time
from contextlib import contextmanager
from dataclasses import fields, is_dataclass
from typing import Any, Optional

from ..arabic.stem import index_terms, query_terms
from ..arabic.tokens import TOKEN_RE
from ..document import FACT_KINDS, Document

SCHEMA_VERSION = 1


class StoreError(Exception):
    """A store that cannot be opened or written, said plainly (the CLI prints it as one line)."""


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?")


def check_identifiers(*names: str) -> None:
    """Refuse anything but plain (table.)column names where SQL needs a name, not a parameter."""
    for n in names:
        if not _IDENTIFIER.fullmatch(n):
            raise ValueError(f"not an identifier: {n!r}")


class _Batch:
    """An open ``BaseStore.batch``: its limits, and the transaction it has open, if any."""

    __slots__ = ("size", "seconds", "open", "n", "started")

    def __init__(self, size: int, seconds: float):
        self.size, self.seconds = max(1, size), seconds
        self.open, self.n, self.started = False, 0, 0.0


class BaseStore:
    """What SQLiteStore and PostgresStore share beyond their SQL: version checks, closing, and the
    batching of writes (``batch``)."""

    path: str
    db: Any
    _batch: Optional[_Batch] = None

    # -- several documents per transaction -----------------------------------------------------
    @contextmanager
    def batch(self, size: int = 64, seconds: float = 1.0):
        """Inside this block, ``add`` writes several documents per transaction, each document in
        its own savepoint: one that cannot be stored (``add`` raises) is rolled back alone and the
        others stay, so every document is still all or nothing. The transaction commits after
        ``size`` documents, or at the first ``add`` ``seconds`` after it began, and when the block
        ends, normally or by an exception (Ctrl-C included: what was added is kept).

        Committing costs a fixed price per transaction (the journal, the full-text index's pages
        written again); batching pays it once per batch. A SIGKILL loses the documents of the open
        transaction, at most ``size`` or about ``seconds`` of work: the store stays consistent and
        a re-run adds them, as it adds every document not stored yet. Nested blocks join the
        outer one."""
        if self._batch is not None:
            yield self
            return
        self._batch = _Batch(size, seconds)
        try:
            yield self
        finally:
            try:
                self._batch_commit()
            finally:
                self._batch = None

    @contextmanager
    def _document_transaction(self):
        """Where ``add`` writes one document: its own transaction, or a savepoint of the batch's."""
        if self._batch is None:
            with self._transaction():
                yield
            return
        b = self._batch
        if not b.open:
            self._begin()
            b.open, b.n, b.started = True, 0, time.monotonic()
        with self._savepoint():
            yield
        b.n += 1
        if b.n >= b.size or time.monotonic() - b.started >= b.seconds:
            self._batch_commit()

    def _batch_commit(self) -> None:
        b = self._batch
        if b is not None and b.open:
            b.open = False
            self._commit()

    # each store's SQL for the above
    def _transaction(self):
        raise NotImplementedError

    def _savepoint(self):
        raise NotImplementedError

    def _begin(self) -> None:
        raise NotImplementedError

    def _commit(self) -> None:
        raise NotImplementedError

    def _version(self) -> Optional[int]:
        raise NotImplementedError

    def _check_version(self) -> None:
        v = self._version()
        if v is None:
            raise StoreError(f"{self.path}: not a Marsad store")
        if v > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema {v} is newer than this Marsad ({SCHEMA_VERSION})")

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

DOC_COLUMNS = ("id", "hash", "source", "url", "title", "outlet", "author", "published",
               "published_basis", "language", "text", "added_at")


_FIELDS: dict[type, tuple[str, ...]] = {}
_SCALARS = (str, int, float, bool, type(None))


def plain(v: Any) -> Any:
    """A fact as JSON-ready data: what ``dataclasses.asdict`` gives, as ``json.dumps`` writes it
    (a tuple becomes a list), without asdict's deep copy of every value: the facts' rows are the
    writer's main cost after the analysis, and asdict was two thirds of it."""
    if type(v) in _SCALARS:
        return v
    names = _FIELDS.get(type(v))
    if names is None and is_dataclass(v) and not isinstance(v, type):
        names = _FIELDS[type(v)] = tuple(f.name for f in fields(v))
    if names is not None:
        return {name: plain(getattr(v, name)) for name in names}
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, dict):
        return {k: plain(x) for k, x in v.items()}
    return v


def fact_rows(doc: Document) -> list[tuple]:
    """(kind, start, end, label, entity_id, json) for every fact of a document."""
    rows = []
    for kind in FACT_KINDS:
        for f in getattr(doc, kind):
            d = plain(f)
            if kind == "entities":
                label, eid = f.type, f.entity_id
            elif kind == "times":
                label, eid = f.value, None
            elif kind == "quantities":
                label, eid = f.counted, None
            elif kind == "quotes":
                label, eid = f.speaker, f.speaker_entity_id
            else:
                label, eid = f.type, getattr(f, "source_entity_id", None)
            rows.append((kind, f.start, f.end, label, eid, json.dumps(d, ensure_ascii=False)))
    return rows


def document_from_row(row: dict, facts: list[tuple[str, str]]) -> Document:
    """Rebuild a Document from its row and its (kind, json) fact rows."""
    d: dict[str, Any] = {k: row[k] for k in row.keys() if k not in ("hash", "added_at")}
    for kind in FACT_KINDS:
        d[kind] = []
    for kind, data in facts:
        d[kind].append(json.loads(data))
    return Document.from_dict(d)


_PHRASE = re.compile(r'"([^"]+)"|«([^»]+)»|(\S+)')


def fts_query(query: str, any_term: bool = False) -> Optional[str]:
    """An FTS5 MATCH expression made only of quoted terms, so no user text is ever an operator."""
    parts = []
    for m in _PHRASE.finditer(query or ""):
        if m.group(3) is not None:
            parts.extend(f'"{t}"' for t in query_terms(m.group(3)) if t)
        else:
            ts = [t for t in query_terms(m.group(1) or m.group(2)) if t]
            if ts:
                parts.append('"' + " ".join(ts) + '"')
    parts = [p.replace('""', '') for p in parts if p.strip('"')]
    if not parts:
        return None
    return (" OR " if any_term else " AND ").join(parts)


def facts_filter(kind: str, label=None, entity_id=None, ph: str = "?") -> tuple[str, list]:
    """The WHERE condition of a facts query over ``facts f`` and its parameters, with the store's
    placeholder ``ph``."""
    cond, params = f"f.kind = {ph}", [kind]
    if label is not None:
        cond += f" AND f.label = {ph}"
        params.append(label)
    if entity_id is not None:
        cond += f" AND f.entity_id = {ph}"
        params.append(entity_id)
    return cond, params


def fact_record(r) -> dict:
    """A stored fact row (data, doc_id, outlet, published, title) as the dict facts() yields."""
    d = json.loads(r["data"])
    d.update(document=r["doc_id"], outlet=r["outlet"], published=r["published"], title=r["title"])
    return d


def search_filters(outlet=None, date_from=None, date_to=None, entity_id=None, event_type=None,
                   col: str = "d.", ph: str = "?") -> tuple[str, list]:
    """The ``AND …`` conditions of a search over ``documents d`` and their parameters, with the
    store's placeholder ``ph``; ``col`` prefixes the outlet/date columns (SQLite passes "+d." to
    keep them off their indexes under a full-text match)."""
    where, params = [], []
    if outlet:
        where.append(f"{col}outlet = {ph}")
        params.append(outlet)
    if date_from:
        where.append(f"{col}published >= {ph}")
        params.append(date_from)
    if date_to:
        where.append(f"{col}published <= {ph}")
        params.append(date_to + "\uffff")
    if entity_id:
        where.append(f"EXISTS (SELECT 1 FROM facts f WHERE f.doc_id = d.id AND f.entity_id = {ph})")
        params.append(entity_id)
    if event_type:
        where.append(f"EXISTS (SELECT 1 FROM facts f WHERE f.doc_id = d.id AND f.kind = 'events' AND f.label = {ph})")
        params.append(event_type)
    return ((" AND " + " AND ".join(where)) if where else ""), params


def snippet(text: str, query: str, width: int = 220) -> dict:
    """The window of ``text`` with the most query-term hits, and the hits' offsets inside it."""
    wanted = set(query_terms(query))
    hits = [m.span() for m in TOKEN_RE.finditer(text)
            if m.group()[0].isalnum() and not wanted.isdisjoint(index_terms(m.group()))]
    if not hits:
        end = min(len(text), width)
        return {"text": text[:end], "start": 0, "end": end, "highlights": []}
    best, best_n = hits[0][0], 0
    for s, _ in hits:
        n = sum(1 for a, _ in hits if s <= a < s + width)
        if n > best_n:
            best, best_n = s, n
    start = max(0, best - width // 4)
    sp = text.rfind(" ", 0, start)
    start = 0 if sp < 0 or start == 0 else sp + 1
    end = min(len(text), start + width)
    sp = text.find(" ", end)
    end = len(text) if sp < 0 else sp
    return {"text": text[start:end], "start": start, "end": end,
            "highlights": [(a - start, b - start) for a, b in hits if a >= start and b <= end]}


def mark(snip: dict, left: str = "[", right: str = "]") -> str:
    out, pos, t = [], 0, snip["text"]
    for a, b in snip["highlights"]:
        out.append(t[pos:a] + left + t[a:b] + right)
        pos = b
    out.append(t[pos:])
    return "".join(out).replace("\n", " ")


def query_parts(query: str) -> list[list[str]]:
    """The query as ``fts_query`` reads it, as data: one list of terms per part (a bare word is a
    part of one term, a quoted phrase one part of all its terms). Stores without FTS5 (PostgreSQL)
    build their own parameterised query from it, so both stores match the same way."""
    parts = []
    for m in _PHRASE.finditer(query or ""):
        if m.group(3) is not None:
            parts.extend([t] for t in query_terms(m.group(3)) if t and t.strip('"'))
        else:
            ts = [t for t in query_terms(m.group(1) or m.group(2)) if t and t.strip('"')]
            if ts:
                parts.append(ts)
    return parts
