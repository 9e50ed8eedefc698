"""Quotation extraction, issue #27 round 7: a markdown link marks a speaker's name; a speaker phrase ends
before an anonymity verb ("طلب عدم ذكر اسمه") and before a noun carrying a pronoun ("وقوفه"); no stored
quotation has a speaker that is a verb, a cue or a pronoun-suffixed noun (checked over the seeds)."""
from __future__ import annotations

import sys
from pathlib import Path

from conftest import ROOT, one_quote, quote_doc, seed_docs, speaker_span
from marsad.document import Document, Entity, Quote
from marsad.extract.quotes import annotate, speaker_defect
from marsad.pipeline import annotate_text_layer, run


quotes, one, span = quote_doc, one_quote, speaker_span  # (tests/conftest.py)


def test_markdown_link_is_the_name_title_before_it():
    # seed style: the link's text is the name; the office before it goes to speaker_title
    text = ("وقال مساعد وزير الخارجية الأمريكي لشؤون الشرق الأدنى [جوي هود](#) ، انها تعتمد على المباحثات "
            "المزمع عقدها مع الحكومة العراقية.")
    doc = quotes(text)
    q = one(doc, "وقال")
    assert q.speaker == "جوي هود"
    assert span(doc, q) == "جوي هود"
    assert q.speaker_title == "مساعد وزير الخارجية الأمريكي لشؤون الشرق الأدنى"
    assert q.content.startswith("انها تعتمد")


def test_markdown_link_cut_at_its_bracket_is_taken_whole():
    # before: "شبكة [ذا ناشيونال" (the phrase stopped inside the link)
    text = "شبكة [ذا ناشيونال نيوز](#) اكدت، ان الكاظمي بات في وضع حرج بسبب الضغوط المتزايدة."
    doc = quotes(text)
    q = one(doc, "اكدت")
    assert q.speaker == "ذا ناشيونال نيوز"
    assert span(doc, q) == "ذا ناشيونال نيوز"
    assert q.content == "الكاظمي بات في وضع حرج بسبب الضغوط المتزايدة"


def test_link_whose_text_is_a_verb_is_no_name():
    text = "[اعلن](#) مكتب رئيس الوزراء العراقي ان الاجتماع الاولي وضع الخطوط العريضة للاتفاق."
    doc = quotes(text)
    assert all("اعلن" not in (q.speaker or "") for q in doc.quotes)


def test_anonymity_verb_ends_the_speaker_and_its_naming_verb_is_no_cue():
    # in-domain store (doc 249): the speaker was "مصدر أمني طلب عدم" (a verb inside the speaker) and the
    # naming verb ذكر cut the claim off; both the claim and its continuation ("وتابع أن") speak for the source
    text = ("اقتحم محتجون غاضبون، أمس، مبنى القنصلية الإيرانية في مدينة البصرة، جنوبي العراق. وأوضح مصدر أمني طلب "
            "عدم ذكر اسمه، أن المتظاهرين رددوا شعارات مناهضة لإيران أمام القنصلية. وتابع أن زجاجات حارقة ألقيت "
            "داخل المقر.")
    doc = quotes(text)
    q = one(doc, "وأوضح")
    assert q.speaker == "مصدر أمني"
    assert q.anonymous
    assert q.content == "المتظاهرين رددوا شعارات مناهضة لإيران أمام القنصلية"
    assert one(doc, "وتابع").speaker == "مصدر أمني"


def test_noun_with_pronoun_is_not_part_of_the_source():
    # in-domain store (doc 128): "عن مصادر وقوفه خلف القصف" gave the speaker "مصادر وقوفه خلف القصف"
    text = ("وفي حين اتهم الانقلابيون التحالف العربي بقصف مجلس العزاء، نفى التحالف وفق ما نقلت وكالة رويترز عن "
            "مصادر وقوفه خلف القصف، مشيراً إلى أنه لم ينفذ أية عمليات جوية في موقع الحادث.")
    doc = quotes(text, [Entity(text.index("وكالة رويترز"), text.index("وكالة رويترز") + 12, "وكالة رويترز", "ORG")])
    assert doc.quotes
    for q in doc.quotes:
        assert "وقوفه" not in q.speaker
        assert speaker_defect(doc, q) is None


def test_office_with_pronoun_keeps_the_name():
    # "وزير خارجيته": a person's office takes a pronoun genitive; the name after it still speaks
    text = ("وقال وزير خارجيته مولود جاويش أوغلو إن المناطق التي سوف ينسحب منها التنظيم ستسلم إلى المعارضة "
            "المعتدلة.")
    s = text.index("مولود")
    doc = quotes(text, [Entity(s, s + len("مولود جاويش أوغلو"), "مولود جاويش أوغلو", "PER")])
    q = one(doc, "وقال")
    assert q.speaker == "مولود جاويش أوغلو"
    assert span(doc, q) == "وزير خارجيته مولود جاويش أوغلو"


