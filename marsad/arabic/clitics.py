"""Proclitics: the conjunction, preposition and article letters glued before an Arabic word.

In: a word (raw as written, or normalised where the function says so). Out: its readings without a
proclitic, or how many leading letters of the raw word are clitics and not part of the word proper.
Shared by the NER features (``word_variants``) and the event actors (where an actor's span starts), so
that one rule says where a glued clitic ends.
"""
from __future__ import annotations

# single-letter proclitics and their pairs; "ل" + "ال" is written "لل"
ONE = ("و", "ف", "ب", "ل", "ك")
TWO = ("وب", "ول", "وك", "فب", "فل", "فك")
CONJ = "وف"


def word_variants(n: str) -> tuple[str, ...]:
    """A normalised word and its readings without a conjunction/preposition proclitic."""
    out = [n]
    if len(n) > 3:
        for p in TWO:
            if n.startswith(p):
                out.append(n[2:])
        if n[0] in ONE:
            out.append(n[1:])
        if n.startswith("لل") or n.startswith("ولل") or n.startswith("فلل"):
            out.append("ال" + n[n.index("لل") + 2:])
    return tuple(out)


def strip_conj(w: str) -> str:
    """Drop a leading و / ف conjunction when what is left is still a word (normalised)."""
    if len(w) > 3 and w[0] in CONJ:
        return w[1:]
    return w


def conj_len(raw: str) -> int:
    """1 when a raw word of five letters or more starts with the conjunction و / ف (وقت, فيه stay whole)."""
    return 1 if raw[:1] in CONJ and len(raw) > 4 else 0


def preposition_cut(prep: str, body: str) -> int:
    """Letters a one-letter preposition takes before ``body`` (the word after it): ل before the article
    loses the article's alif (للحكومة), so ل + the article's ل are cut."""
    return 2 if prep == "ل" and body.startswith("ل") else 1


def article_cut(raw: str) -> int:
    """Letters of a conjunction or preposition glued before an article that are not part of the word:
    والعراق → العراق, فالإدارة → الإدارة, بالمتظاهرين → المتظاهرين, للحكومة → حكومة (ل + the article's ل)."""
    k = conj_len(raw)
    rest = raw[k:]
    if rest.startswith("لل") and len(rest) > 4:
        return k + preposition_cut("ل", rest[1:])
    if rest[:1] in "بلك" and rest[1:3] == "ال" and len(rest) > 4:
        return k + 1
    if k and rest.startswith("ال") and len(rest) > 3:
        return k
    return 0


def lost_article(raw: str, cut: int) -> bool:
    """Whether cutting ``cut`` letters off ``raw`` leaves a word whose article the preposition ل swallowed
    (للحكومة العراقية read from its third letter is "حكومة العراقية")."""
    k = conj_len(raw)
    return raw[k:].startswith("لل") and cut == k + 2
