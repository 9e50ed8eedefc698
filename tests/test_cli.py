"""The real `marsad` command on real files: seeds, a folder of bad input, a killed run resumed."""
import gzip
import itertools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from badinput import make_bad_input_folder
from conftest import DATA, run_cli

from marsad.ingest import Failure, iter_documents
from marsad.runner import check


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, seeds_dir):
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    r = run_cli("analyze", seeds_dir, "--db", db, "--quiet")
    assert r.returncode == 0, r.stderr
    assert "added 5, skipped 0 (already stored), failed 0" in r.stdout
    return db


def test_search_finds_kadhimi_in_seeds_002_and_003(seeds_db):
    r = run_cli("search", "الكاظمي", "--db", seeds_db, "--json")
    hits = json.loads(r.stdout)["hits"]
    assert sorted(os.path.basename(h["source"])[:3] for h in hits) == ["002", "003"]
    r = run_cli("search", "الكاظمي", "--db", seeds_db)
    assert "2 documents match" in r.stdout and "«الكاظمي»" in r.stdout


def test_search_matches_hamza_variants(seeds_db):
    a = json.loads(run_cli("search", "القوات الأمريكية", "--db", seeds_db, "--json").stdout)
    b = json.loads(run_cli("search", "القوات الامريكية", "--db", seeds_db, "--json").stdout)
    assert a["total"] == b["total"] == 5
    # seed 002 writes "القوات الامريكية" only without hamza in its body; it is found all the same
    assert any(os.path.basename(h["source"]).startswith("002") for h in a["hits"])


def test_rerun_adds_nothing(seeds_db, seeds_dir):
    r = run_cli("analyze", seeds_dir, "--db", seeds_db, "--quiet")
    assert r.returncode == 0
    assert "added 0, skipped 5 (already stored), failed 0" in r.stdout


def test_export_jsonl_follows_the_contract(seeds_db, tmp_path):
    out = tmp_path / "seeds.jsonl"
    r = run_cli("export", "--format", "jsonl", "--db", seeds_db, "-o", out)
    assert r.returncode == 0, r.stderr
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == 5
    for d in docs:
        for k in ("id", "source", "title", "outlet", "author", "published", "language", "text",
                  "entities", "times", "quantities", "quotes", "events"):
            assert k in d
        assert d["language"] == "ar"
        for kind in ("entities", "times", "quantities", "quotes", "events"):
            for f in d[kind]:
                assert 0 <= f["start"] < f["end"] <= len(d["text"])
        for f in d["entities"] + d["times"] + d["quantities"]:
            assert d["text"][f["start"]:f["end"]] == f["text"]
    enab = next(d for d in docs if os.path.basename(d["source"]).startswith("001"))
    assert enab["outlet"] == "عنب بلدي"
    assert "ادعم عنب بلدي" not in enab["text"] and "camera icon" not in enab["text"]
    assert "وقال روجين، إن الإعلان عن انسحاب القوات الأمريكية" in enab["text"]
    times = {t["value"] for t in enab["times"]}
    assert {"2022-12-31", "2023-11-27", "2024-08-22"} <= times


def test_export_csv(seeds_db, tmp_path):
    import csv

    out = tmp_path / "seeds.csv"
    assert run_cli("export", "--format", "csv", "--db", seeds_db, "-o", out).returncode == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 5 and all(r["text"] and int(r["times"]) >= 0 for r in rows)


def test_bad_input_folder(tmp_path, seeds_dir):
    folder = tmp_path / "mixed"
    expected = make_bad_input_folder(folder, seeds_dir)
    db = tmp_path / "mixed.db"
    r = run_cli("analyze", folder, "--db", db, "--quiet")
    assert r.returncode == 1, "the exit code must say that some inputs failed"
    failures = [line for line in r.stderr.splitlines() if line.startswith("failed: ")]
    # every bad file reported once, with its path and a reason; the English article is refused as not Arabic
    assert len(failures) == expected["failures"] + expected["not_arabic"]
    by_name = {}
    for line in failures:
        path, reason = line[len("failed: "):].split(": ", 1)
        by_name.setdefault(os.path.basename(path), []).append(reason)
    assert by_name["empty.txt"] == ["empty file"]
    assert "PNG" in by_name["photo.png"][0] and "PDF" in by_name["report.pdf"][0]
    assert "too large" in by_name["huge.txt"][0]
    assert by_name["english.txt"] == ["not Arabic (language: en)"]
    assert len(by_name["articles.jsonl:2"]) == 1 and len(by_name["articles.jsonl:4"]) == 1
    # every good article stored; identical texts (the UTF-16, Windows-1256 and JSONL copies of one
    # article) are stored once
    con = sqlite3.connect(db)
    texts = [t for (t,) in con.execute("SELECT text FROM documents")]
    assert len(texts) == 5
    assert sum("افتتاح مستشفى جديد في مدينة الرياض" in t for t in texts) == 2  # plain + truncated page
    sources = {os.path.basename(s) for (s,) in con.execute("SELECT source FROM documents")}
    assert {"windows_utf16.txt"} <= sources or {"legacy_cp1256.txt"} <= sources or any("jsonl" in s for s in sources)
    assert "added 5, skipped 4 (already stored), failed 7" in r.stdout


def _integrity(db):
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        orphans = con.execute("SELECT count(*) FROM facts WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()[0]
        indexed = con.execute("SELECT count(*) FROM documents_fts_docsize").fetchone()[0]
        dup = con.execute("SELECT count(*) - count(DISTINCT hash) FROM documents").fetchone()[0]
        assert orphans == 0 and dup == 0 and indexed == n
        return n
    finally:
        con.close()


def test_killed_run_leaves_a_consistent_store_and_resumes(tmp_path):
    src = DATA / "news" / "saudinewsnet.jsonl.gz"
    corpus = tmp_path / "news.jsonl"
    with gzip.open(src, "rt", encoding="utf-8") as f, corpus.open("w", encoding="utf-8") as out:
        out.writelines(itertools.islice(f, 400))  # enough that three kills, each after a commit, never see the end
    expected = len({d.hash for d in iter_documents([corpus]) if not isinstance(d, Failure) and check(d, {"ar"}) is None})
    db = tmp_path / "news.db"
    args = [sys.executable, "-m", "marsad", "analyze", str(corpus), "--db", str(db), "--quiet"]
    for attempt in range(3):  # kill it mid-run a few times, each time once some documents are in
        p = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        start = _integrity(db) if db.exists() else 0
        deadline = time.time() + 120
        while time.time() < deadline and p.poll() is None:
            time.sleep(0.3)
            try:
                con = sqlite3.connect(db)
                n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
                con.close()
            except sqlite3.Error:
                continue
            if n >= start + 5:
                break
        p.send_signal(signal.SIGKILL)
        p.wait()
        n = _integrity(db)
        assert n < expected
    r = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert _integrity(db) == expected, (r.returncode, r.stdout, r.stderr)
    assert f"added {expected - n}, skipped {n} (already stored)" in r.stdout
