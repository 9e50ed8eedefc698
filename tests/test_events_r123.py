"""Events, round 123 (role spans cut or too long, issue #26).

1. An indefinite member noun (member_heads.txt: أعضاء, قيادي, قياديين, عضو, مسؤول, عنصر, ضابط) with في and the
   party after it names members of that party: the party is part of the phrase ("أعضاء في الإطار التنسيقي",
   "قياديين في حركة النجباء العراقية"), as it is when the party is the noun's genitive (أعضاء الإطار) or after من
   (عنصر من قوات سوريا الديمقراطية). The training split's gold keeps the في-party in every such role (and cuts none);
   a place after في (قياديين في ريف درعا: a LOC, a place or site head) or a time is no party and stays outside
   (actors.SentenceView._member_of, read by np_right).
2. A glued ب with a kind of place (بريف, بمدينة, بمحافظة: place_heads.txt and ريف) or a weapon or other means
   (roles.tsv weapon_nouns, means_nouns: بالمدفعية, بالصواريخ) opens an adverbial — where or with what the act was
   done — never a genitive or an adjective of the phrase before it (np_right read "بالمدفعية" as a nisba adjective
   and "بريف" as a genitive): the gold's targets stop before it. A lone noun with a possessive pronoun after its
   feminine ت (سيارتهم, سيارتها) is no future verb (attach._verb_like), as سيارته was not.
3. A second conjunct joined by و that is an indefinite noun in construct with a definite genitive or a name
   ("القوات الأمريكية وحلفاء واشنطن", "مديرية دريكيش ومواقع الأمن العام") belongs to the same role, as one with the
   article or an actor head did (SentenceView.coordinate, _construct_conjunct): not a verb form, a verbal noun, a
   casualty noun (وإصابة ستة آخرين) or an adjective. The training split's gold keeps such conjuncts.

Sentences of the training split; each test fails without its rule."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- 1. a member noun, في and its party ------------------------------------------------------------------------------

def test_members_in_a_party_keep_the_party():
    # training split im-389cb25fcd: the target was cut to أعضاء
    text = ("وإثر ذلك، وقعت اشتباك بالأيدي بين النواب المعترضين وأعضاء في الإطار التنسيقي داخل وخارج مبنى "
            "البرلمان.")
    typ, source, target = _roles(text, "اشتباك")
    assert typ == "ASSAULT"
    assert source == "النواب"
    assert target == "أعضاء في الإطار التنسيقي"


def test_leaders_in_a_movement_keep_the_movement():
    # training split im-a3141973b1: the target was cut to قياديين
    text = ("اغتيل قياديين في حركة النجباء العراقية، إثر انفجار قوي في العاصمة العراقية بغداد، نتيجة قصف من جانب "
            "طائرة مسيرة، استهدفت مقر للحشد الشعبي بالقرب من وزارة الداخلية العراقية شرقي بغداد.")
    typ, _source, target = _roles(text, "اغتيل")
    assert typ == "ASSAULT"
    assert target == "قياديين في حركة النجباء العراقية"


# -- 2. ب with a kind of place or a weapon ends the phrase ---------------------------------------------------------

def test_weapon_after_the_object_is_no_adjective():
    # training split im-bf72a24bf5: the target ran on into the means, "الأحياء السكنية بالمدفعية"
    text = ("في الأثناء يقصف الحوثيون الأحياء السكنية بالمدفعية وقذائف الهاون في الشيخ عثمان ومنطقة الدرين، "
            "حسبما قال شهود عيان.")
    typ, source, target = _roles(text, "يقصف")
    assert typ == "ASSAULT"
    assert source == "الحوثيون"
    assert target == "الأحياء السكنية"


def test_countryside_after_the_object_is_where():
    # training split im-d63bfaedf0 (headline): the target ran on into the place, "سيارتهم بريف القامشلي"
    text = 'قتلى وجرحى من "قسد" إثر استهداف مسيرة تركية لسيارتهم بريف القامشلي'
    typ, source, target = _roles(text, "استهداف")
    assert typ == "ASSAULT"
    assert source == "مسيرة تركية"
    assert target == "سيارتهم"


# -- 3. a second conjunct in construct --------------------------------------------------------------------------------

def test_allies_of_washington_join_the_target():
    # training split im-c0babd4baa: the target was cut to القوات الأمريكية
    text = ("ولم تسفر معظم هذه الهجمات عن ضحايا لكنها تواصل الضغط على القوات الأمريكية وحلفاء واشنطن في المنطقة "
            "في مطلع الفترة الرئاسية للرئيس الأمريكي جو بايدن.")
    typ, _source, target = _roles(text, "الهجمات")
    assert typ == "ASSAULT"
    assert target == "القوات الأمريكية وحلفاء واشنطن"
