"""Quotation extraction: one test per structure of issue #6, on real sentences from the seeds and
SaudiNewsNet, plus the attribution chains of seeds 000 and 001. Runs without the NER component."""
from __future__ import annotations

import pytest

from marsad.document import Document, Entity
from marsad.extract.quotes import annotate
from marsad.pipeline import annotate_text_layer


def quotes(text: str, outlet: str | None = None, entities=None) -> list:
    doc = Document(text=text, outlet=outlet)
    annotate_text_layer(doc)
    doc.entities = entities or []
    annotate(doc)
    for q in doc.quotes:  # offsets are exact: every field reads back from the text
        assert doc.text[q.content_start:q.content_end] == q.content
        assert doc.text[q.cue_start:q.cue_end] == q.cue
        assert q.start <= min(q.content_start, q.cue_start) and q.end >= max(q.content_end, q.cue_end)
    doc._spk = lambda q: doc.text[q.speaker_start:q.speaker_end]  # type: ignore[attr-defined]
    return doc


def one(doc, cue: str):
    found = [q for q in doc.quotes if q.cue == cue]
    assert found, f"no quotation with cue {cue!r}: {[q.cue for q in doc.quotes]}"
    return found[0]


def test_verb_speaker_complementiser():
    # "قال X إن …" (SaudiNewsNet 17878); the title after the name is apposition, not the name
    d = quotes("قال الألماني توماس باخ رئيس اللجنة الأولمبية الدولية اليوم الاثنين إن السويسري سيب "
               "بلاتر تخلى عن عضويته في اللجنة التنفيذية.")
    q = one(d, "قال")
    assert d._spk(q) == "الألماني توماس باخ"
    assert q.speaker == "توماس باخ"
    assert q.content == "السويسري سيب بلاتر تخلى عن عضويته في اللجنة التنفيذية"
    assert not q.anonymous


def test_speaker_before_verb():
    # "X أكد، أن …" (seed 003)
    d = quotes('هود اكد، ان الإدارة الامريكية "عازمة على محاسبة الفصائل العراقية على الخروقات التي '
               'وقعت سابقا"، مشيرا، الى ان الموقف الأمريكي يتضمن الدفع بالكاظمي الى مواجهة الفصائل.')
    q = one(d, "اكد")
    assert q.speaker == "هود"
    assert q.content == 'الإدارة الامريكية "عازمة على محاسبة الفصائل العراقية على الخروقات التي وقعت سابقا"'


def test_verb_then_speaker_then_that():
    # "أكد X، وزير …، أن …" (SaudiNewsNet 11516)
    d = quotes("وفي المقابل أكد عز الدين الأصبحي، وزير حقوق الإنسان، أن مجلس التعاون الخليجي رحب "
               "بفكرة عودة السفراء إلى عدن.")
    q = one(d, "أكد")
    assert q.speaker == "عز الدين الأصبحي"
    assert q.content == "مجلس التعاون الخليجي رحب بفكرة عودة السفراء إلى عدن"


def test_speaker_carried_to_waqala_inna_and_continuations():
    # "وقال إن …", "مشيرًا إلى …" after "نقلت وكالة … عن X" (seed 001): X speaks, the agency relays
    d = quotes("وكالة الأنباء العراقية (واع) نقلت، في حزيران الماضي، عن رئيس اللجنة العليا لإنهاء مهمة "
               "التحالف الدولي رئيس أركان الجيش العراقي، عبد الأمير يار الله، مواصلة العمل لتحديد سقف زمني.\n\n"
               "وقال إن هنالك جدية من التحالف بهذا الشأن، مشيرًا إلى أن اللجنة لن تذهب إلى واشنطن قبل "
               "تحديد موعد إنهاء مهمة التحالف الدولي.", outlet="عنب بلدي")
    said, noted = one(d, "وقال"), one(d, "مشيرًا")
    assert said.content == "هنالك جدية من التحالف بهذا الشأن"
    assert noted.content == "اللجنة لن تذهب إلى واشنطن قبل تحديد موعد إنهاء مهمة التحالف الدولي"
    assert said.speaker == noted.speaker
    assert said.via[0] == "عنب بلدي" and said.via[1] == "وكالة الأنباء العراقية"


