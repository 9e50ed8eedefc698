"""Events, round 56 (claimants of their own act): a noun with a possessive pronoun opening the that-clause of a verb
of saying ("أعلنت ألوية العمالقة أن قواتها اقتحمت", "قال ناطق باسم الحوثيين إن قواتهم أطلقت") belongs to the
sayer, who announces the act of its own forces: the sayer is the source (GUIDELINES: a party's forces → the party;
a pronoun is no span), when the pronoun agrees with it. The sayer is read after the verb, before it (a topic set off
by a comma) or from a participle's clause; a spokesman's body after باسم. A that-clause whose subject is a noun of
its own (no pronoun) keeps that noun. Sentences of the training split and the in-domain store; each test of the rule
fails without it."""
from __future__ import annotations

from conftest import roles_of as _roles


def test_the_forces_of_the_sayer_are_the_sayer():
    # training im-50bf233cf5: source gold ألوية العمالقة for وسيطرت, read as the pronoun قواتها
    text = ("وذكرت مصادر ميدانية إن معارك عنيفة دارت خلال الساعات الماضية في محيط المطار، حيث أعلنت ألوية العمالقة "
            "أن قواتها اقتحمت أسوار المطار من الجهة الجنوبية الغربية، وسيطرت على أجزاء منه، فيما تفرض القوات "
            "المشتركة حصار على المتمردين الذين يتحصنون داخل مبنى المطار الذي أضحى بحكم المسيطر عليه.")
    assert _roles(text, "وسيطرت")[1] == "ألوية العمالقة"
    assert _roles(text, "اقتحمت")[1] == "ألوية العمالقة"


def test_a_sayer_before_its_verb_and_the_body_its_spokesman_speaks_for():
    # store doc 189: the spokesman stands before قال, set off by a comma; قواتهم agrees with the body after باسم
    text = ("وكان ناطق عسكري باسم الحوثيين، قال، الثلاثاء، إن قواتهم أطلقت طائرات مسيرة على القاعدة في مدينة "
            "خميس مشيط في جنوب السعودية وأصابتها.")
    assert _roles(text, "أطلقت")[1] == "الحوثيين"


def test_a_commander_announcing_his_forces_act():
    # store doc 90 (and the audit r16 row 21's class: a commander announcing his forces' operation)
    text = ("وأضاف الفريق يار الله، أن قواته حررت عددا من الأحياء والقرى، ورفع العلم العراقي فوق القلعة "
            "التاريخية لتلعفر.")
    assert _roles(text, "حررت")[1] != "قواته"


def test_a_that_clause_naming_its_own_subject_keeps_it():
    # guard (the brief: the speaker is no source when the that-clause names its own subject, a noun)
    text = "قال الجيش الإسرائيلي إن الحوثيين أطلقوا صاروخا على إيلات."
    assert _roles(text, "أطلقوا صاروخا")[1] == "الحوثيين"
