"""A line classifier that keeps the article out of already-scraped page text.

Scraped text (the seeds, JSON ``content`` fields, the text of an HTML page) arrives as lines: the
title, the body paragraphs and headings, and the page furniture the scraper swept up with them —
share widgets, photo captions, breadcrumbs, donation appeals, comment forms, "related articles"
and "most popular" lists. Every line gets a fate:

* phrase rules (``resources/boilerplate/*.txt``): a line that *is* a known widget label, *starts
  with* a known prefix, or fully matches a pattern is dropped wherever it is;
* make-up rules: a short line made only of furniture vocabulary — family phrases
  (``families.tsv``: share, print, copy-link, privacy, login, newsletter, read-also, follow, comments,
  tags, related, cookie, app, copyright, ...) and UI words (``ui_words.tsv``: imperative verbs, platform
  names, the link/story/page acted on, counters, glue) — is furniture of that family, however it is
  worded ("شارك عبر واتساب", "انسخ رابط المقال"); so is a line of only menu section names, a bullet
  with a bare count, a line of punctuation, a short Latin-only line in an Arabic page (a language
  switch, "Share this"), and a line of other stories' headlines run together with wide gaps;
* structural rules: everything from an end marker ("مقالات متعلقة", "ترك الرد", "الأكثر شعبية")
  to the end is dropped when it sits in the tail of the page (or nothing article-like follows it);
  above the first body paragraph, the first heading-like line of three words or more is the title,
  short lines before it are navigation, a line starting with the breadcrumb root is a breadcrumb,
  and a bare two-to-five word name right under the title is the byline.

Everything else is body, headings inside the body included. Lines are then re-joined into
paragraphs ("\\n\\n" between them), mending sentences a scraper broke across a blank line.

``clean`` reports the fate of every input line (``Cleaned.fates``, 1-based line numbers) so tests
can check a seed line by line; a line dropped by its make-up has the fate ``furniture-<family>``.
``furniture_family(line)`` is the make-up rule alone. Measured by ``benchmarks/boilerplate.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..arabic.normalize import normalize, normalize_with_map
from ..resources import lines as resource_lines
from ..resources import table

# Sentence-final punctuation, possibly followed by closing quotes/brackets.
_TERMINAL = set(".!?؟…")
_CLOSERS = set("\"'»”’)]}")
_INVISIBLE = " \t\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_LIST_MARKS = set("*-•·–—►▪●")
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# [name](#) / [name](http://...) → name; ![alt](src) → nothing
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_EMPH = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_WORD = re.compile(r"[^\W\d_][^\W_]*")
_EDGE_PUNCT = " \t.:;,،؛!?؟…-–—|/\\*•·\"'«»“”()[]"

BODY_MIN_WORDS = 12  # a line this long ending a sentence is a body paragraph
BODY_LONG_WORDS = 25  # a line this long is body even without final punctuation
HEADING_MAX_WORDS = 30
JOIN_MIN_WORDS = 20  # a line broken mid-sentence is long; headings are not
JOIN_PUNCTUATED_SHARE = 0.85  # share of long lines ending a sentence for a text to count as punctuated
PREFIX_MAX_WORDS = 12  # prefix rules only drop short lines
TAIL_SHARE = 0.5  # an end marker in the last half of the text cuts everything after it
TAIL_LINES = 4  # tail patterns are looked for in the last lines only
KEY_WORDS = 40  # lines up to this long get a full matching key ...
KEY_PREFIX_WORDS = 14  # ... longer ones a key of their first words
WRAP_MIN_WIDTH = 40  # hard-wrapped text: lines cut at 40-100 characters
WRAP_MAX_WIDTH = 100


def _norm(s: str) -> str:
    """The matching key of a line: normalised, single-spaced, without edge punctuation."""
    return " ".join(normalize(s).split()).strip(_EDGE_PUNCT)


def _key(line: str) -> str:
    """The matching key of a line. Phrase, marker, caption and title rules only ever match lines
    of up to KEY_WORDS words; a longer line (a body paragraph) keys on its first words only,
    enough for the prefix rules and much cheaper than normalising all of it."""
    if line.count(" ") < KEY_WORDS:
        return _norm(line)
    return _norm(" ".join(line.split(" ", KEY_PREFIX_WORDS)[:KEY_PREFIX_WORDS]))


@lru_cache(maxsize=None)
def _phrases(name: str) -> frozenset[str]:
    return frozenset(k for k in (_norm(x) for x in resource_lines(name)) if k)


@lru_cache(maxsize=None)
def _prefixes(name: str) -> tuple[str, ...]:
    # keep a trailing ":" out of the key so "اقرأ أيضا:" and "اقرأ أيضا -" both match
    return tuple(sorted({k for k in (_norm(x) for x in resource_lines(name)) if k}, key=len, reverse=True))


@lru_cache(maxsize=None)
def _patterns(name: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in resource_lines(name))


@lru_cache(maxsize=None)
def _self_names() -> tuple[tuple[str, re.Pattern, str, str], ...]:
    # (literal anchor, regex over raw text — punctuation kept: "(المطلع)" must not match the word
    #  المطلع —, whole-line key of a line that is nothing but the name, outlet name)
    return tuple((_anchor(key), _variant_regex(key), _norm(key), name)
                 for kind, key, name in table("outlets.tsv") if kind == "self")


def _anchor(phrase: str) -> str:
    """The longest stretch of ``phrase`` spelled one way only: a cheap substring test before the regex."""
    runs = re.split(r"[\s" + "".join(set("".join(_VARIANTS.values()))) + "]+", phrase)
    return max(runs, key=len) if runs else ""


_VARIANTS = {"ا": "اأإآٱ", "ي": "يىئ", "ى": "يىئ", "ه": "هة", "ة": "هة", "و": "وؤ", "ك": "كک"}
_MARKS = "[\u064b-\u065f\u0670\u0640\u200c\u200d]*"


def _variant_regex(phrase: str) -> re.Pattern:
    """A regex finding ``phrase`` in raw text whatever its alef/ya/ta-marbuta spelling, diacritics and
    spacing: searching the raw text is much cheaper than normalising all of it."""
    parts = []
    for ch in normalize(phrase):
        if ch.isspace():
            parts.append(r"\s+")
        elif ch in _VARIANTS:
            parts.append("[" + _VARIANTS[ch] + "]" + _MARKS)
        else:
            parts.append(re.escape(ch) + _MARKS)
    return re.compile("".join(parts), re.IGNORECASE)


def _words(s: str) -> int:
    return len(s.split())


def ends_sentence(s: str) -> bool:
    s = s.rstrip(_INVISIBLE).rstrip()
    while s and s[-1] in _CLOSERS:
        s = s[:-1].rstrip()
    return bool(s) and s[-1] in _TERMINAL


def _ends_with_ellipsis(s: str) -> bool:
    s = s.rstrip()
    return s.endswith("...") or s.endswith("…")


@lru_cache(maxsize=4096)
def is_body_like(s: str) -> bool:
    """A paragraph of running text: long enough and ending a sentence (teasers end in "...")."""
    if _ends_with_ellipsis(s):
        return False
    n = _words(s)
    return (n >= BODY_MIN_WORDS and ends_sentence(s)) or n >= BODY_LONG_WORDS


def is_heading_like(s: str) -> bool:
    s = s.rstrip()
    return (0 < _words(s) <= HEADING_MAX_WORDS and not is_body_like(s)
            and s[-1:] not in (".", "،", ",", "؛", ";"))


def tidy(line: str, markdown: bool = False) -> str:
    """One scraped line with link debris and odd spaces removed (text otherwise untouched)."""
    if "[" in line:
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
    if markdown:
        line = _MD_HEADING.sub("", line.lstrip())
        line = _MD_EMPH.sub(r"\2", line)
    line = line.replace("\u200b", "").replace("\ufeff", "")
    return _SPACE.sub(" ", line).strip()


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None  # a self-name found in the text (before furniture was dropped)
    fates: dict[int, str] = field(default_factory=dict)  # line number (1-based) → body/title/author/<drop reason>

    def kept(self) -> list[int]:
        return [n for n, f in self.fates.items() if f == "body"]

    def dropped(self) -> list[int]:
        return [n for n, f in self.fates.items() if f not in ("body", "title", "author", "joined")]


@dataclass
class _Line:
    no: int  # 1-based line number in the input
    text: str
    key: str  # _norm(text)
    blank_before: bool
    fate: str = "body"



# ------------------------------------------------------------------ furniture by its make-up
# A widget label is a few words drawn from a small vocabulary: an imperative addressed to the reader
# (شارك، انسخ، اطبع، تابعونا), a platform (واتساب، تويتر), the thing acted on (الرابط، الخبر، الصفحة),
# glue (عبر، على) and the family phrases of families.tsv (سياسة الخصوصية، حجم الخط). A line made of
# nothing else is furniture whatever its exact wording, so labels never seen before ("شارك عبر واتساب",
# "انسخ رابط المقال") go with the ones seen; a headline or sentence always has words outside it.
UI_MAX_WORDS = 12  # longer lines are furniture only through two strong phrases (cookie notices)
UI_LONG_MAX_WORDS = 45
SECTION_MAX_WORDS = 4
FOREIGN_MAX_WORDS = 8
_TOKEN = re.compile(r"[^\W_]+|©")
_ARABIC = re.compile(r"[\u0620-\u064a]")
_LATIN = re.compile(r"[A-Za-z]")


_LIST_ITEM = re.compile(r"\d{1,2}\s*[.)\-]\s")
_QUOTED = re.compile(r"[«»“”\"]")
_COUNTER_LINE = re.compile(r"[•·▪●]\s*\d{1,6}")
_URL = re.compile(r"(?:https?://|www\.)\S+")
# families whose header may carry a tab or topic label after it ("الأكثر قراءة الأخبار", "كلمات دلالية: العراق")
HEADER_FAMILIES = {"read-also", "related", "tags", "comments", "follow", "newsletter"}


def _tokens(key: str) -> list[str]:
    # a link pasted into a widget label ("انسخ الرابطhttps://...") is not a word of it
    return _TOKEN.findall(_URL.sub(" ", key) if "http" in key or "www." in key else key)


@lru_cache(maxsize=None)
def _ui_vocab() -> tuple[dict[tuple[str, ...], tuple[str, bool]], dict[str, str], int]:
    """(phrase tokens → (family, strong), word → kind, longest phrase in tokens)."""
    phrases: dict[tuple[str, ...], tuple[str, bool]] = {}
    words: dict[str, str] = {}
    for row in table("boilerplate/families.tsv"):
        toks = tuple(_tokens(_norm(row[1]))) if len(row) > 1 else ()
        if toks:
            phrases.setdefault(toks, (row[0], len(row) > 2 and row[2] == "strong"))
    for kind, word in table("boilerplate/ui_words.tsv"):
        toks = tuple(_tokens(_norm(word)))
        if len(toks) == 1:
            words.setdefault(toks[0], kind)
        elif toks:  # a platform written in two words (فيس بوك، تيك توك)
            phrases.setdefault(toks, ("share" if kind == "platform" else kind, False))
    longest = max((len(k) for k in phrases), default=1)
    return phrases, words, longest


def _word_kind(w: str, words: dict[str, str]) -> str:
    if w.isdigit():
        return "number"
    kind = words.get(w)
    if kind:
        return kind
    # a conjunction in front (وتابعونا), a possessive behind (تطبيقنا، حسابك)
    for cand in ((w[1:],) if w[:1] in "وفبل" and len(w) > 3 else ()) + (
            (w[1:-2],) if w[:1] in "وفبل" and w.endswith(("نا", "كم")) and len(w) > 5 else ()) + (
            (w[:-2],) if w.endswith(("نا", "كم")) and len(w) > 4 else ()) + (
            (w[:-1],) if w.endswith("ك") and len(w) > 4 else ()):
        kind = words.get(cand)
        if kind:
            return kind
    return "other"


def furniture_family(line: str) -> str | None:
    """The widget family of a line made of furniture vocabulary ("شارك عبر واتساب" → share), else None.

    A numbered list item or a line quoting a name belongs to the article ("1. تطبيق «فيسبوك»")."""
    if _LIST_ITEM.match(line) or _QUOTED.search(line):
        return None
    return _family(_norm(line))


def _family(key: str) -> str | None:
    """``furniture_family`` of a line's matching key (``_norm``)."""
    toks = _tokens(key)
    n = len(toks)
    if not n or n > UI_LONG_MAX_WORDS:
        return None
    phrases, words, longest = _ui_vocab()
    families: list[str] = []
    header = False  # the line starts with a multi-word header phrase of HEADER_FAMILIES
    strong = anchors = other = 0
    counters = numbers = 0
    sections = 0
    i = 0
    while i < n:
        hit = None
        for size in range(min(longest, n - i), 0, -1):
            span = tuple(toks[i:i + size])
            hit = phrases.get(span)
            if hit is None and span[0][:1] in "وف" and len(span[0]) > 2:
                hit = phrases.get((span[0][1:],) + span[1:])
            if hit is not None:
                header = header or (i == 0 and size > 1 and hit[0] in HEADER_FAMILIES)
                families.append(hit[0])
                strong += hit[1]
                anchors += 1
                i += size
                break
        if hit is not None:
            continue
        kind = _word_kind(toks[i], words)
        if kind in ("verb", "platform"):
            anchors += 1
            families.append("share" if kind == "platform" else "ui")
        elif kind == "counter":
            counters += 1
        elif kind == "number":
            numbers += 1
        elif kind == "section":
            sections += 1
        elif kind == "other":
            other += 1
        i += 1
    if counters and numbers:  # "334 مشاهدة", "عدد المشاهدات (839)"
        anchors += counters
        families.append("counter")
    family = next((f for f in families if f not in ("ui", "share")), None) or (families[0] if families else None)
    if n > UI_MAX_WORDS:
        return family if strong >= 2 else None
    if anchors and other == 0:
        return family
    if strong and other <= 3:
        return family
    if header or (anchors >= 2 and other <= 1):
        # "الأكثر قراءة الأخبار الشرق الأوسط", "ليصلك المزيد اشترك بقناتنا على التليكرام"
        return family
    if not anchors and not other and not counters and sections and n <= SECTION_MAX_WORDS:
        return "navigation"  # a menu or section label: "عربي دولي"، "أخبار العالم العربي"
    return None


