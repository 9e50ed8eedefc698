"""Events: PLOVER type, mode, flags, actors and place on real sentences from the seeds and the event data."""
from __future__ import annotations

import pytest

from marsad.document import Document, Entity
from marsad.extract.events import annotate
from marsad.pipeline import annotate_text_layer

from conftest import SEEDS, seed_text


def events_of(text: str, entities=()) -> list:
    doc = Document(text=text)
    annotate_text_layer(doc)
    doc.entities = list(entities)
    annotate(doc, classifier=False)
    for e in doc.events:  # every event is a sentence span of the text
        assert 0 <= e.start < e.end <= len(text)
        assert e.trigger == "" or e.trigger in text[e.start:e.end]
    return doc.events


def happened(e) -> bool:
    return not (e.negated or e.future or e.hypothetical)


def one(events, typ, **want):
    found = [e for e in events if e.type == typ and all(
        (v in (getattr(e, k) or "")) if isinstance(v, str) else getattr(e, k) == v for k, v in want.items())]
    assert found, f"no {typ} {want} in {[(e.type, e.trigger, e.source, e.target) for e in events]}"
    return found[0]


@pytest.fixture(scope="module")
def seeds():
    if not SEEDS.is_dir():
        pytest.skip("seed corpus not available")
    return {p: events_of(seed_text(p)) for p in ("000", "001", "002", "003")}


# -- the seed events named in issue #7

def test_conoco_attack_wagner_and_syrian_army_on_us_forces(seeds):
    e = one(seeds["000"], "ASSAULT", source="واغرنر", target="القوات الامريكية")
    assert "الجيش السوري" in e.source and happened(e)
    # the first report of the same attack: US forces attacked at the Conoco refinery in Deir ez-Zor
    first = one(seeds["000"], "ASSAULT", target="القوات الأمريكية", place="دير الزور")
    assert first.trigger == "هجوم"


def test_end_of_coalition_combat_mission_is_retreat(seeds):
    e = one(seeds["001"], "RETREAT", trigger="انتهاء المهمة")
    assert e.mode == "withdraw" and happened(e)
    one(seeds["002"], "RETREAT", trigger="انسحبت", source="التحالف الدولي")


def test_factions_threats(seeds):
    e = one(seeds["002"], "THREATEN", trigger="هددت", source="الفصائل الشيعية الولائية")
    assert happened(e)
    # what they threaten is not an attack that happened: "هددت بمعاودة شن الهجمات"
    att = one(seeds["002"], "ASSAULT", target="القواعد")
    assert att.future
    one(seeds["002"], "THREATEN", trigger="وتوعدت")


def test_kadhimi_mcgurk_meeting_and_strategic_dialogue(seeds):
    e = one(seeds["003"], "CONSULT", trigger="اجتمع", source="الكاظمي", target="منسق البيت الأبيض")
    assert e.mode == "meet" and e.place == "بغداد"
    # the later "المباحثات ستضمن …" names no actor: one record per occurrence (GUIDELINES), the meeting stands
    assert not [x for x in seeds["003"] if x.type == "CONSULT" and "المباحثات" in x.trigger and x.source is None
                and x.target is None]
    one(seeds["002"], "CONSULT", trigger="استقبل", source="الرئيس العراقي", mode="host")


def test_twenty_million_monthly_support_to_kurdistan_is_aid(seeds):
    e = one(seeds["003"], "AID", trigger="بتقديم مبلغ", target="حكومة إقليم كردستان")
    assert e.mode == "economic"
    assert e.future  # "سيستمر بتقديم": will go on paying
    assert e.source == "التحالف الدولي"


# -- flags

def test_negated_future_hypothetical():
    ev = events_of("وأكدت مليشيا العصائب أن فصائل المقاومة لن تسمح بتمديد بقاء القوات ولن تنسحب من قواعدها.")
    r = one(ev, "RETREAT", trigger="تنسحب")
    assert r.negated and r.future
    ev = events_of("وقال مسؤولون أمريكيون إن الولايات المتحدة قد تنسحب من المنطقة مستقبلا.")
    assert one(ev, "RETREAT", trigger="تنسحب").hypothetical
    ev = events_of("وهددت الفصائل بشن هجمات على القواعد الأمريكية.")
    assert happened(one(ev, "THREATEN", trigger="وهددت"))
    assert one(ev, "ASSAULT", trigger="هجمات").future
    ev = events_of("ولم يهاجم المسلحون الدورية.")
    assert one(ev, "ASSAULT", trigger="يهاجم").negated


# -- real sentences from the event data (openeventdata arabic_event_gsr, label "yes")

def test_assault_vso_with_mode_and_actors():
    ev = events_of("وأوضحت المصادر أن «مسلحين مجهولين اغتالوا العميد جبار مساعد، مدير استخبارات الشرطة الوطنية في البصرة».")
    e = one(ev, "ASSAULT", trigger="اغتالوا", mode="assassinate")
    assert e.source == "مسلحين مجهولين" and e.target.startswith("العميد")
    ev = events_of("وكانت «كتائب عز الدين القسام»، الجناح العسكري لحركة حماس قد أطلقت عشرات الصواريخ فجر امس على البلدات المحيطة بقطاع غزة.")
    assert one(ev, "ASSAULT", mode="artillery")


def test_car_bomb_is_bombing():
    ev = events_of("قتل 20 شخصا واصيب 60 حين انفجرت سيارة مفخخة كانت متوقفة قرب تقاطع في حي الكرادة بوسط بغداد أمس.")
    assert any(e.type == "ASSAULT" and e.mode == "bombing" and happened(e) for e in ev)


def test_protest_with_protesters_as_subject():
    ev = events_of("وفي الديوانية، تظاهر الآلاف احتجاجا على تشكيل مجالس الاسناد، وتجمع المتظاهرون أمام المبنى القديم لمحافظة الديوانية.")
    e = one(ev, "PROTEST", trigger="تظاهر", mode="demonstrate")
    assert happened(e)
    ev = events_of("اعتصم عشرات المواطنين مساء أمس أمام ضريح الرئيس الشهيد رفيق الحريري في ساحة الشهداء في وسط بيروت.")
    e = one(ev, "PROTEST", trigger="اعتصم", mode="sit-in")
    assert e.source == "عشرات المواطنين"  # (r120: the count heads it)


def test_mentions_are_not_events():
    # "easy no" sentences of the data: a kind of event talked about, nothing that happened
    assert not [e for e in events_of("ورأى «ان استمرار الاغتيالات السياسية وتعطيل المجلس النيابي يمهد لقرار من مجلس الامن».")
                if e.type == "ASSAULT" and happened(e)]
    assert not [e for e in events_of("وتركزت مطالب المتظاهرين على تحسين الاجور في مواجهة ارتفاع الاسعار.")
                if e.type == "PROTEST"]
    # وزارة is not زار + ه, فجر امس is dawn, not "blew up"
    ev = events_of("وقالت وزارة الدفاع إن الهجوم وقع فجر امس.")
    assert not [e for e in ev if e.type == "CONSULT"]
    assert [e.trigger for e in ev if e.type == "ASSAULT"] == ["الهجوم"]


def test_entities_win_over_phrase_guess():
    text = "هاجم مسلحو حركة طالبان قافلة للشرطة في ولاية هلمند."
    s = text.index("حركة طالبان")
    p = text.index("هلمند")
    ents = [Entity(s, s + len("حركة طالبان"), "حركة طالبان", "ORG", "ent-taliban"),
            Entity(p, p + len("هلمند"), "هلمند", "LOC", "ent-helmand")]
    e = one(events_of(text, ents), "ASSAULT", trigger="هاجم")
    assert "حركة طالبان" in e.source and e.source_entity_id == "ent-taliban"
    assert e.place == "هلمند"


def test_a_found_person_after_a_title_belongs_to_the_actor():
    # seed 002: the name after "الرئيس العراقي" begins with ب, which alone reads as a glued preposition;
    # the entities component found the person, so the name joins its title and is not the one received; a
    # person named with a title is the name (GUIDELINES)
    text = ("وفي اطار محاولات التهدئة، استقبل الرئيس العراقي برهم صالح، منسق مجلس الأمن القومي الأمريكي "
            "لشؤون الشرق الأوسط وشمال أفريقيا بريت مكغورك، مؤكدا ضرورة نزع فتيل أزمات المنطقة.")
    s = text.index("برهم صالح")
    ents = [Entity(s, s + len("برهم صالح"), "برهم صالح", "PER", "ent-salih")]
    e = one(events_of(text, ents), "CONSULT", trigger="استقبل")
    assert e.source == "برهم صالح"
    assert "برهم" not in (e.target or "")


# -- the sentence classifier (events_classifier, TF-IDF + lexicon features, numpy only)

def _classify(text, typ):
    from marsad.document import Sentence
    from marsad.extract.events import classifier as clf
    from marsad.extract.events.detect import sentence_events

    if not clf.available():
        pytest.skip("events classifier artefact not trained")
    doc = Document(text=text)
    annotate_text_layer(doc)
    s = Sentence(0, len(text))
    evs = sentence_events(doc, s)
    assert [e for e in evs if e.type == typ and happened(e)], "the lexicon reports an event in both sentences"
    return clf.decide(doc, s, evs, typ)


def test_classifier_separates_reported_attack_from_trigger_mention():
    # dev "yes": an assassination that happened
    assert _classify("وأوضحت المصادر أن «مسلحين مجهولين اغتالوا العميد جبار مساعد، مدير استخبارات الشرطة الوطنية في البصرة».",
                     "ASSAULT")
    # dev "easy no" with a reported-looking trigger: an attempt that was stopped
    assert not _classify("وأضافت ان اربعة آخرين من رجالها القي القبض عليهم اثناء محاولتهم إطلاق صواريخ على إسرائيل فجر الجمعة.",
                         "ASSAULT")
    assert _classify("اعتصم عشرات المواطنين مساء أمس أمام ضريح الرئيس الشهيد رفيق الحريري في ساحة الشهداء في وسط بيروت، "
                     "مطالبين بتولي الرئيس سعد الحريري رئاسة الحكومة.", "PROTEST")


def test_default_pipeline_keeps_the_seed_attack(monkeypatch):
    # the classifier is opt-in: by default (variable unset) the Conoco/Wagner attack of seed 000 stays
    if not SEEDS.is_dir():
        pytest.skip("seed corpus not available")
    monkeypatch.delenv("MARSAD_EVENTS_CLASSIFIER", raising=False)
    doc = Document(text=seed_text("000"))
    annotate_text_layer(doc)
    annotate(doc)
    e = one(doc.events, "ASSAULT", source="واغرنر", target="القوات الامريكية")
    assert happened(e)


