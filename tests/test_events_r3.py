"""Events, round 3 of the audit by reading (issue 26): the rules added for the error kinds of the seed-3031
sample (benchmarks/data/indomain/audit_events_r3.tsv), each on a real sentence of the in-domain corpus."""
from __future__ import annotations

from marsad.document import Document
from marsad.extract.events import annotate
from marsad.extract.events.detect import drop_repeats
from marsad.document import Event
from marsad.pipeline import annotate_text_layer, run


def events_of(text: str) -> list:
    doc = Document(text=text)
    annotate_text_layer(doc)
    annotate(doc, classifier=False)
    return doc.events


def events_full(text: str) -> list:
    """The events of the whole pipeline (entities first), as the store has them."""
    return run(Document(text=text)).events


def one(events, typ, **want):
    found = [e for e in events if e.type == typ and all(
        (v in (getattr(e, k) or "")) if isinstance(v, str) else getattr(e, k) == v for k, v in want.items())]
    assert found, f"no {typ} {want} in {[(e.type, e.trigger, e.source, e.target) for e in events]}"
    return found[0]


# -- a quote mark or a comma between the subject and its verb

def test_subject_before_a_quotation_opened_in_a_that_clause():
    e = one(events_of('نقلت وكالة أنباء هاوار عن مراسليها، أن قوات سوريا الديمقراطية "حررت كامل الباغوز من '
                      'مرتزقة داعش".'), "COERCE", trigger="حررت")
    assert e.source == "قوات سوريا الديمقراطية" and "الباغوز" in (e.target or "")


def test_quoted_name_before_its_verb_is_the_subject():
    e = one(events_full('وقال ناشطون ، إن "تحرير الشام" سيطرت على قرى الهبيط وترملا وعابدين بعد مواجهات بين '
                      'الطرفين.'), "COERCE", trigger="سيطرت")
    assert e.source == "تحرير الشام"


def test_speaker_before_a_quotation_is_not_its_subject():
    # no أن: the quotation is what the spokesman said, he is no subject of the verb inside it
    evs = events_of('وقال المتحدث باسم الجيش "استهدفت قواتنا مواقع المسلحين".')
    assert not any(e.source and "المتحدث" in e.source for e in evs)


def test_topic_of_a_that_clause_set_off_by_a_comma():
    e = one(events_of("وقال شهود عيان إن مليشيا الحوثي، استهدفت مطار عدن بصاروخين بالستيين أُطلقا من مطار "
                      "تعز القديم."), "ASSAULT", trigger="استهدفت")
    assert e.source == "مليشيا الحوثي" and e.target == "مطار عدن"


def test_bare_definite_head_is_no_new_actor():
    first = Event(0, 10, "COERCE", trigger="سيطرت", source="فصائل الجيش الحر", target="قرية")
    later = Event(20, 30, "COERCE", trigger="سيطرت", source="القوات", target="قرية")
    assert drop_repeats([first, later], "x" * 40) == [first]


# -- passive verbs: the one they speak of suffered the act

def test_voweled_passive_with_a_root_fa_is_passive():
    from marsad.extract.events.actors import _written_passive
    assert _written_passive("فُرضت") and _written_passive("قُتل") and not _written_passive("فرضت")


def test_antecedent_of_a_passive_relative_is_the_target():
    e = one(events_of("ومن بين الأشخاص الذين فُرضت عليهم عقوبات اليوم الخميس عادل محمد منصور."), "SANCTION")
    assert e.source is None and e.target == "الأشخاص"


def test_verbal_noun_after_a_passive_auxiliary():
    e = one(events_of("موضحًا أنه تم إخماد النيران المشتعلة في السيارة التي تم قصفها."), "ASSAULT", trigger="قصفها")
    assert e.source is None and e.target == "السيارة"
    e = one(events_of("وقال المصدر إنه تم قصف مواقع المسلحين في المدينة."), "ASSAULT", trigger="قصف")
    assert e.source is None and e.target == "مواقع المسلحين"


# -- no verb inside an actor phrase

def test_light_verb_object_told_by_a_verb():
    e = one(events_of("وأضاف البوكمالي أن مدفعية الجيش الأميركي شنت ضربات استهدفت بلدتي خشام والطابية المحاذية "
                      "للقاعدة."), "ASSAULT", trigger="ضربات")  # (round 111: the training split gold's trigger; the
    # strikes aimed, one event told by the waged noun and its verb, was read on استهدفت before bare ضربات was a trigger)
    assert e.source == "مدفعية الجيش الأميركي" and "خشام" in e.target


