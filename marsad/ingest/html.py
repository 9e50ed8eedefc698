"""Main text and metadata of an HTML page.

trafilatura first (main-text extraction plus its metadata: title, author, date, site name,
canonical URL); readability-lxml when trafilatura finds nothing; and, for a page so broken or so
short that neither finds an article, the visible text of ``<body>`` line by line, left to the
boilerplate line classifier. A truncated page is parsed by lxml's recovering parser and gives
what it holds.
"""
from __future__ import annotations

import html as html_lib
import logging
import re
from dataclasses import dataclass

# trafilatura and readability log every page they find too short; the reader reports failures itself
for _name in ("trafilatura", "readability", "readability.readability", "htmldate"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
               "header", "footer", "blockquote", "pre", "ul", "ol", "table", "figure", "figcaption",
               "dd", "dt", "nav", "aside", "main", "form"}
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "head", "button", "select",
              "option", "textarea", "input")
_LOOKS_HTML = re.compile(r"<(?:html|body|p|div|article|br|h[1-6]|span|a\s)[\s>/]", re.IGNORECASE)


# Publication-date metadata as sites write it. Read before trafilatura's guess, because htmldate
# prefers a date in the URL path or page text over what the page declares about itself.
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
              "publish-date", "publish_date", "dc.date.issued", "dc.date", "dcterms.date", "sailthru.date",
              "parsely-pub-date", "date")
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""(\w[\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_TIME_TAG = re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']+)", re.IGNORECASE)


def declared_date(html: str) -> str | None:
    """The publication date a page declares in its meta tags, JSON-LD or first <time> (raw value)."""
    head = html[:200000]
    found: dict[str, str] = {}
    for tag in _META_TAG.finditer(head):
        attrs = {k.lower(): (a if a is not None else b) for k, a, b in
                 ((m.group(1), m.group(2), m.group(3)) for m in _ATTR.finditer(tag.group()))}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in _DATE_META and attrs.get("content"):
            found.setdefault(key, html_lib.unescape(attrs["content"]))
    for key in _DATE_META:
        if key in found:
            return found[key]
    m = _LD_DATE.search(head) or _TIME_TAG.search(head)
    return m.group(1) if m else None


_LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)


def declared_url(html: str) -> str | None:
    """The page's own address: <link rel=canonical>, else og:url (trafilatura drops query strings)."""
    head = html[:200000]
    for tag in _LINK_TAG.finditer(head):
        attrs = {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
                 for m in _ATTR.finditer(tag.group())}
        if (attrs.get("rel") or "").lower() == "canonical" and attrs.get("href", "").startswith("http"):
            return html_lib.unescape(attrs["href"])
    for tag in _META_TAG.finditer(head):
        attrs = {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
                 for m in _ATTR.finditer(tag.group())}
        if (attrs.get("property") or "").lower() == "og:url" and attrs.get("content", "").startswith("http"):
            return html_lib.unescape(attrs["content"])
    return None


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_HTML.search(text[:5000]))


@dataclass
class Page:
    text: str  # paragraphs separated by "\n"
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    method: str = "trafilatura"


def _trafilatura(html: str, url: str | None) -> Page | None:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True, include_images=False, include_links=False,
                                      favor_recall=True, deduplicate=False)
    if doc is None:
        return None
    get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    text = get("text") or ""
    return Page(text=text, title=get("title"), author=get("author"), date=declared_date(html) or get("date"),
                sitename=get("sitename"), url=declared_url(html) or get("url"), method="trafilatura")


def _tree_text(root) -> str:
    """Visible text of an lxml tree with a line break at every block element."""
    parts: list[str] = []

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag.lower() in _DROP_TAGS:
            if el.tail:
                parts.append(el.tail)
            return
        block = tag.lower() in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    return "".join(parts)


def _readability(html: str) -> Page | None:
    from lxml import html as lh
    from readability import Document as Readable

    doc = Readable(html)
    summary = doc.summary(html_partial=True)
    text = _tree_text(lh.fromstring(summary)) if summary else ""
    if not text.strip():
        return None
    return Page(text=text, title=doc.short_title() or None, method="readability")


def _visible_text(html: str) -> Page | None:
    from lxml import html as lh

    try:
        root = lh.document_fromstring(html)
    except Exception:  # noqa: BLE001 - lxml raises several types on hopeless input
        return None
    title_el = root.find(".//title")
    title = title_el.text_content().strip() if title_el is not None else None
    body = root.find(".//body")
    text = _tree_text(body if body is not None else root)
    return Page(text=text, title=title or None, method="visible-text") if text.strip() else None


def extract(html: str, url: str | None = None) -> Page | None:
    """The article in ``html`` (None when the page holds no text at all)."""
    page = None
    try:
        page = _trafilatura(html, url)
    except Exception:  # noqa: BLE001 - an extractor bug on one page must not stop the batch
        page = None
    if page is None or len(page.text.strip()) < 40:
        try:
            alt = _readability(html)
        except Exception:  # noqa: BLE001
            alt = None
        if alt is not None and (page is None or len(alt.text.strip()) > len(page.text.strip())):
            if page is not None:  # keep trafilatura's metadata, take readability's text
                page.text, page.method = alt.text, alt.method
                page.title = page.title or alt.title
            else:
                page = alt
    if page is None or not page.text.strip():
        alt = _visible_text(html)
        if alt is not None:
            if page is not None:
                page.text, page.method = alt.text, alt.method
                page.title = page.title or alt.title
            else:
                page = alt
    return page
