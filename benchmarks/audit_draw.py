"""Draw facts at random from a store of the in-domain corpus, for an audit by reading.

    python benchmarks/audit_draw.py quotes --n 150 --seed 2028 -o /tmp/audit_quotes.tsv [--db /tmp/audit.db]

In: ``benchmarks/data/indomain/corpus.jsonl.gz`` less the test-split articles of ``selection.tsv`` (they are
never read), analysed by ``marsad analyze`` into a SQLite store (``--db``; an existing store is reused, so a
second kind drawn from it costs nothing), then ``marsad export``.
Out: a TSV, one drawn fact per row, with the fields a judge needs (the fact's strings, the article's url and
~200 characters of context around the fact) and empty judgement columns (quotes: speaker_ok, content_ok,
is_quote, why; events, negated and hypothetical ones left out: type_ok, source_ok, target_ok, why; entities: span_ok, type_ok, why). The header
says how it was drawn (commit, seed, counts), so the audit can be drawn again.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
from urllib.parse import unquote

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
INDOMAIN = os.path.join(HERE, "data", "indomain")
sys.path.insert(0, HERE)
import _cli  # noqa: E402
JUDGE = {"quotes": ("speaker_ok", "content_ok", "is_quote", "why"),
         "events": ("type_ok", "source_ok", "target_ok", "why"),
         "entities": ("span_ok", "type_ok", "why")}


def build_store(db: str) -> int:
    """The corpus less the test articles, analysed into ``db`` (kept if it exists). Returns the count kept."""
    test = set()
    with open(os.path.join(INDOMAIN, "selection.tsv"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[1] == "test":
                test.add(parts[0])
    kept = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "indomain_no_test.jsonl")
        with gzip.open(os.path.join(INDOMAIN, "corpus.jsonl.gz"), "rt", encoding="utf-8") as f, \
                open(path, "w", encoding="utf-8") as out:
            for line in f:
                a = json.loads(line)
                if a["id"] in test:
                    continue
                kept += 1
                out.write(json.dumps({k: a.get(k) for k in ("url", "outlet", "published", "title", "text")},
                                     ensure_ascii=False) + "\n")
        if not os.path.exists(db):
            _cli.run("analyze", path, "--db", db, "--quiet")
    return kept


def _clean(s) -> str:
    return " ".join(str(s or "").split())


def _context(text: str, start: int, end: int, width: int = 100) -> str:
    return _clean(text[max(0, start - width):end + width])


def rows(kind: str, docs: list[dict]) -> list[tuple]:
    out = []
    for d in docs:
        text = d.get("text") or ""
        for x in d.get(kind) or []:
            if kind == "quotes":
                s = min(v for v in (x.get("speaker_start"), x["start"]) if v is not None)
                e = max(v for v in (x.get("speaker_end"), x["end"]) if v is not None)
                fields = (x.get("speaker"), x.get("speaker_title"), x.get("cue"), _clean(x.get("content"))[:120])
                out.append((d["id"], unquote(d.get("url") or ""), *map(_clean, fields), _context(text, s, min(e, s + 250))))
            elif kind == "events":
                if x.get("negated") or x.get("hypothetical"):
                    continue  # what did not happen is left out (as the first event audit did)
                fields = (x.get("type"), x.get("trigger"), x.get("source"), x.get("target"), x.get("place"))
                out.append((d["id"], unquote(d.get("url") or ""), *map(_clean, fields), _context(text, x["start"], x["end"])))
            else:
                out.append((d["id"], unquote(d.get("url") or ""), _clean(x.get("text")), x.get("type"),
                            _context(text, x["start"], x["end"])))
    return out


HEADS = {"quotes": ("speaker", "speaker_title", "cue", "content"),
         "events": ("type", "trigger", "source", "target", "place"),
         "entities": ("text", "type")}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("kind", choices=sorted(JUDGE))
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=2028)
    ap.add_argument("--db", default=os.path.join(tempfile.gettempdir(), "marsad-audit.db"),
                    help="the store (built if missing; delete it to re-analyse with changed code)")
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args(argv)
    kept = build_store(args.db)
    exported = _cli.run("export", "--db", args.db, capture=True)
    docs = [json.loads(line) for line in exported.splitlines() if line.strip()]
    facts = rows(args.kind, docs)
    random.seed(args.seed)
    drawn = random.sample(facts, min(args.n, len(facts)))
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    with open(args.output, "w", encoding="utf-8") as out:
        out.write(f"# Marsad {args.kind} audit: {len(drawn)} facts drawn at random, to be judged by reading\n")
        out.write(f"# drawn by benchmarks/audit_draw.py {args.kind} --n {args.n} --seed {args.seed} at commit {commit}; "
                  f"corpus benchmarks/data/indomain/corpus.jsonl.gz less its test-split articles: {kept} kept, "
                  f"{len(docs)} documents stored, {len(facts)} {args.kind} facts\n")
        out.write("\t".join(("doc_id", "url", *HEADS[args.kind], "context", *JUDGE[args.kind])) + "\n")
        for r in drawn:
            out.write("\t".join(str(v) for v in r) + "\t" * len(JUDGE[args.kind]) + "\n")
    print(f"{len(drawn)} of {len(facts)} {args.kind} facts from {len(docs)} documents -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
