"""Events, round 58 (null targets where the sentence names the one attacked): (1) the subject of the experiencer verb
تعرض standing before it is the target of the act after it: the antecedent of a relative right before the verb
(السفينة "روبيمار" التي تعرضت لهجوم, لقطاع غزة، الذي يتعرض لهجمات: its first word that agrees with the relative),
or the phrase that opens the verb's clause (أن سفينة شحن بريطانية قد تكون تعرضت لقصف; past a place or a time set off
by commas, with the place after في that belongs to it); (2) the subject of شهد whose object is an attack is its target
(وكان شهد مطار عدن الدولى اليوم، انفجارات), the audit's convention, when the act stands right after it (past times,
asides and its place after في) and is no clash (mutual_acts); (3) a verb with its agent after من قبل (من جانب, على يد) right after it is passive: the
subject before it is the target (مقرات الحزب … في كويسنجق استهدفت من قبل إيران). Sentences of the training split, the audit rows and the
store; each test of a rule fails without it."""
from __future__ import annotations

from conftest import event_roles, roles_of as _roles


# -- (1) X تعرض لـ<act> / X الذي تعرض لـ<act>: the subject before the experiencer verb ---------------------------------

def test_the_subject_before_taarrada_past_asides_is_the_target():
    # training split: gold target القاعدة الأمريكية في حقل غاز كونيكو (null before); audit r15 27 / r14 93 the rule
    text = ("أفاد مراسل “راديو وتلفزيون الكل” بأن القاعدة الأمريكية في حقل غاز كونيكو شرقي دير الزور، شمال شرقي "
            "سوريا، تعرضت مساء أمس الخميس، لهجوم صاروخي مصدره الميليشيات الإيرانية المتواجدة في المنطقة.")
    _typ, _source, target = _roles(text, "لهجوم")
    assert target is not None and target.startswith("القاعدة الأمريكية في حقل غاز")


def test_the_antecedent_of_the_relative_before_taarrada_is_the_target():
    # training split: gold target قطاع غزة (null before)
    text = ("يؤكد الحوثيون أن هجماتهم تأتي كدعم لقطاع غزة، الذي يتعرض لهجمات إسرائيلية عنيفة منذ السابع من "
            "أكتوبر.")
    _typ, _source, target = _roles(text, "لهجمات")
    assert target == "قطاع غزة"


def test_the_antecedent_agrees_with_the_relative():
    # store doc 281: السفينة (feminine, as التي), not the verbal noun إنقاذ and its genitive before it
    text = ("أعلنت هيئة ميناء جيبوتي، الإثنين، إنقاذ طاقم السفينة \"روبيمار\" التي تعرضت لهجوم مساء الأحد جنوبي "
            "البحر الأحمر، بحسب بيان صادر عن هيئة الميناء.")
    _typ, _source, target = _roles(text, "لهجوم")
    assert target is not None and "روبيمار" in target and "إنقاذ" not in target


def test_the_subject_before_an_auxiliary_and_taarrada_is_the_target():
    # store doc 279
    text = ("وبدورها أعلنت شركة “أمبري” للأمن البحري الأحد أن سفينة شحن بريطانية قد تكون تعرضت لقصف صاروخي "
            "أثناء عبورها البحر الأحمر.")
    _typ, _source, target = _roles(text, "لقصف")
    assert target == "سفينة شحن بريطانية"


def test_a_place_after_a_preposition_before_taarrada_is_no_subject():
    # training split (the article of the Taji camp): the subject المعسكر stands before a relative clause; the place
    # after من that ends the clause is not what was shelled
    text = ("وكشفت مصادرنا أن المعسكر الذي يقع إلى الشمال من بغداد، تعرض إلى قصف بـ15 صاروخا، فيما شوهدت أعمدة "
            "الدخان تتصاعد من منشآته.")
    _typ, _source, target = _roles(text, "قصف")
    assert target != "بغداد"


# -- (2) شهد X <attack>: the subject of شهد ------------------------------------------------------------------------------

def test_the_subject_of_shahida_before_an_attack_is_its_target():
    # store doc 99
    text = "وكان شهد مطار عدن الدولى اليوم، انفجارات استهدفته بواسطة قذائف هاون وصواريخ كاتيوشا."
    _typ, _source, target = _roles(text, "انفجارات")
    assert target == "مطار عدن الدولى"


def test_the_subject_of_shahida_with_its_place_after_fi():
    # store doc 94
    text = "وتشهد القاعدة العسكرية فى عين الأسد هجمات متكررة، ففى يوم 5 يونيو الجارى، أعلن الجيش العراقى."
    _typ, _source, target = _roles(text, "هجمات")
    assert target is not None and target.startswith("القاعدة العسكرية")


def test_the_subject_of_shahida_past_asides_between_commas():
    # store doc 205
    text = ("واستهدفت الهجمات معسكر سبايكر، شمالي تكريت، فيما شهدت منطقة بغداد الجديدة، شرقي بغداد، أمس، هجوماً "
            "ارهابيا مسلحاً للتنظيم وتفجيرات انتحارية.")
    _typ, _source, target = _roles(text, "هجوماً")
    assert target == "منطقة بغداد الجديدة"


def test_an_attack_not_the_object_of_shahida_keeps_no_such_target():
    # store doc 224 (guard of the rule: "تزايداً في حالات الاغتيال", the place where killings rise, is not the target)
    text = ("وفي الآونة الأخيرة يشهد ريف دير الزور الشرقي تزايداً في حالات الاغتيال والتي تطال عناصر “قسد” وموظفي "
            "الإدارة الذاتية.")
    r = event_roles(text)
    assert all(t != "ريف دير الزور" for _typ, _s, t in r.values())


# -- (3) X استهدفت من قبل Y: the subject of a passive with its agent ----------------------------------------------------

def test_the_subject_of_a_verb_with_its_agent_after_min_qibal_is_the_target():
    # training split: gold target مقرات الحزب الديمقراطي الكوردستاني – إيران (null before)
    text = ("أفاد مراسل مؤسسة كوردستان الفضائية، في قضاء كويسنجق صباح اليوم الاثنين (14 تشرين الثاني 2022) أن مقرات "
            "الحزب الديمقراطي الكوردستاني – إيران في كويسنجق استهدفت من قبل إيران.")
    _typ, source, target = _roles(text, "استهدفت")
    assert source == "إيران" and target is not None and "الحزب الديمقراطي الكوردستاني" in target


def test_a_site_before_a_passive_with_its_agent_is_the_target():
    # store doc 335's base (قاعدة … بعد استهدافها من قبل مجهولين), told with the verb
    text = "وقال المصدر إن قاعدة عين الأسد استهدفت من قبل مجهولين بعدد من الصواريخ."
    _typ, _source, target = _roles(text, "استهدفت")
    assert target == "قاعدة عين الأسد"
