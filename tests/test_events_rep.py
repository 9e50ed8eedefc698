"""Events, one record per occurrence on the word the GUIDELINES favour (round "rep", detection precision): a verb of
aiming whose subject is the act itself (roles.tsv act_subject_verbs: استهدف, طال) followed by the act's indefinite
noun and its adjective ("استهدف هجوم صاروخي قاعدة") tells one occurrence, named by the noun (the GUIDELINES' example
triggers هجوم, غارات جوية). Sentences of the training split; each test fails without its rule."""
from __future__ import annotations

from conftest import event_roles as roles


# -- a verb of aiming with the attack noun as its subject: one event, on the noun --------------------------------

def test_attack_noun_subject_of_targeting_verb_names_the_event():
    # training split (im-a38109c18c): the gold takes "هجوم صاروخي", not the verb
    r = roles("استهدف هجوم صاروخي قاعدة أميركية في حقل غاز كونيكو شرقي سوريا.")
    assert [t for t in r if r[t][0] == "ASSAULT"] == ["هجوم"], r
    assert r["هجوم"][2] == "قاعدة أميركية"


def test_raid_noun_subject_with_nationality_adjective_names_the_event():
    # training split (im-53075cd51c): "استهدف هجوم صاروخي اسرائيلي مطار العاصمة السورية"
    r = roles("استهدف هجوم صاروخي اسرائيلي مطار العاصمة السورية ليلة السبت، ما ادى الى انطلاق انظمة الدفاع "
              "الجوي التي اسقطت عدة صواريخ، بحسب وكالة الانباء السورية الرسمية “سانا”.")
    assert "هجوم" in r and "استهدف" not in r, r
