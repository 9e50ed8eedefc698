"""Own-gold quotation errors by kind (issue #27): what is wrong, how often, with examples.

    python benchmarks/quote_errors.py --gold benchmarks/data/quotes_gold.jsonl --split dev [--entities] [-v]

Pairs predicted and gold quotations as ``benchmarks/quotes.py`` does (content overlap >= 50% of the
longer span, greedy one to one) and puts every error in one kind:
  missed quote            a gold quotation with no predicted one
  extra quote             a predicted quotation with no gold one
  content span wrong      paired, content span not the same (counted on its own, beside the speaker kinds)
  speaker missing         paired, gold names a speaker, none predicted
  speaker extra           paired, gold has none, one predicted
  speaker partial: title only        the predicted span is a front part of the gold one and what is
                                     missing starts with a name (the title was kept, the name dropped)
  speaker partial: tail cut          the predicted span is a front part of the gold one, the rest is a
                                     name tail or qualifier (nisba, "الاقتصادية", "في القضية")
  speaker partial: head cut          the predicted span is a back part of the gold one (title or
                                     quantifier dropped: "العديد من ...")
  speaker glued                      the predicted span holds the gold one and more (across a comma,
                                     a link bracket, or a qualifier the gold leaves out)
  speaker partial: other overlap     overlapping otherwise
  wrong person carried over          no overlap, and the predicted speaker was named before the cue
                                     (another paragraph or sentence): a carried speaker
  wrong person                       no overlap otherwise
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # quotes: the pairing it scores by

from marsad.document import Document  # noqa: E402
from marsad.pipeline import run  # noqa: E402
from quotes import _ov, pair  # noqa: E402


def speaker_kind(text: str, doc, g: dict, p) -> str | None:
    """The kind of a paired quotation's speaker error, None when the speaker is right."""
    gs = tuple(g["speaker"]) if g["speaker"] else None
    ps = (p.speaker_start, p.speaker_end) if p.speaker_start is not None else None
    if gs == ps:
        return None
    if ps is None:
        return "speaker missing"
    if gs is None:
        return "speaker extra"
    if _ov(gs, ps) > 0:
        if gs[0] <= ps[0] and ps[1] <= gs[1]:
            if ps[0] == gs[0]:
                rest = text[ps[1]:gs[1]].strip(" ،,[]()")
                names = [e for e in doc.entities if e.type in ("PER", "ORG") and ps[1] <= e.start < gs[1]]
                return "speaker partial: title only" if names or len(rest.split()) >= 2 and not rest.startswith("ال") \
                    else "speaker partial: tail cut"
            return "speaker partial: head cut"
        if ps[0] <= gs[0] and gs[1] <= ps[1]:
            return "speaker glued"
        return "speaker partial: other overlap"
    name = text[ps[0]:ps[1]]
    if ps[0] < p.cue_start if p.cue_start is not None else False:
        # the speaker span stands before the cue: carried when a sentence or paragraph break lies between
        between = text[ps[1]:p.cue_start]
        if any(c in between for c in ".\n!؟?") or p.speaker_start < p.cue_start - 300:
            return "wrong person carried over"
    if name and text.find(name) < (p.cue_start or 0) and text.find(name) != ps[0]:
        return "wrong person carried over"
    return "wrong person"


def evaluate(gold_path: str, split: str | None, entities: bool) -> tuple[Counter, dict]:
    comps = ["entities", "quotes"] if entities else ["quotes"]
    kinds, examples = Counter(), defaultdict(list)
    for line in open(gold_path, encoding="utf-8"):
        art = json.loads(line)
        if split and art.get("split") != split:
            continue
        text = art["text"]
        doc = run(Document(text=text), comps)
        gold, preds = art["quotes"], doc.quotes
        matched = pair(gold, preds)
        mg = {gi for gi, _ in matched}
        mp = {pi for _, pi in matched}
        for gi, g in enumerate(gold):
            if gi not in mg:
                kinds["missed quote"] += 1
                examples["missed quote"].append(f"{art['id']}: [{g['speaker_text']}] {g['cue_text']} | {g['content_text'][:60]}")
        for pi, p in enumerate(preds):
            if pi not in mp:
                kinds["extra quote"] += 1
                examples["extra quote"].append(f"{art['id']}: [{p.speaker}] {p.cue} | {p.content[:60]}")
        for gi, pi in matched:
            g, p = gold[gi], preds[pi]
            if [p.content_start, p.content_end] != g["content"]:
                kinds["content span wrong"] += 1
                examples["content span wrong"].append(
                    f"{art['id']}: gold «{g['content_text'][:25]}…{g['content_text'][-25:]}» pred «{p.content[:25]}…{p.content[-25:]}»")
            k = speaker_kind(text, doc, g, p)
            if k:
                kinds[k] += 1
                pst = text[p.speaker_start:p.speaker_end] if p.speaker_start is not None else None
                examples[k].append(f"{art['id']}: gold [{g['speaker_text']}] pred [{pst}] | {g['content_text'][:40]}")
    return kinds, examples


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--split", choices=["dev", "test"])
    ap.add_argument("--entities", action="store_true", help="run the NER component first")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the errors of each kind")
    a = ap.parse_args()
    kinds, examples = evaluate(a.gold, a.split, a.entities)
    print(f"[{a.split or 'all'}] errors by kind ({sum(v for k, v in kinds.items() if k != 'content span wrong')} "
          f"speaker/quote errors; content span errors counted apart)")
    for k, n in kinds.most_common():
        print(f"  {n:4d}  {k}")
        if a.verbose:
            for e in examples[k]:
                print(f"          {e}")


if __name__ == "__main__":
    main()
