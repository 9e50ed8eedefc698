"""Events, round 69 (a wrong phrase taken as the source): (1) بدوره / بدورها ("in its turn") opening a clause
before its verb is no subject and no topic of the verb: the subject follows the verb (VSO), what follows that
subject is its object (function_words.txt) — the doer had been put as the target; (2) a round of strikes or a
step taken (الجولة, الخطوة: non_agents.txt) never acts, and a definite act noun (non_agents.txt) with its
adjectives right after a verb is its subject, no doer: the phrase after it is the verb's object; (3) the
surroundings of a place (محيط) are a site, what is struck, never a doer (site_heads.txt). Sentences of the 518-article store (audit round 17 rows); each test
fails without its rule."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) بدوره opens the clause; the subject is after the verb ---------------------------------------------------

def test_in_his_turn_the_threatener_is_the_subject():
    # audit r17 row 140 (store doc 66): the threatener الرئيس الأمريكي was the target, the source null
    text = ("بدوره، توعد الرئيس الأمريكي، الأربعاء، الحوثيين في اليمن، زاعماً سيجري \"القضاء عليهم تماماً\"، "
            "وكتب ترمب على منصته تروث سوشال أن \"أضراراً كبيرة لحقت بالحوثيين\".")
    _typ, source, target = _roles(text, "توعد")
    assert source == "الرئيس الأمريكي" and target == "الحوثيين"


def test_in_its_turn_the_warner_is_the_subject():
    # store doc 476: the warner مجلس عشائر الأنبار was the target, the source null
    text = "بدوره، حذّر مجلس عشائر الأنبار من (إقدام مليشيا الحشد على ضرب الفلوجة ومحاولة إحراقها)."
    _typ, source, target = _roles(text, "حذّر")
    assert source == "مجلس عشائر الأنبار" and target != "مجلس عشائر الأنبار"


# -- (2) a round of strikes is no doer ---------------------------------------------------------------------------

def test_the_third_round_of_strikes_is_no_doer():
    # audit r17 row 41 (store doc 50): source was 'الجولة', the round of strikes itself
    text = ("واستهدفت الجولة الثانية مدرجات مطار دمشق الدولي ما أدّى إلى خروجه عن الخدمة، في حين استهدفت الجولة "
            "الثالثة هدفاً جنوبي دمشق، لم تتمكن الشبكة من تحديده حتى الآن.")
    r = _roles(text, "استهدفت")
    assert r[1] is None


def test_what_follows_a_round_of_strikes_is_its_object():
    # audit r17 row 41's article (store doc 50): source was 'الجولة الثانية'; the runways it hit stay the target
    text = ("واستهدفت الجولة الثانية مدرجات مطار دمشق الدولي ما أدّى إلى خروجه عن الخدمة، بعد ساعات من إقلاع وهبوط "
            "رحلات تجريبية في المطار للتأكد من سلامته.")
    _typ, source, target = _roles(text, "واستهدفت")
    assert source is None and target == "مدرجات مطار دمشق الدولي"


# -- (3) the surroundings of a place are struck -----------------------------------------------------------------

def test_the_surroundings_of_the_airport_are_struck():
    # audit r17 row 67 (store doc 96): source was 'محيط مطارها الدولي', what the rockets hit
    text = ("وقال مصدر أمني كردي، إن 8 صواريخ سقطت على مدينة أربيل العراقية، استهدفت محيط مطارها الدولي وأحياء "
            "سكنية، مما أدى إلى توقف حركة الملاحة في المطار.")
    _typ, source, target = _roles(text, "استهدفت")
    assert source is None and target is not None and target.startswith("محيط مطارها الدولي")
