"""Quotation extraction, issue #27 round 8: speakers. A verb after the phrase that opens its sentence has
that phrase as subject (SVO); an attribution phrase between a verb's subject and the words leaves the
subject speaking; a statement noun after a cue's preposition gives its author; كتب reports; a turn phrase
between verb and subject; the أمّا topic; نقلاً عن after an attribution's source; offices with a quoted body
or a place adjunct before/after the name. Sentences from the in-domain training split (structure kept,
so the rule is tested, not the string), each with a control where the rule must not fire."""
from __future__ import annotations

from conftest import one_quote, quote_doc, speaker_span
from marsad.document import Document, Entity
from marsad.extract.quotes import annotate, speaker_defect



quotes, one, span = quote_doc, one_quote, speaker_span  # (tests/conftest.py)


# --- SVO: the topic before the verb is its subject, the phrase after it its object ---------------------

def test_svo_subject_before_the_verb_not_its_object():
    # before: الهجوم (the object of وصف) spoke for معتبرا
    text = ("أدانت رئاسة الجمهورية العراقية هجوما استهدف معسكر التاجي شمالي بغداد.\n"
            "بيان الرئاسة وصف الهجوم بالإرهابي، معتبرا أنه يستهدف العراق وأمنه.")
    q = one(quotes(text), "معتبرا")
    assert q.speaker == "بيان الرئاسة"


def test_svo_definite_institution_then_object():
    text = "الجيش الإسرائيلي أعلن مقتل جنديين في المعارك، مؤكدا أن القتال مستمر."
    q = one(quotes(text), "مؤكدا")
    assert q.speaker == "الجيش الإسرائيلي"


def test_vso_control_adjunct_before_the_verb():
    # a place or time adjunct before an unprefixed verb is no subject: the subject follows the verb
    for text in ("أمس أعلن الجيش الإسرائيلي مقتل جنديين في المعارك، مؤكدا أن القتال مستمر.",
                 "وفي بغداد أعلن الجيش الإسرائيلي مقتل جنديين في المعارك، مؤكدا أن القتال مستمر."):
        q = one(quotes(text), "مؤكدا")
        assert q.speaker == "الجيش الإسرائيلي", text


def test_svo_control_thing_before_the_verb_is_no_subject():
    # a topic that names no source (الضربة) does not speak; the verb's own subject does
    text = "الضربة أكد الجيش أنها أصابت أهدافها."
    q = one(quotes(text), "أكد")
    assert q.speaker == "الجيش"


# --- an attribution phrase between the subject and the words -------------------------------------------

def test_attribution_between_subject_and_quotation():
    # before: الوكالة spoke, the whole sentence as content
    text = "من جانبه، أشاد الرئيس الصيني وفق الوكالة، \"بدور المملكة في تعزيز علاقات بلاده مع دول المنطقة\"."
    doc = quotes(text)
    q = one(doc, "أشاد")
    assert q.speaker == "الرئيس الصيني"
    assert "الوكالة" in q.via
    assert q.content.startswith("بدور المملكة")


def test_attribution_between_cue_subject_and_colon():
    text = "وقال هادي، وفق ما نقل البيان: أعلن \"تشكيل مجلس القيادة الرئاسي لاستكمال مهام المرحلة الانتقالية\"."
    doc = quotes(text, [("هادي", "PER")])
    q = one(doc, "وقال")
    assert q.speaker == "هادي" and "البيان" in q.via


def test_attribution_control_thing_subject():
    # the subject is a thing: the phrase's source speaks the clause (tests/test_quotes.py keeps the rest)
    text = "وقتل ثلاثة مدنيين، بحسب المرصد السوري لحقوق الإنسان، في القصف."
    doc = quotes(text)
    assert all(q.speaker != "ثلاثة مدنيين" for q in doc.quotes)
    q = one(doc, "بحسب")
    assert q.speaker == "المرصد السوري لحقوق الإنسان"


# --- a statement noun after the cue's preposition --------------------------------------------------------

def test_statement_noun_genitive_speaks_subject_relays():
    text = ("وأشارت المصادر إلى تصريح وزير الخارجية اليمنية عبد الملك المخلافي، الجمعة الماضي، بأن الكويت هي "
            "الأقرب لاستضافة محادثات السلام في اليمن.")
    doc = quotes(text, [("عبد الملك المخلافي", "PER")])
    q = one(doc, "وأشارت")
    assert q.speaker == "عبد الملك المخلافي"
    assert q.speaker_title == "وزير الخارجية اليمنية"
    assert "المصادر" in q.via