def test_stem_after_the_subject_of_an_opening_verb_is_a_verbal_noun():
    e = one(events_of("وتظهر اللقطات تجمهر آلاف المتظاهرين أمام القنصلية."), "PROTEST", trigger="تجمهر")
    assert e.source == "آلاف المتظاهرين"  # (r120: the count heads it)


def test_relative_verb_with_an_object_pronoun_has_its_own_subject():
    e = one(events_of("وأكدت المصادر أن القرى التي قصفها الجيش السوري أمس باتت خالية."), "ASSAULT")
    assert e.source == "الجيش السوري" and e.target == "القرى"


def test_no_sentence_opening_verb_in_the_phrase_before_a_verb():
    from marsad.extract.events.actors import _verb_shape
    assert _verb_shape("تظهر") and _verb_shape("قامت") and not _verb_shape("كاله") and not _verb_shape("تركيا")


# -- a verb without a subject of its own: whose subject it shares

def test_verb_after_a_comma_tells_the_act_of_the_noun_before():
    evs = [e for e in events_of("نفذ الحوثيون هجوما صاروخيا الخميس، استهدف منزل، حاكم محافظة مأرب، ما أدى إلى "
                                "وقوع أضرار كبيرة في المنزل.") if e.type == "ASSAULT"]
    assert len(evs) == 1 and evs[0].source == "الحوثيون" and evs[0].target == "منزل"


def test_verb_after_kama_shares_the_subject():
    e = one(events_full("سحبت المملكة العربية السعودية، مساء اليوم الجمعة، سفيرها لدى بيروت، كما طلبت من السفير "
                        "اللبناني مغادرة الرياض خلال 48 ساعة."), "COERCE", trigger="طلبت")  # (round 87: an envoy
    # told to leave is expelled, COERCE — GUIDELINES; it was REQUEST)
    assert e.source == "المملكة العربية السعودية"


def test_conjoined_verb_in_a_that_clause_shares_its_subject_not_the_reporter():
    e = one(events_of("وذكرت وكالة أنباء لبنان أنّ «العدوّ الإسرائيلي اخترق أجهزة بايجر محمولة للاتصالات "
                      "وفجّرها عبر تقنيّة عالية»."), "ASSAULT")
    assert e.source == "العدوّ الإسرائيلي"


# -- what is no event

def test_condition_after_the_act_makes_it_hypothetical():
    e = one(events_of("تواصل تركيا عمليتها العسكرية شمال شرق سوريا وسط انتقادات من الولايات المتحدة والاتحاد "
                      "الأوروبي وتحذيرات من فرض عقوبات إذا لم تتوقف."), "SANCTION")
    assert e.hypothetical and e.future


def test_event_noun_in_an_actors_name_is_no_event():
    evs = events_full("وسيطرت قوات الدعم السريع على المدينة.")
    assert not any(e.type == "SUPPORT" for e in evs)
    assert one(evs, "COERCE").source == "قوات الدعم السريع"
    evs = events_of("قصفت قوات الاحتلال منازل المواطنين.")
    assert one(evs, "ASSAULT").source == "قوات الاحتلال" and not any(x.type == "COERCE" for x in evs)


def test_event_noun_after_a_verbal_noun_head_stays_an_event():
    # قيادة here is "leading": the negotiations are its object, not part of a name
    from marsad.arabic.normalize import normalize
    from marsad.extract.events.detect import _find_hits, _named_genitives
    norms = [normalize(w) for w in "بالإضافة إلى قيادة المفاوضات مع الحوثيين".split()]
    assert any(h.type == "CONSULT" for h in _named_genitives(norms, _find_hits(norms)))
    norms = [normalize(w) for w in "انسحب مقاتلو هيئة تحرير الشام".split()]
    assert not any(h.type == "COERCE" for h in _named_genitives(norms, _find_hits(norms)))


# -- targets

def test_summoned_envoy_is_the_target():
    e = one(events_of("وذكرت قناة تركية، أن وزارة الخارجية التركية، استدعت السفير الأمريكي لدى أنقرة، لاطلاعه على "
                      "العملية العسكرية التركية."), "ACCUSE")
    assert e.source == "وزارة الخارجية التركية" and e.target == "السفير الأمريكي"
    e = one(events_of("استدعت طهران ,أمس الجمعة, القائم بالأعمال البريطاني لديها، للاحتجاج على ما اعتبرته "
                      "تصريحات لامسؤولة."), "ACCUSE")
    assert e.target == "القائم بالأعمال البريطاني"


