"""Events, round 108 (a doer named in the sentence left empty, audit r20's null sources): the subject of a light verb
before it reaches the act when the future particle سوف stands between them (roles.tsv ``aux``: a word before a verb
that is no subject, as لن and قد), and a hollow light verb of the derived forms IV and X is known by its imperfect,
which writes ي (أعاد: يعيد, تعيد, ستعيد; استطاع: يستطيع) — not the first person أعيد, the impersonal passive "it was
re-done" (actors._light_forms); past an auxiliary, a preposition's object before a light verb is no subject (من العراق
الى تركيا سوف يستمر). A deal or talks (AGREE, CONSULT) with the other party after مع and no party of its own, in the
that-clause of a party's verb of saying, is the sayer's (actors._deal_teller: the announcer of its own act, not an
observer or a medium). Sentences of the in-domain store (audit r20's rows 61 and 48, store doc 433); each test fails
without the rule (the last, the guard on سوف, fails with سوف skipped and no guard)."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- the subject of a light verb after سوف, in its imperfect --------------------------------------------------------

def test_the_subject_of_sawfa_tuid_reimposes_the_sanctions():
    # audit r20 row 61 (store doc 37): the US reimposes sanctions, its source was left null
    text = ('وأضاف أن الولايات المتحدة سوف تعيد فرض جميع العقوبات التي تنازلت عنها بموجب اتفاق عام 2015، واصفا '
            'إياها بأنها "اتفاق معيب ومتحيز ما كان يجب إبرامه مطلقاً".')
    typ, source, _target = _roles(text, "فرض")
    assert (typ, source) == ("SANCTION", "الولايات المتحدة")


# -- a deal with the other party after مع, told by a party: the teller's own ---------------------------------------

def test_the_announcer_of_a_deal_with_the_great_powers_is_its_party():
    # audit r20 row 48 (store doc 118): Iran's president announces Iran's agreement with the great powers
    text = ('وأعلن رئيس إيران حسن روحاني أن هذا الاتفاق النووي الذي تم في فيينا مع الدول الكبري هو علامة وبشرى '
            'لفتح علاقات وآفاق جديدة بعد حل هذه الأزمة مع الدول الكبرى.')
    typ, source, target = _roles(text, "الاتفاق")
    assert (typ, source, target) == ("AGREE", "حسن روحاني", "الدول الكبري")


def test_a_place_after_a_preposition_before_sawfa_is_no_subject():
    # store doc 433: "من العراق الى تركيا سوف يستمر" — تركيا is no subject past the future particle (no AGREE for it)
    text = ('موضحاً ان "تصدير النفط عبر ميناء جيهان من العراق الى تركيا سوف يستمر، لكن يكون بعلم وموافقة الحكومة '
            'الاتحادية وبإشراف من قبلها وليس للإقليم علاقة بهذه القضية بعد الان".')
    from conftest import event_roles
    assert all(src != "تركيا" for _typ, src, _tgt in event_roles(text).values())
