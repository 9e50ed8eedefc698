"""Ingest on real inputs: the five scraped seeds line by line, SaudiNewsNet articles as JSONL and
wrapped in news-page furniture as HTML, and a folder of bad inputs."""
from __future__ import annotations

import functools
import gzip
import html
import itertools
import json
import re
import time
import unicodedata
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.ingest import Failure, iter_documents, iter_paths, read_path
from marsad.ingest.boilerplate import clean, tidy
from marsad.ingest.encoding import NotText, decode
from marsad.ingest.metadata import detect_language, iso_date, outlet_for_url

from badinput import ARABIC_ARTICLE, make_bad_input_folder, news_page
from conftest import DATA, SEEDS

SNN = DATA / "news" / "saudinewsnet.jsonl.gz"

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed corpus not available")
needs_snn = pytest.mark.skipif(not SNN.is_file(), reason="SaudiNewsNet not available")


def _seed(prefix: str) -> Path:
    return next(SEEDS.glob(prefix + "_*.txt"))


# What each seed must lose, line by line (1-based line numbers of the file). Every other non-blank
# line must survive into Document.text; "joined" lines survive glued to the line before them.
SEED_EXPECT = {
    "000": dict(title=3, dropped=set(), joined={13, 41}, outlet="المطلع", author=None),
    # 5: the photo caption repeated after "camera icon" (the plain copy, 3, is kept: it is dated and
    # sourced), 7: share widget, 70: "مقالات متعلقة"
    # and the close button + donation appeal after it
    "001": dict(title=1, dropped={5, 7, 70, 73, 75, 77, 79, 81, 83}, joined=set(), outlet="عنب بلدي",
                author=None),
    # 1-2: "Web Analytics", 4: the site's tagline, 6: breadcrumb; 30-53: comment form, "الأكثر شعبية"
    # and four teasers of other stories
    "002": dict(title=8, dropped={1, 2, 4, 6, 30, 32, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53}, joined=set(),
                outlet="من اجل عراق حر", author=None),
    "003": dict(title=3, dropped=set(), joined={25, 55, 67}, outlet=None, author=None),
    # 1: section label, 5: byline, 35-38: "مقالات ذات صلة", back-to-top button, close button
    "004": dict(title=3, dropped={1, 35, 37, 38}, joined=set(), outlet="البناء", author="محمد صادق الحسينيّ",
                author_line=5),
}


_FORMAT_CHARS = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def _flat(s: str) -> str:
    """Text compared word by word: NFKC, no invisible format characters, single spaces."""
    return " ".join(_FORMAT_CHARS.sub("", unicodedata.normalize("NFKC", s)).split())


@needs_seeds
@pytest.mark.parametrize("seed", sorted(SEED_EXPECT))
def test_seed_line_by_line(seed):
    exp = SEED_EXPECT[seed]
    path = _seed(seed)
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines()
    c = clean(raw)
    nonblank = {i for i, line in enumerate(lines, 1) if line.strip()}
    fates = c.fates
    assert set(fates) == nonblank
    assert fates[exp["title"]] == "title"
    assert c.title == lines[exp["title"] - 1].strip()
    dropped = {n for n, f in fates.items() if f not in ("body", "title", "joined", "author")}
    assert dropped == exp["dropped"]
    assert {n for n, f in fates.items() if f == "joined"} == exp["joined"]
    assert c.outlet == exp["outlet"]
    assert c.author == exp["author"]
    if exp.get("author_line"):
        assert fates[exp["author_line"]] == "author"

    docs = list(read_path(path))
    assert len(docs) == 1 and isinstance(docs[0], Document)
    doc = docs[0]
    assert doc.source == str(path) and doc.language == "ar"
    assert (doc.title, doc.outlet, doc.author) == (c.title, exp["outlet"], exp["author"])
    # the headline is the first paragraph of the analysed text; the body follows it
    assert doc.text[:doc.body_start] == c.title + "\n\n"
    body = doc.text[doc.body_start:]
    assert body == c.text
    flat = _flat(doc.text)
    for n in sorted(nonblank):
        line = _flat(tidy(lines[n - 1]))
        if fates[n] in ("body", "joined"):
            assert line in flat, f"line {n} lost"
        elif fates[n] not in ("title",) and len(line) > 8:
            assert line not in flat, f"line {n} kept"
    # one paragraph per kept line, minus the mended breaks
    body_lines = sum(1 for f in fates.values() if f == "body")
    assert body.count("\n\n") + 1 == body_lines
    assert "](#)" not in doc.text and "\n\n\n" not in doc.text


