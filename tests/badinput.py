"""Builders of test inputs for the ingest: a mixed folder of good and bad files, and news pages.

``make_bad_input_folder`` is shared with the CLI test: it writes the folder and returns what a
correct ingest must make of it. ``news_page`` wraps a real article in realistic page furniture.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

ARABIC_ARTICLE = (
    "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بسعة خمسمائة سرير، "
    "وقال المتحدث الرسمي باسم الوزارة إن المستشفى سيخدم أكثر من مليون نسمة في المنطقة الشرقية من العاصمة.\n\n"
    "وأضاف أن المشروع تكلف نحو ثلاثمائة مليون ريال، وأنه سيضم أقساما متخصصة في أمراض القلب والأورام "
    "وطب الأطفال، إلى جانب مركز للطوارئ يعمل على مدار الساعة.\n"
)
ENGLISH_ARTICLE = (
    "Oil prices rose on Monday after producers agreed to extend output cuts until the end of next year, "
    "traders said, as concerns about weak demand in Europe and Asia eased.\n\n"
    "Brent crude futures gained 1.2 percent to settle at 84 dollars a barrel, while US crude rose by a "
    "similar amount in thin holiday trading.\n"
)
PNG_BYTES = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
             b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
             b"\x00\x00IEND\xaeB`\x82")
PDF_BYTES = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages "
             b"/Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
BIG_MB = 50


def news_page(title: str, paragraphs: list[str], *, site: str = "صحيفة الأخبار", author: str | None = None,
              date: str | None = None, url: str | None = None, other_stories: list[str] | None = None,
              truncate_at: int | None = None) -> str:
    """An article page as news sites serve it: head metadata, menu, breadcrumb, share buttons,
    the article, a sidebar of other stories, a comment section and a footer."""
    e = html.escape
    others = other_stories or ["ارتفاع أسعار النفط في الأسواق العالمية", "الأمطار تغمر شوارع جدة",
                               "افتتاح معرض الكتاب الدولي بمشاركة واسعة", "المنتخب يستعد لمباراة الحسم"]
    meta = [f'<meta property="og:title" content="{e(title)}">',
            f'<meta property="og:site_name" content="{e(site)}">']
    if author:
        meta.append(f'<meta name="author" content="{e(author)}">')
    if date:
        meta.append(f'<meta property="article:published_time" content="{e(date)}">')
    if url:
        meta.append(f'<link rel="canonical" href="{e(url)}">')
    body = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs)
    page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{e(title)} | {e(site)}</title>
{chr(10).join(meta)}
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
<style>body {{ font-family: sans-serif; }}</style></head>
<body>
<header class="site-header"><div class="logo"><a href="/">{e(site)}</a></div>
<nav class="main-menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li>
<li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li><li><a href="/culture">ثقافة</a></li>
<li><a href="/opinion">رأي</a></li></ul></nav>
<form class="search"><input type="text" placeholder="ابحث"><button>بحث</button></form></header>
<div class="breadcrumb"><a href="/">الرئيسية</a> » <a href="/politics">سياسة</a> » {e(title)}</div>
<main><article class="post">
<h1 class="entry-title">{e(title)}</h1>
<div class="meta">{f'<span class="byline">بقلم {e(author)}</span>' if author else ''}
{f'<time datetime="{e(date)}">{e(date)}</time>' if date else ''}</div>
<div class="share"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a> <a href="#">نسخ الرابط</a></div>
<div class="entry-content">
{body}
</div>
<div class="tags">وسوم: <a href="/tag/1">السعودية</a> <a href="/tag/2">أخبار</a></div>
<div class="share bottom">شارك هذا المقال <a href="#">فيسبوك</a> <a href="#">تويتر</a></div>
</article>
<section class="related"><h3>مقالات ذات صلة</h3><ul>
{''.join(f'<li><a href="/news/{i}">{e(o)}</a></li>' for i, o in enumerate(others))}
</ul></section>
<section id="comments"><h3>اترك تعليقاً</h3>
<form><label>الاسم</label><input name="name"><label>البريد الإلكتروني</label><input name="email">
<label>التعليق</label><textarea></textarea><button>إرسال التعليق</button></form></section>
</main>
<aside class="sidebar"><h3>الأكثر قراءة</h3><ol>
{''.join(f'<li><a href="/top/{i}">{e(o)}</a></li>' for i, o in enumerate(reversed(others)))}
</ol><div class="ad">إعلان</div></aside>
<footer><p>جميع الحقوق محفوظة © 2015 {e(site)}</p><a href="/about">من نحن</a> <a href="/contact">اتصل بنا</a>
<a href="/privacy">سياسة الخصوصية</a></footer>
</body></html>
"""
    if truncate_at is not None:
        page = page[:truncate_at]
    return page


