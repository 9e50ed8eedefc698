"""Events, round 36 (a doer named in the sentence but left null or wrong, audit round 14): a verbal noun whose
genitive doer is two parties joined by و ("باستعادة الجيش اليمني واللجان الشعبية السيطرة على مطار عدن") has
both as its doer, and its object after them (round 35 stopped at the و and took the doers as the target). A
verbal noun whose genitive, right after it, is an actor (with a second one joined by و) followed by على names
its own doer: the party announcing it is not the doer ("أعلنت وزارة الدفاع اليمنية عن سيطرة الجيش واللجان
الشعبية على موقعين"). Sentences of the training split and store articles outside the dev and test splits; each
test of a rule fails without it."""
from __future__ import annotations

from conftest import event_roles as roles
from conftest import roles_of as _roles


# -- two doers joined by و as the genitive, the object after them ------------------------------------------

def test_control_regained_by_two_joined_doers():
    # store article (im-c26b36927b, almayadeen): the army and the popular committees retook the airport
    text = ("أفاد مراسل الميادين باستعادة الجيش اليمني واللجان الشعبية السيطرة على مطار عدن الدولي برغم الضربات "
            "المكثفة لطائرات التحالف السعودي التي شنت غارات عنيفة على مناطق شمال عدن وحي التواهي.")
    _typ, source, target = _roles(text, "باستعادة")
    assert source == "الجيش اليمني واللجان الشعبية"
    assert target == "مطار عدن الدولي"


def test_things_joined_after_the_verbal_noun_are_no_doers():
    # training split (Riyadh agreement): security and stability are what is restored, not who restores them
    text = ("كما ينص على أن يلتزم الطرفان بإيقاف الحملات الإعلامية المسيئة بكافة أنواعها بين الأطراف وتوحيد "
            "الجهود تحت قيادة تحالف دعم الشرعية لاستعادة الأمن والاستقرار في اليمن، ومواجهة التنظيمات الإرهابية.")
    for trig, (_typ, source, _target) in roles(text).items():
        assert not (source or "").startswith("الأمن"), (trig, source)


# -- a genitive doer before على: the announcer is not the doer ------------------------------------------------

def test_control_announced_by_a_ministry_is_the_army_s():
    # store article (im-c26b36927b): the ministry announces, the army and the committees took the positions
    text = ("من جهتها أعلنت وزارة الدفاع اليمنية عن سيطرة الجيش واللجان الشعبية على موقعين في مأرب شمال شرق "
            "البلاد.")
    _typ, source, target = _roles(text, "سيطرة")
    assert source == "الجيش واللجان الشعبية"
    assert target == "موقعين"


def test_an_announcer_keeps_its_own_attack():
    # store article (im-5fa20f24c9): no actor after the attack, the group that announces it did it
    text = ('وبعد ساعات من إعلان الحوثيين استهداف منشآت شركة "أرامكو"، أعلنت الجماعة شن هجوم ثان بطائرات '
            "مسيرة على قاعدة الملك خالد الجوية جنوبي السعودية.")
    _typ, source, target = _roles(text, "هجوم")
    assert source == "الجماعة"
    assert target == "قاعدة الملك خالد الجوية"
