"""Publication-date estimates for undated articles, from their own evidence."""
import datetime as dt
from pathlib import Path

import pytest

from marsad.corpus.dating import estimate, office_window
from marsad.document import Document
from marsad.extract import times

SEEDS = Path("/work/shared/corpus/seeds")
TODAY = dt.date(2025, 6, 1)


def est(text):
    return estimate(Document(text=text), today=TODAY)


def test_weekday_date_after_the_latest_dated_event():
    text = ("وقال السكرتير الصحفي، في 27 من تشرين الثاني 2023، إن وكلاء إيران يستغلون الحرب. "
            "وقالت وزارة الدفاع الأمريكية، الخميس 22 من آب، إن المحادثات مستمرة")
    value, basis = est(text)
    assert value == "2024-08-22"
    assert "2023-11-27" in basis and "الخميس 22 من آب" in basis


def test_current_month_with_year_evidence():
    text = ("مع اقتراب عداد الايام من اعلان نهاية عام 2021 ، تلوح توقعات مواجهة بعد تاريخ "
            "31 كانون اول / ديسمبر الحالي")
    assert est(text)[0] == "2021-12"


def test_office_holder_bounds_the_window():
    text = "استقبل الرئيس العراقي برهم صالح منسق مجلس الأمن القومي، وقال رئيس الوزراء مصطفى الكاظمي"
    lo, hi, names = office_window(text)
    assert lo == dt.date(2020, 5, 7) and hi == dt.date(2022, 10, 17)
    assert "برهم صالح" in names


def test_former_office_holder_does_not_count():
    lo, hi, names = office_window("قال رئيس الوزراء الأسبق عادل عبد المهدي")
    assert (lo, hi, names) == (None, None, [])
    lo, hi, names = office_window("قال رئيس الوزراء عادل عبد المهدي")
    assert names == ["عادل عبد المهدي"] and lo == dt.date(2018, 10, 25)


def test_no_evidence_gives_no_date():
    value, basis = est("قال مسؤولون إن المحادثات مستمرة")
    assert value is None and basis == "no dating evidence"


def test_future_years_are_not_lower_bounds():
    value, basis = est("ضمن رؤية 2030 أعلنت الحكومة في 3 آذار 2019 خطة جديدة")
    assert "2019-03-03" in basis


@pytest.mark.skipif(not SEEDS.exists(), reason="seed corpus not available")
def test_seed_000_left_undated_and_values_kept_partial():
    doc = Document(text=(SEEDS / "000_71e8d1b0e8141576.txt").read_text(encoding="utf-8"))
    times.annotate(doc)
    assert doc.published is None
    assert doc.published_basis.startswith("estimated: none")
    rng = [t for t in doc.times if t.text == "الحادي عشر والثاني عشر من الشهر الحالي"]
    assert rng and all(t.value == "XXXX-XX-11/XXXX-XX-12" for t in rng)
