"""Check the actor dictionary (``marsad/resources/actors/``) before committing an edit to it.

    python scripts/check_actors.py            # exit code 1 if a rule is broken

In: the curated files (``orgs_curated.tsv``, ``misc_curated.tsv``, ``places_curated.tsv``) and the generated
``places.tsv``.
Out: one line per problem on standard output, then the count of entries of each file (every row counted
once) and their sum. Rules, each because of how ``marsad.actors`` reads the files:

- every row has its columns (id, type, latin, …, at least one Arabic name) and a unique id;
- ORG/PER rows are ORG or PER, MISC rows MISC, place rows LOC with numeric coordinates or none;
- a normalised name names one curated actor only (the NER's dictionary drops a name listed with two
  types, and the lookup keeps the first actor of a name);
- no Persian/Kurdish letters (پ چ ژ گ ک ی ە ڤ): the news does not write them and the lookup never meets them;
- a person's name does not start with a title (الرئيس, الشيخ …: ``ner/per_titles.txt``): the gold and the
  tagger leave titles outside the name;
- no curated name of two letters or fewer (the NER's dictionary ignores them; ``build_places.py`` filters
  the generated ones itself).
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from marsad.arabic.normalize import normalize  # noqa: E402

ACTORS = Path(__file__).resolve().parents[1] / "marsad" / "resources" / "actors"
TITLES = Path(__file__).resolve().parents[1] / "marsad" / "resources" / "ner" / "per_titles.txt"
NON_ARABIC = re.compile(r"[پچژگکیەڤۆێڵ]")


def key(name: str) -> str:
    return " ".join(normalize(name).split())


def rows(path: Path):
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line and not line.startswith("#"):
            yield i, line.split("\t")


def main() -> int:
    titles = {key(t) for t in TITLES.read_text(encoding="utf-8").splitlines() if t and not t.startswith("#")}
    problems: list[str] = []
    ids: dict[str, str] = {}
    owner: dict[str, set[str]] = defaultdict(set)  # curated name -> actor ids
    counts = {}
    for fname, start in (("places_curated.tsv", 7), ("orgs_curated.tsv", 5), ("misc_curated.tsv", 5), ("places.tsv", 7)):
        n = 0
        for line, r in rows(ACTORS / fname):
            where = f"{fname}:{line}"
            n += 1
            if len(r) <= start or not all(x.strip() for x in r[start:]):
                problems.append(f"{where}: {r[0]}: missing or empty name columns")
                continue
            if r[0] in ids:
                problems.append(f"{where}: id {r[0]} also at {ids[r[0]]}")
            ids[r[0]] = where
            if start == 7:
                if r[1] != "LOC":
                    problems.append(f"{where}: {r[0]}: type {r[1]} in a place file")
                for c in r[5:7]:
                    try:
                        c and float(c)
                    except ValueError:
                        problems.append(f"{where}: {r[0]}: coordinate {c!r} is not a number")
            elif r[1] not in (("MISC",) if fname == "misc_curated.tsv" else ("ORG", "PER")):
                problems.append(f"{where}: {r[0]}: type {r[1]} is not {'MISC' if fname == 'misc_curated.tsv' else 'ORG or PER'}")
            for name in r[start:]:
                k = key(name)
                if NON_ARABIC.search(name):
                    problems.append(f"{where}: {r[0]}: {name}: Persian/Kurdish letter")
                if len(k) <= 2 and fname != "places.tsv":  # build_places.py keeps the region's إب, قم
                    problems.append(f"{where}: {r[0]}: {name}: too short to be looked up")
                if r[1] == "PER" and k.split()[0] in titles:
                    problems.append(f"{where}: {r[0]}: {name}: starts with a title")
                if fname != "places.tsv":
                    owner[k].add(r[0])
        counts[fname] = n
    for k, who in sorted(owner.items()):
        if len(who) > 1:
            problems.append(f"name {k} names {len(who)} curated actors: {', '.join(sorted(who))}")
    print("\n".join(problems))
    print(", ".join(f"{f} {n}" for f, n in counts.items()) + f"; in all {sum(counts.values())} entries")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
