"""Events, round 98 (source recall: the doer named as the genitive of a noun of trying or deciding): a verbal noun
act that is the complement of a noun of trying, intending, deciding or being able (resources/events/control_nouns.txt:
محاولة, نية, قرار, رغبة في, استعداد ل …) — bare or after the preposition that noun takes, past a time — is done by
that noun's genitive, as a governing verb's subject does the act it governs ("حاول الجيش اقتحام المدينة" → "محاولة
الجيش اقتحام المدينة"). The genitive is definite (a name, or a phrase ending in one or in a definite word), no verb
("قرار يسمح للرئيس بإرسال": a relative clause), and ends with a name it holds (a definite word after a name is an
adjective: "قرار الرياض القاضي بقطع"). For an act with a bare object, the act's own genitive, read before as its
doer, is its object (actors._control_noun_doer, read in actors._find_roles for a noun act). Sentences of the
in-domain store (the round 19 audit's row 69, and the store changes of this round); each test fails without the
rule."""
from __future__ import annotations

from conftest import roles_of as _roles


def test_the_genitive_of_an_attempt_is_the_doer_of_the_attack_attempted():
    # store doc 190 (audit r19 row 69: the source مسلحي (الهيئة), genitive of محاولة, left null)
    text = ("أكد ناشطون في إدلب أن مسلحي “الهيئة”، التي تشكل (جبهة النصرة) سابقًا أهم مكوناتها، اضطروا إلى "
            "الانسحاب من هذه المناطق؛ بعد هجوم شنه مقاتلو (جبهة تحرير سورية) بمساندة الأهالي، وذلك ردًا على محاولة "
            "مسلحي (الهيئة) أمس مهاجمة مقرات حركة (نور الدين الزنكي) في ريف حلب الغربي.")
    _typ, source, _target = _roles(text, "مهاجمة")
    assert source == "مسلحي (الهيئة)"


def test_the_genitive_of_a_wish_is_the_doer_of_the_withdrawal_after_its_preposition():
    # store doc 220: Daesh's fighters would withdraw
    text = ("وفي حال رغبة عناصر داعش في الانسحاب من الباب التي يحاصرها عناصر درع الفرات، لن يكون أمامهم سوى "
            "الانسحاب باتجاه الرقة عبر ممر ضيق في ريف حلب الشرقي.")
    _typ, source, _target = _roles(text, "الانسحاب")
    assert source == "عناصر داعش"


def test_the_genitive_of_an_intention_lists_and_the_acts_genitive_is_the_listed():
    # store doc 201: the administration lists the IRGC (before: the IRGC as the one listing)
    text = ("وقال ترامب، في بيان نشره البيت الأبيض: «أعلن اليوم رسميا عن نية الإدارة الأميركية إدراج الحرس الثوري "
            "الإيراني، بما في ذلك فيلق القدس للمهام الخاصة التابع له، على قائمة المنظمات الإرهابية الأجنبية وذلك "
            "بالتوافق مع المادة 219 لقانون الهجرة والمواطنة».")
    _typ, source, target = _roles(text, "إدراج")
    assert (source, target) == ("الإدارة الأميركية", "الحرس الثوري الإيراني")


def test_the_genitive_of_a_decision_ends_with_the_name_before_its_adjective():
    # store doc 100: Riyadh's decision to cut its ties (before: السعودية, named in a later clause)
    text = ("إيران ترى أنّ قرار الرياض القاضي بقطع علاقاتها الديبلوماسية مع طهران لن ينسي الخطء الكبير الذي ارتكبته "
            "السعودية بإعدام رجل ديني شيعي من هذا المقام.")
    _typ, source, _target = _roles(text, "بقطع علاقاتها")
    assert source == "الرياض"