def test_statement_noun_control_organisation_genitive():
    # an institution's statement named by the subject: the subject still speaks (only a person is taken)
    text = "وأشار الوزير إلى بيان الأمم المتحدة بأن الوضع الإنساني خطير."
    q = one(quotes(text), "وأشار")
    assert q.speaker == "الوزير"


# --- كتب reports; a participle after it continues its subject -----------------------------------------

def test_wrote_is_a_cue_and_its_subject_continues():
    # before: no quote for كتب, and مضيفا carried البيت الابيض from the paragraph before
    text = ("في الاثناء قال البيت الابيض ان الانسحاب الاميركي من شمال سورية لا يعني انتهاء التحالف الدولي.\n\n"
            "كتب الرئيس الأمريكي دونالد ترامب الأربعاء عبر تويتر إن الولايات المتحدة هزمت التنظيم في سوريا، "
            "مضيفا أن ذلك الهدف كان المبرر الوحيد لبقاء قواته هناك.")
    doc = quotes(text, [("دونالد ترامب", "PER")])
    assert one(doc, "كتب").speaker == "دونالد ترامب"
    assert one(doc, "مضيفا").speaker == "دونالد ترامب"


def test_wrote_control_no_claim():
    text = "كتب الطالب رسالة طويلة إلى والده في المدينة."
    assert quotes(text).quotes == []


# --- a turn phrase between the verb and its subject --------------------------------------------------

def test_turn_phrase_between_verb_and_subject():
    # before: the minister quoted first was carried to the ambassador's words
    text = ("وكتب وزير الإعلام اليمني معمر الأرياني في تغريدة أن توقيع الاتفاق سيتم في السعودية، فيما كتب من "
            "جهته، السفير السعودي في اليمن محمد آل جابر أن ولي عهد أبوظبي سيحضر توقيع الاتفاق.")
    doc = quotes(text, [("معمر الأرياني", "PER"), ("محمد آل جابر", "PER")])
    qs = [q for q in doc.quotes if "ولي عهد" in q.content]
    assert qs and qs[0].speaker == "محمد آل جابر"


def test_turn_phrase_control_no_subject_after_it():
    text = "قال الوزير إن الخطة جاهزة. وقال من جهته إن التنفيذ يبدأ غدا."
    doc = quotes(text)
    assert [q.speaker for q in doc.quotes] == ["الوزير", "الوزير"]


# --- أمّا … فـ ---------------------------------------------------------------------------------------------

def test_amma_topic_speaks_for_its_verbs():
    text = ("وأضافت أن هناك خلافات كبيرة في دوما بين المسلحين أنفسهم. وأما المرصد السوري المعارض، فنقل هو "
            "الآخر نفس الأنباء وقال إن بنود الاتفاق تنص على مغادرة الرافضين له. وأضاف أنه تم التوصل لاتفاق.")
    doc = quotes(text, [("المرصد السوري", "ORG")])
    assert one(doc, "وقال").speaker == "المرصد السوري"
    assert one(doc, "وأضاف").speaker == "المرصد السوري"


def test_amma_control_topic_is_a_thing():
    # the topic is what is talked about; the verb's own subject speaks
    text = "أما الهجوم، فقد أكد الجيش أنه فشل."
    q = one(quotes(text), "أكد")
    assert q.speaker == "الجيش"


# --- نقلاً عن after an attribution's source ------------------------------------------------------------

def test_attribution_source_relaying_another():
    text = ("أسقطت مقاتلات تركية مقاتلة روسية على الحدود السورية. ووفقاً لما ذكرته وكالة \"الأناضول\" للأنباء "
            "نقلاً عن وزارة الدفاع الروسية، فقد تمكن قائدا الطائرة من القفز بالمظلات قبل إسقاطها.")
    doc = quotes(text)
    q = [q for q in doc.quotes if "القفز" in q.content][0]
    assert q.speaker == "وزارة الدفاع الروسية"
    assert any("الأناضول" in v for v in q.via)