def test_wa_adafa_carries_previous_speaker():
    # "وأضاف أن …" (seed 001, Rogin)
    d = quotes("وقال روجين، إن الإعلان عن انسحاب القوات الأمريكية من شأنه أن يشير إلى تخلي الولايات "
               "المتحدة عن المنطقة.\n\nوأضاف أن انسحاب القوات الأمريكية من العراق من شأنه أن يخلق فراغًا.")
    q = one(d, "وأضاف")
    assert q.speaker == "روجين"
    assert d._spk(q) == "روجين"
    assert q.content == "انسحاب القوات الأمريكية من العراق من شأنه أن يخلق فراغًا"


def test_direct_quote_speaker_before_with_colon():
    # «…» after "قال X للصحافيين:" (SaudiNewsNet 17806)
    d = quotes("وقال أبوت للصحافيين: «اتصلت بي السيدة بيشوب لكي تبلغني أنها ستستقيل». وجاء الإعلان بعد أسابيع.")
    q = one(d, "وقال")
    assert q.speaker == "أبوت"
    assert q.content == "اتصلت بي السيدة بيشوب لكي تبلغني أنها ستستقيل"
    assert q.direct


def test_direct_quote_speaker_after():
    # '"…"، كما قال X' (SaudiNewsNet 3088): the quotation before, the speaker after
    d = quotes('وبالنتيجة "أعيد اقفال مطار نغورا راي مجددا بصورة مؤقتة ابتداء من منتصف النهار"، كما قال '
               'متحدث باسم وزارة النقل، جي.آي. باراتا، موضحا ان السلطات تتابع عن كثب تطور الوضع حول البركان.')
    q = one(d, "كما قال")
    assert q.content == "أعيد اقفال مطار نغورا راي مجددا بصورة مؤقتة ابتداء من منتصف النهار"
    assert d._spk(q) == "متحدث باسم وزارة النقل"
    assert one(d, "موضحا").content == "السلطات تتابع عن كثب تطور الوضع حول البركان"


def test_attribution_after_colon():
    # "قالت الوزارة: إنه …" (SaudiNewsNet 7555)
    d = quotes("وحول إمكانية العقد بين الزائر والمنشأة، قالت الوزارة: إنه لا يمكن ذلك،بل لابد من زيارة "
               "وزارة العمل لإنهاء العقد.")
    q = one(d, "قالت")
    assert q.speaker == "الوزارة"
    assert q.content == "إنه لا يمكن ذلك،بل لابد من زيارة وزارة العمل لإنهاء العقد"


def test_speaker_between_dashes():
    # "وأضاف - غطاس - إنه …" (SaudiNewsNet 13549)
    d = quotes("وأضاف - غطاس - إنه يتوجب على الجميع أن يدركوا أن الأطباء سيتحولون إلى شياطين.")
    q = one(d, "وأضاف")
    assert q.speaker == "غطاس"
    assert q.content.startswith("إنه يتوجب على الجميع")


def test_trailing_bihasab():
    # "…، بحسب X." (SaudiNewsNet 17200): the claim is the clause before the phrase
    d = quotes("قررت محكمة مصرية، اليوم ، تأجيل محاكمة محمد مرسي في القضية المعروفة إعلاميًا بـ “التخابر مع "
               "قطر” إلى جلسة 8 أغسطس، بحسب مصدر قضائي.")
    q = one(d, "بحسب")
    assert q.speaker == "مصدر قضائي"
    assert q.content.startswith("قررت محكمة مصرية") and q.content.endswith("إلى جلسة 8 أغسطس")
    assert q.anonymous


def test_leading_wafq_and_hasab():
    # "وحسب صحيفة X، فإن …" (SaudiNewsNet 157)
    d = quotes("وحسب صحيفة «نيكاي» الاقتصادية، فإن إعلان مغادرة المدير العام لمنصبه سيكون في مؤتمر صحافي غدا.")
    q = one(d, "وحسب")
    assert q.content == "إعلان مغادرة المدير العام لمنصبه سيكون في مؤتمر صحافي غدا"
    assert "نيكاي" in q.speaker


def test_quotation_across_sentence_break():
    # the quotation continues past a full stop (SaudiNewsNet 21880)
    d = quotes('وروت القاضية في محاولة لتفسير هذا الاقتراح الملفت "لقد فكرت مليا وتساءلت ما الذي قد يؤلمهما '
               'فعلا. فالأشخاص مثلهم يغتاظون من إجراءات كهذه".')
    q = one(d, "وروت")
    assert q.speaker == "القاضية"
    assert q.content == "لقد فكرت مليا وتساءلت ما الذي قد يؤلمهما فعلا. فالأشخاص مثلهم يغتاظون من إجراءات كهذه"