def _foreign_chrome(text: str) -> bool:
    """A short line in Latin script only (a language switch, "Share this", "Author Avatar")."""
    return (_words(text) <= FOREIGN_MAX_WORDS and not _ARABIC.search(text) and bool(_LATIN.search(text)))


def _ticker(raw_line: str) -> bool:
    """Headlines of other stories run together on one line, separated by wide gaps."""
    return len(re.findall(r"\S {3,}(?=\S)", raw_line)) >= 3 and not ends_sentence(raw_line.split("   ")[0])


def _phrase_fate(key: str, n_words: int) -> str | None:
    if key in _phrases("boilerplate/lines.txt"):
        return "furniture"
    if n_words <= PREFIX_MAX_WORDS and key.startswith(_prefixes("boilerplate/prefixes.txt")):
        return "furniture"
    for pat in _patterns("boilerplate/patterns.txt"):
        if pat.fullmatch(key):
            return "furniture"
    return None


def _strip_tail(text: str) -> str:
    """Cut a 'link to this story' sentence glued to the end of a paragraph."""
    pats = _patterns("boilerplate/tail_patterns.txt")
    quick = normalize(text)  # cheap check first; the offset map is only built on a hit
    if not any(p.search(quick) for p in pats):
        return text
    norm, idx = normalize_with_map(text)
    for p in pats:
        m = p.search(norm)
        if m:
            return text[: idx[m.start()]].rstrip() if m.start() < len(idx) else text
    return text


