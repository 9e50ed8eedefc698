"""Events, round 13 (issue 26, audit round 9): the source of an event whose named doer was left null — the
announcer of its own act past a that-clause with a future light verb (أنها ستقوم باستهداف), ...
Sentences in the style of the in-domain corpus (never its test articles)."""
from __future__ import annotations

from conftest import event_source as source_of


# -- a hollow light verb in the imperfect or future (يقوم, ستقوم) carries its subject ---------------------------

def test_future_hollow_light_verb_after_announcer():
    # audit r9 row 134
    text = "تعلن القوات المسلحة اليمنية أنها ستقوم باستهداف عدد من السفن المتعلقة بإسرائيل."
    assert source_of(text, "باستهداف") == "القوات المسلحة اليمنية"


def test_future_light_verb_in_that_clause():
    text = "قالت المصادر إن الجيش سيواصل قصف المدينة."
    assert source_of(text, "قصف") == "الجيش"
