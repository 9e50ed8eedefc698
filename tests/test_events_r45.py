"""Events, round 45 (event targets): (1) the act a verb of condemning or welcoming takes as its object, bare or after
its ب (أدانت الرئاسة هجوما, نددت الدول بالهجوم, رحب ماكرون بالاتفاق), is the target (roles.tsv act_objects); (2) a one-letter cue ل / ب glued to a name the entities component
found (لإيران, لفلسطين) introduces it as it does a noun with the article, and ل names the one a warning is given to
(وجه تحذيرا لإيران; roles.tsv THREATEN target_after).
Sentences of the training split and of the store; each test of a rule fails without it."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) the condemned or welcomed act ------------------------------------------------------------------------------

def test_the_condemned_attack_bare_after_the_subject():
    # training split (im-1fec3be37d): gold target هجوما, predicted none
    text = "أدانت رئاسة الجمهورية العراقية هجوما استهدف أمس معسكر التاجي شمالي بغداد، بثمانية عشر صاروخا نوع كاتيوشا."
    _typ, source, target = _roles(text, "أدانت")
    assert (source, target) == ("رئاسة الجمهورية العراقية", "هجوما")


def test_the_condemned_shelling_not_the_city_it_fell_on():
    # training split (im-3d27a33e9b): gold target القصف الصاروخي, predicted مدينة أربيل
    text = "يأتي هذا فيما أدانت الخارجية العراقية القصف الصاروخي على مدينة أربيل، معتبرة الأمر انتهاكا صارخا للسيادة العراقية."
    _typ, source, target = _roles(text, "أدانت")
    assert (source, target) == ("الخارجية العراقية", "القصف الصاروخي")


def test_the_condemned_attack_after_ba():
    # training split (im-c0babd4baa): gold target الهجوم, predicted none
    text = ("وأعلن التحالف الدولي، االيوم لثلاثاء، أن هجوم أربيل تم بواسطة 14 صاروخاً وتسبب بمقتل مدني وإصابة 9 "
            "آخرين، ونددت العديد من الدول والمنظمات بالهجوم.")
    _typ, _source, target = _roles(text, "ونددت")
    assert target == "الهجوم"


def test_the_welcomed_agreement_after_ba():
    # training split (im-7e4f6d238a): gold target الاتفاق, predicted none
    text = "الرئيس الفرنسي إيمانويل ماكرون رحب بالاتفاق عبر منصة إكس للتواصل الاجتماعي، واصفاً إياه بأنه تتويج للجهود."
    _typ, source, target = _roles(text, "رحب")
    assert (source, target) == ("إيمانويل ماكرون", "الاتفاق")


def test_an_accusation_keeps_the_accused_not_the_charge():
    # training split (im-31f1e96405 shape): after اتهم the ب-phrase is the charge, the accused the object
    text = "واتهمت واشنطن حينها إيران بتدبير الهجوم ردّاً على الغارات الإسرائيلية على سوريا."
    _typ, _source, target = _roles(text, "واتهمت")
    assert target is not None and "إيران" in target and "الهجوم" not in target


# -- (2) a name glued to its ل / ب after a cue letter; a warning's addressee after ل ---------------------------------

def test_the_warned_after_la_glued_to_a_name():
    # training split (im-bf8e91ea55): gold target إيران, predicted none
    text = "كما وجه تحذيرًا لإيران داعيًا إياها لوقف دعم الحوثيين وعدم تهديد الشعب الأمريكي أو ممرات الشحن العالمية."
    _typ, _source, target = _roles(text, "تحذيرًا")
    assert target == "إيران"


def test_the_supported_after_la_glued_to_a_name():
    # store doc 351: SUPPORT المساندة with no target (not emitted)
    text = ("صرح القيادي الحوثي محمد البخيتي بأن العدوان الأميركي البريطاني لن يثني الجماعة عن مواصلة عملياتها "
            "العسكرية المساندة لفلسطين.")
    _typ, _source, target = _roles(text, "المساندة")
    assert target == "فلسطين"
