#!/usr/bin/env python
"""Train Marsad's accurate-mode NER head (marsad/extract/ner_context.py) from /work/shared/data.

The head reads, per marsad sub-token: frozen multilingual-e5-small states (a learned mix of
layers 4-12, from the token's first e5 sub-word or the mean of its sub-words), the per-token
label marginals of the CRF (scripts/train_ner.py) and static word2vec vectors learnt on
SaudiNewsNet (--vectors); a BiLSTM and a CRF layer on top give the tags. Four such heads (one per
pooling, two seeds) are averaged. Names unseen in training are the CRF's weak spot, and a
multilingual encoder pretrained on web text has seen many of them; the newswire vectors add how
the region's press uses a word.

Stages, each cached under --cache (never in the repository):
  1. e5 word states of every ANERcorp-train sentence, each read inside --context (64) sub-words of
     the sentences before and after it in the file (~10 min on one free core; ~3 min with --context 0);
  2. stacked CRF inputs: the marginals a CRF gives a sentence must come from a CRF that did not
     train on it, or the head learns to trust them too much. Dev sentences get them from a CRF
     trained on the first 5/6; each fifth of those 5/6 from a CRF trained on the other four
     fifths (6 CRFs, ~2-8 min each);
  2c. the word-vector table (--vectors 50): train_ner.word2vec (the recipe the cluster table
     comes from: SaudiNewsNet + ANERcorp train, sg, 100 dims, one thread, ~16 min), PCA to 50 dims,
     float16 -> models/ner_vectors.npz (committed, 8.8 MB; built here only when missing);
  3. the head, trained on the 5/6 and scored on dev exactly like scripts/train_ner.py's
     evaluate(window=20): resource-list post-processing, document propagation over 20-sentence
     runs, collapsed back to ANERcorp words, seqeval-style exact spans;
  4. the same recipe retrained on all of train (same epochs, seeds) -> models/ner_context.npz
     (--no-full keeps the 5/6 head). At run time the marginals come from the committed
     ner.crfsuite (trained on all of train), the same way the CRF's own dev model relates to it.

    python scripts/train_ner_context.py [--data ../shared/data] [--cache /tmp/marsad_ner_context]
                                        [--crf-silver SILVER_DEV.jsonl.gz]

The committed file is the --crf-silver recipe with the defaults, --context 64, --vectors 50 and
four heads (see the tables below): the stacked CRFs of stage 2 are trained as the distilled
ner.crfsuite is, on gold + confident silver, so the heads learn the marginals of the kind of CRF
they run over. SILVER_DEV is the file train_ner.py --silver DIR --teacher-dev X writes as
DIR/silver_dev.jsonl.gz (X: this script's gold-only pair without context or vectors,
--context 0 --vectors 0 --members first:13,mean:13 --no-full --out X: the teacher the committed
ner.crfsuite was distilled from was of that kind).

About an hour on one free core (heads: ~25 s per epoch, 8 epochs x 4 heads x 2 trainings). The
CRF folds use the current ner_features.Featurizer; retrain the head whenever the CRF's features
change, since its inputs are that CRF's marginals.

Dev (last 1/6 of ANERcorp train; heads and CRFs trained on the first 5/6), entity-level micro F1
with lists + propagation over 20-sentence runs, as train_ner.py reports the CRF:
  linear probe, one frozen e5 layer, no CRF: layer 6 0.624, 9 0.611, 12 0.485, mean-pooled 9 0.637
  BiLSTM-CRF on e5 layers 4-12 (learned mix), no CRF marginals, 10 epochs       0.712 (best epoch 0.722)
  + jackknifed CRF marginals, first-sub-word states, 10 epochs                   0.772
  + jackknifed CRF marginals, mean-pooled states, 10 epochs                      0.778
  the two averaged (product of experts), 10 epochs                               0.780
  the defaults (first:13 + mean:13, 8 epochs)                                    0.782
    (PER 0.825, ORG 0.663, LOC 0.879, MISC 0.645), over the earlier CRF features (CRF alone 0.744)
  the same, over the CRF with title-slot + harvested-name features (CRF alone 0.755):
    first 0.779, mean 0.779, the two averaged                                    0.787
    (PER 0.827, ORG 0.674, LOC 0.884, MISC 0.654; P 0.807 R 0.768; benchmarks/ner.py --accurate on
    the dev split with the 5/6 CRF and heads); the committed file is its full-train retrain.
Dev moves by +-0.005 from epoch to epoch, so differences below 0.01 are noise.
Silver rounds (silver = train_ner.py's 9,331 SaudiNewsNet sentences, 300,264 tokens, tagged by the
gold-only 5/6 pair above, which was retrained here and scored 0.7873 again; "members" are the first /
mean heads alone, 0.7768 / 0.7795 for that pair):
  four heads (first and mean, seeds 13 and 7), gold-CRF marginals: 0.7819, members 0.777 / 0.780 /
    0.771 / 0.776, so part of the pair's 0.787 is the luck of seed 13
  --silver: heads also trained on the 5,749 confident silver sentences (min tag marginal >= 0.8,
    163k tokens; self-training): 0.7832, members 0.779 / 0.784; not kept
  --crf-silver: the six stacked CRFs trained on gold + those silver sentences (~5 min each), heads
    on gold: 0.7907 (PER 0.832, ORG 0.695, LOC 0.876, MISC 0.631; P 0.811 R 0.772), members
    0.789 / 0.786: both members gain ~0.01, more than the noise; the committed file (its full retrain
    over the same marginals; at run time they come from the distilled ner.crfsuite)
  --crf-silver with --silver-conf 0.6 (7,336 sentences, 221k tokens): 0.7812, members 0.780 / 0.782
Sentence context (--context N; FLERT, Schweter & Akbik 2020): e5 reads each sentence with N
sub-words of the sentences before and after it in the file (ANERcorp sentences average ~54 e5
sub-words, so 64 is about one sentence each side); only the sentence's own words get states. All
rerun on one machine (silver_dev rebuilt by a new gold-only teacher, 0.7873 again; 5,759 confident
sentences), pair (members first / mean):
  gold-CRF marginals, seed 13:  N=0 0.7873 (0.779 / 0.779)   32 0.7854 (0.780 / 0.776)
                                64 0.7920 (0.791 / 0.781)   128 0.7838 (0.787 / 0.780)
  --crf-silver, seed 13:        N=0 0.7894 (0.786 / 0.786)   64 0.7958 (0.793 / 0.791)
                                96 0.7857 (0.784 / 0.778)   128 0.7909 (0.791 / 0.781)
  --crf-silver, seed 7:         N=0 0.7847 (0.784 / 0.783)   64 0.7912 (0.795 / 0.792)
  64 over the --crf-silver marginals gains in every pair and every member (+0.005 to +0.011), but
  96 and 128 do not, so the gain is a fragile one (one dev slice, two seeds): the committed file
  is its full retrain, dev 0.7958 (PER 0.835, ORG 0.706, LOC 0.882, MISC 0.641; P 0.810 R 0.782).
  The four heads of both seeds together: 0.7955, so two are kept. The context costs speed:
  benchmarks/ner.py --accurate ~130 tokens/s against ~430 on a free core. Wojood val (full-train
  heads; its sentences are unrelated, so benchmarks/ner.py --alone): 0.488 against the
  context-free heads' 0.487 (0.475 if its sentences are read as each other's context). On the
  five seeds the two kinds of heads differ in ~10 of ~160 entity strings, neither side better.
  --run 128 (e5 reads up to 128 sub-words of consecutive sentences together, in one context of 64
  each side; stage 1 503 s against 619 s): 0.7907 (0.790 / 0.790) with --crf-silver, seed 13, so
  the committed heads read one sentence a run. Those heads read in runs at run time only (a
  "run" key added to the file): run 128 0.7947 at ~195 tokens/s (CPU) against 0.7958 at ~125 (no
  context: ~345); run 256 0.7880.
Word vectors (--vectors DIMS; what the BiLSTM-CRFs that led ANERcorp before BERT read): per token
the vector of its normalised form and of that form without clitics, each with an out-of-table
flag, appended to the CRF marginals, under the same dropout as the e5 states. Rerun on one
machine (silver_dev rebuilt by a new gold-only teacher, 0.7874; 5,750 confident sentences), pair
(members first / mean):
  gold-CRF marginals, --context 0, seed 13:   none 0.7874 (0.776 / 0.780)
                                              50   0.7954 (0.788 / 0.793)   100 0.7934 (0.791 / 0.796)
  --crf-silver, --context 64, seed 13:        none 0.7962 (0.790 / 0.788)
                                              50   0.7999 (0.793 / 0.794)   100 0.7985 (0.800 / 0.794)
  --crf-silver, --context 64, 50, seed 7:          0.7982 (0.794 / 0.797)
  the same, seed 13, --dropout 0.4:                0.7990 (0.798 / 0.797)
  the same, seed 13, --hidden 192:                 0.7973 (0.793 / 0.796)
  the same, --epochs 10, seed 13 / seed 7:         0.8041 (0.799 / 0.799) / 0.7984 (0.795 / 0.793);
    their four heads 0.8007, so 10 epochs gain on one seed only and 8 stay
  Every member gains (+0.003 to +0.013), less over the context heads than without them. 50 dims
  score as 100 do at half the file. The four heads of seeds 13 and 7 together: 0.8002 (PER 0.842,
  ORG 0.704, LOC 0.881, MISC 0.664; P 0.814 R 0.787; benchmarks/ner.py --accurate on the dev
  split with the 5/6 silver CRF and heads gives the same figure), six with the dropout-0.4 pair
  too: 0.8002; the committed file is the four's full retrain (the default --members). The heads
  cost little beside e5: ~175 tokens/s with four against ~180 with two (one free core, 150 dev
  sentences). Wojood val (--alone, full-train heads): 0.486 against 0.488 without the vectors
  (210 gold names: the same). On the five seeds 9 of ~167 entity strings change, mostly for the
  better (بترايوس LOC -> PER, للكاظمي now PER, الكاظمي no longer ORG, أردوغان no longer LOC,
  التحالف الدولي now ORG; lost: سيد الشهداء ORG, and a bare روجين is also ORG).
Reproduced from scratch in a later session (new caches; the three commands of the recipe: gold-only
teacher 0.7873 again; silver_dev 5,745 confident sentences; train_ner.py's distilled 5/6 CRF 0.7677
against 0.7715 before): the four default heads 0.8037 (members 0.796 / 0.802 / 0.794 / 0.802; PER 0.842,
ORG 0.710, LOC 0.884, MISC 0.675; P 0.817 R 0.791), and benchmarks/ner.py --accurate --propagate 20
with that 5/6 silver CRF and heads printed F1 0.8037 too. So the recipe lands at 0.800-0.804.
Fine-tuning the top e5 layers (--finetune K, an experiment; not the committed model): layers
13-K..12 trainable, their states pooled (first and mean) inside the graph and mixed with the frozen
layers 4..12-K as above, one head per pooling on the shared tuned layers, the two CRF losses summed;
AdamW, e5 at --e5-lr (6% warmup, linear decay), heads at --lr 2e-3, batches of <=16 sentences /
<=4096 e5 tokens bucketed by length, seed 13. Inputs to the tuned layers are the frozen sub-word states
after layer 12-K, cached once under --cache/lower (~1.5 min for all 215,787 e5 tokens, K=4).
~140-160 s per epoch on the 5/6 (~1,150-1,350 e5 tokens/s, one thread); the .npz grows to 15 MB.
  K=4, 5 epochs, e5 lr 3e-5      0.780 (PER 0.820, ORG 0.661, LOC 0.883, MISC 0.641)
    (per epoch: 0.750, 0.771, 0.777, 0.782, 0.780)
  K=4, 8 epochs, e5 lr 5e-5      0.773 (PER 0.828, ORG 0.653, LOC 0.874, MISC 0.627): overfits
  neither beats the frozen ensemble's 0.787, so the committed model stays the frozen recipe.
  averaging the K=4 5-epoch model's emissions with the frozen pair's (weight 0.33/0.5/0.67 on the
    tuned one): 0.786/0.786/0.785, so the two do not make different enough errors to combine.
    python scripts/train_ner_context.py --cache /tmp/nerctx3 --finetune 4 --context 0 --vectors 0 --epochs 5 --no-full \
        --dev-every --out /tmp/nerctx3/ft.npz

The last line printed is `dev F1 0.xxxx`. torch is needed here only (pip install -e .[context]);
tagging uses numpy.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from marsad.extract.entities import data as ner_data  # noqa: E402
from marsad.extract.entities.context import LAYERS, TAGS, bio_mask  # noqa: E402
from train_ner import prepared, split, train  # noqa: E402

SEED = 13
OUT = REPO / "marsad" / "resources" / "models" / "ner_context.npz"
VECTORS = OUT.with_name("ner_vectors.npz")
TID = {t: i for i, t in enumerate(TAGS)}


# ---------------------------------------------------------------- stage 1: e5 states
def e5_states(subs: list[list[str]], cache: Path, prefix: str, context: int = 0,
              run: int = 0, docs: list | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(states [n_subtokens, 26, 384] float16: layers 0-12 first-sub-word then mean, offsets).
    context, run: how e5 reads the sentences in order (E5Encoder.runs), as ContextTagger reads a
    document; docs, a document key per sentence, keeps the context inside each document (ANERcorp
    has no boundaries, so its file is read as one)."""
    from threadpoolctl import threadpool_limits

    from marsad.models.e5 import E5Encoder

    name = (("passage" if prefix.strip() == "passage:" else "none") + (f"_ctx{context}" if context else "")
            + (f"_run{run}" if run else ""))
    f = cache / "states" / f"{name}.npy"
    offs = np.concatenate([[0], np.cumsum([len(s) for s in subs])])
    if not f.exists():
        f.parent.mkdir(parents=True, exist_ok=True)
        enc = E5Encoder(prefix=prefix)
        bounds = [0] + [i for i in range(1, len(subs)) if docs and docs[i] != docs[i - 1]] + [len(subs)]
        runs = [(lo + a, lo + b, left, right) for lo, hi in zip(bounds, bounds[1:])
                for a, b, left, right in enc.runs(subs[lo:hi], context, run)]
        tmp = f.with_name(f.stem + ".tmp.npy")
        mm = np.lib.format.open_memmap(tmp, mode="w+", dtype=np.float16, shape=(int(offs[-1]), 26, 384))
        t0 = time.time()
        with threadpool_limits(1):
            for r in range(0, len(runs), 200):
                part = runs[r:r + 200]
                for i, x in enumerate(enc.doc_states(subs, part, layers=tuple(range(13)), pool="both"),
                                      start=part[0][0]):
                    mm[offs[i]:offs[i + 1]] = x
                print(f"e5 states: {part[-1][1]}/{len(subs)} sentences ({time.time() - t0:.0f}s)", flush=True)
        mm.flush()
        del mm
        os.replace(tmp, f)
        np.save(f.parent / "offsets.npy", offs)
    return np.load(f, mmap_mode="r"), offs


