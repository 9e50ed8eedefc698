"""Stored quotations whose speaker is no speaker: a verb, a cue word or a pronoun-suffixed noun (issue #27).

    python benchmarks/quote_defects.py --db STORE [--db STORE2 …] [-v]
    python benchmarks/quote_defects.py --analyze /work/shared/corpus/seeds --db /tmp/seeds.db

Reads every document of each store (``marsad export``), rebuilds it with its text and entities, and asks
``marsad.extract.quotes.speaker_defect`` about every stored quotation (the check the extractor makes
before it adds one, run here again over what was actually stored). ``--analyze PATH`` first analyses
PATH (files or a folder, as ``marsad analyze`` reads them) into the store. Prints, per store, documents,
quotations and defective speakers with their kind; exit status 1 when there is any.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from marsad.document import Document, Entity, Quote  # noqa: E402
from marsad.extract.quotes import speaker_defect  # noqa: E402

_QUOTE_FIELDS = {f for f in Quote.__dataclass_fields__}
_ENTITY_FIELDS = {f for f in Entity.__dataclass_fields__}


def _marsad() -> str:
    return os.path.join(os.path.dirname(sys.executable), "marsad")


def check_docs(docs: list[dict]) -> tuple[int, list[tuple]]:
    """(quotations checked, [(doc id, kind, speaker, cue, content)] for each defective speaker)."""
    n, bad = 0, []
    for d in docs:
        text = d.get("text") or ""
        ents = [Entity(**{k: v for k, v in e.items() if k in _ENTITY_FIELDS}) for e in d.get("entities") or []]
        doc = Document(text=text, entities=ents)
        for x in d.get("quotes") or []:
            n += 1
            q = Quote(**{k: v for k, v in x.items() if k in _QUOTE_FIELDS})
            why = speaker_defect(doc, q)
            if why:
                bad.append((d.get("id"), why, q.speaker, q.cue, (q.content or "")[:60]))
    return n, bad


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", action="append", required=True, help="a store (repeatable)")
    ap.add_argument("--analyze", help="analyse this path into the (single) store first")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every defective speaker")
    a = ap.parse_args(argv)
    if a.analyze:
        r = subprocess.run([_marsad(), "analyze", a.analyze, "--db", a.db[0], "--quiet"], stdout=subprocess.DEVNULL)
        if r.returncode not in (0, 1):
            raise SystemExit(f"marsad analyze: exit {r.returncode}")
    total = 0
    for db in a.db:
        out = subprocess.run([_marsad(), "export", "--db", db], capture_output=True, text=True, check=True).stdout
        docs = [json.loads(line) for line in out.splitlines() if line.strip()]
        n, bad = check_docs(docs)
        kinds = Counter(b[1] for b in bad)
        print(f"{db}: {len(docs)} documents, {n} quotations, {len(bad)} speakers that are a verb, a cue or a "
              f"pronoun-suffixed noun" + (f" ({', '.join(f'{k} {v}' for k, v in kinds.most_common())})" if bad else ""))
        if a.verbose:
            for b in bad:
                print("   ", *b, sep="\t")
        total += len(bad)
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main())
