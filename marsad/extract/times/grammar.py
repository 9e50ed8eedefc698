"""Arabic time expressions: find them (``parse``) and give them ISO values (``resolve``).

Two steps, so that ``marsad.corpus.dating`` can read the *unresolved* mentions (explicit dates,
"آب الحالي", "الخميس 22 من آب") as evidence for a document's date before anything is anchored.

Matching runs on normalised text (``normalize_with_map``) split into word tokens; every rule is a
small hand-written matcher over those tokens, and the knowledge (month names of every system,
weekdays, modifiers, units, ordinals...) is in ``resources/times/``. At each position the longest
match wins. Values follow TimeML/ISO 8601 at the precision known: ``2024-08-22``, ``2024-08``,
``2021``, ``XXXX-08-22``, ranges ``A/B``, durations ``P5Y``, sets ``P1M``, decades ``195``.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ... import resources
from ...arabic.normalize import map_span, normalize, normalize_with_map
from ...arabic.numbers import (_FIRST_PREFIXES, number_words, ordinal_tens, ordinal_words, parse_cardinal,
                               parse_digits, parse_ordinal)

_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_]+|\S")
_PREFIXES = ("و", "ب", "ل", "ف", "وب", "ول", "لل")


# ----------------------------------------------------------------------------------------- data
def _n(s: str) -> str:
    return normalize(s).strip()


def _phrase_table(name: str, cast=str, col: int = 1) -> dict[tuple[str, ...], object]:
    out: dict[tuple[str, ...], object] = {}
    for row in resources.table(name):
        key = tuple(_n(row[0]).split())
        if key and key not in out:
            out[key] = cast(row[col]) if col is not None else True
    return out


@dataclass(frozen=True)
class _K:
    months: dict
    ambiguous_months: frozenset
    weekdays: dict
    modifiers: dict
    reldays: dict
    refs: dict
    calunits: dict
    durunits: dict
    sets: dict
    cues: frozenset
    cues_after: frozenset
    another: frozenset
    parts: dict
    seasons: dict
    dayparts: dict
    decades: dict
    year_words: frozenset
    hijri_markers: frozenset
    not_year_next: frozenset
    ana_units: dict
    ana_before: dict
    ana_after: dict
    ana_shifts: dict
    general_nouns: frozenset


@lru_cache(maxsize=None)
def K() -> _K:
    months = {}
    for row in resources.table("times/months.tsv"):
        key = tuple(_n(row[0]).split())
        months.setdefault(key, (int(row[1]), row[2]))
    durunits = {}
    for row in resources.table("times/duration_units.tsv"):
        durunits.setdefault(_n(row[0]), (row[1], int(row[2])))
    # words after a bare 4-digit number that make it a count, not a year (2000 جندي, 2010 دولار)
    not_year = set()
    for name in ("amounts/counted_nouns.txt", "amounts/percent_words.txt"):
        not_year.update(_n(w) for w in resources.lines(name))
    for name in ("amounts/currencies.tsv", "amounts/measure_units.tsv"):
        not_year.update(_n(r[0]).split()[0] for r in resources.table(name))
    return _K(
        months=months,
        ambiguous_months=frozenset(tuple(_n(w).split()) for w in resources.lines("times/ambiguous_months.txt")),
        weekdays={_n(r[0]): int(r[1]) for r in resources.table("times/weekdays.tsv")},
        modifiers={_n(r[0]): int(r[1]) for r in resources.table("times/modifiers.tsv")},
        reldays=_phrase_table("times/relative_days.tsv", int),
        refs=_phrase_table("times/refs.tsv"),
        calunits={_n(r[0]): r[1] for r in resources.table("times/calendar_units.tsv")},
        durunits=durunits,
        sets={_n(r[0]): r[1] for r in resources.table("times/sets.tsv")},
        cues=frozenset(_n(w) for w in resources.lines("times/duration_cues.txt")),
        cues_after=frozenset(_n(w) for w in resources.lines("times/duration_after.txt")),
        another=frozenset(_n(w) for w in resources.lines("times/another_words.txt")),
        parts={_n(r[0]): r[1] for r in resources.table("times/period_parts.tsv")},
        seasons={_n(r[0]): r[1] for r in resources.table("times/seasons.tsv")},
        dayparts={_n(r[0]): r[1] for r in resources.table("times/dayparts.tsv")},
        decades={_n(r[0]): int(r[1]) for r in resources.table("times/decades.tsv")},
        year_words=frozenset(_n(w) for w in resources.lines("times/year_words.txt")),
        hijri_markers=frozenset(_n(w) for w in resources.lines("times/hijri_markers.txt")),
        not_year_next=frozenset(not_year),
        ana_units={_n(r[0]): (r[1], r[2] if len(r) > 2 and r[2] else None)
                   for r in resources.table("times/anaphora_units.tsv")},
        ana_before={_n(r[0]): int(r[2]) for r in resources.table("times/anaphora_words.tsv") if r[1] == "before"},
        ana_after={tuple(_n(r[0]).split()): int(r[2]) for r in resources.table("times/anaphora_words.tsv")
                   if r[1] == "after"},
        ana_shifts=_phrase_table("times/anaphora_shifts.tsv", int),
        general_nouns=frozenset(_n(w) for w in resources.lines("times/general_nouns.txt")),
    )


# ------------------------------------------------------------------------------------ mentions
@dataclass
class Mention:
    """One time expression before resolution. ``start``/``end`` are offsets in the original text."""
    start: int
    end: int
    kind: str  # date, relday, relunit, weekday, ref, year, century, decade, duration, ago, set, season, clock
    type: str = "DATE"
    data: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Anchor:
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    estimated: bool = False

    @classmethod
    def parse(cls, iso: Optional[str], estimated: bool = False) -> "Anchor":
        if not iso:
            return cls(estimated=estimated)
        m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", iso)
        if not m:
            return cls(estimated=estimated)
        y, mo, d = m.groups()
        return cls(int(y), int(mo) if mo else None, int(d) if d else None, estimated)

    @property
    def date(self) -> Optional[dt.date]:
        if self.year and self.month and self.day:
            return dt.date(self.year, self.month, self.day)
        return None


class _Toks:
    def __init__(self, norm: str):
        self.items = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(norm)]
        self.w = [t[0] for t in self.items]

    def __len__(self):
        return len(self.w)

    def get(self, i: int) -> str:
        return self.w[i] if 0 <= i < len(self.w) else ""


def _strip_prefix(w: str, table) -> Optional[str]:
    if w in table:
        return w
    for p in _PREFIXES:
        if w.startswith(p) and w[len(p):] in table:
            return w[len(p):]
    return None


def _phrase_at(t: _Toks, i: int, table: dict, maxlen: int = 4, prefix_ok: bool = True):
    """Longest phrase of ``table`` (keys are word tuples) at token i; the first word may carry a proclitic."""
    for n in range(min(maxlen, len(t) - i), 0, -1):
        words = list(t.w[i:i + n])
        key = tuple(words)
        if key in table:
            return table[key], i + n
        if prefix_ok:
            for p in _PREFIXES:
                if words[0].startswith(p) and len(words[0]) > len(p) + 1:
                    k2 = (words[0][len(p):],) + key[1:]
                    if k2 in table:
                        return table[k2], i + n
    return None


# ------------------------------------------------------------------------------------ matchers
# words the rules below test for literally at their first position (also read by ``_first_words``)
_SHAHR = ("شهر", "لشهر", "بشهر", "وشهر", "الشهر")  # "month (of)" before a month name
_NIGHT = ("الليله", "ليله")
_YAWM = ("يوم", "ويوم", "بيوم")  # "day (of)" before a weekday
_THIS = ("هذا", "هذه")
# قبل + a duration is a date counted back from the article's date (قبل ثلاث سنوات: three years ago). بعد + a
# duration is not counted from it: news tells "after 24 years" of a rule or a war (بعد 24 عاما من حكم), so
# 2048 would be wrong; it is the duration, the preposition outside (GUIDELINES)
_AGO = ("قبل",)
_QUALIFIERS = (("اكثر", "من"), ("اقل", "من"), ("ما", "يقارب"), ("نحو",), ("قرابه",), ("حوالي",), ("زهاء",))
_EVERY = ("كل", "وكل")
_HOUR = ("الساعه", "بالساعه", "والساعه", "الساعة")


def _month_at(t: _Toks, i: int):
    """A month name, with an optional second name of another system (كانون الأول/ ديسمبر)."""
    k = K()
    hit = _phrase_at(t, i, k.months, 3)
    if not hit:
        return None
    (month, system), j = hit
    key = tuple(t.w[i:j])
    first = key[0]
    for p in _PREFIXES:  # the key as found, without proclitic, to test ambiguity
        if key not in k.months and first.startswith(p):
            key = (first[len(p):],) + key[1:]
    ambiguous = key in k.ambiguous_months
    # mixed forms: "/" or "-" or "(" then another name of the same month, optional ")"
    jj = j
    if t.get(jj) in ("/", "-", "(", "،", "\\"):
        hit2 = _phrase_at(t, jj + 1, k.months, 3)
        if hit2 and hit2[0][0] == month:
            jj = hit2[1]
            if t.get(jj) == ")" and t.get(j) == "(":
                jj += 1
            j = jj
            ambiguous = False
    return month, system, j, ambiguous


def _day_at(t: _Toks, i: int):
    """A day of month: 1–31 in digits, or an ordinal word (الحادي عشر)."""
    w = t.get(i)
    if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31:
        return int(w), i + 1
    o = parse_ordinal(t.w, i) if i < len(t) else None
    if o and 1 <= o[0] <= 31:
        return o[0], i + o[1]
    return None


def _year_at(t: _Toks, i: int, loose: bool = False):
    """A year number (with optional هـ / م after it). ``loose``: introduced by عام/سنة, so any 3-4 digits."""
    paren = False
    if t.get(i) == "(" and t.get(i + 1).isdigit() and t.get(i + 2) == ")":
        paren, i = True, i + 1
    w = t.get(i)
    if not (w.isdigit() and len(w) in ((3, 4) if loose else (4,))):
        return None
    y = int(w)
    j = i + 2 if paren else i + 1
    cal = "greg"
    nxt = t.get(j)
    if nxt in K().hijri_markers:
        cal, j = "hijri", j + 1
    elif nxt in ("م", "ميلادي", "ميلاديه", "للميلاد"):
        j += 1
    if cal == "greg" and not (1000 <= y <= 2100) and not loose:
        return None
    if cal == "greg" and loose and not (100 <= y <= 2100):
        return None
    return y, cal, j


def _modifier_at(t: _Toks, i: int):
    w = t.get(i)
    if w in K().modifiers:
        return K().modifiers[w], i + 1
    return None


def _year_part(t: _Toks, j: int):
    """After a month: ", 2024", "من عام 2024", "عام 2024", "من العام الماضي"."""
    k = K()
    jj = j
    if t.get(jj) in (",", "،"):
        jj += 1
    if t.get(jj) == "من":
        jj += 1
    loose = False
    ana = _ana_at(t, jj)
    if ana and ana[0] == "Y":
        return ("year_ana", ana[1]), ana[3]  # مايو من العام نفسه: the year of a time named before
    if t.get(jj) in k.year_words:
        w = t.get(jj)
        if w in ("العام", "السنه", "للعام", "والعام", "بالعام") and t.get(jj + 1) in k.modifiers:
            return ("year_mod", k.modifiers[t.get(jj + 1)]), jj + 2
        jj += 1
        loose = True
    y = _year_at(t, jj, loose)
    if y:
        return ("year", y[0], y[1]), y[2]
    return None


def _m_date(t: _Toks, i: int):
    """[weekday [،]] DAY [(و|-|إلى) DAY] [من] (MONTH [YEAR|MOD] | الشهر MOD)."""
    k = K()
    j = i
    wd = None
    if t.get(j) == "يوم" and t.get(j + 1) in k.weekdays:
        j += 1
    if t.get(j) in k.weekdays:
        wd = k.weekdays[t.get(j)]
        j += 1
        if t.get(j) in (",", "،", "-"):
            j += 1
        if t.get(j) == "الموافق":
            j += 1
    d = _day_at(t, j)
    if not d:
        return None
    day, j = d
    day2 = None
    jj = j
    if t.get(jj) in ("و", "-", "–", "الى", "حتى", "او", "/") or (t.get(jj).startswith("و") and _day_at(t, jj)):
        step = jj + 1 if t.get(jj) in ("و", "-", "–", "الى", "حتى", "او", "/") else jj
        d2 = _day_at(t, step)
        if d2 and d2[0] > day:
            day2, jj = d2
            j = jj
    if t.get(j) == "من":
        j += 1
    data = {"day": day}
    if day2:
        data["day2"] = day2
    if wd:
        data["weekday"] = wd
    mo = _month_at(t, j)
    if mo:
        month, system, j, _amb = mo
        data["month"] = month
        data["calendar"] = "hijri" if system == "hijri" else "greg"
        yp = _year_part(t, j)
        if yp:
            j = _take_year_part(data, yp)
            if data.get("year"):
                # a dateline's clock after the full date (الأربعاء، 13 يونيو 2018 01:00 م) is one expression
                clock, j = _clock_after(t, j)
                if clock:
                    data["clock"] = clock
        else:
            m = _modifier_at(t, j)
            if m:
                data["month_mod"], j = m
        return Mention(0, 0, "date", "DATE", data), j
    # day of a month named before: "في الثاني عشر من الشهر نفسه", "الخامس من الشهر التالي"
    ana = _ana_at(t, j, prefix_ok=False)
    if ana and ana[0] == "M" and not ana[4]:
        data["month_ana"] = ana[1]
        return Mention(0, 0, "date", "DATE", data), ana[3]
    # day of a relative month: "الحادي عشر من الشهر الحالي"
    if t.get(j) in ("الشهر", "شهر") or (t.get(j) == "هذا" and t.get(j + 1) == "الشهر"):
        if t.get(j) == "هذا":
            data["rel_month"] = 0
            return Mention(0, 0, "date", "DATE", data), j + 2
        m = _modifier_at(t, j + 1)
        if m:
            data["rel_month"] = m[0]
            return Mention(0, 0, "date", "DATE", data), m[1]
    return None


def _take_year_part(data: dict, yp) -> int:
    """Record what ``_year_part`` found (a year, maybe Hijri, or a modifier like الماضي) in
    ``data``; return the index after it."""
    (tag, *vals), j = yp
    if tag == "year":
        data["year"] = vals[0]
        if vals[1] == "hijri":
            data["calendar"] = "hijri"
    elif tag == "year_ana":
        data["year_ana"] = vals[0]
    else:
        data["year_mod"] = vals[0]
    return j


def _m_month(t: _Toks, i: int):
    """[شهر] MONTH [YEAR | MOD | من العام MOD]."""
    j = i
    shahr = False
    if t.get(j) in _SHAHR:
        shahr = True
        j += 1
    mo = _month_at(t, j)
    if not mo:
        return None
    month, system, j, ambiguous = mo
    data = {"month": month, "calendar": "hijri" if system == "hijri" else "greg"}
    yp = _year_part(t, j)
    if yp:
        return Mention(0, 0, "date", "DATE", data), _take_year_part(data, yp)
    m = _modifier_at(t, j)
    if m:
        data["month_mod"], j = m
        return Mention(0, 0, "date", "DATE", data), j
    if ambiguous and not shahr:
        return None
    if system == "hijri" and not shahr:
        return None  # رمضان, رجب alone are names as often as months
    return Mention(0, 0, "date", "DATE", data), j


def _m_year(t: _Toks, i: int):
    """[عام|سنة] YEAR [هـ] [/YEAR]; a bare 4-digit number counts as a year only if no count noun follows."""
    k = K()
    j = i
    loose = False
    if t.get(j) in k.year_words:
        j += 1
        loose = True
    y = _year_at(t, j, loose)
    if not y:
        return None
    year, cal, j = y
    if not loose:
        if cal == "greg" and not (1800 <= year <= 2100):
            return None
        nxt = t.get(j)
        if nxt in k.not_year_next or (nxt[:1] in "وبل" and nxt[1:] in k.not_year_next):
            return None
        # 2,500 / 2.5 are numbers, not years; a 4-digit number glued to a separator is not a year
        if t.get(i - 1) in ("$", "€", "£"):
            return None
    data = {"year": year, "calendar": cal}
    # 2010/2011, 2010-2011
    if t.get(j) in ("/", "-", "–") and _year_at(t, j + 1):
        y2 = _year_at(t, j + 1)
        if y2[0] > year and y2[0] - year < 50:
            data["year2"] = y2[0]
            j = y2[2]
    return Mention(0, 0, "year", "DATE", data), j


HIJRI_YEARS = (1300, 1500)  # 1882-2077 AD: a four-digit year here in a numeric date is Hijri


_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2})?$")


def _clock_after(t: _Toks, j: int) -> tuple[Optional[tuple[int, int]], int]:
    """A clock time right after a date, as datelines write it: "2017-12-04 14:43", "23-03-2019, 02:13",
    "2016-03-02 - 7:10 م" (م / مساء after it: afternoon; ص / صباحا: morning)."""
    k = j + 1 if t.get(j) in ("-", ",", "،", "|") else j
    m = _CLOCK.match(t.get(k))  # the tokenizer keeps 14:43 (and 14:43:05) one token
    if not m:
        return None, j
    h, m = int(m.group(1)), int(m.group(2))
    k += 1
    if t.get(k) in ("م", "مساء"):
        h, k = h + 12 if h < 12 else h, k + 1  # 21:04 م: the mark is written after a 24-hour clock too
    elif t.get(k) in ("ص", "صباحا"):
        k += 1
    if h > 23 or m > 59:
        return None, j
    return (h, m), k


def _m_numeric_date(t: _Toks, i: int):
    """22/8/2024, 22-08-2024, 22.8.2024 (day first, as the Arab press writes), 2024/08/22, 07-أبريل-2022
    (a month name between the separators); spaces allowed; a clock time after it joins it."""
    a, s1, b, s2, c = (t.get(i + k) for k in range(5))
    if a.isdigit() and c.isdigit() and s1 == s2 and s1 in ("/", "-") and not b.isdigit() and len(c) == 4:
        hit = _phrase_at(t, i + 2, K().months, 1)
        if hit and hit[1] == i + 3 and 1 <= int(a) <= 31:
            (mo, system), y, d = hit[0], int(c), int(a)
            if system != "hijri" and _valid(y, mo, d):
                data = {"year": y, "month": mo, "day": d, "calendar": "greg"}
                clock, j = _clock_after(t, i + 5)
                if clock:
                    data["clock"] = clock
                return Mention(0, 0, "date", "DATE", data), j
    j = i + 5
    dotted = re.fullmatch(r"(\d{4})\.(\d{1,2})\.(\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4})", a)
    if dotted:  # 2023.09.03, 3.9.2023: the tokenizer keeps a dotted date one token
        g = dotted.groups()
        a, b, c = g[:3] if g[0] else g[3:]
        s1 = s2 = "."
        j = i + 1
    if not (a.isdigit() and b.isdigit() and c.isdigit() and s1 == s2 and s1 in ("/", "-", ".")):
        return None
    if len(a) == 4:
        y, mo, d = int(a), int(b), int(c)
    elif len(c) == 4 or (len(c) == 2 and s1 == "/"):
        d, mo, y = int(a), int(b), int(c)
        if mo > 12 and d <= 12:
            d, mo = mo, d  # 4/22/1948: month first when day first cannot be
        if len(c) == 2:
            y += 2000 if y < 50 else 1900
    else:
        return None
    if not _valid(y, mo, d):
        return None
    # 11-10-1436هـ, 27/7/1436ه: a Hijri marker after it, or a year no Gregorian date of our news has
    hijri = t.get(j) in K().hijri_markers or HIJRI_YEARS[0] <= y <= HIJRI_YEARS[1]
    if t.get(j) in K().hijri_markers:
        j += 1
    if hijri and d > 30:
        return None
    data = {"year": y, "month": mo, "day": d, "calendar": "hijri" if hijri else "greg"}
    clock, j = _clock_after(t, j)
    if clock:
        data["clock"] = clock
    return Mention(0, 0, "date", "DATE", data), j


def _m_relday(t: _Toks, i: int):
    """[daypart] أمس/اليوم/غدا/بعد غد [WEEKDAY]; الليلة الماضية."""
    k = K()
    j = i
    daypart = None
    if t.get(j) in k.dayparts and j + 1 < len(t):
        daypart = k.dayparts[t.get(j)]
        j += 1
    if t.get(i) in _NIGHT and t.get(i + 1) in k.modifiers:
        off = k.modifiers[t.get(i + 1)]
        return Mention(0, 0, "relday", "TIME", {"offset": off if off else 0, "daypart": "NI"}), i + 2
    hit = _phrase_at(t, j, k.reldays, 3)
    if not hit:
        return None
    off, j2 = hit
    first = t.get(j)
    if first.endswith("اليوم") or first == "اليوم":
        prev = t.get(i - 1)
        if prev in ("ذلك", "نفس", "ذات"):
            return None  # في ذلك اليوم: a day already named, not today (_m_anaphor)
        nxt = t.get(j2)
        if off == 0 and nxt.startswith("ال") and nxt not in k.weekdays and nxt not in k.modifiers:
            return None  # اليوم العالمي, اليوم الأول: not "today"
        if nxt in ("من",) and t.get(j2 + 1) in ("الشهر", "شهر"):
            return None
    data = {"offset": off}
    typ = "DATE"
    if daypart:
        data["daypart"] = daypart
        typ = "TIME"
    # the weekday beside it is one expression with it (اليوم الاثنين); in brackets (أمس (الأحد)) it is its
    # own expression naming the same day (GUIDELINES: a bracketed part is its own span), its weekday read here
    if t.get(j2) in k.weekdays:
        data["weekday"] = k.weekdays[t.get(j2)]
        j2 += 1
    elif t.get(j2) == "(" and t.get(j2 + 1) in k.weekdays and t.get(j2 + 2) == ")":
        data["weekday"] = k.weekdays[t.get(j2 + 1)]
    return Mention(0, 0, "relday", typ, data), j2


def _m_weekday(t: _Toks, i: int):
    """[يوم|daypart] WEEKDAY [MOD]."""
    k = K()
    j = i
    daypart = None
    if t.get(j) in _YAWM:
        j += 1
    elif t.get(j) in k.dayparts:
        daypart = k.dayparts[t.get(j)]
        j += 1
    w = _strip_prefix(t.get(j), k.weekdays) if t.get(j) not in k.weekdays else t.get(j)
    if w is None or not w.startswith("ال"):
        return None
    if w == "الاحد" and t.get(j + 1) in ("عشر", "عشره"):
        return None
    data = {"weekday": k.weekdays[w]}
    j += 1
    m = _modifier_at(t, j)
    if m:
        data["mod"], j = m
    if daypart:
        data["daypart"] = daypart
    return Mention(0, 0, "weekday", "TIME" if daypart else "DATE", data), j


def _m_relunit(t: _Toks, i: int, bare_ok: bool = False):
    """الشهر الماضي, العام الحالي, الأسبوع المقبل, هذا العام, القرن الماضي."""
    k = K()
    j = i
    this = False
    if t.get(j) in _THIS:
        this = True
        j += 1
    w = t.get(j)
    unit = k.calunits.get(w) or (k.calunits.get(w[1:]) if w[:1] in "وبل" and len(w) > 3 else None)
    if not unit:
        return None
    if unit == "D":
        return None  # اليوم is handled by the deictic rule
    if unit == "Y" and not this and i > 0 and _strip_prefix(t.get(i - 1), k.general_nouns):
        return None  # المدعي العام السابق: العام is "general" (resources/times/general_nouns.txt)
    j += 1
    if this:
        off = 0
    else:
        m = _modifier_at(t, j)
        if m:
            off, j = m
            if t.get(j - 1) in ("هذا", "هذه"):
                off = 0
        elif bare_ok and unit in ("M", "Y", "W") and w.startswith(("ال", "وال", "بال", "لل")):
            off = 0
        else:
            return None
    if unit == "CE":
        return Mention(0, 0, "century", "DATE", {"offset": off}), j
    if unit == "DE":
        return Mention(0, 0, "relunit", "DATE", {"unit": "DE", "offset": off}), j
    return Mention(0, 0, "relunit", "DATE", {"unit": unit, "offset": off}), j


def _m_century_decade(t: _Toks, i: int):
    """القرن التاسع عشر / القرن الحادي والعشرين; الخمسينيات [من القرن الماضي/العشرين].

    A decade followed by its century (الخمسينيات من القرن الماضي, العقد الأول من القرن العشرين) is two
    expressions, as TimeML marks them: the decade, whose value the century fixes (1950/1959), then the
    century on its own (1900/1999), read by the next rule."""
    k = K()
    w = t.get(i)
    core = _strip_prefix(w, k.decades)
    if core:
        century = None
        if t.get(i + 1) == "من" and t.get(i + 2) in ("القرن",):
            o = parse_ordinal(t.w, i + 3)
            if o:
                century = o[0] - 1
            elif t.get(i + 3) in k.modifiers:
                century = ("rel", k.modifiers[t.get(i + 3)])
        return Mention(0, 0, "decade", "DATE", {"decade": k.decades[core], "century": century}), i + 1
    if _strip_prefix(w, {"العقد"}) is not None:
        # العقد الأول من القرن العشرين → 190; without a century the twentieth is not assumed
        o = parse_ordinal(t.w, i + 1)
        if o and 1 <= o[0] <= 10 and t.get(i + 1 + o[1]) == "من" and t.get(i + 2 + o[1]) == "القرن":
            j = i + 3 + o[1]
            c = parse_ordinal(t.w, j)
            if c:
                return Mention(0, 0, "decade", "DATE", {"decade": o[0] - 1, "century": c[0] - 1}), i + 1 + o[1]
            if t.get(j) in k.modifiers:
                return Mention(0, 0, "decade", "DATE",
                               {"decade": o[0] - 1, "century": ("rel", k.modifiers[t.get(j)])}), i + 1 + o[1]
        return None
    if _strip_prefix(w, {"القرن"}) is None:
        return None
    o = parse_ordinal(t.w, i + 1)
    if o and 1 <= o[0] <= 25:
        return Mention(0, 0, "century", "DATE", {"century": o[0] - 1}), i + 1 + o[1]
    return None


def _number_at(t: _Toks, i: int):
    """A count for a duration: digits or number words. Returns (value, end)."""
    w = t.get(i)
    if w and w[0].isdigit():
        v = parse_digits(w)
        if v is None:
            return None
        return v, i + 1
    c = parse_cardinal(t.w, i, first_prefixes=True)
    if c and c[0] is not None and c[2] == "exact":
        return c[0], i + c[1]
    return None


def _fmt_num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


def _m_duration(t: _Toks, i: int):
    """[qualifier] NUMBER UNIT | dual UNIT | cue + singular UNIT; قبل/بعد + that = a date."""
    k = K()
    j = i
    direction = None
    if t.get(j) in _AGO:
        direction = -1 if t.get(j) == "قبل" else 1
        j += 1
    qual = None
    for q in _QUALIFIERS:
        if tuple(t.w[j:j + len(q)]) == q:
            qual = q
            j += len(q)
            break
    num = _number_at(t, j)
    if num:
        n, jj = num
        u = t.get(jj)
        core = _strip_prefix(u, k.durunits) if u not in k.durunits else u
        if core and k.durunits[core][1] in (1, 3) and n > 0:
            unit = k.durunits[core][0]
            return _duration(n, unit, direction), jj + 1
    # dual or bare unit: عامين, العامين, في غضون عامين
    u = t.get(j)
    core = u if u in k.durunits else None
    if core is None and u.startswith("ال") and u[2:] in k.durunits:
        core = u[2:]
    if core is None:
        core = _strip_prefix(u, k.durunits)
        if core and k.durunits[core][1] != 2:
            core = None  # a proclitic on a bare singular unit (بعام) is too vague
    if core:
        unit, cnt = k.durunits[core]
        if cnt == 3:
            return None  # خلال أشهر: a plural with no number says no length (the annotators mark it or not)
        if cnt == 1 and u == core and t.get(j + 1) in _ONE:
            return _duration(1, unit, direction), j + 2  # أسبوع واحد, يوما واحدا: "one week"
        if cnt == 2:
            if direction is None and t.get(j + 1) in k.modifiers:
                return None  # العامين الماضيين: a period, read as reference elsewhere
            return _duration(2, unit, direction), j + 1
        if cnt == 1 and u == core and t.get(j + 1) in k.cues_after and unit not in ("DE", "CE") \
                and not (unit == "D" and t.get(j + 1) in k.another):
            return _duration(1, unit, direction), j + 2  # ساعة كاملة, شهرا كاملا, ساعة أخرى
        if (qual or t.get(i - 1) in k.cues or (t.get(i - 1) == "في" and t.get(i - 2) == "غضون")) \
                and not u.startswith("ال") and u == core and unit not in ("D", "DE", "CE"):
            nxt = t.get(j + 1)
            if nxt.isdigit() or nxt in k.modifiers:
                return None  # خلال عام 2014 / خلال العام الحالي: a date, other rules
            return _duration(1, unit, direction), j + 1
    return None


_ONE = ("واحد", "واحده", "واحدا", "واحدة")


def _duration(n: float, unit: str, direction: Optional[int]) -> Mention:
    if direction is not None:
        return Mention(0, 0, "ago", "DATE", {"n": n, "unit": unit, "dir": direction})
    return Mention(0, 0, "duration", "DURATION", {"value": _dur_value(n, unit)})


def _dur_value(n: float, unit: str) -> str:
    if unit in ("H", "MIN", "S"):
        return f"PT{_fmt_num(n)}{'M' if unit == 'MIN' else unit}"
    return f"P{_fmt_num(n)}{unit}"


def _m_set(t: _Toks, i: int):
    k = K()
    w = t.get(i)
    core = _strip_prefix(w, k.sets) if w not in k.sets else w
    if core:
        return Mention(0, 0, "set", "SET", {"value": k.sets[core]}), i + 1
    if w in _EVERY:
        j = i + 1
        # كل نهاية شهر, كل مطلع عام: "every end of a month" recurs as its unit does; the part only narrows
        # each occurrence (the set's value stays the unit's period, as for نهاية كل شهر below)
        part = t.get(j) in k.parts and t.get(j + 1) in k.durunits
        if part:
            j += 1
        num = None if part else _number_at(t, j)
        n = 1
        if num:
            n, j = num
        u = t.get(j)
        if u in k.durunits:
            unit, cnt = k.durunits[u]
            if cnt == 2:
                n = 2
            return Mention(0, 0, "set", "SET", {"value": _dur_value(n, unit)}), j + 1
    return None


def _m_season(t: _Toks, i: int):
    k = K()
    w = t.get(i)
    core = _strip_prefix(w, k.seasons) if w not in k.seasons else w
    if not core:
        return None
    j = i + 1
    data = {"season": k.seasons[core]}
    nxt = t.get(j)
    if nxt in ("العربي", "العربيه", "براغ", "دمشق"):
        return None
    yp = _year_part(t, j)
    if yp and yp[0][0] == "year":
        data["year"] = yp[0][1]
        return Mention(0, 0, "season", "DATE", data), yp[1]
    m = _modifier_at(t, j)
    if m:
        data["mod"], j = m
        return Mention(0, 0, "season", "DATE", data), j
    if not core.startswith("ال") and (nxt.startswith("ال") or nxt in ("من",)):
        return None  # شتاء العام, صيف من: a construct read elsewhere or not a date
    return Mention(0, 0, "season", "DATE", data), j


_PM = ("مساء", "مساءا", "ليلا", "عصرا", "ظهرا")  # after the hour: afternoon, evening, night
_AM = ("صباحا", "فجرا")


def _m_clock(t: _Toks, i: int):
    """الساعة 10:30 / الساعة التاسعة [صباحا|مساء]."""
    if t.get(i) not in _HOUR:
        return None
    j = i + 1
    w = t.get(j)
    hh = mm = None
    m = re.match(r"^(\d{1,2})(?::(\d{2}))?$", w)
    if m and int(m.group(1)) <= 24:
        hh, mm = int(m.group(1)), int(m.group(2) or 0)
        j += 1
    else:
        o = parse_ordinal(t.w, j)
        if o and 1 <= o[0] <= 12:
            hh, mm = o[0], 0
            j += o[1]
    if hh is None:
        return None
    ampm = t.get(j)
    if ampm in _PM and hh < 12:
        hh += 12 if ampm != "ظهرا" or hh < 11 else 0
        j += 1
    elif ampm in _AM:
        j += 1
    # the day after the hour is one expression with it: الساعة الخامسة من عصر اليوم, الساعة العاشرة مساء
    # أمس, الساعة الرابعة فجر اليوم الأربعاء; the part of the day tells the afternoon from the morning
    k = j + 1 if t.get(j) == "من" else j
    day = _m_anaphor(t, k) or _m_relday(t, k) or _m_weekday(t, k)
    if day and day[0].kind == "anaphor" and (day[0].data["unit"] != "D" or day[0].data.get("shift")):
        day = None
    if day and day[0].kind in ("relday", "weekday", "anaphor"):
        data = dict(day[0].data)
        part = data.pop("daypart", None)
        if ampm not in _PM and ampm not in _AM:
            if (part in ("AF", "EV") and hh < 12) or (part == "NI" and 6 <= hh < 12) or (part == "MI" and hh <= 5):
                hh += 12
        data["clock"] = (hh % 24, mm)
        return Mention(0, 0, day[0].kind, "TIME", data), day[1]
    return Mention(0, 0, "clock", "TIME", {"hh": hh % 24, "mm": mm}), j



# ---------------------------------------------------------------------------------- anaphoric times
# A calendar unit with a word that points back (اليوم نفسه, ذلك اليوم, تلك الليلة, العام التالي, الشهر السابق),
# or "after/before that by" a count (بعد ذلك بيومين, بعدها بثلاثة أيام): a time counted from the last time
# the article named, not from its date. The words are in resources/times/anaphora_*.tsv; ``annotate`` finds
# the antecedent (marsad/extract/times/__init__.py) and ``resolve_anaphor`` gives the value.
_RELATIVE = ("الذي", "التي")  # ذلك اليوم الذي ...: the day the clause after it tells, not one named before


def _ana_unit(t: _Toks, j: int, prefix_ok: bool):
    """The unit word of an anaphoric form at j (a proclitic allowed when ``prefix_ok``): (unit, part)."""
    k = K()
    w = t.get(j)
    if w in k.ana_units:
        return k.ana_units[w]
    if not prefix_ok:
        return None
    core = _strip_prefix(w, k.ana_units)
    if core is None and w.startswith("لل") and "ال" + w[2:] in k.ana_units:
        core = "ال" + w[2:]  # للعام السابق: ل + العام
    return k.ana_units[core] if core else None


def _ana_at(t: _Toks, i: int, prefix_ok: bool = True):
    """An anaphoric unit at i: (unit, offset, part, end, cataphoric) or None."""
    k = K()
    w = t.get(i)
    before = w if w in k.ana_before else (_strip_prefix(w, k.ana_before) if prefix_ok else None)
    if before:
        j = i + 1
        if t.get(j) in k.ana_before and t.get(j) != before:
            j += 1  # نفس ذلك اليوم
        u = _ana_unit(t, j, False)
        if not u:
            return None
        unit, part = u
        nxt = t.get(j + 1)
        if unit == "D" and part is None and nxt in k.weekdays:
            return None  # ذلك اليوم الثلاثاء 20 جمادى الأولى: the weekday's date is read by other rules
        hit = _phrase_at(t, j + 1, k.ana_after, 3, prefix_ok=False)
        if hit and hit[0] == 0:
            return unit, 0, part, hit[1], False  # في ذلك اليوم نفسه
        return unit, k.ana_before[before], part, j + 1, nxt in _RELATIVE
    u = _ana_unit(t, i, prefix_ok)
    if not u:
        return None
    unit, part = u
    hit = _phrase_at(t, i + 1, k.ana_after, 3, prefix_ok=False)
    if not hit:
        return None
    if unit == "Y" and i > 0:
        prev = t.get(i - 1)
        if prev in k.general_nouns or _strip_prefix(prev, k.general_nouns):
            return None  # المدعي العام السابق: a former attorney general
    return unit, hit[0], part, hit[1], False


def _m_anaphor(t: _Toks, i: int):
    """[daypart] (ذلك|نفس|ذات UNIT | UNIT نفسه|التالي|السابق|الذي تلاه...) | بعد ذلك|بعدها ب + COUNT UNIT."""
    k = K()
    shift = _phrase_at(t, i, k.ana_shifts, 2)
    if shift:
        sign, j = shift
        w = t.get(j)
        if not w.startswith("ب"):
            return None
        n, unit = None, None
        if w == "ب":
            num = _number_at(t, j + 1)  # بـ 3 أيام
            if num and num[0] > 0:
                n, jj = num
                u = k.durunits.get(t.get(jj))
                if u and u[1] in (1, 3):
                    unit, j = u[0], jj + 1
        else:
            u = k.durunits.get(w[1:])
            if u and u[1] in (1, 2):
                n, unit, j = u[1], u[0], j + 1  # بيوم, بيومين, بعام
                if u[1] == 1 and t.get(j) in _ONE:
                    j += 1
            elif not u:
                num = _number_at(t, j)  # بثلاثة أيام
                if num and num[0] > 0 and float(num[0]).is_integer():
                    u = k.durunits.get(t.get(num[1]))
                    if u and u[1] in (1, 3):
                        n, unit, j = num[0], u[0], num[1] + 1
        if unit not in ("D", "W", "M", "Y"):
            return None
        if unit == "W":
            unit, n = "D", n * 7
        return Mention(0, 0, "anaphor", "DATE", {"unit": unit, "offset": sign * int(n), "shift": True}), j
    j = i
    daypart = None
    dp = t.get(j) if t.get(j) in k.dayparts else _strip_prefix(t.get(j), k.dayparts)
    if dp and j + 1 < len(t):
        daypart, j = k.dayparts[dp], j + 1
    ana = _ana_at(t, j, prefix_ok=j == i)
    if not ana:
        return None
    unit, off, part, end, cata = ana
    if daypart and unit != "D":
        return None
    part = daypart or part
    data = {"unit": unit, "offset": off}
    if unit in ("D", "M") and off == 0 and not cata and t.get(end) == "من":
        # الشهر نفسه من العام الماضي: the month named before, in the year said after it
        yp = _year_part(t, end)
        if yp:
            end = _take_year_part(data, yp)
    if part:
        data["daypart"] = part
    if cata:
        data["cataphoric"] = True
    if unit == "D" and t.get(end) in k.weekdays:
        data["weekday"] = k.weekdays[t.get(end)]  # في اليوم التالي السبت: one expression, as اليوم السبت
        end += 1
    return Mention(0, 0, "anaphor", "TIME" if part else "DATE", data), end


def _m_ref(t: _Toks, i: int):
    hit = _phrase_at(t, i, K().refs, 4)
    if not hit:
        return None
    return Mention(0, 0, "ref", "DATE", {"value": hit[0]}), hit[1]


# _m_anaphor before _m_relday and _m_relunit: on a tie (العام السابق, الشهر ذاته) the anaphoric reading wins
_RULES = (_m_numeric_date, _m_date, _m_month, _m_year, _m_anaphor, _m_relday, _m_weekday, _m_relunit,
          _m_century_decade, _m_duration, _m_set, _m_season, _m_clock, _m_ref)


def _pre(words, prefixes=_PREFIXES) -> set:
    """``words`` and each of them behind each proclitic of ``prefixes``."""
    words = set(words)
    return words | {p + w for p in prefixes for w in words}


def _firsts(table: dict) -> set:
    """The first words of a phrase table's keys (tuples of words)."""
    return {key[0] for key in table if key}


