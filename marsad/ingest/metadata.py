"""Title / outlet / author / dateline / date / language for an ingested document.

An author field holding a dateline ("صنعاء - خاص بالرياض", "الرياض – واس") is split by
``split_dateline`` into the reporter's name (if any), the dateline and the place it names.

Outlet names come from ``resources/outlets.tsv`` (URL domains, JSON source ids, self-names);
dates are normalised to ISO 8601 (``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` when only that much is
known); language is py3langid restricted to the languages a news corpus in Arabic script or the
usual foreign-language sections actually contains — left unrestricted, short Arabic snippets come
out as Persian or Urdu and Latin furniture as Latin or Volapük.
"""
from __future__ import annotations

import html as html_lib
import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from ..resources import table

LANGUAGES = ("ar", "fa", "ur", "ps", "ku", "en", "fr", "de", "es", "it", "tr", "ru", "he")
_LANG_SAMPLE = 2000  # characters: enough for a stable vote, cheap on long articles


@lru_cache(maxsize=None)
def _outlets(kind: str) -> dict[str, str]:
    return {key.lower(): name for k, key, name in table("outlets.tsv") if k == kind}


def outlet_for_url(url: str | None) -> str | None:
    """The outlet of a URL's host: exact host, then each parent domain (www.x.com → x.com)."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return None
    table_ = _outlets("domain")
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = table_.get(".".join(parts[i:]))
        if name:
            return name
    return None


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    return host[4:] if host and host.startswith("www.") else host


_RESERVED_ESCAPE = re.compile(r"%(?:2[0-9A-Fa-f]|3[A-Fa-f]|40|5[BbDd]|7[Bb]|7[Dd])")


def readable_url(url: str | None) -> str | None:
    """A URL with percent-escaped UTF-8 (Arabic slugs) shown as text, as SaudiNewsNet stores them;
    left alone when it escapes reserved characters, whose decoding would change the URL."""
    if not url or "%" not in url or _RESERVED_ESCAPE.search(url):
        return url
    try:
        return unquote(url, errors="strict")
    except UnicodeDecodeError:
        return url


def outlet_for_source(value: str | None) -> str | None:
    """A JSON ``source`` value: a known id or domain mapped to the outlet's name, else as given."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if not value:
        return None
    mapped = _outlets("source").get(value.lower())
    if mapped:
        return mapped
    if "." in value and " " not in value:
        return outlet_for_url(value) or value
    return value


# ---------------------------------------------------------------------------------------- dates
_ISO = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T\s]|$|Z)")
_DMY = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")
_DIGIT = re.compile(r"\d")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T|\s|$)")
_MONTHISH = re.compile(r"\b[A-Za-z]{3,9}\b.*\d{4}|\d{4}.*\b[A-Za-z]{3,9}\b")
_TEXT_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%A, %d %B %Y",
                 "%a, %d %b %Y", "%d %B, %Y")


def _ok(y: int, m: int | None = None, d: int | None = None) -> bool:
    if not 1800 <= y <= 2100:
        return False
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None:
        try:
            datetime(y, m or 1, d)
        except ValueError:
            return False
    return True


def iso_date(value) -> str | None:
    """ISO date (or partial) from a metadata value: ISO strings, '21/07/2015', RFC 2822, epochs."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        ts = float(value)
        if ts > 1e11:  # milliseconds
            ts /= 1000
        try:
            return datetime.fromtimestamp(ts, tz=timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not _DIGIT.search(s):  # every date format below has digits; author names have none
        return None
    m = _ISO.match(s)
    if m:
        y = int(m.group(1))
        mo = int(m.group(2)) if m.group(2) else None
        d = int(m.group(3)) if m.group(3) else None
        if _ok(y, mo, d):
            return f"{y:04d}" + (f"-{mo:02d}" if mo else "") + (f"-{d:02d}" if d else "")
    m = _COMPACT.match(s)
    if m and _ok(int(m.group(1)), int(m.group(2)), int(m.group(3))):
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = _DMY.match(s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        d, mo = (b, a) if b > 12 >= a else (a, b)  # day first, as Arab and European sites write it
        if _ok(y, mo, d):
            return f"{y:04d}-{mo:02d}-{d:02d}"
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    head = re.split(r"\s+[-|]\s+|\s+\d{1,2}:\d{2}", s)[0].strip()
    if not _MONTHISH.search(head):  # English month names only; Arabic ones are the times extractor's job
        return None
    for fmt in _TEXT_FORMATS:
        try:
            return datetime.strptime(head, fmt).date().isoformat()
        except ValueError:
            continue
    return None


# ------------------------------------------------------------------------------------- authors
_AUTHOR_EDGE = " \t\u00a0:-–—|،,؛;"


def clean_author(value) -> str | None:
    """An author field as given, trimmed; lists are joined; dates and URLs are not authors."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        names = [clean_author(v if not isinstance(v, dict) else v.get("name")) for v in value]
        names = [n for n in names if n]
        return "، ".join(names) or None
    if isinstance(value, dict):
        return clean_author(value.get("name"))
    if not isinstance(value, str):
        return None
    if "&" in value:  # scrapers leave entities in the field ("&nbsp; سلمان الضباح")
        value = html_lib.unescape(value)
    s = " ".join(value.split()).strip(_AUTHOR_EDGE)
    if not s or s.startswith(("http://", "https://")) or iso_date(s):
        return None
    return s[:200]


