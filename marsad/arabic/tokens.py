"""Tokens with character offsets: words (Arabic or Latin, digits inside), numbers, punctuation.

Clitics stay attached (as in ANERcorp); components that want stems call ``strip_clitics``.
"""
from __future__ import annotations

import itertools
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


# a token's normalised form by its text: most tokens of an article are words seen before, and a
# dict lookup is several times cheaper than normalize's translate + lower
_NORMS: dict[str, str] = {}
NORMS_MAX = 200_000  # token types (a few hundred thousand tokens' worth of news; ~20 MB at most)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    out = []
    norms = _NORMS
    for m in TOKEN_RE.finditer(text, start, end):
        t = m.group()
        n = norms.get(t)
        if n is None:
            n = normalize(t)
            if len(norms) >= NORMS_MAX:
                evict_half(norms)
            norms[t] = n
        s, e = m.span()
        out.append(Token(s, e, t, n))
    return out


def evict_half(cache: dict) -> None:
    """Drop the older half of a dict used as a cache (dicts keep insertion order): a bound on memory
    that keeps the words of the current documents, cheaper than an LRU's bookkeeping on every hit."""
    for k in list(itertools.islice(cache, len(cache) // 2)):
        del cache[k]
