"""Quotation attribution, issue #27 helper q1: causes read on the in-domain TRAINING split only (no dev, no
test). Speaker span bounds: a لل-word after a rank is never a name, an indefinite "مقربة من X" keeps its
من-phrase, an unnamed source's ب+city is an adjunct, لل + an outlet's name is the one spoken to; a carried
speaker moves to its latest short mention; ألا after a cue opens the claim; dual participles are cues. Every
sentence is from benchmarks/data/indomain/train.jsonl."""
from __future__ import annotations

from conftest import one_quote, quote_doc, speaker_span

from marsad.document import Entity

quotes, one, span = quote_doc, one_quote, speaker_span  # (tests/conftest.py)
HEAD = "عنوان الخبر\n\n"  # a first line read as the headline: the sentences under test are body text


def test_lam_article_word_after_a_rank_is_no_name():
    # before: speaker "للدفاع المدني" (الإعلامي read as a rank, the لل-genitive as the name after it)
    doc = quotes(HEAD + "وصرح الناطق الإعلامي للدفاع المدني بمنطقة نجران، ظهر اليوم الأربعاء، بأن دورية سجون "
                 "تعرضت لقذيفة هاون أدت لاستشهاد قائدها.", entities=[("منطقة نجران", "LOC")])
    q = one(doc, "وصرح")
    assert span(doc, q).startswith("الناطق الإعلامي للدفاع المدني")
    assert q.speaker.startswith("الناطق الإعلامي للدفاع المدني")


def test_indefinite_close_to_keeps_its_min_phrase():
    # before: "وسائل إعلام مقربة"
    doc = quotes(HEAD + "وقالت وسائل إعلام مقربة من النظام السوري، إن مسيرة تركية استهدفت موقعا عسكريا "
                 "لـ\"قسد\" في محيط القرية، في حين قالت وسائل إعلام مقربة من \"قسد\" إن عناصر من جيش "
                 "النظام قتلوا.", entities=[("النظام السوري", "ORG"), ("قسد", "ORG")])
    assert span(doc, one(doc, "وقالت")) == "وسائل إعلام مقربة من النظام السوري"
    assert span(doc, one(doc, "قالت")) == 'وسائل إعلام مقربة من "قسد"'


def test_unnamed_source_city_after_ba_is_an_adjunct():
    # before: "مصادر أمنية ومحلية بصلاح الدين", "مصادر صحية بصنعاء"
    doc = quotes(HEAD + "وقالت مصادر أمنية ومحلية بصلاح الدين، إن القوات الأمنية العراقية تتقدم من عدة محاور "
                 "نحو مدينة تكريت.", entities=[("صلاح الدين", "LOC"), ("تكريت", "LOC")])
    assert span(doc, one(doc, "وقالت")) == "مصادر أمنية ومحلية"
    doc = quotes(HEAD + "وسقط عدد كبير من القتلى والجرحى في واقعة استهداف قاعة العزاء، ووفقا لمصادر صحية بصنعاء "
                 "فان نحو 105 اشخاص قتلوا واصيب ما يزيد عن 500.", entities=[("صنعاء", "LOC")])
    assert [span(doc, q) for q in doc.quotes] == ["مصادر صحية"]


def test_unnamed_source_serving_in_an_institution_keeps_it():
    # control: "مصدر بالجيش اليمني" (where he serves, an organisation, not a city)
    doc = quotes(HEAD + "وقال مصدر بالجيش اليمني إن القوات تحاصر المبنى الرئيسي بالمطار.",
                 entities=[("الجيش اليمني", "ORG")])
    assert span(doc, one(doc, "وقال")).startswith("مصدر بالجيش اليمني")


def test_lam_article_outlet_name_is_spoken_to():
    # before: "مصدر حكومي للجزيرة"
    doc = quotes(HEAD + "وفي تطور جديد، أفاد مصدر حكومي للجزيرة أن الطيران الإماراتي قصف قوات الجيش الوطني.",
                 entities=[("جزيرة", "ORG")])
    assert span(doc, one(doc, "أفاد")) == "مصدر حكومي"


def test_carried_speaker_moves_to_its_latest_short_mention():
    # before: the span stayed on the first "العبادي" (its name being the full "حيدر العبادي")
    text = (HEAD + "أعلن رئيس الوزراء العراقي حيدر العبادي انطلاق عملية تحرير الموصل.\n"
            "وأشار العبادي إلى أن القوات التي ستدخل الموصل هي \"الجيش العراقي والشرطة الوطنية\" حصرا، ودعا "
            "العبادي أهالي مدينة الموصل إلى التعاون مع القوات الأمنية، لافتا إلى أن العملية تجري قيادتها من قبل "
            "الجيش العراقي.")
    second = text.index("العبادي", text.index("ودعا"))
    doc = quotes(text, entities=[Entity(start=text.index(w, at), end=text.index(w, at) + len(w), text=w, type="PER")
                                 for w, at in (("حيدر العبادي", 0), ("العبادي", text.index("وأشار")),
                                               ("العبادي", second))])
    q = one(doc, "لافتا")
    assert (q.speaker_start, q.speaker_end) == (second, second + len("العبادي"))


def test_alla_after_a_participle_opens_the_claim():
    # before: no quotation for "متمنياً"
    doc = quotes(HEAD + "وقال المهندس إن قوات الحشد الشعبي لن تقف مكتوفة الأيدي، متمنياً الا تتدخل القوات "
                 "الأمريكية في هذه المعركة كي لا تتحول الفلوجة إلى الرمادي أخرى.",
                 entities=[("المهندس", "PER")])
    q = one(doc, "متمنياً")
    assert q.content.startswith("الا تتدخل القوات الأمريكية")
    assert q.speaker == "المهندس"


def test_illa_anna_is_no_claim_opener():
    # control: "إلا أن" (however) after a cue is no ألا
    doc = quotes(HEAD + "وقال الوزير، إلا أن الأمر لم يحسم بعد.")
    assert not any(q.content.startswith("الا") for q in doc.quotes)


def test_dual_feminine_participle():
    # before: no quotation for "مؤكّدتَين"
    doc = quotes(HEAD + "وأعلنت الرياض وطهران، من خلال البيان نفسه، أن وزيرَي خارجيتَيهما سيجتمعان لتنفيذ هذا "
                 "القرار، مؤكّدتَين «احترام السيادة وعدم التدخّل في الشؤون الداخلية لكلتيهما».",
                 entities=[("الرياض", "LOC"), ("طهران", "LOC")])
    q = one(doc, "مؤكّدتَين")
    assert q.content.startswith("احترام السيادة")
