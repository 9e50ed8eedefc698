"""Page furniture by family, the headline analysed with the body, and datelines out of the author field.

Real article text (SaudiNewsNet, the in-domain corpus lines of ``benchmarks/data/boilerplate_lines.tsv``)
wrapped in widget labels built from the vocabulary of the families (verb + glue + platform, verbal noun +
object) rather than copied from the data files, so the tests fail if the classifier only knows its list.
"""
from __future__ import annotations

import gzip
import itertools
import json
import sys
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.ingest import read_path
from marsad.ingest.boilerplate import clean, furniture_family
from marsad.ingest.html import strip_widgets
from marsad.ingest.metadata import clean_author, split_dateline

from badinput import news_page
from conftest import DATA, ROOT

SNN = DATA / "news" / "saudinewsnet.jsonl.gz"
needs_snn = pytest.mark.skipif(not SNN.is_file(), reason="SaudiNewsNet not available")

# widget labels as sites write them, one family each; none is a line of families.tsv or lines.txt
WIDGETS = {
    "share": ["شارك عبر واتساب", "غرّد الخبر", "انشر على فيسبوك", "أرسل عبر البريد الإلكتروني",
              "شارك المقال على تيليجرام"],
    "copy-link": ["انسخ رابط المقال", "نسخ رابط الخبر"],
    "print": ["طباعة الصفحة", "اطبع هذا المقال"],
    "privacy": ["سياسة الخصوصية وشروط الاستخدام"],
    "login": ["سجّل الدخول إلى حسابك"],
    "newsletter": ["اشترك في نشرتنا البريدية", "أدخل بريدك الإلكتروني"],
    "follow": ["تابعونا على إنستغرام", "انضم إلى قناتنا على واتساب"],
    "app": ["حمّل تطبيقنا على جوجل بلاي"],
    "cookie": ["يستخدم موقعنا ملفات تعريف الارتباط لتحسين تجربتك"],
    "counter": ["• 334 مشاهدة"],
}
ALL_WIDGETS = [w for ws in WIDGETS.values() for w in ws]


def _snn(n: int, min_chars: int = 600) -> list[dict]:
    with gzip.open(SNN, "rt", encoding="utf-8") as fh:
        recs = (json.loads(line) for line in itertools.islice(fh, 0, None, 113))
        return [r for r in recs if len(r["content"]) >= min_chars][:n]


def test_widget_labels_are_told_by_their_make_up():
    for family, labels in WIDGETS.items():
        for label in labels:
            assert furniture_family(label) is not None, label
    # headlines and sentences that use the same words keep words outside the vocabulary
    for line in ("واتساب يطلق ميزة جديدة لحماية الخصوصية", "تويتر يحذف حساب الرئيس الأمريكي",
                 "مشاركة أمير قطر في قمة الخليج", "شارك آلاف المتظاهرين في مسيرة وسط بغداد",
                 "1. تطبيق «فيسبوك» Facebook", "الانسحاب الأمريكي من العراق"):
        assert furniture_family(line) is None, line


@needs_snn
def test_scraped_text_drops_every_family_keeps_every_paragraph():
    for r in _snn(12):
        paras = [p.strip() for p in r["content"].split("\n") if p.strip()]
        half = len(paras) // 2
        lines = [r["title"], *ALL_WIDGETS[:6], *paras[:half], *ALL_WIDGETS[6:12], *paras[half:], *ALL_WIDGETS[12:]]
        c = clean("\n".join(lines), title=r["title"])
        for w in ALL_WIDGETS:
            assert w not in c.text, (r["url"], w)
        for p in paras:
            if len(p.split()) >= 6:  # SaudiNewsNet's own furniture lines are short
                assert " ".join(p.split()) in " ".join(c.text.split()), (r["url"], p[:50])
        assert c.author is None  # a widget under the title is not a byline


@needs_snn
def test_html_page_drops_widgets_inside_the_article(tmp_path):
    for i, r in enumerate(_snn(6)):
        paras = [p for p in r["content"].split("\n") if p.strip()]
        page = news_page(r["title"], paras, url=r["url"])
        share = "".join(f'<a href="#s{j}">{w}</a>' for j, w in enumerate(WIDGETS["share"]))
        tools = f'<div class="post-tools">{share}</div>' + "".join(f"<p>{w}</p>" for w in ALL_WIDGETS[5:])
        page = page.replace('<div class="entry-content">', tools + '<div class="entry-content">')
        page = page.replace("</article>", "".join(f"<p>{w}</p>" for w in ALL_WIDGETS) + "</article>")
        f = tmp_path / f"p{i}.html"
        f.write_text(page, encoding="utf-8")
        (doc,) = read_path(f)
        for w in ALL_WIDGETS:
            assert w not in doc.text, (r["url"], w)
        assert paras[0].strip()[:60] in doc.text


