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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # _defects

import _defects  # noqa: E402
from marsad.document import Document, Quote  # noqa: E402
from marsad.extract.quotes import speaker_defect  # noqa: E402

_QUOTE_FIELDS = {f for f in Quote.__dataclass_fields__}


def check_docs(docs: list[dict]) -> tuple[int, list[tuple]]:
    """(quotations checked, [(doc id, kind, speaker, cue, content)] for each defective speaker)."""
    n, bad = 0, []
    for d in docs:
        text = d.get("text") or ""
        ents = _defects.stored_entities(d)
        doc = Document(text=text, entities=ents)
        for x in d.get("quotes") or []:
            n += 1
            q = Quote(**{k: v for k, v in x.items() if k in _QUOTE_FIELDS})
            why = speaker_defect(doc, q)
            if why:
                bad.append((d.get("id"), why, q.speaker, q.cue, (q.content or "")[:60]))
    return n, bad


def main(argv=None) -> int:
    return _defects.main(argv, __doc__.splitlines()[0], check_docs, "quotations", "speakers that are a verb, a cue or a pronoun-suffixed noun")


if __name__ == "__main__":
    raise SystemExit(main())
