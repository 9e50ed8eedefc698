"""benchmarks/quote_agreement.py: the quotation gold scored against itself agrees perfectly on every
quotes.py figure; a moved speaker span lowers speaker exact only; a cut content lowers content exact only; the
second annotation locates on the gold texts; the test split and unknown ids are refused; make_quotes_gold's
``records`` reproduces quotes_gold.jsonl. Reads the dev gold only, no Marsad run."""
from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_quote_agreement", ROOT / "benchmarks" / "quote_agreement.py")
qa = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(qa)
quotes = qa.quotes
DATA = ROOT / "benchmarks" / "data"


@pytest.fixture(scope="module")
def dev():
    rows = [json.loads(line) for line in open(qa.GOLD, encoding="utf-8") if line.strip()]
    return [r for r in rows if r["split"] == "dev"]


def _tallies(golds, seconds):
    per = []
    for g, s in zip(golds, seconds):
        c = quotes.new_counts()
        quotes.score(c, g["quotes"], [qa.as_pred(q) for q in s["quotes"]])
        per.append(c)
    return per


def test_gold_against_itself_is_perfect(dev):
    per = _tallies(dev, dev)
    c = qa.total(per)
    assert c["n_gold"] == c["n_pred"] == c["pairs"] > 200
    for name, (p, r, f) in quotes.figures(c).items():
        assert (p, r, f) == (1.0, 1.0, 1.0), name
    assert c["anon"] == c["pairs"]
    assert qa.bootstrap(per, 50) == {nm: (1.0, 1.0) for nm in qa.HEADLINE}


def _moved(dev, field, change):
    second = copy.deepcopy(dev)
    art = next(a for a in second if any(q["speaker"] for q in a["quotes"]))
    q = next(q for q in art["quotes"] if q["speaker"])
    q[field] = change(q[field])
    return quotes.figures(qa.total(_tallies(dev, second)))


def test_moved_speaker_lowers_speaker_exact_only(dev):
    n = sum(len(a["quotes"]) for a in dev)
    fig = _moved(dev, "speaker", lambda s: [s[0] + 1, s[1]])  # one token-internal shift, still overlapping
    assert fig["speaker exact"][2] == pytest.approx((n - 1) / n)
    assert fig["speaker exact + content overlap"] == fig["speaker exact"]
    assert fig["speaker overlap"][2] == fig["content exact"][2] == fig["content overlap"][2] == 1.0
    assert fig["speaker overlap + content overlap"][2] == 1.0  # the final F1 counts overlapping speakers
    fig = _moved(dev, "speaker", lambda s: None)  # no speaker at all: not even an overlap
    assert fig["speaker exact"][2] < 1.0 and fig["speaker overlap + content overlap"][2] < 1.0


def test_cut_content_lowers_content_exact_only(dev):
    fig = _moved(dev, "content", lambda c: [c[0], c[1] - 1])
    assert fig["content exact"][2] < 1.0
    assert fig["content overlap"][2] == fig["speaker exact"][2] == 1.0


def test_second_annotation_locates_on_dev_gold():
    pairs = qa.second_records(qa.ANN.read_text(encoding="utf-8"))
    assert len(pairs) == 12
    for g, s in pairs:
        assert g["split"] == "dev" and s["text"] == g["text"] and s["quotes"]
        for q in s["quotes"]:
            a, b = q["content"]
            assert 0 <= a < b <= len(g["text"]) and q["content_text"] == g["text"][a:b]


def test_refuses_test_split_and_unknown_ids(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "x-1", "split": "test", "text": "قال زيد إن المطر غزير.", "quotes": []},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="dev only"):
        qa.second_records("## x-1\nزيد | قال | المطر غزير\n", gold)
    with pytest.raises(ValueError, match="not a gold article"):
        qa.second_records("## x-2\nزيد | قال | المطر غزير\n", gold)


def test_unlocatable_line_is_an_error(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "x-1", "split": "dev", "text": "قال زيد إن المطر غزير.", "quotes": []},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="cannot locate"):
        qa.second_records("## x-1\nزيد | قال | الثلج كثيف\n", gold)
    (g, s), = qa.second_records("## x-1\nزيد | قال | المطر غزير\n", gold)
    assert s["quotes"][0]["speaker_text"] == "زيد" and s["quotes"][0]["content_text"] == "المطر غزير"


def test_records_reproduce_the_gold_file():
    texts = [json.loads(l) for l in (DATA / "quotes_gold_texts.jsonl").read_text(encoding="utf-8").splitlines()]
    recs, errors = qa.records((DATA / "quotes_gold_ann.txt").read_text(encoding="utf-8"), texts)
    assert errors == []
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in recs]
    assert "".join(lines) == qa.GOLD.read_text(encoding="utf-8")
