"""Events, round 79 (targets named in the sentence and left out). Three constructions of the struck thing:
(1) a site or a kind of place (resources/events/site_heads.txt, place_heads.txt) right after the noun of a
transitive act — bare, in construct with its holder (قصف مواقع المسلحين) or with its possessive pronoun
(واستهداف أحيائه: a written ه is a pronoun, so أحيائه is no nisba and no owner stands for it) — or after the
noun's ل past its adjectives (استهدافاً صاروخياً لقاعدة «عين الأسد»: the ل-phrase is the doer only when it is no
site) is the act's target, cut before a means it ran into (بأكثر من 50 صاروخا) (actors._held_site, _lam_site,
_before_means); (2) a verb with an object pronoun and its own subject after it, right after an indefinite noun
phrase that names no actor and agrees with the pronoun, opens a relative clause on that phrase (an indefinite
antecedent takes no relative word): the phrase is the target, the subject after the verb the source
(مركبتين استهدفهما صاروخان; actors._bare_relative); (3) a lone سيارة is no future verb (attach._verb_like).
Sentences of the round 18 audit, the training split and the in-domain store; each test fails without the rule."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) a site after a transitive act noun ---------------------------------------------------------------------------

def test_a_site_with_its_pronoun_after_istihdaf_is_the_target():
    # audit r18 row 44 (doc 260): the struck أحيائه (object of استهداف) was missed
    text = ('دخل اتفاق "درعا البلد" جنوب سوريا لوقف إطلاق النار وتسليم السلاح صباح الأربعاء حيز التنفيذ، بعد '
            'تصعيد مكثف من قوات النظام على الجيب الواقع جنوب غرب البلاد واستهداف أحيائه بأكثر من 50 صاروخا من '
            'نوع أرض - أرض.')
    _typ, _source, target = _roles(text, "واستهداف")
    assert target == "أحيائه"


def test_a_site_after_the_lam_of_an_act_noun_is_the_target_not_the_doer():
    # training split im-7cf999fd54 (gold target عين الأسد; the base read the base as the doer)
    text = ('وصباح اليوم الأربعاء، أعلن الحرس الثوري الإيراني استهدافاً صاروخياً لقاعدة "عين الأسد" التي تضم '
            'قوات أمريكية في غربي العراق، وذلك رداً على مقتل سليماني.')
    _typ, source, target = _roles(text, "استهدافاً")
    assert source == "الحرس الثوري الإيراني"
    assert "عين الأسد" in target


# -- (2) a relative clause on an indefinite antecedent -------------------------------------------------------------

def test_the_indefinite_antecedent_of_the_object_pronoun_is_the_target():
    # audit r18 row 10 (doc 85): roles swapped, the struck vehicles taken as source
    text = ('وقالت مصادر بالحشد الشعبي في إن ممثلين عن الحشد كانوا يستقبلون “ضيوفا مهمين” في مطار بغداد، حيث '
            'استقل الجميع مركبتين استهدفهما صاروخان.')
    _typ, source, target = _roles(text, "استهدفهما")
    assert (source, target) == ("صاروخان", "مركبتين")


def test_a_named_airport_after_qasf_is_the_target():
    # store doc 263: the Houthi strike on the airport the group claimed (no event before the rule)
    text = ('يأتي هذا التصعيد بعد يوم من إعلان جماعة الحوثي مسؤوليتها عن قصف مطار بن غوريون قرب تل أبيب بصاروخ '
            'سقط في منطقة خالية داخل حرم المطار دون وقوع إصابات.')
    _typ, _source, target = _roles(text, "قصف")
    assert target == "مطار بن غوريون"


def test_installations_in_construct_after_an_attack_noun_are_the_target():
    # store doc 435: "وهجمات منشآت أرامكو" (the base took منشأتي بقيق, another telling's)
    text = ('وهجمات منشآت أرامكو السعودية أو الهجمات على منشأتي بقيق وهجرة خريص هما هجمتان تمتا بواسطة طائرات '
            'مسيرة وصواريخ استهدفت معملين.')
    _typ, _source, target = _roles(text, "وهجمات")
    assert target == "منشآت أرامكو السعودية"


# -- (3) سيارة is a noun ------------------------------------------------------------------------------------------------

def test_a_car_struck_by_a_drone_is_the_target_not_the_casualties():
    # store doc 88: the base took the casualties' noun (أشخاص, without its count) for the struck
    text = ('قتل قياديان في كتائب حزب الله بهجوم شهدته بغداد ليل الأربعاء، حسبما أفاد مراسل صحيفة العراق '
            'واستهدفت طائرة مسيّرة سيارة في منطقة المشتل شرقي العاصمة العراقية، مما أدى إلى مقتل 3 أشخاص.')
    _typ, source, target = _roles(text, "واستهدفت")
    assert (source, target) == ("طائرة مسيّرة", "سيارة")
