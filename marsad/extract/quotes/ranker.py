"""A learned second opinion on who speaks a quotation (issue #27).

The rules of ``marsad.extract.quotes`` choose one speaker per quotation. This module lists the other
phrases that could have spoken it — the PER/ORG names of the cue's sentence and the two before it (alone and
with the title words before them) and the speakers of the quotations before it — describes each with a few
general features (where it stands relative to the cue, whether the cue agrees with it in gender, whether it
is a name, a title phrase, the last speaker, …), and scores them with a linear model trained by
``scripts/train_quote_speakers.py`` on the in-domain training split and the own gold set's dev split.

The rule choice is replaced only when another candidate scores higher than it by the model's ``margin``
(chosen by grouped cross-validation), and only by a phrase that passes the extractor's invariant
(``_Extractor.defect``: no verb, cue or pronoun-suffixed noun as speaker). The weights are a small JSON file
(``marsad/resources/models/quote_speakers.json``) read with plain Python; with ``"enabled": false`` in it (unless
``MARSAD_QUOTE_RANKER=1``), or ``MARSAD_QUOTE_RANKER=0`` in the environment, the rules' choice stands.

Result (issue #27, round 11): the ranker does not beat the rules out of sample, so the shipped model is off.
Grouped 5-fold cross-validation over 559 paired quotations (in-domain train split + own gold dev): the rules
are right on 501; a right candidate is among the candidates for 537, but the 36 the rules miss are mostly
speaker-phrase boundaries the two gold sets draw both ways ("حزب الله اللبناني" → "حزب الله", yet "هيئة
شؤون الأسرى" → "… الفلسطينية"; "مصادر … بصلاح الدين" cut, "جهاز مكافحة الإرهاب في إقليم كردستان" kept),
and no margin or penalty fixes one without breaking another (best: 0 changes; margin 0: 501 → 495..500).
"""
from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ...arabic.normalize import normalize
from . import lexicon as lex
from .gender import _gender_of_cue, _gender_of_words

_MARKS = set("«»“”\"„‹›")
MODEL_PATH = Path(__file__).resolve().parents[2] / "resources" / "models" / "quote_speakers.json"

# the feature names, in the order of the model's weights (the training script writes this list into the
# model file, and ``load`` refuses a file whose list differs: a stale model is not silently misread)
FEATURES = (
    "rule",             # the rules' own choice
    "prev_speaker",     # the speaker of an earlier quotation of the article
    "last_speaker",     # … of the quotation right before this one
    "per", "org",       # holds a PER / ORG name (NER)
    "titled",           # title words before the name belong to the phrase
    "same_sent", "sent_back1", "sent_back2",  # sentence distance to the cue
    "after_cue",        # between the cue and the content ("قال X إن")
    "right_after_cue",  # starts at most one token after the cue
    "right_before_cue",  # ends at most one token before the cue ("X قال")
    "sent_initial",     # opens its sentence (after و/ف or a turn word)
    "log_dist",         # log(1 + tokens between phrase and cue)
    "gender_agree", "gender_clash",  # the cue's gender (when it has one) against the phrase's
    "nearest_name",     # the nearest name before the cue
    "in_content",       # inside the content of another quotation
    "after_prep",       # right after a preposition ("لوكالة", "في X"): an object, not a subject
    "before_cue_word",  # right before a cue or a complementiser
    "contains_rule", "inside_rule",  # contains / lies inside the rules' phrase (not equal)
    "n_tokens",         # length in tokens / 5
    "cue_part", "cue_noun", "cue_other",  # the cue is a participle / verbal noun / attribution phrase
    "rule_x_carried",   # the rules' choice, for a cue with no subject in its own sentence
    "variant",          # the rules' phrase with its edges moved (below: by how much, onto what)
    "grow_right", "cut_right", "grow_left", "cut_left",  # tokens added / removed at each edge
    "cuts_entity",      # an edge falls inside a name NER found
    "is_entity",        # exactly a PER/ORG name
    "ends_loc",         # ends with a place name ("… في إقليم كردستان")
    "has_prep",         # holds a preposition after its first word ("مصادر … بصلاح الدين", "من قسد")
    "ends_nisba",       # ends in a relational adjective ("اللبناني", "الأمريكية")
    "open_mark",        # holds an unclosed quotation mark
)