def pooled(X: np.ndarray, pool: str, layers) -> np.ndarray:
    """One pooling's states of the given layers from stage 1's [n, 26, 384] (first 0-12, mean 0-12)."""
    return np.ascontiguousarray(X[:, [k + (13 if pool == "mean" else 0) for k in layers]])


# ---------------------------------------------------------------- stage 2: stacked CRF marginals
def tagger_marginals(model: Path, feat, sents: list[list[str]]) -> tuple[np.ndarray, list[str]]:
    """crfsuite's per-token label marginals [n_subtokens, labels] of sents, and the labels (sorted)."""
    import pycrfsuite

    tg = pycrfsuite.Tagger()
    tg.open(str(model))
    labels = sorted(tg.labels())
    rows = []
    for w in sents:
        tg.set(feat.sentence(w))
        rows.append(np.array([[tg.marginal(lab, i) for lab in labels] for i in range(len(w))], dtype=np.float32))
    return np.concatenate(rows), labels


def crf_marginals(tr_i, dev_i, cache: Path, folds: int = 5, silver: list | None = None,
                  name: str = "crf") -> np.ndarray:
    """Marginals [n_subtokens, 9] (TAGS order) for train (jackknifed) then dev sentences. With
    silver (--crf-silver), every CRF also trains on those sentences, as the distilled ner.crfsuite
    does (train_ner.py --silver), so the heads learn the marginals of the CRF they run over; name
    the cache folder after that silver."""
    from marsad.extract.entities.features import Featurizer

    d = cache / name
    d.mkdir(parents=True, exist_ok=True)
    feat = Featurizer()
    bounds = [round(len(tr_i) * k / folds) for k in range(folds + 1)]
    jobs = [(f"fold{k}", tr_i[:bounds[k]] + tr_i[bounds[k + 1]:], tr_i[bounds[k]:bounds[k + 1]])
            for k in range(folds)] + [("dev", tr_i, dev_i)]
    out = []
    for job, trn, tst in jobs:
        f = d / f"{job}.npy"
        if not f.exists():
            t0 = time.time()
            mp = d / f"{job}.crfsuite"
            if not mp.exists():
                train(trn + (silver or []), feat, mp, 0.01, 0.005, 200)
            P, labels = tagger_marginals(mp, feat, [sub for sub, _, _ in tst])
            np.save(f, P)
            (d / "labels.txt").write_text("\n".join(labels))
            print(f"CRF {job}: {len(trn)} training sentences ({time.time() - t0:.0f}s)", flush=True)
        out.append(np.load(f))
    labels = (d / "labels.txt").read_text().split("\n")
    M = np.concatenate(out)
    return M[:, [labels.index(t) for t in TAGS]]


