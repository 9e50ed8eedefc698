"""Time expressions against TimeML gold (TIMEX3 with values).

    python benchmarks/times.py --tml /work/shared/data/times [--dct 2015-12-24] [--show]

Span precision/recall/F1 count a predicted span as correct when it overlaps a gold TIMEX3 (one-to-one,
greedy in text order); value accuracy is over matched pairs (exact match of the value, after reading TimeML's reference
words, seasons and parts of the day into their own fields as Marsad does: ``times.iso_value``).
The anchor of each document is its creation time: a ``<DCT>`` element or a TIMEX3 with
``functionInDocument="CREATION_TIME"`` when the file has one, else ``--dct``; with neither, the
document is undated and the engine estimates its date as it would for a scraped article.
Last line: ``F1 0.xx value 0.xx``, against the reference as annotated. With ``--adjudicated FILE``
(``benchmarks/data/timeml_adjudication.tsv``: disagreements read and judged, see its header) a line before it
gives the figure with the reference's errors set right.
"""
from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # _prf

from marsad.document import Document  # noqa: E402
from marsad.extract import times  # noqa: E402
from _prf import prf  # noqa: E402

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_tml(path: Path):
    raw = path.read_text(encoding="utf-8")
    dct = None
    m = re.search(r"<DCT>.*?value=\"([^\"]+)\".*?</DCT>", raw, re.S) or \
        re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"', raw) or \
        re.search(r'<TIMEX3[^>]*value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"', raw)
    if m:
        dct = m.group(1)[:10]
    body = raw
    b = re.search(r"<TimeML[^>]*>(.*)</TimeML>", raw, re.S)
    if b:
        body = b.group(1)
    body = re.sub(r"<DCT>.*?</DCT>", "", body, flags=re.S)
    text, gold, pos, open_ = [], [], 0, None
    last = 0
    for t in _TAG.finditer(body):
        chunk = html.unescape(body[last:t.start()])
        text.append(chunk)
        pos += len(chunk)
        last = t.end()
        closing, name, attrs = t.group(1), t.group(2), t.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_ = (pos, dict(_ATTR.findall(attrs)))
        elif open_:
            gold.append((open_[0], pos, open_[1].get("value"), open_[1].get("type")))
            open_ = None
    text.append(html.unescape(body[last:]))
    return "".join(text), gold, dct


def match(pred, gold):
    """Greedy one-to-one overlap matching; returns list of (pred_index, gold_index)."""
    used, pairs = set(), []
    for pi, (ps, pe, *_rest) in enumerate(pred):
        best = None
        for gi, (gs, ge, *_r) in enumerate(gold):
            if gi in used or not (ps < ge and gs < pe):
                continue
            ov = min(pe, ge) - max(ps, gs)
            if best is None or ov > best[0]:
                best = (ov, gi)
        if best:
            used.add(best[1])
            pairs.append((pi, best[1]))
    return pairs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tml", required=True, help="directory of .tml files (or one file)")
    ap.add_argument("--dct", default=None, help="anchor for files without a creation time")
    ap.add_argument("--show", action="store_true", help="print misses and wrong values")
    ap.add_argument("--adjudicated", type=Path, help="TSV of judged disagreements: also print the adjudicated figure")
    args = ap.parse_args(argv)
    verdicts = {}
    if args.adjudicated:
        for line in args.adjudicated.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                fname, kind, txt, verdict = line.split("\t")[:4]
                verdicts[(fname, kind, txt)] = verdict
    # adjudicated counts: a = [tp, fp, fn, value right, values judged]
    a = [0, 0, 0, 0, 0]
    p = Path(args.tml)
    files = sorted(p.glob("*.tml")) if p.is_dir() else [p]
    tp = fp = fn = vok = 0
    no_dct = 0
    for f in files:
        text, gold, dct = read_tml(f)
        if dct is None:
            no_dct += 1
            dct = args.dct
        doc = Document(text=text, published=dct, published_basis="metadata" if dct else None)
        times.annotate(doc)
        # Marsad's value is ISO 8601 with TimeML's extras in fields of their own (ref, part): the gold's
        # TimeML value is read the same way (times.iso_value), so both are compared as (value, ref, part)
        pred = [(t.start, t.end, (t.value, t.ref, t.part), t.type, t.text) for t in doc.times]
        gold = [(a, b, times.iso_value(v), typ) for a, b, v, typ in gold]
        pairs = match(pred, gold)
        tp += len(pairs)
        fp += len(pred) - len(pairs)
        fn += len(gold) - len(pairs)
        mp = {pi for pi, _ in pairs}
        mg = {gi for _, gi in pairs}
        for pi, gi in pairs:
            ok = pred[pi][2] == gold[gi][2]
            vok += ok
            v = verdicts.get((f.name, "VALUE", text[gold[gi][0]:gold[gi][1]])) if not ok else None
            if v != "anchor":
                a[3] += ok or v == "reference_error"
                a[4] += 1
            if args.show and not ok:
                print(f"{f.name} VALUE {text[gold[gi][0]:gold[gi][1]]!r} gold={gold[gi][2]} pred={pred[pi][2]} ({pred[pi][4]!r})")
        a[0] += len(pairs)
        for gi, g in enumerate(gold):
            if gi not in mg and verdicts.get((f.name, "MISS", text[g[0]:g[1]])) != "reference_error":
                a[2] += 1
        for pi, x in enumerate(pred):
            if pi not in mp:
                omitted = verdicts.get((f.name, "EXTRA", x[4])) == "reference_omission"
                a[0 if omitted else 1] += 1
        if args.show:
            for gi, g in enumerate(gold):
                if gi not in mg:
                    print(f"{f.name} MISS {text[g[0]:g[1]]!r} {g[2]}")
            for pi, x in enumerate(pred):
                if pi not in mp:
                    print(f"{f.name} EXTRA {x[4]!r} {x[2]}")
    P, R, F = prf(tp, fp, fn)[:3]
    V = vok / tp if tp else 0.0
    print(f"files {len(files)} (without creation time: {no_dct}, anchor used for them: {args.dct or 'estimated'})")
    print(f"gold {tp + fn} predicted {tp + fp} matched {tp}")
    print(f"span P {P:.3f} R {R:.3f} F1 {F:.3f}; value accuracy on matched {V:.3f} ({vok}/{tp})")
    if args.adjudicated:
        aP, aR, aF = prf(a[0], a[1], a[2])[:3]
        print(f"adjudicated ({args.adjudicated.name}): gold {a[0] + a[2]} predicted {a[0] + a[1]} matched {a[0]}; "
              f"span P {aP:.3f} R {aR:.3f} F1 {aF:.3f}; value accuracy {a[3] / max(a[4], 1):.3f} ({a[3]}/{a[4]}, "
              f"values that depend on the real creation date left out)")
    print(f"F1 {F:.2f} value {V:.2f}")


if __name__ == "__main__":
    main()
