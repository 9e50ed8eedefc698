"""Latency of the web API on a real store: p50/p95 for search and article requests.

    python benchmarks/web.py --db news.db [--n 200] [--url http://127.0.0.1:8765]

Without --url it starts ``marsad serve`` on a free loopback port (the way users run it) and stops it
afterwards. Requests go over HTTP one at a time, so the figures are what a user's browser waits for.
Search requests cycle through a fixed list of Arabic queries (common and rare words, a phrase, with
and without filters) and pages 1–3; article requests fetch random documents (fixed seed). The first
request of each kind is a warm-up and is not counted. The corpus-wide views (entities, timeline,
network, sources) are computed once per store and cached: their first (cold) and a repeated (warm)
request are reported separately. The target is < 200 ms p95 for search and article.
"""
from __future__ import annotations

import argparse
import json
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

QUERIES = [
    "السعودية", "الملك سلمان", "وزارة الصحة", "كورونا", "مجلس الوزراء", "النفط", "اليمن", "الحوثي",
    "\"خادم الحرمين الشريفين\"", "أمير منطقة الرياض", "كرة القدم", "الهلال والنصر", "داعش", "إيران",
    "التعليم", "سوق الأسهم", "الأمطار", "مكافحة الفساد", "الحج", "العمرة",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = min(len(xs) - 1, max(0, round(p / 100 * (len(xs) - 1))))
    return xs[k]


def _timed(client: httpx.Client, path: str, params=None) -> tuple[float, httpx.Response]:
    t = time.perf_counter()
    r = client.get(path, params=params)
    ms = (time.perf_counter() - t) * 1000
    r.raise_for_status()
    return ms, r


def run(url: str, db: str, n: int, seed: int = 0) -> dict:
    rnd = random.Random(seed)
    con = sqlite3.connect(Path(db).resolve().as_uri() + "?mode=ro", uri=True)
    ids = [r[0] for r in con.execute("SELECT id FROM documents")]
    outlets = [r[0] for r in con.execute("SELECT outlet FROM documents WHERE outlet IS NOT NULL GROUP BY outlet")]
    n_docs, n_facts = con.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM facts)").fetchone()
    con.close()
    out: dict = {"documents": n_docs, "facts": n_facts, "n": n}
    with httpx.Client(base_url=url, timeout=300) as c:
        _timed(c, "/api/search", {"q": QUERIES[0]})
        _timed(c, "/api/documents/" + str(ids[0]))
        search, article, totals = [], [], []
        for i in range(n):
            params = {"q": QUERIES[i % len(QUERIES)], "offset": 20 * (i // len(QUERIES) % 3)}
            if i % 4 == 3 and outlets:
                params["outlet"] = rnd.choice(outlets)
            if i % 5 == 4:
                params["date_from"] = "2015-06"
            ms, r = _timed(c, "/api/search", params)
            search.append(ms)
            totals.append(r.json()["total"])
        facts_per_doc = []
        for _ in range(n):
            ms, r = _timed(c, f"/api/documents/{rnd.choice(ids)}")
            article.append(ms)
            d = r.json()
            facts_per_doc.append(sum(len(d[k]) for k in ("entities", "times", "quantities", "quotes", "events")))
        out["search_ms"] = {"p50": round(_pct(search, 50), 1), "p95": round(_pct(search, 95), 1),
                            "max": round(max(search), 1), "mean_hits": round(statistics.mean(totals), 1)}
        out["article_ms"] = {"p50": round(_pct(article, 50), 1), "p95": round(_pct(article, 95), 1),
                             "max": round(max(article), 1), "mean_facts": round(statistics.mean(facts_per_doc), 1)}
        corpus = {}
        for path in ("/api/entities", "/api/timeline", "/api/network", "/api/sources", "/api/stats"):
            cold, _ = _timed(c, path)
            warm, _ = _timed(c, path)
            corpus[path] = {"first_ms": round(cold), "again_ms": round(warm, 1)}
        out["corpus_views"] = corpus
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="a Marsad SQLite store")
    ap.add_argument("--n", type=int, default=200, help="requests of each kind (max 5000)")
    ap.add_argument("--url", help="an already running `marsad serve` over the same --db")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    n = max(1, min(args.n, 5000))
    proc = None
    url = args.url
    if not url:
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen([sys.executable, "-m", "marsad", "serve", "--db", args.db, "--port", str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 60
        while True:
            try:
                httpx.get(url + "/api/openapi.json", timeout=2).raise_for_status()
                break
            except (httpx.HTTPError, OSError):
                if proc.poll() is not None or time.time() > deadline:
                    print("marsad serve did not start", file=sys.stderr)
                    return 1
                time.sleep(0.3)
    try:
        res = run(url, args.db, n, args.seed)
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(10)
    print(json.dumps(res, ensure_ascii=False, indent=1))
    ok = res["search_ms"]["p95"] < 200 and res["article_ms"]["p95"] < 200
    print(f"search p50 {res['search_ms']['p50']} ms, p95 {res['search_ms']['p95']} ms; "
          f"article p50 {res['article_ms']['p50']} ms, p95 {res['article_ms']['p95']} ms "
          f"over {res['documents']} documents — {'within' if ok else 'OVER'} the 200 ms target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