@dataclass
class Candidate:
    """One phrase that may speak a quotation: token range [a, b) in the extractor's tokens, its character
    span, where it came from, and (for an earlier quotation's speaker or the rule choice) the quotation
    whose speaker fields it would copy."""
    a: int
    b: int
    start: int
    end: int
    rule: bool = False
    prev_rank: int = 0  # 1 = speaker of the quotation right before, 2 = the one before that, …; 0 = none
    source: object = None  # the Quote whose speaker this is (rule choice or an earlier quotation)
    titled: bool = False
    variant: Optional[tuple] = None  # (left edge moved by, right edge moved by), tokens, for a variant
    feats: dict = field(default_factory=dict)


def _switch() -> Optional[bool]:
    """``MARSAD_QUOTE_RANKER``: "1" runs the ranker even when the model file says it is off, "0" never runs
    it; unset (or anything else), the model file's ``enabled`` decides."""
    v = os.environ.get("MARSAD_QUOTE_RANKER", "").strip().lower()
    return True if v in ("1", "true", "on") else False if v in ("0", "false", "off") else None


_MODEL: list = []


def load(path: Optional[Path] = None) -> Optional[dict]:
    """The model file as a dict {"features", "weights", "bias", "margin", "enabled"} (weights a list of
    floats aligned with ``features``), or None when it is missing or its features are not ``FEATURES``.
    Cached for the default path."""
    if path is None and _MODEL:
        return _MODEL[0]
    p = path or MODEL_PATH
    model = None
    if p.exists():
        with open(p, encoding="utf-8") as f:
            m = json.load(f)
        if tuple(m.get("features", ())) == FEATURES and len(m.get("weights", ())) == len(FEATURES):
            model = m
    if path is None:
        _MODEL.append(model)
    return model


def _is_prep(t: str) -> bool:
    """A preposition, or a word carrying a glued لـ/بـ before its article ("للجزيرة", "بالجيش")."""
    t = t[1:] if len(t) > 2 and t[0] == "و" else t
    return t in ("في", "من", "عن", "علي", "الي", "مع", "لدي", "عند", "ل", "ب") or (
        len(t) > 3 and t[0] in "لب" and not t.startswith("ال") and t[1:3] == "ال")


def _span_tokens(x, s: int, e: int) -> tuple[int, int]:
    a = x.tok_at_char(s)
    b = x.tok_at_char(max(e - 1, s)) + 1
    return a, max(b, a + 1)


def _title_start(x, a: int, lo: int) -> int:
    """First token of the title words right before the name at token a ("الرئيس الأمريكي دونالد ترامب",
    "المتحدث باسم الجيش، أفيخاي أدرعي"), or a when none: back over definite words and title words of the
    same sentence, at most six, through one comma right before the name."""
    titles = x.titles
    p = a
    m = a - 1
    if m >= lo and x.toks[m].text in ("،", ","):
        m -= 1
    steps = 0
    while m >= lo and steps < 6:
        t = x.norm(m)
        if not t[:1].isalpha() or x.cue_at(m) or x.is_stop(t) or x.is_comp(t):
            break
        if t in titles or t.startswith("ال") or t.startswith("لل") or t.startswith("باسم") or t == "باسم":
            steps += 1
            m -= 1
            if t in titles:
                p = m + 1
            continue
        break
    return p


