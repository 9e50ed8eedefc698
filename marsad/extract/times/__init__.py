"""Time expressions → ``doc.times`` with ISO values (component ``times``).

In: a Document (its publication date, if known, anchors relative expressions). Out: ``Time`` spans whose
``value`` is ISO 8601 only (a date or partial date with X, an interval, a duration, an ISO week, a clock
time) or None; what ISO cannot say goes to its own field: a reference word (حاليا → ``ref`` PRESENT), a season
or part of the day (صباح أمس → the date in ``value``, ``part`` MO), the Hijri date as written (``hijri``).

The grammar is in ``grammar``; this module picks the anchor: the document's publication date
if known, else the estimate of ``marsad.corpus.dating`` (stored on the document with basis
``"estimated: …"``, and every value resolved against it flagged ``estimated=True``). With no anchor
at all, values keep only what the text says (``XXXX-08-22``) or stay None.

Anaphoric times count from the article's own earlier time, not from the anchor: اليوم نفسه / في ذات اليوم /
ذلك اليوم / تلك الليلة / الشهر نفسه / العام ذاته (the same), اليوم التالي / السابق / الذي تلاه (the one after or
before), بعد ذلك بيومين / بعدها بثلاثة أيام / قبلها بعام (counted), مايو من نفس العام, الثاني عشر من الشهر نفسه
(a part anaphoric). The antecedent (``antecedent``) is the nearest time before it in the article, so one in
its own paragraph when there is one, whose value is precise enough: a day for the day forms (a day or an ISO
week for week forms), a month for month forms, a year for year forms; a range counts for what its two ends
share. The value is the antecedent's (+/- the offset), and so is its ``estimated`` flag. With no such
antecedent, what the reader should see is what the words say without it:
- a form that counts (التالي, السابق, بعد ذلك ب...) counts from the article's date, as before: a report
  says "اليوم التالي" of the day it reports, so publication + 1 is the best reading left (estimated when the
  date is);
- a form that only points (ذلك اليوم, نفس اليوم, الشهر نفسه, and ذلك اليوم الذي ... whose day the clause after
  it tells) is kept as a time with value None: no date is better than the publication date, which it is
  not.
Plain اليوم (today) and هذا العام keep their deictic meaning.
"""
from __future__ import annotations

import re
from typing import Optional

from ...document import Document, Time
from . import grammar as tg

_PROCLITICS = "وفبلك"
_PART = re.compile(r"^(.*?)T(MO|AF|EV|NI|MI|DT)$")  # TimeML parts of the day after a date
_SEASON = re.compile(r"^(\d{4}|XXXX)-(SP|SU|FA|WI)$")
_DECADE, _CENTURY = re.compile(r"^\d{3}$"), re.compile(r"^\d{2}$")
_LONG_UNITS = re.compile(r"^P(\d+)(DE|CE|ML)$")  # decades, centuries, millennia: ISO counts years
_YEARS = {"DE": 10, "CE": 100, "ML": 1000}


def iso_value(value: Optional[str]) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(ISO 8601 value, ref, part) from the grammar's value, which may carry TimeML codes."""
    if value is None:
        return None, None, None
    if value.endswith("_REF"):
        return None, value[:-4], None  # PRESENT_REF → ref PRESENT
    m = _LONG_UNITS.match(value)
    if m:
        return f"P{int(m.group(1)) * _YEARS[m.group(2)]}Y", None, None
    if value.startswith("P") and re.search(r"[A-Z]{2}$", value):
        return None, None, None  # a TimeML unit with no ISO form (PXDE: "decades")
    out, part = [], None
    for v in value.split("/"):
        m = _PART.match(v) or _SEASON.match(v)
        if m:
            v, part = m.group(1), m.group(2)
        elif _DECADE.match(v):
            v = f"{v}0/{v}9"  # 198 (the eighties) → 1980/1989
        elif _CENTURY.match(v):
            v = f"{v}00/{v}99"  # 17 (the eighteenth century) → 1700/1799
        out.append(v)
    return "/".join(out), None, part


def hijri_written(m: tg.Mention) -> Optional[str]:
    """The Hijri date a mention writes (1436-10-11, 1436-10, XXXX-09), or None for a Gregorian one."""
    d = m.data
    if d.get("calendar") != "hijri" or not (d.get("year") or d.get("month")):
        return None
    out = f"{d['year']:04d}" if d.get("year") else "XXXX"
    if d.get("month"):
        out += f"-{d['month']:02d}"
        if d.get("day"):
            out += f"-{d['day']:02d}"
    return out


def anchor_for(doc: Document, mentions: list) -> tg.Anchor:
    if doc.published:
        est = bool(doc.published_basis and doc.published_basis.startswith("estimated"))
        return tg.Anchor.parse(doc.published, estimated=est)
    from ...corpus.dating import estimate
    value, basis = estimate(doc, mentions)
    if value:
        doc.published = value
        doc.published_basis = f"estimated: {basis}"
        return tg.Anchor.parse(value, estimated=True)
    if doc.published_basis is None:
        # no date could be fixed: keep the evidence found, so the window is visible in the export
        doc.published_basis = f"estimated: none ({basis})"
    return tg.Anchor(estimated=True)


def annotate(doc: Document) -> None:
    mentions = tg.parse(doc.text)
    anchor = anchor_for(doc, mentions)
    out = []
    for m in mentions:
        start = m.start
        if doc.text[start:start + 1] in _PROCLITICS and m.end - start > 2:
            # وأمس السبت, والشهر الماضي, بالأمس: the conjunction or preposition is not part of the time
            sub = tg.parse(doc.text[start + 1:m.end])
            if len(sub) == 1 and sub[0].start == 0 and sub[0].end == m.end - start - 1:
                start += 1
        unit = tg.needs_antecedent(m)
        if unit or m.kind == "anaphor":
            ante = antecedent(out, unit) if unit else None
            value, used = tg.resolve_anaphor(m, ante.value if ante else None, anchor, ante.hijri if ante else None)
            estimated = bool(ante and ante.estimated) or bool(used and anchor.estimated)
        else:
            value, used = tg.resolve(m, anchor)
            estimated = bool(used and anchor.estimated)
        value, ref, part = iso_value(value)
        out.append(Time(start, m.end, doc.text[start:m.end], value, m.type,
                        estimated=estimated, ref=ref, part=part, hijri=hijri_written(m)))
    doc.times = out


def antecedent(before: list, unit: str) -> Optional[Time]:
    """The time an anaphoric expression points back to: the nearest before it (so one of its own paragraph
    when there is one) whose value is precise enough to count ``unit`` from (``tg.fits``)."""
    for t in reversed(before):
        if t.value and tg.fits(tg.time_point(t.value), unit):
            return t
    return None
