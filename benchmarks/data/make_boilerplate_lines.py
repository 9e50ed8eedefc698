"""Build ``boilerplate_lines.tsv``: real lines of news pages labelled furniture / content / other.

    python benchmarks/data/make_boilerplate_lines.py   # rewrites benchmarks/data/boilerplate_lines.tsv

In: ``indomain/corpus.jsonl.gz`` (web-page excerpts of 2015–2025 conflict news; the in-domain gold's
test articles, ``selection.tsv``, are left out) and a few lines of stored web pages found with the
``search`` tool (corpus ``pages``, Arabic queries about news sites). Each corpus page is kept whole,
line by line, so the line classifier sees its lines in context; of the search pages only the
furniture and metadata lines are kept (their article sentences are third-party text not copied
here), so they are scored as short pages of their own.

Split: by page, before any line was looked at: ``dev`` when the SHA-1 of the URL is 0-2 mod 5, else
``test``.

Labels (by hand, one reader, from the line and its neighbours):
  F  furniture: widgets, menus and section labels, share/print/font/copy-link, comment forms,
     "read also" and related-story lists, follow/subscribe/app appeals, cookie and copyright lines,
     counters, language switches, image file names;
  C  content: the article's sentences, its subheadings and list items, lines cut mid-sentence;
  O  other, scored neither way: headline and its repeats, standfirst, dateline, byline, date stamp,
     photo caption, embedded tweet, outlet name.
Every row not listed below is C.

Out: TSV ``split  page  url  line  label  text`` (``line``: 1-based line number in the page's text).
"""
from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "boilerplate_lines.tsv"

# row numbers (in build order over the corpus pages) labelled F and O
F = """107 113 209 273 278 285 303 304 310 311 312 363 364 376 406 416 553 558 559 560 561 562 563 569 604
628 629 630 631 635 667 684 685 686 736 701 702 705 707 708 709 816 817 875 895 899 1023 1044 1045 1050
1051 1052 1139 1254 1343 1420 1444 1445 1446 1447 1470 1664 1682 1812 1840 1864 1930 2131 2137 2138
2139 2150 2178 2198 2202 2231 2243 2266 2310 2317 2324 2325 2326 2348 2349 2350 2361 2363 2403 2404
2405 2407 2408 2410 2422 2436 2450 2460 2461 2462 2483 2512 2513 2516 2523 2560 2561 2567 2568 2569
2601 2614 2640 2669 2672 2679 2680 2750 2847 2849 2851 2922 2930 2939 3003 3004 3005"""
O = """
0 29 30 39 46 58 59 66 67 78 80 95 97 102 103 118 119 120 127 134 135 142 154 161 176 181 189 215
242 243 252 253 254 255 256 257 258 266 272 274 275 276 277 286 287 288 289 293 294 305 306 307 308
309 319 320 331 332 339 352 377 379 396 401 405 407 417 425 426 434 449 450 451 479 480 488 489 494
495 496 499 500 501 502 519 532 533 536 546 547 549 554 555 564 565 567 568 580 598 599 600 607 613
625 626 627 633 634 636 643 644 650 651 668 673 692 693 694 703 704 706 716 723 726 740 771 772 779
788 789 811 818 847 856 860 865 866 867 868 869 876 887 888 897 898 900 932 938 951 962 963 964
1001 1002 1003 1022 1036 1046 1047 1048 1049 1058 1066 1074 1075 1076 1077 1078 1085 1086 1087 1088
1097 1098 1117 1118 1119 1134 1138 1140 1141 1145 1154 1156 1166 1169 1170 1173 1174 1175 1194 1203
1239 1253 1288 1297 1318 1326 1327 1334 1335 1344 1345 1346 1347 1358 1364 1373 1381 1393 1394 1410
1432 1433 1438 1439 1448 1449 1450 1464 1495 1507 1520 1534 1537 1555 1561 1583 1584 1592 1606 1610
1611 1620 1628 1629 1630 1645 1678 1683 1684 1685 1708 1709 1728 1729 1756 1761 1768 1771 1819 1841
1855 1865 1866 1872 1877 1896 1897 1898 1899 1900 1901 1914 1916 1919 1923 1924 1925 1926 1931 1932
1933 1938 1939 1940 1975 1980 1999 2013 2020 2022 2034 2043 2044 2051 2061 2069 2074 2085 2099 2100
2105 2106 2113 2123 2124 2132 2134 2135 2136 2147 2148 2149 2154 2155 2163 2164 2171 2186 2187 2197
2199 2200 2201 2203 2207 2214 2221 2222 2227 2244 2245 2252 2253 2262 2263 2264 2265 2267 2268 2269
2271 2272 2311 2318 2319 2320 2338 2347 2356 2357 2358 2359 2360 2373 2381 2397 2409 2411 2412 2437
2438 2444 2457 2458 2459 2484 2485 2490 2506 2514 2515 2524 2529 2545 2562 2563 2564 2565 2566 2574
2590 2631 2662 2668 2670 2671 2677 2678 2696 2712 2732 2734 2741 2749 2751 2752 2753 2754 2760 2775
2782 2783 2784 2785 2793 2823 2835 2848 2850 2859 2867 2868 2875 2876 2884 2894 2901 2914 2921 2931
2940 2954 2972 2977 2978 2979 2991 3007 3008 3013 3018 3019 3033 3038 3039 3040"""

