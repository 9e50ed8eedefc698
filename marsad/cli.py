"""The ``marsad`` command: a thin layer over the Python API (marsad.analyze, marsad.open)."""
from __future__ import annotations

import argparse
import json
import os
import sys

DEFAULT_DB = os.environ.get("MARSAD_DB", "marsad.db")


def _store(args, readonly: bool = True):
    from .store import open_store

    return open_store(args.db, readonly=readonly)


def cmd_analyze(args) -> int:
    from .runner import analyze_paths

    for p in args.paths:
        if not os.path.exists(p):
            print(f"error: {p}: no such file or folder", file=sys.stderr)
            return 2
    if args.ner:
        # an environment variable, so Ray workers started from this process read the same mode
        os.environ["MARSAD_NER"] = args.ner
    if args.engine == "ray":
        from .scale.ray_runner import analyze_paths_ray

        summary = analyze_paths_ray(args.paths, args.db, address=args.address, workers=args.workers,
                                    components=args.components,
                                    languages=None if args.any_language else {"ar"},
                                    progress=not args.quiet)
    else:
        try:
            with _store(args, readonly=False) as store:
                summary = analyze_paths(args.paths, store, components=args.components,
                                        languages=None if args.any_language else {"ar"},
                                        progress=not args.quiet, workers=args.workers or os.cpu_count() or 1)
        except KeyboardInterrupt:
            # each stored document is a whole transaction: what is in the store stays, the rest is not there
            print("interrupted: the documents stored so far are kept; run the same command again to add"
                  " the rest", file=sys.stderr)
            return 130
    for f in summary.failed:
        print(f"failed: {f.path}: {f.reason}", file=sys.stderr)
    print(summary.line())
    return 0 if summary.ok else 1


def cmd_search(args) -> int:
    from .store.common import mark

    with _store(args) as store:
        res = store.search(args.query, limit=args.limit, offset=args.offset, outlet=args.outlet,
                           date_from=args.date_from, date_to=args.date_to)
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return 0
    print(f"{res['total']} documents match {args.query!r}")
    for h in res["hits"]:
        print(f"\n#{h['id']}  {h['title'] or '(no title)'}  — {h['outlet'] or '?'} {h['published'] or ''}  [{h['score']}]")
        print("   " + mark(h["snippet"], "«", "»"))
    return 0


def cmd_export(args) -> int:
    from .export import export

    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        with _store(args) as store:
            n = export(store, args.format, out)
    finally:
        if args.output:
            out.close()
    print(f"exported {n} records", file=sys.stderr)
    return 0


def cmd_entities(args) -> int:
    from .export import corpus_entities

    with _store(args) as store:
        ents = corpus_entities(store, args.type, args.min_docs)
    ents.sort(key=lambda e: (-len(e["documents"]), -e["mentions"]))
    if args.json:
        for e in ents:
            print(json.dumps(e, ensure_ascii=False))
        return 0
    for e in ents[: args.limit]:
        variants = " | ".join(v for v in e["variants"] if v != e["name"])
        print(f"{e['entity_id']}  {e['type']:4} {e['name']} ({e['latin']})  docs={len(e['documents'])}"
              f" mentions={e['mentions']}" + (f"  = {variants}" if variants else ""))
    return 0


def cmd_quotes(args) -> int:
    from .arabic import normalize

    with _store(args) as store:
        rows = list(store.facts("quotes"))
    want = normalize(args.speaker) if args.speaker else None
    n = 0
    for q in rows:
        if want and want not in normalize(q.get("speaker") or ""):
            continue
        if args.anonymous and not q.get("anonymous"):
            continue
        n += 1
        if args.json:
            print(json.dumps(q, ensure_ascii=False))
            continue
        chain = " → ".join(q.get("via") or [])
        flag = " (anonymous)" if q.get("anonymous") else ""
        print(f"#{q['document']} {q.get('speaker') or '?'}{flag} [{q.get('cue') or ''}]: {q['content']}")
        if chain:
            print(f"    via {chain}")
    if not args.json:
        print(f"{n} quotations")
    return 0


