"""Tokens with character offsets: words (Arabic or Latin, digits inside), numbers, punctuation.

Clitics stay attached (as in ANERcorp); components that want stems call ``strip_clitics``.
"""
from __future__ import annotations

import re

from ..document import Token
from .normalize import normalize

_DIAC = "\u064B-\u065F\u0670\u0640"
# a number: digits (ASCII, Arabic-Indic, Persian) with inner separators; a word: letters, marks, digits
TOKEN_RE = re.compile(
    rf"[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*"
    rf"|[^\W\d_](?:[^\W_]|[{_DIAC}]|[\u200c\u200d])*"
    r"|\S"
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    out = []
    for m in TOKEN_RE.finditer(text, start, end):
        t = m.group()
        out.append(Token(m.start(), m.end(), t, normalize(t)))
    return out
