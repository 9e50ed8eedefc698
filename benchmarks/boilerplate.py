"""Boilerplate benchmark: does the line classifier drop page furniture and keep the article?

    python benchmarks/boilerplate.py [--data PATH] [--split dev|test|all] [--show]

In: ``benchmarks/data/boilerplate_lines.tsv`` (``make_boilerplate_lines.py`` says how it was built and
labelled): real lines of news pages, ``F`` furniture, ``C`` content, ``O`` other (headline, dateline,
byline, caption, tweet: scored neither way), split into dev/test by page.

Run: each page's lines, in their order, go through ``marsad.ingest.boilerplate.clean`` as one scraped
text (no title given, as for a .txt file). A line is kept when its fate is body, joined, title or author
(the title is analysed with the body), dropped otherwise.

Out: per split, ``furniture dropped`` (recall of the drop) and ``content kept`` (the share of article
lines that survive; the goal is >= 99%), the drops by family, and with ``--show`` (dev only) the
furniture kept and the content dropped, with the page URL. Last line:
``boilerplate <split> furniture dropped X content kept Y``.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

DATA = HERE / "data" / "boilerplate_lines.tsv"
KEPT = ("body", "joined", "title", "author")


def load(path: Path = DATA) -> dict[str, dict]:
    """page → {"split", "url", "lines": [(line_no, label, text)]} in file order."""
    pages: dict[str, dict] = {}
    with path.open(encoding="utf-8") as fh:
        next(fh)
        for raw in fh:
            split, page, url, line, label, text = raw.rstrip("\n").split("\t", 5)
            p = pages.setdefault(page, {"split": split, "url": url, "lines": []})
            p["lines"].append((int(line), label, text))
    return pages


def page_text(lines: list[tuple[int, str, str]]) -> str:
    """The page as scraped text: line ``n`` of the page on line ``n`` (gaps stay blank lines)."""
    out: list[str] = []
    for no, _label, text in lines:
        while len(out) < no - 1:
            out.append("")
        out.append(text)
    return "\n".join(out)


def score(pages: dict[str, dict], split: str, show: bool = False, clean=None) -> dict:
    if clean is None:
        from marsad.ingest.boilerplate import clean
    counts = collections.Counter()
    families = collections.Counter()
    misses: list[str] = []
    for page, p in pages.items():
        if split != "all" and p["split"] != split:
            continue
        fates = clean(page_text(p["lines"])).fates
        for no, label, text in p["lines"]:
            fate = fates.get(no, "blank")
            kept = fate in KEPT
            counts[label, kept] += 1
            if label == "F" and not kept:
                families[fate] += 1
            if show and ((label == "F" and kept) or (label == "C" and not kept)):
                misses.append(f"{'kept   ' if kept else 'dropped'} {label} [{fate}] {text[:100]}  <{p['url'][:80]}>")
    f_drop, f_all = counts["F", False], counts["F", False] + counts["F", True]
    c_keep, c_all = counts["C", True], counts["C", True] + counts["C", False]
    return {"furniture_dropped": (f_drop, f_all), "content_kept": (c_keep, c_all),
            "other_kept": (counts["O", True], counts["O", True] + counts["O", False]),
            "families": families, "misses": misses}


def _pct(pair: tuple[int, int]) -> str:
    n, d = pair
    return f"{n / d:.3f} ({n}/{d})" if d else "n/a"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--show", action="store_true", help="print the errors (dev only)")
    args = ap.parse_args(argv)
    if args.show and args.split != "dev":
        ap.error("--show is for the dev split only")
    r = score(load(args.data), args.split, args.show)
    for m in r["misses"]:
        print(m)
    print(f"split {args.split}")
    print(f"  furniture dropped  {_pct(r['furniture_dropped'])}")
    print(f"  content kept       {_pct(r['content_kept'])}")
    print(f"  other kept         {_pct(r['other_kept'])}  (headlines, datelines, captions: not scored)")
    print("  drops by fate: " + ", ".join(f"{k} {v}" for k, v in r["families"].most_common()))
    fd, ck = r["furniture_dropped"], r["content_kept"]
    print(f"boilerplate {args.split} furniture dropped {fd[0] / max(fd[1], 1):.3f} "
          f"content kept {ck[0] / max(ck[1], 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
