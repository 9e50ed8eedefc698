"""Events, round 91 (event sources that are another phrase than the doer, audit r19): a phrase that cannot name
one who acts is dropped as the source (a wrong fact shown is worse than none): one opening with a preposition that
carries a pronoun (عبره, فيه: resources/events/closed_classes.tsv pronoun_prepositions) or with ب / ك glued to a
definite noun (بالعاصمة) — a prepositional adjunct; one holding an interrogative (كيف: question_words) — a clause's
opening; one definite word right after a definite noun (الضربات الجوية الغادرة, بالمحافظة الواقعة) — a definite
noun is in construct with nothing, so the word is its adjective (names, actor heads and peoples stay)
(actors._opens_with_preposition, _question_inside, _adjective_after_definite). And an act noun joined by و after a
noun whose definite prepositional complement stands right after it (للتنديد بالعدوان … والضربات) is a second
complement, not a second act of that noun's doer (detect._joined_to_complement). Sentences of the audit r19 rows
(the in-domain store); each test fails without the rule."""
from __future__ import annotations

from conftest import roles_of as _roles


def test_a_preposition_with_a_pronoun_opens_no_subject():
    # audit r19 row 113 (store doc 167): the committee threatens the regime; عبره النظام is no threatener
    text = ("ودفعت هذه التطورات اللجنة المركزية في ريف درعا الغربي إلى إصدار بيان، أعلنت فيه «النفير العام» لأهالي "
            "حوران، استجابة لنداء الفزعة من درعا البلد، وهددت عبره النظام بالحرب في مختلف أرجاء المحافظة، ما لم "
            "توقف ميليشيات الفرقة الرابعة وإيران حملتها العسكرية على الأحياء المحاصرة، وتبدأ بفك الحصار عنها.")
    _typ, source, _target = _roles(text, "وهددت")
    assert source != "عبره النظام" and (source is None or "عبره" not in source)


def test_a_place_after_a_glued_preposition_is_no_doer():
    # audit r19 row 115 (store doc 181; r18 104): fighting in the capital, not by it
    text = "من جهة أخرى، أعلن الصليب الأحمر عن مقتل 125 على الأقل وإصابة 238 في قتال بالعاصمة"
    _typ, source, _target = _roles(text, "قتال")
    assert source is None


def test_a_phrase_with_a_question_word_is_no_doer():
    # audit r19 row 61 (store doc 298): the caption's "watch how" is no doer
    text = "شاهد كيف استهدفت القوات القمعية الثوار با"
    _typ, source, _target = _roles(text, "استهدفت")
    assert source is None or "كيف" not in source


def test_the_adjective_of_a_definite_noun_is_no_doer():
    # audit r19 row 91 (store doc 375): الواقعة describes the province, it runs no operation
    text = ('أعلنت قيادة العمليات المشتركة العراقية في محافظة صلاح الدين اليوم /الأربعاء/ عن تدمير أربع مضافات '
            'لتنظيم داعش الإرهابي في جزيرة "البو مرموص" خلال عملية أمنية بالمحافظة الواقعة شمال العاصمة العراقية '
            '(بغداد).')
    _typ, source, _target = _roles(text, "عملية أمنية")
    assert source != "الواقعة"


def test_denounced_strikes_are_not_done_by_the_protesters_nor_by_their_adjective():
    # audit r19 row 96 (store doc 353): the protesters denounce the strikes; الغادرة (treacherous) is an adjective
    text = ("وتجمع المئات من المحتجين، بالقرب من السفارة الأمريكية في بغداد للتنديد بالعدوان الامريكي الغاشم "
            "والضربات الجوية الغادرة التي قتلت ابناءهم.")
    _typ, source, _target = _roles(text, "والضربات الجوية")
    assert source is None
