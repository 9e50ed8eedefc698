"""The event-actor invariant over a whole corpus: no source or target is a fragment.

    .venv/bin/python fuzz/actor_invariant.py [CORPUS.jsonl.gz ...] [--limit N] [--skip-split test]

In: JSONL (gzip or not) articles ``{id, text, published?}``; by default the in-domain corpus
(``benchmarks/data/indomain/corpus.jsonl.gz``), leaving out the gold's test articles (nobody reads their output).
Each text goes through the default pipeline (what ``marsad analyze`` stores). Out: one line per violation
(article id, role, the actor, the reason from ``marsad.extract.events.actor_defect``, or "offsets" when
``text[start:end]`` is not the actor), then a summary line; exit code 1 when anything was found.

A whole actor phrase starts at a word's start or right after its glued proclitics, ends at a word's end,
has three letters or more, and neither starts nor ends with a particle, a preposition, an adverb or an
ordinal, nor is a quantifier alone (``attach.fragment``); it holds no finite verb, no verb with a glued
و / ف, no quotation mark or bracket that splits it, does not begin with a misspelt preposition, has a content
word and is not two phrases across a verbal noun (``attach.actor_defect``, issue #26).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad import pipeline  # noqa: E402
from marsad.document import Document  # noqa: E402
from marsad.extract.events.attach import actor_defect  # noqa: E402

INDOMAIN = ROOT / "benchmarks" / "data" / "indomain"


def violations(doc: Document) -> list[tuple[str, str, str]]:
    """(role, actor, reason) for every event actor of an analysed document that breaks the invariant."""
    out = []
    for e in doc.events:
        for role in ("source", "target"):
            name, a, b = getattr(e, role), getattr(e, role + "_start"), getattr(e, role + "_end")
            if name is None:
                continue
            if a is None or b is None or doc.text[a:b] != name:
                out.append((role, name, "offsets"))
                continue
            why = actor_defect(doc.text, a, b, doc.entities)
            if why:
                out.append((role, name, why))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", default=[str(INDOMAIN / "corpus.jsonl.gz")])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--skip-split", default="test", help="leave out the gold articles of this split")
    args = ap.parse_args(argv)
    skip = set()
    sel = INDOMAIN / "selection.tsv"
    if args.skip_split and sel.exists():
        skip = {ln.split("\t")[0] for ln in sel.read_text(encoding="utf-8").splitlines()
                if ln.split("\t")[1:2] == [args.skip_split]}
    n = bad = actors = 0
    t0 = time.time()
    for f in args.files:
        opener = gzip.open if f.endswith(".gz") else open
        with opener(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                a = json.loads(line)
                if a.get("id") in skip:
                    continue
                doc = Document(text=a["text"], published=a.get("published"))
                pipeline.run(doc)
                n += 1
                actors += sum((e.source is not None) + (e.target is not None) for e in doc.events)
                for role, name, why in violations(doc):
                    bad += 1
                    print(f"{a.get('id')}\t{role}\t{name}\t{why}")
                if args.limit and n >= args.limit:
                    break
    print(f"{n} articles, {actors} actors, {bad} fragments ({time.time() - t0:.1f} s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
