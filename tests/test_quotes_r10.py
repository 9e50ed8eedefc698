"""Quotation attribution, issue #27 round 10. Attribution phrases ("بحسب", "وفقا لـ") whose source is a name
in quotation marks ('بحسب "وكالة سانا للأنباء"', "وفقا لـ«العربية نت»"), a sentence-opening phrase whose source
is followed by its complementiser with no comma ("وبحسب وكالات أنباء فإن …"), a "فقد" clause after the
comma that is the claim and no adjunct, and a statement with its own adjective ("بحسب بيان مشترك") as the
source. Each with a control where the rule must not fire."""
from __future__ import annotations

from conftest import one_quote, quote_doc, speaker_span

quotes, one, span = quote_doc, one_quote, speaker_span  # (tests/conftest.py)
HEAD = "عنوان الخبر\n\n"  # a first line read as the headline: the sentences under test are body text


def test_trailing_attribution_to_a_name_in_straight_quotes():
    # before: no quotation (the phrase stopped at the opening mark)
    doc = quotes(HEAD + 'وأعلن الأمن العام فرض حظر تجوال كامل في اللاذقية وطرطوس، وبدأت عملية تمشيط واسعة في المنطقة، '
                 'بحسب "وكالة سانا للأنباء". '
                 'وتداول ناشطون صورا.')
    q = one(doc, "بحسب")
    assert q.speaker == "وكالة سانا للأنباء"
    assert span(doc, q) == "وكالة سانا للأنباء"
    assert q.content.startswith("وأعلن الأمن العام") and q.content.endswith("واسعة في المنطقة")


def test_trailing_attribution_with_a_detached_lam_before_guillemets():
    doc = quotes(HEAD + "اغتيل قياديان في حركة النجباء، إثر انفجار قوي في العاصمة بغداد، وفقا لـ«العربية نت». "
                 "ويأتي ذلك بعد أيام.")
    q = one(doc, "وفقا")
    assert q.speaker == "العربية نت"
    assert q.content.startswith("اغتيل قياديان")


def test_leading_attribution_to_a_quoted_name_then_comma():
    doc = quotes(HEAD + 'وبحسب "سكاي نيوز عربية"، فإن أحد الانفجارين استهدف مدرج المطار.')
    q = one(doc, "وبحسب")
    assert q.speaker == "سكاي نيوز عربية"
    assert q.content == "أحد الانفجارين استهدف مدرج المطار"


def test_leading_attribution_without_a_comma_before_the_complementiser():
    # before: no quotation (the claim was looked for after a comma only)
    q = one(quotes(HEAD + "وبحسب وكالات أنباء فإن مقتل صالح نتج عن تفجير منزله."), "وبحسب")
    assert q.speaker == "وكالات أنباء"
    assert q.content == "مقتل صالح نتج عن تفجير منزله"


def test_leading_attribution_to_an_unknown_name_with_its_complementiser():
    q = one(quotes(HEAD + 'وبحسب ششو فإن "وحدات مقاومة سنجار كانت في طريق العودة".'), "وبحسب")
    assert q.speaker == "ششو"
    assert "وحدات مقاومة سنجار" in q.content


def test_faqad_clause_after_the_comma_is_the_claim():
    # before: the "فقد" clause was skipped as an adjunct and the next clause taken as the claim
    q = one(quotes(HEAD + "ووفقاً لأوربان، فقد غادرت الطائرة المسيرة الثانية سماء المنطقة، ولم يكن واضحاً ما "
                   "إذا كانتا تحملان متفجرات.", [("أوربان", "PER")]), "ووفقاً")
    assert q.speaker == "أوربان"
    assert q.content.startswith("غادرت الطائرة المسيرة الثانية")


def test_a_statement_with_its_own_adjective_is_the_source():
    doc = quotes(HEAD + "وأعلنت السعودية وإيران استئناف علاقاتهما الدبلوماسية في غضون شهرين، بحسب بيان مشترك "
                 "للبلدان الثلاثة.")
    q = one(doc, "بحسب")
    assert q.speaker.startswith("بيان مشترك")


def test_in_accordance_with_is_no_source():
    # control: "وفقا للقانون فإن …", "بحسب الأصول": in accordance with, no quotation
    doc = quotes(HEAD + "ووفقا للقانون فإن المتهم يحال إلى المحكمة خلال أسبوع.")
    assert not [q for q in doc.quotes if q.cue.startswith("ووفقا")]
    doc = quotes(HEAD + "وبحسب الأصول، يحال المتهم إلى المحكمة خلال أسبوع.")
    assert not doc.quotes


def test_a_long_phrase_before_the_complementiser_needs_a_named_source():
    # control: without a source noun or a name, a long phrase before "فإن" is no source
    doc = quotes(HEAD + "وبحسب ما جرى عليه العرف في البلاد فإن الحكومة تستقيل بعد الانتخابات.")
    assert not doc.quotes


def test_crown_prince_title_is_no_preposition():
    # before: "ولي" read as "و" + "لي" (and to me), so the verb had no subject and no quotation was made
    doc = quotes(HEAD + "وقال ولي العهد السعودي الأمير محمد بن سلمان في الرياض إن الاتفاق «مرحلة جديدة في "
                 "استقرار اليمن». وأضاف أن الإمارات قدمت تضحيات جليلة.", [("محمد بن سلمان", "PER")])
    q = one(doc, "وقال")
    assert q.speaker == "محمد بن سلمان"
    assert span(doc, q).startswith("ولي العهد")
    assert one(doc, "وأضاف").speaker == "محمد بن سلمان"


