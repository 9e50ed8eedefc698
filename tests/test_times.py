"""Time expressions from real sentences (the seed articles and the TimeML/Wojood data)."""
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.extract import times

SEEDS = Path("/work/shared/corpus/seeds")


def run(text, published=None, basis="metadata"):
    doc = Document(text=text, published=published, published_basis=basis if published else None)
    times.annotate(doc)
    for t in doc.times:
        assert doc.text[t.start:t.end] == t.text
    return doc


def vals(text, published=None):
    return [(t.text, t.value) for t in run(text, published).times]


def one(text, published=None):
    ts = run(text, published).times
    assert len(ts) == 1, ts
    return ts[0]


# --- month systems -----------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("في 31 من كانون الأول 2022 (سينتكوم)", "2022-12-31"),
    ("خلال مؤتمر صحفي مسجل، في 27 من تشرين الثاني 2023، إن وكلاء إيران", "2023-11-27"),
    ("بدأ الاكتتاب في 5 شباط 2015", "2015-02-05"),
    ("وصل في 3 حزيران 2014", "2014-06-03"),
    ("أعلن في 14 آب 2020", "2020-08-14"),
    ("في 9 أيلول 2019", "2019-09-09"),
    ("في 22 يناير 2016", "2016-01-22"),
    ("في 22 أغسطس 2016", "2016-08-22"),
    ("في 22 اغسطس 2016", "2016-08-22"),
    ("في 22 جانفي 2016", "2016-01-22"),
    ("في 22 فيفري 2016", "2016-02-22"),
    ("في 15 جويلية 2016", "2016-07-15"),
    ("اندلعت في 1 أوت 2016", "2016-08-01"),
    ("في ١٥ آذار ٢٠١١", "2011-03-15"),
    ("في الأول من تشرين الأول 2019", "2019-10-01"),
    ("في 10 رمضان 1445 هـ", "2024-03-20"),
])
def test_month_systems(text, value):
    assert one(text).value == value


def test_mixed_month_forms_resolve_against_the_anchor():
    # seed 002: "31 كانون اول / ديسمبر الحالي", "كانون الأول/ ديسمبر الجاري", "شباط/ فبراير الماضي"
    d = run("بعد تاريخ 31 كانون اول / ديسمبر الحالي، مما ينذر", "2021-12-10")
    assert [(t.text, t.value) for t in d.times] == [("31 كانون اول / ديسمبر الحالي", "2021-12-31")]
    assert vals("منتصف ليلة 31 كانون الأول/ ديسمبر الجاري، بعد أن", "2021-12-10")[0][1] == "2021-12-31"
    assert vals("اعلن في شباط/ فبراير الماضي، زيادة مهمة الناتو", "2021-12-10") == [("شباط/ فبراير الماضي", "2021-02")]


# --- days as ordinal words, ranges ----------------------------------------------------------------
def test_ordinal_day_range_of_the_current_month():
    text = "بين الحادي عشر والثاني عشر من الشهر الحالي، تعرضت القوات الأمريكية في سوريا"
    t = one(text)
    assert t.text == "الحادي عشر والثاني عشر من الشهر الحالي"
    assert t.value == "XXXX-XX-11/XXXX-XX-12"  # no anchor: keep what is known
    assert one(text, "2023-09-20").value == "2023-09-11/2023-09-12"


def test_ordinal_day_of_current_month():
    t = one("في مكتبه في بغداد خلال السابع عشر من الشهر الحالي، حيث اكد", "2021-07-20")
    assert (t.text, t.value) == ("السابع عشر من الشهر الحالي", "2021-07-17")


