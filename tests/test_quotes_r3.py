"""Quotation extraction, quote audit round 3 (issue #27): one test per general rule, each on a real
sentence of the in-domain corpus (benchmarks/data/indomain, dev/train articles only)."""
from __future__ import annotations

from conftest import one_quote, quote_doc
from marsad.document import Document, Entity
from marsad.extract.quotes import annotate
from marsad.pipeline import annotate_text_layer


quotes, one = quote_doc, one_quote  # (tests/conftest.py)


def ent(text: str, name: str, typ: str = "PER") -> Entity:
    s = text.index(name)
    return Entity(s, s + len(name), name, typ, f"{typ.lower()}:{name}")


def test_person_head_then_comma_name():
    # a description headed by a person noun (person_heads.txt: الوكيل), not only a title, takes the name
    # given after the comma
    text = "وأكد وكيل وزارة حقوق الإنسان اليمنية، نبيل عبد الحفيظ، أن الانفجارين أسفرا عن وقوع قتلى وجرحى."
    q = one(quotes(text, [ent(text, "نبيل عبد الحفيظ")]), "وأكد")
    assert q.speaker == "نبيل عبد الحفيظ"
    assert q.speaker_title == "وكيل وزارة حقوق الإنسان اليمنية"
    assert q.content == "الانفجارين أسفرا عن وقوع قتلى وجرحى"


def test_outlet_description_then_comma_quoted_name():
    # an outlet type (outlet_types.txt) heads a description; the name in marks after the comma speaks
    text = ("وذكرت وكالة الأنباء الإيرانية الرسمية، «إرنا»، أنه عقب زيارة الرئيس الإيراني لبكين أجرى "
            "شمخاني محادثات مكثفة.")
    q = one(quotes(text, [ent(text, "إرنا", "ORG")]), "وذكرت")
    assert q.speaker == "إرنا"
    assert q.speaker_title == "وكالة الأنباء الإيرانية الرسمية"


def test_relayed_title_comma_name_then_qawlahu():
    # "عن <title>، <name> قوله إن": the saying noun with its pronoun ends the name as a comma would
    text = ('ونقلت وكالة الأنباء العراقية "واع" عن مستشار رئيس الوزراء، حسين علاوي قوله إن الحكومة '
            'العراقية ملتزمة بالمنهاج الحكومي.')
    q = one(quotes(text, [ent(text, "حسين علاوي")]), "ونقلت")
    assert q.speaker == "حسين علاوي"
    assert q.speaker_title == "مستشار رئيس الوزراء"
    assert q.content == "الحكومة العراقية ملتزمة بالمنهاج الحكومي"


def test_office_over_hyphen_and_adjectives_to_name():
    # the office runs on over a hyphen and definite adjectives to the person NER found after it
    text = ('وقال رئيس حزب الحرية الكردستاني-الإيراني المعارض حسين يزدان، إن "مقراتنا في منطقة شيراوا '
            'تعرضت لقصف من جانب الحرس الثوري الإيراني".')
    q = one(quotes(text, [ent(text, "حسين يزدان")]), "وقال")
    assert q.speaker == "حسين يزدان"
    assert q.speaker_title.startswith("رئيس حزب الحرية الكردستاني")


def test_in_accordance_with_is_not_a_source():
    # "وفق/وفقا/حسب/طبقا" + a noun outside the source class (source_heads.txt and the speaker lists):
    # "in accordance with", no quotation
    d = quotes("من الجدير بالذكر أن انفجارات متزامنة وقعت في عدة مدن لبنانية، في 17 سبتمبر، ووفقاً لأحد "
               "الاحتمالات، نجم الحادث عن هجوم إلكتروني.")
    assert not [q for q in d.quotes if q.cue == "ووفقاً"]
    d = quotes('و أوضح أنه "جرى تمديد الهدنة وفق نفس أحكام الاتفاقية الأصلية والتي دخلت حيز التنفيذ في '
               'الثاني من أبريل الماضي".')
    assert not [q for q in d.quotes if q.cue == "وفق"]
    d = quotes("وقالت هذه المصادر إن «طائرة روسية من طراز سوخوي 24 تم إسقاطها طبقا لقواعد الاشتباك بعد أن "
               "حلقت في المجال الجوي التركي».")
    assert not [q for q in d.quotes if q.cue == "طبقا"]


