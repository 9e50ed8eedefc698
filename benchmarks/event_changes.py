"""What a change of the event rules changed in a store: every event whose source or target differs, and the events
added or dropped, with their context, to be read one by one.

    python benchmarks/event_changes.py BEFORE.jsonl AFTER.jsonl [-o changes.tsv]

In: two exports (``marsad export --db STORE``) of the same articles analysed by two versions of Marsad (e.g. the
in-domain store of ``benchmarks/audit_draw.py`` built at two commits). Documents are paired by id, events by
(trigger start, type); negated and hypothetical events count like the others.
Out: one line per change, ``changed`` (source and/or target differ), ``added`` or ``dropped``, with the article's
text around the trigger; ``-o`` writes them as a TSV with an empty ``judgement`` column (better / worse / same),
for an audit of the change itself. A random audit of 150 events sees about 150/2,400 of a round's changes (2 of
36 in December's second source round); reading them all says whether the round helped the store, not only dev.
Last line: ``changes N (changed C, added A, dropped D)``.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys


def load(path: str) -> dict[str, dict]:
    """Export file -> {document id: document}."""
    with open(path, encoding="utf-8") as f:
        return {str(d["id"]): d for d in map(json.loads, filter(str.strip, f))}


def _key(e: dict) -> tuple:
    return e["trigger_start"], e["type"]


def _context(doc: dict, e: dict, width: int = 120) -> str:
    s = max(0, e["trigger_start"] - width)
    return doc["text"][s:e["trigger_end"] + width].replace("\n", " ").replace("\t", " ")


def changes(before: dict[str, dict], after: dict[str, dict]) -> list[dict]:
    """The differing events of the documents both exports hold, in document and text order."""
    out = []
    for k in sorted(set(before) & set(after), key=lambda x: (len(x), x)):
        old = {_key(e): e for e in before[k]["events"]}
        new = {_key(e): e for e in after[k]["events"]}
        for key in sorted(set(old) | set(new)):
            o, n = old.get(key), new.get(key)
            if o is not None and n is not None and (o["source"], o["target"]) == (n["source"], n["target"]):
                continue
            e = n or o
            out.append({"doc": k, "kind": "changed" if o and n else ("added" if n else "dropped"),
                        "type": e["type"], "trigger": e["trigger"],
                        "source_before": o["source"] if o else None, "source_after": n["source"] if n else None,
                        "target_before": o["target"] if o else None, "target_after": n["target"] if n else None,
                        "context": _context(after[k] if n else before[k], e)})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("before", help="export of the store before the change (marsad export)")
    ap.add_argument("after", help="export of the same articles after it")
    ap.add_argument("-o", "--out", help="also write a TSV with an empty judgement column")
    args = ap.parse_args()
    rows = changes(load(args.before), load(args.after))
    for n, r in enumerate(rows, 1):
        print(f"#{n} [{r['doc']}] {r['kind']} {r['type']} «{r['trigger']}» source {r['source_before']!r} -> "
              f"{r['source_after']!r} | target {r['target_before']!r} -> {r['target_after']!r}\n    {r['context']}")
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            fields = list(rows[0]) if rows else []
            w.writerow(fields + ["judgement", "why"])
            for r in rows:
                w.writerow([("" if r[c] is None else r[c]) for c in fields] + ["", ""])
    kinds = [r["kind"] for r in rows]
    print(f"changes {len(rows)} (changed {kinds.count('changed')}, added {kinds.count('added')}, "
          f"dropped {kinds.count('dropped')})")


if __name__ == "__main__":
    sys.exit(main())
