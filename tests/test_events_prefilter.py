"""The events step reads only the sentences that hold the first word of some trigger entry
(``detect.may_hold_triggers``, one pass over the document's words): the others are skipped, not sliced and
read. Skipping must change nothing: a seed article's events are those of reading every sentence."""
from __future__ import annotations

import os
from pathlib import Path

from marsad.document import Document
from marsad.extract import events as events_mod
from marsad.extract.events.detect import entities_by_sentence, may_hold_triggers, sentence_events
from marsad.pipeline import run

SEEDS = Path(os.environ.get("MARSAD_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "corpus" / "seeds"


def test_sentences_without_a_trigger_word_are_skipped():
    # a dateline sentence, then the attack; the first holds no trigger word, the second does
    doc = Document(text="بغداد – الخميس 5 كانون الثاني 2024. استهدف هجوم بطائرة مسيرة قاعدة حرير في أربيل.")
    run(doc)
    assert len(doc.sentences) == 2
    assert may_hold_triggers(doc, doc.sentences) == [False, True]
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_skipping_changes_no_event_of_a_seed_article():
    text = sorted(SEEDS.glob("004_*.txt"))[0].read_text(encoding="utf-8")
    doc = Document(text=text)
    run(doc)
    hold = may_hold_triggers(doc, doc.sentences)
    assert 0 < sum(hold) < len(hold)  # some sentences are skipped, some read
    # every sentence read, skipped or not: the ones skipped give nothing, the others what the step kept
    every = [sentence_events(doc, s, ents=ents) for s, ents in zip(doc.sentences, entities_by_sentence(doc, doc.sentences))]
    assert not any(evs for evs, h in zip(every, hold) if not h)
    before = [(e.type, e.trigger_start, e.source, e.target) for e in doc.events]
    events_mod.annotate(doc)
    assert [(e.type, e.trigger_start, e.source, e.target) for e in doc.events] == before
