"""Scale-out: the default engine against Ray at each worker count, into SQLite and PostgreSQL.

    python benchmarks/scale.py [--n 1000] [--workers 1,2] [--pg postgresql://…] [--data ../shared/data]

Writes the first N SaudiNewsNet articles to a JSONL file, then analyses it with each configuration in
a fresh process (so model loading and peak memory are each run's own) into a fresh store:
the default engine into SQLite, and Ray with each worker count into SQLite (the driver writes) and
PostgreSQL (the workers write). A throw-away PostgreSQL server is started unless --pg is given.

Two rates per run: ``analysis`` counts from the moment the first worker has its models loaded to
the moment the last document is done, on the workers' clocks (the steady state, what more workers
buy; for the default engine, the run after a warm-up document), ``end-to-end`` counts the whole command including Ray's
start-up and model loading (fixed costs that matter for small batches). Speed-up is of the analysis
rate over the same engine and store with one worker. Memory is the peak resident set per worker
process (for the default engine, the one process). Last line: ``speedup2 X`` (Ray into PostgreSQL,
2 workers against 1).
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def one(cfg: dict) -> dict:
    """One run, in this (fresh) process; returns its measurements."""
    from marsad import pipeline
    from marsad.document import Document

    if cfg["engine"] == "local":
        from marsad.runner import analyze_paths
        from marsad.store import open_store

        # load the models before the clock starts, as a Ray worker does in its constructor
        pipeline.run(Document(text="قال الرئيس إن الاجتماع عقد في بغداد يوم الأحد."))
        t0 = time.perf_counter()
        with open_store(cfg["db"]) as store:
            s = analyze_paths([cfg["input"]], store, progress=False)
        dt = time.perf_counter() - t0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return {"added": s.added, "failed": len(s.failed), "analysis_s": dt, "total_s": dt,
                "worker_mb": [rss], "driver_mb": rss}
    from marsad.scale.ray_runner import analyze_paths_ray

    s = analyze_paths_ray([cfg["input"]], cfg["db"], workers=cfg["workers"], progress=False)
    return {"added": s.added, "failed": len(s.failed),
            # workers' clocks: from the first worker ready (models loaded) to the last document done
            "analysis_s": (s.last_done_at or 0) - (s.first_ready_at or 0),
            "first_s": s.seconds_to_first, "total_s": s.seconds,
            "worker_mb": sorted(s.workers.values()),
            "driver_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_config(cfg: dict) -> dict:
    r = subprocess.run([sys.executable, __file__, "--one", json.dumps(cfg)], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"run {cfg} failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--pg", help="PostgreSQL server URL (default: start a throw-away local server)")
    ap.add_argument("--stores", default="sqlite,postgres")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(json.loads(args.one))))
        return

    workers = [int(w) for w in args.workers.split(",")]
    stores = args.stores.split(",")
    tmp = Path(tempfile.mkdtemp(prefix="marsad-scale-"))
    src = Path(args.data) / "news" / "saudinewsnet.jsonl.gz"
    inp = tmp / f"snn{args.n}.jsonl"
    with gzip.open(src, "rt", encoding="utf-8") as f, open(inp, "w", encoding="utf-8") as out:
        for line in itertools.islice(f, args.n):
            out.write(line)

    pg_server = None
    pg_url = args.pg
    if "postgres" in stores and not pg_url:
        sys.path.insert(0, str(ROOT / "tests"))
        from pg_fixture import TempPostgres

        pg_server = TempPostgres(durable=True)  # a real server's settings: fsync on
        pg_url = pg_server.start()
    names = itertools.count(1)

    def new_db(store: str) -> str:
        if store == "sqlite":
            return str(tmp / f"run{next(names)}.db")
        sys.path.insert(0, str(ROOT / "tests"))
        from pg_fixture import create_database

        return create_database(pg_url, f"marsad_scale_{os.getpid()}_{next(names)}")

    rows = []
    try:
        configs = [("local", "sqlite", 1)] + [("ray", st, w) for st in stores for w in workers]
        for engine, store, w in configs:
            cfg = {"engine": engine, "db": new_db(store), "workers": w, "input": str(inp)}
            print(f"… {engine} {store} workers={w}", file=sys.stderr, flush=True)
            r = run_config(cfg)
            r.update(engine=engine, store=store, workers=w)
            rows.append(r)
    finally:
        if pg_server is not None:
            pg_server.stop()
        shutil.rmtree(tmp, ignore_errors=True)

    def rate(r):
        n = r["added"]
        return n / r["analysis_s"] if r["analysis_s"] > 0 else float("nan")

    base = {(r["engine"], r["store"]): rate(r) for r in rows if r["workers"] == 1}
    print(f"\n{args.n} SaudiNewsNet articles, {os.cpu_count()} cores")
    print(f"{'engine':6} {'store':8} {'workers':>7} {'added':>6} {'analysis a/s':>12} {'speed-up':>8}"
          f" {'end-to-end a/s':>14} {'start-up s':>10} {'peak MB/worker':>14} {'driver MB':>9}")
    for r in rows:
        sp = rate(r) / base[(r["engine"], r["store"])]
        e2e = r["added"] / r["total_s"]
        mem = "/".join(f"{m:.0f}" for m in r["worker_mb"])
        first = r.get("first_s")
        print(f"{r['engine']:6} {r['store']:8} {r['workers'] if r['engine'] == 'ray' else '-':>7} {r['added']:>6}"
              f" {rate(r):>12.1f} {sp:>7.2f}x {e2e:>14.1f} {first if first is None else round(first, 1)!s:>10}"
              f" {mem:>14} {r['driver_mb']:>9.0f}")
    key = ("ray", "postgres") if "postgres" in stores else ("ray", stores[0])
    two = [r for r in rows if (r["engine"], r["store"]) == key and r["workers"] == 2]
    print(f"speedup2 {rate(two[0]) / base[key]:.2f}" if two else "speedup2 n/a")


if __name__ == "__main__":
    main()