def test_statement_followed_by_a_verb_names_no_author():
    # "وفق بيان صدر …": an indefinite statement noun and a relative verb; the verb is never the speaker
    d = quotes("جاء ذلك فيما أكد الجيش الإسرائيلي أنه نفّذ قصفاً مدفعياً على جنوب لبنان، رداً على إطلاق نار "
               "من المنطقة، وفق بيان صدر قبيل الساعة 07,30 (04,30 ت غ).")
    assert not [q for q in d.quotes if q.cue == "وفق"]


def test_source_group_after_according_to():
    # a source-class head ("مراقبين", "لجنة" whose ل is its own) keeps the attribution
    d = quotes('وانتهت المعارك بسيطرة "تحرير الشام" على بلدة "دارة عزة"، في معارك وصفت بالأعنف، حسب مراقبين.')
    assert one(d, "حسب").speaker == "مراقبين"
    text = ("وبحسب بيان لجنة الصليب الأحمر الدولي ، فقد تم إسقاط 25 أسيرا من الطرفين بشكل غامض عن القائمة "
            "المتفق عليها في جنيف.")
    q = one(quotes(text), "وبحسب")
    assert q.speaker == "لجنة الصليب الأحمر الدولي"
    assert q.content.startswith("تم إسقاط 25 أسيرا")


def test_speaker_phrase_ends_before_a_bal_object():
    # "بال" + a word outside the source class is the verb's object, not where the source sits
    d = quotes("واعترف مسؤول عسكري أمريكي بالهجوم، وقال إن القوات الأمريكية شرقي سوريا تعرضت لهجوم غير مباشر.")
    assert one(d, "وقال").speaker == "مسؤول عسكري أمريكي"


def test_one_word_source_noun_entity_does_not_cut_the_speaker():
    # NER's PER on the construct plural "مراسلو" does not cut it from its genitive
    text = "وأفاد مراسلو وكالة فرانس برس أن مسكن المحافظ ومقار أحزاب سياسية اشتعلت فيها النيران."
    ents = [ent(text, "مراسلو"), ent(text, "وكالة فرانس برس", "ORG")]
    assert one(quotes(text, ents), "وأفاد").speaker == "مراسلو وكالة فرانس برس"


def test_person_description_never_resolves_to_an_outlet():
    # a person's description with no named person before it stays as written, not the last outlet quoted
    text = ("والجدير بالذكر أن وكالة «إيرنا» للأنباء ذكرت أن سليماني كان قادماً من بيروت وليس سوريا عند "
            "مقتله. الجنرال العراقي ذكر أيضاً أن سيارتين وقفتا أسفل الطائرة التي حطت في المطار.")
    d = quotes(text, [ent(text, "إيرنا", "ORG")])
    q = [q for q in d.quotes if q.content.startswith("سيارتين")][0]
    assert q.speaker == "الجنرال العراقي"


def test_title_comma_name_before_the_verb():
    # "X، NAME، قد أكد": the subject before the verb is a title with its name after the comma
    text = ("وكان المتحدث باسم الجيش الإسرائيلي، دانيال هاغاري، قد أكد في وقت سابق أن الضربة كانت موجعة "
            "واستطاعت تدمير المقر بالكامل.")
    q = one(quotes(text, [ent(text, "دانيال هاغاري")]), "أكد")
    assert q.speaker == "دانيال هاغاري"
    assert q.speaker_title == "المتحدث باسم الجيش الإسرائيلي"


def test_participle_after_a_complement_clause_whose_subject_acts():
    # the participle agrees with the organisation acting in the clause before it, not with the feminine
    # speaker of the sentence; the first claim ends before the participle and its complementiser
    text = ('وأشارت القناة العبرية إلى أن الجيش الإسرائيلي رفض الرد على استفساراتها حول الغارة قائلا إنه '
            '"لا يعلق على تقارير كهذه".')
    d = quotes(text, [ent(text, "الجيش الإسرائيلي", "ORG")])
    assert one(d, "قائلا").speaker == "الجيش الإسرائيلي"
    assert one(d, "وأشارت").content == "الجيش الإسرائيلي رفض الرد على استفساراتها حول الغارة"


def test_quoted_affiliation_of_an_unnamed_source_is_not_its_name():
    # "مصادر عسكرية يمنية بـ«التحالف العربي»": the quotation says where the unnamed sources sit; and the
    # feminine cue opening the next paragraph carries them
    text = ("قالت مصادر عسكرية يمنية بـ«التحالف العربي»، الذي تقوده السعودية، إن قوات التحالف اقتحمت المجمع "
            "الرئيسي لمطار الحديدة.\nوأضافت أن معارك ضارية اندلعت فجرا.")
    d = quotes(text)
    q = one(d, "قالت")
    assert q.speaker == "مصادر عسكرية يمنية بـالتحالف العربي" and q.speaker_title is None and q.anonymous
    assert one(d, "وأضافت").speaker == q.speaker


