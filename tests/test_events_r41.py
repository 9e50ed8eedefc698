"""Events, round 41 (event sources, audit round 15: a doer named in the sentence but left null): (1) an act joined by
و to the act told right before it in the same clause, as a conjunct of the same kind (a verb after a verb, a verbal
noun after a verbal noun) and with no doer of its own, shares that act's doer; (2) a verb of imposing with the act as
pronoun in a relative clause on the act (حظر التجوّل الذي فرضه X) names its doer, as أطلقها / عقدها do.
Sentences of the training split and of the audit rows; each test of a rule fails without it."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) two conjoined acts with no subject between them have one doer ----------------------------------------------

def test_a_taking_conjoined_to_the_cutting_of_a_road_shares_its_announced_doer():
    # training split (im-babe4955dc): gold source الجيش التركي, left null
    text = ('جاء ذلك حسبما أفاد مراسل قناة "سكاي نيوز عربية" التي تتخذ من أبوظبي مقرا لها، وناشطون على مواقع '
            'التواصل الاجتماعي بالتزامن مع إعلان الجيش التركي، السبت، قطع طريق يربط بين مدينتي تل أبيض ورأس '
            'العين والسيطرة على 18 قرية منذ بدء العملية.')
    _typ, source, _target = _roles(text, "والسيطرة")
    assert source == "الجيش التركي"


def test_warnings_conjoined_to_criticism_share_its_doer():
    # training split (im-babe4955dc): gold source الولايات المتحدة والاتحاد الأوروبي, left null
    text = ('تأتي المعركة في "رأس العين" و"تل أبيض" بينما تواصل تركيا منذ، الأربعاء، عمليتها العسكرية شمال '
            'شرق سوريا وسط انتقادات من الولايات المتحدة والاتحاد الأوروبي وتحذيرات من فرض عقوبات إذا لم تتوقف.')
    _typ, source, _target = _roles(text, "وتحذيرات")
    assert source == "الولايات المتحدة والاتحاد الأوروبي"


def test_a_verb_conjoined_after_a_comma_shares_the_doer_of_the_verb_before():
    # training split (im-50bf233cf5): gold source ألوية العمالقة, whose forces (قواتها) stormed and took
    text = ('وذكرت مصادر ميدانية إن معارك عنيفة دارت خلال الساعات الماضية في محيط المطار، حيث أعلنت ألوية '
            'العمالقة أن قواتها اقتحمت أسوار المطار من الجهة الجنوبية الغربية، وسيطرت على أجزاء منه، فيما تفرض '
            'القوات المشتركة حصار على المتمردين الذين يتحصنون داخل مبنى المطار الذي أضحى بحكم المسيطر عليه.')
    _typ, source, _target = _roles(text, "وسيطرت")
    # (round 56: the doer shared is the sayer that owns قواتها, the gold's ألوية العمالقة, no longer the pronoun)
    assert source == _roles(text, "اقتحمت")[1] == "ألوية العمالقة"


# -- (2) the restriction that X imposed: X is its doer --------------------------------------------------------------

def test_the_curfew_the_prime_minister_imposed_has_him_as_doer():
    # audit r15 row 123 (doc 62): "رئيس الوزراء محمد شياع السوادني (فرضه, same sentence) left null"
    text = ('ونقلت وكالة "فرانس برس" عن قائد شرطة كركوك اللواء كاوة غريب، أنّ حظر التجوّل الذي فرضه رئيس الوزراء '
            'محمد شياع السوادني، مساء أمس السبت، "تم رفعه"، مردفاً: "الوضع الآن مستقر في عموم كركوك".')
    _typ, source, _target = _roles(text, "حظر التجوّل")
    assert source == "محمد شياع السوادني"