def candidates(x, quotes: list, qi: int) -> list[Candidate]:
    """The phrases that may speak ``quotes[qi]`` (the extractor ``x`` has run): the rule choice first,
    then names and titled names of the cue's sentence and the two before it (not inside this quotation's
    content), then the speakers of up to three earlier quotations. Distinct character spans only."""
    q = quotes[qi]
    out: list[Candidate] = []
    seen: dict = {}

    def put(c: Candidate) -> None:
        key = (c.start, c.end)
        old = seen.get(key)
        if old is None:
            seen[key] = c
            out.append(c)
        else:  # the same phrase found twice: it keeps every origin
            old.rule = old.rule or c.rule
            old.prev_rank = old.prev_rank or c.prev_rank
            old.titled = old.titled or c.titled
            old.source = old.source or c.source
            old.variant = old.variant if c.variant is None else old.variant or c.variant

    a, b = _span_tokens(x, q.speaker_start, q.speaker_end)
    put(Candidate(a, b, q.speaker_start, q.speaker_end, rule=True, source=q))
    i = x.tok_at_char(q.cue_start)
    cue_b = x.tok_at_char(max(q.cue_end - 1, q.cue_start)) + 1
    content_a = x.tok_at_char(q.content_start)
    sa = x.sid[min(a, x.n - 1)]
    for da in (-2, -1, 0, 1, 2):  # the rules' phrase with its edges moved: where boundaries go wrong
        for db in (-2, -1, 0, 1, 2, 3):
            a2, b2 = a + da, b + db
            if (da, db) == (0, 0) or a2 < 0 or b2 > x.n or b2 - a2 < 1:
                continue
            if any(x.sid[m] != sa for m in (a2, b2 - 1)) or a2 < cue_b <= b2 - 1 or a2 <= i < b2 or \
                    a2 < content_a < b2 or (a2 <= content_a < b2 and content_a > i):
                continue
            grown = [m for m in range(a2, b2) if not a <= m < b]
            if any(not x.toks[m].text[:1].isalnum() and x.toks[m].text not in _MARKS for m in grown):
                continue  # no punctuation taken in
            if not x.toks[a2].text[:1].isalnum() or x.cue_at(a2) or any(x.cue_at(m) for m in grown):
                continue
            put(Candidate(a2, b2, x.toks[a2].start, x.toks[b2 - 1].end, variant=(da, db)))
    s = x.sid[min(i, x.n - 1)]
    lo_tok = x.sent_first[max(0, s - 2)]
    lo, hi = x.toks[lo_tok].start, q.content_start
    if q.content_start < q.cue_start:  # "…، بحسب X": the content comes first; X after the cue
        hi = x.toks[x.sent_last[s]].end
    for e in x.entities:
        if e.type not in ("PER", "ORG") or e.start < lo or e.end > hi:
            continue
        if q.content_start <= e.start < q.content_end:
            continue
        ea, eb = _span_tokens(x, e.start, e.end)
        put(Candidate(ea, eb, x.toks[ea].start, x.toks[eb - 1].end))
        ta = _title_start(x, ea, x.sent_first[x.sid[ea]])
        if ta < ea:
            put(Candidate(ta, eb, x.toks[ta].start, x.toks[eb - 1].end, titled=True))
    rank = 0
    names: set = set()
    for p in range(qi - 1, -1, -1):
        o = quotes[p]
        if o.speaker_start is None or o.cue_start >= q.cue_start or o.speaker in names:
            continue
        names.add(o.speaker)
        rank += 1
        oa, ob = _span_tokens(x, o.speaker_start, o.speaker_end)
        put(Candidate(oa, ob, o.speaker_start, o.speaker_end, prev_rank=rank, source=o))
        if rank >= 3:
            break
    return out