# -- source and target actors (issue #7): agent noun phrases, never a verbal noun, a time, a count, an
# adjective or a particle; no leading و/ف/ب/ل; source and target differ

def test_protesters_named_by_the_actor_noun_are_the_source():
    # the actor noun is the trigger and the participant: "تجمع" is no trigger, المتظاهرين is
    e = one(events_of("وتجمع آلاف المتظاهرين أمام مبنى البرلمان في العاصمة أمس."), "PROTEST")
    assert e.source == "آلاف المتظاهرين" and happened(e)  # (r120: the count heads it)
    e = one(events_of("واعتصم المتظاهرون قرب محطة لتوليد الطاقة طوال يومي السبت والأحد."), "PROTEST", trigger="واعتصم")
    assert e.source == "المتظاهرون"
    e = one(events_of("وكان متظاهرون فلسطينيون قد خرجوا الى الشوارع وسط رام الله في مظاهرات تطالب السلطة بوقف المفاوضات."),
            "PROTEST")
    assert e.source == "متظاهرون فلسطينيون"


def test_what_protesters_are_against():
    e = one(events_of("وحمل المتظاهرون لافتات ورددوا الهتافات المناهضة للحكومة."), "PROTEST")
    # the span starts after the glued ل and the article's ل it swallowed (للحكومة), not at "لحكومة"
    assert (e.source, e.target) == ("المتظاهرون", "حكومة")
    e = one(events_of("وكان متظاهرون فلسطينيون قد خرجوا الى الشوارع السبت، وسط رام الله في مظاهرات تطالب السلطة "
                      "بوقف المفاوضات مع الاسرائيليين."), "PROTEST")
    assert e.target == "السلطة"  # whom the demand is made of, not what is demanded (بوقف المفاوضات)


def test_casualties_of_a_killing_are_its_target():
    # news report deaths in the passive: the counted subject is the victim, not the killer
    # … and when the sentence tells the act that killed them, the killing is that act (one occurrence)
    evs = [e for e in analysed("قتل 20 شخصا واصيب 60 حين انفجرت سيارة مفخخة قرب تقاطع في حي الكرادة.").events
           if e.type == "ASSAULT"]
    # (the victims read back from واصيب keep their exact number, as the second sentence's since round 46: round 88)
    assert len(evs) == 1 and evs[0].target == "20 شخصا" and evs[0].source is None
    assert (evs[0].killed, evs[0].wounded) == (20, 60)
    e = one(events_of("وقال مصدر امني ان «ثمانية اشخاص على الاقل قتلوا واصيب حوالى 43 اخرين بجروح»."), "ASSAULT")
    # (an exact number is part of the target, as the training split's gold has it: round 46)
    assert e.target == "ثمانية اشخاص" and e.source is None
    e = one(events_of("ولكن خلال شهر واحد اغتيل كرامي في متفجرة زرعت في طائرة هليكوبتر."), "ASSAULT", trigger="اغتيل")
    assert e.target == "كرامي" and e.source is None
    # the active sentence keeps its subject; the exact count is part of the counted noun's phrase
    e = one(events_of("قالت وزارة الدفاع الافغانية امس ان قوات اجنبية قتلت تسعة جنود افغان بطريق الخطأ."), "ASSAULT")
    assert e.source == "قوات اجنبية" and e.target.startswith("تسعة جنود")  # (its exact number: round 46)
    e = one(events_of("وتزامنت الاضطرابات مع هجوم انتحاري وقع في قاعة محكمة ادى الى مقتل 15 شخصا في الأقل امس "
                      "على الجانب الآخر من الحدود."), "ASSAULT", trigger="هجوم")
    assert e.target == "شخصا"  # the genitive of مقتل (the attack's outcome), not the phrase after the later على


def test_no_time_or_before_phrase_as_actor():
    e = one(events_of("كما خطف مسلحون قبل خمسة ايام عددا من الاشخاص جنوب بغداد."), "ASSAULT")
    assert e.source == "مسلحون"  # قبل alone is "before", not "من قبل"
    e = one(events_of("كما اقتحم مسلحون الاسبوع الماضي مهبطا للطائرات في وسط الصومال."), "ASSAULT")
    assert e.source == "مسلحون"


def test_suicide_bomber_and_attack_described_by_a_verb():
    e = one(events_of("وأفاد مسؤولون بأن مهاجما انتحاريا فجر نفسه خارج مكتب شركة اميركية للأمن."), "ASSAULT")
    assert e.source == "مهاجما انتحاريا"
    # a verb right after the event noun describes it: the noun is the subject, the phrase after is the target
    # (one event with the explosion it describes; who announces an explosion did not set it off)
    e = one(events_of("وفي هجوم اخر، اعلن مصدر امني انفجار عبوة ناسفة استهدفت حافلة مدنية في قرية البوفياض."),
            "ASSAULT", target="حافلة مدنية")
    assert e.source not in ("حافلة مدنية", "مصدر امني")
    # "انه نفذ": the pronoun stands for the topic of the sentence
    e = one(events_of("واقر التحالف الدولي انه نفذ ضربات جوية في شمال غرب باكستان."), "ASSAULT")
    assert e.source == "التحالف الدولي"


def test_seed_actors_without_clitics_masdars_or_duplicates(seeds):
    # "هددت بمعاودة شن الهجمات على القواعد": بمعاودة is a verbal noun; the relative clause's antecedent acts
    att = one(seeds["002"], "ASSAULT", target="القواعد")
    assert att.source == "الفصائل الشيعية الولائية"
    assert one(seeds["002"], "THREATEN", trigger="هددت", target="القواعد")
    for evs in seeds.values():
        for e in evs:
            for a in (e.source, e.target):
                if a:
                    assert not a.startswith(("بمعاودة", "بقيمة", "للضغط", "غير ", "نهاية", "وان ", "فال", "وال", "لحكومة")), a
            assert not (e.source and e.target and (e.source in e.target or e.target in e.source)), (e.source, e.target)
    e = events_of("إذن، فالإدارة الأميركية، وبعد تلكؤها في سحب قواتها من العراق، قد بدأت مفاوضات سرية مع المقاومة العراقية.")
    c = one(e, "CONSULT")
    assert (c.source, c.target) == ("الإدارة الأميركية", "المقاومة العراقية")
    e = one(events_of("ان التحالف سيزيد من دعمه لقوات البيشمركة خلال الفترة المقبلة."), "AID")
    # not "لقوات البيشمركة" as both; the pronoun on دعمه (a verbal noun after من, its object after ل) is its doer
    assert e.target == "قوات البيشمركة" and e.source == "التحالف"


def test_protest_targets_past_the_comma():
    # the demand, the chants and the slogans that name what a protest is against often stand clauses after
    # its trigger, past commas
    e = one(events_of("احتشد الآلاف من المتظاهرين أمس، في ظل طقس ممطر وشديد البرودة، قبالة برلمان العاصمة اللاتفية "
                      "ريغا للمطالبة باستقالة الائتلاف الحاكم المؤلف من أربعة أحزاب."), "PROTEST", trigger="احتشد")
    assert e.target.startswith("الائتلاف الحاكم")
    e = one(events_of("وسار المتظاهرون وهم يحملون نعشا رمزيا ويرفعون صور الرئيس العراقي السابق، في المدينة ورددوا "
                      "هتافات معادية لإيران والولايات المتحدة وإسرائيل."), "PROTEST")
    assert "إيران" in e.target and "الولايات المتحدة" in e.target  # a second actor joined by و
    e = one(events_of("وتجمع آلاف المتظاهرين في خور، وهم يرددون هتافات من بينها «الموت لاميركا»."), "PROTEST")
    assert e.target == "اميركا"  # the slogan's object without its glued ل
    e = one(events_of("وخرج المتظاهرون الى الشوارع في سريناجار مرددين هتافات منها «يسقط بوش»."), "PROTEST")
    assert e.target == "بوش"


def test_what_protesters_do_to_someone():
    e = one(events_of("ورشق مئات المتظاهرين قوات مكافحة الشغب بالحجارة والزجاجات الفارغة في شوارع وسط كالكوتا."),
            "PROTEST")
    assert (e.source, e.target) == ("مئات المتظاهرين", "قوات مكافحة الشغب")  # VSO: the protesters, then the object
    # (r120: the count heads it)
    e = one(events_of("ورفع المتظاهرون الأعلام التركية، واتهموا حكومة رئيس الوزراء رجب طيب اردوغان بالتقصير."),
            "PROTEST")
    assert e.target.startswith("حكومة رئيس الوزراء")
    # a singular verb with a subject of its own: the police, not the protesters, act; a definite head takes
    # no genitive, so the police and the protesters are two phrases
    e = one(events_of("وهاجمت الشرطة المتظاهرين في وسط العاصمة."), "ASSAULT")
    assert (e.source, e.target) == ("الشرطة", "المتظاهرين")


def test_actor_spans_of_nouns_numbers_pronouns_and_two_word_cues():
    # تظاهرة ends with ة: a noun, never a verb with a subject before it (وجرت)
    e = one(events_of("وجرت تظاهرة ضخمة امام السفارة امس."), "PROTEST")
    assert e.source is None
    # a counted noun ends its phrase: متظاهر, not "متظاهر خرجوا"
    e = one(events_of("مليون متظاهر خرجوا تحت حماية البوليس للاحتجاج على قرار الحكومة بغزو العراق."), "PROTEST",
            trigger="متظاهر")
    assert e.source == "مليون متظاهر"  # (r120: the count heads it)
    # a possessive pronoun stands for the actor named before it
    e = one(events_of("وأعلن الجيش الامريكي في وقت لاحق أن قواته قتلت مسلحا خلال عمليات في العاصمة."), "ASSAULT")
    assert (e.source, e.target) == ("الجيش الامريكي", "مسلحا")
    e = one(events_of("من جهته، اعلن الجيش الاميركي مقتل أحد جنوده في انفجار قنبلة لدى مرور قافلته قرب بعقوبة."),
            "ASSAULT", trigger="انفجار")  # a killing is named by the act it came from (في انفجار)
    assert e.target == "الجيش الاميركي"
    # على يد introduces the doer, not a target
    e = one(events_of("في شق متصل، خرج متظاهرون أفغان اول من امس، للاحتجاج على مقتل ثلاثة مدنيين على يد قوات "
                      "التحالف."), "PROTEST")
    assert e.target is None or "يد" not in e.target


