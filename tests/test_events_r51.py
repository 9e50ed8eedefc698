"""Events, round 51 (event sources): (1) a state named as the subject of the finite verb that heads a chain of
conjoined verbs is the subject of the verbs after it (دانت الولايات المتحدة … هذه الهجمات وطالبت بوقف العنف), as an
actor noun or an organisation's name is.
Sentences of the training split, the audit rows and the store; each test of a rule fails without it."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) a named state heading a chain of conjoined verbs --------------------------------------------------------------

def test_a_state_subject_of_the_chain_head_is_the_conjoined_verbs_doer():
    # store doc 7: source 'بوقف العنف' (the demand, put as the doer), the state subject of دانت left out
    text = ("وقد دانت الولايات المتحدة وأوروبا بشدة هذه الهجمات وطالبت بوقف العنف والتهدئة في المنطقة، مؤكدة على "
            "الحاجة إلى الحوار والتفاوض لحل الصراعات والأزمات في الشرق الأوسط.")
    _typ, source, _target = _roles(text, "وطالبت")
    assert source == "الولايات المتحدة"


def test_a_state_subject_before_the_chain_head_is_the_light_verbs_doer():
    # the lead's case («الولايات المتحدة أعلنت …، وشنت هجمات»): the state before the head verb, null before
    text = "الولايات المتحدة أعلنت أمس عن عقوبات جديدة، وشنت هجمات على مواقع الحوثيين."
    _typ, source, _target = _roles(text, "هجمات")
    assert source == "الولايات المتحدة"


def test_the_subject_of_a_verb_of_undergoing_heads_no_chain_of_doers():  # (regression: passes with or without rule 1)
    # guard: the place that suffered (بغداد تعرضت) did not hold the protests
    text = "بغداد تعرضت لقصف صاروخي، وشهدت احتجاجات واسعة."
    _typ, source, _target = _roles(text, "احتجاجات")
    assert source is None
