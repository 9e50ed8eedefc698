"""Sentence splitting for Arabic news.

Splits at . ! ? ؟ … and at blank lines / line breaks, not at ، or ؛ (they join clauses of one
sentence). A full stop glued to the next word ("الحرب.وقال") still splits; a dot between digits or
after a one/two-letter abbreviation (د. , م. , أ.ف.ب) does not. Text inside «» or “” stays together
unless the quotation runs past a paragraph break.
"""
from __future__ import annotations

from ..document import Sentence

_TERMINATORS = set(".!?؟…")
_OPEN = {"«": "»", "“": "”"}
_CLOSE = set(_OPEN.values())
_CLOSERS_AFTER = set("\"'»”’)]")


def _is_abbrev(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:dot]
    return 0 < len(word) <= 1 or (len(word) == 2 and j > 0 and text[j - 1] == ".")


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

    while i < n:
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
                if (prev.isdigit() and nxt.isdigit()) or _is_abbrev(text, i):
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