def test_titles_take_the_name_after_them():
    e = one(events_of("انطلقت احتجاجات في طرابلس احتجاجاً على ترشيح الرئيس نجيب ميقاتي للرئاسة الثالثة."), "PROTEST")
    assert e.target == "الرئيس نجيب ميقاتي"
    e = one(events_of("شهدت تركيا امس مظاهرات عدة مؤيدة لزعيم اكراد تركيا عبد الله اوجلان."), "PROTEST")
    assert e.target.endswith("عبد الله اوجلان")  # عبد takes الله with it
    e = one(events_of("وصرح مسؤولون بان جنودا متمردين اطلقوا النار على رئيس تيمور الشرقية خوسيه راموس هورتا في منزله."),
            "ASSAULT")
    assert e.target == "رئيس تيمور الشرقية خوسيه راموس هورتا"  # the name stops at في


def test_possessed_nouns_heads_with_waw_and_verbs_after_the_subject():
    # وزير starts with و but is no conjunction: it heads the actor the possessive of موكبه stands for
    e = one(events_of("ـ 12 يوليو (تموز) 2005: جرح وزير الدفاع الياس المر في تفجير سيارة مفخخة استهدفت موكبه."),
            "ASSAULT")
    assert e.target.startswith("وزير الدفاع")
    e = one(events_of("أصيب سفير بولندا أمس عندما تعرضت قافلته الدبلوماسية لهجوم بعدة قنابل في وسط بغداد."), "ASSAULT")
    assert e.target == "سفير بولندا"
    # "مسلحون يرتدون زي الشرطة": the imperfect verb describes the gunmen, it is not their victim
    e = one(events_of("وخطف مسلحون يرتدون زي الشرطة العراقية خمسة بريطانيين من مركز للكمبيوتر في وزارة المالية."),
            "ASSAULT")
    assert e.source == "مسلحون" and e.target != "يرتدون"


def test_article_swallowed_by_lam_is_read_where_the_text_writes_it():
    # للحكومة العراقية: ل + the article's ل; the document names the same actor with its article earlier
    e = one(events_of("وقالت الحكومة العراقية إنها تدرس المطالب. وردد المتظاهرون هتافات مناهضة للحكومة العراقية."),
            "PROTEST")
    assert e.target == "الحكومة العراقية"
    e = one(events_of("وردد المتظاهرون هتافات مناهضة للحكومة العراقية."), "PROTEST")
    assert e.target == "حكومة العراقية"  # nowhere else: the span after the clitics, as before


def test_title_and_name_in_apposition_between_commas():
    e = one(events_of("وبعد أن أغلق المتظاهرون مدخل مدينة القدس، الليلة قبل الماضية، أغلقوا أمس الشارع الرئيس في قلب "
                      "مدينة تل أبيب، وراحوا يهاجمون رئيس الوزراء، ايهود أولمرت، الذي غادر الى ألمانيا."), "PROTEST")
    assert e.target == "رئيس الوزراء، ايهود أولمرت"


def test_a_direction_after_the_actor_starts_a_place():
    e = one(events_of("وخطف ثلاثة جنود أميركيين جنوب بغداد في 12 مايو (ايار) وعثر على جثة أحدهم في وقت لاحق."),
            "ASSAULT")
    assert e.target == "ثلاثة جنود أميركيين"  # (with its exact number: round 46)


def test_a_name_beginning_with_al_after_a_title():
    # الياس: its ال is no article, the name after the title goes on
    e = one(events_of("ـ 12 يوليو (تموز) 2005: جرح وزير الدفاع الياس المر في تفجير سيارة مفخخة استهدفت موكبه."),
            "ASSAULT")
    assert e.target.startswith("وزير الدفاع الياس")


def test_a_preposition_with_a_manner_noun_ends_the_actor():
    e = one(events_of("قالت وزارة الدفاع الافغانية امس ان قوات اجنبية قتلت تسعة جنود افغان بطريق الخطأ في ضربة جوية."),
            "ASSAULT")
    assert (e.source, e.target) == ("قوات اجنبية", "تسعة جنود افغان")  # (with its exact number: round 46)


_BANGKOK = ("خرج الآلاف في مسيرة بوسط العاصمة التايلاندية بانكوك امس للاحتجاج على ما يصفونه بوحشية الشرطة في فض "
            "اشتباكات بين متظاهرين مناهضين للحكومة وشرطة مكافحة الشغب الشهر الحالي مما أدى الى مقتل شخصين واصابة "
            "المئات.")


def test_a_noun_of_purpose_names_the_target_of_the_protest_before_it():
    e = one(events_of('تظاهر الاف الاسرائيليين مساء امس في تل ابيب "دفاعا عن الديمقراطية" واحتجاجا على حملة اليمين '
                      'المتطرف ضد جمعيات يسارية.'), "PROTEST", trigger="تظاهر")
    assert e.target == "اليمين المتطرف"
    # "على ما يصفونه بوحشية الشرطة": the decried deed belongs to its genitive
    e = one(events_of(_BANGKOK), "PROTEST", trigger="مسيرة")
    assert e.target == "الشرطة"


def test_the_waw_after_bayna_pairs_the_two_parties():
    from marsad.extract.events import detect as events_mod
    from marsad.extract.events.actors import Phrase, SentenceView
    doc = Document(text=_BANGKOK)
    annotate_text_layer(doc)
    toks = events_mod._sentence_tokens(doc, doc.sentences[0])
    k = next(i for i, t in enumerate(toks) if t.text == "للحكومة")
    sv = SentenceView(doc.text, toks, set())
    ph = sv.coordinate(Phrase(k, k + 1, 2))
    assert (ph.i, ph.j) == (k, k + 1)  # not "للحكومة وشرطة مكافحة الشغب"


def test_a_target_cue_after_the_protesters_opens_the_target():
    e = one(events_of("وفي المقابل تجمع آلاف المتظاهرين المناهضين للعولمة أمس في سابورو بشمال اليابان وسط حراسة أمنية "
                      "مشددة."), "PROTEST")
    assert e.source == "آلاف المتظاهرين"  # (r120: the count heads it)


def test_a_bare_name_after_waw_closes_a_list_of_names():
    e = one(events_of("وسار المتظاهرون وهم يحملون نعشا رمزيا ويرفعون صور الرئيس العراقي السابق، في المدينة ورددوا "
                      "هتافات معادية لإيران والولايات المتحدة وإسرائيل."), "PROTEST")
    assert e.target.endswith("والولايات المتحدة وإسرائيل")


def test_a_killing_verb_with_no_object_is_passive():
    # "قتل جنديان اميركيان واصيب ...": nothing after the subject the verb could take as object
    # (the killing is the attack's it came from: one event, named by the attack)
    e = one(events_of("كما قتل جنديان اميركيان واصيب تسعة عراقيين بجروح في هجوم انتحاري بسيارة مفخخة في الموصل."),
            "ASSAULT", trigger="هجوم")
    assert e.target == "جنديان اميركيان" and e.source is None
    # a count before the subject of a plural verb: "13 إثيوبياً خطفوا على أيدي رجال مسلحين"
    e = one(events_of("ونقلت الوكالة الإثيوبية الرسمية عن مسؤول في الأمن الفيدرالي رفض الكشف عن هويته ان «خمسة من 13 "
                      "إثيوبياً خطفوا على أيدي رجال مسلحين الخميس اصبحوا في عهدة القوى الأمنية الإثيوبية»."),
            "ASSAULT", trigger="خطفوا")
    assert e.target == "13 إثيوبياً" and e.source == "رجال مسلحين"  # (with its exact number: round 46)


def test_an_attack_takes_the_casualties_the_sentence_counts():
    e = one(events_of("والثلاثاء اصيب 37 شخصا بجروح حين انفجرت قنبلة في سوق في ولاية يالا المجاورة."), "ASSAULT")
    assert e.target == "شخصا"
    e = one(events_of("كما وقع تفجير ثالث بسيارة مفخخة قبيل ظهر امس في منطقة الكرادة ذات الغالبية الشيعية، وأسفر عن "
                      "إصابة خمسة مدنيين على الأقل بجروح، وفق مصادر أمنية."), "ASSAULT")
    assert e.target == "مدنيين"
    # و + a casualty noun starts a second casualty, not a genitive of the first
    e = one(events_of("وأدى انفجار سيارة مفخخة في منطقة الصدرية وسط بغداد الى «مقتل شخص وإصابة 11 آخرين بجروح»، حسب "
                      "مصدر في الشرطة."), "ASSAULT")
    assert e.target == "شخص"


def test_a_protest_takes_the_protesters_named_elsewhere_in_the_sentence():
    e = one(events_of("وبالتزامن مع ذلك، انطلقت مظاهرات احتجاج مماثلة في قصبتي كوية وشقلاوة بمحافظة اربيل، حيث تقدم "
                      "المتظاهرون بمذكرات احتجاج ورفض للمادة المذكورة الى قائمقامي البلدتين لرفعها الى البرلمان "
                      "الكردستاني."), "PROTEST", trigger="مظاهرات")
    assert e.source == "المتظاهرون"


def test_a_claim_names_the_attacker():
    e = one(events_of("وتبنت الحركة المسؤولية عن عملية تفجير عربة «أورال» في الطريق بين «مقديشو» و«بيدوا» وتدميرها "
                      "بالكامل وقتل كل من فيها الاثنين الماضي، موضحة أن هذه هي أول عملية من نوعها بعد الانسحاب من "
                      "المواجه."), "ASSAULT", trigger="تفجير")
    assert e.source == "الحركة"
    # the claim one clause on, past a comma
    e = one(events_of("كما تعرضت ثكنة الغلاوية في الشمال لاعتداء أسفر عن مقتل ثلاثة جنود، وقد تبناه «تنظيم القاعدة في "
                      "بلاد المغرب الإسلامي»."), "ASSAULT")
    assert e.source.startswith("تنظيم القاعدة")


def test_a_time_adverbial_stands_between_a_verb_and_its_actors():
    # after the verb: "قتلت أول من أمس أربعة من المتهمين"
    e = one(events_of("وكانت فرقة مظلية من قوات مكافحة الإرهاب قد قتلت أول من أمس أربعة من المتهمين بالهجوم "
                      "الانتحاري الذي نفذته خلية من «القاعدة» على قافلة سياحية في معبد بلقيس القريب من مدينة مأرب ."),
            "ASSAULT", trigger="قتلت")
    assert e.target == "المتهمين"
    # before it: "مديريات عموم العراق خلال الاسبوع الماضي قتلت"
    e = one(events_of("«مديريات عموم العراق خلال الاسبوع الماضي قتلت 47 ارهابياً، وضبطت كميات كبيرة من الاسلحة "
                      "والمتفجرات»."), "ASSAULT", trigger="قتلت")
    assert e.source == "مديريات عموم العراق"