@lru_cache(maxsize=None)
def _first_words() -> tuple[dict, tuple, frozenset]:
    """The rules indexed by the word they can start on: (word -> the rules, in ``_RULES`` order;
    the rules that can start on a number token; the words that can start a period part).

    Each set below over-approximates what its rule accepts at its first token (the literal words
    it tests, its tables' words with every proclitic the rule strips): a rule left out of a word's
    entry could not match there, so ``parse`` finds exactly what trying every rule everywhere
    finds, at a fraction of the calls (most tokens of a news text start no time expression).
    """
    k = K()
    ordinals = set(ordinal_words()) | set(ordinal_tens())
    starts = {
        _m_numeric_date: set(),
        _m_date: set(_YAWM) | set(k.weekdays) | _pre(ordinals, ("و", "ب", "ل", "ف", "وب", "وا")),
        _m_month: set(_SHAHR) | _pre(_firsts(k.months)),
        _m_year: set(k.year_words) | {"("},
        _m_relday: set(k.dayparts) | set(_NIGHT) | _pre(_firsts(k.reldays)),
        _m_weekday: set(_YAWM) | set(k.dayparts) | _pre(k.weekdays),
        _m_relunit: set(_THIS) | _pre(k.calunits, ("و", "ب", "ل")),
        _m_century_decade: _pre(set(k.decades) | {"العقد", "القرن"}),
        _m_duration: (set(_AGO) | {q[0] for q in _QUALIFIERS} | _pre(number_words(), _FIRST_PREFIXES)
                      | _pre(k.durunits) | {"ال" + u for u in k.durunits}),
        _m_set: _pre(k.sets) | set(_EVERY),
        _m_season: _pre(k.seasons),
        _m_clock: set(_HOUR),
        _m_ref: _pre(_firsts(k.refs)),
        _m_anaphor: (_pre(_firsts(k.ana_shifts)) | _pre(k.ana_before) | _pre(k.ana_units)
                     | {"لل" + u[2:] for u in k.ana_units} | _pre(k.dayparts)),
    }
    assert set(starts) == set(_RULES)
    index: dict[str, tuple] = {}
    for word in set().union(*starts.values()):
        index[word] = tuple(r for r in _RULES if word in starts[r])
    # digits (2024, 22, 14:43, 2,500) start a numeric date, a day, a year or a count
    numeric = (_m_numeric_date, _m_date, _m_year, _m_duration)
    return index, numeric, frozenset(_pre(k.parts))


