"""``--engine ray`` gives the same store as the local engine: a real local Ray and a real PostgreSQL.

Equality is of the exports, modulo document ids (Ray finishes documents in any order, so ids and
row order may differ): every document with all its facts, and the corpus entities with their
documents named by content instead of by id.
"""
import gzip
import io
import itertools
import json
import os

import pytest

from marsad.export import corpus_entities, export
from marsad.runner import analyze_paths
from marsad.store import open_store

from conftest import DATA, run_cli
from pg_fixture import pg_db, postgres_url  # noqa: F401  (fixtures)

ray = pytest.importorskip("ray", reason="ray not installed: pip install -e '.[scale]'")
pytest.importorskip("psycopg", reason="psycopg not installed: pip install -e '.[scale]'")

from marsad.scale.ray_runner import analyze_paths_ray  # noqa: E402

WORKERS = 2


@pytest.fixture(scope="module")
def ray_local():
    """One local Ray for the module (analyze_paths_ray reuses it and leaves it running), so the
    tests pay Ray's start-up once; shut down at the end."""
    if ray.is_initialized():
        yield
        return
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(num_cpus=WORKERS, include_dashboard=False, log_to_driver=False, logging_level="ERROR",
             object_store_memory=512 * 1024 * 1024)
    yield
    ray.shutdown()


def canonical(db: str) -> tuple[list, list]:
    """(documents, entities) exported from a store, ids replaced by content, sorted."""
    with open_store(db, readonly=True) as s:
        buf = io.StringIO()
        export(s, "jsonl", buf)
        docs = [json.loads(line) for line in buf.getvalue().splitlines()]
        key_of = {d["id"]: (d["source"], d["text"]) for d in docs}
        for d in docs:
            del d["id"]
        ents = corpus_entities(s)
    for e in ents:
        e["documents"] = sorted(key_of[i] for i in e["documents"])
    docs.sort(key=lambda d: (d["source"] or "", d["text"]))
    ents.sort(key=lambda e: e["entity_id"])
    return docs, ents


# marsad.corpus.resolve.summarize breaks ties in an entity's display name and variant list by the
# order of the mention rows, i.e. by document id; ids follow completion order under Ray, so those
# two fields (and latin, read from the name) are compared only where the document order is the same.
CORE = ("entity_id", "type", "documents", "mentions")


def core(ents: list) -> list:
    return [{k: e[k] for k in CORE} for e in ents]


def failures(summary) -> list:
    return sorted((f.path, f.reason) for f in summary.failed)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seeds_dir):
    """The seeds, a repeated seed (skipped) and two inputs that must be reported, not fatal."""
    d = tmp_path_factory.mktemp("corpus")
    for p in sorted(seeds_dir.glob("*.txt")):
        (d / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    first = sorted(seeds_dir.glob("*.txt"))[0]
    (d / "zz_copy_of_first.txt").write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    (d / "english.txt").write_text("This is an English paragraph about the weather in London today. " * 5,
                                   encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def local_result(corpus, tmp_path_factory):
    db = str(tmp_path_factory.mktemp("local") / "local.db")
    with open_store(db) as s:
        summary = analyze_paths([str(corpus)], s, progress=False)
    return db, summary


def test_ray_postgres_equals_local_sqlite_on_seeds(ray_local, corpus, local_result, pg_db):
    local_db, local = local_result
    assert local.added == 5 and local.skipped == 1 and len(local.failed) == 2
    summary = analyze_paths_ray([str(corpus)], pg_db, workers=WORKERS, progress=False)
    assert (summary.added, summary.skipped) == (local.added, local.skipped)
    assert failures(summary) == failures(local)  # reported the same way, and the job went on
    assert summary.workers and all(mb > 0 for mb in summary.workers.values())
    docs_local, ents_local = canonical(local_db)
    docs_ray, ents_ray = canonical(pg_db)
    assert docs_ray == docs_local
    assert core(ents_ray) == core(ents_local)
    assert any(d["entities"] for d in docs_ray)  # the pipeline really ran on the workers
    # a re-run finds everything stored and starts no job
    again = analyze_paths_ray([str(corpus)], pg_db, workers=WORKERS, progress=False)
    assert (again.added, again.skipped, len(again.failed)) == (0, 6, 2)
    with open_store(pg_db, readonly=True) as s:
        assert s.search("الكاظمي")["total"] == 2


def test_ray_sqlite_equals_local_sqlite_on_seeds(ray_local, corpus, local_result, tmp_path):
    """Into SQLite the driver writes what the workers return: same store again."""
    local_db, local = local_result
    db = str(tmp_path / "ray.db")
    summary = analyze_paths_ray([str(corpus)], db, workers=WORKERS, progress=False)
    assert (summary.added, summary.skipped, failures(summary)) == (local.added, local.skipped, failures(local))
    docs, ents = canonical(db)
    docs_local, ents_local = canonical(local_db)
    assert docs == docs_local and core(ents) == core(ents_local)


def test_cli_engine_ray_into_postgres(seeds_dir, pg_db):
    """The real command line, starting its own local Ray and shutting it down."""
    r = run_cli("analyze", seeds_dir, "--engine", "ray", "--workers", WORKERS, "--db", pg_db, "--quiet")
    assert r.returncode == 0, r.stderr[-3000:]
    assert "added 5, skipped 0" in r.stdout
    r = run_cli("search", "الكاظمي", "--db", pg_db, "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["total"] == 2


def sample_jsonl(path, n: int) -> None:
    src = DATA / "news" / "saudinewsnet.jsonl.gz"
    if not src.exists():
        pytest.skip(f"{src} not found")
    with gzip.open(src, "rt", encoding="utf-8") as f, open(path, "w", encoding="utf-8") as out:
        for line in itertools.islice(f, n):
            out.write(line)


@pytest.mark.slow
def test_ray_postgres_equals_local_sqlite_on_1000_saudinewsnet(ray_local, tmp_path, pg_db):
    src = tmp_path / "snn1000.jsonl"
    sample_jsonl(src, 1000)
    local_db = str(tmp_path / "local.db")
    with open_store(local_db) as s:
        local = analyze_paths([str(src)], s, progress=False)
    summary = analyze_paths_ray([str(src)], pg_db, workers=WORKERS, progress=False)
    assert local.added > 900
    assert (summary.added, summary.skipped, failures(summary)) == (local.added, local.skipped, failures(local))
    docs_local, ents_local = canonical(local_db)
    docs_ray, ents_ray = canonical(pg_db)
    assert len(docs_ray) == len(docs_local) == local.added
    for a, b in zip(docs_ray, docs_local):  # document by document, so a difference is readable
        assert a == b, a["source"]
    assert core(ents_ray) == core(ents_local)
