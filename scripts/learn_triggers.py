"""Trigger-lexicon candidates learnt from the training split's gold events (never dev/test gold).

    PYTHONPATH=. python scripts/learn_triggers.py [--min 1] [--no-snn]
    PYTHONPATH=. python scripts/learn_triggers.py --contexts "TYPE pos words" [--n 10] [--seed 1]

Mode 1 (candidates): runs the default pipeline on the training split's event articles
(``benchmarks/data/indomain/train.jsonl``), pairs predictions with gold as ``benchmarks/indomain.py`` does
(type+trigger, one to one) and takes every gold event Marsad misses. For the first word of its trigger it
proposes lexicon entries ``(pos, stem)`` that would produce that surface form under ``lexicon.py``'s own
inflection (``v``: a verb written as the past 3rd masc. singular; ``n``: a noun/masdar; clitics stripped as
lexicon.py adds them), later words of a phrase kept as written (normalised). Each missed event's candidate is
the one that covers the most missed events of its type (greedy), and for every candidate entry it prints:

- ``miss``: missed gold events of the type it would cover, and how they were missed (``none`` = no
  prediction on the trigger, ``typed`` = predicted with another type, ``neg`` = predicted but negated or
  hypothetical);
- ``gold``: all gold events of the type whose trigger the entry matches (caught or not), ``other``: gold events
  of another type on it;
- ``occ``: how often the entry matches in the training split's text at all, and ``prec`` = gold/occ, a
  precision estimate for the type (a later telling of one event is not annotated again, so it is a floor);
- ``snn``: matches in SaudiNewsNet (``../shared/data/news/saudinewsnet.jsonl.gz``, 31k articles, 2015);
- ``lex``: the types of the existing entries that already match at the trigger (a detection rule, a merge or
  the annotation convention lost those, not the lexicon); candidates no entry matches are printed first.

Mode 3 (``--measure "TYPE pos words" ...``): the same gold/other/occ/prec counts for any entries, new or
already in the lexicon (to compare a candidate with the entries of its kind).

Mode 2 (``--contexts``): prints ``--n`` random sentences matching one entry, drawn from SaudiNewsNet and from the
unannotated in-domain corpus with the dev/test articles left out (their ids: ``selection.tsv`` and
``gold.jsonl``), for reading whether the word is an event of the type there.
"""
from __future__ import annotations

import argparse
import gzip
import json
import pickle
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import indomain  # noqa: E402
from marsad.arabic import tokenize  # noqa: E402
from marsad.arabic.normalize import normalize  # noqa: E402
from marsad.extract.events import lexicon as L  # noqa: E402

SNN = next((p for p in (ROOT.parent / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz",
                         Path("/work/shared/data/news/saudinewsnet.jsonl.gz")) if p.exists()),
           Path("/work/shared/data/news/saudinewsnet.jsonl.gz"))
DATA = ROOT / "benchmarks" / "data" / "indomain"
CACHE = Path("/tmp") / "marsad_learn_triggers_snn.pkl"

_PRE = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "لل", "كال", "وبال", "ولل", "وب", "ول",
        "س", "وس", "ي", "ت", "ن", "ا", "وي", "وت", "فت", "في", "سي", "ست", "وسي", "وست", "لي", "لت")
_SUF = ("", "ه", "ات", "ين", "ون", "ان", "ا", "ها", "هم", "هما", "ت", "وا", "تا", "ن", "تم", "نا", "و",
        "ته", "تها", "تهم", "اته", "اتها", "اتهم", "وه", "وها", "وهم", "تين", "تان", "ي", "يه")


def _forms(pos: str, stem: str) -> set[str]:
    if pos == "v":
        return set(L._verb_forms(stem))
    return L._noun_forms(stem)


_FORM_CACHE: dict = {}


def covers(pos: str, stem: str, w: str) -> bool:
    k = (pos, stem)
    if k not in _FORM_CACHE:
        _FORM_CACHE[k] = _forms(pos, stem)
    return w in _FORM_CACHE[k]


def candidates(w: str) -> list[tuple[str, str]]:
    """(pos, stem) lexicon entries whose forms include the normalised word w."""
    out = []
    for p in _PRE:
        if not w.startswith(p):
            continue
        for s in _SUF:
            if s and not w.endswith(s):
                continue
            stem = w[len(p):len(w) - len(s)]
            if len(stem) < 3:
                continue
            stems = {stem}
            if s in ("ه", "ته", "تها", "تهم", "تين", "تان", "ات", "اته", "اتها", "اتهم"):
                stems.add(stem + "ه")  # ة-nouns: the stem is written with its ة
            for st in stems:
                # a verb's stem is its past: the imperfect يستهدف is of استهدف (lexicon.py drops the alif)
                for pos, s2 in (("v", st), ("v", "ا" + st), ("n", st)):
                    if (pos, s2) not in out and covers(pos, s2, w):
                        out.append((pos, s2))
    return out


