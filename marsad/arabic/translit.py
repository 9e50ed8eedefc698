"""Arabic-script names ↔ matching keys and readable Latin.

Two jobs, both on one name token at a time:

* ``skeleton(token)``: a *transliteration skeleton* for foreign names written in Arabic script.
  Outlets write Brett McGurk as بريت مكغورك or بيرت مكورغ; what survives every spelling is the
  sequence of consonant classes. So we fold the letters used interchangeably for one Latin sound
  (g → غ/ج/ق/ك, p → ب, v → ف/و, t → ت/ط, …), drop the long-vowel letters (ا و ي, which outlets
  add or move freely), and collapse doubled letters. Only foreign tokens get this: on native Arabic
  names it would merge different names (محمد/محمود, قاسم/جاسم).
* ``romanize(token)``: a readable, deterministic Latin form (no vowels can be invented, so
  مكغورك becomes "Mkghurk"; the alias table supplies proper forms for well-known actors, and
  ``resources/resolve/latin_tokens.tsv`` the common given names).
"""
from __future__ import annotations

from functools import lru_cache

from .. import resources
from .normalize import normalize

# consonant classes for foreign names; letters absent here are dropped (vowels, hamza, ع)
_SKELETON = {
    "ب": "b", "ت": "t", "ط": "t", "ث": "t", "ج": "g", "غ": "g", "ق": "g", "ك": "g",
    "ح": "h", "ه": "h", "خ": "x", "د": "d", "ض": "d", "ذ": "z", "ز": "z", "ظ": "z",
    "ر": "r", "س": "s", "ص": "s", "ش": "c", "ف": "f", "ل": "l", "م": "m", "ن": "n",
}
_VOWELS = set("اويىءئؤعة")


def skeleton(token: str) -> str:
    """Consonant skeleton of one foreign name token (normalise first; Latin passes through lower-cased)."""
    t = normalize(token)
    if not t:
        return ""
    out = []
    for i, ch in enumerate(t):
        if i == 0 and ch == "و":
            c = "f"  # initial و is a consonant: Williams وليامز ~ فيليامز (v/w/ف/و)
        elif i == 0 and ch == "ي" and len(t) > 1 and t[1] in "او":
            c = "y"  # initial ي before a vowel is y: يانغ
        elif ch == "ه" and i == len(t) - 1:
            c = ""  # final ه (from ة) is a vowel ending
        else:
            c = _SKELETON.get(ch, "" if ch in _VOWELS else ch)
        if c and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


_LETTERS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "", "ئ": "",
    "ؤ": "", "ة": "a", "ى": "a", "ا": "a", "آ": "a", "أ": "a", "إ": "i", "پ": "p", "ڤ": "v",
    "گ": "g", "چ": "ch",
}


@lru_cache(maxsize=None)
def _token_table() -> dict[str, str]:
    return {normalize(r[0]): r[1] for r in resources.table("resolve/latin_tokens.tsv") if len(r) >= 2}


def _letters(word: str) -> str:
    out = []
    n = len(word)
    for i, ch in enumerate(word):
        prev_vowel = i > 0 and word[i - 1] in "اويىآأإ"
        if ch == "و":
            out.append("w" if i == 0 or (i + 1 < n and word[i + 1] in "اي") and not prev_vowel else "u")
        elif ch == "ي":
            out.append("y" if i == 0 or (i + 1 < n and word[i + 1] in "او") else "i")
        elif ch == "ه" and i == n - 1 and n > 2:
            out.append("a")  # ة written as ه
        else:
            out.append(_LETTERS.get(ch, ch))
    s = "".join(out)
    # "aa" / "ii" / "uu" come from a long vowel after a vowel-initial letter; keep it readable
    for a, b in (("aa", "a"), ("ii", "i"), ("uu", "u"), ("iy", "i"), ("uw", "u")):
        s = s.replace(a, b)
    return s


def romanize_token(token: str) -> str:
    raw = token.strip()
    if not raw:
        return ""
    if raw.isascii():
        return raw
    t = normalize(raw)
    table = _token_table()
    if t in table:
        return table[t]
    # the article: الكاظمي → al-Kazimi (the stem is looked up too)
    if t.startswith("ال") and len(t) > 3 and t != "الله":
        stem = t[2:]
        return "al-" + (table.get(stem) or _letters(stem).capitalize())
    if t.startswith("عبدال") and len(t) > 5:
        rest = t[5:]
        return "Abd al-" + (table.get(rest) or _letters(rest).capitalize())
    return _letters(t).capitalize()


def romanize(name: str) -> str:
    """Readable Latin for an Arabic-script name, token by token."""
    words = [w for w in name.replace("ـ", "").split() if w]
    out = [romanize_token(w) for w in words]
    s = " ".join(w for w in out if w)
    return s[:1].upper() + s[1:] if s else s