def test_office_repeated_without_name_takes_the_name_given_with_it():
    # "متحدث الحوثيين" repeats the office the article gave يحيى سريع ("المتحدث العسكري للحوثيين العميد …")
    text = ("أصدر المتحدث العسكري للحوثيين العميد يحيى سريع بيانا حول عملية عسكرية.\n\nوأكد متحدث الحوثيين "
            "أن جماعته ستستمر في استهداف السفن الإسرائيلية.\n\nوفي وقت سابق قالت الهيئة البحرية البريطانية "
            "إن نشاط الطائرات المسيرة صدر من اليمن.")
    d = quotes(text, [ent(text, "يحيى سريع"), ent(text, "الحوثيين", "ORG")])
    q = one(d, "وأكد")
    assert q.speaker == "يحيى سريع" and q.speaker_title == "متحدث الحوثيين"
    # an institution's description never resolves to a person
    assert one(d, "قالت").speaker == "الهيئة البحرية البريطانية"


def test_time_words_end_the_speaker_phrase():
    # time adverbs and nouns (time_words.txt) are never part of the speaker
    d = quotes("بدوره أكد مسؤول أمريكي فجر الجمعة لرويترز مقتل سليماني والمهندس، قائلا إن واشنطن بانتظار "
               "التأكد من الحمض النووي.")
    assert one(d, "قائلا").speaker == "مسؤول أمريكي"
    d = quotes("وأضاف مسؤولون أتراك في وقت سابق أن مقاتلتين تركيتين أسقطتا طائرة حربية روسية الصنع.")
    assert one(d, "وأضاف").speaker == "مسؤولون أتراك"
    text = ("وأضافت أرامكو في تغريدة على تويتر أن الحريق لم يؤثر على أنشطة المصفاة. وقالت لاحقا عبر حسابها "
            "الرسمي على تويتر إن الحريق وقع نتيجة حادث يتعلق بالعمليات.")
    assert one(quotes(text, [ent(text, "أرامكو", "ORG")]), "وقالت").speaker == "أرامكو"


def test_verbal_noun_after_an_adjective_starts_the_complement():
    # complement_nouns.txt: "سقوط", "وقوع" after the speaker's adjective are the verb's object
    d = quotes("وأكدت مصادر طبية سقوط أحد عشر قتيلًا في هذا القصف، وأوضحت أن هناك امرأة من بين الضحايا.")
    assert one(d, "وأوضحت").speaker == "مصادر طبية"
    d = quotes('وفي إيران، أكد مصدر عسكري إيراني وقوع هجمات بـ"صواريخ وطائرات مُسَيرة" على "مقار جماعات إرهابية".')
    assert all(q.speaker == "مصدر عسكري إيراني" for q in d.quotes)


def test_according_to_what_a_non_reporting_verb_says_is_no_source():
    d = quotes("ووفقا لما جرى عليه العرف في العراق منذ عام 2003، فإن منصب رئيس الوزراء للشيعة.")
    assert not d.quotes
    # an object pronoun on the reporting verb: "وفقاً لما ذكرته وكالة"
    d = quotes('ووفقاً لما ذكرته وكالة "الأناضول" للأنباء، فقد تمكن قائدا الطائرة من القفز بالمظلات.')
    assert one(d, "ووفقاً لما ذكرته").speaker == "الأناضول"


def test_kull_min_and_numeral_partitive_speakers():
    d = quotes('وأعربت كل من السعودية والصين وإيران عن "حرصها على بذل كافة الجهود لتعزيز السلم والأمن".')
    assert one(d, "وأعربت").speaker == "السعودية والصين وإيران"
    d = quotes("وقال اثنان من سكان دمشق اليوم الأحد إن صوت إطلاق نار كثيف سُمع في وسط العاصمة.")
    assert one(d, "وقال").speaker == "اثنان من سكان دمشق"