def featurise(x, quotes: list, qi: int, cands: list[Candidate]) -> list[list[float]]:
    """One row of ``FEATURES`` values per candidate of ``quotes[qi]``."""
    q = quotes[qi]
    i = x.tok_at_char(q.cue_start)
    i = min(i, x.n - 1)
    ce = x.tok_at_char(max(q.cue_end - 1, q.cue_start))
    s = x.sid[i]
    cue = x.cue_at(i)
    kind = cue[0] if cue else "other"
    g = _gender_of_cue(x.norm(i), kind) if cue else None
    rule = cands[0]
    # only the names near the candidates matter (the article's others would cost a scan per candidate)
    lo_c, hi_c = min(c.start for c in cands), max(c.end for c in cands)
    ents = [e for e in x.entities if e.end >= lo_c and e.start <= hi_c]
    rule_sent = x.sid[min(rule.a, x.n - 1)]
    carried = rule_sent != s
    # the nearest name before the cue: the name candidate ending last before it
    before = [c for c in cands if c.end <= q.cue_start and any(
        e.start >= c.start and e.end <= c.end and e.type in ("PER", "ORG") for e in ents)]
    nearest = max(before, key=lambda c: c.end) if before else None
    contents = [(o.content_start, o.content_end) for o in quotes if o is not q and o.content_start is not None]
    rows = []
    for c in cands:
        cs = x.sid[min(c.a, x.n - 1)]
        back = s - cs
        words = [x.norm(m) for m in range(c.a, c.b) if x.norm(m)[:1].isalnum()]
        cg = _gender_of_words(words)
        per = any(e.type == "PER" and e.start >= c.start and e.end <= c.end for e in ents)
        org = any(e.type == "ORG" and e.start >= c.start and e.end <= c.end for e in ents)
        if c.start >= q.cue_end:
            dist = max(0, c.a - ce - 1)
        else:
            dist = max(0, i - c.b)
        first = x.sent_first[cs]
        f0 = first
        while f0 < c.a and (x.toks[f0].text in ("،", ",") or x.norm(f0) in ("و", "ف")):
            f0 += 1
        nxt = x.norm(c.b) if c.b < x.n else ""
        prev = x.norm(c.a - 1) if c.a > 0 else ""
        vl, vr = c.variant if c.variant is not None and not c.rule else (0, 0)
        v = {
            "rule": float(c.rule),
            "prev_speaker": float(c.prev_rank > 0),
            "last_speaker": float(c.prev_rank == 1),
            "per": float(per), "org": float(org),
            "titled": float(c.titled),
            "same_sent": float(back == 0), "sent_back1": float(back == 1), "sent_back2": float(back >= 2),
            "after_cue": float(c.start >= q.cue_end and c.end <= max(q.content_start, q.cue_end + 1)),
            "right_after_cue": float(c.start >= q.cue_end and c.a - ce <= 2),
            "right_before_cue": float(c.end <= q.cue_start and i - c.b <= 1),
            "sent_initial": float(c.a == first or c.a == f0 or (c.a == first + 1 and x.norm(first) in
                                                                  ("بدوره", "بدورها", "وبدوره", "وبدورها"))),
            "log_dist": math.log1p(dist),
            "gender_agree": float(g is not None and cg == g),
            "gender_clash": float(g is not None and cg != g),
            "nearest_name": float(nearest is not None and c is nearest),
            "in_content": float(any(a0 <= c.start < b0 for a0, b0 in contents)),
            "after_prep": float(c.a > 0 and _is_prep(prev) or
                                (x.toks[c.a].text[:1] in "لب" and x.norm(c.a).startswith(("لل", "بال")))),
            "before_cue_word": float(bool(nxt) and (x.cue_at(c.b) is not None or x.is_comp(nxt))),
            "contains_rule": float(not c.rule and c.start <= rule.start and c.end >= rule.end),
            "inside_rule": float(not c.rule and c.start >= rule.start and c.end <= rule.end),
            "n_tokens": min(c.b - c.a, 10) / 5.0,
            "cue_part": float(kind == "part"), "cue_noun": float(kind == "noun"),
            "cue_other": float(kind == "other"),
            "rule_x_carried": float(c.rule and carried),
            "variant": float(c.variant is not None and not c.rule),
            "grow_right": max(0, vr), "cut_right": max(0, -vr), "grow_left": max(0, -vl), "cut_left": max(0, vl),
            "cuts_entity": float(any(e.start < c.start < e.end or e.start < c.end < e.end for e in ents)),
            "is_entity": float(any(e.start == c.start and e.end == c.end and e.type in ("PER", "ORG")
                                   for e in ents)),
            "ends_loc": float(any(e.end == c.end and e.type == "LOC" for e in ents)),
            "has_prep": float(any(_is_prep(x.norm(m)) for m in range(c.a + 1, c.b))),
            "ends_nisba": float(len(words) > 1 and words[-1].startswith("ال") and words[-1].endswith(("ي", "يه"))),
            "open_mark": float(sum(ch in _MARKS for ch in x.text[c.start:c.end]) % 2 == 1),
        }
        c.feats = v
        rows.append([v[k] for k in FEATURES])
    return rows


