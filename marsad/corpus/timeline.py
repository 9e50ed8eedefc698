"""One time axis for the corpus: dated events and dated statements, grouped into episodes.

An item is an event whose time the events component resolved to an ISO date (2024-08-22, 2024-08, 2021,
or a range), or a quotation dated by a day or month named in its sentence or, failing that, by its
document's date. Each item says how its date is known (``date_basis``: text, estimated, published):
a date read off an *estimated* document date is flagged, never passed off as stated.

An *episode* is one happening reported by several documents: items of the same event type whose actors
(source, target, place) overlap and whose dates fall within a window fitted to their precision.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Iterable, Optional

from ..arabic import normalize, split_sentences
from ..document import Document

EPISODE_DAYS = {10: 3, 7: 31, 4: 366}  # ISO length of the coarser date -> days apart allowed
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse(value: Optional[str]) -> Optional[tuple[date, date, int]]:
    """(first day, last day, precision as ISO length) of a date, partial date or range; None for
    durations, sets, unknown years (XXXX-08-22) and PRESENT_REF."""
    if not value:
        return None
    parts = value.split("/")
    out = []
    for p in parts[:2]:
        m = _ISO.match(p)
        if not m:
            return None
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        try:
            if d:
                a = b = date(y, int(mo), int(d))
            elif mo:
                a = date(y, int(mo), 1)
                b = date(y + (int(mo) == 12), int(mo) % 12 + 1, 1)
                b = date.fromordinal(b.toordinal() - 1)
            else:
                a, b = date(y, 1, 1), date(y, 12, 31)
        except ValueError:
            return None
        out.append((a, b, len(p)))
    if len(out) == 2:
        return out[0][0], out[1][1], min(out[0][2], out[1][2])
    return out[0]


def _basis(doc: Document, value: str, start: int, end: int) -> str:
    for t in doc.times:
        if t.value and start <= t.start < end and t.value.split("/")[0] == value.split("/")[0]:
            return "estimated" if t.estimated else "text"
    return "estimated" if (doc.published_basis or "").startswith("estimated") else "text"


def _actors(*names) -> set[str]:
    out = set()
    for n in names:
        for w in normalize(n or "").split():
            w = re.sub(r"^(وال|ال|و)", "", w)
            if len(w) > 2:
                out.add(w)
    return out


def items(docs: Iterable[Document]) -> list[dict]:
    out = []
    for doc in docs:
        sentences = None

        def sentence(pos: int):
            nonlocal sentences
            if sentences is None:
                sentences = doc.sentences or split_sentences(doc.text)
            return next((s for s in sentences if s.start <= pos < s.end), None)

        for ev in doc.events:
            p = parse(ev.time)
            if p is None:
                continue
            out.append({"date": ev.time, "date_basis": _basis(doc, ev.time, ev.start, ev.end), "kind": "event",
                        "type": ev.type, "trigger": ev.trigger, "source": ev.source, "target": ev.target,
                        "place": ev.place, "negated": ev.negated, "future": ev.future,
                        "document": doc.id, "outlet": doc.outlet, "text": doc.text[ev.start:ev.end].strip(),
                        "start": ev.start, "end": ev.end, "_p": p,
                        "_actors": _actors(ev.source, ev.target, ev.place)})
        for q in doc.quotes:
            sn = sentence(q.start)
            lo, hi = (sn.start, sn.end) if sn else (q.start, q.end)
            value, basis = None, None
            for t in doc.times:  # a day or month named in the statement's sentence dates it
                if lo <= t.start < hi and t.type == "DATE" and t.value and len(t.value.split("/")[0]) >= 7 \
                        and parse(t.value):
                    value, basis = t.value, "estimated" if t.estimated else "text"
                    break
            if value is None and parse(doc.published):
                value = doc.published
                basis = "estimated" if (doc.published_basis or "").startswith("estimated") else "published"
            if value is None:
                continue
            out.append({"date": value, "date_basis": basis, "kind": "statement", "type": "STATEMENT",
                        "trigger": q.cue, "source": q.speaker, "target": None, "place": None,
                        "via": list(q.via or []), "anonymous": q.anonymous,
                        "document": doc.id, "outlet": doc.outlet, "text": q.content,
                        "start": q.start, "end": q.end, "_p": parse(value), "_actors": _actors(q.speaker)})
    return out


def _same_episode(a: dict, b: dict) -> bool:
    if a["type"] != b["type"] or a["kind"] != "event" or a["negated"] or b["negated"]:
        return False
    if not (a["_actors"] & b["_actors"]):
        return False
    (a0, a1, pa), (b0, b1, pb) = a["_p"], b["_p"]
    window = EPISODE_DAYS.get(min(pa, pb), 366)
    gap = max(0, (b0 - a1).days, (a0 - b1).days)
    return gap <= window and min(pa, pb) >= 7  # a bare year is too coarse to call two reports one happening


def timeline(docs: Iterable[Document]) -> tuple[list[dict], list[dict]]:
    """(items sorted on the time axis, episodes). Items carry ``episode`` (index into episodes or None)."""
    return episodes_of(items(docs))


def episodes_of(its: list[dict]) -> tuple[list[dict], list[dict]]:
    """``timeline`` from items already read (``items`` of every document, in any grouping)."""
    its.sort(key=lambda x: (x["_p"][0], -x["_p"][2], x["document"] or 0, x["start"]))
    parent = list(range(len(its)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # only events of one type, neither negated, with an actor and a month or day can be one happening
    # (see _same_episode): compare within those blocks. Each block keeps the time order, so the widest
    # window such a pair may have ends the inner loop early.
    blocks: dict = {}
    for i, it in enumerate(its):
        if it["kind"] == "event" and not it["negated"] and it["_actors"] and it["_p"][2] >= 7:
            blocks.setdefault(it["type"], []).append(i)
    widest = max(days for precision, days in EPISODE_DAYS.items() if precision >= 7)
    for block in blocks.values():
        for x, i in enumerate(block):
            a = its[i]
            for j in block[x + 1:]:
                b = its[j]
                if (b["_p"][0] - a["_p"][1]).days > widest:
                    break
                if a["document"] != b["document"] and _same_episode(a, b):
                    parent[find(i)] = find(j)
    groups: dict = {}
    for i in range(len(its)):
        groups.setdefault(find(i), []).append(i)
    episodes = []
    for members in groups.values():
        if len({its[i]["document"] for i in members}) < 2:
            continue
        k = len(episodes)
        for i in members:
            its[i]["episode"] = k
        first = its[members[0]]
        episodes.append({"episode": k, "type": first["type"], "date": first["date"],
                         "documents": sorted({its[i]["document"] for i in members}),
                         "outlets": sorted({its[i]["outlet"] or "?" for i in members}),
                         "actors": sorted(set.intersection(*[its[i]["_actors"] for i in members])
                                          or set.union(*[its[i]["_actors"] for i in members]))[:8],
                         "items": len(members)})
    for it in its:
        it.setdefault("episode", None)
        it.pop("_p", None)
        it.pop("_actors", None)
    return its, episodes
