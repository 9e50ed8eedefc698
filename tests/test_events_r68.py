"""Events, round 68 (null targets where the sentence names the one attacked, struck, killed or addressed — audit r17):
(1) a trigger row that ends in its cue (عملية ضد, عمليات ضد) has the phrase right after it as the cue's object, the
target, and never as the noun's genitive, its doer (يكثف الجيش عملياته ضد أهداف المقاتلين الأكراد); (2) the subject of
تعرض in the relative after an act: after an indefinite act the relative has no relative word (قصف صاروخي تعرضت له
القاعدة العسكرية, اعتداءات تعرضت لها سفارة الرياض), and past the act's adjectives, definite ones too (الهجوم الإرهابي
الذي تعرضت له السفارة); (3) the subject before تعرض past a relative clause on it closed by a comma (معسكر التاجي
العراقي … والذي يضم قوات أمريكية، تعرض لهجوم); (4) قيادي is a victim genitive after a noun of what a victim suffers
(مقتل قيادي, roles.tsv victim_genitives); (5) a people named by its definite plural after a stance participle is whom
it addresses (داعياً الأكراد في هذا البلد إلى); (6) باتجاه is a target cue of an attack as على and ضد are (roles.tsv
ASSAULT target_after: هجماتها الصاروخية باتجاه الأحياء السكنية). Sentences of the training split, the audit rows and the store; each
test fails without its rule."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) عملياته ضد X: the cue glued into the trigger row ---------------------------------------------------------------

def test_the_phrase_after_a_trigger_ending_in_its_cue_is_the_target():
    # audit r17 row 112 (store doc 278): target أهداف المقاتلين الأكراد missed
    text = ("وكان الجيش التركى، قال يوم الثلاثاء الموافق 12 يونيو الجارى، إنه دمر 12 هدفا لحزب العمال الكردستانى فى "
            "شمال العراق فى ضربات جوية خلال الليل، حيث يكثف الجيش عملياته ضد أهداف المقاتلين الأكراد فى منطقة قنديل، "
            "وذكر الجيش، أن الأهداف الواقعة فى قنديل تشمل ملاجئ ومخازن ذخيرة.")
    _typ, _source, target = _roles(text, "عملياته ضد")
    assert target is not None and target.startswith("أهداف المقاتلين")


def test_a_name_after_a_trigger_ending_in_its_cue_is_the_target():
    # store doc 515
    text = ("وكثف الجيش التركي بالفترة الأخيرة من عملياته ضد قسد، فقبل أيام أعلنت وزارة الدفاع التركية تحييد 7 "
            "إرهابيين شمالي سوريا.")
    _typ, source, target = _roles(text, "عملياته ضد")
    assert (source, target) == ("الجيش التركي", "قسد")


def test_the_cues_object_is_never_the_doer():
    # store doc 151: the attacked عناصر من قوات سوريا الديمقراطية was read as the source
    text = ('أعلن تنظيم الدولة الإسلامية، "داعش"، يوم أمس الثلاثاء، 30 آب، شن عملية ضد عناصر من قوات سوريا '
            'الديمقراطية "قسد"، في ريف دير الزور الشرقي، شرقي سوريا.')
    _typ, source, target = _roles(text, "عملية ضد")
    assert target is not None and target.startswith("عناصر من قوات سوريا الديمقراطية")
    assert source is None or "عناصر" not in source


# -- (2) <act> تعرض له X: the relative after the act --------------------------------------------------------------------

def test_the_subject_of_taarrada_in_a_bare_relative_after_an_indefinite_act():
    # audit r17 row 68 (store doc 458): target القاعدة العسكرية missed
    text = ("وقالت مصادر في دير الزور، أن “دوي سلسلة انفجارات سمع في أرجاء القرى والبلدات في محيط حقل “كونيكو” "
            "للغاز الطبيعي في ريف المحافظة الشمالي، ناجمة عن قصف صاروخي تعرضت له القاعدة العسكرية التي يتخذها الجيش "
            "الأمريكي في الحقل”.")
    _typ, _source, target = _roles(text, "قصف")
    assert target is not None and target.startswith("القاعدة العسكرية")


def test_the_subject_of_taarrada_after_an_indefinite_plural_act():
    # training im-42906d4170: gold target سفارة الرياض (المملكة, from a later phrase, before)
    text = ("وفي جانفي 2016، قطعت السعودية علاقاتها مع إيران، إثر اعتداءات تعرضت لها سفارة الرياض في طهران "
            "وقنصليتها بمدينة مشهد (شرق)، احتجاجا على إعدام المملكة رجل الدين الشيعي السعودي نمر النمر.")
    _typ, _source, target = _roles(text, "اعتداءات")
    assert target is not None and target.startswith("سفارة الرياض")


def test_the_subject_of_taarrada_past_a_definite_adjective_of_the_act():
    # the store's construction (doc 458) with the act definite: الذي after its adjective
    text = "أدانت الوزارة الهجوم الإرهابي الذي تعرضت له السفارة السعودية في بغداد."
    _typ, _source, target = _roles(text, "الهجوم")
    assert target == "السفارة السعودية"


# -- (3) X، الذي …، تعرض لـ<act> ------------------------------------------------------------------------------------

def test_the_subject_before_taarrada_past_its_relative_clause():
    # audit r17 row 44 (store doc 419; r15 27, r14 93): target معسكر التاجي العراقي missed
    text = ("أفادت وسائل إعلام عراقية، مساء اليوم الثلاثاء، أن معسكر التاجي العراقي شمال العاصمة بغداد والذي يضم "
            "قوات أمريكية، تعرض لهجوم صاروخي واسع.")
    _typ, _source, target = _roles(text, "لهجوم")
    assert target is not None and target.startswith("معسكر التاجي")


# -- (4) مقتل قيادي ---------------------------------------------------------------------------------------------------

def test_a_commander_after_maqtal_is_the_killed():
    # audit r17 row 99 (store doc 515, a headline): target قيادي و4 عناصر من قسد missed
    text = "مقتل قيادي و4 عناصر من قسد باستهداف مسيرة تركية في القامشلي"
    _typ, _source, target = _roles(text, "مقتل")
    assert target is not None and target.startswith("قيادي")


# -- (5) داعياً الأكراد إلى ---------------------------------------------------------------------------------------------

def test_a_people_after_a_stance_participle_is_the_addressee():
    # audit r17 row 75 (store doc 485): addressee الأكراد في هذا البلد missed
    text = ("فيما شدد وزير الخارجية الروسي سيرجي لافروف على أن التواجد العسكري الأمريكي في سوريا سينتهي عاجلاً أم "
            "آجلاً، داعياً الأكراد في هذا البلد إلى تقرير نهجهم إزاء الحوار مع حكومة دمشق.")
    _typ, source, target = _roles(text, "داعياً")
    assert source == "سيرجي لافروف"
    assert target is not None and target.startswith("الأكراد")


# -- (6) <attack> باتجاه X ---------------------------------------------------------------------------------------------

def test_the_phrase_after_bittijah_is_the_target_of_an_attack():
    # audit r17 row 89 (store doc 305): target الأحياء السكنية ومخيمات النازحين missed
    text = ("وخلال الآونة الأخيرة كثفت مليشيا الحوثي الإرهابية، من هجماتها الصاروخية باتجاه الأحياء السكنية ومخيمات "
            "النازحين في مدينة مأرب، مخلفة أضراراً مادية كبيرة وحالات خوف وفزع لدى المواطنين.")
    _typ, source, target = _roles(text, "هجماتها")
    assert source == "مليشيا الحوثي الإرهابية"
    assert target is not None and target.startswith("الأحياء السكنية")
