"""The JSON API over a real SQLite store of the seed articles, with facts placed by hand at real offsets.

The facts are placed by hand (each found by its exact text in the seed) so every view has data to
show whatever stage the extractors are at, and the assertions can name what must come back. Entity
ids are given by the real resolver (``marsad.corpus.resolve.annotate``), as ``marsad analyze`` does.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conftest import SEEDS
from marsad.document import Document, Entity, Event, Quantity, Quote, Time
from marsad.store import open_store

# Untrusted text as it comes off the web: tags, a javascript: link, handlers, HTML inside Arabic.
HOSTILE_TEXT = (
    "قال المتحدث باسم الوزارة <script>alert('x1')</script> إن الاجتماع في بغداد كان مثمرا.\n"
    "<img src=x onerror=\"alert('x2')\"> زار وفد من الأمم المتحدة مدينة الموصل يوم 3 آذار 2024.\n"
    "<a href=\"javascript:alert('x3')\">اضغط هنا</a> و[رابط](javascript:alert('x4')) "
    "<div onmouseover=\"alert('x5')\">نص عربي داخل وسم</div> بلغت الخسائر 5 ملايين دولار."
)
HOSTILE_TITLE = "<b>عنوان</b><script>alert('x6')</script> خبر من بغداد"


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(prefix + "_*.txt")).read_text(encoding="utf-8").strip()


def _find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(needle, pos + 1)
        assert pos >= 0, f"{needle!r} not in the seed text"
    return pos, pos + len(needle)


def ent(doc: Document, needle: str, typ: str, nth: int = 0) -> Entity:
    s, e = _find(doc.text, needle, nth)
    x = Entity(s, e, needle, typ)
    doc.entities.append(x)
    return x


def time(doc: Document, needle: str, value: str, typ: str = "DATE") -> Time:
    s, e = _find(doc.text, needle)
    x = Time(s, e, needle, value, typ)
    doc.times.append(x)
    return x


def qty(doc: Document, needle: str, value: float, counted=None, unit=None) -> Quantity:
    s, e = _find(doc.text, needle)
    x = Quantity(s, e, needle, value, unit=unit, counted=counted)
    doc.quantities.append(x)
    return x


def quote(doc: Document, sentence: str, speaker: str, cue: str, content: str, **kw) -> Quote:
    s, e = _find(doc.text, sentence)
    cs, ce = _find(doc.text[s:e], content)
    ss, se = _find(doc.text[s:e], speaker)
    qs, qe = _find(doc.text[s:e], cue)
    x = Quote(s, e, content, speaker=speaker, cue=cue, content_start=s + cs, content_end=s + ce,
              speaker_start=s + ss, speaker_end=s + se, cue_start=s + qs, cue_end=s + qe, **kw)
    doc.quotes.append(x)
    return x


def event(doc: Document, sentence: str, typ: str, trigger: str, source=None, target=None, **kw) -> Event:
    s, e = _find(doc.text, sentence)
    x = Event(s, e, typ, trigger=trigger, source=source, target=target, **kw)
    doc.events.append(x)
    return x


def _resolve(doc: Document) -> None:
    """Entity ids by the real resolver; quote speakers and event actors take their entity's id."""
    from marsad.corpus.resolve import annotate

    annotate(doc)
    by_text = {}
    for e in doc.entities:
        by_text.setdefault(e.text, e.entity_id)
    for q in doc.quotes:
        q.speaker_entity_id = by_text.get(q.speaker)
    for ev in doc.events:
        ev.source_entity_id = by_text.get(ev.source)
        ev.target_entity_id = by_text.get(ev.target)


