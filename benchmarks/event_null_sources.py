"""Stored events whose source is null although a verb that governs the act has a named subject (issue #26).

    python benchmarks/event_null_sources.py --db STORE [-v]

A targeted check of the misses the round-6 audit found most often (a doer the sentence names left null
because it is the subject of another verb than the trigger). For every stored event with no source, the
words of its sentence before the trigger are searched for a governing verb — an inflected light verb or an
announce verb (``actors._clause_verbs``), a verb of claiming (roles.tsv ``claim_verbs``), accusing
(``accuse_verbs``) or enabling (``enable_verbs``) — whose subject is named: an entity (PER, ORG, GPE, LOC,
NORP) starts right after the verb or ends right before it. Prints the number of null-source events and how
many of them have such a verb; ``-v`` lists them. Not every hit is an error (a death a ministry announces,
أعلنت الوزارة مقتل صالح, has no named doer): the count is compared before and after a change, and the
listed items read.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from marsad.arabic.normalize import normalize  # noqa: E402
from marsad.extract.events.actors import _clause_verbs  # noqa: E402
from marsad.extract.events.lexicon import _verb_forms, role_cues  # noqa: E402

_NAMED = ("PER", "ORG", "GPE", "LOC", "NORP")


def governing_verbs() -> frozenset:
    out = set(_clause_verbs()) | set(role_cues("ALL", "claim_verbs"))
    for role in ("accuse_verbs", "enable_verbs"):
        for stem in role_cues("ALL", role):
            out |= set(_verb_forms(normalize(stem)))
    return frozenset(normalize(w) for w in out)


def null_sources(docs: list[dict], verbs: frozenset) -> tuple[int, list[tuple]]:
    """(events with no source, [(doc id, type, trigger, verb, sentence up to the trigger)] with a governing verb)."""
    def bare(w: str) -> str:
        return w[1:] if w[:1] in "وف" and len(w) > 3 and w[1:] in verbs else w

    n, hits = 0, []
    for d in docs:
        text = d.get("text") or ""
        ents = [(e["start"], e["end"]) for e in d.get("entities") or [] if e.get("type") in _NAMED]
        for ev in d.get("events") or []:
            if ev.get("source") is not None:
                continue
            n += 1
            t = ev["trigger_start"]
            s0 = max([m.end() for m in re.finditer(r"[.!?؟\n]", text[:t])] or [0])
            for m in re.finditer(r"\S+", text[s0:t]):
                if bare(normalize(m.group())) not in verbs:
                    continue
                a, b = s0 + m.start(), s0 + m.end()
                nxt = re.match(r"\s*(\S+)", text[b:])
                after = b + (nxt.start(1) if nxt else 0)
                if any(x <= after < y for x, y in ents) or any(x < a - 1 <= y for x, y in ents):
                    ctx = " ".join(text[s0:ev["trigger_end"]].split())[-160:]
                    hits.append((d.get("id"), ev["type"], ev["trigger"], m.group(), ctx))
                    break
    return n, hits


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="a store")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every event counted")
    a = ap.parse_args(argv)
    marsad = os.path.join(os.path.dirname(sys.executable), "marsad")
    out = subprocess.run([marsad, "export", "--db", a.db], capture_output=True, text=True, check=True).stdout
    docs = [json.loads(line) for line in out.splitlines() if line.strip()]
    n, hits = null_sources(docs, governing_verbs())
    if a.verbose:
        for h in hits:
            print(*h, sep="\t")
    print(f"{a.db}: {len(docs)} documents, {n} events with no source, {len(hits)} of them after a governing verb "
          "with a named subject")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