def _caption_marker(key: str) -> str | None:
    for m in _prefixes("boilerplate/caption_markers.txt"):
        if key.startswith(m):
            return m
    return None


def _is_byline(s: str) -> str | None:
    """The author's name when ``s`` is a byline line, else None. Conservative on purpose."""
    words = s.split()
    key_words = _norm(s).split()
    prefixes = _prefixes("boilerplate/byline_prefixes.txt")
    for p in prefixes:
        pw = p.split()
        if key_words[: len(pw)] == pw and len(words) > len(pw):
            name = " ".join(words[len(pw):]).strip(_EDGE_PUNCT)
            return name if 1 <= _words(name) <= 6 else None
    if not 2 <= len(words) <= 5:
        return None
    stop = _phrases("boilerplate/not_name_words.txt")
    if len(key_words) != len(words):
        return None
    for k in key_words:  # the normalised form: a shadda or tatweel must not hide a name
        if not _WORD.fullmatch(k) or any(ch.isdigit() for ch in k) or k in stop:
            return None
    return s.strip()


def clean(raw: str, title: str | None = None, markdown: bool = False) -> Cleaned:
    """Classify the lines of scraped text and rebuild the article as paragraphs.

    ``title`` is the title when the caller already knows it (JSON field, HTML metadata): the
    repeated title line is then dropped and no line is promoted to title.
    """
    items: list[_Line] = []
    fates: dict[int, str] = {}
    blank = True
    for no, line in enumerate(raw.splitlines(), 1):
        t = tidy(line, markdown)
        if not t:
            blank = True
            continue
        # the key serves phrase, marker and title matching, all on short lines: a long line's
        # key is its beginning, which keeps the cost of normalising it off every body paragraph
        items.append(_Line(no, t, _key(t), blank, "ticker" if _ticker(line) else "body"))
        blank = False
    if not items:
        return Cleaned("", title, None, None, fates)
    _unwrap(items)

    # 1. the outlet naming itself, before its appeal lines are dropped as furniture
    outlet = None
    selfs = _self_names()
    for anchor, rx, line_key, name in selfs:
        if anchor in raw and rx.search(raw):
            outlet = outlet or name
            for it in items:
                if it.key == line_key:
                    it.fate = "outlet-name"
    # 2. phrase rules, photo captions and lines made of furniture vocabulary
    sample = raw[:4000]
    arabic = len(_ARABIC.findall(sample)) >= 2 * len(_LATIN.findall(sample))
    ends = _phrases("boilerplate/end_markers.txt")
    for it in items:
        if it.fate != "body" or it.key in ends:  # end markers are judged by position below
            continue
        marker = _caption_marker(it.key)
        if marker:
            # The scraper wrote the caption twice: plain, then after the icon's alt text. The icon
            # copy goes; the plain one stays, because captions carry dated, sourced facts
            # ("... شمال شرقي سوريا- 31 من كانون الأول 2022 (سينتكوم)").
            it.fate = "caption"
            continue
        if not it.key or _COUNTER_LINE.fullmatch(it.text):
            # nothing but punctuation and symbols ("—", "|"), or a bullet and a bare count beside
            # a story (views, comments, shares: "• 0", "• 334")
            it.fate = "furniture"
            continue
        f = _phrase_fate(it.key, _words(it.text))
        if f:
            it.fate = f
            continue
        fam = furniture_family(it.text) if it.text.count(" ") < UI_LONG_MAX_WORDS else None
        if fam:
            it.fate = "furniture-" + fam
            continue
        if arabic and _foreign_chrome(it.text):
            it.fate = "furniture-foreign"

    live = [it for it in items if it.fate == "body"]
    # 3. end markers: cut the tail (related articles, comments, most-popular teasers)
    total = sum(len(it.text) for it in live) or 1
    seen = 0
    seen_body = False
    for i, it in enumerate(live):
        if it.key in ends and seen_body:
            rest = live[i + 1:]
            if seen / total >= TAIL_SHARE or not any(is_body_like(r.text) for r in rest):
                it.fate = "end-marker"
                for r in rest:
                    r.fate = "after-end-marker"
                break
            it.fate = "end-marker"  # mid-article widget header: drop the header, keep what follows
        seen += len(it.text)
        seen_body = seen_body or is_body_like(it.text)
    live = [it for it in live if it.fate == "body"]

    # 4. the head: breadcrumbs, title, byline, navigation above the title
    first_body = next((i for i, it in enumerate(live) if is_body_like(it.text)), len(live))
    head = live[:first_body]
    roots = tuple(r + " " for r in _prefixes("boilerplate/breadcrumb_roots.txt"))  # whole first word
    author = None
    tkey = _norm(title) if title else None
    title_idx = None
    for i, it in enumerate(head):
        if it.key.startswith(roots) and not is_body_like(it.text):
            it.fate = "breadcrumb"
        elif tkey and (it.key == tkey or (len(tkey) > 10 and it.key.endswith(tkey))):
            it.fate = "title"
            title_idx = i
    if title is None:
        for i, it in enumerate(head):
            if it.fate == "body" and is_heading_like(it.text) and _words(it.text) >= 3:
                it.fate = "title"
                title = it.text
                title_idx = i
                break
        if title_idx is not None:
            # short lines above the title are section labels and menus
            for it in head[:title_idx]:
                if it.fate == "body" and _words(it.text) <= 6:
                    it.fate = "navigation"
    if title_idx is not None and title_idx + 1 < len(head):
        nxt = head[title_idx + 1]
        name = _is_byline(nxt.text) if nxt.fate == "body" else None
        if name:
            nxt.fate = "author"
            author = name
    live = [it for it in live if it.fate == "body"]

    # 5. paragraphs, mending sentences broken across a line break. Only in text whose paragraphs
    # end with a full stop as a rule (the seeds); many outlets end paragraphs without one
    # (SaudiNewsNet), and there a long line without a stop is just a paragraph.
    long_lines = [it.text for it in live if _words(it.text) >= JOIN_MIN_WORDS]
    punctuated = bool(long_lines) and (
        sum(1 for t in long_lines if ends_sentence(t)) >= JOIN_PUNCTUATED_SHARE * len(long_lines))
    paras: list[str] = []
    last: _Line | None = None
    tail_from = len(live) - TAIL_LINES
    for i, it in enumerate(live):
        # "link to this story" sentences are glued to the last paragraphs only
        text = _strip_tail(it.text) if i >= tail_from else it.text
        if not text:
            it.fate = "furniture"
            continue
        if last is not None and paras and _broken(paras[-1], text, punctuated):
            paras[-1] = paras[-1] + " " + text
            it.fate = "joined"
        else:
            paras.append(text)
        last = it
    for it in items:
        fates[it.no] = it.fate
    return Cleaned("\n\n".join(paras), title, author, outlet, fates)


