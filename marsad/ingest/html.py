"""Main text and metadata of an HTML page.

In: the page's HTML (and its URL when known). Out: a ``Page`` (text, one paragraph per line, and
metadata). Small widget blocks of the body — named so by their class or id, or made almost only of
links (share bars, "related" lists) — are removed first (``strip_widgets``). Then
trafilatura (main-text extraction plus its metadata: title, author, date, site name,
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
from functools import lru_cache

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


# ------------------------------------------------------------------------------------- widgets
# Share bars, "related" lists, tag clouds and cookie banners often sit inside the article element,
# where trafilatura keeps them. Two signs give them away before extraction: a class or id naming the
# widget (resources/boilerplate/html_classes.txt), and link density — a small block whose text is
# nearly all link text (a list of other stories, a row of platform buttons). Only small blocks go:
# the article's own container is long, and a paragraph that merely cites a source has more text than links.
WIDGET_MAX_CHARS = 600  # longer blocks are never removed here
WIDGET_MAX_ELEMENTS = 20000  # a page with more elements is passed on untouched (cost bound)
LINK_LIST_MIN_LINKS = 3
LINK_TEXT_SHARE = 0.8
_LINK_LIST_TAGS = {"ul", "ol", "div", "nav", "section", "aside", "p", "span", "footer", "header", "form"}
_KEEP_TAGS = {"html", "body", "article", "main", "head", "title", "h1"}
_CLASS_SPLIT = re.compile(r"[\s_\-]+")


@lru_cache(maxsize=1)
def _widget_words() -> frozenset[str]:
    from ..resources import lines

    return frozenset(w.lower() for w in lines("boilerplate/html_classes.txt"))


def _short_text(el, limit: int) -> int | None:
    """Length of the element's text, or None once it passes ``limit`` (without reading the rest)."""
    n = 0
    for t in el.itertext():
        n += len(t.strip())
        if n > limit:
            return None
    return n


def _is_widget(el, words: frozenset[str]) -> bool:
    tag = el.tag.lower()
    if tag in _KEEP_TAGS:
        return False
    n = _short_text(el, WIDGET_MAX_CHARS)
    if n is None:
        return False
    attr = ((el.get("class") or "") + " " + (el.get("id") or "")).lower()
    if attr.strip() and any(w in words for w in _CLASS_SPLIT.split(attr) if w):
        return True
    if tag in _LINK_LIST_TAGS and n:
        links = el.findall(".//a")
        if len(links) >= LINK_LIST_MIN_LINKS:
            linked = sum(len(t.strip()) for a in links for t in a.itertext())
            return linked >= LINK_TEXT_SHARE * n
    return False


def strip_widgets(html: str) -> str:
    """``html`` without the small widget blocks of the body (the page unchanged if it cannot be parsed)."""
    from lxml import html as lh

    try:
        root = lh.document_fromstring(html)
    except Exception:  # noqa: BLE001 - lxml raises several types on hopeless input
        return html
    body = root.find(".//body")
    if body is None:
        return html
    words = _widget_words()
    doomed = []
    stack = list(body)
    seen = 0
    while stack:  # outermost widgets only: a removed block's children need no look
        el = stack.pop()
        seen += 1
        if seen > WIDGET_MAX_ELEMENTS:  # a pathological page: leave it to the extractors
            return html
        if not isinstance(el.tag, str):
            continue
        if _is_widget(el, words):
            doomed.append(el)
        else:
            stack.extend(el)
    if not doomed:
        return html
    try:
        for el in doomed:
            el.drop_tree()  # keeps the text after the element (its tail)
        return lh.tostring(root, encoding="unicode")
    except Exception:  # noqa: BLE001 - a tree lxml cannot write back (too deep): extract from the page as is
        return html


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


def _trafilatura(html: str, url: str | None, declared: tuple = (None, None)) -> Page | None:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True, include_images=False, include_links=False,
                                      favor_recall=True, deduplicate=False)
    if doc is None:
        return None
    get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    text = get("text") or ""
    # the page's own date and address were read before its widgets were removed
    return Page(text=text, title=get("title"), author=get("author"), date=declared[0] or get("date"),
                sitename=get("sitename"), url=declared[1] or get("url"), method="trafilatura")


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
    declared = (declared_date(html), declared_url(html))
    html = strip_widgets(html)
    try:
        page = _trafilatura(html, url, declared)
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
