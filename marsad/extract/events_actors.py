"""Who did it and to whom: actor noun phrases around an event trigger, as token spans.

Arabic news puts the subject after the verb (VSO: هاجم مسلحون دورية) or, with a plural verb or a
topic first, before it (SVO: المتظاهرون أحرقوا, الكاظمي اجتمع مع). Without a parser we read the
shape of the sentence: an agreement suffix on the verb, what stands right before it, the
prepositions listed per type in ``resources/events/roles.tsv`` (هجوم على X, من قبل Y), light verbs
(شنت الميليشيات هجمات) and experiencer verbs (تعرضت القوات الأمريكية لهجوم). Entities found by the
entities component win over the noun-phrase guess wherever they overlap it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..arabic.normalize import normalize
from .events_lexicon import role_cues, word_set

_CLAUSE_PUNCT = set(",،؛;:.!?؟()[]")
_QUOTES = set("«»\"“”'‘’")
_AL_PREFIXES = ("ال", "وال", "فال", "بال", "لل", "كال", "وبال", "ولل")
_NISBA_ENDINGS = ("ي", "يه", "يون", "يين", "يات", "يه")


def _strip_conj(w: str) -> str:
    """Drop a leading و / ف conjunction when what is left is still a word."""
    if len(w) > 3 and w[0] in "وف":
        return w[1:]
    return w


def _definite(w: str) -> bool:
    return w.startswith(_AL_PREFIXES) and len(w) > 3


def _nisba(w: str) -> bool:
    return w.endswith(_NISBA_ENDINGS) and len(w) > 3


@dataclass
class Phrase:
    """Tokens [i, j) of the sentence, plus a character offset correction when a clitic was cut off."""
    i: int
    j: int
    cut: int = 0  # characters of a leading clitic (ب, ل) left outside the phrase


class SentenceView:
    """One sentence's tokens with the predicates the role finder needs."""

    def __init__(self, text: str, tokens: list, trigger_tokens: set[int]):
        self.text = text
        self.toks = tokens
        self.norms = [t.norm for t in tokens]
        self.trigger_tokens = trigger_tokens
        self.fn = word_set("events/function_words.txt")
        self.heads = word_set("events/actor_heads.txt")
        self.quant = word_set("events/quantifiers.txt")
        self.skip = set(role_cues("ALL", "skip"))
        self.aux = set(role_cues("ALL", "aux"))
        self.adjectives = word_set("events/adjectives.txt")
        self.joiners = word_set("events/actor_joiners.txt")
        self.occupant = word_set("events/occupant_verbs.txt")

    def n(self) -> int:
        return len(self.toks)

    def is_punct(self, k: int) -> bool:
        return not self.toks[k].text[0].isalnum()

    def is_clause_break(self, k: int) -> bool:
        return self.toks[k].text in _CLAUSE_PUNCT or self.toks[k].text == "-"

    def is_quote(self, k: int) -> bool:
        return self.toks[k].text in _QUOTES

    def word(self, k: int) -> str:
        return _strip_conj(self.norms[k])

    def content(self, k: int) -> bool:
        """A word that can be part of an actor phrase."""
        if k < 0 or k >= self.n() or self.is_punct(k):
            return False
        w = self.norms[k]
        if w.isdigit() or w in self.fn or _strip_conj(w) in self.fn:
            return False
        return k not in self.trigger_tokens

    # -- noun phrases
    def np_right(self, k: int, limit: Optional[int] = None) -> Optional[Phrase]:
        """The actor phrase starting at token k (after skipping counting words: آلاف المتظاهرين)."""
        limit = self.n() if limit is None else min(limit, self.n())
        while k < limit and self.is_quote(k):
            k += 1
        for _ in range(3):  # عدد من الشبان, مئات الآلاف من
            if k < limit and self.word(k) in self.quant:
                k += 1
                while k < limit and (self.norms[k].isdigit() or self.is_quote(k)):
                    k += 1
                if k < limit and self.norms[k] == "من":
                    k += 1
        if k >= limit or not self.content(k):
            return None
        start, end = k, k + 1
        head = self.word(k)
        definite = _definite(head)
        genitive = 2 if head in self.heads or (definite and head[2:] in self.heads) else (1 if not definite else 0)
        count = 1
        m = k + 1
        while m < limit and count < 6:
            if self.is_quote(m):
                m += 1
                continue
            if not self.content(m):
                break
            w = self.norms[m]
            if w.startswith("وال") or (w.startswith("و") and w[1:] in self.heads):
                break  # "والشرطة", "وقوات ..." start a second, coordinated actor (واغنر does not)
            if w in self.adjectives:
                pass  # الولايات المتحدة, مسلحون مجهولون
            elif _definite(w):
                if not definite:
                    definite = True  # idafa: indefinite head + definite genitive (منسق البيت)
                    genitive = 0
                elif not (_nisba(w) or genitive > 0):
                    break
                else:
                    genitive = max(genitive - 1, 0)
            else:
                if w.startswith("و") and len(w) > 3 and w[1:] in self.fn:
                    break
                if genitive > 0 and not definite:
                    genitive -= 1
                elif not _nisba(w):
                    break
            end = m + 1
            count += 1
            m += 1
        return Phrase(start, end)

    def extend(self, ph: Optional[Phrase]) -> Optional[Phrase]:
        """Grow an actor over a joined second actor: "قوات واغنر مدعومة بقوات من الجيش السوري"."""
        if ph is None or ph.j >= self.n() or self.word(ph.j) not in self.joiners:
            return ph
        k = ph.j + 1
        if k < self.n() and self.norms[k] in ("ب", "من"):
            k += 1
        second = self.np_right(k)
        if second is None and k < self.n() and self.norms[k].startswith("ب") and len(self.norms[k]) > 3:
            second = Phrase(k, self.np_right(k + 1).j if self.np_right(k + 1) and
                            self.np_right(k + 1).i == k + 1 else k + 1)
        if second is not None and second.j < self.n() and self.norms[second.j] == "من":
            more = self.np_right(second.j + 1)  # بقوات من الجيش السوري
            if more is not None:
                second = Phrase(second.i, more.j)
        return Phrase(ph.i, second.j, ph.cut) if second is not None else ph

    def occupant_of(self, ph: Optional[Phrase]) -> Optional[Phrase]:
        """"المصفى الذي تحتمي به القوات الأمريكية" → the forces (the facility is only where they are)."""
        if ph is None:
            return None
        k = ph.j
        if k + 1 < self.n() and self.word(k) in ("الذي", "التي") and self.word(k + 1) in self.occupant:
            m = k + 2
            if m < self.n() and self.norms[m] in ("به", "بها", "فيه", "فيها"):
                m += 1
            return self.np_right(m)
        return None

    def first_actor(self, lo: int, hi: int) -> Optional[Phrase]:
        """The first phrase headed by an actor noun in tokens [lo, hi): the topic the clauses share."""
        for k in range(lo, hi):
            w = self.word(k)
            if self.content(k) and (w in self.heads or (_definite(w) and w[2:] in self.heads)):
                ph = self.np_right(k, hi)
                if ph is not None:
                    return ph
        return None

    def np_left(self, k: int, floor: int = 0) -> Optional[Phrase]:
        """The actor phrase ending right before token k (skipping auxiliaries قد / كانت)."""
        m = k - 1
        while m >= floor and self.word(m) in self.aux | {"قد"}:
            m -= 1
        while m >= floor and self.is_quote(m):
            m -= 1
        if m < floor or not self.content(m):
            return None
        end = m + 1
        start = m
        while start - 1 >= floor and (self.content(start - 1) or self.is_quote(start - 1)) and end - start < 6:
            start -= 1
        while start < end and self.is_quote(start):
            start += 1
        # re-read from the left edge so the phrase has the same shape as one read rightwards
        ph = self.np_right(start, end)
        if ph is None:
            return Phrase(start, end)
        if ph.j < end:  # the left chunk held two phrases; the subject is the one touching the verb
            rest = self.np_right(ph.j, end)
            return Phrase(rest.i, end) if rest else Phrase(ph.i, end)
        return ph

    def clause_end(self, k: int) -> int:
        m = k
        while m < self.n() and not self.is_clause_break(m):
            m += 1
        return m

    def clause_start(self, k: int) -> int:
        m = k
        while m > 0 and not self.is_clause_break(m - 1):
            m -= 1
        return m

    def cue_at(self, k: int, cues: tuple[str, ...]) -> Optional[Phrase]:
        """If token k is (or starts with) a cue, the phrase it introduces."""
        w = self.norms[k]
        ws = _strip_conj(w)
        for c in cues:
            if w == c or ws == c:
                ph = self.np_right(k + 1)
                if ph is None and k + 1 < self.n() and self.norms[k + 1] == "من":
                    ph = self.np_right(k + 2)
                return ph
            if len(c) == 1 and (w.startswith(c) or ws.startswith(c)) and len(ws) > 3:
                # a one-letter preposition glued to its noun: بمنسق, لحكومة
                body = ws[1:] if ws.startswith(c) else w[1:]
                if body in self.fn or (body.startswith("ال") and body[2:] in self.fn):
                    return None
                if not (body.startswith("ال") or body in self.heads or (c == "ل" and body.startswith("ل"))):
                    return None  # برهم is a name, not ب + رهم: only glued article or actor heads count
                raw = self.toks[k].text
                cut = raw.index(raw.lstrip("وف")[0]) if ws != w else 0
                cut += 1
                # extend over the words after the glued one
                rest = self.np_right(k + 1) if k + 1 < self.n() else None
                j = k + 1
                if rest is not None and rest.i == k + 1 and (_definite(self.norms[k + 1]) or _nisba(self.norms[k + 1])):
                    j = rest.j
                return Phrase(k, j, cut)
        return None


