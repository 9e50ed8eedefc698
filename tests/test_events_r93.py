"""Events, round 93 (a clause opened by a fronted adverbial — a preposition standing alone with its object or a
time: "وعلى الفور", "وفي اليوم التالي" — then its verb and the verb's subject, VSO):
- the phrase read back from the verb that is the preposition's object, or the adjective of a time word that is
  (الفور, اليوم التالي), ends the adverbial: it tells when or how, never who, and is no subject; the verb's subject
  is read after the verb (actors._fronted_adverbial, roles.tsv ``fronted_preps``). A phrase after the
  preposition's object is the subject fronted and stays (test_events_r59: "في التفاصيل حركة أحرار الشام اقتحمت").
Each test fails without the rule."""
from __future__ import annotations

from conftest import roles_of as _roles


def test_the_guards_after_at_once_fire_at_the_drone():
    # audit r19 row 105 (store doc 209): source طاقم الحراسة, subject of بدأ, left null (الفور read as the subject)
    text = ('وفي التفاصيل، فإن طائرة مسيرة اقتربت من مقر إقامة "الكاظمي" بالمنطقة الخضراء، وعلى الفور بدأ طاقم '
            'الحراسة بإطلاق النار على الطائرة لإسقاطها، لكنها أسقطت ما تحمله من مقذوفات.')
    assert _roles(text, "بإطلاق النار") == ("ASSAULT", "طاقم الحراسة", "الطائرة")


def test_the_next_day_is_no_doer():
    # the round's brief: audit r19 row 105 with its adverbial of time, وفي اليوم التالي (main read التالي, the
    # time's adjective, as the source: a wrong fact)
    text = "وفي اليوم التالي بدأ طاقم الحراسة بإطلاق النار على الطائرة لإسقاطها."
    assert _roles(text, "بإطلاق النار")[1] == "طاقم الحراسة"


def test_a_verb_after_the_next_day_has_its_subject_after_it():
    # the same adverbial before a verb trigger: main read التالي as the source and the planes as the target
    text = "وفي اليوم التالي قصفت الطائرات الإسرائيلية المدينة."
    assert _roles(text, "قصفت") == ("ASSAULT", "الطائرات الإسرائيلية", "المدينة")
