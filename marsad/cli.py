"""The ``marsad`` command: a thin layer over the Python API (marsad.analyze, marsad.open).

In: ``argv`` (``marsad COMMAND [options]``). Out: listings and summaries on standard output,
per-input problems and errors on standard error, and the exit code of ``EXIT_CODES``. What a user
types is checked before any work: an event or entity type in any case (an unknown one is refused
with the list of valid ones), an outlet by its Arabic or Latin name (``resources/outlets.tsv``; an
unknown one is refused with the closest known ones), a date as ISO or day first.
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import sys
from datetime import date

DEFAULT_DB = os.environ.get("MARSAD_DB", "marsad.db")

EXIT_CODES = """exit codes:
  0    done (analyze: every input stored, already stored, or skipped for having no article text)
  1    analyze: some inputs failed (each one reported on standard error as "failed: PATH: REASON")
  2    usage error: a bad option or value, an unknown type or outlet, a missing input path,
       a store that cannot be opened
  130  interrupted (Ctrl-C); what was stored is kept"""

TEXT_LIMIT = 50  # lines a text listing shows when --limit is not given (JSON output: everything)


class UsageError(Exception):
    """A value the user typed that the command cannot use (exit code 2), said with what would do."""


# -- values typed on the command line ---------------------------------------------------------------

_DATE_FORMATS = "YYYY-MM-DD (or YYYY-MM, YYYY), or day first: DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY"
_ISO_DATE = re.compile(r"(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?")
_DAY_FIRST = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})")


def _date_arg(s: str) -> str:
    """A date typed as ISO (partial allowed) or day first, as the ISO value the store compares."""
    from .arabic import normalize

    t = normalize(s.strip())  # Arabic-Indic digits too
    m = _ISO_DATE.fullmatch(t)
    if m:
        y, mo, d = m.group(1), m.group(2), m.group(3)
    else:
        m = _DAY_FIRST.fullmatch(t)
        if not m:
            raise argparse.ArgumentTypeError(f"expected a date as {_DATE_FORMATS}, got {s!r}")
        d, mo, y = m.group(1), m.group(3), m.group(4)
    try:
        date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        raise argparse.ArgumentTypeError(f"no such date: {s!r} (expected {_DATE_FORMATS})") from None
    return y + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if d else "")


def _count_arg(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number (0 or more), got {s!r}")
    return n


def _latin_outlets() -> dict[str, str]:
    """Latin names of outlets (case-folded) → the Arabic name stored: the JSON source ids and URL
    domains of ``resources/outlets.tsv``, and each domain without its suffixes (alriyadh.com → alriyadh)."""
    from .resources import table

    out: dict[str, str] = {}
    for kind, key, name in (r for r in table("outlets.tsv") if len(r) >= 3):
        if kind not in ("source", "domain"):
            continue
        key = key.casefold()
        out.setdefault(key, name)
        if kind == "domain":
            out.setdefault(key.removeprefix("www.").split(".")[0], name)
    return out


def _stored_outlets(store) -> dict[str, int]:
    """Outlet name → number of documents, for every outlet in the store."""
    rows = store.query("SELECT outlet, count(*) FROM documents WHERE outlet IS NOT NULL GROUP BY outlet")
    return {o: n for o, n in rows}


def resolve_outlet(store, name: str) -> str:
    """The outlet name stored for ``name`` typed by the user: an Arabic name (letter variants and
    case do not matter) or a Latin one (alriyadh, alriyadh.com). UsageError naming the closest
    known outlets otherwise."""
    from .arabic import normalize

    stored = _stored_outlets(store)
    by_norm = {normalize(o).strip(): o for o in stored}
    latin = _latin_outlets()
    key = normalize(name).strip().casefold()
    if key in by_norm:
        return by_norm[key]
    arabic = latin.get(key.removeprefix("www.")) or latin.get(key.removeprefix("www.").split(".")[0])
    if arabic is None:  # an outlet the table knows by its Arabic name, with no document here
        arabic = next((ar for ar in latin.values() if normalize(ar) == key), None)
    if arabic and normalize(arabic) in by_norm:
        return by_norm[normalize(arabic)]
    # candidates: every stored outlet by its own name and by each of its Latin names
    labels: dict[str, str] = {}  # a name to compare → how it is shown
    latin_of: dict[str, list[str]] = {}
    for k, ar in latin.items():
        if normalize(ar) in by_norm and "." not in k:
            latin_of.setdefault(by_norm[normalize(ar)], []).append(k)
    for o in stored:
        shown = o + (f" ({', '.join(sorted(latin_of[o]))})" if o in latin_of else "")
        labels[normalize(o)] = shown
        for k in latin_of.get(o, []):
            labels[k] = shown
    close = []
    for c in difflib.get_close_matches(key, list(labels), n=8, cutoff=0.5):
        if labels[c] not in close:
            close.append(labels[c])
    if arabic:
        msg = f"outlet {name!r}{f' ({arabic})' if arabic != name else ''} has no documents in this store"
    else:
        msg = f"unknown outlet {name!r}"
    if close:
        return _usage(f"{msg}; closest known outlets: {'; '.join(close[:5])}")
    top = sorted(stored, key=lambda o: -stored[o])[:10]
    return _usage(f"{msg}; outlets in this store: " + ("; ".join(labels[normalize(o)] for o in top) or "none"))


def _usage(msg: str):
    raise UsageError(msg)


def event_types(store=None) -> list[str]:
    """The PLOVER types events can have: those of the trigger lexicon, and any other in the store."""
    from .resources import table

    types = {r[0] for r in table("events/triggers.tsv") if len(r) >= 4 and r[0] != "NONE"}
    if store is not None:
        types |= {t for (t,) in store.query("SELECT DISTINCT label FROM facts WHERE kind = 'events'") if t}
    return sorted(types)


def _limited(rows: list, limit, as_json: bool) -> list:
    """The rows a listing prints: ``--limit`` if given (0: all), else TEXT_LIMIT for text, all for JSON."""
    if limit is None:
        limit = 0 if as_json else TEXT_LIMIT
    return rows[:limit] if limit else rows


def _shown(n_shown: int, n: int, what: str) -> str:
    if n_shown < n:
        return f"{n} {what} (showing {n_shown}; --limit N to see more, --limit 0 for all)"
    return f"{n} {what}"


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
    empty = summary.empty_line() if hasattr(summary, "empty_line") else None
    if empty:  # one line for all of them: an empty item is not an error to report one by one
        print(empty, file=sys.stderr)
    print(summary.line())
    return 0 if summary.ok else 1


def cmd_search(args) -> int:
    from .store.common import mark

    if args.date_from and args.date_to and args.date_from[:len(args.date_to)] > args.date_to:
        raise UsageError(f"--from {args.date_from} is after --to {args.date_to}")
    with _store(args) as store:
        outlet = resolve_outlet(store, args.outlet) if args.outlet else None
        res = store.search(args.query, limit=args.limit, offset=args.offset, outlet=outlet,
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
    shown = _limited(ents, args.limit, args.json)
    if args.json:
        for e in shown:
            print(json.dumps(e, ensure_ascii=False))
        return 0
    for e in shown:
        variants = " | ".join(v for v in e["variants"] if v != e["name"])
        print(f"{e['entity_id']}  {e['type']:4} {e['name']} ({e['latin']})  docs={len(e['documents'])}"
              f" mentions={e['mentions']}" + (f"  = {variants}" if variants else ""))
    print(_shown(len(shown), len(ents), "entities"))
    return 0


def cmd_quotes(args) -> int:
    from .arabic import normalize

    with _store(args) as store:
        rows = list(store.facts("quotes"))
    want = normalize(args.speaker) if args.speaker else None
    rows = [q for q in rows if (not want or want in normalize(q.get("speaker") or ""))
            and (not args.anonymous or q.get("anonymous"))]
    shown = _limited(rows, args.limit, args.json)
    for q in shown:
        if args.json:
            print(json.dumps(q, ensure_ascii=False))
            continue
        chain = " → ".join(q.get("via") or [])
        flag = " (anonymous)" if q.get("anonymous") else ""
        print(f"#{q['document']} {q.get('speaker') or '?'}{flag} [{q.get('cue') or ''}]: {q['content']}")
        if chain:
            print(f"    via {chain}")
    if not args.json:
        print(_shown(len(shown), len(rows), "quotations"))
    return 0


def cmd_events(args) -> int:
    with _store(args) as store:
        label = None
        if args.type:
            valid = event_types(store)
            label = args.type.strip().upper()
            if label not in valid:
                raise UsageError(f"unknown event type {args.type!r}; valid types: {', '.join(valid)}")
        rows = list(store.facts("events", label=label))
    shown = _limited(rows, args.limit, args.json)
    for e in shown:
        if args.json:
            print(json.dumps(e, ensure_ascii=False))
        else:
            flags = ",".join(k for k in ("negated", "future", "hypothetical") if e.get(k))
            print(f"#{e['document']} {e['type']:10} {e.get('source') or '?'} → {e.get('target') or '?'}"
                  f"  time={e.get('time') or '?'} place={e.get('place') or '?'}" + (f" [{flags}]" if flags else ""))
    if not args.json:
        print(_shown(len(shown), len(rows), "events"))
    return 0


def cmd_stats(args) -> int:
    with _store(args) as store:
        print(json.dumps(store.stats(), ensure_ascii=False, indent=1))
    return 0


def cmd_serve(args) -> int:
    from .web.app import serve

    serve(args.db, host=args.host, port=args.port)
    return 0


STORY_LISTS = ("timeline", "episodes", "disagreements", "duplicates")


def cmd_story(args) -> int:
    from .corpus.story import render, story, story_cli

    with _store(args) as store:
        if not args.limit:
            return story_cli(store, as_json=args.json)
        st = dict(story(store))
    # --limit N: the first N of each list (framing is a table per outlet, not a list)
    totals = {k: len(st[k]) for k in STORY_LISTS}
    for k in STORY_LISTS:
        st[k] = st[k][: args.limit]
    if args.json:
        st["totals"] = totals  # how many there are, as the lists are cut
        json.dump(st, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(f"(--limit {args.limit}: " + ", ".join(f"{k} {len(st[k])} of {totals[k]}" for k in STORY_LISTS) + ")")
        print(render(st))
    return 0


def _positive_int(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {s!r}")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="marsad", description="Read Arabic news the way an analyst does.",
                                epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"marsad {__import__('marsad').__version__}",
                   help="print the version and exit")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def cmd(name, fn, help_):
        sp = sub.add_parser(name, help=help_, description=help_[:1].upper() + help_[1:] + ".",
                            epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
        sp.add_argument("--db", default=DEFAULT_DB,
                        help=f"store: a SQLite file or postgresql:// URL (default {DEFAULT_DB}, or $MARSAD_DB)")
        sp.set_defaults(fn=fn)
        return sp

    def listing(sp, what: str) -> None:
        sp.add_argument("--limit", type=_count_arg, default=None, metavar="N",
                        help=f"show at most N {what} (default {TEXT_LIMIT}, all with --json; 0: all)")
        sp.add_argument("--json", action="store_true", help=f"one JSON object per line for each of the {what}")

    a = cmd("analyze", cmd_analyze, "read, clean, analyse and store articles (files or folders)")
    a.add_argument("paths", nargs="+", metavar="PATH",
                   help="files or folders (read recursively): HTML, text, Markdown, JSON, JSON Lines, any of them .gz")
    from .pipeline import COMPONENTS  # light: the components themselves are imported on first use

    a.add_argument("--components", nargs="*", metavar="NAME", choices=list(COMPONENTS),
                   help=f"run only these pipeline components ({' '.join(COMPONENTS)}; default: all)")
    a.add_argument("--any-language", action="store_true", help="store articles in any language, not only Arabic")
    a.add_argument("--ner", choices=("fast", "accurate"), default=None,
                   help="entity tagger: fast CRF (default) or accurate (CRF + e5 states, ~130x slower)")
    a.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local: this machine's processes (default); ray: Ray Data (pip install -e '.[scale]')")
    a.add_argument("--address", help="with --engine ray: Ray cluster address (default: start a local Ray)")
    a.add_argument("--workers", type=_positive_int, default=None, metavar="N",
                   help="analyser processes (default: one per core; 1 analyses in this process);"
                        " with --engine ray, Ray workers")
    a.add_argument("--quiet", action="store_true", help="no progress bar")

    s = cmd("search", cmd_search, "full-text search with Arabic-aware matching")
    s.add_argument("query", help='words that must all match (any, if none match all); "a phrase" in quotes')
    s.add_argument("--limit", type=_positive_int, default=10, metavar="N", help="hits per page (default 10)")
    s.add_argument("--offset", type=_count_arg, default=0, metavar="N", help="hits to skip: the page start (default 0)")
    s.add_argument("--outlet", metavar="NAME",
                   help="only this outlet, by its Arabic or Latin name, any case (الرياض, alriyadh, alriyadh.com)")
    s.add_argument("--from", dest="date_from", type=_date_arg, metavar="DATE",
                   help="published on or after DATE: YYYY-MM-DD, YYYY-MM, YYYY, DD/MM/YYYY or DD-MM-YYYY")
    s.add_argument("--to", dest="date_to", type=_date_arg, metavar="DATE",
                   help="published on or before DATE (a month or year includes all of it); formats as --from")
    s.add_argument("--json", action="store_true", help="the result as one JSON object (total, hits with snippets)")

    e = cmd("export", cmd_export, "export documents (jsonl, csv), corpus entities or the event table")
    e.add_argument("--format", choices=("jsonl", "csv", "entities", "events"), default="jsonl",
                   help="jsonl: one document per line with all its facts (default); csv: one row per document"
                        " (metadata, fact counts, text); entities: one corpus entity per line; events: a GDELT-like CSV")
    e.add_argument("-o", "--output", metavar="FILE", help="file to write (default: standard output)")

    en = cmd("entities", cmd_entities, "list corpus entities with variants and document counts")
    en.add_argument("--type", type=str.upper, choices=("PER", "ORG", "LOC", "MISC"),
                    help="only this entity type (any case)")
    en.add_argument("--min-docs", type=_positive_int, default=1, metavar="N",
                    help="only entities found in at least N documents (default 1)")
    listing(en, "entities")

    q = cmd("quotes", cmd_quotes, "list quotations with speaker and attribution chain")
    q.add_argument("--speaker", metavar="NAME", help="only quotations whose speaker contains NAME (Arabic variants folded)")
    q.add_argument("--anonymous", action="store_true", help="only quotations from anonymous sources")
    listing(q, "quotations")

    ev = cmd("events", cmd_events, "list coded events")
    ev.add_argument("--type", metavar="TYPE",
                    help="only this PLOVER type, any case (assault, PROTEST, ...); an unknown one lists the valid ones")
    listing(ev, "events")

    cmd("stats", cmd_stats, "counts of documents and facts in the store")

    sv = cmd("serve", cmd_serve, "the web page and JSON API over a store")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    sv.add_argument("--port", type=_positive_int, default=8765, help="port to listen on (default 8765)")

    st = cmd("story", cmd_story, "timeline, disagreements, framing and duplicates across sources")
    st.add_argument("--limit", type=_count_arg, default=0, metavar="N",
                    help="show at most N items of each list: timeline, episodes, disagreements, duplicates (default 0: all)")
    st.add_argument("--json", action="store_true", help="the whole story as one JSON object")
    return p


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.fn(args)
    except BrokenPipeError:
        return 0
    except UsageError as e:  # as argparse reports a bad value, and with its exit code
        print(f"marsad {args.command}: error: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # a clear one-line error, not a traceback, for the store/input problems users hit
        from .store.common import StoreError

        if isinstance(e, (StoreError, ValueError, OSError)):
            print(f"error: {e}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