def _rules_at(w: str, index: dict, numeric: tuple) -> tuple:
    rules = index.get(w, ())
    if w[:1].isdigit():  # every digit test of the rules (isdigit, w[0].isdigit) needs this
        rules = tuple(r for r in _RULES if r in numeric or r in rules)
    return rules


def parse(text: str, exhaustive: bool = False) -> list[Mention]:
    """All time expressions of ``text``, unresolved, with offsets into ``text``.

    At each token only the rules that can start on that word are tried (``_first_words``);
    ``exhaustive=True`` tries every rule at every token instead, the reference the index is tested
    against (same output, several times slower).
    """
    norm, idx = normalize_with_map(text)
    t = _Toks(norm)
    k = K()
    index, numeric, part_words = _first_words()
    out: list[Mention] = []
    i = 0
    n = len(t)
    while i < n:
        best = None
        w = t.w[i]
        if not exhaustive and w not in index and w not in part_words and not w[:1].isdigit():
            i += 1  # no rule starts on this word and it is no period part (what the tests below find)
            continue
        for rule in (_RULES if exhaustive else _rules_at(w, index, numeric)):
            r = rule(t, i)
            if r and r[1] > i and (best is None or r[1] > best[1]):
                best = r
        # a period part before a date, a year or a calendar unit: نهاية عام 2021, مطلع العام الحالي
        part = None
        if exhaustive or w in part_words:
            part = _strip_prefix(w, k.parts) if w not in k.parts else w
        if part and i + 1 < n:
            j = i + 1
            if t.get(j) in ("شهر",) and t.get(j + 1) in ("من",):
                j += 1
            # ... or before a recurring unit: نهاية كل شهر (every end of a month) is one expression
            for rule in (_m_date, _m_month, _m_year, _m_anaphor, _m_relunit, _m_century_decade, _m_set):
                r = rule(t, j) if rule is not _m_relunit else rule(t, j, bare_ok=True)
                if r and (best is None or r[1] > best[1]):
                    r[0].data["part"] = k.parts[part]
                    best = r
        if best:
            m, j = best
            s, e = map_span(idx, t.items[i][1], t.items[j - 1][2], len(text))
            m.start, m.end = s, e
            out.append(m)
            i = j
        else:
            i += 1
    return _join_adjacent(text, _with_english_dates(text, out))


