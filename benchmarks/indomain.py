"""In-domain benchmark: Marsad's default pipeline against the hand-annotated gold of 2015–2025 conflict news.

    python benchmarks/indomain.py [--gold PATH] [--split dev|test|all|train]
                                  [--kind entities|quotes|times|quantities|events] [--show]

In: ``benchmarks/data/indomain/gold.jsonl`` (or ``--gold``), one article per line in the format of
``benchmarks/data/indomain/GUIDELINES.md`` / ``build.py``: ``{id, url, outlet, published, split, text,
entities, quotes, times, quantities, events}``, every span ``[start, end)`` into ``text``. ``--split``
picks the articles (default ``dev``; ``test`` is read once, at the end of an issue). ``--split train`` scores the
entities of ``train.jsonl``, the in-domain training split (98 other articles, entities only): no rule was
chosen on it, so until a learned model trains on it, it is a second, larger check of how the entity rules
generalise.

Run: every gold text goes through the default pipeline (``marsad.pipeline.run``: text layer plus all
components in their default configuration) on a ``marsad.document.Document`` built from the text
**unchanged**, with ``published`` = the article's date (the anchor of relative times; when it is null
Marsad estimates one, as for any undated article) and the article's ``outlet`` and ``url``. Ingest
cleaning (boilerplate, whitespace, HTML) is never applied, so every predicted offset is an offset into
the gold text; the script checks that ``doc.text`` is still the gold text after the run. (``marsad.analyze``
on a string also skips ingest, but a one-line string that names an existing file is read as that file,
so the script calls ``pipeline.run`` directly.) Components load once, on a warm-up text, outside the
timing; ``articles/s`` is the analysis time alone (the first articles still page in parts of the e5
weights the events classifier reads, so on a handful of short articles the rate is noisy).

Out: P/R/F1 rows in the format of ``_prf.PRF.line``, accuracies as ``correct/n``, per kind
(``--kind`` restricts what is printed; every kind is always scored), then exactly one last line
``indomain entities F1 X quotes F1 X times X quantities X events X``.

Matching. "Exact" compares sets of spans. "Overlap" pairs gold and predicted items one to one: a
maximum matching over the pairs that satisfy the criterion (character overlap > 0 plus whatever the row
adds), each gold item trying its candidates largest overlap first; tp = pairs, fp = unpaired predictions,
fn = unpaired gold items. Accuracies are over the pairs of the row they name. Strings are compared after
``words()``: ``marsad.arabic.normalize`` (letter variants, diacritics, digits), punctuation dropped, the
article stripped from each word, alone or after a proclitic (ال، وال، بال، لل …; a bare و ب ل ف ك is kept:
spans leave proclitics out, and stripping them would cut وزارة or بغداد).

  entities    exact span+type P/R/F1 (headline), per type, exact span whatever the type; distinct names:
              per article the set of (words(name), type), P/R/F1 over those sets.
  quotes      gold/predicted content spans (Marsad: ``content_start``/``content_end``). content overlap;
              speaker exact = content overlap AND (same speaker offsets, or equal words(speaker));
              speaker overlap = content overlap AND (speaker spans overlap, or one speaker's words are a
              contiguous run of the other's) (headline). A gold quote with speaker null pairs only with a
              prediction with no speaker (no string and no span) under both speaker rows.
  times       exact span (headline); overlap; value accuracy over the overlap pairs (ISO strings equal).
              A predicted bare reference word (value null, ``ref`` set: حاليا, الآن) is not scored: the
              gold does not annotate vague references.
  quantities  overlap; overlap AND value equal (headline; |a-b| <= 1e-6 * max(1, |b|)); value, unit and
              counted accuracy over the overlap pairs. Counted nouns agree when both are null, or they
              have as many words and each pair of words shares a form among: the normalised word, the word
              without a final alef of tamyiz (هجوما → هجوم), and the Snowball stems of both
              (``marsad.arabic.stem.term``: عسكريا/عسكري, جنديين/جندي).
  events      predictions: Marsad events not negated and not hypothetical (``future`` ones are kept: the
              gold counts announced plans; the row "happened only" also drops them, as
              ``benchmarks/events.py``'s ``happened`` does). A Marsad event's span is its sentence and
              its trigger a string: the trigger's offsets are its occurrence in that sentence (the k-th
              event with the same trigger in a sentence takes the k-th occurrence; an event with no
              trigger text, which only the non-default classifier mode adds, has no span and can only be
              an extra). type+trigger = same type AND trigger spans overlap (headline); trigger only =
              trigger spans overlap whatever the type.
              Over the type+trigger pairs, source and target: token F1 of words(pred) vs words(gold)
              (multiset), averaged over the pairs, where null/null scores 1 and null/non-null 0; the
              counts of each case are printed.

``--show`` (dev only: nobody reads the test articles' output) prints per article the misses (``-``) and
extras (``+``) of each headline criterion, and ``~`` for pairs with a wrong type, speaker, value, counted
noun or role.

The scoring functions (``score_*``, ``show_*``) are pure: they take gold and predicted article dicts in the
gold format (``prediction(doc)`` converts a Marsad ``Document``) and never run Marsad.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Callable, Iterable, NamedTuple, Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from _prf import PRF, prf  # noqa: E402

from marsad.arabic.normalize import normalize  # noqa: E402

GOLD = HERE / "data" / "indomain" / "gold.jsonl"
TRAIN = HERE / "data" / "indomain" / "train.jsonl"  # the training split (entities)
KINDS = ("entities", "quotes", "times", "quantities", "events")
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
_WORD = re.compile(r"\w+")


# ---- comparison helpers --------------------------------------------------------------------------------

# the article, alone or after a proclitic; a bare proclitic letter is not stripped (gold and Marsad spans
# leave proclitics out, and stripping و / ب / ل / ف / ك would cut وزارة, بغداد, لبنان, فلسطين, كركوك)
_ARTICLE = re.compile(r"^(?:[وف]?(?:[بك]?ال|لل))(?=..)")


def words(s: Optional[str]) -> list[str]:
    """Normalised words of a string (marsad.arabic.normalize), the article stripped, punctuation dropped."""
    if not s:
        return []
    return [_ARTICLE.sub("", w) for w in _WORD.findall(normalize(s))]


def overlap(a_start, a_end, b_start, b_end) -> int:
    """Characters shared by two spans; 0 when either is missing."""
    if None in (a_start, a_end, b_start, b_end):
        return 0
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _contains(a: list[str], b: list[str]) -> bool:
    """b is a contiguous run of words of a."""
    return bool(b) and any(a[i:i + len(b)] == b for i in range(len(a) - len(b) + 1))


def token_f1(pred: Optional[str], gold: Optional[str]) -> float:
    """Multiset token F1 of words(pred) vs words(gold); null/null is 1.0, null/non-null 0.0."""
    p, g = words(pred), words(gold)
    if not p and not g:
        return 1.0
    if not p or not g:
        return 0.0
    common = sum(min(p.count(w), g.count(w)) for w in set(p))
    if not common:
        return 0.0
    pr, rc = common / len(p), common / len(g)
    return 2 * pr * rc / (pr + rc)


def same_value(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


_TAMYIZ = re.compile(r"(?<=..)ا$")


def _forms(w: str) -> set[str]:
    from marsad.arabic.stem import term

    out = {w, _TAMYIZ.sub("", w)}
    return out | {term(x) for x in out}


def same_counted(a: Optional[str], b: Optional[str]) -> bool:
    """Counted nouns agree: both null, or word by word a shared normalised / de-tamyiz / stemmed form."""
    wa, wb = [normalize(w) for w in _WORD.findall(a or "")], [normalize(w) for w in _WORD.findall(b or "")]
    if not wa or not wb:
        return not wa and not wb
    return len(wa) == len(wb) and all(_forms(x) & _forms(y) for x, y in zip(wa, wb))


def match(gold: list, pred: list, ok: Callable[[dict, dict], bool],
          weight: Callable[[dict, dict], float]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index) among those where ok(g, p): a maximum matching
    (augmenting paths), each gold item trying its candidates by decreasing weight, gold in text order."""
    cand = {gi: [pi for _, pi in sorted((-weight(g, p), pi) for pi, p in enumerate(pred) if ok(g, p))]
            for gi, g in enumerate(gold)}
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set) -> bool:
        for pi in cand[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in sorted(range(len(gold)), key=lambda i: (gold[i].get("start") or 0, i)):
        augment(gi, set())
    return sorted((gi, pi) for pi, gi in owner.items())


def _span_ov(g: dict, p: dict) -> int:
    return overlap(g.get("start"), g.get("end"), p.get("start"), p.get("end"))


class Acc(NamedTuple):
    """A mean over n items (an accuracy, or a mean score such as token F1)."""
    total: float
    n: int

    @property
    def value(self) -> float:
        return self.total / self.n if self.n else 0.0

    def line(self, name: str, width: int = 15) -> str:
        return f"{name:{width}} {self.value:.3f}   ({round(self.total, 3):g}/{self.n})"


class _Tally:
    """Sums over articles: PRF rows (tp, fp, fn), means (total, n) and plain counts, by name."""

    def __init__(self):
        self.rows: dict[str, list[int]] = {}
        self.means: dict[str, list[float]] = {}
        self.counts: dict[str, int] = {}

    def add(self, name: str, tp: int, fp: int, fn: int) -> None:
        r = self.rows.setdefault(name, [0, 0, 0])
        r[0] += tp
        r[1] += fp
        r[2] += fn

    def add_pairs(self, name: str, pairs: list, n_gold: int, n_pred: int) -> None:
        self.add(name, len(pairs), n_pred - len(pairs), n_gold - len(pairs))

    def mean(self, name: str, total: float, n: int) -> None:
        m = self.means.setdefault(name, [0, 0])
        m[0] += total
        m[1] += n

    def count(self, name: str, n: int = 1) -> None:
        self.counts[name] = self.counts.get(name, 0) + n

    def result(self) -> dict:
        out: dict = {k: prf(*v) for k, v in self.rows.items()}
        out.update({k: Acc(v[0], int(v[1])) for k, v in self.means.items()})
        out.update(self.counts)
        return out


Articles = Iterable[tuple[dict, dict]]  # (gold article, predicted article), both in the gold format


# ---- entities --------------------------------------------------------------------------------------------

def _ents(items: list[dict], typed: bool = True) -> set:
    return {(e["start"], e["end"], e["type"] if typed else None) for e in items}


def _names(items: list[dict]) -> set:
    return {(" ".join(words(e["text"])), e["type"]) for e in items}


def score_entities(articles: Articles) -> dict:
    t = _Tally()
    for g, p in articles:
        ge, pe = g.get("entities", []), p.get("entities", [])
        for name, typed in (("exact", True), ("span only", False)):
            gs, ps = _ents(ge, typed), _ents(pe, typed)
            t.add(name, len(gs & ps), len(ps - gs), len(gs - ps))
        for typ in ENTITY_TYPES:
            gs = _ents([e for e in ge if e["type"] == typ])
            ps = _ents([e for e in pe if e["type"] == typ])
            t.add(typ, len(gs & ps), len(ps - gs), len(gs - ps))
        gn, pn = _names(ge), _names(pe)
        t.add("distinct names", len(gn & pn), len(pn - gn), len(gn - pn))
    return t.result()


def show_entities(g: dict, p: dict) -> list[str]:
    gs, ps = _ents(g.get("entities", [])), _ents(p.get("entities", []))
    ptype = {(s, e): typ for s, e, typ in ps}
    gtype = {(s, e): typ for s, e, typ in gs}
    text = g["text"]
    out = []
    for s, e, typ in sorted(gs - ps):
        if (s, e) in ptype:
            out.append(f"  ~ {typ} {text[s:e]!r} @{s} predicted {ptype[(s, e)]}")
        else:
            out.append(f"  - {typ} {text[s:e]!r} @{s}")
    for s, e, typ in sorted(ps - gs):
        if (s, e) not in gtype:
            out.append(f"  + {typ} {text[s:e]!r} @{s}")
    return out


# ---- quotes ----------------------------------------------------------------------------------------------

def _has_speaker(q: dict) -> bool:
    return bool(q.get("speaker")) or q.get("speaker_start") is not None


def speaker_exact(g: dict, p: dict) -> bool:
    if not _has_speaker(g):
        return not _has_speaker(p)
    if not _has_speaker(p):
        return False
    if g.get("speaker_start") is not None and (g["speaker_start"], g["speaker_end"]) == (
            p.get("speaker_start"), p.get("speaker_end")):
        return True
    gw, pw = words(g.get("speaker")), words(p.get("speaker"))
    return bool(gw) and gw == pw


def speaker_overlap(g: dict, p: dict) -> bool:
    if speaker_exact(g, p):
        return True
    if not (_has_speaker(g) and _has_speaker(p)):
        return False
    if overlap(g.get("speaker_start"), g.get("speaker_end"), p.get("speaker_start"), p.get("speaker_end")):
        return True
    gw, pw = words(g.get("speaker")), words(p.get("speaker"))
    return _contains(gw, pw) or _contains(pw, gw)


_QUOTE_ROWS = {
    "content overlap": lambda g, p: _span_ov(g, p) > 0,
    "speaker exact": lambda g, p: _span_ov(g, p) > 0 and speaker_exact(g, p),
    "speaker overlap": lambda g, p: _span_ov(g, p) > 0 and speaker_overlap(g, p),
}


def score_quotes(articles: Articles) -> dict:
    t = _Tally()
    for g, p in articles:
        gq, pq = g.get("quotes", []), p.get("quotes", [])
        for name, ok in _QUOTE_ROWS.items():
            t.add_pairs(name, match(gq, pq, ok, _span_ov), len(gq), len(pq))
    return t.result()


def show_quotes(g: dict, p: dict) -> list[str]:
    gq, pq = g.get("quotes", []), p.get("quotes", [])
    pairs = match(gq, pq, _QUOTE_ROWS["speaker overlap"], _span_ov)
    gi_ok, pi_ok = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    # what is left, paired by content alone: right content, wrong speaker
    rest_g = [i for i in range(len(gq)) if i not in gi_ok]
    rest_p = [i for i in range(len(pq)) if i not in pi_ok]
    wrong = [(rest_g[a], rest_p[b]) for a, b in match([gq[i] for i in rest_g], [pq[i] for i in rest_p],
                                                      _QUOTE_ROWS["content overlap"], _span_ov)]
    fmt = lambda q: f"[{q.get('speaker')}] {q.get('cue')} | {q['content'][:70]!r} @{q['start']}"  # noqa: E731
    out = [f"  ~ speaker gold {gq[gi].get('speaker')!r} predicted {pq[pi].get('speaker')!r} | "
           f"{gq[gi]['content'][:60]!r} @{gq[gi]['start']}" for gi, pi in wrong]
    gi_ok |= {gi for gi, _ in wrong}
    pi_ok |= {pi for _, pi in wrong}
    out += [f"  - {fmt(q)}" for i, q in enumerate(gq) if i not in gi_ok]
    out += [f"  + {fmt(q)}" for i, q in enumerate(pq) if i not in pi_ok]
    return out


# ---- times -----------------------------------------------------------------------------------------------

def score_times(articles: Articles) -> dict:
    t = _Tally()
    for g, p in articles:
        gt, pt = g.get("times", []), p.get("times", [])
        gs, ps = {(x["start"], x["end"]) for x in gt}, {(x["start"], x["end"]) for x in pt}
        t.add("exact", len(gs & ps), len(ps - gs), len(gs - ps))
        pairs = match(gt, pt, lambda a, b: _span_ov(a, b) > 0, _span_ov)
        t.add_pairs("overlap", pairs, len(gt), len(pt))
        t.mean("value", sum(gt[gi].get("value") == pt[pi].get("value") for gi, pi in pairs), len(pairs))
    return t.result()


def show_times(g: dict, p: dict) -> list[str]:
    gt, pt = g.get("times", []), p.get("times", [])
    pairs = match(gt, pt, lambda a, b: _span_ov(a, b) > 0, _span_ov)
    out = []
    for gi, pi in pairs:
        a, b = gt[gi], pt[pi]
        if (a["start"], a["end"]) != (b["start"], b["end"]) or a.get("value") != b.get("value"):
            out.append(f"  ~ {a['text']!r} {a.get('value')} predicted {b['text']!r} {b.get('value')} @{a['start']}")
    gi_ok, pi_ok = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    out += [f"  - {x['text']!r} {x.get('value')} @{x['start']}" for i, x in enumerate(gt) if i not in gi_ok]
    out += [f"  + {x['text']!r} {x.get('value')} @{x['start']}" for i, x in enumerate(pt) if i not in pi_ok]
    return out


# ---- quantities ------------------------------------------------------------------------------------------

def _q_ov(a: dict, b: dict) -> bool:
    return _span_ov(a, b) > 0


def _q_ov_value(a: dict, b: dict) -> bool:
    return _span_ov(a, b) > 0 and same_value(b.get("value"), a.get("value"))


def score_quantities(articles: Articles) -> dict:
    t = _Tally()
    for g, p in articles:
        gq, pq = g.get("quantities", []), p.get("quantities", [])
        pairs = match(gq, pq, _q_ov, _span_ov)
        t.add_pairs("overlap", pairs, len(gq), len(pq))
        t.add_pairs("overlap+value", match(gq, pq, _q_ov_value, _span_ov), len(gq), len(pq))
        t.mean("value", sum(same_value(pq[pi].get("value"), gq[gi].get("value")) for gi, pi in pairs), len(pairs))
        t.mean("unit", sum(gq[gi].get("unit") == pq[pi].get("unit") for gi, pi in pairs), len(pairs))
        t.mean("counted", sum(same_counted(gq[gi].get("counted"), pq[pi].get("counted")) for gi, pi in pairs),
              len(pairs))
    return t.result()


def show_quantities(g: dict, p: dict) -> list[str]:
    gq, pq = g.get("quantities", []), p.get("quantities", [])
    pairs = match(gq, pq, _q_ov, _span_ov)
    out = []
    fmt = lambda x: f"{x['text']!r} {x.get('value')} {x.get('unit') or ''} [{x.get('counted')}]"  # noqa: E731
    for gi, pi in pairs:
        a, b = gq[gi], pq[pi]
        if not (same_value(b.get("value"), a.get("value")) and a.get("unit") == b.get("unit")
                and same_counted(a.get("counted"), b.get("counted"))):
            out.append(f"  ~ {fmt(a)} predicted {fmt(b)} @{a['start']}")
    gi_ok, pi_ok = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    out += [f"  - {fmt(x)} @{x['start']}" for i, x in enumerate(gq) if i not in gi_ok]
    out += [f"  + {fmt(x)} @{x['start']}" for i, x in enumerate(pq) if i not in pi_ok]
    return out


# ---- events ----------------------------------------------------------------------------------------------

def reported(ev: dict) -> bool:
    """Counted as a prediction: not negated, not hypothetical (future = planned, kept)."""
    return not (ev.get("negated") or ev.get("hypothetical"))


def happened(ev: dict) -> bool:
    """benchmarks/events.py's definition: also not future."""
    return reported(ev) and not ev.get("future")


_ROLE_CASES = ("both", "null/null", "gold null", "pred null")


def _ev_ok(g: dict, p: dict) -> bool:
    return g["type"] == p["type"] and _span_ov(g, p) > 0


def score_events(articles: Articles) -> dict:
    t = _Tally()
    for g, p in articles:
        ge = g.get("events", [])
        pe = [e for e in p.get("events", []) if reported(e)]
        pairs = match(ge, pe, _ev_ok, _span_ov)
        t.add_pairs("type+trigger", pairs, len(ge), len(pe))
        t.add_pairs("trigger only", match(ge, pe, lambda a, b: _span_ov(a, b) > 0, _span_ov), len(ge), len(pe))
        ph = [e for e in pe if happened(e)]
        t.add_pairs("happened only", match(ge, ph, _ev_ok, _span_ov), len(ge), len(ph))
        for role in ("source", "target"):
            t.mean(role, sum(token_f1(pe[pi].get(role), ge[gi].get(role)) for gi, pi in pairs), len(pairs))
            for c in _ROLE_CASES:
                t.count(f"{role} {c}", 0)
            for gi, pi in pairs:
                gn, pn = not words(ge[gi].get(role)), not words(pe[pi].get(role))
                t.count(f"{role} " + ("null/null" if gn and pn else "gold null" if gn else "pred null" if pn
                                      else "both"))
    return t.result()


def show_events(g: dict, p: dict) -> list[str]:
    ge = g.get("events", [])
    pe = [e for e in p.get("events", []) if reported(e)]
    pairs = match(ge, pe, _ev_ok, _span_ov)
    out = []
    for gi, pi in pairs:
        a, b = ge[gi], pe[pi]
        bad = [f"{r} gold {a.get(r)!r} predicted {b.get(r)!r}" for r in ("source", "target")
               if token_f1(b.get(r), a.get(r)) < 1]
        if bad:
            out.append(f"  ~ {a['type']} {a['trigger']!r} @{a['start']}: " + "; ".join(bad))
    gi_ok, pi_ok = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    out += [f"  - {x['type']} {x['trigger']!r} @{x['start']} ({x.get('source')} → {x.get('target')})"
            for i, x in enumerate(ge) if i not in gi_ok]
    out += [f"  + {x['type']} {x['trigger']!r} @{x['start']} ({x.get('source')} → {x.get('target')})"
            + (" future" if x.get("future") else "") for i, x in enumerate(pe) if i not in pi_ok]
    return out


SCORERS = {"entities": score_entities, "quotes": score_quotes, "times": score_times,
           "quantities": score_quantities, "events": score_events}
SHOW = {"entities": show_entities, "quotes": show_quotes, "times": show_times,
        "quantities": show_quantities, "events": show_events}


def score(articles: list[tuple[dict, dict]]) -> dict[str, dict]:
    """Every kind's results: {kind: {row name: PRF, Acc or a count}}."""
    articles = list(articles)
    # an article of the training split says which kinds it was annotated for ("kinds"); gold.jsonl's hold all
    return {k: SCORERS[k]([(g, p) for g, p in articles if k in g.get("kinds", KINDS)]) for k in KINDS}


def headline(results: dict[str, dict]) -> str:
    return (f"indomain entities F1 {results['entities']['exact'].f1:.3f} "
            f"quotes F1 {results['quotes']['speaker overlap'].f1:.3f} "
            f"times {results['times']['exact'].f1:.3f} "
            f"quantities {results['quantities']['overlap+value'].f1:.3f} "
            f"events {results['events']['type+trigger'].f1:.3f}")


def report(results: dict[str, dict], kinds: Iterable[str]) -> list[str]:
    out = []
    for k in kinds:
        out.append(f"{k}:")
        for name, r in results[k].items():
            if isinstance(r, (PRF, Acc)):
                out.append("  " + r.line(name))
        if k == "events":
            for role in ("source", "target"):
                out.append(f"  {role} token F1 over {results[k][role].n} type+trigger pairs: "
                           + ", ".join(f"{c} {results[k][f'{role} {c}']}" for c in _ROLE_CASES)
                           + " (null/null scores 1, one null 0)")
    return out


# ---- running Marsad --------------------------------------------------------------------------------------

def _occurrences(text: str, s: str, lo: int, hi: int) -> list[int]:
    out, i = [], text.find(s, lo, hi) if s else -1
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1, hi)
    return out


