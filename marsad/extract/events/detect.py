"""Lexicon events of one sentence: ``sentence_events(doc, sentence)`` → ``Event``s.

In: a Document with its tokens, entities and times, and one of its sentences. Out: the events its
triggers report (``resources/events/triggers.tsv``), each with its modality (negated / future /
hypothetical, ``modality.tsv``), mode, source and target actors (``actors``), place (the nearest location
entity) and time (the nearest time expression); triggers of one type that describe one event are merged.
``raw_hits`` gives the trigger hits before any of that (the classifier's lexicon features read them).
"""
from __future__ import annotations

import bisect
import re
from itertools import compress
from operator import attrgetter
from functools import lru_cache
from dataclasses import dataclass, field, replace
from typing import Optional

from ...arabic import tokenize
from ...arabic.normalize import normalize
from ...arabic.clitics import article_cut, lost_article, strip_conj, word_variants
from ...document import Document, Event, Sentence
from ...resources import table
from .actors import _FROM_ON, _QUOTES as _QUOTE_MARKS, Phrase, SentenceView, _definite, _nisba_like, _opens_party, \
    agreeing_doer, find_roles, people_word
from .attach import casualties, dictionary_entry, entities_containing, entities_overlapping, tidy, whole_actor
from .lexicon import closed_class, cue_first_words, evidence, modality, modes, retype, role_cues, role_set, triggers, \
    word_set

_CONNECTIVES = closed_class("connectives")
_NOT_PAST = frozenset(normalize(w) for w in ("لم", "لن", "أن", "ان", "كي", "لكي", "حتى"))  # before a jussive or
# subjunctive plural (لم يدخلوا, أن يغادروا), which ends in وا too
_OR = closed_class("or")
_COMMAS = frozenset(("،", ","))
_LINK_CUES, _LINK_ALSO = closed_class("link_cues"), closed_class("link_also")
_CAUSE_GAP = 12  # … or this close when the later one is the act the killing came from (في / جراء ضربات)
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
    tail: range = range(0)  # tokens of the words after … (أطلق … صواريخ, حملت … مسؤولية): no other trigger's
    object_tail: bool = False  # they are the act's object (أسقط … =طائرة); otherwise they are no actor's either
    members: list = field(default_factory=list)
    cause: bool = False  # (round 90) merged as the act an explosion told before it came from: the act's name
    roles_as: Optional[str] = None  # the type whose role rules find its actors, when its complement retyped it (round
    # 87: an envoy told to leave is expelled, and named as the one asked: "طلبت من السفير اللبناني مغادرة الرياض")


def _sentence_tokens(doc: Document, s: Sentence) -> list:
    return _sentence_slice(doc, s)[0]


def _sentence_slice(doc: Document, s: Sentence) -> tuple[list, list[str]]:
    """The sentence's tokens and their normalised forms: slices of the document's, cut by bisection (tokens
    are in text order and do not overlap, so only the last can run past the sentence's end); a document
    without tokens is tokenised here."""
    if doc.tokens:
        starts, norms = _token_index(doc)
        lo = bisect.bisect_left(starts, s.start)
        hi = bisect.bisect_left(starts, s.end)
        toks = doc.tokens[lo:hi]
        while toks and toks[-1].end > s.end:
            toks.pop()
            hi -= 1
        if toks:
            return toks, norms[lo:hi]
    toks = tokenize(doc.text, s.start, s.end)
    return toks, [t.norm for t in toks]


_START, _NORM = attrgetter("start"), attrgetter("norm")


def _token_index(doc: Document) -> tuple[list[int], list[str]]:
    """The document's token starts and normalised forms, made once per document (every sentence slices them)."""
    cached = getattr(doc, "_event_token_index", None)
    if cached is None or cached[0] is not doc.tokens:
        cached = (doc.tokens, list(map(_START, doc.tokens)), list(map(_NORM, doc.tokens)))
        object.__setattr__(doc, "_event_token_index", cached)
    return cached[1], cached[2]


def _find_hits(norms: list[str]) -> list[_Hit]:
    lex = triggers()
    first = lex.first
    if first.keys().isdisjoint(norms):
        return []  # no entry starts in the sentence (most sentences: one test of every word, in C)
    # (match_at's own first test, in one pass; compress and map run it in C: the comprehension was ~3% of the step)
    starts = list(compress(range(len(norms)), map(first.__contains__, norms)))
    hits: list[_Hit] = []
    k = 0
    for at in starts:
        if at < k:
            continue  # inside the last match, which consumed its tokens
        k = at
        found = lex.match_at(norms, k)
        if not found:
            k += 1
            continue
        best_len = found[0][1] - k
        best = [f for f in found if f[1] - k == best_len]
        if any(lex.entries[idx].type == "NONE" for idx, _e, _f in best):
            best = []  # a blocking phrase of the same length wins (وزارة is not زار + ه)
        if len(best) > 1 and k + 1 < len(norms) and _adjective_next(norms[best[0][1]] if best[0][1] < len(norms) else ""):
            # قصف, دعم are verbs and verbal nouns: before an adjective (قصف صاروخي, دعم عسكري) the noun
            best.sort(key=lambda f: lex.entries[f[0]].pos == "v")
        for idx, end, form in best:
            ent = lex.entries[idx]
            if ent.type == "NONE":
                continue
            if idx in lex.hal and (k == 0 or norms[k - 1] not in _COMMAS):
                continue  # (round 101) a حال participle stands past the main clause, after its comma
            if any(h.type == ent.type and h.i == k for h in hits):
                continue
            hits.append(_Hit(idx, k, end, form, ent.type, ent.mode, ent.pos, tail=lex.tail_at(norms, idx, end) or range(0),
                             object_tail=lex.object_tail[idx]))
        end = found[0][1]  # longest match consumes its tokens (a NONE phrase blocks what it covers)
        for m in range(k + 1, end):
            # a blocking phrase that begins inside the match still blocks what it covers past it: "إسقاط طائرة
            # أميركية مسيرة" is the trigger إسقاط طائرة, and the drone (طائرة أميركية مسيرة) no march
            end = max([end] + [e2 for idx, e2, _f in lex.match_at(norms, m) if lex.entries[idx].type == "NONE"])
        k = end
    tails = {m for h in hits for m in h.tail}
    if tails:  # the words after … belong to their entry: "إسقاط مسيرة" is no march
        hits = [h for h in hits if not any(m in tails for m in range(h.i, h.e))]
    return hits


def _not_objects(norms: list[str], hits: list[_Hit]) -> list[_Hit]:
    """A trigger whose object, right after it, is of a kind its type never acts on (roles.tsv not_objects:
    "وقّع على أمر تنفيذي" signs a decree, no agreement) is no event of that type; nor is a verb whose subject,
    right after it, is of a kind that never does it (not_subjects: "وانسحبت الطائرة" flies off)."""
    out = []
    for h in hits:
        bad = role_cues(h.type, "not_objects") if h.type != "NONE" else ()
        if h.pos == "v" and h.type != "NONE":
            bad = bad + role_cues(h.type, "not_subjects")
        if bad and h.e < len(norms):
            k = h.e
            while k + 1 < len(norms) and k < h.e + 2 and norms[k] in role_set("ALL", "object_skip"):
                k += 1  # "حذرت أيضا من خطورة": the object past the preposition and an adverb
            w = strip_conj(norms[k])
            w = w[2:] if w.startswith("ال") else w
            if w in bad:
                continue
        out.append(h)
    return out


@lru_cache(maxsize=1)
def _state_words() -> tuple[frozenset, frozenset, frozenset]:
    rows = table("events/states.tsv")
    return tuple(frozenset(normalize(r[1]) for r in rows if len(r) > 1 and r[0] == kind)
                 for kind in ("subjection", "area", "resumptive"))


def _states(norms: list[str], hits: list[_Hit]) -> list[_Hit]:
    """A control or occupation word that names a standing state is no COERCE act (resources/events/states.tsv):
    after a word of subjection ("تخضع لسيطرة الحوثيين"), in construct after a plural of land ("مناطق سيطرة
    النظام", "لأراضي سيطرته"), or a verb in the imperfect right after a relative pronoun ("المنطقة التي تحتلها
    إسرائيل", "الأحياء التي يسيطر عليها"): these describe who holds a place, not a taking of it."""
    if not any(h.type == "COERCE" for h in hits):
        return hits
    subjection, area, resumptive = _state_words()
    relatives = role_set("ALL", "relative")
    out = []
    for h in hits:
        if h.type == "COERCE" and h.i >= 1:
            prev = strip_conj(norms[h.i - 1])
            w = norms[h.i]
            if h.pos in ("n", "x") and w.startswith("ل") and prev in subjection:
                continue
            if h.pos in ("n", "x") and not w.startswith(("ال", "لل", "ل")) and _bare_plural(prev) in area:
                continue
            if h.pos == "v" and getattr(h.form, "imperfect", False) and prev in relatives:
                continue
        if h.type == "COERCE" and h.pos == "v" and getattr(h.form, "imperfect", False) and h.e - h.i == 1 and \
                h.e < len(norms) and norms[h.e] in resumptive:
            continue  # "مناطق في اليمن يسيطر عليها الحوثيون": a relative clause on an indefinite place, who holds it
        out.append(h)
    return out


@lru_cache(maxsize=1)
def _unreal_words() -> dict[str, frozenset]:
    """resources/events/unreal.tsv: kind -> its words, normalised."""
    out: dict[str, set] = {}
    for r in table("events/unreal.tsv"):
        if len(r) > 1:
            out.setdefault(r[0], set()).add(r[1] if r[0] in _TYPE_KINDS else normalize(r[1]))  # (types as written)
    return {k: frozenset(v) for k, v in out.items()} | {k: frozenset() for k in (
        "comment", "comment_end", "comment_prep", "share", "result", "result_prep", "outcome", "that", "relation",
        "copula", "face", "actor_noun", "disarm", "disarm_n", "device", "expel_types", "envoy", "leave", "purpose_acc", "own",
        "travel", "leave_verbs")
        if k not in out}


_TYPE_KINDS = ("relation", "expel_types", "purpose_acc")  # (unreal.tsv kinds whose rows are event types)


_LABEL_VALUE = 3  # the words after a trigger and a colon that end its sentence: a label's value (a name, a count)
_COMMENT_REACH = 6  # how far after a REQUEST / REJECT trigger its comment word may stand, in its clause (the training
# split records one refusal told 9 words on as REJECT: ورفض الجعفري عقب اللقاء الذي استمر لساعتين ونصف الإدلاء بأي تصريحات)
_CLITICS = ("بال", "لل", "ال", "ل", "ب")


def _unclitic(w: str, words: frozenset) -> bool:
    """w, or w without a glued ل / ب / ال, is one of ``words``."""
    w = strip_conj(w)
    return w in words or any(w.startswith(p) and w[len(p):] in words for p in _CLITICS)


def _unreal(norms: list[str], hits: list[_Hit]) -> list[_Hit]:
    """Trigger words the sentence does not report as an event of their type (resources/events/unreal.tsv): a
    newsroom's request for comment or a refusal to comment ("لم ترد على طلب لرويترز من أجل الحصول على تعليق",
    "رفض الرد على استفساراتها"), control shared ("ويتقاسم الطرفان السيطرة": a state, no taking), an explosion
    told as the result of an attack the sentence tells before it ("ما أدى لانفجار خزانات وقود"): one event; a
    standing relation in a relative clause ("التي تصنفها أنقرة تنظيمات إرهابية", "الذين تدعمهم تركيا"); and a
    noun that labels a value at the end of its line (a credit or a counter of the page: "تحرير: شهد زياني")."""
    if not hits:
        return hits
    u = _unreal_words()
    lex = triggers()
    out = []
    for h in hits:
        if h.pos in ("n", "x") and h.e < len(norms) and norms[h.e] == ":" and \
                sum(w[:1].isalnum() for w in norms[h.e + 1:]) <= _LABEL_VALUE:
            continue  # a label and its value, a line of the page's frame: "تحرير: شهد زياني", "عدد الزيارات : 31020"
        if h.type in ("REQUEST", "REJECT"):
            comment = False
            for m in range(h.e, min(len(norms), h.e + _COMMENT_REACH)):
                w = norms[m]
                if not w[:1].isalpha():
                    break  # (punctuation ends the clause)
                if _unclitic(w, u["comment"]) or _unclitic(w, u["comment_end"]) and (
                        m + 1 >= len(norms) or not norms[m + 1][:1].isalpha() or norms[m + 1] in u["comment_prep"]):
                    comment = True
                    break
            if comment:
                continue
        elif h.type in u["relation"] and h.pos == "v" and h.i >= 1 and getattr(h.form, "imperfect", False) and \
                getattr(h.form, "object_suffix", False) and strip_conj(norms[h.i - 1]) in role_set("ALL", "relative"):
            continue  # "التي تصنفها أنقرة تنظيمات إرهابية", "الذين تدعمهم تركيا": a standing relation
        elif h.type == "COERCE" and h.pos in ("n", "x") and \
                any(strip_conj(norms[m]) in u["share"] for m in range(max(0, h.i - 2), h.i)):
            continue
        elif h.type == "THREATEN" and h.pos in ("n", "x") and h.i >= 1 and (_unclitic(norms[h.i - 1], u["face"]) or (
                h.i >= 2 and f"{strip_conj(norms[h.i - 2])} {norms[h.i - 1]}" in u["face"])):
            continue  # "مواجهة التهديدات الأمنية العابرة للحدود", "في وجه التهديدات": threats in general, what one
            # stands against (round 109: a face word may be a phrase of two)
        elif h.pos in ("n", "x") and h.e < len(norms) and lex.entries[h.entry].words[0] in u["actor_noun"] and \
                _definite(strip_conj(norms[h.i])) and people_word(norms[h.e], word_set("events/nationalities.txt")):
            continue  # (round 109) "قصف الاحتلال الإسرائيلي لمنزل", "القاعدتين العسكريتين للاحتلال الأمريكي": the
            # occupier named by its act (an actor), no occupation reported
        elif h.type == "ASSAULT" and h.pos in ("n", "x") and lex.entries[h.entry].words[0] in u["device"] and \
                _disarmed(norms, h.i, u):
            continue  # "دمر الطيران سيارة مفخخة ومدفع": the device destroyed, no attack
        if h.pos in ("n", "x") and h.i >= 1 and strip_conj(norms[h.i - 1]) in u["copula"] and \
                not strip_conj(norms[h.i]).startswith(("ال", "ل", "ب")):
            continue  # "هذه الأسلحة تمثل تهديدًا وشيكًا", "يشكل انتهاكا": what something is called, no act
        elif h.type == "ASSAULT" and h.pos in ("n", "x") and h.i >= 1 and lex.entries[h.entry].words[0] in u["outcome"] \
                and any(x.type == "ASSAULT" and x.e <= h.i - 1 for x in hits):
            # (only after an attack the sentence tells: "الهجوم بدأ بتفجير سيارة مفخخة …، ما أدى لانفجار خزانات
            # وقود" is one attack; an explosion a fire caused stays, no attack told it)
            prev = strip_conj(norms[h.i - 1])
            if prev in u["result"] or (prev in u["result_prep"] and h.i >= 2 and strip_conj(norms[h.i - 2]) in u["result"]):
                continue  # (ما أدى لانفجار: the ل glued to the noun)
        out.append(h)
    return out


