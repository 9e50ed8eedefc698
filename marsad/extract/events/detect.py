"""Lexicon events of one sentence: ``sentence_events(doc, sentence)`` → ``Event``s.

In: a Document with its tokens, entities and times, and one of its sentences. Out: the events its
triggers report (``resources/events/triggers.tsv``), each with its modality (negated / future /
hypothetical, ``modality.tsv``), mode, source and target actors (``actors``), place (the nearest location
entity) and time (the nearest time expression); triggers of one type that describe one event are merged.
``raw_hits`` gives the trigger hits before any of that (the classifier's lexicon features read them).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional

from ...arabic import tokenize
from ...arabic.clitics import article_cut, lost_article
from ...document import Document, Event, Sentence
from .actors import Phrase, SentenceView, find_roles
from .lexicon import evidence, modality, modes, retype, role_cues, triggers, word_set

_MERGE_GAP = 6  # triggers of one type this close (in tokens) are one event: "هجوم انتحاري بسيارة مفخخة"
_PLACE_TYPES = ("LOC", "GPE", "FAC")
_ACTOR_TYPES = ("PER", "ORG", "GPE", "NORP", "LOC", "MISC")


@dataclass
class _Hit:
    entry: int
    i: int
    e: int  # token span [i, e) in the sentence
    form: object
    type: str
    mode: Optional[str]
    pos: str
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    reported: bool = False  # the sentence reports it as an occurrence, not a mention (see evidence.tsv)
    members: list = field(default_factory=list)


def _sentence_tokens(doc: Document, s: Sentence) -> list:
    toks = []
    if doc.tokens:  # tokens are in text order: bisect instead of scanning the document per sentence
        starts = [t.start for t in doc.tokens] if len(doc.tokens) < 64 else _starts(doc)
        lo = bisect.bisect_left(starts, s.start)
        hi = bisect.bisect_left(starts, s.end)
        toks = [t for t in doc.tokens[lo:hi] if t.end <= s.end]
    return toks or tokenize(doc.text, s.start, s.end)


def _starts(doc: Document) -> list[int]:
    cached = getattr(doc, "_event_token_starts", None)
    if cached is None or cached[0] is not doc.tokens:
        cached = (doc.tokens, [t.start for t in doc.tokens])
        object.__setattr__(doc, "_event_token_starts", cached)
    return cached[1]


def _find_hits(norms: list[str]) -> list[_Hit]:
    lex = triggers()
    hits: list[_Hit] = []
    k = 0
    while k < len(norms):
        found = lex.match_at(norms, k)
        if not found:
            k += 1
            continue
        best_len = found[0][1] - k
        best = [f for f in found if f[1] - k == best_len]
        if any(lex.entries[idx].type == "NONE" for idx, _e, _f in best):
            best = []  # a blocking phrase of the same length wins (وزارة is not زار + ه)
        for idx, end, form in best:
            ent = lex.entries[idx]
            if ent.type == "NONE":
                continue
            if any(h.type == ent.type and h.i == k for h in hits):
                continue
            hits.append(_Hit(idx, k, end, form, ent.type, ent.mode, ent.pos))
        k = found[0][1]  # longest match consumes its tokens (a NONE phrase blocks what it covers)
    return hits


def _apply_modality(sv: SentenceView, hits: list[_Hit]) -> None:
    lex = modality()
    norms = sv.norms
    markers = []
    for k in range(len(norms)):
        for idx, end, _form in lex.match_at(norms, k):
            markers.append((k, end, lex.entries[idx]))
    for h in hits:
        for k, end, ent in markers:
            if end > h.i or (k == h.i):
                continue
            window = int(ent.mode or 0)
            gap = h.i - end
            if gap > window:
                continue
            if any(sv.is_clause_break(m) or sv.is_quote(m) for m in range(end, h.i)):
                continue
            cond = ent.extra[0] if ent.extra else "-"
            if cond == "impf" and not (h.pos == "v" and getattr(h.form, "imperfect", False)):
                continue
            for flag in ent.type.split(","):
                setattr(h, flag.strip(), True)
        if h.pos == "v" and getattr(h.form, "future", False):
            h.future = True


def _apply_evidence(sv: SentenceView, hits: list[_Hit]) -> None:
    """Decide which triggers report an occurrence. A past-tense verb does by itself; a noun needs a verb
    saying it took place nearby or a casualty/yesterday anchor in the sentence ("سياسة الاغتيالات" is a
    mention); an actor noun (المتظاهرون) needs a movement verb of which it is the subject."""
    lex = evidence()
    norms = sv.norms
    occ, mov = [], []
    anchor = False
    dated: set[str] = set()  # the types a day-and-month date anchors (ALL or one type)
    for k in range(len(norms)):
        for idx, end, _f in lex.match_at(norms, k):
            ent = lex.entries[idx]
            if ent.type == "anchor":
                anchor = True
            elif ent.type == "day_month":
                day = norms[k - 1] if k else ""
                named = k >= 2 and any(lex.entries[x].type == "date_name" for x, _e, _f in lex.match_at(norms, k - 2))
                if day.isdigit() and 1 <= int(day) <= 31 and not named:
                    dated.add(ent.mode)
            elif ent.type == "occurrence":
                occ.append((k, end, ent.mode))
            elif ent.type == "movement":
                mov.append((k, end, ent.mode))
    undergo = set(role_cues("ALL", "undergo_verbs"))

    def undergo_before(i: int) -> bool:
        return any(sv.word(k) in undergo for k in range(max(0, i - 30), i))

    for h in hits:
        anchored = anchor or "ALL" in dated or h.type in dated
        if h.pos in ("v", "x"):
            h.reported = not getattr(h.form, "imperfect", False) or anchored
        elif h.pos == "n":
            # تعرضت القوات … الى هجوم: an experiencer verb anywhere before the noun reports it
            h.reported = anchored or undergo_before(h.i) or any(
                (typ == "ALL" and (h.i - 4 <= k < h.i or h.e <= k <= h.e + 3)) or
                (typ == h.type and h.i - 8 <= k < h.i)  # أعلن الرئيس الأمريكي، جو بايدن، انتهاء المهمة
                for k, _e, typ in occ)
        else:
            h.reported = any(typ == h.type and (h.i - 3 <= k < h.i or h.e <= k <= h.e + 2) for k, _e, typ in mov)


def _apply_retype_and_modes(sv: SentenceView, hits: list[_Hit]) -> None:
    rt = retype()
    md = modes()
    norms = sv.norms
    cues_rt = []
    cues_md = []
    for k in range(len(norms)):
        for idx, end, _f in rt.match_at(norms, k):
            cues_rt.append((k, rt.entries[idx]))
        for idx, end, _f in md.match_at(norms, k):
            cues_md.append((k, end, md.entries[idx]))
    for h in hits:
        for k, ent in cues_rt:
            if ent.type == h.type and h.e <= k <= h.e + int(ent.extra[1]) - 1 and \
                    not any(sv.is_clause_break(m) for m in range(h.e, k)):
                h.type, h.mode = ent.mode, ent.extra[0]
                break
        if h.mode is None:
            best = None
            for k, end, ent in cues_md:
                if ent.type != h.type:
                    continue
                d = min(abs(k - h.e), abs(h.i - end))
                if d <= 8 and (best is None or d < best[0]):
                    best = (d, ent.mode)
            if best:
                h.mode = best[1]


def _merge(hits: list[_Hit]) -> list[_Hit]:
    hits = sorted(hits, key=lambda h: h.i)
    out: list[_Hit] = []
    for h in hits:
        prev = next((p for p in reversed(out) if p.type == h.type), None)
        if prev is not None and h.i - prev.e <= _MERGE_GAP and \
                (prev.negated, prev.future, prev.hypothetical) == (h.negated, h.future, h.hypothetical):
            prev.members.append(h)
            if prev.mode in (None, "kill") and h.mode:
                prev.mode = h.mode  # "kill" tells the outcome; a means (bombing, firearms) is the better mode
            prev.reported = prev.reported or h.reported
            continue
        h.members = [h]
        out.append(h)
    return out


def _phrase_span(sv: SentenceView, ph: Phrase) -> tuple[int, int]:
    cut = ph.cut or article_cut(sv.toks[ph.i].text)
    return sv.toks[ph.i].start + cut, sv.toks[ph.j - 1].end


def _article_span(doc: Document, sv: SentenceView, ph: Phrase, span: tuple[int, int]) -> tuple[int, int]:
    """للحكومة العراقية loses the article's alif to the ل: the span reads "حكومة العراقية". When the document
    writes the same phrase with its article elsewhere (الحكومة العراقية), that occurrence is the span."""
    if not lost_article(sv.toks[ph.i].text, span[0] - sv.toks[ph.i].start):
        return span
    want = "ال" + doc.text[span[0]:span[1]]
    k = doc.text.find(want)
    while k >= 0:
        end = k + len(want)
        if (k == 0 or not doc.text[k - 1].isalnum() or doc.text[k - 1] in "وف") and \
                (end == len(doc.text) or not doc.text[end].isalnum()):
            return k, end
        k = doc.text.find(want, k + 1)
    return span


def _snap_entity(doc: Document, span: tuple[int, int]) -> tuple[tuple[int, int], Optional[object]]:
    """Grow a guessed actor span to the entity it overlaps (the entities component knows names better)."""
    best = None
    for ent in doc.entities:
        if ent.type not in _ACTOR_TYPES:
            continue
        if ent.start < span[1] and span[0] < ent.end:
            ov = min(ent.end, span[1]) - max(ent.start, span[0])
            if best is None or ov > best[0]:
                best = (ov, ent)
    if best is None:
        return span, None
    ent = best[1]
    return (min(span[0], ent.start), max(span[1], ent.end)), ent


def _place(doc: Document, sv: SentenceView, h: _Hit, used: list[tuple[int, int]]) -> Optional[str]:
    trig = (sv.toks[h.i].start + sv.toks[h.e - 1].end) // 2
    s0, s1 = sv.toks[0].start, sv.toks[-1].end
    best = None
    for ent in doc.entities:
        if ent.type not in _PLACE_TYPES or ent.start < s0 or ent.end > s1:
            continue
        if any(u[0] <= ent.start and ent.end <= u[1] for u in used):
            continue
        d = min(abs(ent.start - trig), abs(ent.end - trig))
        if best is None or d < best[0]:
            best = (d, ent)
    if best is not None:
        return doc.text[best[1].start:best[1].end]
    # no location entity: "في مدينة X" / "في X" (X a bare name, no article, not a circumstance word),
    # the nearest one to the trigger in the sentence
    heads = word_set("events/place_heads.txt")
    bad = word_set("events/not_places.txt")
    best_k = None
    for k in range(sv.n() - 1):
        if sv.word(k) not in ("في", "قرب", "بالقرب") or h.i <= k < h.e:
            continue
        m = k + 1
        if m < sv.n() and sv.norms[m] == "من":
            m += 1
        if m >= sv.n() or not sv.content(m):
            continue
        nxt = sv.norms[m]
        if nxt in bad or any(u[0] <= sv.toks[m].start < u[1] for u in used):
            continue
        if nxt in heads or (not nxt.startswith("ال") and not nxt.endswith("ه") and len(nxt) > 2):
            d = abs(k - h.i)
            if best_k is None or d < best_k[0]:
                best_k = (d, m)
    if best_k is not None:
        ph = sv.np_right(best_k[1])
        if ph is not None:
            a, b = _phrase_span(sv, ph)
            return doc.text[a:b]
    return None


def _time(doc: Document, s: Sentence, trig: int) -> Optional[str]:
    best = None
    for t in doc.times:
        # an event's time is a point or a range on the calendar: durations, sets and
        # expressions with no value say nothing about when it happened
        if t.start < s.start or t.end > s.end or not t.value or t.type not in ("DATE", "TIME"):
            continue
        d = min(abs(t.start - trig), abs(t.end - trig))
        if best is None or d < best[0]:
            best = (d, t)
    if best is None:
        return None
    return best[1].value


def raw_hits(doc: Document, s: Sentence) -> list[_Hit]:
    """Every trigger of the sentence, reported or not (the classifier's lexicon features)."""
    toks = _sentence_tokens(doc, s)
    return _find_hits([t.norm for t in toks]) if toks else []


def sentence_events(doc: Document, s: Sentence, toks: Optional[list] = None, borrow: bool = True) -> list[Event]:
    """The events of one sentence of ``doc`` (the lexicon path). ``borrow=False`` leaves out the actors an
    event only takes from elsewhere in the sentence (``actor_noun_source``): what the sentence classifier
    reads as "the event has its own actors"."""
    toks = toks if toks is not None else _sentence_tokens(doc, s)
    if not toks:
        return []
    norms = [t.norm for t in toks]
    hits = _find_hits(norms)
    if not hits:
        return []
    # an actor noun (المتظاهرون, انتحاري) is a trigger and a participant: role phrases may contain it
    trig_tokens = {k for h in hits if h.pos != "a" for k in range(h.i, h.e)}
    event_nouns = frozenset(k for h in hits if h.pos in ("n", "x") for k in range(h.i, h.e))
    types = {k: h.type for h in hits if h.pos != "a" for k in range(h.i, h.e)}
    actors = {k: h.type for h in hits if h.pos == "a" for k in range(h.i, h.e)}
    # tokens inside a person the entities component found: a name after a title (الرئيس العراقي برهم صالح)
    # may begin with letters that otherwise mark a verb or a glued preposition
    persons = [ent for ent in doc.entities if ent.type == "PER" and ent.start < s.end and s.start < ent.end]
    people = frozenset(k for k, t in enumerate(toks) for ent in persons if ent.start <= t.start and t.end <= ent.end)
    sv = SentenceView(doc.text, toks, trig_tokens, event_nouns, types, actors, people)
    _apply_modality(sv, hits)
    _apply_evidence(sv, hits)
    _apply_retype_and_modes(sv, hits)
    patient_nouns = set(role_cues("ALL", "patient_nouns"))
    lex = triggers()
    out = []
    for h in _merge(hits):
        if not (h.reported or ((h.negated or h.future or h.hypothetical) and h.pos != "a")):
            continue  # a mention of a kind of event (or of its participants), not an event
        source = target = None
        for m in h.members:  # the first member that yields an actor gives it
            patient = sv.word(m.i) in patient_nouns or any(
                sv.word(m.i).startswith(p) and sv.word(m.i)[len(p):] in patient_nouns for p in ("ال", "بال", "لل", "ب", "ل"))
            src, tgt = find_roles(sv, m.type, m.i, m.e, m.pos, m.form, patient, lex.entries[m.entry].words[0])
            source = source or src
            target = target or tgt
            if source and target:
                break
        if borrow and source is None and "yes" in role_cues(h.type, "actor_noun_source"):
            # "انطلقت مظاهرات …، حيث تقدم المتظاهرون بمذكرات": the participants the sentence names elsewhere
            for a in sorted((x for x in hits if x.pos == "a" and x.type == h.type and x not in h.members),
                            key=lambda x: abs(x.i - h.i)):
                source = find_roles(sv, a.type, a.i, a.e, a.pos, a.form, False, lex.entries[a.entry].words[0])[0]
                if source is not None:
                    break
        ev = Event(s.start, s.end, h.type,
                   trigger=doc.text[toks[h.i].start:toks[h.e - 1].end], mode=h.mode,
                   negated=h.negated, future=h.future, hypothetical=h.hypothetical)
        used = []
        for role, ph in (("source", source), ("target", target)):
            if ph is None:
                continue
            span, ent = _snap_entity(doc, _article_span(doc, sv, ph, _phrase_span(sv, ph)))
            used.append(span)
            setattr(ev, role, doc.text[span[0]:span[1]])
            if ent is not None:
                setattr(ev, role + "_entity_id", ent.entity_id)
        if ev.source and ev.target and (ev.source == ev.target or used[0][0] < used[1][1] and used[1][0] < used[0][1]):
            ev.target = None  # one phrase cannot do the act and suffer it (لقوات البيشمركة → قوات البيشمركة)
            ev.target_entity_id = None
            used = used[:1]
        victims = sv.casualties(h.type, h.i) if ev.target is None else None
        if victims is not None:
            # "اصيب 37 شخصا بجروح حين انفجرت قنبلة": with no target of its own, the victims the sentence counts
            span, ent = _snap_entity(doc, _article_span(doc, sv, victims, _phrase_span(sv, victims)))
            if not (ev.source and used and used[0][0] < span[1] and span[0] < used[0][1]):
                used.append(span)
                ev.target = doc.text[span[0]:span[1]]
                ev.target_entity_id = ent.entity_id if ent is not None else None
        ev.place = _place(doc, sv, h, used)
        ev.time = _time(doc, s, toks[h.i].start)
        out.append(ev)
    return out
