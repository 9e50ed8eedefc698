"""Events, round 71 (a wrong phrase taken as the source, audit round 17 rows left by round 69): (1) an agent cue
(من قبل) right after a participle or a noun of an act names that word's agent, not the verb's, when the verb has
its own subject, an actor, right after it; (2) the genitive of a noun of convicting with the charge after it
(بتهمة: roles.tsv charge_nouns) is the one convicted, the target; (3) a verb of seizing people (اعتقل: roles.tsv
relative_patient_verbs) in a relative clause with no object is an unvoweled passive: its antecedent is the one
seized; (4) after a conjoined verb whose chain head is not read, a phrase headed by a thing (non_agents.txt: وجود)
is still its object, never its doer; (5) a conjoined verb of warning or calling with one phrase before its
complement (برد, إلى) shares the subject of the verb heading its chain, and the phrase is its object. Sentences
of the 518-article store and the training split; each test fails without its rule (the two marked guards
excepted)."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) من قبل after the object's participle or act noun --------------------------------------------------------

def test_the_agent_of_the_welcomed_step_is_no_welcomer():
    # audit r17 row 138 (store doc 247): دونالد ترامب, whose strike was welcomed, was the source
    text = ("وأيضا رحبت المملكة العربية السعودية والخارجية البحرينية بتلك الخطوة من قبل الرئيس دونالد ترامب، "
            "ثم انتهى الاجتماع.")
    _typ, source, _target = _roles(text, "رحبت")
    assert source == "المملكة العربية السعودية"


def test_the_agent_of_a_participle_in_the_subject_is_no_doer():
    # store doc 135: الإمارات, who backs the council, was the source of أمهل
    text = ("حيث أمهل \"المجلس الانتقالي الجنوبي\" المدعوم من قبل الإمارات الرئيس اليمني عبد ربه منصور هادي حتى "
            "اليوم لحل مجلس الوزراء برئاسة أحمد عبيد بن دغر.")
    _typ, source, _target = _roles(text, "أمهل")
    assert source == "المجلس الانتقالي الجنوبي"


def test_the_agent_cue_after_a_passive_verb_still_names_the_doer():
    # store doc 451's construction (a guard, passing before the round too): no subject of its own after the
    # verb, the cue is the verb's
    text = "وكان مقر الحزب الديمقراطي الكوردستاني في كويسنجق قد استهدفت من قبل إيران."
    _typ, source, _target = _roles(text, "استهدفت")
    assert source == "إيران"


# -- (2) إدانة X بتهمة: X is the convicted -----------------------------------------------------------------------

def test_the_genitive_of_a_conviction_with_its_charge_is_the_convicted():
    # audit r17 row 83 (store doc 388): the convicted was the source, the target null
    text = ("قررت الكويت اليوم الخميس طرد 15 دبلوماسيا إيرانيا بعد شهر تقريبا من تثبيت محكمة التمييز إدانة عناصر "
            "خلية \"إرهابية\" بتهمة \"التخابر\" مع الجمهورية الإسلامية، وفق مصدر حكومي.")
    _typ, source, target = _roles(text, "إدانة")
    assert target == 'عناصر خلية "إرهابية"' and source != target


# -- (3) الذين اعتقلوا with no object: the antecedent was arrested ----------------------------------------------

def test_the_antecedent_of_an_objectless_arrest_in_a_relative_is_the_arrested():
    # audit r17 row 47 (store doc 116): the arrested العناصر was the source
    text = ("كما أفاد بأنهم أطلقوا سراح العناصر الذين اعتقلوا ليل الخميس إثر مداهمة قوة من مكافحة الإرهاب لأحد "
            "المراكز، بعد محاصرة بعض المناطق في العاصمة.")
    _typ, source, target = _roles(text, "اعتقلوا")
    assert target == "العناصر" and source != "العناصر"


# -- (4) a conjoined verb's thing object ------------------------------------------------------------------------

def test_the_denied_presence_after_a_conjoined_denial_is_no_denier():
    # audit r17 row 30 (store doc 176): the denied وجود مركز "اسرائيلي" was the source
    text = ("وكان الحزب الديمقراطي الكردستاني بزعامة مسعود بارزاني فند الادعاءات الايرانية ونفى وجود مركز "
            "“اسرائيلي” في اربيل .")
    _typ, source, target = _roles(text, "ونفى")
    assert source is None or "وجود" not in source
    assert target == "وجود مركز “اسرائيلي”"


# -- (5) a conjoined verb of warning shares its chain's subject ---------------------------------------------------

def test_the_threatened_before_the_complement_of_a_conjoined_vow():
    # training im-fcfe9496a1 (store doc 513): gold source حزب الله, target تل أبيب; read as source تل أبيب
    text = ("وكان \"حزب الله\" حمل إسرائيل مسؤولية اغتيال سمير القنطار في قصف استهدف مقر إقامته قرب العاصمة "
            "السورية دمشق، في ديسمبر الماضي، وتوعد تل أبيب برد قاس.")
    _typ, source, target = _roles(text, "وتوعد")
    assert (source, target) == ("حزب الله", "تل أبيب")


def test_a_new_sentence_keeps_its_own_subject_after_a_conjoined_vow():
    # store doc 164 (a guard, passing before the round too): a conjoined verb opening its sentence has its
    # subject right after it
    text = ("وقد تبنت حركة أنصار الله الحوثية الضربات. وتوعد المتحدث العسكري للحوثيين العميد يحيى سريع بتوسيع "
            "نطاق الهجمات.")
    _typ, source, _target = _roles(text, "وتوعد")
    assert source is not None and "سريع" in source