def prediction(doc) -> dict:
    """A Marsad Document's facts in the gold format (offsets into doc.text)."""
    text = doc.text
    out: dict = {"entities": [{"text": e.text, "type": e.type, "start": e.start, "end": e.end} for e in doc.entities],
                 # a bare reference word (حاليا, مؤخرا, الآن: value null, ref PRESENT/PAST/FUTURE) is not
                 # annotated in the gold (GUIDELINES: vague references are not times), so it is not scored
                 "times": [{"text": t.text, "value": t.value, "start": t.start, "end": t.end} for t in doc.times
                           if t.value is not None or not getattr(t, "ref", None)],
                 "quantities": [{"text": q.text, "value": q.value, "unit": q.unit, "counted": q.counted,
                                 "start": q.start, "end": q.end} for q in doc.quantities]}
    out["quotes"] = [{
        "speaker": q.speaker, "speaker_start": q.speaker_start, "speaker_end": q.speaker_end, "cue": q.cue,
        "cue_start": q.cue_start, "cue_end": q.cue_end, "content": q.content,
        "start": q.content_start if q.content_start is not None else q.start,
        "end": q.content_end if q.content_end is not None else q.end,
        "via": list(q.via or []), "anonymous": q.anonymous} for q in doc.quotes]
    events, seen = [], {}
    for e in doc.events:
        occ = _occurrences(text, e.trigger, e.start, e.end)
        k = seen.get((e.start, e.trigger), 0)
        seen[(e.start, e.trigger)] = k + 1
        st = occ[min(k, len(occ) - 1)] if occ else None
        events.append({"type": e.type, "trigger": e.trigger, "start": st,
                       "end": st + len(e.trigger) if st is not None else None,
                       "source": e.source, "target": e.target, "place": e.place, "time": e.time,
                       "negated": e.negated, "future": e.future, "hypothetical": e.hypothetical,
                       "sentence_start": e.start, "sentence_end": e.end})
    out["events"] = events
    return out


