"""Entity resolution: pairwise precision/recall on labelled mention pairs, and corpus timing.

    .venv/bin/python benchmarks/resolve.py                 # P/R on benchmarks/data/entity_pairs.tsv
    .venv/bin/python benchmarks/resolve.py --time          # + resolve every SaudiNewsNet mention
    .venv/bin/python benchmarks/resolve.py --ner           # spans from marsad.extract.entities

Spans: by default a gazetteer (alias table + the pair set's mentions) plus title-led person names
(benchmarks/_mentions.py), so the figures measure resolution, not NER. With ``--ner`` the
pipeline's NER gives the spans (the pair set's mentions it misses are reported, not scored).
A pair is predicted "same" when both mentions end in one record of ``summarize`` (so the
corpus-level surname link counts). Mentions are resolved inside their documents.
"""
from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from _mentions import candidate_entities  # noqa: E402

from marsad.arabic.normalize import normalize  # noqa: E402
from marsad.corpus import resolve  # noqa: E402
from marsad.document import Document  # noqa: E402
from _prf import prf  # noqa: E402

SHARED = Path(os.environ.get("MARSAD_SHARED", "/work/shared"))
SEEDS = SHARED / "corpus" / "seeds"
SNN = SHARED / "data" / "news" / "saudinewsnet.jsonl.gz"
PAIRS = HERE / "data" / "entity_pairs.tsv"


def load_pairs(path: Path = PAIRS) -> list[tuple]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        c = line.split("\t")
        out.append(((c[0], c[1], c[2]), (c[3], c[4], c[5]), c[6]))
    return out


def load_texts(refs: set[str]) -> dict[str, str]:
    texts = {}
    for ref in refs:
        kind, _, n = ref.partition(":")
        if kind == "seed":
            (f,) = glob.glob(str(SEEDS / f"{n}_*.txt"))
            texts[ref] = Path(f).read_text(encoding="utf-8")
    want = {int(r.split(":")[1]) for r in refs if r.startswith("snn:")}
    if want:
        with gzip.open(SNN, "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i in want:
                    texts[f"snn:{i}"] = json.loads(line)["content"]
                    if len(texts) == len(refs):
                        break
    return texts


def spans(text: str, extra, ner: bool):
    if ner:
        from marsad.extract import entities
        from marsad.pipeline import annotate_text_layer

        d = Document(text)
        annotate_text_layer(d)
        entities.annotate(d)
        return d.entities
    return candidate_entities(text, extra)


def evaluate(pairs, ner: bool = False, verbose: bool = False) -> dict:
    refs = {p[0][0] for p in pairs} | {p[1][0] for p in pairs}
    texts = load_texts(refs)
    extra = sorted({(m[1], m[2]) for p in pairs for m in p[:2]})
    docs: dict[str, Document] = {}
    rows = []
    for ref, text in texts.items():
        d = Document(text, id=ref)
        d.entities = spans(text, extra, ner)
        resolve.annotate(d)
        docs[ref] = d
        rows += [(e.entity_id, e.text, e.type, ref) for e in d.entities]
    final = {}
    for rec in resolve.summarize(rows):
        for eid in rec["ids"]:
            final[eid] = rec["entity_id"]

    def ident(m):
        ref, mention, _ = m
        nm = " ".join(normalize(mention).split())
        for e in docs[ref].entities:
            if " ".join(normalize(e.text).split()) == nm:
                return final.get(e.entity_id, e.entity_id)
        return None

    tp = fp = fn = tn = 0
    missing = set()
    errors = []
    for a, b, label in pairs:
        ia, ib = ident(a), ident(b)
        if ia is None or ib is None:
            missing |= {m for m, i in ((a, ia), (b, ib)) if i is None}
            continue
        same = ia == ib
        if same and label == "same":
            tp += 1
        elif same:
            fp += 1
            errors.append(("WRONG MERGE", a, b))
        elif label == "same":
            fn += 1
            errors.append(("missed", a, b))
        else:
            tn += 1
    p, r = prf(tp, fp, fn, empty=1.0)[:2]
    if verbose:
        for kind, a, b in errors:
            print(f"  {kind}: {a[1]} ({a[0]})  ~  {b[1]} ({b[0]})")
        for m in sorted(missing):
            print(f"  not found as a span: {m[1]} in {m[0]}")
    return {"pairs": tp + fp + fn + tn, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "precision": p, "recall": r, "unscored": len(pairs) - (tp + fp + fn + tn), "errors": errors}


def time_corpus(ner: bool = False, limit: int | None = None) -> None:
    t0 = time.perf_counter()
    docs = []
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit and i >= limit:
                break
            d = json.loads(line)
            docs.append(Document(d["content"], id=i))
    t1 = time.perf_counter()
    for d in docs:
        d.entities = spans(d.text, (), ner)
    t2 = time.perf_counter()
    rows = []
    for d in docs:
        resolve.annotate(d)
        rows += [(e.entity_id, e.text, e.type, d.id) for e in d.entities]
    t3 = time.perf_counter()
    recs = resolve.summarize(rows)
    t4 = time.perf_counter()
    print(f"SaudiNewsNet: {len(docs)} articles read in {t1 - t0:.1f}s; "
          f"{len(rows)} mention spans found ({'NER' if ner else 'gazetteer + title-led names'}) in {t2 - t1:.1f}s")
    print(f"  resolve.annotate over all documents: {t3 - t2:.1f}s; summarize → {len(recs)} entities: {t4 - t3:.1f}s")
    print(f"  resolution total: {t4 - t2:.1f}s")
    for r in recs[:12]:
        print(f"    {r['entity_id']} {r['type']} {r['latin']!r} docs={len(r['documents'])} variants={r['variants'][:5]}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ner", action="store_true", help="spans from marsad.extract.entities")
    ap.add_argument("--time", action="store_true", help="time resolution over all SaudiNewsNet articles")
    ap.add_argument("--limit", type=int, default=None, help="articles for --time (default: all)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list wrong merges and missed pairs")
    a = ap.parse_args(argv)
    pairs = load_pairs()
    t = time.perf_counter()
    res = evaluate(pairs, ner=a.ner, verbose=a.verbose)
    print(f"pairs: {res['pairs']} scored ({res['unscored']} unscored: a mention not found as a span)  "
          f"tp={res['tp']} fp={res['fp']} fn={res['fn']} tn={res['tn']}")
    print(f"pairwise precision {res['precision']:.3f}  recall {res['recall']:.3f}   ({time.perf_counter() - t:.1f}s)")
    if a.time:
        time_corpus(a.ner, a.limit)


if __name__ == "__main__":
    main()