def test_attribution_control_without_relay():
    text = ("أسقطت مقاتلات تركية مقاتلة روسية على الحدود السورية. ووفقاً لما ذكرته وكالة \"الأناضول\" للأنباء، "
            "فقد تمكن قائدا الطائرة من القفز بالمظلات قبل إسقاطها.")
    q = [q for q in quotes(text).quotes if "القفز" in q.content][0]
    assert "الأناضول" in q.speaker


# --- offices: a quoted body after في; a place after the name -----------------------------------------

def test_office_with_quoted_body_then_name():
    text = ("أعلن المسؤول الأمني في \"كتائب حزب الله - العراق\" أبو علي العسكري أمس، أنه سيتم رفع دعوى قضائية "
            "ضد رئيس الحكومة.")
    doc = quotes(text, [("كتائب حزب الله", "ORG"), ("أبو علي العسكري", "PER")])
    q = one(doc, "أعلن")
    assert q.speaker == "أبو علي العسكري"
    assert q.speaker_title.startswith("المسؤول الأمني في")


def test_office_quoted_body_control_no_name_after():
    text = "أعلن المسؤول الأمني في \"كتائب حزب الله\" أمس، أنه سيتم رفع دعوى قضائية ضد رئيس الحكومة."
    doc = quotes(text, [("كتائب حزب الله", "ORG")])
    q = one(doc, "أعلن")
    assert q.speaker == "المسؤول الأمني"


def test_title_comma_name_then_place_adjunct():
    # before: the office (مدير أسايش دركار) spoke, the name after the comma was lost
    text = ("وفي وقت لاحق، قال مدير أسايش دركار، نيجيرفان خليل في زاخو - في حديث صحفي - إن «عدد الضحايا "
            "وصل إلى ما لا يقل عن 14 بين قتيل وجريح».")
    doc = quotes(text, [("نيجيرفان خليل", "PER"), ("زاخو", "LOC")])
    q = one(doc, "قال")
    assert q.speaker == "نيجيرفان خليل" and q.speaker_title == "مدير أسايش دركار"


def test_title_comma_name_control_not_a_place():
    # "في المؤتمر" is no place NER found: the apposition is not read past it
    text = "وقال وزير الخارجية، علي حسن في المؤتمر - في حديث صحفي - إن الوضع خطير."
    q = one(quotes(text), "وقال")
    assert q.speaker == "وزير الخارجية"


# --- the invariant: a name resolved from a description ---------------------------------------------------

def test_resolved_name_starting_with_ali_is_no_function_word():
    text = ("بعث نائب رئيس الجمهورية الفريق الركن علي محسن صالح ،برقية عزاء للرئيس.\n\n"
            "وقال نائب الرئيس \"ببالغ الأسى والحزن تلقينا نبأ استشهاد عدد من أنصار الشرعية\".")
    doc = quotes(text, [("علي محسن صالح", "PER")])
    q = one(doc, "وقال")
    assert q.speaker == "علي محسن صالح"
    assert speaker_defect(doc, q) is None


# --- a name's last word that reads as a preposition, before a comma ------------------------------------

def test_name_ending_in_ali_before_comma():
    # before: "خال" alone was no name, the office spoke (NER did not find the name)
    text = ("قال القيادي السابق في وحدات مقاومة سنجار ومسؤول كتائب لالش التابعة للحشد الشعبي، خال علي، اليوم "
            "الأربعاء، إن \"القصف الذي استهدف قضاء سنجار أسفر عن استشهاد قائد\".")
    q = one(quotes(text), "قال")
    assert q.speaker == "خال علي"
    assert q.speaker_title.startswith("القيادي السابق")


def test_ali_as_preposition_control():
    # "على" before a noun is a preposition: the phrase ends before it
    text = "وقال الوزير علي هامش المؤتمر، إن الخطة جاهزة."
    q = one(quotes(text), "وقال")
    assert q.speaker == "الوزير"


# --- a leading time adjunct before the sentence's verb --------------------------------------------------

def _with_times(text: str, entities=()):
    from marsad.pipeline import run
    doc = run(Document(text=text), ["times"])
    doc.entities = [Entity(start=text.index(s), end=text.index(s) + len(s), text=s, type=t) for s, t in entities]
    annotate(doc)
    return doc


