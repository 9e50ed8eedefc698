#!/usr/bin/env python
"""Entity-level (seqeval-style, exact span and type) P/R/F1 of Marsad's NER on a CoNLL file.

    python benchmarks/ner.py --conll ../shared/data/ner/anercorp_train.txt
    python benchmarks/ner.py --conll ../shared/data/ner/wojood_sample_val.txt --wojood [--accurate --alone]

ANERcorp format: `token TAG` per line, blank line between sentences (PERS is scored as PER).
With --accurate the accurate-mode tagger is scored instead of the CRF: the CRF marginals + frozen
e5 states heads (entities/context.py; --encoder numpy|onnx|FILE picks how e5 runs, --run N how many
sub-words of sentences it reads together), whose warm pass is timed on the first --warm (200)
sentences only, or with --onnx (or MARSAD_NER_MODEL=onnx) the fine-tuned e5 run by
onnxruntime (entities/onnx_ner.py, one intra-op thread unless MARSAD_NER_THREADS says otherwise). The context heads read each sentence with its neighbours in the file as
context (ANERcorp's are in article order); Wojood's samples are unrelated sentences, so score them
with --alone (val 0.488 against 0.475 without).
--dev scores the last 1/6 of the file only (scripts/train_ner.py's split: ANERcorp train's dev part,
the figure the training scripts report; the committed ONNX model was trained on the first 5/6):

    python benchmarks/ner.py --conll ../shared/data/ner/anercorp_train.txt --dev --accurate --onnx --propagate 20
With --wojood: `$#$` ends a sentence, extra tag columns are nested entities; PERS->PER, ORG->ORG,
GPE/LOC/FAC->LOC, the outermost mapped entity is gold, every other type is not an entity, and
MISC (which Wojood does not have) is left out of the score on both sides.
The last line printed is `F1 0.xxxx`.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from marsad.extract.entities import data as ner_data  # noqa: E402


def news_speed(n: int, data: Path) -> None:
    """Throughput of the `entities` component on real articles, starting from empty caches."""
    import gzip
    import json

    from marsad.document import Document
    from marsad.extract import entities
    from marsad.extract.entities import tagger
    from marsad.pipeline import annotate_text_layer

    tagger._tagger = None
    tagger.get_tagger()
    docs = []
    with gzip.open(data / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            doc = Document(text=json.loads(line).get("content") or "")
            annotate_text_layer(doc)
            docs.append(doc)
            if len(docs) >= n:
                break
    ntok = sum(len(d.tokens) for d in docs)
    t0 = time.process_time()
    for d in docs:
        entities.annotate(d)
    dt = time.process_time() - t0
    ents = sum(len(d.entities) for d in docs)
    print(f"news: {len(docs)} SaudiNewsNet articles, {ntok} tokens, {ents} entities: "
          f"{ntok / dt:,.0f} tokens/s through annotate() from a cold start (one core)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--conll", required=True)
    ap.add_argument("--wojood", action="store_true")
    ap.add_argument("--model", default=None, help="a .crfsuite file (default: the committed model)")
    ap.add_argument("--accurate", action="store_true", help="score the accurate-mode tagger (e5 + CRF)")
    ap.add_argument("--onnx", action="store_true",
                    help="with --accurate: the fine-tuned e5 in onnxruntime (entities/onnx_ner.py), as "
                         "MARSAD_NER_MODEL=onnx selects it")
    ap.add_argument("--onnx-model", default=None, help="with --onnx: an .onnx file (default: the committed one)")
    ap.add_argument("--dev", action="store_true", help="score the last 1/6 of the file only (the dev split)")
    ap.add_argument("--head", default=None, help="with --accurate: a ner_context .npz (default: the committed one)")
    ap.add_argument("--encoder", default=None,
                    help="with --accurate: the e5 encoder of the context heads, numpy, onnx (the committed graph, "
                         "the default when it is there) or an .onnx file of marsad.models.e5_onnx.build "
                         "(MARSAD_NER_ENCODER says the same)")
    ap.add_argument("--run", type=int, default=None,
                    help="with --accurate: e5 reads consecutive sentences of up to N sub-words together "
                         "(default: MARSAD_NER_RUN, the heads' file, else context.RUN = 128; 0: one sentence a run)")
    ap.add_argument("--warm", type=int, default=200,
                    help="with --accurate (context heads): sentences of the timed warm pass (0: all)")
    ap.add_argument("--vectors", default=None,
                    help="with --accurate: the word-vector table of heads trained with one (default: the committed one)")
    ap.add_argument("--no-post", action="store_true", help="CRF output without post-processing")
    ap.add_argument("--no-ruler", action="store_true",
                    help="without the actor dictionary's names (marsad/actors.py ruler_names), the institution "
                         "shapes (entities/institutions.py) and the span conventions (entities/conventions.py), which "
                         "follow the in-domain guidelines where ANERcorp differs (قطاع غزة, حركة حماس as one name; "
                         "ministries, governments, armies are ORG; مطار بغداد, اتفاق الرياض whole)")
    ap.add_argument("--propagate", type=int, default=0,
                    help="treat each run of N sentences as one document for name propagation "
                         "(ANERcorp files carry no document boundaries)")
    ap.add_argument("--alone", action="store_true",
                    help="tag each sentence as a document of its own, for files of unrelated sentences "
                         "(Wojood's samples): accurate mode otherwise reads the neighbours as context")
    ap.add_argument("--news", type=int, default=0,
                    help="also time the pipeline component on the first N SaudiNewsNet articles")
    ap.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong sentences")
    args = ap.parse_args()

    # speeds are CPU seconds of this process (time.process_time), so they mean "on one core" even
    # when other jobs share the machine; the wall-clock load time is printed too
    if args.accurate:
        try:  # "one core" must hold for numpy's BLAS too
            from threadpoolctl import threadpool_limits

            threadpool_limits(1)
        except ImportError:
            pass
    t0, c0 = time.perf_counter(), time.process_time()
    from marsad.extract.entities.tagger import Tagger

    tagger = Tagger(args.model, ruler=not args.no_ruler)
    import os

    onnx = args.accurate and (args.onnx or os.environ.get("MARSAD_NER_MODEL", "").strip().lower() == "onnx")
    if onnx:
        from marsad.extract.entities.onnx_ner import OnnxTagger

        tagger = OnnxTagger(args.onnx_model, base=tagger)
    elif args.accurate:
        from marsad.extract.entities.context import ContextTagger

        tagger = ContextTagger(args.head, base=tagger, vectors_path=args.vectors, encoder=args.encoder, run=args.run)
        print(f"accurate mode: e5 {getattr(tagger.encoder.model, 'path', None) or 'in numpy'}, "
              f"context {tagger.head.context}, run {tagger.head.run}")
    load, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    sents = ner_data.read_conll(args.conll, wojood=args.wojood)
    if args.dev:
        sys.path.insert(0, str(REPO / "scripts"))
        from train_ner import split

        sents = split(sents, 1 / 6)[1]
    prepared = [ner_data.subtokenize(s.words) for s in sents]
    types = ["PER", "ORG", "LOC"] if args.wojood else ["PER", "ORG", "LOC", "MISC"]

    # first pass: every word type is new, so per-word feature work is paid in full (cold);
    # second pass: the steady state of a long-running worker on news, where most words recur (warm)
    words = [sub for sub, _ in prepared]
    ntok = sum(len(sub) for sub in words)
    t0 = time.process_time()
    if args.alone:
        out = [t for w in words for t in tagger.tag_many([w], post=not args.no_post)]
    else:
        out = tagger.tag_many(words, post=not args.no_post)
    cold = time.process_time() - t0
    warm_words = words[:args.warm] if args.accurate and not onnx and args.warm else words
    t0 = time.process_time()
    tagger.tag_many(warm_words, post=not args.no_post)
    warm = (time.process_time() - t0) * ntok / max(1, sum(len(w) for w in warm_words))
    if args.propagate:
        k = args.propagate
        out = [t for g in range(0, len(words), k) for t in tagger.propagate(words[g:g + k], out[g:g + k])]

    gold, pred = [], []
    shown = 0
    for s, (sub, owner), tags in zip(sents, prepared, out):
        p = [x for x in ner_data.bio_spans(ner_data.collapse_tags(tags, owner, len(s.words))) if x[2] in types]
        g = [x for x in s.spans if x[2] in types]
        gold.append(g)
        pred.append(p)
        if shown < args.errors and set(g) != set(p):
            shown += 1
            fmt = lambda spans: ", ".join(f"{' '.join(s.words[a:b])}/{t}" for a, b, t in spans)  # noqa: E731
            print("--", " ".join(s.words))
            print("   missed:", fmt(sorted(set(g) - set(p))))
            print("   wrong: ", fmt(sorted(set(p) - set(g))))
    res = ner_data.score(gold, pred, types)
    # Marsad's convention (resources/ner/never_alone.txt): a currency, a month name or الله alone is no
    # entity, where ANERcorp tags them MISC (دولار, الله) or ORG (نيسان): the same words are taken out of
    # gold and predictions alike, so this figure measures everything else
    from marsad.arabic.clitics import word_variants
    from marsad.arabic.normalize import normalize
    from marsad.extract.entities.tagger import never_alone

    words_out = never_alone()

    def named(sent, spans):
        return [(a, b, t) for a, b, t in spans if b - a > 1 or not (
            normalize(sent.words[a]) in words_out or
            any(len(v) >= 4 and v in words_out for v in word_variants(normalize(sent.words[a]))[1:]))]

    conv = ner_data.score([named(s, g) for s, g in zip(sents, gold)],
                          [named(s, p) for s, p in zip(sents, pred)], types)
    print(f"{'type':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    for t, (p, r, f, n) in res.items():
        print(f"{t:6} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")
    print(f"marsad convention (never_alone.txt words out of gold and predictions): F1 {conv['ALL'][2]:.4f} "
          f"(MISC {conv['MISC'][2]:.3f})" if "MISC" in conv else f"marsad convention: F1 {conv['ALL'][2]:.4f}")
    print(f"model load {load:.2f} s wall, {load_cpu:.2f} s CPU; {ntok} tokens: cold {ntok / cold:,.0f} tokens/s, "
          f"warm {ntok / warm:,.0f} tokens/s (one core)")
    if args.news:
        news_speed(args.news, Path(args.data))
    print(f"F1 {res['ALL'][2]:.4f}")


if __name__ == "__main__":
    main()
