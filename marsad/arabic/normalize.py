"""Normalisation for matching only: the stored text is never changed.

``normalize_with_map`` also returns, for every character of the normalised string, the index of the
character it came from, so a match found in normalised text maps back to offsets in the original.
"""
from __future__ import annotations

import re

# harakat, shadda, sukun, dagger alef, Quranic marks, tatweel, zero-width and bidi controls
_DROP = set(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640", "\u06D6", "\u06D7", "\u06D8",
        "\u06D9", "\u06DA", "\u06DB", "\u06DC", "\u06DF", "\u06E0", "\u06E1", "\u06E2", "\u06E3", "\u06E4",
        "\u06E7", "\u06E8", "\u06EA", "\u06EB", "\u06EC", "\u06ED", "\u200b", "\u200c", "\u200d", "\u200e",
        "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
        "\ufeff", "\u00ad"}
_DROP -= {chr(c) for c in range(0x0660, 0x066A)}  # keep Arabic-Indic digits (mapped below)

_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "ؤ": "و",
    "ک": "ك", "ڪ": "ك", "گ": "ك",
    "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز",
    "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "‘": "'", "’": "'",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}
for _i, _d in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _MAP[_d] = str(_i)
for _i, _d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _MAP[_d] = str(_i)
_MAP["٫"] = "."
_MAP["٬"] = ","

_TABLE = {ord(k): v for k, v in _MAP.items()}
_TABLE.update({ord(c): None for c in _DROP})


def _replacements(table: dict) -> tuple[tuple[str, str], ...]:
    """``table`` as (character, replacement) pairs for ``_translate``. No replacement is itself a
    character of the table, so applying them one after the other is the same as ``str.translate``."""
    pairs = tuple((chr(k), "" if v is None else v if isinstance(v, str) else chr(v)) for k, v in table.items())
    assert not {b for _, b in pairs} & {a for a, _ in pairs}, "a replacement is replaced again"
    return pairs


def _translate(text: str, table: dict, pairs: tuple) -> str:
    """``text.translate(table)``, faster on long texts: ``translate`` with a dict costs a lookup per
    character (~0.8 µs; 2 ms for an article), while a ``replace`` per table entry present scans in C
    (~0.1 ms). Short strings (single words) are faster through ``translate``."""
    if len(text) < 64:
        return text.translate(table)
    for a, b in pairs:
        if a in text:
            text = text.replace(a, b)
    return text


# normalize_with_map's table: _TABLE, then ASCII upper case to lower (what ``rep.lower() if
# rep.isascii()`` does per character: no value of _MAP is an ASCII capital, so one pass is the same)
_TABLE_MAP = dict(_TABLE)
_TABLE_MAP.update({c: c + 32 for c in range(ord("A"), ord("Z") + 1)})
_PAIRS, _PAIRS_MAP = _replacements(_TABLE), _replacements(_TABLE_MAP)
_DROP_RE = re.compile("[" + re.escape("".join(sorted(_DROP))) + "]+")


def normalize(text: str) -> str:
    """Lower-case Latin, fold Arabic letter variants, drop diacritics/tatweel, ASCII digits."""
    if len(text) < 64:  # a word (most calls): no second function call
        return text.translate(_TABLE).lower()
    return _translate(text, _TABLE, _PAIRS).lower()


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalised text plus, per output character, the index of its source character.

    Every mapping above is one character to at most one character, so the map is exact.
    """
    # the text in one pass (``_translate``) and, for the map, the runs of kept characters between
    # dropped ones (diacritics, tatweel, bidi marks): no Python loop over the characters
    idx: list[int] = []
    pos = 0
    for m in _DROP_RE.finditer(text):
        idx.extend(range(pos, m.start()))
        pos = m.end()
    idx.extend(range(pos, len(text)))
    return _translate(text, _TABLE_MAP, _PAIRS_MAP), idx


def _normalize_with_map_slow(text: str) -> tuple[str, list[int]]:
    """The definition ``normalize_with_map`` is tested against: one character at a time."""
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(text):
        rep = _TABLE.get(ord(ch), ch)
        if rep is None:
            continue
        out.append(rep.lower() if rep.isascii() else rep)
        idx.append(i)
    return "".join(out), idx


def map_span(idx: list[int], start: int, end: int, text_len: int) -> tuple[int, int]:
    """Offsets of a ``[start, end)`` match in normalised text, in the original text."""
    if start >= len(idx):
        return text_len, text_len
    s = idx[start]
    e = idx[end - 1] + 1 if end > 0 and end - 1 < len(idx) else text_len
    return s, e


_PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")


def strip_clitics(word: str, min_stem: int = 2) -> str:
    """Remove the common proclitics (و ف ب ل ك ال) from a normalised word, keeping a stem of min_stem+ letters."""
    for p in _PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= min_stem + (1 if len(p) == 1 else 0):
            return word[len(p):]
    return word


_AR_LETTERS = re.compile(r"[\u0621-\u064A]")


def is_arabic(s: str) -> bool:
    return bool(_AR_LETTERS.search(s))