def test_content_stops_before_trailing_attribution_and_participle():
    # '…" على حد تعبيره.' and "…، مبينة أن …" are not part of the claim (seed 003, SaudiNewsNet 28154)
    d = quotes('وبين هود خلال حديث أوردته الشبكة، ان "الفصائل في العراق تقف عائقا امام التعاون الأمريكي مع '
               'حكومة الكاظمي، امر يجب ان تركز عليه المباحثات المقبلة بين الطرفين" على حد تعبيره.')
    q = one(d, "وبين")
    assert q.speaker == "هود"
    assert q.content == ("الفصائل في العراق تقف عائقا امام التعاون الأمريكي مع حكومة الكاظمي، امر يجب ان "
                         "تركز عليه المباحثات المقبلة بين الطرفين")
    d = quotes("وأوضحت الجمعية أن هذه الجريمة فيها انتهاك لحرمة المسجد، مبينة أن هذه الجريمة فيها ترويع للمؤمنين.")
    assert one(d, "وأوضحت").content == "هذه الجريمة فيها انتهاك لحرمة المسجد"
    assert one(d, "مبينة").content == "هذه الجريمة فيها ترويع للمؤمنين"
    assert one(d, "مبينة").speaker == "الجمعية"


@pytest.mark.parametrize("text,cue,speaker", [
    # "مصادر مطلعة" (SaudiNewsNet 30470)
    ("قالت ثلاثة مصادر مطلعة اليوم الثلاثاء إن أحدث إصدار لسندات سيادية في السعودية سيتم طرحه اليوم.",
     "قالت", "ثلاثة مصادر مطلعة"),
    # "مسؤول … كبير" (SaudiNewsNet 17806)
    ("وأضاف مسؤول عسكري كبير في العاصمة باماكو أن تعزيزات أرسلت للمنطقة.", "وأضاف", "مسؤول عسكري كبير"),
    # "مصادر استخبارية غربية" (seed 004)
    ("والسبب في ذلك، كما أفادت مصادر استخبارية غربية، ان طبيعة العلاقة بين المقاومة العراقية والاحتلال "
     "الأميركي قد تجاوزت مرحلة تبادل الرسائل.", "كما أفادت", "مصادر استخبارية غربية"),
])
def test_anonymous_sources(text, cue, speaker):
    d = quotes(text)
    q = one(d, cue)
    assert q.speaker.startswith(speaker)
    assert q.anonymous


def test_named_source_is_not_anonymous_and_unnamed_official_is():
    # "لم يسمّه" marks a deliberately unnamed source (seed 001)
    d = quotes("لكن “CNN” نقل عن مسؤول أمريكي وصفه بـ”الكبير” (لم يسمه) أن “إدارة بايدن لا تفكر في سحب "
               "القوات من سوريا”.", outlet="عنب بلدي")
    q = one(d, "نقل")
    assert q.speaker == "مسؤول أمريكي" and q.anonymous
    assert q.content == "إدارة بايدن لا تفكر في سحب القوات من سوريا"
    assert q.via == ["عنب بلدي", "CNN", "مسؤول أمريكي"]


def test_entities_trim_the_speaker_when_present():
    text = ("وقال رمزي هيداموس المدير التنفيذي لنوكيا في بيان “نتوقع ان تحسن تجربة الواقع الافتراضي "
            "قريبا من الاتصال”.")
    s = text.index("رمزي")
    ent = Entity(s, s + len("رمزي هيداموس"), "رمزي هيداموس", "PER", "per:ramzi")
    d = quotes(text, entities=[ent])
    q = one(d, "وقال")
    assert d._spk(q) == "رمزي هيداموس" and q.speaker_entity_id == "per:ramzi"
    assert q.content == "نتوقع ان تحسن تجربة الواقع الافتراضي قريبا من الاتصال"


def test_scripture_and_impersonal_cues_are_not_quotations():
    d = quotes("قال الله تعالى: (( ولكم في القصاص حياة يا أولى الألباب )). ويذكر أن الموانئ حققت إيرادات.")
    assert d.quotes == []


