"""Fuzzing every text entry point: random Unicode and pathological shapes, and the invariants that must hold.

Entry points: the readers (bytes in any format and suffix, JSON records of any shape), the encoding
detector, the boilerplate cleaner, the Arabic layer (normalise + offset map, sentences, tokens,
stems, numbers), each extractor (times, amounts, quotes, events, entities) and the search query parser
(run against a real FTS5 table, so a parsed query that SQLite refuses fails here).

Invariants: nothing raises; every offset is an int inside the text; every span has start <= end and the
text it claims (``text[start:end] == fact.text`` and friends); time values are valid ISO 8601 as the
export contract writes them; stored text is valid UTF-8 (no lone surrogate reaches the store).

The default profile is small (the whole file runs in well under a minute). For a long run::

    MARSAD_FUZZ=long pytest tests/test_fuzz.py          # or: pytest tests/test_fuzz.py --hypothesis-profile=long
    MARSAD_FUZZ=long MARSAD_FUZZ_FACTOR=5 pytest tests/test_fuzz.py     # a shorter random run

Inputs that once failed live in ``tests/fuzz_regressions/`` (one file each) and are replayed through
the whole pipeline by ``test_regression_corpus``.
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import re
import sqlite3
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from marsad import pipeline
from marsad.arabic import normalize, normalize_with_map, split_sentences, tokenize
from marsad.arabic.normalize import map_span, strip_clitics
from marsad.arabic.numbers import dual_stem, parse_cardinal, parse_digits, parse_ordinal
from marsad.arabic.stem import index_terms, index_text, query_terms, term
from marsad.document import Document
from marsad.ingest import Failure, read_path
from marsad.ingest import boilerplate
from marsad.ingest.encoding import NotText, decode
from marsad.ingest.readers import document_from_record
from marsad.resources import lines, table
from marsad.store.common import fts_query, query_parts, snippet

HERE = Path(__file__).parent
REGRESSIONS = HERE / "fuzz_regressions"
LONG = os.environ.get("MARSAD_FUZZ", "").lower() == "long" or settings.default.max_examples >= 1000


FACTOR = float(os.environ.get("MARSAD_FUZZ_FACTOR", "50"))


def budget(n: int) -> settings:
    """Examples per test: small and derandomised by default; random and MARSAD_FUZZ_FACTOR (50) times more
    in the long profile."""
    return settings(max_examples=max(1, int(n * FACTOR)) if LONG else n, deadline=None, derandomize=not LONG,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much, HealthCheck.large_base_example,
                                           HealthCheck.function_scoped_fixture])


# ------------------------------------------------------------------------------------ strategies
AR_LETTERS = [chr(c) for c in range(0x0621, 0x064B)]
MARKS = [chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0640", "\u06D6", "\u06ED"]
DIGITS = list("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789")
CONTROLS = list("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                "\ufeff\u00ad\u061c\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e\x00")
COMBINING = [chr(c) for c in range(0x0300, 0x0370, 7)] + ["\u20dd", "\ufe0f"]
PUNCT = list(".،؛؟!«»“”\"'()[]{}:-/–—…%$٪٫٬,;?&<>#*|\\_=+`~@^") + [" ", " ", " ", "\n", "\n\n", "\t", "\r\n",
                                                                  "\r", "\u00a0", "\u2009"]
OTHER = list("AbcZİßДжΩא中文ﷲﻻﺍﹰ") + ["😀", "🇸🇦", "\U0001D400", "\U0010FFFD", "\uFFFD", "\uFFFF", "ẞ", "ǅ"]
CHARS = st.one_of(st.sampled_from(AR_LETTERS), st.sampled_from(AR_LETTERS), st.sampled_from(MARKS),
                  st.sampled_from(DIGITS), st.sampled_from(CONTROLS), st.sampled_from(COMBINING),
                  st.sampled_from(PUNCT), st.sampled_from(PUNCT), st.sampled_from(OTHER),
                  st.characters(exclude_categories=("Cs",)))


def _vocab() -> list[str]:
    """Words the extractors react to, from their own resource files, plus glue words."""
    words = set("قال أعلن وقال وأضاف أكد إن أن بأن منذ قبل بعد عام سنة العام الماضي المقبل الحالي يوم أمس غدا اليوم "
                "الساعة هـ م نحو أكثر من أقل حوالي مليون ألف مليار دولار ريال جندي قتل هاجم انسحاب الرئيس بغداد "
                "وزارة الدفاع الأمريكية المتحدث باسم مصدر مسؤول لم لن لا قد سوف الخميس آب أغسطس رمضان "
                "2024 1446 22 3.5 1,250,000 ٢٠٢٤ ٣٠ %".split())
    for name in ("times/months.tsv", "amounts/number_words.tsv", "times/ordinals.tsv", "times/duration_units.tsv",
                 "amounts/currencies.tsv", "quotes/cues.tsv", "events/triggers.tsv"):
        try:
            words.update(r[0] for r in table(name)[:400] if r and r[0])
        except (OSError, IndexError):
            pass
    for name in ("amounts/counted_nouns.txt", "quotes/anonymous_heads.txt", "ner/per_titles.txt"):
        try:
            words.update(lines(name)[:200])
        except OSError:
            pass
    return sorted(words)


VOCAB = _vocab()
WORD = st.one_of(st.sampled_from(VOCAB), st.sampled_from(VOCAB), st.sampled_from(VOCAB),
                 st.lists(CHARS, min_size=1, max_size=8).map("".join),
                 st.integers(-10 ** 25, 10 ** 25).map(str),
                 st.builds(lambda a, b: f"{a}{b}", st.sampled_from(["و", "ب", "ل", "ف", "ال", "وال", "«", "("]),
                           st.sampled_from(VOCAB)))
SEP = st.sampled_from([" ", " ", " ", " ", "، ", ". ", "\n", "\n\n", " «", "» ", ": ", " - ", "؟ ", "\u200f ", "  "])
# text that looks like news (so the extractors get past their first test) and raw noise
NEWSISH = st.lists(st.tuples(WORD, SEP), max_size=80).map(lambda ws: "".join(w + s for w, s in ws))
NOISE = st.lists(CHARS, max_size=400).map("".join)  # CHARS may be two code points (flags, CRLF)
TEXT = st.one_of(NEWSISH, NEWSISH, NOISE)
PUBLISHED = st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)).map(dt.date.isoformat),
                      st.sampled_from(["2024", "2024-08", "0001-01-01", "9999-12-31", "2024-08-22"]))


# ------------------------------------------------------------------------------------ invariants
def check_spans(text: str, spans, what: str = "") -> None:
    n = len(text)
    for s in spans:
        assert isinstance(s.start, int) and isinstance(s.end, int), (what, s)
        assert 0 <= s.start <= s.end <= n, (what, s, n)


ISO_DATE = re.compile(r"(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?")
TIME_PART = r"(?:T\d{2}(?::\d{2})?)?"
# ISO 8601 only: TimeML's parts of the day, seasons, decades and references are fields of their own
ISO_VALUE = re.compile(
    r"^(?:"
    rf"(?:\d{{4}}|XXXX)(?:-(?:\d{{2}}|XX)(?:-(?:\d{{2}}|XX))?)?{TIME_PART}"   # dates, partial dates, with a time
    r"|T\d{2}(?::\d{2})?"                                                      # a clock time alone
    r"|(?:\d{4}|XXXX)-W(?:\d{2}|XX)(?:-\d)?"                                  # weeks, weekdays
    r"|P(?:\d+(?:\.\d+)?[YMWD])*(?:T(?:\d+(?:\.\d+)?[HMS])+)?"               # durations, sets
    r")$")


def check_time_value(v) -> None:
    if v is None:
        return
    assert isinstance(v, str), v
    parts = v.split("/")
    assert 1 <= len(parts) <= 2, v
    for p in parts:
        assert ISO_VALUE.match(p), f"not an ISO value: {v!r}"
        m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?", p)
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
            assert 1 <= y <= 9999 and 1 <= mo <= 12, v
            if d:
                dt.date(y, mo, int(d))  # raises on 2024-02-30
        t = re.search(r"T(\d{2}):(\d{2})$", p)
        if t:
            assert int(t.group(1)) <= 24 and int(t.group(2)) < 60, v


def check_document(doc: Document, event_time_iso: bool = True) -> None:
    """Every fact of an annotated document inside its text, claiming the text it covers.

    ``event_time_iso``: also require ``Event.time`` to be an ISO value (once the events component
    put the surface text, "اليوم", there when the time had no value; see ``test_event_time_is_iso``)."""
    text = doc.text
    text.encode("utf-8")  # a lone surrogate would make the store (and the hash) fail
    for kind in ("sentences", "tokens", "entities", "times", "quantities", "quotes", "events"):
        check_spans(text, getattr(doc, kind), kind)
    for t in doc.tokens:
        assert text[t.start:t.end] == t.text and t.start < t.end
    for f in doc.entities + doc.times + doc.quantities:
        assert text[f.start:f.end] == f.text, (f, text[f.start:f.end])
        assert f.start < f.end, f
    for e in doc.entities:
        assert e.type in ("PER", "ORG", "LOC", "MISC"), e
    for t in doc.times:
        check_time_value(t.value)
    for q in doc.quantities:
        assert q.value is None or (isinstance(q.value, (int, float)) and q.value == q.value), q  # not NaN
    for q in doc.quotes:
        for a, b, field in ((q.content_start, q.content_end, q.content), (q.cue_start, q.cue_end, q.cue),
                            (q.speaker_start, q.speaker_end, None)):
            if a is None or b is None:
                continue
            assert 0 <= a <= b <= len(text), q
            if field is not None:
                assert text[a:b] == field, (q, text[a:b])
    for e in doc.events:
        assert e.start < e.end, e
        assert not e.trigger or e.trigger in text[e.start:e.end], e
        if e.time is not None and event_time_iso:
            check_time_value(e.time)


def run_component(doc: Document, name: str) -> None:
    pipeline.annotate_text_layer(doc)
    pipeline.run(doc, [name])
    check_document(doc)


# ------------------------------------------------------------------------------------ the Arabic layer
@budget(300)
@given(TEXT)
@example("İstanbul ﷲ ẞ ǅ")  # characters whose lower case is longer than themselves
@example("\u202eقال\u202c ٢٠٢٤\u200d😀\u0301")
def test_normalize_and_offset_map(text):
    norm, idx = normalize_with_map(text)
    assert len(norm) == len(idx)
    assert all(0 <= i < len(text) for i in idx)
    assert all(a < b for a, b in zip(idx, idx[1:]))
    assert isinstance(normalize(text), str)
    if norm:
        for a in range(0, len(norm), max(1, len(norm) // 7)):
            s, e = map_span(idx, a, len(norm), len(text))
            assert 0 <= s <= e <= len(text)


@budget(300)
@given(TEXT)
@example("د. أ.ف.ب.\n«قال: ...؟!»" + "." * 50)
def test_sentences_and_tokens(text):
    sents = split_sentences(text)
    check_spans(text, sents, "sentences")
    for a, b in zip(sents, sents[1:]):
        assert a.end <= b.start
    for s in sents:
        assert s.start < s.end and not text[s.start].isspace() and not text[s.end - 1].isspace()
    toks = tokenize(text)
    for t in toks:
        assert text[t.start:t.end] == t.text and t.start < t.end and t.norm == normalize(t.text)
    for a, b in zip(toks, toks[1:]):
        assert a.end <= b.start


@budget(300)
@given(TEXT)
def test_stems_and_numbers(text):
    index_text(text)
    query_terms(text)
    words = normalize(text).split()
    for w in words[:40]:
        term(w)
        index_terms(w)
        strip_clitics(w)
        dual_stem(w, frozenset({"جندي", "طائره"}))
        v = parse_digits(w)
        assert v is None or isinstance(v, float)
    for i in range(min(len(words), 30)):
        r = parse_cardinal(words, i)
        if r is not None:
            value, n, kind = r
            assert n >= 1 and i + n <= len(words) and kind in ("exact", "vague")
        o = parse_ordinal(words, i)
        assert o is None or (o[1] >= 1 and i + o[1] <= len(words))


# ------------------------------------------------------------------------------------ readers and cleaner
@budget(150)
@given(TEXT, st.one_of(st.none(), TEXT), st.booleans())
def test_cleaner(text, title, markdown):
    c = boilerplate.clean(text, title=title, markdown=markdown)
    assert isinstance(c.text, str)
    assert all(isinstance(k, int) for k in c.fates)
    assert "\n\n\n" not in c.text
    for para in c.text.split("\n\n"):
        assert para == "" or para.strip(), repr(para)


BYTES = st.one_of(
    st.binary(max_size=600),
    TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
    TEXT.map(lambda t: t.encode("utf-16")),
    TEXT.map(lambda t: t.encode("cp1256", "replace")),
    # lone surrogates and overlong forms as raw bytes (CESU-8, modified UTF-8)
    st.tuples(TEXT, st.sampled_from([b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xc0\x80", b"\xf4\x90\x80\x80",
                                     b"\xef\xbf\xbe", b"\xff\xfe", b"\xef\xbb\xbf"])).map(
        lambda p: p[1] + p[0].encode("utf-8") + p[1]),
)


@budget(120)
@given(BYTES)
def test_decode(data):
    try:
        text, enc = decode(data)
    except NotText:
        return
    assert isinstance(text, str) and isinstance(enc, str)


def _html_of(body: str, nested: int, entities: int) -> str:
    return ("<html><head><title>" + body[:30] + "</title></head><body>" + "<div>" * nested + "<p>" + body
            + "&amp;" * entities + "</p>" + "</div>" * nested + "</body></html>")


RECORD_VALUE = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), TEXT),
                            lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                    st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                            max_leaves=8)
FIELDS = ["content", "text", "body", "html", "title", "url", "date", "published", "date_extracted", "source",
          "author", "authors", "outlet", "articles", "items"]
RECORD = st.dictionaries(st.sampled_from(FIELDS), st.one_of(TEXT, RECORD_VALUE), max_size=6)


@budget(100)
@given(RECORD)
@example({"content": "\ud800 قال الوزير إن الاجتماع كان مثمرا جدا في بغداد اليوم وأضاف أن المحادثات ستستمر."})
@example({"content": ["فقرة", 3], "title": {"a": 1}, "url": 5, "date": [1, 2], "author": 7})
def test_json_record(rec):
    out = document_from_record(rec, "fuzz.jsonl#1")
    assert isinstance(out, (Document, Failure))
    if isinstance(out, Document):
        for v in (out.text, out.title, out.outlet, out.author, out.url, out.published, out.source):
            assert v is None or isinstance(v, str)
            if isinstance(v, str):
                v.encode("utf-8")


SUFFIXES = [".txt", ".html", ".md", ".json", ".jsonl", ".txt.gz", ".jsonl.gz", "", ".bin", ".xml"]


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


@budget(100)
@given(data=st.one_of(
    BYTES,
    st.builds(lambda b, n, e: _html_of(b, n, e).encode("utf-8"), TEXT, st.integers(0, 60), st.integers(0, 50)),
    st.lists(RECORD, max_size=4).map(lambda rs: "\n".join(json.dumps(r) for r in rs).encode("utf-8")),
    st.lists(RECORD, max_size=4).map(lambda rs: json.dumps(rs, ensure_ascii=False).encode("utf-8", "surrogatepass"))),
    suffix=st.sampled_from(SUFFIXES))
def test_readers_never_raise(fuzz_dir, data, suffix):
    p = fuzz_dir / ("input" + suffix)
    p.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    for item in read_path(p):
        assert isinstance(item, (Document, Failure))
        if isinstance(item, Document):
            assert item.text.strip()
            item.text.encode("utf-8")
            item.hash  # noqa: B018 - must not raise
            for v in (item.title, item.outlet, item.author, item.url, item.published):
                assert v is None or isinstance(v, str)
                if v:
                    v.encode("utf-8")


# ------------------------------------------------------------------------------------ extractors
@budget(200)
@given(TEXT, PUBLISHED)
@example("قبل 999999999 يوم وبعد 99999999 شهر وقبل 5000 عام", "2024-05-01")
@example("قبل 9999999999999999999999 أسبوع", "2024-05-01")
@example("غدا وبعد غد والأسبوع المقبل والعام المقبل", "9999-12-31")
@example("أمس والأسبوع الماضي والشهر الماضي والعام الماضي وقبل عامين", "0001-01-01")
def test_times(text, published):
    doc = Document(text=text, published=published)
    run_component(doc, "times")


@budget(150)
@given(TEXT)
@example("1,2,3,4 مليون مليار ألف دولار و 10e308 و" + "9" * 400 + " جندي")
def test_amounts(text):
    doc = Document(text=text)
    run_component(doc, "times")  # amounts reads the time spans
    run_component(doc, "amounts")


@budget(80)
@given(TEXT)
def test_quotes(text):
    doc = Document(text=text, published="2024-08-22")
    pipeline.annotate_text_layer(doc)
    pipeline.run(doc, ["entities", "times", "quotes"])
    check_document(doc)


@budget(80)
@given(TEXT)
def test_entities(text):
    doc = Document(text=text)
    run_component(doc, "entities")


@budget(60)
@given(TEXT)
def test_events(text):
    doc = Document(text=text, published="2024-08-22")
    pipeline.annotate_text_layer(doc)
    pipeline.run(doc, ["entities", "times", "events"])
    check_document(doc)


def test_event_time_is_iso():
    # with no publication date "اليوم" has no value, so the event has no time rather than the word
    doc = Document(text="قتل ثلاثة جنود اليوم في هجوم على بغداد.")
    pipeline.run(doc)
    assert doc.events and all(e.time is None for e in doc.events)
    check_document(doc, event_time_iso=True)
    doc = Document(text="قتل ثلاثة جنود اليوم في هجوم على بغداد.", published="2024-08-22")
    pipeline.run(doc)
    assert doc.events and all(e.time == "2024-08-22" for e in doc.events)
    check_document(doc, event_time_iso=True)


@budget(40)
@given(TEXT, PUBLISHED)
def test_whole_pipeline(text, published):
    doc = Document(text=text, published=published)
    pipeline.run(doc)
    check_document(doc)
    json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")


# ------------------------------------------------------------------------------------ search query parser
def check_fts_query(q: str) -> None:
    """Whatever a user types, the FTS5 expression built from it is valid FTS5 syntax (SQLite raises
    otherwise). Shared with fuzz/fuzz_marsad.py."""
    m = fts_query(q)
    if m:
        con = sqlite3.connect(":memory:")
        con.execute("CREATE VIRTUAL TABLE t USING fts5(body, content='')")
        con.execute("SELECT count(*) FROM t WHERE t MATCH ?", (m,)).fetchone()
        con.close()


@pytest.fixture(scope="module")
def fts():
    con = sqlite3.connect(":memory:", check_same_thread=False)
    con.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, content='', tokenize='unicode61')")
    con.execute("INSERT INTO t (rowid, title, body) VALUES (1, ?, ?)",
                (index_text("القوات الأمريكية"), index_text("قال الكاظمي إن القوات الأمريكية انسحبت من العراق")))
    yield con
    con.close()


HOSTILE_QUERY_BITS = ['"', "'", "«", "»", "*", "^", ":", "(", ")", "NEAR", "NEAR(", "AND", "OR", "NOT", "-",
                      "+", "{", "}", "body:", "title:", ";", "--", "/*", "*/", "' OR 1=1 --", "\"; DROP TABLE t; --",
                      "\\", "%", "_", "\x00", "\u202e", "ـ", "ال", "و"]
QUERY = st.one_of(TEXT, st.lists(st.one_of(st.sampled_from(HOSTILE_QUERY_BITS), WORD), max_size=20).map(" ".join),
                  st.lists(st.one_of(st.sampled_from(HOSTILE_QUERY_BITS), WORD), max_size=20).map("".join))


@budget(400)
@given(QUERY, st.booleans())
@example('"', False)
@example('"القوات" AND NOT * NEAR(a b) ^title: body:"x', True)
@example("''\"\"«»", False)
@example('"ـ" "\u064b"', False)
def test_search_query_parser(fts, q, any_term):
    m = fts_query(q, any_term)
    assert m is None or isinstance(m, str)
    if m is not None:
        fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", (m,)).fetchone()  # SQLite accepts it
    parts = query_parts(q)
    assert all(isinstance(p, list) and all(isinstance(t, str) and t for t in p) for p in parts)
    assert (m is None) == (not parts)
    text = "قال الكاظمي إن القوات الأمريكية انسحبت من العراق " + q
    sn = snippet(text, q)
    assert 0 <= sn["start"] <= sn["end"] <= len(text) and text[sn["start"]:sn["end"]] == sn["text"]
    for a, b in sn["highlights"]:
        assert 0 <= a < b <= len(sn["text"])


# ------------------------------------------------------------------------------------ pathological shapes
ARTICLE = ("قال المتحدث باسم وزارة الدفاع إن القوات انسحبت من المدينة يوم الخميس 22 آب 2024 بعد اشتباكات "
           "أسفرت عن مقتل 12 شخصا وإصابة أكثر من ثلاثين آخرين، وأضاف أن الخسائر بلغت 5 ملايين دولار. ")


def _read_one(path: Path):
    items = list(read_path(path))
    assert len(items) >= 1 and all(isinstance(i, (Document, Failure)) for i in items)
    return items


def _timed(fn, limit: float):
    t = time.perf_counter()
    out = fn()
    took = time.perf_counter() - t
    assert took < limit, f"took {took:.1f}s (limit {limit}s)"
    return out


def test_five_megabyte_single_line(tmp_path):
    p = tmp_path / "one_line.txt"
    p.write_text((ARTICLE.replace("\n", " ") * (5 * 1024 * 1024 // len(ARTICLE.encode()) + 1)), encoding="utf-8")
    assert p.stat().st_size >= 5 * 1024 * 1024
    items = _timed(lambda: _read_one(p), 60)
    doc = items[0]
    assert isinstance(doc, Document) and len(doc.text) > 1_000_000
    # the text layer and the cheap extractors on the whole 5 MB line, bounded in time
    _timed(lambda: pipeline.annotate_text_layer(doc), 60)
    check_spans(doc.text, doc.sentences)
    short = Document(text=doc.text[:200_000], published="2024-08-24")
    _timed(lambda: pipeline.run(short, ["times", "amounts"]), 60)
    check_document(short)


def test_hundred_thousand_short_lines(tmp_path):
    p = tmp_path / "lines.txt"
    words = ARTICLE.split()
    p.write_text("\n".join(words[i % len(words)] for i in range(100_000)), encoding="utf-8")
    items = _timed(lambda: _read_one(p), 60)
    if isinstance(items[0], Document):
        _timed(lambda: pipeline.annotate_text_layer(items[0]), 30)
        check_document(items[0])


def test_deeply_nested_html(tmp_path):
    for depth in (200, 5000, 100_000):
        p = tmp_path / f"nested_{depth}.html"
        p.write_text("<html><body>" + "<div><span>" * depth + "<p>" + ARTICLE * 3 + "</p>" + "</span></div>" * depth
                     + "</body></html>", encoding="utf-8")
        items = _timed(lambda: _read_one(p), 60)
        for it in items:
            if isinstance(it, Document):
                check_document(pipeline.run(Document(text=it.text[:5000]), ["times", "amounts"]))


def test_html_entity_bomb(tmp_path):
    p = tmp_path / "bomb.html"
    bomb = "&amp;&lt;&#1575;&#x627;&nbsp;&ZeroWidthSpace;&#0;&#xD800;&#x110000;&#99999999999;" * 60_000
    p.write_text("<!DOCTYPE html [<!ENTITY a \"&b;&b;&b;&b;&b;\"><!ENTITY b \"xxxxxxxxxx\">]><html><body><p>"
                 + ARTICLE + "&a;" * 1000 + "</p><p>" + bomb + "</p></body></html>", encoding="utf-8")
    items = _timed(lambda: _read_one(p), 60)
    for it in items:
        if isinstance(it, Document):
            it.text.encode("utf-8")
            assert len(it.text) < 50 * p.stat().st_size  # no expansion bomb
    # the same entities in a JSON record's title and body (the reader unescapes titles)
    rec = {"title": "&#xD800;&#0;" * 100 + "عنوان", "content": ARTICLE + bomb[:100_000]}
    out = document_from_record(rec, "bomb.jsonl#1")
    if isinstance(out, Document):
        out.text.encode("utf-8")
        (out.title or "").encode("utf-8")


# ------------------------------------------------------------------------------------ regressions
def _regression_inputs():
    if not REGRESSIONS.is_dir():
        return []
    return sorted(p for p in REGRESSIONS.iterdir() if p.is_file() and not p.name.startswith((".", "README")))


@pytest.mark.parametrize("path", _regression_inputs(), ids=lambda p: p.name)
def test_regression_corpus(path, tmp_path):
    """Inputs that once failed: read as a file (whatever its format), then every text through the whole
    pipeline with a few anchors, every invariant checked."""
    target = tmp_path / path.name
    target.write_bytes(path.read_bytes())
    texts = []
    for item in read_path(target):
        assert isinstance(item, (Document, Failure))
        if isinstance(item, Document):
            texts.append(item.text)
    raw = path.read_bytes().decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape")
    texts.append(raw.decode("utf-8", "replace"))
    for text in texts:
        for published in (None, "2024-05-01", "9999-12-31", "0001-01-01"):
            doc = Document(text=text, published=published)
            pipeline.run(doc)
            check_document(doc)
    check_fts_query(texts[-1][:500])
