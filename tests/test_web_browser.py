"""End to end in a real headless Chromium: ``marsad serve`` runs as a subprocess on a free loopback
port, and the page is driven as a user would: search, open an article, open an actor's page, visit
every view; hostile article text must render as text. Screenshots go to the pytest tmp dir and must
not be blank (a blank or failed page has a handful of colours; a rendered one has hundreds).
"""
from __future__ import annotations

import io
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conftest import SEEDS, run_cli
from test_web_api import HOSTILE_TEXT, HOSTILE_TITLE, build_store, hostile_document

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)),
                       reason="chromium / chromedriver not installed (bash scripts/test_setup.sh)"),
]

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1366,1000", "--lang=ar"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``marsad serve`` as a real process; stopped by its own pid."""

    def __init__(self, db: Path):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([sys.executable, "-m", "marsad", "serve", "--db", str(db), "--port", str(self.port)],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(self.url + "/api/stats", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            if self.proc.poll() is not None or time.time() > deadline:
                out = self.proc.stdout.read() if self.proc.poll() is not None else ""
                self.stop()
                raise RuntimeError(f"marsad serve did not start: {out}")
            time.sleep(0.2)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never try to download anything
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for f in FLAGS:
        opts.add_argument(f)
    opts.add_argument("--user-data-dir=" + str(tmp_path_factory.mktemp("chromium-profile")))
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    d = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    d.set_page_load_timeout(60)
    yield d
    d.quit()


@pytest.fixture(scope="module")
def seeds_server(tmp_path_factory):
    db = tmp_path_factory.mktemp("web-browser") / "seeds.db"
    ids = build_store(db)
    srv = Server(db)
    yield srv, ids
    srv.stop()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


def wait_ready(d, view: str, timeout: float = 30):
    """The page sets body[data-ready] to the view's name when it has rendered (or to "error")."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(d, timeout).until(lambda x: x.find_element("tag name", "body").get_attribute("data-ready"))
    got = d.find_element("tag name", "body").get_attribute("data-ready")
    assert got == view, f"expected the {view} view, got {got}: {d.find_element('id', 'main').text[:300]}"


def go(d, url: str, view: str):
    d.get(url)
    wait_ready(d, view)


def distinct_colours(png: bytes) -> int:
    from PIL import Image

    img = Image.open(io.BytesIO(png)).convert("RGB")
    return len(img.getcolors(maxcolors=1 << 24))


def screenshot(d, shots: Path, name: str, minimum: int = 40) -> int:
    time.sleep(0.3)  # let charts and web fonts paint
    png = d.get_screenshot_as_png()
    (shots / f"{name}.png").write_bytes(png)
    n = distinct_colours(png)
    assert n >= minimum, f"{name}: screenshot looks blank ({n} colours)"
    return n


def no_alert(d):
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        d.switch_to.alert  # noqa: B018 - the property raises when no alert() has run


def test_search_article_entity_in_a_real_browser(browser, seeds_server, shots):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    srv, ids = seeds_server
    d = browser
    go(d, srv.url + "/", "search")
    assert d.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
    box = d.find_element(By.CSS_SELECTOR, "input[name=q]")
    box.send_keys("الكاظمي", Keys.ENTER)
    wait_ready(d, "search")
    first = d.find_element(By.CSS_SELECTOR, ".hit h3 a")
    assert first.text.startswith("الانسحاب الأمريكي مشروط")
    marks = [m.text for m in d.find_elements(By.CSS_SELECTOR, ".hit mark")]
    assert marks and all("كاظمي" in m for m in marks)
    screenshot(d, shots, "search")

    # the article: the cleaned text with its facts highlighted in place
    first.click()
    wait_ready(d, "doc")
    assert d.find_element(By.TAG_NAME, "h1").text.startswith("الانسحاب الأمريكي مشروط")
    # the headline is analysed with the body (the text's first paragraph) and drawn once, as the heading,
    # with its facts marked there: العراق of the headline is a place
    assert not d.find_element(By.ID, "article-text").text.startswith("الانسحاب الأمريكي مشروط")
    assert "العراق" in [s.text for s in d.find_elements(By.CSS_SELECTOR, "h1 .seg.ent-LOC")]
    per = [s.text for s in d.find_elements(By.CSS_SELECTOR, ".article-text .seg.ent-PER")]
    assert "مصطفى الكاظمي" in per and "جوي هود" in per
    quote = "".join(s.text for s in d.find_elements(By.CSS_SELECTOR, ".article-text .seg.qc"))
    assert "التوقف عن مهاجمة القواعد الامريكية" in quote
    assert d.find_elements(By.CSS_SELECTOR, ".article-text .seg.ev")
    # hovering an entity names its type; clicking it shows the fact with a link to the actor's page
    kadhimi = next(s for s in d.find_elements(By.CSS_SELECTOR, ".seg.ent-PER") if s.text == "مصطفى الكاظمي")
    assert "شخص" in kadhimi.get_attribute("title")
    kadhimi.click()
    link = d.find_element(By.CSS_SELECTOR, "#fact-detail a[href^='#/entity/']")
    screenshot(d, shots, "article")

    link.click()
    wait_ready(d, "entity")
    assert "مصطفى الكاظمي" in d.find_element(By.TAG_NAME, "h1").text
    assert "الكاظمي" in [c.text for c in d.find_elements(By.CSS_SELECTOR, ".chip")]
    assert d.find_element(By.ID, "mentions-chart").size["height"] > 100
    text = d.find_element(By.ID, "main").text
    assert "تشاور" in text and "CONSULT" not in text  # what he did: the visit to Washington, by name
    screenshot(d, shots, "entity")


def test_dates_read_as_dates_and_timeline_links_to_the_sentence(browser, seeds_server, shots):
    from selenium.webdriver.common.by import By

    srv, ids = seeds_server
    d = browser
    go(d, f"{srv.url}/#/doc/{ids['001']}", "doc")
    t = next(s for s in d.find_elements(By.CSS_SELECTOR, ".seg.time") if "22 من آب" in s.text)
    assert "22 أغسطس 2024" in t.get_attribute("title") and "2024-08-22" not in t.get_attribute("title")

    go(d, srv.url + "/#/timeline", "timeline")
    assert d.find_element(By.ID, "timeline-chart").size["height"] > 100
    screenshot(d, shots, "timeline")
    go(d, srv.url + "/#/timeline?date_from=2024-08-01&date_to=2024-08-31", "timeline")
    links = d.find_elements(By.CSS_SELECTOR, ".tl-item a[href*='?s=']")
    assert len(links) == 3  # the Deir ez-Zor clash and the two statements of 24 August
    links[0].click()
    wait_ready(d, "doc")
    focus = "".join(s.text for s in d.find_elements(By.CSS_SELECTOR, ".article-text .focus"))
    assert "تعرضت القوات الأمريكية في سوريا" in focus


def test_network_sources_overview_and_english(browser, seeds_server, shots):
    from selenium.webdriver.common.by import By

    srv, _ = seeds_server
    d = browser
    go(d, srv.url + "/#/network", "network")
    assert d.find_elements(By.CSS_SELECTOR, "#cy canvas")
    assert d.execute_script("return document.querySelector('#cy canvas') !== null")
    screenshot(d, shots, "network")
    go(d, srv.url + "/#/sources", "sources")
    outlets = [h.get_attribute("textContent") for h in d.find_elements(By.CSS_SELECTOR, ".outlet h2")]  # some are scrolled out of view
    assert {"عنب بلدي", "المدى", "المطلع"} <= set(outlets)
    screenshot(d, shots, "sources")
    go(d, srv.url + "/#/overview", "overview")
    assert len(d.find_elements(By.CSS_SELECTOR, "canvas")) == 5
    screenshot(d, shots, "overview")
    go(d, srv.url + "/#/entities", "entities")
    screenshot(d, shots, "entities")

    d.find_element(By.ID, "lang").click()
    wait_ready(d, "entities")
    assert d.find_element(By.TAG_NAME, "html").get_attribute("dir") == "ltr"
    assert "Search" in d.find_element(By.ID, "nav").text
    screenshot(d, shots, "entities-en")
    d.find_element(By.ID, "lang").click()  # back to Arabic for the other tests
    wait_ready(d, "entities")


def test_hostile_article_renders_as_text(browser, seeds_server, shots):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.action_chains import ActionChains

    srv, ids = seeds_server
    d = browser
    go(d, f"{srv.url}/#/doc/{ids['hostile']}", "doc")
    no_alert(d)
    assert d.find_element(By.TAG_NAME, "h1").text == HOSTILE_TITLE
    body = d.find_element(By.CSS_SELECTOR, ".article-text")
    assert body.text.replace("\n", "") == HOSTILE_TEXT.replace("\n", "")
    main = d.find_element(By.ID, "main")
    # nothing of the text became markup: no script/img/svg, no handler attributes, no javascript: link
    assert not main.find_elements(By.CSS_SELECTOR, "script, img, svg, iframe, object, b, i")
    assert not d.execute_script(
        "return [...document.querySelectorAll('#main *')].some(e => [...e.attributes].some("
        "a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value)))")
    assert "javascript:alert('x9')" in main.text  # the URL is shown as text, not as a link
    ActionChains(d).move_to_element(body).perform()  # hover over the onmouseover text
    for s in d.find_elements(By.CSS_SELECTOR, ".article-text .seg")[:6]:
        s.click()
    no_alert(d)
    screenshot(d, shots, "hostile")
    go(d, srv.url + "/#/network", "network")  # the hostile outlet and actor names are node labels
    go(d, srv.url + "/#/sources", "sources")
    go(d, srv.url + "/#/search?q=" + "بغداد", "search")
    no_alert(d)
    errors = [e for e in d.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors


def test_the_demo_store_in_a_browser(browser, tmp_path, shots):
    """What a user gets from the README's demo: ``marsad analyze`` on the seeds, then ``serve``."""
    from selenium.webdriver.common.by import By

    db = tmp_path / "demo.db"
    r = run_cli("analyze", SEEDS, "--db", db, "--quiet")
    assert r.returncode == 0, r.stderr
    # plus one hostile document, stored through the Python API as analyze would store it
    from marsad.store import open_store

    with open_store(str(db)) as store:
        store.add(hostile_document())
    srv = Server(db)
    try:
        d = browser
        go(d, srv.url + "/#/search?q=" + "الكاظمي", "search")
        assert d.find_elements(By.CSS_SELECTOR, ".hit h3 a")
        d.find_element(By.CSS_SELECTOR, ".hit h3 a").click()
        wait_ready(d, "doc")
        assert "الكاظمي" in d.find_element(By.CSS_SELECTOR, ".article-text").text
        screenshot(d, shots, "demo-article")
        go(d, srv.url + "/#/entities", "entities")
        d.find_element(By.CSS_SELECTOR, "td a[href^='#/entity/']").click()
        wait_ready(d, "entity")
        screenshot(d, shots, "demo-entity")
        for view in ("timeline", "network", "sources", "overview"):
            go(d, f"{srv.url}/#/{view}", view)
        no_alert(d)

        # analysed seeds without a date of their own: the charts say what they leave out (#28)
        import json

        with urllib.request.urlopen(srv.url + "/api/timeline") as r:
            tl = json.load(r)
        assert tl["undated"] > 0
        go(d, srv.url + "/#/timeline", "timeline")
        note = d.find_element(By.ID, "timeline-note").text
        assert note.startswith(f"{tl['undated']} ") and "بلا تاريخ" in note
        with urllib.request.urlopen(srv.url + "/api/entities?q=" + urllib.parse.quote("العراق")) as r:
            iraq = next(e for e in json.load(r)["entities"] if e["name"] == "العراق")
        with urllib.request.urlopen(srv.url + "/api/entities/" + iraq["entity_id"]) as r:
            undated = json.load(r)["over_time"]["undated_documents"]
        assert undated > 0
        go(d, srv.url + "/#/entity/" + iraq["entity_id"], "entity")
        assert d.find_element(By.ID, "mentions-undated").text.startswith(f"{undated} ")
        screenshot(d, shots, "demo-entity-undated")
    finally:
        srv.stop()


# ------------------------------------------------------------------------------ issues #28 and #25
def test_no_raw_codes_and_hijri_dates_on_demand(browser, seeds_server, shots):
    """Dates read as dates in either calendar (the Hijri one checked against hijridate), types by name."""
    from hijridate import Gregorian
    from selenium.webdriver.common.by import By

    srv, ids = seeds_server
    d = browser
    go(d, f"{srv.url}/#/doc/{ids['001']}", "doc")
    main = d.find_element(By.ID, "main")
    assert "النشر: 24 أغسطس 2024" in main.text
    for code in ("2024-08-24", "2024-08-22", "RETREAT", "DATE"):
        assert code not in main.text, code
    # the facts panel: the date's value and the event's type in words
    next(s for s in d.find_elements(By.CSS_SELECTOR, ".seg.time") if "22 من آب" in s.text).click()
    assert "22 أغسطس 2024" in d.find_element(By.ID, "fact-detail").text
    assert "انسحاب" in d.find_element(By.CSS_SELECTOR, ".facts").text

    d.find_element(By.ID, "cal").click()  # the Hijri calendar, remembered across pages
    wait_ready(d, "doc")
    try:
        h = Gregorian(2024, 8, 24).to_hijri()
        assert f"{h.day} {h.month_name('ar')} {h.year} هـ" in d.find_element(By.ID, "main").text
        assert d.find_element(By.ID, "cal").get_attribute("aria-pressed") == "true"
        screenshot(d, shots, "article-hijri")
        go(d, f"{srv.url}/#/search?q=" + "الكاظمي", "search")
        h = Gregorian(2021, 7, 20).to_hijri()
        assert f"{h.day} {h.month_name('ar')} {h.year} هـ" in d.find_element(By.CSS_SELECTOR, ".hit .meta").text
    finally:
        d.find_element(By.ID, "cal").click()
        wait_ready(d, "search")
    assert "20 يوليو 2021" in d.find_element(By.CSS_SELECTOR, ".hit .meta").text


def test_counts_agree_with_their_noun(browser, seeds_server):
    """One plural helper: 1 مقال، 2 إشارتان، 3–10 نتائج …, as Arabic counts them."""
    from selenium.webdriver.common.by import By

    srv, _ = seeds_server
    d = browser
    go(d, f"{srv.url}/#/search?q=" + "العراق", "search")
    assert d.find_element(By.CSS_SELECTOR, "#results h2").text == "5 نتائج"
    go(d, f"{srv.url}/#/entities?q=" + "روجين", "entities")
    d.find_element(By.CSS_SELECTOR, "td a[href^='#/entity/']").click()
    wait_ready(d, "entity")
    meta = d.find_element(By.CSS_SELECTOR, ".meta-line").text.split("\n")
    assert "1 مقال" in meta and "2 إشارتان" in meta
    go(d, f"{srv.url}/#/entities?q=" + "العراق", "entities")
    d.find_element(By.CSS_SELECTOR, "td a[href^='#/entity/']").click()
    wait_ready(d, "entity")
    assert "5 مقالات" in d.find_element(By.CSS_SELECTOR, ".meta-line").text


def test_quotes_are_marked_quietly(browser, seeds_server, shots):
    """Speaker and cue marked; the quoted text only on hover of them or with the toggle."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    srv, ids = seeds_server
    d = browser
    go(d, f"{srv.url}/#/doc/{ids['003']}", "doc")
    colour = lambda el: d.execute_script("return getComputedStyle(arguments[0]).color", el)  # noqa: E731
    body_colour = colour(d.find_element(By.CSS_SELECTOR, ".article-text"))
    content = [s for s in d.find_elements(By.CSS_SELECTOR, ".article-text .seg.qc") if not s.get_attribute("class").count("ent")]
    assert content and all(colour(s) == body_colour for s in content)  # the quoted text is left plain
    speaker = d.find_element(By.CSS_SELECTOR, ".article-text .seg.qs")
    cue = d.find_element(By.CSS_SELECTOR, ".article-text .seg.qcue")
    assert colour(cue) != body_colour and speaker.value_of_css_property("font-weight") in ("700", "bold")
    ActionChains(d).move_to_element(cue).perform()
    lit = "".join(s.text for s in d.find_elements(By.CSS_SELECTOR, ".seg.qc.hover"))
    assert "التوقف عن مهاجمة القواعد الامريكية" in lit
    ActionChains(d).move_to_element(d.find_element(By.TAG_NAME, "h1")).perform()
    assert not d.find_elements(By.CSS_SELECTOR, ".seg.qc.hover")
    d.find_element(By.ID, "toggle-extent").click()
    assert all(colour(s) != body_colour for s in content)
    screenshot(d, shots, "quotes-toggle")


def test_network_is_readable_and_expands_on_click(browser, seeds_server, shots):
    from selenium.webdriver.common.by import By

    srv, _ = seeds_server
    d = browser
    go(d, srv.url + "/#/network", "network")
    sizes = d.execute_script("const cy = document.getElementById('cy').cy;"
                             " return cy.nodes().map(n => parseFloat(n.renderedStyle('font-size')))")
    assert sizes and min(sizes) >= 11
    d.execute_script("document.getElementById('cy').cy.zoom(0.3)")  # zoomed far out, labels stay readable
    assert min(d.execute_script("return document.getElementById('cy').cy.nodes().map(n => parseFloat(n.renderedStyle('font-size')))")) >= 11
    # a top-2 graph; clicking a node brings in its neighbours
    go(d, srv.url + "/#/network?top=2", "network")
    count = "return document.getElementById('cy').cy.nodes().length"
    before = d.execute_script(count)
    assert before == 2
    # the outlet quotes two speakers (the Pentagon and Rogin); only one of them is in the top 2
    labels = d.execute_script("return document.getElementById('cy').cy.nodes().map(n => n.data('label'))")
    assert "عنب بلدي" in labels and "جوش روجين" not in labels
    hub = d.execute_script("const cy = document.getElementById('cy').cy;"
                           " const n = cy.nodes().filter(x => x.data('label') === 'عنب بلدي')[0]; n.emit('tap'); return n.id()")
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(d, 20).until(lambda x: x.execute_script(count) > before)
    assert d.find_element(By.ID, "expand-note").text.startswith("أضيف")
    assert "جوش روجين" in d.execute_script("return document.getElementById('cy').cy.nodes().map(n => n.data('label'))")
    assert d.execute_script(f"return document.getElementById('cy').cy.getElementById({hub!r}).hasClass('expanded')")
    screenshot(d, shots, "network-expanded")
    # filtered by country: the options are the actors' countries, by name
    go(d, srv.url + "/#/network?country=IQ", "network")
    assert "العراق" in d.find_element(By.CSS_SELECTOR, "select[name=country]").text
    labels = d.execute_script("return document.getElementById('cy').cy.nodes().map(n => n.data('label'))")
    assert "العراق" in labels and "قوات واغرنر" not in labels


def test_timeline_is_on_a_time_axis(browser, seeds_server, shots):
    """Bars stand at their place in time: equal periods are equally far apart, gaps are gaps."""
    srv, _ = seeds_server
    d = browser
    go(d, srv.url + "/#/timeline", "timeline")
    axis = d.execute_script(
        "const c = Chart.getChart(document.getElementById('timeline-chart')); const x = c.scales.x;"
        " return {type: x.type, px: c.data.datasets[0].data.map(p => x.getPixelForValue(p.x)),"
        " t: c.data.datasets[0].data.map(p => p.x)}")
    assert axis["type"] == "linear"
    px, ts = axis["px"], axis["t"]
    assert len(px) >= 4  # the seeds: 2021 … 2024 by year, gaps included
    per_ms = [(px[i + 1] - px[i]) / (ts[i + 1] - ts[i]) for i in range(len(px) - 1)]
    assert max(per_ms) == pytest.approx(min(per_ms), rel=1e-6)
    screenshot(d, shots, "timeline-axis")


def test_places_have_attributes_and_a_small_map(browser, seeds_server, shots):
    from selenium.webdriver.common.by import By

    srv, _ = seeds_server
    d = browser
    go(d, f"{srv.url}/#/entities?q=" + "دير الزور", "entities")
    d.find_element(By.CSS_SELECTOR, "td a[href^='#/entity/']").click()
    wait_ready(d, "entity")
    attrs = d.find_element(By.CSS_SELECTOR, ".actor-card .attrs").text
    assert "مدينة" in attrs and "سوريا" in attrs and "35.34 شمالاً" in attrs and "40.14 شرقاً" in attrs
    WebDriverWait = __import__("selenium.webdriver.support.ui", fromlist=["WebDriverWait"]).WebDriverWait
    WebDriverWait(d, 20).until(lambda x: x.find_elements(By.CSS_SELECTOR, "#place-map svg path"))
    assert len(d.find_elements(By.CSS_SELECTOR, "#place-map svg path")) > 100  # the world outline, vendored
    pin = d.find_element(By.CSS_SELECTOR, "#place-map circle.pin")
    assert float(pin.get_attribute("cx")) == pytest.approx(40.14, abs=0.01)
    # the pin is inside the map's frame, the map is drawn (not blank)
    box, p = d.find_element(By.ID, "place-map").rect, pin.rect
    assert box["x"] < p["x"] < box["x"] + box["width"] and box["y"] < p["y"] < box["y"] + box["height"]
    screenshot(d, shots, "place-map")
    # an organisation: its sector and country, by name
    go(d, f"{srv.url}/#/entities?q=" + "وزارة الدفاع", "entities")
    d.find_element(By.CSS_SELECTOR, "td a[href^='#/entity/']").click()
    wait_ready(d, "entity")
    attrs = d.find_element(By.CSS_SELECTOR, ".actor-card .attrs").text
    assert "وزارة" in attrs and "الولايات المتحدة" in attrs and not d.find_elements(By.ID, "place-map")


def test_sources_filter_by_country(browser, seeds_server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    srv, _ = seeds_server
    d = browser
    go(d, srv.url + "/#/sources", "sources")
    Select(d.find_element(By.CSS_SELECTOR, "select[name=country]")).select_by_value("US")
    wait_ready(d, "sources")
    rows = [r.text for r in d.find_elements(By.CSS_SELECTOR, "table tbody tr td:first-child")]
    assert any("جو بايدن" in r for r in rows) and not any("العراق" in r for r in rows)
    assert "country=US" in d.current_url