def test_ma_introduces_the_target_of_solidarity_and_of_cutting_ties():
    e = one(events_of("أعلنت المملكة السعودية ومملكة البحرين، اليوم الاثنين، قطع العلاقات مع دولة قطر، وسحب "
                      "البعثات الدبلوماسية."), "SANCTION")
    assert e.target == "دولة قطر"
    e = one(events_full("وقد نشر رئيس حكومة إقليم كردستان مسرور بارزاني صورا للأطفال الذين استشهدوا جراء القصف "
                        "الإيراني، معبرا عن تضامنه مع عائلات الضحايا."), "SUPPORT")
    assert e.target == "عائلات الضحايا"


def test_object_past_a_time_set_off_by_commas():
    e = one(events_of('قصف الجيش الإسرائيلي، اليوم ، مناطق عدة في جنوب لبنان، بعد أن فجر "حزب الله" اللبناني '
                      'عبوة ناسفة.'), "ASSAULT", trigger="قصف")
    assert e.source == "الجيش الإسرائيلي" and e.target == "مناطق عدة"


def test_warning_about_the_subject_of_a_that_clause():
    e = one(events_full("وحذر الحرس الثوري من أن إسرائيل سوف تدفع ثمن جريمة الاغتيال."), "THREATEN")
    assert e.source == "الحرس الثوري" and e.target == "إسرائيل"


def test_named_genitive_of_an_event_noun_with_its_object_after_lam(monkeypatch):
    # the actor spans the lexicon path reads; whether the learned filter keeps a second-hand SUPPORT is
    # another question (tests/test_events_r7.py), so it is off here
    monkeypatch.setenv("MARSAD_EVENTS_KEEP", "0")
    evs = events_full("وأكد المتحدث أن دعم واشنطن لإسرائيل لن يتوقف، مشيرا إلى استمرار دعم إيران للحوثيين في اليمن.")
    one(evs, "SUPPORT", source="واشنطن", target="إسرائيل")
    e = one(evs, "SUPPORT", source="إيران")
    assert e.source == "إيران" and e.target == "حوثيين"


def test_negation_reaches_a_trigger_joined_by_aw():
    e = one(events_of("مشدداً على عدم المساس بسيادة أي دولة أو استهداف أمنها."), "ASSAULT")
    assert e.negated


def test_raid_is_coercion():
    evs = events_of("كما أفاد بأنهم أطلقوا سراح العناصر الذين اعتقلوا ليل الخميس إثر مداهمة قوة من مكافحة الإرهاب "
                    "لأحد المراكز.")
    assert not any(e.type == "ASSAULT" for e in evs)  # (the raid is one COERCE event with the arrest)
    from marsad.extract.events.lexicon import triggers
    assert {e.type for e in triggers().entries if e.words[:1] in (("مداهمه",), ("داهم",))} == {"COERCE"}


def test_place_after_the_verb_is_an_unvoweled_passive_target():
    e = one(events_of('وقال جهاز مكافحة الإرهاب في بيان إنه "في الساعة الواحدة بعد منتصف الليل، استهدفت مدينة أربيل '
                      'بـ12 صاروخا بالستيا".'), "ASSAULT")
    assert e.source is None and e.target == "مدينة أربيل"


def test_head_name_in_parentheses_is_its_genitive():
    e = one(events_of("أكد ناشطون أن مسلحي الهيئة اضطروا إلى الانسحاب من هذه المناطق؛ بعد هجوم شنه مقاتلو (جبهة تحرير "
                      "سورية) بمساندة الأهالي."), "ASSAULT", trigger="هجوم")
    assert e.source.startswith("مقاتلو (جبهة تحرير سورية)")


def test_a_closing_mark_opened_inside_the_span_stays():
    from marsad.extract.events.attach import _closes_inner
    t = 'بالتنسيق مع حكومة "نظام الأسد" وإشراف'
    a = t.index("حكومة")
    assert _closes_inner(t, a, t.index('"', t.index('"') + 1))
    assert not _closes_inner('"داعش"', 0, 5)


def test_no_stray_opening_quote_in_an_actor(monkeypatch):
    monkeypatch.setenv("MARSAD_EVENTS_KEEP", "0")  # the span, not the keep/drop decision (test_events_r7.py)
    e = one(events_full('أفادت مصادر بأن دفعة كبيرة مِن اللاجئين عادت إلى سوريا ضمن عملية يتولى الأمن العام اللبناني '
                        'تنظيمها بالتنسيق مع حكومة "نظام الأسد" وإشراف الأمم المتحدة.'), "COOPERATE")
    assert e.target == 'حكومة "نظام الأسد"'