def seed_documents() -> list[Document]:
    """The five seeds (title = first line), with a hand-checked set of facts each."""
    docs = []

    # 001 — Enab Baladi, on the Iraqi–US talks (the Pentagon statement is dated Thursday 22 August)
    t = _seed("001")
    d = Document(text=t, title=t.splitlines()[0], outlet="عنب بلدي", published="2024-08-24",
                 source="seeds/001.txt", url="https://www.enabbaladi.net/example")
    ent(d, "وزارة الدفاع الأمريكية", "ORG")
    ent(d, "البنتاجون", "ORG")
    ent(d, "جو بايدن", "PER")
    ent(d, "جوش روجين", "PER")
    ent(d, "واشنطن بوست", "ORG")
    ent(d, "روجين", "PER", nth=1)
    ent(d, "بات رايدر", "PER")
    ent(d, "العراق", "LOC")
    ent(d, "سوريا", "LOC")
    ent(d, "إيران", "LOC")
    time(d, "الخميس 22 من آب", "2024-08-22")
    time(d, "27 من تشرين الثاني 2023", "2023-11-27")
    time(d, "عام 2021", "2021")
    qty(d, "2500 جندي", 2500, counted="جندي")
    qty(d, "900 جندي", 900, counted="جندي")
    quote(d, "وقال روجين، إن الإعلان عن انسحاب القوات الأمريكية", "روجين", "قال",
          "الإعلان عن انسحاب القوات الأمريكية")
    quote(d, "وقالت وزارة الدفاع الأمريكية (البنتاجون)، الخميس 22 من آب، إن المحادثات مع القيادة العراقية مستمرة",
          "وزارة الدفاع الأمريكية", "قالت", "المحادثات مع القيادة العراقية مستمرة")
    event(d, "أعلن الرئيس الأمريكي، جو بايدن، انتهاء المهمة القتالية في العراق", "RETREAT", "انتهاء",
          source="جو بايدن", target="العراق", time="2021")
    _resolve(d)
    docs.append(d)

    # 003 — Kadhimi's Washington visit, McGurk and Hood
    t = _seed("003")
    d = Document(text=t, title=t.splitlines()[0], outlet="المدى", published="2021-07-20", source="seeds/003.txt")
    ent(d, "مصطفى الكاظمي", "PER")
    ent(d, "الكاظمي", "PER", nth=1)
    ent(d, "واشنطن", "LOC")
    ent(d, "البيت الأبيض", "ORG")
    ent(d, "جوي هود", "PER")
    ent(d, "هود", "PER", nth=2)
    ent(d, "العراق", "LOC")
    quote(d, "حيث قال هود \"ان على الفصائل في العراق التوقف عن مهاجمة القواعد الامريكية", "هود", "قال",
          "ان على الفصائل في العراق التوقف عن مهاجمة القواعد الامريكية")
    event(d, "عن قرب توجه الكاظمي الى واشنطن في زيارة الى البيت الأبيض", "CONSULT", "زيارة",
          source="الكاظمي", target="واشنطن", future=True)
    _resolve(d)
    docs.append(d)

    # 000 — al-Mutalaa, the clash at the Conoco plant in Deir ez-Zor
    t = _seed("000")
    d = Document(text=t, title=t.splitlines()[0], outlet="المطلع", published="2024-08-20", source="seeds/000.txt")
    ent(d, "سوريا", "LOC")
    ent(d, "دير الزور", "LOC")
    ent(d, "روسيا", "LOC")
    ent(d, "العراق", "LOC")
    ent(d, "قوات واغرنر", "ORG")
    time(d, "بين الحادي عشر والثاني عشر من الشهر الحالي", "2024-08-11/2024-08-12")
    qty(d, "لاربع ساعات", 4, counted="ساعة")
    event(d, "تعرضت القوات الأمريكية في سوريا", "ASSAULT", "تعرضت", source="قوات واغرنر",
          target="القوات الأمريكية", time="2024-08-11", place="دير الزور")
    ent(d, "القوات الأمريكية", "ORG")
    _resolve(d)
    docs.append(d)

    for prefix, outlet, published in (("002", "من اجل عراق حر", "2021-12-20"), ("004", "البناء", "2020-01-05")):
        t = _seed(prefix)
        title = next(line for line in t.splitlines() if len(line.split()) >= 4)
        d = Document(text=t, title=title, outlet=outlet, published=published, source=f"seeds/{prefix}.txt")
        ent(d, "العراق", "LOC")
        _resolve(d)
        docs.append(d)
    return docs


def hostile_document() -> Document:
    d = Document(text=HOSTILE_TEXT, title=HOSTILE_TITLE, outlet="\"><svg onload=alert('x7')>",
                 author="<i onclick=alert('x8')>كاتب</i>", published="2024-03-04", source="hostile.html",
                 url="javascript:alert('x9')")
    ent(d, "بغداد", "LOC")
    ent(d, "الأمم المتحدة", "ORG")
    ent(d, "نص عربي داخل وسم", "MISC")
    time(d, "يوم 3 آذار 2024", "2024-03-03")
    qty(d, "5 ملايين دولار", 5_000_000, unit="USD")
    quote(d, "قال المتحدث باسم الوزارة <script>alert('x1')</script> إن الاجتماع في بغداد كان مثمرا",
          "المتحدث باسم الوزارة <script>alert('x1')</script>", "قال", "الاجتماع في بغداد كان مثمرا",
          anonymous=True)
    event(d, "زار وفد من الأمم المتحدة مدينة الموصل", "CONSULT", "زار", source="الأمم المتحدة",
          target="<img src=x onerror=alert('x10')>")
    _resolve(d)
    return d