def test_speaker_defect_flags_inner_verb_and_pronoun_noun():
    text = "وأوضح مصدر أمني طلب عدم ذكر اسمه، أن المتظاهرين رددوا شعارات. ونقلت الوكالة عن مصادر وقوفه خلف القصف."
    doc = Document(text=text)
    annotate_text_layer(doc)
    s1 = text.index("مصدر أمني طلب عدم")
    bad1 = Quote(start=0, end=10, content="x", speaker="مصدر أمني طلب عدم", speaker_start=s1,
                 speaker_end=s1 + len("مصدر أمني طلب عدم"))
    s2 = text.index("مصادر وقوفه")
    bad2 = Quote(start=0, end=10, content="x", speaker="مصادر وقوفه خلف القصف", speaker_start=s2,
                 speaker_end=s2 + len("مصادر وقوفه خلف القصف"))
    good = Quote(start=0, end=10, content="x", speaker="مصدر أمني", speaker_start=s1, speaker_end=s1 + len("مصدر أمني"))
    assert speaker_defect(doc, bad1) == "cue"
    assert speaker_defect(doc, bad2) == "pronoun"
    assert speaker_defect(doc, good) is None


def test_no_defective_speaker_on_the_seeds():
    # the whole pipeline (NER included) over the five seeds: every speaker names a source
    n = 0
    for doc in seed_docs():
        run(doc)
        for q in doc.quotes:
            n += 1
            assert speaker_defect(doc, q) is None, (doc.title, q.speaker, q.cue)
    assert n > 50  # the seeds are quote-rich: a broken extractor cannot pass by finding nothing


def test_quote_defects_script_reads_a_store(tmp_path):
    # benchmarks/quote_defects.py over a store of two seeds: counts the quotations and finds no defect
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import quote_defects

    docs = []
    for doc in seed_docs()[:2]:
        run(doc, ["entities", "quotes"])
        docs.append({"id": doc.title, "text": doc.text,
                     "entities": [dict(start=e.start, end=e.end, text=e.text, type=e.type) for e in doc.entities],
                     "quotes": [q.__dict__ for q in doc.quotes]})
    n, bad = quote_defects.check_docs(docs)
    assert n == sum(len(d["quotes"]) for d in docs) > 10
    assert bad == []
    docs[0]["quotes"][0]["speaker"] = "نقلت"  # a cue as speaker is found
    n, bad = quote_defects.check_docs(docs)
    assert [b[1] for b in bad] == ["cue"]


def test_claim_does_not_start_past_a_line_break_without_a_stop():
    # in-domain (a scraped page repeating its headline in the body): "الحرس الثوري الإيراني يعلن إسقاط طائرة
    # أميركية مسيرة" then a dateline line "… - المصدر: قناة التغيير": the colon of the next line is no claim
    text = ("الحرس الثوري الإيراني يعلن إسقاط طائرة أميركية مسيرة\n\n2019-06-20 00:00:00 - المصدر: قناة التغيير\n\n"
            "أعلن الحرس الثوري الإيراني، إسقاط طائرة تجسس أميركية مسيرة في محافظة هرمزكان جنوبي البلاد.")
    doc = quotes(text)
    assert not any("المصدر" in q.content or "قناة التغيير" in q.content for q in doc.quotes)
    # a colon that ends the cue's own line still opens the claim on the next one
    text = "وقال المتحدث باسم الجيش العميد يحيى سريع في بيان:\n«استهدفنا سفينة تجارية في البحر الأحمر»."
    q = one(quotes(text), "وقال")
    assert q.content == "استهدفنا سفينة تجارية في البحر الأحمر"


def test_contrastive_connective_speaks_for_the_sentence_subject():
    # "لكنها قالت": the pronoun is the subject of the sentence's first verb, not the last source quoted
    text = ("وقال مصدر أمني إن الهجوم وقع فجرا. ولم تكشف وزارة الداخلية عن هوية المنفذين، لكنها قالت إن "
            "التحقيقات مستمرة.")
    assert one(quotes(text), "قالت").speaker == "وزارة الداخلية"
    # after كان the subject comes first; a country agrees as feminine
    text = "وقال ترامب إن واشنطن سترد. وكانت إيران قد نفت مسؤوليتها عن الهجوم، لكنها أكدت أنها سترد على أي اعتداء."
    s = text.index("إيران")
    q = one(quotes(text, [Entity(s, s + 5, "إيران", "LOC")]), "أكدت")
    assert q.speaker == "إيران"
    # "إلا أنه": the subject ends before the verb's object, after "باسم X"
    text = "رفض المتحدث باسم الحكومة التعليق على التقارير، إلا أنه أكد أن الحكومة ملتزمة بالاتفاق."
    assert one(quotes(text), "أكد").speaker == "المتحدث باسم الحكومة"
    # in-domain: "ولم يذكر البيان مصدر الهجمات، لكنه أفاد بأن": the object "مصدر الهجمات" is not the source
    text = "ولم يذكر البيان مصدر الهجمات، لكنه أفاد بأن الجهات المختصة باشرت التحقيق."
    assert one(quotes(text), "أفاد").speaker == "البيان"


