"""Reliability figures: kill-and-resume, corpus passes killed, memory of a long analyze, web load.

    python benchmarks/reliability.py                        # all parts, small defaults (~10-20 min on 2 cores)
    python benchmarks/reliability.py --parts kill           # only kill/resume (+ corpus passes)
    python benchmarks/reliability.py --parts memory,load --n 31000    # the full SaudiNewsNet figure
    python benchmarks/reliability.py --parts load --store news.db     # load-test an existing store

Parts (each prints one line starting with its name, then ``ok`` or ``FAIL``):

* ``kill``: ``marsad analyze`` on the first ``--kill-n`` SaudiNewsNet articles, SIGKILLed at random
  moments ``--kills`` times (some during start-up, most mid-write). After every kill: ``PRAGMA
  integrity_check``, no orphan fact, every document indexed (no half-written document), no duplicate
  hash, and the count never goes down. A final run must end with exactly the expected count (unique
  texts that pass the language check) and report ``added`` + ``skipped`` consistently.
* ``passes``: the corpus-level commands (``story --json``, ``export --format entities``, ``export
  --format jsonl``) SIGKILLed at random moments: the store must be byte-for-byte unchanged and intact,
  and a final uninterrupted run must succeed (the JSONL export with one line per document).
* ``memory``: a long ``marsad analyze`` of ``--n`` articles into a fresh store (its default workers,
  one per core), the resident memory of all its processes together (main, forkserver, workers)
  sampled from /proc; reports RSS after warm-up, at the middle and at the end, and the growth per
  1000 documents over the second half (flat: < 5 MB per 1000 documents).
* ``load``: ``marsad serve`` on that store (or ``--store``) on 127.0.0.1, and a second process of
  ``--clients`` concurrent keep-alive clients sending at most ``--requests`` requests per kind within
  ``--seconds``: search (words drawn from stored titles, some with quotes and operators) and
  article (``/api/documents/{id}``, what the article page loads). p50/p95/p99 in ms and errors per
  kind; ok when no error and p95 < 200 ms.

Only loopback is used; every request count and duration is bounded.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import itertools
import json
import os
import random
import re
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared")) / "data" / "news" / "saudinewsnet.jsonl.gz"
PY = sys.executable


def marsad(*args) -> list[str]:
    return [PY, "-m", "marsad", *map(str, args)]


def log(*a) -> None:
    print(*a, file=sys.stderr, flush=True)


def write_corpus(path: Path, n: int) -> None:
    with gzip.open(DATA, "rt", encoding="utf-8") as f, path.open("w", encoding="utf-8") as out:
        out.writelines(itertools.islice(f, n))


def expected_count(corpus: Path) -> int:
    from marsad.ingest import Failure, iter_documents
    from marsad.runner import check

    return len({d.hash for d in iter_documents([corpus]) if not isinstance(d, Failure) and check(d, {"ar"}) is None})


class StoreBroken(AssertionError):
    pass


def stored_corpus(work: Path, name: str, n: int, timeout: float) -> Path:
    """work/<name>.db holding n generated articles, analysed once and reused by later parts."""
    db = work / f"{name}.db"
    if not db.exists():
        corpus = work / f"{name}.jsonl"
        write_corpus(corpus, n)
        subprocess.run(marsad("analyze", corpus, "--db", db, "--quiet"), capture_output=True, timeout=timeout)
    return db


def integrity(db: Path) -> int:
    """The document count of a consistent store; raises StoreBroken with the reason otherwise."""
    if not db.exists():
        return 0
    con = sqlite3.connect(db, timeout=60)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        if "documents" not in tables:
            return 0  # killed while creating the schema: the next run finishes it
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            raise StoreBroken(f"integrity_check: {ok}")
        n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        orphans = con.execute("SELECT count(*) FROM facts WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()[0]
        unindexed = con.execute("SELECT count(*) FROM documents WHERE id NOT IN "
                                "(SELECT id FROM documents_fts_docsize)").fetchone()[0]
        ghosts = con.execute("SELECT count(*) FROM documents_fts_docsize WHERE id NOT IN "
                             "(SELECT id FROM documents)").fetchone()[0]
        dup = con.execute("SELECT count(*) - count(DISTINCT hash) FROM documents").fetchone()[0]
        bad_spans = con.execute("SELECT count(*) FROM facts f JOIN documents d ON d.id = f.doc_id"
                                " WHERE f.start < 0 OR f.\"end\" < f.start OR f.\"end\" > length(d.text)").fetchone()[0]
        problems = {k: v for k, v in (("orphan facts", orphans), ("documents not indexed", unindexed),
                                      ("index rows without document", ghosts), ("duplicates", dup),
                                      ("spans outside text", bad_spans)) if v}
        if problems:
            raise StoreBroken(", ".join(f"{k}: {v}" for k, v in problems.items()))
        return n
    finally:
        con.close()


def count_docs(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return -1


def store_digest(db: Path) -> str:
    h = hashlib.sha256()
    for f in (db, Path(str(db) + "-wal")):
        if f.exists():
            h.update(f.read_bytes())
    return h.hexdigest()


# ------------------------------------------------------------------------------------------ kill
def part_kill(args, work: Path) -> tuple[bool, Path, int]:
    corpus = work / "kill.jsonl"
    write_corpus(corpus, args.kill_n)
    expected = expected_count(corpus)
    db = work / "kill.db"
    rng = random.Random(args.seed)
    cmd = marsad("analyze", corpus, "--db", db, "--quiet")
    kills = startup = mid = 0
    counts: list[int] = []
    broken: list[str] = []
    prev = 0
    t0 = time.time()
    finished_early = 0
    while kills < args.kills:
        before = count_docs(db) if db.exists() else 0
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # random moments: a few during start-up (imports, model load), most while documents are
        # written: once the count moves, a random delay more (the write itself is a short window)
        t_start = time.time()
        if rng.random() < 0.2:
            deadline = time.time() + rng.uniform(0.05, 3.0)
        else:
            while p.poll() is None and count_docs(db) <= before and time.time() - t_start < args.timeout:
                time.sleep(0.05)
            deadline = time.time() + rng.uniform(0.0, args.max_delay)
        while time.time() < deadline and p.poll() is None:
            time.sleep(0.005)
        delay = time.time() - t_start
        if p.poll() is not None:  # it finished before the kill: everything is in already
            finished_early += 1
            break
        p.send_signal(signal.SIGKILL)
        p.wait()
        kills += 1
        try:
            n = integrity(db)
        except StoreBroken as err:
            broken.append(f"after kill {kills}: {err}")
            n = count_docs(db)
        if n < prev:
            broken.append(f"after kill {kills}: count went down {prev} -> {n}")
        if n > before:
            mid += 1
        else:
            startup += 1
        prev = max(prev, n)
        counts.append(n)
        log(f"  kill {kills:2d} after {delay:5.1f}s: {n} documents")
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
    m = re.search(r"added (\d+), skipped (\d+)", r.stdout)
    try:
        final = integrity(db)
    except StoreBroken as err:
        broken.append(f"final: {err}")
        final = count_docs(db)
    added, skipped = (int(m.group(1)), int(m.group(2))) if m else (-1, -1)
    consistent = m is not None and (added == final - counts[-1] if counts else added == final)
    ok = not broken and final == expected and kills >= args.kills and consistent
    print(f"kill-resume: {'ok' if ok else 'FAIL'}  articles {args.kill_n}  expected {expected}  "
          f"SIGKILLs {kills} (start-up {startup}, mid-write {mid})  integrity ok after "
          f"{kills - len([b for b in broken if b.startswith('after')])}/{kills}  "
          f"counts {counts[0] if counts else 0}..{counts[-1] if counts else 0}  final run added {added} "
          f"skipped {skipped}  final count {final} {'==' if final == expected else '!='} expected  "
          f"problems {len(broken)}  wall {time.time() - t0:.0f}s", flush=True)
    for b in broken:
        print("  problem:", b, flush=True)
    return ok, db, final


def part_passes(args, db: Path, n_docs: int) -> bool:
    """The corpus-level passes killed at random moments: the store stays as it was; a full run works."""
    rng = random.Random(args.seed + 1)
    passes = [("story", ["story", "--json"]), ("export-entities", ["export", "--format", "entities"]),
              ("export-jsonl", ["export", "--format", "jsonl"])]
    digest = store_digest(db)
    kills = 0
    problems: list[str] = []
    figures = []
    for name, argv in passes:
        for _ in range(args.pass_kills):
            p = subprocess.Popen(marsad(*argv, "--db", db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.time() + rng.uniform(0.5, args.max_delay)
            while time.time() < deadline and p.poll() is None:
                time.sleep(0.02)
            if p.poll() is None:
                p.send_signal(signal.SIGKILL)
                kills += 1
            p.wait()
            try:
                integrity(db)
            except StoreBroken as err:
                problems.append(f"{name} killed: {err}")
            if store_digest(db) != digest:
                problems.append(f"{name} killed: the store file changed")
        t = time.time()
        fd, name_out = tempfile.mkstemp(suffix=".out", dir=db.parent)
        os.close(fd)
        out = work_out = Path(name_out)
        try:
            with out.open("w") as fh:
                r = subprocess.run(marsad(*argv, "--db", db), stdout=fh, stderr=subprocess.PIPE, text=True,
                                   timeout=args.pass_timeout)
        except subprocess.TimeoutExpired:
            problems.append(f"{name}: no result within {args.pass_timeout:.0f}s")
            out.unlink()
            figures.append(f"{name} timeout")
            continue
        took = time.time() - t
        if r.returncode != 0:
            problems.append(f"{name}: exit {r.returncode}: {r.stderr.strip()[-300:]}")
        elif name == "export-jsonl":
            lines = sum(1 for _ in work_out.open(encoding="utf-8"))
            if lines != n_docs:
                problems.append(f"export-jsonl: {lines} lines for {n_docs} documents")
        elif name == "story":
            try:
                json.loads(work_out.read_text(encoding="utf-8"))
            except ValueError as err:
                problems.append(f"story: not JSON ({err})")
        figures.append(f"{name} {took:.0f}s")
        out.unlink()
    if store_digest(db) != digest:
        problems.append("the store changed during the passes")
    ok = not problems
    print(f"corpus-passes: {'ok' if ok else 'FAIL'}  SIGKILLs {kills} over {len(passes)} passes  store unchanged "
          f"{'yes' if store_digest(db) == digest else 'NO'}  final runs: {', '.join(figures)}  "
          f"problems {len(problems)}", flush=True)
    for p in problems:
        print("  problem:", p, flush=True)
    return ok


# ------------------------------------------------------------------------------------------ memory
def _rss_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _descendants(pid: int) -> list[int]:
    """Every process below ``pid``: with `--workers N` the analysers are children of the start
    method's server (forkserver), not of ``marsad analyze`` itself."""
    kids: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    kids.setdefault(int(f.read().rsplit(")", 1)[1].split()[1]), []).append(int(name))
            except (OSError, ValueError, IndexError):
                continue
    out, stack = [], list(kids.get(pid, []))
    while stack:
        q = stack.pop()
        out.append(q)
        stack.extend(kids.get(q, []))
    return out


