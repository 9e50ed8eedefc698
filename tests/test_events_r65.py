"""Events, round 65 (detection of COERCE and ASSAULT): trigger rows for acts whose words the lexicon lacked, each read
in SaudiNewsNet and the unannotated in-domain corpus before it went in (scripts/learn_triggers.py --contexts):
an invasion told by اجتياح (COERCE: taking territory), pounding told by دكت (ASSAULT); and the imperfect of a
hollow Form X verb, which takes ي for its long ا (استعاد → تستعيد: lexicon.py generated تستعاد, so a headline's
present tense went unread). Sentences of the training split; each test fails without its row or rule."""
from __future__ import annotations

from conftest import roles_of


def test_a_hollow_form_x_verb_in_the_imperfect():
    # training im-a694896e52 (the headline): gold COERCE تستعيد, source القوات المشتركة, target مطار الحديدة
    text = "القوات المشتركة تستعيد مطار الحديدة\n\nقال الجيش اليمني المدعوم من التحالف العربي إن قواته دخلت المطار."
    assert roles_of(text, "تستعيد") == ("COERCE", "القوات المشتركة", "مطار الحديدة")


def test_the_lexicon_writes_the_imperfect_of_a_hollow_form_x_verb_with_ya():
    from marsad.extract.events import lexicon as L

    forms = L._verb_forms("استعاد")
    assert "يستعيد" in forms and "تستعيدون" in forms and "يستعاد" not in forms
    assert "يغير" not in L._verb_forms("اغار")  # (Form IV is left alone: يغير is "changes")


def test_an_invasion_is_a_taking():
    # training im-0b8dbdb972: gold COERCE اجتياح, source الحوثيين, target (the city)
    text = ("هبطت، اليوم الأربعاء، طائرة عسكرية سعودية بمطار عدن، لتعلن بذلك إعادة افتتاح المطار الذي أغلق منذ أربعة "
            "أشهر بعد اجتياح الحوثيين للمدينة، في وقت تتواصل المعارك بعدة جبهات.")
    assert roles_of(text, "اجتياح")[0] == "COERCE"


def test_pounding_is_an_attack():
    # training im-50bf233cf5: gold ASSAULT دكت, source مقاتلات التحالف العربي, target تحصينات المتمردين
    text = "ودكت مقاتلات التحالف العربي تحصينات المتمردين في حرم المطار والمناطق المحيطة به."
    typ, source, target = roles_of(text, "ودكت")
    assert typ == "ASSAULT"
    assert source == "مقاتلات التحالف العربي"