def test_contrastive_pronoun_that_does_not_agree_names_no_one():
    # "ملابسات" (a plural in ات, feminine) cannot be "لكنه": no source is made up
    doc = quotes("ولم تتضح ملابسات الحادث، لكنه قال إن التحقيق مستمر.")
    assert all("ملابسات" not in (q.speaker or "") for q in doc.quotes)


def test_bare_complementiser_after_a_colon_is_not_content():
    text = ("ومن جهة أخرى، قال عضو الشرف عابد شيخ: إن اليومين الماضيين شهدا تحركات شرفية من خلال اجتماعات "
            "متواصلة.")
    q = one(quotes(text), "قال")
    assert q.content == "اليومين الماضيين شهدا تحركات شرفية من خلال اجتماعات متواصلة"
    # a complementiser carrying a pronoun is the claim's subject and stays
    q = one(quotes("وقال الناطق باسم الشرطة: إنه لم تسجل أي إصابات بين المدنيين."), "وقال")
    assert q.content == "إنه لم تسجل أي إصابات بين المدنيين"


def test_office_place_then_a_name_ner_missed():
    # SaudiNewsNet style: "المتحدث باسم الرئاسة في بوروندي ويلي نياميتوي أمس أن": with no PER entity, the
    # undefined words between the place and the complementiser are the name; the office is its title
    text = ("بوجمبورا - د.ب.أ: أعلن المتحدث باسم الرئاسة في بوروندي ويلي نياميتوي أمس أن رئيس المخابرات السابق "
            "أدولف نشيميريمانا قتل.")
    doc = quotes(text)
    q = one(doc, "أعلن")
    assert q.speaker == "ويلي نياميتوي"
    assert q.speaker_title == "المتحدث باسم الرئاسة في بوروندي"
    assert span(doc, q) == "المتحدث باسم الرئاسة في بوروندي ويلي نياميتوي"
    # a time adjunct after the place is no name
    q = one(quotes("وقال مدير المستشفى في المدينة صباح اليوم إن عدد الجرحى كبير."), "وقال")
    assert q.speaker == "مدير المستشفى"


def test_independent_pronoun_before_a_cue_is_the_previous_subject():
    # SaudiNewsNet: "وهي أعلنت" refers to the subject of the sentence before (after كانت), not to the committee
    # quoted first
    text = ("كشفت لجنة مستقلة لتدقيق الحسابات أن تلاعبا بحسابات شركة «توشيبا» جعلها تضخم أرباحها.\n"
            "وكانت «توشيبا» كلفت هذه اللجنة الكشف عن الأخطاء المحاسبية. وهي أعلنت أنها ستنشر نتيجة التقرير في وقت "
            "لاحق.")
    doc = quotes(text)
    assert one(doc, "كشفت").speaker == "لجنة مستقلة لتدقيق الحسابات"
    assert one(doc, "أعلنت").speaker == "توشيبا"


def test_a_role_noun_before_a_name_is_the_title():
    # akhbaralaan.net (in-domain training split, 2022): "رجل الدين" is a person's description like "وزير
    # الخارجية": the name after it speaks (resources/quotes/person_heads.txt); an organisation head stays whole
    text = "من جانبه قال رجل الدين العراقي مقتدى الصدر إن الهجوم على أربيل يمثل سابقة خطيرة تهدد أمن العراق."
    q = one(quotes(text), "قال")
    assert q.speaker == "مقتدى الصدر"
    assert q.speaker_title == "رجل الدين العراقي"
    q = one(quotes("وقال الطبيب السوري محمد العلي إن المستشفى استقبل عشرين جريحا."), "وقال")
    assert (q.speaker, q.speaker_title) == ("محمد العلي", "الطبيب السوري")
    q = one(quotes("وقال مكتب رئيس الوزراء مصطفى الكاظمي إن الحكومة ستحقق في الهجوم."), "وقال")
    assert q.speaker.startswith("مكتب رئيس الوزراء")  # the office speaks, not the man