@needs_seeds
def test_seed_details():
    d0 = next(read_path(_seed("000")))
    # markdown link debris keeps the name only
    assert "بحسب مجلة ميلتيري الأمريكية" in d0.text and "[" not in d0.text
    # a sentence broken across a blank line is one sentence again
    assert "لتحقيق أهدافها ومصالحها بدلا من التواجد العسكري المباشر." in d0.text
    assert "التي اثارت الجدل داخل الأوساط" in d0.text
    # headings inside the body are kept as their own paragraphs
    assert "\n\nالخطر الجديد.. اشتباك مباشر مع \"قوات روسية\"\n\n" in d0.text
    d1 = next(read_path(_seed("001")))
    assert "camera icon" not in d1.text and d1.text.count("برادلي") == 1  # the caption once
    assert d1.text[d1.body_start:].startswith("مدرعات من نوع برادلي تابعة للجيش الأمريكي")
    assert d1.text.endswith("“إدارة بايدن لا تفكر في سحب القوات من سوريا”.")
    d2 = next(read_path(_seed("002")))
    assert d2.text[d2.body_start:].startswith("مع اقتراب عداد الايام") and d2.text.endswith("عاجزة عن منع الصدام المتوقع.")
    assert "العواصف" not in d2.text and "تعليقك" not in d2.text
    d3 = next(read_path(_seed("003")))
    assert "مع الرئيس الأمريكي جو بايدن عقب توليه" in d3.text
    assert "فشلت فيه وفقدت خلال ذلك" in d3.text
    # the two headings of 003 are not glued to anything
    assert "\n\nالانسحاب يأتي نتيجة لـ \"فشل\" أمريكا في العراق\n\n" in d3.text
    d4 = next(read_path(_seed("004")))
    assert d4.text[d4.body_start:].startswith("لم يكن ما جرى في العراق")
    assert d4.text.endswith("أو تحوّل العراق الى فيتنام ثانية.\n\nبعدنا طيّبين، قولوا الله")
    assert "الحسينيّ" not in d4.text and "إغلاق" not in d4.text


# ------------------------------------------------------------------------------ SaudiNewsNet
@functools.lru_cache(maxsize=1)
def _snn_sample(step: int = 97) -> tuple[dict, ...]:
    """Every ``step``-th article, so all fourteen outlets appear (the file is sorted by outlet)."""
    with gzip.open(SNN, "rt", encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in itertools.islice(fh, 0, None, step))


def _snn_records(n: int, min_chars: int = 0) -> list[dict]:
    return [r for r in _snn_sample() if len(r["content"].strip()) >= min_chars][:n]


# SaudiNewsNet content still holds some furniture of its outlets; the ingest must drop it
_SNN_TAILS = ("للتواصل مع الكاتب", "رابط الخبر بصحيفة الوئام")
_SNN_FURNITURE = re.compile(r"Next Previous.*|\.{3,4}المزيد|//\s*(?:انتهى|يتبع)\s*//|\d{1,2}:\d{2} ت م"
                            r"|\d{5,6} - \w+|تبدأ بالرمز.*|\S+@\S+")


def _snn_body(para: str) -> str:
    """The part of a SaudiNewsNet paragraph that must survive ingest ("" for furniture)."""
    for tail in _SNN_TAILS:
        para = para.split(tail)[0].strip()
    return "" if _SNN_FURNITURE.fullmatch(para) else para


