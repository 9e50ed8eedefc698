"""Format detection and one reader per format; every problem becomes a ``Failure``, never an exception.

Formats: HTML (.html/.htm/...), plain text (.txt), Markdown (.md), JSON Lines (.jsonl/.ndjson, one
article per line), JSON (.json: one object, an array of objects, or JSON Lines misnamed .json), any
of them gzip-compressed (.gz suffix or gzip magic bytes). A file with an unknown suffix is sniffed.

JSON Lines are streamed line by line, so a corpus of any size is fine; every other file is read
whole and refused above ``SIZE_LIMIT`` before a byte of it is read.

Every document leaves with its headline as the first paragraph of ``text`` (``body_start`` says where
the body begins) and a dateline found in its author field moved to ``dateline`` (``_finish``).
"""
from __future__ import annotations

import gzip
import html as html_lib
import io
import json
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..document import Document
from . import boilerplate, html as htmlx, metadata
from .encoding import NotText, binary_kind, declared_charset, decode, utf16_without_bom

SIZE_LIMIT = 20 * 1024 * 1024
MB = 1024 * 1024

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonlines"}
JSON_SUFFIXES = {".json"}
GZIP_MAGIC = b"\x1f\x8b"

# JSON record fields, in order of preference
TEXT_FIELDS = ("content", "text", "body", "article", "article_body", "articleBody", "full_text",
               "fulltext", "maintext", "story", "html", "raw_html")
TITLE_FIELDS = ("title", "headline", "header")
URL_FIELDS = ("url", "link", "href", "canonical_url", "source_url", "permalink")
DATE_FIELDS = ("published", "published_at", "publish_date", "published_date", "date_published",
               "datePublished", "pubdate", "pub_date", "publication_date", "date", "datetime",
               "time", "created_at", "timestamp")
CRAWL_DATE_FIELDS = ("date_extracted", "date_crawled", "crawled_at", "crawl_date", "scraped_at",
                     "date_download", "date_modify")
OUTLET_FIELDS = ("outlet", "site_name", "sitename", "site", "publisher", "newspaper", "source_name",
                 "source", "domain")
AUTHOR_FIELDS = ("author", "authors", "byline", "writer", "creator")


@dataclass
class Failure:
    """A file (or ``file:line``) that gave no document, and why, in words for the user."""

    path: str
    reason: str


class _TooLarge(Exception):
    pass


def _too_large(size: int | None) -> str:
    if size is None:
        return f"file too large (more than {SIZE_LIMIT // MB} MB uncompressed > {SIZE_LIMIT // MB} MB limit)"
    return f"file too large ({size / MB:.1f} MB > {SIZE_LIMIT // MB} MB limit)"


def _strip_gz(path: Path) -> tuple[str, bool]:
    name = path.name.lower()
    if name.endswith(".gz"):
        return Path(name[:-3]).suffix, True
    if name.endswith(".gzip"):
        return Path(name[:-5]).suffix, True
    return path.suffix.lower(), False


def _head(path: Path, gz: bool, n: int = 2048) -> bytes:
    with (gzip.open(path, "rb") if gz else open(path, "rb")) as fh:
        return fh.read(n)


def detect_format(path: Path) -> tuple[str, bool]:
    """(format, gzipped): format is html, text, markdown, jsonl, json or unknown-sniffed."""
    suffix, gz = _strip_gz(path)
    if not gz:
        with open(path, "rb") as fh:
            gz = fh.read(2) == GZIP_MAGIC
    if suffix in HTML_SUFFIXES:
        return "html", gz
    if suffix in TEXT_SUFFIXES:
        return "text", gz
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown", gz
    if suffix in JSONL_SUFFIXES:
        return "jsonl", gz
    if suffix in JSON_SUFFIXES:
        return "json", gz
    head = _head(path, gz).lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] in (b"{", b"["):
        return "json", gz
    if head[:1] == b"<" and htmlx.looks_like_html(head.decode("utf-8", "replace")):
        return "html", gz
    return "text", gz


