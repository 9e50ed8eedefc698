"""What a user types into `marsad` and what it answers (issue #28): the real command on a real SQLite
store of SaudiNewsNet articles, three of them cartoons whose text field is empty.

Types in any case, unknown ones refused with the valid list; outlets by Latin or Arabic name,
unknown ones refused with the closest; dates ISO or day first; --limit on every listing; empty
articles skipped, not failed, on every run; a progress bar with a total; every option with help;
exports with all the document metadata.
"""
import csv
import gzip
import hashlib
import io
import itertools
import json
import re

import pytest

from conftest import DATA, run_cli

from marsad.cli import build_parser
from marsad.runner import count_items

NEWS = DATA / "news" / "saudinewsnet.jsonl.gz"
# 1-based line numbers in SaudiNewsNet: Asharq Al-Awsat (21 July 2015), three infographics/cartoons
# with an empty "content" (686, 750, 753), Al Riyadh (21 July), Asharq Al-Awsat (22 July)
LINES = [1, 2, 3, 4, 686, 1360, 1361, 1362, 1363, 750, 753, 2973, 2974, 2975, 2976]


def _lines() -> list[str]:
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        all_ = list(itertools.islice(f, max(LINES)))
    return [all_[i - 1] for i in LINES]


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli_errors")
    lines = _lines()
    plain = d / "news.jsonl"
    plain.write_text("".join(lines), encoding="utf-8")
    gz = d / "news.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as f:
        f.writelines(lines)
    empty = [i for i, line in enumerate(lines, 1) if not json.loads(line)["content"].strip()]
    assert len(empty) == 3  # the data: three records with no article text
    db = d / "news.db"
    first = run_cli("analyze", plain, "--db", db, "--quiet", "--workers", 1)
    return {"dir": d, "plain": plain, "gz": gz, "db": db, "empty": empty, "lines": lines, "first": first}


@pytest.fixture(scope="module")
def exported(news):
    r = run_cli("export", "--format", "jsonl", "--db", news["db"])
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.splitlines()]


# -- analyze: empty articles, exit codes, progress ------------------------------------------------

def test_empty_articles_are_skipped_not_failed(news):
    r = news["first"]
    n_docs = len(news["lines"]) - len(news["empty"])
    assert r.returncode == 0, r.stderr
    assert f"added {n_docs}, skipped 0 (already stored), skipped 3 (no article text), failed 0" in r.stdout
    assert "failed:" not in r.stderr
    # named once, on one line, with their path:line
    named = [line for line in r.stderr.splitlines() if line.startswith("skipped (no article text): ")]
    assert len(named) == 1
    assert named[0].count(str(news["plain"])) == 3
    for i in news["empty"]:
        assert f"{news['plain']}:{i}" in named[0]


def test_rerun_reports_empty_articles_the_same_way(news):
    n_docs = len(news["lines"]) - len(news["empty"])
    for workers in ("1", "2"):  # nothing to analyse: two workers start no process, same answer
        r = run_cli("analyze", news["plain"], "--db", news["db"], "--quiet", "--workers", workers)
        assert r.returncode == 0, r.stderr
        assert f"added 0, skipped {n_docs} (already stored), skipped 3 (no article text), failed 0" in r.stdout
        assert "failed:" not in r.stderr


