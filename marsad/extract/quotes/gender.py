"""Agreement of quotation cues and speaker phrases, and the proclitic forms of a cue, shared by the rules
(``marsad.extract.quotes``) and the speaker ranker (``ranker.py``), which must not import the package."""
from __future__ import annotations

from typing import Optional


def _gender_of_words(words: list) -> str:
    """Agreement class of a speaker phrase: "f" for feminine and non-human plurals (الوزارة، مصادر)."""
    if not words:
        return "m"
    head = words[0]
    bare = head[2:] if head.startswith("ال") else head
    if bare.endswith("ه") or bare in ("مصادر", "وكالات", "صحف", "منظمات", "وسائل", "جهات", "قوات", "فصائل"):
        return "f"
    return "m"


def _gender_of_cue(norm: str, kind: str) -> Optional[str]:
    """"قالت", "أضافت", "مشيرة", "تقول" → "f"; "قال", "مشيرا", "يقول" → "m"; plurals → None."""
    for f in _clitic_forms(norm):
        if f.endswith(("وا", "ون", "ين")):
            return None
        if kind == "verb" and (f.endswith("ت") and len(f) > 3 or f.startswith("ت")):
            return "f"
        if kind == "part":
            return "f" if f.endswith("ه") else "m"
        break
    return "m" if kind == "verb" else None


def _clitic_forms(norm: str):
    """The token and its forms without a conjunction / lam proclitic ("وقال" → "قال", "ليقول" → "يقول")."""
    yield norm
    if len(norm) > 3 and norm[0] in "وف":
        yield norm[1:]
        if len(norm) > 4 and norm[1] == "ل":
            yield norm[2:]
    if len(norm) > 3 and norm[0] == "ل":
        yield norm[1:]