def test_a_nationality_on_the_event_noun_names_the_doer():
    e = one(events_of("وقال مصدر في شرطة صلاح الدين ان «ثمانية اشخاص، بينهم طفلان، قتلوا جراء ضربة جوية اميركية»."),
            "ASSAULT", trigger="ضربة جوية")
    # the aside between commas is stepped over; an actor named only by an adjective is no source (GUIDELINES)
    assert e.source is None and e.target == "ثمانية اشخاص"  # (with its exact number: round 46)
    # after a noun of what the victim suffers, the nationality belongs to the victim, not the doer
    e = one(events_of("أعلن البنتاغون أمس مقتل جندي أميركي في هجوم بعبوة ناسفة في بغداد."), "ASSAULT", trigger="هجوم")
    assert e.target == "جندي أميركي" and e.source is None


def test_a_peoples_name_after_the_actor_is_its_adjective():
    e = one(events_of("قال مسؤولون امس إن أربعة من حراس الأمن الأفغان قتلوا في هجوم انتحاري في جنوب أفغانستان."),
            "ASSAULT", trigger="هجوم")
    assert e.target == "حراس الأمن الأفغان"
    e = one(events_of("وقتل 150 مدنيا افغانيا على الاقل في سلسلة من الضربات الجوية الاميركية التي اخطأت اهدافها."),
            "ASSAULT", trigger="وقتل")
    assert e.target == "150 مدنيا افغانيا" and e.source is None  # (the number: round 46) only an adjective: no source (GUIDELINES)


def test_defective_verbs_report_the_event_they_govern():
    # أدت (from أدى) says the killing took place
    events = events_of("ونقلت وكالة رويترز عن مسؤولين أكراد أن ضربة جوية أميركية في شمال العراق، أدت الى مقتل ثمانية من "
                       "مقاتلي البيشمركة وأصابت ستة آخرين.")
    e = one(events, "ASSAULT", trigger="مقتل")
    assert happened(e) and e.target.startswith("مقاتلي البيشمركة")


def test_a_peoples_plural_agrees_with_the_plural_noun_before_it():
    e = one(events_of("تواصلت أمس مواجهات بين قوى الأمن ومجموعات من المواطنين الشيعة الغاضبين، الذين يحتجون على مقتل "
                      "مواطن بحريني."), "PROTEST", trigger="يحتجون")
    assert e.source == "المواطنين الشيعة الغاضبين"
    e = one(events_of("كذلك، تعرضت قاعدة تابعة للجيش في شرق الجزيرة أمس الى هجوم انتحاري، نسب الى المتمردين التاميل، "
                      "واسفر عن مقتل اربعة جنود على الاقل."), "ASSAULT", trigger="هجوم")
    assert e.source == "المتمردين التاميل"


def test_the_nation_of_the_weapon_names_the_attacker():
    e = one(events_of("وخلال تنقلهم في سيارة في المدينة اصاب صاروخ اسرائيلي السيارة وقتلهم جميعاً."), "ASSAULT")
    assert e.source == "صاروخ اسرائيلي"  # the weapon with its nation: a noun phrase, not an adjective alone


def test_the_person_received_after_the_hosts_comma_is_the_target(monkeypatch):
    # seed 002, through the whole pipeline: the entities component finds the two names
    from marsad.pipeline import run

    monkeypatch.setenv("MARSAD_EVENTS_CLASSIFIER", "0")
    doc = Document(text="استقبل الرئيس العراقي برهم صالح، منسق مجلس الأمن القومي الأمريكي لشؤون الشرق الأوسط وشمال "
                        "أفريقيا بريت مكغورك، مؤكدا “ضرورة نزع فتيل أزمات المنطقة ودعم مسارات الحوار”.")
    run(doc)
    e = one(doc.events, "CONSULT", trigger="استقبل")
    assert e.source == "برهم صالح"  # a person named with a title is the name (GUIDELINES)
    assert e.target.endswith("بريت مكغورك") and "برهم" not in e.target


def test_what_support_acts_on_is_its_genitive():
    # seed 003: the Peshmerga are supported, not supporters
    e = one(events_of('اكدت، ان التحالف الدولي "ينوي الاستمرار بدعم قوات البيشمركة وحكومة إقليم كردستان العراق".'),
            "AID", trigger="بدعم")
    assert e.target.startswith("قوات البيشمركة") and e.source != "قوات البيشمركة"
    # a cue that already names the target makes the genitive the supporter
    e = one(events_of("أعلنت الخارجية دعم الولايات المتحدة للحكومة العراقية."), "SUPPORT", trigger="دعم")
    assert e.target.endswith("العراقية") and "الولايات المتحدة" not in e.target


def test_a_continuing_verb_carries_the_doer_of_its_verbal_noun():
    # seed 003: سيستمر (future of the form-X verb استمر) is a light verb
    e = one(events_of("وليامز أوضح ان التحالف الدولي سيستمر بتقديم مبلغ 20 مليون دولار شهريا الى حكومة إقليم "
                      "كردستان العراق."), "AID")
    assert e.source == "التحالف الدولي" and e.target == "حكومة إقليم كردستان العراق"
    # with the doer known, a transitive verbal noun's genitive is its object, an idafa head included
    e = one(events_of("واستمرت القوات الأمريكية بقصف مواقع التنظيم."), "ASSAULT")
    assert e.source == "القوات الأمريكية" and e.target == "مواقع التنظيم"


def test_the_subject_holding_the_nationality_is_the_whole_doer():
    e = one(events_of("شنت الطائرات الإسرائيلية غارات على غزة."), "ASSAULT", trigger="غارات")
    assert e.source == "الطائرات الإسرائيلية" and e.target == "غزة"


def test_a_day_and_month_date_reports_an_attack():
    # a chronology entry: the noun has no verb saying it took place, the date ties it to a day
    evs = events_of("* 21 مايو(أيار) 2005: اغتيال الأمين العام السابق للحزب الشيوعي جورج حاوي في اعتداء بسيارة مفخخة.")
    assert any(e.type == "ASSAULT" and happened(e) and e.trigger == "اغتيال" for e in evs)
    evs = events_of("* 12 ديسمبر(كانون الأول) 2005: اغتيال الصحافي والنائب جبران تويني بتفجير سيارة مفخخة بموكبه.")
    assert any(e.type == "ASSAULT" and happened(e) for e in evs)
    # a movement named after its date is no date (قوى 14 آذار), nor is a month without its day
    assert any(e.type == "ASSAULT" and happened(e) for e in events_of("وندد البيان باغتيال النائب في 14 آذار."))
    assert not any(e.type == "ASSAULT" and happened(e)
                   for e in events_of("وندد البيان بمسلسل الاغتيالات ضد قوى 14 آذار."))
    assert not any(e.type == "ASSAULT" and happened(e)
                   for e in events_of("وندد البيان بمسلسل الاغتيالات ضد النواب منذ آذار."))
    # a withdrawal by a date is a deadline, not a report
    assert not any(e.type == "RETREAT" and happened(e)
                   for e in events_of("وتنتظر الفصائل انسحاب القوات الأمريكية من العراق بحلول 31 كانون الأول."))


def test_opening_fire_and_directed_strikes_are_attacks():
    e = one(events_of("وأكد ساكاشفيلي ان دبابات روسية فتحت النار على سكان مدينة غوري."), "ASSAULT")
    assert e.trigger == "فتحت النار" and e.mode == "firearms" and happened(e)
    e = one(events_of("وقال سكان إن دبابات أميركية أطلقت نيرانها على المنطقة."), "ASSAULT")
    assert e.mode == "firearms" and happened(e)
    # وجه reports a strike noun after it, not the charges a prosecutor brings (وجهت النيابة اتهامات بالتجمهر)
    e = one(events_of("وكانت القوات الاميركية وجهت عدة ضربات جوية داخل الصومال."), "ASSAULT")
    assert happened(e)
    assert not any(e.type == "PROTEST" and happened(e)
                   for e in events_of("ووجهت النيابة للمتهمين اتهامات بالتجمهر والتحريض على التظاهر."))


def test_forming_a_human_chain_reports_the_protest():
    evs = events_of("وشكل عدة مئات من المتظاهرين في هدوء سلسلة بشرية على مشارف مطار يريفان للاحتجاج على زيارة غل.")
    assert any(e.type == "PROTEST" and happened(e) for e in evs)


def test_a_launch_with_its_projectile_words_apart_is_an_attack():
    e = one(events_of("وفي بلدة بيت حانون اطلقت دبابة إسرائيلية قذيفة على تجمع للمواطنين الفلسطينيين."), "ASSAULT")
    assert e.trigger == "اطلقت" and e.mode == "artillery" and happened(e)
    assert e.source.endswith("إسرائيلية")  # the weapon's nation fired it
    # releasing prisoners is no launch, nor is a projectile in the next sentence
    assert not any(e.type == "ASSAULT" for e in events_of("وأطلقت الحكومة سراح المعتقلين بعد سقوط صواريخ."))
    assert not any(e.type == "ASSAULT" for e in events_of("وأطلقت الحكومة برنامجا جديدا. والصواريخ في المخازن."))


def test_tamma_with_a_verbal_noun_reports_it():
    e = one(events_of("وأكدت السيدة انه تم اغتصابها من قبل عدة ضباط."), "ASSAULT")
    assert happened(e) and e.source == "عدة ضباط"


def test_a_conjoined_past_verb_ends_the_target():
    e = one(events_of("وأكد ساكاشفيلي ان دبابات روسية فتحت النار على سكان ودمرت مباني في مدينة غوري."), "ASSAULT")
    assert e.target == "سكان"
    # a word that begins with و is still a genitive (وزارة, وحدات)
    e = one(events_of("قصفت الطائرات مواقع وحدات الجيش."), "ASSAULT")
    assert e.target == "مواقع وحدات الجيش"


# -- in-domain conventions (benchmarks/data/indomain/GUIDELINES.md): trigger families, headlines, repeats