def _read_bytes(path: Path, gz: bool) -> bytes:
    """The whole file, refusing anything above the size limit (compressed files: uncompressed size)."""
    if not gz:
        size = path.stat().st_size
        if size > SIZE_LIMIT:
            raise _TooLarge(_too_large(size))
        return path.read_bytes()
    # zlib directly rather than gzip.open: a truncated .gz then still gives what it holds
    chunks: list[bytes] = []
    got = 0
    dec = zlib.decompressobj(wbits=31)
    with open(path, "rb") as fh:
        while got <= SIZE_LIMIT:
            buf = fh.read(1 << 16)
            if not buf:
                break
            while buf and got <= SIZE_LIMIT:
                out = dec.decompress(buf, SIZE_LIMIT + 1 - got)
                chunks.append(out)
                got += len(out)
                buf = dec.unconsumed_tail
                if dec.eof:  # concatenated gzip members
                    rest = dec.unused_data
                    dec = zlib.decompressobj(wbits=31)
                    buf = rest if rest.strip(b"\x00") else b""
    data = b"".join(chunks)
    if len(data) > SIZE_LIMIT:
        raise _TooLarge(_too_large(None))
    return data


def read_path(path) -> Iterator[Document | Failure]:
    """Every document in one file, or the reasons it gives none. Never raises."""
    path = Path(path)
    src = str(path)
    try:
        if not path.exists():
            yield Failure(src, "no such file")
            return
        if not path.is_file():
            yield Failure(src, "not a regular file")
            return
        if path.stat().st_size == 0:
            yield Failure(src, "empty file")
            return
        fmt, gz = detect_format(path)
        if fmt == "jsonl":
            yield from _read_jsonl(path, gz)
            return
        if fmt == "json":
            yield from _read_json(path, gz)
            return
        try:
            data = _read_bytes(path, gz)
        except _TooLarge as err:
            yield Failure(src, str(err))
            return
        try:
            text, _enc = decode(data, declared=declared_charset(data[:4096]) if fmt == "html" else None)
        except NotText as err:
            yield Failure(src, str(err))
            return
        if fmt == "html" or (fmt == "text" and text.lstrip()[:1] == "<" and htmlx.looks_like_html(text)):
            yield _from_html(text, src)
        else:
            yield _from_text(text, src, markdown=(fmt == "markdown"))
    except (zlib.error, gzip.BadGzipFile, EOFError) as err:
        yield Failure(src, f"corrupt gzip file ({err})")
    except OSError as err:
        yield Failure(src, f"cannot read: {_oserror(err)}")
    except Exception as err:  # noqa: BLE001 - one bad file must never stop the batch
        yield Failure(src, f"unexpected error: {type(err).__name__}: {err}")