def test_time_adjunct_then_imperfect_verb_and_its_subject():
    # before: القيادة المركزية, quoted in the paragraph before, was carried to وتقول
    text = ("ووقتها قالت القيادة المركزية إن الأهداف مرتبطة بقدرات عسكرية هجومية للحوثيين.\n"
            "ومنذ 19 نوفمبر 2023 تواصل جماعة الحوثي استهداف سفن تجارية في البحر الأحمر وخليج عدن، وتقول إن "
            "هذه العمليات “تأتي نصرة لغزة”.")
    doc = _with_times(text, [("جماعة الحوثي", "ORG")])
    assert one(doc, "وتقول").speaker == "جماعة الحوثي"


def test_time_adjunct_control_noun_in_ta_with_past_cue():
    # a word in ت- after the adjunct is a noun unless the cue is an imperfect in ت- as well
    text = ("قال الوزير إن الخطة جاهزة.\n"
            "ومنذ 19 نوفمبر 2023 تحقيقات الشرطة مستمرة في القضية، وقال إن النتائج ستعلن قريبا.")
    doc = _with_times(text)
    assert one(doc, "وقال").speaker == "الوزير"


# --- a noun cue after a predicate: the name before the predicate speaks ---------------------------------

def test_noun_cue_after_predicate_of_a_name():
    # before: "مستمر" (the predicate) was the speaker
    text = ("يستمر الحوار بين بغداد وواشنطن حول خطة للتنسيق الأمني بين الجانبين، لكن العراق مستمر بالحديث عن أن "
            "الحوار يتركز حول خطة لانسحاب قوات التحالف الدولي.")
    doc = quotes(text, [("العراق", "LOC")])
    q = one(doc, "بالحديث")
    assert q.speaker == "العراق"


def test_noun_cue_after_predicate_control_no_name():
    # a definite word NER did not find is no speaker
    text = "يستمر الحوار بين الجانبين، لكن الوضع مستمر بالحديث عن أن الحوار يتركز حول خطة للانسحاب."
    assert all(q.speaker != "الوضع" for q in quotes(text).quotes)


# --- بين: "among" and "between" before an adverbial أن are no cue ---------------------------------------

def test_bayna_among_and_before_adverbial_an_is_no_cue():
    for text in ("وأصيب ما يزيد عن 500 آخرين، ومن بين القتلى من تفحمت جثامينهم دون أن يتم التعرف على هويتهم.",
                 "وأضافت أن هناك خلافات كبيرة في دوما بين المسلحين أنفسهم، بسبب أن هناك مجموعات ترفض الخروج."):
        assert all(q.cue != "بين" for q in quotes(text).quotes), text


def test_bayna_stated_control():
    q = one(quotes("وبين المسؤول أن القوات تقدمت نحو المدينة."), "وبين")
    assert q.speaker == "المسؤول"


# --- an impersonal verb after an unnamed source ---------------------------------------------------------

def test_disagreeing_verb_after_unnamed_source_is_impersonal():
    text = ("وقالت مصادر بأن رجال المقاومة دخلوا حي العريش ويحاصرون معسكر النصر. وذكر أن اثنين من رجال "
            "المقاومة الشعبية قتلا في المعارك.")
    doc = quotes(text)
    assert one(doc, "وقالت").speaker == "مصادر"
    assert all(q.cue != "وذكر" for q in doc.quotes)


def test_agreeing_verb_after_unnamed_source_control():
    text = ("وقالت مصادر بأن رجال المقاومة دخلوا حي العريش ويحاصرون معسكر النصر. وذكرت أن اثنين من رجال "
            "المقاومة الشعبية قتلا في المعارك.")
    assert one(quotes(text), "وذكرت").speaker == "مصادر"


# --- adverbs and an accusative object after the name; "كما أن" -------------------------------------------

def test_adverb_after_name_ends_the_speaker():
    text = ("وكتب بلاتر أخيرا في مجلة لـ \"فيفا\" في عددها الأخير \"في الدوائر الأوروبية هناك موضوع عام واحد، "
            "انتخاب رئيس الفيفا\".")
    q = one(quotes(text, [("بلاتر", "PER")]), "وكتب")
    assert q.speaker == "بلاتر"


def test_accusative_object_after_name_is_no_part_of_it():
    text = "وكتب زوكربيرغ منشورا على «فيسبوك» عبر حسابه الخاص إنهما يحاولان إنجاب طفل منذ عامين."
    q = one(quotes(text, [("زوكربيرغ", "PER")]), "وكتب")
    assert q.speaker == "زوكربيرغ"