def entry_lexicon(typ: str, pos: str, words: str) -> L.Lexicon:
    return L.Lexicon([(typ, "-", pos, words)])


def matches(lex: L.Lexicon, norms: list[str]) -> list[tuple[int, int]]:
    """Token spans [i, e) where the one-entry lexicon matches."""
    out = []
    for k in lex.starts(norms):
        for _idx, e, _f in lex.match_at(norms, k):
            out.append((k, e))
            break
    return out


def train_rows() -> list[dict]:
    return [a for a in indomain.read_gold(indomain.TRAIN, "train") if "events" in a.get("kinds", ())]


def held_out_ids() -> set[str]:
    ids = set()
    for line in open(DATA / "selection.tsv", encoding="utf-8"):
        if line.strip():
            ids.add(line.split("\t")[0])
    for line in open(DATA / "gold.jsonl", encoding="utf-8"):
        m = re.match(r'\{"id": "([^"]+)"', line)
        if m:
            ids.add(m.group(1))
    return ids


def snn_docs() -> list[list[str]]:
    """SaudiNewsNet's articles as lists of normalised tokens (cached in /tmp)."""
    if CACHE.exists():
        return pickle.loads(CACHE.read_bytes())
    docs = []
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            docs.append([t.norm for t in tokenize((a.get("title") or "") + " .\n" + (a.get("content") or ""))])
    CACHE.write_bytes(pickle.dumps(docs))
    return docs


def missed_events() -> tuple[list, list]:
    """(every gold event with its article tokens, the missed ones) on the training split."""
    from marsad.document import Document
    from marsad.pipeline import run

    allg, missed = [], []
    lex = L.triggers()
    for a in train_rows():
        doc = Document(text=a["text"], published=a.get("published"), outlet=a.get("outlet"), url=a.get("url"))
        run(doc)
        p = indomain.prediction(doc)
        ge, pall = a.get("events", []), p["events"]
        pe = [e for e in pall if indomain.reported(e)]
        pairs = indomain.match(ge, pe, indomain._ev_ok, indomain._span_ov)
        ok = {gi for gi, _ in pairs}
        toks = tokenize(a["text"])
        for gi, y in enumerate(ge):
            if y.get("start") is None:
                continue
            ti = [k for k, t in enumerate(toks) if t.end > y["start"] and t.start < y["end"]]
            if not ti:
                continue
            norms = [t.norm for t in toks]
            rec = {"art": a["id"], "type": y["type"], "trigger": y["trigger"], "norms": [toks[k].norm for k in ti],
                   "tok": ti[0],
                   # the types of the existing entries that match at the trigger's first word
                   "lex": {lex.entries[idx].type for idx, _e, _f in lex.match_at(norms, ti[0])}}
            allg.append(rec)
            if gi in ok:
                continue
            if any(indomain._span_ov(y, x) > 0 for x in pe):
                rec["how"] = "typed"
            elif any(indomain._span_ov(y, x) > 0 for x in pall):
                rec["how"] = "neg"
            else:
                rec["how"] = "none"
            missed.append(rec)
    return allg, missed


def learn(min_support: int, use_snn: bool) -> None:
    allg, missed = missed_events()
    print(f"training split: {len(allg)} gold events, {len(missed)} missed "
          f"({Counter(m['how'] for m in missed)})")
    # candidate entries of each missed event
    for m in missed:
        w = m["norms"][0]
        rest = " ".join(m["norms"][1:])
        m["cands"] = [(pos, (stem + " " + rest).strip()) for pos, stem in candidates(w)] or [("x", " ".join(m["norms"]))]
    # greedy cover by type: the candidate that covers the most missed events of the type first
    chosen: dict[tuple[str, str, str], list] = {}
    left = list(missed)
    gold_first = Counter((g["type"], g["norms"][0]) for g in allg)

    def general(typ: str, pos: str, words: str) -> int:
        """Gold triggers of the type (caught or not) whose first word the candidate's first word covers."""
        stem = words.split()[0]
        return sum(n for (t, w), n in gold_first.items() if t == typ and covers(pos, stem, w))

    while left:
        cnt = Counter((m["type"],) + c for m in left for c in m["cands"])
        # ties: the reading that covers more gold triggers of the type (أطلقتهما: the verb أطلق, not a noun
        # أطلقتهما), then the longer stem (the least stripped: استهداف a noun)
        (typ, pos, words), _n = max(cnt.items(), key=lambda kv: (kv[1], general(*kv[0]), len(kv[0][2]),
                                                                 kv[0][1] == "n"))
        got = [m for m in left if m["type"] == typ and (pos, words) in m["cands"]]
        chosen[(typ, pos, words)] = got
        left = [m for m in left if m not in got]
    arts = {a["id"]: [t.norm for t in tokenize(a["text"])] for a in train_rows()}
    gold_at = defaultdict(list)
    for g in allg:
        gold_at[(g["art"], g["tok"])].append(g["type"])
    docs = snn_docs() if use_snn else []
    snn_words = Counter(w for d in docs for w in d)
    rows = []
    for (typ, pos, words), got in chosen.items():
        if len(got) < min_support:
            continue
        lex = entry_lexicon(typ, pos, words)
        occ, gold, other = _tally(lex, typ, arts, gold_at)
        if not use_snn:
            snn = -1
        elif len(words.split()) == 1 and pos in "vn":
            snn = sum(snn_words[f] for f in _forms(pos, words))
        else:
            snn = sum(len(matches(lex, d)) for d in docs if not lex.first.keys().isdisjoint(d))
        inlex = "/".join(sorted(set().union(*(m["lex"] for m in got))))
        how = Counter(m["how"] for m in got)
        rows.append((len(got), typ, pos, words, how, gold, other, occ, snn, inlex,
                     Counter(m["trigger"] for m in got)))
    rows.sort(key=lambda r: (bool(r[9]), -r[0], r[1], r[3]))  # words no entry matches first
    print("miss\ttype\tpos\twords\thow\tgold\tother\tocc\tprec\tsnn\tlex\tgold triggers")
    for n, typ, pos, words, how, gold, other, occ, snn, inlex, trig in rows:
        prec = f"{gold / occ:.2f}" if occ else "-"
        print(f"{n}\t{typ}\t{pos}\t{words}\t{' '.join(f'{k}{v}' for k, v in how.items())}\t{gold}\t{other}\t{occ}\t"
              f"{prec}\t{snn}\t{inlex}\t{', '.join(f'{k}×{v}' for k, v in trig.most_common(4))}")


