"""Events, round 13 (issue 26, audit round 9): the source of an event whose named doer was left null — the
announcer of its own act past a that-clause with a future light verb (أنها ستقوم باستهداف), an act noun after
في that tells again the act of a verb of its type (هاجمت خلايا التنظيم … في هجوم), a light verb whose subject holds a
name in brackets (تمكن مقاتلو (جبهة تحرير سورية) من طرد).
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


# -- an act noun after في restates the act of a verb of its type before it, and shares its doer ------------------

def test_noun_after_fi_shares_the_verb_subject():
    # audit r9 row 129
    text = ("هاجمت خلايا تنظيم داعش مواقع قوات سوريا الديمقراطية في عدة بلدات بريف دير الزور الشرقي "
            "مساء اليوم الاثنين في هجوم يعد الأضخم منذ أشهر.")
    # (round 90: the noun, an adjunct after a time, restates the act: one event, the verb's, with its doer)
    r = __import__("conftest").event_roles(text)
    assert "هجوم" not in r and r["هاجمت"][1] == "خلايا تنظيم داعش"


def test_noun_after_fi_verb_subject_with_object_between():
    text = "وقصفت إسرائيل يوم الخميس الماضي مواقع الحركة في غارات عنيفة على مدينة غزة."
    assert source_of(text, "غارات") == "إسرائيل"


def test_noun_after_fi_not_from_a_victim_before_the_verb():
    # control: the subject before a verb of killing is its victim, no doer of the attack
    text = "وأعلن متحدث باسم وزارة الدفاع أن متعاقدا أمريكيا مدنيا قتل في الهجوم الصاروخي على مطار أربيل."
    assert source_of(text, "الهجوم") is None


# -- a name in brackets inside the subject of a light verb does not end its clause --------------------------------

def test_light_verb_subject_with_bracketed_name():
    # audit r9 row 10
    text = ("تمكن مقاتلو (جبهة تحرير سورية) من طرد مسلحي “هيئة تحرير الشام”، من مدن وبلدات أريحا ومعرة النعمان، "
            "ومن عدة قرى أخرى في ريف إدلب الجنوبي، بعد مواجهات بين الجانبين اشتعلت منذ أمس الثلاثاء.")
    assert source_of(text, "طرد") == "مقاتلو (جبهة تحرير سورية)"


def test_light_verb_object_with_bracketed_alias():
    text = "ومنذ مطلع العام الجاري شنت جماعة أنصار الله (الحوثيين) أكثر من 55 هجوماً صاروخياً على مأرب."
    assert source_of(text, "هجوماً") == "جماعة أنصار الله"