# --- relative expressions -------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("في تقرير نشرته الشهر الماضي، كشفت", "2024-07"),
    ("ستبدأ الأسبوع المقبل المرحلة الثانية", "2024-W35"),
    ("وقال أمس إن المحادثات مستمرة", "2024-08-21"),
    ("قال اليوم إن المحادثات مستمرة", "2024-08-22"),
    ("سيصل غدا إلى بغداد", "2024-08-23"),
    ("يفتتح بعد غد المعرض", "2024-08-24"),
    ("نقلت، في حزيران الماضي، عن رئيس اللجنة", "2024-06"),
    ("كان مقررًا خلال آب الحالي، لكنه تأخر", "2024-08"),
    ("في 21 من آب الحالي، لا يعتبر", "2024-08-21"),
    ("في 25 من كانون الثاني الماضي، عن أربعة مصادر", "2024-01-25"),
    ("وقال الخميس الماضي إن", "2024-08-15"),
    ("منذ مطلع العام الحالي، أبدت الولايات المتحدة", "2024"),
    ("قتل قبل ٥ ساعات", "2024-08-22"),
    ("قبل خمسة وتسعين عاما", "1929"),
    ("31 مارس من العام الماضي", "2023-03-31"),
    ("الليلة الماضية", "2024-08-21"),
])
def test_relative_expressions(text, value):
    ts = run(text, "2024-08-22").times
    assert value in [t.value for t in ts], [(t.text, t.value) for t in ts]


def test_a_weekday_beside_today_or_yesterday_is_one_expression_and_fixes_the_day():
    # published on a Tuesday: "today (Monday)" was written the day before, "yesterday Sunday" likewise;
    # the bracketed day name is its own expression (GUIDELINES) naming the same day
    d = run("وقال اليوم (الاثنين) إن القوات وصلت أمس الأحد إلى المدينة", "2015-07-21")
    assert [(t.text, t.value) for t in d.times] == [("اليوم", "2015-07-20"), ("الاثنين", "2015-07-20"),
                                                    ("أمس الأحد", "2015-07-19")]
    assert [t.value for t in run("وصل اليوم الثلاثاء", "2015-07-21").times] == ["2015-07-21"]


@pytest.mark.parametrize("text,published,span,value", [
    # a day name or a relative day beside a full date is one expression (GUIDELINES), and the day name
    # fixes the year of a date written without one: 19 November was a Sunday in 2023, not in 2024
    ("وأعلنت الوزارة اليوم الأحد 19 نوفمبر أن القوات انسحبت", "2024-01-10", "اليوم الأحد 19 نوفمبر", "2023-11-19"),
    ("وصل مساء الخميس 28 نوفمبر / تشرين الثاني 2019 إلى بغداد", None,
     "مساء الخميس 28 نوفمبر / تشرين الثاني 2019", "2019-11-28"),
    ("أعلن أمس الخميس الموافق 2 يناير للعام 2020 عن مقتله", None, "أمس الخميس الموافق 2 يناير للعام 2020", "2020-01-02"),
    # "day" before a date belongs to it; the conjunction glued to it does not
    ("اغتيل الحريري ويوم 14 شباط/ فبراير سنة 2005 تغير لبنان", None, "يوم 14 شباط/ فبراير سنة 2005", "2005-02-14"),
    # an English date in a byline is a date, not a bare year
    ("نشر بواسطة المحرر October 3, 2021 في أخبار العراق", None, "October 3, 2021", "2021-10-03"),
    ("Baghdad, 14 April 2021 - قصف صاروخي", None, "14 April 2021", "2021-04-14"),
])
def test_a_day_beside_its_date_is_one_expression(text, published, span, value):
    ts = run(text, published).times
    assert [(t.text, t.value) for t in ts] == [(span, value)]


@pytest.mark.parametrize("text,published,expected", [
    # a date in brackets after the day is an apposition: two expressions (as the in-domain annotators mark
    # them), each dating the other: the date gives the day name its date, the day name the date its year
    ("وقعت الغارة يوم الخميس (21 آذار، 2019) قرب دير الزور", None, [("يوم الخميس", "2019-03-21"), ("21 آذار، 2019", "2019-03-21")]),
    ("وأعلنت الوزارة اليوم الأحد (19 نوفمبر) أن القوات انسحبت", "2024-01-10",
     [("اليوم الأحد", "2023-11-19"), ("19 نوفمبر", "2023-11-19")]),
])
def test_a_date_in_brackets_after_its_day_is_its_own_expression(text, published, expected):
    assert [(t.text, t.value) for t in run(text, published).times] == expected


