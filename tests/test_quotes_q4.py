"""Quotation attribution, issue #27 helper q4: constructions read on the in-domain TRAINING split and the store
only (no dev, no test). Every sentence is from benchmarks/data/indomain/train.jsonl (article id noted); each
test failed before its rule (checked on main 3c58ab5)."""
from __future__ import annotations

from conftest import one_quote, quote_doc

quotes, one = quote_doc, one_quote  # (tests/conftest.py)

# im-3d27a33e9b
JIHAZ = ("عنوان الخبر\n\nوقال جهاز مكافحة الإرهاب في إقليم كردستان في بيان إنه “في الساعة الواحدة بعد منتصف الليل، "
         "استهدفت مدينة أربيل بـ12 صاروخا بالستيا”، مضيفاً “الصواريخ كانت موجّهة إلى القنصلية الأمريكية في أربيل”.")
# im-6dadbf15df
SULTAT = ("عنوان الخبر\n\nوقالت السلطات الأمنية في إقليم كوردستان العراق إن الصواريخ الباليستية أطلقها الحرس الثوري "
          "الإيراني.")
# im-dbefc10fe1
IALAM = ("عنوان الخبر\n\nووفقاً لإعلام وزارة الصحة في إقليم كوردستان، \"وصل ثمانية جرحى وشهيد واحد إلى المستشفى\".")


def test_institution_in_a_region_keeps_the_region():
    # before: "جهاز مكافحة الإرهاب" (the region, which tells whose service speaks, cut)
    doc = quotes(JIHAZ, entities=[("جهاز مكافحة الإرهاب", "ORG"), ("إقليم كردستان", "LOC")])
    assert one(doc, "وقال").speaker == "جهاز مكافحة الإرهاب في إقليم كردستان"
    assert one(doc, "مضيفاً").speaker == "جهاز مكافحة الإرهاب في إقليم كردستان"


def test_authorities_in_a_region_keep_the_region():
    # before: "السلطات الأمنية"
    doc = quotes(SULTAT, entities=[("إقليم كوردستان العراق", "LOC"), ("الحرس الثوري الإيراني", "ORG")])
    assert one(doc, "وقالت").speaker == "السلطات الأمنية في إقليم كوردستان العراق"


def test_region_after_an_attribution_phrase_source():
    # before: "إعلام وزارة الصحة"
    doc = quotes(IALAM, entities=[("وزارة الصحة", "ORG"), ("إقليم كوردستان", "LOC")])
    assert one(doc, "ووفقاً").speaker == "إعلام وزارة الصحة في إقليم كوردستان"


def test_unnamed_source_in_a_region_stays_bare():
    # control (store, article 205's construction with إقليم): where an unnamed source sits is an adjunct
    text = "عنوان الخبر\n\nأفاد مصدر أمني في إقليم كردستان، أمس الثلاثاء، بأن الحشد انسحب من المنطقة."
    doc = quotes(text, entities=[("إقليم كردستان", "LOC")])
    assert one(doc, "أفاد").speaker == "مصدر أمني"


# im-12348aaad2
MUSHTARAK = ("عنوان الخبر\n\nوأفاد بيان سعودي إيراني صيني مشترك، أوردته وكالة الأنباء السعودية، اليوم الجمعة، أن هذا "
             "الاتفاق جاء \"استجابة لمبادرة من الرئيس الصيني شي جين بينغ\"، موضحا أن الصين استضافت مباحثات بين "
             "الجانبين.")


def test_statement_with_indefinite_nationality_adjectives_is_the_source():
    # before: "سعودي إيراني صيني مشترك" (the statement noun dropped, its adjectives left as the speaker)
    doc = quotes(MUSHTARAK, entities=[("وكالة الأنباء السعودية", "ORG"), ("شي جين بينغ", "PER"),
                                      ("الصين", "LOC")])
    assert one(doc, "وأفاد").speaker == "بيان سعودي إيراني صيني مشترك"
    assert one(doc, "موضحا").speaker == "بيان سعودي إيراني صيني مشترك"


# im-0db735af63
HASHD = ("عنوان الخبر\n\nودعت قيادة الحشد الشعبي “ابناء الشعب العراقي للاحتفال بهذا النصر الكبير وسحق داعش في "
         "الأنبار”، مشيرة إلى أنها تأخرت “في اعلان النصر حتى نتأكد من قتل اخر ارهابي”.")
# im-54f4548465 (the subject carried from the sentence before)
SURIYA = ("عنوان الخبر\n\nو أكدت قيادة العمليات العسكرية التابعة للمعارضة أن “الطاغية بشار الأسد قد فر”، وأعلنت أن "
          "“دمشق أصبحت حرة”\nوأوضحت “بعد 50 عامًا من القمع تحت حكم البعث، نعلن اليوم (…) نهاية هذا العهد المظلم "
          "وبداية حقبة جديدة لسوريا”. ودعت السوريين المهجرين في الخارج إلى العودة إلى “سوريا الحرة”.\n")
# im-85631852d0
ABADI = ("عنوان الخبر\n\nودعا العبادي أهالي مدينة الموصل والشرقاط والقيارة إلى التعاون مع القوات الأمنية، وقال إن "
         "المعركة قريبة.")


def test_a_call_with_words_in_marks_is_a_quotation():
    # before: no quotation for "ودعت" (a call was no cue)
    doc = quotes(HASHD, entities=[("الحشد الشعبي", "ORG"), ("الأنبار", "LOC")])
    q = one(doc, "ودعت")
    assert q.speaker == "قيادة الحشد الشعبي"
    assert q.content.startswith("ابناء الشعب العراقي")


def test_a_call_ending_in_a_quoted_phrase_is_a_quotation_of_the_carried_source():
    # before: no quotation for "ودعت"; the phrase after it ("السوريين المهجرين", masculine) does not agree with
    # the feminine call: it is the object, the command of the sentence before speaks
    doc = quotes(SURIYA, entities=[("قيادة العمليات العسكرية", "ORG"), ("بشار الأسد", "PER")])
    q = one(doc, "ودعت")
    assert "سوريا الحرة" in q.content
    assert q.speaker == "قيادة العمليات العسكرية"


# im-6dadbf15df
MAJLIS = ("عنوان الخبر\n\nوفي بيان رسمي وصف مجلس أمن إقليم كوردستان الهجوم الصاروخي الإيراني بأنه “انتهاك صارخ لسيادة "
          "إقليم كوردستان والعراق”، ودعا الحكومة الإتحادية والمجتمع الدولي إلى “عدم الصمت تجاه هذه الجريمة”.")


def test_a_call_whose_object_disagrees_speaks_for_the_clause_subject():
    # before: no quotation for "ودعا" (and "وصف"'s claim ran on over it); "الحكومة" (feminine) is its object
    doc = quotes(MAJLIS, entities=[("مجلس أمن إقليم كوردستان", "ORG"), ("إقليم كوردستان", "LOC")])
    q = one(doc, "ودعا")
    assert q.speaker == "مجلس أمن إقليم كوردستان"
    assert q.content == "عدم الصمت تجاه هذه الجريمة"
    assert "ودعا" not in one(doc, "وصف").content


def test_a_call_without_marks_is_no_quotation_and_no_subject():
    # control: no claim for "ودعا"; "وقال" speaks for العبادي, not "العبادي أهالي مدينة الموصل"
    doc = quotes(ABADI, entities=[("العبادي", "PER"), ("الموصل", "LOC")])
    assert not [q for q in doc.quotes if q.cue == "ودعا"]
    assert one(doc, "وقال").speaker == "العبادي"
