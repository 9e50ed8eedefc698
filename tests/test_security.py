"""Attack surface of the web app and the search: escaping, path traversal, size limits, SQL built only
with parameters, hostile search queries (API and CLI), default bind address, and a store the served app
cannot write to.

The store is the one of ``test_web_api`` (the seeds plus a hostile article full of markup) plus an
article with characters outside the BMP before its facts (the page must convert code-point offsets).
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conftest import run_cli
from test_web_api import HOSTILE_TEXT, HOSTILE_TITLE, build_store

from marsad.document import Document, Entity
from marsad.store import open_store

STATIC = Path(__file__).resolve().parents[1] / "marsad" / "web" / "static"

HOSTILE_QUERIES = [
    '"', '""', "'", "''", '"القوات', 'القوات"', "«", "»", "«الكاظمي", "*", "الكاظمي*", "^الكاظمي", "NEAR(a b)",
    "a AND b", "a OR b", "NOT a", "-a", "+a", "title:الكاظمي", "body:x", "{title body}: x", "(", ")", "((a)",
    "' OR 1=1 --", "'; DROP TABLE documents; --", '"; DELETE FROM facts; --', "1; ATTACH DATABASE '/tmp/x' AS x",
    "UNION SELECT * FROM meta", "%", "_", "\\", "\\x00", "\x00", "\u202e\u2066", "ـــ", "\u064b\u064c",
    "😀", "<script>alert(1)</script>", "javascript:alert(1)", "../../etc/passwd", "%00", "a" * 500,
    " ".join(["الكاظمي"] * 80)[:500], '"' * 499, "AND " * 100, "x" + "(" * 200,
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    p = tmp_path_factory.mktemp("security") / "store.db"
    ids = build_store(p)
    text = "😀🇸🇦 \U0001D400 بغداد عاصمة العراق 😀 والموصل مدينة."
    d = Document(text=text, title="عنوان 😀", published="2024-01-01", source="astral.txt")
    for name in ("بغداد", "العراق", "الموصل"):
        s = text.index(name)
        d.entities.append(Entity(s, s + len(name), name, "LOC"))
    with open_store(str(p)) as store:
        ids["astral"] = store.add(d)
    return p, ids


@pytest.fixture(scope="module")
def client(store_path):
    from marsad.web.app import create_app

    with TestClient(create_app(str(store_path[0]))) as c:
        yield c


class LiveServer:
    """The app under uvicorn on 127.0.0.1 (a free port) in a thread: raw requests reach the real stack."""

    def __init__(self, db: Path):
        import socket
        import threading
        import time

        import uvicorn

        from marsad.web.app import create_app

        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(create_app(str(db)), log_level="critical", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)
        self.thread.start()
        for _ in range(400):
            if self.server.started:
                break
            time.sleep(0.05)

    def get(self, path: str, headers=None) -> tuple:
        """(status, body) of a GET with ``path`` sent exactly as given (no dot-segment normalisation)."""
        import http.client

        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
        try:
            c.putrequest("GET", path, skip_accept_encoding=True)
            for k, v in (headers or {}).items():
                c.putheader(k, v)
            c.endheaders()
            r = c.getresponse()
            return r.status, r.read()
        except (ConnectionError, http.client.HTTPException):
            return None, b""  # the server closed the connection: refused too
        finally:
            c.close()

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def live(store_path):
    srv = LiveServer(store_path[0])
    yield srv
    srv.stop()


def _file_digest(p: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(p.parent.glob(p.name + "*")):  # the store and its -wal / -shm
        if not f.name.endswith("-shm"):
            h.update(f.name.encode() + f.read_bytes())
    return h.hexdigest()


def _routes(client) -> list[str]:
    return sorted(client.get("/api/openapi.json").json()["paths"])


# ---------------------------------------------------------------------------------------- escaping
def test_page_code_never_parses_data_as_html():
    js = (STATIC / "app.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                 "setTimeout(\"", "setTimeout('", "srcdoc", "DOMParser", "createContextualFragment"):
        assert sink not in js, sink
    # every link goes through safeHref (http/https only), handlers are only attached for functions
    assert re.search(r'k === "href"\) el\.setAttribute\("href", safeHref\(v\)\)', js)
    assert 'k.startsWith("on") && typeof v === "function"' in js
    assert 'u.protocol === "http:" || u.protocol === "https:"' in js
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in html.replace(" ", "")  # no inline script: the CSP forbids it anyway


def test_page_converts_code_point_offsets():
    """Offsets count code points (Python); the page converts them to UTF-16 units before slicing."""
    js = (STATIC / "app.js").read_text(encoding="utf-8")
    assert "function toUnits(" in js and "docToUnits(doc)" in js


def test_hostile_article_is_data_in_json_with_strict_headers(client, store_path):
    ids = store_path[1]
    r = client.get(f"/api/documents/{ids['hostile']}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    d = r.json()
    assert d["text"] == HOSTILE_TEXT and d["title"] == HOSTILE_TITLE
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"
    # search snippets and timeline evidence carry the markup as text too, in JSON
    s = client.get("/api/search", params={"q": "الاجتماع"})
    assert s.headers["content-type"].startswith("application/json")
    assert any("<script>" in h["snippet"]["text"] for h in s.json()["hits"])


def test_astral_characters_keep_offsets_in_code_points(client, store_path):
    d = client.get(f"/api/documents/{store_path[1]['astral']}").json()
    for e in d["entities"]:
        assert d["text"][e["start"]:e["end"]] == e["text"]


@pytest.mark.parametrize("path", ["/api/entities/%3Cscript%3E", "/api/documents/%3Cscript%3E",
                                  "/api/search?date_from=%3Cscript%3E", "/nope/%3Cscript%3Ealert(1)%3C/script%3E"])
def test_errors_are_json_never_reflected_html(client, path):
    r = client.get(path)
    assert r.status_code in (404, 422)
    assert not r.headers["content-type"].startswith("text/html")
    assert "<script>" not in r.text or r.headers["content-type"].startswith("application/json")


# ---------------------------------------------------------------------------------------- traversal
TRAVERSALS = ["../", "..%2f", "..%2F", "%2e%2e/", "%2e%2e%2f", ".%2e/", "..%5c", "..\\", "%252e%252e%252f",
              "....//", "..;/", "%c0%ae%c0%ae/", "%uff0e%uff0e/", "%ef%bc%8e%ef%bc%8e/", "..%00/", "%2e%2e%5c"]
TARGETS = ["marsad/web/app.py", "app.py", "store/sqlite.py", "etc/passwd", "proc/self/environ", "store.db"]
SECRETS = (b"import ", b"root:x:0:0", b"PATH=", b"SQLite format 3", b"def ")


def test_path_traversal_through_static_and_every_route(live, client):
    """Raw request lines on a real socket (an HTTP client would resolve the dots itself)."""
    routes = _routes(client)
    n = 0
    for t in TRAVERSALS:
        for target in TARGETS:
            payload = t * 6 + target
            urls = [f"/static/{payload}", f"/static/vendor/{payload}", f"/{payload}", f"/api/{payload}",
                    f"/static/{t}{t}web/app.py", f"/static//{payload}", f"/static/%2F{payload}"]
            for route in routes:
                if "{" in route:  # a path parameter: put the payload there
                    urls.append(re.sub(r"\{[^}]+\}", lambda _m: payload, route))
            for u in urls:
                status, body = live.get(u)
                n += 1
                # the page itself ("/" after the server resolved the dots) is fine; nothing else is
                if status == 200 and body.startswith(b"<!doctype html"):
                    continue
                assert status in (None, 400, 404, 405, 414, 422), (u, status)
                for secret in SECRETS:
                    assert secret not in body[:200_000], (u, secret)
    assert n > 800


def test_path_traversal_through_query_parameters(client):
    spec = client.get("/api/openapi.json").json()
    for route, item in spec["paths"].items():
        if "{" in route:
            continue
        for p in item["get"].get("parameters", []):
            for t in ("../../../../etc/passwd", "..%2f..%2fapp.py", "/etc/passwd", "file:///etc/passwd",
                      "\\..\\..\\windows\\win.ini"):
                r = client.get(route, params={p["name"]: t})
                assert r.status_code in (200, 404, 422), (route, p["name"], r.status_code)
                for s in ("root:x:0:0", "SQLite format 3", "[fonts]"):
                    assert s not in r.text


def test_only_static_files_are_served(live):
    assert live.get("/static/app.js")[0] == 200
    assert live.get("/static/index.html")[0] == 200
    for u in ("/static", "/static/", "/static/vendor", "/static/vendor/", "/static/.", "/static/%2e",
              "/static/%2e%2e", "/static//etc/passwd", "/static/%2Fetc%2Fpasswd", "/static/vendor/%2e%2e/%2e%2e/app.py"):
        status, body = live.get(u)
        assert status in (None, 400, 404, 405, 307), (u, status)  # no directory listings, nothing outside
        assert b"import " not in body


# ---------------------------------------------------------------------------------------- size limits
def test_query_size_limits(client):
    assert client.get("/api/search", params={"q": "ب" * 500}).status_code == 200
    assert client.get("/api/search", params={"q": "ب" * 501}).status_code == 422
    assert client.get("/api/search", params={"outlet": "x" * 201}).status_code == 422
    assert client.get("/api/entities", params={"q": "x" * 101}).status_code == 422
    assert client.get("/api/search", params={"limit": 10 ** 6}).status_code == 422
    assert client.get("/api/search", params={"offset": 10 ** 9}).status_code == 422
    assert client.get("/api/timeline", params={"limit": 501}).status_code == 422
    assert client.get("/api/network", params={"limit": 10 ** 9}).status_code == 422
    assert client.get("/api/documents/" + "9" * 4000).status_code in (414, 422)


def test_request_size_limits(client):
    from marsad.web.app import MAX_BODY, MAX_URL

    r = client.get("/api/search?q=" + "a" * (MAX_URL + 1))
    assert r.status_code == 414 and r.json()["detail"].startswith("URL too long")
    r = client.get("/api/stats", params={"junk": "x" * MAX_URL})
    assert r.status_code == 414
    r = client.post("/api/search", content=b"x" * (MAX_BODY + 1))
    assert r.status_code == 413
    r = client.get("/api/stats", headers={"content-length": "99999999999"})
    assert r.status_code in (400, 413)
    r = client.post("/api/search", content=b"{}")
    assert r.status_code == 405  # nothing takes a body


def test_size_limits_on_a_live_server(live):
    """The limits as uvicorn enforces them on a real socket (headers), not only in the test client."""
    assert live.get("/api/stats")[0] == 200
    assert live.get("/api/search?q=" + "a" * 20000)[0] in (414, 400, 431, None)
    assert live.get("/api/stats", {"X-Big": "x" * 200_000})[0] in (400, 431, None)
    assert live.get("/api/stats", {f"X-H{i}": "x" * 100 for i in range(2000)})[0] in (400, 431, None)
    assert live.get("/api/stats", {"Content-Length": "100000000"})[0] in (400, 413, None)
    assert live.get("/api/stats")[0] == 200  # and it is still serving


# ---------------------------------------------------------------------------------------- SQL and queries
class _Recording(sqlite3.Connection):
    seen: list = []

    def execute(self, sql, *a, **kw):
        _Recording.seen.append(sql)
        return super().execute(sql, *a, **kw)


def test_sql_is_built_only_with_parameters(store_path, monkeypatch):
    """Every statement the app runs, recorded: none contains a byte of what the request sent."""
    from marsad.store import sqlite as sqlite_mod
    from marsad.web.app import create_app

    real = sqlite3.connect
    monkeypatch.setattr(sqlite_mod.sqlite3, "connect", lambda *a, **kw: real(*a, factory=_Recording, **kw))
    _Recording.seen = []
    marker = "zqx'\"--ّ"
    with TestClient(create_app(str(store_path[0]))) as c:
        c.get("/api/entities")  # the caches, built in the background, first
        for params in ({"q": marker}, {"q": f'"{marker}" {marker}*'}, {"outlet": marker}, {"q": "x", "outlet": marker},
                       {"q": "", "event_type": "ZQX_X"}, {"entity": "zqx.x"}):
            assert c.get("/api/search", params=params).status_code in (200, 404), params
        assert c.get("/api/entities", params={"q": marker}).status_code == 200
        assert c.get("/api/entities/zqx.x").status_code == 404
        assert c.get("/api/timeline", params={"event_type": "ZQX_X", "date_from": "2024-01"}).status_code == 200
        assert c.get("/api/network", params={"event_type": "ZQX_X"}).status_code == 200
    assert _Recording.seen
    for sql in _Recording.seen:
        low = sql.lower()
        assert "zqx" not in low and "ّ" not in sql, sql


@pytest.mark.parametrize("q", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
def test_hostile_search_queries_through_the_api(client, q):
    for params in ({"q": q}, {"q": q, "outlet": q[:200]}, {"q": q, "limit": 5, "offset": 3}):
        r = client.get("/api/search", params=params)
        assert r.status_code == 200, (q, r.status_code, r.text[:300])
        res = r.json()
        assert isinstance(res["total"], int) and isinstance(res["hits"], list)
    r = client.get("/api/entities", params={"q": q[:100]})
    assert r.status_code == 200


def test_hostile_search_queries_through_the_cli(store_path, capsys):
    from marsad.cli import main

    db = str(store_path[0])
    for q in HOSTILE_QUERIES:
        assert main(["search", "--db", db, "--json", "--", q]) == 0, q
        out = capsys.readouterr().out
        assert isinstance(json.loads(out)["total"], int)
        # an outlet the store does not hold is a usage error (exit 2) named in one line, never a crash
        rc = main(["search", "--db", db, "--outlet=" + q, "--", q])
        err = capsys.readouterr().err
        assert rc == 0 or (rc == 2 and "unknown outlet" in err and "Traceback" not in err), (q, rc, err)
    assert main(["quotes", "--speaker", "' OR 1=1 --", "--db", db]) == 0
    assert main(["events", "--type", "'; DROP TABLE facts; --", "--db", db]) == 2  # not a PLOVER type
    assert "Traceback" not in capsys.readouterr().err
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 7
    con.close()


def test_hostile_search_query_in_a_real_process(store_path):
    r = run_cli("search", "'; DROP TABLE documents; -- \" NEAR( * «", "--db", store_path[0], "--json", timeout=120)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["total"] >= 0 and "Traceback" not in r.stderr


# ---------------------------------------------------------------------------------------- bind + read-only
def test_default_bind_is_loopback():
    import inspect

    from marsad.cli import build_parser
    from marsad.web import app as app_mod

    assert build_parser().parse_args(["serve"]).host == "127.0.0.1"
    assert inspect.signature(app_mod.serve).parameters["host"].default == "127.0.0.1"
    assert inspect.signature(app_mod.serve).parameters["readonly"].default is True


def test_cli_serve_binds_loopback_read_only(monkeypatch, store_path, capsys):
    import uvicorn

    from marsad.cli import main

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **kw: seen.update(
        host=host, port=port, readonly=app.state.readonly, store_ro=app.state.stores.get().readonly))
    assert main(["serve", "--db", str(store_path[0])]) == 0
    assert seen == {"host": "127.0.0.1", "port": 8765, "readonly": True, "store_ro": True}
    capsys.readouterr()


def test_served_app_cannot_write(store_path):
    from marsad.web.app import create_app

    db = store_path[0]
    before = _file_digest(db)
    app = create_app(str(db))
    store = app.state.stores.get()
    for sql in ("DELETE FROM documents", "INSERT INTO meta VALUES ('x', 'y')", "CREATE TABLE evil (x)",
                "UPDATE documents SET text = ''", "PRAGMA user_version = 7", "VACUUM"):
        with pytest.raises(sqlite3.Error):
            store.db.execute(sql)
    with pytest.raises(Exception):
        store.add(Document(text="نص جديد"))
    with TestClient(app) as c:
        for route in _routes(c):
            url = re.sub(r"\{[^}]+\}", "1", route)
            for method in ("post", "put", "delete", "patch"):
                assert getattr(c, method)(url).status_code == 405, (method, url)
            c.get(url)
    store.db.close()
    assert _file_digest(db) == before, "serving must leave the store file unchanged"


# ---------------------------------------------------------------------------------------- in a browser
@pytest.mark.browser
def test_astral_offsets_highlight_the_right_text_in_a_browser(live, store_path):
    """Emoji before the facts: the page's highlights still cover exactly the entity names."""
    pytest.importorskip("selenium")
    import os

    import test_web_browser as wb

    if not (os.path.exists(wb.CHROMIUM) and os.path.exists(wb.CHROMEDRIVER)):
        pytest.skip("chromium / chromedriver not installed")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    opts = webdriver.ChromeOptions()
    opts.binary_location = wb.CHROMIUM
    for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        opts.add_argument(a)
    d = webdriver.Chrome(service=Service(wb.CHROMEDRIVER), options=opts)
    try:
        wb.go(d, f"http://127.0.0.1:{live.port}/#/doc/{store_path[1]['astral']}", "doc")
        got = [e.text for e in d.find_elements(By.CSS_SELECTOR, "#article-text .seg.ent")]
        assert got == ["بغداد", "العراق", "الموصل"], got
        wb.go(d, f"http://127.0.0.1:{live.port}/#/doc/{store_path[1]['hostile']}", "doc")
        wb.no_alert(d)
        assert not d.find_elements(By.CSS_SELECTOR, "#article-text script, #article-text img")
    finally:
        d.quit()