def test_a_day_name_and_a_date_apart_stay_two_expressions():
    # a sentence between them: the day is not the date's name
    ts = run("وصل الوفد الخميس. وفي 21 آذار 2019 وقع الاتفاق").times
    assert [t.text for t in ts] == ["الخميس", "21 آذار 2019"]


@pytest.mark.parametrize("text,span,value", [
    # datelines: a clock time after a date joins it; a month name may stand between the separators
    ("نشر في 2017-12-04 14:43 بتوقيت", "2017-12-04 14:43", "2017-12-04T14:43"),
    ("آخر تحديث 2016-03-02 - 7:10 م", "2016-03-02 - 7:10 م", "2016-03-02T19:10"),
    ("07-أبريل-2022 قال المصدر", "07-أبريل-2022", "2022-04-07"),
    # a conjunction or preposition glued to a time word is not part of the time
    ("وصل وأمس السبت إلى بغداد", "أمس السبت", "2023-09-02"),
    ("ارتفعت الأسعار والشهر الماضي", "الشهر الماضي", "2023-08"),
])
def test_dateline_forms_and_glued_clitics(text, span, value):
    assert [(t.text, t.value) for t in run(text, "2023-09-03").times] == [(span, value)]


@pytest.mark.parametrize("text,value,ref,part,hijri", [
    # TimeML's extras never enter the ISO value: parts of the day, seasons and references have fields
    ("الليلة الماضية", "2024-08-21", None, "NI", None),
    ("وقال مساء أمس إن", "2024-08-21", None, "EV", None),
    ("في الصيف الحالي", "2024", None, "SU", None),
    ("وقال إن الوضع حاليا مستقر", None, "PRESENT", None, None),
    ("منذ أواخر الثمانينات", "1980/1989", None, None, None),
    ("خلال أربعة عقود", "P40Y", None, None, None),
    # numeric Hijri dates, as the Saudi press writes them, carry their Gregorian value
    ("صدر في 11-10-1436هـ قرار", "2015-07-27", None, None, "1436-10-11"),
    ("بتاريخ 27/7/1436ه وصل", "2015-05-16", None, None, "1436-07-27"),
    ("في 22/8/2024 وصل", "2024-08-22", None, None, None),
])
def test_values_are_iso_and_the_rest_has_its_field(text, value, ref, part, hijri):
    ts = run(text, "2024-08-22").times
    assert [(t.value, t.ref, t.part, t.hijri) for t in ts] == [(value, ref, part, hijri)], [(t.text, t.value) for t in ts]


def test_relative_without_anchor_is_not_invented():
    d = run("في تقرير نشرته الشهر الماضي")
    assert [t.value for t in d.times] == [None]


# --- weekday consistency --------------------------------------------------------------------------
def test_weekday_picks_the_year_where_the_date_is_that_weekday():
    text = "وقالت وزارة الدفاع الأمريكية (البنتاجون)، الخميس 22 من آب، إن المحادثات مستمرة"
    # the anchor says 2023, but 22 August 2023 is a Tuesday: the nearest Thursday 22 August is 2024
    t = one(text, "2023-12-01")
    assert (t.text, t.value) == ("الخميس 22 من آب", "2024-08-22")
    assert one(text).value == "XXXX-08-22"