def build_store(path: Path) -> dict:
    """A store of the annotated seeds plus the hostile document; returns their ids by name."""
    ids = {}
    with open_store(str(path)) as store:
        for name, d in zip(("001", "003", "000", "002", "004"), seed_documents()):
            ids[name] = store.add(d)
        ids["hostile"] = store.add(hostile_document())
    return ids


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> tuple[Path, dict]:
    p = tmp_path_factory.mktemp("web") / "seeds.db"
    ids = build_store(p)
    return p, ids


@pytest.fixture(scope="module")
def client(store_path):
    from marsad.web.app import create_app

    with TestClient(create_app(str(store_path[0]))) as c:
        yield c


@pytest.fixture(scope="module")
def ids(store_path) -> dict:
    return store_path[1]


def _entity_id(client, name: str) -> str:
    res = client.get("/api/entities", params={"q": name, "limit": 200}).json()
    for e in res["entities"]:
        if e["name"] == name or name in e["variants"]:
            return e["entity_id"]
    raise AssertionError(f"no entity named {name}: {[e['name'] for e in res['entities']]}")


# ---------------------------------------------------------------------------------------- search
def test_search_is_arabic_aware_with_highlighted_snippets(client, ids):
    # "الكاظمى" with a final alif maqsura and no article still finds the Kadhimi article
    res = client.get("/api/search", params={"q": "كاظمي"}).json()
    assert res["total"] >= 1
    hit = res["hits"][0]
    assert hit["id"] == ids["003"] and hit["outlet"] == "المدى"
    snip = hit["snippet"]
    assert snip["highlights"], "the matched word is highlighted"
    for a, b in snip["highlights"]:
        assert "الكاظمي" in snip["text"][a:b] or "كاظمي" in snip["text"][a:b]


def test_search_filters_and_pagination(client, ids):
    all_iraq = client.get("/api/search", params={"q": "العراق", "limit": 2}).json()
    assert all_iraq["total"] >= 5 and len(all_iraq["hits"]) == 2
    page2 = client.get("/api/search", params={"q": "العراق", "limit": 2, "offset": 2}).json()
    assert not {h["id"] for h in page2["hits"]} & {h["id"] for h in all_iraq["hits"]}

    by_outlet = client.get("/api/search", params={"q": "العراق", "outlet": "عنب بلدي"}).json()
    assert [h["id"] for h in by_outlet["hits"]] == [ids["001"]]

    dated = client.get("/api/search", params={"q": "العراق", "date_from": "2024-08", "date_to": "2024-08-31"}).json()
    assert {h["id"] for h in dated["hits"]} == {ids["001"], ids["000"]}

    assault = client.get("/api/search", params={"q": "", "event_type": "ASSAULT"}).json()
    assert [h["id"] for h in assault["hits"]] == [ids["000"]]

    eid = _entity_id(client, "مصطفى الكاظمي")
    with_ent = client.get("/api/search", params={"q": "", "entity": eid}).json()
    assert [h["id"] for h in with_ent["hits"]] == [ids["003"]]
    assert with_ent["entity"]["name"] == "مصطفى الكاظمي"


def test_request_limits(client):
    assert client.get("/api/search", params={"q": "ب" * 501}).status_code == 422
    assert client.get("/api/search", params={"q": "العراق", "limit": 101}).status_code == 422
    assert client.get("/api/search", params={"q": "العراق", "offset": -1}).status_code == 422
    assert client.get("/api/search", params={"date_from": "2024-13-99x"}).status_code == 422
    assert client.get("/api/search", params={"entity": "../../etc/passwd"}).status_code == 422
    assert client.get("/api/documents/abc").status_code == 422
    assert client.get("/api/documents/0").status_code == 422
    assert client.get("/api/documents/99999999999999999999999").status_code == 422
    assert client.get("/api/documents/424242").status_code == 404
    assert client.get("/api/entities/E0000000000").status_code == 404
    assert client.get("/api/entities/a%2F..%2F..").status_code in (404, 422)
    # the filesystem is reached only through StaticFiles, which stays inside static/
    assert client.get("/static/../app.py").status_code == 404
    assert client.get("/static/%2e%2e/app.py").status_code == 404
    assert client.get("/static/vendor/cytoscape.min.js").status_code == 200


