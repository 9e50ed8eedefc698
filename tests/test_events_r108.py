"""Events, round 108 (a doer named in the sentence left empty, audit r20's null sources): the subject of a light verb
before it reaches the act when the future particle سوف stands between them (roles.tsv ``aux``: a word before a verb
that is no subject, as لن and قد), and a hollow light verb of the derived forms IV and X is known by its imperfect,
which writes ي (أعاد: يعيد, تعيد, ستعيد; استطاع: يستطيع) — not the first person أعيد, the impersonal passive "it was
re-done" (actors._light_forms). Sentences of the in-domain store (audit r20's rows); each test fails without the
rule."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- the subject of a light verb after سوف, in its imperfect --------------------------------------------------------

def test_the_subject_of_sawfa_tuid_reimposes_the_sanctions():
    # audit r20 row 61 (store doc 37): the US reimposes sanctions, its source was left null
    text = ('وأضاف أن الولايات المتحدة سوف تعيد فرض جميع العقوبات التي تنازلت عنها بموجب اتفاق عام 2015، واصفا '
            'إياها بأنها "اتفاق معيب ومتحيز ما كان يجب إبرامه مطلقاً".')
    typ, source, _target = _roles(text, "فرض")
    assert (typ, source) == ("SANCTION", "الولايات المتحدة")