def _disarmed(norms: list[str], i: int, u: dict) -> bool:
    """The attack device at ``i`` is the object of a verb of destroying, defusing or seizing before it in its
    clause (unreal.tsv disarm: past its subject, at most two words; disarm_n: its verbal noun, right before it)."""
    if i >= 1 and strip_conj(norms[i - 1]) in u["disarm_n"]:
        return True
    for k in range(i - 2, max(-1, i - 4), -1):
        if not norms[k + 1][:1].isalnum():
            return False  # (punctuation ends the clause)
        if strip_conj(norms[k]) in u["disarm"]:
            return True
    return False


_EXPEL_REACH = 14  # tokens after a request or an ultimatum its envoy and its verbal noun of leaving may stand in
# ("أمهلت الدبلوماسيين الإيرانيين، الذين لم تعرف أسمائهم بعد، 45 يوماً لمغادرة البلاد": 11)
_SENTENCE_STOPS = frozenset((".", "؛", ";", ":", "?", "؟", "!"))


def _complements(norms: list[str], hits: list[_Hit]) -> list[_Hit]:
    """What the words after a trigger make of it (resources/events/unreal.tsv, round 87). A request or an
    ultimatum to an envoy to leave ("وطلبت من السفير اللبناني مغادرة الرياض", "أمهلت الحكومة الكويتية السفير
    الإيراني، و14 دبلوماسياً، 45 يوماً لمغادرة البلاد", "السعودية تطلب مغادرة السفير اللبناني") is his expulsion:
    COERCE (expel), no request or threat (GUIDELINES COERCE: expulsion). A verb of leaving with a participle of
    travel after it ("وغادر «ظريف» طهران، صباح السبت، متوجهًا إلى فيينا") is a journey, no withdrawal. Both read
    the trigger's sentence on, past commas, to a stop or the next trigger."""
    u = _unreal_words()
    kinds = u["expel_types"]
    lex = triggers()
    out = []
    for h in hits:
        expel = h.type in kinds or f"{h.type}/{h.mode}" in kinds
        travel = h.type == "RETREAT" and h.pos == "v" and normalize(lex.entries[h.entry].words[0]) in u["leave_verbs"]
        if expel or travel:
            envoy = leave = False
            stop = min(len(norms), h.e + _EXPEL_REACH)
            for m in range(h.e, stop):
                w = norms[m]
                if w in _SENTENCE_STOPS or any(g is not h and g.i == m for g in hits):
                    break
                if travel and strip_conj(w) in u["travel"]:
                    break
                envoy = envoy or _unclitic(w, u["envoy"])
                leave = leave or _unclitic(w, u["leave"])
            else:
                m = stop
            if travel and m < stop and strip_conj(norms[m]) in u["travel"]:
                continue  # a journey
            if expel and envoy and leave:
                h.roles_as, h.type, h.mode = h.type, "COERCE", "expel"
        out.append(h)
    return out


_TANWEEN = ("\u064b", "\u064c", "\u064d")  # ً ٌ ٍ: nunation, which no verb takes


_PURPOSE_PREPS = frozenset(normalize(w) for w in ("على", "من", "مع"))


def _purpose_accusative(norms: list[str], h: _Hit, kinds: frozenset) -> bool:
    """(round 87) A verbal noun of ``kinds`` (unreal.tsv purpose_acc) in the indefinite accusative right after a whole
    clause — after punctuation or a definite word — with its على / ل complement: "…، احتجاجا على إعدام المملكة …",
    "لجوء مدنيين إلى قاعدة حميميم الروسية طلبًا للحماية" (المفعول لأجله: why an act was done). Not an object after
    its verb ("قدمت طلبا للأمم المتحدة")."""
    if h.type not in kinds or h.i < 1 or h.e >= len(norms) or h.e - h.i != 1:
        return False
    word = normalize(triggers().entries[h.entry].words[0])
    prev, nxt = norms[h.i - 1], norms[h.e]
    return strip_conj(norms[h.i]) == word + "ا" and (not prev[:1].isalnum() or prev.startswith("ال")) and \
        (nxt in _PURPOSE_PREPS or strip_conj(nxt)[:1] == "ل")


def _indefinite_accusative(text: str) -> bool:
    """An indefinite noun in the accusative as written: its last letter ا with nunation (هجوماً, هجومًا)."""
    w = text.rstrip("\u064b\u064c\u064d\u0640")
    return w.endswith("ا") and w != text and not normalize(text).startswith("ال")


def _written_forms(toks: list, norms: list[str], hits: list[_Hit]) -> list[_Hit]:
    """What the written word says of a trigger (round 87): a verb trigger whose word carries nunation right after an
    indefinite accusative noun is its adjective, an active participle ("شنت قوات النظام السوري هجوماً غادراً":
    treacherous, no leaving); a summons of an envoy with the summoner's own possessive ("استدعت السعودية سفيرها
    لدى بيروت", "استدعاء سفيرها لدى لبنان للتشاور") recalls one's ambassador, no summons of another's (no ACCUSE;
    unreal.tsv own); and the accusative of purpose (``_purpose_accusative``) is why an act was done, no act."""
    u = _unreal_words()
    own, purpose = u["own"], u["purpose_acc"]
    out = []
    for h in hits:
        if _purpose_accusative(norms, h, purpose) and not any(g.type == h.type and g.i < h.i for g in hits):
            continue  # (after an act of its own type it is that act's: "تظاهر الاف … واحتجاجا على حملة اليمين")
        if h.pos == "v" and h.i >= 1 and any(c in toks[h.i].text for c in _TANWEEN) and \
                not toks[h.i].text.startswith(("و", "ف")) and _indefinite_accusative(toks[h.i - 1].text):
            continue  # (an indefinite accusative noun before it: its adjective; "وقتلًا عشوائيًا" is the verbal noun)
        if h.type == "ACCUSE" and h.object_tail and h.tail:
            obj = toks[h.tail[-1]].text
            w = strip_conj(normalize(obj))
            suf = next((x for x in sorted(own, key=len, reverse=True) if w.endswith(x) and len(w) > len(x) + 3), None)
            if suf is not None and (suf != "ه" or obj.endswith("ه")):
                continue
        out.append(h)
    return out


def _bare_plural(w: str) -> str:
    """مناطق from لمناطق, بمناطق, لأراضي (a glued preposition before a plural of land)."""
    return w[1:] if w[:1] in "لب" and len(w) > 4 else w


def _instruments(norms: list[str], hits: list[_Hit]) -> list[_Hit]:
    """A march word with ب right after an attack ("لهجمات بمسيرات وصواريخ", "هجوم بمسيرة"): the drones the attack
    was made with, no protest. So is a counted march word right after an attack verb, its subject ("حيث استهدفت
    خمس مسيرات القاعدة الأمريكية": five drones struck; marches strike nothing)."""
    attacks = [h for h in hits if h.type == "ASSAULT"]
    if not any(h.type == "PROTEST" for h in hits):
        return hits
    counts = _count_words()
    return [h for h in hits if not (h.type == "PROTEST" and (
        (strip_conj(norms[h.i])[:1] == "ب" and any(0 <= h.i - a.e <= 2 for a in attacks)) or
        any(a.pos == "v" and 1 <= h.i - a.e <= 2 and all(norms[k].isdigit() or norms[k] in counts
                                                            for k in range(a.e, h.i)) for a in attacks)))]


_LAUNCH_REACH = 7  # tokens back from a launching verb with a pronoun to its weapon: طائرة بدون طيار “مفخخة” أطلقتها
_CLAUSE_STOPS = frozenset(("،", ",", ".", ":", "؛", ";", "?", "؟", "!"))


def _weapon_word(w: str, weapons: frozenset) -> bool:
    """w (normalised) is a weapon noun of roles.tsv, with a glued conjunction or the article, or its dual or
    accusative (صاروخين, صاروخان, مسيرتين, صاروخا)."""
    w = strip_conj(w)
    w = w[2:] if w.startswith("ال") and len(w) > 4 else w
    return w in weapons or (w[-2:] in ("ين", "ان") and (w[:-2] in weapons or w[-3:-2] == "ت" and w[:-3] + "ه" in weapons)) \
        or (w[-1:] == "ا" and w[:-1] in weapons)


def _launched(norms: list[str], hits: list[_Hit]) -> list[_Hit]:
    """A launching verb with an object pronoun (roles.tsv launch_pronoun_verbs: أطلقتهما, أطلقها) is an attack
    only when a weapon noun stands a few tokens before it in its clause, which the pronoun refers back to
    ("صاروخين أطلقتهما إسرائيل", "الصواريخ التي أطلقها الحوثيون"); the campaign or the rumour one launches is none."""
    verbs = role_set("ASSAULT", "launch_pronoun_verbs")
    out = []
    for h in hits:
        if h.type == "ASSAULT" and h.e == h.i + 1 and strip_conj(norms[h.i]) in verbs:
            weapons = role_set("ASSAULT", "weapon_nouns")
            ok = False
            for k in range(h.i - 1, max(0, h.i - _LAUNCH_REACH) - 1, -1):
                if norms[k] in _CLAUSE_STOPS:
                    break
                if _weapon_word(norms[k], weapons):
                    # (a weapon that is an attack's trigger itself, "قذائف هاون أطلقها المسلحون", "الضربات الصاروخية
                    # أطلقتها الطائرة": that noun tells the act, with its doer; the verb is no second event)
                    ok = not any(g is not h and g.type == "ASSAULT" and g.i <= k < g.e for g in hits)
                    break
            if not ok:
                continue
        out.append(h)
    return out


@lru_cache(maxsize=1)
def _count_words() -> frozenset:
    """The number words (خمس, ثلاث, عشرات …) that count a noun right after them (number_words' keys are
    normalised already)."""
    from ...arabic.numbers import number_words
    return frozenset(number_words()) | word_set("events/quantifiers.txt")


@lru_cache(maxsize=1)
def _vague_counts() -> frozenset:
    """quantifiers.txt's words (عدد, العديد, جميع, مجموعة) and the scale words of vague counts (count_scales.txt:
    مئات, آلاف) with their article."""
    scales = word_set("events/count_scales.txt")
    return word_set("events/quantifiers.txt") | scales | frozenset("ال" + w for w in scales)


@lru_cache(maxsize=1)
def _genitive_heads() -> tuple[frozenset, frozenset]:
    return (word_set("events/actor_heads.txt") | frozenset(role_cues("ALL", "media_heads"))
            | word_set("events/epithet_heads.txt") | word_set("events/naming_heads.txt"),
            frozenset(role_cues("ALL", "masdar_heads")))


@lru_cache(maxsize=1)
def _noun_words() -> frozenset:
    """(type, word) of the noun entries of triggers.tsv."""
    return frozenset((e.type, e.words[0]) for e in triggers().entries if e.pos == "n" and len(e.words) == 1)


def _masdar_too(h: _Hit, w: str) -> bool:
    """(round 100) A verb hit whose written word, bare, is also a noun entry of its type (دعم, قصف, تعاون): the
    verbal noun as much as the past verb; read as the noun in a construct after an actor head ("قيادة تحالف دعم
    الشرعية": the coalition's name, no act)."""
    return (h.type, w) in _noun_words()


def _named_genitives(norms: list[str], hits: list[_Hit]) -> list[_Hit]:
    """A noun trigger right after an actor head in the construct state (no article: قوات الاحتلال, قوات الدعم
    السريع, هيئة تحرير الشام, مجلس التعاون) is the head's genitive, part of the actor's name: no event, and its
    words stay in the actor's phrase. So it is after a thing an actor holds (epithet_heads.txt: طائرات
    الاحتلال, قاعدة الاحتلال الأميركي): the actor named by an epithet; and after a head that takes a name
    (naming_heads.txt: ساحة التحرير, تلفزيون المسيرة, فريق التحرير): the name of a place, a station, a team.
    A head may carry a glued ل / ب ("تحليق لطائرات الاحتلال")."""
    heads, masdars = _genitive_heads()
    out = []
    for h in hits:
        if (h.pos in ("n", "x") or h.pos == "v" and _masdar_too(h, norms[h.i])) and h.i >= 1:
            prev = strip_conj(norms[h.i - 1])
            if prev not in heads and prev[:1] in "لب" and prev[1:] in heads:
                prev = prev[1:]
            head = prev if prev in heads else norms[h.i - 1] if norms[h.i - 1] in heads else None
            # (an indefinite trigger only when the construct goes on: هيئة تحرير الشام, not "مقاتلي هجوما واسعا")
            if head and head not in masdars and not prev.startswith("ال") and \
                    (norms[h.i].startswith("ال") or (h.e < len(norms) and norms[h.e].startswith("ال"))):
                continue
        out.append(h)
    return out