def scores(model: dict, rows: list[list[float]]) -> list[float]:
    """Linear scores of feature rows under ``model`` (plain Python: a handful of rows per quotation)."""
    w, b = model["weights"], model.get("bias", 0.0)
    return [b + sum(wi * xi for wi, xi in zip(w, r)) for r in rows]


def choose(model: dict, rows: list[list[float]], margin: Optional[float] = None) -> int:
    """Index of the candidate to keep: the best-scoring one when it beats the rule choice (row 0) by more
    than the margin, else 0."""
    sc = scores(model, rows)
    best = max(range(len(sc)), key=lambda k: (sc[k], -k))
    m = model.get("margin", 0.0) if margin is None else margin
    return best if best != 0 and sc[best] - sc[0] > m else 0


def rerank(x, quotes: list, model: Optional[dict] = None) -> int:
    """Replace, in place, the speaker of each quotation of ``quotes`` (found by extractor ``x``) whose best
    candidate beats the rule choice by the model's margin. Returns how many changed. Earlier quotations'
    speakers are read as the rules gave them (the decisions do not chain)."""
    if model is None:
        on = _switch()
        if on is False:
            return 0
        model = load()
        if model is None or not (model.get("enabled", False) or on):
            return 0
    if not quotes:
        return 0
    qs = sorted(quotes, key=lambda q: q.cue_start)  # (earlier quotations' speakers are candidates)
    picks = []
    for qi, q in enumerate(qs):
        if q.speaker_start is None:
            picks.append(None)
            continue
        cands = candidates(x, qs, qi)
        if len(cands) < 2:
            picks.append(None)
            continue
        k = choose(model, featurise(x, qs, qi, cands))
        picks.append(cands[k] if k else None)
    changed = 0
    outlet = [x.doc.outlet] if x.doc.outlet else []
    for q, c in zip(qs, picks):
        if c is None:
            continue
        if c.source is not None and c.source is not q:
            # an earlier quotation's speaker: its name, title, relays as the rules gave them
            src = c.source
            sp = dict(speaker=src.speaker, speaker_title=src.speaker_title, speaker_entity_id=src.speaker_entity_id,
                      anonymous=src.anonymous, speaker_start=c.start, speaker_end=c.end)
            via = list(src.via)
        else:
            new = x.make_speaker(c.a, c.b)
            if new is None or not new.name or x.defect(new):
                continue  # the invariant holds for a learned choice as for a rule's
            sp = dict(speaker=new.name, speaker_title=new.title, speaker_entity_id=new.entity_id,
                      anonymous=new.anonymous, speaker_start=new.start, speaker_end=new.end)
            via = outlet + [v for v in new.via if v not in outlet] + [new.label]
        first = normalize(sp["speaker"]).split()[:1]
        if first and first[0] in lex.not_speakers():
            continue
        for k, v in sp.items():
            setattr(q, k, v)
        q.via = via
        q.start = min(q.cue_start, q.speaker_start, q.content_start)
        q.end = max(q.cue_end, q.speaker_end, q.content_end)
        changed += 1
    return changed