# --------------------------------------------------------------------- whole expressions over mentions
# A day name or a relative day beside a full date is one expression (GUIDELINES: الجمعة 17 نوفمبر 2023,
# أمس الخميس الموافق 2 يناير); so is "يوم" before a date (يوم 14 شباط). What may stand between them:
# a comma or dash, الموافق ("corresponding to"). A date in brackets after the day (اليوم السبت (26 أغسطس
# 2017)) is an apposition, an expression of its own as the annotators mark it; the day name still dates it
# when it has no year.
_JOIN_GAP = re.compile(r"^\s*(?:[،,:\-–—]\s*)?(?:(?:ال)?موافق\s*(?:[:ل]\s*)?)?$")
_APPOSED = re.compile(r"^\s*[،,]?\s*\(\s*$")
_YAWM_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[وب]?(يوم)\s+$")


def _join_adjacent(text: str, ms: list) -> list:
    out: list = []
    for m in ms:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind in ("relday", "weekday") and m.kind == "date"
                and m.data.get("day") and _JOIN_GAP.match(text[prev.end:m.start])):
            data = dict(m.data)
            if prev.data.get("weekday") and not data.get("weekday"):
                data["weekday"] = prev.data["weekday"]  # dates a year-less date: اليوم الأحد 19 نوفمبر
            out[-1] = Mention(prev.start, m.end, "date", m.type, data)
            continue
        if (prev is not None and prev.kind == "relday" and m.kind == "weekday" and prev.data.get("weekday")
                and re.match(r"^\s*\(\s*$", text[prev.end:m.start])):
            m = Mention(m.start, m.end, "relday", prev.type, dict(prev.data))  # اليوم (الاثنين): the same day
        if (prev is not None and prev.kind in ("relday", "weekday") and m.kind == "date" and m.data.get("day")
                and _APPOSED.match(text[prev.end:m.start])):
            # the two name one day: the bracketed date gives the day name its date, the day name the
            # date its year when it has none
            data = dict(m.data)
            if prev.data.get("weekday") and not data.get("weekday"):
                data["weekday"] = prev.data["weekday"]
            out[-1] = Mention(prev.start, prev.end, "date", m.type, data)
            m = Mention(m.start, m.end, m.kind, m.type, data)
        # "يوم" before a date or before أمس / غد is part of it (يوم أمس الإثنين), as before a day name
        if (m.kind == "date" and m.data.get("day")) or (m.kind == "relday" and m.data.get("offset")):
            y = _YAWM_BEFORE.search(text, max(0, m.start - 6), m.start)
            if y and (not out or out[-1].end <= y.start()):
                m = Mention(y.start(1), m.end, m.kind, m.type, m.data)
        out.append(m)
    return out


