"""Events, round 85 (event targets the round 79 rules did not reach): a means glued to ب between a transitive verb and
its object is no subject and no object — the phrase after it (past the means' adjectives and its definite genitive
when a phrase follows: بغاز السارين الكيماوي; roles.tsv means_nouns lists the instruments that are no weapon_nouns)
is the object (actors._object_past_means, SentenceView.past_means); an act noun as the verb's subject with a relative
clause of prepositional phrases only (القصف الذي انطلق من إيران) has the object after that clause
(_past_relative_clause); a transitive verbal noun with a pronoun and no object after it (تم استهدافها, بعد
استهدافها) names what was done to by that pronoun: the nearest agreeing phrase before it (SentenceView.
agreeing_antecedent; after a passive auxiliary any phrase, else a definite one that names no actor); a verbal noun in
construct with a time word has its object after ل (قصف اليوم للقوة: _lam_after_time); a verbal noun in construct with
an indefinite act noun of its type and its adjectives has its object after them (استهداف غارة إسرائيلية مبنى:
_act_genitive_object). Sentences of the round 18 audit (audit_events_r18.tsv) and of the in-domain store; each
test fails without the rule."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- a means glued to ب before the object -------------------------------------------------------------------------------

def test_the_object_after_a_counted_means_of_a_relative_verb_is_the_target():
    # audit r18 row 129 (store doc 356): the struck camp after "بأربع غارات"
    text = ("وأكدت وسائل إعلام حوثية وقوع قصف أميركي بريطاني استهدف بأربع غارات منطقة الصيانة (معسكر) بمديرية "
            "الثورة، شمال صنعاء.")
    _typ, _source, target = _roles(text, "قصف")
    assert target == "منطقة الصيانة"


def test_a_definite_means_with_its_adjective_is_passed():
    # store doc 224: the base after "بالأسلحة الرشاشة", not the weapons
    text = ("ونشرت وكالة أعماق بياناً قالت فيه، إن مسلحي التنظيم استهدفوا بالأسلحة الرشاشة مقراً لقسد عند مقسم بلدة "
            "أبو حردوب شرقي دير الزور.")
    _typ, source, target = _roles(text, "استهدفوا")
    assert (source, target) == ("مسلحي التنظيم", "مقراً لقسد")


def test_a_drone_means_is_passed_whole():
    # store doc 155: "بطائرة مسيرة" is the means, the base its object
    text = ('وأعلنت "المقاومة الإسلامية" في العراق اليوم الأحد، أن مقاتليها استهدفوا بطائرة مسيرة قاعدة "حرير" '
            'الجوية التي تحتضن قوات أمريكية، شمال العراق.')
    _typ, _source, target = _roles(text, "استهدفوا")
    assert target is not None and target.startswith("قاعدة")


def test_a_means_with_its_genitive_is_no_subject_of_a_conjoined_verb():
    # audit r18 row 25 (store doc 73): "بغاز السارين الكيماوي خان شيخون" was read as the doer
    text = ("قصفت القوات الأمريكية صباح اليوم الجمعة قاعدة الشعيرات تقع وسط سوريا والتي أقلعت منها مقاتلات النظام "
            "وقصفت بغاز السارين الكيماوي خان شيخون في إدلب , أدت لوفاة 83 بينهم أكثر من 30 طفلا.")
    _typ, source, target = _roles(text, "وقصفت")
    assert source is None or "بغاز" not in source
    assert target is not None and target.endswith("خان شيخون")


def test_a_preposition_after_the_means_opens_no_object():
    # store doc 328: "بطائرات بدون طيار" is all means; the passive verb has no object after it
    text = ("وفي الـ 23 من أكتوبر الماضي، قال مسؤولان أمريكيان لرويترز، إن قوات أمريكية في سوريا استٌهدفت بطائرات "
            "بدون طيار ولكن لم تقع أي إصابات.")
    _typ, _source, target = _roles(text, "استٌهدفت")
    assert target not in ("بطائرات", "طيار", "بدون طيار")


# -- the act as subject, with a relative clause on it --------------------------------------------------------------------

def test_the_object_follows_a_relative_clause_on_the_act_subject():
    # audit r18 row 18 (store doc 27)
    text = ("واستهدف القصف الصاروخي الذي انطلق من إيران قاعدة عين الأسد الجوية، إضافة إلى قاعدة عسكرية أخرى في "
            "أربيل بكردستان العراق.")
    _typ, _source, target = _roles(text, "واستهدف")
    assert target == "قاعدة عين الأسد الجوية"


# -- a pronoun on the verbal noun pointing back across clauses -----------------------------------------------------------

def test_after_a_passive_auxiliary_the_pronoun_is_the_nearest_agreeing_noun():
    # audit r18 row 22 (store doc 131): the cell spotted, then struck
    text = ('وأشار إلى أن جيش الاحتلال "يواصل الهجوم في الأراضي اللبنانية، وفي وقت وقوع الهجمات، تم رصد خلية يشتبه '
            'في أنها كانت تنوي إطلاق صاروخ مضاد للدروع، وقد تم استهدافها".')
    _typ, _source, target = _roles(text, "استهدافها")
    assert target == "خلية"


def test_a_pronoun_with_no_object_after_it_points_to_the_site_before():
    # store doc 335: the base struck by unknown attackers
    text = ("وقالت مصادر محلية إن ألسنة اللهب وأعمدة الدخان تتصاعد بكثافة من قلب قاعدة الجيش الأميركي في حقل "
            "كونيكو، بعد استهدافها مساء اليوم الإثنين من قبل مجهولين، بعدد من الصواريخ.")
    _typ, source, target = _roles(text, "استهدافها")
    assert (source, target) == ("مجهولين", "قاعدة الجيش الأميركي")


def test_the_seized_ship_is_the_pronoun_of_its_seizure():
    # audit r18 row 131 (store doc 149)
    text = ("بعد احتجاز أكثر من عام.. مليشيا الحوثي تفرج عن طاقم السفينة غلاكسي ليدر بعد سنة وشهرين على احتجازها، "
            "أعلنت مليشيا الحوثي في اليمن اليوم الأربعاء 22 يناير 2025، أنها أفرجت عن طاقم السفينة (غلاكسي ليدر).")
    _typ, _source, target = _roles(text, "احتجازها")
    assert target is not None and target.startswith("السفينة")


# -- a time word, an act noun, as the verbal noun's genitive -------------------------------------------------------------

def test_the_lam_phrase_after_a_time_genitive_is_the_object():
    # audit r18 row 3 (store doc 477)
    text = ("وأوضح حزب الله أن قصف اليوم للقوة العسكرية جاء ردًا على قصف الاحتلال الإسرائيلي لمنزل في بلدة حولا أمس "
            "الجمعة.")
    _typ, _source, target = _roles(text, "قصف")
    assert target is not None and target.endswith("قوة العسكرية")


def test_the_object_after_an_act_noun_genitive_and_its_adjective():
    # audit r18 row 64 (store doc 123)
    text = ("وأفادت بوابة “عدن الغد” الإخبارية اليمنية، نقلا عن مصادر لم تفصح عنها، بأن الرهوي قتل مع عدد من "
            "مرافقيه إثر استهداف غارة إسرائيلية مبنى سكنيا.")
    _typ, _source, target = _roles(text, "استهداف")
    assert target == "مبنى سكنيا"