def analyse(articles: list[dict]) -> tuple[list[dict], float, float]:
    """Run the default pipeline on each gold text: (predictions, seconds of analysis, seconds of warm-up)."""
    from marsad.document import Document
    from marsad.pipeline import run

    t0 = time.perf_counter()
    run(Document(text="قال مسؤول عراقي أمس إن طائرة مسيرة استهدفت قاعدة عين الأسد في الأنبار.",
                 published="2024-01-01"))
    warm = time.perf_counter() - t0
    preds, spent = [], 0.0
    for a in articles:
        doc = Document(text=a["text"], published=a.get("published"), outlet=a.get("outlet"), url=a.get("url"))
        t0 = time.perf_counter()
        run(doc)
        spent += time.perf_counter() - t0
        if doc.text != a["text"]:
            raise RuntimeError(f"{a.get('id')}: the pipeline changed the text; offsets would not compare")
        preds.append(prediction(doc))
    return preds, spent, warm


def read_gold(path: Path, split: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [r for r in rows if split == "all" or r.get("split") == split]


def main(argv: Optional[list[str]] = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=None, help="default: gold.jsonl, or train.jsonl for --split train")
    ap.add_argument("--split", choices=("dev", "test", "all", "train"), default="dev",
                    help="train: the training split (98 articles outside dev/test; each lists the kinds it holds, "
                         "and only those are scored)")
    ap.add_argument("--kind", choices=KINDS, help="print this kind only (all are scored)")
    ap.add_argument("--show", action="store_true", help="misses and extras per article (dev only)")
    a = ap.parse_args(argv)
    if a.gold is None:
        a.gold = TRAIN if a.split == "train" else GOLD
    if a.show and a.split not in ("dev", "train"):
        ap.error("--show is for dev error analysis: nobody reads the test articles' output (GUIDELINES.md)")
    if not a.gold.exists():
        ap.error(f"no gold at {a.gold} (see benchmarks/data/indomain/GUIDELINES.md)")
    gold = read_gold(a.gold, a.split)
    if not gold:
        ap.error(f"no {a.split} articles in {a.gold}")
    preds, spent, warm = analyse(gold)
    pairs = list(zip(gold, preds))
    results = score(pairs)
    # (the kinds its articles hold: the training split's are annotated for some kinds only)
    kinds = [a.kind] if a.kind else [k for k in KINDS if any(k in g.get("kinds", KINDS) for g in gold)]
    if a.show:
        for g, p in pairs:
            lines = []
            for k in kinds:
                ls = SHOW[k](g, p)
                if ls:
                    lines += [f" {k}:"] + ls
            if lines:
                print(f"== {g.get('id')} ({g.get('outlet')}, {g.get('published')})")
                print("\n".join(lines))
    n_chars = sum(len(g["text"]) for g in gold)
    print(f"[{a.split}] {len(gold)} articles ({n_chars} characters) from {a.gold}")
    for line in report(results, kinds):
        print(line)
    print(f"speed: {len(gold) / spent if spent else 0.0:.2f} articles/s "
          f"({spent:.1f} s of analysis; warm-up load {warm:.1f} s not counted)")
    if a.split == "train":
        n = {k: sum(k in g.get("kinds", KINDS) for g in gold) for k in ("quotes", "events")}

        def f1(kind: str, row: str) -> str:
            return f"{results[kind][row].f1:.3f}" if n.get(kind, 1) and row in results[kind] else "n/a"
        print(f"indomain[train] entities F1 {f1('entities', 'exact')} "
              f"quotes F1 {f1('quotes', 'speaker overlap')} ({n['quotes']} articles) "
              f"events {f1('events', 'type+trigger')} ({n['events']} articles)")
    else:
        print(headline(results))
    return {"results": results, "predictions": preds}


if __name__ == "__main__":
    main()
