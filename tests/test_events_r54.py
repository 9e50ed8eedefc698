"""Events, round 54 (event sources): (1) after an event noun and a name as its genitive, ل glued to a definite
verbal noun with a nationality after it (للاحتلال الإسرائيلي: an actor named by its act) is the act's object, so
the name is its doer; a name that begins with و (واشنطن) has no conjunction glued when the entities component
joins none to it.
Sentences of the training split and the audit rows; each test of a rule fails without it."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) a name's act with its object after ل, the object an act noun with a nationality ----------------------------

def test_a_named_genitive_with_an_act_noun_object_after_lam_is_the_doer():
    # audit r16 row 13 (= r15 150), training im-544ef91c3b: source واشنطن left null, the object الاحتلال refused
    text = ("يُشار إلى أنّ المقاومة العراقية أكّدت مراراً أنّها مستمرة في استهداف الوجود الأميركي نظراً إلى دعم "
            "واشنطن للاحتلال الإسرائيلي، وبسبب أدائها دوراً أساسياً في استمرار عدوانه على قطاع غزّة.")
    _typ, source, target = _roles(text, "دعم")
    assert source == "واشنطن"
    assert target is not None and "الإسرائيلي" in target