def _oserror(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return f"{type(err).__name__}: {err}" if str(err) else type(err).__name__


# ------------------------------------------------------------------------------------- builders
_SURROGATE = re.compile("[\ud800-\udfff]")


def _valid_text(s):
    """A lone surrogate (JSON "\\ud800", a non-UTF-8 file name) cannot be stored or hashed as UTF-8:
    it becomes U+FFFD, one character for one, so no offset moves."""
    return _SURROGATE.sub("\ufffd", s) if isinstance(s, str) and _SURROGATE.search(s) else s


def _finish(doc: Document, where: str) -> Document | Failure:
    if not doc.text.strip():
        return Failure(where, "no article text (only page furniture)")
    for name in ("text", "source", "title", "outlet", "author", "published", "url"):
        setattr(doc, name, _valid_text(getattr(doc, name)))
    doc.language = metadata.detect_language(doc.text)
    # a dateline in the author field ("الرياض - واس") is not an author; the headline is analysed
    # as the first paragraph (the stored text includes it; the content hash is the body's)
    doc.author, doc.dateline, doc.dateline_place = metadata.split_dateline(doc.author)
    return doc.lead_with_headline()


_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


def front_matter(text: str) -> tuple[dict, str]:
    """``key: value`` lines of a leading ``---`` block (Markdown/Jekyll/Hugo front matter) and the rest."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        kv = _FRONT_LINE.match(line)
        if kv:
            meta[kv.group(1).lower()] = kv.group(2).strip().strip("\"'")
    if not meta:
        return {}, text
    return meta, text[m.end():]


def _from_text(text: str, src: str, markdown: bool = False) -> Document | Failure:
    meta, text = front_matter(text)
    if meta:
        meta.setdefault("content", text)
        doc = document_from_record(meta, src, markdown=markdown)
        if isinstance(doc, Failure):
            doc.path = src
        return doc
    c = boilerplate.clean(text, markdown=markdown)
    return _finish(Document(text=c.text, source=src, title=c.title, outlet=c.outlet, author=c.author), src)


def _from_html(text: str, src: str, url: str | None = None, meta: dict | None = None) -> Document | Failure:
    page = htmlx.extract(text, url=url)
    if page is None or not page.text.strip():
        return Failure(src, "no article text found in HTML")
    meta = meta or {}
    title = meta.get("title") or page.title
    c = boilerplate.clean(page.text, title=title)
    if title is None:
        title = c.title
    url = url or metadata.readable_url(page.url or htmlx.declared_url(text))
    published = (metadata.iso_date(meta.get("date")) or metadata.iso_date(page.date)
                 or metadata.iso_date(htmlx.declared_date(text)))
    # the curated table first: one Arabic name per outlet whatever the page calls itself
    outlet = (meta.get("outlet") or metadata.outlet_for_url(url) or metadata.outlet_for_source(page.sitename)
              or c.outlet)
    author = metadata.clean_author(meta.get("author") or page.author) or c.author
    doc = Document(text=c.text, source=src, title=title, outlet=outlet, author=author,
                   published=published, published_basis="metadata" if published else None, url=url)
    return _finish(doc, src)


def _first(rec: dict, names) -> object:
    for n in names:
        v = rec.get(n)
        if v not in (None, "", [], {}):
            return v
    return None


_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")


def _unescape(s: str) -> str:
    """Scrapers often store titles with HTML entities left in ("&#8220;جودي&#8221;")."""
    return html_lib.unescape(s) if "&" in s and _ENTITY.search(s) else s


def _as_text(value) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n\n".join(value)  # a list of paragraphs
    return None


def document_from_record(rec: dict, src: str, markdown: bool = False) -> Document | Failure:
    """One JSON article (SaudiNewsNet layout and common scraper layouts) as a cleaned Document."""
    body = _as_text(_first(rec, TEXT_FIELDS))
    if not body or not body.strip():
        present = [f for f in TEXT_FIELDS if f in rec]
        if present:
            return Failure(src, f"no article text (field '{present[0]}' is empty)")
        return Failure(src, f"no article text (no field among {', '.join(TEXT_FIELDS[:4])}, ...; "
                            f"fields: {', '.join(list(rec)[:12])})")
    title = _first(rec, TITLE_FIELDS)
    title = " ".join(_unescape(title).split()) if isinstance(title, str) and title.strip() else None
    url = _first(rec, URL_FIELDS)
    url = url.strip() if isinstance(url, str) and url.strip() else None
    published = metadata.iso_date(_first(rec, DATE_FIELDS))
    basis = "metadata" if published else None
    if not published:
        # SaudiNewsNet only has the crawl date; articles were crawled the day they came out, so it
        # is the publication date as best known — marked so the corpus dating pass can tell
        published = metadata.iso_date(_first(rec, CRAWL_DATE_FIELDS))
        basis = "crawled" if published else None
    outlet_raw = _first(rec, OUTLET_FIELDS)
    outlet = metadata.outlet_for_source(outlet_raw) if isinstance(outlet_raw, str) else None
    outlet = outlet if outlet and outlet.lower() != (url or "").lower() else None
    outlet = outlet or metadata.outlet_for_url(url)
    author = metadata.clean_author(_first(rec, AUTHOR_FIELDS))
    if htmlx.looks_like_html(body) and body.count("<") > 3:
        meta = {"title": title, "date": published, "outlet": outlet, "author": author}
        doc = _from_html(body, src, url=url, meta=meta)
        if isinstance(doc, Document) and basis:
            doc.published, doc.published_basis = published, basis
        return doc
    c = boilerplate.clean(_unescape(body), title=title, markdown=markdown)
    doc = Document(text=c.text, source=src, title=title or c.title, outlet=outlet or c.outlet,
                   author=author or c.author, published=published, published_basis=basis, url=url)
    return _finish(doc, src)


# ----------------------------------------------------------------------------------------- JSON
def _records(value, src: str) -> Iterator[Document | Failure]:
    """A parsed JSON value: an article, an array of articles, or a wrapper {"articles": [...]}."""
    if isinstance(value, dict):
        if _first(value, TEXT_FIELDS) is None:
            for key in ("articles", "items", "data", "documents", "docs", "results", "entries"):
                if isinstance(value.get(key), list):
                    yield from _records(value[key], src)
                    return
        yield document_from_record(value, src)
    elif isinstance(value, list):
        for i, item in enumerate(value, 1):
            where = f"{src}#{i}"
            if isinstance(item, dict):
                yield _safe_record(item, where)
            else:
                yield Failure(where, f"array item is a JSON {type(item).__name__}, not an object")
    else:
        yield Failure(src, f"JSON value is a {type(value).__name__}, not an article object")


def _safe_record(rec: dict, where: str) -> Document | Failure:
    try:
        return document_from_record(rec, where)
    except Exception as err:  # noqa: BLE001 - one odd record must not end the stream
        return Failure(where, f"unexpected error: {type(err).__name__}: {err}")


def _read_json(path: Path, gz: bool) -> Iterator[Document | Failure]:
    src = str(path)
    try:
        data = _read_bytes(path, gz)
    except _TooLarge as err:
        # a big ".json" that is really JSON Lines can still be streamed
        if _first_line_is_object(path, gz):
            yield from _read_jsonl(path, gz)
        else:
            yield Failure(src, str(err))
        return
    try:
        text, _enc = decode(data)
    except NotText as err:
        yield Failure(src, str(err))
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data" and text.lstrip().startswith("{"):
            yield from _jsonl_lines(io.StringIO(text), src)  # JSON Lines under a .json name
        else:
            yield Failure(src, f"invalid JSON: {err.msg} (line {err.lineno}, column {err.colno})")
        return
    yield from _records(value, src)


def _first_line_is_object(path: Path, gz: bool) -> bool:
    with (gzip.open(path, "rb") if gz else open(path, "rb")) as fh:
        line = fh.readline(SIZE_LIMIT)
    try:
        return isinstance(json.loads(line.decode("utf-8-sig")), dict)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False


def _read_jsonl(path: Path, gz: bool) -> Iterator[Document | Failure]:
    src = str(path)
    head = _head(path, gz, 4096)
    kind = binary_kind(head[:16])
    if kind:
        yield Failure(src, f"binary file ({kind})")
        return
    fh = gzip.open(path, "rb") if gz else open(path, "rb")
    u16 = "utf-16" if head[:2] in (b"\xff\xfe", b"\xfe\xff") else utf16_without_bom(head)
    if u16:  # rare, but Windows tools write UTF-16 text: decode the stream instead of failing every line
        fh = io.TextIOWrapper(fh, encoding=u16, errors="replace")
    elif b"\x00" in head:
        fh.close()
        yield Failure(src, "binary file (contains NUL bytes)")
        return
    try:
        yield from _jsonl_lines(fh, src)
    except (OSError, EOFError, zlib.error) as err:
        # a truncated .gz: what was read is kept, the rest is reported
        yield Failure(src, f"stream ended early, file truncated or corrupt ({err})")
    finally:
        fh.close()


def _jsonl_lines(fh, src: str) -> Iterator[Document | Failure]:
    """One article per line; bad lines become ``path:lineno`` failures and the stream goes on."""
    got_any = False
    for lineno, raw in enumerate(fh, 1):
        if isinstance(raw, bytes):
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                yield Failure(f"{src}:{lineno}", f"not UTF-8 ({err.reason} at byte {err.start})")
                continue
        else:
            line = raw.lstrip("\ufeff") if lineno == 1 else raw
            if not line.strip():
                continue
        got_any = True
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            yield Failure(f"{src}:{lineno}", f"invalid JSON: {err.msg} (column {err.colno})".replace(" at (", " ("))
            continue
        if not isinstance(rec, dict):
            yield Failure(f"{src}:{lineno}", f"line is a JSON {type(rec).__name__}, not an article object")
            continue
        out = _safe_record(rec, f"{src}#{lineno}")
        if isinstance(out, Failure):
            out.path = f"{src}:{lineno}"  # failures name the line as path:lineno, documents as path#lineno
        yield out
    if not got_any:
        yield Failure(src, "empty file")
