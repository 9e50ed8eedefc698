"""The store contract, one parametrised module over both backends (SQLite file and a real PostgreSQL
server): the backend chosen by the location, the same public methods, one transaction per document,
idempotent by content hash, Arabic-aware search, facts stored as given, read-only opening. What only one
backend has (FTS5 query building; PostgreSQL concurrency and parity with SQLite) is tested below or in
test_postgres.py."""
import sqlite3

import pytest

from marsad.document import Document, Entity, Quote, Time
from marsad.store import open_store
from marsad.store.common import fts_query, mark
from marsad.store.sqlite import StoreError

from conftest import seed_docs, seed_text
from pg_fixture import pg_db, postgres_url  # noqa: F401  (fixtures)


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db(request, tmp_path) -> str:
    """A store location no one has written to: a file path or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "t.db")
    return request.getfixturevalue("pg_db")


@pytest.fixture
def store(empty_db):
    s = open_store(empty_db)
    for d in seed_docs():
        s.add(d)
    yield s
    s.close()


def test_open_store_picks_the_backend_from_the_location(store, empty_db):
    from marsad.store.postgres import PostgresStore
    from marsad.store.sqlite import SQLiteStore

    want = PostgresStore if empty_db.startswith("postgresql://") else SQLiteStore
    assert type(store) is want


def test_both_backends_have_the_same_public_methods():
    from marsad.store.postgres import PostgresStore
    from marsad.store.sqlite import SQLiteStore

    def public(c):
        return {n for n in dir(c) if not n.startswith("_") and callable(getattr(c, n))}

    assert public(SQLiteStore) <= public(PostgresStore)


def test_readonly_store_refuses_writes_and_locations_that_are_no_store(empty_db, request, tmp_path):
    with open_store(empty_db) as s:
        s.add(Document(text=seed_text("001")))
    if empty_db.startswith("postgresql://"):
        from pg_fixture import create_database
        import psycopg

        nostore = create_database(request.getfixturevalue("postgres_url"), "empty_for_readonly")
        write_error = psycopg.errors.ReadOnlySqlTransaction
    else:
        nostore, write_error = str(tmp_path / "missing.db"), sqlite3.OperationalError
    with pytest.raises(StoreError):
        open_store(nostore, readonly=True)
    ro = open_store(empty_db, readonly=True)
    assert ro.count() == 1
    with pytest.raises(write_error):
        ro.add(Document(text="نص جديد"))
    ro.close()


def test_add_is_idempotent_by_content(store):
    assert store.count() == 5
    assert store.has(Document(text=seed_text("001")).hash)
    assert not store.has(Document(text="نص لم يخزن").hash)
    assert store.add(Document(text=seed_text("001"), source="copy")) is None
    assert store.count() == 5


def test_search_kadhimi_finds_seeds_002_and_003(store):
    res = store.search("الكاظمي", limit=10)
    assert {h["title"] for h in res["hits"]} == {"002", "003"}
    # the snippet highlights the matched word as written in the text, clitics and all
    snip = res["hits"][0]["snippet"]
    words = [snip["text"][a:b] for a, b in snip["highlights"]]
    assert words and all("الكاظمي" in w for w in words)


def test_search_folds_hamza_and_matches_across_clitics(store):
    a = store.search("القوات الأمريكية")
    b = store.search("القوات الامريكية")
    assert a["total"] == b["total"] >= 4
    # "والكاظمي" / "للكاظمي" style prefixes: the definite article and و are stripped for matching
    assert store.search("كاظمي")["total"] == 2


def test_search_filters_and_pagination(store):
    assert store.search("الكاظمي", outlet="outlet003")["total"] == 1
    page = store.search("العراق", limit=2, offset=0)
    assert len(page["hits"]) == 2 and page["total"] >= 4
    page2 = store.search("العراق", limit=2, offset=2)
    assert not {h["id"] for h in page["hits"]} & {h["id"] for h in page2["hits"]}


@pytest.mark.parametrize("q", ['"', "NEAR(", "a OR", "'; DROP TABLE documents; --", "*", "(الكاظمي", "^", "title:x",
                               "a & b | !c", "x:*", "'", "\\", "%s", "%(x)s"])
def test_search_never_passes_operators_through(store, q):
    store.search(q)  # no exception
    assert store.count() == 5


def test_date_filters_compare_iso_strings(empty_db):
    with open_store(empty_db) as s:
        for i, date in enumerate(["2024-08-01", "2024-08-22", "2024-09", None]):
            s.add(Document(text=f"خبر عن العراق رقم {i}", title=str(i), published=date))
        assert s.search("العراق", date_from="2024-08-10")["total"] == 2
        assert s.search("العراق", date_to="2024-08-22")["total"] == 2  # the whole day 22 is included
        assert s.search("العراق", date_from="2024-08", date_to="2024-08")["total"] == 2
        # no query: newest first, undated last
        assert [h["title"] for h in s.search("")["hits"]] == ["2", "1", "0", "3"]


def test_facts_round_trip(empty_db):
    s = open_store(empty_db)
    text = "استقبل الرئيس العراقي برهم صالح بريت مكغورك"
    doc = Document(text=text, entities=[Entity(22, 30, "برهم صالح", "PER", "E1")],
                   times=[Time(0, 6, "استقبل", None)],
                   quotes=[Quote(0, 10, "محتوى", speaker="برهم صالح", speaker_entity_id="E1", via=["أ", "ب"])])
    i = s.add(doc)
    back = s.get(i)
    assert back.entities[0].text == "برهم صالح" and back.text[22:30] == text[22:30]
    assert back.quotes[0].via == ["أ", "ب"] and back.quotes[0].speaker_entity_id == "E1"
    assert list(s.mention_rows()) == [("E1", "برهم صالح", "PER", i)]
    assert [f["document"] for f in s.facts("entities", entity_id="E1")] == [i]
    assert [f["speaker"] for f in s.facts("quotes", label="برهم صالح")] == ["برهم صالح"]
    assert list(s.facts("events")) == []
    assert s.get(i + 1000) is None
    st = s.stats()
    assert st["documents"] == 1 and st["entities"] == 1 and st["quotes"] == 1 and st["outlets"] == {"?": 1}
    s.close()


# --- SQLite only -------------------------------------------------------------------------------

def test_fts_query_quotes_every_term():
    assert fts_query('الكاظمي OR "بريت مكغورك"') == '"كاظم" AND "or" AND "بري مكغور"'


def test_mark_highlights():
    snip = {"text": "قال الكاظمي اليوم", "highlights": [(4, 11)]}
    assert mark(snip) == "قال [الكاظمي] اليوم"


def _count_elsewhere(location: str) -> int:
    """Documents another connection sees: what is committed."""
    with open_store(location, readonly=True) as other:
        return other.count()


def test_batch_writes_several_documents_per_transaction_each_whole(empty_db):
    """Inside ``batch`` nothing is visible to other connections until the batch commits; a document
    that fails half-way (its row is written, then one of its facts cannot be encoded) is rolled
    back alone, and the documents before and after it are kept, facts and search included."""
    docs = seed_docs()
    broken = Document(text=seed_text("004") + " نسخة أخرى", source="broken")
    broken.entities = [Entity(0, 4, {"not", "json"}, "PER")]  # a set: json.dumps raises after the INSERT
    with open_store(empty_db) as s:
        with s.batch(size=100, seconds=3600):
            assert s.add(docs[0]) is not None
            with pytest.raises(TypeError):
                s.add(broken)
            assert s.add(docs[2]) is not None
            assert s.count() == 2  # this connection sees its own batch
            assert _count_elsewhere(empty_db) == 0  # not committed yet
        assert _count_elsewhere(empty_db) == 2
        assert not s.has(broken.hash)
        ids = [h["id"] for h in s.search("الكاظمي")["hits"]]
        assert ids == [docs[2].id]  # seed 002 (seed 003 was not added)
        with pytest.raises(TypeError):  # outside a batch: the same document, its own transaction
            s.add(broken)
        assert s.count() == 2


def test_batch_commits_every_size_documents_and_keeps_them_on_an_error(empty_db):
    docs = seed_docs()
    with open_store(empty_db) as s:
        with pytest.raises(RuntimeError):
            with s.batch(size=2, seconds=3600):
                for d in docs[:3]:
                    s.add(d)
                assert _count_elsewhere(empty_db) == 2  # the first two committed; the third is open
                raise RuntimeError("interrupted")  # like Ctrl-C: what was added is kept
        assert _count_elsewhere(empty_db) == 3
        with s.batch(size=100, seconds=0):  # seconds=0: each add commits
            s.add(docs[3])
            assert _count_elsewhere(empty_db) == 4


def test_fact_rows_json_is_what_asdict_gives():
    """``fact_rows`` serialises facts without ``dataclasses.asdict`` (its deep copy was most of the
    writer's time); the JSON must be the same, for every kind of fact of analysed seeds."""
    import dataclasses
    import json

    import marsad
    from marsad.document import FACT_KINDS
    from marsad.store.common import fact_rows

    kinds = set()
    for text in (seed_text(p) for p in ("000", "001", "002", "003", "004")):
        doc = marsad.analyze(text)
        facts = [f for kind in FACT_KINDS for f in getattr(doc, kind)]
        kinds |= {type(f).__name__ for f in facts}
        assert [r[-1] for r in fact_rows(doc)] == [json.dumps(dataclasses.asdict(f), ensure_ascii=False) for f in facts]
    assert {"Entity", "Time", "Quantity", "Quote", "Event"} <= kinds
