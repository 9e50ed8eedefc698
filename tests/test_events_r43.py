"""Events, round 43 (event sources left null although the doer is named): (1) the subject of a relative clause on
the genitive of a verbal noun in construct (انطلاق انظمة الدفاع الجوي التي اسقطت) is that genitive.
Sentences of the training split and of the audit rows; each test of a rule fails without it."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) a relative clause on the genitive of a verbal noun --------------------------------------------------------

def test_the_air_defences_after_a_verbal_noun_are_the_subject_of_the_relative_verb():
    # training split (im-53075cd51c): gold source انظمة الدفاع الجوي; the source was null
    text = ("استهدف هجوم صاروخي اسرائيلي مطار العاصمة السورية ليلة السبت، ما ادى الى انطلاق انظمة الدفاع الجوي "
            "التي اسقطت عدة صواريخ، بحسب وكالة الانباء السورية الرسمية “سانا”.")
    _typ, source, target = _roles(text, "اسقطت")
    assert (source, target) == ("انظمة الدفاع الجوي", "عدة صواريخ")