def test_strikes_named_by_nation_or_weapon_are_attacks():
    e = one(events_of("قال الجيش الأمريكي إن قائدا من الجماعة قتل في ضربة أمريكية ببغداد."), "ASSAULT")
    assert e.trigger.startswith("ضربة") and happened(e)
    evs = events_of("قال مصدران أمنيان إن قائد كتائب حزب الله قتل في ضربة بطائرة مسيرة.")
    e = one(evs, "ASSAULT", trigger="ضربة بطائرة مسيرة")
    assert e.mode == "drone" and not any(x.type == "PROTEST" for x in evs)
    # a blow is no strike
    assert not any(e.type == "ASSAULT" for e in events_of(
        "وكان المدير العام لصندوق النقد الدولي قد قال إن الاستقرار المالي العالمي تلقى ضربة من أزمة الرهن العقاري."))


def test_a_killing_is_named_by_the_act_it_came_from():
    e = one(events_of("قتل خمسة جنود أتراك وأصيب مثلهم في قصف مدفعي مكثف للقوات الحكومية السورية في محافظة إدلب."),
            "ASSAULT")
    assert e.trigger.startswith("قصف") and "جنود" in e.target
    # also when the victims take more words: one event, the strike's
    evs = events_of("قال الجيش التركي اليوم إنه قتل 26 من مسلحي حزب العمال الكردستاني في ضربات جوية على منطقة قنديل.")
    assert [e.trigger for e in evs if e.type == "ASSAULT"] == ["ضربات جوية"]


def test_shooting_down_a_drone_is_an_attack_and_a_drone_no_march():
    evs = events_of("قال مسؤول دفاعي أميركي إن القوات الأميركية في العراق أسقطت، طائرة مسيرة قرب قاعدة عين الأسد الجوية.")
    e = one(evs, "ASSAULT", trigger="أسقطت")
    assert happened(e) and not any(x.type == "PROTEST" for x in evs)
    evs = events_of("الحرس الثوري الإيراني يعلن إسقاط طائرة أميركية مسيرة\n\nأعلن الحرس الثوري الإيراني ذلك.")
    assert any(x.type == "ASSAULT" and "إسقاط" in x.trigger and happened(x) for x in evs)
    assert not any(x.type == "PROTEST" for x in evs)


def test_a_drone_with_a_weapon_adjective_is_no_march():
    # training split (im-6970ab2d18): "bombed by booby-trapped drones" (resources/events/weapon_adjectives.txt)
    evs = events_of("وأكد الحزب ان الهجمات التي تعرضت لها مقرات الحزب بمسيرات مفخخة ، في منطقة شيراوا جنوب العاصمة "
                    "أربيل ، اسفرت عن خسائر مادية وبشرية.")
    assert not any(x.type == "PROTEST" for x in evs), evs
    assert any(x.type == "ASSAULT" for x in evs)
    # a march stays a march
    assert any(x.type == "PROTEST" for x in events_of("خرجت مسيرات حاشدة في صنعاء تنديدا بالعدوان"))


def test_taking_or_liberating_territory_is_coerce():
    e = one(events_of("كما تمكنت القوات الأمنية من تحرير المجمع السكني بقضاء الدور."), "COERCE", trigger="تحرير")
    assert happened(e) and (e.source, e.target) == ("القوات الأمنية", "المجمع السكني")
    # a liberation front, freeing prisoners: no territory taken
    assert not any(x.type == "COERCE" for x in events_of("وقالت هيئة تحرير الشام إن مقاتليها صدوا الهجوم."))
    assert not any(x.type == "COERCE" for x in events_of(
        "وكانت قوات سوريا الديمقراطية قد توقفت لنحو شهر بهدف تحرير الأسرى وإخلاء آلاف المدنيين."))


def test_surrender_and_lifting_a_curfew_are_concessions():
    e = one(events_of("استسلم جميع عناصر التنظيم الإرهابي بعد 6 أيام من المقاومة."), "CONCEDE", trigger="استسلم")
    assert happened(e)
    evs = events_of("أعلنت السلطات العراقية، اليوم الأحد، رفع حظر التجوّل الذي فرضته في مدينة كركوك.")
    one(evs, "CONCEDE", trigger="رفع حظر")
    assert not any(x.type == "COERCE" for x in evs)


def test_releasing_prisoners_is_retreat():
    e = one(events_of("وأطلقت الحكومة سراح المعتقلين بعد سقوط صواريخ."), "RETREAT")
    assert e.mode == "release" and e.source == "الحكومة" and happened(e)


def test_terror_listings_are_sanctions():
    e = one(events_of("صنفت الولايات المتحدة الحرس الثوري الإيراني منظمة إرهابية."), "SANCTION")
    assert happened(e) and e.source == "الولايات المتحدة"
    one(events_of("وأدرجت وزارة الخزانة الأمريكية الجماعة على قائمة الإرهاب."), "SANCTION")


def test_summoning_an_ambassador_and_blaming_are_accusations():
    e = one(events_of("واستدعت وزارة الخارجية العراقية السفير التركي في بغداد احتجاجا على القصف."), "ACCUSE")
    assert e.source == "وزارة الخارجية العراقية" and happened(e)
    e = one(events_of("ألقت وزارة الدفاع الأمريكية باللوم على سليماني وقوات القدس لهجمات على قواعد التحالف."), "ACCUSE")
    assert e.source == "وزارة الدفاع الأمريكية" and e.target.startswith("سليماني")
    # the words after the gap end the target: نظام الأسد, not "نظام الأسد مسؤولية"
    e = one(events_of("ويأتي ذلك بعد أن حملت الخارجية الأمريكية نظام الأسد مسؤولية الهجوم الكيميائي الأخير."), "ACCUSE")
    assert (e.source, e.target) == ("الخارجية الأمريكية", "نظام الأسد")


def test_a_bomb_thrown_past_a_comma_has_its_doer_and_target():
    e = one(events_of("وفي سياق متصل، ألقى مسلحون مجهولون يستقلون دراجة نارية، قنبلة يدوية على منزل مسؤول محلي."),
            "ASSAULT")
    assert (e.source, e.target) == ("مسلحون مجهولون", "منزل مسؤول محلي") and e.mode == "bombing"


def test_sending_reinforcements_is_mobilization():
    e = one(events_of("وأرسلت تركيا تعزيزات عسكرية كبيرة إلى الحدود مع سوريا."), "MOBILIZE")
    assert e.source == "تركيا" and happened(e)


def test_an_interception_is_no_rejection():
    assert not any(e.type == "REJECT" for e in events_of(
        "وأعلنت قيادة التحالف أن قوات الدفاع الجوي اعترضت صاروخا باليستيا أطلقه الحوثيون."))
    one(events_of("وقال النواب إنهم اعترضوا على القرار في جلسة أمس."), "REJECT")


def test_a_headline_reports_in_nouns_and_the_present():
    evs = events_of("ترامب يحذر إيران\nوقال الرئيس الأمريكي إن بلاده سترد على أي هجوم.")
    e = one(evs, "THREATEN", trigger="يحذر")
    assert happened(e)
    evs = events_of("هجوم بطائرة مسيرة على قاعدة أمريكية في سوريا\nوقال مسؤولون إن أحدا لم يصب.")
    assert any(x.type == "ASSAULT" and x.trigger == "هجوم" and happened(x) for x in evs)
    # a sentence of the body is no headline: a bare noun there is a mention
    assert not any(x.type == "ASSAULT" and happened(x) for x in events_of("ويتناول الكتاب سياسة الاغتيالات في المنطقة."))


def test_a_later_mention_naming_no_new_actor_is_not_a_new_event():
    evs = events_of("قصفت الطائرات التركية مواقع لحزب العمال الكردستاني في شمال العراق. وأسفر القصف عن أضرار مادية.")
    assert [e.trigger for e in evs if e.type == "ASSAULT"] == ["قصفت"]
    # one that names a new doer is annotated again
    evs = events_of("قصفت الطائرات التركية مواقع في شمال العراق. وأسفر القصف الذي شنته المدفعية الإيرانية عن أضرار.")
    assert len([e for e in evs if e.type == "ASSAULT"]) == 2


def test_an_actor_named_only_by_an_adjective_is_no_source():
    e = one(events_of("وقتل رئيس حكومة الحوثيين أمس في غارة إسرائيلية على صنعاء."), "ASSAULT")
    assert e.trigger == "غارة" and e.source is None


def test_a_verb_voweled_as_passive_has_its_victim_as_subject():
    e = one(events_of("قُتل عنصر من قوات سوريا الديمقراطية، يوم أمس الإثنين، في ريف دير الزور."), "ASSAULT")
    assert e.source is None and e.target == "عنصر من قوات سوريا الديمقراطية"
    e = one(events_of("واستُهدف رتل للتحالف الدولي بعبوة ناسفة قرب الناصرية."), "ASSAULT")
    assert e.source is None and e.target.startswith("رتل")


def test_a_head_in_construct_takes_its_own_name():
    e = one(events_of("وقتل الجندي إثر هجوم مسلح نفذته خلايا تنظيم داعش في ريف دير الزور."), "ASSAULT", trigger="هجوم")
    assert e.source == "خلايا تنظيم داعش"


def test_a_person_named_with_a_title_is_the_name():
    text = "وأعلنت وزارة الداخلية التابعة للحوثيين أمس مقتل الرئيس اليمني السابق علي عبدالله صالح."
    s = text.index("علي عبدالله صالح")
    ents = [Entity(s, s + len("علي عبدالله صالح"), "علي عبدالله صالح", "PER", "ent-saleh")]
    e = one(events_of(text, ents), "ASSAULT", trigger="مقتل")
    assert e.target == "علي عبدالله صالح" and e.target_entity_id == "ent-saleh"


def test_the_lam_genitive_of_an_attack_noun_is_its_doer():
    text = "هجوم واسع للجيش العراقي على تكريت\nوقالت مصادر إن القوات تقدمت."
    s = text.index("تكريت")
    e = one(events_of(text, [Entity(s, s + 5, "تكريت", "LOC", "ent-tikrit")]), "ASSAULT", trigger="هجوم")
    # a found name is never a verbal noun (تكريت has the shape of تفعيل)
    assert (e.source, e.target) == ("جيش العراقي", "تكريت")
    e = one(events_of("قتل خمسة جنود أتراك وأصيب مثلهم في قصف مدفعي مكثف للقوات الحكومية السورية في محافظة إدلب."),
            "ASSAULT")
    assert e.source == "قوات الحكومية السورية"
    # a support is for whom ل names (not its doer), and a cue before ل makes it what a protest is for
    e = one(events_of("شهدت تركيا امس مظاهرات عدة مؤيدة لزعيم اكراد تركيا عبد الله اوجلان."), "PROTEST")
    assert e.target.endswith("عبد الله اوجلان")


