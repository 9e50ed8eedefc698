"""Exports before and after a refactor, byte for byte.

    python scripts/compare_exports.py OUTDIR                 # analyse, write OUTDIR/{seeds,snn}.{jsonl,entities,events}
    python scripts/compare_exports.py OUTDIR --against BASE   # ... then compare with BASE's files; exit 1 on a difference

In: the five seed articles and 300 SaudiNewsNet articles (every 100th line of the 2015 set). Each set is
analysed into a fresh SQLite store and exported as jsonl, entities and events. The inputs are copied to one
fixed temporary folder first, so the `source` paths in the exports are the same on every run.
Out: the export files, and with --against the names of the files that differ (with the first differing line).
"""
from __future__ import annotations

import argparse
import gzip
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared")
INPUT = os.path.join(tempfile.gettempdir(), "marsad-compare-input")
FORMATS = ("jsonl", "entities", "events")
sys.path.insert(0, os.path.join(HERE, "..", "benchmarks"))
import _cli  # noqa: E402


def prepare_inputs(data: str, seeds: str) -> dict[str, str]:
    shutil.rmtree(INPUT, ignore_errors=True)
    os.makedirs(INPUT)
    shutil.copytree(seeds, os.path.join(INPUT, "seeds"))
    snn = os.path.join(INPUT, "snn300.jsonl")
    with gzip.open(os.path.join(data, "news", "saudinewsnet.jsonl.gz"), "rt", encoding="utf-8") as f, \
            open(snn, "w", encoding="utf-8") as out:
        for n, line in enumerate(f):
            if n % 100 == 0:
                out.write(line)
            if n >= 29_999:
                break
    return {"seeds": os.path.join(INPUT, "seeds"), "snn": snn}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--against", help="a folder written by an earlier run to compare with")
    ap.add_argument("--data", default=os.path.join(SHARED, "data"))
    ap.add_argument("--seeds", default=os.path.join(SHARED, "corpus", "seeds"))
    args = ap.parse_args(argv)
    os.makedirs(args.outdir, exist_ok=True)
    for name, src in prepare_inputs(args.data, args.seeds).items():
        db = os.path.join(args.outdir, f"{name}.db")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        _cli.run("analyze", src, "--db", db, "--quiet")
        for fmt in FORMATS:
            _cli.run("export", "--format", fmt, "--db", db, "-o", os.path.join(args.outdir, f"{name}.{fmt}"))
    if not args.against:
        return 0
    bad = 0
    for name in ("seeds", "snn"):
        for fmt in FORMATS:
            a = open(os.path.join(args.against, f"{name}.{fmt}"), "rb").read()
            b = open(os.path.join(args.outdir, f"{name}.{fmt}"), "rb").read()
            if a == b:
                print(f"identical  {name}.{fmt} ({len(b)} bytes)")
                continue
            bad += 1
            la, lb = a.splitlines(), b.splitlines()
            i = next((i for i, (x, y) in enumerate(zip(la, lb)) if x != y), min(len(la), len(lb)))
            print(f"DIFFERENT  {name}.{fmt}: first at line {i + 1}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