def find_roles(sv: SentenceView, typ: str, i: int, e: int, pos: str, form, patient: bool
               ) -> tuple[Optional[Phrase], Optional[Phrase]]:
    """(source, target) phrases for a trigger on tokens [i, e) of the sentence."""
    source: Optional[Phrase] = None
    target: Optional[Phrase] = None
    cend = sv.clause_end(e)
    cstart = sv.clause_start(i)
    direct = "yes" in role_cues(typ, "direct")
    target_cues = role_cues(typ, "target_after")
    source_cues = role_cues("ALL", "source_after")

    # 1. cues after the trigger, within its clause: هجوم على X من قبل Y
    for k in range(e, min(cend, e + 12)):
        if source is None and sv.word(k) in source_cues:
            source = sv.np_right(k + 1)
        if target is None and k < e + 6:
            ph = sv.cue_at(k, target_cues)
            if ph is not None:
                target = ph

    verb_at: Optional[int] = None
    if pos == "v":
        verb_at = i
    else:
        # a light verb right before the noun carries its subject: شنت الميليشيات هجمات, قام مسلحون بخطف
        lights = role_cues("ALL", "light_verbs")
        for k in range(i - 1, max(cstart, i - 5) - 1, -1):
            if any(sv.word(k).startswith(p + lv) or sv.word(k) == lv for lv in lights for p in ("", "ي", "ت")):
                verb_at = k
                break

    if verb_at is not None and source is None:
        before = verb_at - 1
        while before >= cstart and sv.word(before) in sv.aux:
            before -= 1
        rel = before >= 0 and sv.word(before) in ("الذي", "التي", "الذين")
        svo = bool(form and form.plural_subject) if verb_at == i else False
        has_conj = sv.norms[verb_at][:1] in ("و", "ف") and len(sv.norms[verb_at]) > 3
        if rel:
            k = before
            if k - 1 >= 0 and sv.is_clause_break(k - 1):
                k -= 1
            source = sv.np_left(k)
        elif (svo or (not has_conj and before >= cstart and sv.content(before))):
            source = sv.np_left(verb_at, cstart)
        if source is None:
            k = (e if verb_at == i else verb_at + 1)
            while k < cend and sv.word(k) in sv.skip:
                k += 1
            if k < cend and k not in sv.trigger_tokens:
                source = sv.np_right(k, cend)
            if source is not None and verb_at == i and direct and target is None and not (form and form.object_suffix):
                k2 = source.j
                while k2 < cend and sv.word(k2) in sv.skip:
                    k2 += 1
                if k2 < cend:
                    target = sv.np_right(k2, cend)
        elif verb_at == i and direct and target is None and not (form and form.object_suffix):
            k = e
            while k < cend and sv.word(k) in sv.skip:
                k += 1
            target = sv.np_right(k, cend)

    if source is None and verb_at is not None:
        # "… تجمعت قوات واغنر …، وباشرت بالهجوم": a conjoined verb with no subject of its own shares
        # the subject of the sentence
        source = sv.first_actor(0, i)
    occ = sv.occupant_of(target)
    if occ is not None:
        target = occ

    if pos != "v":
        # the genitive right after a noun trigger: انسحاب القوات (doer) / مقتل عشرة أشخاص (patient)
        nxt = sv.norms[e] if e < sv.n() else ""
        # an idafa genitive is definite or a named actor; an indefinite word after an indefinite noun is its
        # adjective (هجوم مباشر, هجوم انتحاري), not its doer
        if e < sv.n() and sv.content(e) and not _definite(sv.norms[e - 1]) and \
                (_definite(nxt) or _strip_conj(nxt) in sv.heads):
            ph = sv.np_right(e, cend)
            if ph is not None:
                if patient and target is None:
                    target = ph
                elif not patient and source is None:
                    source = ph
        # تعرضت القوات الأمريكية … الى هجوم: the subject of the experiencer verb is the target
        if target is None:
            undergo = role_cues("ALL", "undergo_verbs")
            for k in range(i - 1, max(0, i - 30) - 1, -1):
                if sv.word(k) in undergo:
                    target = sv.np_right(k + 1) or sv.np_left(k)
                    break
    return sv.extend(source), target