_EN_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_EN_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_EN_MONTH = "|".join(sorted(_EN_MONTHS, key=len, reverse=True))
# "October 3, 2021" and "3 October 2021" in bylines and datelines of Arabic pages
_EN_DATE = re.compile(rf"\b(?:({_EN_MONTH})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})|(\d{{1,2}})\s+({_EN_MONTH})\.?,?\s+(\d{{4}}))\b",
                      re.IGNORECASE)


def _with_english_dates(text: str, ms: list) -> list:
    """The mentions with English dates written in Latin letters added; a mention inside one (its year)
    gives way to it."""
    if not re.search(r"[A-Za-z]", text):
        return ms
    found = []
    for e in _EN_DATE.finditer(text):
        mon, day, year = (e.group(1), e.group(2), e.group(3)) if e.group(1) else (e.group(5), e.group(4), e.group(6))
        mo, d, y = _EN_MONTHS[mon.lower()], int(day), int(year)
        if 1 <= d <= 31:
            found.append(Mention(e.start(), e.end(), "date", "DATE", {"year": y, "month": mo, "day": d}))
    if not found:
        return ms
    kept = [m for m in ms if not any(f.start < m.end and m.start < f.end for f in found)]
    return sorted(kept + found, key=lambda m: m.start)


# ---------------------------------------------------------------------------------- resolution
def _iso(y, m=None, d=None) -> str:
    ys = f"{y:04d}" if y is not None else "XXXX"
    if m is None and d is None:
        return ys
    ms = f"{m:02d}" if m is not None else "XX"
    if d is None:
        return f"{ys}-{ms}"
    return f"{ys}-{ms}-{d:02d}"