@needs_snn
def test_jsonl_saudinewsnet(tmp_path):
    recs = _snn_records(200)
    p = tmp_path / "snn.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    items = list(read_path(p))
    assert len(items) == len(recs)
    docs = [d for d in items if isinstance(d, Document)]
    fails = [d for d in items if isinstance(d, Failure)]
    assert {f.reason for f in fails} <= {"no article text (field 'content' is empty)",
                                         "no article text (only page furniture)"}
    # one Al-Weeam item is nothing but "رابط الخبر بصحيفة الوئام: <title>"
    assert len(docs) == sum(1 for r in recs if r["content"].strip() and "رابط الخبر" not in r["content"][:12])
    by_line = {int(d.source.rsplit("#", 1)[1]): d for d in docs}
    for lineno, d in by_line.items():
        r = recs[lineno - 1]
        assert d.source == f"{p}#{lineno}"
        assert d.url == r["url"] and d.title == " ".join(html.unescape(r["title"]).split())
        assert d.published == r["date_extracted"][:10] and d.published_basis == "crawled"
        assert d.language == "ar"
        # every paragraph of the article survives (SaudiNewsNet content is already clean text)
        flat = _flat(d.text)
        for para in r["content"].split("\n"):
            para = _flat(para)
            para = _snn_body(para)
            if para:
                assert para in flat
    outlets = {d.outlet for d in docs}
    assert {"الشرق الأوسط", "الاقتصادية"} <= outlets
    assert not any(o.isascii() for o in outlets)  # every SaudiNewsNet id is mapped to a name


@needs_snn
def test_jsonl_streams_real_corpus():
    # the first document of a 31k-article gzip arrives without reading the rest
    t = time.perf_counter()
    first = list(itertools.islice(read_path(SNN), 3))
    assert time.perf_counter() - t < 5
    assert all(isinstance(d, Document) for d in first)
    assert first[0].outlet == "الشرق الأوسط" and first[0].source == f"{SNN}#1"


@needs_snn
def test_html_news_pages_keep_body_drop_furniture(tmp_path):
    furniture = ["الرئيسية", "فيسبوك", "تويتر", "واتساب", "نسخ الرابط", "مقالات ذات صلة", "اترك تعليقاً",
                 "الأكثر قراءة", "جميع الحقوق محفوظة", "ارتفاع أسعار النفط في الأسواق العالمية",
                 "الأمطار تغمر شوارع جدة", "سياسة الخصوصية", "وسوم", "شارك هذا المقال", "إرسال التعليق",
                 "اتصل بنا", "من نحن", "البريد الإلكتروني"]
    recs = _snn_records(40, min_chars=400)
    for i, r in enumerate(recs):
        paras = [p for p in r["content"].split("\n") if p.strip()]
        author = r["author"].strip() or None
        page = news_page(r["title"], paras, site="صحيفة الاختبار", author=author,
                         date=r["date_extracted"][:10], url=r["url"])
        f = tmp_path / f"page{i}.html"
        f.write_text(page, encoding="utf-8")
        (doc,) = list(read_path(f))
        assert isinstance(doc, Document), doc
        flat = _flat(doc.text)
        for p in paras:
            p = _snn_body(_flat(p))
            if p:
                assert p in flat, (r["url"], p[:60])
        for junk in furniture:
            if junk not in r["content"] and junk not in r["title"]:
                assert junk not in doc.text, (r["url"], junk)
        assert doc.title == " ".join(html.unescape(r["title"]).split())
        assert doc.outlet == outlet_for_url(r["url"])  # the outlet table wins over og:site_name
        assert doc.published == r["date_extracted"][:10] and doc.published_basis == "metadata"
        assert doc.url == r["url"]
        assert doc.language == "ar"
        # the headline leads the analysed text once, as its own paragraph, and the body follows
        assert doc.text.startswith(doc.title + "\n\n") and doc.body_start == len(doc.title) + 2
        assert not doc.text[doc.body_start:].startswith(doc.title)


def test_html_outlet_from_domain_and_truncated(tmp_path):
    paras = [p for p in ARABIC_ARTICLE.split("\n\n") if p.strip()]
    page = news_page("افتتاح مستشفى جديد في الرياض", paras + paras[::-1], site="", url="https://www.enabbaladi.net/123")
    page = page.replace('<meta property="og:site_name" content="">', "")
    f = tmp_path / "a.htm"
    f.write_text(page, encoding="utf-8")
    doc = next(read_path(f))
    assert doc.outlet == "عنب بلدي"
    # a domain not in the table: the page's own site name
    other = news_page("افتتاح مستشفى جديد في الرياض", paras, site="صحيفة الاختبار", url="https://news.example.org/1")
    (tmp_path / "b.html").write_text(other, encoding="utf-8")
    assert next(read_path(tmp_path / "b.html")).outlet == "صحيفة الاختبار"
    # a page cut off inside the article body still gives the paragraphs it holds
    cut = page[: page.index(paras[0][:30], page.index("entry-content")) + 200]
    f2 = tmp_path / "cut.html"
    f2.write_text(cut, encoding="utf-8")
    doc2 = next(read_path(f2))
    assert isinstance(doc2, Document)
    assert _flat(paras[0]) in _flat(doc2.text)


