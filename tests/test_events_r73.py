"""Events, round 73 (the doer of a conjoined verbal noun with a pronoun): a stem with a possessive pronoun joined by
و to a noun whose genitive names an actor ("انسحاب واشنطن … وفرضها عقوبات", "جرائم مليشيا الحوثي … وقصفها
المناطق"), with the act's object after it, is a verbal noun in that coordination (not a verb with an object
pronoun), and its pronoun stands for that genitive, not for the nearest actor before it; a trigger read as a noun
already (وسيطرته) takes that genitive too, with no object needed. Audit rows and store sentences; each test fails
without the rule."""
from __future__ import annotations

from conftest import roles_of as _roles


def test_conjoined_verbal_noun_takes_the_first_nouns_genitive_as_doer():
    # audit_events_r17.tsv row 107 (store doc 54): source واشنطن (the genitive of انسحاب) left null; the
    # nearest actor before وفرضها is طهران, which the pronoun does not stand for
    text = ("وتصاعد التوتر بين إيران والولايات المتحدة منذ انسحاب واشنطن من الاتفاق النووي مع طهران العام الماضي، "
            "وفرضها عقوبات مشددة عليها.")
    typ, source, _target = _roles(text, "وفرضها عقوبات")
    assert (typ, source) == ("SANCTION", "واشنطن")


def test_conjoined_verbal_noun_after_a_noun_and_its_actor_genitive():
    # store doc 277: وقصفها read as a verb with an object pronoun, source null; the shelling is the militia's
    text = ("وأثارت تصريحات وزير الإعلام اللبناني جورج قرداحي، المعادية لدول التحالف العربي، ودفاعه عن جرائم مليشيا "
            "الحوثي الإرهابية وقصفها المناطق المدنية في المملكة حالة غضب عربية واسعة.")
    typ, source, target = _roles(text, "وقصفها")
    assert (typ, source, target) == ("ASSAULT", "مليشيا الحوثي الإرهابية", "المناطق المدنية")


# -- a verbal noun already read as a noun (no verb form: سيطرته): no object needed, the pronoun is its doer -------

def test_conjoined_noun_of_control_takes_the_genitive_of_the_noun_before():
    # store doc 1: the source was الجيش العراقي (the first actor of the sentence); the control is the
    # organisation's, the genitive of ظهور
    text = ("وبدأت القوات بالانتشار في القواعد التي أخلاها الجيش العراقي في كركوك بعد ظهور تنظيم داعش الإرهابي عام "
            "2014 وسيطرته على المدينة لمدة 3 سنوات.")
    _typ, source, _target = _roles(text, "وسيطرته")
    assert source == "تنظيم داعش الإرهابي"


def test_conjoined_noun_of_control_past_places_and_a_time():
    # store doc 265: the source was وحدات الجيش السوري الحر (who report it); the forces, the genitive of نجاح,
    # took the headquarters (مدينة عفرين is a place and its name, no conjunct)
    text = ('أفادت وحدات الجيش السوري الحر ، بنجاح قوات عملية "غصن الزيتون" في الدخول إلى مركز ومدينة عفرين ، '
            "اليوم الأحد 18 مارس ، وسيطرتها على عدد من المقرات الرئيسية.")
    _typ, source, _target = _roles(text, "وسيطرتها")
    assert source == 'قوات عملية "غصن الزيتون"'
