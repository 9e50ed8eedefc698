"""The story across sources: timeline, disagreements, framing per outlet and duplicate groups.

``story(store)`` computes all four from a store on demand (cached in memory per store file and document
count) and returns one dict, the shape ``marsad story --json`` prints and the web page reads:

    {"timeline": [...], "episodes": [...],
     "disagreements": [{"topic", "kind", "why", "keys", "claims": [{"document", "text", "source", "value",
                                                                  "start", "end", ...}]}],
     "framing": {"outlets": {...}, "groups": [...]},
     "duplicates": [{"documents", "kept", "outlets", "titles", "pairs"}]}

Each disagreement says why it was judged one: ``keys`` holds what its first clashing pair shares (measure
or topic, place, incident kind, victims, dates and days apart against the window, the two sources, the
embedding similarity against the bar) and ``why`` says it in one line.

Duplicates come first: later copies of one wire story are left out of the framing counts (per outlet)
and of the claims (a copy cannot disagree with its original, and would only repeat it).
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Optional

from . import claims as claims_mod
from . import dedup, framing, timeline

_cache: dict = {}


def _key(store) -> Optional[tuple]:
    try:
        return (getattr(store, "path", None) or id(store), store.count())
    except Exception:
        return None


def story(store, use_cache: bool = True) -> dict:
    key = _key(store)
    if use_cache and key is not None and key in _cache:
        return _cache[key]
    result = _story_of_store(store)
    if key is not None:
        _cache.clear()
        _cache[key] = result
    return result


@dataclass
class _Text:
    """What the duplicate pass needs of a document (the text, without its facts)."""
    id: Optional[int]
    outlet: Optional[str]
    title: Optional[str]
    text: str
    body_start: int = 0


def _story_of_store(store) -> dict:
    """``story_of`` over a store without holding every document with its facts in memory: one
    streamed pass for the texts (duplicates) and the time axis, a second for claims and framing,
    which need to know the duplicates first. The same result as ``story_of(list(store.documents()))``."""
    texts, its = [], []
    for d in store.documents():
        texts.append(_Text(d.id, d.outlet, d.title, d.text, getattr(d, "body_start", 0) or 0))
        its.extend(timeline.items([d]))
    dups = dedup.duplicates(texts)
    copies = dedup.redundant(dups, texts)
    copies_same_outlet = dedup.redundant(dups, texts, same_outlet_only=True)
    del texts
    items, episodes = timeline.episodes_of(its)
    return _result(store.documents(), items, episodes, dups, copies, copies_same_outlet)


def story_of(docs: list) -> dict:
    """The same passes over Documents already in memory (tests and the benchmark use this)."""
    dups = dedup.duplicates(docs)
    copies = dedup.redundant(dups, docs)  # any later copy of a story
    copies_same_outlet = dedup.redundant(dups, docs, same_outlet_only=True)
    items, episodes = timeline.timeline(docs)
    return _result(docs, items, episodes, dups, copies, copies_same_outlet)


def _result(docs, items, episodes, dups, copies, copies_same_outlet) -> dict:
    # one pass for claims and framing: both read every word of a document, which is tokenised once
    fr = framing.Framing(skip=copies_same_outlet)
    all_claims = []
    for d in docs:
        if d.id not in copies:
            all_claims.extend(claims_mod.extract(d))
        fr.add(d)
    return {
        "timeline": items,
        "episodes": episodes,
        "disagreements": claims_mod.disagreements(all_claims),
        "framing": fr.result(),
        "duplicates": dups,
    }


def _short(s: str, n: int = 110) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def render(st: dict) -> str:
    out = []
    out.append(f"== Timeline ({len(st['timeline'])} dated items, {len(st['episodes'])} episodes)")
    for it in st["timeline"]:
        flag = "~" if it["date_basis"] in ("estimated",) else " "
        ep = f" [episode {it['episode']}]" if it.get("episode") is not None else ""
        who = it.get("source") or "?"
        out.append(f"{it['date']:>12}{flag} {it['type']:<10} #{it['document']} {it['outlet'] or '?'} · {_short(who, 30)}"
                   f"{ep}: {_short(it['text'], 90)}")
    out.append("   (~ date read off an estimated document date)")
    out.append("")
    out.append(f"== Disagreements ({len(st['disagreements'])})")
    for d in st["disagreements"]:
        out.append(f"* {d['topic']} ({d['kind']})")
        if d.get("why"):
            out.append(f"    why: {d['why']}")
        for c in d["claims"]:
            out.append(f"    #{c['document']} [{c['start']}:{c['end']}] {c['value']!s:<16} {c['source']}")
            out.append(f"        «{_short(c['text'], 120)}»")
    out.append("")
    fr = st["framing"]
    out.append(f"== Framing per outlet (own voice count, +quoted; documents: "
               + ", ".join(f"{o} {n}" for o, n in fr["outlets"].items()) + ")")
    out.extend(framing.table_lines(fr))
    out.append("")
    out.append(f"== Duplicate groups ({len(st['duplicates'])})")
    for g in st["duplicates"]:
        out.append(f"* documents {g['documents']} ({', '.join(g['outlets'])}): {_short(g['titles'][0] or '', 80)}")
    return "\n".join(out)


def story_cli(store, as_json: bool = False) -> int:
    st = story(store)
    if as_json:
        json.dump(st, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(render(st))
    return 0