def cmd_events(args) -> int:
    with _store(args) as store:
        rows = list(store.facts("events", label=args.type))
    for e in rows:
        if args.json:
            print(json.dumps(e, ensure_ascii=False))
        else:
            flags = ",".join(k for k in ("negated", "future", "hypothetical") if e.get(k))
            print(f"#{e['document']} {e['type']:10} {e.get('source') or '?'} → {e.get('target') or '?'}"
                  f"  time={e.get('time') or '?'} place={e.get('place') or '?'}" + (f" [{flags}]" if flags else ""))
    if not args.json:
        print(f"{len(rows)} events")
    return 0


def cmd_stats(args) -> int:
    with _store(args) as store:
        print(json.dumps(store.stats(), ensure_ascii=False, indent=1))
    return 0


def cmd_serve(args) -> int:
    from .web.app import serve

    serve(args.db, host=args.host, port=args.port)
    return 0


def cmd_story(args) -> int:
    from .corpus.story import story_cli

    with _store(args) as store:
        return story_cli(store, as_json=args.json)


def _positive_int(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {s!r}")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="marsad", description="Read Arabic news the way an analyst does.")
    p.add_argument("--version", action="version", version=f"marsad {__import__('marsad').__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def cmd(name, fn, help_):
        sp = sub.add_parser(name, help=help_)
        sp.add_argument("--db", default=DEFAULT_DB, help=f"store: a SQLite file or postgresql:// URL (default {DEFAULT_DB})")
        sp.set_defaults(fn=fn)
        return sp

    a = cmd("analyze", cmd_analyze, "read, clean, analyse and store articles (files or folders)")
    a.add_argument("paths", nargs="+")
    a.add_argument("--components", nargs="*", help="run only these pipeline components")
    a.add_argument("--any-language", action="store_true", help="store articles in any language, not only Arabic")
    a.add_argument("--ner", choices=("fast", "accurate"), default=None,
                   help="entity tagger: fast CRF (default) or accurate (CRF + e5 states, ~100x slower)")
    a.add_argument("--engine", choices=("local", "ray"), default="local")
    a.add_argument("--address", help="Ray cluster address (default: start a local Ray)")
    a.add_argument("--workers", type=_positive_int, default=None,
                   help="analyser processes (default: one per core; 1 analyses in this process);"
                        " with --engine ray, Ray workers")
    a.add_argument("--quiet", action="store_true", help="no progress bar")

    s = cmd("search", cmd_search, "full-text search with Arabic-aware matching")
    s.add_argument("query")
    s.add_argument("--limit", type=int, default=10)
    s.add_argument("--offset", type=int, default=0)
    s.add_argument("--outlet")
    s.add_argument("--from", dest="date_from")
    s.add_argument("--to", dest="date_to")
    s.add_argument("--json", action="store_true")

    e = cmd("export", cmd_export, "export documents (jsonl, csv), corpus entities or the event table")
    e.add_argument("--format", choices=("jsonl", "csv", "entities", "events"), default="jsonl")
    e.add_argument("-o", "--output", help="file to write (default: standard output)")

    en = cmd("entities", cmd_entities, "list corpus entities with variants and document counts")
    en.add_argument("--type", choices=("PER", "ORG", "LOC", "MISC"))
    en.add_argument("--min-docs", type=int, default=1)
    en.add_argument("--limit", type=int, default=50)
    en.add_argument("--json", action="store_true")

    q = cmd("quotes", cmd_quotes, "list quotations with speaker and attribution chain")
    q.add_argument("--speaker")
    q.add_argument("--anonymous", action="store_true")
    q.add_argument("--json", action="store_true")

    ev = cmd("events", cmd_events, "list coded events")
    ev.add_argument("--type")
    ev.add_argument("--json", action="store_true")

    cmd("stats", cmd_stats, "counts of documents and facts in the store")

    sv = cmd("serve", cmd_serve, "the web page and JSON API over a store")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=int, default=8765)

    st = cmd("story", cmd_story, "timeline, disagreements, framing and duplicates across sources")
    st.add_argument("--json", action="store_true")
    return p


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.fn(args)
    except BrokenPipeError:
        return 0
    except Exception as e:  # a clear one-line error, not a traceback, for the store/input problems users hit
        from .store.common import StoreError

        if isinstance(e, (StoreError, ValueError, OSError)):
            print(f"error: {e}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