# ---------------------------------------------------------------- stage 2b: silver sentences (--silver)
def silver_inputs(files: list[Path], cache: Path, prefix: str, conf: float, context: int = 0, run: int = 0):
    """Self-training data: SaudiNewsNet sentences tagged by an accurate-mode teacher
    (train_ner.py's build_silver; the dev heads' teacher must not have seen dev). Every file holds
    the same sentences (build_silver's seeded sample) with one teacher's tags, so the e5 states and
    the CRF marginals are computed once. Their marginals come from the 5/6 gold CRF of stage 2,
    which never saw them, as the jackknife gives the gold sentences. Returns the sentences' e5
    states, offsets, marginals, and per file the tag ids and the confident sentences' indices."""
    import gzip
    import json

    from marsad.extract.entities.features import Featurizer

    rows = [[json.loads(line) for line in gzip.open(f, "rt", encoding="utf-8")] for f in files]
    words = [d["w"] for d in rows[0]]
    for f, r in zip(files, rows):
        if [d["w"] for d in r] != words:
            raise SystemExit(f"--silver: {f} holds other sentences than {files[0]}")
    X, offs = e5_states(words, cache / "silver", prefix, context, run, docs=[d["a"] for d in rows[0]])
    saved = np.load(cache / "silver" / "states" / "offsets.npy")
    if not np.array_equal(saved, offs):
        raise SystemExit(f"--silver: the cached states in {cache / 'silver'} are of other sentences")
    f = cache / "silver" / "marginals.npy"
    if not f.exists():
        crf = cache / "crf" / "dev.crfsuite"
        if not crf.exists():
            raise SystemExit(f"--silver: {crf} is missing: run once without --crf-silver on this --cache first")
        P, labels = tagger_marginals(crf, Featurizer(), words)
        tmp = f.with_name(f.stem + ".tmp.npy")
        np.save(tmp, P[:, [labels.index(t) for t in TAGS]])
        os.replace(tmp, f)
    M = np.load(f)
    Ys = [np.array([TID[t] for d in r for t in d["t"]]) for r in rows]
    keep = [[i for i, d in enumerate(r) if d["c"] >= conf] for r in rows]
    return X, offs, M, Ys, keep


