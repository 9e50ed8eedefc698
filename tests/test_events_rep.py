"""Events, one record per occurrence on the word the GUIDELINES favour (round "rep", detection precision): a verb of
aiming whose subject is the act itself (roles.tsv act_subject_verbs: استهدف, طال) followed by the act's indefinite
noun and its adjective ("استهدف هجوم صاروخي قاعدة") tells one occurrence, named by the noun (the GUIDELINES' example
triggers هجوم, غارات جوية); an attack that refers back (الهجوم, القصف) with no doer, whose only new actor is the
victims a killing or a casualty count in it names ("قتل في الهجوم الصاروخي", "إصابة شخصين من جراء القصف"), tells
again an attack already reported (detect.drop_repeats). Sentences of the training split; each test fails without
its rule."""
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


# -- the victims of an attack told again are no new party to it ---------------------------------------------------

def test_attack_told_again_with_its_victims_only_is_a_repeat():
    # training split (im-2c7ef46429): the killing in the rocket attack on Erbil airport is told twice; the second
    # telling ("قتل في الهجوم الصاروخي") names the victim, no doer: not another attack
    text = ("العراق.. هجوم يستهدف القوات الأمريكية في أربيل وبيان يكشف الخسائر\n\n"
            "بدوره، أعلن متحدث باسم وزارة الدفاع الأمريكية، الثلاثاء، أن متعاقدا أمريكيا مدنيا قتل في الهجوم "
            "الصاروخي على مطار أربيل، بينما جرح ستة أمريكيين آخرين، من بينهم جندي.")
    r = roles(text)
    assert "هجوم" in r, r
    assert "الهجوم" not in r, r


def test_wounded_by_the_shelling_told_before_is_no_new_shelling():
    # training split (im-20853f6b59): "إصابة شخصين … من جراء القصف" tells the victims of the shelling of Taji camp
    text = ("للمرة الثانية في أسبوع واحد، تعرض معسكر التاجي الذي يستضيف قوات أميركية في العراق إلى قصف صاروخي، "
            "السبت، حسبما أكد مراسل \"سكاي نيوز عربية\".\n"
            "وأكدت قيادة العمليات المشتركة في بغداد، إصابة شخصين من قيادة الدفاع الجوي من جراء القصف.")
    r = roles(text)
    assert "قصف" in r, r
    assert "القصف" not in r, r