def test_short_quoted_name_after_its_head_is_not_the_claim():
    # عملية "…": a name in marks after a name head (name_heads: NER operation heads, institution heads,
    # "اسم") is not the quotation; the noun complement's own quoted words are
    text = 'وأعلنت رئاسة الأركان التركية "تحييد 2018 ممن وصفتهم بالارهابيين" منذ انطلاق عملية "غصن الزيتون".'
    q = one(quotes(text, [ent(text, "رئاسة الأركان التركية", "ORG")]), "وأعلنت")
    assert q.content.lstrip('"').startswith("تحييد 2018")
    d = quotes('أعلن الرئيس التركي رجب طيب أردوغان، بدء العملية العسكرية بشمال شرق سوريا، وأطلق عليها اسم '
               'عملية "نبع السلام".')
    assert not [q for q in d.quotes if q.content == "نبع السلام"]


def test_participle_takes_the_nearest_clause_subject_construct():
    # "ودعت قيادة الحشد الشعبي …، مشيرة": a construct made definite by its genitive is the clause's subject
    d = quotes('وقال البيان إن المدينة تحررت. ودعت قيادة الحشد الشعبي "ابناء الشعب العراقي للاحتفال بهذا النصر"، '
               'مشيرة إلى أنها تأخرت في اعلان النصر.')
    assert one(d, "مشيرة").speaker == "قيادة الحشد الشعبي"


def test_statement_verb_with_resumptive_fihi_after_a_leading_adjunct():
    # "أصدرت X بياناً …، قالت فيه": the subject of the verb that opens the sentence, past "وفي سياق متصل،"
    text = ('وفي سياق متصل، أصدرت وكالة "أعماق" التابعة للتنظيم بياناً في وقت سابق، قالت فيه: إن عناصر '
            'التنظيم "هاجموا سيارة دفع رباعي تابعة لميليشا قسد".')
    q = one(quotes(text, [ent(text, "أعماق", "ORG")]), "قالت فيه")
    assert q.speaker == "أعماق"


def test_outlet_with_bracketed_name_of_function_letters():
    d = quotes("قالت شبكة (سي ان ان) الأميركية إن إدارة ترامب صنفت الحرس الثوري الإيراني كمنظمة إرهابية.")
    assert one(d, "قالت").speaker == "سي ان ان"


def test_participle_after_an_object_verb_clause_with_title_comma_name():
    # "دعا <title>، <name>، … قائلاً": دعا (an object verb) opens the clause; the name after the comma speaks
    text = ("وفي وقت سابق من اليوم، دعا وزير الدفاع الإسرائيلي، يسرائيل كاتس، قوات وزارتي الدفاع والداخلية "
            'السورية إلى الانسحاب من السويداء، قائلاً: "يجب على النظام السوري أن يترك الدروز".')
    q = one(quotes(text, [ent(text, "يسرائيل كاتس")]), "قائلاً")
    assert q.speaker == "يسرائيل كاتس" and q.speaker_title == "وزير الدفاع الإسرائيلي"


def test_name_ending_on_a_linking_word_runs_on():
    # NER cut "عبد الأمير رشيد يارالله" after "عبد"; a name never ends on عبد/أبو/بن; الركن joins the rank
    text = ("حيث قال الفريق الركن عبد الأمير رشيد يارالله قائد عمليات «قادمون يا تلعفر»، إن قطعات الفرقة "
            "المدرعة التاسعة نجحت في تحرير حي المثنى.")
    q = one(quotes(text, [ent(text, "الركن عبد"), ent(text, "رشيد يارالله")]), "قال")
    assert q.speaker == "عبد الأمير رشيد يارالله" and q.speaker_title == "الفريق الركن"


def test_statement_resolves_only_to_a_named_source():
    # "وذكر البيان" after a clause whose object was "أعضاء الخلية": not that object
    text = ("وأعلنت قسد في بيان اعتقال أعضاء الخلية. وقالت إن قواتها تلاحق أعضاء الخلية. وذكر البيان أن "
            "قوات قسد ردت على الهجوم بقوة.")
    d = quotes(text, [ent(text, "قسد", "ORG")])
    assert one(d, "وذكر").speaker in ("قسد", "البيان")


def test_coordinated_verb_after_a_leading_adjunct_and_title_comma_name():
    text = ("وخلال كلمته في افتتاح هذه الجولة من المحادثات، أبدى وزير الخارجية العراقي، فؤاد حسين، حرص بلاده "
            'على التعاون مع الولايات المتحدة، وقال إن "العراق يسعى لتعزيز مشاريع الشراكة مع واشنطن".')
    q = one(quotes(text, [ent(text, "فؤاد حسين")]), "وقال")
    assert q.speaker == "فؤاد حسين"