# --- years, decades, durations, sets --------------------------------------------------------------
@pytest.mark.parametrize("text,value,typ", [
    ("الاشتباك الذي وصف بالأخطر منذ عام 2014 حتى", "2014", "DATE"),
    ("في بنت جبيل ووادي الحجير سنة 2006 قادر", "2006", "DATE"),
    ("خلال الانسحاب 2010/2011.", "2010/2011", "DATE"),
    ("في العراق وأفغانستان لمدة عشرين عاما، كان يهدف", "P20Y", "DURATION"),
    ("اتفاق أميركي داخلي على الانسحاب خلال خمسة أعوام", "P5Y", "DURATION"),
    ("انسحاب جميع القوات الأمريكية من العراق في غضون عامين، وفق", "P2Y", "DURATION"),
    ("مع وجود جدول زمني مدته عامان، من شأنه", "P2Y", "DURATION"),
    ("دولار واحد شهريًا يصنع الفرق", "P1M", "SET"),
    ("في معركة استمرت لاربع ساعات متواصلة", "PT4H", "DURATION"),
    ("أواخر القرن التاسع عشر", "1800/1899", "DATE"),
    # a bare singular unit with "whole" or "another" after it is one unit's length
    ("انقضت دقائق اوشكت ان تكون ساعة اخرى من الزمن", "PT1H", "DURATION"),
    ("وظل المعبر مغلقا شهرا كاملا أمام الشاحنات", "P1M", "DURATION"),
    ("واستمر القصف على الحي يوما كاملا", "P1D", "DURATION"),
])
def test_years_durations_sets(text, value, typ):
    t = one(text, "2024-08-22")
    assert (t.value, t.type) == (value, typ)


@pytest.mark.parametrize("text,expr,value", [
    # TimeML reference doc27: "so that it pays the rent of its premises at every end of a month"
    ("رافضا أن يستسلم كي يضمن إيجار المقر في كل نهاية شهر. فهل كثير على دولة", "كل نهاية شهر", "P1M"),
    ("وتصرف الرواتب المتأخرة للموظفين في نهاية كل شهر بحسب وزارة المالية", "نهاية كل شهر", "P1M"),
    ("يجتمع المجلس كل مطلع عام لإقرار الموازنة", "كل مطلع عام", "P1Y"),
])
def test_every_end_of_a_unit_is_one_recurring_expression(text, expr, value):
    # a period part inside a set (كل نهاية شهر / نهاية كل شهر) belongs to it: before, the first
    # was no time at all and the second lost its part
    t = one(text, "2024-08-22")
    assert (t.text, t.value, t.type) == (expr, value, "SET")


def test_a_decade_and_its_century_are_two_expressions_the_century_fixing_the_decade():
    # TimeML marks الخمسينيات | القرن الماضي apart; the century still dates the decade
    assert vals("في الخمسينيات من القرن الماضي", "2024-08-22") == [
        ("الخمسينيات", "1950/1959"), ("القرن الماضي", "1900/1999")]
    assert vals("بنيت في العقد الأول من القرن التاسع عشر", "2024-08-22") == [
        ("العقد الأول", "1800/1809"), ("القرن التاسع عشر", "1800/1899")]
    assert vals("انتشرت في الثمانينات من القرن العشرين", "2024-08-22")[0] == ("الثمانينات", "1980/1989")


def test_another_day_is_no_duration():
    assert vals("وأجلت الجلسة إلى يوم آخر", "2024-08-22") == []


def test_end_of_year_keeps_year_precision():
    t = one("مع اقتراب عداد الايام من اعلان نهاية عام 2021 ، تلوح في الافق")
    assert (t.text, t.value) == ("نهاية عام 2021", "2021")


def test_counts_are_not_years():
    assert vals("لكنه ترك 2500 جندي أمريكي هناك") == []
    assert vals("أرسل 2000 جندي إلى المنطقة") == []


def test_numeric_date():
    assert one("بتاريخ 29/12/2011 أعلن").value == "2011-12-29"


