"""Search terms: normalised, article/clitic-stripped, Snowball-stemmed Arabic (PyStemmer).

Both the index and the query go through ``terms``, so "الكاظمي", "والكاظمي" and "للكاظمي" meet.
The stemmer expects ta marbuta and hamza-free alef variants as written, so letters are folded
only partly before stemming and fully after.
"""
from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

from .. import resources
from .normalize import normalize
from .tokens import TOKEN_RE, tokenize

_STEMMER = Stemmer.Stemmer("arabic")
_ARTICLE = re.compile(r"^(?:[وف]?(?:[بكل]?ال|لل))(?=..)")
_CONJ = re.compile(r"^[وف](?=...)")
_LIGHT = {ord("أ"): "ا", ord("إ"): "ا", ord("آ"): "ا", ord("ٱ"): "ا", ord("ـ"): None}
_LIGHT.update({c: None for c in range(0x064B, 0x0653)})


@lru_cache(maxsize=200_000)
def term(word: str) -> str:
    w = word.translate(_LIGHT)
    if not w or not w[0].isalpha():
        return normalize(w)
    w = _ARTICLE.sub("", w)
    w = _variants().get(normalize(w), w)
    return normalize(_STEMMER.stemWord(w))


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    return {a: b for a, b in resources.table("search/variants.tsv")}


@lru_cache(maxsize=200_000)
def index_terms(word: str) -> tuple[str, ...]:
    """Terms a document word is indexed under: its term, plus the term without a leading و/ف
    (so "وانسحاب" is found by "انسحاب" while "وزارة" is still found by "وزارة")."""
    t = term(word)
    w = word.translate(_LIGHT)
    if _CONJ.match(w) and not _ARTICLE.match(w):
        t2 = term(w[1:])
        if t2 != t:
            return (t, t2)
    return (t,)


def index_text(text: str) -> str:
    """The space-joined terms of a text, as stored in the full-text index."""
    # the token strings straight from the tokenizer's pattern (tokenize's offsets and normalised
    # forms are not needed here; TOKEN_RE has no group, so findall gives whole tokens)
    out: list[str] = []
    for t in TOKEN_RE.findall(text):
        if t[0].isalnum():
            out.extend(index_terms(t))
    return " ".join(out)


def query_terms(query: str) -> list[str]:
    return [term(t.text) for t in tokenize(query) if t.text[0].isalnum()]
