"""Events, round 55 (parties of two-sided acts): (1) the second party after بين ends at a name: a name takes no
genitive, so an indefinite noun after it (حيز التنفيذ) opens the next phrase; (2) the first party after بين may
carry where it sits (في درعا البلد) before the و that pairs with بين, when an actor stands on each side of it.
Sentences of the training split and the audit rows; each test of a rule fails without it."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) بين X وY: the second party, a name, ends at the name -------------------------------------------------------

def test_the_second_party_after_bayna_ends_at_a_name():
    # training im-7e4f6d238a (and im-dca0bb4f26): target gold لبنان, read as لبنان حيز التنفيذ
    text = ("دخل اتفاق وقف إطلاق النار بين إسرائيل ولبنان حيز التنفيذ في الساعة الرابعة من صباح اليوم الأربعاء، "
            "27 نوفمبر 2024، بعد إعلان الرئيس الأمريكي جو بايدن.")
    _typ, source, target = _roles(text, "وقف إطلاق النار")
    assert (source, target) == ("إسرائيل", "لبنان")


def test_a_list_of_names_after_bayna_is_not_cut():
    # store doc 310: a list of four names goes on after the second (no party cut at روسيا)
    text = ("أجريت أمس واليوم محادثات أستانا بين نواب وزراء خارجية تركيا وروسيا وإيران وسوريا بهدف تطبيع العلاقات "
            "بين أنقرة ودمشق وحل الأزمة السورية.")
    _typ, _source, target = _roles(text, "محادثات")
    assert target != "روسيا"


# -- (2) بين X في مكان وY: the first party with its place -------------------------------------------------------------

def test_the_first_party_after_bayna_may_carry_its_place():
    # store doc 260 (the in-domain store's brief: parties of a meeting left null)
    text = ("وعقد اجتماع شرق درعا بين لجنة التفاوض في درعا البلد واللجنة المركزية في درعا و\"اللواء الثامن\" "
            "الذي يقوده أحمد العودة.")
    _typ, source, target = _roles(text, "اجتماع")
    assert (source, target) == ("لجنة التفاوض", "اللجنة المركزية")


def test_places_joined_after_the_first_party_are_no_second_party():
    text = "واندلعت اشتباكات بين قوات النظام في حلب وإدلب."
    _typ, _source, target = _roles(text, "اشتباكات")
    assert target != "إدلب"