def test_who_announces_an_act_of_its_own_did_it():
    e = one(events_of("الحرس الثوري الإيراني يعلن إسقاط طائرة أميركية مسيرة\nوقال البيان إن الطائرة اخترقت الأجواء."),
            "ASSAULT")
    assert e.trigger == "إسقاط" and e.source == "الحرس الثوري الإيراني" and e.target.startswith("طائرة أميركية")
    e = one(events_of("أعلن الحرس الثوري الإيراني، أمس، إطلاق عشرات الصواريخ على القواعد الأمريكية في العراق."),
            "ASSAULT")
    assert e.source == "الحرس الثوري الإيراني"
    # not a death it reports, nor what a that-clause says
    e = one(events_of("وأعلنت وزارة الداخلية التابعة للحوثيين أمس مقتل الرئيس السابق."), "ASSAULT")
    assert e.source is None
    evs = events_of("وأعلنت مصادر امنية ان سيارة مفخخة متوقفة بالقرب من مسجد الكمالية في بغداد انفجرت ما اسفر عن "
                    "مقتل عشرة اشخاص على الاقل واصابة 26 اخرين.")
    assert any(e.trigger == "سيارة مفخخة" for e in evs) and not any(e.source == "مصادر امنية" for e in evs)


def test_no_actor_is_a_letter_a_particle_or_a_fragment():
    # a spaced conjunction (و التي), a glued preposition alone (بـ"4"), the auxiliary تم: never an actor
    e = one(events_of("وتقع المدينة على الطريق، و التي سقطت بأيدي التنظيم عام 2014."), "COERCE")
    assert e.source == "التنظيم"
    e = one(events_of("وذكر مراسلنا أن الميليشيات الإيرانية قصفت بـ”4″ صواريخ القاعدة الأمريكية في حقل كونيكو."), "ASSAULT")
    assert e.target != "بـ" and e.source == "الميليشيات الإيرانية"
    e = one(events_of("وقال إنه تم استهداف أبو تقوى بشكل مباشر عبر طائرة مسيرة أمس."), "ASSAULT")
    assert e.source != "تم"
    # a text cut off mid-word leaves no actor of one or two letters
    assert all(len(x.source or "xxx") > 2 for x in events_of("وجُرح الآلاف أمس جراء انفجار متزامن للعد"))


def test_what_fell_into_a_groups_hands_is_the_target():
    e = one(events_of("وكانت المدينة قد سقطت في قبضة تنظيم داعش عام 2014."), "COERCE")
    assert (e.source, e.target) == ("تنظيم داعش", "المدينة")


def test_strikes_series_and_references_back_do_not_act():
    e = one(events_of("وذكرت القيادة الوسطى الأميركية أن الضربات استهدفت 13 موقعًا للحوثيين."), "ASSAULT")
    # (never الضربات; since r97 the command telling what its own strikes aimed at is their doer: audit r19 row 142)
    assert e.source == "القيادة الوسطى الأميركية"
    e = one(events_of("قصف صاروخي يستهدف القاعدة الأمريكية في حقل كونيكو بدير الزور\nوقال مصدر إن الصواريخ سقطت."),
            "ASSAULT", trigger="قصف")
    assert e.source is None and e.target == "القاعدة الأمريكية"
    # a source who asked not to be named requests nothing; a curfew however spelt is imposed
    assert not any(e.type == "REQUEST" for e in events_of(
        "وقال المصدر الذي طلب عدم الكشف عن اسمه إن قرارا صدر بإغلاق البعثات."))
    evs = events_of("تم فرض حظر التجوال في مدينة كركوك بالعراق بعد احتجاج مجموعة من أنصار الحزب.")
    assert any(e.type == "COERCE" for e in evs) and not any(e.type == "SANCTION" for e in evs)


def test_a_subject_before_a_place_and_the_object_of_a_shoot_down():
    e = one(events_of("قال مسؤول دفاعي إن القوات الأميركية في العراق أسقطت، طائرة مسيرة قرب قاعدة عين الأسد الجوية."),
            "ASSAULT")
    assert (e.source, e.target) == ("القوات الأميركية", "طائرة مسيرة")


def test_a_noun_with_a_named_participant_reports_a_particular_event():
    text = "وازداد التوتر بين البلدين على خلفية الهجمات على قاعدة عين الأسد غرب العراق."
    s = text.index("قاعدة عين الأسد")
    ents = [Entity(s, s + len("قاعدة عين الأسد"), "قاعدة عين الأسد", "LOC", "ent-asad")]
    e = one(events_of(text, ents), "ASSAULT", trigger="الهجمات")
    assert e.target == "قاعدة عين الأسد" and happened(e)
    # with no named participant the noun is a mention
    assert not any(x.type == "ASSAULT" for x in events_of("وتحدث الخبراء عن الهجمات على القواعد عموما."))


def test_spoke_is_not_happened():
    # تحدث is "spoke" in news, not the imperfect of حدث: it reports nothing
    assert not any(e.type == "ASSAULT" and happened(e)
                   for e in events_of("وتحدث التقرير عن سياسة الاغتيالات في المنطقة."))
    assert any(e.type == "ASSAULT" and happened(e) for e in events_of("وحدث الانفجار قرب السوق الشعبي."))


def test_a_purpose_is_not_an_act_and_a_fire_is_not_seized():
    evs = events_of("شن طيران التحالف العربي لدعم الشرعية في اليمن غارات على المدينة القديمة في صنعاء.")
    assert any(e.type == "ASSAULT" and happened(e) for e in evs)
    assert not any(e.type == "SUPPORT" and happened(e) for e in evs)  # لدعم الشرعية: what the strikes were for
    evs = events_of("وبدأ التحالف عملياته في اليمن في مارس 2015 دعماً للرئيس الشرعي عبد ربه منصور هادي.")
    assert not any(e.type == "SUPPORT" and happened(e) for e in evs)
    assert not any(e.type == "COERCE" for e in events_of("وتمكنت فرق الدفاع المدني من السيطرة على الحريق أمس."))
    one(events_of("وتمكنت القوات من السيطرة على المدينة أمس."), "COERCE")


def test_a_ship_seized_is_coerce_with_the_genitive_as_doer():
    e = one(events_of("أفادت مصادر صحافية، اليوم الأحد، باختطاف الحوثيين لسفينة اسمها غالاكسي ليدر وعلى متنها 22 شخصا."),
            "COERCE")
    assert e.mode == "seize" and e.source == "الحوثيين" and e.target.startswith("سفينة")
    # people abducted stay an attack
    one(events_of("وأعلنت الشرطة أمس اختطاف ثلاثة صحافيين أجانب في بغداد."), "ASSAULT", mode="abduct")


def test_a_final_hamza_takes_its_seat_before_a_pronoun():
    e = one(events_of("وكان التنظيم قد أعلن أمس استيلاءه على مساحات شاسعة من الأرض."), "COERCE")
    e = one(events_of("بعد 3 سنوات من استيلائه على مساحات شاسعة من الأرض في الشمال أمس."), "COERCE")
    assert e.trigger == "استيلائه" and e.target.startswith("مساحات شاسعة")


def test_a_new_clause_tells_another_event():
    # حيث opens a clause of its own: the shelling the party announces is not the mutual attacks before it
    e = one(events_of("وقبل بدء سريان الاتفاق صعّد حزب الله اللبناني وإسرائيل من هجماتهما المتبادلة حيث أعلن الحزب قصف "
                      "مناطق في شمال إسرائيل بالصواريخ."), "ASSAULT", trigger="قصف")
    assert e.source == "الحزب" and e.target.startswith("مناطق")


def test_a_vote_of_confidence_with_its_subject_between():
    e = one(events_of("منح البرلمان العراقي في وقت متأخر اليوم (الأربعاء) الثقة لـ 15 وزيرا من حكومة مصطفى الكاظمي."),
            "SUPPORT")
    assert e.trigger == "منح" and e.source == "البرلمان العراقي" and happened(e)


def test_the_two_parties_after_bayna():
    e = one(events_of("التوقيع على اتفاق الرياض بين الحكومة اليمنية والمجلس الانتقالي\nوقال مسؤولون إن الاتفاق ينهي الأزمة."),
            "AGREE")
    assert (e.source, e.target) == ("الحكومة اليمنية", "المجلس الانتقالي")
    evs = events_of("وأعلن الجانبان أمس وقف إطلاق النار بين حزب الله وإسرائيل.")
    e = one(evs, "RETREAT")
    assert (e.source, e.target) == ("حزب الله", "إسرائيل")
    # a range of numbers is no pair of parties
    evs = events_of("وقتل ما بين 10 و20 شخصا في اشتباكات أمس.")
    assert not any(e.source == "10" for e in evs)


def test_a_linking_participle_keeps_its_complement():
    e = one(events_of("واستهدفت طائرة مسيرة تركية سيارة تابعة لوحدات مقاومة سنجار أمس."), "ASSAULT")
    assert e.target == "سيارة تابعة لوحدات مقاومة سنجار"
    e = one(events_of("وهددت جماعات مسلحة عراقية متحالفة مع إيران بضرب المصالح الأمريكية."), "THREATEN")
    assert e.source == "جماعات مسلحة عراقية متحالفة مع إيران"


def test_a_person_named_after_a_quoted_title():
    text = "وتأتي الضربة بعد يومين من اغتيال قائد «فيلق القدس» قاسم سليماني في بغداد أمس."
    s = text.index("قاسم سليماني")
    e = one(events_of(text, [Entity(s, s + len("قاسم سليماني"), "قاسم سليماني", "PER", "ent-qs")]), "ASSAULT",
            trigger="اغتيال")
    assert e.target == "قاسم سليماني"


# ---- what an event record carries beyond its type: casualties, offsets, the actor dictionary, clean actors

def analysed(text: str, published: str = "2024-08-22") -> Document:
    from marsad import pipeline
    doc = Document(text=text, published=published)
    pipeline.run(doc)
    return doc


def test_assault_carries_killed_and_wounded_from_the_amounts():
    doc = analysed("قتل خمسة جنود أتراك وأصيب ثلاثة آخرون في قصف مدفعي شنه حزب العمال الكردستاني على قاعدة في دهوك أمس.")
    e = one(doc.events, "ASSAULT", trigger="قصف")
    assert (e.killed, e.wounded, e.captured) == (5, 3, None)
    assert e.time == "2024-08-21" and e.place == "دهوك"
    assert doc.text[e.place_start:e.place_end] == "دهوك" and e.place_actor["country"] == "IQ"


