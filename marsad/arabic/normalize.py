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


def normalize(text: str) -> str:
    """Lower-case Latin, fold Arabic letter variants, drop diacritics/tatweel, ASCII digits."""
    return text.translate(_TABLE).lower()


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalised text plus, per output character, the index of its source character.

    Every mapping above is one character to at most one character, so the map is exact.
    """
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