# ------------------------------------------------------------------------------- JSON shapes
def test_json_object_array_wrapper_and_gzip(tmp_path):
    rec = {"title": "افتتاح مستشفى", "text": ARABIC_ARTICLE, "url": "https://www.aleqt.com/a/1",
           "date": "2015-07-21T10:00:00+03:00", "author": ["محمد علي", "سارة أحمد"]}
    (tmp_path / "one.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([rec, rec, 5], ensure_ascii=False), encoding="utf-8")
    (tmp_path / "wrap.json").write_text(json.dumps({"articles": [rec]}, ensure_ascii=False), encoding="utf-8")
    with gzip.open(tmp_path / "z.json.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(rec, ensure_ascii=False))
    with gzip.open(tmp_path / "z.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write(ARABIC_ARTICLE)
    (tmp_path / "bad.json").write_text('{"title": "x", ', encoding="utf-8")
    items = {}
    for d in iter_documents([tmp_path]):
        items.setdefault(Path((d.path if isinstance(d, Failure) else d.source).split("#")[0]).name, []).append(d)
    (one,) = items["one.json"]
    assert (one.title, one.outlet, one.published, one.published_basis) == (
        "افتتاح مستشفى", "الاقتصادية", "2015-07-21", "metadata")
    assert one.author == "محمد علي، سارة أحمد"
    assert [type(x).__name__ for x in items["many.json"]] == ["Document", "Document", "Failure"]
    assert items["many.json"][1].source.endswith("many.json#2")
    assert isinstance(items["wrap.json"][0], Document)
    assert isinstance(items["z.json.gz"][0], Document) and items["z.json.gz"][0].title == "افتتاح مستشفى"
    assert _flat(items["z.txt.gz"][0].text) == _flat(ARABIC_ARTICLE)
    (bad,) = items["bad.json"]
    assert isinstance(bad, Failure) and bad.reason.startswith("invalid JSON")


def test_markdown(tmp_path):
    md = ("# افتتاح مستشفى جديد في الرياض\n\n" + ARABIC_ARTICLE.replace("وزارة الصحة", "[وزارة الصحة](https://moh.gov.sa)")
          + "\n## المرحلة الثانية\n\nوتبدأ المرحلة الثانية من المشروع في العام المقبل بحسب **الوزارة**.\n")
    f = tmp_path / "a.md"
    f.write_text(md, encoding="utf-8")
    doc = next(read_path(f))
    assert doc.title == "افتتاح مستشفى جديد في الرياض"
    assert "أعلنت وزارة الصحة اليوم" in doc.text and "](" not in doc.text and "#" not in doc.text
    assert "\n\nالمرحلة الثانية\n\n" in doc.text and "بحسب الوزارة." in doc.text


# ------------------------------------------------------------------------------- bad inputs
@needs_seeds
def test_bad_input_folder(tmp_path):
    exp = make_bad_input_folder(tmp_path / "mixed", SEEDS)
    t = time.perf_counter()
    items = list(iter_documents([tmp_path / "mixed"]))
    assert time.perf_counter() - t < 10  # the 50 MB file is refused by size, not read
    docs = [d for d in items if isinstance(d, Document)]
    fails = [d for d in items if isinstance(d, Failure)]
    assert (len(docs), len(fails)) == (exp["documents"], exp["failures"])
    assert sum(d.language == "ar" for d in docs) == exp["arabic"]
    assert sum(d.language != "ar" for d in docs) == exp["not_arabic"]
    reasons = {Path(f.path).name: f.reason for f in fails}
    assert reasons == {
        "empty.txt": "empty file",
        "photo.png": "binary file (PNG)",
        "report.pdf": "binary file (PDF)",
        "huge.txt": "file too large (50.0 MB > 20 MB limit)",
        "articles.jsonl:2": "invalid JSON: Invalid control character (column 38)",
        "articles.jsonl:4": "invalid JSON: Expecting value (column 1)",
    }
    by_name = {Path(d.source).name: d for d in docs}
    assert _flat(by_name["legacy_cp1256.txt"].text) == _flat(ARABIC_ARTICLE)
    assert _flat(by_name["windows_utf16.txt"].text) == _flat(ARABIC_ARTICLE)
    assert by_name["english.txt"].language == "en"
    assert ARABIC_ARTICLE.split("\n\n")[0][:80] in by_name["truncated.html"].text
    assert {"articles.jsonl#1", "articles.jsonl#3", "articles.jsonl#6"} <= set(by_name)
    assert by_name["articles.jsonl#3"].outlet == "عكاظ"
    assert ".hidden.txt" not in by_name
    # file order is sorted, JSONL lines in order
    names = [Path(d.source if isinstance(d, Document) else d.path).name for d in items]
    assert names.index("000_71e8d1b0e8141576.txt") < names.index("articles.jsonl#1") < names.index(
        "articles.jsonl:2") < names.index("empty.txt")


def test_encodings():
    text = ARABIC_ARTICLE
    for enc in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"):
        got, _name = decode(text.encode(enc))
        assert got == text, enc
    assert decode(text.encode("cp1256"))[1] == "cp1256"  # not a Cyrillic codepage
    russian = "Президент заявил, что правительство будет работать над улучшением экономики страны."
    got, name = decode(russian.encode("cp1251"))
    assert got == russian and name != "cp1256"
    for data, reason in ((b"", "empty file"), (b"  \n", "empty file"), (b"%PDF-1.7\n", "binary file (PDF)"),
                         (b"abc\x00\x01\x02\x03" * 50, "binary file (contains NUL bytes)")):
        with pytest.raises(NotText, match=reason.replace("(", r"\(").replace(")", r"\)")):
            decode(data)
    # a UTF-8 file cut inside a two-byte letter is still UTF-8
    assert decode(text.encode("utf-8")[:-2] + "ب".encode("utf-8")[:1])[1] == "utf-8"


def test_iter_paths(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text("x")
    (tmp_path / "b" / ".d.txt").write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])] == ["a.txt", "b/z.txt"]
    missing = tmp_path / "nope.txt"
    assert list(iter_documents([missing])) == [Failure(str(missing), "no such file")]


def test_metadata_helpers():
    assert iso_date("2015-07-21 02:51:32") == "2015-07-21"
    assert iso_date("21/07/2015") == "2015-07-21"
    assert iso_date("Tue, 21 Jul 2015 02:51:32 +0000") == "2015-07-21"
    assert iso_date("2024-08") == "2024-08" and iso_date("garbage") is None
    assert outlet_for_url("http://www.okaz.com.sa/new/Issues/1") == "عكاظ"
    assert outlet_for_url("https://english.enabbaladi.net/x") == "عنب بلدي"
    assert detect_language("قال المتحدث باسم الوزارة إن المشروع سيكتمل العام المقبل") == "ar"
    assert detect_language("این یک متن فارسی است که برای آزمایش نوشته شده است") == "fa"


@needs_snn
def test_cleaning_is_fast():
    recs = _snn_records(300, min_chars=1)
    t = time.process_time()  # CPU time: the test machine is shared
    for r in recs:
        clean(r["content"], title=r["title"])
    per_article = (time.process_time() - t) / len(recs)
    assert per_article < 0.005


def test_cp1256_html_and_cyrillic_trap(tmp_path):
    paras = [p for p in ARABIC_ARTICLE.split("\n\n") if p.strip()]
    page = news_page("افتتاح مستشفى جديد في الرياض", paras * 2)
    # no charset declared at all: the bytes alone must say Windows-1256
    (tmp_path / "old.html").write_bytes(page.replace(' charset="utf-8"', "").encode("cp1256"))
    doc = next(read_path(tmp_path / "old.html"))
    assert _flat(paras[0]) in _flat(doc.text) and doc.language == "ar"
    greek = "Ο πρόεδρος δήλωσε ότι η κυβέρνηση θα εργαστεί για τη βελτίωση της οικονομίας της χώρας."
    assert decode(greek.encode("cp1253"))[1] != "cp1256"


def test_hard_wrapped_text_is_rejoined(tmp_path):
    import textwrap

    paras = [p for p in ARABIC_ARTICLE.split("\n\n") if p.strip()] * 2
    txt = "افتتاح مستشفى جديد في الرياض\n\n" + "\n\n".join(textwrap.fill(p, 70) for p in paras)
    (tmp_path / "wrapped.txt").write_text(txt, encoding="utf-8")
    doc = next(read_path(tmp_path / "wrapped.txt"))
    assert doc.title == "افتتاح مستشفى جديد في الرياض"
    assert doc.text.split("\n\n") == [doc.title] + [" ".join(p.split()) for p in paras]


def test_markdown_front_matter(tmp_path):
    md = ("---\ntitle: \"افتتاح مستشفى جديد\"\ndate: 2024-08-22\nurl: https://www.alriyadh.com/1\n"
          "author: سارة أحمد\n---\n\n# افتتاح مستشفى جديد\n\n" + ARABIC_ARTICLE)
    (tmp_path / "fm.md").write_text(md, encoding="utf-8")
    doc = next(read_path(tmp_path / "fm.md"))
    assert (doc.title, doc.published, doc.author, doc.outlet, doc.url) == (
        "افتتاح مستشفى جديد", "2024-08-22", "سارة أحمد", "الرياض", "https://www.alriyadh.com/1")
    # the repeated title heading is not body: the headline leads the text once
    assert doc.text == "افتتاح مستشفى جديد\n\n" + doc.text[doc.body_start:]
    assert doc.text[doc.body_start:].startswith("أعلنت وزارة الصحة")


def test_outlet_self_names():
    body = "قال المسؤول إن الاجتماع انتهى دون اتفاق بين الطرفين في العاصمة بغداد مساء أمس."
    # the word المطلع ("informed") is not the outlet; "(المطلع)" naming itself in a sentence is
    assert clean("قال المصدر المطلع على الملف إن الاجتماع انتهى دون اتفاق بين الطرفين.").outlet is None
    assert clean("كشفت تفاصيلها (المطلع) في ملف سابق عن اجتماع انتهى دون اتفاق بين الطرفين.").outlet == "المطلع"
    c = clean(body + "\n\nمقالات متعلقة\n\nادعم عنب بلدي\n\nاضغط هنا للمساهمة")
    assert c.outlet == "عنب بلدي" and c.text == body


def test_end_marker_mid_article_keeps_following_body():
    body = ["قال المسؤول إن الاجتماع انتهى دون اتفاق بين الطرفين في العاصمة بغداد مساء أمس الأول بعد ساعات.",
            "وأضاف أن جولة جديدة من المحادثات ستعقد الأسبوع المقبل في عمان بحضور ممثلين عن الأمم المتحدة.",
            "وأشار إلى أن الخلاف ما زال قائما حول جدول الانسحاب وعدد المستشارين الذين سيبقون في البلاد بعد نهاية المهمة."]
    text = "\n\n".join([body[0], "اقرأ أيضا", body[1], body[2], "مقالات ذات صلة", "العواصف تعطل الدوام..."])
    c = clean(text)
    assert c.text == "\n\n".join(body)


def test_truncated_and_corrupt_gzip(tmp_path):
    lines = [json.dumps({"title": f"خبر {i}", "content": ARABIC_ARTICLE}, ensure_ascii=False) for i in range(200)]
    blob = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))
    (tmp_path / "cut.jsonl.gz").write_bytes(blob[: len(blob) // 2])
    items = list(read_path(tmp_path / "cut.jsonl.gz"))
    docs = [d for d in items if isinstance(d, Document)]
    assert len(docs) >= 1 and isinstance(items[-1], Failure)
    assert items[-1].reason.startswith("stream ended early")
    text_blob = gzip.compress((ARABIC_ARTICLE * 40).encode("utf-8"))
    (tmp_path / "cut.txt.gz").write_bytes(text_blob[: len(text_blob) * 2 // 3])
    (doc,) = read_path(tmp_path / "cut.txt.gz")
    assert isinstance(doc, Document) and doc.text.startswith("أعلنت وزارة الصحة")
    (tmp_path / "fake.txt.gz").write_bytes(b"plain text pretending to be gzip")
    (bad,) = read_path(tmp_path / "fake.txt.gz")
    assert isinstance(bad, Failure) and bad.reason.startswith("corrupt gzip file")
