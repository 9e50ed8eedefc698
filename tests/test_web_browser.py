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
    assert "CONSULT" in d.find_element(By.ID, "main").text  # what he did: the visit to Washington
    screenshot(d, shots, "entity")


def test_dates_show_their_iso_value_and_timeline_links_to_the_sentence(browser, seeds_server, shots):
    from selenium.webdriver.common.by import By

    srv, ids = seeds_server
    d = browser
    go(d, f"{srv.url}/#/doc/{ids['001']}", "doc")
    t = next(s for s in d.find_elements(By.CSS_SELECTOR, ".seg.time") if "22 من آب" in s.text)
    assert "2024-08-22" in t.get_attribute("title")

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
    finally:
        srv.stop()
