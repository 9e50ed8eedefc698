"""The actor dictionary (``resources/actors/``): a name as Arabic news writes it → the actor it names.

In: an Arabic name (a place, for now) as written in an article. Out: an ``Actor`` (id, type, Latin name,
kind, country, coordinates) or None. Generated places (CLDR countries and regions, GeoNames cities:
``places.tsv``, rebuilt by ``scripts/build_places.py``) and hand-written ones (``places_curated.tsv``,
read first, so a curated line wins) share one format, one actor per line; organisations and people of the
region (``orgs_curated.tsv``: id, type, latin, sector, country, names) and other names, MISC (named operations,
agreements, summits, laws, weapon systems: ``misc_curated.tsv``, the same columns, kind for sector) are
written by hand.

A name is looked up by its normalised letters (``marsad.arabic.normalize``: hamza, ta marbuta, alef maqsura
folded), with and without the article: البحرين and بحرين are one key. The first actor of a name wins;
the generated file lists countries before cities and cities by falling population (الكويت is Kuwait the
country, عمان is Oman before Amman — telling those apart needs the context, which this lookup does not read).
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Optional

from . import resources
from .arabic.normalize import normalize

FILES = ("actors/places_curated.tsv", "actors/orgs_curated.tsv", "actors/misc_curated.tsv", "actors/places.tsv")


class Actor(NamedTuple):
    id: str
    type: str
    latin: str
    kind: str
    country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]

    def attributes(self) -> dict:
        """The fields an export record gains: id, kind, country and coordinates where known."""
        return {"id": self.id, "kind": self.kind, "country": self.country, "lat": self.lat, "lon": self.lon}


def name_keys(name: str) -> tuple[str, ...]:
    """The lookup keys of a name: its normalised words, and the same without a leading article."""
    k = " ".join(normalize(name).split())
    if k.startswith("ال") and len(k) > 4:
        return k, k[2:]
    return (k,)


@lru_cache(maxsize=1)
def _index() -> dict[str, Actor]:
    out: dict[str, Actor] = {}
    for f in FILES:
        if not resources.path(f).exists():
            continue
        for row in resources.table(f):
            if len(row) < (8 if row[1:2] == ("LOC",) else 6):
                continue
            if row[1] == "LOC":
                aid, typ, latin, kind, cc, lat, lon, *names = row
            else:  # organisations and people have no coordinates
                (aid, typ, latin, kind, cc, *names), lat, lon = row, "", ""
            actor = Actor(aid, typ, latin, kind, cc or None, float(lat) if lat else None,
                          float(lon) if lon else None)
            for n in names:
                for k in name_keys(n):
                    out.setdefault(k, actor)
    return out


def lookup(name: str, type: str = "LOC") -> Optional[Actor]:  # noqa: A002 - the entity field's name
    """The dictionary's actor for a name of that entity type, or None."""
    if not name:
        return None
    index = _index()
    for k in name_keys(name):
        a = index.get(k)
        if a is not None and a.type == type:
            return a
    return None


def _rows(name: str):
    return resources.table(name) if resources.path(name).exists() else ()


@lru_cache(maxsize=1)
def ruler_names() -> dict[str, str]:
    """Names the NER takes as entities wherever they stand (the idea of spaCy's EntityRuler), normalised
    phrase → type: the hand-written actors (curated places, organisations and people, the alias table)
    and the countries and world regions of CLDR. GeoNames cities are left to the tagger: many are also
    common words (الخبر, صور, حجة). A name listed with two types is left out."""
    out: dict[str, set[str]] = {}

    def add(name: str, typ: str) -> None:
        k = " ".join(normalize(name).split())
        if len(k) > 2:
            out.setdefault(k, set()).add(typ)

    for row in _rows("actors/places_curated.tsv"):
        for n in row[7:]:
            add(n, "LOC")
    for row in _rows("actors/places.tsv"):
        if row[0].startswith("cldr:"):
            for n in row[7:]:
                add(n, "LOC")
    for f in ("actors/orgs_curated.tsv", "actors/misc_curated.tsv"):
        for row in _rows(f):
            if len(row) >= 6 and row[1] in ("ORG", "PER", "MISC"):
                for n in row[5:]:
                    add(n, row[1])
    for row in _rows("aliases.tsv"):
        if len(row) >= 4 and row[2] in ("ORG", "PER", "LOC"):
            for n in row[3:]:
                add(n, row[2])
    return {k: next(iter(v)) for k, v in out.items() if len(v) == 1}


# the countries whose towns the region's conflict news names (resources/actors/region_countries.txt)
def region_countries() -> frozenset[str]:
    return frozenset(resources.lines("actors/region_countries.txt")) \
        if resources.path("actors/region_countries.txt").exists() else frozenset()


@lru_cache(maxsize=1)
def region_places() -> dict[str, str]:
    """The GeoNames towns and cities of the region's countries (``places.tsv``, ``region_countries.txt``),
    normalised name → "LOC". Many are also common words (الدور "the role", العلم "the flag", صبر
    "patience"): the NER takes a one-word one as a name only where the news corpus rarely writes the word
    (``Tagger``: the word-cluster frequency); ``ruler_names`` keeps to the hand-written and CLDR names."""
    countries = region_countries()
    out: dict[str, str] = {}
    for row in _rows("actors/places.tsv"):
        if row[0].startswith("geonames:") and len(row) >= 8 and row[4] in countries:
            for n in row[7:]:
                k = " ".join(normalize(n).split())
                if len(k) > 3:
                    out.setdefault(k, "LOC")
    return out
