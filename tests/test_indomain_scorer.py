"""The in-domain benchmark's scorer (benchmarks/indomain.py) on a tiny hand-made gold: two short articles
(a drone attack on a base, a ministry statement) with hand-made predictions whose every figure was counted
by hand (in the comments), and one end-to-end run of the real pipeline on one tiny gold article."""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_indomain", ROOT / "benchmarks" / "indomain.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

TA = ("استهدفت طائرة مسيرة قاعدة عين الأسد في محافظة الأنبار غربي العراق، أمس الخميس، "
      "ما أدى إلى إصابة جنديين أمريكيين. "
      "وقال المتحدث باسم البنتاغون جون كيربي إن الهجوم لم يسفر عن خسائر كبيرة. "
      "وذكرت مصادر محلية أن الطائرة انطلقت من الأراضي السورية.")
TB = ("أعلنت وزارة الخارجية العراقية، اليوم الاثنين، استدعاء السفير الإيراني في بغداد. "
      "وقالت الوزارة في بيان إن القصف استهدف مواقع في أربيل وأسفر عن مقتل أربعة مدنيين. "
      "وأفيد بأن الحكومة ستقدم شكوى إلى مجلس الأمن بشأن الهجوم على أربيل.")


def at(text: str, s: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.find(s, i + 1)
        assert i >= 0, s
    return i, i + len(s)


def ent(text, s, typ, nth=0):
    st, en = at(text, s, nth)
    return {"text": s, "type": typ, "start": st, "end": en}


def quote(text, speaker, content, spk_nth=0):
    st, en = at(text, content)
    ss, se = at(text, speaker, spk_nth) if speaker else (None, None)
    return {"speaker": speaker, "speaker_start": ss, "speaker_end": se, "content": content, "start": st, "end": en}


def tm(text, s, value):
    st, en = at(text, s)
    return {"text": s, "value": value, "start": st, "end": en}


def qty(text, s, value, counted, unit=None):
    st, en = at(text, s)
    return {"text": s, "value": value, "unit": unit, "counted": counted, "start": st, "end": en}


def ev(text, typ, trigger, source=None, target=None, nth=0, **flags):
    st, en = at(text, trigger, nth)
    return {"type": typ, "trigger": trigger, "start": st, "end": en, "source": source, "target": target, **flags}


GOLD_A = {
    "id": "A", "published": "2023-10-20", "split": "dev", "text": TA,
    "entities": [ent(TA, "قاعدة عين الأسد", "LOC"), ent(TA, "محافظة الأنبار", "LOC"), ent(TA, "العراق", "LOC"),
                 ent(TA, "البنتاغون", "ORG"), ent(TA, "جون كيربي", "PER")],
    "quotes": [quote(TA, "جون كيربي", "الهجوم لم يسفر عن خسائر كبيرة"),
               quote(TA, "مصادر محلية", "الطائرة انطلقت من الأراضي السورية")],
    "times": [tm(TA, "أمس الخميس", "2023-10-19")],
    "quantities": [qty(TA, "جنديين", 2, "جندي")],
    "events": [ev(TA, "ASSAULT", "استهدفت", "طائرة مسيرة", "قاعدة عين الأسد")],
}
GOLD_B = {
    "id": "B", "published": "2024-01-15", "split": "dev", "text": TB,
    "entities": [ent(TB, "وزارة الخارجية العراقية", "ORG"), ent(TB, "بغداد", "LOC"), ent(TB, "أربيل", "LOC"),
                 ent(TB, "مجلس الأمن", "ORG"), ent(TB, "أربيل", "LOC", nth=1)],
    "quotes": [quote(TB, "الوزارة", "القصف استهدف مواقع في أربيل وأسفر عن مقتل أربعة مدنيين"),
               quote(TB, None, "الحكومة ستقدم شكوى إلى مجلس الأمن بشأن الهجوم على أربيل")],
    "times": [tm(TB, "اليوم الاثنين", "2024-01-15")],
    "quantities": [qty(TB, "أربعة", 4, "مدنيين")],
    "events": [ev(TB, "ACCUSE", "استدعاء", "وزارة الخارجية العراقية", "السفير الإيراني"),
               ev(TB, "ASSAULT", "القصف", None, "مواقع في أربيل")],
}

PRED_A = {
    # عين الأسد: span too short; البنتاغون: right span, wrong type; three right
    "entities": [ent(TA, "عين الأسد", "LOC"), ent(TA, "محافظة الأنبار", "LOC"), ent(TA, "العراق", "LOC"),
                 ent(TA, "البنتاغون", "LOC"), ent(TA, "جون كيربي", "PER")],
    # the speaker with its title (spans overlap, not equal); a speaker carried over wrongly to the second
    "quotes": [quote(TA, "المتحدث باسم البنتاغون جون كيربي", "الهجوم لم يسفر عن خسائر كبيرة"),
               quote(TA, "جون كيربي", "الطائرة انطلقت من الأراضي السورية")],
    "times": [tm(TA, "أمس الخميس", "2023-10-12")],                 # exact span, wrong value
    "quantities": [qty(TA, "جنديين", 2.0, "جنديين")],              # counted: dual vs singular agree
    "events": [ev(TA, "ASSAULT", "استهدفت", "طائرة مسيرة", "قاعدة عين الأسد"),
               ev(TA, "ASSAULT", "الهجوم")],                       # an extra
}
PRED_B = {
    # مجلس الأمن and the second أربيل missed; السفير الإيراني an extra
    "entities": [ent(TB, "وزارة الخارجية العراقية", "ORG"), ent(TB, "بغداد", "LOC"), ent(TB, "أربيل", "LOC"),
                 ent(TB, "السفير الإيراني", "PER")],
    "quotes": [quote(TB, "وزارة الخارجية العراقية", "القصف استهدف مواقع في أربيل"),  # speaker contains الوزارة
               quote(TB, None, "الحكومة ستقدم شكوى إلى مجلس الأمن"),                # null speaker, as gold
               quote(TB, "وزارة الخارجية العراقية", "استدعاء السفير الإيراني في بغداد")],  # no gold quote
    "times": [tm(TB, "الاثنين", "2024-01-15")],                     # overlapping span, right value
    "quantities": [qty(TB, "أربعة مدنيين", 40, None)],              # overlapping span, wrong value, no noun
    "events": [ev(TB, "CONSULT", "استدعاء", "وزارة الخارجية العراقية", "السفير الإيراني"),  # wrong type
               ev(TB, "ASSAULT", "القصف", None, "مواقع"),
               ev(TB, "ASSAULT", "الهجوم", hypothetical=True),      # not counted at all
               ev(TB, "ACCUSE", "شكوى", "الحكومة", "مجلس الأمن", future=True)],  # planned: counted, an extra
}
ARTICLES = [(GOLD_A, PRED_A), (GOLD_B, PRED_B)]


def counts(r):
    return (r.tp, r.fp, r.fn)


def close(x, y):
    return abs(x - y) < 1e-9


def test_entities_by_hand():
    r = bench.score_entities(ARTICLES)
    # A: tp 3 (الأنبار, العراق, كيربي), fp 2 (عين الأسد, البنتاغون LOC), fn 2; B: tp 3, fp 1, fn 2
    assert counts(r["exact"]) == (6, 3, 4)
    assert close(r["exact"].p, 6 / 9) and close(r["exact"].r, 0.6) and close(r["exact"].f1, 12 / 19)
    assert counts(r["span only"]) == (7, 2, 3)        # البنتاغون counts when the type is ignored
    assert counts(r["PER"]) == (1, 1, 0)
    assert counts(r["ORG"]) == (1, 0, 2)
    assert counts(r["LOC"]) == (4, 2, 2)
    assert counts(r["MISC"]) == (0, 0, 0)
    # distinct (name, type): the second أربيل is the same name as the first, found
    assert counts(r["distinct names"]) == (6, 3, 3)


def test_quotes_by_hand():
    r = bench.score_quotes(ARTICLES)
    assert counts(r["content overlap"]) == (4, 1, 0)
    # only the null/null pair has the exact speaker
    assert counts(r["speaker exact"]) == (1, 4, 3)
    assert close(r["speaker exact"].f1, 2 / 9)
    # + title-led span overlapping جون كيربي, + وزارة الخارجية العراقية containing الوزارة; the carried
    # كيربي for مصادر محلية stays wrong
    assert counts(r["speaker overlap"]) == (3, 2, 1)
    assert close(r["speaker overlap"].f1, 2 / 3)


def test_times_by_hand():
    r = bench.score_times(ARTICLES)
    assert counts(r["exact"]) == (1, 1, 1)
    assert counts(r["overlap"]) == (2, 0, 0)
    assert (r["value"].total, r["value"].n) == (1, 2)


def test_quantities_by_hand():
    r = bench.score_quantities(ARTICLES)
    assert counts(r["overlap"]) == (2, 0, 0)
    assert counts(r["overlap+value"]) == (1, 1, 1)
    assert (r["value"].total, r["value"].n) == (1, 2)
    assert (r["unit"].total, r["unit"].n) == (2, 2)
    assert (r["counted"].total, r["counted"].n) == (1, 2)


def test_events_by_hand():
    r = bench.score_events(ARTICLES)
    # predictions counted: 2 in A, 3 in B (the hypothetical one dropped, the future one kept)
    assert counts(r["type+trigger"]) == (2, 3, 1)
    assert close(r["type+trigger"].f1, 0.5)
    assert counts(r["trigger only"]) == (3, 2, 0)   # استدعاء: right trigger, wrong type
    assert counts(r["happened only"]) == (2, 2, 1)  # the planned complaint dropped too
    # source: طائرة مسيرة = طائرة مسيرة (1), null/null (1); target: exact (1), مواقع vs مواقع في أربيل (0.5)
    assert close(r["source"].value, 1.0) and r["source"].n == 2
    assert close(r["target"].value, 0.75)
    assert (r["source both"], r["source null/null"], r["target both"], r["target null/null"]) == (1, 1, 2, 0)


def test_headline_and_report():
    res = bench.score(ARTICLES)
    assert bench.headline(res) == ("indomain entities F1 0.632 quotes F1 0.667 times 0.500 "
                                   "quantities 0.500 events 0.500")
    lines = bench.report(res, ["events"])
    assert lines[0] == "events:"
    assert any(line.strip().startswith("type+trigger") and "F1 0.500" in line for line in lines)


def test_show_lists_misses_extras_and_wrong_attributes():
    ents = bench.show_entities(GOLD_A, PRED_A)
    assert "  ~ ORG 'البنتاغون' @{} predicted LOC".format(TA.find("البنتاغون")) in ents
    assert any(line.startswith("  - LOC 'قاعدة عين الأسد'") for line in ents)
    assert any(line.startswith("  + LOC 'عين الأسد'") for line in ents)
    qs = bench.show_quotes(GOLD_A, PRED_A)
    assert len(qs) == 1 and qs[0].startswith("  ~ speaker gold 'مصادر محلية' predicted 'جون كيربي'")
    evs = bench.show_events(GOLD_B, PRED_B)
    assert any(line.startswith("  - ACCUSE 'استدعاء'") for line in evs)
    assert any(line.startswith("  + ACCUSE 'شكوى'") and line.endswith("future") for line in evs)
    assert not any("الهجوم" in line for line in evs)  # the hypothetical one is not a prediction


def test_helpers():
    # speaker exact by normalised string, at other offsets (hamza, article, clitic folded)
    assert bench.speaker_exact({"speaker": "الوزارة", "speaker_start": 5, "speaker_end": 12},
                               {"speaker": "والوزاره", "speaker_start": 40, "speaker_end": 48})
    assert not bench.speaker_overlap({"speaker": None}, {"speaker": "مصدر", "speaker_start": 1, "speaker_end": 5})
    assert bench.same_counted("هجوما", "هجوم") and bench.same_counted("عسكريا", "عسكري")
    assert bench.same_counted(None, None) and not bench.same_counted("صواريخ", None)
    assert not bench.same_counted("صواريخ", "طائرات")
    assert close(bench.token_f1("قوات التحالف الدولي", "التحالف الدولي"), 0.8)
    # a maximum matching: greedy by overlap would pair g0 with p0 and leave g1 unpaired
    gold = [{"start": 0, "end": 10}, {"start": 8, "end": 9}]
    pred = [{"start": 0, "end": 9}, {"start": 0, "end": 3}]
    ok = lambda g, p: bench.overlap(g["start"], g["end"], p["start"], p["end"]) > 0  # noqa: E731
    assert bench.match(gold, pred, ok, bench._span_ov) == [(0, 1), (1, 0)]


def test_prediction_places_triggers_in_their_sentence():
    from marsad.document import Document, Event, Quote

    text = "قصف الجيش القرية. ثم قصف الطيران البلدة وقصف المدفعية الجسر."
    s2 = text.index("ثم")
    doc = Document(text=text)
    doc.events = [Event(0, 17, "ASSAULT", trigger="قصف"), Event(s2, len(text), "ASSAULT", trigger="قصف"),
                  Event(s2, len(text), "ASSAULT", trigger="قصف")]
    doc.quotes = [Quote(0, 17, "الجيش القرية", content_start=4, content_end=17)]
    p = bench.prediction(doc)
    assert [e["start"] for e in p["events"]] == [0, s2 + 3, text.index("وقصف") + 1]
    assert (p["quotes"][0]["start"], p["quotes"][0]["end"]) == (4, 17)  # the content, not the whole quote


def test_pipeline_end_to_end(tmp_path, capsys):
    """The real pipeline on one tiny gold article: the result line, a plain entity, a relative time
    resolved against the article's date (the gold `published` reaches Marsad)."""
    text = ("استهدفت طائرة مسيرة قاعدة عين الأسد غربي العراق، أمس الخميس، دون وقوع إصابات.\n"
            "وقال المتحدث باسم التحالف الدولي إن الهجوم لم يسفر عن خسائر.")
    art = {"id": "im-test", "url": "https://example.org/1", "outlet": "example.org", "published": "2023-10-20",
           "split": "dev", "text": text,
           "entities": [ent(text, "قاعدة عين الأسد", "LOC"), ent(text, "العراق", "LOC"),
                        ent(text, "التحالف الدولي", "ORG")],
           "quotes": [quote(text, "المتحدث باسم التحالف الدولي", "الهجوم لم يسفر عن خسائر")],
           "times": [tm(text, "أمس الخميس", "2023-10-19")],
           "quantities": [],
           "events": [ev(text, "ASSAULT", "استهدفت", "طائرة مسيرة", "قاعدة عين الأسد")]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(art, ensure_ascii=False) + "\n", encoding="utf-8")
    out = bench.main(["--gold", str(path), "--split", "dev"])
    lines = capsys.readouterr().out.strip().splitlines()
    assert re.fullmatch(r"indomain entities F1 \d\.\d{3} quotes F1 \d\.\d{3} times \d\.\d{3} "
                        r"quantities \d\.\d{3} events \d\.\d{3}", lines[-1]), lines[-1]
    assert any(re.match(r"speed: \d+\.\d\d articles/s", line) for line in lines)
    pred = out["predictions"][0]
    e = next(x for x in art["entities"] if x["text"] == "العراق")
    assert {"start": e["start"], "end": e["end"], "type": "LOC"} in [
        {k: x[k] for k in ("start", "end", "type")} for x in pred["entities"]]
    assert out["results"]["entities"]["exact"].tp >= 1
    assert out["results"]["times"]["value"].total == 1  # أمس الخميس → 2023-10-19


def test_show_refuses_the_test_split(tmp_path):
    with pytest.raises(SystemExit):
        bench.main(["--gold", str(tmp_path / "none.jsonl"), "--split", "test", "--show"])


def test_training_split_scores_only_the_kinds_its_articles_hold(tmp_path, capsys):
    """--split train: an article annotated for entities only has its entities scored, and the quotes Marsad
    finds in it are not counted against an empty gold; the last line names the kinds and their articles."""
    text = "وقال المتحدث باسم التحالف الدولي إن الهجوم على قاعدة عين الأسد لم يسفر عن خسائر."
    art = {"id": "im-train", "url": "https://example.org/2", "outlet": "example.org", "published": "2023-10-20",
           "split": "train", "kinds": ["entities"], "text": text,
           "entities": [ent(text, "التحالف الدولي", "ORG"), ent(text, "قاعدة عين الأسد", "LOC")],
           "quotes": [], "times": [], "quantities": [], "events": []}
    path = tmp_path / "train.jsonl"
    path.write_text(json.dumps(art, ensure_ascii=False) + "\n", encoding="utf-8")
    out = bench.main(["--gold", str(path), "--split", "train"])
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert re.fullmatch(r"indomain\[train\] entities F1 \d\.\d{3} quotes F1 n/a \(0 articles\) "
                        r"events n/a \(0 articles\)", last), last
    assert out["predictions"][0]["quotes"]  # Marsad found the quotation …
    assert "speaker overlap" not in out["results"]["quotes"]  # … and it was not scored


def test_the_training_split_rebuilds_from_its_annotations():
    """benchmarks/data/indomain/build.py: every span of the committed training-split annotations is found in
    its article (0 errors), and the split holds no dev or test article."""
    spec = importlib.util.spec_from_file_location("indomain_build", ROOT / "benchmarks" / "data" / "indomain" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.build_gold(write=False, train=True) == 0
    held = {line.split("\t")[0] for line in open(build.SELECTION, encoding="utf-8")}
    train = {line.split("\t")[0] for line in open(build.TRAIN_SELECTION, encoding="utf-8")}
    assert len(train) == 98 and not train & held
