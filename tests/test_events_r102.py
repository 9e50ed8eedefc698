"""Events, round 102 (events found but not counted as reported): a trigger the detector finds is an event only when
something reports it (detect._apply_evidence); the training split's 47 gold events lost that way were read as
mentions. Three general cases are made reports: the present tense of a stance (roles.tsv present_stance: ACCUSE,
REJECT — "الحكومة اليمنية ترفض", "التي تتهم فيها عناصر محلية": accusing or rejecting in the present is the stance
taken, as a past verb is; threats, demands and backing stay as they were); surviving an act (evidence.tsv carry نجا:
its complement من + the event noun, after a subject which a quoted name no longer cuts, the carry test now passing
quotation marks); and the event noun right after وسط "amid" (evidence.tsv amid: what goes on around a reported
act is under way). Sentences of the training split (its missed gold); each test fails without the rule."""
from __future__ import annotations

from conftest import event_roles


def _reported(text: str) -> dict[str, tuple]:
    return event_roles(text, reported=True)


# -- the present tense of a stance ------------------------------------------------------------------------------------

def test_a_government_that_rejects_in_the_present_rejects():
    # training split (missed gold REJECT ترفض, source الحكومة اليمنية)
    text = ("وأكد “الحضرمي”؛ أن الحكومة اليمنية ترفض استمرار تقديم الدعم الاماراتي المالي والعسكري لقوات المجلس "
            "الانتقالي الخارجة عن القانون والدولة في اليمن، وتجدد المطالبة بإيقافه بشكل فوري وكامل.")
    ev = _reported(text)
    assert ev.get("ترفض", (None,))[0] == "REJECT", ev


def test_groups_that_refuse_to_leave_reject():
    # training split (missed gold REJECT ترفض, source مجموعات)
    text = "واضافت ان هناك خلافات كبيرة في دوما بين المسلحين انفسهم، بسبب ان هناك مجموعات ترفض الخروج واخرى تصر عليه."
    ev = _reported(text)
    assert ev.get("ترفض", (None,))[0] == "REJECT", ev


def test_a_present_accusation_in_a_relative_clause_is_an_accusation():
    # training split (missed gold ACCUSE تتهم, target عناصر محلية وأخرى أجنبية)
    text = ("وبحسب صحيفة “النهار” الكويتية، فإن السلطات الكويتية أمهلت الدبلوماسيين الإيرانيين، الذين لم تعرف "
            "أسمائهم بعد، 45 يوماً لمغادرة البلاد، مؤكدة أن هذه الإجراءات تأتي على خلفية قضية “خلية العبدلي "
            "الإرهابية”، والتي تتهم فيها عناصر محلية وأخرى أجنبية، بينها إيرانية.")
    ev = _reported(text)
    assert ev.get("تتهم", (None,))[0] == "ACCUSE", ev


# -- surviving an act -------------------------------------------------------------------------------------------------

def test_a_commander_who_survived_an_attack_reports_the_attack():
    # training split (missed gold ASSAULT هجوم, target قيادي في "قسد": the quoted name does not cut the clause)
    text = 'ومنذ أسبوع، نجا قيادي في "قسد" من هجوم بالرشاشات الثقيلة، على بلدة الشحيل بريف دير الزور الشرقي.'
    ev = _reported(text)
    assert ev.get("هجوم", (None,))[0] == "ASSAULT", ev


def test_surviving_an_assassination_attempt_reports_it():
    # training split (missed gold ASSAULT محاولة اغتيال)
    text = "وقبل يومين نجا قيادي في “قسد” من محاولة اغتيال بالأسلحة الرشاشة في بلدة الشحيل بريف دير الزور الشرقي."
    ev = _reported(text)
    assert any(t in ev and ev[t][0] == "ASSAULT" for t in ("محاولة اغتيال", "اغتيال")), ev


# -- amid -------------------------------------------------------------------------------------------------------------

def test_an_alert_amid_which_a_rocket_was_downed_is_under_way():
    # training split (missed gold MOBILIZE استنفار, source القوات الأميركية)
    text = ("من جانبه، قال المرصد السوري لحقوق الإنسان، إن الدفاعات الجوية في القاعدة الأميركية بمعمل كونيكو بريف "
            "دير الزور، أسقطت صاروخا انطلق من مناطق المليشيات الموالية لإيران، في أجواء القاعدة، وسط استنفار "
            "للقوات الأميركية.")
    ev = _reported(text)
    assert ev.get("استنفار", (None,))[0] == "MOBILIZE", ev


def test_a_security_alert_amid_a_closed_airport_is_under_way():
    # training split (missed gold MOBILIZE استنفار أمني)
    text = ("وأوضح المصدر الذي رفض الكشف عن هويته أنه تم منع هبوط وإقلاع الطائرات في مطار بغداد وسط استنفار أمني "
            "داخل المطار.")
    ev = _reported(text)
    assert any(t.startswith("استنفار") and v[0] == "MOBILIZE" for t, v in ev.items()), ev
