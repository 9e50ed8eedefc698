"""Whole-pipeline throughput on SaudiNewsNet: articles/s, tokens/s and peak memory.

    python benchmarks/throughput.py [--n 1000] [--data ../shared/data] [--components entities times ...]

Streams the first N articles of the gzip JSONL through ingest → pipeline → a fresh SQLite store,
as `marsad analyze` does, and prints the resident memory at the half-way point and at the end so a
growing footprint shows. Last line: `articles/s X rss_mb Y`.
"""
from __future__ import annotations

import argparse
import itertools
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad import pipeline  # noqa: E402
from marsad.document import Document  # noqa: E402
from marsad.ingest import Failure, read_path  # noqa: E402
from marsad.store import open_store  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--components", nargs="*", default=None)
    args = ap.parse_args()
    src = Path(args.data) / "news" / "saudinewsnet.jsonl.gz"
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(os.path.join(tmp, "bench.db"))
        # warm-up: load every component's model before the clock starts
        pipeline.run(Document(text="قال الرئيس العراقي برهم صالح في بغداد يوم الخميس 22 آب 2024 إن 2500 جندي سينسحبون."),
                     args.components)
        t0 = time.perf_counter()
        n = tokens = failed = 0
        half_rss = None
        for item in itertools.islice(read_path(str(src)), args.n):
            if isinstance(item, Failure):
                failed += 1
                continue
            pipeline.run(item, args.components)
            tokens += len(item.tokens)
            store.add(item)
            n += 1
            if n == args.n // 2:
                half_rss = rss_mb()
        dt = time.perf_counter() - t0
        store.close()
        db_mb = os.path.getsize(os.path.join(tmp, "bench.db")) / 1e6
    end_rss = rss_mb()
    print(f"articles {n} failed {failed} seconds {dt:.1f} tokens {tokens}")
    print(f"tokens/s {tokens / dt:,.0f}")
    print(f"rss_mb at n/2 {half_rss or 0:.0f}, at n {end_rss:.0f}; store {db_mb:.1f} MB")
    print(f"articles/s {n / dt:.1f} rss_mb {end_rss:.0f}")


if __name__ == "__main__":
    main()
