"""Exports over a store: documents as JSONL or CSV, corpus entities as JSONL, events as a CSV table.

The field names are the contract of DESIGN.md and the README: add fields, never rename or drop.
"""
from __future__ import annotations

import csv
import json
from typing import IO

FORMATS = ("jsonl", "csv", "entities", "events")

DOC_CSV_FIELDS = ["id", "source", "title", "outlet", "author", "published", "language",
                  "entities", "times", "quantities", "quotes", "events", "text"]
EVENT_CSV_FIELDS = ["document", "outlet", "published", "type", "mode", "source", "target", "time", "place",
                    "negated", "future", "hypothetical", "trigger", "source_entity_id", "target_entity_id",
                    "start", "end", "evidence"]


def export(store, fmt: str, out: IO[str]) -> int:
    """Write the store in ``fmt`` to ``out``; returns the number of records written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    n = 0
    if fmt == "jsonl":
        for doc in store.documents():
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        w = csv.DictWriter(out, DOC_CSV_FIELDS)
        w.writeheader()
        for doc in store.documents():
            d = doc.to_dict()
            for k in ("entities", "times", "quantities", "quotes", "events"):
                d[k] = len(d[k])
            w.writerow({k: d.get(k) for k in DOC_CSV_FIELDS})
            n += 1
    elif fmt == "entities":
        for e in corpus_entities(store):
            out.write(json.dumps(e, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "events":
        w = csv.DictWriter(out, EVENT_CSV_FIELDS)
        w.writeheader()
        for doc in store.documents():
            for ev in doc.events:
                row = {k: getattr(ev, k, None) for k in EVENT_CSV_FIELDS if hasattr(ev, k)}
                row.update(document=doc.id, outlet=doc.outlet, published=doc.published,
                           evidence=doc.text[ev.start:ev.end])
                w.writerow(row)
                n += 1
    return n


def corpus_entities(store, type_: str | None = None, min_docs: int = 1) -> list[dict]:
    """Corpus entities (one per entity_id) with variants, documents and mention counts."""
    from .corpus.resolve import summarize

    ents = summarize(store.mention_rows())
    return [e for e in ents if (type_ is None or e["type"] == type_) and len(e["documents"]) >= min_docs]
