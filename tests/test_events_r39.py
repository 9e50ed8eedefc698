"""Events, round 39 (a doer named after ل on an event noun, audit round 14): (1) an event noun standing as the
subject of a verb of its type, with indefinite adjectives and a ل-genitive between them ("هجمات واسعة لداعش
التكفيري استهدفت"), has the ل-genitive as its doer, not the adjective with it; the verb's object stays the target.
Sentences of the training split and of the audit rows; each test of a rule fails without it."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) an event noun with its adjective and ل-genitive as the subject of a verb --------------------------------

def test_lam_genitive_past_an_adjective_is_the_doer_of_the_noun_subject():
    # audit r14 row 6 (doc 205): the wide attacks of ISIS that targeted the west of Anbar; the adjective واسعة was
    # taken with the doer
    text = ("وشهدت الأيام القليلة الماضية التي أعقبت الإعلان عن تحرير مركز مدينة الرمادي، (110 كم غربي بغداد)، "
            "هجمات واسعة لداعش التكفيري استهدفت مناطق غرب الانبار وهجمات انتحارية استهدفت معسكر سبايكر، شمالي "
            "تكريت.")
    typ, source, target = _roles(text, "هجمات")
    assert typ == "ASSAULT"
    assert source == "داعش التكفيري"
    assert target == "مناطق غرب الانبار"
