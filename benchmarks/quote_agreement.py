"""Inter-annotator agreement on the quotation gold: a second annotator against quotes_gold.jsonl, scored exactly
as benchmarks/quotes.py scores Marsad's quotations, with Marsad's figures on the same articles beside.

    python benchmarks/quote_agreement.py [--ann PATH] [--gold PATH] [--no-system] [--bootstrap N] [--show]

In: ``--ann`` (default ``benchmarks/data/quotes_iaa_ann.txt``), a second annotation in the format of
``quotes_gold_ann.txt`` (``## <id>`` then ``speaker | cue | content head … content tail | flags`` lines, see
``benchmarks/data/make_quotes_gold.py``); ``--gold`` (default ``benchmarks/data/quotes_gold.jsonl``). The
annotation is turned into gold-format records by ``make_quotes_gold.records`` on the gold's stored texts (the
same span location as the real gold); a line it cannot locate is an error. Only ``dev`` articles are read: an
id of the test split, or one not in the gold, is an error.

Out (stdout), for the ids of the second annotation:
  - second annotator vs gold: ``quotes.report`` on tallies from ``quotes.score`` (``quotes.pair``: one-to-one
    pairing, greedy by content overlap >= half the longer span), i.e. the lines ``quotes.py`` prints: speaker
    exact / speaker overlap / cue / content exact / content overlap P R F1, anonymous flag agreement,
    speaker exact + content overlap, speaker overlap + content overlap, and the final ``F1`` line;
  - Marsad on the same articles, run as ``quotes.py --entities`` runs it (``run(Document(text), ["entities",
    "quotes"])``), scored by the same functions; ``--no-system`` skips it;
  - ``--bootstrap N`` (default 2000; 0 skips): a 95% interval (2.5th-97.5th percentile) of the speaker exact
    F1 and of the final F1 (speaker overlap + content overlap), resampling the articles with replacement
    (seed 2026, the same draws for both), the spread one would expect from another set of this size;
  - ``--show``: per article, the differences: ``-`` gold only, ``+`` second only, ``~`` a pair whose speaker,
    cue or content span or anonymous flag differs (gold / second).

The measurement (December 2026; 12 dev articles annotated blind by reading, before the gold or any system
output was opened) and the reading of its disagreements are in ``benchmarks/data/quotes_iaa.md``.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE / "data"))

import quotes  # noqa: E402
from _prf import bootstrap as resample  # noqa: E402
from make_quotes_gold import records  # noqa: E402

GOLD = HERE / "data" / "quotes_gold.jsonl"
ANN = HERE / "data" / "quotes_iaa_ann.txt"
HEADLINE = ("speaker exact", "speaker overlap + content overlap")  # issue 27's two bars (0.80, 0.85)


def as_pred(q: dict) -> SimpleNamespace:
    """A gold-format quotation as the prediction object ``quotes.score`` reads."""
    sp = q["speaker"]
    return SimpleNamespace(content_start=q["content"][0], content_end=q["content"][1],
                           speaker_start=sp[0] if sp else None, speaker_end=sp[1] if sp else None,
                           cue_start=q["cue"][0], cue_end=q["cue"][1], anonymous=q["anonymous"])


def second_records(ann_text: str, gold_path: Path = GOLD) -> list[tuple[dict, dict]]:
    """(gold article, second annotator's article in the gold format) for each ``## <id>`` of the annotation,
    in gold order. Raises when an id is not in the gold, is not a dev article, or a line cannot be located."""
    gold = {}
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                gold[r["id"]] = r
    ids = [l.strip()[3:].strip() for l in ann_text.splitlines() if l.strip().startswith("## ")]
    for aid in ids:
        if aid not in gold:
            raise ValueError(f"{aid}: not a gold article")
        if gold[aid].get("split") != "dev":
            raise ValueError(f"{aid}: split {gold[aid].get('split')!r}; agreement is measured on dev only")
    texts = [{"id": g["id"], "text": g["text"], "split": g["split"]} for g in gold.values() if g["id"] in ids]
    recs, errors = records(ann_text, texts)
    if errors:
        raise ValueError("cannot locate:\n" + "\n".join(errors))
    return [(gold[r["id"]], r) for r in recs]


def tallies_second(pairs: list[tuple[dict, dict]]) -> list[dict]:
    """Per-article ``quotes.score`` tallies of the second annotation (as predictions) against the gold."""
    out = []
    for g, s in pairs:
        c = quotes.new_counts()
        quotes.score(c, g["quotes"], [as_pred(q) for q in s["quotes"]])
        out.append(c)
    return out


def tallies_system(golds: list[dict]) -> list[dict]:
    """Per-article tallies of Marsad (entities + quotes, as ``quotes.py --entities``) against the gold."""
    from marsad.document import Document
    from marsad.extract.quotes import speaker_defect
    from marsad.pipeline import run
    out = []
    for g in golds:
        doc = run(Document(text=g["text"]), ["entities", "quotes"])
        c = quotes.new_counts()
        c["defects"] += sum(1 for p in doc.quotes if speaker_defect(doc, p))
        quotes.score(c, g["quotes"], doc.quotes)
        out.append(c)
    return out


def total(per_article: list[dict]) -> dict:
    c = quotes.new_counts()
    for a in per_article:
        for k in c:
            c[k] += a[k]
    return c


def bootstrap(per_article: list[dict], n: int = 2000, seed: int = 2026,
              names: tuple[str, ...] = HEADLINE) -> dict[str, tuple[float, float]]:
    """95% article-bootstrap interval of the F1 of each figure in names (``quotes.figures``), every figure on
    the same resamples."""
    return {nm: resample(per_article, lambda s, nm=nm: quotes.figures(total(s))[nm][2], n, seed) for nm in names}


def show(pairs: list[tuple[dict, dict]]) -> None:
    for g, s in pairs:
        gq, sq = g["quotes"], s["quotes"]
        matched = quotes.pair(gq, [as_pred(q) for q in sq])
        mg, ms = {a for a, _ in matched}, {b for _, b in matched}
        print(f"## {g['id']}: gold {len(gq)}, second {len(sq)}, pairs {len(matched)}")
        for gi, q in enumerate(gq):
            if gi not in mg:
                print(f"  - [{q['speaker_text']}] {q['cue_text']} | {q['content_text'][:80]}")
        for si, q in enumerate(sq):
            if si not in ms:
                print(f"  + [{q['speaker_text']}] {q['cue_text']} | {q['content_text'][:80]}")
        for gi, si in matched:
            a, b = gq[gi], sq[si]
            if a["speaker"] != b["speaker"]:
                print(f"  ~ speaker: gold [{a['speaker_text']}] second [{b['speaker_text']}] | {a['content_text'][:50]}")
            if a["cue"] != b["cue"]:
                print(f"  ~ cue: gold [{a['cue_text']}] second [{b['cue_text']}] | {a['content_text'][:50]}")
            if a["anonymous"] != b["anonymous"]:
                print(f"  ~ anonymous: gold {a['anonymous']} second {b['anonymous']} [{a['speaker_text']}]"
                      f" | {a['content_text'][:50]}")
            if a["content"] != b["content"]:
                print(f"  ~ content: gold {a['content']} second {b['content']}\n"
                      f"      gold   «{a['content_text'][:40]} … {a['content_text'][-40:]}»\n"
                      f"      second «{b['content_text'][:40]} … {b['content_text'][-40:]}»")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ann", type=Path, default=ANN)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--no-system", action="store_true", help="skip Marsad on the same articles")
    ap.add_argument("--bootstrap", type=int, default=2000, help="resamples (0: no intervals)")
    ap.add_argument("--show", action="store_true", help="list the differences article by article")
    a = ap.parse_args(argv)
    pairs = second_records(a.ann.read_text(encoding="utf-8"), a.gold)
    rows = [("second annotator vs gold", tallies_second(pairs))]
    if not a.no_system:
        rows.append(("Marsad vs gold", tallies_system([g for g, _ in pairs])))
    for label, per in rows:
        f = quotes.report(total(per), label)
        print(f"F1 {f:.2f}")
        if a.bootstrap:
            for nm, (lo, hi) in bootstrap(per, a.bootstrap).items():
                print(f"  95% article-bootstrap interval ({a.bootstrap} resamples), {nm} F1: [{lo:.2f}, {hi:.2f}]")
        print()
    if a.show:
        show(pairs)


if __name__ == "__main__":
    main()
