"""The JSON API under ``/api/``: search, documents with facts, entities, timeline, network, sources, stats.

Every route only reads. Inputs are bounded (query length, page size, id ranges and patterns) so a
request can neither reach the filesystem nor ask for unbounded work. Aggregates that span the whole
corpus (entity records, the event/quote rows behind the timeline and network, the per-outlet
comparison) are computed once and cached until the store changes (new documents or facts), because
on a 31k-article store they cost seconds and the store is read-only here.

The aggregate SQL runs through ``store.query`` and is written in the subset SQLite and PostgreSQL
share (``?`` placeholders; no ``IS ?``, ``GLOB``, ``strftime``; NULLs ordered explicitly, since the
two sort them at opposite ends; every ORDER BY breaks ties), so the page shows the same over either
store. JSON fields are read through ``store.json_flag``, the one thing the dialects spell
differently. It only reads the documented schema (``documents``, ``facts``).
"""
from __future__ import annotations

import json
import math
import re
import threading
from collections import Counter, defaultdict
from typing import Any, Callable, Optional

from fastapi import APIRouter, HTTPException, Path, Query, Request

from ..arabic import normalize, split_sentences

# the app refuses oversized requests before any route (marsad.web.app): every route can answer so
router = APIRouter(prefix="/api", responses={413: {"description": "Request body too large"},
                                             414: {"description": "URL too long (more than 8 KB)"}})

MAX_QUERY = 500          # characters of a search query; longer is a 422, not a slow scan
MAX_PAGE = 100           # hits per search page
MAX_OFFSET = 10_000      # deep paging is what filters are for
MAX_DOC_ID = 2 ** 63 - 1
ENTITY_ID = r"^[A-Za-z0-9_.:\-]{1,80}$"          # "E" + sha1 prefix, or an alias table id
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"              # ISO date, as precise as known
LABEL = r"^[A-Za-z_\-]{1,40}$"                   # entity / PLOVER event types
COUNTRY = r"^[A-Z]{2}$"                           # ISO 3166 alpha-2, as the actor dictionary writes it
ISO_PREFIX = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")
MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")
NOT_FOUND = {404: {"description": "No such document or entity"}}


# ------------------------------------------------------------------------------- plumbing
def _store(request: Request):
    return request.app.state.stores.get()


def _q(store, sql: str, params=()) -> list[tuple]:
    """Rows of a read-only statement in the portable SQL subset, over either store."""
    return store.query(sql, params)


def _version(store) -> tuple:
    """Changes whenever a document or fact is added: the key of every corpus-wide cache."""
    return tuple(_q(
        store,
        "SELECT (SELECT max(id) FROM documents), (SELECT count(*) FROM documents), (SELECT max(id) FROM facts)"
    )[0])


class Cache:
    """Corpus-wide aggregates, computed once per store version, one computation at a time.

    ``get`` waits for the value; ``peek`` never waits: it returns what is there (possibly from an
    older version) or None, and starts the computation in the background, so pages that only want
    the aggregate as a garnish (the article's links to actor pages) stay fast on a cold big store.
    """

    def __init__(self, stores=None) -> None:
        self._lock = threading.Lock()
        self._data: dict[str, tuple[tuple, Any]] = {}
        self._building: set[str] = set()
        self.stores = stores  # where a background computation gets its own connection

    def get(self, name: str, store, build: Callable[[Any], Any]) -> Any:
        v = _version(store)
        hit = self._data.get(name)
        if hit and hit[0] == v:
            return hit[1]
        with self._lock:
            hit = self._data.get(name)
            if hit and hit[0] == v:
                return hit[1]
            value = build(store)
            self._data[name] = (v, value)
            return value

    def peek(self, name: str, store, build: Callable[[Any], Any]) -> Any:
        hit = self._data.get(name)
        if hit and hit[0] == _version(store):
            return hit[1]
        if self.stores is not None and name not in self._building:
            self._building.add(name)

            def run() -> None:
                # Its own connection, closed here: a shared one could be closed by the app's shutdown
                # while this thread is inside a query, and sqlite3 then crashes the process.
                own = None
                try:
                    own = self.stores.open()
                    self.get(name, own, build)
                except Exception:  # the waiting routes will compute it again and report the error
                    pass
                finally:
                    if own is not None:
                        own.close()
                    self._building.discard(name)

            threading.Thread(target=run, name=f"marsad-cache-{name}", daemon=True).start()
        return hit[1] if hit else None


def warm(app) -> None:
    """Start computing the corpus-wide aggregates as the server starts, in the background."""
    cache: Cache = app.state.cache
    store = app.state.stores.get()
    cache.peek("entities", store, _build_entities)
    cache.peek("acts", store, _build_acts)


def _cache(request: Request) -> Cache:
    return request.app.state.cache


def _iso(value: Optional[str]) -> Optional[str]:
    """The ISO date prefix of a value (2024-08-11/2024-08-12 → 2024-08-11), None if not a date."""
    if not value:
        return None
    m = ISO_PREFIX.match(value)
    return m.group(0) if m else None


def _in_range(date: Optional[str], date_from: Optional[str], date_to: Optional[str]) -> bool:
    """Compared at the coarser of the two precisions, so a partial date overlapping the range counts."""
    if not date:
        return not (date_from or date_to)
    if date_from and date < date_from[: len(date)]:
        return False
    if date_to and date[: len(date_to)] > date_to:
        return False
    return True