# --- seed articles end to end ---------------------------------------------------------------------
@pytest.mark.skipif(not SEEDS.exists(), reason="seed corpus not available")
def test_seed_001_is_dated_from_its_own_evidence():
    doc = Document(text=(SEEDS / "001_c94bc849f6f8dfbc.txt").read_text(encoding="utf-8"))
    times.annotate(doc)
    assert doc.published == "2024-08-22"
    assert doc.published_basis.startswith("estimated:")
    got = {t.text: (t.value, t.estimated) for t in doc.times}
    assert got["الخميس 22 من آب"][0] == "2024-08-22"
    assert got["31 من كانون الأول 2022"] == ("2022-12-31", False)
    assert got["27 من تشرين الثاني 2023"] == ("2023-11-27", False)
    assert got["21 من آب الحالي"] == ("2024-08-21", True)
    assert got["حزيران الماضي"] == ("2024-06", True)
    assert got["آب الحالي"] == ("2024-08", True)


@pytest.mark.skipif(not SEEDS.exists(), reason="seed corpus not available")
def test_seed_002_current_december_in_2021():
    doc = Document(text=(SEEDS / "002_d149adc8417d1233.txt").read_text(encoding="utf-8"))
    times.annotate(doc)
    assert doc.published == "2021-12"
    got = {t.text: t.value for t in doc.times}
    assert got["31 كانون اول / ديسمبر الحالي"] == "2021-12-31"
    assert got["نهاية عام 2021"] == "2021"


def test_published_date_is_kept_when_set():
    doc = run("قال أمس إن المحادثات مستمرة", "2024-08-22")
    assert doc.published == "2024-08-22" and doc.published_basis == "metadata"
    assert doc.times[0].estimated is False


# --- speed: the first-word index and the fast normalisation change nothing ------------------------
def _news_texts(n: int, step: int) -> list[str]:
    import gzip
    import json

    from conftest import DATA

    out = []
    with gzip.open(DATA / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % step == 0:
                d = json.loads(line)
                out.append((d.get("title") or "") + "\n" + (d.get("content") or ""))
                if len(out) == n:
                    break
    return out


def test_the_first_word_index_finds_what_every_rule_everywhere_finds():
    """``parse`` tries at each token only the rules that can start on its word; on real news (200
    SaudiNewsNet articles and the seeds) that must give exactly the mentions of trying all rules at
    every token (``exhaustive=True``), and be faster."""
    import time

    from marsad.extract.times import grammar as tg

    texts = _news_texts(200, 97) + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    fast = slow = 0.0
    found = 0
    for text in texts:
        t0 = time.perf_counter()
        got = tg.parse(text)
        t1 = time.perf_counter()
        want = tg.parse(text, exhaustive=True)
        fast, slow = fast + t1 - t0, slow + time.perf_counter() - t1
        assert got == want
        found += len(got)
    assert found > 500  # dates, durations, weekdays, references... not a text without times
    assert {m.kind for text in texts[:60] for m in tg.parse(text)} >= {"date", "year", "duration", "weekday", "relday"}
    assert fast < slow / 2


def test_normalize_with_map_is_the_character_by_character_definition():
    """The fast ``normalize_with_map`` (one replace per table entry, the map from the runs between
    dropped characters) against the loop it replaced, on news text and on text made of every
    character the table folds or drops (diacritics, tatweel, bidi marks, Latin capitals)."""
    import importlib
    import random

    nz = importlib.import_module("marsad.arabic.normalize")  # the module (the package exports the function)
    rnd = random.Random(7)
    alphabet = sorted(nz._DROP) + sorted(nz._MAP) + list("ABCXYZabcÉİß قال الرئيس ٢٠٢٤") + ["\u0130", "\u212a"]
    texts = _news_texts(100, 211) + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 300)))
                                     for _ in range(500)]
    for text in texts:
        assert nz.normalize_with_map(text) == nz._normalize_with_map_slow(text)
        assert nz.normalize(text) == text.translate(nz._TABLE).lower()
    src = "الْحُكُومَةُ العراقيّة ـ Iraq"
    norm, idx = nz.normalize_with_map(src)
    assert norm == "الحكومه العراقيه  iraq"
    assert all(nz.normalize(src[j]) == norm[i] for i, j in enumerate(idx))  # each maps to its source