# ---------------------------------------------------------------------------------------- article
def test_document_has_text_metadata_and_every_fact_with_offsets(client, ids):
    client.get("/api/entities")  # the corpus index is built in the background; this waits for it
    d = client.get(f"/api/documents/{ids['001']}").json()
    text = d["text"]
    assert d["title"] == "هل يفاقم انسحاب أمريكا من العراق أزمات الشرق الأوسط"
    assert d["outlet"] == "عنب بلدي" and d["published"] == "2024-08-24"
    for kind in ("entities", "times", "quantities", "quotes", "events"):
        assert d[kind], kind
        for f in d[kind]:
            assert 0 <= f["start"] < f["end"] <= len(text)
    for e in d["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
        assert e["canonical_id"]
    t = next(t for t in d["times"] if t["value"] == "2024-08-22")
    assert text[t["start"]:t["end"]] == "الخميس 22 من آب"
    q = next(q for q in d["quotes"] if q["speaker"] == "روجين")
    assert text[q["content_start"]:q["content_end"]] == "الإعلان عن انسحاب القوات الأمريكية"
    assert d["sentences"] and all(a < b for a, b in d["sentences"])
    # the short form روجين is resolved to the full name's entity and page
    assert any(v["name"] == "جوش روجين" for v in d["entity_names"].values())


def test_hostile_document_comes_back_verbatim_as_json(client, ids):
    r = client.get(f"/api/documents/{ids['hostile']}")
    assert r.headers["content-type"].startswith("application/json")
    d = r.json()
    assert d["text"] == HOSTILE_TEXT and d["title"] == HOSTILE_TITLE  # data, not markup: the page escapes
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


# ---------------------------------------------------------------------------------------- entities
def test_entities_list_and_filters(client):
    res = client.get("/api/entities").json()
    names = [e["name"] for e in res["entities"]]
    assert names[0] == "العراق"  # in every seed
    assert res["types"]["PER"] >= 4
    per = client.get("/api/entities", params={"type": "PER"}).json()
    assert per["entities"] and all(e["type"] == "PER" for e in per["entities"])
    latin = client.get("/api/entities", params={"q": "biden"}).json()
    assert [e["name"] for e in latin["entities"]] == ["جو بايدن"]


def test_entity_page_variants_time_quotes_events_company(client, ids):
    eid = _entity_id(client, "جوش روجين")
    e = client.get(f"/api/entities/{eid}").json()
    assert e["name"] == "جوش روجين" and e["type"] == "PER"
    assert e["latin"] and e["latin"].isascii()
    assert e["mentions"] == 2  # جوش روجين and the later روجين
    assert [b["period"] for b in e["over_time"]["buckets"]] == ["2024-08-24"]
    assert [q["content"] for q in e["quotes"]] == ["الإعلان عن انسحاب القوات الأمريكية"]
    q = e["quotes"][0]
    assert q["document"] == ids["001"] and q["sentence_start"] <= q["start"] < q["sentence_end"]
    assert "روجين" in q["evidence"]
    company = {c["name"] for c in e["cooccurring"]}
    assert {"جو بايدن", "واشنطن بوست", "العراق"} <= company
    assert [d["id"] for d in e["documents_list"]] == [ids["001"]]

    biden = client.get(f"/api/entities/{_entity_id(client, 'جو بايدن')}").json()
    assert [(x["type"], x["target"]) for x in biden["events_as_source"]] == [("RETREAT", "العراق")]
    us = client.get(f"/api/entities/{_entity_id(client, 'القوات الأمريكية')}").json()
    assert [(x["type"], x["source"]) for x in us["events_as_target"]] == [("ASSAULT", "قوات واغرنر")]


# ---------------------------------------------------------------------------------------- corpus views
def test_timeline_buckets_zoom_and_sentence_links(client, ids):
    tl = client.get("/api/timeline").json()
    kinds = {(i["kind"], i["document"]) for i in tl["items"]}
    assert ("event", ids["000"]) in kinds and ("quote", ids["001"]) in kinds
    assert tl["granularity"] == "year"  # 2021 … 2024
    assert sum(b["events"] + b["quotes"] for b in tl["buckets"]) == tl["total"] - tl["undated"]
    # the event's own date wins over the document's: the Deir ez-Zor clash sits on 11 August
    clash = next(i for i in tl["items"] if i.get("type") == "ASSAULT")
    assert clash["date"] == "2024-08-11" and clash["date_basis"] == "event"
    # zoom into August 2024: day buckets, and only what happened then
    z = client.get("/api/timeline", params={"date_from": "2024-08-01", "date_to": "2024-08-31"}).json()
    assert z["granularity"] == "day"
    assert {i["date"] for i in z["items"]} == {"2024-08-11", "2024-08-24"}
    for i in z["items"]:
        doc = client.get(f"/api/documents/{i['document']}").json()
        assert i["evidence"].rstrip("…") in doc["text"]
        assert [i["sentence_start"], i["sentence_end"]] != [None, None]
    only_q = client.get("/api/timeline", params={"kind": "quote"}).json()
    assert only_q["items"] and all(i["kind"] == "quote" for i in only_q["items"])


def test_network_acts_and_quotes(client):
    net = client.get("/api/network").json()
    labels = {n["id"]: n["label"] for n in net["nodes"]}
    acts = {(labels[e["source"]], labels[e["target"]]) for e in net["edges"] if e["kind"] == "acts"}
    assert ("قوات واغرنر", "القوات الأمريكية") in acts
    assert ("جو بايدن", "العراق") in acts
    quotes = {(labels[e["source"]], labels[e["target"]]) for e in net["edges"] if e["kind"] == "quotes"}
    assert ("عنب بلدي", "جوش روجين") in quotes  # the outlet quotes Rogin (his short form resolved)
    assert ("المدى", "جوي هود") in quotes
    ego = client.get("/api/network", params={"entity": _entity_id(client, "مصطفى الكاظمي")}).json()
    assert {e["kind"] for e in ego["edges"]} == {"acts"} and len(ego["edges"]) == 1


def test_sources_side_by_side(client):
    s = client.get("/api/sources").json()
    by = {o["outlet"]: o for o in s["outlets"]}
    assert set(by) >= {"عنب بلدي", "المدى", "المطلع", "البناء"}
    enab = by["عنب بلدي"]
    assert enab["documents"] == 1 and enab["quotes"] == 2
    assert {e["name"] for e in enab["entities"]} >= {"جو بايدن", "جوش روجين"}
    assert {sp["name"] for sp in enab["speakers"]} == {"جوش روجين", "وزارة الدفاع الأمريكية"}
    assert enab["vocabulary"], "distinctive words for the outlet"
    for w in enab["vocabulary"]:
        assert w["word"] in client.get("/api/search", params={"q": w["word"], "outlet": "عنب بلدي"}).json()["hits"][0]["snippet"]["text"] or w["count"] >= 3
    iraq = next(g for g in s["grid"] if g["name"] == "العراق")
    assert all(iraq["by_outlet"][o] == 1 for o in ("عنب بلدي", "المدى", "المطلع", "البناء"))


def test_stats_and_openapi(client):
    st = client.get("/api/stats").json()
    assert st["documents"] == 6
    assert st["entity_types"]["LOC"] >= 8 and st["event_types"]["ASSAULT"] == 1
    assert st["quotes_anonymous"] == 1
    assert [m["period"] for m in st["months"]][:2] == ["2020-01", "2021-07"]
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/search", "/api/documents/{doc_id}", "/api/entities", "/api/entities/{entity_id}",
                 "/api/timeline", "/api/network", "/api/sources", "/api/stats"):
        assert path in spec["paths"], path


