"""Events, round 65 (detection of COERCE and ASSAULT): trigger rows for acts whose words the lexicon lacked, each read
in SaudiNewsNet and the unannotated in-domain corpus before it went in (scripts/learn_triggers.py --contexts):
an invasion told by اجتياح (COERCE: taking territory), pounding told by دكت (ASSAULT). Sentences of the training
split; each test fails without its row."""
from __future__ import annotations

from conftest import roles_of


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