SEED_000 = (
    'الاشتباك الأخير مع القوات الروسية التي وصفت بانها "مرتزقة تتبع الحكومة السورية" تبعه مجموعة من '
    "المضامين الإعلامية التي تحدثت عن تصريحات قائد اركان القوات الإيرانية الجنرال محمد حسين بغاري والتي "
    'أوردتها [وكالة مهر نيوز](#) الإيرانية، وأكد خلالها على "ضعف" القوات الامريكية في العراق كاشفا عن نوايا '
    'إيرانية لـ "إخراجها" من البلاد بالقوة ان لزم الامر.\n\n'
    'الجنرال الإيراني والذي تحدث أيضا عن انسحاب الولايات المتحدة "المذل" من أفغانستان، أكد ان القوات '
    'الامريكية في العراق وسوريا باتت الان في وضع "حرج وضعيف"، مشيرا الى كونها غير قادرة على مواجهة الفصائل '
    "العراقية او التحركات التي تقوم بها الحكومة السورية لاجراجها من أراضيها.")


def test_seed_000_chain_outlet_agency_general():
    d = quotes(SEED_000, outlet="المطلع")
    q = one(d, "أكد")
    assert d._spk(q) == "الجنرال الإيراني"  # the span is the description in the text …
    assert q.speaker == "محمد حسين بغاري"  # … resolved to the person named before
    assert q.via == ["المطلع", "وكالة مهر نيوز", "محمد حسين بغاري"]
    assert q.content == 'القوات الامريكية في العراق وسوريا باتت الان في وضع "حرج وضعيف"'
    m = one(d, "مشيرا")
    assert m.speaker == "محمد حسين بغاري" and m.content.startswith("كونها غير قادرة")
    assert one(d, "وأكد").via == ["المطلع", "وكالة مهر نيوز", "محمد حسين بغاري"]


SEED_001 = (
    "وفق مقال نشره جوش روجين وهو كاتب متخصص في السياسة الخارجية والأمن القومي، بصحيفة “واشنطن بوست” "
    "الأمريكية، في 21 من آب الحالي، لا يعتبر توجه إدارة بايدن للانسحاب من سوريا قابلًا للاكتمال في الوقت القريب.\n\n"
    "وأضاف أن خطوة من هذا النوع قد تمهد الطريق لتفاقم أزمة الشرق الأوسط التي سيتحمل خليفة بايدن مسؤوليتها.\n\n"
    "وقال الكاتب الأمريكي، إن مسؤولين (لم يسمّهم) أبلغوه أن المسؤولين العسكريين الأمريكيين والعراقيين "
    "يتحدثون علنًا أنهم يتفاوضون على اتفاق، ومن شأن هذا الاتفاق أن ينهي رسميًا عملية “العزم الصلب”، التي "
    "أطلقها التحالف الدولي في عام 2014.")


def test_seed_001_chain_outlet_writer_unnamed_officials():
    d = quotes(SEED_001, outlet="عنب بلدي")
    lead = one(d, "وفق")
    assert lead.speaker == "جوش روجين"
    assert lead.content == "لا يعتبر توجه إدارة بايدن للانسحاب من سوريا قابلًا للاكتمال في الوقت القريب"
    assert one(d, "وأضاف").speaker == "جوش روجين"
    writer = one(d, "وقال")
    assert d._spk(writer) == "الكاتب الأمريكي" and writer.speaker == "جوش روجين"
    officials = one(d, "أبلغوه")
    assert officials.speaker == "مسؤولين" and officials.anonymous
    assert officials.via == ["عنب بلدي", "جوش روجين (واشنطن بوست)", "مسؤولين"]
    assert officials.content.startswith("المسؤولين العسكريين الأمريكيين والعراقيين يتحدثون")


def test_empty_and_quote_free_text():
    assert quotes("").quotes == []
    assert quotes("خرج فريق النصر من دور المجموعات في دوري أبطال آسيا بعد خسارته من فريق لخويا.").quotes == []


def test_a_cue_and_complementiser_ending_the_text_is_no_quote_and_no_crash():
    # "إن" as the last token once indexed past the tokens (IndexError: the document failed to analyse)
    doc = Document(text="وقال اليوم (الاثنين) إن")
    annotate_text_layer(doc)
    annotate(doc)
    assert doc.quotes == []