def _named_acts(norms: list[str], hits: list[_Hit]) -> list[_Hit]:
    """(round 90) A noun of an undertaking in the construct state whose genitive, right after it, is a trigger of the
    type one_act.tsv gives it (genitive_act) names that act, told once: "انطلاق معركة تحرير مدينة الموصل", "عملية تحرير
    تكريت" (the taking, COERCE), "دخل اتفاق وقف إطلاق النار حيز التنفيذ" (the truce, RETREAT): the noun is no event
    of its own (the training split records the genitive only). Not with ل between ("اتفاق لوقف إطلاق النار": two)."""
    heads, labels = _one_act()["genitive_act"], _one_act()["genitive_label"]
    if len(hits) < 2:
        return hits
    starts = {h.i: h for h in hits}
    out, labelled = [], set()
    for h in hits:
        if h.pos == "n" and h.e - h.i == 1 and h.e in starts:
            word = strip_conj(norms[h.i])
            want = heads.get(word)
            g = starts[h.e]
            bare = strip_conj(norms[g.i]) == norms[g.i] and norms[g.i][:1] not in "لب"
            if want is not None and g.type == want != h.type and bare:
                continue
            if word in labels and bare and g.type != h.type and g.pos in ("n", "x", "v") and \
                    not norms[g.i].startswith("ال"):
                labelled.add(g.i)  # (round 109) "اجتماع تنسيق أستانا": the meeting's label, no act of its own
        out.append(h)
    return [h for h in out if h.i not in labelled] if labelled else out


def _adjective_next(w: str) -> bool:
    """An indefinite nisba adjective (صاروخي, عسكرية, إسرائيلي, جوية): what follows a noun, not a verb."""
    return len(w) > 3 and not w.startswith("ال") and w.endswith(("ي", "يه", "يا")) and w[:1] not in "يت"


def _cue_starts(norms: list[str], lexicons: Optional[list] = None) -> dict[str, list[int]]:
    """Lexicon name -> the tokens where one of its entries can start (each lexicon's ``starts``, in one pass
    over the sentence instead of four). ``lexicons``: each token's names of lexicons (``lexicon.cue_first_words``), when
    the caller read them already (SentenceView.cue_lexicons, from its one look-up per word)."""
    if lexicons is None:
        first = cue_first_words()
        lexicons = [first.get(w, ()) for w in norms]
    out: dict[str, list[int]] = {"modality": [], "evidence": [], "retype": [], "modes": []}
    for k in compress(range(len(lexicons)), lexicons):  # (the few words that can start one: a non-empty tuple)
        for name in lexicons[k]:
            out[name].append(k)
    return out


def _governs(sv: SentenceView, k: int, end: int, ent, i: int, impf: bool) -> bool:
    """The modality marker ``ent`` at tokens [k, end) governs the word at ``i`` (before it within its window, in
    its clause; an "impf" marker only an imperfect verb, a "that" marker only across its complementizer, a "bi"
    marker only a word with a glued ب)."""
    cond = ent.extra[0] if ent.extra else "-"
    if end > i or k == i or i - end > int(ent.mode or 0):
        return False
    if any(sv.breaks[m] or sv.is_quote(m) for m in range(end, i)):
        return False
    if cond == "impf" and not impf:
        return False
    if cond == "that" and not any(sv.norms[m] in _unreal_words()["that"] for m in range(end, min(end + 4, i))):
        return False
    if cond == "bi" and not strip_conj(sv.norms[i]).startswith("ب"):
        return False
    return True


def _evidence_at(sv: SentenceView, starts: list[int]) -> list[tuple[int, list]]:
    """The evidence lexicon's matches at each of ``starts`` (_cue_starts' "evidence"): read by _apply_modality and
    then _apply_evidence, so kept on the view for the same starts list (one pass over them, not two)."""
    got = sv.__dict__.get("_evidence_matches")
    if got is None or got[0] is not starts:
        lex, norms = evidence(), sv.norms
        got = sv._evidence_matches = (starts, [(k, lex.match_at(norms, k)) for k in starts])
    return got[1]


def _apply_modality(sv: SentenceView, hits: list[_Hit], starts: list[int], ev_starts: list[int] = ()) -> None:
    lex = modality()
    norms = sv.norms
    markers = []
    for k in starts:  # (_cue_starts' "modality")
        for idx, end, _form in lex.match_at(norms, k):
            markers.append((k, end, lex.entries[idx]))
    carries = []  # the light verbs whose object is an event noun (شن, نفذ: evidence.tsv "carry"), when a marker
    if markers:  # may govern them
        ev = evidence()
        found = [(k, end, form, ev.entries[idx].type) for k, matches in _evidence_at(sv, ev_starts)
                 for idx, end, form in matches]
        carries = [(k, form) for k, _end, form, typ in found if typ == "carry"]
        # "وهم لا يزالون يرفضون جهود السلام": the negation of a verb of ceasing means "still" (evidence.tsv
        # "still"), it governs the auxiliary, not the act after it
        still = {m for k, end, _f, typ in found if typ == "still" for m in range(k, end)}
        if still:
            markers = [x for x in markers if not ("negated" in x[2].type and x[0] in still)]
    trig_starts = {x.i for x in hits}
    for h in hits:
        for k, end, ent in markers:
            cond = ent.extra[0] if ent.extra else "-"
            window = int(ent.mode or 0)
            if cond == "after":
                # a condition after the act: "فرض عقوبات إذا لم تتوقف" (not one after the next trigger)
                last = h.tail.stop if h.tail else h.e
                if k < last or k - last > window or \
                        any(sv.breaks[m] or sv.is_quote(m) or m in sv.trigger_tokens for m in range(last, k)):
                    continue
                for flag in ent.type.split(","):
                    setattr(h, flag.strip(), True)
                continue
            if not _governs(sv, k, end, ent, h.i, h.pos == "v" and getattr(h.form, "imperfect", False)):
                continue
            for flag in ent.type.split(","):
                setattr(h, flag.strip(), True)
        if h.pos == "n" and carries:
            # "ضمان عدم شن واشنطن ضربات عسكرية جديدة": what governs the light verb governs the event noun it
            # carries (its object, however long its subject, in its clause with no other trigger between)
            for ck, cform in carries:
                if not (h.i - 10 <= ck < h.i) or any(sv.is_punct(m) or m in trig_starts for m in range(ck + 1, h.i)):
                    continue
                for k, end, ent in markers:
                    if (ent.extra[0] if ent.extra else "-") != "after" and \
                            _governs(sv, k, end, ent, ck, getattr(cform, "imperfect", False)):
                        for flag in ent.type.split(","):
                            setattr(h, flag.strip(), True)
        if not h.negated and h.i >= 2 and sv.norms[h.i - 1] in _OR:
            # "عدم المساس بسيادة أي دولة أو استهداف أمنها": a trigger joined by أو to what a negation governs, in
            # its clause, is negated with it
            for k, end, ent in markers:
                if "negated" in ent.type and end <= h.i - 1 and h.i - end <= 8 and \
                        not any(sv.breaks[m] or sv.is_quote(m) for m in range(end, h.i)):
                    h.negated = True
        if h.pos == "n" and h.i >= 2 and sv.norms[h.i][:1] == "و" and not sv.is_punct(h.i - 1):
            # "مخاوف أمنية من تكرار الخروقات وهجمات داعش": an event noun joined by و to the noun (or its genitive)
            # a marker governs, in its clause, is governed with it (what is feared, called for or denied is the pair;
            # the not-happened flags only: "ستواصل مكافحة الأنشطة الإرهابية واستهداف تمويل الإرهاب" is no planned attack)
            for k, end, ent in markers:
                if (ent.extra[0] if ent.extra else "-") in ("-", "that") and any(
                        _governs(sv, k, end, ent, m, False) for m in (h.i - 1, h.i - 2) if m >= end):
                    for flag in ent.type.split(","):
                        if flag.strip() != "future":  # (a plan's second act, no reported noun, is not made one)
                            setattr(h, flag.strip(), True)
        if h.pos == "v" and getattr(h.form, "future", False):
            h.future = True
        if h.pos in ("n", "v") and _purpose(sv, h):
            h.hypothetical = True
            for x in hits:  # its object, a trigger word itself, is part of the purpose ("لاستعادة السيطرة")
                if x.i == h.e:
                    x.hypothetical = True


def _purpose(sv: SentenceView, h: _Hit) -> bool:
    """A verbal noun of purpose: ل + a noun that acts on what follows it ("غارات … لدعم الشرعية", "لإخراج
    عناصر داعش", "لتحريرها"), or the accusative of support ("دعماً للرئيس"): what an act is for, not an act."""
    word = triggers().entries[h.entry].words[0]
    w = strip_conj(sv.norms[h.i])
    if h.type in ("SUPPORT", "AID") and w == word + "ا":
        return True
    if not (w.startswith("ل") and not w.startswith("لل") and w[1:].startswith(word)):
        return False
    acts_on = role_set("ALL", "patient_nouns") | role_set(h.type, "object_genitive")
    if word not in acts_on:
        return False
    if len(w) > len(word) + 1:
        return True  # لتحريرها: its object is the pronoun
    nxt = h.e
    # (the object may itself be a trigger word: "لاستعادة السيطرة على البلدة")
    return nxt < sv.size and (sv.content(nxt) or nxt in sv.trigger_tokens and not sv.is_punct(nxt)) and (
        sv.norms[nxt].startswith("ال") or sv.words[nxt] in sv.heads or nxt in sv.named_tokens)


# words that introduce the act a killing came from: "قتل خمسة جنود … في قصف مدفعي", "قتلوا جراء ضربة جوية"
_CAUSE_WORDS = closed_class("cause_words")


def _after_cause(sv: SentenceView, i: int) -> bool:
    """A cause word (في, جراء, إثر …) stands right before token i, or before the quotation mark that opens it
    (بمقتل 3 أشخاص إثر “قصف جوي”: a mark is no word)."""
    k = i - 1
    if k >= 1 and sv.toks[k].text in _QUOTE_MARKS:
        k -= 1
    return k >= 0 and sv.words[k] in _CAUSE_WORDS
_HEADLINE_TOKENS = 20  # a line this short with no final stop is a headline (or a caption, a crosshead)
_FINAL_STOPS = ".!?؟:…"


def _headline(doc: Document, toks: list) -> bool:
    """The sentence is a line of its own without a final stop: a headline ("هجوم لـ داعش في ريف دير الزور
    يكبد قسد خسائر بشرية", "ترامب يحذر إيران"). Headlines report in nouns and in the present tense."""
    if not toks or len(toks) > _HEADLINE_TOKENS or toks[-1].text[-1:] in _FINAL_STOPS:
        return False
    end = toks[-1].end
    rest = doc.text[end:end + 40]
    tail = rest.lstrip(" \t\u200f\u200e\"»”'")
    return not tail or tail[0] == "\n"


_NARRATION_GAP = 4  # the subject words that may stand between a narrating auxiliary and its imperfect (كانت
# القوات العراقية تقصف)
_PAST_REACH = 12  # how far back in its clause the past verb an imperfect is joined to by و may stand


def _past_verb(sv: SentenceView, m: int, hits: list[_Hit]) -> bool:
    """Token m is a verb in the past tense that tells an act: a trigger verb in the past (قصفت, سيطروا) not
    negated, planned or supposed, or a past plural (دخلوا, انتشروا: a word ending in وا that no imperfect prefix
    or particle of the subjunctive opens)."""
    for x in hits:
        if x.i == m and x.pos == "v":
            return not getattr(x.form, "imperfect", False) and not (x.negated or x.future or x.hypothetical)
    w = sv.words[m]
    return len(w) >= 4 and w.endswith("وا") and w[:1] not in "يل" and not sv.is_punct(m) and \
        (m == 0 or strip_conj(sv.norms[m - 1]) not in _NOT_PAST)


def _narrated(sv: SentenceView, h: _Hit, hits: list[_Hit], cues: list[tuple[int, int, str]]) -> bool:
    """An imperfect verb trigger the sentence narrates as an act (not a habit, a plan or a kind of act): after a
    past auxiliary or a narrating adverb of its clause (evidence.tsv "narration": "كانوا يغادرون مطار بغداد",
    "باتت تسيطر", "في الأثناء يقصف الحوثيون"), after a negated verb of ceasing ("still": "لا يزالون يرفضون"),
    after قبل أن with a past act before it ("sequel": "تجمعوا أمام القنصلية قبل أن يقتحمها العشرات"), or joined by
    و to a past verb of its clause ("دخلوا حي العريش ويحاصرون معسكر النصر"). Subject words may stand between the
    cue and the verb; no punctuation, quote, complementizer (أن), relative pronoun or other trigger may.
    A future, negated or supposed imperfect (سيقصف, لن, قد, إذا) keeps its flag: this says only that it is no
    mention. (A noun after "still" is left to the other evidence: "حيث لا تزال عمليات التمشيط مستمرة" goes on with
    an act told before, no new one in the training split's gold.)"""
    that = _unreal_words()["that"]
    if not getattr(h.form, "imperfect", False) or getattr(h.form, "future", False) or \
            strip_conj(sv.norms[h.i]).startswith("ل"):
        return False  # (ليتدخل, لتحاصر: a purpose or a consequence, another construction)

    def clear(a: int, b: int) -> bool:  # tokens [a, b) hold no clause boundary
        return all(not (sv.breaks[m] or sv.is_quote(m) or sv.is_punct(m) or strip_conj(sv.norms[m]) in that or
                        sv.norms[m] in sv.relatives or strip_conj(sv.norms[m]) in sv.relatives or
                        m in sv.trigger_tokens) for m in range(a, b))

    def past_before(k: int, comma: bool = False) -> bool:  # a past verb in the clause before token k (or past a
        # comma right before it: "رددوا شعارات أمام القنصلية، قبل أن يقتحمها العشرات")
        if comma and k >= 1 and sv.toks[k - 1].text in ("،", ","):
            k -= 1
        for m in range(k - 1, max(-1, k - 1 - _PAST_REACH), -1):
            if sv.breaks[m] or sv.is_quote(m) or strip_conj(sv.norms[m]) in that:
                return False
            if _past_verb(sv, m, hits):
                return True
            if any(x.i == m and x.pos == "v" for x in hits):
                return False  # (another verb's clause: an imperfect one)
        return False

    for k, end, kind in cues:
        if end > h.i or h.i - end > (_NARRATION_GAP if kind != "sequel" else 0) or not clear(end, h.i):
            continue
        if kind != "sequel" or past_before(k, True):
            return True
    return sv.conj_at(h.i) and past_before(h.i)


# (round 111) nouns that report an attack only as the object of a light verb (evidence.tsv carry: شنت ضربات)
_CARRIED_ONLY, _WAGE_VERBS = closed_class("carried_only"), closed_class("wage_verbs")


@lru_cache(maxsize=None)
def _carried_entries() -> frozenset[int]:
    """The trigger entries that are one carried_only noun alone (ضربات, not ضربات جوية), by entry index."""
    return frozenset(x for x, e in enumerate(triggers().entries) if len(e.words) == 1 and e.words[0] in _CARRIED_ONLY)