def _valid(y, m, d) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except (ValueError, TypeError):
        return False


def weekday_year(month: int, day: int, weekday: int, near: dt.date) -> Optional[int]:
    """The year nearest to ``near`` in which day/month falls on ``weekday`` (ISO, Monday=1)."""
    best = None
    for y in range(near.year - 12, near.year + 13):
        if _valid(y, month, day) and dt.date(y, month, day).isoweekday() == weekday:
            dist = abs((dt.date(y, month, day) - near).days)
            if best is None or dist < best[0]:
                best = (dist, y)
    return best[1] if best else None


def _hijri_value(data: dict) -> Optional[str]:
    from hijridate import Hijri
    y, m, d = data.get("year"), data.get("month"), data.get("day")
    try:
        if y and m and d:
            g = Hijri(y, m, d).to_gregorian()
            v = _iso(g.year, g.month, g.day)
            if data.get("day2"):
                g2 = Hijri(y, m, data["day2"]).to_gregorian()
                v += "/" + _iso(g2.year, g2.month, g2.day)
            return v
        if y and m:
            a = Hijri(y, m, 1)
            g1 = a.to_gregorian()
            g2 = Hijri(y, m, a.month_length()).to_gregorian()
            return f"{_iso(g1.year, g1.month, g1.day)}/{_iso(g2.year, g2.month, g2.day)}"
        if y:
            g1 = Hijri(y, 1, 1).to_gregorian()
            g2 = Hijri(y, 12, Hijri(y, 12, 1).month_length()).to_gregorian()
            return f"{_iso(g1.year, g1.month, g1.day)}/{_iso(g2.year, g2.month, g2.day)}"
    except (ValueError, OverflowError):
        return None
    return None


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    z = y * 12 + (m - 1) + k
    return z // 12, z % 12 + 1


