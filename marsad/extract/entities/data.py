"""CoNLL-style NER data: reading ANERcorp/Wojood files, aligning them to marsad tokens, scoring.

Scoring is seqeval-style: an entity counts only if its exact token span and its type both match.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ...arabic.tokens import tokenize

TYPE_MAP = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
# Wojood's finer types mapped onto ANERcorp's: a GPE (country, city) and a facility (airport, base,
# building) are places for us; nationalities, occupations, dates and the rest are not entities here.
WOJOOD_MAP = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


@dataclass
class Sent:
    words: list[str]
    tags: list[str]  # BIO over our types (outermost level)
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # gold entity spans


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans [a, b) from BIO tags; an I- that does not continue its type starts an entity."""
    out = []
    cur = None  # (start, type) of the entity being read
    last = -2  # the last tag that is not O
    for i in [i for i, t in enumerate(tags) if t != "O"]:  # (most tags are O)
        t = tags[i]
        if cur is not None and i != last + 1:  # an O after ``last`` ended it
            out.append((cur[0], last + 1, cur[1]))
            cur = None
        if t.startswith("B-") or (t.startswith("I-") and (cur is None or cur[1] != t[2:])):
            if cur is not None:
                out.append((cur[0], i, cur[1]))
            cur = (i, t[2:])
        last = i
    if cur is not None:
        out.append((cur[0], last + 1, cur[1]))
    return out


def spans_to_bio(n: int, spans: list[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * n
    for a, b, typ in spans:
        tags[a] = "B-" + typ
        for k in range(a + 1, b):
            tags[k] = "I-" + typ
    return tags


def read_conll(path: str, wojood: bool = False) -> list[Sent]:
    """Sentences of a `token TAG [TAG...]` file; blank lines and Wojood's `$#$` end a sentence.

    Extra tag columns (Wojood's nested entities) are read too; after mapping types, the outermost
    mapped entity wins, so an occupation phrase holding an organisation yields the organisation.
    """
    tmap = WOJOOD_MAP if wojood else TYPE_MAP
    out: list[Sent] = []
    words: list[str] = []
    cols: list[list[str]] = []

    def flush():
        nonlocal words, cols
        if words:
            ncol = max(len(c) for c in cols)
            spans = []
            for k in range(ncol):
                level = [c[k] if k < len(c) else "O" for c in cols]
                for a, b, typ in bio_spans(level):
                    if typ in tmap:
                        spans.append((a, b, tmap[typ]))
            spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
            kept = []
            for s in spans:
                if not any(k[0] <= s[0] and s[1] <= k[1] for k in kept):
                    kept.append(s)
            kept.sort()
            out.append(Sent(words, spans_to_bio(len(words), kept), kept))
        words, cols = [], []

    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts or parts[0] == "$#$":
                flush()
                continue
            words.append(parts[0])
            cols.append(parts[1:] or ["O"])
    flush()
    return out


def subtokenize(words: list[str]) -> tuple[list[str], list[int]]:
    """Split file tokens the way marsad's tokenizer would ("(د" -> "(", "د"); returns the
    sub-tokens and, for each, the index of the file token it came from."""
    sub, owner = [], []
    for i, w in enumerate(words):
        toks = [t.text for t in tokenize(w)] or [w]
        sub += toks
        owner += [i] * len(toks)
    return sub, owner


def project_tags(tags: list[str], owner: list[int]) -> list[str]:
    """File-token BIO tags onto sub-tokens: later pieces of a B- token continue it as I-."""
    out = []
    prev = -1
    for o in owner:
        t = tags[o]
        if o == prev and t != "O":
            t = "I-" + t[2:]
        out.append(t)
        prev = o
    return out


def collapse_tags(sub_tags: list[str], owner: list[int], n: int) -> list[str]:
    """Sub-token predictions back onto file tokens: the first piece decides, unless it is O and a
    later piece starts an entity."""
    out = ["O"] * n
    seen = set()
    for t, o in zip(sub_tags, owner):
        if o not in seen:
            seen.add(o)
            out[o] = t
        elif out[o] == "O" and t != "O":
            out[o] = "B-" + t[2:]
    return out


def score(gold: list[list[tuple]], pred: list[list[tuple]], types=None) -> dict:
    """Micro P/R/F1 overall and per type from per-sentence span lists."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        gs, ps = set(g), set(p)
        for s in ps:
            (tp if s in gs else fp)[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1
    types = types or sorted(set(tp) | set(fp) | set(fn))

    def prf(a, b, c):
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0), a + c

    res = {t: prf(tp[t], fp[t], fn[t]) for t in types}
    res["ALL"] = prf(sum(tp[t] for t in types), sum(fp[t] for t in types), sum(fn[t] for t in types))
    return res


def score_document_runs(sents, items, tags, tagger=None, window: int = 0) -> dict:
    """Entity F1 of sub-token tags against ANERcorp sentences, as annotate() would tag them: with
    window > 0 the tagger's document propagation runs over consecutive runs of that many sentences
    (ANERcorp keeps no article boundaries; 20 sentences is about one article). items are the
    (sub-tokens, tags, owner map) triples of the sentences."""
    words = [sub for sub, _, _ in items]
    if window:
        tags = [t for g in range(0, len(words), window) for t in tagger.propagate(words[g:g + window], tags[g:g + window])]
    gold, pred = [], []
    for s, (sub, _, owner), t in zip(sents, items, tags):
        gold.append(s.spans)
        pred.append(bio_spans(collapse_tags(t, owner, len(s.words))))
    return score(gold, pred, ["PER", "ORG", "LOC", "MISC"])