def _unwrap(items: list[_Line]) -> None:
    """Re-join paragraphs of a hard-wrapped text file (every line cut near the same width).

    Only when most lines of the whole text sit just under one width of at most WRAP_MAX_WIDTH
    characters — scraped pages have one line per paragraph and never look like that. A line well
    short of the width ends its paragraph; a blank line always does.
    """
    if len(items) < 4:
        return
    widths = sorted(len(it.text) for it in items)
    width = widths[int(len(widths) * 0.9) - 1]
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return
    full = sum(1 for w in widths if 0.75 * width <= w <= width + 5)
    if full < 0.6 * len(items):
        return
    head: _Line | None = None
    head_last = ""
    for it in items:
        if head is not None and not it.blank_before and len(head_last) >= 0.75 * width:
            head.text += " " + it.text
            it.fate = "joined"
            head_last = it.text
            continue
        if head is not None and head.text != head_last:
            head.key = _key(head.text)
        head, head_last = it, it.text
    if head is not None and head.text != head_last:
        head.key = _key(head.text)


def _open_quote(s: str) -> bool:
    """A quotation opened in ``s`` and not closed: the sentence certainly goes on."""
    return s.count("«") > s.count("»") or s.count("“") > s.count("”") or s.count('"') % 2 == 1


def _broken(prev: str, nxt: str, punctuated: bool) -> bool:
    """True when ``prev`` stops mid-sentence and ``nxt`` carries on (never joins a heading)."""
    if ends_sentence(prev) or prev.rstrip(_INVISIBLE).rstrip()[-1:] in (":", "؛", ";"):
        return False
    if _words(prev) < JOIN_MIN_WORDS or nxt[:1] in _LIST_MARKS or nxt[:1].isdigit():
        return False
    if not (ends_sentence(nxt) or _words(nxt) >= JOIN_MIN_WORDS):
        return False
    return punctuated or _open_quote(prev)


def _similar(a: str, b: str) -> bool:
    """Two captions are the same when they agree after dropping quotes and punctuation."""
    sa = re.sub(r"[^\w\s]", "", a).split()
    sb = re.sub(r"[^\w\s]", "", b).split()
    if not sa or not sb:
        return False
    if sa == sb:
        return True
    common = len(set(sa) & set(sb))
    return common >= 0.8 * max(len(set(sa)), len(set(sb)))