_OUT_OF_CALENDAR = re.compile(r"(?:^|/)(?:-|\d{5}|0000)")


def resolve(m: Mention, a: Anchor) -> tuple[Optional[str], bool]:
    """ISO value of a mention against anchor ``a``; second item: whether the anchor was used.

    Arithmetic that leaves the calendar (قبل 999999999 يوم, قبل 5000 عام, an anchor of 9999-12-31 and
    غدا) gives no value rather than an error or a year that is not ISO 8601 (-2976, 8335357).
    """
    try:
        value, used = _resolve(m, a)
    except (OverflowError, ValueError):
        return None, False
    clock = m.data.get("clock")
    if clock and value is not None and len(value) == 10:
        value += f"T{clock[0]:02d}:{clock[1]:02d}"
    if value is not None and _OUT_OF_CALENDAR.search(value):
        return None, used
    return value, used


def _resolve(m: Mention, a: Anchor) -> tuple[Optional[str], bool]:
    d = m.data
    k = m.kind
    if k in ("duration", "set", "ref"):
        return d["value"], False
    if k == "year":
        if d.get("calendar") == "hijri":
            return _hijri_value({"year": d["year"]}), False
        if d.get("year2"):
            return f"{d['year']:04d}/{d['year2']:04d}", False
        return f"{d['year']:04d}", False
    if k == "date":
        return _resolve_date(d, a)
    if k == "relday":
        if a.date:
            x = a.date + dt.timedelta(days=d["offset"])
            if d.get("weekday") and (x - dt.timedelta(days=1)).isoweekday() == d["weekday"]:
                # "اليوم (الاثنين)" in a paper dated Tuesday was written the day before it was printed:
                # the weekday the text names fixes the day. Further apart, the anchor is trusted.
                x -= dt.timedelta(days=1)
            v = _iso(x.year, x.month, x.day)
        elif a.year and a.month and abs(d["offset"]) <= 2:
            v = f"{a.year:04d}-{a.month:02d}-XX"  # a month-only article date: the day is unknown (GUIDELINES)
        else:
            return None, False
        if d.get("daypart") and a.date:
            v += "T" + d["daypart"]
        return v, True
    if k == "weekday":
        wd = d["weekday"]
        mod = d.get("mod")
        if not a.date:
            if a.year and a.month:
                return f"{a.year:04d}-{a.month:02d}-XX", True  # GUIDELINES: with a month-only date, 2019-11-XX
            return f"XXXX-WXX-{wd}", False
        base = a.date
        delta = (base.isoweekday() - wd) % 7
        if mod is None:
            x = base - dt.timedelta(days=delta)  # news report the recent past: last such day, today included
        elif mod < 0:
            x = base - dt.timedelta(days=delta or 7)
        elif mod > 0:
            x = base + dt.timedelta(days=((wd - base.isoweekday()) % 7) or 7)
        else:
            x = base + dt.timedelta(days=(wd - base.isoweekday()))
        v = _iso(x.year, x.month, x.day)
        if d.get("daypart"):
            v += "T" + d["daypart"]
        return v, True
    if k == "relunit":
        unit, off = d["unit"], d["offset"]
        if unit == "Y" and a.year:
            return f"{a.year + off:04d}", True
        if unit == "M" and a.year and a.month:
            y, mo = _add_months(a.year, a.month, off)
            return _iso(y, mo), True
        if unit == "W" and a.date:
            x = a.date + dt.timedelta(weeks=off)
            iy, iw, _ = x.isocalendar()
            return f"{iy:04d}-W{iw:02d}", True
        # an anchor without its month or day: what is unknown is X (GUIDELINES), within the anchor's year
        if off == 0 and unit == "M" and a.year:
            return f"{a.year:04d}-XX", True
        if off == 0 and unit == "W" and a.year:
            return f"{a.year:04d}-WXX", True
        if unit == "DE" and a.year:
            return f"{(a.year // 10) + off:03d}", True
        return None, False
    if k == "century":
        if "century" in d:
            return f"{d['century']:02d}", False
        if a.year:
            return f"{a.year // 100 + d['offset']:02d}", True
        return None, False
    if k == "decade":
        c = d.get("century")
        used = False
        if isinstance(c, tuple):
            if not a.year:
                return None, False
            c, used = a.year // 100 + c[1], True
        if c is None:
            c = 19
        return f"{c:02d}{d['decade']}", used
    if k == "ago":
        n, unit, sign = d["n"], d["unit"], d["dir"]
        if not float(n).is_integer():
            return None, False
        n = int(n) * sign
        if unit == "Y" and a.year:
            return f"{a.year + n:04d}", True
        if unit == "DE" and a.year:
            return f"{a.year + 10 * n:04d}", True
        if unit == "M" and a.year and a.month:
            return _iso(*_add_months(a.year, a.month, n)), True
        if unit in ("D", "W") and a.date:
            x = a.date + dt.timedelta(days=n * (7 if unit == "W" else 1))
            return _iso(x.year, x.month, x.day), True
        if unit in ("H", "MIN", "S") and a.date:
            return _iso(a.year, a.month, a.day), True
        return None, False
    if k == "season":
        if d.get("year"):
            return f"{d['year']:04d}-{d['season']}", False
        if a.year:
            return f"{a.year + (d.get('mod') or 0):04d}-{d['season']}", True
        return f"XXXX-{d['season']}", False
    if k == "clock":
        tpart = f"T{d['hh']:02d}:{d['mm']:02d}"
        if a.date:
            return _iso(a.year, a.month, a.day) + tpart, True
        return "XXXX-XX-XX" + tpart, False
    return None, False


