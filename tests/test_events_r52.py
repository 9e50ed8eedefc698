"""Events, round 52 (event targets): (1) a clause after an indefinite act noun describes it; when its verb is one of
aiming whose subject may be the act (act_subject_verbs: استهدف, طال) and has no subject of its own, its object is
what the act hit, also past the noun's doer, a clause on it and one comma, or after the act's resumptive وأنه
(بعد هجمات عدة شهدتها الأسابيع الماضية، طالت قواعد عسكرية; قصف من جانب طائرة مسيرة، استهدفت مقر).
Sentences of the training split and of the store; each test of a rule fails without it."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) the object of a verb of aiming in a clause describing the act ------------------------------------------------

def test_the_verb_of_a_clause_on_the_attacks_past_a_comma_names_their_target():
    # training split (im-a3141973b1; store doc 331, audit r16 row 2): gold target قواعد عسكرية للتحالف …, predicted None
    text = ("ويأتي الانفجار الذي راح ضحيته نائب رئيس عمليات حركة النجباء في بغداد بعد هجمات عدة شهدتها الأسابيع "
            "الماضية، طالت قواعد عسكرية للتحالف تضم قوات أمريكية سواء في العراق أو سوريا.")
    _typ, _source, target = _roles(text, "هجمات")
    assert target == "قواعد عسكرية للتحالف"


def test_the_verb_past_the_doer_and_a_comma_names_the_shelling_target():
    # training split (im-a3141973b1): gold قصف, source طائرة مسيرة, target مقر للحشد الشعبي; predicted target None
    text = ("اغتيل قياديين في حركة النجباء العراقية، إثر انفجار قوي في العاصمة العراقية بغداد، نتيجة قصف من جانب "
            "طائرة مسيرة، استهدفت مقر للحشد الشعبي بالقرب من وزارة الداخلية العراقية شرقي بغداد.")
    _typ, source, target = _roles(text, "قصف")
    assert (source, target) == ("طائرة مسيرة", "مقر للحشد الشعبي")


def test_the_verb_after_the_acts_resumptive_pronoun_names_its_target():
    # training split (im-fffd87ad81): gold هجوم صاروخي, target القاعدة العسكرية; predicted target None
    text = ("أعلن الرئيس الأمريكي دوناد ترامب أن بلاده قد قامت بشن هجوم صاروخي باستخدام صواريخ توماهوك، وأنه "
            "استهدف القاعدة العسكرية التي نفذ منها الهجوم الكيماوي على خان شيخون.")
    _typ, _source, target = _roles(text, "هجوم")
    assert target == "القاعدة العسكرية"


def test_a_clause_with_a_subject_of_its_own_after_that_names_no_target():
    # store doc 418: "وأن الضربات لا تستهدف مناطق خاضعة لسيطرة داعش" is another clause, about what the strikes do not hit
    text = ("وقال إن روسيا بدأت شن ضربات جوية في سوريا في محيط حمص، وأن الضربات لا تستهدف مناطق خاضعة لسيطرة "
            "داعش.")
    _typ, source, target = _roles(text, "ضربات جوية")
    assert (source, target) == ("روسيا", None)
