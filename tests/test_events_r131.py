"""Events, round 131 (a phrase right after «من» read as the subject of the next verb, issue #26): the partitive
«من» after a count, quantifier or member noun names the group the subject is drawn from ("20 ألفا من المتظاهرين
الغاضبين حاصروا": the protesters act), but a from-phrase («من» with a noun of one thing after it: من طراز, من الصف,
من اتجاه) tells of what kind or where from — its noun is never the doer. actors._from_phrase tells the two apart by
the head after «من»: singular, no name of an agent, no actor head, no people's word, no plural; then
actors._before_from takes the phrase before «من» as the subject when it names people or a party ("معظم قادة «جيش
الإسلام»"), else none (a weapon: "59 صاروخا موجها"). Store docs 339, 413, 465 (store at 9f6c85e: 12 sources after
«من» before the trigger — r129 saw 13, its dual «من اتجاه الجولان» is fixed since —, 3 from-phrases, all 3 wrong;
guards from docs 248, 31, 188); each test fails at main 9f6c85e."""
from __future__ import annotations

from conftest import roles_of as _roles


def test_a_rank_after_min_is_no_subject():
    # store doc 413: most of Jaysh al-Islam's first-rank leaders left Douma; «الصف» (the rank) was the leaver
    text = ("وأضاف أن معظم قادة «جيش الإسلام» من الصف الأول، وبينهم قائده العام عصام بويضاني، غادروا دوما فجر أمس "
            "الأول ووصلوا إلى الشمال السوري في المساء.")
    typ, source, _target = _roles(text, "غادروا")
    assert (typ, source) == ("RETREAT", "معظم قادة «جيش الإسلام»")
    # guards (store docs 248, 31): a count or a unit drawn from a group — the group stays the doer
    text = "وكان 20 ألفا من المتظاهرين الغاضبين حاصروا مقر القنصلية الإيرانية لساعات عدة، قبل أن يقتحمها المئات منهم."
    _typ, source, _target = _roles(text, "حاصروا")
    assert source == "المتظاهرين الغاضبين"
    text = "وقال إن قوات خاصة عراقية من جهاز مكافحة الارهاب نفذت المداهمة."
    _typ, source, _target = _roles(text, "المداهمة")
    assert source == "جهاز مكافحة الارهاب"


def test_a_kind_after_min_is_no_subject():
    # store docs 339 and 465: the Tomahawk missiles struck the airbase; «طراز توماهوك» (the model) was the attacker.
    # The phrase before من names a weapon, no doer: no source.
    text = ('وقال مسؤول في البيت الأبيض: "إن 59 صاروخًا موجهًا من طراز توماهوك استهدفت مطار الشعيرات العسكري '
            'المرتبط ببرنامج الأسلحة الكيميائية السوري".')
    typ, source, target = _roles(text, "استهدفت")
    assert (typ, source) == ("ASSAULT", None)
    assert target.startswith("مطار الشعيرات العسكري")
    # guard, store doc 188: after a quantifier (كل من) the list after من is the doer whatever its head
    text = ("أعلنت كل من المملكة السعودية، ومملكة البحرين، ودولة الإمارات، وجمهوريتي اليمن ومصر، اليوم الاثنين، "
            "وبشكل متزامن، قطع العلاقات مع دولة قطر، وسحب البعثات الدبلوماسية.")
    _typ, source, _target = _roles(text, "قطع العلاقات")
    assert source == "المملكة السعودية، ومملكة البحرين، ودولة الإمارات، وجمهوريتي اليمن ومصر"