def test_strip_widgets_by_link_density_and_class():
    body = ("أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بسعة خمسمائة سرير، "
            "بحسب ما نقلت <a href='/src'>وكالة الأنباء</a> عن المتحدث الرسمي.")
    html = (f"<html><body><article><h1>خبر</h1><p>{body}</p>"
            "<ul><li><a href='/1'>ارتفاع أسعار النفط</a></li><li><a href='/2'>الأمطار تغمر جدة</a></li>"
            "<li><a href='/3'>افتتاح معرض الكتاب</a></li></ul>"
            "<div class='social-links'>تابعنا</div></article></body></html>")
    out = strip_widgets(html)
    assert "وكالة الأنباء" in out and "افتتاح مستشفى" in out  # a paragraph citing a link stays
    assert "ارتفاع أسعار النفط" not in out and "تابعنا" not in out


def test_labelled_lines_dev_figures():
    """The benchmark's dev split (real lines of 200+ news pages): furniture mostly dropped, content kept."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import boilerplate as bench

    r = bench.score(bench.load(), "dev")
    dropped, n_f = r["furniture_dropped"]
    kept, n_c = r["content_kept"]
    assert n_f >= 60 and n_c >= 1000
    assert dropped / n_f >= 0.8
    assert kept / n_c >= 0.99


# ----------------------------------------------------------------------------- datelines
@pytest.mark.parametrize("field, author, dateline, place", [
    ("صنعاء - خاص بالرياض", None, "صنعاء - خاص بالرياض", "صنعاء"),
    ("الرياض – واس", None, "الرياض – واس", "الرياض"),
    ("بغداد/ المدى", None, "بغداد/ المدى", "بغداد"),
    ("لندن: «الشرق الأوسط أونلاين»", None, "لندن: «الشرق الأوسط أونلاين»", "لندن"),
    ("أبها - عبدالله الهاجري:", "عبدالله الهاجري", "أبها", "أبها"),
    ("أحمد الشميري (صنعاء)", "أحمد الشميري", "صنعاء", "صنعاء"),
    ("رويترز", None, "رويترز", None),
    ("فهد عامر الأحمدي", "فهد عامر الأحمدي", None, None),
    ("محمد علي، سارة أحمد", "محمد علي، سارة أحمد", None, None),
])
def test_split_dateline(field, author, dateline, place):
    assert split_dateline(field) == (author, dateline, place)


@needs_snn
def test_saudinewsnet_author_fields():
    """Over real author fields: agency datelines leave the author empty; bare names stay authors."""
    with gzip.open(SNN, "rt", encoding="utf-8") as fh:
        authors = [clean_author(json.loads(line)["author"]) for line in itertools.islice(fh, 0, None, 31)]
    authors = [a for a in authors if a]
    moved = [a for a in authors if split_dateline(a)[1]]
    assert len(moved) >= 0.4 * len(authors)
    for a in authors:
        au, dl, _place = split_dateline(a)
        if a in ("رويترز", "واس") or {"واس", "رويترز", "وكالات"} & set(a.replace("-", " ").split()):
            assert dl, a  # an agency: a dateline, whoever else is named
        if au and dl:
            assert au in a and not {"واس", "رويترز", "وكالات"} & set(au.split())


def test_jsonl_dateline_and_headline(tmp_path):
    rec = {"title": "التحالف يعترض صاروخا باليستيا أطلق باتجاه جازان",
           "content": "أعلنت قيادة القوات المشتركة اليوم اعتراض صاروخ أطلقته الميليشيا من محافظة صعدة، "
                      "وقالت إنه لم يسفر عن إصابات أو أضرار في المدينة.",
           "author": "صنعاء - خاص بالرياض", "url": "http://www.alriyadh.com/1", "date_extracted": "2015-07-21"}
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = read_path(p)
    assert doc.author is None and doc.dateline == "صنعاء - خاص بالرياض" and doc.dateline_place == "صنعاء"
    assert doc.text.startswith(rec["title"] + "\n\n") and doc.text[doc.body_start:] == rec["content"]
    d = doc.to_dict()
    assert (d["dateline"], d["dateline_place"], d["body_start"]) == (doc.dateline, "صنعاء", len(rec["title"]) + 2)


def test_headline_facts_and_store_round_trip(tmp_path):
    from marsad import pipeline
    from marsad.store import open_store

    title = "السعودية تستدعي سفيرها في بيروت"
    body = "قالت وزارة الخارجية في بيان صدر مساء أمس إن القرار جاء بعد تصريحات اعتبرتها مسيئة."
    doc = pipeline.run(Document(text=body, title=title, published="2021-10-29"), ["entities", "resolve"])
    assert doc.text == title + "\n\n" + body and doc.body_start == len(title) + 2
    heads = [doc.text[e.start:e.end] for e in doc.entities if e.end <= doc.body_start]
    assert "السعودية" in heads and "بيروت" in heads  # the headline's entities are found
    again = pipeline.run(doc, ["entities"])  # a second run does not put the headline in twice
    assert again.text.count(title) == 1
    with open_store(str(tmp_path / "s.db")) as store:
        i = store.add(doc)
        back = store.get(i)
    assert back.text == doc.text and back.body_start == doc.body_start
    # the store's key is the body's hash: the story without its headline in front is the same document
    assert back.hash == doc.hash == Document(text=body).hash