def test_an_outcome_killing_is_the_attack_it_came_from():
    # one occurrence: "ما أسفر عن مقتل" tells the attack's outcome, not a second event
    doc = analysed("أعلنت جماعة الحوثي مسؤوليتها عن هجوم بطائرة مسيرة استهدف قاعدة حرير في أربيل، "
                   "ما أسفر عن مقتل 3 أشخاص وإصابة 7 آخرين.")
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    e = assaults[0]
    assert e.source == "جماعة الحوثي" and e.target == "قاعدة حرير"
    assert (e.killed, e.wounded) == (3, 7)
    assert e.source_actor["id"] == "org:houthis" and e.source_actor["sector"] == "armed group"
    assert e.source_actor["country"] == "YE"


def test_role_offsets_point_at_the_role_text():
    doc = analysed("واعتقلت القوات الأمنية العراقية 12 مطلوبا في حملة دهم بمحافظة الأنبار.")
    e = one(doc.events, "COERCE")
    assert doc.text[e.source_start:e.source_end] == e.source == "القوات الأمنية العراقية"
    assert doc.text[e.trigger_start:e.trigger_end] == e.trigger
    assert e.place_actor is not None and e.place_actor["country"] == "IQ"
    assert e.killed is None  # casualty counts are an ASSAULT's


def test_an_actor_loses_the_adverbial_after_it():
    e = one(analysed("استهدف الحوثيون مأرب بثلاثة صواريخ أمس.").events, "ASSAULT")
    assert e.source == "الحوثيون" and e.target == "مأرب"
    e = one(analysed("وأكد البيان أن القوات الأمريكية استهدفت سفنه سابقا.").events, "ASSAULT")
    assert e.target == "سفنه"


def test_fragment_names_what_is_not_a_whole_phrase():
    from marsad.extract.events.attach import fragment
    text = "واستهدف التحالف بزهاء 10 غارات مقر الأمن القومي في صنعاء سوف"
    span = lambda s: (text.index(s), text.index(s) + len(s))  # noqa: E731
    assert fragment(text, *span("مقر الأمن القومي")) is None
    assert fragment(text, *span("التحالف")) is None  # after its glued conjunction
    assert fragment(text, *span("بزهاء")) is not None or fragment(text, *span("زهاء")) is not None
    assert fragment(text, *span("سوف")) == "starts with a function word"
    assert fragment(text, *span("الأمن القومي في")) == "ends with a function word"
    assert fragment(text, text.index("صنعاء") + 1, text.index("صنعاء") + 5) == "starts inside a word"
    assert fragment(text, *span("مق")) is not None


@pytest.mark.parametrize("split", ["dev"])
def test_no_fragment_actor_on_the_indomain_dev_articles(split):
    # the invariant of the issue: a source or target is a whole noun phrase or name, never a clitic, a
    # preposition, a letter or a cut word; and its offsets hold its text
    import json
    from pathlib import Path
    from marsad.extract.events.attach import fragment
    gold = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "indomain" / "gold.jsonl"
    n = 0
    for line in gold.read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        if a.get("split") != split:
            continue
        doc = analysed(a["text"], a.get("published"))
        for e in doc.events:
            for role in ("source", "target"):
                name, s, t = getattr(e, role), getattr(e, role + "_start"), getattr(e, role + "_end")
                if name is None:
                    assert s is None and t is None
                    continue
                n += 1
                assert doc.text[s:t] == name, (a["id"], e)
                assert fragment(doc.text, s, t) is None, (a["id"], role, name, fragment(doc.text, s, t))
    assert n > 200


# ---- source and target: the shapes of the clause (issue 26)

def test_a_three_letter_past_verb_has_its_subject_after_it():
    # دعت is a weak verb's feminine past (دعا): a verb, whose subject follows it
    e = one(events_of("دعت أنقرة، بغداد لعدم الانجراف وراء أبواق الإرهاب."), "REQUEST", trigger="دعت")
    assert e.source == "أنقرة"
    e = one(events_of("من جانبها، دعت لوكا كاتسيلي رئيسة اتحاد المصارف اليونانية الحكومة إلى الإسراع في الاتفاق."),
            "REQUEST", trigger="دعت")
    assert e.source == "لوكا كاتسيلي"


def test_a_verb_whose_root_begins_with_fa_is_no_conjoined_verb():
    # فجرت is فجر, not ف + جرت: the subject before it (after كانت) is its subject, the house its object
    e = one(events_of("وكانت الميليشيات المتمردة فجرت منزل صالح، مع اشتداد حدة المعارك في العاصمة اليمنية."),
            "ASSAULT", trigger="فجرت")
    assert (e.source, e.target) == ("الميليشيات المتمردة", "منزل صالح")


def test_a_topic_set_off_by_a_comma_is_the_subject():
    e = one(events_of("وكانت قوات سوريا الديمقراطية، نفت الخميس هزيمة تنظيم داعش بالكامل في الباغوز السورية."),
            "REJECT", trigger="نفت")
    assert e.source == "قوات سوريا الديمقراطية"
    # a prepositional phrase before the comma is no topic: the subject follows the verb
    e = one(events_of("وفي السياق ذاته، هدّد الحرس الثوري الإيراني بضرب الداخل الأمريكي."), "THREATEN")
    assert e.source == "الحرس الثوري الإيراني"


def test_a_phrase_after_fi_is_no_subject():
    # "السياق ذاته" is في's object, not who threatened; the subject follows the verb
    e = one(events_of("وفي السياق ذاته هدّد الحرس الثوري الإيراني أيضاً، بضرب الداخل الأمريكي."), "THREATEN")
    assert e.source == "الحرس الثوري الإيراني" and e.target != "الحرس الثوري الإيراني"


def test_a_light_verb_with_a_long_quoted_subject():
    text = 'بدأت شرارة هذا التحول الكبير في 27 نوفمبر 2024، حين شنّت "هيئة تحرير الشام" وفصائل حليفة لها هجومًا واسعًا في شمال سوريا.'
    e = one(events_of(text), "ASSAULT", trigger="هجوم")
    assert e.source == "هيئة تحرير الشام"


def test_an_announcer_named_in_quotes_did_the_act():
    # the quote marks around the name do not put the act inside a quotation
    e = one(events_of('الاثنين الماضي، أعلنت "المقاومة الإسلامية" في العراق، استهداف 3 قواعد للقوات الأميركية في سوريا.'),
            "ASSAULT", trigger="استهداف")
    assert e.source == "المقاومة الإسلامية" and e.target.startswith("3 قواعد")


def test_coordinated_doers_and_the_object_after_them():
    text = "في السياق قصف الحوثيون وقوات صالح قرى مشرعة وحدنان في صبر بمدافع الهاوزر وصواريخ الكاتيوشا."
    s = text.index("صالح")
    e = one(events_of(text, [Entity(s, s + 4, "صالح", "PER", "ent-s")]), "ASSAULT", trigger="قصف")
    # the person's name closes the idafa (قوات صالح), and the villages after it are the object
    assert e.source == "الحوثيون وقوات صالح" and e.target.startswith("قرى مشرعة")


def test_two_coordinated_subjects_before_the_verb():
    e = one(events_of("وتعتزم الحكومة المركزية إعادة المبنى، لكن العرب والتركمان عارضوا ذلك ونصبوا مخيّماً أمام المبنى."),
            "REJECT", trigger="عارضوا")
    assert e.source == "العرب والتركمان"


def test_the_pronoun_on_an_event_noun_is_its_doer():
    e = one(events_of("تنظيم داعش الإرهابي يفشل في هجومه على سجن الحسكة"), "ASSAULT", trigger="هجومه")
    assert e.source.startswith("تنظيم داعش") and e.target == "سجن الحسكة"
    text = ("في تطور مفاجئ للأحداث في سوريا، أعلنت فصائل المعارضة المسلحة اليوم، الأحد 8 ديسمبر 2024، دخولها "
            "العاصمة دمشق دون مقاومة تذكر، مؤكدةً سيطرتها الكاملة على المدينة.")
    e = one(analysed(text).events, "COERCE", trigger="سيطرتها")
    # the topic the pronoun refers back to, not a place nor a preposition's object (دون مقاومة)
    assert e.source == "فصائل المعارضة المسلحة"
    # ة is no pronoun: a strike named with an adjective has no doer
    e = one(events_of("ونفذت ضربات جوية على مواقع في المدينة أمس."), "ASSAULT")
    assert e.source is None


def test_a_quoted_name_after_its_head_is_the_name():
    doc = analysed('وتبنى تنظيم "داعش" عبر معرفاته قتل شخص يدعى دحام علي الحبيب في بلدة بريهة.')
    e = one(doc.events, "ASSAULT", trigger="قتل")
    assert e.source == "داعش" and doc.text[e.source_start:e.source_end] == "داعش"
    # a people noun keeps its quoted genitive: the fighters are the actor
    from marsad.extract.events.attach import _quoted_name
    text = 'أسر مقاتلي "قسد" أمس'
    a = text.index("مقاتلي")
    assert _quoted_name(text, a, text.index("قسد") + 4) == (a, text.index("قسد") + 4)


def test_a_title_with_its_genitive_before_the_name_is_the_name():
    text = "وبحثت الرئيسة المشتركة لدائرة العلاقات الخارجية في الإدارة الذاتية إلهام أحمد، مع المبعوث الأمريكي الأوضاع."
    s = text.index("إلهام أحمد")
    e = one(events_of(text, [Entity(s, s + len("إلهام أحمد"), "إلهام أحمد", "PER", "ent-ia")]), "CONSULT")
    assert e.source == "إلهام أحمد" and e.target != "لدائرة العلاقات الخارجية"
    # past a ب-phrase the name is another person's: the minister's counterpart, not the minister
    text = "والتقى وزير الخارجية بنظيره الروسي سيرغي لافروف في موسكو."
    s = text.index("سيرغي لافروف")
    e = one(events_of(text, [Entity(s, s + len("سيرغي لافروف"), "سيرغي لافروف", "PER", "ent-sl")]), "CONSULT")
    assert e.source == "وزير الخارجية"


