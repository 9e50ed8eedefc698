"""Amounts → ``doc.quantities`` (component ``amounts``): value, unit, what is counted, qualifier, rate.

A number is digits (ASCII or Arabic-Indic, with thousands separators), number words
(``marsad.arabic.numbers``), digits with a scale word (``14 ألف``, ``20 مليون``) or a dual noun
(``جنديين``). After it may come a currency (``دولار أمريكي`` → USD), a percent sign or word, a unit of
measure, or the noun it counts (``2500 جندي``, ``170 هجومًا`` → هجوم); after that a rate
(``شهريا`` → P1M). Before it, an approximation (نحو, قرابة, أكثر من) becomes the qualifier.

What is not a count is dropped: numbers inside time expressions (years, dates, durations), model
designations (``تي 72``, ``اف 16``, ``طراز``), names with a number (``كردستان 24``), references
(``المادة 5``, ``رقم``), phone numbers. The knowledge is in ``resources/amounts/``.

The span covers the number and its unit (currency, %, measure) but not the counted noun, which is
reported in ``counted`` (as in Wojood, where CARDINAL stops before the noun and MONEY includes it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ... import resources
from ...arabic.clitics import strip_conj as _strip_conj
from ...arabic.normalize import map_span, normalize, normalize_with_map
from ...arabic.numbers import dual_stem, may_start_cardinal, number_words, parse_cardinal, parse_digits, parse_ordinal
from ...document import Document, Quantity
from ..times import grammar as tg

_TOKEN = tg._TOKEN
_DIAC = re.compile(r"[\u064B-\u065F\u0670\u0640]")


def _n(s: str) -> str:
    return normalize(s).strip()


def _phrases(name: str, col: Optional[int] = 1) -> dict:
    out = {}
    for row in resources.table(name):
        key = tuple(_n(row[0]).split())
        if key and key not in out:
            out[key] = row[col] if col is not None else True
    return out


@dataclass(frozen=True)
class _R:
    currencies: dict
    currency_adj: frozenset
    percent: dict
    measures: dict
    rates: dict
    qualifiers: dict
    noncount_before: frozenset
    model_prefixes: frozenset
    names: frozenset
    counted: dict  # normalised noun → as written in the resource
    casualty_verbs: dict  # normalised verb that counts people → the noun it counts (قتل → قتيل)
    duals: dict  # normalised noun whose -ين dual is unambiguous → as written
    not_counted: frozenset


@lru_cache(maxsize=None)
def R() -> _R:
    counted = {}
    for w in resources.lines("amounts/counted_nouns.txt"):
        counted.setdefault(_n(w), w)
    return _R(
        currencies=_phrases("amounts/currencies.tsv"),
        currency_adj=frozenset(_n(w) for w in resources.lines("amounts/currency_adjectives.txt")),
        percent={tuple(_n(w).split()): True for w in resources.lines("amounts/percent_words.txt")},
        measures=_phrases("amounts/measure_units.tsv"),
        rates=_phrases("amounts/rates.tsv"),
        qualifiers=_phrases("amounts/qualifiers.tsv"),
        noncount_before=frozenset(_n(w) for w in resources.lines("amounts/noncount_before.txt")),
        model_prefixes=frozenset(_n(w) for w in resources.lines("amounts/model_prefixes.txt")),
        names=frozenset(tuple(_n(w).split()) for w in resources.lines("amounts/name_with_number.txt")),
        counted=counted,
        casualty_verbs={_n(r[0]): r[1] for r in resources.table("amounts/casualty_verbs.tsv")},
        duals={_n(w): w for w in resources.lines("amounts/dual_nouns.txt")},
        not_counted=frozenset(_n(w) for w in resources.lines("amounts/not_counted.txt")),
    )


_PREFIXES = ("و", "ب", "ل", "ف", "وب", "ول", "ال", "بال", "وال", "لل")


def _phrase_at(w: list, i: int, table: dict, maxlen: int = 4, prefix_ok: bool = True):
    for n in range(min(maxlen, len(w) - i), 0, -1):
        key = tuple(w[i:i + n])
        if key in table:
            return table[key], i + n
        if prefix_ok and key[0][:1] in "وبلف" and len(key[0]) > 2:
            for p in ("و", "ب", "ل", "ف", "وب"):
                if key[0].startswith(p):
                    k2 = (key[0][len(p):],) + key[1:]
                    if k2 in table:
                        return table[k2], i + n
    return None


def _phrase_ending(w: list, i: int, table: dict, maxlen: int = 4):
    """A phrase of ``table`` that ends just before token i (the first word may carry ب/و)."""
    for n in range(min(maxlen, i), 0, -1):
        key = tuple(w[i - n:i])
        if key in table:
            return table[key], i - n
        if key[0][:1] in "وب" and (key[0][1:],) + key[1:] in table:
            return table[(key[0][1:],) + key[1:]], i - n
    return None


def _is_word(s: str) -> bool:
    return bool(s) and s[0].isalpha()


def _counted_form(orig: str, value: Optional[float]) -> str:
    """The counted noun as written, without diacritics and without the accusative alef of tamyiz."""
    w = _DIAC.sub("", orig)
    # after 11–99 (and 111, 2011 …) the noun is accusative singular: هجومًا → هجوم, فردا → فرد
    if value is not None and float(value).is_integer() and 11 <= int(value) % 100 <= 99:
        if w.endswith("ا") and not w.endswith(("اا", "ايا", "يا")) and len(w) > 3:
            w = w[:-1]
    return w


_PROCLITICS = ("وال", "بال", "فال", "لل", "ال", "وب", "و", "ب", "ف", "ل", "")
_TWO = frozenset(normalize(x) for x in ("اثنين", "اثنتين", "اثنان", "اثنتان"))
_RELATIVE = re.compile(r"^[وف]?الل[تذ](?:ين|ان)$")  # اللتين, اللذين: "which", not two of anything
_NOT_DUAL = frozenset(("اثن", "ثنت", "مر", "سن", "ساع", "ثاني", "دقيق", "ليل"))  # اثنتين, مرتين (twice), time units


@lru_cache(maxsize=1)
def _feminine_nouns() -> dict[str, int]:
    """Normalised words in ه of the 8.8M-word news vocabulary (the NER's word clusters, read once for both)
    -> frequency bucket: what tells وزارتي (two ministries) from و+زارتي, and a real noun from a chance ending."""
    from ..entities.features import load_clusters  # here, not at import: amounts alone need no NER package
    return {w: int(v[-1]) for w, v in load_clusters().items() if w.endswith("ه") and len(w) >= 3}


def _dual(w: list, i: int, r: "_R", table: dict):
    """The noun a dual counts two of (طائرتين, الغارتين, غارتان → 2 ...): a listed singular as written, or
    (proclitic length, ending length) to cut from the word as written before adding ة; None if no dual.

    A feminine noun's dual (-تين, -تان; with or without the article) cannot be a plural (that is -ات), so
    it is read when its singular is a word of the news vocabulary (the most frequent reading of a
    proclitic wins); a masculine -ين is also a plural (مدنيين), so only the nouns of dual_nouns.txt are.
    The construct dual (وزارتي الدفاع والخارجية) is read when two coordinated genitives follow, which
    "my ministry" (وزارتي) never has; not -تا, a verb's dual as often as a noun's (كانتا).
    """
    tok = w[i]
    if not tok.endswith(("ين", "ان", "تي")) or tok in table or _RELATIVE.match(tok):
        return None
    best, best_freq = None, -1
    fem = _feminine_nouns()
    after_feminine_dual = i > 0 and w[i - 1].endswith(("تين", "تان"))
    for p in _PROCLITICS:
        if not tok.startswith(p) or len(tok) - len(p) < 4:
            continue
        core = tok[len(p):]
        if core in table:
            return None
        stem = dual_stem(core, r.duals) if core.endswith(("ين", "ان")) else None
        if stem:
            if core.endswith("ان") and not core.endswith("تان"):
                return None  # طالبان, the movement, looks like a dual in -ان
            return r.duals[stem]
        base = None
        if core.endswith("تين") and len(core) >= 5 or core.endswith("تان") and len(core) >= 6:
            base = core[:-3]  # a two-letter singular (لغة) only in -تين: الفلتان is "lawlessness"
        elif (core.endswith("تي") and len(core) >= 5 and i + 2 < len(w) and w[i + 1].startswith("ال")
              and any(x.startswith("وال") for x in w[i + 2:i + 5])):
            base = core[:-2]
        if after_feminine_dual:
            return None  # للسنتين المقبلتين: after a feminine dual, a dual is its adjective
        # the article belongs to the proclitic (بالدورتين: دورة, not الدورة); اللتين is a relative pronoun
        if base and not base.startswith("ال") and base not in _NOT_DUAL and fem.get(base + "ه", -1) > best_freq:
            best, best_freq = (len(p), len(core) - len(base)), fem[base + "ه"]
    return best


def _time_spans(doc: Document) -> list[tuple[int, int]]:
    if doc.times:
        return [(t.start, t.end) for t in doc.times]
    return [(m.start, m.end) for m in tg.parse(doc.text)]


def find(text: str, time_spans: Optional[list] = None) -> list[Quantity]:
    r = R()
    table = number_words()
    norm, idx = normalize_with_map(text)
    items = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(norm)]
    w = [x[0] for x in items]
    n = len(w)
    if time_spans is None:
        time_spans = [(m.start, m.end) for m in tg.parse(text)]

    def orig(i0: int, j0: int, lstrip: int = 0) -> tuple[int, int]:
        return map_span(idx, items[i0][1] + lstrip, items[j0 - 1][2], len(text))

    def in_time(s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in time_spans)

    out: list[Quantity] = []
    i = 0
    while i < n:
        tok = w[i]
        value = None
        kind = "exact"
        j = i
        lstrip = 0
        if tok[0].isdigit():
            value = parse_digits(tok)
            if value is None:
                i += 1
                continue
            j = i + 1
            # a digit group glued to a letter (i24, G20, كوفيد19) or a slash/colon date is not a count
            if i > 0 and items[i - 1][2] == items[i][1] and (_is_word(w[i - 1]) and w[i - 1] not in ("ال", "و", "ب", "ل", "بال", "وال")):
                i += 1
                continue
            if i > 0 and w[i - 1] in ("/", ":", "-") and i > 1 and w[i - 2][:1].isdigit() and items[i - 1][1] == items[i - 2][2]:
                i += 1
                continue
            if j < n and w[j] in ("/", ":") and j + 1 < n and w[j + 1][:1].isdigit():
                i = j + 2
                continue  # 24/66, 88/3: a reference or a date, not a count
            if i > 1 and w[i - 1] in ("/", ":") and w[i - 2][:1].isdigit():
                i += 1
                continue
            if j < n and items[j][1] == items[i][2] and w[j].isascii() and w[j][:1].isalpha():
                i += 1
                continue  # 302ghp1, 3ziv7: part of a code or a link
            if j + 1 < n and w[j] == "," and re.fullmatch(r"\d{3}", w[j + 1]) and len(tok) <= 3 and tok.isdigit():
                # "1 , 787": thousands written with a spaced separator
                value = float(tok + w[j + 1])
                j += 2
            if i > 1 and w[i - 1] == "," and w[i - 2][:1].isdigit() and set(tok) == {"0"}:
                i += 1
                continue  # "2 , 0": a thousands group split off by tokenisation, not a second number
            # digit groups separated only by spaces (020 7042 7171) are a phone number or a code
            run_end = i
            while run_end + 1 < n and w[run_end + 1].isdigit() and text[map_span(idx, items[run_end][2], items[run_end + 1][1], len(text))[0]:map_span(idx, items[run_end + 1][1], items[run_end + 1][2], len(text))[0]].strip() == "":
                run_end += 1
            if run_end > i and (i == 0 or not w[i - 1].isdigit()):
                i = run_end + 1
                continue
            digits = re.sub(r"\D", "", tok)
            if (len(digits) >= 7 and "," not in tok and "." not in tok) or (tok.startswith("0") and len(digits) >= 5):
                i += 1
                continue  # a phone or reference number
            # scale words after digits: 14 ألف, 20 مليون, 3 آلاف
            while j < n and w[j] in table and table[w[j]][1] in ("scale", "scale_plural"):
                value *= table[w[j]][0]
                j += 1
        else:
            c = parse_cardinal(w, i, first_prefixes=True) if may_start_cardinal(tok) else None
            if c:
                value, consumed, kind = c
                j = i + consumed
                if tok not in table:
                    for p in ("وب", "و", "ب", "ف", "ل"):
                        if tok.startswith(p) and tok[len(p):] in table:
                            lstrip = len(p)
                            break
                first = table[tok[lstrip:]][1]
                if first == "fraction" and j == i + 1:
                    # نصف المصفى is a share, not a figure; نصف مليون / نصف شيقل are amounts
                    if not (_phrase_at(w, j, r.currencies) or _phrase_at(w, j, r.measures)):
                        i += 1
                        continue
            elif _is_word(tok):
                counted = _dual(w, i, r, table)
                if counted and out and i > 0 and out[-1].end == orig(i - 1, i)[1] and out[-1].value == 2.0 \
                        and not w[i].startswith(("و", "ب", "ل", "ف")):
                    counted = None  # سيارتين مفخختين: the second dual agrees with the first, an adjective
                if counted:
                    s, e = orig(i, i + 1)
                    if isinstance(counted, tuple):
                        written = _DIAC.sub("", text[s:e])
                        counted = written[counted[0]:len(written) - counted[1]] + "ة"
                    if i + 1 < n and w[i + 1] in _TWO:
                        s, e = orig(i, i + 2)  # لولايتين اثنتين: the number after a dual stresses it, one count
                        i += 1
                    if not in_time(s, e):
                        out.append(Quantity(s, e, text[s:e], 2.0, None, counted))
                i += 1
                continue
            else:
                i += 1
                continue
        if tok in ("واحد", "واحده") and j < n and w[j] == "من" and not _phrase_ending(w, i, r.currencies, 3):
            i = j
            continue  # واحد من أهم: "one of", not a count
        s, e = orig(i, j, lstrip)
        if in_time(s, e):
            i = j
            continue
        prev = w[i - 1] if i > 0 else ""
        if prev in ("(", "[", '"') and i > 1:
            prev = w[i - 2]  # المادة ( 90 ), رقم " 211 "
        prev_core = prev
        for p in ("و", "ب", "ل", "ال", "بال", "وال"):
            if prev.startswith(p) and prev[len(p):] in r.noncount_before:
                prev_core = prev[len(p):]
        if prev_core in r.noncount_before or (prev in r.model_prefixes and tok[0].isdigit()) \
                or (prev == "-" and i > 1 and (w[i - 2] in r.model_prefixes or w[i - 2].isascii())):
            i = j
            continue
        if any(tuple(w[i - len(nm) + 1:i + 1]) == nm for nm in r.names if len(nm) > 1 and i - len(nm) + 1 >= 0) \
                or any(tuple(w[i:i + len(nm)]) == nm for nm in r.names):
            i = j
            continue
        # an enumeration at the start of a line: "2 - يعاقب", "3 . أحكام"
        line_start = not text[:s].rstrip(" \t(").strip() or text[:s].rstrip(" \t(").endswith("\n")
        if line_start and j < n and w[j] in ("-", ".", ":", ")", "–"):
            i = j
            continue
        # after an ordinal word a number word belongs to it (الرابعة عشرة)
        if not tok[0].isdigit() and i > 0 and parse_ordinal(w, i - 1):
            i = j
            continue
        unit = counted = rate = qual = s0 = None
        end_tok = j
        k = j
        pct = _phrase_at(w, k, r.percent, 2, prefix_ok=False)
        cur = _phrase_at(w, k, r.currencies, 3)
        meas = _phrase_at(w, k, r.measures, 2, prefix_ok=False)
        if pct:
            unit, end_tok = "%", pct[1]
        elif cur:
            unit, end_tok = cur[0], cur[1]
            if end_tok < n and w[end_tok] in r.currency_adj:
                end_tok += 1
        elif meas and tok[0].isdigit() or (meas and kind == "exact"):
            unit, end_tok = meas[0], meas[1]
        elif value in (1.0, 2.0) and i > 0 and _phrase_ending(w, i, r.currencies, 3):
            # دولار واحد: the currency comes first with one and two
            cu, ci = _phrase_ending(w, i, r.currencies, 3)
            unit = cu
            s0 = ci
        elif _phrase_at(w, k, r.rates, 2, prefix_ok=False):
            pass  # 20 مليون شهريا: no noun, the rate follows directly
        else:
            # the counted noun: the next word, indefinite, not a function word
            nxt = w[k] if k < n else ""
            # a partitive names what is counted: عدد من, 16 من عناصر الحوثي, ثلاثة من الجنود
            partitive = nxt == "من" and k + 1 < n and w[k + 1] not in r.not_counted
            if partitive:
                k += 1
                nxt = w[k]
            if _is_word(nxt) and nxt not in r.not_counted and nxt not in table \
                    and _strip_conj(nxt) not in r.casualty_verbs \
                    and (not nxt.startswith("ال") or kind == "vague" or partitive) and len(nxt) > 1:
                ns, ne = map_span(idx, items[k][1], items[k][2], len(text))
                counted = _counted_form(text[ns:ne], value)
                k += 1
            elif value in (1.0, 2.0) and tok in ("واحد", "واحده", "اثنان", "اثنين", "اثنتان", "اثنتين") and i > 0 \
                    and nxt != "من":  # واحد من: "one of", not a count
                # Arabic puts one and two after the noun: سفينة واحدة
                if _is_word(prev) and prev not in r.not_counted:
                    ps, pe = map_span(idx, items[i - 1][1], items[i - 1][2], len(text))
                    counted = _DIAC.sub("", text[ps:pe])
            if counted is None and unit is None and _strip_conj(prev) in r.casualty_verbs:
                counted = r.casualty_verbs[_strip_conj(prev)]  # قتل 25: 25 killed
        # rate after the unit or the counted noun
        rk = max(end_tok, k)
        rt = _phrase_at(w, rk, r.rates, 2, prefix_ok=False)
        if rt:
            rate = rt[0]
        # qualifier before the number
        q = _phrase_ending(w, i, r.qualifiers)
        if q:
            qual = q[0]
        elif lstrip == 0 and i > 0 and prev in ("بنحو", "بحوالي", "وحوالي", "ونحو", "بقرابه"):
            qual = "approx"
        if kind == "vague":
            qual = qual or "vague"
        if s0 is not None:
            i, lstrip = s0, 0
        s, e = orig(i, end_tok, lstrip)
        out.append(Quantity(s, e, text[s:e], value, unit, counted, qual, rate))
        i = end_tok
    _share_counted(out, text)
    return out


_RANGE_WORDS = frozenset(normalize(x) for x in ("إلى", "الى", "و", "أو", "-", "–", "حتى", "إلى نحو"))


def _share_counted(qs: list[Quantity], text: str) -> None:
    """In "من 500 إلى 4000 فرد" the first number counts what the second does."""
    for a, b in zip(qs, qs[1:]):
        if a.counted is None and a.unit is None and b.counted and b.start - a.end <= 8:
            between = normalize(text[a.end:b.start]).strip()
            if between in _RANGE_WORDS:
                a.counted = b.counted
        if a.unit is None and b.unit and b.unit != "%" and b.start - a.end <= 8 and a.counted is None:
            between = normalize(text[a.end:b.start]).strip()
            if between in _RANGE_WORDS:
                a.unit = b.unit


def annotate(doc: Document) -> None:
    doc.quantities = find(doc.text, _time_spans(doc))
