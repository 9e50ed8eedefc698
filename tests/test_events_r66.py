"""Events, round 66 (parties of two-sided acts, continued from round 57): (1) two parties before the dual verb of a
two-sided act are its two sides when the act is the verb's object too ("X وY سيوقعان … اتفاقا"), past a day of the
month written as an ordinal (في الخامس من نوفمبر) and a first party that ends in a participle with its
preposition, pronoun and adverb (الحكومة اليمنية المعترف بها دوليا); tribes and clans head an actor
(actor_heads.txt: عشائر درعا); (2) a verb's subject in construct with a definite genitive (أبطال المقاومة) names an
actor, so the other side of a clash follows after مع; indefinite plural people of a group (مقاتلين من فصائل X) are
one phrase; (3) وقعت (its و a root letter) tells where a clash took place, and a relative clause on the first party
after بين runs to the و that opens the second; (4) "بين X من جهة وY من جهة أخرى": من جهة closes the first side, the
second runs to من جهة أخرى.
Sentences of the training split and the store; each test of a rule fails without it."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) two parties before a dual verb of a two-sided act -------------------------------------------------------

def test_the_signers_before_a_dual_verb_past_a_day_of_the_month():
    # training im-bd6877f04f (store doc 391): gold source الحكومة اليمنية المعترف بها دوليا, target المجلس الانتقالي
    # الجنوبي; both were null on the agreement
    text = ("أعلن مسؤولون سعوديون ويمنيون أمس أن الحكومة اليمنية المعترف بها دوليا والمجلس الانتقالي الجنوبي سيوقعان "
            "في الخامس من نوفمبر اتفاقا تم التوصل إليه برعاية الرياض لإنهاء النزاع بين الطرفين.")
    _typ, source, target = _roles(text, "اتفاقا")
    assert (source, target) == ("الحكومة اليمنية المعترف بها دوليا", "المجلس الانتقالي الجنوبي")


def test_a_participle_with_its_pronoun_and_adverb_closes_the_phrase():
    # training im-434001980c: gold source الحكومة اليمنية المعترف بها دوليا, predicted الحكومة اليمنية المعترف
    text = ('وقد قررت الحكومة اليمنية المعترف بها دوليا، أمس، حظر أي تجمعات أو اعتصامات في مدينة عدن "العاصمة '
            'المؤقتة"، وذلك تحسبا لاحتجاجات.')
    _typ, source, _target = _roles(text, "حظر")
    assert source == "الحكومة اليمنية المعترف بها دوليا"


def test_tribes_and_the_regime_reaching_an_agreement_are_its_two_sides():
    # store doc 260 (headline): source the whole pair, target null (عشائر was no actor head)
    text = "عشائر درعا والنظام السوري يتوصلان إلى اتفاق هدنة بشأن الأحياء المحاصرة"
    _typ, source, target = _roles(text, "يتوصلان إلى اتفاق")
    assert (source, target) == ("عشائر درعا", "النظام السوري")


# -- (2) the other side of a clash after مع -----------------------------------------------------------------------

def test_the_other_side_of_a_clash_after_a_subject_in_construct():
    # store doc 93: target null
    text = ("واشتبك أبطال المقاومة الجنوبية مع عناصر من ميليشيا الحوثي وصالح بمنطقة صحراء الفردوس وقتلوا عددا منهم "
            "وفر آخرون صوب رأس عمران.")
    _typ, source, target = _roles(text, "واشتبك")
    assert (source, target) == ("أبطال المقاومة الجنوبية", "عناصر من ميليشيا الحوثي")


def test_plural_fighters_of_a_group_are_one_phrase():
    # store doc 410: target مقاتلين (the group cut off)
    text = ('سيطرت هيئة "تحرير الشام" الثلاثاء، على قرى جنوبي محافظة إدلب شمالي سوريا بعد مواجهات مع مقاتلين من '
            'فصائل "الجبهة الوطنية للتحرير" التابعة للجيش السوري الحر ، وسط محاولاتها التقدم إلى عمق المنطقة.')
    _typ, _source, target = _roles(text, "مواجهات")
    assert target == 'مقاتلين من فصائل "الجبهة الوطنية للتحرير"'


# -- (3) clashes that took place between protesters, with a relative clause, and the forces ------------------------

def test_the_parties_of_clashes_that_took_place_past_a_relative_clause():
    # store doc 308: both null
    text = ("قال ناشطون عراقيون ان اشتباكات وقعت في ساحة التحرير وسط بغداد عصر الثلاثاء بين المتظاهرين الذين يطالبون "
            "بالكشف عن قتلة الناشطين والقوات الامنية التي احرقت بعض الياتها.")
    _typ, source, target = _roles(text, "اشتباكات")
    assert (source, target) == ("المتظاهرين", "القوات الامنية")


# -- (4) بين X من جهة وY من جهة أخرى ------------------------------------------------------------------------------

def test_the_second_side_runs_to_min_jiha_ukhra():
    # training im-0b8dbdb972: gold target المسلحين الحوثيين وقوات الرئيس المخلوع علي عبد الله صالح, predicted the
    # first of the two
    text = ("هبطت، اليوم الأربعاء، طائرة عسكرية سعودية بمطار عدن، في وقت تتواصل المعارك بعدة جبهات بين المقاومة "
            "الشعبية من جهة والمسلحين الحوثيين وقوات الرئيس المخلوع علي عبد الله صالح من جهة أخرى.")
    _typ, source, target = _roles(text, "المعارك")
    assert (source, target) == ("المقاومة الشعبية", "المسلحين الحوثيين وقوات الرئيس المخلوع علي عبد الله صالح")


def test_the_first_side_runs_to_min_jiha():
    # training im-a9d56149b9: gold source قوات مجلس دير الزور وهجين العسكريين, target المجموعات المهاجمة; predicted
    # the first side split at its و (target هجين العسكريين)
    text = ("وأضاف البيان أنه اندلعت اشتباكات عنيفة بين قوات مجلس دير الزور وهجين العسكريين من جهة، والمجموعات "
            "المهاجمة في محيط قرى ذيبان واللطوة وأبو حمام من جهة أخرى.")
    _typ, source, target = _roles(text, "اشتباكات")
    assert source == "قوات مجلس دير الزور وهجين العسكريين"
    assert target is not None and target.startswith("المجموعات")
