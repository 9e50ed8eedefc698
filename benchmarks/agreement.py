"""Inter-annotator agreement on the in-domain gold's events: a second annotator against gold.jsonl, scored
exactly as benchmarks/indomain.py scores Marsad's events, with Marsad's figures on the same articles beside.

    python benchmarks/agreement.py [--ann PATH] [--gold PATH] [--no-system] [--show]

In: ``--ann`` (default ``benchmarks/data/indomain/ann/iaa_events.jsonl``), a second annotation in the format
of the annotators' batches (``ann/batch_*.jsonl``: one article a line, ``{id, events: [{type, trigger,
source, target, place, time}]}``, spans as strings in reading order, optionally pinned with ``{"text",
"start"}``); ``--gold`` (default ``gold.jsonl``). Each second-annotator article becomes a gold-format article
through ``build.py``'s ``gold_article`` on the gold's stored text (the same span location as the real gold),
and is scored against the gold article of the same id. Only ``dev`` articles are read: an id of the test split
is an error (nobody reads the test articles against anything but the final system run).

Out (stdout), for the ids of the second file:
  - n articles, gold events, second-annotator events;
  - second annotator vs gold: ``indomain.score_events`` (one-to-one maximum matching ``indomain.match`` with
    ``indomain._ev_ok``: same type and overlapping trigger spans, weights ``indomain._span_ov``): type+trigger
    P/R/F1, trigger only P/R/F1, and source / target token F1 averaged over the type+trigger pairs (null/null
    1, one null 0); then the same with the roles swapped (gold as the "prediction"): F1 is symmetric, P and R
    swap, the role token F1 can differ only through which pairs the matching picks;
  - Marsad's default pipeline on the same articles (``indomain.analyse``, as indomain.py runs it), scored by
    the same function; ``--no-system`` skips it;
  - a per-type table (gold, second, pairs, F1 of the second annotator; Marsad's predictions, pairs, F1);
  - disagreement kinds: after the type+trigger matching, what is left is paired again on trigger overlap
    alone (``indomain.match`` with overlap > 0): such a pair is a type confusion (gold type -> second type);
    the rest are events unmatched in the gold (the second annotator has none on that trigger) or unmatched in
    the second file, counted by type;
  - ``--bootstrap N`` (default 2000; 0 skips): a 95% interval of each type+trigger F1, resampling the
    articles with replacement (seed 2026), the spread one would expect from another 16 articles;
  - ``--show``: per article, ``indomain.show_events`` lines (``-`` gold only, ``+`` second only, ``~`` role
    differences on a pair).

The measurement (December 2026; 16 dev articles, annotated blind by reading before the gold or any system
output was opened) and the reading of its disagreements are in ``benchmarks/data/indomain/iaa_events.md``.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE / "data" / "indomain"))

import indomain  # noqa: E402
from _prf import bootstrap as resample, prf  # noqa: E402
from build import gold_article  # noqa: E402

GOLD = indomain.GOLD
ANN = HERE / "data" / "indomain" / "ann" / "iaa_events.jsonl"


def read_second(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def paired_articles(second: list[dict], gold_path: Path = GOLD) -> list[tuple[dict, dict]]:
    """(gold article, second annotator's article in the gold format) for each id of ``second``, in its
    order. Raises when an id is not in the gold or is not a dev article."""
    gold = {r["id"]: r for r in indomain.read_gold(gold_path, "all")}
    out = []
    for a in second:
        g = gold.get(a["id"])
        if g is None:
            raise ValueError(f"{a['id']}: not a gold article")
        if g.get("split") != "dev":
            raise ValueError(f"{a['id']}: split {g.get('split')!r}; agreement is measured on dev only")
        facts = gold_article({"id": a["id"], "events": a.get("events", [])}, g["text"])
        out.append((g, {"id": g["id"], "text": g["text"], **facts}))
    return out


def swapped(pairs: list[tuple[dict, dict]]) -> list[tuple[dict, dict]]:
    return [(p, g) for g, p in pairs]


def events_lines(name: str, r: dict) -> list[str]:
    """The events figures of one score_events result, as indomain.report prints them."""
    out = [f"{name}:"]
    for row in ("type+trigger", "trigger only"):
        out.append("  " + r[row].line(row))
    for role in ("source", "target"):
        out.append("  " + r[role].line(f"{role} token F1") + "   "
                   + ", ".join(f"{c} {r[f'{role} {c}']}" for c in indomain._ROLE_CASES))
    return out


def per_type(pairs: list[tuple[dict, dict]]) -> dict[str, tuple[int, int, int]]:
    """{type: (gold events, predicted events, type+trigger pairs)} over the articles."""
    out: dict[str, list[int]] = {}
    for g, p in pairs:
        ge = g.get("events", [])
        pe = [e for e in p.get("events", []) if indomain.reported(e)]
        for t in {e["type"] for e in ge} | {e["type"] for e in pe}:
            gt, pt = [e for e in ge if e["type"] == t], [e for e in pe if e["type"] == t]
            n = len(indomain.match(gt, pt, indomain._ev_ok, indomain._span_ov))
            c = out.setdefault(t, [0, 0, 0])
            c[0] += len(gt)
            c[1] += len(pt)
            c[2] += n
    return {t: tuple(v) for t, v in out.items()}


def disagreements(pairs: list[tuple[dict, dict]]) -> dict[str, Counter]:
    """Counters of what the type+trigger matching leaves: ``confusion`` (gold type, other type) for leftovers
    whose triggers overlap, ``gold only`` and ``other only`` by type for the rest."""
    conf, g_only, p_only = Counter(), Counter(), Counter()
    for g, p in pairs:
        ge = g.get("events", [])
        pe = [e for e in p.get("events", []) if indomain.reported(e)]
        m = indomain.match(ge, pe, indomain._ev_ok, indomain._span_ov)
        rg = [ge[i] for i in range(len(ge)) if i not in {a for a, _ in m}]
        rp = [pe[i] for i in range(len(pe)) if i not in {b for _, b in m}]
        m2 = indomain.match(rg, rp, lambda a, b: indomain._span_ov(a, b) > 0, indomain._span_ov)
        conf.update((rg[a]["type"], rp[b]["type"]) for a, b in m2)
        g_only.update(rg[i]["type"] for i in range(len(rg)) if i not in {a for a, _ in m2})
        p_only.update(rp[i]["type"] for i in range(len(rp)) if i not in {b for _, b in m2})
    return {"confusion": conf, "gold only": g_only, "other only": p_only}


def _counts(g: dict, p: dict) -> tuple[int, int, int]:
    """(tp, fp, fn) of one article's type+trigger events."""
    ge = g.get("events", [])
    pe = [e for e in p.get("events", []) if indomain.reported(e)]
    tp = len(indomain.match(ge, pe, indomain._ev_ok, indomain._span_ov))
    return tp, len(pe) - tp, len(ge) - tp


def bootstrap(pairs: list[tuple[dict, dict]], n: int, seed: int = 2026) -> tuple[float, float]:
    """The 95% article-bootstrap interval of type+trigger F1 (micro, as score_events)."""
    return resample([_counts(g, p) for g, p in pairs],
                    lambda s: prf(sum(c[0] for c in s), sum(c[1] for c in s), sum(c[2] for c in s)).f1, n, seed)


def _f1(n_gold: int, n_pred: int, tp: int) -> str:
    return f"{prf(tp, n_pred - tp, n_gold - tp).f1:.2f}" if n_gold or n_pred else "  - "


def main(argv: Optional[list[str]] = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ann", type=Path, default=ANN, help="the second annotation (default: ann/iaa_events.jsonl)")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--no-system", action="store_true", help="do not run Marsad on the articles")
    ap.add_argument("--show", action="store_true", help="per article: gold-only, second-only, role differences")
    ap.add_argument("--bootstrap", type=int, default=2000, help="resamples of the articles for a 95%% interval")
    a = ap.parse_args(argv)

    pairs = paired_articles(read_second(a.ann), a.gold)
    gold_articles = [g for g, _ in pairs]
    n_gold = sum(len(g["events"]) for g in gold_articles)
    n_second = sum(len(p["events"]) for _, p in pairs)
    print(f"[dev] {len(pairs)} articles; gold events {n_gold}; second-annotator events {n_second} ({a.ann.name})")

    human = indomain.score_events(pairs)
    back = indomain.score_events(swapped(pairs))
    for line in events_lines("second annotator vs gold (gold = reference)", human):
        print(line)
    for line in events_lines("gold vs second annotator (second = reference)", back):
        print(line)

    system = sys_pairs = None
    if not a.no_system:
        preds, spent, _ = indomain.analyse(gold_articles)
        sys_pairs = list(zip(gold_articles, preds))
        system = indomain.score_events(sys_pairs)
        n_sys = sum(len([e for e in p["events"] if indomain.reported(e)]) for p in preds)
        for line in events_lines(f"Marsad (default pipeline) vs gold, same {len(pairs)} articles, "
                                 f"{n_sys} events", system):
            print(line)

    ht = per_type(pairs)
    st = per_type(sys_pairs) if sys_pairs else {}
    print("per type:            gold  second pairs  F1   | Marsad pairs  F1")
    for t in sorted(set(ht) | set(st), key=lambda t: (-ht.get(t, (0,))[0], t)):
        g, p, n = ht.get(t, (0, 0, 0))
        sg, sp, sn = st.get(t, (g, 0, 0))
        tail = f"| {sp:6d} {sn:5d}  {_f1(sg, sp, sn)}" if sys_pairs else ""
        print(f"  {t:18} {g:5d} {p:7d} {n:5d}  {_f1(g, p, n)} {tail}")

    d = disagreements(pairs)
    print(f"disagreements (second annotator vs gold): {sum(d['gold only'].values())} gold events with no "
          f"second event on their trigger, {sum(d['other only'].values())} second events with no gold event on "
          f"their trigger, {sum(d['confusion'].values())} type confusions on overlapping triggers")
    print("  gold only:  " + ", ".join(f"{t} {n}" for t, n in d["gold only"].most_common()))
    print("  second only: " + ", ".join(f"{t} {n}" for t, n in d["other only"].most_common()))
    print("  type confusions (gold -> second): "
          + (", ".join(f"{g}->{p} {n}" for (g, p), n in d["confusion"].most_common()) or "none"))

    if a.bootstrap:
        for name, ps in (("second annotator", pairs), ("Marsad", sys_pairs)):
            if ps:
                lo, hi = bootstrap(ps, a.bootstrap)
                print(f"type+trigger F1 95% interval over articles ({a.bootstrap} resamples), {name}: "
                      f"{lo:.3f}-{hi:.3f}")
        if sys_pairs:
            diff = [_counts(g, p) for g, p in pairs], [_counts(g, p) for g, p in sys_pairs]
            rng, wins = random.Random(2026), 0
            for _ in range(a.bootstrap):
                idx = [rng.randrange(len(pairs)) for _ in pairs]
                f = [prf(*[sum(c[i][k] for i in idx) for k in range(3)]).f1 for c in diff]
                wins += f[0] > f[1]
            print(f"  resamples where the second annotator's F1 exceeds Marsad's: {wins}/{a.bootstrap}")

    if a.show:
        for g, p in pairs:
            lines = indomain.show_events(g, p)
            if lines:
                print(f"== {g['id']} ({g.get('outlet')}, {g.get('published')})")
                print("\n".join(lines))
    print(f"agreement events type+trigger F1 second {human['type+trigger'].f1:.3f}"
          + (f" system {system['type+trigger'].f1:.3f}" if system else ""))
    return {"human": human, "back": back, "system": system, "per_type": ht, "disagreements": d}


if __name__ == "__main__":
    main()
