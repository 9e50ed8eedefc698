"""The PostgreSQL store against a real server, beyond the contract both stores share (test_store.py):
search parity with SQLite, exports, many concurrent writers storing every text exactly once, a clear
error for an unreachable server, the command line."""
import json
import threading

import pytest

from marsad.document import Document, Entity
from marsad.export import export
from marsad.store import open_store
from marsad.store.sqlite import StoreError

from conftest import seed_docs
from pg_fixture import pg_db, postgres_url  # noqa: F401  (fixtures)

psycopg = pytest.importorskip("psycopg", reason="psycopg not installed: pip install -e '.[scale]'")

@pytest.fixture
def store(pg_db):
    s = open_store(pg_db)
    for d in seed_docs():
        s.add(d)
    yield s
    s.close()


@pytest.fixture
def sqlite_store(tmp_path):
    s = open_store(str(tmp_path / "t.db"))
    for d in seed_docs():
        s.add(d)
    yield s
    s.close()


@pytest.mark.parametrize("q", ["الكاظمي", "كاظمي", "القوات الأمريكية", "العراق", '"بريت مكغورك"', "«القوات الأمريكية»",
                               "مكغورك واشنطن", "xyzzy", "", "3.5", "الكاظمي xyzzy"])
def test_search_finds_what_sqlite_finds(store, sqlite_store, q):
    """Same normalisation, same matching: the same documents for the same query (ranks may differ)."""
    pg, lite = store.search(q, limit=50), sqlite_store.search(q, limit=50)
    assert pg["total"] == lite["total"]
    assert {h["title"] for h in pg["hits"]} == {h["title"] for h in lite["hits"]}
    # snippets are computed from the text alone, so they agree too
    by_title = {h["title"]: h["snippet"] for h in lite["hits"]}
    for h in pg["hits"]:
        assert h["snippet"] == by_title[h["title"]]


def test_export_equals_sqlite_export(pg_db, tmp_path):
    """Same rows in, same export out: the store is invisible to the exports."""
    import io

    docs = seed_docs()
    docs[0].entities = [Entity(0, 4, docs[0].text[0:4], "LOC", "E7")]
    docs[0].published, docs[0].author, docs[0].url = "2024-08-22", "كاتب", "https://example.org/a"
    outs = []
    for db in (str(tmp_path / "e.db"), pg_db):
        with open_store(db) as s:
            for d in docs:
                s.add(Document.from_dict({**d.to_dict(), "url": d.url}))
            buf = io.StringIO()
            export(s, "jsonl", buf)
            outs.append([json.loads(line) for line in buf.getvalue().splitlines()])
            got = s.get(1)
            assert got.url == "https://example.org/a" and got.published == "2024-08-22"
    assert outs[0] == outs[1]


def test_many_concurrent_writers_store_each_text_once(pg_db):
    """Eight writers (own connections) add the same 40 texts at once: 40 rows, each added once."""
    texts = [f"نص تجريبي رقم {i} عن العراق والقوات الأمريكية" for i in range(40)]
    added, errors = [], []

    def worker(k):
        try:
            with open_store(pg_db) as s:  # every writer also races on creating the schema
                for t in (texts if k % 2 else reversed(texts)):
                    if s.add(Document(text=t, source=f"w{k}")) is not None:
                        added.append(t)
        except Exception as e:  # surfaced below
            errors.append(e)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(added) == sorted(texts)
    with open_store(pg_db, readonly=True) as s:
        assert s.count() == 40
        assert s.search("العراق")["total"] == 40


def test_unreachable_server_is_a_clear_store_error():
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL") as e:
        open_store("postgresql://marsad:secret@127.0.0.1:1/nope")
    assert "secret" not in str(e.value)


def test_cli_over_postgres(pg_db, seeds_dir):
    """The real command line: analyze into PostgreSQL, then search and export from it."""
    from conftest import run_cli

    r = run_cli("analyze", seeds_dir, "--db", pg_db, "--quiet")
    assert r.returncode == 0, r.stderr
    assert "added 5" in r.stdout
    r = run_cli("search", "الكاظمي", "--db", pg_db, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["total"] == 2
    r = run_cli("export", "--db", pg_db)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 5