_ADVERBIAL_MARKS = frozenset("،,()")


def _time_adverbial(sv: SentenceView, k: int, i: int, marks: list[int]) -> bool:
    """(round 115) The commas (and brackets) ``marks`` between the light verb at k and its object at i set off an
    adverbial of time ("كانت إسرائيل قد شنت في وقت سابق من اليوم (الأربعاء)، ضربات", "شنت المقاتلات، مساء الخميس،
    غارات"): the last comma closes a phrase that ends in a time word or a number (a bracket closed before it: the
    day named again); at most one comma opens it; what follows the last comma is no new clause (no و, relative
    pronoun or complementizer: "شنت الطائرات يوم الخميس، وقال مسؤول إن ضربات")."""
    commas = [m for m in marks if sv.toks[m].text in ("،", ",")]
    if not commas or len(commas) > 2 or commas[-1] != marks[-1]:
        return False
    j = commas[-1] - 1
    while j > k and sv.toks[j].text in ("(", ")"):
        j -= 1
    if j <= k or not (sv.is_time(j) or sv.words[j].isdigit()):
        return False
    that = _unreal_words()["that"]
    return not any(sv.conj_at(m) or sv.words[m] in sv.relatives or strip_conj(sv.norms[m]) in that
                   for m in range(commas[-1] + 1, i))


def _apply_evidence(sv: SentenceView, hits: list[_Hit], headline: bool, starts: list[int]) -> None:
    """Decide which triggers report an occurrence. A past-tense verb does by itself; a noun needs a verb
    saying it took place nearby or a casualty/yesterday anchor in the sentence ("سياسة الاغتيالات" is a
    mention); an actor noun (المتظاهرون) needs a movement verb of which it is the subject. In a headline
    every trigger reports."""
    lex = evidence()
    norms = sv.norms
    occ, mov = [], []
    narr: list[tuple[int, int, str]] = []  # the cues that put an imperfect in the narration (_narrated)
    carried: list[int] = []  # verbs whose object is the event noun however long their subject (شن, نفذ)
    waged: list[int] = []  # those of them that wage an attack (شن, نفذ; not وجه: وجهت الحكومة ضربة للفساد)
    masdar: list[int] = []  # (round 115) verbal nouns of those verbs (تنفيذ): their indefinite object only
    amid: list[int] = []  # prepositions of attendant circumstance (وسط): the event noun right after one is under way
    # (round 106) the ends of the words whose genitive act took place: a word of sequence that presupposes it
    # (evidence.tsv "after": بعد اعتصام, عقب مباحثات, انتقاماً لمقتل), a verbal noun of occurrence ("onset": اندلاع
    # مواجهات); the event noun right after one is reported
    after: set[int] = set()
    anchor = headline
    dated: set[str] = set()  # the types a day-and-month date anchors (ALL or one type)
    for k, matches in _evidence_at(sv, starts):  # (_cue_starts' "evidence")
        for idx, end, _f in matches:
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
            elif ent.type == "carry":
                if ent.pos == "n":
                    # (round 115) the verbal noun of a light verb carries its object too ("بالإضافة الى تنفيذ
                    # عمليات عسكرية"), an indefinite one only (تنفيذ الاتفاق, اتهم إيران بتنفيذ الضربات: an act
                    # told before), and not one of purpose (لتنفيذ هجمات: a plan)
                    if strip_conj(norms[k]).startswith("ل"):
                        continue
                    masdar.append(k)
                else:
                    carried.append(k)
                if ent.words[0] in _WAGE_VERBS:
                    waged.append(k)
            elif ent.type == "amid":
                amid.append(k)
            elif ent.type == "onset" or ent.type == "after" and not (k >= 1 and sv.words[k - 1] == "من"):
                after.add(end)  # (not من بعد, من قبل: by)
            elif ent.type == "movement":
                mov.append((k, end, ent.mode))
            elif ent.type in ("narration", "still", "sequel"):
                narr.append((k, end, ent.type))
    undergo = role_set("ALL", "undergo_verbs")
    carried_only = _carried_entries()

    def clause_object(k: int, h: _Hit) -> bool:
        # "شن طيران التحالف العربي لدعم الشرعية في اليمن غارات": the verb's subject may be long; the noun is
        # still its object when no punctuation and no other trigger stands between them
        if not h.i - 10 <= k < h.i:
            return False
        commas = []
        for m in range(k + 1, h.i):
            if m in starts:
                return False
            if sv.is_punct(m) and not sv.is_quote(m):
                if sv.toks[m].text not in _ADVERBIAL_MARKS:
                    return False
                commas.append(m)
        return not commas or _time_adverbial(sv, k, h.i, commas)

    starts = {x.i for x in hits if not x.hypothetical}

    undergoes: list[list[int]] = []  # (the experiencer verbs' tokens, found once for all the sentence's nouns)

    def undergo_before(i: int) -> bool:
        if not undergoes:
            undergoes.append([k for k in range(len(norms)) if sv.words[k] in undergo])
        return any(i - 30 <= k < i for k in undergoes[0])

    for h in hits:
        anchored = anchor or "ALL" in dated or h.type in dated
        if h.pos in ("v", "x"):
            h.reported = not getattr(h.form, "imperfect", False) or anchored or _narrated(sv, h, hits, narr) or \
                "yes" in role_set(h.type, "present_stance")
        elif h.pos == "n" and h.entry in carried_only:
            # (round 111) "شنت ضربات استهدفت بلدتي خشام والطابية": a bare strike is an attack as the object of a
            # verb of waging only (تلقى ضربة, ضربة قوية للاقتصاد, وجهت الحكومة ضربة للفساد are no attack);
            # sentence_events drops it otherwise
            # (indefinite: "نُفّذت هذه الضربة" refers back to an act told before)
            h.reported = not _definite(strip_conj(norms[h.i])) and any(clause_object(k, h) for k in waged)
        elif h.pos == "n":
            # تعرضت القوات … الى هجوم: an experiencer verb anywhere before the noun reports it
            h.reported = anchored or h.i - 1 in amid or h.i in after or undergo_before(h.i) or \
                any(clause_object(k, h) for k in carried) or \
                masdar and not _definite(strip_conj(norms[h.i])) and any(clause_object(k, h) for k in masdar) or any(
                (typ == "ALL" and (h.i - 4 <= k < h.i or h.e <= k <= h.e + 3)) or
                (typ == h.type and h.i - 8 <= k < h.i)  # أعلن الرئيس الأمريكي، جو بايدن، انتهاء المهمة
                for k, _e, typ in occ)
        else:
            h.reported = any(typ == h.type and (h.i - 3 <= k < h.i or h.e <= k <= h.e + 2) for k, _e, typ in mov)


def _apply_retype_and_modes(sv: SentenceView, hits: list[_Hit], starts: dict[str, list[int]]) -> None:
    rt = retype()
    md = modes()
    norms = sv.norms
    cues_rt = []
    cues_md = []
    for k in starts["retype"]:
        for idx, end, _f in rt.match_at(norms, k):
            cues_rt.append((k, rt.entries[idx]))
    for k in starts["modes"]:
        for idx, end, _f in md.match_at(norms, k):
            cues_md.append((k, end, md.entries[idx]))
    for h in hits:
        for k, ent in cues_rt:
            frm, _, frm_word = ent.type.partition(":")  # SUPPORT:دعم: only a trigger of that entry word
            frm, _, frm_mode = frm.partition("/")  # ASSAULT/abduct: only a trigger of that mode
            if frm == h.type and (not frm_mode or h.mode == frm_mode) and h.e <= k <= h.e + int(ent.extra[1]) - 1 and \
                    not any(sv.breaks[m] for m in range(h.e, k)) and \
                    (not frm_word or triggers().entries[h.entry].words[0] == normalize(frm_word)):
                h.type, h.mode = ent.mode, (None if ent.extra[0] == "-" else ent.extra[0])
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


