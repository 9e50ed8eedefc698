"""Lexicons for the quotation extractor, read once from ``marsad/resources/quotes/``.

Everything is normalised (``marsad.arabic.normalize``) at load so that the extractor compares
normalised token forms only. Knowledge lives in the data files; this module only shapes it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...arabic.normalize import normalize
from ...resources import lines, table


def _norm_set(name: str) -> frozenset:
    return frozenset(normalize(x) for x in lines(name))


@lru_cache(maxsize=None)
def cues() -> dict:
    """normalised surface form -> (kind, lemma)."""
    return {normalize(r[0]): (r[1], normalize(r[2])) for r in table("quotes/cues.tsv") if len(r) >= 3}


@lru_cache(maxsize=None)
def attributions() -> tuple:
    """Attribution phrases as tuples of normalised tokens, longest first."""
    out = {tuple(normalize(x).split()) for x in lines("quotes/attributions.txt")}
    return tuple(sorted(out, key=len, reverse=True))


@lru_cache(maxsize=None)
def anonymity_markers() -> tuple:
    return tuple(sorted(_norm_set("quotes/anonymity.txt"), key=len, reverse=True))


@lru_cache(maxsize=None)
def adverbs() -> frozenset:
    """Accusative adverbs never part of a speaker phrase (أخيرا، كثيرا، مرارا)."""
    return _norm_set("quotes/adverbs.txt")


@lru_cache(maxsize=None)
def anonymous_heads() -> frozenset:
    return _norm_set("quotes/anonymous_heads.txt")


@lru_cache(maxsize=None)
def speaker_nouns() -> frozenset:
    return _norm_set("quotes/speaker_nouns.txt")


@lru_cache(maxsize=None)
def complement_nouns() -> frozenset:
    return _norm_set("quotes/complement_nouns.txt")


@lru_cache(maxsize=None)
def operation_heads() -> frozenset:
    """The NER's heads of a named operation or battle (عملية، عمليات، معركة), normalised."""
    return frozenset(normalize(x) for x in lines("ner/operation_heads.txt"))


@lru_cache(maxsize=None)
def name_heads() -> frozenset:
    """Nouns a quoted name follows ("عملية "نبع السلام"", "منطقة "دوار الكرة"", "اسم"): the operation heads
    of the NER, the institution and place heads and "اسم", without ال."""
    out = {normalize(x) for x in lines("ner/operation_heads.txt")} | set(institution_heads()) | {"اسم", "باسم"}
    return frozenset(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in out)


@lru_cache(maxsize=None)
def time_words() -> frozenset:
    return _norm_set("quotes/time_words.txt")


@lru_cache(maxsize=None)
def source_heads() -> frozenset:
    """Every head noun that can open a source phrase: source_heads.txt plus the speaker, anonymous and
    person heads, outlet types, title words and institution heads, each without ال."""
    out = set(_norm_set("quotes/source_heads.txt")) | speaker_nouns() | anonymous_heads() | person_heads() | \
        outlet_types() | title_words() | institution_heads() | _norm_set("quotes/possessed_sources.txt")
    return frozenset(out | {w[2:] for w in out if w.startswith("ال") and len(w) > 4})


@lru_cache(maxsize=None)
def outlet_types() -> frozenset:
    return _norm_set("quotes/outlet_types.txt")


@lru_cache(maxsize=None)
def report_verbs() -> frozenset:
    return _norm_set("quotes/report_verbs.txt")


@lru_cache(maxsize=None)
def title_words() -> frozenset:
    """First words of person titles (shared titles.txt) plus our speaker nouns: "الرئيس", "مدير"."""
    out = {normalize(x).split()[0] for x in lines("titles.txt")}
    out |= {w[2:] for w in out if w.startswith("ال") and len(w) > 4}  # "مدير" as well as "المدير"
    return frozenset(out | speaker_nouns())


@lru_cache(maxsize=None)
def nisba_words() -> frozenset:
    return _norm_set("resolve/nisba.txt")


@lru_cache(maxsize=None)
def not_sources() -> frozenset:
    return _norm_set("quotes/not_sources.txt")


@lru_cache(maxsize=None)
def not_speakers() -> frozenset:
    return _norm_set("quotes/not_speakers.txt")


