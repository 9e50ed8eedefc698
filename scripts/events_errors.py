"""Where the default event extraction loses on the in-domain dev gold: false and missed events by class.

    PYTHONPATH=. python scripts/events_errors.py [--split dev] [--keep]

Runs the default pipeline on the dev articles of ``benchmarks/data/indomain/gold.jsonl`` (never the test
split), pairs predictions and gold as ``benchmarks/indomain.py`` does (type+trigger, one to one), and prints
counts:

- false events (fp) by type, by trigger form (verb / definite noun / indefinite noun / phrase) and by
  class: ``wrong type`` (a gold event's trigger, another type), ``repeat`` (a gold event of the type is
  elsewhere in the article and already paired: a later telling), ``same sentence`` (a gold event of the type
  in the sentence, another trigger), ``other gold in sentence``, ``no gold in sentence``;
- missed events (fn) by type, by trigger form, and by class: ``typed otherwise``, ``dropped as negated or
  hypothetical``, ``no prediction on the trigger``.

``--keep`` runs with the opt-in keep/drop filter on (``MARSAD_EVENTS_KEEP=1``); by default the lexicon's events.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import indomain  # noqa: E402
from marsad.arabic.normalize import normalize  # noqa: E402


def trigger_form(trigger: str) -> str:
    """A coarse morphological class of a trigger string."""
    ws = trigger.split()
    if len(ws) > 1:
        return "phrase"
    w = normalize(ws[0])
    w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    if w.startswith(("ال", "بال", "لل", "كال")):
        return "definite noun"
    if w[:1] in "يت" and len(w) >= 4 or w.endswith(("وا", "ت")) and not w.endswith(("ات", "ة")):
        return "verb"
    return "indefinite noun / past verb"


def run_dev(split: str = "dev"):
    """(gold article, Document, prediction dict) for every article of the split (never test)."""
    if split == "test":
        raise SystemExit("the test split is read once, by the lead, at the end")
    from marsad.document import Document
    from marsad.pipeline import run

    out = []
    if split == "train":  # the training split's articles annotated for events
        rows = [a for a in indomain.read_gold(indomain.TRAIN, "train") if "events" in a.get("kinds", ())]
    else:
        rows = indomain.read_gold(indomain.GOLD, split)
    for a in rows:
        doc = Document(text=a["text"], published=a.get("published"), outlet=a.get("outlet"), url=a.get("url"))
        run(doc)
        out.append((a, doc, indomain.prediction(doc)))
    return out


def breakdown(rows) -> dict[str, Counter]:
    c = {k: Counter() for k in ("fp type", "fp form", "fp class", "fn type", "fn form", "fn class", "tp type")}
    for g, _doc, p in rows:
        ge = g.get("events", [])
        pall = p["events"]
        pe = [e for e in pall if indomain.reported(e)]
        pairs = indomain.match(ge, pe, indomain._ev_ok, indomain._span_ov)
        gi_ok, pi_ok = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
        for gi, _ in pairs:
            c["tp type"][ge[gi]["type"]] += 1
        for pi, x in enumerate(pe):
            if pi in pi_ok:
                continue
            c["fp type"][x["type"]] += 1
            c["fp form"][trigger_form(x["trigger"])] += 1
            ss, se = x["sentence_start"], x["sentence_end"]
            in_sent = [y for y in ge if ss <= (y["start"] or -1) < se]
            if any(indomain._span_ov(y, x) > 0 for y in ge):
                cls = "wrong type"
            elif any(y["type"] == x["type"] and gi not in gi_ok for gi, y in enumerate(ge) if y in in_sent):
                cls = "same sentence, other trigger (gold unpaired)"
            elif any(y["type"] == x["type"] for y in in_sent):
                cls = "same sentence, gold already paired"
            elif any(ge[gi]["type"] == x["type"] for gi in gi_ok):
                cls = "repeat"
            elif in_sent:
                cls = "other gold in sentence"
            else:
                cls = "no gold in sentence"
            c["fp class"][cls] += 1
        for gi, y in enumerate(ge):
            if gi in gi_ok:
                continue
            c["fn type"][y["type"]] += 1
            c["fn form"][trigger_form(y["trigger"])] += 1
            if any(indomain._span_ov(y, x) > 0 for x in pe):
                cls = "typed otherwise"
            elif any(indomain._span_ov(y, x) > 0 for x in pall):
                cls = "dropped as negated or hypothetical"
            elif any(x["type"] == y["type"] and x["sentence_start"] <= (y["start"] or -1) < x["sentence_end"]
                     for pi, x in enumerate(pe) if pi not in pi_ok):
                cls = "an unpaired prediction of the type in its sentence (trigger choice)"
            elif any(x["sentence_start"] <= (y["start"] or -1) < x["sentence_end"] for x in pall):
                cls = "no prediction of the type on the trigger, others in its sentence"
            else:
                cls = "no prediction in its sentence"
            c["fn class"][cls] += 1
    return c


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--keep", action="store_true", help="the opt-in keep/drop filter on")
    a = ap.parse_args(argv)
    if a.keep:
        os.environ["MARSAD_EVENTS_KEEP"] = "1"
    c = breakdown(run_dev(a.split))
    for k, v in c.items():
        print(f"{k} ({sum(v.values())}): " + ", ".join(f"{n} {m}" for n, m in v.most_common()))


if __name__ == "__main__":
    main()
