"""Events, round 61 (a wrong phrase taken as the source): (1) an indefinite adjective right after an act noun
(a nisba naming no people, جوي, إلكتروني, تمهيدي, نهائي, برياً; or an adjective of the act's force or course,
roles.tsv act_adjectives: مستمر, مكثف, مدمر) agrees with the act and names no doer — it was read as the subject
of a bare stem taken for a verb (قصف مستمر), or as the noun's genitive (هجوم إلكتروني); (2) an act noun is
the subject of the verb after it (غارات … استهدفت) also past its time (غارات السبت) and its adjectives of force
(لهجمات مماثلة): what follows the verb is its object, the target, not a doer. Sentences of the 518-article
store and the training split; each test of a rule fails without it."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) an adjective of the act is no doer ---------------------------------------------------------------------

def test_an_adjective_after_a_bare_stem_is_no_subject():
    # store doc 377: source was 'مستمر وعنيف' (قصف read as the verb, its adjective as its subject)
    text = "هناك قصف مستمر وعنيف ومحاولات تقدم للفرقة الرابعة على أكثر من محور."
    _typ, source, _target = _roles(text, "قصف")
    assert source is None


def test_a_nisba_of_the_act_is_no_doer():
    # store docs 221 and 234: source of the killing was 'جوي' (of the air strike it followed)
    text = ("فيما أفاد إعلام عراقي محلي، مساء الأربعاء، بمقتل 3 أشخاص إثر “قصف جوي” استهدف سيارة في منطقة "
            "المشتل، شرقي العاصمة بغداد.")
    # (named by the act it came from since round 72: إثر “قصف جوي”, the cause word before the mark)
    _typ, source, target = _roles(text, "قصف")
    assert source is None and target == "3 أشخاص"


def test_a_nisba_written_with_hamza_is_no_definite_genitive():
    # store doc 491: source was 'إلكتروني' (إل- read as the article, the nisba as a definite genitive)
    text = ("ووفقاً لأحد الاحتمالات، نجم الحادث عن هجوم إلكتروني، حيث تم نقل أجهزة الـ\"بيجر\" إلى لبنان لصالح "
            "عناصر \"حزب الله\" في ربيع هذا العام.")
    _typ, source, _target = _roles(text, "هجوم")
    assert source is None


def test_two_adjectives_of_the_act_are_no_doer():
    # store doc 167: source was 'تمهيدي مكثف'
    text = ("تعرضت مدينة درعا البلد، أمس (الأحد)، لمحاولات اقتحام من قبل قوات الفرقة الرابعة المطوقة للمدينة من 3 "
            "محاور، مع قصف تمهيدي مكثف على الأحياء المحاصرة، واشتباكات مع أبناء المدينة.")
    _typ, source, target = _roles(text, "قصف")
    assert source is None and target == "الأحياء"


def test_the_adjective_of_a_phrase_trigger_is_no_subject():
    # store doc 222: source was 'نهائي'
    text = "“توصّلنا لاتفاق نهائي مع ضبّاط (نظامِ الأسدِ) حول درعا البلد بهدف إيقاف الحملة العسكرية عليها”."
    _typ, source, _target = _roles(text, "توصّلنا لاتفاق")
    assert source != "نهائي"


def test_the_subject_of_the_light_verb_is_read_past_the_adjective():
    # training im-a9d56149b9 (store doc 350): source was 'برياً بغطاء من المدفعية'; gold 'مجموعات من قوات النظام
    # السوري ومما يسمى الدفاع الوطني'
    text = ("المركز الإعلامي لقسد أكد في بيان أن مجموعات من قوات النظام السوري ومما يسمى الدفاع الوطني، شنت هجوماً "
            "برياً بغطاء من المدفعية وقذائف الهاون على مناطق ضفاف نهر الفرات شرقي دير الزور في ساعات متأخرة من "
            "مساء الثلاثاء وصباح الأربعاء.")
    _typ, source, _target = _roles(text, "شنت هجوماً")
    assert source is not None and source.startswith("مجموعات من قوات النظام السوري")


# -- (2) the act noun is the subject of the verb after it, past its time and its adjectives --------------------

def test_an_act_noun_with_its_day_is_the_subject_of_the_verb_after_it():
    # store doc 166 (the brief's case): source was 'مخزنًا للأسلحة', the object
    text = ("وأفاد المرصد السوري لحقوق الإنسان أنّ غارات السبت استهدفت مخزنًا للأسلحة قرب المطار حيث وصلت مؤخرا "
            "اسلحة جديدا للإيرانيين او تنظيم حزب الله.")
    _typ, source, target = _roles(text, "غارات")
    assert source is None and target == "مخزنًا للأسلحة"


def test_an_act_noun_with_an_adjective_of_likeness_is_the_subject_of_the_verb_after_it():
    # store doc 392: source was 'جنودا ودبلوماسيين أميركيين', the object
    text = "وسبق لهجمات مماثلة استهدفت جنودا ودبلوماسيين أميركيين أو منشآت أميركية في العراق."
    _typ, source, target = _roles(text, "لهجمات")
    assert source is None and target == "جنودا ودبلوماسيين أميركيين"


def test_similar_strikes_hit_the_provinces():
    # store doc 356: source was 'محافظتي الحديدة الساحلية', the object
    text = ("وهزت انفجارات عنيفة، مساء الجمعة، العاصمة اليمنية صنعاء الخاضعة لسيطرة الحوثيين، جراء غارات جوية "
            "لمقاتلات أميركية بريطانية، بالتزامن مع غارات مماثلة استهدفت محافظتي الحديدة الساحلية وذمار جنوب صنعاء.")
    r = _roles(text, "غارات")
    assert r[1] != "محافظتي الحديدة الساحلية"
