"""Phrase lookup over normalised tokens: one- or many-word phrases, each with its labels.

In: a table ``{normalised phrase: labels}`` and a sentence's normalised tokens. Out: ``(start, end, labels)``
of the longest phrase starting at each token, a phrase's first word also read without a proclitic
(``clitics.word_variants``: "وبغداد" matches "بغداد"). The NER gazetteers and trigger lists use it.
"""
from __future__ import annotations

from itertools import compress

from .clitics import word_variants


class PhraseMatcher:
    """Longest-match lookup of (possibly multi-word) phrases over a normalised token sequence."""

    def __init__(self, entries: dict[str, set[str]]):
        # first word -> list of (rest words, labels), longest first
        self.index: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
        for phrase, labels in entries.items():
            words = tuple(phrase.split())
            self.index.setdefault(words[0], []).append((words[1:], frozenset(labels)))
        for v in self.index.values():
            v.sort(key=lambda x: -len(x[0]))

    def match(self, norms: list[str], variants: list[tuple[str, ...]] | None = None
              ) -> list[tuple[int, int, frozenset[str]]]:
        """All (start, end, labels) where a phrase starts at start (longest phrase per start)."""
        out = []
        n = len(norms)
        if variants is None:
            variants = [word_variants(w) for w in norms]
        for i in compress(range(n), variants):  # the tokens with a reading that starts a phrase
            for v in variants[i]:
                cands = self.index.get(v)
                if not cands:
                    continue
                for rest, labels in cands:
                    k = len(rest)
                    if i + 1 + k <= n and tuple(norms[i + 1:i + 1 + k]) == rest:
                        out.append((i, i + 1 + k, labels))
                        break
                else:
                    continue
                break
        return out