def test_a_real_failure_still_exits_1_beside_empty_articles(news, tmp_path):
    bad = tmp_path / "mixed.jsonl"
    bad.write_text("".join(news["lines"][:5]) + "{not json\n", encoding="utf-8")
    r = run_cli("analyze", bad, "--db", news["db"], "--quiet", "--workers", 1)
    assert r.returncode == 1
    assert "skipped 1 (no article text), failed 1" in r.stdout
    failed = [line for line in r.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 1 and failed[0].startswith(f"failed: {bad}:6: invalid JSON")


def test_missing_path_is_a_usage_error(news, tmp_path):
    r = run_cli("analyze", tmp_path / "nowhere.jsonl", "--db", news["db"], "--quiet")
    assert r.returncode == 2 and "no such file or folder" in r.stderr


def test_progress_bar_has_a_total(news, seeds_dir):
    n = len(news["lines"])
    # the count the bar starts from: one per JSON line (gzipped or not), one per other file
    assert count_items([news["gz"]]) == n == count_items([news["plain"]])
    assert count_items([seeds_dir, news["gz"]]) == 5 + n
    r = run_cli("analyze", news["gz"], "--db", news["db"], "--workers", 1)
    assert r.returncode == 0, r.stderr
    assert re.search(rf"\b{n}/{n} \[", r.stderr), r.stderr  # done of total
    assert "skipped 3 (no article text)" in r.stdout


# -- types ----------------------------------------------------------------------------------------

def test_event_type_any_case(news):
    upper = run_cli("events", "--type", "ASSAULT", "--db", news["db"], "--json")
    lower = run_cli("events", "--type", "assault", "--db", news["db"], "--json")
    assert upper.returncode == lower.returncode == 0
    assert upper.stdout == lower.stdout
    rows = [json.loads(line) for line in lower.stdout.splitlines()]
    assert rows and all(e["type"] == "ASSAULT" for e in rows)


def test_unknown_event_type_lists_the_valid_ones(news):
    r = run_cli("events", "--type", "FOO", "--db", news["db"])
    assert r.returncode == 2
    assert "unknown event type 'FOO'" in r.stderr
    valid = r.stderr.split("valid types: ", 1)[1].strip().split(", ")
    assert {"ASSAULT", "PROTEST", "RETREAT", "ACCUSE"} <= set(valid) and "NONE" not in valid
    assert r.stdout == ""


def test_entity_type_any_case(news):
    a = run_cli("entities", "--type", "per", "--db", news["db"], "--json")
    b = run_cli("entities", "--type", "PER", "--db", news["db"], "--json")
    assert a.returncode == 0 and a.stdout == b.stdout
    assert a.stdout and all(json.loads(line)["type"] == "PER" for line in a.stdout.splitlines())
    r = run_cli("entities", "--type", "person", "--db", news["db"])
    assert r.returncode == 2 and "PER" in r.stderr and "LOC" in r.stderr


# -- outlets --------------------------------------------------------------------------------------

def _ids(r):
    assert r.returncode == 0, r.stderr
    return sorted(h["id"] for h in json.loads(r.stdout)["hits"])


def test_outlet_by_latin_or_arabic_name(news, exported):
    riyadh = sorted(d["id"] for d in exported if d["outlet"] == "الرياض")
    assert len(riyadh) == 4
    for name in ("alriyadh", "ALRIYADH", "alriyadh.com", "www.alriyadh.com", "الرياض"):
        r = run_cli("search", "", "--outlet", name, "--db", news["db"], "--json", "--limit", 50)
        assert _ids(r) == riyadh, name


def test_unknown_outlet_names_the_closest(news):
    r = run_cli("search", "السعودية", "--outlet", "alriyad", "--db", news["db"])
    assert r.returncode == 2
    assert "unknown outlet 'alriyad'" in r.stderr and "closest known outlets: الرياض (alriyadh)" in r.stderr
    # known to the outlet table but with no document here: said so, with the outlets that are here
    r = run_cli("search", "السعودية", "--outlet", "okaz", "--db", news["db"])
    assert r.returncode == 2
    assert "'okaz' (عكاظ) has no documents" in r.stderr and "الشرق الأوسط" in r.stderr


# -- dates ----------------------------------------------------------------------------------------

def test_dates_iso_or_day_first(news, exported):
    later = sorted(d["id"] for d in exported if (d["published"] or "") >= "2015-07-22")
    earlier = sorted(d["id"] for d in exported if d["published"] and d["published"] < "2015-07-22")
    assert later and earlier
    for value in ("2015-07-22", "22/07/2015", "22-07-2015", "22.07.2015", "٢٢/٠٧/٢٠١٥"):
        r = run_cli("search", "", "--from", value, "--db", news["db"], "--json", "--limit", 50)
        assert _ids(r) == later, value
    r = run_cli("search", "", "--to", "21/7/2015", "--db", news["db"], "--json", "--limit", 50)
    assert _ids(r) == earlier
    r = run_cli("search", "", "--from", "2015-07", "--to", "2015-07", "--db", news["db"], "--json", "--limit", 50)
    assert _ids(r) == sorted(later + earlier)


@pytest.mark.parametrize("value", ["July 2015", "2015-13-01", "31/02/2015", "25/07/15"])
def test_bad_date_says_the_format(news, value):
    r = run_cli("search", "السعودية", "--from", value, "--db", news["db"])
    assert r.returncode == 2
    assert "DD/MM/YYYY" in r.stderr and "YYYY-MM-DD" in r.stderr


# -- --limit --------------------------------------------------------------------------------------

def test_limit_on_every_listing(news):
    db = news["db"]
    alls = {cmd: [json.loads(line) for line in run_cli(cmd, "--db", db, "--json").stdout.splitlines()]
            for cmd in ("quotes", "events", "entities")}
    for cmd, rows in alls.items():
        assert len(rows) > 3, cmd
        assert len(run_cli(cmd, "--db", db, "--json", "--limit", 3).stdout.splitlines()) == 3
        r = run_cli(cmd, "--db", db, "--limit", 2)
        assert r.returncode == 0
        assert r.stdout.splitlines()[-1].startswith(f"{len(rows)} ")
        assert "(showing 2;" in r.stdout.splitlines()[-1]
        assert len(run_cli(cmd, "--db", db, "--json", "--limit", 0).stdout.splitlines()) == len(rows)
    r = run_cli("quotes", "--db", db, "--limit", 2)
    assert sum(line.startswith("#") for line in r.stdout.splitlines()) == 2
    r = run_cli("events", "--db", db, "--limit", -1)
    assert r.returncode == 2 and "0 or more" in r.stderr


def test_story_limit(news):
    full = json.loads(run_cli("story", "--db", news["db"], "--json").stdout)
    assert len(full["timeline"]) > 2
    cut = json.loads(run_cli("story", "--db", news["db"], "--json", "--limit", 2).stdout)
    assert cut["timeline"] == full["timeline"][:2]
    assert cut["totals"]["timeline"] == len(full["timeline"])
    r = run_cli("story", "--db", news["db"], "--limit", 1)
    assert r.returncode == 0 and f"timeline 1 of {len(full['timeline'])}" in r.stdout


# -- help and exit codes --------------------------------------------------------------------------

def test_every_option_has_help():
    parser = build_parser()
    subs = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert set(subs.choices) >= {"analyze", "search", "export", "entities", "quotes", "events", "stats",
                                 "serve", "story"}
    missing = [f"{name} {a.dest}" for name, sp in subs.choices.items() for a in sp._actions
               if a.dest != "help" and not (a.help or "").strip()]
    missing += [a.dest for a in parser._actions if a.dest != "help" and not (a.help or "").strip()
                and a is not subs]
    assert missing == []


def test_help_lists_exit_codes():
    r = run_cli("--help")
    assert r.returncode == 0
    epilog = r.stdout.split("exit codes:", 1)[1]
    for code in ("0", "1", "2"):
        assert re.search(rf"^\s+{code}\s+\S", epilog, re.M), code
    assert run_cli("events", "--no-such-option").returncode == 2


# -- export ---------------------------------------------------------------------------------------

def test_export_jsonl_carries_all_metadata(news, exported):
    src = {json.loads(line)["url"] for line in news["lines"]}
    assert len(exported) == len(news["lines"]) - 3
    for d in exported:
        for k in ("id", "source", "url", "title", "outlet", "author", "published", "published_basis",
                  "language", "hash", "text", "entities", "times", "quantities", "quotes", "events"):
            assert k in d, k
        assert d["url"].startswith("http") and d["published_basis"] == "crawled"
        # the store's key: the SHA-256 of the body (the text after a headline put in front of it)
        body = d["text"][d.get("body_start") or 0:]
        assert d["hash"] == hashlib.sha256(body.encode("utf-8")).hexdigest()
        assert "added_at" not in d  # a clock reading: two exports of one analysis must be identical
    # the URLs are the records' own (SaudiNewsNet writes them readable; nothing was rewritten)
    assert {d["url"] for d in exported} <= src


def test_export_csv_adds_columns_after_the_old_ones(news, exported):
    r = run_cli("export", "--format", "csv", "--db", news["db"])
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    header = r.stdout.splitlines()[0].split(",")
    assert header[:13] == ["id", "source", "title", "outlet", "author", "published", "language",
                           "entities", "times", "quantities", "quotes", "events", "text"]
    assert {"url", "published_basis", "hash"} <= set(header[13:])
    by_id = {d["id"]: d for d in exported}
    for row in rows:
        d = by_id[int(row["id"])]
        assert row["url"] == d["url"] and row["published_basis"] == d["published_basis"]
        assert int(row["events"]) == len(d["events"])