def _tally(lex, typ: str, arts: dict, gold_at: dict) -> tuple[int, int, int]:
    """(occurrences of the entry in the training split, of them gold triggers of ``typ``, of another type)."""
    occ = gold = other = 0
    for aid, norms in arts.items():
        for i, _e in matches(lex, norms):
            occ += 1
            ts = gold_at.get((aid, i), [])
            gold += typ in ts
            other += bool(ts) and typ not in ts
    return occ, gold, other


def measure(specs: list[str]) -> None:
    """Training-split gold / occurrences of entries given as "TYPE pos words" (any entry, new or not)."""
    rows = train_rows()
    arts, gold_at = {}, defaultdict(list)
    for a in rows:
        toks = tokenize(a["text"])
        arts[a["id"]] = [t.norm for t in toks]
        for y in a.get("events", []):
            ti = [k for k, t in enumerate(toks) if y.get("start") is not None and t.end > y["start"] and t.start < y["end"]]
            if ti:
                gold_at[(a["id"], ti[0])].append(y["type"])
    for spec in specs:
        typ, pos, words = spec.split(None, 2)
        lex = entry_lexicon(typ, pos, words)
        occ, gold, other = _tally(lex, typ, arts, gold_at)
        print(f"{spec}\tgold {gold}\tother {other}\tocc {occ}\tprec {gold / occ if occ else 0:.2f}")


def contexts(spec: str, n: int, seed: int) -> None:
    typ, pos, words = spec.split(None, 2)
    lex = entry_lexicon(typ, pos, words)
    held = held_out_ids()
    pool = []
    with gzip.open(DATA / "corpus.jsonl.gz", "rt", encoding="utf-8") as f:
        texts = [("corpus", a["text"]) for a in map(json.loads, f) if a["id"] not in held]
    with gzip.open(SNN, "rt", encoding="utf-8") as f:
        texts += [("snn", a.get("content") or "") for a in map(json.loads, f)]
    rnd = random.Random(seed)
    rnd.shuffle(texts)
    total = 0
    for src, text in texts:
        toks = tokenize(text)
        norms = [t.norm for t in toks]
        for i, e in matches(lex, norms):
            total += 1
            if len(pool) < n:
                a = max(0, toks[i].start - 160)
                b = min(len(text), toks[e - 1].end + 120)
                pool.append(f"[{src}] " + (text[a:toks[i].start] + "【" + text[toks[i].start:toks[e - 1].end] + "】"
                                          + text[toks[e - 1].end:b]).replace("\n", " "))
        if len(pool) >= n:
            break
    for k, p in enumerate(pool, 1):
        print(f"{k}. {p}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--min", type=int, default=1, help="least missed events a candidate covers to be printed")
    ap.add_argument("--no-snn", action="store_true", help="skip the SaudiNewsNet counts")
    ap.add_argument("--contexts", help='"TYPE pos words": random contexts of one entry')
    ap.add_argument("--measure", nargs="+", help='"TYPE pos words" ...: training-split gold/occurrences of entries')
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    if a.measure:
        measure(a.measure)
    elif a.contexts:
        contexts(a.contexts, a.n, a.seed)
    else:
        learn(a.min, not a.no_snn)


if __name__ == "__main__":
    main()