def test_name_ending_in_alif_control():
    # a name NER found whole keeps its words, an alif-final one too
    text = "وقال رئيس الوزراء الياباني شينزو آبي إن الحكومة ستدعم الاقتصاد."
    q = one(quotes(text, [("شينزو آبي", "PER")]), "وقال")
    assert q.speaker == "شينزو آبي"


def test_kama_anna_is_no_complement():
    # "…، كما أن": "moreover" opens a clause of its own (here after كتب read as "books")
    text = ("مصادر التوعية الصحية لا تتوفر للعائلات الفقيرة كالمواضيع التي تنتشر بالمجلات وكتب التغذية الصحية "
            "وما شابه، كما أن أصحاب الدخل المرتفع يمكنهم الالتحاق بالنوادي الرياضية.")
    assert quotes(text).quotes == []


def test_kama_anna_control_complement_after_verb():
    text = "وقال الوزير كما أن الخطة جاهزة للتنفيذ."
    assert one(quotes(text), "وقال").speaker == "الوزير"


# --- the subject of the sentence's first verb speaks on ----------------------------------------------------

def test_sentence_subject_found_for_coordinated_cue_speaks_on():
    # before: nobody was current after "وقالت", so "وشدّدت" in the next sentence had no speaker
    text = ("ونشرت المقاومة الإسلامية العراقية بياناً مقتضباً، تبنّت فيه استهدافها القاعدة الأميركية، وقالت إنّ "
            "\"مجاهدي المقاومة استهدفوا القاعدة الأميركية عبر استخدام الطيران المُسيّر\".\n"
            "وشدّدت على أنّ الاستهداف يمثل \"ردّاً على مجازر الاحتلال\".")
    doc = quotes(text, [("المقاومة الإسلامية العراقية", "ORG")])
    assert one(doc, "وقالت").speaker == "المقاومة الإسلامية العراقية"
    assert one(doc, "وشدّدت").speaker == "المقاومة الإسلامية العراقية"


def test_sentence_subject_speaks_on_control_thing():
    # a sentence opening with a verb whose subject is a thing names no speaker to carry
    text = ("وأسفرت الغارات عن دمار واسع في المدينة، وقالت إن الوضع صعب.\n"
            "وشدّدت على أنّ الاستهداف يمثل تصعيدا خطيرا.")
    doc = quotes(text)
    assert all(q.speaker != "الغارات" for q in doc.quotes)


# --- a text given without a title: a short first line without a stop is its headline ----------------------

def test_first_line_headline_is_no_quotation():
    text = ("الحرس الثوري الإيراني يعلن أنه استهدف مركزا استراتيجيا في أربيل\n"
            "أعلن الحرس الثوري الإيراني، الأحد، أنه استهدف \"مركزا استراتيجيا\" في أربيل.")
    doc = quotes(text)
    assert [q.cue for q in doc.quotes] == ["أعلن"]


def test_first_line_sentence_control():
    # a first line that ends in a stop is a sentence of the body
    text = ("قال الوزير إن الخطة جاهزة.\n"
            "وأضاف أن التنفيذ يبدأ غدا.")
    assert [q.cue for q in quotes(text).quotes] == ["قال", "وأضاف"]


# --- a partitive subject: the group named at the sentence's start speaks -----------------------------------

def test_partitive_subject_gives_the_group():
    # before: "بعضها" is no speaker, so the outlet quoted before was carried
    text = ("وقد نقلت عن إذاعة تابعة للحوثيين أن صالح قتل. وكانت وسائل إعلام متعاطفة مع الحوثيين في اليمن "
            "ولبنان أوردت نبأ مقتل صالح، وقال بعضها إنه قتل أثناء هروبه من صنعاء إلى مأرب.")
    q = [q for q in quotes(text).quotes if "هروبه" in q.content][0]
    assert q.speaker.startswith("وسائل إعلام")


def test_partitive_subject_control_thing():
    # the sentence opens with a thing: no group to speak for "بعضها"
    text = ("قال الوزير إن الخطة جاهزة. وكانت الغارات استهدفت مواقع عدة، وقال بعضها إنه قتل أثناء هروبه.")
    doc = quotes(text)
    assert all(q.speaker != "الغارات" for q in doc.quotes)