def _plottable(date: Optional[str]) -> bool:
    """A date a time axis can place: ISO, from 1800 to next year. A "year" of 1436 is a Hijri year
    read as Gregorian (or a misread number), and a partial XXXX-08-22 has no year: neither is placed."""
    if not date or not ISO_PREFIX.match(date):
        return False
    import datetime as dt

    return 1800 <= int(date[:4]) <= dt.date.today().year + 1


def _days(date: str) -> int:
    """Days since year 1 of an ISO date or partial date (a month or year counts from its start)."""
    import datetime as dt

    y, m, d = (date.split("-") + ["01", "01"])[:3]
    try:
        return dt.date(int(y), int(m), int(d[:2])).toordinal()
    except ValueError:
        return dt.date(int(y), 1, 1).toordinal()


def _window(dates: list[str], share: float = 0.9) -> tuple[Optional[str], Optional[str]]:
    """The shortest date range holding ``share`` of the dates, when the tails stretch the whole range
    to more than twice it; else (None, None).

    A 2015 news corpus also dates events of 1805 or 2030: charted, those few squeeze the months the
    corpus is about into one bar. The tails are left out of the chart (and counted by the caller).
    """
    if len(dates) < 20:
        return None, None
    ds = sorted(dates)
    days = [_days(d) for d in ds]
    k = max(1, math.ceil(len(ds) * share))
    i = min(range(len(ds) - k + 1), key=lambda j: (days[j + k - 1] - days[j], j))
    if (days[i + k - 1] - days[i]) * 2 > days[-1] - days[0]:
        return None, None
    return ds[i][:10], ds[i + k - 1][:10]


def _granularity(dates: list[str]) -> str:
    days = [d for d in dates if len(d) >= 7]
    if not days:
        return "year"
    lo, hi = min(days), max(days)
    y0, y1 = int(lo[:4]), int(hi[:4])
    months = (y1 - y0) * 12 + int(hi[5:7]) - int(lo[5:7])
    if months > 36:
        return "year"
    if months > 2:
        return "month"
    return "day"


_PLEN = {"year": 4, "month": 7, "day": 10}


def _periods(lo: str, hi: str, gran: str, cap: int = 400) -> list[str]:
    """Every period from lo to hi, so a chart shows gaps in time as gaps (None past ``cap``)."""
    import datetime as dt

    out = []
    if gran == "year":
        out = [str(y) for y in range(int(lo[:4]), int(hi[:4]) + 1)]
    elif gran == "month":
        y, m = int(lo[:4]), int(lo[5:7])
        while f"{y:04d}-{m:02d}" <= hi[:7] and len(out) <= cap:
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    else:
        try:
            d, end = dt.date.fromisoformat(lo[:10]), dt.date.fromisoformat(hi[:10])
        except ValueError:
            return []
        while d <= end and len(out) <= cap:
            out.append(d.isoformat())
            d += dt.timedelta(days=1)
    return out if len(out) <= cap else []


# ------------------------------------------------------------------------------- entities
def _actor_attrs(r: dict) -> Optional[dict]:
    """The actor dictionary's attributes of a corpus entity: id, kind, sector, office, country, lat, lon.

    The export's ``actor`` is used when it is there; records it leaves out (the alias table's actors,
    organisations and people) are looked up here by their name, then their most frequent variants.
    For organisations the dictionary's fourth column is the sector, for people the office.
    """
    a = r.get("actor")
    if a is None:
        from .. import actors

        for name in [r["name"], *r["variants"][:3]]:
            hit = actors.lookup(name, r["type"])
            if hit is not None:
                a = dict(hit.attributes(), sector=getattr(hit, "sector", None))
                break
    if not a:
        return None
    a = dict(a)
    if r["type"] == "PER" and not a.get("office"):  # a person's column is the office held, not a sector
        a["office"], a["kind"] = a.get("sector") or a.get("kind"), None
        a["sector"] = None
    elif r["type"] != "LOC" and not a.get("sector"):
        a["sector"], a["kind"] = a.get("kind"), None
    return {k: a.get(k) for k in ("id", "kind", "sector", "office", "country", "lat", "lon")}


def _build_entities(store) -> dict:
    from ..export import corpus_entities

    records = corpus_entities(store)
    by_id: dict[str, dict] = {}
    by_name: dict[str, Optional[dict]] = {}
    countries: Counter = Counter()
    sectors: Counter = Counter()
    for r in records:
        r["_actor"] = _actor_attrs(r)
        if r["_actor"]:
            if r["_actor"]["country"]:
                countries[r["_actor"]["country"]] += 1
            if r["_actor"]["sector"]:
                sectors[r["_actor"]["sector"]] += 1
        for i in r.get("ids") or [r["entity_id"]]:
            by_id[i] = r
        by_id[r["entity_id"]] = r
        for v in r["variants"]:
            k = normalize(v)
            # a variant shared by two records names neither: leave it unlinked rather than guess
            by_name[k] = r if k not in by_name or by_name[k] is r else None
    return {"records": records, "by_id": by_id, "by_name": {k: v for k, v in by_name.items() if v},
            "facets": {"countries": dict(countries.most_common()), "sectors": dict(sectors.most_common())}}


def entities_index(request: Request, store) -> dict:
    return _cache(request).get("entities", store, _build_entities)


