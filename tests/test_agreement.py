"""benchmarks/agreement.py: a second annotation built from the gold itself agrees perfectly; dropping an
event or changing a type lowers exactly what it should; the test split is refused. Runs on the real dev
gold's first articles (no Marsad run)."""
from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_agreement", ROOT / "benchmarks" / "agreement.py")
agr = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(agr)
GOLD = ROOT / "benchmarks" / "data" / "indomain" / "gold.jsonl"


def _pin(text, start):
    return None if text is None else {"text": text, "start": start}


def as_annotation(g: dict) -> dict:
    """A gold article's events written back as an annotator's line, every span pinned at its gold offset."""
    return {"id": g["id"], "events": [
        {"type": e["type"], "trigger": _pin(e["trigger"], e["start"]),
         "source": _pin(e["source"], e["source_start"]), "target": _pin(e["target"], e["target_start"]),
         "place": e["place"], "time": e["time"]} for e in g["events"]]}


@pytest.fixture(scope="module")
def dev():
    rows = [json.loads(line) for line in open(GOLD, encoding="utf-8") if line.strip()]
    dev = [r for r in rows if r["split"] == "dev" and len(r["events"]) >= 3][:4]
    assert len(dev) == 4
    return dev


def test_gold_against_itself_is_perfect(dev):
    pairs = agr.paired_articles([as_annotation(g) for g in dev])
    r = agr.indomain.score_events(pairs)
    n = sum(len(g["events"]) for g in dev)
    assert (r["type+trigger"].tp, r["type+trigger"].fp, r["type+trigger"].fn) == (n, 0, 0)
    assert r["type+trigger"].f1 == 1.0
    assert r["source"].value == 1.0 and r["target"].value == 1.0
    d = agr.disagreements(pairs)
    assert not d["confusion"] and not d["gold only"] and not d["other only"]


def test_dropping_an_event_lowers_recall_only(dev):
    ann = [as_annotation(g) for g in dev]
    dropped = ann[0]["events"].pop(1)
    r = agr.indomain.score_events(agr.paired_articles(ann))
    n = sum(len(g["events"]) for g in dev)
    assert r["type+trigger"].p == 1.0
    assert r["type+trigger"].r == pytest.approx((n - 1) / n)
    d = agr.disagreements(agr.paired_articles(ann))
    assert d["gold only"] == {dropped["type"]: 1} and not d["other only"]
    # the other direction: the same pairs, precision and recall swapped
    back = agr.indomain.score_events(agr.swapped(agr.paired_articles(ann)))
    assert back["type+trigger"].r == 1.0 and back["type+trigger"].f1 == pytest.approx(r["type+trigger"].f1)


def test_a_changed_type_is_a_confusion(dev):
    ann = [as_annotation(g) for g in dev]
    ev = ann[0]["events"][0]
    new = "PROTEST" if ev["type"] != "PROTEST" else "AID"
    old, ev["type"] = ev["type"], new
    pairs = agr.paired_articles(ann)
    r = agr.indomain.score_events(pairs)
    assert r["type+trigger"].fn == 1 and r["type+trigger"].fp == 1
    assert r["trigger only"].fn == 0
    assert agr.disagreements(pairs)["confusion"] == {(old, new): 1}
    assert agr.per_type(pairs)[new][1] >= 1


def test_test_split_is_refused(dev, tmp_path):
    fake = copy.deepcopy(dev[0])
    fake["split"] = "test"
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(fake, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="dev only"):
        agr.paired_articles([as_annotation(dev[0])], path)