def test_a_threat_is_against_the_object_of_the_act_threatened():
    text = ("كانت جماعات مسلحة عراقية متحالفة مع إيران قد هددت باستهداف المصالح الأمريكية بالصواريخ والطائرات "
            "المسيرة، إذا تدخلت واشنطن لدعم إسرائيل.")
    e = one(events_of(text), "THREATEN", trigger="هددت")
    # the participle's complement (مع إيران) stays in the subject before the verb
    assert e.source == "جماعات مسلحة عراقية متحالفة مع إيران" and e.target == "المصالح الأمريكية"
    e = one(events_of("وتركز القصف على قاعدة عين الأسد الأمريكية ما أدى إلى مقتل وإصابة عدد من العراقيين، مع "
                      "تهديد إيراني باستهداف العمق الأمريكي."), "THREATEN")
    assert e.target == "العمق الأمريكي"


def test_two_names_side_by_side_are_subject_and_object():
    text = "وحذر ترامب الحوثيين من أنهم إن لم يتوقفوا عن شن الهجمات."
    a, b = text.index("ترامب"), text.index("الحوثيين")
    ents = [Entity(a, a + 5, "ترامب", "PER", "ent-t"), Entity(b, b + 8, "الحوثيين", "ORG", "ent-h")]
    e = one(events_of(text, ents), "THREATEN")
    assert (e.source, e.target) == ("ترامب", "الحوثيين")


def test_a_conjoined_verb_shares_the_subject_headed_by_an_actor_noun():
    # برلمان heads an actor (resources/events/actor_heads.txt): the conjoined verb's subject is the parliament,
    # not the government named in the first clause's object
    text = ("منح البرلمان العراقي في وقت متأخر اليوم (الأربعاء) الثقة لـ 15 وزيرا من حكومة مصطفى الكاظمي، ورفض منح "
            "الثقة لاربعة مرشحين وأجل التصويت على وزارتي الخارجية والنفط.")
    e = one(events_of(text), "REJECT", trigger="رفض")
    assert e.source == "البرلمان العراقي"


def test_an_actor_noun_with_a_pronoun_stands_for_its_owner():
    text = "وقال الجيش الإسرائيلي إن طائراته المقاتلة قصفت مجمعا في منطقة صنعاء حيث تجمعت شخصيات حوثية بارزة."
    e = one(events_of(text), "ASSAULT", trigger="قصفت")
    # the participle المقاتلة describes the aircraft; it is not a thing standing as subject
    assert e.source == "الجيش الإسرائيلي" and e.target == "مجمعا"
    # a demonstrative is no pronoun: "بهذه القوات التي هاجمت" → the forces
    text = "إنه لم يتم إشعار الحكومة المحلية بهذه القوات التي هاجمت المتظاهرين ونفذت المجزرة ضد أهالي الناصرية."
    e = one(events_of(text), "ASSAULT", trigger="هاجمت")
    assert e.source == "القوات"


def test_a_light_verbal_noun_with_a_pronoun_has_its_doer_in_it():
    text = 'وأعلنت جماعة الحوثي مسؤوليتها عن الحادث، مؤكدة شنّها "عملية نوعية في العمق الإماراتي".'
    e = one(events_of(text), "ASSAULT", trigger="عملية نوعية")
    assert e.source == "جماعة الحوثي"


def test_a_relative_clause_verb_that_disagrees_has_its_own_subject():
    text = "وقال إن على سكان تلك المناطق عدم التوجه نحو القرى التي طلب الجيش إخلاءها أو باتجاه قواته."
    e = one(events_of(text), "REQUEST", trigger="طلب")
    assert e.source == "الجيش"
    # agreeing, the antecedent is the subject
    e = one(events_of("وقال المتحدث إن الفصائل التي هاجمت القاعدة الأمريكية أمس تتبع لإيران."), "ASSAULT",
            trigger="هاجمت")
    assert e.source == "الفصائل" and e.target == "القاعدة الأمريكية"


def test_an_act_as_subject_and_a_resumptive_pronoun_after_the_verb():
    # "استهدفت غارتان مقر …": the strikes are the verb's subject, the headquarters its object
    e = one(events_of("إلى ذلك، استهدفت غارتان مقر وزارة الدفاع الواقع عند أحد مداخل المدينة القديمة."), "ASSAULT")
    assert e.target == "مقر وزارة الدفاع" and e.source is None
    # "الذي حاصر فيه الجيش": فيه refers back to the time; the subject follows it, and a counting noun's
    # adjective (مجموعة كبيرة من) is no head
    e = one(events_of("في الوقت الذي حاصر فيه الجيش اليمني مجموعة كبيرة من الحوثيين في مدينة قبضة."), "COERCE")
    assert (e.source, e.target) == ("الجيش اليمني", "مجموعة كبيرة من الحوثيين")  # (r120: the count heads it)


def test_a_name_right_after_a_noun_of_what_is_suffered_is_the_victim():
    text = "إيران ترد على مقتل سليماني بقصف صاروخي على قواعد أمريكية، والضحايا عراقيون"
    s = text.index("سليماني")
    e = one(events_of(text, [Entity(s, s + 7, "سليماني", "PER", "ent-qs")]), "ASSAULT", trigger="مقتل")
    assert e.target == "سليماني"
    # a place after an event noun is where it happened, not who did it
    text = "وتعد معركة تلعفر أحدث المعارك ضد التنظيم في العراق."
    s = text.index("تلعفر")
    evs = events_of(text, [Entity(s, s + 5, "تلعفر", "LOC", "ent-t")])
    assert not any(e.source and "تلعفر" in e.source for e in evs)


def test_a_chair_holds_the_meeting_and_a_closing_quote_ends_the_subject():
    # ترأس is a light verb of meetings (roles.tsv); the quoted word of the line before is no part of the subject
    text = 'لاعب دولي يتعرض لهجوم بـ "التيزاب" السوداني يترأس الاجتماع الدوري للمجلس الوزاري للأمن الوطني'
    e = one(events_of(text), "CONSULT", trigger="الاجتماع")
    assert e.source == "السوداني"


def test_the_object_of_a_noun_of_what_is_suffered_keeps_its_lam_genitive():
    # "استهداف مواقع للحوثيين": the sites are the Houthis'; the doers are the subject of the light verb بدأ
    text = "وفي المقابل، بدأت الولايات المتحدة وبريطانيا استهداف مواقع للحوثيين في اليمن منذ مطلع العام الجاري 2024."
    e = one(events_of(text), "ASSAULT", trigger="استهداف")
    assert e.source.startswith("الولايات المتحدة") and e.target == "مواقع للحوثيين"
    # a preposition with a pronoun (معه) is no actor
    evs = events_of("وقتل معه “ياسر العواضي” الأمين العام المساعد للحزب.")
    assert not any((e.source or "").startswith("معه") or (e.target or "").startswith("معه") for e in evs)


def test_a_light_verb_past_an_adverb_between_commas():
    text = "يشار إلى أن قوات أمنية مدعومة بالحشد الشعبي تمكنت، اليوم، من السيطرة على حقل عجيل النفطي شرق تكريت."
    e = one(analysed(text).events, "COERCE", trigger="السيطرة")
    assert e.source.startswith("قوات أمنية") and e.target.startswith("حقل عجيل")


def test_a_resumptive_pronoun_before_a_quoted_verb():
    text = 'من جهته، أعلن مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو، أنه "يدين بشدة" الهجوم الإيراني على السفينة.'
    e = one(events_of(text), "ACCUSE", trigger="يدين")
    assert e.source.startswith("مكتب رئيس الوزراء")


def test_a_first_person_verb_in_a_quotation_is_the_speakers_act():
    text = ("وبدوره الحرس الثوري الإيراني قال: “نُحذّر حلفاء أمريكا في المنطقة أنهم سوف يتعرضون للهجوم إذا "
            "استُخدمت أراضيهم لمهاجمة طهران، وندعو أمريكا للانسحاب من المنطقة”.")
    evs = events_of(text)
    e = one(evs, "REQUEST", trigger="ندعو")
    assert (e.source, e.target) == ("الحرس الثوري الإيراني", "أمريكا")
    # the speaker between the verb of saying and the colon
    e = one(events_of('وقال الحرس الثوري: "ندعو أمريكا للانسحاب من المنطقة".'), "REQUEST")
    assert (e.source, e.target) == ("الحرس الثوري", "أمريكا")


def test_a_designation_takes_its_object_bare():
    text = "أعلن الرئيس دونالد ترامب الاثنين أن الولايات المتحدة تصنف الحرس الثوري الإيراني تنظيما إرهابيا أجنبيا."
    e = one(events_of(text), "SANCTION", trigger="تصنف")
    assert (e.source, e.target) == ("الولايات المتحدة", "الحرس الثوري الإيراني")
    e = one(events_of("دول مجلس التعاون الخليجي تقرر اعتبار حزب الله اللبناني منظمة إرهابية"), "SANCTION")
    assert e.target.startswith("حزب الله")


def test_a_participle_of_aiming_after_the_act_names_its_target():
    text = "أعلن الحرس الثوري الإيراني، فجر اليوم، إطلاق عشرات الصواريخ، مستهدفة القواعد الأمريكية في العراق"
    e = one(events_of(text), "ASSAULT", trigger="إطلاق")
    assert (e.source, e.target) == ("الحرس الثوري الإيراني", "القواعد الأمريكية")


def test_an_exact_passive_form_after_a_relative_pronoun_agrees():
    # اغتيلت is listed whole: it is no masculine verb, so التي stands for the one assassinated (the victim)
    text = ("كما هاجم مفجرون انتحاريون سياسيين بينهم زعيمة المعارضة بي نظير بوتو التي اغتيلت في هجوم بالأسلحة "
            "والقنابل يوم 27 ديسمبر الماضي.")
    e = one(events_of(text), "ASSAULT", trigger="اغتيلت")
    assert e.target.endswith("بوتو") and "بوتو" not in (e.source or "")


def test_a_state_of_control_and_issued_by_are_no_coercion():
    # the event audit (round 2): "under the control of" and "issued by" were taken for seizures
    from marsad.pipeline import analyze

    def types(text):
        return [(e.type, e.trigger) for e in analyze(text, components=["entities", "events"]).events]

    assert types("وتقع القرية تحت سيطرة تنظيم داعش منذ عام 2014.") == []
    assert types("ونزح الآلاف من مناطق سيطرة النظام السوري.") == []
    assert types("وقال بيان صادر عن وزارة الدفاع إن الهجوم فشل.") == []
    assert types("وسيطرت القوات العراقية على مدينة تلعفر.") == [("COERCE", "وسيطرت")]
    assert types("وصادرت السلطات شحنة أسلحة في ميناء عدن.") == [("COERCE", "وصادرت")]