# ----------------------------------------------------------------------------------- datelines
# A scraped "author" is often a dateline: where the story was filed and through whom ("الرياض - واس",
# "صنعاء - خاص بالرياض", "بغداد/ المدى", "لندن: «الشرق الأوسط»"), sometimes with the reporter's name
# ("أبها - عبدالله الهاجري", "محمد داوود (جدة)"). The field is cut at its separators; a part is a place
# when the actor dictionary knows it as one, a source when it is quoted or holds an agency, outlet or
# desk word (resources/boilerplate/dateline_sources.txt, outlets.tsv), and a person when it is two to
# five plain words that are neither.
_DATELINE_SPLIT = re.compile(r"\s*(?:[-–—:/|،,;؛()\[\]]+|\s\u0640+\s|\u0640{2,})\s*|\s+من\s+")
_QUOTED_PART = re.compile(r'^\s*[«"“\'].+[»"”\']\s*$')
_PERSON_WORD = re.compile(r"[^\W\d_]+\.?")


@lru_cache(maxsize=1)
def _source_words() -> tuple[frozenset[str], frozenset[str]]:
    """(single source words, multi-word source phrases), normalised."""
    from ..arabic.normalize import normalize
    from ..resources import lines

    phrases = {" ".join(normalize(x).split()) for x in lines("boilerplate/dateline_sources.txt")}
    phrases |= {" ".join(normalize(name).split()) for _kind, _key, name in table("outlets.tsv")}
    phrases.discard("")
    return frozenset(p for p in phrases if " " not in p), frozenset(p for p in phrases if " " in p)


def _part_kind(part: str) -> str:
    """place, source, both (an outlet named after its city: الرياض، المدينة), person or other."""
    from ..actors import lookup
    from ..arabic.normalize import normalize

    if _QUOTED_PART.match(part):
        return "source"
    key = " ".join(normalize(part).strip("«»\"“”'. ").split())
    words, phrases = _source_words()
    place = lookup(part.strip(), "LOC") is not None
    if key in words or key in phrases:
        return "both" if place else "source"
    if place:
        return "place"
    toks = key.split()
    if any(p in key for p in phrases if f" {p} " in f" {key} ") or any(
            t in words or (t[:1] in "بلو" and t[1:] in words) or (t[:3] in ("بال", "لل") and t[3:] in words)
            for t in toks):
        return "source"
    if 2 <= len(toks) <= 5 and all(_PERSON_WORD.fullmatch(t) for t in part.split()) and not any(
            (lookup(t, "LOC") or (None,) * 4)[3] == "country" for t in part.split()):  # عراق اوبزيرفر
        return "person"
    return "other"


@lru_cache(maxsize=1)
def _byline_words() -> tuple[str, ...]:
    from ..arabic.normalize import normalize
    from ..resources import lines

    return tuple(sorted({normalize(x).strip(" :") for x in lines("boilerplate/byline_prefixes.txt")}, key=len,
                        reverse=True))


def split_dateline(value: str | None) -> tuple[str | None, str | None, str | None]:
    """(author, dateline, place) from an author field: a dateline moves out of the author, the
    reporter's name (if any) stays. A field with no place and no source is returned as the author."""
    if not value:
        return value, None, None
    parts = [p for p in (x.strip(_AUTHOR_EDGE + "«»\"“”") for x in _DATELINE_SPLIT.split(value)) if p]
    if parts:
        from ..arabic.normalize import normalize

        first = normalize(parts[0])
        if first in _byline_words():  # "كتب – روماني صبري": the byline word is not a part
            parts = parts[1:]
    if not parts or len(parts) > 6:
        return value, None, None
    kinds = [_part_kind(p) for p in parts]
    if len(parts) < len(_DATELINE_SPLIT.split(value.strip(_AUTHOR_EDGE))) and kinds == ["person"]:
        return parts[0], None, None
    if "place" in kinds or "source" in kinds:
        # beside a place or a source, a city-named outlet is the source, and a short unknown part is
        # an outlet the tables do not know ("بغداد/ المدى", "الوسط - المحرر السياسي")
        kinds = ["source" if k == "both" and "place" in kinds else
                 "place" if k == "both" else
                 "source" if k == "other" and len(parts[i].split()) <= 3 else k for i, k in enumerate(kinds)]
    elif "both" in kinds:
        kinds = ["place" if k == "both" else k for k in kinds]
    if not {"place", "source"} & set(kinds) or "other" in kinds:
        return value, None, None
    people = [p for p, k in zip(parts, kinds) if k == "person"]
    if len(people) > 1:
        return value, None, None
    rest = [p for p, k in zip(parts, kinds) if k != "person"]
    dateline = value.strip(_AUTHOR_EDGE) if not people else " - ".join(rest)
    place = next((p for p, k in zip(parts, kinds) if k == "place"), None)
    return (people[0] if people else None), dateline, place


# ------------------------------------------------------------------------------------ language
@lru_cache(maxsize=1)
def _identifier():
    # our own instance: set_languages on the module-level one would change it for everyone
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages(list(LANGUAGES))
    return ident


# Letters of Persian, Urdu and Kurdish that Arabic does not use. Text in Arabic script without them
# is Arabic; the n-gram model (2 ms on a 2,000-character sample) is only asked about the rest.
_NOT_ARABIC = re.compile("[پچژگکیٹڈڑںےہۀێۆڕڵەۋ]")
_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]")
_NOT_ARABIC_SHARE = 0.005


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None for text without letters."""
    sample = text[:_LANG_SAMPLE]
    letters = len(_LETTER.findall(sample))
    arabic = len(_ARABIC_LETTER.findall(sample))
    other = len(_NOT_ARABIC.findall(sample))
    if not letters:
        return None
    if arabic >= 0.9 * letters and other <= _NOT_ARABIC_SHARE * arabic:
        return "ar"
    lang, _score = _identifier().classify(sample)
    return lang