@lru_cache(maxsize=None)
def person_titles() -> frozenset:
    """Titles only (shared titles.txt), stripped from the front of a speaker's name."""
    out = {normalize(x).split()[0] for x in lines("titles.txt")}
    return frozenset(out | {w[2:] for w in out if w.startswith("ال") and len(w) > 4})


@lru_cache(maxsize=None)
def content_stops() -> tuple:
    return tuple(tuple(normalize(x).split()) for x in lines("quotes/content_stops.txt"))


@lru_cache(maxsize=None)
def withheld_verbs() -> frozenset:
    """Stems of the verbs of telling in "دون أن يحدد …" (quotes/withheld_verbs.txt)."""
    return _norm_set("quotes/withheld_verbs.txt")


@lru_cache(maxsize=None)
def person_heads() -> frozenset:
    """Heads of a person's description (titles.txt first words plus quotes/person_heads.txt), ±ال."""
    out = set(person_titles()) | set(_norm_set("quotes/person_heads.txt"))
    return frozenset(out | {w[2:] for w in out if w.startswith("ال") and len(w) > 4})


@lru_cache(maxsize=None)
def title_names() -> frozenset:
    """Given names that are titles only with the article: "سلطان", "أمير", "رائد"."""
    return _norm_set("quotes/title_names.txt")


@lru_cache(maxsize=None)
def attribution_firsts() -> frozenset:
    """First words of the attribution phrases (a quick test before matching whole phrases)."""
    return frozenset(p[0] for p in attributions())


@lru_cache(maxsize=None)
def report_verb_forms() -> frozenset:
    """report_verbs() with the proclitics و ف ل (وال، فل) the extractor strips: one lookup per token."""
    return frozenset(p + v for v in report_verbs() for p in ("", "و", "ف", "ل", "ول", "فل"))


@lru_cache(maxsize=None)
def given_names() -> frozenset:
    """Given names (NER's per_first_names.txt and resolve/arabic_names.txt): "عبده", "طه" end like a
    pronoun-suffixed noun but are names."""
    return _norm_set("ner/per_first_names.txt") | _norm_set("resolve/arabic_names.txt")


@lru_cache(maxsize=None)
def cue_forms() -> frozenset:
    """Every cue form, report verb and never_speakers.txt word, with the proclitics و ف ل (وال، فل): words that are never a speaker."""
    base = set(cues()) | set(report_verbs()) | set(_norm_set("quotes/never_speakers.txt"))
    return frozenset(p + v for v in base for p in ("", "و", "ف", "ل", "ول", "فل"))


@lru_cache(maxsize=None)
def statement_nouns() -> frozenset:
    """"كلمة", "خطاب", "مؤتمر" …: texts and occasions a source speaks in (statement_nouns.txt), normalised."""
    words = _norm_set("quotes/statement_nouns.txt")
    return frozenset(words | {w + "ا" for w in words if not w.endswith("ه")})  # (and the accusative: خطابا)


@lru_cache(maxsize=None)
def issued_nouns() -> frozenset:
    """"بيان", "تصريح" …: texts a source issues and an outlet only publishes (issued_nouns.txt), normalised."""
    return _norm_set("quotes/issued_nouns.txt")


@lru_cache(maxsize=None)
def passive_auxiliaries() -> frozenset:
    """"تم", "يجري" … (passive_auxiliaries.txt), normalised, also with و/ف: the verbal noun after one is no cue."""
    words = _norm_set("quotes/passive_auxiliaries.txt")
    return frozenset(words | {p + w for w in words for p in "وف"})


@lru_cache(maxsize=None)
def interview_nouns() -> frozenset:
    """"لقاء", "مقابلة" (±ال, ±و/ف/ب): "في لقاء مع X … أوضح أن" makes X the speaker."""
    out = set(_norm_set("quotes/interview_nouns.txt"))
    out |= {"ال" + w for w in out}
    return frozenset(out | {p + w for w in out for p in ("و", "ف", "ب", "وب")})


