"""Stored event actors that are no whole phrase: a fragment, a verb, a split quotation, a preposition (issue #26).

    python benchmarks/event_defects.py --db STORE [--db STORE2 …] [-v]
    python benchmarks/event_defects.py --analyze /work/shared/corpus/seeds --db /tmp/seeds.db

Reads every document of each store (``marsad export``), and asks ``marsad.extract.events.actor_defect``
about the source and the target of every stored event, with the document's entities (the check the
extractor makes before it stores an actor, ``attach.whole_actor``, run here again over what was actually
stored). The criteria are objective: ``attach.fragment`` (a cut word, a function word at an end, fewer than
three letters), a finite verb the lexicons know or ``common_verbs.txt`` lists, a verb with a glued و / ف, a
quotation mark or bracket that splits the phrase, a misspelt preposition first, no content word, two phrases
across a verbal noun. ``--analyze PATH`` first analyses PATH into the (single) store. Prints, per store,
documents, actors and defective actors by kind; exit status 1 when there is any.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # _defects

import _defects  # noqa: E402
from marsad.extract.events import actor_defect  # noqa: E402


def check_docs(docs: list[dict]) -> tuple[int, list[tuple]]:
    """(actors checked, [(doc id, kind, role, actor, trigger, context)] for each defective actor)."""
    n, bad = 0, []
    for d in docs:
        text = d.get("text") or ""
        ents = _defects.stored_entities(d)
        for ev in d.get("events") or []:
            for role in ("source", "target"):
                a, b = ev.get(role + "_start"), ev.get(role + "_end")
                if a is None or b is None:
                    continue
                n += 1
                why = actor_defect(text, a, b, ents)
                if why:
                    ctx = " ".join(text[max(0, a - 40):b + 40].split())
                    bad.append((d.get("id"), why, role, ev.get(role), ev.get("trigger"), ctx))
    return n, bad


def main(argv=None) -> int:
    return _defects.main(argv, __doc__.splitlines()[0], check_docs, "event actors", "that are no whole phrase")


if __name__ == "__main__":
    raise SystemExit(main())
