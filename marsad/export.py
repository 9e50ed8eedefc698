"""Exports over a store: documents as JSONL or CSV, corpus entities as JSONL, events as a CSV table.

The field names are the contract of DESIGN.md and the README: add fields, never rename or drop.
Documents (jsonl, csv) carry all their metadata: every field of ``Document`` that is not a fact
list (so a field added there is exported without touching this file: url, published_basis, ...),
plus ``hash``, the content hash that makes a document unique in the store. Not the store's
``added_at``: a clock reading would make two exports of the same analysis differ (the byte-for-byte
comparisons of ``--workers 1`` against ``--workers N`` and of ``scripts/compare_exports.py``).
"""
from __future__ import annotations

import csv
import json
from dataclasses import fields
from typing import IO, Iterator

from .document import FACT_KINDS, Document

FORMATS = ("jsonl", "csv", "entities", "events")

# Document fields that are not metadata: the facts (exported as lists or counted) and the text layer
# (tokens and sentences are not stored)
_NOT_META = set(FACT_KINDS) | {"sentences", "tokens", "text"}
META_FIELDS = [f.name for f in fields(Document) if f.name not in _NOT_META]
STORE_FIELDS = ["hash"]

# the first 13 columns are the original contract, in their order; later ones were added after them
DOC_CSV_FIELDS = ["id", "source", "title", "outlet", "author", "published", "language",
                  "entities", "times", "quantities", "quotes", "events", "text"]
DOC_CSV_FIELDS += [k for k in META_FIELDS + STORE_FIELDS if k not in DOC_CSV_FIELDS]
EVENT_CSV_FIELDS = ["document", "outlet", "published", "type", "mode", "source", "target", "time", "place",
                    "negated", "future", "hypothetical", "trigger", "source_entity_id", "target_entity_id",
                    "start", "end", "evidence"]


def export(store, fmt: str, out: IO[str]) -> int:
    """Write the store in ``fmt`` to ``out``; returns the number of records written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    n = 0
    if fmt == "jsonl":
        for d in document_dicts(store):
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        w = csv.DictWriter(out, DOC_CSV_FIELDS)
        w.writeheader()
        for d in document_dicts(store):
            for k in FACT_KINDS:
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


def document_dicts(store) -> Iterator[dict]:
    """Each stored document as its export dict: ``Document.to_dict()`` (the contract, unchanged)
    with every other metadata field and the content ``hash`` added."""
    for doc in store.documents():
        d = doc.to_dict()
        for k in META_FIELDS:
            d.setdefault(k, getattr(doc, k))
        d.setdefault("hash", doc.hash)  # the store's key: computed from the text exactly as stored
        yield d


def corpus_entities(store, type_: str | None = None, min_docs: int = 1) -> list[dict]:
    """Corpus entities (one per entity_id) with variants, documents and mention counts."""
    from .corpus.resolve import summarize

    ents = summarize(store.mention_rows())
    return [e for e in ents if (type_ is None or e["type"] == type_) and len(e["documents"]) >= min_docs]
