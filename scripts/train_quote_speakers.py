"""Train the quotation speaker ranker (issue #27): ``marsad/resources/models/quote_speakers.json``.

    python scripts/train_quote_speakers.py [--cache PATH] [--folds 5] [--out PATH] [--report-only]

Training pool (never a test article):
  * ``benchmarks/data/indomain/train.jsonl`` — the in-domain training split, its quotations;
  * ``benchmarks/data/quotes_gold.jsonl`` with ``split == "dev"`` — the own gold set's dev articles.
Each article is analysed as its benchmark does (train: the full pipeline with outlet/date, as
``benchmarks/indomain.py``; own gold: entities only, as ``benchmarks/quotes.py --entities``), the rules extract
quotations with the ranker off, and each predicted quotation paired with a gold one (by content, as
``benchmarks/quotes.py``) gives a group: its candidate speakers (``ranker.candidates``), their features
(``ranker.featurise``) and labels — right when the span is the gold span, or (in-domain, whose benchmark also
accepts it) when the speaker's words are the gold speaker's words.

The model is a conditional logit (a softmax over the candidates of one quotation, L2-penalised), fitted by
gradient descent in numpy: a binary logistic regression over candidates would weigh quotations with many
candidates more, and it ranks the same way. The margin by which a candidate must beat the rule choice, and the
penalty, are chosen by grouped cross-validation over articles (``--folds``); the figures printed are out of
sample: for each held-out quotation, right under the rules vs right under the ranker. The model ships enabled
only when the cross-validated change is positive.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ["MARSAD_QUOTE_RANKER"] = "0"  # the rules alone, whatever model file is in place

from marsad.document import Document  # noqa: E402
from marsad.extract.quotes import _Extractor, ranker  # noqa: E402
from marsad.pipeline import run  # noqa: E402
from indomain import words  # noqa: E402
from quotes import pair  # noqa: E402

TRAIN = ROOT / "benchmarks" / "data" / "indomain" / "train.jsonl"
OWN_GOLD = ROOT / "benchmarks" / "data" / "quotes_gold.jsonl"
OUT = ranker.MODEL_PATH


def pool_articles() -> list[dict]:
    """[{id, src, doc, gold}] of the training pool, analysed up to (not including) the quotes component;
    gold quotations as {"speaker": [s, e] | None, "speaker_text", "content": [s, e]}."""
    out = []
    for line in open(TRAIN, encoding="utf-8"):
        a = json.loads(line)
        if a.get("split") != "train" or "quotes" not in a.get("kinds", []):
            continue
        doc = Document(text=a["text"], published=a.get("published"), outlet=a.get("outlet"), url=a.get("url"))
        run(doc, ["entities", "resolve", "times", "amounts"])
        gold = [dict(speaker=[q["speaker_start"], q["speaker_end"]] if q.get("speaker_start") is not None else None,
                     speaker_text=q.get("speaker"), content=[q["start"], q["end"]]) for q in a["quotes"]]
        out.append(dict(id=a["id"], src="train", doc=doc, gold=gold))
    for line in open(OWN_GOLD, encoding="utf-8"):
        a = json.loads(line)
        if a.get("split") != "dev":  # never the test articles
            continue
        doc = Document(text=a["text"])
        run(doc, ["entities"])
        out.append(dict(id=a["id"], src="own", doc=doc, gold=a["quotes"]))
    return out


def _right(src: str, g: dict, start: int, end: int, name: str) -> bool:
    if g["speaker"] is None:
        return False
    if [start, end] == list(g["speaker"]):
        return True
    # the in-domain benchmark also takes the same words (the name of a titled speaker)
    return src == "train" and bool(words(name)) and words(name) == words(g.get("speaker_text"))


def _overlap(g: dict, start: int, end: int) -> bool:
    return g["speaker"] is not None and min(end, g["speaker"][1]) > max(start, g["speaker"][0])


def groups(articles: list[dict]) -> list[dict]:
    """One group per paired predicted quotation: {"art", "src", "X" (candidates x features), "y" (right),
    "ov" (overlaps gold), "ok" (may replace: passes the invariant)}."""
    out = []
    for n, art in enumerate(articles):
        x = _Extractor(art["doc"])
        qs = sorted(x.run(), key=lambda q: q.cue_start)
        for gi, pi in pair(art["gold"], qs):
            g = art["gold"][gi]
            cands = ranker.candidates(x, qs, pi)
            rows = ranker.featurise(x, qs, pi, cands)
            y, ov, ok = [], [], []
            for c in cands:
                if c.source is not None:
                    name, valid = c.source.speaker, True
                else:
                    sp = x.make_speaker(c.a, c.b)
                    name, valid = sp.name, bool(sp.name) and not x.defect(sp)
                    c.start, c.end = sp.start, sp.end  # (the span a replacement would get)
                y.append(_right(art["src"], g, c.start, c.end, name))
                ov.append(_overlap(g, c.start, c.end))
                ok.append(valid)
            out.append(dict(art=n, src=art["src"], X=np.array(rows, float), y=np.array(y, bool),
                            ov=np.array(ov, bool), ok=np.array(ok, bool)))
    return out


def fit(gs: list[dict], l2: float, epochs: int = 400, lr: float = 0.1) -> np.ndarray:
    """Weights of the conditional logit: maximise sum over groups of log P(a right candidate) with
    P = softmax over the group's candidates, minus l2 * |w|^2 / 2. Groups with no right candidate or no
    alternative teach nothing and are skipped. Full-batch Adam; deterministic."""
    use = [g for g in gs if len(g["y"]) > 1 and g["y"].any()]
    d = gs[0]["X"].shape[1]
    w = np.zeros(d)
    if not use:
        return w
    X = np.concatenate([g["X"] for g in use])
    Y = np.concatenate([g["y"] for g in use]).astype(float)
    idx = np.concatenate([[k] * len(g["y"]) for k, g in enumerate(use)])
    G = len(use)
    m, v = np.zeros(d), np.zeros(d)
    for t in range(1, epochs + 1):
        s = X @ w
        mx = np.full(G, -np.inf)
        np.maximum.at(mx, idx, s)
        e = np.exp(s - mx[idx])
        z = np.zeros(G)
        np.add.at(z, idx, e)
        p = e / z[idx]  # P(candidate)
        ep = e * Y
        zp = np.zeros(G)
        np.add.at(zp, idx, ep)
        q = ep / zp[idx]  # P(candidate | right)
        grad = -(X.T @ (q - p)) / G + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad ** 2
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def decide(g: dict, w: np.ndarray, margin: float) -> int:
    """The candidate ``ranker.rerank`` would keep: the best-scoring one if it beats the rule choice (row 0)
    by more than margin and passes the invariant, else 0."""
    s = g["X"] @ w
    best = int(max(range(len(s)), key=lambda k: (s[k], -k)))
    if best and s[best] - s[0] > margin and g["ok"][best]:
        return best
    return 0


MARGINS = (0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0)
L2S = (0.001, 0.01, 0.1)


def tally(gs: list[dict], picks: list[int]) -> dict:
    """Right speakers (exact, overlap) under the rules and under the picks, per source and overall."""
    out: dict = {}
    for g, k in zip(gs, picks):
        for key in (g["src"], "all"):
            t = out.setdefault(key, dict(n=0, rule=0, rank=0, rule_ov=0, rank_ov=0, changed=0, fixed=0, broke=0))
            t["n"] += 1
            t["rule"] += bool(g["y"][0])
            t["rank"] += bool(g["y"][k])
            t["rule_ov"] += bool(g["ov"][0])
            t["rank_ov"] += bool(g["ov"][k])
            t["changed"] += k != 0
            t["fixed"] += k != 0 and g["y"][k] and not g["y"][0]
            t["broke"] += k != 0 and g["y"][0] and not g["y"][k]
    return out


def cross_validate(gs: list[dict], n_arts: int, folds: int, seed: int = 27) -> dict:
    """{(l2, margin): tally} of out-of-sample picks, folds grouped by article."""
    order = list(range(n_arts))
    random.Random(seed).shuffle(order)
    fold_of = {a: k % folds for k, a in enumerate(order)}
    picks = {(l2, m): [0] * len(gs) for l2 in L2S for m in MARGINS}
    for f in range(folds):
        train = [g for g in gs if fold_of[g["art"]] != f]
        for l2 in L2S:
            w = fit(train, l2)
            for j, g in enumerate(gs):
                if fold_of[g["art"]] == f:
                    for m in MARGINS:
                        picks[(l2, m)][j] = decide(g, w, m)
    return {k: tally(gs, p) for k, p in picks.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="pickle of the analysed pool (made if missing)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--report-only", action="store_true", help="cross-validate, write nothing")
    a = ap.parse_args()
    if a.cache and a.cache.exists():
        arts = pickle.load(open(a.cache, "rb"))
    else:
        arts = pool_articles()
        if a.cache:
            pickle.dump(arts, open(a.cache, "wb"))
    gs = groups(arts)
    print(f"pool: {len(arts)} articles, {len(gs)} paired quotations, "
          f"{sum(len(g['y']) for g in gs)} candidates; right candidate among them: "
          f"{sum(bool(g['y'].any()) for g in gs)}; rule right: {sum(bool(g['y'][0]) for g in gs)}")
    cv = cross_validate(gs, len(arts), a.folds)
    print(f"grouped {a.folds}-fold CV (out of sample), speaker right (exact / overlap):")
    for (l2, m), t in sorted(cv.items()):
        al = t["all"]
        per = "  ".join(f"{s} {t[s]['rule']}->{t[s]['rank']}" for s in ("train", "own") if s in t)
        print(f"  l2 {l2:<6} margin {m:<5} all {al['rule']}->{al['rank']} of {al['n']} "
              f"(overlap {al['rule_ov']}->{al['rank_ov']}; changed {al['changed']}, fixed {al['fixed']}, "
              f"broke {al['broke']})  {per}")
    # best gain; ties go to the larger margin (fewer changes) and the larger penalty
    (l2, margin), best = max(cv.items(), key=lambda kv: (kv[1]["all"]["rank"] - kv[1]["all"]["rule"],
                                                        kv[1]["all"]["rank_ov"] - kv[1]["all"]["rule_ov"],
                                                        kv[0][1], kv[0][0]))
    gain = best["all"]["rank"] - best["all"]["rule"]
    print(f"chosen: l2 {l2}, margin {margin}: CV gain {gain:+d} exact, "
          f"{best['all']['rank_ov'] - best['all']['rule_ov']:+d} overlap")
    if a.report_only:
        return
    w = fit(gs, l2)
    model = {"features": list(ranker.FEATURES), "weights": [round(float(v), 6) for v in w], "bias": 0.0,
             "margin": margin, "l2": l2, "enabled": gain > 0,
             "cv": {"folds": a.folds, "quotations": best["all"]["n"], "rule_right": best["all"]["rule"],
                    "ranker_right": best["all"]["rank"], "fixed": best["all"]["fixed"],
                    "broke": best["all"]["broke"]},
             "trained_on": "indomain train split + quotes_gold dev split"}
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {a.out} (enabled: {model['enabled']})")
    for name, v in sorted(zip(ranker.FEATURES, w), key=lambda t: -abs(t[1])):
        print(f"  {name:<18} {v:+.3f}")


if __name__ == "__main__":
    main()
