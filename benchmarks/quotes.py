"""Quotation extraction against the hand-annotated gold set.

    python benchmarks/quotes.py --gold benchmarks/data/quotes_gold.jsonl [--split dev|test] [--entities]

A predicted quotation is paired with the gold quotation whose content it overlaps most (one to
one, greedy by overlap). Figures:
  content exact    same [start, end)
  content overlap  intersection >= 50% of the longer of the two spans
  speaker exact    paired by content overlap and the same speaker span (both null counts)
  speaker overlap  paired by content overlap and overlapping speaker spans
  cue              same cue span (cue spans matched on their own, not through the pairing)
  anonymous        flag agreement on pairs
  no speaker       predicted quotations whose speaker is a verb, a cue or a pronoun-suffixed noun
                   (``marsad.extract.quotes.speaker_defect``; the extractor keeps this at 0)
The last line, ``F1 0.xx``, is the F1 of quotations right on both speaker and content, by overlap.
--entities runs the NER component first (default: text layer only, as when NER is missing).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # _prf

from marsad.document import Document  # noqa: E402
from marsad.extract.quotes import speaker_defect  # noqa: E402
from marsad.pipeline import run  # noqa: E402
from _prf import prf_matched  # noqa: E402


def _ov(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def pair(gold: list, preds: list) -> list[tuple[int, int]]:
    """(gold index, predicted index) of the quotations paired one to one, greedily by content overlap, an
    overlap of at least half the longer content span."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            ps = (p.content_start, p.content_end)
            o = _ov(g["content"], ps)
            if o > 0:
                pairs.append((o / max(g["content"][1] - g["content"][0], ps[1] - ps[0]), gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, matched = set(), set(), []
    for r, gi, pi in pairs:
        if gi in used_g or pi in used_p or r < 0.5:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched.append((gi, pi))
    return matched


def new_counts() -> dict:
    """Zeroed tallies for ``score`` / ``report``."""
    return dict(n_gold=0, n_pred=0, c_exact=0, c_over=0, s_exact=0, s_over=0, cue=0, anon=0, pairs=0,
                joint_exact=0, joint_over=0, n_docs=0, defects=0)


def score(c: dict, gold: list, preds: list) -> list[tuple[int, int]]:
    """Add one article to the tallies c: gold quotations (dicts with "content", "speaker", "cue" spans and
    "anonymous", as in quotes_gold.jsonl) against predicted ones (objects with content_start/_end,
    speaker_start/_end (None for no speaker), cue_start/_end and anonymous). Returns the pairs."""
    c["n_docs"] += 1
    c["n_gold"] += len(gold)
    c["n_pred"] += len(preds)
    matched = pair(gold, preds)
    for gi, pi in matched:
        g, p = gold[gi], preds[pi]
        ps = (p.content_start, p.content_end)
        c["c_over"] += 1
        c["pairs"] += 1
        c["c_exact"] += list(ps) == g["content"]
        gsp = g["speaker"]
        psp = [p.speaker_start, p.speaker_end] if p.speaker_start is not None else None
        se = gsp == psp
        so = se or (gsp is not None and psp is not None and _ov(gsp, psp) > 0)
        c["s_exact"] += se
        c["s_over"] += so
        c["joint_over"] += so
        c["joint_exact"] += se
        c["anon"] += g["anonymous"] == p.anonymous
    gcues = {tuple(g["cue"]) for g in gold}
    c["cue"] += sum(1 for p in preds if (p.cue_start, p.cue_end) in gcues)
    return matched


def evaluate(gold_path: str, split: str | None = None, entities: bool = False, verbose: bool = False) -> dict:
    comps = ["entities", "quotes"] if entities else ["quotes"]
    c = new_counts()
    for line in open(gold_path, encoding="utf-8"):
        art = json.loads(line)
        if split and art.get("split") != split:
            continue
        doc = run(Document(text=art["text"]), comps)
        preds = doc.quotes
        gold = art["quotes"]
        c["defects"] += sum(1 for p in preds if speaker_defect(doc, p))
        matched = score(c, gold, preds)
        if verbose:
            used_g = {gi for gi, _ in matched}
            used_p = {pi for _, pi in matched}
            for gi, g in enumerate(gold):
                if gi not in used_g:
                    print(f"MISS {art['id']}: [{g['speaker_text']}] {g['cue_text']} | {g['content_text'][:70]}")
            for pi, p in enumerate(preds):
                if pi not in used_p:
                    print(f"FALSE {art['id']}: [{p.speaker}] {p.cue} | {p.content[:70]}")
            for gi, pi in matched:
                g, p = gold[gi], preds[pi]
                if g["speaker"] != ([p.speaker_start, p.speaker_end] if p.speaker_start is not None else None):
                    print(f"SPK {art['id']}: gold [{g['speaker_text']}] pred [{doc.text[p.speaker_start:p.speaker_end] if p.speaker_start is not None else None}] | {g['content_text'][:40]}")
    return c


FIGURES = (("speaker exact", "s_exact"), ("speaker overlap", "s_over"), ("cue", "cue"),
           ("content exact", "c_exact"), ("content overlap", "c_over"),
           ("speaker exact + content overlap", "joint_exact"), ("speaker overlap + content overlap", "joint_over"))


def figures(c: dict) -> dict[str, tuple[float, float, float]]:
    """(P, R, F1) of each figure in FIGURES from the tallies; the last, "speaker overlap + content
    overlap", is the final ``F1`` line."""
    return {name: tuple(prf_matched(c[key], c["n_pred"], c[key], c["n_gold"])[:3]) for name, key in FIGURES}


def report(c: dict, label: str) -> float:
    ng, npd = c["n_gold"], c["n_pred"]
    fig = figures(c)
    print(f"[{label}] {c['n_docs']} articles, {ng} gold quotations, {npd} predicted")
    for name, _ in FIGURES[:5]:
        p, r, f = fig[name]
        print(f"  {name:<16} P {p:.2f}  R {r:.2f}  F1 {f:.2f}")
    print(f"  speakers that are a verb, a cue or a pronoun-suffixed noun: {c['defects']}")
    if c["pairs"]:
        print(f"  anonymous flag agreement on {c['pairs']} pairs: {c['anon'] / c['pairs']:.2f}")
    p, r, f = fig["speaker exact + content overlap"]
    print(f"  speaker exact + content overlap  P {p:.2f}  R {r:.2f}  F1 {f:.2f}")
    p, r, f = fig["speaker overlap + content overlap"]
    print(f"  speaker overlap + content overlap  P {p:.2f}  R {r:.2f}  F1 {f:.2f}")
    return f


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--split", choices=["dev", "test"])
    ap.add_argument("--entities", action="store_true", help="run the NER component first")
    ap.add_argument("-v", "--verbose", action="store_true", help="print misses, false alarms, wrong speakers")
    a = ap.parse_args()
    c = evaluate(a.gold, a.split, a.entities, a.verbose)
    f = report(c, a.split or "all")
    print(f"F1 {f:.2f}")


if __name__ == "__main__":
    main()