def test_page_is_static_and_loads_nothing_from_elsewhere(client):
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    html = r.text
    assert 'dir="rtl"' in html and "http://" not in html and "https://" not in html
    for asset in ("/static/app.js", "/static/app.css"):
        a = client.get(asset)
        assert a.status_code == 200
        assert "innerHTML" not in a.text and "insertAdjacentHTML" not in a.text and "document.write" not in a.text
        # the SVG namespace is a name, never fetched; any other URL would be something loaded from elsewhere
        code = a.text.replace('"http://www.w3.org/2000/svg"', "")
        assert "https://" not in code and "http://" not in code


def test_store_is_opened_read_only(store_path):
    from marsad.web.app import create_app

    app = create_app(str(store_path[0]))
    store = app.state.stores.get()
    with pytest.raises(Exception):
        store.db.execute("DELETE FROM documents")


def test_missing_store_fails_at_start(tmp_path):
    from marsad.web.app import create_app

    with pytest.raises(Exception, match="no such store"):
        create_app(str(tmp_path / "nope.db"))


def test_shutdown_while_the_caches_warm_never_crashes(store_path):
    """The app starts computing its corpus-wide caches in background threads; a shutdown right
    after start (a test client, a restart) must not close a connection one of them is reading.
    It did once, and sqlite3 crashed the process (segfault) within a few hundred start/stops;
    so this runs in a child process, where a crash is a failed exit code rather than a dead test run."""
    import subprocess
    import sys

    code = (
        "import sys, warnings\n"
        "warnings.simplefilter('ignore')\n"
        "from marsad.web.app import create_app\n"
        "from starlette.testclient import TestClient\n"
        "for _ in range(300):\n"
        "    with TestClient(create_app(sys.argv[1])):\n"
        "        pass\n"
        "print('ok')\n"
    )
    run = subprocess.run([sys.executable, "-c", code, str(store_path[0])],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and run.stdout.strip() == "ok", (run.returncode, run.stderr[-2000:])


# ---------------------------------------------------------------------------------------- actors (#25)
def test_entities_carry_the_actor_dictionarys_attributes_and_filter_by_them(client, ids):
    iraq = client.get(f"/api/entities/{_entity_id(client, 'العراق')}").json()
    assert iraq["actor"]["country"] == "IQ" and iraq["actor"]["kind"] == "country"
    deir = client.get(f"/api/entities/{_entity_id(client, 'دير الزور')}").json()
    assert deir["actor"]["country"] == "SY" and deir["actor"]["kind"] == "city"
    assert 34 < deir["actor"]["lat"] < 37 and 39 < deir["actor"]["lon"] < 42
    # an organisation's sector and a person's office (the alias table's actors are looked up too)
    pentagon = client.get(f"/api/entities/{_entity_id(client, 'وزارة الدفاع الأمريكية')}").json()
    assert pentagon["actor"]["sector"] == "ministry" and pentagon["actor"]["country"] == "US"
    biden = client.get(f"/api/entities/{_entity_id(client, 'جو بايدن')}").json()
    assert biden["actor"]["sector"] is None and "president" in biden["actor"]["office"]

    res = client.get("/api/entities", params={"country": "SY", "limit": 200}).json()
    assert {e["name"] for e in res["entities"]} >= {"سوريا", "دير الزور"}
    assert all(e["actor"]["country"] == "SY" for e in res["entities"])
    assert res["facets"]["countries"]["IQ"] >= 1 and "ministry" in res["facets"]["sectors"]
    ministries = client.get("/api/entities", params={"sector": "ministry"}).json()["entities"]
    assert ministries and all(e["actor"]["sector"] == "ministry" for e in ministries)
    assert client.get("/api/entities", params={"country": "iraq"}).status_code == 422

    # each resolved mention of an article carries its actor's attributes
    d = client.get(f"/api/documents/{ids['000']}").json()
    deir_mention = next(e for e in d["entities"] if e["text"] == "دير الزور")
    assert deir_mention["actor"]["country"] == "SY" and deir_mention["actor"]["lat"] is not None


def test_sources_and_network_filter_by_country_and_sector(client):
    s = client.get("/api/sources", params={"country": "US"}).json()
    names = {g["name"] for g in s["grid"]}
    assert "جو بايدن" in names and "العراق" not in names
    enab = next(o for o in s["outlets"] if o["outlet"] == "عنب بلدي")
    assert {e["name"] for e in enab["entities"]} >= {"جو بايدن", "وزارة الدفاع الأمريكية"}
    assert all(e["actor"]["country"] == "US" for e in enab["entities"])
    assert {sp["name"] for sp in enab["speakers"]} == {"وزارة الدفاع الأمريكية"}  # Rogin has no entry

    net = client.get("/api/network", params={"country": "IQ"}).json()
    by_id = {n["id"]: n for n in net["nodes"]}
    pairs = {(by_id[e["source"]]["label"], by_id[e["target"]]["label"]) for e in net["edges"]}
    assert ("جو بايدن", "العراق") in pairs and ("قوات واغرنر", "القوات الأمريكية") not in pairs
    for e in net["edges"]:
        assert any((by_id[x].get("actor") or {}).get("country") == "IQ" for x in (e["source"], e["target"]))
    assert "IQ" in net["facets"]["countries"]
    assert client.get("/api/network", params={"sector": "ministry"}).json()["edges"]


# ---------------------------------------------------------------------------------------- network (#28)
def test_network_keeps_the_top_nodes_and_expands_one_nodes_neighbours(client):
    full = client.get("/api/network").json()
    assert full["total_nodes"] == len(full["nodes"]) > 4
    small = client.get("/api/network", params={"top": 3}).json()
    assert 2 <= len(small["nodes"]) <= 3 and small["total_nodes"] == full["total_nodes"]
    weights = {n["id"]: n["weight"] for n in full["nodes"]}
    heaviest = sorted(weights.values(), reverse=True)[:3]
    assert all(weights[n["id"]] >= heaviest[-1] for n in small["nodes"])
    # a node's neighbours: every edge touching it, whatever the top cut
    hub = max(full["nodes"], key=lambda n: n["weight"])
    around = client.get("/api/network", params={"node": hub["id"]}).json()
    assert around["node"] == hub["id"] and around["edges"]
    assert all(hub["id"] in (e["source"], e["target"]) for e in around["edges"])
    assert {e["target"] for e in around["edges"] if e["source"] == hub["id"]} == \
        {e["target"] for e in full["edges"] if e["source"] == hub["id"]}
    assert client.get("/api/network", params={"min_weight": 2}).json()["edges"] == []  # the seeds: all weight 1


def test_network_folds_phrase_actors_spelt_two_ways():
    from marsad.web.api import _name_key, _node_key

    # the same unnamed actor in two grammatical cases, and a speaker glossed with his outlet
    assert _name_key("مسؤولون أمريكيون") == _name_key("مسؤولين أمريكيين")
    assert _name_key("جوش روجين (واشنطن بوست)") == _name_key("جوش روجين")
    assert _name_key("مصادر عسكرية") != _name_key("مصادر أمنية")
    rec = {"entity_id": "Eabc", "name": "جوش روجين", "latin": "Josh Rogin", "type": "PER", "_actor": None}
    ent = {"by_id": {"Eabc": rec}, "by_name": {"جوش روجين": rec}}
    nodes: dict = {}
    assert _node_key(ent, None, "جوش روجين (واشنطن بوست)", nodes) == "Eabc"
    a = _node_key(ent, None, "مسؤولون أمريكيون", nodes)
    assert _node_key(ent, None, "مسؤولين أمريكيين", nodes) == a and len(nodes) == 2


# ---------------------------------------------------------------------------------------- time axis (#28)
def test_timeline_places_only_plausible_dates_and_says_what_it_leaves_out(client):
    from marsad.web.api import _plottable, _window

    assert _plottable("2024-08-22") and _plottable("1948")
    assert not _plottable("1436") and not _plottable("XXXX-08-22") and not _plottable(None)
    # a 2015 corpus with a few items about 1805 and 1948: the chart's window is the densest 90%
    dates = [f"2015-07-{d:02d}" for d in range(1, 31)] + ["1805-11-19", "1948-05-15"]
    lo, hi = _window(dates)
    assert lo.startswith("2015-07") and hi.startswith("2015-07")
    assert _window([f"{y}-01-01" for y in range(1990, 2020)]) == (None, None)  # evenly spread: no cut

    tl = client.get("/api/timeline").json()
    charted = sum(b["events"] + b["quotes"] for b in tl["buckets"])
    assert charted == tl["total"] - tl["undated"] - tl["outside"] - tl["coarse"]


def test_entity_chart_counts_undated_articles(tmp_path):
    from marsad.web.app import create_app

    db = tmp_path / "undated.db"
    with open_store(str(db)) as store:
        for prefix, published in (("001", "2024-08-24"), ("003", None), ("000", None)):
            t = _seed(prefix)
            d = Document(text=t, title=t.splitlines()[0], outlet="x", published=published, source=f"{prefix}.txt")
            ent(d, "العراق", "LOC")
            _resolve(d)
            store.add(d)
    with TestClient(create_app(str(db))) as c:
        e = c.get(f"/api/entities/{_entity_id(c, 'العراق')}").json()
    assert e["documents"] == 3
    assert e["over_time"]["undated_documents"] == 2
    assert sum(b["documents"] for b in e["over_time"]["buckets"]) == 1
