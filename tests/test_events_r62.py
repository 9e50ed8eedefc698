"""Events, round 62 (detection of under-found types): trigger rows for acts whose words the lexicon lacked, each
read in SaudiNewsNet and the unannotated in-domain corpus before it went in (scripts/learn_triggers.py --contexts):
a prisoner exchange (RETREAT), soldiers withdrawn with the subject between (RETREAT), cutting relations with the
subject or a possessive between (SANCTION), forces deployed, mustered or put on alert (MOBILIZE), a siege told by
محاصرة (COERCE). Sentences of the training split and the store; each test of
a row fails without it. The genitive of محاصرة is the besieged (roles.tsv patient_nouns)."""
from __future__ import annotations

from conftest import roles_of


def test_a_prisoner_exchange_is_a_release():
    # training im-79a9a2f8ad: gold RETREAT تبادل الأسرى
    text = ("هبطت طائرة للصليب الأحمرالدولي في مطار صنعاء، اليوم الجمعة، لاستكمال عملية تبادل الأسرى بين الحكومة "
            "اليمنية وجماعة \"أنصار الله\"، الحوثية.")
    assert roles_of(text, "تبادل الأسرى")[0] == "RETREAT"


def test_soldiers_withdrawn_with_the_subject_between():
    # training im-b2499e8ad0: gold RETREAT سحب (the withdrawers between the verb and جنودهم)
    text = ("وسحب عدد من أعضاء التحالف الدولي جنودهم من العراق، تخوفاً من هجمات جديدة على قواعده العسكرية.")
    typ, source, _target = roles_of(text, "وسحب")
    assert typ == "RETREAT"


def test_cutting_relations_with_the_subject_between():
    # training im-42906d4170: gold SANCTION قطعت, source السعودية, target إيران
    text = ("وفي جانفي 2016، قطعت السعودية علاقاتها مع إيران، إثر اعتداءات تعرضت لها سفارة الرياض في طهران "
            "وقنصليتها بمدينة مشهد (شرق).")
    assert roles_of(text, "قطعت") == ("SANCTION", "السعودية", "إيران")


def test_forces_put_on_alert():
    # training im-506cf4270d: gold MOBILIZE استنفرت, source قسد
    text = ("وأشار المصدر إلى أن \"قسد\" استنفرت قواتها ومقراتها بريف ديرالزور الشرقي، وسط تحليق مكثف لطيران "
            "التحالف الدولي.")
    assert roles_of(text, "استنفرت")[:2] == ("MOBILIZE", "قسد")


def test_a_besieged_city_tells_a_siege():
    # training im-a5a75898ca: gold COERCE المحاصرة (the siege by the regime's forces)
    text = ("اُستكملت يوم الخميس، عمليات إجلاء المدنيين وقوات المعارضة من الأحياء الشرقية لمدينة حلب السورية "
            "المحاصرة من قبل قوات النظام والمجموعات الأجنبية الإرهابية الموالية له.")
    assert roles_of(text, "المحاصرة")[0] == "COERCE"


def test_the_genitive_of_besieging_is_the_besieged():
    # store doc 116: what was besieged is the masdar's genitive (roles.tsv patient_nouns), no doer
    text = ("كما أفاد بأنهم أطلقوا سراح العناصر الذين اعتقلوا ليل الخميس إثر مداهمة قوة من مكافحة الإرهاب لأحد "
            "المراكز، بعد محاصرة بعض المناطق في العاصمة، لا سيما في المنطقة الخضراء التي تضم مؤسسات عامة.")
    typ, source, target = roles_of(text, "محاصرة")
    assert (typ, source, target) == ("COERCE", None, "بعض المناطق")  # (r120: the count heads it)
