"""Events, round 39 (a doer named after ل on an event noun, audit round 14): (1) an event noun standing as the
subject of a verb of its type, with indefinite adjectives and a ل-genitive between them ("هجمات واسعة لداعش
التكفيري استهدفت"), has the ل-genitive as its doer, not the adjective with it; the verb's object stays the target; (2) the light verb of an event noun is looked for past
asides set off by commas that describe its subject (opening with a glued preposition, بقيادة, or a definite
adjective, الداعمة): "وتشن قوات التحالف العربي، بقيادة السعودية، الداعمة للحكومة …، غارات"; (3) a verb after a comma that tells
again the act an event noun before it names is done by the noun's doer also past the noun's adjective and its
ل-genitive, written apart or not ("مجزرة جديدة لـ«التحالف» السعودي ـــ الإماراتي، استُهدفت … حافلةٌ"), and a
passive verb keeps that doer as its source (its own subject after it suffered the act).
Sentences of the training split and of the audit rows; each test of a rule fails without it."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) an event noun with its adjective and ل-genitive as the subject of a verb --------------------------------

def test_lam_genitive_past_an_adjective_is_the_doer_of_the_noun_subject():
    # audit r14 row 6 (doc 205): the wide attacks of ISIS that targeted the west of Anbar; the adjective واسعة was
    # taken with the doer
    text = ("وشهدت الأيام القليلة الماضية التي أعقبت الإعلان عن تحرير مركز مدينة الرمادي، (110 كم غربي بغداد)، "
            "هجمات واسعة لداعش التكفيري استهدفت مناطق غرب الانبار وهجمات انتحارية استهدفت معسكر سبايكر، شمالي "
            "تكريت.")
    typ, source, target = _roles(text, "هجمات")
    assert typ == "ASSAULT"
    assert source == "داعش التكفيري"
    assert target == "مناطق غرب الانبار"


# -- (2) a light verb with asides on its subject between it and its object noun ---------------------------------

def test_light_verb_subject_past_asides_on_it_does_the_raids():
    # audit r14 (doc 389): the coalition forces, led by Saudi Arabia and backing the government, carry out raids
    text = ("وتشن قوات التحالف العربي، بقيادة السعودية، الداعمة للحكومة المعترف بها دولياً، غارات على مواقع "
            "تابعة للحوثيين لاسيما في صنعاء باليمن منذ عام 2015.")
    typ, source, target = _roles(text, "غارات")
    assert typ == "ASSAULT"
    assert source == "قوات التحالف العربي"
    assert target == "مواقع تابعة للحوثيين"


def test_clause_after_a_lone_preposition_is_no_aside():
    # (a guard of rule 2, from a first draft of it) store article 124: "في حين شيع المتظاهرون" opens a clause, not an aside on a subject; the curfew the
    # mourners defied has no doer named before it
    text = ("وتقرر إعلان حالة الحداد العام لمدة ثلاثة أيام على ضحايا الناصرية بدءاً من الجمعة، في حين شيع "
            "المتظاهرون جثامين الضحايا، متحدين حظر التجوال الذي فرضته السلطات، ورجال الأمن الذين انتشروا في "
            "الشوارع.")
    _typ, source, _target = _roles(text, "حظر التجوال")
    assert source is None or "إعلان" not in source


# -- (3) a passive verb telling again the act of the noun before it -------------------------------------------------

def test_passive_verb_after_an_atrocity_noun_shares_its_lam_doer():
    # audit r14 (doc 417): a new massacre of the Saudi-Emirati coalition: a bus carrying children was targeted
    text = ("مجزرة جديدة لـ«التحالف» السعودي ـــ الإماراتي، استُهدفت، صباح اليوم، حافلةٌ كانت تقلّ أطفالاً في مدينة "
            "ضحيان في محافظة صعدة (شمال اليمن)، ما أدّى إلى استشهاد وجرح العشرات.")
    typ, source, target = _roles(text, "استُهدفت")
    assert typ == "ASSAULT"
    assert source == "التحالف"
    assert target == "حافلةٌ"
