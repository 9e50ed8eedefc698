"""The web page and every ``/api/`` route over PostgreSQL give what they give over SQLite.

One store of the five seed articles, analysed by the real pipeline (``marsad.runner.analyze_paths``)
plus the hostile document of ``test_web_api`` (an anonymous quote, markup everywhere), is built in
SQLite and copied into a real PostgreSQL server; then the same requests go to an app over each
store and the JSON must be equal. Document ids are mapped to the document's ``source`` first (the
two stores number rows independently); search scores are left out (BM25 in SQLite, ts_rank in
PostgreSQL: the same documents match, the numbers differ), and so is the order of search hits.
"""
from __future__ import annotations

import os

import pytest
from fastapi.testclient import TestClient

from conftest import SEEDS
from marsad.store import open_store
from pg_fixture import create_database, postgres_url  # noqa: F401  (fixtures)

psycopg = pytest.importorskip("psycopg", reason="psycopg not installed: pip install -e '.[scale]'")

KADHIMI = "مصطفى الكاظمي"


@pytest.fixture(scope="module")
def stores(tmp_path_factory, postgres_url) -> dict:  # noqa: F811
    from marsad.runner import analyze_paths
    from test_web_api import hostile_document

    path = str(tmp_path_factory.mktemp("webpg") / "seeds.db")
    with open_store(path) as s:
        summary = analyze_paths([str(SEEDS)], s, progress=False)
        assert summary.added == 5 and not summary.failed, summary
        s.add(hostile_document())
        docs = list(s.documents())
    url = create_database(postgres_url, f"web{os.getpid()}")
    with open_store(url) as pg:
        for d in docs:
            d.id = None
            assert pg.add(d) is not None
    return {"sqlite": path, "postgres": url}


@pytest.fixture(scope="module")
def clients(stores):
    from marsad.web.app import create_app

    with TestClient(create_app(stores["sqlite"])) as lite, TestClient(create_app(stores["postgres"])) as pg:
        yield {"sqlite": lite, "postgres": pg}


def _sources(client) -> dict[int, str]:
    """Document id → source, from the API itself (an empty search lists every document)."""
    hits = client.get("/api/search", params={"q": "", "limit": 100}).json()["hits"]
    return {h["id"]: h["source"] for h in hits}


@pytest.fixture(scope="module")
def id_maps(clients) -> dict:
    maps = {k: _sources(c) for k, c in clients.items()}
    assert sorted(maps["sqlite"].values()) == sorted(maps["postgres"].values())
    assert len(maps["sqlite"]) == 6
    return maps


def _canon(value, ids: dict[int, str], key: str = ""):
    """The payload with document ids replaced by sources and search scores dropped."""
    if isinstance(value, dict):
        return {k: _canon(v, ids, k) for k, v in value.items() if k != "score"}
    if isinstance(value, list):
        return [_canon(v, ids, key) for v in value]
    if key in ("id", "document") and isinstance(value, int) and not isinstance(value, bool):
        return ids.get(value, value)
    return value


def both(clients, id_maps, path: str, params=None, sort_hits: bool = False):
    """GET ``path`` over both stores; returns the SQLite payload after asserting they are equal."""
    out = {}
    for name, client in clients.items():
        r = client.get(path, params=params)
        assert r.status_code == 200, (name, path, params, r.text[:500])
        body = _canon(r.json(), id_maps[name])
        if sort_hits:
            body["hits"] = sorted(body["hits"], key=lambda h: h["source"])
        out[name] = body
    assert out["postgres"] == out["sqlite"], (path, params)
    return out["sqlite"]


def _doc_id(id_maps, store: str, source_part: str) -> int:
    return next(i for i, s in id_maps[store].items() if source_part in s)


def test_both_stores_are_what_they_claim(clients):
    from marsad.store.postgres import PostgresStore
    from marsad.store.sqlite import SQLiteStore

    assert isinstance(clients["sqlite"].app.state.stores.get(), SQLiteStore)
    pg = clients["postgres"].app.state.stores.get()
    assert isinstance(pg, PostgresStore) and pg.readonly
    with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):  # the web app's store cannot write
        pg.query("DELETE FROM facts")


def test_stats(clients, id_maps):
    s = both(clients, id_maps, "/api/stats")
    assert s["documents"] == 6 and s["entities"] > 100 and s["quotes"] > 10 and s["events"] > 10
    assert s["quotes_anonymous"] >= 1 and s["entity_types"]["PER"] > 10 and s["months"]
    assert s["date_range"][0] and s["date_range"][0] <= s["date_range"][1]