def test_a_preposition_with_a_pronoun_still_ends_the_phrase():
    # control: "معه" after the subject is still a stop
    q = one(quotes(HEAD + "وقال الوزير معه في المؤتمر إن الاتفاق سيوقع قريبا."), "وقال")
    assert q.speaker == "الوزير"


def test_describing_participle_with_its_object_and_claim():
    # before: "واصفاً" was no cue; the sentence opens with its subject, then a verb that is no cue
    doc = quotes(HEAD + "وأضاف أن نزع سلاح المقاومة كان مطلباً \"سقط\".\nالرئيس الفرنسي إيمانويل ماكرون رحب "
                 "بالاتفاق عبر منصة إكس، واصفاً إياه بأنه \"تتويج للجهود المبذولة مع السلطات\".",
                 [("إيمانويل ماكرون", "PER")])
    q = one(doc, "واصفاً")
    assert q.speaker == "إيمانويل ماكرون"
    assert "تتويج للجهود" in q.content


def test_accusing_participle_after_a_verbal_noun_with_its_genitive():
    # before: "خلفية" (after "على") was taken as the speaker of "إعلان", and so of "متهمة"
    doc = quotes(HEAD + "ويأتي هذا القرار على خلفية إعلان فصائل المقاومة الجنوبية حالة الطوارئ في المدينة، "
                 "متهمة الحكومة بالفساد و\"تسخير كل إمكانياتها لمواجهة الجنوب\".",
                 [("فصائل المقاومة الجنوبية", "ORG")])
    q = one(doc, "متهمة")
    assert q.speaker == "فصائل المقاومة الجنوبية"


def test_describing_participle_without_a_claim_is_no_quotation():
    # control: "واصفاً الهجوم بالإرهابي" has a noun complement, no clause and no quoted words
    doc = quotes(HEAD + "وأدان الوزير الهجوم، واصفاً إياه بالإرهابي.")
    assert not [q for q in doc.quotes if q.cue == "واصفاً"]


def test_a_subject_before_a_verb_that_is_no_verb_is_not_taken():
    # control: a sentence opening with a noun phrase and an adjective is no SVO clause; the participle
    # carries the speaker already quoted
    doc = quotes(HEAD + "وقال الوزير إن الوضع مستقر.\nالأوضاع الأمنية جيدة في المدينة، مشيرا إلى أن القوات "
                 "منتشرة.")
    q = one(doc, "مشيرا")
    assert q.speaker == "الوزير"


def test_participle_after_an_imperfect_verb_opening_the_sentence():
    # before: "تعتزم" (an imperfect in ت-) was not read as the sentence's verb, so "مشيرة" had no speaker;
    # and "إنشاء" (the verb's noun complement after a definite genitive) ran into the subject
    doc = quotes(HEAD + "تعتزم المؤسسة العامة للموانئ إنشاء مراكز لوجيستية لخدمة السفن العابرة، مشيرة إلى أن نحو "
                 "13 ألف سفينة تقصد الموانئ السعودية سنوياً.")
    q = one(doc, "مشيرة")
    assert q.speaker == "المؤسسة العامة للموانئ"
    assert span(doc, q) == "المؤسسة العامة للموانئ"


def test_a_noun_opening_the_sentence_with_ta_is_no_verb():
    # control: "تقرير" (a noun in ت-) opens no verb clause; the participle carries the current speaker
    doc = quotes(HEAD + "وقال الوزير إن الوضع مستقر.\nتقرير الوزارة صدر أمس في الرياض، مشيرا إلى أن الأسعار "
                 "ارتفعت.")
    q = one(doc, "مشيرا")
    assert q.speaker == "الوزير"


def test_a_name_after_a_title_and_its_genitive_is_no_complement():
    # control: "نجاح" after "وزير الدفاع" is a given name, not the noun complement
    q = one(quotes(HEAD + "وقال وزير الدفاع نجاح الشمري إن القوات مستعدة."), "وقال")
    assert "الشمري" in q.speaker


def test_a_quoted_subject_with_long_adjuncts_before_its_claim():
    # before: the complementiser came more than 8 words after the closing mark, so the quoted name was not
    # read as the subject and no quotation was made
    doc = quotes(HEAD + 'وذكرت "خلية الإعلام الأمني" في العراق في بيان نشر على صفحتها بموقع فيسبوك أن "ثلاثة '
                 'صواريخ كاتيوشا سقطت على مطار بغداد الدولي"، فجر الجمعة.')
    q = one(doc, "وذكرت")
    assert q.speaker == "خلية الإعلام الأمني"
    assert q.content.startswith("ثلاثة صواريخ")


def test_a_quotation_after_the_verb_is_not_a_subject():
    # control: 'وقال "…"' followed much later by another verb's أن: the marks hold the words, not a name
    doc = quotes(HEAD + 'وقال المتحدث "لن نسمح بذلك أبدا" في مؤتمر صحفي عقده في العاصمة بغداد يوم الأحد، وأضاف أن '
                 'القوات جاهزة.')
    assert all(q.speaker != "لن نسمح بذلك أبدا" for q in doc.quotes)