# ---------------------------------------------------------------- stage 2c: word vectors (--vectors)
def word_vectors(data: Path, f: Path, dims: int):
    """The word-vector table the heads read (marsad.extract.ner_context.WordVectors), built once:
    train_ner.word2vec's vectors (the cluster table's recipe), cut to dims by PCA, float16."""
    from marsad.extract.entities.context import WordVectors

    if not f.exists():
        from train_ner import word2vec

        words, vecs, _ = word2vec(data, 1, 5)  # one thread: gensim is bit-reproducible only so
        if dims < vecs.shape[1]:
            c = vecs - vecs.mean(0)
            _, _, vt = np.linalg.svd(c, full_matrices=False)
            vecs = c @ vt[:dims].T
            vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
        f.parent.mkdir(parents=True, exist_ok=True)
        tmp = f.with_name(f.stem + ".tmp.npz")
        np.savez_compressed(tmp, words=np.array("\n".join(words)), vecs=vecs.astype(np.float16))
        os.replace(tmp, f)
        print(f"word vectors: {len(words)} x {vecs.shape[1]} -> {f} ({f.stat().st_size / 1e6:.1f} MB)", flush=True)
    return WordVectors(str(f))


# ---------------------------------------------------------------- stage 3: the head
def build_head(n_layers: int, hidden: int, proj: int, dropout: float, extra: int = 0):
    """extra: word-vector features after the 9 CRF marginals in M (--vectors)."""
    import torch
    from torch import nn

    class Head(nn.Module):
        def __init__(self):
            super().__init__()
            self.mix = nn.Parameter(torch.zeros(n_layers))
            self.drop = nn.Dropout(dropout)
            self.proj = nn.Linear(384 + len(TAGS) + extra, proj)
            self.lstm = nn.LSTM(proj, hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * hidden, len(TAGS))
            self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
            self.start = nn.Parameter(torch.zeros(len(TAGS)))
            self.end = nn.Parameter(torch.zeros(len(TAGS)))

        def emissions(self, S, M, lens):
            x = (torch.softmax(self.mix, 0)[None, None, :, None] * S).sum(2)
            n = len(TAGS)
            # without vectors the graph stays as it was, so the dropout draws (and heads) do too
            parts = [self.drop(x), M] if not extra else [self.drop(x), M[..., :n], self.drop(M[..., n:])]
            x = torch.tanh(self.proj(torch.cat(parts, -1)))
            packed = nn.utils.rnn.pack_padded_sequence(x, lens, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
            return self.out(self.drop(h))

        def nll(self, E, y, mask):
            # a linear-chain CRF over the emissions; invalid BIO moves are banned by a fixed mask
            trans = self.trans + torch.as_tensor(bio_mask(), dtype=E.dtype)
            B, T, L = E.shape
            alpha = self.start + E[:, 0]
            gold = self.start[y[:, 0]] + E[:, 0].gather(1, y[:, :1])[:, 0]
            for t in range(1, T):
                m = mask[:, t]
                nxt = torch.logsumexp(alpha[:, :, None] + trans[None], 1) + E[:, t]
                alpha = torch.where(m[:, None], nxt, alpha)
                step = trans[y[:, t - 1], y[:, t]] + E[:, t].gather(1, y[:, t:t + 1])[:, 0]
                gold = gold + torch.where(m, step, torch.zeros_like(step))
            last = y.gather(1, (mask.sum(1) - 1)[:, None])[:, 0]
            gold = gold + self.end[last]
            return (torch.logsumexp(alpha + self.end, 1) - gold).sum()

    return Head()


def export(head, pool: str) -> dict:
    """The head's arrays as marsad/extract/ner_context.Head reads them."""
    sd = {k: v.detach().cpu().numpy().astype(np.float32) for k, v in head.state_dict().items()}
    mix = np.exp(sd["mix"] - sd["mix"].max())
    arrays = {
        "layers": np.array(LAYERS), "pool": np.array(pool), "mix": (mix / mix.sum()).astype(np.float32),
        "proj_w": sd["proj.weight"].T.copy(), "proj_b": sd["proj.bias"],
        "out_w": sd["out.weight"].T.copy(), "out_b": sd["out.bias"],
        "trans": sd["trans"], "start": sd["start"], "end": sd["end"],
    }
    for d, suf in (("f", ""), ("b", "_reverse")):
        arrays[f"lstm_{d}_wi"] = sd[f"lstm.weight_ih_l0{suf}"].T.copy()
        arrays[f"lstm_{d}_wh"] = sd[f"lstm.weight_hh_l0{suf}"].T.copy()
        arrays[f"lstm_{d}_b"] = sd[f"lstm.bias_ih_l0{suf}"] + sd[f"lstm.bias_hh_l0{suf}"]
    # float16 halves the artefact; the head's outputs move by far less than its decisions need
    return {k: (v.astype(np.float16) if v.dtype == np.float32 and v.size > 1000 else v)
            for k, v in arrays.items()}


def sgd_step(opt, sched, module, loss) -> None:
    """One optimiser step with gradient clipping (both the frozen and the fine-tuning recipes)."""
    import torch

    opt.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(module.parameters(), 5.0)
    opt.step()
    sched.step()


def fit(S, M, Y, offs, sent_ids, epochs: int, args, log=None, seed: int = SEED):
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    head = build_head(len(LAYERS), args.hidden, args.proj, args.dropout, M.shape[1] - len(TAGS))
    opt = torch.optim.Adam(head.parameters(), lr=args.lr)
    sent_ids = np.asarray(sent_ids)
    # linear decay to zero: the last epoch then settles instead of landing on a random step
    steps = epochs * -(-len(sent_ids) // args.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda k: max(0.0, 1 - k / steps))
    for ep in range(epochs):
        head.train()
        t0 = time.time()
        order = rng.permutation(sent_ids)
        total = 0.0
        for b in range(0, len(order), args.batch):
            ids = [i for i in order[b:b + args.batch] if offs[i + 1] > offs[i]]
            lens = [int(offs[i + 1] - offs[i]) for i in ids]
            T = max(lens)
            Sb = np.zeros((len(ids), T, len(LAYERS), 384), dtype=np.float32)
            Mb = np.zeros((len(ids), T, M.shape[1]), dtype=np.float32)
            Yb = np.zeros((len(ids), T), dtype=np.int64)
            for k, i in enumerate(ids):
                a, e = offs[i], offs[i + 1]
                Sb[k, :e - a] = S[a:e]
                Mb[k, :e - a] = M[a:e]
                Yb[k, :e - a] = Y[a:e]
            mask = torch.arange(T)[None, :] < torch.tensor(lens)[:, None]
            E = head.emissions(torch.from_numpy(Sb), torch.from_numpy(Mb), torch.tensor(lens))
            loss = head.nll(E, torch.from_numpy(Yb), mask) / len(ids)
            sgd_step(opt, sched, head, loss)
            total += float(loss.detach()) * len(ids)
        msg = f"epoch {ep + 1}: loss {total / len(order):.3f} ({time.time() - t0:.0f}s)"
        if log:
            msg += " " + log(head)
        print(msg, flush=True)
    return head


# ---------------------------------------------------------------- stage 1b: sub-word states below the tuned layers
class Subwords:
    """Frozen e5 sub-word states after layer `upto` of every sentence, fed exactly as E5Encoder
    feeds it (prefix, <s> ... </s>, long sentences cut into E5Encoder._windows), cached float16 as
    one [n_e5_tokens, 384] memmap; plus, per marsad sub-token, its window and sub-word span."""

    def __init__(self, subs: list[list[str]], offs: np.ndarray, cache: Path, prefix: str, upto: int):
        from marsad.models.e5 import E5Encoder

        enc = E5Encoder(prefix=prefix)
        self.model, self.offs = enc.model, offs
        jobs: list[list[int]] = []
        self.sent_jobs: list[list[int]] = []
        n = int(offs[-1])
        self.tok_job = np.zeros(n, dtype=np.int64)
        self.tok_s = np.zeros(n, dtype=np.int64)
        self.tok_e = np.zeros(n, dtype=np.int64)
        for si, ws in enumerate(subs):
            mine = []
            for a, b in enc._windows(ws) if ws else []:
                ids, spans = enc._pieces(ws[a:b])
                g = offs[si] + a + np.arange(b - a)
                self.tok_job[g] = len(jobs)
                self.tok_s[g] = [s for s, _ in spans]
                self.tok_e[g] = [e for _, e in spans]
                mine.append(len(jobs))
                jobs.append(ids)
            self.sent_jobs.append(mine)
        self.job_len = np.array([len(j) for j in jobs], dtype=np.int64)
        self.job_off = np.concatenate([[0], np.cumsum(self.job_len)])
        self.sent_len = np.array([int(self.job_len[j].sum()) for j in self.sent_jobs], dtype=np.int64)
        name = "passage" if prefix.strip() == "passage:" else "none"
        f = cache / "lower" / f"{name}_l{upto}.npy"
        if not f.exists():
            from e5_torch import lower_states

            f.parent.mkdir(parents=True, exist_ok=True)
            tmp = f.with_name(f.stem + ".tmp.npy")
            mm = np.lib.format.open_memmap(tmp, mode="w+", dtype=np.float16, shape=(int(self.job_off[-1]), 384))
            order = np.argsort(self.job_len, kind="stable")
            t0 = time.time()
            k = 0
            while k < len(order):
                group = [order[k]]
                k += 1
                while k < len(order) and self.job_len[order[k]] * (len(group) + 1) <= 4096:
                    group.append(order[k])
                    k += 1
                lens = self.job_len[group]
                ids = np.full((len(group), int(lens.max())), self.model.pad, dtype=np.int64)
                for r, j in enumerate(group):
                    ids[r, :lens[r]] = jobs[j]
                h = lower_states(self.model, ids, lens, upto)
                for r, j in enumerate(group):
                    mm[self.job_off[j]:self.job_off[j + 1]] = h[r, :lens[r]]
            mm.flush()
            del mm
            os.replace(tmp, f)
            print(f"e5 sub-word states after layer {upto}: {len(jobs)} windows, {int(self.job_off[-1])} "
                  f"tokens ({time.time() - t0:.0f}s)", flush=True)
        self.H = np.load(f, mmap_mode="r")

    def batch(self, sent_ids):
        """Padded windows [J, T, 384] + lens, and per word of each sentence the flat indices
        (row * T + position) of its first sub-word and of its sub-word span [st, en)."""
        jobs = [j for i in sent_ids for j in self.sent_jobs[i]]
        lens = self.job_len[jobs]
        T = int(lens.max())
        x = np.zeros((len(jobs), T, 384), dtype=np.float32)
        for r, j in enumerate(jobs):
            x[r, :lens[r]] = self.H[self.job_off[j]:self.job_off[j + 1]]
        row = np.full(len(self.job_len), -1, dtype=np.int64)
        row[jobs] = np.arange(len(jobs))
        wl = [int(self.offs[i + 1] - self.offs[i]) for i in sent_ids]
        st = np.zeros((len(sent_ids), max(wl)), dtype=np.int64)
        en = np.ones_like(st)
        for k, i in enumerate(sent_ids):
            g = np.arange(self.offs[i], self.offs[i + 1])
            base = row[self.tok_job[g]] * T
            st[k, :wl[k]] = base + self.tok_s[g]
            en[k, :wl[k]] = base + self.tok_e[g]
        return x, lens, st, en, wl


def batches(sub: Subwords, sent_ids, rng, size: int, max_tokens: int = 4096) -> list[list[int]]:
    """Sentences of similar e5 length together (little padding), in random order; a jitter on the
    length makes the groups differ from epoch to epoch."""
    ids = np.array([i for i in sent_ids if sub.offs[i + 1] > sub.offs[i]])
    key = sub.sent_len[ids] + rng.uniform(0, 6, len(ids))
    ids = ids[np.argsort(key, kind="stable")]
    out, cur = [], []
    for i in ids:
        if cur and (len(cur) >= size or sub.sent_len[i] * (len(cur) + 1) > max_tokens):
            out.append(cur)
            cur = []
        cur.append(int(i))
    out.append(cur)
    return [out[k] for k in rng.permutation(len(out))]


# ---------------------------------------------------------------- --finetune K: tuned top + heads
def build_tuned(model, first: int, pools: list[str], args):
    import torch
    from e5_torch import E5Layers
    from torch import nn

    class Tuned(nn.Module):
        """e5 layers first+1..12 (trainable) under one BiLSTM-CRF head per pooling."""

        def __init__(self):
            super().__init__()
            self.enc = E5Layers(model, first, 12)
            self.heads = nn.ModuleDict({p: build_head(len(LAYERS), args.hidden, args.proj, args.dropout)
                                        for p in pools})

        def tuned_states(self, x, lens, st, en) -> dict:
            """Word states [B, Tw, K, 384] after each tuned layer, per pooling (in-graph)."""
            outs = self.enc.states(x, lens)
            flat = torch.stack(outs, 2).reshape(-1, len(outs), x.shape[-1])
            res = {}
            if "first" in self.heads:
                res["first"] = flat[st]
            if "mean" in self.heads:
                cs = torch.cat([torch.zeros_like(flat[:1]), torch.cumsum(flat, 0)])
                res["mean"] = (cs[en] - cs[st]) / (en - st).to(x.dtype)[..., None, None]
            return res

    return Tuned()


def fit_tuned(sub: Subwords, F: dict, M, Y, sent_ids, epochs: int, args, log=None, seed: int = SEED):
    """Train the top e5 layers and the heads jointly (the heads' CRF losses summed): AdamW, e5
    layers at --e5-lr with a short warmup, heads at --lr, both decayed linearly to zero."""
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    pools = list(F)
    net = build_tuned(sub.model, 12 - args.finetune, pools, args)
    opt = torch.optim.AdamW([
        {"params": list(net.enc.parameters()), "lr": args.e5_lr, "weight_decay": 0.01},
        {"params": list(net.heads.parameters()), "lr": args.lr, "weight_decay": 0.0}])
    plan = [batches(sub, sent_ids, rng, args.batch) for _ in range(epochs)]
    steps = sum(len(p) for p in plan)
    warm = max(1, int(0.06 * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, [
        lambda k: min(1.0, (k + 1) / warm) * max(0.0, 1 - k / steps), lambda k: max(0.0, 1 - k / steps)])
    offs = sub.offs
    for ep in range(epochs):
        net.train()
        t0 = time.time()
        total, ntok, nsent = 0.0, 0, 0
        for ids in plan[ep]:
            x, lens, st, en, wl = sub.batch(ids)
            ntok += int(lens.sum())
            T = max(wl)
            Yb = np.zeros((len(ids), T), dtype=np.int64)
            Mb = np.zeros((len(ids), T, M.shape[1]), dtype=np.float32)
            Fb = {p: np.zeros((len(ids), T, *F[p].shape[1:]), dtype=np.float32) for p in pools}
            for k, i in enumerate(ids):
                a, e = offs[i], offs[i + 1]
                Yb[k, :e - a] = Y[a:e]
                Mb[k, :e - a] = M[a:e]
                for p in pools:
                    Fb[p][k, :e - a] = F[p][a:e]
            wlt = torch.tensor(wl)
            mask = torch.arange(T)[None, :] < wlt[:, None]
            top = net.tuned_states(torch.from_numpy(x), torch.from_numpy(lens), torch.from_numpy(st),
                                   torch.from_numpy(en))
            loss = 0.0
            for p in pools:
                S = torch.cat([torch.from_numpy(Fb[p]), top[p]], 2)
                head = net.heads[p]
                loss = loss + head.nll(head.emissions(S, torch.from_numpy(Mb), wlt), torch.from_numpy(Yb), mask)
            loss = loss / len(ids)
            sgd_step(opt, sched, net, loss)
            total += float(loss.detach()) * len(ids)
            nsent += len(ids)
        dt = time.time() - t0
        msg = f"epoch {ep + 1}: loss {total / nsent:.3f} ({dt:.0f}s, {ntok / dt:.0f} e5 tokens/s)"
        if log:
            msg += " " + log(net)
        print(msg, flush=True)
    return net


def tuned_dev_states(net, sub: Subwords, F: dict, sent_ids) -> dict:
    """Head inputs [n_subtokens, n_layers, 384] per pooling for sent_ids (concatenated in order)."""
    import torch

    net.eval()
    out = {p: [] for p in F}
    with torch.no_grad():
        for b in range(0, len(sent_ids), 16):
            ids = [i for i in sent_ids[b:b + 16] if sub.offs[i + 1] > sub.offs[i]]
            if not ids:
                continue
            x, lens, st, en, wl = sub.batch(ids)
            top = net.tuned_states(torch.from_numpy(x), torch.from_numpy(lens), torch.from_numpy(st),
                                   torch.from_numpy(en))
            for p in F:
                for k, i in enumerate(ids):
                    a, e = sub.offs[i], sub.offs[i + 1]
                    out[p].append(np.concatenate([np.asarray(F[p][a:e], dtype=np.float32),
                                                  top[p][k, :wl[k]].numpy()], 1))
    return {p: np.concatenate(v) for p, v in out.items()}


def export_tuned(net) -> dict:
    """Heads as "h0.*" (first), "h1.*" (mean) and the tuned layers as pack_layers(prefix "e5")."""
    from e5_torch import layer_arrays

    from marsad.models.e5 import pack_layers

    arrays = {}
    for k, p in enumerate(net.heads):
        arrays.update({f"h{k}.{name}": v for name, v in export(net.heads[p], p).items()})
    arrays.update(pack_layers({net.enc.first + j: layer_arrays(l) for j, l in enumerate(net.enc.layers)}, "e5"))
    return arrays


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    ap.add_argument("--cache", default="/tmp/marsad_ner_context")
    ap.add_argument("--prefix", default="passage: ")
    ap.add_argument("--context", type=int, default=64, metavar="N",
                    help="e5 sees N sub-words of the neighbouring sentences on each side (FLERT)")
    ap.add_argument("--run", type=int, default=0, metavar="N",
                    help="e5 reads consecutive sentences of up to N sub-words together, in one context")
    ap.add_argument("--members", default="first:13,mean:13,first:7,mean:7",
                    help="ensemble members as pool:seed; pool 'first' = a token's first e5 sub-word, "
                         "'mean' = the mean of its sub-words")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--proj", type=int, default=256)
    ap.add_argument("--dropout", type=float, default=0.3)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--finetune", type=int, default=0,
                    help="experiment: also fine-tune the top K e5 layers (1..8) jointly with one head per "
                         "pooling of --members (their seeds: the first one); the .npz then carries the layers")
    ap.add_argument("--e5-lr", type=float, default=3e-5, help="with --finetune: the e5 layers' learning rate")
    ap.add_argument("--no-crf", action="store_true", help="ablation: zero the CRF marginals")
    ap.add_argument("--no-full", action="store_true", help="commit the 5/6 heads, skip the full retrain")
    ap.add_argument("--skip-dev", action="store_true",
                    help="train the full-train heads only (their dev figure comes from a run with the same options)")
    ap.add_argument("--dev-every", action="store_true", help="print the dev F1 after every epoch")
    ap.add_argument("--silver", default=None, metavar="FILE",
                    help="self-training: also train the 5/6 heads on these silver sentences (train_ner.py's "
                         "build_silver, tagged by a teacher that did not see dev)")
    ap.add_argument("--silver-full", default=None, metavar="FILE",
                    help="with --silver: the same sentences tagged by the full-train teacher, for the full retrain")
    ap.add_argument("--crf-silver", default=None, metavar="FILE",
                    help="train the stacked CRFs on gold + these confident silver sentences (the distilled "
                         "CRF's recipe; a teacher that did not see dev), cached apart from the gold-only ones")
    ap.add_argument("--silver-conf", type=float, default=0.8,
                    help="keep silver sentences whose least confident teacher tag has at least this marginal")
    ap.add_argument("--vectors", type=int, default=50, metavar="DIMS",
                    help="heads also read static word2vec vectors of DIMS dimensions (--vectors-file, built "
                         "by train_ner.word2vec + PCA when missing); 0: none")
    ap.add_argument("--vectors-file", default=str(VECTORS), help="the word-vector table to read or build")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--dev-out", default=None, help="also save the 5/6 heads (the ones dev scores) here")
    args = ap.parse_args()
    import torch

    torch.set_num_threads(1)
    from marsad.extract.entities.context import ContextTagger, Ensemble

    cache = Path(args.cache)
    sents = ner_data.read_conll(str(Path(args.data) / "ner" / "anercorp_train.txt"))
    tr_s, dev_s = split(sents, 1 / 6)
    tr_i, dev_i = prepared(tr_s), prepared(dev_s)
    items = tr_i + dev_i
    X, offs = e5_states([sub for sub, _, _ in items], cache, args.prefix, args.context, args.run)
    Y = np.array([TID[t] for _, tags, _ in items for t in tags])
    crf_silver = None
    if args.crf_silver:
        from train_ner import load_silver

        crf_silver = load_silver(Path(args.crf_silver), args.silver_conf)
        print(f"CRF silver: {len(crf_silver)} sentences, {sum(len(x[0]) for x in crf_silver)} tokens", flush=True)
    M = (np.zeros((len(Y), len(TAGS)), dtype=np.float32) if args.no_crf
         else crf_marginals(tr_i, dev_i, cache, silver=crf_silver,
                            name=f"crf_{Path(args.crf_silver).name.split('.')[0]}_{args.silver_conf:g}"
                            if crf_silver else "crf"))
    wv = None
    if args.vectors:
        if args.finetune or args.silver:
            raise SystemExit("--finetune and --silver train heads without word vectors: add --vectors 0")
        wv = word_vectors(Path(args.data), Path(args.vectors_file), args.vectors)
        if wv.dims != args.vectors:
            raise SystemExit(f"{args.vectors_file} holds {wv.dims}-dim vectors, not --vectors {args.vectors}: "
                             "move it away to rebuild it")
        M = np.concatenate([M, np.concatenate([wv.features(sub) for sub, _, _ in items])], 1)
    members = [(m.split(":")[0], int(m.split(":")[1])) for m in args.members.split(",")]
    if args.skip_dev and args.no_full:
        raise SystemExit("--skip-dev with --no-full would train nothing")
    if args.finetune:
        if args.context or args.run:
            raise SystemExit("--finetune reads sentences without their neighbours: add --context 0")
        if args.silver:
            raise SystemExit("--silver trains the frozen recipe only, not --finetune")
        return finetune_main(args, items, tr_i, dev_s, dev_i, X, offs, Y, M, members, cache)
    t0 = time.time()
    S = {p: pooled(X, p, LAYERS) for p in {p for p, _ in members}}
    print(f"inputs loaded ({time.time() - t0:.0f}s): {len(Y)} sub-tokens, "
          f"{len(tr_i)} train / {len(dev_i)} dev sentences")
    ntr = len(tr_i)
    silver_ids = [[], []]  # confident silver sentences for the 5/6 heads, for the full retrain
    Y_full = Y
    if args.silver:
        if args.no_full and args.silver_full:
            raise SystemExit("--silver-full is for the full retrain, which --no-full skips")
        files = [Path(args.silver)] + ([Path(args.silver_full)] if args.silver_full else [])
        SX, soffs, SM, SY, keep = silver_inputs(files, cache, args.prefix, args.silver_conf, args.context, args.run)
        base = len(items)
        S = {p: np.concatenate([v, pooled(SX, p, LAYERS)]) for p, v in S.items()}
        M = np.concatenate([M, SM])
        offs = np.concatenate([offs, offs[-1] + soffs[1:]])
        Y_full = np.concatenate([Y, SY[-1]])
        Y = np.concatenate([Y, SY[0]])
        silver_ids = [[base + i for i in k] for k in (keep[0], keep[-1])]
        for name, k in (("5/6", keep[0]), ("full", keep[-1])):
            print(f"silver for the {name} heads: {len(k)} of {len(soffs) - 1} sentences, "
                  f"{sum(int(soffs[i + 1] - soffs[i]) for i in k)} tokens", flush=True)
    ctx = ContextTagger(load_encoder=False)

    def dev_score(arrays: dict) -> dict:
        ens = Ensemble(arrays)
        tags = []
        for i in range(ntr, len(items)):  # dev: the gold sentences after the 5/6 (silver comes after them)
            a, e = offs[i], offs[i + 1]
            if e == a:
                tags.append([])
                continue
            st = [S[p][a:e] for p in (("first", "mean") if ens.pool == "both" else (ens.pool,))]
            tags.append(ens.tag(np.concatenate(st, 1).astype(np.float32), M[a:e]))
        return score(ctx, dev_s, dev_i, tags)

    def train_all(sent_ids, dev: bool) -> dict:
        arrays = {}
        for k, (pool, seed) in enumerate(members):
            log = (lambda h: "dev " + fmt(dev_score(export(h, pool)))) if dev and args.dev_every else None
            print(f"member {k}: pool {pool}, seed {seed}", flush=True)
            head = fit(S[pool], M, Y if dev else Y_full, offs, sent_ids, args.epochs, args, log, seed)
            one = export(head, pool)
            if dev:
                print(f"member {k} alone: dev " + fmt(dev_score(one)), flush=True)
            arrays.update({f"h{k}.{name}": v for name, v in one.items()})
        if args.context:
            arrays["context"] = np.array(args.context)
        if args.run:
            arrays["run"] = np.array(args.run)
        if wv:
            arrays["vectors"] = np.array(wv.dims)
        return arrays

    res = None
    if not args.skip_dev:
        arrays = train_all(list(range(ntr)) + silver_ids[0], dev=True)
        res = dev_score(arrays)
        print(f"dev ({len(members)} heads + lists + document propagation, as annotate() runs): " + fmt(res))
        if args.dev_out:
            save(arrays, Path(args.dev_out))
    if not args.no_full:
        arrays = train_all(list(range(len(items))) + silver_ids[1], dev=False)
    out = Path(args.out)
    save(arrays, out)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")
    if res:
        print(f"dev F1 {res['ALL'][2]:.4f}")


def finetune_main(args, items, tr_i, dev_s, dev_i, X, offs, Y, M, members, cache: Path) -> None:
    """--finetune K: the top K e5 layers trained jointly with the heads (see the docstring's table)."""
    from marsad.extract.entities.context import ContextTagger, Ensemble

    subs = [s for s, _, _ in items]
    t0 = time.time()
    sub = Subwords(subs, offs, cache, args.prefix, 12 - args.finetune)
    frozen = [k for k in LAYERS if k <= 12 - args.finetune]
    pools = list(dict.fromkeys(p for p, _ in members))
    # the frozen layers of the mix (4..12-K) straight from stage 1's word states
    F = {p: pooled(X, p, frozen) for p in pools}
    print(f"inputs loaded ({time.time() - t0:.0f}s): {len(Y)} sub-tokens, {int(sub.job_off[-1])} e5 tokens, "
          f"{len(tr_i)} train / {len(dev_i)} dev sentences", flush=True)
    ntr = len(tr_i)
    dev_ids = list(range(ntr, len(items)))
    ctx = ContextTagger(load_encoder=False)

    def dev_score(net) -> dict:
        arrays = export_tuned(net)
        ens = Ensemble(arrays)  # it leaves the packed e5 layers to the encoder
        S = tuned_dev_states(net, sub, F, dev_ids)
        base = offs[ntr]
        tags = []
        for i in dev_ids:
            a, e = offs[i] - base, offs[i + 1] - base
            if e == a:
                tags.append([])
                continue
            st = [S[p][a:e] for p in (("first", "mean") if ens.pool == "both" else (ens.pool,))]
            tags.append(ens.tag(np.concatenate(st, 1), M[offs[i]:offs[i + 1]]))
        return score(ctx, dev_s, dev_i, tags)

    log = (lambda net: "dev " + fmt(dev_score(net))) if args.dev_every else None
    net = fit_tuned(sub, F, M, Y, range(ntr), args.epochs, args, log, members[0][1])
    res = dev_score(net)
    print(f"dev (fine-tuned top {args.finetune} + {len(pools)} heads + lists + document propagation): " + fmt(res))
    arrays = export_tuned(net)
    if args.dev_out:
        save(arrays, Path(args.dev_out))
    if not args.no_full:
        net = fit_tuned(sub, F, M, Y, range(len(items)), args.epochs, args, None, members[0][1])
        arrays = export_tuned(net)
    out = Path(args.out)
    save(arrays, out)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")
    print(f"dev F1 {res['ALL'][2]:.4f}")


def save(arrays: dict, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    # write beside and rename, so a tagger loading meanwhile never opens a half-written file
    tmp = out.with_name(out.stem + ".tmp.npz")
    np.savez_compressed(tmp, **arrays)
    os.replace(tmp, out)


def score(ctx, dev_s, dev_i, tags, window: int = 20) -> dict:
    words = [sub for sub, _, _ in dev_i]
    out = [ctx.base.postprocess(w, t) if w else t for w, t in zip(words, tags)]
    return ner_data.score_document_runs(dev_s, dev_i, out, ctx, window)


def fmt(res: dict) -> str:
    return f"ALL {res['ALL'][2]:.4f} (" + ", ".join(f"{t} {res[t][2]:.3f}" for t in ("PER", "ORG", "LOC", "MISC")) + ")"


if __name__ == "__main__":
    main()