def make_bad_input_folder(dirpath: Path, seeds_dir: Path) -> dict:
    """Write a folder mixing good and bad inputs; return what a correct ingest makes of it.

    Returns ``{"documents": n, "failures": n, "arabic": n, "not_arabic": n, "files": {...}}`` where
    ``documents`` counts Document items (the English one included: it is read, with language "en"),
    ``failures`` counts Failure items, and ``files`` maps each written name to "document",
    "failure" or, for the JSONL, a (documents, failures) pair.
    """
    dirpath = Path(dirpath)
    dirpath.mkdir(parents=True, exist_ok=True)
    files: dict[str, object] = {}
    seeds = sorted(Path(seeds_dir).glob("*.txt"))[:3]
    for s in seeds:  # good: real scraped articles
        (dirpath / s.name).write_bytes(s.read_bytes())
        files[s.name] = "document"
    (dirpath / "empty.txt").write_bytes(b"")
    files["empty.txt"] = "failure"
    (dirpath / "photo.png").write_bytes(PNG_BYTES)
    files["photo.png"] = "failure"
    (dirpath / "report.pdf").write_bytes(PDF_BYTES)
    files["report.pdf"] = "failure"
    (dirpath / "windows_utf16.txt").write_bytes(ARABIC_ARTICLE.encode("utf-16"))  # with BOM, as Notepad writes
    files["windows_utf16.txt"] = "document"
    (dirpath / "legacy_cp1256.txt").write_bytes(ARABIC_ARTICLE.encode("cp1256"))
    files["legacy_cp1256.txt"] = "document"
    paras = [p for p in ARABIC_ARTICLE.split("\n\n") if p.strip()]
    page = news_page("افتتاح مستشفى جديد في الرياض", paras * 2)
    (dirpath / "truncated.html").write_text(page[: page.index("</article>") - 200], encoding="utf-8")
    files["truncated.html"] = "document"
    with open(dirpath / "huge.txt", "wb") as fh:  # sparse: costs no disk and no time
        fh.truncate(BIG_MB * 1024 * 1024)
    files["huge.txt"] = "failure"
    (dirpath / "english.txt").write_text(ENGLISH_ARTICLE, encoding="utf-8")
    files["english.txt"] = "document"
    good = {"source": "okaz", "url": "http://www.okaz.com.sa/new/1", "date_extracted": "2015-07-21 02:51:32",
            "title": "افتتاح مستشفى جديد", "author": "", "content": ARABIC_ARTICLE}
    lines = [json.dumps(good, ensure_ascii=False),
             '{"title": "سطر مقطوع", "content": "نص',  # cut mid-record
             json.dumps(dict(good, url="http://www.okaz.com.sa/new/2"), ensure_ascii=False),
             "this is not json",
             "",
             json.dumps(dict(good, url="http://www.okaz.com.sa/new/3"), ensure_ascii=False)]
    (dirpath / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    files["articles.jsonl"] = (3, 2)
    (dirpath / ".hidden.txt").write_text(ARABIC_ARTICLE, encoding="utf-8")  # skipped: hidden

    docs = sum(1 for v in files.values() if v == "document") + 3
    fails = sum(1 for v in files.values() if v == "failure") + 2
    return {"documents": docs, "failures": fails, "not_arabic": 1, "arabic": docs - 1, "files": files}