def _resolve_date(d: dict, a: Anchor) -> tuple[Optional[str], bool]:
    if d.get("calendar") == "hijri":
        if d.get("year"):
            return _hijri_value(d), False
        if a.date:
            from hijridate import Gregorian
            hy = Gregorian(a.year, a.month, a.day).to_hijri().year
            best = None
            for y in (hy - 1, hy, hy + 1):
                v = _hijri_value(dict(d, year=y))
                if not v:
                    continue
                start = dt.date.fromisoformat(v.split("/")[0])
                dist = abs((start - a.date).days)
                if d.get("month_mod") is not None:
                    ok = (start <= a.date) if d["month_mod"] < 0 else (start > a.date) if d["month_mod"] > 0 else True
                    if not ok:
                        continue
                if best is None or dist < best[0]:
                    best = (dist, v)
            if best:
                return best[1], True
        return None, False
    y, mo, day = d.get("year"), d.get("month"), d.get("day")
    used = False
    if mo is None:
        # a day of a month named relatively: الحادي عشر من الشهر الحالي
        off = d.get("rel_month", 0)
        if a.year and a.month:
            y, mo = _add_months(a.year, a.month, off)
            used = True
    elif y is None:
        if d.get("year_mod") is not None and a.year:
            y, used = a.year + d["year_mod"], True
        elif d.get("month_mod") is not None and a.year:
            off = d["month_mod"]
            used = True
            if off == 0 or a.month is None:
                y = a.year
            elif off < 0:
                # حزيران الماضي: the last June before the anchor month (آب الماضي in August: a year ago)
                y = a.year if mo < a.month else a.year - 1
            else:
                y = a.year if mo > a.month else a.year + 1
        elif d.get("weekday") and day:
            near = a.date or (dt.date(a.year, a.month or 7, 1) if a.year else None)
            if near:
                y, used = weekday_year(mo, day, d["weekday"], near), True
        elif a.year:
            used = True
            y = a.year
            if a.month:
                # the reading nearest the anchor: December named in January is last year's
                if mo - a.month > 6:
                    y = a.year - 1
                elif a.month - mo > 6:
                    y = a.year + 1
    if day is not None and y is not None and mo is not None and not _valid(y, mo, day):
        return None, used
    v = _iso(y, mo, day)
    if d.get("day2"):
        v += "/" + _iso(y, mo, d["day2"])
    return v, used



# ------------------------------------------------------------------------------ anaphoric resolution
_POINT = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?(?:T.*)?$")


def needs_antecedent(m: Mention) -> Optional[str]:
    """The unit an anaphoric mention takes from a time named before it (D, W, M, Y), else None."""
    if m.kind == "anaphor":
        return None if m.data.get("cataphoric") else m.data["unit"]
    if m.data.get("month_ana") is not None:
        return "M"
    if m.data.get("year_ana") is not None and m.data.get("calendar") != "hijri":
        return "Y"
    return None


def time_point(value: Optional[str]) -> Optional[tuple]:
    """(year, month, day, week) an ISO value names, None where it does not say (a range only when both ends
    agree: 2024-08-11/2024-08-12 names August 2024); None for a duration, a set or no value."""
    if not value or value.startswith("P"):
        return None
    points = []
    for v in value.split("/"):
        m = _POINT.match(v)
        if not m:
            return None
        y, mo, d, w = m.groups()
        points.append((None if y == "XXXX" else int(y), int(mo) if mo else None, int(d) if d else None,
                       int(w) if w else None))
    if len(points) == 1:
        return points[0]
    out: list = [None, None, None, None]
    for k in range(3):  # year, then month, then day: each only while the ends agree
        if any(q[k] != points[0][k] for q in points) or points[0][k] is None:
            break
        out[k] = points[0][k]
    return tuple(out)


def fits(point: Optional[tuple], unit: str) -> bool:
    """Whether a time point is precise enough to count a ``unit`` from (a day for D, a day or a week for W,
    a month for M, a year for Y)."""
    if point is None:
        return False
    y, mo, d, w = point
    if unit == "D":
        return mo is not None and d is not None
    if unit == "W":
        return y is not None and ((mo is not None and d is not None) or w is not None)
    if unit == "M":
        return mo is not None
    return y is not None


def resolve_anaphor(m: Mention, antecedent: Optional[str], a: Anchor,
                    hijri: Optional[str] = None) -> tuple[Optional[str], bool]:
    """Value of an anaphoric mention (``needs_antecedent``) from the value of the time it points back to
    (None: the article named none), in the grammar's form (``2024-03-13TMO``); second item: whether the
    article's date was used (no antecedent: التالي / السابق / بعد ذلك ب count from it, as a deictic word would;
    نفسه / ذلك give no value)."""
    try:
        return _resolve_anaphor(m, antecedent, a, hijri)
    except (OverflowError, ValueError):
        return None, False


def _resolve_anaphor(m: Mention, antecedent: Optional[str], a: Anchor,
                     hijri: Optional[str]) -> tuple[Optional[str], bool]:
    d = m.data
    p = time_point(antecedent)
    if m.kind != "anaphor" and d.get("month_ana") is not None:  # الثاني عشر من الشهر نفسه
        data = {k: v for k, v in d.items() if k not in ("month_ana", "rel_month")}
        off = d["month_ana"]
        hp = time_point(hijri) if hijri else None
        if hp is not None and hp[1] is not None:
            # a month named in the Hijri calendar (الأول من ذي القعدة ... الثامن من الشهر نفسه) is that month
            z = (hp[0] or 0) * 12 + hp[1] - 1 + off
            data.update(month=z % 12 + 1, calendar="hijri")
            if hp[0]:
                data["year"] = z // 12
            return resolve(Mention(m.start, m.end, "date", m.type, data), a)
        if p is not None and fits(p, "M"):
            if p[0] is None:
                data["month"] = (p[1] - 1 + off) % 12 + 1
            else:
                data["year"], data["month"] = _add_months(p[0], p[1], off)
            return resolve(Mention(m.start, m.end, "date", m.type, data), Anchor())[0], False
        if off:
            data["rel_month"] = off  # من الشهر التالي with no month before: the article's, as before
            return resolve(Mention(m.start, m.end, "date", m.type, data), a)
        return None, False
    if m.kind != "anaphor":  # a date whose year is anaphoric: مايو من العام نفسه
        data = {k: v for k, v in d.items() if k != "year_ana"}
        if p is not None and fits(p, "Y") and needs_antecedent(m):
            data["year"] = p[0] + d["year_ana"]
            return resolve(Mention(m.start, m.end, m.kind, m.type, data), Anchor())[0], False
        if d["year_ana"]:
            data["year_mod"] = d["year_ana"]  # من العام السابق with no year before: the article's
            return resolve(Mention(m.start, m.end, m.kind, m.type, data), a)
        return resolve(Mention(m.start, m.end, m.kind, m.type, data), Anchor())[0], False
    unit, off = d["unit"], d["offset"]
    if p is None or not fits(p, unit) or d.get("cataphoric"):
        if d.get("cataphoric") or off == 0:
            return None, False
        if d.get("shift"):
            fake = Mention(m.start, m.end, "ago", m.type, {"n": abs(off), "unit": unit, "dir": 1 if off > 0 else -1})
        elif unit == "D":
            fake = Mention(m.start, m.end, "relday", m.type,
                           {k: v for k, v in d.items() if k in ("offset", "daypart", "weekday", "clock")})
        else:
            fake = Mention(m.start, m.end, "relunit", m.type, {"unit": unit, "offset": off})
        return resolve(fake, a)
    y, mo, day, w = p
    if d.get("year") is not None or d.get("year_mod") is not None or d.get("year_ana") is not None:
        # الشهر نفسه من العام الماضي: the month (day) named before, in the year said after it
        # (العام الماضي there is the year before the month compared, not before the article's date)
        if d.get("year") is not None:
            y = d["year"]
        elif y is not None:
            y += d["year_ana"] if d.get("year_ana") is not None else d["year_mod"]
        if y is None:
            return None, False
        if unit == "M":
            return _iso(y, mo), False
        if not _valid(y, mo, day):
            return None, False
        return _iso(y, mo, day) + ("T" + d["daypart"] if d.get("daypart") else ""), False
    if unit == "Y":
        return f"{y + off:04d}", False
    if unit == "M":
        if y is None:
            return f"XXXX-{(mo - 1 + off) % 12 + 1:02d}", False
        return _iso(*_add_months(y, mo, off)), False
    if unit == "W":
        base = dt.date(y, mo, day) if day is not None else dt.date.fromisocalendar(y, w, 1)
        iy, iw, _ = (base + dt.timedelta(weeks=off)).isocalendar()
        return f"{iy:04d}-W{iw:02d}", False
    # a day: the antecedent's (+/- the offset); a year not known is counted in a common year
    if y is None:
        if off and (mo, day) == (2, 29):
            return None, False
        x = dt.date(2001, mo, day) + dt.timedelta(days=off)
        v = f"XXXX-{x.month:02d}-{x.day:02d}"
    else:
        x = dt.date(y, mo, day) + dt.timedelta(days=off)
        v = _iso(x.year, x.month, x.day)
    if d.get("clock"):
        v += f"T{d['clock'][0]:02d}:{d['clock'][1]:02d}"  # الساعة 5 من صباح اليوم التالي
    elif d.get("daypart"):
        v += "T" + d["daypart"]
    return v, False