# furniture and metadata lines of stored web pages (search tool, corpus "pages"), in page order
PAGES = [
    ("https://almaghribtoday.net/amp/314/غارات-جويّة-في-البغدادي-وبيجي-والموصل-ومقتل-شخصين-بانفجار-عبوة", [
        ("F", "الرئيسية » أخبار محلية وعربية وعالمية"),
        ("O", "بغداد ـ نجلاء قباني")]),
    ("https://walaw.press/مقالات/MRPRXPGFMGS", [
        ("F", "- 15:24الجمارك تحبط تهريب المخدرات بمعبر “باب مليلية”"),
        ("F", "- 15:04يونيسيف: المغرب يحقق إنجازات مهمة في حماية الطفولة"),
        ("F", "- 14:33آسفي.. السجن لبرلماني اختلس و بدد المال العام"),
        ("F", "- 13:05شراكة استراتيجية بين لارام والموريتانية للطيران"),
        ("F", "تابعونا على فيسبوك")]),
    ("https://www.masrawy.com/news/news_publicaffairs/details/2026/3/7/2953924", [
        ("F", "إعلان"),
        ("O", "كتب : د ب أ"),
        ("O", "09:40 م 07/03/2026"),
        ("O", "العراق")]),
    ("https://www.arabiyaa.com/?p=43677", [
        ("O", "قصف صاروخي يستهدف بغداد"),
        ("O", "قصف صاروخي يستهدف بغداد"),
        ("F", "Spread the love")]),
    ("https://www.syriahr.com/591232/", [
        ("F", "24")]),
    ("https://academy.hsoub.com/programming/javascript/cordova/r1261", [
        ("F", "اذهب إلى المحتوى"),
        ("O", "أكاديميّة حسوب")]),
    ("https://arsco.org/articles/article-detail-15613", [
        ("F", "الكاتب"),
        ("F", "الوقت"),
        ("O", "11:07 صباحًا"),
        ("F", "تاريخ النشر"),
        ("O", "24, أغسطس 2019")]),
    ("https://drasah.com/Description.aspx?id=7935", [
        ("F", "طلب خدمة"),
        ("F", "×"),
        ("F", "التفاصيل"),
        ("O", "2023/07/24   الكاتب :د. طارق العفيفي"),
        ("F", "عدد المشاهدات(839)")]),
    ("https://themar.ahlamontada.net/t9404-topic", [
        ("F", "انضم إلى المنتدى ، فالأمر سريع وسهل"),
        ("F", "هل تريد التفاعل مع هذه المساهمة؟ كل ما عليك هو إنشاء حساب جديد ببضع خطوات أو تسجيل الدخول للمتابعة.")]),
    ("https://headless2.news.tn/posts/أنباء-عن-غارات-إسرائيلية-وسط-سوريا", [
        ("F", "[ad_1]")]),
    ("https://www.qariya.info/vb/showthread.php?t=209107", [
        ("F", "أدوات الموضوع"),
        ("F", "اعلانات")]),
    ("https://www.djelfa.info/vb/showthread.php?goto=nextoldest&t=861816", [
        ("F", "آخر المواضيع |"),
        ("F", "أدوات الموضوع | انواع عرض الموضوع |")]),
]


def split_of(url: str) -> str:
    return "dev" if int(hashlib.sha1(url.encode("utf-8")).hexdigest(), 16) % 5 < 3 else "test"


def rows() -> list[list]:
    test = {line.split("\t")[0] for line in (HERE / "indomain" / "selection.tsv").read_text().splitlines()
            if line.split("\t")[1:2] == ["test"]}
    f, o = {int(x) for x in F.split()}, {int(x) for x in O.split()}
    out = []
    with gzip.open(HERE / "indomain" / "corpus.jsonl.gz", "rt", encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    k = 0
    for r in recs:
        if r["id"] in test:
            continue
        for no, line in enumerate(r["text"].split("\n"), 1):
            if not line.strip():
                continue
            label = "F" if k in f else "O" if k in o else "C"
            out.append([split_of(r["url"]), r["id"], r["url"], no, label, line.strip()])
            k += 1
    for url, lines in PAGES:
        page = "page-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]
        for no, (label, line) in enumerate(lines, 1):
            out.append([split_of(url), page, url, no, label, line])
    return out


def main() -> None:
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("split\tpage\turl\tline\tlabel\ttext\n")
        for row in rows():
            fh.write("\t".join(str(c).replace("\t", " ") for c in row) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
