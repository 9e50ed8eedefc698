"""Near-duplicate detection on SaudiNewsNet: time for all articles, precision/recall on labelled pairs.

    python benchmarks/dedup.py [--data saudinewsnet.jsonl.gz] [--gold benchmarks/data/dup_pairs.tsv]
                               [--limit N] [--no-embeddings]

A labelled pair counts as predicted duplicate when both articles end in one duplicate group (so a pair
joined through a third copy counts, as it would in the story view).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # _prf

from marsad.corpus import dedup  # noqa: E402
from _prf import prf  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz"
GOLD = ROOT / "benchmarks" / "data" / "dup_pairs.tsv"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--no-embeddings", action="store_true")
    a = ap.parse_args()

    t0 = time.perf_counter()
    texts = []
    with gzip.open(a.data, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            texts.append((r.get("title") or "") + "\n" + (r.get("content") or ""))
            if a.limit and len(texts) >= a.limit:
                break
    t1 = time.perf_counter()
    pairs = dedup.duplicate_pairs(texts, use_embeddings=not a.no_embeddings)
    t2 = time.perf_counter()
    groups = dedup.groups(len(texts), pairs)
    group_of = {i: k for k, g in enumerate(groups) for i in g}
    in_groups = sum(len(g) for g in groups)
    by_emb = sum(1 for p in pairs if "embedding" in p[3])
    print(f"articles {len(texts)}  read {t1 - t0:.1f}s  dedup {t2 - t1:.1f}s")
    print(f"duplicate pairs {len(pairs)} ({by_emb} settled by embeddings)  groups {len(groups)}"
          f"  articles in groups {in_groups}  articles after dedup {len(texts) - in_groups + len(groups)}")

    tp = fp = fn = tn = 0
    errors = []
    for line in open(a.gold, encoding="utf-8"):
        if line.startswith("#") or line.startswith("a\t") or not line.strip():
            continue
        i, j, _, _, label, *_ = line.rstrip("\n").split("\t")
        i, j, gold = int(i), int(j), label == "1"
        if max(i, j) >= len(texts):
            continue
        pred = i in group_of and group_of.get(i) == group_of.get(j)
        tp += pred and gold
        fp += pred and not gold
        fn += (not pred) and gold
        tn += (not pred) and not gold
        if pred != gold:
            errors.append((i, j, gold))
    p, r, f1 = prf(tp, fp, fn)[:3]
    for i, j, gold in errors:
        print(f"  {'missed' if gold else 'false'} {i} {j}: {texts[i][:60]!r} | {texts[j][:60]!r}")
    print(f"labelled pairs {tp + fp + fn + tn}: tp {tp} fp {fp} fn {fn} tn {tn}")
    print(f"precision {p:.3f} recall {r:.3f}")
    print(f"F1 {f1:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
