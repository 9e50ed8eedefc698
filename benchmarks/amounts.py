"""Amounts against Wojood-format NER gold (CARDINAL, MONEY, QUANTITY, PERCENT spans).

    python benchmarks/amounts.py --conll /work/shared/data/ner/wojood_sample_val.txt [--show]

Each file line is ``token TAG [TAG ...]`` (extra columns are nested entities), a blank line or the
``$#$`` token ends a sentence. Sentences are rebuilt as text (tokens joined by spaces), the engine
runs on each (times first, so years and durations are not counted), and predicted quantities are
mapped to token spans. A prediction is correct when it overlaps a gold amount span (one-to-one,
greedy); the typed score also requires the type (MONEY: a currency unit, PERCENT: %, QUANTITY: a
unit of measure, else CARDINAL). Last line: ``F1 0.xx`` (untyped overlap).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # _prf

from marsad.document import Document  # noqa: E402
from marsad.extract import amounts, times  # noqa: E402
from _prf import prf  # noqa: E402

TYPES = ("CARDINAL", "MONEY", "QUANTITY", "PERCENT")


def read_conll(path: Path):
    """Sentences as lists of (token, [tags])."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
                cur = []
            continue
        if parts[0] == "$#$":
            if cur:
                sents.append(cur)
                cur = []
            continue
        cur.append((parts[0], parts[1:] or ["O"]))
    if cur:
        sents.append(cur)
    return sents


def gold_spans(sent):
    """(first token, last token, type) for every amount entity, nested columns included."""
    out = []
    ncols = max(len(t[1]) for t in sent)
    for col in range(ncols):
        start = typ = None
        for i, (_, tags) in enumerate(sent + [("", ["O"])]):
            tag = tags[col] if col < len(tags) else "O"
            if start is not None and not (tag.startswith("I-") and tag[2:] == typ):
                out.append((start, i - 1, typ))
                start = typ = None
            if tag.startswith("B-") and tag[2:] in TYPES:
                start, typ = i, tag[2:]
    return sorted(set(out))


def pred_type(q) -> str:
    if q.unit == "%":
        return "PERCENT"
    if q.unit and q.unit.isupper() and len(q.unit) == 3 or q.unit == "PIASTRE":
        return "MONEY"
    if q.unit:
        return "QUANTITY"
    return "CARDINAL"


def evaluate(sents, show=False):
    tp = fp = fn = tpt = 0
    per = {t: [0, 0, 0] for t in TYPES}
    for sent in sents:
        toks = [t for t, _ in sent]
        text, offs, pos = [], [], 0
        for t in toks:
            offs.append((pos, pos + len(t)))
            text.append(t)
            pos += len(t) + 1
        text = " ".join(text)
        doc = Document(text=text)
        times.annotate(doc)
        amounts.annotate(doc)
        pred = []
        for q in doc.quantities:
            idx = [i for i, (s, e) in enumerate(offs) if s < q.end and q.start < e]
            if idx:
                pred.append((idx[0], idx[-1], pred_type(q), q.text))
        gold = gold_spans(sent)
        used, pairs = set(), []
        for pi, (ps, pe, pt, _) in enumerate(pred):
            for gi, (gs, ge, gt) in enumerate(gold):
                if gi not in used and ps <= ge and gs <= pe:
                    used.add(gi)
                    pairs.append((pi, gi))
                    break
        tp += len(pairs)
        fp += len(pred) - len(pairs)
        fn += len(gold) - len(pairs)
        for pi, gi in pairs:
            if pred[pi][2] == gold[gi][2]:
                tpt += 1
                per[gold[gi][2]][0] += 1
            else:
                per[gold[gi][2]][2] += 1
                per[pred[pi][2]][1] += 1
        mp = {p for p, _ in pairs}
        mg = {g for _, g in pairs}
        for pi, p in enumerate(pred):
            if pi not in mp:
                per[p[2]][1] += 1
        for gi, g in enumerate(gold):
            if gi not in mg:
                per[g[2]][2] += 1
        if show:
            for gi, (gs, ge, gt) in enumerate(gold):
                if gi not in mg:
                    print(f"MISS {gt} {' '.join(toks[gs:ge + 1])!r} | {' '.join(toks[max(0, gs - 4):ge + 4])}")
            for pi, p in enumerate(pred):
                if pi not in mp:
                    print(f"EXTRA {p[2]} {p[3]!r} | {' '.join(toks[max(0, p[0] - 4):p[1] + 4])}")
    return tp, fp, fn, tpt, per


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--conll", required=True, nargs="+", help="Wojood-format file(s)")
    ap.add_argument("--show", action="store_true", help="print misses and extras")
    args = ap.parse_args(argv)
    sents = []
    for p in args.conll:
        sents += read_conll(Path(p))
    tp, fp, fn, tpt, per = evaluate(sents, args.show)
    P, R, F = prf(tp, fp, fn)[:3]
    tP, tR, tF = prf(tpt, tp + fp - tpt, tp + fn - tpt)[:3]
    print(f"sentences {len(sents)} gold {tp + fn} predicted {tp + fp} matched {tp}")
    for t in TYPES:
        p_, r_, f_ = prf(*per[t])[:3]
        print(f"  {t:9s} P {p_:.3f} R {r_:.3f} F1 {f_:.3f} (tp {per[t][0]} fp {per[t][1]} fn {per[t][2]})")
    print(f"typed (overlap + type) P {tP:.3f} R {tR:.3f} F1 {tF:.3f}")
    print(f"untyped overlap P {P:.3f} R {R:.3f} F1 {F:.3f}")
    print(f"F1 {F:.2f}")


if __name__ == "__main__":
    main()
