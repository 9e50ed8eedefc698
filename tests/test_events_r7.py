"""Events, round 7 (issue 26): the learned keep/drop filter (opt-in, MARSAD_EVENTS_KEEP=1) over the lexicon's
reported events and its mention candidates (``marsad/extract/events/keep.py``, trained by ``scripts/train_events_keep.py``), on articles in
the style of the in-domain corpus."""
from __future__ import annotations

import json
import time

import pytest

from marsad.document import Document
from marsad.extract.events import keep as K
from marsad.extract.events.detect import sentence_events
from marsad.pipeline import annotate_text_layer, run

STRIKE = ("مقتل قائد في كتائب حزب الله بضربة أمريكية في بغداد\n\n"
          "قتل قائد بارز في كتائب حزب الله العراقية، مساء الأربعاء، في ضربة بطائرة مسيرة استهدفت سيارته في منطقة "
          "المشتل شرقي بغداد، وفق ما أفادت مصادر أمنية. وقال المتحدث باسم الحكومة العراقية إن \"الهجمات على "
          "المدنيين تهدد الاستقرار\"، مضيفا أن الحكومة ستتخذ الإجراءات اللازمة. وتأتي الضربة بعد أيام من هجوم "
          "بطائرة مسيرة على قاعدة البرج 22 في الأردن أسفر عن مقتل ثلاثة جنود أمريكيين.")


def events(text: str, setting: str, monkeypatch) -> list:
    monkeypatch.setenv("MARSAD_EVENTS_KEEP", setting)
    return run(Document(text=text, published="2024-02-08")).events


def triggers(evs) -> list[str]:
    return [e.trigger for e in evs]


def test_the_model_ships_with_its_out_of_fold_score():
    m = json.loads(K.MODEL.read_text(encoding="utf-8"))
    assert 0.0 < m["cut"] < 1.0 and m["cv_folds"] >= 5
    # the figure printed by the training script is the grouped (by article) out-of-fold F1, not training F1
    assert 0.5 < m["cv_f1"] < 0.9
    assert set(m["weights"]) - {"bias"} <= set(m["mean"])


def test_mention_candidates_are_an_experiment_off_by_default(monkeypatch):
    monkeypatch.setenv("MARSAD_EVENTS_MENTIONS", "1")
    every = events(STRIKE, "all", monkeypatch)
    assert "الهجمات" in triggers(every)  # "الهجمات على المدنيين": no verb or anchor reports it
    monkeypatch.delenv("MARSAD_EVENTS_MENTIONS")
    kept = events(STRIKE, "1", monkeypatch)
    assert "الهجمات" not in triggers(kept)
    # the strike the article reports, and the earlier attack it recalls with its target, stay
    assert "ضربة بطائرة مسيرة" in triggers(kept)
    assert any(e.trigger == "هجوم" and "البرج 22" in (e.target or "") for e in kept)
    assert not any(getattr(e, "_mention", False) for e in events(STRIKE, "0", monkeypatch))


def test_the_filter_keeps_a_later_support_that_names_its_doer(monkeypatch):
    text = "وأكد المتحدث أن دعم واشنطن لإسرائيل لن يتوقف، مشيرا إلى استمرار دعم إيران للحوثيين في اليمن."
    off = [(e.type, e.source) for e in events(text, "0", monkeypatch)]
    assert ("SUPPORT", "إيران") in off and ("SUPPORT", "واشنطن") in off
    on = [(e.type, e.source) for e in events(text, "1", monkeypatch)]
    # r121: the model trained on the training split drops a later telling with no doer, not one naming its own
    # source (the dev-trained model before it dropped Iran's support here, as second hand and generic)
    assert ("SUPPORT", "إيران") in on and ("SUPPORT", "واشنطن") in on


def test_mention_candidates_are_marked_only_when_asked():
    doc = Document(text="وقال المتحدث إن الهجمات على المدنيين تهدد الاستقرار في البلاد.")
    annotate_text_layer(doc)
    s = doc.sentences[0]
    assert not sentence_events(doc, s)
    cands = sentence_events(doc, s, mentions=True)
    assert cands and all(getattr(e, "_mention", False) for e in cands)


def test_features_read_a_retelling_and_the_first_telling(monkeypatch):
    text = ("شنت طائرات حربية تركية غارات على مواقع لحزب العمال الكردستاني في جبال قنديل شمالي العراق، أمس الجمعة. "
            "وقالت وزارة الدفاع التركية إن الغارات استهدفت مخابئ ومستودعات أسلحة تابعة للمسلحين.")
    monkeypatch.setenv("MARSAD_EVENTS_KEEP", "all")
    doc = run(Document(text=text, published="2022-04-16"))
    fs = K.features(doc, doc.events)
    first = fs[0]
    assert doc.events[0].trigger == "غارات" and first["first of type"] == 1.0 and first["first sentence"] == 1.0
    assert first["reported speech"] == 0.0 and first["source"] == 1.0
    later = [f for e, f in zip(doc.events, fs) if e.trigger == "الغارات"]
    assert later  # a new target: kept by drop_repeats, left to the filter
    for f in later:  # "وقالت وزارة الدفاع … إن الغارات": told again, second hand
        assert f["first of type"] == 0.0 and f["reported speech"] == 1.0 and f["form=definite"] == 1.0
        assert f["earlier same trigger"] == 1.0 and f["first sentence"] == 0.0


