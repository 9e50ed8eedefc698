"""Anaphoric time references (اليوم نفسه, ذلك اليوم, اليوم التالي, بعدها بثلاثة أيام, مايو من نفس العام) take
their value from the time the article named before them, not from its publication date.

Every sentence is real news text, cut from the article at its URL (SaudiNewsNet 2015, the in-domain corpus
``benchmarks/data/indomain/corpus.jsonl.gz`` outside the gold, the TimeML files); the publication date is
the article's."""
from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract import times


def _times(text: str, published: str | None) -> dict:
    doc = Document(text=text, published=published)
    times.annotate(doc)
    for t in doc.times:
        assert doc.text[t.start:t.end] == t.text  # offsets exact
    return {t.text: t for t in doc.times}


@pytest.mark.parametrize("text, published, expr, value", [
    # http://aawsat.com/home/article/400186/ (2015-07-21): the day of the earlier date, not the paper's
    ("ويوم 24 يناير 2014 دعا أوري أريئيل، وزير البناء والإسكان الإسرائيلي، إلى بناء ما سماه «الهيكل الثالث» "
     "مكان المسجد الأقصى، وصرّح ذلك اليوم بأن «الهيكل الأول قد جرى تدميره",
     "2015-07-21", "ذلك اليوم", "2014-01-24"),
    # http://aawsat.com/home/article/405241/ (2015-07-21)
    ("بدأ سائحون يلتقطون صورًا أثناء تجولهم داخل غرفة تناول الطعام في البيت الأبيض في واشنطن منذ الأول من "
     "يوليو (تموز) عام 2015؛ حيث رفع البيت الأبيض في ذلك اليوم حظرًا مفروضًا على التقاط الصور الفوتوغرافية",
     "2015-07-21", "ذلك اليوم", "2015-07-01"),
    # in-domain corpus im-0b3175b171 (2024-09-19): the pager attacks of Tuesday 17 September, then the next day's
    ("فمِن المؤكَّد عمليًا أنَّ هجمات الثلاثاء، مثل هجمات اليوم التالي، نفَّذتها السُّلطات الإسرائيلية",
     "2024-09-19", "اليوم التالي", "2024-09-18"),
])
def test_day_forms_take_the_earlier_day(text, published, expr, value):
    t = _times(text, published)[expr]
    assert t.value == value


def test_same_day_after_a_weekday_date():
    # http://aawsat.com/home/article/353441/ (2015-07-21): the first and the last paragraph of a passage, the
    # day named in an earlier paragraph
    text = ("وفي يوم الخميس 29 يناير، أمر ملكي: دمج وزارة التعليم العالي، والتربية والتعليم في وزارة واحدة باسم "
            "(وزارة التعليم)\n\n كما أصدر في اليوم ذاته أمرًا ملكيًا بتشكيل مجلس الشؤون السياسية والأمنية")
    assert _times(text, "2015-07-21")["اليوم ذاته"].value == "2015-01-29"


@pytest.mark.parametrize("text, published, expr, value", [
    # http://www.okaz.com.sa/new/Issues/20150724/Con20150724785393.htm
    ("قتل ضابط اتحادي بالرصاص يوم 26 يونيو على بعد 43 كيلومترا عن السجن. وأطلق الرصاص على سويت واعتقل "
     "بعد ذلك بيومين.", "2015-07-24", "بعد ذلك بيومين", "2015-06-28"),
    # http://www.alriyadh.com/1069997
    ("لاستخدام الولايات المتحدة للقنابل الذرية في هيروشيما في السادس من آب/أغسطس من عام 1945 ثم ناجازاكي "
     "بعدها بثلاثة أيام.", "2015-08-03", "بعدها بثلاثة أيام", "1945-08-09"),
    # http://www.alriyadh.com/1069186
    ("وأعيد انتخاب بلاتر كرئيس للفيفا لفترة ولاية خامسة في 29 مايو الماضي إلا أنه أعلن بعدها بأربعة أيام أنه "
     "سيتخلى عن التفويض", "2015-07-31", "بعدها بأربعة أيام", "2015-06-02"),
    # http://aawsat.com/home/article/423341/ (a year counted from a year)
    ("وقعت الرياض والقاهرة على اتفاقية دفاع مشترك وكان ذلك في عام 1955 بالعاصمة المصرية، ورأس الوفد السعودي "
     "آنذاك الملك فيصل، وبعدها بعام أعلنت السعودية التعبئة العامة", "2015-08-06", "بعدها بعام", "1956"),
    # http://www.aleqt.com/2015/07/21/article_975037.html (counted back)
    ("وقد توج مع فريق المدرب الارجنتيني دييغو سيميوني بلقب الدوري المحلي عام 2014 والكأس المحلية قبلها بعام "
     "اضافة الى الدوري الاوروبي", "2015-07-21", "قبلها بعام", "2013"),
    # http://www.alyaum.com/article/4082734
    ("ثم يواجه أتلتيك بيلباو في كأس السوبر الإسباني حيث تقام مباراة الذهاب يوم 14 أغسطس الجاري وتقام مباراة "
     "الإياب بعدها بثلاثة أيام.", "2015-08-10", "بعدها بثلاثة أيام", "2015-08-17"),
])
def test_offsets_count_from_the_earlier_time(text, published, expr, value):
    assert _times(text, published)[expr].value == value


