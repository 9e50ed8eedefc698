"""Events, round 73 (the doer of a conjoined verbal noun with a pronoun): a stem with a possessive pronoun joined by
و to a noun whose genitive names an actor ("انسحاب واشنطن … وفرضها عقوبات", "جرائم مليشيا الحوثي … وقصفها
المناطق"), with the act's object after it, is a verbal noun in that coordination (not a verb with an object
pronoun), and its pronoun stands for that genitive, not for the nearest actor before it. Audit rows and store
sentences; each test fails without the rule."""
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
