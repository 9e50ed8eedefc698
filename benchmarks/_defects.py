"""The command line shared by the stored-fact checks (``quote_defects.py``, ``event_defects.py``).

In: the check's ``check_docs(docs) -> (facts checked, [row per defect, its kind second])`` and the words its
report line uses. Out: ``main(argv)`` that optionally analyses a path into the store, exports every store
given (``marsad export``), runs the check, prints one line per store (and every defect with ``-v``), and
returns 1 when any store holds a defect.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from typing import Callable, Optional

import _cli


def stored_entities(d: dict) -> list:
    """An exported document's entities as ``marsad.document.Entity`` objects (fields the export adds, such as
    the resolved id, are left out)."""
    from marsad.document import Entity

    fields = set(Entity.__dataclass_fields__)
    return [Entity(**{k: v for k, v in e.items() if k in fields}) for e in d.get("entities") or []]


def main(argv: Optional[list], description: str, check_docs: Callable[[list], tuple[int, list]],
         facts: str, defects: str) -> int:
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--db", action="append", required=True, help="a store (repeatable)")
    ap.add_argument("--analyze", help="analyse this path into the (single) store first")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every defect")
    a = ap.parse_args(argv)
    if a.analyze:
        _cli.run("analyze", a.analyze, "--db", a.db[0], "--quiet")
    total = 0
    for db in a.db:
        out = _cli.run("export", "--db", db, capture=True)
        docs = [json.loads(line) for line in out.splitlines() if line.strip()]
        n, bad = check_docs(docs)
        kinds = Counter(b[1] for b in bad)
        print(f"{db}: {len(docs)} documents, {n} {facts}, {len(bad)} {defects}"
              + (f" ({', '.join(f'{k} {v}' for k, v in kinds.most_common())})" if bad else ""))
        if a.verbose:
            for b in bad:
                print("   ", *b, sep="\t")
        total += len(bad)
    return 1 if total else 0