def test_year_and_month_forms():
    # in-domain corpus im-2bd128aa0c (undated): the year of the invasion, not a year near the estimate
    t = _times("واستولت استراليا علي القاعدة عقب الغزو الأمريكي للعراق 2003 ثم سلمتها للجيش الأمريكي في مايو "
               "من نفس العام، و أعاد الجيش الأمريكي القاعدة إلي العراق مرة أخري 2011", None)
    assert t["مايو من نفس العام"].value == "2003-05"
    # http://www.aleqt.com/2015/07/20/article_974731.html: the year before 2014, not before the paper's 2015
    t = _times("وانخفض تسديد القروض خلال عام 2014 بنسبة 9.5 في المائة مقارنة بالعام السابق لتصل إلى نحو "
               "758.2 مليون ريال.", "2015-07-21")
    assert t["العام السابق"].value == "2013"
    # http://www.al-jazirah.com/2015/20150723/du10.htm: a day of the month named before
    t = _times("وكان الصحافيون الثلاثة وصلوا إلى سورية في العاشر من تموز وفُقد أي اتصال بهم في الثاني عشر من "
               "الشهر نفسه.", "2015-07-23")
    assert t["الثاني عشر من الشهر نفسه"].value == "2015-07-12"


def test_same_month_of_another_year():
    # http://aawsat.com/home/article/398591/ (2015-07-21): April 2015 against April 2014, one expression
    t = _times("أظهرت إحصاءات اتحاد منتجي السيارات في أوروبا أن مبيعات السيارات في الاتحاد الأوروبي سجلت خلال "
               "أبريل (نيسان) الماضي زيادة نسبتها 6.9 في المائة عن الشهر نفسه من العام الماضي.", "2015-07-21")
    assert t["أبريل (نيسان) الماضي"].value == "2015-04"
    assert t["الشهر نفسه من العام الماضي"].value == "2014-04"


def test_part_of_day_kept():
    # http://www.al-jazirah.com/2015/20150724/ln42.htm (Friday 2015-07-24): the afternoon of that Wednesday
    # (the part of the day in its own field, as for صباح أمس)
    t = _times("إثر حادث مروري أليم تعرّض له في طريقه أثناء توجهه إلى مقر عمله صباح الأربعاء. وقد أُديت عليه "
               "الصلاة عصر ذلك اليوم بمدينة الدمام", "2015-07-24")["عصر ذلك اليوم"]
    assert (t.value, t.part, t.type) == ("2015-07-22", "AF", "TIME")


def test_no_antecedent():
    # http://aawsat.com/home/article/407281/: no earlier day in the text → "نفس اليوم" is found, with no value
    # (it was read as today's "اليوم")
    t = _times("فلن يصاب الثنائي بالأرق أو القلق على مصيرها، لأنهما في نفس اليوم أقاما حفلا كبيرا", "2015-07-21")
    assert "اليوم" not in t and t["نفس اليوم"].value is None
    # http://aawsat.com/home/article/407011/: ذلك/نفس اليوم before a relative clause is the day the clause tells
    t = _times("وبينها فرنسا والكويت اللتين شهدتا هجمات إرهابية في نفس اليوم الذي جرى فيه هجوم سوسة الإرهابي. "
               "وقال في 18 ديسمبر (كانون الأول) 2010", "2015-07-21")
    assert t["نفس اليوم"].value is None
    # TimeML doc13: only a year before it, so اليوم التالي counts from the article's date as before
    t = _times("ففي العام 1913 قام المخرج الشهير سيسيل بي. ديميل برحلة من نيويورك، فاستقل القطار مع طاقمه الفني "
               "في اليوم التالي حتى نهاية خط السكة", "2015-12-24")
    assert t["اليوم التالي"].value == "2015-12-25"


def test_estimated_flag_comes_from_the_antecedent():
    # the Ariel sentence with no publication date: the date is estimated, but ذلك اليوم is the text's own date
    doc = Document(text="ويوم 24 يناير 2014 دعا أوري أريئيل، وزير البناء والإسكان الإسرائيلي، إلى بناء ما سماه "
                        "«الهيكل الثالث» مكان المسجد الأقصى، وصرّح ذلك اليوم بأن «الهيكل الأول قد جرى تدميره")
    times.annotate(doc)
    assert doc.published_basis.startswith("estimated")
    t = {x.text: x for x in doc.times}["ذلك اليوم"]
    assert (t.value, t.estimated) == ("2014-01-24", False)


def test_general_not_year():
    # http://www.aleqt.com/2015/07/23/article_975486.html: a former managing director, no time
    t = _times("واستدعى القضاء الإسباني رودريجو راتو وزير الاقتصاد الإسباني السابق والمدير العام السابق لصندوق "
               "النقد الدولي بتهمة الفساد المالي.", "2015-07-23")
    assert t == {}


def test_deictic_words_unchanged_beside_anaphora():
    # http://www.alweeam.com.sa/347794/ (crawled 2015-07-21; the Thursday it names is 16 July 2015, when the
    # figures came out): plain اليوم keeps its deictic meaning, الشهر نفسه من العام الماضي is June 2014
    t = _times("أظهرت بيانات نشرت اليوم الخميس نمو مبيعات السيارات في الاتحاد الأوروبي خلال يونيو الماضي بنسبة "
               "14.6% عن الشهر نفسه من العام الماضي وهو أعلى معدل نمو للمبيعات منذ ديسمبر 2009.", "2015-07-16")
    assert t["اليوم الخميس"].value == "2015-07-16"
    assert t["يونيو الماضي"].value == "2015-06"
    assert t["الشهر نفسه من العام الماضي"].value == "2014-06"