def test_institution_description_keeps_its_own_head():
    # "قالت فيه الشركة": the company as written, never the group quoted before
    text = ("اعلنت جماعة الحوثي إنها هاجمت مصفاة تابعة لشركة أرامكو في الرياض في الوقت الذي قالت فيه الشركة "
            "إنها احتوت حريقا محدودا في المصفاة.")
    d = quotes(text, [ent(text, "جماعة الحوثي", "ORG")])
    assert one(d, "قالت فيه").speaker == "الشركة"


def test_quoted_operation_name_is_not_the_speakers_name():
    text = ('بينما أعلنت غرفة عمليات "غصن الزيتون" إن قوات "الجيش السوري الحر" تتوغل داخل مدينة عفرين.')
    q = one(quotes(text), "أعلنت")
    assert q.speaker == "غرفة عمليات غصن الزيتون" and q.speaker_title is None


def test_relaying_outlet_is_not_the_next_speaker():
    # "…، وفق ما نقلت قناة (الميادين)، مضيفاً": the participle is the quoted man's, not the outlet's
    text = ("ونقلت وكالة رويترز للأنباء عن أردوغان قوله: إن العملية العسكرية ضد الميليشيات الكردية بدأت، وفق ما "
            'نقلت قناة (الميادين)، مضيفاً أن الهدف من العملية العسكرية القضاء على "التهديد الإرهابي".')
    d = quotes(text, [ent(text, "أردوغان")])
    assert one(d, "مضيفاً").speaker == "أردوغان"


def test_place_name_subject_then_definite_object():
    text = 'واعتبرت السعودية التصريحات "مسيئة"، وقررت "وقف كافة الواردات اللبنانية إلى المملكة".'
    d = quotes(text, [ent(text, "السعودية", "LOC")])
    assert all(q.speaker == "السعودية" for q in d.quotes) and d.quotes


def test_headline_is_not_a_quotation():
    # GUIDELINES: headlines are not quotes; the body's own claim is kept
    doc = Document(text="قال الجيش التركي الأحد إن مقاتلاته الحربية شنت غارات عنيفة على قنديل.",
                   title='تركيا تقصف قنديل بشدة وتعلن استهداف "مواقع مهمة"')
    doc.lead_with_headline()
    annotate_text_layer(doc)
    annotate(doc)
    assert [q.cue for q in doc.quotes] == ["قال"] and doc.quotes[0].speaker == "الجيش التركي"


def test_speech_noun_after_a_title_is_the_object():
    d = quotes('وألقى الرئيس الأمريكي كلمة عقب توجيه الضربة الصاروخية مؤكداً فيها: "أمرت باستهداف الموقع".')
    assert one(d, "مؤكداً").speaker == "الرئيس الأمريكي"


def test_issuing_verb_is_not_part_of_the_subject():
    # "اصدرت X بيانا أوضحت فيه": the sentence's verb (never_speakers.txt: أصدر، نشر، بث) is skipped
    d = quotes('اصدرت خلية الاعلام الأمني (تتبع للدفاع) بيانا أوضحت فيه ان "ثلاثة صواريخ سقطت على مطار بغداد". '
               'وأضافت ان "ذلك ادى الى احتراق عجلتين".')
    assert one(d, "وأضافت").speaker == "خلية الاعلام الأمني"
    assert all("اصدرت" not in (q.speaker or "") for q in d.quotes)


def test_agency_after_lam_is_spoken_to():
    text = ("وقال المتحدّث باسم وزارة النفط العراقية عاصم جهاد لفرانس برس إن تركيا أبلغت سلطات إقليم كردستان "
            "بإيقاف التصدير.")
    q = one(quotes(text, [ent(text, "فرانس برس", "ORG")]), "وقال")
    assert q.speaker == "عاصم جهاد"


def test_name_with_a_preposition_like_word_after_title_comma():
    # "أمير علي حاجي زادة": NER's whole name is taken, though "علي" reads as على and "أمير" as a title
    text = ('وقال قائد القوة الجوية في الحرس الثوري الإيراني، أمير علي حاجي زادة، إن الحطام "دليل على أن '
            'الطائرة الأمريكية انتهكت المجال الجوي".')
    q = one(quotes(text, [ent(text, "أمير علي حاجي زادة"), ent(text, "الحرس الثوري الإيراني", "ORG")]), "وقال")
    assert q.speaker == "أمير علي حاجي زادة"
    assert q.speaker_title == "قائد القوة الجوية في الحرس الثوري الإيراني"


