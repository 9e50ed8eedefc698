"""Quotation attribution, issue #27 helper q2: causes read on the in-domain TRAINING split and the store only
(no dev, no test). A hard-wrapped text's line breaks inside a sentence do not end the cue's sentence. Every
sentence is from benchmarks/data/indomain/train.jsonl (or the in-domain store, as noted)."""
from __future__ import annotations

from conftest import one_quote, quote_doc, speaker_span

quotes, one, span = quote_doc, one_quote, speaker_span  # (tests/conftest.py)

# im-da31b3ecff (عربي21): lines cut at ~80 characters, mid-sentence
WRAPPED = ("نفذ الحوثيون هجوما صاروخيا الخميس، استهدف منزل، حاكم محافظة مأرب، ما أدى إلى وقوع أضرار كبيرة في "
           "المنزل الواقع جنوب شرق المدينة الغنية بالنفط.\n"
           "وأفاد مصدر أمني\n"
           "لـ\"عربي21\" بأن صاروخا حوثيا تم إطلاقه من منطقة \"الكفي\"\n"
           "الواقعة في مديرية صرواح، في الأطراف الغربية من مدينة مأرب، واستهدف منزل محافظ\n"
           "مأرب الشيخ سلطان العرادة، في مديرية الوادي جنوب شرق المحافظة، فجر الخميس.\n"
           "وأضاف المصدر الذي فضل عدم ذكر\n"
           "اسمه، أن الصاروخ أطلق من على بعد 45 كلم، وتحديدا من منطقة حباب التي يتمركز فيها\n"
           "الحوثيون، المتحالفون مع قوات الرئيس السابق.\n"
           "فيما ذكرت قناة \"المسيرة\"\n"
           "الناطقة باسم الحوثي مساء الخميس، أن عملية مشتركة نفذت صباح اليوم، عبر سلاح الجو\n"
           "المسير والقوة الصاروخية التابعة للجماعة على أهداف عسكرية في محافظة مأرب.\n")


def test_wrapped_line_break_does_not_cut_the_subject_from_its_claim():
    # before: no quotation for "وأفاد" (its sentence ended at the break after "مصدر أمني") nor for "ذكرت"
    doc = quotes(WRAPPED, entities=[("مأرب", "LOC"), ("المسيرة", "ORG")])
    q = one(doc, "وأفاد")
    assert span(doc, q) == "مصدر أمني"
    assert q.content.startswith("صاروخا حوثيا تم إطلاقه") and "مديرية صرواح" in q.content
    q = one(doc, "ذكرت")
    assert q.speaker == "المسيرة" and q.content.startswith("عملية مشتركة نفذت")
    assert "القوة الصاروخية" in q.content  # the claim runs on over the wrap


def test_wrapped_relative_clause_keeps_its_speaker():
    # before: "وأضاف المصدر الذي فضل عدم ذكر" ended its sentence: no quotation
    doc = quotes(WRAPPED, entities=[("مأرب", "LOC")])
    q = one(doc, "وأضاف")
    assert q.speaker.startswith("المصدر") and q.content.startswith("الصاروخ أطلق من على بعد 45 كلم")


def test_unwrapped_text_keeps_its_line_breaks():
    # control: a headline and long paragraph lines ending in no stop (im-89f13ba215, store) are not a wrap
    text = ("السفينة استهدفت في البحر الأحمر\n"
            "أعلن المتحدث باسم القوات المسلحة اليمنية يحيى سريع استهداف سفينتين إسرائيليتين في مياه البحر "
            "الأحمر قبالة سواحل اليمن\n"
            "واضاف سريع: تم استهداف السفينة الأولى بصاروخ بحري.\n")
    doc = quotes(text, entities=[("يحيى سريع", "PER")])
    q = one(doc, "واضاف")
    assert q.content.startswith("تم استهداف السفينة الأولى")


def test_ala_ma_after_a_comma_attributes_the_clause_before():
    # im-3d27a33e9b; before: no quotation for "على ما أعلنت"
    doc = quotes("الحرس الثوري يعلن استهداف أربيل\n\nواستهدف “12 صاروخاً بالستياً” في هجوم أطلق “من خارج الحدود” "
                 "فجر الأحد أربيل عاصمة إقليم كردستان العراق والقنصلية الأمريكية فيها، مسفراً عن إصابة شخصين "
                 "بجروح، على ما أعلنت سلطات الإقليم ذي الحكم الذاتي.", entities=[("أربيل", "LOC")])
    q = one(doc, "على ما أعلنت")
    assert q.speaker == "سلطات الإقليم"
    assert "12 صاروخاً بالستياً" in q.content


def test_ala_ma_of_a_comment_is_no_attribution():
    # control (store): "تعليق على ما أعلنته X" is a comment on what X announced
    doc = quotes("عنوان الخبر\n\nولم يصدر تعليق فوري من جماعة الحوثيين (أنصار الله) على ما أعلنته السعودية.")
    assert not doc.quotes


def test_quoted_platform_name_before_a_colon_is_no_claim():
    # store; before: the claim was «تروث سوشال»: «…» (the platform's name taken for the quotation)
    doc = quotes("عنوان الخبر\n\nوقال ترمب في منشور على منصته «تروث سوشال»: «استكملنا هجومنا الناجح جدا على "
                 "المواقع النووية الثلاثة في إيران، بما في ذلك فوردو ونطنز وأصفهان».", entities=[("ترمب", "PER")])
    q = one(doc, "وقال")
    assert q.content.startswith("استكملنا هجومنا الناجح")


def test_awrada_reports():
    # im-567fc9a3a5; before: no quotation for "وأورد" (it relayed only)
    doc = quotes("عنوان الخبر\n\nوأورد التلفزيون السوري الرسمي عبر «تلغرام»: «عدوان لطيران الاحتلال الإسرائيلي قرب "
                 "مبنى رئاسة الأركان في ساحة الأمويين بدمشق». وسمع صحافيو وكالة الصحافة الفرنسية دويَّ انفجار قوي.",
                 entities=[("التلفزيون السوري", "ORG")])
    q = one(doc, "وأورد")
    assert q.speaker.startswith("التلفزيون السوري") and q.content.startswith("عدوان لطيران الاحتلال")


def test_object_verb_cue_ending_the_text_does_not_crash():
    # found by tests/test_fuzz.py::test_quotes (an IndexError on main as well)
    assert quotes("% % % % % % % أبلغ ").quotes == []


def test_dashed_hasabama_relays_the_subjects_claim():
    # store im-2e40f250ca; before (with أفادت on main, with أوردت once a cue): the claim went to "العربية"
    for verb in ("أوردت", "أفادت"):
        doc = quotes("عنوان الخبر\n\nأعلن المرصد السوري لحقوق الإنسان اليوم الجمعة، أن 7 مدنيين قتلوا. وذكر المرصد - "
                     f"حسبما {verb} قناة (العربية) الإخبارية - أن الغارات التي شنتها مقاتلات جوية روسية في جبل الزاوية "
                     "أدت إلى مقتل أربعة مدنيين.", entities=[("المرصد السوري لحقوق الإنسان", "ORG"), ("العربية", "ORG")])
        q = one(doc, "وذكر")
        assert q.speaker.startswith("المرصد") and q.content.startswith("الغارات التي شنتها")
