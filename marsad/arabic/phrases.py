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
        # the same, for matching: first word -> (length of the rest, {rest words: labels}), longest first,
        # so that a start is one look-up per length its first word has, not one comparison per phrase
        # (of two phrases with the same words, the first listed wins, as in ``index``)
        self._by_len: dict[str, tuple[tuple[int, dict[tuple[str, ...], frozenset[str]]], ...]] = {}
        for first, cands in self.index.items():
            by_len: dict[int, dict[tuple[str, ...], frozenset[str]]] = {}
            for rest, labels in cands:
                by_len.setdefault(len(rest), {}).setdefault(rest, labels)
            self._by_len[first] = tuple(by_len.items())  # (``cands`` is longest first)

    def match(self, norms: list[str], variants: list[tuple[str, ...]] | None = None
              ) -> list[tuple[int, int, frozenset[str]]]:
        """All (start, end, labels) where a phrase starts at start (longest phrase per start)."""
        out = []
        n = len(norms)
        if variants is None:
            variants = [word_variants(w) for w in norms]
        by_len = self._by_len
        for i in compress(range(n), variants):  # the tokens with a reading that starts a phrase
            for v in variants[i]:
                for k, rests in by_len.get(v, ()):
                    if i + 1 + k > n:
                        continue
                    labels = rests.get(tuple(norms[i + 1:i + 1 + k]))
                    if labels is not None:
                        out.append((i, i + 1 + k, labels))
                        break
                else:
                    continue
                break
        return out