@lru_cache(maxsize=None)
def _sequence_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    """first word -> the phrases of ``sequence_words.txt`` (as word tuples) that begin with it."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for w in word_set("events/sequence_words.txt"):
        words = tuple(w.split())
        out.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


def _sequence_between(sv: SentenceView, a: int, b: int, outcome: bool = False) -> bool:
    """A word of sequence (بعد, إثر, ردا, ما دام …: ``sequence_words.txt``) stands in tokens [a, b) and heads the
    phrase that runs on to b (no clause break between): what comes before it and the act at b are two occurrences,
    one told relative to the other. Not after من (من قبل الحرس الثوري: by; من بعد), nor before a bare time
    (منذ يوم الاثنين في البصرة: ``_time_only``), nor with a clause break between it and b ("الاشتباكات الدائرة منذ
    يوم الأربعاء، أسفرت عن مقتل"). ``outcome``: the earlier act is a killing,
    which after a cause word (قتل 31 شخصا بعد أن أمر ترامب بشن ضربات, cause_words of closed_classes.tsv) is the
    later act's outcome, not another occurrence."""
    seq = _sequence_words()
    for m in range(a, b):
        for words in seq.get(sv.words[m], ()):
            if m + len(words) <= b and tuple(sv.words[m:m + len(words)]) == words and \
                    not (m >= 1 and sv.words[m - 1] == "من") and \
                    not (outcome and len(words) == 1 and words[0] in _CAUSE_WORDS) and \
                    not _time_only(sv, m + len(words), b) and \
                    not any(sv.breaks[k] for k in range(m, b)):
                return True
    return False


def _time_only(sv: SentenceView, k: int, b: int) -> bool:
    """The words from k name a time and relate it to no act ("منذ يوم الاثنين في البصرة": the sequence word
    dates an act, it relates no other act); a time measured from an act goes on with من or على ("بعد ساعات من
    قصف", "عقب أيام قليلة من هجوم", "بعد أقل من أسبوع على ضربات")."""
    n = 0
    while k < b and (sv.words[k] in sv.times or (_definite(sv.words[k]) and sv.words[k][2:] in sv.times) or
                     sv.words[k].isdigit()):
        k, n = k + 1, n + 1
    return n > 0 and not any(sv.words[j] in _FROM_ON for j in range(k, min(k + 3, b)))


@lru_cache(maxsize=1)
def _one_act() -> dict[str, object]:
    """resources/events/one_act.tsv: restate_prep, restate_after and another -> their words; genitive_act -> {head noun: the type
    of its genitive act} (all normalised)."""
    rows = table("events/one_act.tsv")
    return {"restate_prep": frozenset(normalize(r[1]) for r in rows if r[0] == "restate_prep"),
            "another": frozenset(normalize(r[1]) for r in rows if r[0] == "another") |
            role_set("ALL", "another_occurrence"),
            "restate_after": frozenset(normalize(r[1]) for r in rows if r[0] == "restate_after"),
            "outcome_cause": frozenset(normalize(r[1]) for r in rows if r[0] == "outcome_cause"),
            "genitive_act": {normalize(r[1]): r[2] for r in rows if r[0] == "genitive_act" and len(r) > 2},
            "genitive_label": frozenset(normalize(r[1]) for r in rows if r[0] == "genitive_label")}


def _restates(sv: SentenceView, h: _Hit, last: int) -> bool:
    """(round 90) The noun hit h, indefinite after a preposition of restating (one_act.tsv restate_prep: في), later in
    the sentence than an act of its type whose last member ends at ``last``, restates that act as a circumstance of its
    clause ("هاجمت خلايا تنظيم داعش مواقع قسد في عدة بلدات … مساء اليوم الاثنين في هجوم يعد الأضخم", "استهدف
    الحوثيون يوم الأحد ناقلة النفط …، في هجوم نادر"): one act. Not one counted another ("في هجوم آخر", "ثان"), nor
    past a connective or inside a relative clause (a clause about another act: "الذي تورط في هجمات"), nor told relative to
    the act by a word of sequence (``_sequence_between``)."""
    if h.pos != "n" or h.i < 1 or h.e - h.i != 1:
        return False
    one = _one_act()
    if sv.norms[h.i - 1] not in one["restate_prep"] or _definite(sv.words[h.i]) or sv.words[h.i] != sv.norms[h.i]:
        return False  # (no glued conjunction, preposition or article on the noun)
    k = h.i - 2  # the phrase is an adjunct of the clause: after a comma, ذلك or a time, not a word that governs it
    # ("والمشاركين في اعتصام", "راضي موسوي في غارة": a killing's cause, read by _merge)
    if k < 0 or not (sv.breaks[k] or sv.words[k] in one["restate_after"] or sv.is_time(k)):
        return False
    if any(sv.words[k] in one["another"] for k in range(h.e, min(sv.size, h.e + 2))):
        return False
    if any(sv.words[m] in _CONNECTIVES for m in range(last, h.i)):
        return False
    for m in range(h.i - 1, last - 1, -1):  # (a relative clause a comma closed before it is no matter: "استهدافاً
        if sv.breaks[m]:  # صاروخياً لقاعدة عين الأسد التي تضم قوات أمريكية …، وذلك …، في هجوم لم يسفر")
            break
        if sv.words[m] in sv.relatives:
            return False
    return not _sequence_between(sv, last, h.i)


_CAUSE_REACH = 3  # words from a cause word to the attack it introduces ("إثر سقوط صاروخين باليستيين أطلقتهما")


def _caused_explosion(sv: SentenceView, h: _Hit, prev: _Hit) -> bool:
    """(round 90) The group ``prev`` is an explosion (unreal.tsv outcome: انفجار) and the attack hit h comes after a
    cause word (one_act.tsv outcome_cause: إثر, جراء, نتيجة, بعد …) a few words before it, later in the sentence ("هزت
    انفجارات عنيفة، مساء الجمعة، العاصمة اليمنية صنعاء …، جراء غارات جوية", "دوّى انفجار ضخم …، نتيجة ضربات جوية
    إسرائيلية"): the explosion is that attack's outcome, one act, which the attack names (as a killing told before the
    strike it came from). Not past another trigger, a connective or a clause a verb joined by و opens ("وقال …")."""
    lex = triggers()
    if prev.type != "ASSAULT" or h.pos == "a" or lex.entries[prev.entry].words[0] not in _unreal_words()["outcome"] or \
            lex.entries[h.entry].words[0] in _unreal_words()["outcome"]:
        return False
    causes = _one_act()["outcome_cause"]
    c = next((k for k in range(h.i - 1, max(prev.members[-1].e, h.i - 1 - _CAUSE_REACH) - 1, -1)
              if sv.words[k] in causes), None)
    if c is None or any(sv.breaks[k] or k in sv.trigger_tokens for k in range(c + 1, h.i)):
        return False
    return not any(k in sv.trigger_tokens or sv.words[k] in _CONNECTIVES or sv.words[k] in sv.relatives or
                   sv.opening_verb(k) for k in range(prev.members[-1].e, c))


def _merge(hits: list[_Hit], sv: Optional[SentenceView] = None) -> list[_Hit]:
    hits = sorted(hits, key=lambda h: h.i)
    lex = triggers()
    out: list[_Hit] = []
    for h in hits:
        if sv is not None and h.pos == "n" and h.i >= 1 and sv.norms[h.i - 1] in _one_act()["restate_prep"]:
            # (round 90) "… في هجوم يعد الأضخم": the act of its clause, the nearest of its type that is no killing
            # (a killing told beside it may be another act: "استهدافاً صاروخياً …، وذلك رداً على مقتل سليماني، في هجوم")
            act = next((p for p in reversed(out) if p.type == h.type and lex.entries[p.entry].mode != "kill"), None)
            if act is not None and (act.negated, act.future, act.hypothetical) == (h.negated, h.future, h.hypothetical) \
                    and _restates(sv, h, act.members[-1].e):
                act.members.append(h)
                if act.mode is None and h.mode:
                    act.mode = h.mode
                act.reported = act.reported or h.reported
                continue
        prev = next((p for p in reversed(out) if p.type == h.type), None)
        if sv is not None and prev is not None and not prev.cause and h.type == "ASSAULT" and \
                (prev.negated, prev.future, prev.hypothetical) == (h.negated, h.future, h.hypothetical) and \
                _caused_explosion(sv, h, prev):
            h.cause = prev.cause = True  # (prev.cause: the group has its cause; h names the act)
            prev.members.append(h)
            prev.mode = h.mode or prev.mode  # the means (a raid, a shelling) over the explosion's bombing
            prev.reported = prev.reported or h.reported
            continue
        last = prev.e if prev is not None else 0
        if sv is not None and prev is not None and h.pos == "v" and not sv.conj_at(h.i) and \
                (prev.members[-1].pos in ("n", "x") or _after_cause(sv, prev.members[-1].i)):
            # (round 90) a verb right after the act's noun tells that act (its subject, the noun, and its object: "قتل
            # 5 أشخاص بقصف تركي عبر طائرة مسيرة استهدف سيارة"), however far the act's first member stands: the gap
            # is counted from the noun. Not a verb joined by و, a clause of its own. (A word after a cause word is a
            # noun, whatever its form: "بمقتل 3 أشخاص إثر “قصف جوي” استهدف سيارة")
            last = prev.members[-1].e
        gap = _MERGE_GAP
        if sv is not None and prev is not None and lex.entries[prev.entry].mode == "kill" and h.i >= 1 and \
                _after_cause(sv, h.i) and not any(sv.breaks[m] for m in range(last, h.i)):
            gap = _CAUSE_GAP  # "قتل 26 من مسلحي حزب العمال الكردستاني في ضربات جوية": the killing is the strike's
        if sv is not None and prev is not None and any(sv.breaks[m] or sv.words[m] in _CONNECTIVES or
                                                       (h.pos == "n" and sv.words[m] in sv.relatives)
                                                       for m in range(last, h.i)):
            # (nor past a relative clause: "بدء حركة حماس هجومًا غير مسبوق ضد إسرائيل التي ترد بقصف عنيف" — the
            # shelling is Israel's reply, another act)
            gap = -1  # "صعّد الطرفان هجماتهما حيث أعلن الحزب قصف مناطق": a new clause tells another event
            if h.pos in ("v", "x") and prev.pos in ("n", "x") and sv.told_noun(h.i, h.type) in range(prev.i, prev.e):
                gap = _MERGE_GAP  # … unless it tells the act the noun names: "نفذ الحوثيون هجوما صاروخيا، استهدف منزل"
        if sv is not None and prev is not None and gap != _CAUSE_GAP and \
                _sequence_between(sv, last, h.i, lex.entries[prev.entry].mode == "kill"):
            gap = -1  # "والهجوم جاء بعد سلسلة اغتيالات", "الضربات الجوية مستمرة ما دام هجوم الجيش": one act told
            # relative to another is another act (not a killing before the act it came from: قتل خمسة بعد غارة)
        if prev is not None and h.i - last <= gap and \
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
    for ent in entities_overlapping(doc, span[0], span[1]):  # (the entities overlapping the span, in document order)
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


def _reports_actors(doc: Document, sv: SentenceView, source: Optional[Phrase], target: Optional[Phrase]) -> bool:
    """A noun trigger with no verb or anchor reporting it still reports a particular event when a named actor
    (an entity) takes part: "غارات إسرائيلية على الضاحية الجنوبية", "الهجمات على قاعدة عين الأسد"."""
    for ph in (source, target):
        if ph is None or _fragment(doc, sv, ph):
            continue
        a, b = _phrase_span(sv, ph)
        if any(e.type in _ACTOR_TYPES for e in entities_overlapping(doc, a, b)):
            return True
    return False


def _fragment(doc: Document, sv: SentenceView, ph: Phrase) -> bool:
    """An actor phrase of fewer than three letters once its clitics are cut (للعد… at the end of a cut-off
    text, ش): a fragment, not a name."""
    a, b = _phrase_span(sv, ph)
    return sum(c.isalpha() for c in doc.text[a:b]) < 3 and not any(
        e.type in _ACTOR_TYPES for e in entities_containing(doc, a, b))


def _named_person(doc: Document, sv: SentenceView, ph: Phrase, span: tuple[int, int], ent
                  ) -> tuple[tuple[int, int], Optional[object]]:
    """A person named with a title is the name (GUIDELINES: the name when the text gives one): "الرئيس اليمني
    السابق علي عبدالله صالح" → علي عبدالله صالح, also when the phrase stopped at the title and the name follows."""
    if not sv.title(ph.i):
        return span, ent
    stop = None  # the first character after the span that no title's rest holds: no name past it follows the title
    for e in doc.entities:
        if e.type != "PER" or e.start < span[0]:
            continue
        if e.end <= span[1]:
            return (e.start, e.end), e
        if e.start >= span[1]:
            if stop is None:
                m = _NOT_TITLE_REST.search(doc.text, span[1])
                stop = m.start() if m else len(doc.text)
            if e.start <= stop and _title_rest(doc.text[span[1]:e.start]):
                return (e.start, e.end), e
    return span, ent


# a character _title_rest never lets stand between a title and its name (not a letter, digit, space, quotation
# mark or tatweel): str.isalnum is what re's \w matches, less the underscore
_NOT_TITLE_REST = re.compile(r"[^\w\s\"'«»“”ـ]|_")


_TITLE_REST_WORDS = 8


def _title_rest(between: str) -> bool:
    """What stands between a title phrase and a name is still the title: nothing, or a few words of its
    genitive and place ("الرئيسة المشتركة لدائرة العلاقات الخارجية في الإدارة الذاتية إلهام أحمد", "موفد الأمم
    المتحدة الخاص ستافان دي ميستورا"), with no punctuation, no conjunction and no ب-phrase (بنظيره الروسي
    سيرغي لافروف is another person)."""
    stripped = between.strip(" \"'«»“”")
    if not stripped:
        return True
    ws = stripped.split()
    if len(ws) > _TITLE_REST_WORDS or any(not c.isalnum() and not c.isspace() and c not in "\"'«»“”ـ" for c in stripped):
        return False
    return not any(normalize(w)[:1] in "وب" or normalize(w) in _NOT_IN_TITLE for w in ws)


_NOT_IN_TITLE = closed_class("not_in_title")


def _place(doc: Document, sv: SentenceView, h: _Hit, used: list[tuple[int, int]], places=None
           ) -> Optional[tuple[int, int]]:
    """The span of the event's place: the location entity nearest the trigger, else the name after في.
    ``places``: the document's place entities that overlap the sentence (read once per sentence)."""
    trig = (sv.toks[h.i].start + sv.toks[h.e - 1].end) // 2
    s0, s1 = sv.toks[0].start, sv.toks[-1].end
    best = None
    for ent in (doc.entities if places is None else places):
        if ent.type not in _PLACE_TYPES or ent.start < s0 or ent.end > s1:
            continue
        if any(u[0] <= ent.start and ent.end <= u[1] for u in used):
            continue
        d = min(abs(ent.start - trig), abs(ent.end - trig))
        if best is None or d < best[0]:
            best = (d, ent)
    if best is not None:
        return best[1].start, best[1].end
    # no location entity: "في مدينة X" / "في X" (X a bare name, no article, not a circumstance word),
    # the nearest one to the trigger in the sentence
    heads = word_set("events/place_heads.txt")
    bad = word_set("events/not_places.txt")
    best_k = None
    for k in range(sv.size - 1):
        if sv.words[k] not in ("في", "قرب", "بالقرب") or h.i <= k < h.e:
            continue
        m = k + 1
        if m < sv.size and sv.norms[m] == "من":
            m += 1
        if m >= sv.size or not sv.content(m):
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
            span = tidy(doc, _phrase_span(sv, ph))
            if span is not None:
                return span
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


def _inside(toks: list, starts: list[int], ent) -> range:
    """Indices of the tokens wholly inside ``ent`` (``starts``: the tokens' start offsets, ascending)."""
    a = k = bisect.bisect_left(starts, ent.start)
    while k < len(toks) and toks[k].end <= ent.end:
        k += 1
    return range(a, k)


def _sentence_entities(doc: Document, s: Sentence) -> list:
    """In: a document and one of its sentences. Out: the document's entities that overlap the sentence, in the
    document's order (``entities_overlapping``; the callers filter this short list by type)."""
    return entities_overlapping(doc, s.start, s.end)


def may_hold_triggers(doc: Document, sentences: list) -> list[bool]:
    """In: a document and its sentences. Out: for each sentence, False when none of its tokens is the first word
    of a trigger entry (``sentence_events`` then finds nothing: ``_find_hits``' first test), else True. One test
    of every token of the document, in C, and two bisections a sentence, instead of slicing each sentence's
    tokens to find most hold no trigger word. A document without tokens (each sentence tokenised on its own)
    gets True everywhere."""
    if not doc.tokens:
        return [True] * len(sentences)
    starts, norms = _token_index(doc)
    at = list(compress(range(len(norms)), map(triggers().first.__contains__, norms)))
    out = []
    for s in sentences:
        # (the sentence's tokens are among starts[lo:hi]; _sentence_slice may drop the last, never add one)
        lo = bisect.bisect_left(starts, s.start)
        j = bisect.bisect_left(at, lo)
        out.append(j < len(at) and at[j] < bisect.bisect_left(starts, s.end, lo))
    return out


def entities_by_sentence(doc: Document, sentences: list) -> list[list]:
    """In: a document and its sentences. Out: for each sentence, the entities that overlap it, in the
    document's order (what ``_sentence_entities`` gives), cut by bisection from the document's one index of its
    entities (``entities_overlapping``): a document of S sentences and E entities costs S bisections, not S
    passes over E."""
    return [entities_overlapping(doc, s.start, s.end) for s in sentences]


def _inside_names(doc: Document, s: Sentence, toks: list, starts: list[int], hits: list[_Hit],
                  ents: Optional[list] = None) -> list[_Hit]:
    """A noun trigger inside a name the entities component found, past its first word, is a word of the name,
    no act: الجبهة الوطنية للتحرير, قوات حماية الشعب, مجلس التعاون الخليجي. (A name that starts with the
    trigger, اتفاق الرياض, is the act's own name and stays.) So is any trigger, a verb too, inside a person's
    name past its first word (مشتاق طالب السعيدي: a father's name that reads as a verb), and a noun trigger that
    is a whole one-word name (قناة "المسيرة": the station, no march)."""
    # (``ents``: the entities overlapping the sentence, when the caller has them; else read here)
    ents = [e for e in (_sentence_entities(doc, s) if ents is None else ents) if e.type in ("ORG", "MISC", "LOC", "PER")]
    if not ents:
        return hits
    spans = [(r, e.type) for r, e in ((_inside(toks, starts, e), e) for e in ents) if r]
    return [h for h in hits if not any(
        (len(r) >= 2 and r.start < h.i and h.e <= r.stop and h.pos in ("n", "x") and typ != "PER") or
        # (in a person, the trigger inside or the last of three words: a tagger's two-word person may be a verb
        # and its subject, "هز انفجاران")
        (typ == "PER" and r.start < h.i and (h.e < r.stop or h.e == r.stop and len(r) >= 3)) or
        (typ != "PER" and h.pos in ("n", "x") and (r.start, r.stop) == (h.i, h.e)) for r, typ in spans)]


def _conjunct_doer(sv: SentenceView, h: _Hit, prev: _Hit, doer: Optional[Phrase], target: Optional[Phrase]
                   ) -> Optional[Phrase]:
    """In: an act ``h`` with no doer of its own and the act ``prev`` told last before it in the sentence, with
    its doer. Out: that doer when h is joined to prev by و as a conjunct of the same kind — verb after verb
    ("اقتحمت قواتها أسوار المطار، وسيطرت على أجزاء منه"), verbal noun after verbal noun ("قطع طريق … والسيطرة على
    18 قرية") — in the same clause (a comma between them, no other stop); else None. Two conjoined acts with no
    subject between them have one doer; not one that is h's own target."""
    if doer is None or prev.pos != h.pos or h.pos not in ("v", "n") or not (
            sv.conj_at(h.i) or (h.i >= 1 and sv.norms[h.i - 1] == "و")):
        return None
    if any(sv.breaks[m] and sv.toks[m].text not in ("،", ",") for m in range(prev.e, h.i)):
        return None
    if target is not None and doer.i < target.j and target.i < doer.j:
        return None
    if _joined_to_complement(sv, h, prev):
        return None
    return doer


def _joined_to_complement(sv: SentenceView, h: _Hit, prev: _Hit) -> bool:
    """(round 91) An act noun h joined by و after the noun prev whose complement, a definite noun glued to its
    preposition, stands right after it: h is a second complement, prev's object, not a second act of prev's doer
    ("للتنديد بالعدوان الامريكي الغاشم والضربات الجوية الغادرة التي قتلت ابناءهم": the strikes were denounced)."""
    k = prev.e
    return h.pos == "n" and k < h.i and k not in sv.trigger_tokens and sv.prepositional(k) and \
        _definite(sv.words[k]) and _definite(strip_conj(sv.norms[h.i]))


def sentence_events(doc: Document, s: Sentence, toks: Optional[list] = None, borrow: bool = True,
                    mentions: bool = False, ents: Optional[list] = None) -> list[Event]:
    """The events of one sentence of ``doc`` (the lexicon path). ``borrow=False`` leaves out the actors an
    event only takes from elsewhere in the sentence (``actor_noun_source``): what the sentence classifier
    reads as "the event has its own actors". ``mentions=True`` also returns the trigger words the evidence
    rules read as a mention (no verb or anchor reports them, no named actor), each marked ``_mention``:
    the learned filter (``keep``) decides on them. ``ents``: the entities overlapping the sentence
    (``entities_by_sentence``), else read here."""
    if toks is None:
        toks, norms = _sentence_slice(doc, s)
    else:
        norms = [t.norm for t in toks]
    if not toks:
        return []
    hits = _find_hits(norms)
    if not hits:
        return []  # (most sentences: no trigger word)
    if len(norms) > 2 and norms[0] in _LINK_CUES and norms[1] in _LINK_ALSO:
        return []  # (round 87) "اقرأ أيضا: …": a link to another article, no part of this one
    hits = _named_acts(norms, _not_objects(norms, _instruments(norms, _named_genitives(norms, _states(norms, _unreal(
        norms, _launched(norms, hits)))))))
    if hits:
        hits = _written_forms(toks, norms, _complements(norms, hits))
    if not hits:
        return []
    starts = [t.start for t in toks]  # (token offsets, for the bisections below)
    # the entities overlapping the sentence, read once: the names, persons and places below filter this list
    # (three passes over every entity of the document for each sentence cost ~0.15 ms an article)
    if ents is None:
        ents = _sentence_entities(doc, s) if doc.entities else []
    if ents:
        hits = _inside_names(doc, s, toks, starts, hits, ents)
        if not hits:
            return []
    # an actor noun (المتظاهرون, انتحاري) is a trigger and a participant: role phrases may contain it
    trig_tokens = {k for h in hits if h.pos != "a" for k in (*range(h.i, h.e), *(() if h.object_tail else h.tail))}
    event_nouns = frozenset(k for h in hits if h.pos in ("n", "x") for k in range(h.i, h.e))
    types = {k: h.type for h in hits if h.pos != "a" for k in range(h.i, h.e)}
    actors = {k: h.type for h in hits if h.pos == "a" for k in range(h.i, h.e)}
    # tokens inside a person the entities component found: a name after a title (الرئيس العراقي برهم صالح)
    # may begin with letters that otherwise mark a verb or a glued preposition
    # (tokens are in text order and do not overlap: the tokens inside an entity are one run, found by
    # bisection rather than by testing every token against every entity)
    persons = [ent for ent in ents if ent.type == "PER"]
    people = frozenset(k for ent in persons for k in _inside(toks, starts, ent))
    names = [ent for ent in ents if ent.type in _ACTOR_TYPES]
    which: dict[int, int] = {}
    for x, ent in enumerate(names):
        for k in _inside(toks, starts, ent):
            which[k] = x  # (of two names holding a token the later wins, as the test of every pair had it)
    named = frozenset(which)
    glued, joined = set(), set()
    for ent in names:
        k = bisect.bisect_left(starts, ent.start) - 1  # the one token that can hold the name's first letter
        if k >= 0 and toks[k].start < ent.start < toks[k].end and \
                doc.text[toks[k].start:ent.start].lstrip("وف") in ("ل", "ب", "لـ", "بـ"):
            glued.add(k)
        elif k >= 0 and toks[k].start < ent.start < toks[k].end and doc.text[toks[k].start:ent.start] in ("و", "ف"):
            joined.add(k)  # (والسعودية: a name joined by و, which the entity leaves out)
    glued = frozenset(glued)
    # (the tokens of the names that act: an organisation's or a person's, not a place's)
    agents = frozenset(k for k, x in which.items() if names[x].type in ("ORG", "PER"))
    sv = SentenceView(doc.text, toks, trig_tokens, event_nouns, types, actors, people, named, which, glued, agents,
                      norms=norms, joined_names=frozenset(joined))
    cue_starts = _cue_starts(norms, sv.cue_lexicons)
    _apply_modality(sv, hits, cue_starts["modality"], cue_starts["evidence"])
    _apply_evidence(sv, hits, _headline(doc, toks), cue_starts["evidence"])
    carried_only = _carried_entries()
    if carried_only and any(h.entry in carried_only and not h.reported for h in hits):
        # (a bare strike no verb wages is no trigger: its tokens are free for the other acts' roles again)
        gone = {k for h in hits if h.entry in carried_only and not h.reported for k in range(h.i, h.e)}
        hits = [h for h in hits if h.reported or h.entry not in carried_only]
        if not hits:
            return []
        gone.difference_update(k for h in hits for k in range(h.i, h.e))
        trig_tokens.difference_update(gone)
        sv.event_nouns = sv.event_nouns - gone
        for k in gone:
            sv.trigger_types.pop(k, None)
    _apply_retype_and_modes(sv, hits, cue_starts)
    patient_nouns = role_set("ALL", "patient_nouns")
    lex = triggers()
    out = []
    acts: list[tuple[Phrase, tuple[int, int]]] = []  # the doers the mentions of an attack name, with the mention
    killings: list[Event] = []  # the killings with no doer of their own
    places = None
    tolls = None
    last: Optional[tuple[_Hit, Optional[Phrase]]] = None  # the act told last in the sentence, with its doer
    for h in _merge(hits, sv):
        mention = not (h.reported or ((h.negated or h.future or h.hypothetical) and h.pos != "a"))
        candidate = mention and mentions and h.pos != "a"
        named_noun = h.pos == "n" and bool(named)
        if mention and not named_noun and not candidate:
            continue  # a mention of a kind of event (or of its participants), not an event
        source = target = None
        target_by = None  # the member whose roles gave the target
        source_by = h  # the member whose roles gave the source (else the act's own words)
        for m in h.members:  # the first member that yields an actor gives it
            # (a noun phrase's genitive is its last word's: "محاولة اغتيال الكاظمي" names the victim, audit r80)
            w = sv.words[m.e - 1 if m.pos == "n" else m.i]
            patient = w in patient_nouns or any(
                w.startswith(p) and w[len(p):] in patient_nouns for p in ("ال", "بال", "لل", "ب", "ل"))
            src, tgt = find_roles(sv, m.roles_as or m.type, m.i, m.e, m.pos, m.form, patient,
                                  lex.entries[m.entry].words[0], m.tail, m.object_tail)
            if h.cause and m is h:
                src = None  # (round 90) an explosion names no doer ("انفجار قوي …، نتيجة قصف": قوي is its adjective)
            if source is None and src is not None:
                source, source_by = src, m
            if m is not h.members[0] and normalize(lex.entries[m.entry].words[0]) in role_set(m.type, "mutual_acts"):
                if src is None and lex.entries[h.members[0].entry].mode == "kill":
                    # "قال حزب الله إن أحد مقاتليه قتل في مواجهات مع القوات الإسرائيلية", "مقتل وإصابة العشرات في
                    # المواجهات مع قوات المقاومة المشتركة" (so the training split): the other side of the clashes
                    # a killing is told in killed; the victims stay the target
                    source = source or tgt
                tgt = None  # the other side of clashes told beside another act is not what that act hit ("أحرق سكان
                # مباني الحكومة واشتبكوا مع قوات الأمن": the buildings were burnt, the police fought)
            if target is None and tgt is not None:
                target_by = m
            target = target or tgt
            if source and target:
                break
        if h.roles_as and target is not None and target.j - target.i > 1 and \
                _unclitic(sv.norms[target.j - 1], _unreal_words()["leave"]):
            # (round 87) "طلبت من السفير اللبناني مغادرة الرياض": the envoy expelled, not his leaving
            target = Phrase(target.i, target.j - 1, target.cut, target.counted)
        if borrow and source is None and "yes" in role_set(h.type, "actor_noun_source"):
            # "انطلقت مظاهرات …، حيث تقدم المتظاهرون بمذكرات": the participants the sentence names elsewhere
            for a in sorted((x for x in hits if x.pos == "a" and x.type == h.type and x not in h.members),
                            key=lambda x: abs(x.i - h.i)):
                source = find_roles(sv, a.type, a.i, a.e, a.pos, a.form, False, lex.entries[a.entry].words[0])[0]
                if source is not None:
                    break
        if source is None and last is not None:
            source = _conjunct_doer(sv, h, *last, target)
        # a doer that disagrees with the plural pronoun the act names it by ("سيطروا", "اجتياحهم العاصمة") is
        # another's: the nearest plural of people before it, else none
        read = source
        source = agreeing_doer(sv, source_by.i, source_by.e, source_by.pos, lex.entries[source_by.entry].words[0],
                               source)
        if h.pos == "v" and source is not None and _not_doer(sv, h.type, source):
            continue  # (round 87) "حيث غادرت مجموعة كبيرة من العائلات السورية من طرابلس": families leave, no withdrawal
        last = (h, source)
        # "قتل خمسة جنود أتراك … في قصف مدفعي", "مقتل قائد … في ضربة بطائرة مسيرة": a killing merged with the
        # act that caused it is named by the act
        named = h
        if h.cause:
            named = next((m for m in h.members if m is not h and m.cause), h)  # (round 90) "انفجار … نتيجة قصف": the attack
        elif lex.entries[h.entry].mode == "kill":
            named = next((m for m in h.members if lex.entries[m.entry].mode != "kill" and m.i >= 1 and
                          _after_cause(sv, m.i)), h)
        elif h.pos == "v" and normalize(lex.entries[h.entry].words[0]) in role_set(h.type, "act_subject_verbs"):
            # "استهدف هجوم صاروخي قاعدة أميركية", "استهدفت غارة إسرائيلية مبنى الأركان": a verb of aiming
            # (act_subject_verbs) whose subject is the act's indefinite noun right after it, with its adjective (so a
            # noun phrase, the kind of attack), tells one occurrence, which the noun names (GUIDELINES' triggers:
            # هجوم, غارات جوية; the training split's gold takes the noun)
            named = next((m for m in h.members if m.pos == "n" and m.i == h.e and not _definite(sv.words[m.i])
                          and m.i + 1 < len(sv.words) and _nisba_like(sv.words[m.i + 1])), h)
        particular = False
        # (a noun whose doer is the plural pronoun of the party found for it, "إطلاقهم صاروخاً", tells that party's
        # particular act, as a named doer does)
        if mention and not (named_noun and (_reports_actors(doc, sv, source, target) or
                                            source is not None and source is not read)):
            if source is not None and h.type == "ASSAULT" and lex.entries[h.entry].mode != "kill" and \
                    not (h.negated or h.hypothetical):
                acts.append((source, (h.i, h.e)))  # (a mention of an attack may still name the doer of a killing it caused)
            if not candidate:
                # "بعد مقتل عدد كبير منهم", "في أعقاب إحراق ممتلكات درزية", "ردا على إحراق القنصلية الإيرانية": an
                # event noun without the article that governs its own object, told relative to another act by a word
                # of sequence before it (_sequence_between: بعد, إثر, عقب, ردا, على خلفية), names one act done to that
                # object, not a kind of act ("سياسة الاغتيالات", "في استهداف دول التحالف"); kept when its target is
                # found (the training split's gold). Not one glued to ل, which says what an act was for ("قبل
                # لاستعادتها لبلدة العلم", "في محاولة لتفريقهم": _purpose)
                bare = strip_conj(sv.norms[h.i])
                if h.pos != "n" or target is None or _definite(sv.words[h.i]) or bare.startswith("ل") and \
                        bare[1:].startswith(normalize(lex.entries[h.entry].words[0]).rstrip("ه")) or \
                        not _sequence_between(sv, max(0, h.i - 6), h.i):
                    continue
                particular = True
        else:
            candidate = False
        ev = Event(s.start, s.end, h.type,
                   trigger=doc.text[toks[named.i].start:toks[named.e - 1].end], mode=h.mode,
                   negated=h.negated, future=h.future, hypothetical=h.hypothetical)
        ev.trigger_start, ev.trigger_end = toks[named.i].start, toks[named.e - 1].end
        ev._tokens = (named.i, named.e)  # (read by _merge_outcomes; not a field)
        used = []
        # (an actor noun trigger is its own participant, المتظاهرون: its span may hold the trigger)
        own = None if named.pos == "a" else (ev.trigger_start, ev.trigger_end)
        for role, ph in (("source", source), ("target", target)):
            if ph is None or _fragment(doc, sv, ph):
                continue
            span, ent = _role_span(doc, sv, ph, own, named.pos == "v")
            if span is None:
                continue
            used.append(span)
            _set_role(ev, role, doc, span, ent)
        if ev.source and named.pos == "n" and _adjective_after(doc, ev):
            _set_role(ev, "source", doc, None, None)  # "انفجار قوي", "بقصف كثيف": an adjective, not a doer
            used = used[1:]  # (the source span was the first one used)
        if ev.source and ev.target and (ev.source == ev.target or used[0][0] < used[1][1] and used[1][0] < used[0][1]):
            _set_role(ev, "target", doc, None, None)  # one phrase cannot do the act and suffer it (لقوات البيشمركة)
            used = used[:1]
        # the target is the people a killing merged into the act names ("قتل متعاقد مدني في الهجوم الصاروخي"): its
        # victims, which drop_repeats does not count as a new party to an act told before
        ev._victims = ev.target is not None and target_by is not None and target_by is not named and \
            lex.entries[target_by.entry].mode == "kill"
        victims = sv.casualties(h.type, h.i) if ev.target is None else None
        if victims is not None:
            # "اصيب 37 شخصا بجروح حين انفجرت قنبلة": with no target of its own, the victims the sentence counts
            span, ent = _role_span(doc, sv, victims, own)
            if span is not None and not (ev.source and used and used[0][0] < span[1] and span[0] < used[0][1]):
                used.append(span)
                _set_role(ev, "target", doc, span, ent)
                ev._victims = True
        if particular:
            if ev.target is None:
                continue  # (its object was no actor: a kind of act after all)
            ev._particular = True  # (added after the repeats are dropped, as a mention is; not a field)
        if places is None:
            places = [e for e in ents if e.type in _PLACE_TYPES]
        place = _place(doc, sv, h, used, places)
        if place is not None:
            ev.place_start, ev.place_end = place
            ev.place = doc.text[place[0]:place[1]]
            ev.place_actor = dictionary_entry(ev.place, "LOC")
        ev.time = _time(doc, s, toks[h.i].start)
        if h.type == "ASSAULT":
            if tolls is None:
                tolls = casualties(doc, s.start, s.end)  # (the sentence's, the same for each of its attacks)
            counts = tolls
            ev.killed, ev.wounded, ev.captured = counts.get("killed"), counts.get("wounded"), counts.get("captured")
        if candidate:
            ev._mention = True  # read by keep.features; not a field: never stored or exported
        if lex.entries[named.entry].mode == "kill" and ev.source is None and h.type == "ASSAULT":
            killings.append(ev)
        out.append(ev)
    if len(acts) == 1:
        # "أعلنت الوكالة مقتل موسوي، قائلة: في سياق هجوم النظام الصهيوني على منطقة السيدة زينب": a killing with no
        # doer of its own, told with one attack the sentence only mentions, was done by that attack's doer
        for ev in killings:
            if not (ev.negated or ev.hypothetical or _told_apart(sv, ev._tokens, acts[0][1])):
                span, ent = _role_span(doc, sv, acts[0][0], (ev.trigger_start, ev.trigger_end))
                if span is not None and not (ev.target_start is not None and ev.target_start < span[1] and
                                             span[0] < ev.target_end):
                    _set_role(ev, "source", doc, span, ent)
    return _merge_outcomes(out, sv)


def _not_doer(sv: SentenceView, typ: str, doer: Phrase) -> bool:
    """The doer found for a verb of ``typ`` holds a word of a kind that never does it (roles.tsv not_subjects, read
    with the article: "غادرت مجموعة كبيرة من العائلات السورية", "سفينة الشحن “روبيمار”، التي غادرت"): wherever
    the subject stands, not only right after the verb (``_not_objects``)."""
    bad = role_cues(typ, "not_subjects")
    if not bad:
        return False
    for k in range(doer.i, doer.j):
        w = strip_conj(sv.norms[k])
        if w in bad or w.startswith("ال") and w[2:] in bad:
            return True
    return False


def _adjective_after(doc: Document, ev: Event) -> bool:
    """The source is one indefinite word right after an indefinite noun trigger, and no name: an adjective
    agreeing with the noun ("انفجار قوي", "بقصف كثيف", "محاولة اغتيال فاشلة", "هجوم إلكتروني"), for an idafa
    genitive that names a doer is definite or a name (هجوم التنظيم, زيارة مظلوم). Sound plurals (مسلحين) are
    people and stay."""
    if ev.source_start is None or ev.trigger_end is None or doc.text[ev.trigger_end:ev.source_start].strip():
        return False
    if ev.source.endswith(("ه", "ها", "هم", "هما")) and len(ev.source) >= 5:
        return False  # an adjective takes no possessive pronoun ("أن بلاده قامت بشن هجوم": his country, audit r80)
    w = normalize(ev.source)
    last = normalize(ev.trigger).split()[-1:] or [""]
    if " " in w.strip() or w.startswith(("ال", "وال", "بال", "لل")) or last[0].startswith(("ال", "وال", "بال", "لل")):
        return False
    if w.endswith(("ين", "ون")) or entities_overlapping(doc, ev.source_start, ev.source_end):
        return False
    return True


def _tokens(ev: Event) -> Optional[tuple[int, int]]:
    return getattr(ev, "_tokens", None)


def _told_apart(sv: Optional[SentenceView], a: Optional[tuple[int, int]], b: Optional[tuple[int, int]]) -> bool:
    """A word of sequence stands between a killing and an attack (``_sequence_between``): "استهداف قاعدة عين
    الأسد انتقاما لمقتل قاسم سليماني", "الغارة جاءت بعد مقتل …" tell two occurrences; not a killing before the act
    it came from ("مقتل ثلاثة إثر غارة", "قتل 31 شخصا بعد أن أمر ترامب بشن ضربات": a cause word). ``a``, ``b``: the killing's and the
    act's trigger tokens [i, e)."""
    if sv is None or a is None or b is None:
        return False
    if a[1] <= b[0]:
        return _sequence_between(sv, a[1], b[0], True)
    return _sequence_between(sv, b[1], a[0])


def _merge_outcomes(events: list[Event], sv: Optional[SentenceView] = None) -> list[Event]:
    """One event per occurrence (GUIDELINES): a killing or wounding with no doer of its own that the sentence
    tells as the outcome of an attack it also reports ("هجوم بطائرة مسيرة … ما أسفر عن مقتل 3 أشخاص",
    "غارة … أدت إلى مقتل قائد") is that attack; the attack takes its victims when it names none. Not an attack
    the sentence tells before or after the killing (``_told_apart``: "انتقاما لمقتل قاسم سليماني")."""
    acts = [e for e in events if e.type == "ASSAULT" and e.mode != "kill" and not (e.negated or e.hypothetical)
            and not getattr(e, "_mention", False) and not getattr(e, "_particular", False)]
    if not acts:
        return events
    out = []
    for e in events:
        if e.type == "ASSAULT" and e.mode == "kill" and e.source is None and not (e.negated or e.hypothetical) and \
                any(not _told_apart(sv, _tokens(e), _tokens(a)) for a in acts):
            act = min((a for a in acts if not _told_apart(sv, _tokens(e), _tokens(a))),
                      key=lambda a: abs((a.trigger_start or 0) - (e.trigger_start or 0)))
            if act.target is None and e.target is not None:
                for f in ("", "_entity_id", "_start", "_end", "_actor"):
                    setattr(act, "target" + f, getattr(e, "target" + f))
            continue
        out.append(e)
    return out


def _role_span(doc: Document, sv: SentenceView, ph: Phrase, trigger: Optional[tuple[int, int]] = None,
               verb: bool = False) -> tuple[Optional[tuple[int, int]], Optional[object]]:
    """The character span of a role phrase: clitics cut, grown to the entity it overlaps, a titled person's
    name, then tidied (attach.tidy); (None, None) when only a fragment is left. ``trigger``: the character span
    of the event's own trigger, which no role may overlap (_off_trigger); ``verb``: the trigger is a verb."""
    span, ent = _named_person(doc, sv, ph, *_snap_entity(doc, _article_span(doc, sv, ph, _phrase_span(sv, ph))))
    if trigger is not None:
        span, ent = _off_trigger(doc, sv, ph, span, ent, trigger, verb)
        if span is None:
            return None, None
    span = tidy(doc, span, ent)
    if span is not None:
        span = whole_actor(doc, span, ent)  # no verb, split quotation, misspelt preposition inside (#26)
    if span is None:
        return None, None
    if ent is not None and not (ent.start < span[1] and span[0] < ent.end):
        ent = None
    return span, ent


def _off_trigger(doc: Document, sv: SentenceView, ph: Phrase, span: tuple[int, int], ent, trigger: tuple[int, int],
                 verb: bool) -> tuple[Optional[tuple[int, int]], Optional[object]]:
    """A role never holds its event's own trigger (the training split's gold: none does). The span grows onto
    the trigger through an entity that holds it: a named event (اتفاق الرياض, معركة الرمادى, قمة العلا: the
    genitive names the event, it does not do it) or a name the trigger word belongs to (مجلس تعاون الخليجي,
    طالب شغاتي): no role (None, None). A name the entities component ran on into a verb trigger after it
    ("مليشيا الحوثي تفرج عن طاقم السفينة") is cut before the verb; a named event's genitive joined by و to another
    party ("إثر اتفاق الرياض وطهران", so the training split) is the first of two parties, not the event's name."""
    if not (span[0] < trigger[1] and trigger[0] < span[1]):
        return span, ent
    a, b = _phrase_span(sv, ph)
    if verb and ent is not None and b <= trigger[0] and ent.end == trigger[1]:
        return (span[0], b), None
    if a >= trigger[1] and ph.j < len(sv.toks) and _opens_party(sv, ph.j):
        return (a, b), None
    return None, None


def _set_role(ev: Event, role: str, doc: Document, span: Optional[tuple[int, int]], ent) -> None:
    """Write a role's text, offsets, entity id and actor-dictionary entry (or clear them all)."""
    if span is None:
        for f in ("", "_entity_id", "_start", "_end", "_actor"):
            setattr(ev, role + f, None)
        return
    name = doc.text[span[0]:span[1]]
    setattr(ev, role, name)
    setattr(ev, role + "_start", span[0])
    setattr(ev, role + "_end", span[1])
    setattr(ev, role + "_entity_id", ent.entity_id if ent is not None else None)
    entry = None
    if ent is not None:
        entry = dictionary_entry(doc.text[ent.start:ent.end], ent.type)
    setattr(ev, role + "_actor", entry or dictionary_entry(name, ent.type if ent is not None else None))


@lru_cache(maxsize=65536)
def _uncounted(s: Optional[str]) -> tuple[str, ...]:
    """The normalised words of an actor string from its counted noun on: (round 120) a quantifier heading the actor
    ("عدد من الوزراء", "المئات من المتظاهرين", "مئات المحتجين", "عدد كبير من"), its adjective of size and من are no
    content of it: the actor is who is counted."""
    words = [w.strip("\"'«»“”()[]،,.:؛") for w in normalize(s or "").split()]
    counts = _vague_counts()
    k = 0
    while k + 1 < len(words) and words[k] in counts and (not words[k].startswith("ال") or words[k + 1] == "من"):
        k += 1
        if k + 2 < len(words) and words[k] in role_set("ALL", "count_adjectives") and words[k + 1] == "من":
            k += 1
        if k + 1 < len(words) and words[k] == "من":
            k += 1
    return tuple(words[k:])


@lru_cache(maxsize=65536)
def _actor_words(s: Optional[str]) -> frozenset[str]:
    """The content words of an actor string, normalised, without clitics and the article (cached: drop_repeats
    compares every event of a document with every earlier one)."""
    out = set()
    for w in _uncounted(s):
        for p in ("وال", "فال", "بال", "لل", "ال"):
            if w.startswith(p) and len(w) - len(p) >= 3:
                w = w[len(p):]
                break
        if len(w) >= 3:
            out.add(w)
    return frozenset(out)


def _new_actor(later: Optional[str], earlier: Optional[str]) -> bool:
    """``later`` names an actor that ``earlier`` did not (no shared content word)."""
    lw = _actor_words(later)
    generic = _generic_words()
    rest = _uncounted(later)  # ("عددا من الوزراء" after "رئيس حكومة الحوثيين": the bare head counted)
    if len(lw) == 1 and len(rest) == 1 and rest[0].startswith(("ال", "وال")) and \
            next(iter(lw)) in generic and _actor_words(earlier):
        return False  # a bare definite head (القوات, الحكومة, التنظيم) refers back to an actor already named
    if not lw:
        return False
    # a shared head word alone (قاعدة "عين الأسد" after القاعدة الجوية الأمريكية, مملكة البحرين after المملكة) is
    # no shared actor: two bases, two kingdoms
    names = {_fold_number(w) for w in lw - generic}
    ew = _actor_words(earlier)
    return not ((names & {_fold_number(w) for w in ew}) if names else (lw & ew))


def _fold_number(w: str) -> str:
    """One form for a word's feminine and sound plurals: السوري / السورية, الحوثي / الحوثيون / الحوثيين."""
    if w.endswith("ه"):
        return w[:-1]
    if len(w) > 5 and w.endswith(("يون", "يين")):
        return w[:-2]
    return w


@lru_cache(maxsize=None)
def _generic_words() -> frozenset:
    """Head words that many actors share (قوات, حكومة, قاعدة, مدينة, مملكة), without their article."""
    return frozenset(w[2:] if w.startswith("ال") else w for w in
                     word_set("events/actor_heads.txt") | word_set("events/place_heads.txt") | set(role_cues("ALL", "generic_heads")))


_DEMONSTRATIVES = closed_class("demonstratives")


def _trigger_head(ev: Event) -> str:
    w = normalize(ev.trigger).split()
    return next(iter(_actor_words(w[0])), "") if w else ""


@lru_cache(maxsize=65536)
def _head_forms(head: str) -> frozenset[str]:
    """A trigger head's readings without a glued conjunction or preposition (لغارات, بقصف, واستهدف) and without
    the indefinite accusative's alif (هجوما, قصفا, تحذيرا; not a pronoun's: تحريرها is no تحريره): one word however
    it is governed."""
    out = set()
    for v in word_variants(head):
        out.add(v)
        if len(v) > 4 and v.endswith("ا") and not v.endswith(("وا", "اا", "ها", "نا")):
            out.add(v[:-1])
    return frozenset(out)


def _same_head(a: str, b: str) -> bool:
    return bool(a and b) and (a == b or bool(_head_forms(a) & _head_forms(b)))


def _anaphoric(ev: Event, text: str) -> bool:
    """The trigger refers back: a definite noun (الهجوم, بالغارة), one after a demonstrative (هذا الهجوم), or a
    launching verb whose object pronoun stands for a weapon told before it ("صاروخين أطلقتهما الجماعة": the
    missiles are already in the text, so often is their attack)."""
    w = normalize(ev.trigger).split()
    if not w:
        return False
    if w[0].startswith(("ال", "وال", "فال", "بال", "لل", "ولل")) and len(w[0]) > 4:
        return True
    if ev.type == "ASSAULT" and len(w) == 1 and strip_conj(w[0]) in role_set("ASSAULT", "launch_pronoun_verbs"):
        return True
    k = text.find(ev.trigger, ev.start, ev.end)
    before = normalize(text[max(ev.start, k - 12):k]).split() if k > 0 else []
    return bool(before) and before[-1] in _DEMONSTRATIVES


def _target_count(ev: Event, text: str) -> str:
    """The exact number that counts an event's target ("ثماني قرى", "السيطرة على ثلاث قرى"): the target's first
    word or the word right before it in the text, digits or a number word; else ""."""
    if not ev.target:
        return ""
    from ...arabic.numbers import number_words
    words = normalize(ev.target).split()[:1]
    if text and ev.target_start:
        words += normalize(text[max(0, ev.target_start - 16):ev.target_start]).split()[-1:]
    return next((w for w in map(strip_conj, words) if w.isdigit() or w in number_words()), "")


@lru_cache(maxsize=4096)
def _lam_owned(target: Optional[str]) -> bool:
    """(round 110) The target is an indefinite thing and the ل-phrase of its owner ("مقرا لـ "قسد"", "موقعا عسكريا
    لقوات سوريا الديمقراطية": actors._lam_owner): the actor the dictionary reads in it is the owner, and another
    site of the owner struck is another act, not the owner named again by an alias."""
    ws = normalize(target or "").replace('"', " ").split()
    if len(ws) < 2 or ws[0].startswith(("ال", "وال")):
        return False
    return any(w[:1] == "ل" and not w.startswith("ال") for w in ws[1:4])


def _same_entry(a: Optional[dict], b: Optional[dict]) -> bool:
    """Two roles the actor dictionary reads as one actor (داعش / تنظيم الدولة الإسلامية, قسد / قوات سوريا
    الديمقراطية, الحوثيين / جماعة أنصار الله): an alias is no new actor however few words it shares."""
    return bool(a and b and a.get("id") and a.get("id") == b.get("id"))


@lru_cache(maxsize=4096)
def _bare_weapons(source: Optional[str]) -> bool:
    """The source is weapons and nothing else, something fired among them (roles.tsv munition_nouns: صواريخ,
    الصواريخ الثمانية, 3 من الصواريخ, 12 صاروخا, طائرة مسيرة): the means of an act told again, no party to it (a
    weapon with its owner, طائرات إسرائيلية, is not bare; nor are "الطائرات" alone, which may be another party's)."""
    from ...arabic.numbers import number_words
    from .actors import _weapon_adjective
    weapons = role_set("ASSAULT", "weapon_nouns")
    munitions = role_set("ASSAULT", "munition_nouns")
    numbers = number_words()
    counts = word_set("events/quantifiers.txt")
    seen = False
    for w in normalize(source or "").split():
        w = strip_conj(w.strip("\"'«»“”()[]،,.:؛"))
        b = w[2:] if w.startswith("ال") and len(w) > 4 else w
        if _weapon_word(w, weapons):
            seen = seen or _weapon_word(w, munitions)
        elif not (w.isdigit() or w == "من" or w in counts or b in numbers or b + "ه" in numbers or
                  b[:-1] in numbers or _weapon_adjective(b) or _weapon_adjective(b[:-1])):
            return False
    return seen


def _place_names(name: Optional[str]) -> set[str]:
    generic = _generic_words()
    return {_fold_number(w) for w in _actor_words(name) - generic}


def _struck_there(ev: Event, k: Event) -> bool:
    """``ev`` happened where ``k`` struck: its place names ``k``'s target ("الغارات الإسرائيلية على منشآت تخزين
    النفط في ميناء الحديدة" after "غارات إسرائيلية على مدينة الحديدة"): the same act told by what it hit there."""
    return bool(_place_names(ev.place) & _place_names(k.target))


def _struck_where(ev: Event, k: Event) -> bool:
    """(round 103) ``ev`` struck the town, base or field where ``k`` happened: its target names ``k``'s place, narrower
    than a region ("الهجوم على مطار أربيل الدولي" after "هجوم … في أربيل", "الهجمات … على قاعدة التنف" after an attack
    there): the place of the act already told, no new party to it (the mirror of ``_struck_there``)."""
    return _local(k) and bool(_site_names(ev.target) & _site_names(k.place))


_ANOTHER_REACH = 3  # words after a trigger to its counting adjective: "هجوما صاروخيا ثانيا", "الجولة الثالثة"


def _another(ev: Event, text: str) -> bool:
    """A mention that is not anaphoric and counts itself another occurrence (roles.tsv another_occurrence) in the
    words after its trigger ("هجوما صاروخيا ثانيا", "استهدفت خلية أخرى", "استهدفت الجولة الثالثة هدفا") or as "مرة"
    with the count right before it ("تعرضت القاعدة للمرة الثانية لهجوم"): no later telling. (آخر before a noun is
    "the last", "قتل آخر إرهابي": only the count after مرة is read before the trigger.)"""
    if not text or ev.trigger_start is None or ev.trigger_end is None:
        return False
    words = role_set("ALL", "another_occurrence")
    clean = lambda ws: [w.strip("\"'«»“”()[]،,.:؛") for w in ws]  # noqa: E731
    before = clean(normalize(text[max(ev.start, ev.trigger_start - 40):ev.trigger_start]).split()[-_ANOTHER_REACH:])
    after = clean(normalize(text[ev.trigger_end:min(ev.end, ev.trigger_end + 40)]).split()[:_ANOTHER_REACH])
    return any(w in words for w in after) or \
        any(w in ("مره", "للمره", "بالمره") and n in words for w, n in zip(before, before[1:]))


@lru_cache(maxsize=65536)
def _site_words(s: Optional[str]) -> frozenset[str]:
    """An actor's or a place's words in one form however governed or possessed: no clitic preposition (لقسد), no
    article, no possessive pronoun (سيارتهم → سياره), one number (``_fold_number``)."""
    out = set()
    for w in _actor_words(s):
        for v in word_variants(w):
            if v.startswith("ال") and len(v) > 4:
                v = v[2:]
            out.add(_fold_number(v))
            for suffix in ("هم", "ها", "ه"):
                if v.endswith(suffix) and len(v) - len(suffix) >= 3:
                    bare = v[:-len(suffix)]
                    out.add(_fold_number(bare[:-1] + "ه" if bare.endswith("ت") else bare))
    return frozenset(out)


@lru_cache(maxsize=None)
def _heads_of_kinds() -> frozenset[str]:
    """Words that name a kind of party, place or site, not one (قوات, مدينة, مقر, مواقع), in ``_site_words``' form."""
    words = _generic_words() | word_set("events/site_heads.txt")
    return frozenset(words | {_fold_number(w) for w in words} | {w[2:] for w in words if w.startswith("ال")})


@lru_cache(maxsize=65536)
def _site_names(s: Optional[str]) -> frozenset[str]:
    """The words of ``_site_words`` that name one party or place (not a kind of them)."""
    heads = _heads_of_kinds()
    return frozenset(w for w in _site_words(s) if w not in heads)


_BROAD_PLACES = ("country", "region", "province")  # a place too wide to tell one act from another


def _local(ev: Event) -> bool:
    """The event happened at a place narrower than a country or a region (a city, a base, a field, a village)."""
    return bool(ev.place) and (ev.place_actor or {}).get("kind") not in _BROAD_PLACES


@lru_cache(maxsize=None)
def _mutual_heads() -> frozenset[str]:
    return frozenset(next(iter(_actor_words(w)), "") for w in role_set("ASSAULT", "mutual_acts"))


def _mutual(ev: Event) -> bool:
    """The act is one two sides do to each other (roles.tsv mutual_acts: اشتباكات, ومواجهات, معارك)."""
    heads = _mutual_heads()
    return any(v in heads for v in _head_forms(_trigger_head(ev)))


def _same_site(ev: Event, k: Event) -> bool:
    """``ev`` (naming no new party) is ``k`` told again in other words: what it struck is what ``k`` struck, named the
    same or shorter ("استهداف حقل كونيكو" after "هجوم صاروخي على حقل كونيكو", "إدراج الحرس الثوري" after "صنفت الحرس
    الثوري", "استهداف السيارة" after the caption's "السيارة التي استهدفتها"; its bare definite head: "استهداف القاعدة"
    after "قاعدة الاحتلال"), or it names no party at all and happened, in another sentence, in a town, a base or a field
    where ``k`` happened or that ``k`` struck ("دوت انفجارات في حقل كونيكو", "تعرضه لقصف صاروخي" in مأرب; in one sentence
    two such acts are steps: "يغادر المسلحون … مع دخول اتفاق لوقف إطلاق النار"). Not a clash after a one-sided act or the
    reverse (mutual_acts: a strike, then the fighting it set off, are two acts), nor a plan after a past act ("حررناها …
    وسيتم تحريره")."""
    if _mutual(ev) != _mutual(k) or ev.future != k.future:
        return False
    if ev.target and k.target:
        names = _site_names(ev.target)
        if names and names <= _site_words(k.target):
            return True
    if not ev.target or not k.target:
        return not ev.source and not ev.target and ev.start != k.start and _local(ev) and \
            bool(_site_names(ev.place) & (_site_names(k.place) | _site_names(k.target)))
    # the bare definite head of what ``k`` struck refers back to it ("استهداف القاعدة" after "استهدف هجوم قاعدة الاحتلال")
    words = normalize(ev.target).split()
    return len(words) == 1 and words[0].startswith(("ال", "وال", "بال", "لل")) and \
        not _site_names(ev.target) and bool(_site_words(ev.target) & _site_words(k.target))


def _unnamed_doer(source: Optional[str]) -> bool:
    """The source leaves the doer unnamed (unknown_doers.txt: "من قبل مجهولين", "الجهة التي نفذت الهجوم"): no party."""
    words = _actor_words(source)
    unknown = word_set("events/unknown_doers.txt")
    return bool(words) and all(w in unknown or _fold_number(w) in unknown for w in words)


def _members_back(later: Optional[str], earlier: Optional[str]) -> bool:
    """``later`` is the members of a party named by its bare definite head (member_heads.txt + التنظيم, المقاومة,
    الحركة: "مسلحي التنظيم", "مجاهدي المقاومة") after ``earlier`` named a party: that party told again, as the bare head
    alone is (``_new_actor``)."""
    w = normalize(later or "").split()
    if len(w) != 2 or not _actor_words(earlier) or strip_conj(w[0]) not in word_set("events/member_heads.txt"):
        return False
    rest = _actor_words(w[1])
    return w[1].startswith("ال") and len(rest) == 1 and next(iter(rest)) in _generic_words()


def _names_new_party(ev: Event, k: Event, anaphoric: bool, link: bool) -> bool:
    """``ev`` names a party ``k`` does not (repeats' test): a new doer, or a new victim or object — not the victims
    of an attack told again with no doer of its own, what it hit in the place the earlier one struck, nor the town
    where the earlier one happened."""
    return _new_actor(ev.source, k.source) and not _bare_weapons(ev.source) and \
        not _same_entry(ev.source_actor, k.source_actor) and not _unnamed_doer(ev.source) and \
        not _members_back(ev.source, k.source) or \
        _new_actor(ev.target, k.target) and \
        not (_same_entry(ev.target_actor, k.target_actor) and not _lam_owned(ev.target)) and \
        not (anaphoric and ev.source is None and (getattr(ev, "_victims", False) or _struck_there(ev, k))) and \
        not (link and ev.start != k.start and ev.source is None and _struck_where(ev, k)) and \
        not (link and ev.start != k.start and _local(ev) and _struck_there(ev, k))


def repeats(ev: Event, kept: list[Event], text: str = "") -> bool:
    """``ev`` tells again an event of ``kept`` (drop_repeats' test for one event)."""
    anaphoric = _anaphoric(ev, text)
    if not anaphoric and _another(ev, text):
        return False
    head = _trigger_head(ev)
    count = _target_count(ev, text)
    two_sided = "yes" in role_set(ev.type, "two_sided") or \
        bool(_head_forms(head) & role_set(ev.type, "with_party_heads"))
    for k in kept:
        if k.type != ev.type or k.negated or k.hypothetical or (ev.time and k.time and ev.time != k.time):
            continue
        if count and k.target and _target_count(k, text) not in ("", count):
            continue  # "سيطرت القوات على ثماني قرى … السيطرة على ثلاث قرى": another count, another act
        link = anaphoric or _same_head(head, _trigger_head(k))
        if _names_new_party(ev, k, anaphoric, link) and \
                not (two_sided and (k.source or k.target) and
                     not _names_new_party(ev, replace(k, source=k.target, target=k.source, source_actor=k.target_actor,
                                                      target_actor=k.source_actor), anaphoric, link)):
            continue  # (round 127) of an act two sides do together (a deal, talks, a truce) the parties are not
            # ordered: "لوقف إطلاق النار مع حزب الله" after "وقف إطلاق النار بين حزب الله وإسرائيل" names no new
            # party
        if link or (ev.source and ev.target) or _same_site(ev, k):
            return True
    return False


def drop_repeats(events: list[Event], text: str = "") -> list[Event]:
    """One record per reported occurrence: a later mention of an event of a type already reported in the
    document ("الهجوم" again, a second "مقتل صالح") that names no new actor (its source and target are missing
    or share a word with the earlier one's) and no other time is dropped. A later mention is one that refers
    back (a definite noun, a demonstrative: الهجوم, هذا الهجوم), repeats the earlier trigger word (مقتل …
    مقتل), or has both actors of the earlier one. A later mention that names a new doer or victim stays
    (GUIDELINES: annotated again when it names a new actor), except an attack that refers back with no doer
    whose only new actor is the people a killing in it names ("قتل متعاقد في الهجوم الصاروخي", "إصابة شخصين
    من جراء القصف": the victims of the act already told, ``ev._victims``), or what it hit in the place the earlier one
    struck ("الغارات على منشآت تخزين النفط في ميناء الحديدة" after "غارات على مدينة الحديدة"). A repeated trigger
    word is one however governed (لغارات / غارات, هجوما / هجوم); an alias of the earlier actor (one entry of the actor
    dictionary: قسد / قوات سوريا الديمقراطية) and a source of weapons alone (الصواريخ الثمانية) name no new actor; a
    mention that counts itself another occurrence (هجوما ثانيا, خلية أخرى, للمرة الثانية) is never a repeat.
    A later mention in other words is one too when it struck the site the earlier one struck, named the same or
    shorter, or names no party and happened, in another sentence, in the town, base or field of the earlier one
    (``_same_site``); the members of a party named by its bare head (مسلحي التنظيم), an unnamed doer (مجهولين) and what
    a mention linked by its trigger word hit, in another sentence, in the town the earlier one struck name no new actor;
    nor does the town, base or field where the earlier one happened, struck by a mention linked by its trigger word that
    names no doer, in another sentence ("الهجوم على مطار أربيل الدولي" after "هجوم … في أربيل": ``_struck_where``)."""
    kept: list[Event] = []
    for ev in events:
        if ev.negated or ev.hypothetical or not repeats(ev, kept, text):
            kept.append(ev)
    return kept