def test_coordinated_verb_after_an_organisation_subject():
    text = ("وندد حزب العمال الكردستاني بالغارات على معاقله وقال إن الهدنة الهشة المتفق عليها مع أنقرة لم يعد "
            "لها معنى.")
    q = one(quotes(text, [ent(text, "حزب العمال الكردستاني", "ORG")]), "وقال")
    assert q.speaker == "حزب العمال الكردستاني"


def test_participle_after_a_defective_verb_clause_and_office_words_in_title():
    # "نعى النائب السابق مشعان الجبوري …، قائلا": a verb in ى opens the clause; "السابق" is the office's
    text = ("الى ذلك، نعى النائب السابق مشعان الجبوري، المهندس على حسابه بتويتر قائلا “انعي الاخ المجاهد "
            "والثائر والصديق العزيز”.")
    q = one(quotes(text, [ent(text, "السابق مشعان الجبوري")]), "قائلا")
    assert q.speaker == "مشعان الجبوري" and q.speaker_title == "النائب السابق"


def test_long_office_with_coordination_and_gloss_then_comma_name():
    text = ("أعلن رئيس لجنة الأمن القومي والسياسة الخارجية في مجلس الشورى الإسلامي الإيراني (البرلمان)، حشمت الله "
            "فلاحت بيشه، أن اللجنة تعمل على إعداد 14 مشروعًا.")
    assert one(quotes(text), "أعلن").speaker == "حشمت الله فلاحت بيشه"


def test_unnamed_source_keeps_its_bracketed_affiliation():
    d = quotes("كشف مصدر في (التحالف الوطني) أن الحشد الشعبي يركّز جهده على فرض حصار شديد على مدينة الفلّوجة.")
    assert one(d, "كشف").speaker == "مصدر في (التحالف الوطني)"


def test_subject_opening_the_last_clause_before_the_verb():
    text = ("هذا وأكّدت مصادر أمنية عراقية، سقوط 9 صواريخ على قاعدة عين الأسد، التلفزيون الإيراني من جهته قال "
            "أنّه أول رد صاروخي من الحرس الثوري الإيراني على مقتل سليماني.")
    d = quotes(text, [ent(text, "التلفزيون الإيراني", "ORG")])
    assert one(d, "قال").speaker == "التلفزيون الإيراني"


def test_subject_with_apposition_after_lakin_before_the_verb():
    text = ('لم تعلق حركة "حزب الله" رسمياً على الهدنة، لكن النائب حسن فضل الله، أحد كبار قادة الحزب، قال إن '
            'الجماعة ستخرج من الحرب "أقوى". وأضاف أن نزع سلاح المقاومة كان مطلباً إسرائيلياً "سقط".')
    d = quotes(text, [ent(text, "حسن فضل الله")])
    assert one(d, "قال").speaker == "حسن فضل الله" and one(d, "وأضاف").speaker == "حسن فضل الله"


def test_participle_is_never_given_to_a_thing():
    # "وأسهمت الضربات في …، لافتةً": the strikes do not speak; the statement's author does
    text = ('وقالت خلية الإعلام الأمني في بيان إن "طائرات سزنا دكت الوكر". وأسهمت الضربات في "تحييد تحركات هذه '
            'العناصر"، لافتةً الى أن الأجهزة الأمنية تواصل الليل بالنهار لرصد تلك الأهداف.')
    d = quotes(text, [ent(text, "خلية الإعلام الأمني", "ORG")])
    assert one(d, "لافتةً").speaker == "خلية الإعلام الأمني"


def test_earlier_report_in_the_same_article_is_an_update_not_a_disagreement():
    # story: "وفي وقت سابق، أوضح تلفزيون "الشرقية" أن … إصابة شخصين" and the coalition's five wounded in the
    # same article are a count and its update (story/earlier_cues.txt), not two sources that clash
    from marsad.corpus.claims import Claim, _earlier
    c = Claim(document=1, outlet="x", text="3 صواريخ سقطت في المحيط الخارجي لمطار أربيل تسببت بإصابة شخصين",
              start=0, end=10, source="الشرقية",
              context='وفي وقت سابق، أوضح تلفزيون "الشرقية" أن 3 صواريخ سقطت في المحيط الخارجي لمطار أربيل.')
    assert _earlier(c)
    c2 = Claim(document=1, outlet="x", text="جرح خمسة آخرون", start=20, end=30, source="التحالف",
               context="أربيل: قُتل متعاقد مدني أجنبي وجرح خمسة آخرون، وفق ما أعلنه التحالف.")
    assert not _earlier(c2)
