"""Train the events keep/drop filter (``marsad/extract/events/keep.py``) on the in-domain training split.

    PYTHONPATH=. python scripts/train_events_keep.py [--l2 30] [--folds 10] [--features a,b,…] [--data train|dev|both]
                                                      [--dry-run] [--dev-check]

Data (default ``--data train``): the 98 articles of ``benchmarks/data/indomain/train.jsonl`` annotated for events
(none of them a dev or test article: ``scripts/events_errors.run_dev("train")`` reads that file only), through the
default pipeline with every event kept (``MARSAD_EVENTS_KEEP=all``; with ``--mentions`` also the mention candidates,
``MARSAD_EVENTS_MENTIONS=1``, an experiment that did not pay); each one not negated and not hypothetical is an
example, labelled 1 when ``benchmarks/indomain.py`` pairs it with a gold event (same type, trigger spans overlap,
one to one), else 0. Features: ``keep.features`` (``--features``: a subset of their names). ``--data dev`` / ``both``
train on the dev gold, which makes every dev figure of the model meaningless (the model shipped before r121 was).

Model: L2-regularised logistic regression on standardised features (numpy, Newton steps), and a cut on its
probability chosen to maximise event F1 = 2 TP / (kept + gold events) over the training articles, from an
inner grouped cross-validation.

Printed score, the one to choose features, ``--l2`` and the cut by: grouped cross-validation **by article**
(``--folds`` folds, averaged over ``--seeds`` fold assignments; each held-out article's events are decided by a
model and a cut fitted on the other folds only): the event F1 (type+trigger) of the training articles without the
filter and with its out-of-fold decisions. Dev is a check run once per candidate one would ship
(``MARSAD_EVENTS_KEEP=1 benchmarks/indomain.py --split dev --kind events``, or ``--dev-check`` here), never a
figure to choose by; its result is added to the model file by hand (``dev_indomain``).

Writes ``marsad/resources/models/events_keep.json`` (feature names, mean, scale, weights, cut, the CV
figures) unless ``--dry-run``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

os.environ["MARSAD_EVENTS_KEEP"] = "all"
if "--mentions" in sys.argv:
    os.environ["MARSAD_EVENTS_MENTIONS"] = "1"

import indomain  # noqa: E402
from events_errors import run_dev  # noqa: E402

from marsad.extract.events import keep as K  # noqa: E402


def examples(split: str = "dev"):
    """(feature dicts, labels, article index per example, gold events per article)."""
    feats, labels, groups, gold = [], [], [], []
    for ai, (g, doc, p) in enumerate(run_dev(split)):
        gold.append(len(g.get("events", [])))
        fs = K.features(doc, doc.events)
        pe = [i for i, e in enumerate(p["events"]) if indomain.reported(e)]
        pairs = indomain.match(g.get("events", []), [p["events"][i] for i in pe], indomain._ev_ok, indomain._span_ov)
        hit = {pi for _, pi in pairs}
        for j, i in enumerate(pe):
            feats.append(fs[i])
            labels.append(1 if j in hit else 0)
            groups.append(ai)
    return feats, np.array(labels, float), np.array(groups), np.array(gold, float)


def fit(X: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Logistic regression weights (last column of X is the bias, not penalised), Newton's method."""
    w = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-X @ w))
        g = X.T @ (p - y) + reg * w
        H = X.T @ (X * (p * (1 - p))[:, None]) + np.diag(reg) + 1e-9 * np.eye(X.shape[1])
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def standardise(X: np.ndarray):
    mu, sd = X.mean(0), X.std(0)
    sd[sd == 0] = 1.0
    return mu, sd


def design(X, mu, sd):
    return np.hstack([(X - mu) / sd, np.ones((len(X), 1))])


def folds_of(groups: np.ndarray, k: int, salt: str = "") -> np.ndarray:
    """A fold per article, from a hash of its index (deterministic)."""
    return np.array([int(hashlib.md5(f"{salt}{g}".encode()).hexdigest(), 16) % k for g in groups])


def f1(keep: np.ndarray, y: np.ndarray, n_gold: float) -> float:
    tp = float((keep * y).sum())
    return 2 * tp / (keep.sum() + n_gold) if keep.sum() + n_gold else 0.0


def best_cut(p: np.ndarray, y: np.ndarray, n_gold: float) -> float:
    cands = np.unique(np.concatenate([[0.0], p]))
    scores = [f1((p >= c).astype(float), y, n_gold) for c in cands]
    i = int(np.argmax(scores))
    # halfway to the next lower score keeps the cut away from a training example
    lower = cands[i - 1] if i > 0 else 0.0
    return float((cands[i] + lower) / 2)


def oof(X, y, groups, gold, l2, k, salt=""):
    """Out-of-fold probabilities (grouped by article)."""
    fo = folds_of(groups, k, salt)
    p = np.zeros(len(y))
    for f in range(k):
        tr, te = fo != f, fo == f
        if not te.any():
            continue
        mu, sd = standardise(X[tr])
        w = fit(design(X[tr], mu, sd), y[tr], l2)
        p[te] = 1 / (1 + np.exp(-design(X[te], mu, sd) @ w))
    return p


