"""Arabic numbers: digits, cardinal number words, ordinals and duals, read into values.

Shared by ``marsad.extract.times`` and ``marsad.extract.amounts``. Everything works on *normalised*
words (``marsad.arabic.normalize``), so one table covers أ/ا, ة/ه and ى/ي spellings. The word lists
are data (``resources/amounts/number_words.tsv``, ``resources/times/ordinals.tsv``); this module is
only the grammar that combines them:

* cardinals: ``ستة وثلاثين مليون وأربعمائة ألف`` = 36 × 10⁶ + 400 × 10³. Units, tens and hundreds
  add up inside a group; a scale word (ألف, مليون, مليار) multiplies the group and closes it.
* teens: ``أحد عشر``, ``خمسة عشر`` (a unit followed by عشر/عشرة, no و);
* ordinals: ``الحادي عشر``, ``الثاني والعشرين``, ``العشرين``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Container, Optional, Sequence

from .. import resources
from .normalize import normalize

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")


@lru_cache(maxsize=None)
def number_words() -> dict[str, tuple[float, str]]:
    out = {}
    for row in resources.table("amounts/number_words.tsv"):
        out[normalize(row[0])] = (float(row[1]), row[2])
    return out


@lru_cache(maxsize=None)
def ordinal_words() -> dict[str, int]:
    return {normalize(r[0]): int(r[1]) for r in resources.table("times/ordinals.tsv")}


@lru_cache(maxsize=None)
def ordinal_tens() -> dict[str, int]:
    return {normalize(r[0]): int(r[1]) for r in resources.table("times/ordinal_tens.tsv")}


def parse_digits(s: str) -> Optional[float]:
    """'2500' → 2500, '2,500' → 2500, '1.5' → 1.5, '2.500.000' → 2500000 (normalised digits).

    A comma or dot followed by exactly three digits, repeated, is a thousands separator; a single
    separator followed by one or two digits (or more than three) is a decimal point.
    """
    s = s.replace("٬", ",").replace("٫", ".")
    if not _DIGITS.match(s):
        return None
    groups = re.split(r"[.,]", s)
    if len(groups) == 1:
        return float(s)
    seps = re.findall(r"[.,]", s)
    if all(len(g) == 3 for g in groups[1:]) and (len(set(seps)) == 1 and (len(groups) > 2 or seps[0] == ",")):
        return float("".join(groups))
    if len(groups) == 2:
        return float(groups[0] + "." + groups[1])
    # mixed: 1,250,000.5
    if seps[-1] == "." and all(len(g) == 3 for g in groups[1:-1]):
        return float("".join(groups[:-1]) + "." + groups[-1])
    return None


def _strip_waw(w: str, table) -> Optional[str]:
    """A following number word may carry the conjunction و (وثلاثين); return the bare word."""
    if w.startswith("و") and w[1:] in table:
        return w[1:]
    return None


_FIRST_PREFIXES = ("و", "ب", "ف", "ل", "وب")


@lru_cache(maxsize=100_000)  # asked of every word of an article
def may_start_cardinal(w: str) -> bool:
    """Whether ``parse_cardinal`` (with ``first_prefixes``) can read anything from this word: its first
    test, for callers that skip most words without the call."""
    table = number_words()
    return w in table or any(w.startswith(p) and w[len(p):] in table for p in _FIRST_PREFIXES)


def parse_cardinal(words: Sequence[str], i: int = 0, first_prefixes: bool = True
                   ) -> Optional[tuple[Optional[float], int, str]]:
    """Read number words from ``words[i]`` on. Returns (value, number of words read, kind) or None.

    ``kind`` is ``"exact"`` or ``"vague"`` (عشرات, مئات, آلاف alone: value is None). The first word may
    carry a proclitic (بثماني, وثلاثين) when ``first_prefixes``.
    """
    table = number_words()
    total = 0.0
    group = 0.0
    j = i
    n = len(words)
    last_kind = None
    seen = False
    vague = False
    while j < n:
        w = words[j]
        if j == i:
            core = w if w in table else None
            if core is None and first_prefixes:
                for p in _FIRST_PREFIXES:
                    if w.startswith(p) and w[len(p):] in table:
                        core = w[len(p):]
                        break
            conj = False
        else:
            core = _strip_waw(w, table)
            conj = core is not None
            if core is None:
                core = w if w in table else None
        if core is None:
            break
        v, kind = table[core]
        if j > i and not conj:
            # without و only a teen (خمسة عشر), a scale (ثلاثة آلاف), or unit+hundred (ثلاث مئة) continue
            ok = (kind == "teen_ten" and last_kind in ("unit", "unit_bound")) \
                or (kind in ("scale", "scale_plural") and last_kind not in ("scale", "scale_dual", "scale_plural")) \
                or (kind == "hundred" and v == 100 and last_kind == "unit")
            if not ok:
                break
        if j > i and conj and kind in ("scale", "scale_plural", "teen_ten", "vague"):
            # "وألف" after a number starts a new addend (ألفين وألف is odd); stop at bare scale after و
            # only when nothing precedes it in the group
            if kind in ("teen_ten", "vague"):
                break
        if kind == "unit_bound":
            # أحد / إحدى / اثنا only live inside a teen (أحد عشر)
            if not (j + 1 < n and words[j + 1] in ("عشر", "عشره")):
                break
            group += v
        elif kind == "unit":
            if last_kind in ("unit",) and not conj:
                break
            group += v
        elif kind == "teen_ten":
            if last_kind in ("unit", "unit_bound") and not conj:
                group += 10
            else:
                group += v
        elif kind == "ten":
            group += v
        elif kind == "hundred":
            if v == 100 and last_kind == "unit" and not conj:
                group = (group - _last_unit(words, j, table)) + _last_unit(words, j, table) * 100
            else:
                group += v
        elif kind == "fraction":
            if seen:
                break
            group += v
        elif kind == "scale":
            total += (group if group else 1) * v
            group = 0
        elif kind == "scale_plural":
            if group:
                total += group * v
                group = 0
            elif not seen:
                vague = True
                j += 1
                seen = True
                last_kind = kind
                break
            else:
                break
        elif kind == "scale_dual":
            if group:
                break
            total += v
        elif kind == "vague":
            if seen:
                break
            vague = True
            j += 1
            seen = True
            # عشرات الآلاف / مئات الملايين
            if j < n and words[j] in ("الالاف", "الاف", "الملايين", "ملايين"):
                j += 1
            break
        seen = True
        last_kind = kind
        j += 1
    if not seen:
        return None
    if vague:
        return None, j - i, "vague"
    return total + group, j - i, "exact"


def _last_unit(words, j, table) -> float:
    w = words[j - 1]
    core = w if w in table else _strip_waw(w, table)
    if core is None:
        for p in _FIRST_PREFIXES:
            if w.startswith(p) and w[len(p):] in table:
                core = w[len(p):]
                break
    return table[core][0] if core else 0.0


def parse_ordinal(words: Sequence[str], i: int = 0) -> Optional[tuple[int, int]]:
    """Read an ordinal (الأول, الحادي عشر, الثاني والعشرين, العشرين) at ``words[i]``.

    Returns (value, number of words read) or None. The first word may carry و/ب/ل/ف (والثاني).
    """
    ords, tens = ordinal_words(), ordinal_tens()
    if i >= len(words):
        return None
    w = words[i]
    core = None
    for cand in (w, w[1:] if w[:1] in "وبلف" else None, w[2:] if w[:2] in ("وب", "وا") else None):
        if cand and (cand in ords or cand in tens):
            core = cand
            break
    if core is None:
        return None
    if core in tens:
        return tens[core], 1
    v = ords[core]
    j = i + 1
    if j < len(words) and words[j] in ("عشر", "عشره") and v < 10:
        return v + 10, 2
    if j < len(words) and words[j].startswith("و") and words[j][1:] in tens and v < 10:
        return v + tens[words[j][1:]], 2
    if core in ("الحادي", "الحاديه"):
        return None  # الحادي only lives in compounds
    if core == "اول":
        return None  # bare أول (first/beginning) is not a day ordinal
    return v, 1


def dual_stem(word: str, stems: Container[str]) -> Optional[str]:
    """If ``word`` is the dual of a known noun (جنديين, طائرتين, صاروخان), return the noun.

    The stems are normalised singulars; a feminine ه becomes ت before the dual ending.
    """
    for suf in ("ين", "ان"):
        if word.endswith(suf) and len(word) > 4:
            base = word[:-2]
            if base in stems:
                return base
            if base.endswith("ت") and base[:-1] + "ه" in stems:
                return base[:-1] + "ه"
    return None
