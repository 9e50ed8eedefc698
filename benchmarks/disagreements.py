"""Disagreement detection on labelled claim pairs: precision and recall of "disagree".

    python benchmarks/disagreements.py --gold benchmarks/data/claim_pairs.jsonl [--errors]

Each side of a pair is a sentence with its outlet, date and source article (a seed file or a line of
SaudiNewsNet). The article is analysed as it would be in a store (every component), its
claims extracted, those inside the sentence kept, and the pair is predicted "disagree" when any claim of one side disagrees with any
claim of the other, "agree" when any agrees, else "unrelated". The last line is ``F1 0.xx``.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # _prf

from marsad import pipeline  # noqa: E402
from marsad.corpus import claims as C  # noqa: E402
from marsad.document import Document  # noqa: E402
from _prf import prf  # noqa: E402

GOLD = ROOT / "benchmarks" / "data" / "claim_pairs.jsonl"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
SNN = SHARED / "data" / "news" / "saudinewsnet.jsonl.gz"


def _key(side: dict) -> str:
    return f"{side.get('corpus')}:{side.get('document', side.get('line'))}"


_docs: dict = {}


def _source_text(side: dict) -> str:
    """The whole article the sentence comes from: claims are read in their document, as in a store
    (the article's main place and date matter), then only those inside the sentence are compared."""
    if side.get("corpus") == "seeds":
        from marsad.ingest import read_path

        for d in read_path(str(SEEDS / side["document"])):
            return d.text
    if side.get("corpus") == "saudinewsnet":
        if not _snn:
            with gzip.open(SNN, "rt", encoding="utf-8") as f:
                for i, line in enumerate(f):
                    _snn[i] = line
        return json.loads(_snn[side["line"]])["content"]
    return side["text"]


_snn: dict = {}


def _claims(side: dict, doc_id: int) -> list:
    key = _key(side)
    if key not in _docs:
        d = Document(text=_source_text(side), outlet=side.get("outlet"), published=side.get("published"), id=doc_id)
        pipeline.run(d)  # every component, as in a store: quotes give sources, entities sites, events incidents
        _docs[key] = C.extract(d), d.text
    cs, text = _docs[key]
    at = text.find(side["text"])
    if at < 0:  # the sentence as labelled is not in the analysed text: analyse it alone
        d = Document(text=side["text"], outlet=side.get("outlet"), published=side.get("published"), id=doc_id)
        return C.extract(pipeline.run(d))
    end = at + len(side["text"])
    return [c for c in cs if at <= c.start < end or c.start <= at < c.end]


def predict(pair: dict, ids: dict) -> tuple[str, str]:
    a, b = pair["a"], pair["b"]
    ca = _claims(a, ids.setdefault(_key(a), len(ids) + 1))
    cb = _claims(b, ids.setdefault(_key(b), len(ids) + 1))
    best = ("unrelated", "")
    for x in ca:
        for y in cb:
            label, key, reason = C.compare(x, y)
            if label == "disagree":
                return label, f"{key}: {reason}"
            if label == "agree" and best[0] == "unrelated":
                best = (label, f"{key}: {reason}")
    return best


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--errors", action="store_true", help="print the pairs the detector gets wrong")
    args = ap.parse_args()
    pairs = [json.loads(l) for l in open(args.gold, encoding="utf-8") if l.strip()]
    t0 = time.perf_counter()
    tp = fp = fn = 0
    confusion: Counter = Counter()
    ids: dict = {}
    for p in pairs:
        pred, why = predict(p, ids)
        gold = p["label"]
        confusion[(gold, pred)] += 1
        if pred == "disagree" and gold == "disagree":
            tp += 1
        elif pred == "disagree":
            fp += 1
        elif gold == "disagree":
            fn += 1
        if args.errors and (pred == "disagree") != (gold == "disagree"):
            print(f"{p['id']} gold={gold} pred={pred} {why}\n   A: {p['a']['text'][:140]}\n   B: {p['b']['text'][:140]}")
    dt = time.perf_counter() - t0
    prec, rec, f1 = prf(tp, fp, fn)[:3]
    labels = ("disagree", "agree", "unrelated")
    print(f"pairs {len(pairs)} ({', '.join(f'{l} {sum(v for (g, _), v in confusion.items() if g == l)}' for l in labels)})"
          f"  {dt:.1f}s")
    print("gold \\ predicted  " + "  ".join(f"{l:>9}" for l in labels))
    for g in labels:
        print(f"{g:>16}  " + "  ".join(f"{confusion[(g, p)]:>9}" for p in labels))
    print(f"disagree: tp {tp} fp {fp} fn {fn}  precision {prec:.3f} recall {rec:.3f}")
    print(f"F1 {f1:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