def test_search(clients, id_maps):
    r = both(clients, id_maps, "/api/search", {"q": "الكاظمي"}, sort_hits=True)
    assert r["total"] == 2 and all("الكاظمي" in h["snippet"]["text"] for h in r["hits"])
    assert both(clients, id_maps, "/api/search", {"q": "القوات الامريكية"}, sort_hits=True)["total"] >= 4
    assert both(clients, id_maps, "/api/search", {"q": "\"القوات الأمريكية\" واشنطن"}, sort_hits=True)["total"]
    everything = both(clients, id_maps, "/api/search", {"q": "", "limit": 3, "offset": 2})  # order too
    assert everything["total"] == 6 and len(everything["hits"]) == 3
    assert both(clients, id_maps, "/api/search", {"q": "", "outlet": "البناء"})["total"] == 1
    assert both(clients, id_maps, "/api/search", {"q": "العراق", "date_from": "2021", "date_to": "2024-08"},
                sort_hits=True)["total"]
    # no document has all four words: both stores fall back to any of them ("لا")
    assert both(clients, id_maps, "/api/search", {"q": "لا توجد كلمة كهذه"}, sort_hits=True)["total"] == 4
    assert both(clients, id_maps, "/api/search", {"q": "زقزقة"})["total"] == 0


def _entity(clients, id_maps, name: str) -> dict:
    recs = both(clients, id_maps, "/api/entities", {"q": name, "limit": 200})["entities"]
    return next(r for r in recs if r["name"] == name)


def test_entities_list(clients, id_maps):
    full = both(clients, id_maps, "/api/entities", {"limit": 200})
    assert full["total"] > 20 and full["types"]
    for params in ({"type": "PER"}, {"type": "LOC", "limit": 5, "offset": 3}, {"q": "الكاظمي"}, {"q": "iraq"}):
        both(clients, id_maps, "/api/entities", params)


def test_every_entity_page(clients, id_maps):
    kadhimi = _entity(clients, id_maps, KADHIMI)
    page = both(clients, id_maps, f"/api/entities/{kadhimi['entity_id']}")
    assert len(page["documents_list"]) == 2 and page["over_time"]["buckets"] is not None
    assert page["cooccurring"] and page["over_time"]["granularity"]
    pages = [both(clients, id_maps, f"/api/entities/{r['entity_id']}")
             for r in both(clients, id_maps, "/api/entities", {"limit": 200})["entities"]]
    acts = [a for p in pages for a in p["quotes"] + p["events_as_source"] + p["events_as_target"]]
    assert acts and all("evidence" in a for a in acts)
    assert any(p["over_time"]["buckets"] for p in pages)
    for client in clients.values():
        assert client.get("/api/entities/Enosuchentity").status_code == 404


def test_documents(clients, id_maps):
    for source in id_maps["sqlite"].values():
        payloads = []
        for name, client in clients.items():
            doc_id = next(i for i, s in id_maps[name].items() if s == source)
            r = client.get(f"/api/documents/{doc_id}")
            assert r.status_code == 200, r.text[:300]
            payloads.append(_canon(r.json(), id_maps[name]))
        assert payloads[0] == payloads[1], source
        assert payloads[0]["entities"] and payloads[0]["sentences"]
    for client in clients.values():
        assert client.get("/api/documents/999999").status_code == 404


def test_timeline(clients, id_maps):
    kadhimi = _entity(clients, id_maps, KADHIMI)["entity_id"]
    t = both(clients, id_maps, "/api/timeline")
    assert t["total"] > 50 and t["items"] and t["buckets"] and "evidence" in t["items"][0]
    for params in ({"kind": "event"}, {"kind": "quote", "limit": 10, "offset": 5}, {"entity": kadhimi},
                   {"date_from": "2024-08", "date_to": "2024-08-31"}, {"event_type": t["items"][0].get("type") or "CONSULT"}):
        both(clients, id_maps, "/api/timeline", params)


def test_network(clients, id_maps):
    kadhimi = _entity(clients, id_maps, KADHIMI)["entity_id"]
    n = both(clients, id_maps, "/api/network")
    assert n["edges"] and n["nodes"]
    for params in ({"kind": "acts"}, {"kind": "quotes"}, {"entity": kadhimi}, {"min_weight": 2}):
        both(clients, id_maps, "/api/network", params)


def test_sources(clients, id_maps):
    s = both(clients, id_maps, "/api/sources")
    names = [o["outlet"] for o in s["outlets"]]
    assert len(names) == 6 and None in names and "البناء" in names  # one seed has no outlet
    assert any(o["vocabulary"] for o in s["outlets"]) and s["grid"]
    assert sum(o["anonymous"] for o in s["outlets"]) >= 1
    both(clients, id_maps, "/api/sources", {"limit": 2})


def test_page_and_openapi(clients):
    pages = [(c.get("/").text, c.get("/api/openapi.json").json()) for c in clients.values()]
    assert pages[0] == pages[1] and "<html" in pages[0][0].lower()


def test_query_placeholders_and_literals(stores):
    """``query`` takes the same text over both stores: ``?`` parameters, ``%`` and ``?`` in literals."""
    sql = "SELECT count(*), min('a?%') FROM documents WHERE title LIKE ? AND (outlet = ? OR outlet IS NULL)"
    rows = []
    for url in stores.values():
        with open_store(url, readonly=True) as s:
            rows.append(s.query(sql, ("%", "البناء")))
    assert rows[0] == rows[1] == [(2, "a?%")]