def test_two_bases_or_two_kingdoms_are_two_actors_for_repeats():
    from marsad.extract.events.detect import _new_actor
    assert _new_actor('قاعدة "عين الأسد"', "القاعدة الجوية الأمريكية")
    assert _new_actor("مملكة البحرين", "المملكة")
    assert not _new_actor("قوات النظام السوري", "قوات الحكومية السورية")
    assert not _new_actor("القوات", "فصائل الجيش الحر") and _new_actor("المدينة", None)


def test_the_envoy_an_entry_names_is_no_subject():
    e = one(events_of("وقالت وزارة الخارجية السعودية في بيان إن المملكة قررت أن تستدعي السفير في لبنان للتشاور."),
            "ACCUSE")
    assert e.source != "السفير" and e.target == "السفير"


def test_a_noun_in_ta_marbuta_is_no_light_verb_with_a_pronoun():
    e = one(events_of("والأربعاء الماضي، أعلن التليفزيون الرسمي السوري عن أن أنظمة الدفاع الجوي السورية أسقطت أحد "
                      "صاروخين أطلقتهما إسرائيل."), "ASSAULT", trigger="أسقطت")
    assert e.source == "أنظمة الدفاع الجوي السورية"


def test_spokesman_bism_is_one_phrase_and_the_object_follows_it():
    e = one(events_full("فيما اتهم الناطق باسم الحشد الشعبي أحمد الأسدي العدو الأميركي والإسرائيلي بالمسؤولية عن "
                        "قتل المهندس وسليماني."), "ACCUSE")
    assert e.source == "أحمد الأسدي" and e.target.startswith("العدو الأميركي")


def test_subject_of_an_experiencer_verb_before_or_in_a_relative_is_the_target():
    evs = events_of("وتتعرض قواعد عسكرية في كل من العراق وسوريا، وتتواجد فيها قوات أمريكية، لهجمات بمسيرات وصواريخ "
                    "منذ العدوان الإسرائيلي على غزة يوم 7 أكتوبر الماضي.")
    assert one(evs, "ASSAULT", trigger="لهجمات").target == "قواعد عسكرية"
    assert not any(e.type == "PROTEST" for e in evs)  # بمسيرات: the drones of the attack
    e = one(events_of("إعلان رسمي زاد في عمق الهوة بين البلدين جاء بعد الهجوم الذي تعرضت له السفارة السعودية بطهران "
                      "ردا على إعدام رجل دين سعودي شيعي."), "ASSAULT", trigger="الهجوم")
    assert e.target == "السفارة السعودية"


def test_gapped_entry_stops_at_a_that_clause_and_a_linked_pronoun_closes_the_subject():
    evs = events_of("وقال سريع في البيان الذي نشره على حسابه في تويتر أن القوات البحرية الموالية لهم استهدفت "
                    "سفينتين إسرائيليتين في مياه البحر الأحمر.")
    assert not any(e.type == "MOBILIZE" for e in evs)  # نشر … قوات: the forces are in the that-clause
    e = one(evs, "ASSAULT")
    assert e.source.startswith("القوات البحرية الموالية") and e.target == "سفينتين إسرائيليتين"


def test_signing_a_decree_is_no_agreement_and_any_company_is_a_target():
    evs = events_of('وتعهد "ترامب" أيضاً بإعادة فرض أعلى مستوى من العقوبات على إيران، كما وقّع على أمر تنفيذي بفرض '
                    'عقوبات على أي شركة أجنبية تواصل التعامل معها.')
    assert not any(e.type == "AGREE" for e in evs)
    assert one(evs, "SANCTION", trigger="بفرض عقوبات").target == "شركة أجنبية"


def test_title_after_a_named_subject_is_apposition_not_object():
    e = one(events_full("واتهم أحمد الأسدي المتحدث باسم قوات الحشد الشعبي أمريكا وإسرائيل بالوقوف وراء مقتل المهندس "
                        "وسليماني."), "ACCUSE")
    assert e.source == "أحمد الأسدي" and e.target.startswith("أمريكا وإسرائيل")


def test_event_word_as_a_channels_name_is_no_event():
    evs = events_of("وقالت قناة المسيرة التابعة للحوثيين إن قتلى وجرحى سقطوا إثر الغارات الإسرائيلية على منشآت تخزين "
                    "النفط في ميناء الحديدة.")
    assert not any(e.type == "PROTEST" for e in evs)
