"""Events, round 44 (event targets, audit round 15): (1) an act two sides do to each other (اشتبك, roles.tsv
mutual_acts) names the other side after مع past the verb's subject, as right after the trigger.
Sentences of the training split and of the store; each test of a rule fails without it."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) the other side of a clash after the verb's subject ------------------------------------------------------

def test_the_other_side_of_a_clash_after_the_subject():
    # training split (im-305018bb29): gold target مسلحين حوثيين, predicted none
    text = ("واشتبكت القوات السعودية مع مسلحين حوثيين قرب الحدود مساء أمس، في جبل تويلق ومنطقة المثلث والحصامة على "
            "الحدود السعودية اليمنية.")
    _typ, source, target = _roles(text, "واشتبكت")
    assert (source, target) == ("القوات السعودية", "مسلحين حوثيين")
