"""Title / outlet / author / date / language for an ingested document.

Outlet names come from ``resources/outlets.tsv`` (URL domains, JSON source ids, self-names);
dates are normalised to ISO 8601 (``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` when only that much is
known); language is py3langid restricted to the languages a news corpus in Arabic script or the
usual foreign-language sections actually contains — left unrestricted, short Arabic snippets come
out as Persian or Urdu and Latin furniture as Latin or Volapük.
"""
from __future__ import annotations

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
    s = " ".join(value.split()).strip(_AUTHOR_EDGE)
    if not s or s.startswith(("http://", "https://")) or iso_date(s):
        return None
    return s[:200]


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