def _brief(r: dict) -> dict:
    return {"entity_id": r["entity_id"], "name": r["name"], "latin": r.get("latin"), "type": r["type"],
            "documents": len(r["documents"]), "mentions": r["mentions"], "actor": r.get("_actor")}


def _matches(r: Optional[dict], country: Optional[str], sector: Optional[str]) -> bool:
    """Whether a corpus entity has the actor attributes asked for (no filter: every entity does)."""
    if not (country or sector):
        return True
    a = (r or {}).get("_actor") or {}
    return (not country or a.get("country") == country) and (not sector or a.get("sector") == sector)


def _record_or_404(request: Request, store, entity_id: str) -> dict:
    r = entities_index(request, store)["by_id"].get(entity_id)
    if r is None:
        raise HTTPException(404, f"no entity {entity_id}")
    return r


def _ids_sql(r: dict) -> tuple[str, list[str]]:
    ids = list(r.get("ids") or [r["entity_id"]])
    return ",".join("?" * len(ids)), ids


# ------------------------------------------------------------------------------- events + quotes
def _build_acts(store) -> list[dict]:
    """One light row per event and quote, with the date it is placed at on a timeline."""
    rows = []
    sql = ("SELECT f.kind, f.doc_id, f.start, f.\"end\", f.data, d.published, d.outlet, d.title"
           " FROM facts f JOIN documents d ON d.id = f.doc_id WHERE f.kind IN ('events', 'quotes')"
           " ORDER BY f.doc_id, f.start, f.id")
    for kind, doc_id, start, end, data, published, outlet, title in _q(store, sql):
        d = json.loads(data)
        doc_date = _iso(published)
        row = {"kind": "event" if kind == "events" else "quote", "document": doc_id, "start": start, "end": end,
               "published": published, "outlet": outlet, "title": title}
        if kind == "events":
            own = _iso(d.get("time"))
            row.update(type=d.get("type"), trigger=d.get("trigger"), mode=d.get("mode"),
                       source=d.get("source"), target=d.get("target"), time=d.get("time"), place=d.get("place"),
                       negated=bool(d.get("negated")), future=bool(d.get("future")),
                       hypothetical=bool(d.get("hypothetical")),
                       source_entity_id=d.get("source_entity_id"), target_entity_id=d.get("target_entity_id"),
                       date=own or doc_date, date_basis="event" if own else "document")
        else:
            row.update(speaker=d.get("speaker"), speaker_entity_id=d.get("speaker_entity_id"),
                       cue=d.get("cue"), content=d.get("content"), via=d.get("via") or [],
                       anonymous=bool(d.get("anonymous")), direct=bool(d.get("direct")),
                       date=doc_date, date_basis="document")
        rows.append(row)
    return rows


def acts_index(request: Request, store) -> list[dict]:
    return _cache(request).get("acts", store, _build_acts)


def _canon(ent: dict, eid: Optional[str], name: Optional[str]) -> Optional[dict]:
    """The corpus entity of a mention: by its id, else by a name that only one entity is known by."""
    if eid and eid in ent["by_id"]:
        return ent["by_id"][eid]
    if name:
        memo = ent.setdefault("_memo", {})
        if name not in memo:
            memo[name] = ent["by_name"].get(normalize(name))
        return memo[name]
    return None


def _touches(row: dict, ent: dict, rec: dict) -> bool:
    ids = set(rec.get("ids") or [rec["entity_id"]])
    if row["kind"] == "event":
        pairs = [(row.get("source_entity_id"), row.get("source")), (row.get("target_entity_id"), row.get("target"))]
    else:
        pairs = [(row.get("speaker_entity_id"), row.get("speaker"))]
    for eid, name in pairs:
        if eid and eid in ids:
            return True
        c = _canon(ent, eid, name)
        if c is rec:
            return True
    return False


_STOPS = ".!?؟\n"


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding [start, end): from the last stop before it to the first after it.

    A local scan, not ``split_sentences`` over the whole article: a timeline page touches a hundred
    articles and only needs each item's neighbourhood. The article view splits properly.
    """
    a = max(text.rfind(c, 0, start) for c in _STOPS) + 1
    while a < start and text[a].isspace():
        a += 1
    ends = [i for i in (text.find(c, max(end - 1, start)) for c in _STOPS) if i >= 0]
    b = min(ends) + 1 if ends else len(text)
    return a, max(b, end)


def _evidence(store, items: list[dict], width: int = 360) -> None:
    """Attach the text of each item's span (cut to ``width``) and the sentence around it."""
    by_doc: dict[int, list[dict]] = defaultdict(list)
    for it in items:
        by_doc[it["document"]].append(it)
    for doc_id, its in by_doc.items():
        rows = _q(store, "SELECT text FROM documents WHERE id = ?", (doc_id,))
        if not rows:
            continue
        text = rows[0][0]
        for it in its:
            it["sentence_start"], it["sentence_end"] = _sentence_around(text, it["start"], it["end"])
            ev = text[it["start"]:it["end"]]
            it["evidence"] = ev if len(ev) <= width else ev[:width] + "…"


