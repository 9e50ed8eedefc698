"""Entities, round 8 (issue 25): two words of the issue's 300-article SaudiNewsNet sample that were
entities of the wrong kind, fixed by rules over data files: ك "as" before a kinship noun (كأب "as a
father", typed PER) and the loanword tail of company and facility names (سيتي جروب, فينيشان هوتيل typed
PER), and a staff rank (الفريق الركن) that cut the name after it. The sentences are from that
sample (SaudiNewsNet, 2015) and from the round-5 audit."""
from __future__ import annotations

from conftest import ents


def test_ka_as_before_a_kinship_noun_is_no_name():
    got = ents("وقد عملت معه على امتداد السنوات الست الماضية، وأتحدث معه كأب وجد وعن تجربته كحاكم لولاية "
               "فلوريدا.")
    assert not any(t == "كأب" for t, _ in got)
    assert ("فلوريدا", "LOC") in got


def test_a_name_starting_with_kaf_keeps_it():
    # كمال is a name, not ك + مال; the ك rule applies only before a listed common noun
    got = ents("وقال كمال الجنزوري رئيس الوزراء المصري إن الحكومة ستعلن خطتها.")
    assert any(t.startswith("كمال") and ty == "PER" for t, ty in got)


def test_company_names_with_a_loanword_tail_are_organisations():
    got = ents("كان بإمكان تشاك برينس، الذي كان في ذلك الحين الرئيس التنفيذي لسيتي جروب، أن يستفيد من "
               "مثل هذا المستشار في عام 2007.")
    assert any(t.endswith("سيتي جروب") and ty == "ORG" for t, ty in got)
    assert not any(t.endswith("سيتي جروب") and ty == "PER" for t, ty in got)


def test_a_hotel_name_is_a_place_not_a_person():
    got = ents("وأقيم الحفل داخل إحدى قاعات «فينيشان هوتيل»، الكائن بجوار المسرح.")
    assert ("فينيشان هوتيل", "LOC") in got


def test_staff_rank_qualifier_keeps_the_name_whole():
    # الركن ("staff") stands between the rank and the name; علي after it is the name, not على
    # (audit round 5, row 128: the mention was cut to محسن صالح)
    got = ents("بعث نائب رئيس الجمهورية الفريق الركن علي محسن صالح ،برقية عزاء ومواساة للرئيس عبدربه منصور "
               "هادي.")
    assert ("علي محسن صالح", "PER") in got