def gold_of(groups_subset, gold):
    return float(sum(gold[g] for g in np.unique(groups_subset)))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--l2", type=float, default=30.0)
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--mentions", action="store_true", help="also the mention candidates (experiment)")
    ap.add_argument("--seeds", type=int, default=5, help="fold assignments the CV F1 is averaged over")
    ap.add_argument("--data", choices=("dev", "train", "both"), default="train",
                    help="train on the training split's events (default), the dev gold, or both (dev or both: its dev "
                         "figure then reads its own training data and means nothing)")
    ap.add_argument("--features", default="",
                    help="a comma-separated subset of keep.features' names (default: every one)")
    ap.add_argument("--dev-check", action="store_true",
                    help="with --data train, also print the shipped model's effect on the dev gold (a figure only: "
                         "run it once per candidate you would ship, never to choose features, l2 or cut)")
    a = ap.parse_args(argv)
    if a.data == "both":
        parts = [examples("dev"), examples("train")]
        off = len(parts[0][3])
        feats = parts[0][0] + parts[1][0]
        y = np.concatenate([parts[0][1], parts[1][1]])
        groups = np.concatenate([parts[0][2], parts[1][2] + off])
        gold = np.concatenate([parts[0][3], parts[1][3]])
    else:
        feats, y, groups, gold = examples(a.data)
    names = sorted({k for f in feats for k in f} - {"bias"})
    if a.features:
        wanted = [n.strip() for n in a.features.split(",") if n.strip()]
        missing = [n for n in wanted if n not in names]
        if missing:
            ap.error(f"no such features: {missing}")
        names = sorted(wanted)
    X = np.array([[f.get(n, 0.0) for n in names] for f in feats])
    n_gold = float(gold.sum())
    base = f1(np.ones(len(y)), y, n_gold)
    # outer grouped CV; the cut of each outer fold from an inner grouped CV on its training articles
    runs = []
    for seed in range(a.seeds):
        salt = "" if seed == 0 else f"s{seed}"
        fo = folds_of(groups, a.folds, salt)
        decided = np.zeros(len(y))
        for f in range(a.folds):
            tr, te = fo != f, fo == f
            if not te.any():
                continue
            pin = oof(X[tr], y[tr], groups[tr], gold, a.l2, 5, salt="inner" + salt)
            cut = best_cut(pin, y[tr], gold_of(groups[tr], gold))
            mu, sd = standardise(X[tr])
            w = fit(design(X[tr], mu, sd), y[tr], a.l2)
            pt = 1 / (1 + np.exp(-design(X[te], mu, sd) @ w))
            decided[te] = (pt >= cut).astype(float)
        tp, kept = float((decided * y).sum()), float(decided.sum())
        runs.append((f1(decided, y, n_gold), tp, kept))
    cv = float(np.mean([r[0] for r in runs]))
    print(f"examples {len(y)} (paired {int(y.sum())}) from {len(gold)} {a.data} articles, {int(n_gold)} gold events")
    print(f"{a.data} event F1 without the filter {base:.3f}; grouped {a.folds}-fold CV by article (out of fold), mean "
          f"over {a.seeds} fold assignments: {cv:.3f} (each: " + ", ".join(f"{r[0]:.3f}" for r in runs) + ")")
    tp, kept = runs[0][1], runs[0][2]
    print(f"  first assignment: kept {int(kept)} of {len(y)}: tp {int(tp)}, fp {int(kept - tp)}; "
          f"P {tp / kept:.3f} R {tp / n_gold:.3f}")
    # the shipped model: all dev, cut from a grouped CV over all of it
    pall = oof(X, y, groups, gold, a.l2, a.folds, salt="final")
    cut = best_cut(pall, y, n_gold)
    mu, sd = standardise(X)
    w = fit(design(X, mu, sd), y, a.l2)
    order = np.argsort(-np.abs(w[:-1]))
    for i in order:
        print(f"  {names[i]:24} {w[i]:+.3f}")
    print(f"  bias {w[-1]:+.3f}; cut {cut:.3f}")
    dev_out = None
    if a.data == "train" and a.dev_check:
        # the dev gold, never seen by this model: its honest effect on other articles
        df, dy, dg, dgold = examples("dev")
        DX = np.array([[f.get(n, 0.0) for n in names] for f in df])
        pd = 1 / (1 + np.exp(-design(DX, mu, sd) @ w))
        keep = (pd >= cut).astype(float)
        n_dev = float(dgold.sum())
        dev_out = (f1(np.ones(len(dy)), dy, n_dev), f1(keep, dy, n_dev))
        tp, kept = float((keep * dy).sum()), float(keep.sum())
        print(f"dev (out of sample): event F1 without the filter {dev_out[0]:.3f}, with it {dev_out[1]:.3f} "
              f"(kept {int(kept)} of {len(dy)}: tp {int(tp)}, P {tp / max(kept, 1):.3f} R {tp / n_dev:.3f})")
    if a.dry_run:
        return
    m = {"about": "events keep/drop filter (marsad/extract/events/keep.py), written by scripts/train_events_keep.py",
         "l2": a.l2, "examples": len(y), "cv_folds": a.folds, "cv_f1_without": round(base, 4),
         "cv_f1": round(cv, 4), "cv_f1_runs": [round(r[0], 4) for r in runs],
         "mentions": bool(a.mentions), "data": a.data, "features": names,
         **({"dev_out_of_sample": [round(dev_out[0], 4), round(dev_out[1], 4)]} if dev_out else {}),
         "mean": {n: float(mu[i]) for i, n in enumerate(names)},
         "scale": {n: float(sd[i]) for i, n in enumerate(names)},
         "weights": {**{n: round(float(w[i]), 5) for i, n in enumerate(names)}, "bias": round(float(w[-1]), 5)},
         "cut": round(cut, 5)}
    m["mean"]["bias"], m["scale"]["bias"] = 0.0, 1.0
    K.MODEL.parent.mkdir(parents=True, exist_ok=True)
    K.MODEL.write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {K.MODEL}")


if __name__ == "__main__":
    main()