def rss_mb(pid: int) -> float | None:
    """Resident memory of ``pid`` and all its descendants (the analyser workers, the forkserver,
    the resource tracker) together, in MB; None once ``pid`` is gone."""
    own = _rss_kb(pid)
    if own is None:
        return None
    return (own + sum(_rss_kb(q) or 0 for q in _descendants(pid))) / 1024


def part_memory(args, work: Path) -> tuple[bool, Path]:
    corpus = work / "memory.jsonl"
    write_corpus(corpus, args.n)
    db = work / "memory.db"
    t0 = time.time()
    p = subprocess.Popen(marsad("analyze", corpus, "--db", db, "--quiet"), stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, text=True)
    samples: list[tuple[int, float]] = []  # (documents stored, rss MB of the whole process tree)
    while p.poll() is None:
        r = rss_mb(p.pid)
        n = count_docs(db) if db.exists() else 0
        if r is not None and n >= 0:
            samples.append((n, r))
        time.sleep(1.0)
    out = p.stdout.read() if p.stdout else ""
    took = time.time() - t0
    final = count_docs(db)
    if len(samples) < 4 or final <= 0:
        print(f"memory: FAIL  too few samples ({len(samples)}), {final} documents; {out.strip()}", flush=True)
        return False, db
    warm = [r for n, r in samples if n >= 0.1 * final] or [samples[-1][1]]
    half = [(n, r) for n, r in samples if n >= final / 2]
    mid_rss = half[0][1] if half else samples[len(samples) // 2][1]
    end_rss = samples[-1][1]
    peak = max(r for _, r in samples)
    slope = 0.0
    if len(half) >= 2 and half[-1][0] > half[0][0]:
        xs, ys = [n for n, _ in half], [r for _, r in half]
        mx, my = statistics.fmean(xs), statistics.fmean(ys)
        var = sum((x - mx) ** 2 for x in xs)
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / var * 1000 if var else 0.0
    ok = slope < 5.0 and p.returncode in (0, 1)
    print(f"memory: {'ok' if ok else 'FAIL'}  analyze {args.n} articles -> {final} documents in {took:.0f}s "
          f"({final / took:.1f} docs/s)  rss MB after warm-up {warm[0]:.0f}, middle {mid_rss:.0f}, end {end_rss:.0f}, "
          f"peak {peak:.0f}  second-half growth {slope:+.2f} MB/1000 docs  ({out.strip()})", flush=True)
    return ok, db


# ------------------------------------------------------------------------------------------ load
def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(port: int, path: str, timeout: float = 30) -> tuple[int, bytes]:
    import http.client

    c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        c.request("GET", path)
        r = c.getresponse()
        return r.status, r.read()
    finally:
        c.close()


def workload(db: Path, n: int, seed: int) -> dict:
    """Search queries from stored titles (plus hostile ones) and document ids, chosen at random."""
    rng = random.Random(seed)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ids = [r[0] for r in con.execute("SELECT id FROM documents")]
    titles = [r[0] for r in con.execute("SELECT title FROM documents WHERE title IS NOT NULL ORDER BY random() LIMIT 2000")]
    con.close()
    words = [w for t in titles for w in re.findall(r"[\u0621-\u064A]{3,}", t)]
    queries = []
    for _ in range(n):
        k = rng.random()
        if k < 0.5 and words:
            q = rng.choice(words)
        elif k < 0.8 and words:
            q = " ".join(rng.sample(words, min(2, len(words))))
        elif k < 0.9 and words:
            q = '"' + " ".join(rng.sample(words, min(2, len(words)))) + '"'
        else:
            q = rng.choice(['"', "' OR 1=1 --", "NEAR(a b) *", "«السعودية", "الرياض AND NOT"])
        queries.append(q)
    return {"queries": queries, "ids": [rng.choice(ids) for _ in range(n)] if ids else []}


def client_main(argv: list[str]) -> None:
    """The load generator, run as a second process: keep-alive clients in threads, bounded."""
    import http.client
    from urllib.parse import quote

    ap = argparse.ArgumentParser()
    ap.add_argument("port", type=int)
    ap.add_argument("workload")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=60)
    a = ap.parse_args(argv)
    wl = json.loads(Path(a.workload).read_text(encoding="utf-8"))
    jobs = [("search", "/api/search?q=" + quote(q) + "&limit=20") for q in wl["queries"]]
    jobs += [("article", f"/api/documents/{i}") for i in wl["ids"]]
    random.Random(7).shuffle(jobs)
    lock = threading.Lock()
    it = iter(jobs)
    results: dict[str, list] = {"search": [], "article": []}
    errors: dict[str, list] = {"search": [], "article": []}
    stop_at = time.time() + a.seconds

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", a.port, timeout=30)
        while time.time() < stop_at:
            with lock:
                job = next(it, None)
            if job is None:
                break
            kind, path = job
            t = time.perf_counter()
            try:
                conn.request("GET", path)
                r = conn.getresponse()
                body = r.read()
                ms = (time.perf_counter() - t) * 1000
                if r.status != 200 or not body.startswith(b"{"):
                    errors[kind].append(f"{r.status} {path[:80]}")
                results[kind].append(ms)
            except (OSError, http.client.HTTPException) as err:
                errors[kind].append(f"{type(err).__name__} {path[:80]}")
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", a.port, timeout=30)
        conn.close()

    t0 = time.time()
    threads = [threading.Thread(target=worker) for _ in range(a.clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    print(json.dumps({"wall": time.time() - t0, "latencies": results, "errors": errors}))


def pct(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    k = min(len(xs) - 1, max(0, int(round(p / 100 * (len(xs) - 1)))))
    return xs[k]


def part_load(args, db: Path, work: Path) -> bool:
    port = free_port()
    n_docs = count_docs(db)
    server = subprocess.Popen(marsad("serve", "--db", db, "--port", port), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    try:
        t0 = time.time()
        while time.time() - t0 < 180:
            try:
                if http_get(port, "/api/stats", 5)[0] == 200:
                    break
            except OSError:
                time.sleep(0.3)
        else:
            print("load: FAIL  server did not start", flush=True)
            return False
        # the corpus-wide caches are built in the background at start; the first entity request waits
        warm_t = time.time()
        http_get(port, "/api/entities", 600)
        warm = time.time() - warm_t
        wl = work / "workload.json"
        wl.write_text(json.dumps(workload(db, args.requests, args.seed)), encoding="utf-8")
        r = subprocess.run([PY, __file__, "_client", str(port), str(wl), "--clients", str(args.clients),
                            "--seconds", str(args.seconds)], capture_output=True, text=True,
                           timeout=args.seconds + 120)
        if r.returncode != 0:
            print(f"load: FAIL  client failed: {r.stderr.strip()[-500:]}", flush=True)
            return False
        res = json.loads(r.stdout)
        ok = True
        parts = []
        for kind in ("search", "article"):
            lat, err = res["latencies"][kind], res["errors"][kind]
            p50, p95, p99 = pct(lat, 50), pct(lat, 95), pct(lat, 99)
            ok = ok and not err and p95 < 200 and len(lat) > 0
            parts.append(f"{kind} n={len(lat)} p50 {p50:.0f} ms p95 {p95:.0f} ms p99 {p99:.0f} ms errors {len(err)}")
            for e in err[:5]:
                log(f"  {kind} error: {e}")
        total = sum(len(v) for v in res["latencies"].values())
        alive = server.poll() is None
        ok = ok and alive
        print(f"load: {'ok' if ok else 'FAIL'}  store {n_docs} documents, {args.clients} concurrent clients "
              f"(second process), {total} requests in {res['wall']:.1f}s ({total / res['wall']:.0f} req/s), "
              f"cache warm-up {warm:.1f}s  |  " + "  |  ".join(parts)
              + ("" if alive else "  |  SERVER DIED"), flush=True)
        return ok
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


# ------------------------------------------------------------------------------------------ main
def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "_client":
        client_main(sys.argv[2:])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--parts", default="kill,passes,memory,load", help="comma-separated: kill, passes, memory, load")
    ap.add_argument("--kill-n", type=int, default=3000, help="articles for the kill/resume part")
    ap.add_argument("--kills", type=int, default=20, help="SIGKILLs of analyze (at least)")
    ap.add_argument("--pass-kills", type=int, default=3, help="SIGKILLs of each corpus-level pass")
    ap.add_argument("--max-delay", type=float, default=5.0,
                    help="a mid-write kill comes up to this long after the first new document (s)")
    ap.add_argument("--n", type=int, default=1500, help="articles for the memory run and the load store")
    ap.add_argument("--store", help="load-test this existing store instead of the memory run's")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=1000, help="requests per kind (search, article)")
    ap.add_argument("--seconds", type=float, default=90, help="time bound of the load run")
    ap.add_argument("--timeout", type=float, default=3600, help="bound of any single uninterrupted run")
    ap.add_argument("--pass-timeout", type=float, default=900, help="bound of each corpus pass's final run")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--workdir", help="keep the stores here (default: a temporary folder, removed)")
    args = ap.parse_args()
    parts = {p.strip() for p in args.parts.split(",") if p.strip()}
    if not DATA.exists() and parts - {"load"}:
        print(f"SaudiNewsNet not found at {DATA}", file=sys.stderr)
        return 2
    tmp = None
    if args.workdir:
        work = Path(args.workdir)
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="marsad-reliability-")
        work = Path(tmp.name)
    ok = True
    try:
        kill_db, kill_count = None, 0
        if "kill" in parts:
            k_ok, kill_db, kill_count = part_kill(args, work)
            ok &= k_ok
        if "passes" in parts:
            if kill_db is None:
                kill_db = stored_corpus(work, "kill", args.kill_n, args.timeout)
                kill_count = integrity(kill_db)
            ok &= part_passes(args, kill_db, kill_count)
        load_db = Path(args.store) if args.store else None
        if "memory" in parts:
            m_ok, mem_db = part_memory(args, work)
            ok &= m_ok
            load_db = load_db or mem_db
        if "load" in parts:
            if load_db is None:
                load_db = stored_corpus(work, "memory", args.n, args.timeout)
            ok &= part_load(args, load_db, work)
    finally:
        if tmp is not None:
            tmp.cleanup()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