# ------------------------------------------------------------------------------- routes
@router.get("/stats", summary="Counts: documents, facts by kind, entity and event types, outlets, months")
def stats(request: Request) -> dict:
    store = _store(request)
    out = store.stats()
    for key, kind in (("entity_types", "entities"), ("event_types", "events")):
        out[key] = dict(_q(store, "SELECT label, count(*) FROM facts WHERE kind = ? GROUP BY label"
                                  " ORDER BY count(*) DESC, label IS NULL, label", (kind,)))
    # months of the dates known to the month (YYYY-MM…); the pattern is checked here, not in SQL
    out["months"] = [{"period": m, "documents": n} for m, n in _q(
        store, "SELECT substr(published, 1, 7), count(*) FROM documents WHERE published IS NOT NULL"
               " GROUP BY substr(published, 1, 7) ORDER BY 1") if MONTH.fullmatch(m)]
    lo, hi = _q(store, "SELECT min(published), max(published) FROM documents WHERE published IS NOT NULL")[0]
    out["date_range"] = [lo, hi]
    out["quotes_anonymous"] = _q(
        store, f"SELECT count(*) FROM facts WHERE kind = 'quotes' AND {store.json_flag('data', 'anonymous')} = 1")[0][0]
    return out


@router.get("/search", responses=NOT_FOUND, summary="Arabic-aware full-text search with snippets and filters, paginated")
def search(request: Request,
           q: str = Query("", max_length=MAX_QUERY, description="words or \"a phrase\"; Arabic is normalised and stemmed"),
           limit: int = Query(20, ge=1, le=MAX_PAGE),
           offset: int = Query(0, ge=0, le=MAX_OFFSET),
           outlet: Optional[str] = Query(None, max_length=200),
           date_from: Optional[str] = Query(None, pattern=DATE),
           date_to: Optional[str] = Query(None, pattern=DATE),
           entity: Optional[str] = Query(None, pattern=ENTITY_ID, description="a corpus entity id"),
           event_type: Optional[str] = Query(None, pattern=LABEL)) -> dict:
    store = _store(request)
    rec = None
    if entity:
        rec = _record_or_404(request, store, entity)
        entity = rec["entity_id"]
    res = store.search(q, limit=limit, offset=offset, outlet=outlet or None, date_from=date_from,
                       date_to=date_to, entity_id=entity, event_type=event_type)
    for h in res["hits"]:
        h["snippet"]["highlights"] = [list(x) for x in h["snippet"]["highlights"]]
    res["entity"] = _brief(rec) if rec else None
    return res


@router.get("/documents/{doc_id}", responses=NOT_FOUND, summary="One document: cleaned text, metadata, every fact with offsets")
def document(request: Request, doc_id: int = Path(..., ge=1, le=MAX_DOC_ID)) -> dict:
    store = _store(request)
    doc = store.get(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id}")
    out = doc.to_dict()
    out["url"] = doc.url
    out["published_basis"] = doc.published_basis
    out["sentences"] = [[s.start, s.end] for s in split_sentences(doc.text)]
    # entity ids as the entity pages know them (a linked surname points at its full name's page);
    # on a cold big store the index is still being built: then each mention keeps its own id
    ent = _cache(request).peek("entities", store, _build_entities) or {"by_id": {}, "by_name": {}}
    names = {}
    for e in out["entities"]:
        r = ent["by_id"].get(e.get("entity_id") or "")
        e["canonical_id"] = r["entity_id"] if r else e.get("entity_id")
        e["actor"] = r.get("_actor") if r else None  # sector, country, kind, lat/lon of the resolved actor
        if r:
            names[r["entity_id"]] = _brief(r)
        elif e.get("entity_id"):
            names.setdefault(e["entity_id"], {"entity_id": e["entity_id"], "name": e["text"], "latin": None,
                                              "type": e["type"], "documents": None, "mentions": None})
    for q in out["quotes"]:
        r = _canon(ent, q.get("speaker_entity_id"), q.get("speaker"))
        q["speaker_canonical_id"] = r["entity_id"] if r else q.get("speaker_entity_id")
        if r:
            names[r["entity_id"]] = _brief(r)
    for ev in out["events"]:
        for side in ("source", "target"):
            r = _canon(ent, ev.get(side + "_entity_id"), ev.get(side))
            ev[side + "_canonical_id"] = r["entity_id"] if r else ev.get(side + "_entity_id")
            if r:
                names[r["entity_id"]] = _brief(r)
    out["entity_names"] = names
    return out


