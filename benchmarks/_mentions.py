"""Entity spans for resolution benchmarks when no NER model is at hand: a gazetteer search.

Finds every occurrence of the alias table's variants and of extra names given by the caller
(e.g. the mentions of the labelled pair set) in a text, longest match first, with an optional
one-letter proclitic (و ف ب ل ك) or لـ before it left outside the span, as an NER tagger would.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from marsad import resources
from marsad.arabic.normalize import normalize_with_map
from marsad.document import Entity

_WORD_END = r"(?![\u0621-\u064A\w])"


def alias_names() -> list[tuple[str, str]]:
    out = []
    for row in resources.table("aliases.tsv"):
        if len(row) >= 4:
            out += [(v, row[2]) for v in row[3:] if v]
    return out


@lru_cache(maxsize=8)
def _pattern(names: tuple[tuple[str, str], ...]):
    from marsad.arabic.normalize import normalize

    by_norm: dict[str, str] = {}
    for n, t in names:
        by_norm.setdefault(normalize(n), t)
    alts = sorted(by_norm, key=len, reverse=True)
    body = "|".join(re.escape(a) for a in alts)
    # start of text / after a non-letter, optionally after one proclitic letter or لـ / بـ
    rx = re.compile(rf"(?:(?<=^)|(?<=[^\u0621-\u064A\w]))(?:[وفبلك]ـ?|وال(?=)|)({body}){_WORD_END}")
    return rx, by_norm


def find_entities(text: str, extra: Iterable[tuple[str, str]] = ()) -> list[Entity]:
    names = tuple(sorted(set(alias_names()) | set(extra)))
    rx, by_norm = _pattern(names)
    norm, idx = normalize_with_map(text)
    out = []
    for m in rx.finditer(norm):
        s, e = m.start(1), m.end(1)
        st, en = idx[s], idx[e - 1] + 1
        out.append(Entity(st, en, text[st:en], by_norm[m.group(1)]))
    return out


_STOP_AFTER = {"في", "من", "الى", "إلى", "على", "عن", "ان", "أن", "إن", "انه", "أنه", "قد", "و", "مع", "الذي",
               "التي", "خلال", "بعد", "قبل", "امس", "أمس", "اليوم", "يوم", "لا", "لم", "كان", "هو", "هي"}


@lru_cache(maxsize=1)
def _title_rx():
    from marsad.arabic.normalize import normalize

    ts = sorted({normalize(t) for t in resources.lines("titles.txt") if not t.endswith(".")}, key=len, reverse=True)
    nis = sorted({normalize(t) for t in resources.lines("resolve/nisba.txt")}, key=len, reverse=True)
    word = r"[\u0621-\u064A]{2,}"
    return re.compile(
        rf"(?<![\u0621-\u064A])(?:{'|'.join(map(re.escape, ts))})(?:\s+(?:{'|'.join(map(re.escape, nis))}))?"
        rf"\s+({word}(?:\s+{word}){{0,2}})")


def title_persons(text: str) -> list[Entity]:
    """Names right after a title ("الرئيس الأمريكي جو بايدن"): 1-3 words up to a function word."""
    norm, idx = normalize_with_map(text)
    out = []
    for m in _title_rx().finditer(norm):
        words = m.group(1).split()
        keep = []
        for w in words:
            if w in _STOP_AFTER or (keep and w.startswith("و") and len(w) > 3):
                break
            keep.append(w)
        if not keep:
            continue
        s = m.start(1)
        e = s + len(" ".join(keep))
        st, en = idx[s], idx[e - 1] + 1
        out.append(Entity(st, en, text[st:en], "PER"))
    return out


def candidate_entities(text: str, extra: Iterable[tuple[str, str]] = ()) -> list[Entity]:
    """Gazetteer hits plus title-led persons, overlaps resolved in favour of the gazetteer."""
    gaz = find_entities(text, extra)
    taken = [(e.start, e.end) for e in gaz]
    out = list(gaz)
    for e in title_persons(text):
        if not any(s < e.end and e.start < t for s, t in taken):
            out.append(e)
    out.sort(key=lambda e: e.start)
    return out
