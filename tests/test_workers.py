"""`marsad analyze --workers N`: several analyser processes, one writer, the same store as one process.

Real command, real Arabic text: the five seeds plus 40 SaudiNewsNet articles (with a duplicate, an
English record and a broken line among them) analysed with one process and with two must give
byte-identical exports, summaries and failure lines; a worker killed mid-run loses nothing; a run
whose main process is killed leaves a consistent store, no worker behind, and resumes exactly.

Not tested here: a document whose analysis *raises* inside a worker. Nothing in the pipeline
offers a natural way to make one document fail (no environment hook, unknown component names
are ignored, no known input makes a component raise), and a monkeypatch does not cross into the
worker processes. The code path is the one-process path's (`runner._analyse` returns the same
"analysis failed: ..." reason, reported in input order).
"""
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

from badinput import ENGLISH_ARTICLE
from conftest import DATA, run_cli
from test_cli import _integrity

from marsad.ingest import Failure, iter_documents
from marsad.runner import analyze_paths, check
from marsad.store import open_store

NEWS = DATA / "news" / "saudinewsnet.jsonl.gz"


def _news_lines(n: int) -> list[str]:
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        return list(itertools.islice(f, n))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seeds_dir):
    """Seeds + 40 articles in a JSONL file, with a repeated article (stored once), an English one
    and a broken line (reported), so order-dependent outcomes are exercised too."""
    d = tmp_path_factory.mktemp("workers")
    lines = _news_lines(40)
    lines.insert(7, lines[3])  # the same text again: skipped, whichever process analyses it
    lines.insert(20, json.dumps({"title": "Oil", "content": ENGLISH_ARTICLE}) + "\n")
    lines.insert(30, "{not json\n")
    news = d / "news.jsonl"
    news.write_text("".join(lines), encoding="utf-8")
    return d, [str(seeds_dir), str(news)]


def _analyze(db, paths, workers, **kw):
    r = run_cli("analyze", *paths, "--db", db, "--quiet", "--workers", workers, **kw)
    assert r.returncode == 1, r.stderr  # the English record and the broken line fail
    return r


def _exports(db, out_dir) -> dict:
    got = {}
    for fmt in ("jsonl", "entities", "events"):
        out = out_dir / f"{db.stem}.{fmt}"
        r = run_cli("export", "--format", fmt, "--db", db, "-o", out)
        assert r.returncode == 0, r.stderr
        got[fmt] = out.read_bytes()
    return got


@pytest.fixture(scope="module")
def one_worker(corpus):
    d, paths = corpus
    db = d / "one.db"
    r = _analyze(db, paths, 1)
    return r, _exports(db, d)


def _failures(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("failed: ")]


def test_two_workers_store_exactly_what_one_process_stores(corpus, one_worker):
    d, paths = corpus
    r1, exp1 = one_worker
    db = d / "two.db"
    r2 = _analyze(db, paths, 2)
    assert r2.stdout == r1.stdout  # the same summary line
    assert "added 45, skipped 1 (already stored), failed 2" in r2.stdout
    assert _failures(r2.stderr) == _failures(r1.stderr)  # the same failures, in the same order
    assert any("not Arabic" in f for f in _failures(r2.stderr))
    exp2 = _exports(db, d)
    for fmt in exp1:
        assert exp2[fmt] == exp1[fmt], f"export --format {fmt} differs between --workers 1 and 2"
    docs = [json.loads(line) for line in exp2["jsonl"].decode("utf-8").splitlines()]
    assert [doc["id"] for doc in docs] == list(range(1, 46))
    assert sum(len(doc["entities"]) for doc in docs) > 500 and sum(len(doc["events"]) for doc in docs) > 50
    # a re-run reads everything and analyses nothing
    again = run_cli("analyze", *paths, "--db", db, "--quiet", "--workers", 2)
    assert "added 0, skipped 46 (already stored), failed 2" in again.stdout


def _children(pid: int) -> list[int]:
    out = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        out.append(int(name))
            except (OSError, ValueError, IndexError):
                pass
    return out


def _descendants(pid: int) -> list[int]:
    out, stack = [], [pid]
    while stack:
        kids = _children(stack.pop())
        out += kids
        stack += kids
    return out


def _workers(pid: int) -> list[int]:
    """The analyser processes of a run: with the forkserver start method, the forkserver's children."""
    return [p for p in _descendants(pid) if p not in _children(pid)]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _count(db) -> int:
    try:
        con = sqlite3.connect(db)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return -1


def test_a_worker_killed_mid_run_loses_nothing(corpus, one_worker, tmp_path):
    """A worker that dies (the OOM killer, a crash in native code) takes the documents it held:
    they are analysed again, each alone, and the run ends as if nothing had happened.

    Deterministic: the run is ``marsad analyze``'s own code in this process, and a worker is
    SIGKILLed from ``on_stored``, at fixed points of the run. After the 3rd document stored, the
    kill is followed by a pause, so the pool has seen the death before the next document is sent:
    ``submit`` then finds the pool broken (the moment that made the earlier version of this test,
    which killed from outside at a random time, fail about one run in three: the run crashed with
    BrokenProcessPool). After the 20th, no pause: the death is found while waiting for a result."""
    d, paths = corpus
    _, exp1 = one_worker
    db = tmp_path / "killed-worker.db"
    killed: list[int] = []

    def on_stored(doc) -> None:
        stored = store.count()
        if stored in (3, 20) and len(killed) < (1 if stored == 3 else 2):
            workers = [q for q in _workers(os.getpid()) if _alive(q)]
            assert workers, "no analyser process to kill"
            os.kill(workers[0], signal.SIGKILL)
            killed.append(workers[0])
            if stored == 3:
                time.sleep(1.5)

    store = open_store(str(db))
    try:
        summary = analyze_paths(paths, store, progress=False, workers=2, on_stored=on_stored)
    finally:
        store.close()
    assert len(killed) == 2
    assert (summary.added, summary.skipped, len(summary.failed)) == (45, 1, 2)
    assert any("not Arabic" in f.reason for f in summary.failed)
    assert not any("died" in f.reason for f in summary.failed)
    assert _exports(db, d) == exp1


