"""Events, round 49 (event targets): (1) a cue (على) past what stands between a verb's subject and it — a time
closed by a comma, an aside opened by a comma and closed by nothing but the cue (a participle tying the subject to
another actor: المدعوم من قبل تركيا), an adverbial of manner with its partner after مع (بالتعاون مع X) — still
names the target (سيطرت فجر اليوم، على بلدتي دانا; سيطرت قوات عسكرية تركية بالتعاون مع الجيش السوري الحر على 4 قرى).
Sentences of the training split and of the store; each test of a rule fails without it."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) the cue past a time, an aside or an adverbial after the subject -------------------------------------------

def test_the_cue_past_a_time_closed_by_a_comma_names_the_target():
    # store doc 302 (audit r16 row 118): target None, the seized بلدتي دانا put as place
    text = ("وقال المسؤول السياسي لـ\"لواء المعتصم\" المشارك بالعملية، مصطفى سيجري، لـ\"العربي الجديد\" إنّ \"فصائل "
            "الجيش الحر سيطرت فجر اليوم، على بلدتي دانا وبرانا غربي مدينة الباب.")
    _typ, source, target = _roles(text, "سيطرت")
    assert source == "فصائل الجيش الحر" and target is not None and target.startswith("بلدتي دانا")


def test_the_cue_past_the_subject_and_a_time_names_the_target():
    # store doc 410 (audit r16 row 132): target None, the seized قرى missed
    text = ("سيطرت هيئة \"تحرير الشام\" الثلاثاء، على قرى جنوبي محافظة إدلب شمالي سوريا بعد مواجهات مع مقاتلين من "
            "فصائل \"الجبهة الوطنية للتحرير\".")
    _typ, source, target = _roles(text, "سيطرت")
    assert (source, target) == ("تحرير الشام", "قرى")


def test_the_cue_past_an_open_aside_names_the_target():
    # store doc 481 (audit r16 row 140): target None, the seized مدينة الباب missed
    text = ("سيطر \"الجيش الحر\" , المدعوم من قبل تركيا على مدينة الباب شرقي حلب بعد معارك عنيفة مع تنظيم \"داعش\" "
            "استمرت أسابيع.")
    _typ, source, target = _roles(text, "سيطر")
    assert (source, target) == ("الجيش الحر", "مدينة الباب")


def test_the_cue_past_an_adverbial_with_its_partner_names_the_target():
    # training split (im-babe4955dc): gold target 4 قرى, predicted None
    text = ("سيطرت قوات عسكرية تركية بالتعاون مع الجيش السوري الحر على 4 قرى في محيط مدينة \"تل أبيض\" السورية "
            "(شمال شرق) في إطار عملية \"نبع السلام\" العسكرية.")
    _typ, source, target = _roles(text, "سيطرت")
    assert (source, target) == ("قوات عسكرية تركية", "4 قرى")
