"""Estimate when an undated article was published, from its own evidence.

Most scraped articles carry no date. The text itself usually bounds it:

* every fully dated past event it reports ("27 من تشرين الثاني 2023") and every year it names is a
  lower bound (an article cannot report what has not happened; dates later than today are ignored);
* who holds which office when (``resources/times/office_terms.tsv``): "رئيس الوزراء مصطفى الكاظمي"
  puts the article inside Kadhimi's term, unless the title says former (الأسبق);
* a weekday with a day and month but no year ("الخميس 22 من آب") fixes the year: the first year on
  or after the lower bound in which 22 August is a Thursday;
* a month called current ("ديسمبر الحالي", "آب الجاري") fixes the month: the first such month in
  the window.

``estimate(doc)`` returns ``(iso_value_or_None, basis)``; the value is given only at a precision
the evidence supports (a day, a month or a year), never as an open window.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Optional

from .. import resources
from ..arabic.normalize import normalize
from ..extract.times import grammar as tg


@lru_cache(maxsize=None)
def _offices():
    rows = []
    for r in resources.table("times/office_terms.tsv"):
        start = dt.date.fromisoformat(r[2])
        end = dt.date.fromisoformat(r[3]) if len(r) > 3 and r[3] else None
        rows.append((normalize(r[0]), normalize(r[1]), start, end, r[0]))
    former = tuple(normalize(w) for w in resources.lines("times/office_former.txt"))
    return rows, former


def office_window(text: str, window: int = 60):
    """(latest start, earliest end, names) over the office holders the text names with their title."""
    norm = normalize(text)
    rows, former = _offices()
    lo = hi = None
    names = []
    for alias, cue, start, end, shown in rows:
        pos = norm.find(alias)
        while pos >= 0:
            before = norm[max(0, pos - window):pos]
            c = before.rfind(cue)
            if c >= 0 and not any(f in before[c:] for f in former):
                lo = start if lo is None or start > lo else lo
                if end is not None:
                    hi = end if hi is None or end < hi else hi
                names.append(shown)
                break
            pos = norm.find(alias, pos + 1)
    return lo, hi, sorted(set(names))


def estimate(doc, mentions: Optional[list] = None, today: Optional[dt.date] = None) -> tuple[Optional[str], str]:
    text = doc.text if hasattr(doc, "text") else str(doc)
    today = today or dt.date.today()
    mentions = tg.parse(text) if mentions is None else mentions
    lo, lo_why = None, ""
    weekday_dates, current_months = [], []
    for m in mentions:
        d = m.data
        if m.kind == "date" and d.get("calendar") != "hijri":
            y, mo, day = d.get("year"), d.get("month"), d.get("day")
            if y and mo:
                try:
                    x = dt.date(y, mo, day or 1)
                except ValueError:
                    continue
                if x <= today and (lo is None or x > lo):
                    lo, lo_why = x, f"dated mention '{text[m.start:m.end]}'"
            elif y is None and mo and day and d.get("weekday") and d.get("month_mod") is None:
                weekday_dates.append(m)
            elif y is None and mo and d.get("month_mod") == 0:
                current_months.append(m)
        elif m.kind == "year" and d.get("calendar") != "hijri":
            y = d.get("year2") or d["year"]
            if y <= today.year:
                x = dt.date(y, 1, 1)
                if lo is None or x > lo:
                    lo, lo_why = x, f"year named '{text[m.start:m.end]}'"
    o_lo, o_hi, names = office_window(text)
    hi = today
    why = []
    if o_lo and (o_hi is None or o_lo <= o_hi) and (lo is None or o_hi is None or lo <= o_hi):
        if lo is None or o_lo > lo:
            lo, lo_why = o_lo, f"term of {', '.join(names)}"
        if o_hi and o_hi < hi:
            hi = o_hi
        why.append(f"office holders: {', '.join(names)}")
    if lo_why:
        why.insert(0, f"not before {lo.isoformat()} ({lo_why})")
    # a weekday + day + month with no year: the first matching year in the window
    for m in weekday_dates:
        d = m.data
        start_year = lo.year if lo else None
        if start_year is None:
            continue
        for y in range(start_year, hi.year + 1):
            try:
                x = dt.date(y, d["month"], d["day"])
            except ValueError:
                continue
            if x.isoweekday() == d["weekday"] and (lo is None or x >= lo) and x <= hi:
                return x.isoformat(), "; ".join(why + [f"weekday-date '{text[m.start:m.end]}' falls in {y}"])
    for m in current_months:
        if lo is None:
            continue
        mo = m.data["month"]
        for y in range(lo.year, hi.year + 1):
            if (y, mo) >= (lo.year, lo.month) and dt.date(y, mo, 1) <= hi:
                return f"{y:04d}-{mo:02d}", "; ".join(why + [f"month called current '{text[m.start:m.end]}'"])
    if lo and hi and lo.year == hi.year and hi != today:
        return f"{lo.year:04d}", "; ".join(why + [f"window {lo.isoformat()}..{hi.isoformat()}"])
    if lo:
        return None, "; ".join(why + [f"window {lo.isoformat()}..{hi.isoformat()} too wide"])
    return None, "no dating evidence"