def test_killed_run_leaves_a_consistent_store_and_resumes(tmp_path):
    """tests/test_cli.py's killed run, with two workers: SIGKILL of the main process mid-run, a few
    times; every time the store is consistent and no worker lives on; a last run completes it."""
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(_news_lines(400)), encoding="utf-8")  # three kills, each after a commit of up to 64, never see the end
    expected = len({d.hash for d in iter_documents([corpus]) if not isinstance(d, Failure) and check(d, {"ar"}) is None})
    db = tmp_path / "news.db"
    args = [sys.executable, "-m", "marsad", "analyze", str(corpus), "--db", str(db), "--quiet", "--workers", "2"]
    n = 0
    for attempt in range(3):
        p = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        start = _integrity(db) if db.exists() else 0
        workers = []
        deadline = time.time() + 120
        while time.time() < deadline and p.poll() is None:
            time.sleep(0.3)
            workers = _workers(p.pid) or workers
            if _count(db) >= start + 5:
                break
        helpers = _descendants(p.pid)
        p.send_signal(signal.SIGKILL)
        p.wait()
        n = _integrity(db)
        assert start + 5 <= n < expected
        assert len(workers) == 2
        # the workers notice their parent is gone and exit; the forkserver follows them
        deadline = time.time() + 10
        while time.time() < deadline and any(_alive(q) for q in helpers):
            time.sleep(0.1)
        assert not [q for q in helpers if _alive(q)], "processes of the killed run are still alive"
    r = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    assert _integrity(db) == expected
    assert f"added {expected - n}, skipped {n} (already stored)" in r.stdout


def test_interrupt_stops_the_workers_and_keeps_what_is_stored(tmp_path):
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it): exit 130, a consistent
    store, no process left; the same command then adds exactly the rest."""
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(_news_lines(200)), encoding="utf-8")  # more than a commit batch (64): the signal comes before the end
    expected = len({d.hash for d in iter_documents([corpus]) if not isinstance(d, Failure) and check(d, {"ar"}) is None})
    db = tmp_path / "news.db"
    args = [sys.executable, "-m", "marsad", "analyze", str(corpus), "--db", str(db), "--quiet", "--workers", "2"]
    p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline and p.poll() is None and _count(db) < 3:
        time.sleep(0.2)
    helpers = _descendants(p.pid)
    os.killpg(p.pid, signal.SIGINT)
    out, err = p.communicate(timeout=60)
    assert p.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    n = _integrity(db)
    assert 3 <= n < expected
    deadline = time.time() + 10
    while time.time() < deadline and any(_alive(q) for q in helpers):
        time.sleep(0.1)
    assert not [q for q in helpers if _alive(q)]
    r = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    assert _integrity(db) == expected
    assert f"added {expected - n}, skipped {n} (already stored), failed 0" in r.stdout


def _half_a_result(then_die: bool):
    """Runs in a pool worker: write the start of a result message to the pool's result pipe (as a
    worker killed while sending its result leaves it), then die or wait to be stopped."""
    import struct

    frame = sys._getframe()
    while frame is not None and "result_queue" not in frame.f_locals:
        frame = frame.f_back
    writer = frame.f_locals["result_queue"]._writer
    os.write(writer.fileno(), struct.pack("!i", 1000) + b"x" * 10)
    if then_die:
        os._exit(9)
    time.sleep(600)


def test_stopping_a_pool_whose_worker_died_mid_result_returns():
    """Ctrl-C hung `analyze --workers 2` now and then on a loaded machine: the pool's manager thread
    waited forever for the rest of a result its stopped worker had begun to send."""
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor

    from marsad.runner import _stop_pool

    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    pool.submit(_half_a_result, False)
    time.sleep(1.0)  # the manager thread is now reading the half message
    t = threading.Thread(target=_stop_pool, args=(pool,), daemon=True)
    t.start()
    t.join(30)
    assert not t.is_alive()


def test_a_worker_dead_mid_result_breaks_the_pool_instead_of_hanging():
    """A worker killed while it sent a result (CI hung on it in test_a_worker_killed_mid_run_loses_nothing):
    the pool never notices, so the wait for a result finds the dead worker itself and breaks the pool; the
    run then recovers as from any dead worker (BrokenProcessPool)."""
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from marsad.runner import _wait

    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    future = pool.submit(_half_a_result, True)
    raised = []

    def wait() -> None:
        try:
            _wait(future, pool)
        except BaseException as e:
            raised.append(e)

    t = threading.Thread(target=wait, daemon=True)
    t.start()
    t.join(30)
    assert not t.is_alive()
    assert raised and isinstance(raised[0], BrokenProcessPool)
    pool.shutdown(wait=True)


def test_workers_must_be_positive():
    r = run_cli("analyze", ".", "--workers", "0")
    assert r.returncode == 2 and "--workers" in r.stderr
