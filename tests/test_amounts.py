"""Amounts from real sentences (seed articles, Wojood sample): value, unit, counted noun, non-counts."""
import pytest

from marsad.arabic.numbers import parse_cardinal, parse_digits, parse_ordinal
from marsad.arabic.normalize import normalize
from marsad.document import Document
from marsad.extract import amounts, times
from marsad.pipeline import annotate_text_layer


def qs(text):
    doc = Document(text=text)
    times.annotate(doc)
    amounts.annotate(doc)
    for q in doc.quantities:
        assert doc.text[q.start:q.end] == q.text
    return doc.quantities


def one(text):
    q = qs(text)
    assert len(q) == 1, q
    return q[0]


# --- number words --------------------------------------------------------------------------------
@pytest.mark.parametrize("words,value", [
    ("ألفين وخمسمائة", 2500),
    ("عشرين مليون", 20_000_000),
    ("ستة وثلاثين مليون وأربعمائة ألف", 36_400_000),
    ("خمسة وتسعين", 95),
    ("أحد عشر", 11),
    ("ثلاثة آلاف", 3000),
    ("نصف مليون", 500_000),
    ("مئتين وخمسين", 250),
])
def test_cardinal_words(words, value):
    v, n, kind = parse_cardinal(normalize(words).split())
    assert (v, n, kind) == (value, len(words.split()), "exact")


def test_ordinals_and_digits():
    assert parse_ordinal(normalize("الحادي عشر").split()) == (11, 2)
    assert parse_ordinal(normalize("الثاني والعشرين").split()) == (22, 2)
    assert parse_digits("2,500") == 2500 and parse_digits("1.5") == 1.5 and parse_digits("1,250,000") == 1250000


# --- the seed figures ----------------------------------------------------------------------------
def test_soldiers_in_iraq_and_syria():
    q = qs("لكنه ترك 2500 جندي أمريكي هناك و900 جندي في سوريا لقيادة التحالف الدولي")
    assert [(x.text, x.value, x.counted) for x in q] == [("2500", 2500, "جندي"), ("900", 900, "جندي")]


def test_twenty_million_dollars_monthly():
    q = one("وليامز أوضح ان التحالف الدولي سيستمر بتقديم مبلغ 20 مليون دولار شهريا الى حكومة إقليم كردستان")
    assert (q.text, q.value, q.unit, q.rate) == ("20 مليون دولار", 20_000_000, "USD", "P1M")
    q = one("ودعم بقيمة 20 مليون شهريا لحكومة كردستان")
    assert (q.value, q.unit, q.rate) == (20_000_000, None, "P1M")


@pytest.mark.parametrize("text,value,counted,qual", [
    ("تجاوزت الـ170 هجومًا خلال نحو عام", 170, "هجوم", None),
    ("القوات الامريكية البالغ عددها 50 فردا، والمدعومة", 50, "فرد", None),
    ("بسحب وحداته ومعداته (120 ألف حاوية من الحجم الكبير", 120_000, "حاوية", None),
    ("كيف سيكون انسحاب 14 ألف جندي أميركي", 14_000, "جندي", None),
    ("بينهم نحو 2500 جندي امريكي", 2500, "جندي", "approx"),
    ("أعلنت الأمم المتحدة قرابة ٣٠٠٠ لاجئ", 3000, "لاجئ", "approx"),
    ("شاهد أكثر من 450 محتجزا في القسم", 450, "محتجز", "more_than"),
    ("تستضيف مأرب حاليا 750 ألف نازح", 750_000, "نازح", None),
    ("عدد سكان المغرب بحوالي ستة وثلاثين مليون وأربعمائة ألف نسمة", 36_400_000, "نسمة", "approx"),
    ("أسر المسلحون جنديين قرب الحدود", 2, "جندي", None),
])
def test_counts(text, value, counted, qual):
    q = one(text)
    assert (q.value, q.counted, q.qualifier) == (value, counted, qual)


def test_range_shares_the_counted_noun():
    q = qs("ورفع عدد جنوده من 500 الى 4000 فرد، بينهم نحو 2500 جندي امريكي")
    assert [(x.value, x.counted) for x in q] == [(500, "فرد"), (4000, "فرد"), (2500, "جندي")]


