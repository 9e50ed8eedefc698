"""Train the event sentence classifier: TF-IDF (word uni+bigrams, char 2-5-grams) + lexicon features
→ logistic regression, one weight vector per type over a shared vocabulary.

    python scripts/train_events.py [--data /work/shared/data/events] [--out marsad/resources/models/events_tfidf.npz]

Types with labelled data: ASSAULT, PROTEST (the dev CSVs of openeventdata arabic_event_gsr,
"ambiguous" rows left out). Each type is trained on its own CSV plus every sentence of the other CSV
as an extra negative. The decision threshold is chosen by 4-fold cross-validation over the type's own
rows (never by scoring rows a model was fitted on); seed fixed. The figures to quote are the
cross-validated ones printed by ``benchmarks/events.py --classifier``; this script only writes the
artefact (plain numpy arrays: vocabulary, idf, float16 weights; run time needs numpy only).
Needs scikit-learn and scipy at training time (pip install -e '.[train]').
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
import time

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, ROOT)

from marsad.extract import events_classifier as clf  # noqa: E402

FILES = {"ASSAULT": "assault_dev.csv", "PROTEST": "protest_dev.csv"}


def read(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [r for r in csv.DictReader(f) if r["label"] != "ambiguous"]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "events"))
    ap.add_argument("--out", default=os.path.join(ROOT, "marsad", "resources", clf.MODEL))
    ap.add_argument("--seed", type=int, default=clf.SEED)
    ap.add_argument("--C", type=float, default=1.0)
    args = ap.parse_args(argv)

    rows = {typ: read(os.path.join(args.data, name)) for typ, name in FILES.items()}
    texts = {typ: [r["text"] for r in rs] for typ, rs in rows.items()}
    lex = {typ: clf.lexicon_features_for_texts(texts[typ], list(FILES)) for typ in FILES}
    vec = None
    per_type = {}
    for typ in FILES:
        others = [o for o in FILES if o != typ]
        extra = [t for o in others for t in texts[o]]
        extra_lex = np.vstack([lex[o][typ] for o in others])
        y = np.asarray([r["label"] == "yes" for r in rows[typ]])
        t0 = time.time()
        v, w, wl, b, th = clf.fit_type(texts[typ], lex[typ][typ], y, extra, extra_lex, args.C, args.seed)
        assert vec is None or v.vocab == vec.vocab  # same sentences → same vocabulary for every type
        vec = v
        per_type[typ] = (w, wl, b, th)
        print(f"{typ}: {len(y)} rows ({int(y.sum())} yes) + {len(extra)} extra negatives, "
              f"{len(v.vocab)} terms, threshold {th:.3f} ({time.time() - t0:.0f}s)")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    clf.Model(vec, per_type).save(args.out)
    print(f"wrote {args.out} ({os.path.getsize(args.out)} bytes)")


if __name__ == "__main__":
    main()
