"""Events, round 10 (issue 26, audit round 8): the source of an event whose named doer was left null or taken
from the wrong phrase — a light verb with the act as pronoun past a comma or a bracketed doer after it (شنته
مليشيا, شنه (الحوثيون)), a noun with a possessive pronoun and its object after ل (استهدافه لقوة), the ل-genitive
of a withdrawal, a claimer with a quoted name, an announcer past a date, the dual of a head noun (وزارتا), the
subject shared past a subordinator (حيث سيطرت), a weapon's nationality in a relative clause of another verb.
Sentences in the style of the in-domain corpus (never its test articles)."""
from __future__ import annotations

from conftest import event_roles as roles, event_source as source_of


# -- a light verb with the act as pronoun names the doer ------------------------------------------------------

def test_light_verb_pronoun_past_comma():
    # audit r8 row 50
    text = ("قتل وأصيب العشرات بعد ظهر الأربعاء، في هجوم صاروخي مزدوج، شنته مليشيا الإرهاب الحوثية، "
            "الذراع الإيرانية في اليمن، على مطار عدن الدولي.")
    assert source_of(text, "هجوم") == "مليشيا الإرهاب الحوثية"


def test_light_verb_pronoun_bracketed_doer():
    # audit r8 row 48
    text = ("وقبل أيام؛ زعمت “القيادة المركزية الأميركية” إن هجومًا شّنه (الحوثيون) على السفينة (روبيمار): "
            "“تسبب في أضرار جسّيمة لها”.")
    assert source_of(text, "هجومًا") == "الحوثيون"


# -- a possessive pronoun on the act: the ل-phrase after it is the object -------------------------------------

def test_owned_noun_lam_phrase_is_object():
    # audit r8 row 14 (the target was taken as source)
    r = roles("أعلن حزب الله اللبناني، اليوم السبت، استهدافه لقوة عسكرية إسرائيلية أثناء وجودها داخل منزل "
              "في مستوطنة دوفيف بالأسلحة المناسبة.")
    assert r["استهدافه"][1] == "حزب الله اللبناني"
    assert r["استهدافه"][2] == "قوة عسكرية إسرائيلية"


def test_lam_genitive_of_withdrawal_is_doer():
    # audit r8 row 65
    assert source_of('وقال إن "كثافة القصف التركي أدّت إلى انسحاب جماعي لمقاتلي التنظيم".', "انسحاب") == \
        "مقاتلي التنظيم"


# -- the claimer and the announcer of their own act --------------------------------------------------------------

def test_claimer_with_quoted_name():
    # audit r8 row 126
    text = ('من جانبها، أعلنت جماعة "الحوثي" في اليمن، مسؤوليتها عن الهجمات التي استهدفت المنشأتين، '
            'وتوعدت بتوسيع نطاق العمليات في المملكة.')
    assert source_of(text, "الهجمات") == "الحوثي"


def test_announcer_past_a_date():
    # audit r8 row 142
    text = ("وقد بدأت العملية عندما أعلن رئيس الوزراء العراقي حيدر العبادي في يوم 26 أكتوبر، "
            "انطلاق عمليات تحرير قضاء القائم.")
    assert source_of(text, "تحرير") == "حيدر العبادي"


# -- the plain subject ----------------------------------------------------------------------------------------

def test_dual_head_noun_subject():
    # audit r8 row 132: وزارتا is no و + verb
    text = "أرسلت وزارتا الدفاع والداخلية تعزيزات عسكرية منذ الصباح إلى محافظتي اللاذقية وطرطوس."
    assert source_of(text, "أرسلت") in ("وزارتا الدفاع", "وزارتا الدفاع والداخلية")


def test_dual_head_noun_is_no_verb():
    from marsad.extract.events.attach import actor_defect
    text = "أرسلت وزارتا الدفاع والداخلية تعزيزات"
    a = text.index("وزارتا")
    assert actor_defect(text, a, a + len("وزارتا الدفاع")) is None
    assert actor_defect("وزارتا", 0, 6) is None


def test_subject_shared_past_subordinator():
    # audit r8 row 123
    text = ('وقال قائد العمليات إن قوات"مكافحة الإرهاب" مستمرة بالتقدم في المحور الشرقي بالموصل '
            'حيث سيطرت على الحي الصناعي والمنطقة الصناعية.')
    src = source_of(text, "سيطرت")
    assert src is not None and "مكافحة الإرهاب" in src


# -- an adjective is no source: the weapon phrase whole, and not another verb's ------------------------------

def test_weapon_in_relative_clause_of_another_verb():
    # audit r8 row 128
    text = ("وأضافت سانا نقلا عن مصدر عسكري إن الدفاعات الجوية أسقطت معظم الصواريخ التي أطلقتها الطائرات "
            "المقاتلة الإسرائيلية من فوق هضبة الجولان.")
    assert source_of(text, "أسقطت") == "الدفاعات الجوية"


def test_weapon_phrase_from_first_weapon_noun():
    text = "واستهدفت الطائرات المقاتلة الإسرائيلية مواقع في ريف دمشق."
    assert source_of(text, "واستهدفت") == "الطائرات المقاتلة الإسرائيلية"