@lru_cache(maxsize=None)
def verb_forms() -> frozenset:
    """report_verbs.txt and never_speakers.txt with the proclitics و ف: verbs no speaker contains anywhere
    ("نية عدائية وتم")."""
    base = set(report_verbs()) | set(_norm_set("quotes/never_speakers.txt"))
    return frozenset(p + v for v in base for p in ("", "و", "ف"))


@lru_cache(maxsize=None)
def possessed_sources() -> frozenset:
    """"مكتب", "مصادر": with a pronoun ("مكتبه") a source of the one already speaking."""
    return _norm_set("quotes/possessed_sources.txt")


@lru_cache(maxsize=None)
def region_heads() -> frozenset:
    """"إقليم", "الإقليم": a region with its own bodies; "X في إقليم Y" names X of that region (region_heads.txt)."""
    return _norm_set("quotes/region_heads.txt")


@lru_cache(maxsize=None)
def quoted_cues() -> frozenset:
    """Lemmas ("دعا") whose claim counts only inside quotation marks (quoted_cues.txt)."""
    return _norm_set("quotes/quoted_cues.txt")


@lru_cache(maxsize=None)
def peoples() -> frozenset:
    """Masculine nationality adjectives without the article ("سعودي", "ايراني"): events/nationalities.txt."""
    return _norm_set("events/nationalities.txt")


def indefinite_nisba(w: str) -> bool:
    """The normalised word is an indefinite nationality adjective of either gender ("سعودي", "صينيه")."""
    return w in peoples() or w.endswith("ه") and w[:-1] in peoples()


@lru_cache(maxsize=None)
def source_adjectives() -> frozenset:
    """Adjectives that describe a statement or study ("دراسة أخرى", "تقرير جديد"): the noun is the source."""
    return _norm_set("quotes/source_adjectives.txt")


@lru_cache(maxsize=None)
def institution_heads() -> frozenset:
    """Head nouns of organisation and place names (NER's org_triggers.txt, loc_triggers.txt,
    institution_heads.tsv; first words, normalised, without ال): "وزارة", "مكتب", "منطقة". After a
    preposition ("بوزارة الداخلية") such a word continues a description; it never starts a person's name."""
    out = {normalize(x).split()[0] for x in lines("ner/org_triggers.txt") + lines("ner/loc_triggers.txt")}
    out |= {normalize(r[0]).split()[0] for r in table("ner/institution_heads.tsv") if r and r[0]}
    return frozenset(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in out)


@lru_cache(maxsize=None)
def addressees() -> frozenset:
    """"للصحفيين", "لوسائل": whom a statement is made to (quotes/addressees.txt); never part of a speaker."""
    return _norm_set("quotes/addressees.txt")


@lru_cache(maxsize=None)
def place_nouns() -> frozenset:
    """Head nouns of places (NER's loc_triggers.txt: "مدينة", "العاصمة", "منطقة", "قاعدة"), ±ال, ±ب/ل."""
    out = {normalize(x).split()[0] for x in lines("ner/loc_triggers.txt")}
    out |= {"ال" + w for w in out if not w.startswith("ال")} | {w[2:] for w in out if w.startswith("ال")}
    return frozenset(out)


@lru_cache(maxsize=None)
def outlet_names() -> frozenset:
    """One-word outlet names (the outlet column of outlets.tsv: "رويترز"): after لـ, who is spoken to."""
    return frozenset(normalize(r[2]) for r in table("outlets.tsv") if len(r) >= 3 and " " not in r[2].strip())


@lru_cache(maxsize=1)
def stance_verbs() -> frozenset:
    """Past verbs of taking a stand (أدانت, رحب, نفى): their subject may speak in the next sentence."""
    base = _norm_set("quotes/stance_verbs.txt")
    return base | frozenset("و" + w for w in base)


@lru_cache(maxsize=None)
def subordinators() -> frozenset:
    """Words before أن / إن that make it a subordinate clause, no claim (quotes/subordinators.txt)."""
    return _norm_set("quotes/subordinators.txt")


@lru_cache(maxsize=None)
def partitive() -> re.Pattern:
    """A partitive word with a pronoun, "بعضها", "أحدهم" (quotes/partitives.txt), as a pattern on normalised words."""
    words = sorted(_norm_set("quotes/partitives.txt"), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")(?:ها|هم)$")
