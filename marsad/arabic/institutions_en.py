"""English names of institutions the actor dictionary does not hold, composed from their words.

In: an organisation's name as the export shows it (وزارة الصحة الكويتية, اللجنة الأولمبية السعودية,
جامعة الملك سعود). Out: its English form (Ministry of Health of Kuwait, Olympic Committee of Saudi Arabia,
King Saud University), or None when a word of it is not in the glossary; the caller then romanises.

Institution names have a regular shape (the NER's institutions.py finds them by it): a head noun, a
definite genitive saying its field, adjectives, and a nationality adjective saying whose it is. Letters
cannot give an English reader "Wzara al-Saha"; the words can. The glossary is data:
``resources/resolve/institution_words.tsv`` (heads, fields, adjectives, titles, fixed phrases) and
``resources/resolve/nationality_countries.tsv`` (تونسي → Tunisia). English order: adjectives before
their noun, "Head of Field", then "of Country" (the dictionary's own style: Ministry of Defence of Iraq).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .. import resources
from .normalize import normalize


# the place kinds an institution is named after (جامعة بغداد, بنك الكويت); towns are left out: many share
# their name with a common word
_NAMING_PLACES = frozenset({"country", "city", "capital", "governorate", "province", "state", "region"})


def _bare(word: str) -> str:
    """A normalised word without the article (العليا → عليا); short words keep it (الله)."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _key(text: str) -> tuple[str, ...]:
    return tuple(_bare(w) for w in normalize(text).split())


@lru_cache(maxsize=1)
def _glossary() -> dict[str, dict[tuple[str, ...], str]]:
    out: dict[str, dict[tuple[str, ...], str]] = {}
    for row in resources.table("resolve/institution_words.tsv"):
        if len(row) >= 3:
            out.setdefault(row[2], {})[_key(row[0])] = row[1]
    return out


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Every form of a nationality adjective (bare, feminine, plural) -> the country's English name."""
    out: dict[str, str] = {}
    for row in resources.table("resolve/nationality_countries.tsv"):
        if len(row) >= 2:
            m = _key(row[0])[0]
            for form in (m, m + "ه", m + "ين", m + "ون"):
                out.setdefault(form, row[1])
    return out


def _longest(words: tuple[str, ...], i: int, table: dict[tuple[str, ...], str]) -> tuple[int, Optional[str]]:
    """(words used, English) of the longest glossary entry starting at words[i]."""
    for n in range(min(4, len(words) - i), 0, -1):
        got = table.get(words[i:i + n])
        if got:
            return n, got
    return 0, None


@lru_cache(maxsize=50_000)
def english(name: str) -> Optional[str]:
    raw = normalize(name.replace("ـ", "")).split()
    words = tuple(_bare(w) for w in raw)
    if len(words) < 2:
        return None  # a head alone (منظمة, مجلس) names nothing
    g = _glossary()
    countries = _countries()
    n, head = _longest(words, 0, g.get("phrase", {}))
    kind = "phrase" if head else None
    if not head:
        for k in ("head", "name_head"):
            head = g.get(k, {}).get(words[:1])
            if head:
                kind, n = k, 1
                break
    if not head:
        return None
    rest, raw_rest = list(words[n:]), raw[n:]
    country = None
    if rest and rest[-1] in countries:
        country = countries[rest.pop()]
    if kind == "name_head":
        return _named(head, rest, raw_rest[:len(rest)], country, g)
    head_adjs: list[str] = []
    fields: list[list[str]] = []
    i = 0
    while i < len(rest):
        used, adj = _longest(tuple(rest), i, g.get("adj", {}))
        if adj:
            if fields:  # after a field it qualifies the field: التعليم العالي → Higher Education
                fields[-1].insert(len(fields[-1]) - 1, adj)
            else:  # after the head, the head: المجلس الوطني الانتقالي → National Transitional Council
                head_adjs.append(adj)
            i += used
            continue
        used, field = _longest(tuple(rest), i, g.get("field", {}))
        if field:
            fields.append([field])
            i += used
            continue
        return None  # a word the glossary does not know: no half-translated name
    out = " ".join([*head_adjs, head])
    for f in fields:
        out += " of " + " ".join(f)
    return out + (f" of {country}" if country else "")


def _named(head: str, rest: list[str], raw_rest: list[str], country: Optional[str], g: dict) -> Optional[str]:
    """A head named by what follows it: a place (جامعة بغداد → University of Baghdad, بنك الكويت الوطني →
    National Bank of Kuwait) or a name (جامعة الملك سعود → King Saud University, بنك برقان → Barqan Bank)."""
    adjs = g.get("adj", {})
    trailing: list[str] = []
    while rest and (rest[-1],) in adjs:
        trailing.insert(0, adjs[(rest.pop(),)])
        raw_rest = raw_rest[:-1]
    if not rest:
        return None
    from .. import actors  # a place the dictionary knows gives its English name
    from .translit import romanize_token

    place = actors.lookup(" ".join(raw_rest), "LOC")
    if place and place.kind not in _NAMING_PLACES:
        place = None  # a town GeoNames knows by a common word (العمال, الديوان) names no institution
    pre = " ".join(trailing) + " " if trailing else ""
    if place:
        return f"{pre}{head} of {place.latin}"
    fields = g.get("field", {})
    if all((w,) in fields for w in rest):  # words, not a name: حزب العمال → Workers Party
        return f"{pre}{' '.join(fields[(w,)] for w in rest)} {head}" + (f" of {country}" if country else "")
    titles = g.get("title", {})
    name = " ".join(titles.get((w,)) or romanize_token(r) for w, r in zip(rest, raw_rest))
    name = name[:1].upper() + name[1:]
    return f"{pre}{name} {head}" + (f" of {country}" if country else "")
