"""Bytes → str for scraped Arabic files, and refusal of files that are not text at all.

Order matters: a BOM is proof; a NUL every other byte is UTF-16 without a BOM; UTF-8 strict is
tried before any legacy codepage because valid UTF-8 by accident is vanishingly rare for Arabic;
Windows-1256 is accepted only when the decoded text is mostly Arabic letters (cp1256 decodes any
byte string, so "it decoded" proves nothing). charset-normalizer is the last resort and its guess
is only kept when the result looks like text; it is not trusted to pick cp1256 over a Cyrillic
codepage, which is why cp1256 is tested first and explicitly.
"""
from __future__ import annotations

import codecs
import re

from ..resources import table


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes, if any."""
    m = _META_CHARSET.search(head[:4096])
    return m.group(1).decode("ascii", "replace").lower() if m else None


class NotText(ValueError):
    """The bytes are not a text document; the message is the reason shown to the user."""


def _magic() -> tuple[tuple[bytes, str], ...]:
    rows = []
    for row in table("boilerplate/binary_magic.tsv"):
        hexsig, name = row[0], row[1]
        rows.append((bytes.fromhex(hexsig), name))
    return tuple(rows)


def binary_kind(head: bytes) -> str | None:
    """The file type named by its magic bytes (PNG, PDF, ...), or None."""
    for sig, name in _magic():
        if head.startswith(sig):
            return name
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit regularly on odd/even bytes (ASCII and Arabic in UTF-16)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    # Arabic in UTF-16LE is "xx 06"; ASCII is "xx 00": the high byte is 0x00 or 0x06 most of the time
    hi_le = sum(1 for b in odd if b in (0, 6)) / len(odd)
    hi_be = sum(1 for b in even if b in (0, 6)) / len(even)
    if hi_le >= 0.9 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    if hi_be >= 0.9 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    return None


def arabic_share(text: str) -> float:
    """Share of letters that are Arabic script (U+0600–U+06FF and presentation forms count too)."""
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufefc") / len(letters)


def _plausible_arabic(text: str) -> bool:
    """Bytes decoded as cp1256 are Arabic when the non-ASCII letters are Arabic script AND read like
    Arabic: the article "ال" is everywhere in real Arabic (about one in eight letters), and nearly
    absent from Cyrillic or Greek bytes forced through cp1256, which also come out as Arabic letters."""
    sample = text[:20000]
    wide = [c for c in sample if c.isalpha() and not c.isascii()]
    if len(wide) < 5:
        return False
    arabic = sum(1 for c in wide if "\u0600" <= c <= "\u06ff")
    return arabic >= 0.9 * len(wide) and sample.count("ال") >= 0.03 * arabic


def _looks_like_text(text: str) -> bool:
    if not text.strip():
        return False
    sample = text[:20000]
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f") or c == "\ufffd")
    return bad <= len(sample) * 0.01


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name). Raises ``NotText`` with a human reason when the bytes are not text.

    ``declared`` is an encoding the file names itself (an HTML ``<meta charset>``); it is tried
    when the bytes are not UTF-8, before any guessing.
    """
    if not data.strip():
        raise NotText("empty file")
    kind = binary_kind(data[:16])
    if kind:
        raise NotText(f"binary file ({kind})")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16", errors="replace"), "utf-16"
    u16 = utf16_without_bom(data)
    if u16:
        return data.decode(u16, errors="replace"), u16
    if b"\x00" in data[:8192]:
        raise NotText("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        # a file cut in the middle of a multi-byte character is still UTF-8
        if err.start >= len(data) - 3:
            return data[: err.start].decode("utf-8"), "utf-8"
        utf8_err = err
    if declared:
        try:
            return data.decode(declared), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            pass
    text = data.decode("cp1256", errors="replace")
    if _plausible_arabic(text) and _looks_like_text(text):
        return text, "cp1256"
    # mostly UTF-8 with a few broken bytes (bad scraper joins): keep it, a few U+FFFD are honest
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= max(3, len(lenient) // 1000):
        return lenient, "utf-8"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200000]).best()
    except Exception:  # noqa: BLE001 - a detector crash must not stop the batch
        best = None
    if best is not None:
        text = data.decode(best.encoding, errors="replace")
        if _looks_like_text(text):
            return text, best.encoding
    raise NotText(f"undecodable text (not UTF-8: {utf8_err.reason} at byte {utf8_err.start})")
