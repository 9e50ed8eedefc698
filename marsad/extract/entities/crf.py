"""A linear-chain CRF decoder that reads a crfsuite model and tags with per-word cached scores.

crfsuite's score for a label at a token is the sum of the weights of the token's (attribute, label)
pairs. Most attributes belong to one word type (its own form, affixes, clusters) or to a neighbour
seen at a fixed offset, so their summed weights can be computed once per word type and offset and
reused; only the few attributes that depend on word pairs or phrase matches are looked up per
sentence. Viterbi over 9 labels is then a handful of numpy operations per token. The output is the
same as crfsuite's tagger (tests/test_entities.py checks it), several times faster from Python.
"""
from __future__ import annotations

from itertools import chain, islice, repeat

import numpy as np

from .features import _CTX_OFFSETS, _PREFIX, Featurizer


class FastCRF:
    max_types = 150_000
    def __init__(self, model_path: str, feat: Featurizer):
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(model_path)
        info = tagger.info()
        self.labels = list(tagger.labels())
        L = len(self.labels)
        lid = {lab: k for k, lab in enumerate(self.labels)}
        self.trans = np.zeros((L, L))
        for (a, b), w in info.transitions.items():
            self.trans[lid[a], lid[b]] = w
        index: dict[str, int] = {}
        rows, cols, vals = [], [], []
        for (attr, lab), w in info.state_features.items():
            rows.append(index.setdefault(attr, len(index)))
            cols.append(lid[lab])
            vals.append(w)
        self.index = index
        self.matrix = np.zeros((len(index) + 1, L))  # last row stays zero (no attribute)
        np.add.at(self.matrix, (np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)), vals)
        self.weights = {a: self.matrix[k] for a, k in index.items()}
        # the neighbours' attributes by offset, without the offset's prefix ("-1:w=…" under -1 as "w=…"):
        # a word's context features are the strings of its own features (Featurizer._word), not built again
        self.near_index = {o: {a[len(p):]: k for a, k in index.items() if a.startswith(p)}
                           for o, p in _PREFIX.items()}
        self.L = L
        self.feat = feat
        # one row per word type seen: its own summed weights, then those it lends each neighbour
        self._ids: dict[str, int] = {}
        self._info: list[tuple] = []
        self._rows = np.zeros((4096, L * (1 + len(_CTX_OFFSETS))))

    def _sum(self, attrs, out: np.ndarray) -> None:
        get = self.index.get
        idx = [k for k in map(get, attrs) if k is not None]
        if idx:
            out += self.matrix[idx].sum(0)

    def _id(self, w: str) -> int:
        k = self._ids.get(w)
        if k is None:
            self._add_words([w])
            k = self._ids[w]
        return k

    def _add_words(self, words: list[str]) -> None:
        """Rows for word types not seen yet (distinct, not in ``_ids``), in one gather and one
        segmented sum for all of them (the same sums, segment by segment, as one word at a time)."""
        k0 = len(self._ids)
        while k0 + len(words) > len(self._rows):
            self._rows = np.concatenate([self._rows, np.zeros_like(self._rows)])
        # all five groups of each word (own, then each offset, each offset's looked up in its own table);
        # each group carries the all-zero row so that none is empty
        gets = (self.index.get, *(self.near_index[o].get for o in _CTX_OFFSETS))
        zero = len(self.index)
        idx: list[int] = []
        starts: list[int] = []
        infos = []
        for w in words:
            # (not kept in the featurizer's cache: the row below is all this decoder needs again)
            info = self.feat._word(w, keep=False)
            infos.append(info)
            for get, group in zip(gets, (info[2], *(info[3][o] for o in _CTX_OFFSETS))):
                starts.append(len(idx))
                idx.extend([x for x in map(get, group) if x is not None])
                idx.append(zero)
        sums = np.add.reduceat(self.matrix[idx], starts, axis=0)
        G = 1 + len(_CTX_OFFSETS)
        self._rows[k0:k0 + len(words)] = sums.reshape(len(words), G * self.L)
        for j, (w, info) in enumerate(zip(words, infos)):
            self._ids[w] = k0 + j
            # the per-word feature lists are summed into the row above; only the fields the
            # multi-word features read are kept (the lists were most of the memory of a long run),
            # the featurizer's own light row, shared with it and the other decoder
            self._info.append(self.feat.word(w, info))

    def _evict_older_half(self) -> None:
        """Drop the rows of the word types seen first, half of them; the newer half (most of the words of
        the documents at hand) moves to the front of the table, so that a long stream does not featurize
        them again (as it would after clearing the whole table). A row id stays the word's position in
        ``_ids``."""
        keep = list(islice(self._ids, len(self._ids) // 2, None))
        old = [self._ids[w] for w in keep]
        self._rows[:len(keep)] = self._rows[old]
        self._info = [self._info[k] for k in old]
        self._ids = {w: k for k, w in enumerate(keep)}

    def scores(self, words: list[str], more: list[list[str]] | None = None) -> np.ndarray:
        # bound memory on endless streams (~60 MB of rows); only between sentences, since an
        # eviction in mid-sentence would orphan the row ids already taken for its first words
        if len(self._ids) + len(words) > self.max_types:
            self._evict_older_half()
        got = self._ids.get
        ids = [got(w) for w in words]
        if None in ids:  # word types not seen yet: their rows all at once
            self._add_words(list(dict.fromkeys(w for w, k in zip(words, ids) if k is None)))
            ids = [got(w) for w in words]
        m = len(words)
        L = self.L
        R = self._rows[ids]
        E = R[:, :L].copy()
        for j, o in enumerate(_CTX_OFFSETS):
            C = R[:, L * (j + 1):L * (j + 2)]
            if o < 0 and m > -o:
                E[-o:] += C[:o]
            elif o > 0 and m > o:
                E[:-o] += C[o:]
        get = self.index.get
        info = self._info
        # the pair / phrase attributes: one look-up, one gather and one scatter-add for the whole sentence
        # (-1: no such attribute in the model), token by token and in order, so that each token's
        # weights are added in the order of its attributes
        ex = self.feat.extras([info[k] for k in ids])
        if more is not None:
            for fi, mi in zip(ex, more):
                fi.extend(mi)
        attrs = list(chain.from_iterable(ex))
        rows = np.fromiter(map(get, attrs, repeat(-1)), dtype=np.int64, count=len(attrs))
        pos = np.repeat(np.arange(m), [len(fi) for fi in ex])
        kept = rows >= 0
        if kept.any():
            np.add.at(E, pos[kept], self.matrix[rows[kept]])
        return E

    def tag(self, words: list[str]) -> list[str]:
        return self.tag_many([words])[0]

    def tag_many(self, sents: list[list[str]], more: list[list[list[str]]] | None = None) -> list[list[str]]:
        """Viterbi over a batch of sentences at once (padded), so numpy's per-call cost is paid
        per position across the batch rather than per token. ``more``: per sentence, per token,
        attributes to add to the featurizer's (the second stage's view of the first)."""
        out: list[list[str]] = [[] for _ in sents]
        order = sorted((i for i, s in enumerate(sents) if s), key=lambda i: len(sents[i]))
        labels = self.labels
        T = self.trans
        L = self.L
        for g in range(0, len(order), 64):
            group = order[g:g + 64]
            B = len(group)
            lens = np.array([len(sents[i]) for i in group])
            M = int(lens.max())
            E = np.zeros((M, B, L))
            for b, i in enumerate(group):
                E[:lens[b], b] = self.scores(sents[i], None if more is None else more[i])
            ar = np.arange(L)
            back = np.empty((M, B, L), dtype=np.int64)
            back[:] = ar  # a finished sentence keeps its best label: its rows point at themselves
            score = E[0].copy()
            # the group is sorted by length, so the sentences still running at t are a suffix of it,
            # from the first longer than t
            first_live = np.searchsorted(lens, np.arange(M), side="right").tolist()
            for t in range(1, M):
                k = first_live[t]
                cand = score[k:, :, None] + T  # live x from x to
                back[t, k:] = cand.argmax(1)
                # the maximum is the element argmax points at (the same float)
                score[k:] = cand.max(1) + E[t, k:]
            best = score.argmax(1)
            path = np.empty((M, B), dtype=np.int64)
            path[M - 1] = best
            for t in range(M - 1, 0, -1):
                best = back[t, np.arange(B), best]
                path[t - 1] = best
            for b, i in enumerate(group):
                out[i] = [labels[k] for k in path[:lens[b], b]]
        return out
