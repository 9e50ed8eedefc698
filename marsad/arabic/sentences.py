"""Sentence splitting for Arabic news.

Splits at . ! ? ؟ … and at blank lines / line breaks, not at ، or ؛ (they join clauses of one
sentence). A full stop glued to the next word ("الحرب.وقال") still splits; a dot between digits or
after a one/two-letter abbreviation (د. , م. , أ.ف.ب) does not, nor does one inside a chain of dotted
letter names listed in ``marsad/resources/abbreviations.txt`` ("(إف. بي. أي.) إن", "جي.آي. باراتا"),
not even the chain's last stop. Text inside «» or “” stays together unless the quotation runs past a
paragraph break.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Sentence
from ..resources import lines
from .normalize import normalize

_TERMINATORS = set(".!?؟…")
_OPEN = {"«": "»", "“": "”"}
_CLOSE = set(_OPEN.values())
_CLOSERS_AFTER = set("\"'»”’)]")
# the characters split_sentences acts on: quotation marks, line breaks, terminators
_SPECIAL = re.compile("[" + re.escape("".join(sorted(set(_OPEN) | _CLOSE | _TERMINATORS | {"\n"}))) + "]")


@lru_cache(maxsize=1)
def _letter_names() -> frozenset:
    return frozenset(normalize(w) for w in lines("abbreviations.txt"))


def _word_before(text: str, end: int) -> tuple[int, str]:
    j = end
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return j, text[j:end]


def is_abbreviation_stop(text: str, dot: int) -> bool:
    """The full stop at text[dot] belongs to an abbreviation ("د.", "أ.ف.ب", "إف. بي. أي."), not a sentence end."""
    j, word = _word_before(text, dot)
    if 0 < len(word) <= 1 or (len(word) == 2 and j > 0 and text[j - 1] == "."):
        return True
    names = _letter_names()
    if normalize(word) not in names:
        return False
    # a dotted letter name ends nothing when it is one link of a chain: "إف. بي. أي."
    k = j
    while k > 0 and text[k - 1] == " ":
        k -= 1
    if k > 0 and text[k - 1] == ".":
        _, prev = _word_before(text, k - 1)
        if prev and (len(prev) == 1 or normalize(prev) in names):
            return True
    m = dot + 1
    while m < len(text) and text[m] == " ":
        m += 1
    e = m
    while e < len(text) and text[e].isalpha():
        e += 1
    nxt = text[m:e]
    return bool(nxt) and e < len(text) and text[e] == "." and (len(nxt) == 1 or normalize(nxt) in names)


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    n = len(text)
    start = 0
    depth = 0
    i = 0

    def emit(a: int, b: int) -> None:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append(Sentence(a, b))

    while True:
        # every other character only advances i: jump to the next one that can matter
        m = _SPECIAL.search(text, i)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        if ch == "\n":
            depth = 0  # a quotation never spans a paragraph break for splitting purposes
            emit(start, i)
            start = i + 1
        elif ch in _TERMINATORS and depth == 0:
            j = i + 1
            while j < n and text[j] in _TERMINATORS:
                j += 1
            if ch == "." and j == i + 1:
                prev = text[i - 1] if i else " "
                nxt = text[j] if j < n else " "
                if (prev.isdigit() and nxt.isdigit()) or is_abbreviation_stop(text, i):
                    i += 1
                    continue
            while j < n and text[j] in _CLOSERS_AFTER:
                j += 1
            if j >= n or text[j].isspace() or text[j].isalpha():
                emit(start, j)
                start = j
                i = j
                continue
        i += 1
    emit(start, n)
    return out