@router.get("/entities", summary="Corpus entities (one per actor), most documents first")
def entities(request: Request,
             type: Optional[str] = Query(None, pattern=LABEL),  # noqa: A002 - the export field's name
             q: Optional[str] = Query(None, max_length=100, description="part of a name, Arabic or Latin"),
             country: Optional[str] = Query(None, pattern=COUNTRY, description="the actor's country (ISO 3166 alpha-2)"),
             sector: Optional[str] = Query(None, max_length=80, description="the actor's sector (government, media …)"),
             limit: int = Query(50, ge=1, le=200),
             offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> dict:
    store = _store(request)
    index = entities_index(request, store)
    recs = index["records"]
    if type:
        recs = [r for r in recs if r["type"] == type]
    if country or sector:
        recs = [r for r in recs if _matches(r, country, sector)]
    if q and q.strip():
        nq, lq = normalize(q.strip()), q.strip().lower()
        recs = [r for r in recs if any(nq in normalize(v) for v in r["variants"])
                or lq in (r.get("latin") or "").lower()]
    types = Counter(r["type"] for r in entities_index(request, store)["records"])
    return {"total": len(recs), "offset": offset, "limit": limit, "types": dict(types.most_common()),
            "facets": index["facets"],
            "entities": [dict(_brief(r), variants=r["variants"][:8]) for r in recs[offset:offset + limit]]}


@router.get("/entities/{entity_id}", responses=NOT_FOUND, summary="One actor: variants, mentions over time, what it said and did, company")
def entity(request: Request, entity_id: str = Path(..., pattern=ENTITY_ID)) -> dict:
    store = _store(request)
    ent = entities_index(request, store)
    r = _record_or_404(request, store, entity_id)
    marks, ids = _ids_sql(r)
    out = dict(_brief(r), variants=r["variants"], ids=r.get("ids") or [r["entity_id"]], alias=r.get("alias"))
    out["redirected_from"] = entity_id if entity_id != r["entity_id"] else None

    per_day = _q(
        store,
        f"SELECT substr(d.published, 1, 10), count(*), count(DISTINCT f.doc_id) FROM facts f"
        f" JOIN documents d ON d.id = f.doc_id WHERE f.kind = 'entities' AND f.entity_id IN ({marks})"
        f" AND d.published IS NOT NULL GROUP BY substr(d.published, 1, 10) ORDER BY 1", ids)
    gran = _granularity([p for p, _, _ in per_day if p])
    agg: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p, n, nd in per_day:
        if not _iso(p):
            continue
        k = p[:_PLEN[gran]]
        agg[k][0] += n
        agg[k][1] += nd
    # the documents the chart cannot place (no publication date) are counted, so the page can say so
    dated_docs = sum(nd for p, _, nd in per_day if _iso(p))
    keys = (_periods(min(agg), max(agg), gran) or sorted(agg)) if agg else []
    out["over_time"] = {"granularity": gran, "undated_documents": max(0, len(r["documents"]) - dated_docs),
                        "buckets": [{"period": k, "mentions": agg[k][0] if k in agg else 0,
                                     "documents": agg[k][1] if k in agg else 0} for k in keys]}

    # undated last, as SQLite sorts NULL in DESC order (PostgreSQL would put them first)
    docs = _q(
        store,
        f"SELECT d.id, d.title, d.outlet, d.published, count(*) FROM facts f JOIN documents d ON d.id = f.doc_id"
        f" WHERE f.kind = 'entities' AND f.entity_id IN ({marks}) GROUP BY d.id, d.title, d.outlet, d.published"
        f" ORDER BY d.published IS NULL, d.published DESC, d.id DESC LIMIT 100", ids)
    out["documents_list"] = [{"id": i, "title": t, "outlet": o, "published": p, "mentions": n}
                             for i, t, o, p, n in docs]

    cooc = _q(
        store,
        f"WITH mine AS (SELECT DISTINCT doc_id FROM facts WHERE kind = 'entities' AND entity_id IN ({marks}))"
        f" SELECT f.entity_id, count(DISTINCT f.doc_id) FROM facts f JOIN mine ON mine.doc_id = f.doc_id"
        f" WHERE f.kind = 'entities' AND f.entity_id IS NOT NULL GROUP BY f.entity_id"
        f" ORDER BY 2 DESC, 1 LIMIT 200", ids)
    together: Counter = Counter()
    for eid, n in cooc:
        o = ent["by_id"].get(eid)
        if o is not None and o is not r:
            together[o["entity_id"]] = max(together[o["entity_id"]], n)
    out["cooccurring"] = [dict(_brief(ent["by_id"][e]), together=n) for e, n in together.most_common(25)]

    acts = [a for a in acts_index(request, store) if _touches(a, ent, r)]
    said = [dict(a) for a in acts if a["kind"] == "quote"][:100]
    did, done_to = [], []
    idset = set(out["ids"])
    for a in acts:
        if a["kind"] != "event":
            continue
        src = a.get("source_entity_id") in idset or _canon(ent, a.get("source_entity_id"), a.get("source")) is r
        (did if src else done_to).append(dict(a))
    did, done_to = did[:100], done_to[:100]
    _evidence(store, said + did + done_to)
    out["quotes"], out["events_as_source"], out["events_as_target"] = said, did, done_to
    return out


@router.get("/timeline", responses=NOT_FOUND, summary="Events and dated statements across the corpus, bucketed, zoomable by date range")
def timeline(request: Request,
             date_from: Optional[str] = Query(None, pattern=DATE),
             date_to: Optional[str] = Query(None, pattern=DATE),
             entity: Optional[str] = Query(None, pattern=ENTITY_ID),
             kind: str = Query("all", pattern=r"^(all|event|quote)$"),
             event_type: Optional[str] = Query(None, pattern=LABEL),
             full: bool = Query(False, description="every dated item, not only the densest 90% when the tails stretch the range"),
             limit: int = Query(200, ge=1, le=500),
             offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> dict:
    store = _store(request)
    ent = entities_index(request, store)
    rec = _record_or_404(request, store, entity) if entity else None
    rows = []
    for a in acts_index(request, store):
        if kind != "all" and a["kind"] != kind:
            continue
        if event_type and (a["kind"] != "event" or a.get("type") != event_type):
            continue
        if not _in_range(a["date"], date_from, date_to):
            continue
        if rec is not None and not _touches(a, ent, rec):
            continue
        rows.append(a)
    dated = [a for a in rows if _plottable(a["date"])]
    lo, hi = _window([a["date"] for a in dated]) if not (date_from or date_to or full) else (None, None)
    shown = [a for a in dated if _in_range(a["date"], lo, hi)] if lo else dated
    gran = _granularity([a["date"] for a in shown])
    plen = _PLEN[gran]
    buckets: dict[str, Counter] = defaultdict(Counter)
    coarse = 0  # dated less precisely than the chart's periods (a year on a chart of days): listed, not charted
    for a in shown:
        if len(a["date"]) >= plen:
            buckets[a["date"][:plen]][a["kind"]] += 1
        else:
            coarse += 1
    rows.sort(key=lambda a: (a["date"] if _plottable(a["date"]) else "9999", a["document"], a["start"]))
    if lo:  # the list follows the chart: what it shows, then the undated; the tails on demand (full)
        rows = [a for a in rows if not _plottable(a["date"]) or _in_range(a["date"], lo, hi)]
    items = [dict(a) for a in rows[offset:offset + limit]]
    _evidence(store, items)
    return {"granularity": gran, "total": len(rows) + len(dated) - len(shown),
            "undated": len(rows) - len(shown), "listed": len(rows), "offset": offset,
            "outside": len(dated) - len(shown), "coarse": coarse, "range": [lo, hi] if lo else None,
            "limit": limit, "entity": _brief(rec) if rec else None,
            "buckets": [{"period": k, "events": buckets[k]["event"], "quotes": buckets[k]["quote"]} for k in
                        (_periods(min(buckets), max(buckets), gran) or sorted(buckets) if buckets else [])],
            "items": items}


_BRACKETS = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*")
_PLURAL = re.compile(r"(?<=\w{3})(?:ون|ين)$")


def _name_key(name: str) -> str:
    """The key of an actor named by a phrase rather than an entity: normalised, without a gloss in
    brackets, the sound-plural case endings folded (مسؤولون أمريكيون = مسؤولين أمريكيين)."""
    words = normalize(_BRACKETS.sub(" ", name)).split()
    return " ".join(_PLURAL.sub("ين", w) for w in words)


def _node_key(ent: dict, eid: Optional[str], name: Optional[str], nodes: dict, kind_hint: str = "") -> Optional[str]:
    """The graph node of an actor: its corpus entity when it has one (by id, by its name, or by the name
    without a bracketed gloss: جوش روجين (واشنطن بوست) is جوش روجين), else its folded name."""
    r = _canon(ent, eid, name)
    if r is None and name and _BRACKETS.search(name):
        r = _canon(ent, None, _BRACKETS.sub(" ", name).strip())
    if r is not None:
        k = r["entity_id"]
        if k not in nodes:
            nodes[k] = {"id": k, "label": r["name"], "latin": r.get("latin"), "type": r["type"], "entity": True,
                        "actor": r.get("_actor"), "_labels": None}
        return k
    if not name or not name.strip():
        return None
    key = _name_key(name)
    if not key:
        return None
    k = "~" + key
    if k not in nodes:
        nodes[k] = {"id": k, "label": name.strip(), "latin": None, "type": kind_hint or "ACTOR", "entity": False,
                    "actor": None, "_labels": Counter()}
    nodes[k]["_labels"][_BRACKETS.sub(" ", name).strip() or name.strip()] += 1
    return k


def _build_graph(request: Request, store, kind: str, event_type: Optional[str]) -> tuple[dict, dict]:
    """Every node and every aggregated edge of the whole corpus for one kind / event type (cached)."""
    def build(st) -> tuple[dict, dict]:
        ent = entities_index(request, st)
        nodes: dict[str, dict] = {}
        edges: dict[tuple, dict] = {}

        def add(a: str, b: str, k: str, label: str, act: dict) -> None:
            if a == b:
                return
            e = edges.get((a, b, k))
            if e is None:
                e = edges[(a, b, k)] = {"source": a, "target": b, "kind": k, "weight": 0, "labels": Counter(),
                                        "examples": [], "acts": []}
            e["weight"] += 1
            e["labels"][label] += 1
            e["acts"].append(act)
            if len(e["examples"]) < 3:
                e["examples"].append({"document": act["document"], "start": act["start"], "end": act["end"]})

        for a in acts_index(request, st):
            if a["kind"] == "event" and kind in ("all", "acts"):
                if event_type and a.get("type") != event_type:
                    continue
                s = _node_key(ent, a.get("source_entity_id"), a.get("source"), nodes)
                t = _node_key(ent, a.get("target_entity_id"), a.get("target"), nodes)
                if s and t:
                    add(s, t, "acts", a.get("type") or "?", a)
            elif a["kind"] == "quote" and kind in ("all", "quotes") and not event_type:
                # the attribution chain, outlet first: outlet → intermediary … → speaker
                chain = [(None, a.get("outlet"), "OUTLET")] + [(None, v, "") for v in a.get("via") or []]
                chain.append((a.get("speaker_entity_id"), a.get("speaker"), "ANON" if a.get("anonymous") else ""))
                keys = []
                for eid, name, hint in chain:
                    k = _node_key(ent, eid, name, nodes, hint)
                    if k and (not keys or keys[-1] != k):
                        keys.append(k)
                for x, y in zip(keys, keys[1:]):
                    add(x, y, "quotes", "quotes", a)
        for n in nodes.values():  # a phrase node is labelled by its most frequent spelling
            if n["_labels"]:
                n["label"] = n["_labels"].most_common(1)[0][0]
        return nodes, edges

    return _cache(request).get(f"graph:{kind}:{event_type or ''}", store, build)


@router.get("/network", responses=NOT_FOUND, summary="Who acts on whom (events) and who quotes whom (attribution chains)")
def network(request: Request,
            entity: Optional[str] = Query(None, pattern=ENTITY_ID, description="only edges touching this entity"),
            node: Optional[str] = Query(None, max_length=300, description="only edges touching this node id (a node's neighbours)"),
            kind: str = Query("all", pattern=r"^(all|acts|quotes)$"),
            event_type: Optional[str] = Query(None, pattern=LABEL),
            country: Optional[str] = Query(None, pattern=COUNTRY, description="only edges with an actor of this country"),
            sector: Optional[str] = Query(None, max_length=80, description="only edges with an actor of this sector"),
            min_weight: int = Query(1, ge=1, le=1000),
            top: int = Query(40, ge=1, le=500, description="the most connected nodes kept (by summed edge weight)"),
            limit: int = Query(150, ge=1, le=500)) -> dict:
    store = _store(request)
    ent = entities_index(request, store)
    rec = _record_or_404(request, store, entity) if entity else None
    nodes, edges = _build_graph(request, store, kind, event_type)
    focus = {rec["entity_id"]} if rec is not None else ({node} if node else set())
    pool = []
    for e in edges.values():
        if e["weight"] < min_weight:
            continue
        if focus and not (e["source"] in focus or e["target"] in focus):
            if rec is None or not any(_touches(a, ent, rec) for a in e["acts"]):
                continue
        if (country or sector) and not any(nodes[x]["entity"] and _matches({"_actor": nodes[x]["actor"]}, country, sector)
                                           for x in (e["source"], e["target"])):
            continue
        pool.append(e)
    # the top nodes by summed weight, then the heaviest edges among them: a readable graph, not a hairball
    degree: Counter = Counter()
    for e in pool:
        degree[e["source"]] += e["weight"]
        degree[e["target"]] += e["weight"]
    keep_nodes = {k for k, _ in degree.most_common(top)} | (focus & set(degree))
    kept = sorted((e for e in pool if e["source"] in keep_nodes and e["target"] in keep_nodes),
                  key=lambda e: (-e["weight"], e["source"], e["target"], e["kind"]))[:limit]
    used: Counter = Counter()
    for e in kept:
        used[e["source"]] += e["weight"]
        used[e["target"]] += e["weight"]
    out_edges = [{k: (dict(v.most_common()) if k == "labels" else v) for k, v in e.items() if k != "acts"}
                 for e in kept]
    facets = {"countries": Counter(), "sectors": Counter()}
    for k in degree:
        a = nodes[k].get("actor") or {}
        if a.get("country"):
            facets["countries"][a["country"]] += 1
        if a.get("sector"):
            facets["sectors"][a["sector"]] += 1
    return {"entity": _brief(rec) if rec else None, "node": node if node in nodes else None,
            "total_edges": len(edges), "matching_edges": len(pool), "total_nodes": len(degree),
            "facets": {k: dict(v.most_common()) for k, v in facets.items()},
            "nodes": [dict({k: v for k, v in nodes[k].items() if k != "_labels"}, weight=n)
                      for k, n in sorted(used.items(), key=lambda kv: (-kv[1], kv[0]))],
            "edges": out_edges}


# ------------------------------------------------------------------------------- sources
_WORD = re.compile(r"[\u0621-\u064A]{3,}")


def _framing(store, outlets: list[str], per_outlet: int = 300, chars: int = 4000, top: int = 15) -> dict:
    """Each outlet's most distinctive words against the others: weighted log-odds with an
    informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), on a recent sample per outlet.

    Words are compared in normalised form (hamza/alef/ya/ta marbuta folded) and shown in their most
    frequent spelling; the corpus's 150 most frequent words are left out as function words.
    """
    counts: dict[str, Counter] = {}
    surface: dict[str, Counter] = defaultdict(Counter)
    for o in outlets:
        c: Counter = Counter()
        # no "outlet IS ?": PostgreSQL cannot type a NULL parameter there; the NULL outlet is its own query
        where, params = ("outlet IS NULL", ()) if o is None else ("outlet = ?", (o,))
        for (text,) in _q(store, f"SELECT substr(text, 1, ?) FROM documents WHERE {where}"
                                 " ORDER BY published IS NULL, published DESC, id DESC LIMIT ?",
                          (chars, *params, per_outlet)):
            for w in _WORD.findall(text):
                k = normalize(w)
                c[k] += 1
                if len(surface[k]) < 4 or w in surface[k]:
                    surface[k][w] += 1
        counts[o] = c
    total: Counter = Counter()
    for c in counts.values():
        total.update(c)
    stop = {w for w, _ in total.most_common(150)}
    a0 = sum(total.values()) or 1
    out = {}
    for o, c in counts.items():
        n_i = sum(c.values())
        n_j = a0 - n_i
        scored = []
        for w, y_i in c.items():
            if w in stop or y_i < 3:
                continue
            aw = total[w] * 0.01 + 0.01  # prior: the corpus frequency, scaled
            a_all = a0 * 0.01 + 0.01 * len(total)
            y_j = total[w] - y_i
            d = (math.log((y_i + aw) / (n_i + a_all - y_i - aw))
                 - math.log((y_j + aw) / max(n_j + a_all - y_j - aw, 1e-9)))
            var = 1.0 / (y_i + aw) + 1.0 / (y_j + aw)
            scored.append((d / math.sqrt(var), w, y_i))
        scored.sort(reverse=True)
        out[o] = [{"word": surface[w].most_common(1)[0][0] if surface[w] else w, "count": n, "z": round(z, 2)}
                  for z, w, n in scored[:top] if z > 1.0]
    return out


def _build_sources(store) -> dict:
    rows = _q(store, "SELECT outlet, count(*), min(published), max(published) FROM documents"
                     " GROUP BY outlet ORDER BY count(*) DESC, outlet IS NULL, outlet")
    outlets = [{"outlet": o, "documents": n, "first": lo, "last": hi} for o, n, lo, hi in rows]
    names = [o["outlet"] for o in outlets]
    # rows in a fixed order (NULLs first, as SQLite sorts them), so ties come out the same over either store
    ent_rows = _q(
        store,
        "SELECT d.outlet, f.entity_id, count(DISTINCT f.doc_id) FROM facts f JOIN documents d ON d.id = f.doc_id"
        " WHERE f.kind = 'entities' AND f.entity_id IS NOT NULL GROUP BY d.outlet, f.entity_id"
        " ORDER BY d.outlet IS NOT NULL, d.outlet, f.entity_id")
    ev_rows = _q(
        store,
        "SELECT d.outlet, f.label, count(*) FROM facts f JOIN documents d ON d.id = f.doc_id"
        " WHERE f.kind = 'events' GROUP BY d.outlet, f.label"
        " ORDER BY d.outlet IS NOT NULL, d.outlet, f.label IS NOT NULL, f.label")
    anon = store.json_flag("f.data", "anonymous")
    q_rows = _q(
        store,
        f"SELECT d.outlet, f.label, f.entity_id, {anon}, count(*) FROM facts f"
        f" JOIN documents d ON d.id = f.doc_id WHERE f.kind = 'quotes' GROUP BY d.outlet, f.label, f.entity_id, {anon}"
        " ORDER BY d.outlet IS NOT NULL, d.outlet, f.label IS NOT NULL, f.label, f.entity_id IS NOT NULL, f.entity_id, 4")
    return {"outlets": outlets, "entity_rows": ent_rows, "event_rows": ev_rows, "quote_rows": q_rows,
            "framing": _framing(store, names[:20])}


@router.get("/sources", summary="Outlets side by side: entities, events, quoted speakers, framing vocabulary")
def sources(request: Request, limit: int = Query(12, ge=1, le=50),
            country: Optional[str] = Query(None, pattern=COUNTRY, description="only actors of this country"),
            sector: Optional[str] = Query(None, max_length=80, description="only actors of this sector")) -> dict:
    store = _store(request)
    ent = entities_index(request, store)
    s = _cache(request).get("sources", store, _build_sources)
    outlets = s["outlets"][:limit]
    wanted = {o["outlet"] for o in outlets}
    by_outlet_ent: dict[Any, Counter] = defaultdict(Counter)
    overall: Counter = Counter()
    for o, eid, n in s["entity_rows"]:
        r = ent["by_id"].get(eid)
        if r is None or not _matches(r, country, sector):
            continue
        by_outlet_ent[o][r["entity_id"]] += n  # merged ids: an upper bound, documents may repeat
        overall[r["entity_id"]] += n
    ev: dict[Any, Counter] = defaultdict(Counter)
    for o, label, n in s["event_rows"]:
        ev[o][label or "?"] += n
    quotes: dict[Any, dict] = defaultdict(lambda: {"quotes": 0, "anonymous": 0, "speakers": Counter()})
    for o, speaker, eid, anon, n in s["quote_rows"]:
        qq = quotes[o]
        qq["quotes"] += n
        if anon:
            qq["anonymous"] += n
        r = _canon(ent, eid, speaker)
        if (country or sector) and not _matches(r, country, sector):
            continue  # with a filter, only the speakers known to have the attributes
        key = (r["entity_id"], r["name"]) if r else (None, speaker or "?")
        qq["speakers"][key] += n
    out = []
    for o in outlets:
        name = o["outlet"]
        qq = quotes.get(name, {"quotes": 0, "anonymous": 0, "speakers": Counter()})
        out.append(dict(o,
                        entities=[dict(_brief(ent["by_id"][e]), in_outlet=n)
                                  for e, n in by_outlet_ent[name].most_common(12)],
                        event_types=dict(ev[name].most_common()),
                        quotes=qq["quotes"], anonymous=qq["anonymous"],
                        speakers=[{"entity_id": k[0], "name": k[1], "quotes": n}
                                  for k, n in qq["speakers"].most_common(8)],
                        vocabulary=s["framing"].get(name, [])))
    # the comparison grid: the corpus's most covered entities, document counts per outlet
    top = [e for e, _ in overall.most_common(15)]
    grid = [dict(_brief(ent["by_id"][e]), by_outlet={o["outlet"] or "?": by_outlet_ent[o["outlet"]].get(e, 0)
                                                     for o in outlets})
            for e in top]
    return {"outlets": out, "grid": grid, "outlet_names": [o["outlet"] for o in outlets if o["outlet"] in wanted],
            "filter": {"country": country, "sector": sector}, "facets": ent["facets"]}