@pytest.mark.parametrize("text,published,span,value", [
    # the hour and its day are one expression; the part of the day puts the hour in the afternoon
    ("وبدأت الجلسة في الساعة الخامسة من عصر اليوم في مقر البرلمان", "2018-08-15",
     "الساعة الخامسة من عصر اليوم", "2018-08-15T17:00"),
    ("سقطت القذيفة الساعة العاشرة مساء أمس قرب السفارة", "2020-01-06", "الساعة العاشرة مساء أمس", "2020-01-05T22:00"),
    ("انطلقت الطائرات الساعة الرابعة من فجر الأحد", "2024-11-27", "الساعة الرابعة من فجر الأحد", "2024-11-24T04:00"),
    # "يوم" before أمس belongs to it, as before a day name
    ("وقال المتحدث يوم أمس الثلاثاء إن القوات انسحبت", "2021-01-06", "يوم أمس الثلاثاء", "2021-01-05"),
    # أمس الأول is the day before yesterday (Gulf press), not yesterday with a stray word after it
    ("واختتمت مساء أمس الأول فعاليات الأسبوع الثقافي في مسقط", "2015-12-24", "مساء أمس الأول", "2015-12-22"),
])
def test_an_hour_with_its_day_and_yawm_before_yesterday(text, published, span, value):
    assert [(t.text, t.value) for t in run(text, published).times] == [(span, value)]


@pytest.mark.parametrize("text,expected", [
    # "one week": the unit with واحد is a duration of one
    ("وأعلن الجيش انسحابه خلال أسبوع واحد من القاعدة", [("أسبوع واحد", "P1W")]),
    ("قتل 40 مدنيا في يوم واحد بقصف على إدلب", [("يوم واحد", "P1D")]),
    # a plural with no number says no length: not one month (خلال أشهر was P1M)
    ("وسيطرت الفصائل على المدينة خلال أشهر من المعارك", []),
])
def test_one_unit_and_plurals_without_a_number(text, expected):
    assert [(t.text, t.value) for t in run(text, "2019-05-01").times] == expected


@pytest.mark.parametrize("text,expected", [
    # قبل counts back from the article's date; بعد counts from an event the text names, not from it
    ("وقال إن القوات انسحبت قبل ثلاث سنوات من المدينة", [("قبل ثلاث سنوات", "2016")]),
    ("سقط النظام بعد 24 عامًا من حكم بشار الأسد", [("24 عامًا", "P24Y")]),
])
def test_before_counts_back_after_is_a_duration(text, expected):
    assert [(t.text, t.value) for t in run(text, "2019-05-01").times] == expected


def test_a_month_only_article_date_leaves_the_day_unknown():
    # GUIDELINES: with a month-only article date, today and a weekday are 2019-11-XX; "this month" with a
    # year-only date is 2024-XX
    assert [t.value for t in run("وقال اليوم إن القوات انسحبت", "2019-11").times] == ["2019-11-XX"]
    assert [t.value for t in run("وصل الوفد يوم الثلاثاء إلى بغداد", "2019-11").times] == ["2019-11-XX"]
    assert [t.value for t in run("وتعهد بالرد خلال هذا الشهر", "2024").times] == ["2024-XX"]


@pytest.mark.parametrize("text,value", [
    ("نشر بتاريخ 2023.09.03 في دمشق", "2023-09-03"),
    ("وقع الانفجار في 22.8.2024 قرب الحدود", "2024-08-22"),
])
def test_dotted_dates(text, value):
    assert [t.value for t in run(text).times] == [value]


def test_version_numbers_and_decimals_are_no_dates():
    assert run("صدرت النسخة 1.2.3 من البرنامج وبلغت المبيعات 2.5 مليون").times == []