def test_the_filter_costs_well_under_a_millisecond_per_article(monkeypatch):
    monkeypatch.setenv("MARSAD_EVENTS_KEEP", "all")
    doc = run(Document(text=STRIKE, published="2024-02-08"))
    monkeypatch.setenv("MARSAD_EVENTS_KEEP", "1")
    K.keep(doc, doc.events)  # model loaded
    t0 = time.perf_counter()
    for _ in range(50):
        K.keep(doc, doc.events)
    assert (time.perf_counter() - t0) / 50 < 1e-3


# -- a light verbal noun after a preposition: the governing verb's subject does the act

def _lexicon(text: str, monkeypatch) -> list:
    monkeypatch.setenv("MARSAD_EVENTS_KEEP", "0")
    return run(Document(text=text, published="2025-03-16")).events


def test_ordered_strikes_have_the_one_who_ordered_them_as_source(monkeypatch):
    evs = _lexicon("قُتل ما لا يقل عن 31 شخصًا بعد أن أمر الرئيس الأمريكي دونالد ترامب، بشن ضربات عسكرية كبيرة "
                   "النطاق على جماعة الحوثي في اليمن، السبت 15 مارس 2025.", monkeypatch)
    e = next(e for e in evs if e.trigger == "ضربات عسكرية")
    assert e.source == "دونالد ترامب" and e.target == "جماعة الحوثي"


def test_a_light_verbal_noun_after_be_carries_the_subject_of_its_verb(monkeypatch):
    # the verb's object is another event (وقف إطلاق النار) standing between the verb and بشن
    e = next(e for e in _lexicon("واستبقت إسرائيل وقف إطلاق النار بشن سلسلة غارات على الضاحية الجنوبية لبيروت.",
                                 monkeypatch) if e.type == "ASSAULT")
    assert e.source == "إسرائيل" and e.target == "الضاحية الجنوبية لبيروت"


def test_an_accusing_verb_does_not_govern_the_act_it_accuses_of(monkeypatch):
    evs = _lexicon("واتهمت الحكومة العراقية الفصائل المسلحة بتنفيذ هجمات صاروخية على السفارة الأمريكية في بغداد.",
                   monkeypatch)
    e = next(e for e in evs if e.type == "ASSAULT")
    assert e.source != "الحكومة العراقية" and "السفارة الأمريكية" in (e.target or "")


# -- one indefinite word right after an indefinite event noun is its adjective, not its doer (audit r5)

def test_an_adjective_after_an_event_noun_is_no_source(monkeypatch):
    evs = _lexicon("كما أطلقت مليشيا الحوثي عدة قذائف على محيط مواقع عسكرية، في حين ردت القوات السعودية بقصف كثيف "
                   "استهدف مصادر إطلاق النيران داخل الأراضي اليمنية.", monkeypatch)
    e = next(e for e in evs if e.trigger == "بقصف")
    assert e.source != "كثيف" and e.target == "مصادر إطلاق النيران"
    e = next(e for e in _lexicon("ونجا رئيس الوزراء مصطفى الكاظمي من محاولة اغتيال فاشلة استهدفت مقر إقامته بالمنطقة "
                                 "الخضراء في بغداد بطائرة مسيرة.", monkeypatch) if e.type == "ASSAULT")
    assert e.source != "فاشلة"


def test_a_named_or_definite_genitive_after_an_event_noun_stays_its_doer(monkeypatch):
    e = next(e for e in _lexicon("وأثارت زيارة مظلوم عبدي لدمشق أمس ردود فعل واسعة.", monkeypatch) if e.type == "CONSULT")
    assert e.source and "مظلوم" in e.source


def test_the_filter_is_off_by_default(monkeypatch):
    # it would drop seed events the tests of test_events.py hold (see keep.py): opt-in only
    text = "وأكد المتحدث أن دعم واشنطن لإسرائيل لن يتوقف، مشيرا إلى استمرار دعم إيران للحوثيين في اليمن."
    monkeypatch.delenv("MARSAD_EVENTS_KEEP", raising=False)
    assert ("SUPPORT", "إيران") in [(e.type, e.source) for e in run(Document(text=text)).events]


def test_no_sentence_is_kept_alive_after_its_document():
    """The role finder's helpers may not hold a SentenceView (which holds the article's text and tokens)
    past the document: a cache keyed by the view kept every sentence of a 100k-article run in memory."""
    import gc

    from marsad.extract.events.actors import SentenceView

    doc = run(Document(text="واستبقت إسرائيل وقف إطلاق النار بشن سلسلة غارات على الضاحية الجنوبية لبيروت.",
                       published="2024-11-27"))
    assert any(e.type == "ASSAULT" and e.source == "إسرائيل" for e in doc.events)  # (the governing verb's subject)
    del doc
    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, SentenceView)]