@pytest.mark.parametrize("text,value,unit", [
    ("بلغت قيمة الاستثمارات 3 مليار دولار في مصر", 3e9, "USD"),
    ("التأجير التمويلي من نصف مليون دولار", 5e5, "USD"),
    ("تشير الاحصائيات الى ان 70 % من طلبات البحث", 70, "%"),
    ("ارتفعت الأسعار بنسبة 20 بالمئة", 20, "%"),
    ("قطعة أرض مساحتها 1000 متر مربع", 1000, "m2"),
    ("دولار واحد شهريًا يصنع الفرق", 1, "USD"),
])
def test_money_percent_measure(text, value, unit):
    q = one(text)
    assert (q.value, q.unit) == (value, unit)


# --- not counts -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "الدبابات من طراز تي 72، والمدفعية",
    "مثل طائرات اف 16 والدبابات الامريكية",
    "[شبكة كردستان 24](#) الناطقة باللغة الإنكليزية",
    "الاشتباك الذي وصف بالأخطر منذ عام 2014 حتى اليوم",
    "في 27 من تشرين الثاني 2023، إن وكلاء إيران",
    "للاستفسار اتصل على الرقم 07701234567",
    "وفقا لأحكام المادة 5 من الدستور",
    "خلال الانسحاب 2010/2011.",
    "على الانسحاب خلال خمسة أعوام",
    "وقعت بتاريخ ( 29 / 12 / 2011 )",
])
def test_not_counts(text):
    assert qs(text) == []


def test_half_of_a_thing_is_not_a_figure():
    assert qs("انتهت بوقوع نصف المصفى تحت سيطرة القوات الروسية") == []


@pytest.mark.parametrize("text,want", [
    # a bare casualty figure counts what its verb counts; "و + verb" after a number is a new clause
    ("قتل 25 وأصيب 16 في تعز", [(25, "قتيل"), (16, "مصاب")]),
    ("أسفر الهجوم عن مقتل 3 جنود وإصابة 5 آخرين", [(3, "جنود"), (5, "مصاب")]),
    # a partitive names what is counted
    ("قتل 16 من عناصر الحوثي", [(16, "عناصر")]),
])
def test_casualty_figures_carry_what_they_count(text, want):
    doc = Document(text=text)
    annotate_text_layer(doc)
    times.annotate(doc)
    amounts.annotate(doc)
    assert [(q.value, q.counted) for q in doc.quantities] == want


@pytest.mark.parametrize("text,expected", [
    # a feminine dual cannot be a plural (that is -ات): two of its singular, with or without the article
    ("شنت مقاتلات التحالف غارتين على مواقع الحوثيين في صعدة", [("غارتين", 2.0, "غارة")]),
    ("وأسقطت الدفاعات الجوية الطائرتين المسيرتين قرب القاعدة", [("الطائرتين", 2.0, "طائرة")]),
    ("انفجرت سيارتان مفخختان في كركوك", [("سيارتان", 2.0, "سيارة")]),  # the adjective is not a second count
    # a proclitic is cut only where the news vocabulary says so: وزارتي is وزارة, وطائرتين is و + طائرة
    ("عقد اجتماع بين وزارتي الدفاع والخارجية", [("وزارتي", 2.0, "وزارة")]),
    ("وأرسلت الولايات المتحدة حاملة طائرات وطائرتين إلى الخليج", [("وطائرتين", 2.0, "طائرة")]),
    # not duals: "my ministry", a relative pronoun, "twice", "lawlessness", a masculine plural
    ("وقال الوزير إن وزارتي تعمل على الملف", []),
    ("الدولتان اللتان وقعتا الاتفاق", [("الدولتان", 2.0, "دولة")]),
    ("التقى الوفدان مرتين في جنيف", []),
    ("وحذر من الفلتان الأمني في المدينة", []),
    ("قتل مدنيين في القصف على إدلب", []),
])
def test_duals_count_two(text, expected):
    assert [(q.text, q.value, q.counted) for q in qs(text) if q.value == 2.0 or not expected] == expected
