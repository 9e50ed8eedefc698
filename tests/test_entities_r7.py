"""Entities, round 7 (issue 25): the classes of in-domain dev errors fixed by general rules and data sources
(the region's GeoNames towns, facility adjectives, state heads, outlets in quotation marks, institution of a
place, settlement heads, quoted parts of listed names, hashtags), each checked on a sentence in the style of
the news it came from, with the cases each rule must leave alone."""
from __future__ import annotations

from marsad import actors
from marsad.extract.entities.tagger import get_tagger

from conftest import ents


# ---- the region's GeoNames towns -------------------------------------------------------------------------

def test_region_town_rarely_written_otherwise_is_a_place():
    # Nasiriyah (GeoNames 98854, IQ), written rarely enough in the news to be no common word
    got = ents("قتلت قوات الأمن 35 متظاهرا على الأقل في الناصرية ردا على إحراق القنصلية الإيرانية في النجف.")
    assert ("الناصرية", "LOC") in got


def test_region_town_that_is_a_common_word_is_left_to_the_tagger():
    # الدور (Ad Dawr) and العلم (Al-Alam) are also "the role" and "the flag": not taken wherever they stand
    names = get_tagger().listed_names
    assert "الدور" not in names and "العلم" not in names
    got = ents("وأكد الوزير أهمية الدور الذي تلعبه الحكومة في رفع العلم فوق المباني الرسمية.")
    assert not any(t in ("الدور", "العلم") for t, _ in got)


def test_region_town_read_inside_a_longer_word_is_not_taken():
    # بنان is a GeoNames town; ل + بنان must not cut لبنان
    got = ents("طالبت الحكومة بإجراء مراجعة شاملة لعلاقاتها مع لبنان بعد الهجوم.")
    assert ("لبنان", "LOC") in got and not any(t == "بنان" for t, _ in got)


def test_region_places_only_from_the_region():
    places = actors.region_places()
    assert "خان شيخون" in places
    assert all(" " in k or len(k) > 3 for k in places)


def test_multiword_town_with_a_function_word_is_no_name():
    # a GeoNames name such as أن صالح must not make "أن صالح" a place in running text
    got = ents("وأكدت مصادر أن صالح قتل في اشتباكات مع الحوثيين جنوب صنعاء.")
    assert not any(t == "أن صالح" for t, _ in got)


# ---- span conventions -------------------------------------------------------------------------------------

def test_facility_adjective_joins_and_nationality_stays_out():
    got = ents("سقطت صواريخ على قاعدة عين الأسد الجوية غرب العراق، وأخرى قرب مطار أربيل الدولي، "
               "فيما استهدفت مسيرة قاعدة حرير الأمريكية.")
    assert ("قاعدة عين الأسد الجوية", "LOC") in got
    assert ("مطار أربيل الدولي", "LOC") in got
    assert ("قاعدة حرير", "LOC") in got and not any(t.endswith("الأمريكية") for t, _ in got)


def test_oil_field_adjective_joins():
    got = ents("هاجم مسلحو داعش حقل عجيل النفطي شرق تكريت.")
    assert ("حقل عجيل النفطي", "LOC") in got


def test_state_head_word_joins_the_country():
    got = ents("استقبل أمير دولة الكويت رئيس الوزراء العراقي في قصر بيان.")
    assert ("دولة الكويت", "LOC") in got


# ---- organisations by their frame -------------------------------------------------------------------------

def test_outlet_in_quotation_marks_after_a_media_head():
    got = ents('وأكد مراسل قناة "الحدث"، نقلا عن قيادات في الحزب، أن الأنباء صحيحة. وذكرت قناة (العراقية) '
               'المملوكة للدولة أن الوزير وصل. وقالت وكالة “بغداد اليوم” إن الاشتباكات توقفت.')
    assert ("الحدث", "ORG") in got and ("العراقية", "ORG") in got and ("بغداد اليوم", "ORG") in got
    assert not any(t == "بغداد" for t, _ in got)


def test_outlet_named_by_an_adjective_is_not_spread_to_the_adjective():
    got = ents("وذكرت قناة (العراقية) المملوكة للدولة أن القوات العراقية دخلت المدينة.")
    assert got.count(("العراقية", "ORG")) == 1


def test_institution_head_before_a_place_is_that_place_institution():
    got = ents("قالت شرطة كركوك إن انفجارا وقع، ونقلت وكالة الأناضول عن مفوضية انتخابات العراق أن "
               "النتائج ستعلن، فيما عبرت السفن قناة السويس.")
    assert ("شرطة كركوك", "ORG") in got
    assert ("وكالة الأناضول", "ORG") in got
    assert ("مفوضية انتخابات العراق", "ORG") in got
    assert ("قناة السويس", "LOC") in got


def test_quoted_first_words_of_a_listed_organisation():
    got = ents('أعلنت "المقاومة الإسلامية" في العراق استهداف قاعدة أمريكية في سوريا بطائرتين مسيرتين.')
    assert ("المقاومة الإسلامية", "ORG") in got


# ---- places after a settlement head -----------------------------------------------------------------------

def test_settlement_head_names_the_common_word_after_it():
    got = ents("كانت القوات استعادت السيطرة على بلدة الدور قبل استعادتها لبلدة العلم الواقعة على الضفة "
               "الشرقية، ووصلت الشرطة الاتحادية إلى مشارف قضاء الدور.")
    assert ("الدور", "LOC") in got and ("العلم", "LOC") in got
    assert ("قضاء الدور", "LOC") in got


def test_place_spread_stops_before_a_nationality_adjective():
    # the town named after بلدة is not spread to العلم العراقي, the flag
    got = ents("دخلت القوات بلدة العلم صباحا. ورفعت القوات العلم العراقي على مبنى المستشفى.")
    assert got.count(("العلم", "LOC")) == 1


def test_settlement_head_leaves_adjectives_and_definite_heads_alone():
    got = ents("زار الوفد قرية صغيرة في الريف، ثم عاد إلى المدينة القديمة.")
    assert not any(t in ("صغيرة", "القديمة") for t, _ in got)


# ---- hashtags ---------------------------------------------------------------------------------------------

def test_hashtag_head_word_is_part_of_the_name():
    got = ents("قصفت الطائرات #ريف_حلب الشمالي، وقالت شرطة_أبوظبي إن التحقيقات مستمرة. "
               "ستجري مراسم توقيع #اتفاق_الرياض بين الحكومة اليمنية والمجلس الانتقالي.")
    assert ("ريف_حلب", "LOC") in got
    assert ("شرطة_أبوظبي", "ORG") in got
    assert ("اتفاق_الرياض", "MISC") in got


def test_hashtag_other_words_stay_outside():
    got = ents("وأطلق ناشطون وسم #جرائم_الحوثيين للتنديد بالقصف.")
    assert not any(t.startswith("جرائم") for t, _ in got)


def test_facility_named_in_quotation_marks_is_a_place():
    # audit r5 rows 18, 135: the Conoco gas field, written in quotation marks after حقل (and حقل غاز)
    got = ents('قصف صاروخي يستهدف الجيش الأمريكي في حقل غاز “كونيكو” شرقي سوريا، بعد هجوم على قاعدة '
               'الجيش الأمريكي في حقل “كونيكو” للغاز الطبيعي.')
    assert got.count(("كونيكو", "LOC")) == 2
    assert not any(t == "كونيكو" and ty != "LOC" for t, ty in got)
