"""Who did it and to whom: actor noun phrases around an event trigger, as token spans.

Arabic news puts the subject after the verb (VSO: هاجم مسلحون دورية) or, with a plural verb or a
topic first, before it (SVO: المتظاهرون أحرقوا, الكاظمي اجتمع مع). Without a parser we read the
shape of the sentence: an agreement suffix on the verb, what stands right before it, the
prepositions listed per type in ``resources/events/roles.tsv`` (هجوم على X, من قبل Y), light verbs
(شنت الميليشيات هجمات) and experiencer verbs (تعرضت القوات الأمريكية لهجوم). Entities found by the
entities component win over the noun-phrase guess wherever they overlap it; two entities side by side are two
phrases (حذر ترامب الحوثيين). Pronouns are read back: a possessive on the event noun (هجومه, مؤكدة شنّها) names
its doer, a resumptive أنه/إنها the sentence's topic, a first-person verb in a quotation (قال: «ندعو …») the
speaker. A topic set off by a comma (وكانت قوات سوريا الديمقراطية، نفت) is the verb's subject, and a relative
clause whose verb disagrees with its pronoun (القرى التي طلب الجيش) has its own subject.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Optional

from ... import actors as actor_dictionary
from ...arabic.clitics import preposition_cut, strip_conj
from ...arabic.normalize import normalize
from ...arabic.numbers import number_words, parse_ordinal
from ...resources import lines
from .lexicon import closed_class, cue_first_words, dual_of as _dual_of, role_cues, role_set, triggers, word_set

_CLAUSE_PUNCT = set(",،؛;:.!?؟()[]")
_ALIAS_CLOSE = {")": "(", "»": "«", "]": "["}  # a closing bracket or mark → its opener
_ASIDE_MARKS = ("،", ",", "-", "–")  # the marks that open and close an aside inside a clause
_QUOTES = set("«»\"“”'‘’")
_OWNER_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")  # a possessive pronoun written on a noun (ة is another letter)
_AL_PREFIXES = ("ال", "وال", "فال", "بال", "لل", "كال", "وبال", "ولل")
_NISBA_ENDINGS = ("ي", "يه", "يون", "يين", "يات", "يه")
_NISBA_SUFFIXES = ("يتين", "يتان", "يين", "يون", "يات", "يان", "يه", "يا", "ي")


@lru_cache(maxsize=1)
def _member_nouns() -> frozenset:
    """(round 123) Nouns naming members of a party (member_heads.txt), without article or clitic."""
    return frozenset(_bare(w) for w in word_set("events/member_heads.txt"))


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset:
    """(round 128) Nouns of people (casualty_people.txt: شخص, جندي, مقاتل, مدني), without article or clitic."""
    return frozenset(_bare(normalize(w)) for w in word_set("events/casualty_people.txt"))


@lru_cache(maxsize=1)
def _adjunct_nouns() -> frozenset:
    """(round 123) Nouns that after a glued ب open an adverbial, never part of the phrase before: kinds of place
    (place_heads.txt, and ريف: بريف القامشلي, بمدينة) and weapons and other means (roles.tsv weapon_nouns,
    means_nouns: بالمدفعية, بالصواريخ), without article."""
    return frozenset(_bare(normalize(w)) for w in word_set("events/place_heads.txt") | {"ريف", "أرياف"} |
                     role_set("ASSAULT", "weapon_nouns") | role_set("ALL", "means_nouns"))


def _definite(w: str) -> bool:
    return w.startswith(_AL_PREFIXES) and len(w) > 3


def _nisba(w: str) -> bool:
    return w.endswith(_NISBA_ENDINGS) and len(w) > 3


def _nisba_end(w: str) -> str:
    """The nisba ending of a word (يه, يين, يون, ي; "" for none): two adjectives agree when theirs are the same
    (the plural يات is left out: المليشيات is a noun as often as an adjective)."""
    if len(w) <= 4:
        return ""
    return next((x for x in ("يه", "يين", "يون", "ي") if w.endswith(x)), "")


@lru_cache(maxsize=200_000)  # a pure function of the word, asked ~15 times per sentence
def _bare(w: str) -> str:
    """The word without a leading conjunction, preposition or article: وبالمتظاهرين → متظاهرين."""
    for p in ("وبال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def _sound_plural(w: str) -> bool:
    """مسلحون, المتظاهرين: a sound masculine plural, which keeps its ن and so heads no idafa."""
    b = _bare(w)
    return len(b) >= 5 and b.endswith(("ون", "ين"))


@lru_cache(maxsize=None)
def _non_agents() -> tuple[frozenset, tuple]:
    """``resources/events/non_agents.txt``: words, and masdar templates where C stands for a root letter."""
    words, templates = set(), []
    for line in lines("events/non_agents.txt"):
        if "C" in line:
            parts = [normalize(x) for x in line.split("C")]
            templates.append(re.compile("^" + "[^ا]".join(re.escape(x) for x in parts) + "$"))
        else:
            words.add(normalize(line))
    return frozenset(words), tuple(templates)


@lru_cache(maxsize=65536)
def _non_agent_known(w: str) -> bool:
    """_non_agent_word against the resource, cached per word (the same words are asked about again and again)."""
    return _non_agent_word(w, *_non_agents())


def _non_agent_word(w: str, words: frozenset, templates: tuple) -> bool:
    cands = {w, _bare(w)}
    for c in list(cands):
        if len(c) > 4 and c[0] in "بلك":  # بمعاودة, لتشكيل
            cands.add(_bare(c[1:]))
            cands.add(c[1:])
    for c in list(cands):
        for suf in ("ات", "ه", "ها", "هم", "ته", "تها", "تهم"):
            if c.endswith(suf) and len(c) - len(suf) >= 3:
                cands.add(c[: -len(suf)] + ("ه" if suf.startswith("ت") else ""))
    return any(c in words or any(t.match(c) for t in templates) for c in cands)



@lru_cache(maxsize=65536)
def _thing_known(w: str) -> bool:
    """w is a word non_agents.txt lists (a thing: القرار, الإجراءات), not one only its masdar templates match."""
    return _non_agent_word(w, _non_agents()[0], ())


@lru_cache(maxsize=65536)
def _word_form(w: str) -> str:
    """The normalised token without a glued conjunction (``strip_conj``), except a head noun, a title or a
    head's dual that begins with و (وزير, وزارة, وكالة, وزارتا): one look-up per word form, cached across
    sentences (the per-sentence list of every token was a tenth of the events' time)."""
    heads = word_set("events/actor_heads.txt")
    if w in heads or w in word_set("events/person_titles.txt") or _dual_of(w, heads):
        return w
    return strip_conj(w)


@lru_cache(maxsize=65536)
def _bare_form(w: str) -> str:
    """_bare of _word_form, cached per word form across sentences (SentenceView.bares)."""
    return _bare(_word_form(w))


def _function_like(w: str) -> bool:
    """The normalised token is no word of an actor phrase whatever its place (SentenceView.content): a letter
    alone (و التي, بـ"4"), a number, a function word, or one with a glued conjunction (وان, فقد)."""
    fn = word_set("events/function_words.txt")
    return len(w) < 2 or w.isdigit() or w in fn or strip_conj(w) in fn or (w[:1] in "وف" and w[1:] in fn)


def _word_forms_of(w: str) -> tuple[str, str, bool, tuple[str, ...]]:
    return _word_form(w), _bare_form(w), _function_like(w), cue_first_words().get(w, ())


# word form -> (_word_form, _bare_form, _function_like, the cue lexicons an entry of starts with it), read with one
# C-level map per sentence (SentenceView.words, bares, fn_like, cue_lexicons): a call of the cached functions per
# token was ~7% of the events step; one table for all, as a look-up in a table this large is mostly a cache miss (a
# table each was a miss each)
_WORD_BARE_FORMS: dict[str, tuple[str, str, bool, tuple[str, ...]]] = {}
_FIRST, _SECOND, _THIRD, _FOURTH = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3)


def _forms(norms: list[str], table: dict, make) -> list:
    """``make(w)`` for each word, from ``table`` (filled on first sight; emptied when it grows past 200,000)."""
    out = list(map(table.get, norms))
    if None in out:
        if len(table) > 200_000:
            table.clear()
        for k, f in enumerate(out):
            if f is None:
                out[k] = table[norms[k]] = make(norms[k])
    return out


@dataclass
class Phrase:
    """Tokens [i, j) of the sentence, plus a character offset correction when a clitic was cut off."""
    i: int
    j: int
    cut: int = 0  # characters of a leading clitic (ب, ل) left outside the phrase
    counted: bool = False  # a number or a counting word stood before it (سبعة أشخاص, أحد عناصر)


@lru_cache(maxsize=1)
def _view_sets() -> dict:
    """The word and cue sets every SentenceView reads, made once (attributes of the view: one dict update per
    sentence instead of ~30 look-ups)."""
    non_agents, templates = _non_agents()
    return dict(
        non_agents=non_agents, templates=templates,
        not_after=role_set("ALL", "not_after"),
        relatives=role_set("ALL", "relative"),
        hedges=role_cues("ALL", "hedges"),
        victims=role_cues("ALL", "victim_nouns"),
        numbers=number_words(),  # (normalised word → value: read for membership, not copied per sentence)
        times=word_set("events/time_words.txt"),
        fn=word_set("events/function_words.txt"),
        heads=word_set("events/actor_heads.txt"),
        quant=word_set("events/quantifiers.txt"),
        skip=role_set("ALL", "skip"),
        aux=role_set("ALL", "aux"),
        adjectives=word_set("events/adjectives.txt"),
        joiners=word_set("events/actor_joiners.txt"),
        occupant=word_set("events/occupant_verbs.txt"),
        titles=word_set("events/person_titles.txt"),
        name_starts=word_set("events/name_starts.txt"),
        directions=word_set("events/directions.txt"),
        al_names=word_set("events/al_names.txt"),
        manner=word_set("events/manner_nouns.txt"),
        peoples=word_set("events/nationalities.txt"),
        soldiers=role_set("ALL", "victim_genitives"),
        asides=role_set("ALL", "aside"),
        passive_after=role_set("ALL", "passive_after"),
        time_preps=role_set("ALL", "time_preps"),
        casualty_verbs=role_set("ALL", "casualty_verbs"),
        casualty_nouns=role_set("ALL", "casualty_nouns"),
        linking=word_set("events/linking_participles.txt"),
    )


def people_word(w: str, peoples: frozenset) -> bool:
    """The normalised word names a people or a nationality of ``peoples`` (nationalities.txt): the word itself or
    a nisba form of one (الأميركية, أفغانيا, الأكراد)."""
    b = _bare(strip_conj(w))
    return b in peoples or any(b.endswith(suf) and b[:-len(suf)] + "ي" in peoples for suf in _NISBA_SUFFIXES)


class SentenceView:
    """One sentence's tokens with the predicates the role finder needs."""

    def __init__(self, text: str, tokens: list, trigger_tokens: set[int], event_nouns: frozenset = frozenset(),
                 trigger_types: Optional[dict] = None, actor_types: Optional[dict] = None,
                 person_tokens: frozenset = frozenset(), named_tokens: frozenset = frozenset(),
                 entity_of: Optional[dict] = None, glued_names: frozenset = frozenset(),
                 agent_tokens: frozenset = frozenset(), norms: Optional[list] = None,
                 joined_names: frozenset = frozenset()):
        self.text = text
        self.toks = tokens
        # (``norms``: the tokens' normalised forms, when the caller has them; else read here)
        self.norms = [t.norm for t in tokens] if norms is None else norms
        self.trigger_tokens = trigger_tokens
        self.event_nouns = event_nouns  # tokens of noun triggers (هجوم): a nisba after them is their adjective
        self.trigger_types = trigger_types or {}  # token → PLOVER type of the trigger on it
        self.actor_types = actor_types or {}  # token → type of an actor-noun trigger on it (المتظاهرون)
        self.person_tokens = person_tokens  # tokens of PER entities (names, whatever their first letter)
        self.named_tokens = named_tokens  # tokens of any entity: a name, never a verbal noun (تكريت is no تفعيل)
        self.entity_of = entity_of or {}  # token → index of the entity it lies in: where one name ends, another begins
        self.glued_names = glued_names  # tokens of a preposition ل / ب glued to a name (لإسرائيل, بواشنطن)
        self.agent_tokens = agent_tokens  # tokens of ORG / PER entities: names that act (a LOC is where)
        self.joined_names = joined_names  # tokens of a conjunction و / ف glued to a name (والسعودية, وإسرائيل)
        self.__dict__.update(_view_sets())  # not_after, relatives, hedges, victims, numbers, times, fn, heads …
        # what every rule reads about a token, made once per sentence and read by index: rules read them ~200
        # times a sentence, and a method call each was ~4% of the events step
        self.size = len(tokens)
        self.breaks: list[bool] = [t.text in _CLAUSE_PUNCT or t.text == "-" for t in tokens]  # ends a clause
        # word form (وزير, وزارة, وكالة begin with و: no conjunction to strip) and the same without its article or
        # glued preposition (_bare)
        forms = _forms(self.norms, _WORD_BARE_FORMS, _word_forms_of)
        self.words: list[str] = list(map(_FIRST, forms))
        self.bares: list[str] = list(map(_SECOND, forms))
        self.fn_like: list[bool] = list(map(_THIRD, forms))  # (content's test of the word alone)
        self.cue_lexicons: list[tuple] = list(map(_FOURTH, forms))  # (detect._cue_starts)

    def may_hold(self, cues: tuple[str, ...]) -> bool:
        """Some token of the sentence could be one of ``cues`` (its word form or normalised form is a one-word cue
        or the second word of a two-word one): when not, a scan testing _cue_match token by token finds nothing,
        and a rule that scans far (to the sentence's end) can skip it."""
        vocab = self.__dict__.get("_vocab")
        if vocab is None:
            vocab = self._vocab = frozenset(self.words).union(self.norms)
        singles, pairs = _cue_sets_of(cues)
        return not (vocab.isdisjoint(singles) and vocab.isdisjoint(pairs))

    def is_punct(self, k: int) -> bool:
        return not self.toks[k].text[0].isalnum()

    def is_quote(self, k: int) -> bool:
        return self.toks[k].text in _QUOTES

    def conj_at(self, k: int) -> bool:
        """Token k carries a glued conjunction و, which its word form leaves off (not the و of وزير, وحدات, وكالة)."""
        return self.norms[k][:1] == "و" and self.words[k] != self.norms[k]

    def conj_cut(self, k: int) -> int:
        """The characters of token k's glued و (and a tatweel after it) that a phrase starting there leaves out."""
        raw = self.toks[k].text
        return raw.index(raw[1:].lstrip("ـ")[0], 1) if len(raw) > 1 else 1

    def after_cue(self, k: int) -> Optional[Phrase]:
        """The actor phrase after the cue on token k; a name set in brackets after it ("شنه (الحوثيون)") is
        the phrase inside them."""
        if k + 1 < self.size and self.toks[k + 1].text == "(":
            close = next((x for x in range(k + 2, min(self.size, k + 10)) if self.toks[x].text == ")"), None)
            if close is None:
                return None
            ph = self.np_right(k + 2, close)
            return ph if ph is not None and ph.i == k + 2 else None
        return self.np_right(k + 1)

    def content(self, k: int) -> bool:
        """A word that can be part of an actor phrase."""
        if k < 0 or k >= self.size or self.fn_like[k] or not self.toks[k].text[0].isalnum():
            return False  # (a function word, a number, a letter alone: _function_like; or punctuation)
        return k not in self.trigger_tokens

    # -- noun phrases
    def _so_called(self, k: int, limit: int) -> Optional[Phrase]:
        """"وتبناها ما يعرف بتنظيم «المقاومة الإسلامية في العراق»", "أعلنت ما تسمي نفسها المقاومة الإسلامية": a
        phrase opened by ما and a verb of naming (roles.tsv so_called) is the name after the verb (past نفسها and
        the ب of the name, or of the head before it: "بتنظيم «…»"), from token k on."""
        if k < limit and self.norms[k] in role_set("ALL", "so_called_self"):
            k += 1
        if k >= limit:
            return None
        if self.norms[k][:1] != "ب":
            return self.np_right(k, limit)
        ph = self.cue_at(k, ("ب",))
        if ph is None and k + 1 < limit:
            ph = self.np_right(k + 1, limit)  # (بتنظيم «…»: the name after the head the ب is glued to)
            ph = ph if ph is not None and all(self.is_quote(x) for x in range(k + 1, ph.i)) else None
        return ph if ph is not None and ph.j <= limit else None

    def np_right(self, k: int, limit: Optional[int] = None) -> Optional[Phrase]:
        """The actor phrase starting at token k (after skipping counting words: آلاف المتظاهرين)."""
        limit = self.size if limit is None else min(limit, self.size)
        while k < limit and self.is_quote(k):
            k += 1
        if k + 2 < limit and self.norms[k] == "ما" and self.norms[k + 1] in role_set("ALL", "so_called"):
            return self._so_called(k + 2, limit)
        if k + 2 < limit and self.norms[k] in _EACH and self.norms[k + 1] == "من":
            k += 2  # "أعلنت كل من المملكة السعودية، ومملكة البحرين": "each of" opens a list of actors
        counted = False
        for _ in range(4):  # عدد من الشبان, مئات الآلاف من, سبعة أشخاص, 30 شخصا, أربعة من حراس
            if k < limit and self.counting(k):
                counted = True
                k += 1
                while k < limit and (self.counting(k) or self.is_quote(k)):
                    k += 1
                if k + 1 < limit and self.norms[k + 1] == "من" and self.content(k) and not _definite(self.norms[k]) \
                        and self.words[k - 1] in self.quant:
                    k += 1  # "مجموعة كبيرة من الحوثيين", "عدد كبير من": the counting noun's adjective (a number's
                    # counted noun, 15 وزيرا من, is no adjective)
                if k < limit and self.norms[k] == "من":
                    k += 1
        if k >= limit or not self.content(k):
            return None
        head = self.words[k]
        if self.is_time(k):
            return None  # نهاية العام, الأسبوع الماضي: a time, not who did it
        if head[:1] in "يت" and head.endswith("ون") and not head.endswith("يون") and len(head) >= 5:
            return None  # "مسلحون يرتدون زي الشرطة": an imperfect plural verb, not a noun
        if self.modifier_at(k):
            return None
        if self.non_agent(k):
            # ترشيح الرئيس, تعامل الحكومة: a verbal noun or an abstract head is not an actor; its
            # genitive may be one
            nxt = k + 1
            if nxt < limit and self.content(nxt) and not self.non_agent(nxt) and \
                    (_definite(self.norms[nxt]) or self.words[nxt] in self.heads):
                ph = self.np_right(nxt, limit)
                if ph is not None and ph.i == nxt:
                    return ph
            return None
        start, end = k, k + 1
        definite = _definite(head)
        genitive = 2 if head in self.heads or (definite and head[2:] in self.heads) else (1 if not definite else 0)
        plural = _sound_plural(head)
        if plural:
            genitive = 0  # مسلحون / المتظاهرين keep their ن: no idafa follows them (مسلحو الحركة would)
        elif counted and not definite and head not in self.heads:
            genitive = 0  # a counted noun ends the count (مليون متظاهر خرجوا, 25 متظاهرا لافتات)
        count = 1
        m = k + 1
        linked = {k}  # (the nouns read as in construct: the head and its indefinite genitives)
        while m < limit and count < 6:
            if self.is_quote(m):
                m += 1
                continue
            if self.norms[m] in ("باسم", "بإسم") and m == end and (self.title(m - 1) or self.words[m - 1] in self.heads) \
                    and m + 1 < limit and self.content(m + 1):
                genitive = max(genitive, 2)  # "الناطق باسم الحشد الشعبي": whose spokesman he is, not a complement
                definite = False
                end = m + 1
                count += 1
                m += 1
                continue
            if self.toks[m].text == "(" and m - 1 >= start and self.words[m - 1] in self.heads and \
                    not _definite(self.norms[m - 1]):
                # "مقاتلو (جبهة تحرير سورية)": a head's name in parentheses is its genitive
                close = next((x for x in range(m + 1, min(limit, m + 7)) if self.toks[x].text == ")"), None)
                if close is not None and close > m + 1 and all(self.content(x) or self.is_quote(x)
                                                               for x in range(m + 1, close)):
                    end = close + 1
                    m = close + 1
                    count += 1
                    break
            if not self.content(m) or self.is_time(m):
                break
            w = self.norms[m]
            if m - 1 in self.entity_of and m in self.entity_of and self.entity_of[m - 1] != self.entity_of[m]:
                break  # "حذر ترامب الحوثيين": two names side by side are two phrases, not an idafa
            if w.startswith("وال") and m - 1 > start and _nisba_end(self.norms[m - 1]) and \
                    _nisba_end(w) == _nisba_end(self.norms[m - 1]) and _definite(self.norms[m - 1]) and \
                    self.modifier_at(m) and m - 1 not in self.named_tokens and \
                    self.toks[m].text.startswith("وال") and self.toks[m].text.endswith(("ي", "ية", "يين", "يون")):
                pass  # (round 114) "القوات الأمريكية والبريطانية": a second nisba adjective joined by و, agreeing
                # with the first, describes the same noun (a second noun opens a second actor: والشرطة; so does
                # one after a name, "المملكة العربية السعودية والخارجية البحرينية"; the written word, not its
                # normal form, is read: والقرى, وألوية only look like one)
            elif w.startswith("وال") or (w.startswith("و") and w[1:] in self.heads):
                break  # "والشرطة", "وقوات ..." start a second, coordinated actor (واغنر does not)
            if m - 1 in self.named_tokens and (m in self.glued_names or (self.prepositional(m) and m not in self.named_tokens)):
                break  # "واشنطن لإسرائيل": a preposition glued to a name opens a complement
            if w[:2] in ("وي", "وت") and len(w) >= 5 and not _nisba(w):
                break  # "«يسقط عزيز ويعيش سيدي»": و + an imperfect verb starts a new clause
            if w[:1] == "و" and len(w) >= 5 and (w.endswith("وا") or (w.endswith("ت") and not w.endswith("ات"))):
                break  # "فتحت النار على سكان ودمرت مباني": و + a past verb (-ت, -وا) starts a new clause
            if self.manner_at(m):
                break  # "جنود افغان بطريق الخطأ", "برصاص قناص": an adverbial, not a genitive
            if w[:1] == "ب" and len(w) > 3 and (w[1:] in _adjunct_nouns() or
                                                 self.bares[m] != w and self.bares[m] in _adjunct_nouns()):
                break  # (round 123) "لسيارتهم بريف القامشلي", "الأحياء السكنية بالمدفعية": ب with a kind of place
                # or a weapon opens where or with what the act was done, never a genitive or an adjective (the ب
                # a preposition, not the word's own first letter: مركز بلدة جنديرس)
            if self.direction(m) and not all(not _definite(self.norms[x]) and not _nisba_like(self.norms[x]) and
                                             self.norms[x] not in self.adjectives for x in range(start, m)):
                break  # "جنود أميركيين جنوب بغداد": after a complete phrase a direction starts a place (a bare
                # noun in construct keeps it: حلف شمال الأطلسي, جيش جنوب لبنان)
            if w in self.adjectives:
                pass  # الولايات المتحدة, مسلحون مجهولون
            elif plural and _sound_plural(w) and w[-2:] == head[-2:] and _definite(w) == definite and \
                    (definite or w[0] not in "يت"):
                pass  # an adjective agrees with its plural noun: المتظاهرين المناوئين, مفجرون انتحاريون
            elif head.endswith(("تين", "تان")) and w.endswith(("يتين", "يتان")) and _definite(w) == definite:
                pass  # "مقاتلتين تركيتين": a feminine dual's nisba agrees with it (its ت is no verb's prefix)
            elif plural:
                if self.nationality(m) and not _sound_plural(w) and _definite(w) == definite:
                    pass  # المتمردين التاميل, المواطنين الشيعة: a people's plural agrees with the plural noun
                elif not _nisba(w) or (_sound_plural(w) and w[-2:] != head[-2:]):
                    break  # مفجرون انتحاريون سياسيين: the -ين word is the object, not an adjective
            elif _definite(w):
                if definite and _sound_plural(w) and not plural and w not in self.adjectives:
                    break  # "هاجمت الشرطة المتظاهرين": a definite head takes no genitive, this is the object
                if definite and genitive > 0 and w[:2] == "ال" and self.actor_head(m) and \
                        m not in self.person_tokens and \
                        not (m - 1 in self.entity_of and self.entity_of.get(m) == self.entity_of[m - 1]):
                    break  # "ودعا الرئيس الحكومة العراقية", "أمهلت الحكومة الكويتية السفير الإيراني": a noun with
                    # the article is in construct with nothing; a second definite actor noun after it (no
                    # adjective: adjectives agree, الحكومة العراقية) opens the next phrase, the verb's object (a
                    # title's name is none: الرئيس الأسد; nor is the inside of one name)
                if not definite and counted and head not in self.heads and m == start + 1 and w.startswith("ال") and \
                        self.cardinal(start - 1):
                    break  # "استهدفت خمس مسيرات القاعدة": a noun a number counts takes no genitive; this is the
                    # object (a quantifier's noun may: غالبية مسلحي التنظيم; so may a scale word's, آلاف أجهزة
                    # الاتصالات; a ل-phrase is a complement of the noun, ثلاثة مواقع للنظام, never the object, and a
                    # بال- word is a preposition's noun or a nisba, صواريخ بالستية)
                if not definite:
                    definite = True  # idafa: indefinite head + definite genitive (منسق البيت)
                    genitive = 0
                elif not (_nisba(w) or genitive > 0 or self.nationality(m)):
                    break  # (حراس الأمن الأفغان, المتمردين التاميل: a people's plural is an adjective)
                else:
                    genitive = max(genitive - 1, 0)
            else:
                if w.startswith("و") and len(w) > 3 and (w[1:] in self.fn or w[1:] in self.casualty_nouns):
                    break  # "مقتل شخص وإصابة 11": و + a verbal noun starts a second event, not a genitive
                if w[:1] in "بل" and w[1:] in role_set("ALL", "light_nouns"):
                    break  # "وهدد سريع بتوجيه ضربات": ب + a light verbal noun is the verb's complement
                if w[:1] == "ي" and len(w) >= 4 and not _nisba(w) and _nisba_like(self.norms[m - 1]):
                    break  # انتحاريا يقود سيارة: an imperfect verb, not a genitive (مسلم يعقوب is a name)
                if w[:1] == "ت" and _verb_shape(w) and not _nisba(w) and _nisba(self.norms[m - 1]) and \
                        _bare(w) not in self.linking and m not in self.named_tokens and w not in self.heads and \
                        self.words[m - 1] not in self.heads:
                    break  # "شركة أجنبية تواصل التعامل": a feminine imperfect verb after the adjective
                if (m - 1) in self.person_tokens and m not in self.person_tokens and m - 1 > start:
                    break  # "قوات صالح قرى": a person's name closes the idafa it ends
                if m - 1 in self.named_tokens and m not in self.named_tokens and w not in self.heads and \
                        w[:1] not in "يتو" and not self.direction(m):
                    break  # "احتجزت إيران ناقلة", "ونفت وكالة سبأ مزاعم": a name is in construct with nothing; the
                    # indefinite noun after it is the verb's object
                if genitive > 0 and not definite:
                    genitive -= 1
                    linked.add(m)
                    if w in self.heads:
                        genitive = 1  # "خلايا تنظيم داعش", "عناصر حركة طالبان": a head in construct takes its own name
                elif not definite and m - 1 in linked and self._chain_link(start, m, limit):
                    linked.add(m)  # (round 113) "مواقع مسلحي جماعة الحوثي", "مناطق ضفاف نهر الفرات": a chain of nouns in construct
                elif (not _nisba(w) or w in self.quant) and \
                        not (w.endswith("يا") and len(w) > 4 and self.norms[m - 1].endswith("ا")):
                    break  # (150 مدنيا افغانيا: an accusative nisba agrees with its accusative noun; round 114: a
                    # quantifier that only ends like one is none, "طائرة مسيرة حوالى الثامنة صباحًا")
            end = m + 1
            count += 1
            m += 1
        if end < limit and end > start and self.content(end) and _bare(self.words[end]) in self.linking and \
                _definite(self.norms[end]) == _definite(self.norms[end - 1]):
            end += 1  # the participle agrees with the phrase (جماعات مسلحة عراقية متحالفة)
        if start < end - 1 and end < limit and _bare(self.words[end - 1]) in self.linking:
            # "سيارة تابعة لوحدات مقاومة سنجار", "جماعات مسلحة متحالفة مع إيران": the participle's complement
            k = end + 1 if self.norms[end] in ("مع", "من") else end
            # (round 116) the preposition written apart and a quoted complement: "التابع لـ "قسد"", "تابعين
            # "للمجلس الانتقالي"" — the quote marks and a lone ل/ب (with its tatweel) stand before the complement
            apart = k < limit and self.words[k] in ("ل", "لـ", "ب", "بـ")
            k += apart
            while k < limit and self.is_quote(k):
                k += 1
            w = strip_conj(self.norms[k]) if k < limit else ""
            if k < limit and (k > end or (w[:1] in "لب" and len(w) > 3)) and self.content(k):
                stop = next((x for x in range(k + 1, limit) if strip_conj(self.norms[x])[:1] in "بل" and
                             len(self.norms[x]) > 3 and not _nisba(self.norms[x])), limit)
                tail = self.np_right(k, stop)  # (not into a glued complement of the verb: "مع إيران بضرب المصالح")
                if tail is not None and tail.i == k:
                    end = tail.j
        if start < end - 1 and end < limit and self.norms[end] in _LINKED_PRONOUNS and \
                _definite_participle(self.norms[end - 1]) and _bare(self.words[end - 1]) not in self.linking:
            # "الحكومة اليمنية المعترف بها دوليا": a definite participle with the preposition and pronoun that
            # refer back to the phrase it describes, and an adverb in -يا after them, closes the phrase
            end += 1
            if end < limit and self.content(end) and self.norms[end].endswith("يا") and \
                    not _definite(self.norms[end]) and end not in self.named_tokens:
                end += 1
        if end + 1 < limit and self.norms[end] == "من" and not _definite(head) and end - start <= 2:
            end = self._partitive_end(start, end, plural, limit)
        if end == start + 1 and end + 1 < limit and self.norms[end] in ("في", "داخل") and not definite and \
                self.bares[start] in _member_nouns():
            end = self._member_of(end + 1, limit) or end
        if any(self.title(x) for x in range(start, end)):
            named = self.name_after(end, limit)
            if named == end and end + 1 < limit and self.toks[end].text in ("،", ","):
                # apposition between commas: "رئيس الوزراء، ايهود أولمرت، الذي غادر"
                named = self.name_after(end + 1, limit)
                if named > end + 1 and (named >= self.size or self.breaks[named] or
                                        self.words[named] in self.relatives):
                    end = named
            elif named == end:
                end = self.titled_name_end(end, limit)
            else:
                end = named
        return Phrase(start, end, counted=counted)

    def _partitive_end(self, start: int, end: int, plural: bool, limit: int) -> int:
        """The end of an indefinite phrase (tokens start..end-1) with the partitive من at token end and the group
        its people are of after it: "عنصر من قوات سوريا الديمقراطية", "قائدا من جماعة كتائب حزب الله", "مقاتلين من
        فصائل الجبهة الوطنية للتحرير" (the group an actor head or, after a singular, a definite noun); and (round
        128) for a noun of people or members (casualty_people.txt, member_heads.txt: عنصر, مقاتلين, جنديين) the
        group a name too, quoted or not: 'قتل عنصر من "قسد"', "عنصرا من حماس", "مقاتلين من الحشد الشعبي". A name
        of a place after من is where they come from (مقاتلين من سوريا: a LOC is no agent); a named place before
        it is no one of a group (تحرير مدينة الموصل من تنظيم داعش: the ousted; an unnamed site may be the group's,
        خمسة مخيمات من مقاتلي حزب العمال); ``end`` when none of these."""
        a = end + 1
        while a < limit and self.is_quote(a):
            a += 1
        if a >= limit or not self.content(a) or \
                any(x in self.named_tokens and x not in self.agent_tokens for x in range(start, end)):
            return end
        w = self.words[a]
        if not ((a == end + 1 and not plural and _definite(self.norms[a])) or w in self.heads or
                (plural and self.actor_head(a)) or
                (self._people_noun(start) and (a in self.agent_tokens or self.actor_head(a)))):
            return end
        part = self.np_right(a, limit)
        if part is None or part.i != a:
            return end
        j = part.j
        return j + 1 if a > end + 1 and j < limit and self.is_quote(j) else j

    def _people_noun(self, k: int) -> bool:
        """(round 128) Token k is a noun of people or of a party's members (casualty_people.txt, member_heads.txt),
        singular, dual or plural: عنصر, عنصرا, مقاتلين, جنديين, أشخاص."""
        b = self.bares[k]
        if b in _member_nouns() or b in _people_nouns():
            return True
        return any(b.endswith(x) and len(b) - len(x) >= 3 and b[:-len(x)] in _people_nouns()
                   for x in ("ين", "ون", "ان", "ا"))

    def _member_of(self, k: int, limit: int) -> int:
        """(round 123) After an indefinite member noun and في ("أعضاء في الإطار التنسيقي", "قياديين في حركة النجباء",
        'قيادي في "قسد"'), the end of the party it is a member of, the phrase from token k on (past its quote marks);
        0 when no party stands there (a name of an agent, an actor head, a cell: أعضاء في خلية إرهابية), as when a
        place does (قياديين في ريف درعا: a LOC, a place or site head) or a time."""
        a = k
        while a < limit and self.is_quote(a):
            a += 1
        if a >= limit or not self.content(a) or self.is_time(a) or _site(self.bares[a]) or \
                (a in self.named_tokens and a not in self.agent_tokens) or \
                not (a in self.agent_tokens or self.actor_head(a) or self.bares[a] in _member_nouns()):
            return 0
        party = self.np_right(a, limit)
        if party is None or party.i != a:
            return 0
        j = party.j
        return j + 1 if a > k and j < limit and self.is_quote(j) else j

    def _chain_link(self, start: int, m: int, limit: int) -> bool:
        """(round 113) Token m, an indefinite noun after a noun in construct, is one more link of the genitive chain
        ("مواقع مسلحي جماعة الحوثي", "مناطق ضفاف نهر الفرات", "تخوم مدينة عدن", "بعض مواقع حزب العمال"): the chain
        is closed by a name (m itself) or by the noun with the article right after m (not a preposition's: مطار
        عدن بصاروخين بالستيين), as every idafa is. The noun before m
        is in construct (the head or an indefinite genitive, read so by np_right): no article, no accusative -ا,
        no verbal noun, no word of sequence heading the chain (قبيل إعلان ترامب، حذرت: a time), and no name before it in the chain (a name
        closes it: تنظيم "داعش" مواقع قوات ...); the head a number counts takes no genitive (25 متظاهرا لافتات),
        the noun after من or a quantifier (بعض, أحد) does; m is no verb (طائرة مسيرة دخلت المجال) and no
        trigger."""
        p = m - 1
        if p < start or m in self.trigger_tokens or not self.content(p) or self.non_agent(p) or \
                self.words[start] in word_set("events/sequence_words.txt") or \
                any(x in self.named_tokens for x in range(start, m)):
            return False
        pw, w = self.norms[p], self.norms[m]
        if _definite(pw) or pw.endswith("ا") or self.is_quote(p) or (pw[:1] in "وف" and self.words[p] != pw):
            # (nor a word joined by و: "قرى وبلدات إدلب الشرقي" is two coordinated nouns, no chain)
            return False
        if p == start:
            if start == 0:
                return False
            before = self.words[start - 1]
            if not (self.norms[start - 1] == "من" or (before in self.quant and
                                                      _bare(before) not in word_set("events/count_scales.txt"))):
                return False
        if m in self.named_tokens:
            return True
        if _verb_shape(w) and w not in self.heads or _nisba(w) or w.endswith("ا"):
            return False
        n = m + 1
        return n < limit and self.content(n) and self.norms[n].startswith("ال") and _definite(self.norms[n]) and \
            not self.is_time(n) and \
            n not in self.trigger_tokens

    def titled_name_end(self, end: int, limit: int) -> int:
        """After a title phrase that stopped before its genitive, the end of the person the entities component
        found a few words on, when only the title's genitive and place stand between ("الرئيسة المشتركة
        لدائرة العلاقات الخارجية في الإدارة الذاتية إلهام أحمد"); else ``end``. Not past punctuation, a
        conjunction or a ب-phrase (بنظيره الروسي سيرغي لافروف is another person)."""
        for k in range(end, min(limit, end + 9)):
            if k in self.person_tokens:
                m = k
                while m < limit and m in self.person_tokens:
                    m += 1
                return m
            w = self.norms[k]
            if self.is_punct(k) or w[:1] in "وب" or (w in self.fn and w != "في") or k in self.trigger_tokens:
                return end
        return end

    def manner_at(self, k: int) -> bool:
        """Token k is ب/ل glued to a noun of manner, means or cause (بطريق, بواسطة, برصاص): an adverbial."""
        w = strip_conj(self.norms[k])
        return w[:1] in "بل" and w[1:] in self.manner

    def nationality(self, k: int) -> bool:
        """Token k names a people or a nationality (الأميركية, أفغانيا, الأكراد): resources/events/nationalities.txt."""
        return people_word(self.norms[k], self.peoples)

    def nation_of_event(self, typ: str, lo: int, hi: int, trigger: int = -1) -> Optional[Phrase]:
        """The nationality adjective of an event noun (or a weapon) of the type in tokens [lo, hi) names its doer: "ضربة
        جوية أميركية", "سلسلة من الضربات الجوية الاميركية", "هجوم إسرائيلي". Not after a noun whose genitive
        is the victim (مقتل جندي أميركي), nor a plural (مقتل جنديين أميركيين: people, not an adjective)."""
        patient = role_set("ALL", "patient_nouns")
        weapons = role_set(typ, "weapon_nouns")
        for k in range(lo, hi):
            if self.bares[k] in weapons:
                # "اصاب صاروخ اسرائيلي السيارة", "اطلقت دبابة إسرائيلية قذيفة": the weapon's nation fired it;
                # not the weapon an act is done to ("إسقاط طائرة أميركية": the object)
                if k - 1 >= lo and (k - 1) in self.event_nouns and \
                        (self.bares[k - 1] in patient or _bare(_owned_stem(self, k - 1)) in patient):
                    continue  # (round 124) so with the doer's pronoun on the act: "أعلنت تركيا … إسقاطها مقاتلة روسية"
                if k - 1 >= lo and self.bares[k - 1] in weapons:
                    continue  # "الطائرات المقاتلة الإسرائيلية": the phrase starts at the first weapon noun
                if k - 2 >= lo and self.words[k - 2] in self.relatives and k - 1 != trigger and \
                        k - 1 not in self.event_nouns:
                    # "أسقطت الدفاعات الجوية معظم الصواريخ التي أطلقتها الطائرات الإسرائيلية": the weapon is the
                    # subject of another verb, in a relative clause
                    continue
                last = k
                while last + 1 < hi and self.bares[last + 1] in weapons:
                    last += 1
                m = last + 1
                # (not past a preposition, which ends like a nisba once normalised, على → علي: "أطلق الحوثيون
                # عشرات الصواريخ على السعودية" — السعودية is what was fired at, not the missiles' nation)
                while m < hi and m - last <= 3 and _nisba_like(self.words[m]) and \
                        self.norms[m] not in _PREPOSITIONS and self.words[m] not in self.fn:
                    if self.nationality(m) and not _sound_plural(self.words[m]):
                        return Phrase(k, m + 1)
                    m += 1
                continue
            elif k not in self.event_nouns or self.trigger_types.get(k) != typ or self.bares[k] in patient:
                continue
            m = k + 1
            # (not past a preposition, which ends like a nisba: "ضربات جوية في سوريا" — سوريا is where, no adjective)
            while m < hi and m - k <= 3 and (m in self.event_nouns or _nisba_like(self.words[m])) and \
                    self.norms[m] not in _PREPOSITIONS and self.words[m] not in self.fn:
                if self.nationality(m) and not _sound_plural(self.words[m]):
                    # a weapon with its nation is a noun phrase that names the doer (دبابة إسرائيلية); an event
                    # noun's nation is an adjective only (ضربة أمريكية), see _clause_roles
                    return Phrase(k, m + 1) if k not in self.event_nouns else Phrase(m, m + 1)
                m += 1
        return None

    def direction(self, k: int) -> bool:
        """Token k is a direction or a word of position (جنوب, شمالي, الشرق, وغرب, قرب): it opens a place."""
        w = strip_conj(self.norms[k])
        return w in self.directions or (_definite(w) and _bare(w) in self.directions)

    def title(self, k: int) -> bool:
        """Token k is a person's title (رئيس, الشيخ, للرئيس, لزعيم)."""
        w = self.words[k]
        return any(c in self.titles for c in (w, _bare(w), w[1:] if w[:1] in "بل" else w))

    def name_after(self, m: int, limit: int) -> int:
        """The end of the bare name words from token m on, after a title: نجيب ميقاتي, عبد الله اوجلان,
        عبد الكريم نصيف الجبوري (a definite nisba closes a name as family name). A word with the article, a
        verb (ي/ت-initial), a second و, a particle, a time or a count ends it."""
        k = m
        while k < limit and k - m < 4 and self.content(k) and not self.is_time(k) and not self.counting(k) and \
                not self.direction(k):
            w = self.norms[k]
            if k in self.person_tokens and w not in self.titles:
                k += 1  # برهم صالح, يوسف: a name the entities component found
                continue
            if w in self.heads or w in self.adjectives or (w[:1] in "يتبل" and len(w) > 3) or \
                    (w[:1] == "و" and k > m) or self.words[k] in self.titles:
                break
            if _definite(w) and strip_conj(w) not in self.al_names:  # الياس: ال belongs to the name
                if k > m and self.words[k - 1] in self.name_starts:
                    k += 1  # عبد الله
                    continue
                if k > m and _nisba_like(w):
                    k += 1  # the family name (الجبوري) closes the name
                break
            k += 1
        return k

    def modifier_at(self, k: int) -> bool:
        """Token k opens a modifier of the word before it, not a noun phrase of its own: القوات الامريكية →
        الامريكية, مصالحها الخاصة → الخاصة, غير الملزم → الملزم."""
        w = self.words[k]
        if k >= 1 and self.words[k - 1] in self.not_after:
            return True
        if self.conj_at(k) and _definite(w) and w[2:] in self.heads:
            return False  # "قوات التحالف والميليشيات الحوثية": an actor head joined by و is a second noun
        if w in self.adjectives and _definite(w) and not _sound_plural(w) and w[2:] not in self.heads:
            return True  # المسلحين, المحتجين, المعارضة also name people; الخاصة, المتحدة do not
        return _definite(w) and _nisba_like(w) and k >= 1 and not self.is_punct(k - 1) and \
            _definite(self.norms[k - 1]) and self.norms[k - 1] not in self.fn and not self.counting(k - 1) and \
            not self.article_like_verb(k - 1)

    def article_like_verb(self, k: int) -> bool:
        """Token k is a verb trigger that only looks definite: ال then two letters, the past of a defective verb in
        أفعل ("وألقت الولايات المتحدة اللوم على": ألقت, ألقوا), no noun with the article (which has three letters or
        more after it), so the nisba after it opens its subject, not an adjective of it."""
        return k in self.trigger_tokens and _bare(self.norms[k]) == self.norms[k]

    def cardinal(self, k: int) -> bool:
        """Token k is a number that counts the noun after it: digits or a number word, not a scale word (آلاف,
        عشرات: their noun may have a genitive of its own, آلاف أجهزة الاتصالات)."""
        w = self.words[k]
        return self.norms[k].isdigit() or (w in self.numbers and _bare(w) not in word_set("events/count_scales.txt"))

    def prepositional(self, k: int) -> bool:
        """Token k is a preposition glued to its noun (لقوات, بالمتظاهرين): a complement, never a subject."""
        w = self.words[k]
        if len(w) < 3 or w[0] not in "بلك":
            return False
        body = w[1:]
        # (also ب / ل before a light verbal noun, "وهدد بشن عملية": the threat's complement, no subject)
        return body.startswith("ال") or (w[0] == "ل" and body.startswith("ل")) or body in self.heads or \
            (w[0] in "بل" and body in role_set("ALL", "light_nouns"))

    def victim_noun(self, ph: Optional[Phrase]) -> bool:
        """The phrase is headed by a noun news use for casualties (شخصان, مدنيين, مواطنا)."""
        if ph is None:
            return False
        b = _bare(self.words[ph.i])
        return any(b.startswith(v) for v in self.victims)

    def counting(self, k: int) -> bool:
        """A number (digits or words) or a counting word: what stands before the counted actor."""
        w = self.words[k]
        return w in self.quant or self.norms[k].isdigit() or w in self.numbers or \
            (w.endswith("ا") and w[:-1] in self.numbers)  # عشرينا is no word, but خمسين/ثلاثين are

    def is_time(self, k: int) -> bool:
        w = self.words[k]
        if w in self.times or (_definite(w) and w[2:] in self.times):
            return True
        # عام 2014, سنة 2011: a year word before a year's number
        nxt = self.norms[k + 1] if k + 1 < self.size else ""
        if w.isdigit() and len(w) <= 2:
            return nxt in self.times  # "يوم 26 أكتوبر": a day's number before a month's name
        return w in _YEAR_WORDS and len(nxt) == 4 and nxt.isdigit()

    def non_agent(self, k: int) -> bool:
        """A verbal noun (masdar) or an abstract noun: the head of an event or a thing, not of people."""
        w = self.words[k]
        if w in self.heads or (_definite(w) and w[2:] in self.heads) or k in self.named_tokens:
            return False
        return _non_agent_known(w)

    def extend(self, ph: Optional[Phrase]) -> Optional[Phrase]:
        """Grow an actor over a joined second actor: "قوات واغنر مدعومة بقوات من الجيش السوري"."""
        if ph is None or ph.j >= self.size or self.words[ph.j] not in self.joiners or ph.j in self.trigger_tokens:
            # (a joiner that is itself a trigger, "هجوم شنه مقاتلو الجبهة بمساندة الأهالي", tells an event of its
            # own, the backing: the phrase before it stands alone)
            return ph
        k = ph.j + 1
        if k < self.size and self.norms[k] in ("ب", "من"):
            k += 1
        second = self.np_right(k)
        if second is None and k < self.size and self.norms[k].startswith("ب") and len(self.norms[k]) > 3:
            second = Phrase(k, self.np_right(k + 1).j if self.np_right(k + 1) and
                            self.np_right(k + 1).i == k + 1 else k + 1)
        if second is not None and second.j < self.size and self.norms[second.j] == "من":
            more = self.np_right(second.j + 1)  # بقوات من الجيش السوري
            if more is not None:
                second = Phrase(second.i, more.j)
        return Phrase(ph.i, second.j, ph.cut) if second is not None else ph

    def occupant_of(self, ph: Optional[Phrase]) -> Optional[Phrase]:
        """"المصفى الذي تحتمي به القوات الأمريكية" → the forces (the facility is only where they are)."""
        if ph is None:
            return None
        k = ph.j
        if k + 1 < self.size and self.words[k] in ("الذي", "التي") and self.words[k + 1] in self.occupant:
            m = k + 2
            if m < self.size and self.norms[m] in ("به", "بها", "فيه", "فيها"):
                m += 1
            return self.np_right(m)
        return None

    def first_actor(self, lo: int, hi: int, named: bool = False) -> Optional[Phrase]:
        """The first phrase headed by an actor noun in tokens [lo, hi): the topic the clauses share; with ``named``,
    also the first name the entities component found (المملكة العربية السعودية)."""
        for k in range(lo, hi):
            w = self.words[k]
            if self.content(k) and (w in self.heads or (_definite(w) and w[2:] in self.heads) or
                                    (named and k in self.named_tokens and (k == 0 or self.entity_of.get(k - 1) !=
                                                                            self.entity_of.get(k)))):
                ph = self.np_right(k, hi)
                if ph is not None:
                    return ph
        return None

    def opening_name(self, hi: int) -> Optional[Phrase]:
        """The name right after a finite verb that opens the sentence ("أعلنت السعودية قطع العلاقات …،
        وأمهلتها"): the subject the clauses after it share, when it is a name rather than a head noun."""
        k = 0
        while k < hi and (self.is_quote(k) or self.is_punct(k)):
            k += 1
        if k + 1 >= hi or k + 1 not in self.named_tokens or self.entity_of.get(k) == self.entity_of.get(k + 1) \
                and k in self.named_tokens:
            return None
        w = self.words[k]
        if k in self.named_tokens or _definite(w) or not (_verb_shape(w) or w in _clause_verbs()):
            return None  # (a word written as a finite verb, or a verb of the clause lists)
        ph = self.np_right(k + 1, hi)
        return ph if ph is not None and ph.i == k + 1 else None

    def np_left(self, k: int, floor: int = 0) -> Optional[Phrase]:
        """The actor phrase ending right before token k (skipping auxiliaries قد / كانت)."""
        ph = self._np_left(k, floor)
        if ph is not None and ph.i - 2 >= floor and self.norms[ph.i - 1] == "ما" and \
                self.norms[ph.i] in role_set("ALL", "so_called") and self.content(ph.i - 2):
            # "مسلحي ما يسمى بجيش الاسلام وافقوا": a so-called name belongs to the head before ما (roles.tsv
            # so_called): the phrase is the whole "مسلحي ما يسمى بجيش الاسلام", not the naming verb on
            outer = self._np_left(ph.i - 1, floor)
            if outer is not None and outer.j == ph.i - 1:
                return Phrase(outer.i, ph.j, outer.cut, outer.counted)
        return ph

    def _np_left(self, k: int, floor: int = 0) -> Optional[Phrase]:
        """``np_left`` before a so-called name is joined to its head."""
        m = k - 1
        while m >= floor and self.words[m] in self.aux | {"قد"}:
            m -= 1
        m = self.before_adverbial(self.before_aside(m, floor), floor)
        while m >= floor and self.is_quote(m):
            m -= 1
        if m - 1 >= floor and _cue_match(self, m, self.hedges):
            m -= 2  # "سبعة اشخاص على الاقل قتلوا": the hedge stands between the subject and its verb
        pronoun_tail = None
        if m - 1 >= floor and self.norms[m] in _LINKED_PRONOUNS and _bare(self.words[m - 1]) in self.linking:
            pronoun_tail = m + 1  # "القوات البحرية الموالية لهم استهدفت": the participle's pronoun ends the subject
            m -= 1
        elif m - 2 >= floor and self.content(m) and self.norms[m].endswith("يا") and \
                not _definite(self.norms[m]) and self.norms[m - 1] in _LINKED_PRONOUNS and \
                _definite_participle(self.norms[m - 2]):
            pronoun_tail = m + 1  # "الحكومة اليمنية المعترف بها دوليا والمجلس": the participle's pronoun and adverb
            m -= 2
        elif m - 1 >= floor and self.norms[m] in _LINKED_PRONOUNS and _definite_participle(self.norms[m - 1]):
            pronoun_tail = m + 1
            m -= 1
        if m < floor or not self.content(m):
            return None
        end = m + 1
        start = m
        verbs = _clause_verbs()
        while start - 1 >= floor and end - start < 6:
            if self.norms[start - 1] in verbs or self.words[start - 1] in verbs or self.opening_verb(start - 1) or \
                    self.plural_verb_before_and(start - 1):
                break  # a verb opens the clause the subject stands in: no word of the phrase
            if self.content(start - 1):
                start -= 1
            elif self.is_quote(start - 1) and start - 2 >= floor and self.content(start - 2) and \
                    (self.words[start - 2] in self.heads or _bare(self.words[start - 2]) in self.heads):
                start -= 2  # 'مقاتلي "قسد" وقعوا': a head before the quoted name takes it as genitive
            elif self.is_quote(start - 1) and start - 2 >= floor and self.content(start - 2) and \
                    start - 2 in self.named_tokens and _bare(self.words[start]) in self.linking:
                start -= 2  # 'فصائل "الجيش الحر" المدعومة من تركيا خاضت': a linking participle after a quoted
                # name describes it (read back to the name's head)
            else:
                break  # (not past another quote mark: 'التيزاب" السوداني يترأس' → السوداني)
        while start < end and self.is_quote(start):
            start += 1
        c = start - 1
        while c >= floor and self.is_quote(c):
            c -= 1
        if c < start - 1 and c - 1 >= floor and self.norms[c] == "و" and self.content(c - 1) and \
                any(x in self.named_tokens for x in range(start, end)):
            # 'وكانت القوات التركية و"الجيش السوري الحر" أعلنت': a quoted name after a bare و is the second
            # of two coordinated subjects
            first = self.np_left(c, floor)
            if first is not None and first.j == c:
                return Phrase(first.i, end, first.cut, first.counted)
        if start - 2 >= floor and self.norms[start - 1] in ("مع", "من") and self.content(start - 2) and \
                _bare(self.words[start - 2]) in self.linking:
            # "جماعات مسلحة عراقية متحالفة مع إيران قد هددت": the complement of a linking participle
            # belongs to the phrase the participle describes
            outer = self.np_left(start - 1, floor)
            if outer is not None and outer.j == start - 1:
                return Phrase(outer.i, end, outer.cut, outer.counted)
        if start - 1 >= floor and self.norms[start - 1] in ("في", "وفي", "ففي"):
            # "القوات الأميركية في العراق أسقطت": the place after في belongs to the subject before it (a name
            # that includes it, المقاومة الإسلامية في العراق, is the entities component's to grow)
            outer = self.np_left(start - 1, floor)
            if outer is not None and outer.j - outer.i == 1 and outer.i <= floor + 1 and self.described(outer.i):
                # "قوات التحالف الدولي، المتمركزة في قاعدة حقل كونيكو أسقطت": a participle right after the comma
                # that opens the clause describes the phrase before the comma, which is the subject (read in the
                # clause before the comma)
                return self.np_left(outer.i - 1, self.clause_start(outer.i - 2)) or outer
            if outer is None and start + 1 < end and _definite(self.norms[start]) and start not in self.named_tokens \
                    and not _definite(self.norms[start + 1]) and not _nisba_like(self.words[start + 1]) and \
                    (start + 1 in self.named_tokens or self.words[start + 1] in self.heads):
                # "في التفاصيل حركة أحرار الشام اقتحمت": with no phrase before في, the في-phrase opens the clause as
                # an adverbial; a definite noun takes no genitive, so the indefinite actor after it starts the
                # subject
                ph = self.np_right(start + 1, end)
                if ph is not None and ph.i == start + 1 and ph.j == end:
                    return ph
            return outer
        # re-read from the left edge so the phrase has the same shape as one read rightwards
        ph = self.np_right(start, end)
        if pronoun_tail is not None and ph is not None and ph.i == start and ph.j == end:
            return Phrase(ph.i, pronoun_tail, ph.cut, ph.counted)
        if ph is None:
            # the left edge is a time or a verbal noun (بمعاودة شن): the word touching the verb may still be
            # a subject of its own; so may the genitive of a verbal noun in construct (indefinite) that opens the
            # chunk, when it reaches the verb ("انطلاق انظمة الدفاع الجوي التي اسقطت": the systems brought down
            # the missiles)
            if start + 1 < end - 1 and not _definite(self.norms[start]) and start not in self.named_tokens and \
                    not self.prepositional(start + 1):
                ph = self.np_right(start + 1, end)
                if ph is not None and ph.i == start + 1 and ph.j == end:
                    return ph
            return self.np_right(end - 1, end) if end - 1 > start else None
        if ph.j < end:  # the left chunk held two phrases; the subject is the one touching the verb
            nxt = ph.j + 1 if self.manner_at(ph.j) else ph.j  # "بواسطة صهريج مفخخ استهدف": past the adverbial
            rest = self.np_right(nxt, end) if nxt < end else None
            last = ph.j - 1  # (a phrase that ends in a bare word may end in a verb: "داعش ينهار والقوات")
            if rest is not None and rest.i == ph.j and rest.j == end and self.coordinate(ph).j == end and \
                    (last == ph.i or last in self.named_tokens or _definite(self.norms[last]) or
                     _nisba_like(self.norms[last])):
                return Phrase(ph.i, end)  # "العرب والتركمان عارضوا": two coordinated subjects
            if rest is not None and rest.i == ph.j and self.finite_at(rest.i) == "p":
                if rest.i + 1 < end and self.conj_at(rest.i + 1):
                    # "وعددا من الجرحى سقطوا والمخربون أحرقوا": a new clause opens after the verb, with its subject
                    return Phrase(rest.i + 1, end, self.conj_cut(rest.i + 1))
                if strip_conj(self.norms[k]) != self.norms[k]:
                    return ph  # "رجال المقاومة دخلوا حي العريش ويحاصرون": a conjoined verb shares the subject of
                    # the verb before it, not that verb's object
            return Phrase(rest.i, end) if rest else Phrase(ph.i, end)
        c = ph.i - 1  # "13 إثيوبياً خطفوا", "أربعة من رجال الشرطة قتلوا": a count before the chunk counts it
        if c - 1 >= floor and self.norms[c] == "من":
            c -= 1
        if c >= floor and not ph.counted and self.counting(c):
            ph = Phrase(ph.i, ph.j, ph.cut, True)
        return ph

    def plural_verb_before_and(self, k: int) -> bool:
        """Token k is a past verb with its plural subject suffix (سقطوا, انسحبوا: -وا on four letters or more, no
        name) and the word after it opens with the conjunction و: "شهيدا وعددا من الجرحى سقطوا والمخربون أحرقوا"
        — the verb ends one clause and و opens the next, whose subject stands before its own verb; no noun phrase
        runs across it."""
        w = self.words[k]
        return k + 1 < self.size and len(w) >= 4 and w.endswith("وا") and k not in self.named_tokens and \
            self.norms[k + 1][:1] == "و" and self.words[k + 1] != self.norms[k + 1]

    def finite_at(self, k: int) -> str:
        """Token k is written as a finite verb, which never heads an actor phrase: "p" a past with its plural
        subject (دخلوا حي العريش), "o" a verb with an object pronoun and its subject after it (يقودها انتحاريون,
        تبعه إعلان: an imperfect, or a past of three letters), "a" an imperfect right after an auxiliary (كانت تقل
        العناصر: the auxiliary's predicate); "" otherwise (a name, a definite word, a word with a glued
        preposition or an actor head noun never is)."""
        if k in self.named_tokens or k in self.trigger_tokens:
            return ""
        w = strip_conj(self.norms[k])
        if _definite(w) or self.prepositional(k) or w in self.heads or w in self.titles or w in self.fn:
            return ""
        if len(w) >= 4 and w.endswith("وا") and not w.endswith(("اوا", "يوا")) and w not in self.peoples:
            return "p"
        suf = _written_pronoun(self, k)[1] or ""
        stem = w[:-len(suf)] if suf else ""
        if suf and len(stem) >= 3 and stem not in self.heads and stem not in self.titles and k + 1 < self.size and \
                self.content(k + 1) and not self.prepositional(k + 1) and k + 1 not in self.named_tokens and \
                self.norms[k + 1][:1] not in ("و", "ف") and not _verb_shape(self.norms[k + 1]) and \
                not _definite(self.norms[k + 1]) and self.words[k + 1] not in self.name_starts and \
                not self.is_time(k + 1) and not self.counting(k + 1):
            # (a noun with a possessive pronoun takes no genitive, and an adjective after it is definite: an
            # indefinite word after the pronoun, no verb, is the verb's subject; "إن بلاده تعلن": the noun's verb)
            return "o"
        if k >= 1 and self.words[k - 1] in self.aux and self.norms[k - 1] not in ("قد", "لقد", "وقد", "فقد") and \
                w[:1] in "يت" and 3 <= len(w) <= 6 and not w.endswith(("ات", "ة", "ين", "ون", "يا")):
            return "a"
        return ""

    def described(self, k: int) -> bool:
        """Token k is a definite participle (المتمركزة, الموجودة, المنتشرة: ال + م…, no actor head, title or
        name) right after a comma that closes a phrase: it opens an aside describing that phrase, not an actor."""
        w = self.words[k]
        if k - 2 < 0 or self.toks[k - 1].text not in ("،", ",") or not self.content(k - 2) or \
                k in self.named_tokens or not _definite_participle(w):
            return False
        return w not in self.heads and w[2:] not in self.heads and w not in self.titles and w[2:] not in self.titles

    def topic_before(self, c: int) -> Optional[Phrase]:
        """The clause that ends at the comma on token c is a noun phrase alone, after an auxiliary
        (وكانت قوات سوريا الديمقراطية،): that phrase; else None (a time, a preposition, a clause with a verb)."""
        k = self.clause_start(c - 1) if c >= 1 else c
        that = [m for m in range(k, c) if self.words[m] in _THAT]
        if that:
            k = that[-1] + 1  # "وقال شهود عيان إن مليشيا الحوثي، استهدفت": the topic of a that-clause
        while k < c and self.words[k] in self.aux:
            k += 1
        if k >= c or self.prepositional(k) or self.is_time(k):
            return None
        ph = self.np_right(k, c)
        if ph is None or ph.i != k or self.counting(k):
            return None
        if ph.j < c and ph.j + 1 < c and self.norms[ph.j] in ("في", "وفي") and c - ph.j <= 8 and \
                all(self.content(x) or self.norms[x] in ("في", "وفي") for x in range(ph.j, c)) and \
                not any(self.norms[x] in _clause_verbs() or self.words[x] in _clause_verbs() for x in range(ph.j, c)):
            # "إن الدفاعات الجوية في القاعدة الأميركية بمعمل كونيكو بريف دير الزور، أسقطت": the places after في
            # (and their ب-phrases) belong to the topic; its head phrase is the subject
            return ph
        return ph if ph.j == c else None

    def name_end(self, k: int) -> int:
        """The token after the entity token k lies in."""
        x = self.entity_of.get(k)
        j = k + 1
        while j < self.size and x is not None and self.entity_of.get(j) == x:
            j += 1
        return j

    def past_parenthetical(self, c: int) -> Optional[int]:
        """Token c is a comma that opens a time or an adverb closed by another comma ("، اليوم ،", "، مساء
        الجمعة،"): the token after the closing comma; else None."""
        if c >= self.size or self.toks[c].text not in ("،", ","):
            return None
        m = c + 1
        while m < self.size and m - c <= 5 and (self.is_time(m) or self.words[m] in self.skip):
            m += 1
        if m == c + 1 or m + 1 >= self.size or self.toks[m].text not in ("،", ","):
            return None
        return m + 1

    def that_subject(self, t: int, hi: int) -> Optional[Phrase]:
        """The subject of the that-clause opened on token t (أن, إن; past an opening quote), before token hi: the
        definite phrase or name right after it, or else its first actor ('أنّ «العدوّ الإسرائيلي اخترق …'); None
        after a pronoun (أنه: the resumptive rules read it)."""
        if self.words[t] not in _THAT_BARE:
            return None
        k = t + 1
        while k < hi and self.is_quote(k):
            k += 1
        if k < hi and self.content(k) and not self.prepositional(k) and \
                (_definite(self.norms[k]) or k in self.named_tokens or self.words[k] in self.heads):
            ph = self.np_right(k, hi)
            if ph is not None and ph.i == k:
                return ph
        return self.first_actor(t + 1, hi, named=True)

    def told_noun(self, i: int, typ: str) -> Optional[int]:
        """The verb on token i opens a clause after a comma that closes a phrase headed by an event noun of its
        type (past its adjectives and a time: "نفذ الحوثيون هجوما صاروخيا الخميس، استهدف منزل"): the noun's
        token, the act the verb tells; else None."""
        if i < 2 or self.toks[i - 1].text not in ("،", ","):
            return None
        k = i - 2
        while k >= max(0, i - 6) and k not in self.event_nouns and \
                (_nisba_like(self.words[k]) or self.is_time(k) or self.words[k] in self.skip):
            k -= 1
        if k >= 0 and k not in self.event_nouns:
            # "مجزرة جديدة لـ«التحالف» السعودي ـــ الإماراتي، استُهدفت": past the noun's ل-genitive, its doer, and
            # the indefinite adjectives before it
            k = _past_noun_genitive(self, i - 1, 0)[0]
        return k if k >= 0 and k in self.event_nouns and self.trigger_types.get(k) == typ else None

    def opening_verb(self, k: int) -> bool:
        """Token k opens the sentence (or follows a clause break) with a glued و / ف and no article, and is no
        name, actor head or title: a verb ("وخاض مقاتلو …", "وتظهر اللقطات …"), news never opening a sentence
        with و and an indefinite noun other than a head (وزارة, وكالة, وفد are heads)."""
        if k > 0 and not self.breaks[k - 1]:
            return False
        w, raw = self.words[k], self.norms[k]
        return raw[:1] in ("و", "ف") and w != raw and (len(w) == 3 or _verb_shape(w)) and not _definite(w) and \
            k not in self.named_tokens and w not in self.heads and w not in self.titles and \
            w not in self.fn and not self.is_time(k) and w not in self.skip

    def quote_before_verb(self, q: int, floor: int) -> bool:
        """Token q, right before a verb, is a quote mark with the verb's subject before it: it closes a quoted
        name ('إن "تحرير الشام" سيطرت على'), or it opens a quotation inside a that-clause after the subject
        ('أن قوات سوريا الديمقراطية "حررت كامل الباغوز'; not 'قال الناطق "هاجمت': there the speaker
        stands before the quote, and no أن). The subject's last word is definite or part of a name."""
        if q - 1 < floor or not self.is_quote(q) or not self.content(q - 1):
            return False
        if not (q - 1 in self.named_tokens or _definite(self.norms[q - 1])):
            return False
        opening = sum(self.is_quote(k) for k in range(q)) % 2 == 0
        if not opening:
            return True
        return any(self.words[k] in _THAT for k in range(max(floor, q - 8), q - 1))

    def before_aside(self, m: int, floor: int) -> int:
        """"ثمانية اشخاص، بينهم طفلان، قتلوا", "المزارع ابراهيم صالحة، عشرين عاماً، قتل": when token m closes an
        aside between commas (opened by بينهم / منهم, or an age), the token before the aside; so too when it closes a
        short name in brackets or marks that glosses the phrase before it ("تنظيم (داعش) أعدم", "قوات سوريا
        الديمقراطية (قسد) هاجمت"); else m."""
        if m >= floor + 2 and self.toks[m].text in _ALIAS_CLOSE:
            o = next((x for x in range(m - 1, max(floor, m - 5) - 1, -1)
                      if self.toks[x].text == _ALIAS_CLOSE[self.toks[m].text]), None)
            if o is not None and o + 1 < m and o - 1 >= floor and self.content(o - 1) and \
                    all(self.content(x) for x in range(o + 1, m)):
                return o - 1
            return m
        if m < floor or self.toks[m].text not in ("،", ","):
            return m
        quoted = False
        for o in range(m - 1, max(floor, m - 9) - 1, -1):
            if self.toks[o].text in ("،", ","):
                if o + 1 < m and o - 1 >= floor and self.title(o + 1) and o - 1 in self.person_tokens:
                    return o - 1  # "أحمد الشرع ومظلوم عبدي، قائد “قوات سوريا الديمقراطية”، وقّعا": a title
                    # after a person's name, with the body it heads (in quote marks or not), is his apposition
                if o + 1 < m and not quoted and o >= m - 6 and (
                        self.words[o + 1] in self.asides or self.words[m - 1] in self.asides or
                        all(self.is_time(x) or self.words[x] in self.skip for x in range(o + 1, m))):
                    return o - 1  # (or a time: "المقاومة الإسلامية، اليوم السبت، قصفت")
                return m
            if self.breaks[o]:
                return m
            quoted = quoted or self.is_quote(o)
        return m

    def object_past_comma(self, subject: Phrase, cend: int) -> Optional[Phrase]:
        """"استقبل الرئيس العراقي برهم صالح، منسق مجلس الأمن القومي … بريت مكغورك، مؤكدا": a named subject
        closed by a comma, then a titled or named person closed by a comma: the verb's object."""
        if cend >= self.size or self.toks[cend].text not in ("،", ",") or \
                not any(x in self.person_tokens for x in range(subject.i, subject.j)):
            return None
        k = self.past_adverbials(cend + 1, self.size)
        end = self.clause_end(k)
        ph = self.np_right(k, end)
        if ph is None or ph.i != k or not (self.title(k) or k in self.person_tokens):
            return None
        return Phrase(ph.i, end) if end - ph.i <= 12 and ph.j < end and \
            any(x in self.person_tokens for x in range(ph.j, end)) else ph

    def past_means(self, k: int, typ: str) -> int:
        """Token k opens the means of an act glued to ب ("بغارتين جويتين", "بالطائرات المسيّرة", "بزهاء 10 غارات",
        'بـ"4" صواريخ'): an act of the type or a weapon (roles.tsv weapon_nouns), after a count, with its adjectives:
        the token after them; else k."""
        w = self.norms[k]
        if w[:1] != "ب":
            return k
        h = k
        if w in ("ب", "بـ") or w[1:] in self.quant or w[1:].isdigit() or w[1:] in self.numbers:
            h = k + 1  # (the count after ب: بزهاء 10 غارات, بـ"4" صواريخ)
            while h < self.size and (self.counting(h) or self.is_quote(h) or self.is_punct(h)) and not self.breaks[h]:
                h += 1
        if h >= self.size or self.breaks[h]:
            return k
        b = self.bares[h] if h > k else self.bares[k]
        weapons = _means_nouns(typ)
        if h == k and b not in weapons and _bare(strip_conj(w)[1:]) in weapons:
            b = _bare(strip_conj(w)[1:])  # "بمسيّرات مفخخة": ب glued to an indefinite weapon
        if not (b in weapons or (h in self.trigger_tokens and self.trigger_types.get(h) == typ)):
            return k
        h += 1
        noun = strip_conj(w)[1:] if h == k + 1 else self.norms[h - 1]
        g = self.means_genitive_end(h, noun)
        if g > h:
            return g
        while h < self.size and self.content(h) and h not in self.named_tokens and \
                (_nisba_like(self.words[h]) or _weapon_adjective(self.bares[h]) or self.bares[h] in weapons or
                 _definite(noun) and _definite(self.norms[h]) and not _site(self.bares[h])):
            h += 1  # (its adjectives: بالطائرات المسيّرة, بأربع مسيّرات مفخخة, بطائرة مسيرة, بالأسلحة الرشاشة)
        return h

    def means_genitive_end(self, h: int, noun: str) -> int:
        """"وقصفت بغاز السارين الكيماوي خان شيخون": after an indefinite means (``noun``, ending at h) a definite noun
        with its definite adjectives is its genitive when a phrase follows them (the verb's object): the token after
        them; else h (a definite phrase after it with no phrase after that may be the object itself: 'قصفت بـ"4"
        صواريخ القاعدة الأمريكية في حقل')."""
        if h >= self.size or _definite(noun) or not self.content(h) or not _definite(self.norms[h]) or \
                self.prepositional(h) or h in self.trigger_tokens or self.breaks[h]:
            return h
        g = self.definite_adjectives_end(h + 1, self.size)
        if g < self.size and (self.content(g) or self.words[g] in self.quant) and not self.prepositional(g) and g not in self.trigger_tokens and \
                not self.conj_at(g) and not self.breaks[g] and (self.words[g] not in self.fn or
                                                                 self.words[g] in self.quant):
            return g  # (also a quantifier opening the object: "قصفت براجمات الصواريخ بعض الجزر")
        return h

    def thing_at(self, k: int, limit: int) -> Optional[Phrase]:
        """Token k opens a thing (a noun non_agents.txt lists, no actor; not a verbal noun known only by its masdar
        template, an act: "رفضوا الانتقال الى ادلب" names no target) as a verb's object: definite with its definite
        adjectives (القرار التركي), or in construct with a definite noun or an actor; else None."""
        if k >= limit or not self.content(k) or self.prepositional(k) or not self.non_agent(k) or \
                not _thing_known(self.words[k]):
            return None
        j = k + 1
        if not _definite(self.norms[k]):
            if j >= limit or not self.content(j) or not _definite(self.norms[j]) or self.prepositional(j):
                return None
            ph = self.np_right(j, limit)
            if ph is not None and ph.i == j:
                return Phrase(k, ph.j)
            j += 1
        return Phrase(k, self.definite_adjectives_end(j, limit))

    def act_at(self, k: int, limit: int) -> Optional[Phrase]:
        """Token k is an act's noun (an event-noun trigger), bare or after a glued ب, standing as a verb's object:
        "أدانت الرئاسة هجوما", "أدانت الخارجية القصف الصاروخي على أربيل", "نددت الدول بالهجوم", "رحب ماكرون
        بالاتفاق". The noun with its adjectives (not a PP after them: the act, not where it fell); else None."""
        if k >= limit or k not in self.event_nouns or self.is_punct(k):
            return None  # (content() refuses a trigger's token: here the trigger is the phrase)
        w, cut = strip_conj(self.norms[k]), 0
        body = w
        if self.prepositional(k):
            if w[:1] != "ب" or not _definite(w[1:]):
                return None  # (only a glued ب before the article: بالهجوم, not لهجوم nor an other preposition)
            raw = self.toks[k].text
            cut = (raw.index(raw.lstrip("وف")[0]) if w != self.norms[k] else 0) + preposition_cut("ب", w[1:])
            body = w[1:]
        j = k + 1
        if _definite(body):
            j = self.definite_adjectives_end(j, limit)
        else:
            while j < limit and self.content(j) and not _definite(self.norms[j]) and _nisba_like(self.words[j]):
                j += 1  # (هجوما صاروخيا)
        return Phrase(k, j, cut)

    def denied_at(self, k: int, limit: int) -> Optional[Phrase]:
        """Token k opens what a verb of denying denies, as its object (past a manner, "نافية بشكل قاطع"): a noun
        (a claim, a report, an act of others, also an event noun) after a demonstrative if any, with its genitives
        and definite adjectives and the act's object after a glued لل ("نفت قوات التحالف العربي استهداف مجلس
        العزاء", "نفت وزارة الداخلية السورية هذه الأنباء", "نافية بشكل قاطع اختراق الطائرة للأجواء التركية");
        else None (a clause, "نفت أن يكون", "بان تكون", names no phrase)."""
        if k < limit and self.manner_at(k):
            k += 1
        if 0 < k < limit - 1 and self.manner_at(k - 1) and not self.breaks[k - 1] and self.content(k) and \
                not _definite(self.norms[k]) and not self.breaks[k]:
            k += 1  # (بشكل قاطع: the manner's adjective)
        i = k
        if k < limit and self.norms[k] in _DEMONSTRATIVES and not self.breaks[k]:
            k += 1
        if k >= limit or self.is_punct(k) or self.is_quote(k) or self.prepositional(k) or self.is_time(k) or \
                self.words[k] in self.fn or self.words[k] in _THAT or len(self.words[k]) < 3 or \
                (k in self.agent_tokens and k == i):
            return None  # (an actor right after the verb is its subject, not what it denies)
        j = k + 1
        while j < min(limit, k + 6) and not self.breaks[j - 1] and not self.is_punct(j) and \
                not self.prepositional(j) and self.words[j] not in self.fn and \
                (_definite(self.norms[j]) or j in self.named_tokens):
            j += 1  # (its genitives and adjectives: مجلس العزاء, اتهامات الحرس الثوري الإيراني)
        if j < limit and not self.breaks[j - 1] and strip_conj(self.norms[j]).startswith("لل") and \
                len(strip_conj(self.norms[j])) > 4:
            j = self.definite_adjectives_end(j + 1, limit)  # (the act's object: للأجواء التركية)
        return Phrase(i, j)

    def actor_head(self, k: int) -> bool:
        """Token k is an actor head noun (actor_heads.txt: قوات, عناصر), with or without its article (الجيش)."""
        w = self.words[k]
        return w in self.heads or (_definite(w) and w[2:] in self.heads)

    def definite_adjectives_end(self, j: int, limit: int) -> int:
        """The token after the definite adjectives (a nisba or a word of the adjectives list) from token j on,
        before ``limit``, that follow a definite noun: "القرار التركي", "المصالح الأمريكية"; j when none."""
        while j < limit and self.content(j) and _definite(self.norms[j]) and \
                (_nisba_like(self.norms[j]) or self.norms[j] in self.adjectives):
            j += 1
        return j

    def past_statement(self, k: int) -> int:
        """Token k opens the statement a verb's subject spoke in, set between the subject and the object ("في بيان",
        "في البيان", "في بيان لها", "في بيان رسمي", "خلال بيان لها", "في تصريح صحفي": في / خلال / عبر, a statement
        or report noun of roles.tsv with its indefinite adjectives, the ل with the issuer's pronoun): the token
        after it; else k."""
        start = k
        if k + 1 >= self.size or self.norms[k] not in role_set("ALL", "report_preps") or self.breaks[k] or \
                _bare(self.norms[k + 1]) not in role_set("ALL", "statement_nouns") | role_set("ALL", "report_nouns"):
            return k
        k += 2
        while k < self.size and self.content(k) and not _definite(self.norms[k]) and _nisba_like(self.words[k]) and \
                k not in self.named_tokens and k not in self.trigger_tokens:
            k += 1  # (its adjectives: بيان رسمي, تصريح صحفي)
        k = k + 1 if k < self.size and self.norms[k] in role_set("ALL", "statement_tails") else k
        if k < self.size and self.content(k) and not _definite(self.norms[k]) and k not in self.named_tokens and \
                self.toks[k].text.endswith(_OWNER_SUFFIXES):
            # (a relative clause on the statement runs on, its verb with the statement's pronoun: "خلال مؤتمر صحفي
            # عقده في مقر …", "في بيان نشرته الوزارة")
            return start
        return k

    def attribution_at(self, k: int) -> bool:
        """Token k opens an attribution (roles.tsv attribution_asides: بحسب, وفق, وفقا — whose و is its own letter)."""
        words = role_set("ALL", "attribution_asides")
        return self.words[k] in words or self.norms[k] in words

    def past_attribution(self, k: int, limit: int) -> int:
        """"وناشدت السفارة الأمريكية حسب ما تداولته وسائل إعلامية الحكومة العراقية بالتدخل": token k opens an
        attribution (roles.tsv attribution_asides) set without commas between a verb's subject and its object; the
        token after it: past ما and its verb of reporting, and the phrase of who reports it, which ends where an
        indefinite noun's indefinite adjective meets a definite noun (no adjective of it, which would agree, nor its
        genitive, which stands before the adjectives). Else k (an attribution closed by a comma is passed by
        object_past_asides; none that runs to the clause's end)."""
        if k + 1 >= limit or not self.attribution_at(k):
            return k
        a = k + 1
        if self.norms[a] == "ما":
            a += 1  # "حسب ما تداولته", "وفق ما أفاد به"
            if a + 1 >= limit or not self.content(a) or _definite(self.norms[a]) or a in self.named_tokens:
                return k
            a += 1
            if a < limit and self.norms[a] in ("به", "عنه"):
                a += 1
        if a >= limit or any(self.breaks[x] for x in range(k, a)):
            return k
        ph = self.lam_object(a) if self.norms[a][:1] == "ل" and a not in self.named_tokens else self.np_right(a, limit)
        if ph is None or ph.i > a + 1:
            return k
        end = next((x for x in range(ph.i + 2, ph.j) if not _definite(self.norms[x - 1]) and
                    _nisba_like(self.words[x - 1]) and x - 1 not in self.named_tokens and _definite(self.norms[x]) and
                    not _nisba_like(self.words[x])), ph.j)
        while end < limit and self.is_quote(end):
            end += 1
        return end if end < limit and self.content(end) and not self.breaks[end] else k

    def past_report(self, k: int, limit: int) -> int:
        """The token after the statement (past_statement) or the attribution set without commas (past_attribution)
        that token k opens between a verb's subject and its object, past the times around them; and past such an
        aside, or a time, set off by two commas ("وأدانت الحكومة العراقية، في بيان رسمي، القصف التركي", "ونفى
        البابا، بحسب وكالة الأنباء السورية الرسمية (سانا)، صدور أي تصريح": the token after the closing comma, which
        may stand past ``limit``, the clause's end at the opening comma); else k."""
        for _ in range(3):
            m = self.past_adverbials(self.past_attribution(self.past_statement(self.past_adverbials(k, limit)), limit),
                                     limit)
            if m == k and k + 2 < self.size and self.toks[k].text in ("،", ","):
                a = k + 1
                if self.attribution_at(a) or self.past_statement(a) > a:
                    # (the attribution or the statement whole, with who issued it: "، في بيان لوزارة الخارجية،")
                    c = next((x for x in range(a + 1, min(self.size, a + 14)) if self.breaks[x] and
                              self.toks[x].text not in ("(", ")")), None)
                else:
                    c = self.past_adverbials(self.past_statement(self.past_adverbials(a, self.size)), self.size)
                    c = c if c > a else None
                if c is not None and c + 1 < self.size and self.toks[c].text in ("،", ",") and \
                        not any(x in self.trigger_tokens for x in range(a, c)):
                    m = c + 1
            if m == k:
                break
            k = m
        return k

    def object_past_asides(self, k: int, typ: str, plain: bool = False) -> Optional[Phrase]:
        """"استهدفت مقاتلات …، مساء الأربعاء، بغارتين جويتين، مواقع عسكرية", "واستهدف الطيران بحسب مصادر محلية
        أخرى، مسقط رأس", "احتجز الحرس الثوري … اليوم الجمعة، ناقلة نفط", "وحذّرت إسرائيل، التي تعهدت …، السلطة
        السورية", "واستهدف التحالف بزهاء 10 غارات مقر الأمن القومي": k is the token right after a transitive verb's
        subject (or after the verb); past a time, the act's means, an attribution (roles.tsv attribution_asides) or a
        relative clause, the phrase after them is the verb's object. Past a bare comma only an actor (``plain``: any
        phrase, after an act that is the verb's subject: "استهدف القصف الإسرائيلي، مناطق زراعية"); None when no
        phrase stands there."""
        passed = False
        while k < self.size and self.content(k) and _nisba_like(self.words[k]) and k not in self.trigger_tokens:
            k += 1  # (an adjective conjoined to the subject's: "تابعة للقوات الأمريكية والبريطانية")
        for _ in range(4):
            m = self.past_adverbials(k, self.size)
            passed, k = passed or m > k, m
            if k >= self.size:
                return None
            if self.toks[k].text in ("،", ","):
                k += 1
                if k >= self.size or self.breaks[k]:
                    return None
                m = self.past_adverbials(k, self.size)
                if m > k:
                    passed, k = True, m
                    continue  # (a time set off by commas)
                if not (self.attribution_at(k) or self.words[k] in self.relatives or self.past_means(k, typ) > k or
                        self.past_statement(k) > k):  # (or a statement: "، في تصريح صحفي،")
                    if not passed and not (plain or k in self.named_tokens or self.actor_head(k) or
                                           (k + 1 < self.size and self.nationality(k + 1)) or _site(self.bares[k])):
                        return None  # (an actor: a name, an actor head, a noun of a nation, "السلطة السورية"; or a
                        # site, what a verb of force is done to: "حاصر المئات من المحتجين الغاضبين، مبنى القنصلية")
                    break
            if self.attribution_at(k) or self.words[k] in self.relatives:
                c = next((x for x in range(k + 1, min(self.size, k + 14)) if self.toks[x].text in ("،", ",")), None)
                if c is None or any(self.breaks[x] for x in range(k + 1, c)):
                    return None
                # (past a relative clause only an actor: "وناقش الاجتماع، الذي استمر …، التطورات" names a topic)
                plain = plain and self.attribution_at(k)
                passed, k = self.attribution_at(k), c
                continue
            m = self.past_statement(k)
            if m > k:
                passed, k = True, m
                continue
            m = self.past_means(k, typ)
            if m > k:
                if k >= 1 and self.toks[k - 1].text in ("،", ","):
                    # (set off by commas, the means runs to the next one: "، بالطائرات المسيّرة،")
                    c = next((x for x in range(m, min(self.size, m + 3)) if self.breaks[x]), None)
                    m = c if c is not None and self.toks[c].text in ("،", ",") else m
                passed, k = True, self.past_adjective_aside(m)
                continue
            if not passed:
                return None
            break
        if passed and k + 1 < self.size and self.is_quote(k) and self.content(k + 1) and \
                self.norms[k + 1][:1] not in "بل":
            k += 1  # (an object in quotation marks: 'ب"القنابل العنقودية"، المحرمة دوليا، "محور المجدية')
        if k >= self.size or not self.content(k) or self.prepositional(k) or k in self.trigger_tokens:
            return None
        ph = self.np_right(k, self.clause_end(k))
        # (a list opened by "each of": "اعتقلت قوات المارينز …، كلا من أمين عام ميليشيا عصائب أهل الحق")
        return ph if ph is not None and (ph.i == k or self.norms[k] in _EACH and ph.i == k + 2) else None

    def past_adjective_aside(self, m: int) -> int:
        """'قصفت القوات ب"القنابل العنقودية"، المحرمة دوليا، "محور المجدية"': m ends a means (past its closing
        quotation mark); an aside set off by two commas that is an adjective (a definite nisba or participle, with an
        adverb in -ا or another adjective after it, up to three words) describes the means: the closing comma, where
        the object's search goes on; else m."""
        while m < self.size and self.is_quote(m) and not self.breaks[m]:
            m += 1
        if m + 2 >= self.size or self.toks[m].text not in ("،", ",") or not self.content(m + 1):
            return m
        w = self.words[m + 1]
        if not (_definite(w) and (_nisba_like(w) or w[2:3] == "م")) or m + 1 in self.named_tokens or \
                self.actor_head(m + 1) or m + 1 in self.trigger_tokens:
            return m
        for x in range(m + 2, min(self.size, m + 5)):
            if self.toks[x].text in ("،", ","):
                return x
            v = self.words[x]
            if not self.content(x) or x in self.named_tokens or not (
                    _definite(v) and _nisba_like(v) or not _definite(v) and v.endswith("ا") and _nisba_like(v[:-1])):
                return m
        return m

    def day_of_month(self, k: int, limit: int) -> int:
        """Token k opens a day of the month written as an ordinal ("الخامس من نوفمبر", "العشرين من الشهر الجاري"):
        the token of the month after من (a time word); 0 otherwise."""
        if "من" not in self.norms[k + 1:k + 4]:
            return 0  # (an ordinal reads at most three words, and من must follow it: most words stop here)
        got = parse_ordinal(self.norms[k:k + 3]) if self.content(k) else None
        if got is None or not 1 <= got[0] <= 31:
            return 0
        m = k + got[1]
        return m + 1 if m + 1 < limit and self.norms[m] == "من" and self.is_time(m + 1) else 0

    def past_adverbials(self, k: int, limit: int) -> int:
        """The first token from k on past adverbs and times (أمس, أول من أمس, يوم الخميس, خلال الأسبوع الماضي,
        في نوفمبر): between a verb and its subject or object they are neither."""
        while k < limit:
            w = self.words[k]
            if w in self.skip or self.is_time(k):
                k += 1
            elif w == "من" and k > 0 and self.words[k - 1] in self.skip and k + 1 < limit and \
                    self.words[k + 1] in self.skip:
                k += 1  # أول من أمس
            elif w in self.time_preps and k + 1 < limit and (self.is_time(k + 1) or self.day_of_month(k + 1, limit)):
                k += 1
            elif self.day_of_month(k, limit):
                k = self.day_of_month(k, limit)  # "في الخامس من نوفمبر": a day's ordinal, then its month
            elif self.toks[k].text == "(" and k + 2 < limit and self.is_time(k + 1) and self.toks[k + 2].text == ")":
                k += 3  # "اليوم (الثلاثاء)": the day named in brackets after a time
            else:
                break
        return k

    def before_times(self, m: int) -> int:
        """The token at or before m past the time words and skipped words ending there (مساء الخميس, اليوم)."""
        while m > 0 and (self.words[m] in self.skip or self.is_time(m)):
            m -= 1
        return m

    def before_adverbial(self, m: int, floor: int) -> int:
        """"مديريات عموم العراق خلال الاسبوع الماضي قتلت": when tokens ..m end a time adverbial opened by a
        preposition, the token before it (the subject's last word); else m."""
        t = m
        while t >= floor and (self.words[t] in self.skip or self.is_time(t)):
            t -= 1
        if t < m and t - 1 >= floor and self.words[t] in self.time_preps and self.content(t - 1):
            return t - 1
        return m

    def no_object(self, k: int, cend: int) -> bool:
        """Nothing a verb could take as its object stands at k: the clause ends, or a preposition, a means, a
        time clause or a verb of casualties comes first (قتل جنديان اميركيان واصيب, مقاتلا قتل بعدما,
        خطفوا على أيدي). A killing verb with no object is read as passive."""
        k = self.past_adverbials(k, cend)
        if k >= cend:
            return True
        w = self.words[k]
        raw = self.norms[k]
        if w in self.passive_after or raw in self.passive_after or self.manner_at(k):
            return True
        if raw[:1] == "و" and (raw[1:] in self.passive_after or raw[1:] in self.casualty_verbs):
            return True
        return k + 1 < self.size and _cue_match(self, k + 1, role_cues("ALL", "source_after"))

    def casualties(self, typ: str, i: int) -> Optional[Phrase]:
        """The victims the sentence counts (أصيب 37 شخصا بجروح, 13 شخصا أصيبوا, أسفر عن إصابة خمسة مدنيين):
        a counted or casualty-noun phrase after a verb or noun of casualties, or a counted one before the
        verb; the one nearest the trigger."""
        if "yes" not in role_set(typ, "casualty_victims"):
            return None
        nouns = self.casualty_nouns
        best: Optional[tuple[int, Phrase]] = None
        for k in range(self.size):
            w = strip_conj(self.norms[k])
            b = w[1:] if w[:1] in "بل" and w[1:] in nouns else w
            if b not in nouns and w not in self.casualty_verbs and not self.death_met(k):
                continue
            m = k + 1
            while m < self.size and (self.words[m] in self.skip or self.is_quote(m)):
                m += 1
            ph = self.np_right(m, self.clause_end(m)) if m < self.size else None
            if ph is None or ph.i > m + 3 or not (ph.counted or self.victim_noun(ph)):
                # (a subject before the verb, with its exact number: "600 شخص لقوا مصرعهم", as np_right's counted
                # victims after the verb keep theirs outside)
                ph = _with_count(self, self.np_left(k, self.clause_start(k))) if b not in nouns else None
            if ph is None or not (ph.counted or self.victim_noun(ph)):
                continue
            if best is None or abs(k - i) < best[0]:
                best = (abs(k - i), ph)
        return best[1] if best else None

    def death_met(self, k: int) -> bool:
        """"لقوا مصرعهم", "لقي 5 أشخاص حتفهم": a verb of meeting (roles.tsv death_meeting) with the noun of death
        (death_met) and its pronoun within the next four words of its clause is a verb of casualties."""
        if strip_conj(self.norms[k]) not in role_set("ALL", "death_meeting"):
            return False
        for m in range(k + 1, min(self.size, k + 5)):
            if self.breaks[m]:
                return False
            w = self.norms[m]
            if any(w.startswith(d) and w[len(d):] in _OWNER_SUFFIXES for d in role_set("ALL", "death_met")):
                return True
        return False

    def clause_end(self, k: int) -> int:
        m = k
        while m < self.size and not self.breaks[m]:
            m += 1
        return m

    def clause_start(self, k: int) -> int:
        m = k
        while m > 0 and not self.breaks[m - 1]:
            m -= 1
        b = self.before_aside(m - 1, 0) if m > 0 else m - 1
        return self.clause_start(b) if b != m - 1 else m  # an aside does not end the clause

    def addressee_at(self, k: int, typ: str) -> Optional[Phrase]:
        """"مطالبين الحكومة بـ…": the bare phrase after a verb of demanding is whom the demand is made of; a
        phrase with ب / ل after it is what is demanded, not an actor."""
        if strip_conj(self.norms[k]) not in role_set(typ, "addressee") or k + 1 >= self.size:
            return None
        if self.norms[k + 1][:1] in ("ب", "ل"):
            return None
        return self.np_right(k + 1)

    def slogan_at(self, k: int, cues: tuple[str, ...]) -> Optional[Phrase]:
        """«يسقط بوش», «الموت لأميركا»: the first word of a quoted slogan is a cue, what follows it inside the
        quotes (without a glued ل) is what the slogan is against."""
        if k == 0 or not self.is_quote(k - 1) or self.words[k] not in cues:
            return None
        q = k + 1
        while q < self.size and not self.is_quote(q) and not self.breaks[q]:
            q += 1
        m = k + 1
        if m >= q:
            return None
        ph = self.np_right(m, q)
        if ph is None or ph.i != m:
            return ph
        w = self.norms[m]
        if w.startswith("ل") and len(w) > 3 and w[1:] not in self.fn:
            return Phrase(m, ph.j, 2 if w.startswith("لل") else 1)
        return ph

    def object_at(self, k: int, verbs: dict, i: int) -> Optional[Phrase]:
        """The bare object of a verb the protesters do to someone (رشق المتظاهرون قوات الأمن, واتهموا الحكومة).
        The verb's subject must be the protesters: a plural verb (its pronoun), or the actor-noun trigger
        itself right after the verb, which is then skipped."""
        if self.norms[k] not in verbs:
            return None
        m = k + 1
        while m < self.size and self.words[m] in self.skip:
            m += 1
        if m >= self.size or self.prepositional(m):
            return None
        ph = self.np_right(m)
        if ph is None:
            return None
        if any(p in self.actor_types or p == i for p in range(ph.i, ph.j)):
            m = ph.j  # ورشق مئات المتظاهرين قوات الشغب: the protesters are the subject, the object follows
            while m < self.size and self.words[m] in self.skip:
                m += 1
            if m >= self.size or self.prepositional(m):
                return None
            return self.np_right(m)
        return ph if verbs[self.norms[k]] else None  # a singular verb before another phrase: its subject

    def far_target(self, typ: str, i: int, e: int) -> Optional[Phrase]:
        """Cues that name a protest's target clauses after its trigger, past commas (للمطالبة باستقالة X,
        هتافات معادية لـX, «يسقط X», ورشقوا X): read up to the next trigger of the type."""
        far = role_cues(typ, "target_far")
        slogans = role_cues(typ, "slogan")
        verbs = _object_verbs(typ)
        if not (far or slogans or verbs):
            return None
        for k in range(e, self.size):
            if k > e and self.trigger_types.get(k) == typ and k not in self.event_nouns:
                break  # a verb of the type has a protest of its own; a noun (هتافات, احتجاجا) names this one
            ph = self.cue_at(k, far) if far else None
            if ph is None and k > e and k in self.event_nouns and self.trigger_types.get(k) == typ and k + 1 < self.size:
                # "خرج الآلاف في مسيرة … للاحتجاج على X": the noun of purpose names this protest, its cue too
                ph = self.cue_at(k + 1, role_cues(typ, "target_after"))
            ph = ph or self.addressee_at(k, typ) or self.slogan_at(k, slogans) or self.object_at(k, verbs, i)
            if ph is not None:
                return ph
        return None

    def sides_after(self, k: int, limit: int) -> Optional[tuple[Phrase, Phrase]]:
        """"بين المقاومة الشعبية من جهة والمسلحين الحوثيين وقوات الرئيس المخلوع من جهة أخرى", "بين قوات مجلس دير
        الزور وهجين العسكريين من جهة، والمجموعات المهاجمة في محيط قرى … من جهة أخرى": من جهة closes the first side
        (all the words after بين, an و among them too), and the و after it opens the second, which runs to من جهة
        أخرى when only actors joined by و stand before it, else is the phrase there. None when من جهة does not
        follow the phrase at k within a few words."""
        p = next((x for x in range(k + 1, min(limit, k + 10)) if self.breaks[x] or
                  (self.norms[x] == "من" and x + 1 < limit and self.bares[x + 1] == "جهه")), None)
        if p is None or self.breaks[p] or not all(self.content(x) for x in range(k, p)):
            return None
        first = self.np_right(k, p)
        if first is None or first.i != k or first.counted:
            return None
        q = p + 2
        if q < self.size and self.toks[q].text in ("،", ","):
            q += 1  # ("من جهة، والمجموعات": the comma closes the first side's clause; the second opens the next)
            limit = self.clause_end(q)
        if q >= limit or self.norms[q][:1] != "و" or self.words[q] == self.norms[q] or not self.content(q):
            return None
        r = next((x for x in range(q + 1, min(limit, q + 14)) if self.norms[x] == "من" and x + 2 < limit and
                  self.bares[x + 1] == "جهه" and self.bares[x + 2] in ("اخري", "ثانيه")), None)
        second = self.np_right(q, limit)
        if second is None or second.i != q:
            return None
        j = second.j
        while r is not None and j < r and self.conj_at(j) and _opens_party(self, j):
            nxt = self.np_right(j, r)
            if nxt is None or nxt.i != j:
                break
            j = nxt.j
        j = r if r is not None and j >= r - 1 else (j if j > second.j else second.j)
        return Phrase(k, p, first.cut), Phrase(q, min(j, r) if r is not None else j, self.conj_cut(q))

    def people_after_and(self, m: int, limit: int) -> Optional[Phrase]:
        """"بين الحكومة اليمنية والحوثيين", "بين الجيش والحوثيين": after بين and its first party, a definite sound
        plural joined by و (a plural of people) is the second party, though shaped as an adjective (modifier_at
        reads الحوثيين after a definite noun as its nisba): بين needs two parties."""
        if m >= limit or not self.conj_at(m) or not _definite(self.words[m]) or not _sound_plural(self.words[m]) or \
                not self.modifier_at(m):
            return None
        return Phrase(m, m + 1, self.conj_cut(m))

    def pair_after(self, k: int, limit: int) -> tuple[Optional[Phrase], Optional[Phrase]]:
        """The two parties after بين: the phrase from k up to the first word joined by و, and that one."""
        def to_conjunct(x: int) -> int:  # (the first word joined by و from x on, within 8 words of k)
            while x < limit and x - k < 8 and self.content(x) and not (x > k and self.conj_at(x)):
                x += 1
            return x

        sides = self.sides_after(k, limit)
        if sides is not None:
            return sides
        m = end = to_conjunct(k)  # (end: where the first party ends)
        if k < m < limit and self.words[m] in self.relatives:
            # "بين المتظاهرين الذين يطالبون بالكشف عن قتلة الناشطين والقوات الامنية": a relative clause on the first
            # party (longer than to_conjunct reads) runs to the first و that opens an actor, which pairs with بين
            x = m + 1
            while x < limit and x - m <= 10 and not self.breaks[x] and not self.conj_at(x):
                x += 1
            if x < limit and x - m <= 10 and self.conj_at(x) and _opens_party(self, x) and \
                    (x in self.agent_tokens or self.actor_head(x) or x in self.named_tokens or x in self.joined_names):
                m = x
        if m + 1 < limit and m > k and self.norms[m] == "في" and self.content(m + 1):
            # "اجتماع بين لجنة التفاوض في درعا البلد واللجنة المركزية": the first party with where it sits; the و
            # past the place pairs with بين when an actor (not a name of a place: بين قوات النظام في حلب وإدلب)
            # opens the phrase after it
            x = to_conjunct(m + 1)
            if x < limit and self.conj_at(x) and \
                    (k in self.agent_tokens or self.actor_head(k)) and \
                    (x in self.agent_tokens or self.actor_head(x) or self.title(x) or
                     (_definite(self.words[x]) and x not in self.joined_names and x not in self.named_tokens and
                      not self.non_agent(x) and not _site(self.bares[x]))):
                m = x  # (an actor first, and after و an actor, or a definite noun neither a place nor an act)
        if m + 2 < limit and m > k and self.norms[m] == "وما" and \
                self.words[m + 1] in role_set("ALL", "so_called_forms") and self.norms[m + 2][:1] == "ب":
            # "بين الحكومة الشرعية وما يعرف بـ"المجلس الانتقالي الجنوبي"": the second party is the name after ب
            first = self.np_right(k, m)
            a = m + 3 if self.norms[m + 2] == "ب" else m + 2
            second = self.np_right(a, limit) if a == m + 3 else self.cue_at(a, ("ب",))
            if first is None or first.i != k or second is None or second.i < a or \
                    not any(x in self.agent_tokens or self.actor_head(x) for x in range(second.i, second.j)):
                return None, None
            return first, second
        if m >= limit or m == k or not self.conj_at(m):
            return None, None
        first = self.np_right(k, end)
        if first is None or first.i != k or first.counted:
            return None, None
        second = self.np_right(m, limit) or self.people_after_and(m, limit)
        if second is None or second.i != m:
            return None, None
        n = self.name_end(m) if m in self.named_tokens else second.j
        if m in self.joined_names:  # (a name with its و glued: والسعودية, ولبنان)
            n = self.name_end(m + 1) if m + 1 in self.named_tokens else m + 1
        j = n if n < second.j and not _definite(self.norms[n]) and not _nisba(self.words[n]) and \
            n not in self.joined_names else second.j
        # "وقف إطلاق النار بين إسرائيل ولبنان حيز التنفيذ": a name takes no genitive, so an indefinite noun after
        # it opens the next phrase (here the object of the verb before the act); not a list going on (تركيا
        # وروسيا وإيران)
        return first, Phrase(second.i, j, self.conj_cut(m))

    def coordinate(self, ph: Optional[Phrase]) -> Optional[Phrase]:
        """"هتافات ضد الحكومة والولاية": a second actor joined by و (with the article or an actor head) belongs
        to the same role."""
        if ph is None:
            return None
        pairing = role_cues("ALL", "pairing")
        for k in range(ph.i - 1, max(0, ph.i - 8) - 1, -1):
            if self.breaks[k] or (self.norms[k][:1] == "و" and len(self.norms[k]) > 3 and
                                           not _cue_match(self, k, pairing)):
                break
            if _cue_match(self, k, pairing):
                return ph  # "بين متظاهرين مناهضين للحكومة وشرطة": the و pairs with بين
        j = ph.j
        w0 = self.norms[ph.i][ph.cut:] if ph.cut else self.words[ph.i]
        named = ph.j - ph.i == 1 and not _definite(w0) and not _nisba(w0) and w0 not in self.heads and \
            w0 not in self.titles and not self.counting(ph.i)  # لإيران, أمريكا: a bare name
        while j + 2 < self.size and self.norms[j] == "و" and self.is_quote(j + 1) and \
                (_definite(self.norms[j + 2]) or self.words[j + 2] in self.heads or j + 2 in self.agent_tokens):
            # 'القوات التركية و"الجيش السوري الحر"': a second doer in quotation marks after a bare و (the
            # tokenizer splits the و from the mark), with its closing mark
            nxt = self.np_right(j + 1)
            if nxt is None or nxt.i != j + 2 or self.non_agent(j + 2):
                break
            j = nxt.j + 1 if nxt.j < self.size and self.is_quote(nxt.j) else nxt.j
            if not self.is_quote(j - 1):
                j = ph.j  # (a mark opened and never closed: no whole phrase)
                break
        while j < self.size and self.norms[j].startswith("و") and len(self.norms[j]) > 3:
            w = self.norms[j][1:]
            if named and not self.is_time(j) and not self.non_agent(j) and w not in self.fn and \
                    not _definite(w) and not _nisba(w) and w[:1] not in "يت" and not w.endswith("وا") and \
                    (j + 1 >= self.size or self.breaks[j + 1]):
                j += 1  # "معادية لإيران والولايات المتحدة وإسرائيل.": a last bare name closes the list
                break
            if not ((w.startswith("ال") and w[2:] not in self.fn) or w in self.heads or self._construct_conjunct(j)) or \
                    self.is_time(j) or self.non_agent(j):
                break
            if j == ph.i + 2 and w.startswith("ال") and self.words[ph.i].endswith(("تا", "تي")) and \
                    self.words[ph.i][:-2] + "ه" in self.heads:
                j += 1  # "وزارتا الدفاع والداخلية": a dual head in construct has two genitives
                continue
            nxt = self.np_right(j)
            if nxt is None or nxt.i != j:
                break
            j = nxt.j
        if ph.i >= 2 and self.norms[ph.i - 1] == "من" and self.norms[ph.i - 2] in _EACH:
            # "كل من المملكة السعودية، ومملكة البحرين، ودولة الإمارات": a list after "each of" runs on past
            # its commas, item by item, while each item is a name or an actor head
            while j + 1 < self.size:
                jj = j + 1 if self.toks[j].text in ("،", ",") else j
                if self.norms[jj][:1] != "و" or len(self.norms[jj]) <= 3 or self.is_time(jj) or self.non_agent(jj):
                    break
                nxt = self.np_right(jj)
                if nxt is None or nxt.i != jj or not (
                        self.words[jj] in self.heads or any(x in self.named_tokens for x in range(nxt.i, nxt.j)) or
                        # (a last bare name before the clause ends: "وجمهوريتي اليمن ومصر،")
                        (nxt.j == jj + 1 and (nxt.j >= self.size or self.breaks[nxt.j]) and
                         not _definite(self.words[jj]) and self.words[jj][:1] not in "بلك")):
                    break
                j = nxt.j
        return Phrase(ph.i, j, ph.cut, ph.counted) if j > ph.j else ph

    def _construct_conjunct(self, j: int) -> bool:
        """(round 123) Token j, a word in و, opens a second noun in construct with a definite genitive or a name
        ("القوات الأمريكية وحلفاء واشنطن", "مديرية دريكيش ومواقع الأمن العام"): a noun (no verb form, no verbal
        noun, no casualty noun, no adjective) whose next word has the article or is a name."""
        w = self.words[j]
        if j + 1 >= self.size or not self.content(j + 1) or w in self.fn or _verbal(w) or _verb_shape(w) or \
                _nisba_like(w) or w in self.casualty_nouns or any(w.startswith(c) for c in self.casualty_nouns):
            return False
        n = self.norms[j + 1]
        return (_definite(n) and not _nisba_like(n)) or (j + 1 in self.named_tokens and j not in self.named_tokens)

    def possessor(self, ph: Optional[Phrase], hit: bool = False) -> Optional[Phrase]:
        """"أعلن الجيش الأمريكي أن قواته قتلت", "مقتل أحد جنوده": an actor noun with a possessive pronoun
        stands for the actor it belongs to, the nearest actor-headed phrase before it. ``hit``: the phrase is a
        target, and a possessed site (مواقعهم, أحيائه) stays the place hit, as written."""
        if ph is None or not all(_nisba_like(self.norms[x]) or self.norms[x] in self.adjectives or
                                 _definite(self.norms[x]) for x in range(ph.i + 1, ph.j)):
            return ph  # "قافلته الدبلوماسية": adjectives may follow the possessed noun
        if _counterpart(self.norms[ph.i]):
            return ph  # "مع نظيره الروسي": the counterpart is another party, not the one its pronoun names
        if _homeland(self.norms[ph.i]):
            return ph  # "أن بلاده قطعت العلاقات": his country did it, not the person the pronoun names
        if hit and _held_site(self, ph.i) and not self.actor_head(ph.i):
            return ph  # "واستهداف أحيائه": a possessed site is the place hit, not its owner
        raw = self.toks[ph.i].text
        w = self.words[ph.i]
        suf = next((x for x in ("هما", "هم", "ها", "ه") if raw.endswith(x)), None)
        if suf is None or _definite(w) or len(w) - len(suf) < 3 or w in self.fn or \
                (w[:1] in "بلك" and w[1:] in self.fn) or w in _DEMONSTRATIVES:
            return ph  # (بهذه القوات: a demonstrative, no pronoun)
        if ph.i >= 2 and self.words[ph.i - 1] in _THAT_BARE:
            # "أعلنت ألوية العمالقة أن قواتها اقتحمت", "وأضاف الفريق يار الله، أن قواته حررت": the possessed noun
            # opening the that-clause of a verb of saying belongs to the sayer, when the pronoun agrees with it
            owner = _that_speaker(self, ph.i - 1, suf)
            if owner is not None:
                return owner
        for k in range(ph.i - 1, -1, -1):
            v = self.words[k]
            if self.content(k) and (v in self.heads or (_definite(v) and v[2:] in self.heads)):
                ante = self.np_right(k, ph.i)
                if ante is not None and ante.i == k:
                    return ante
        return ph

    def aimed_at(self, typ: str, e: int) -> Optional[Phrase]:
        """"إطلاق عشرات الصواريخ، مستهدفة القواعد الأمريكية": a participle of aiming (``aim_participles``) in the
        trigger's clause or the next one, before another trigger of the type, names what the act was aimed at."""
        cues = role_cues(typ, "aim_participles")
        breaks = 0
        for k in range(e, self.size):
            if self.trigger_types.get(k) == typ:
                return None
            if self.breaks[k]:
                breaks += 1
                if breaks > 1 or self.toks[k].text not in ("،", ","):
                    return None
                continue
            if self.words[k] in cues and k + 1 < self.size:
                ph = self.np_right(k + 1)
                return ph if ph is not None and ph.i == k + 1 else None
        return None

    def first_person(self, k: int) -> bool:
        """Token k is a verb in the first person plural (نحذّر, وندعو, ندين): a speaker's own words."""
        w = self.norms[k]
        w = w[1:] if w[:1] in "وف" and len(w) > 4 and w[1:2] == "ن" else w
        return w[:1] == "ن" and len(w) >= 4

    def speaker(self, k: int) -> Optional[Phrase]:
        """Inside a quotation opened after a verb of saying, who says it: "الحرس الثوري الإيراني قال: «نحذّر …»",
        "قال الحرس الثوري: «ندعو …»"; None when token k is not quoted so."""
        quotes = 0
        for q in range(k - 1, -1, -1):
            if not self.is_quote(q):
                continue
            quotes += 1
            if quotes % 2 == 0:
                continue
            m = q - 1
            while m >= 0 and self.toks[m].text in (":", "،", ","):
                m -= 1
            if m >= 1 and self.norms[m] in _IN_IT:
                m -= 1  # "مؤكداً فيها: «…»"
            if m < 0:
                return None
            if self.words[m] in role_set("ALL", "say_participles"):
                # "وألقى الرئيس الأمريكي كلمة …، مؤكداً فيها: «أمرت …»": the participle's subject is its clause's
                return self.participle_subject(m)
            say = role_cues("ALL", "say_verbs")
            if self.words[m] in say:
                return self.np_left(m) or self.np_right(m + 1, q)
            ph = self.np_left(m + 1)  # "قال الحرس الثوري: «…»": the subject between the verb and the colon
            if ph is not None and ph.i >= 1 and self.words[ph.i - 1] in say:
                return ph
            return None
        return None

    def participle_subject(self, m: int, free: bool = False) -> Optional[Phrase]:
        """A circumstantial participle (حال) on token m ("مؤكداً", "داعية"): the subject of the clause it hangs on,
        the name after the verb that opens the sentence or its first actor phrase before m; with ``free``, the first
        that is no preposition's object ("دفاعا عن الأمن القومي، … داعيا": الأمن is no subject)."""
        ph = self.opening_name(m) or self.first_actor(0, m)
        while free and ph is not None and (self.prepositional(ph.i) or
                                           (ph.i >= 1 and self.norms[ph.i - 1] in _PREPOSITIONS)):
            ph = self.first_actor(ph.j, m)
        if ph is not None:
            # (the subject stops before the verb's object: an indefinite noun after a definite word,
            # "الرئيس الأمريكي كلمة")
            x = next((x for x in range(ph.i + 1, ph.j) if _definite(self.norms[x - 1]) and
                      not _definite(self.norms[x]) and x not in self.named_tokens and
                      not _nisba_like(self.words[x])), ph.j)
            ph = Phrase(ph.i, x, ph.cut, ph.counted)
        return ph

    def act_object(self, k: int) -> Optional[Phrase]:
        """From token k (past adverbs and one comma), ب glued to an indefinite verbal noun, then its object:
        "هددت باستهداف المصالح الأمريكية" → المصالح الأمريكية; None otherwise (بالصواريخ is a means)."""
        commas = 0
        for k in range(k, min(self.size, k + 12)):
            if self.breaks[k]:
                commas += 1
                if self.toks[k].text not in ("،", ",") or commas > 1:
                    return None
                continue
            w = strip_conj(self.norms[k])
            if w[:1] != "ب" or len(w) < 4 or w[1:3] == "ال" or not (
                    k in self.trigger_tokens or self.non_agent(k) or
                    (k + 1 < self.size and self.content(k + 1) and _definite(self.norms[k + 1]))):
                continue  # (بضرب الداخل: an indefinite noun in construct with a definite one is a verbal noun too)
            m = k + 1
            while m < self.size and m in self.trigger_tokens:
                m += 1
            if m >= self.size or not self.content(m):
                return None
            ph = self.np_right(m, self.clause_end(m))
            if ph is not None and ph.i == m:
                return ph
            if _definite(self.norms[m]):
                # "باستهداف المصالح الأمريكية", "بضرب الداخل الأمريكي": a thing or a place is what a threat is
                # against, though it never acts
                return Phrase(m, self.definite_adjectives_end(m + 1, self.size))
            return None
        return None

    def pronoun_antecedent(self, k: int, stem: int = 3) -> Optional[Phrase]:
        """Token k ends in a possessive pronoun (هجومه, سيطرتها, عملياتهم): the nearest phrase before it headed by
        an actor noun or a name, which the pronoun stands for; None without a pronoun or an antecedent."""
        raw, suf = _written_pronoun(self, k)
        if suf is None or _definite(self.words[k]) or len(raw) - len(suf) < stem:
            return None
        for m in range(0, k):
            v = self.words[m]
            if suf == "ه" and v.endswith(("ه", "ات")):
                continue  # ه refers to a masculine noun, not to الحكومة, القوات
            if m >= 1 and self.words[m - 1] in _PREPOSITIONS or self.prepositional(m):
                continue  # "دخولها العاصمة دمشق دون مقاومة", "في العراق": a preposition's object is no antecedent
            if _headed_place(self, m):
                continue  # "ومدينة مأرب هي المعقل الأخير للحكومة اليمنية … ومركز عملياته": a place is no doer
            if self.content(m) and (v in self.heads or (_definite(v) and v[2:] in self.heads) or
                                    (m in self.named_tokens and (m == 0 or m - 1 not in self.named_tokens))):
                ante = self.np_right(m, k)
                if ante is not None and ante.i == m:
                    ante = _name_alone(self, ante)
                    return ante
        return None

    def agreeing_antecedent(self, k: int, suf: str, loose: bool = False) -> Optional[Phrase]:
        """The nearest noun phrase before token k that a pronoun ``suf`` on it (ها, ه, هم) can point back to, across
        clauses: a definite noun, an indefinite one in ة for ها, a name (not a person's for ها), that agrees — ها a
        feminine noun or a plural of things, هم a plural of people, ه a masculine singular — and is no time, no
        adjective and no preposition's object (so the phrase a verb or a noun of the sentence is about, not an aside);
        None within 30 words. ``loose``: the phrase may be a preposition's object and stand right before an act word
        (its adjective: "حملتها العسكرية على الأحياء المحاصرة، وتبدأ بفك الحصار عنها")."""
        for m in range(k - 2, max(0, k - 30) - 1, -1):  # (not the noun governing the pronoun's: إلغاء زيارته)
            if not self.content(m) or m in self.trigger_tokens or self.is_time(m) or self.prepositional(m) or \
                    m >= 1 and self.words[m - 1] in _PREPOSITIONS and not loose or self.counting(m):
                continue
            w, b = self.words[m], self.bares[m]
            if loose and m in self.glued_names and m not in self.named_tokens and suf in ("ه", "ها") and \
                    (suf == "ها" or not self.toks[m].text.endswith("ة")):
                # (loose: a name glued to its preposition, "اتصل بقرداحي وطلب منه", "تحذيرًا لإيران داعيًا إياها";
                # its kind unknown here, a person's or a state's, it agrees with ه and ها alike)
                ph = self.cue_at(m, ("ب", "ل"))
                if ph is not None and ph.i == m and not any(x in self.trigger_tokens for x in range(m, ph.j)):
                    return ph
                continue
            if m in self.named_tokens:
                if m >= 1 and m - 1 in self.named_tokens and self.entity_of.get(m - 1) == self.entity_of.get(m):
                    continue  # (a name's later word)
                if m >= 1 and self.content(m - 1) and m - 1 not in self.named_tokens and \
                        (_definite(self.norms[m - 1]) or _site(self.bares[m - 1])):
                    continue  # (a name set after its kind: "السفينة غلاكسي ليدر", "مدينة الموصل": its head)
                # (a place's name is feminine, a party's as its first word: حركة حماس, جيش الاحتلال)
                feminine = m not in self.agent_tokens or self.toks[m].text.endswith("ة")
                agrees = suf == "ه" and m in self.agent_tokens and not feminine or suf == "ها" and feminine
            elif _definite(w) and m >= 1 and self.content(m - 1) and _definite(self.norms[m - 1]):
                continue  # (a definite word after a definite one is its adjective: "الساحل الأيسر")
            elif not _definite(w) and m >= 1 and self.content(m - 1) and self.toks[m - 1].text.endswith("ة"):
                continue  # (an indefinite word after an indefinite noun in ة is its adjective: "ناقلة ضخمة")
            elif not _definite(w) and m >= 1 and m - 1 not in self.trigger_tokens and _verbal(self.words[m - 1]):
                continue  # (the object of a verb whose subject is unsaid: "أظهرت نية عدائية وتم إسقاطها" points
                # back to that subject, not to its object)
            elif _definite(w) or suf == "ها" and self.toks[m].text.endswith("ة"):
                if _nisba_like(w) and len(b) > 4 and m >= 1 and self.content(m - 1):
                    continue  # (an adjective after its noun; not a short noun in ية: خلية, قرية)
                # (ة as written: a verb's ه is a pronoun, يشتبه)
                feminine = self.toks[m].text.endswith(("ة", "ات")) or bool(_BROKEN_PLURALS.match(b))
                agrees = suf == "ها" and feminine or \
                    suf == "هم" and (b.endswith(("ون", "ين")) or b in self.heads and _BROKEN_PLURALS.match(b)) or \
                    suf == "ه" and not feminine and not b.endswith(("ون", "ين", "ان"))
            else:
                continue
            if not agrees or self.non_agent(m) and not _site(b):
                continue  # (nor an abstract noun: "أظهرت نية عدائية")
            ph = self.np_right(m, k)
            if ph is None or ph.i != m or any(x in self.trigger_tokens for x in range(m, min(k, ph.j + (not loose)))):
                continue  # (a noun in construct with an act: "وخشية عملية إنزال")
            return ph
        return None

    def lam_object(self, k: int) -> Optional[Phrase]:
        """Token k is ل glued to a noun phrase (لسفينة, للقواعد): the phrase, the ل left out."""
        if k >= self.size or not self.content(k):
            return None
        w = strip_conj(self.norms[k])
        if w[:1] == "ل" and w[1:] in _POINTERS and k + 1 < self.size and self.content(k + 1):
            # "دعم الولايات المتحدة لهؤلاء المقاتلين": ل with a demonstrative, the noun phrase it points at
            after = self.np_right(k + 1)
            return after if after is not None and after.i == k + 1 else None
        if not (w[:1] == "ل" and len(w) > 3) or w[1:] in self.fn:
            return None
        whole = self.np_right(k)
        if whole is None or whole.i != k:
            return None
        raw = self.toks[k].text
        cut = raw.index(raw.lstrip("وف")[0]) if w != self.norms[k] else 0
        return Phrase(k, whole.j, cut + preposition_cut("ل", w[1:]))

    def lam_thing(self, k: int) -> Optional[Phrase]:
        """lam_object, or token k is ل glued to a definite verbal or abstract noun, which np_right reads as no actor
        (للاحتلال الإسرائيلي, للإرهاب): that noun with its definite adjectives, the ل left out. After a masdar and
        its genitive, ل marks the masdar's object whatever it names (دعم واشنطن للاحتلال الإسرائيلي)."""
        obj = self.lam_object(k)
        if obj is not None or k >= self.size or self.is_punct(k) or self.is_time(k):  # (an act noun too: للاحتلال)
            return obj
        w = strip_conj(self.norms[k])
        if not (w.startswith("لل") and len(w) > 4) or not self.non_agent(k):
            return None
        j = self.definite_adjectives_end(k + 1, self.clause_end(k))
        if j == k + 1 or not _nisba_like(self.norms[k + 1]):
            return None  # (with no nationality after it, ل and a verbal noun is a purpose: للرد, للانتقام)
        raw = self.toks[k].text
        cut = raw.index(raw.lstrip("وف")[0]) if w != self.norms[k] else 0
        return Phrase(k, j, cut + preposition_cut("ل", w[1:]))

    def cue_at(self, k: int, cues: tuple[str, ...]) -> Optional[Phrase]:
        """If token k is (or starts with) a cue, the phrase it introduces."""
        w = self.norms[k]
        ws = strip_conj(w)
        got = _CUE_HEADS_BY_ID.get(id(cues))
        words, letters = got[1] if got is not None and got[0] is cues else _cue_heads_of(cues)
        if not (w in words or ws in words or (len(ws) > 3 and (w[:1] in letters or ws[:1] in letters))):
            return None  # (no cue of the loop below can match: most tokens of a clause, asked ~35 times a sentence)
        if k + 1 < self.size and _cue_match(self, k + 1, role_cues("ALL", "source_after")):
            return None  # "على يد قوات التحالف": the first word of a two-word source cue introduces no target
        for c in cues:
            if w == c or ws == c:
                if len(c) > 1 and k + 1 < self.size and self.prepositional(k + 1):
                    return self.cue_at(k + 1, ("ل", "ب"))  # هتافات مناهضة للحكومة, تندد بالحكومة
                ph = self.np_right(k + 1)
                if ph is None and k + 1 < self.size and self.norms[k + 1] == "من":
                    ph = self.np_right(k + 2)
                if ph is None and k + 2 < self.size and self.norms[k + 1] in _ANY:
                    inner = self.np_right(k + 2)  # "بفرض عقوبات على أي شركة أجنبية": the quantifier and its noun
                    ph = Phrase(k + 1, inner.j) if inner is not None and inner.i == k + 2 else None
                if ph is None and k + 4 < self.size and self.norms[k + 1] == "ما" and \
                        self.words[k + 2] in role_set("ALL", "described_as") and self.norms[k + 3][:1] == "ب" and \
                        not _definite(self.norms[k + 3][1:]) and _definite(self.norms[k + 4]) and self.content(k + 4):
                    ph = self.np_right(k + 4)  # "على ما يصفونه بوحشية الشرطة": whose deed is decried
                return ph
            if len(c) == 1 and (w.startswith(c) or ws.startswith(c)) and len(ws) > 3:
                # a one-letter preposition glued to its noun: بمنسق, لحكومة
                body = ws[1:] if ws.startswith(c) else w[1:]
                if body in self.fn or (body.startswith("ال") and body[2:] in self.fn):
                    return None
                if not (body.startswith("ال") or body in self.heads or (c == "ل" and body.startswith("ل")) or
                        k in self.glued_names or _counterpart(body)):
                    return None  # برهم is a name, not ب + رهم: only glued article, actor heads or a name the
                    # entities component found after the letter (تحذيرا لإيران) count
                raw = self.toks[k].text
                cut = raw.index(raw.lstrip("وف")[0]) if ws != w else 0
                cut += preposition_cut(c, body)  # للحكومة: ل + the article's ل
                # extend over the words after the glued one
                whole = self.np_right(k)  # the glued word read as the head: للحكومة العراقية
                if whole is None or whole.i != k:
                    return None  # بمعاودة, لتسمية: a verbal noun after the preposition, not an actor
                return Phrase(k, whole.j, cut)
        return None


@lru_cache(maxsize=None)
def _means_nouns(typ: str) -> frozenset:
    """What an act of the type is done with, glued to ب (past_means): its weapons (roles.tsv weapon_nouns) and the
    other instruments (means_nouns: غاز, قنابل, رصاص)."""
    return role_set(typ, "weapon_nouns") | role_set(typ, "means_nouns")


def _with_quantifier(sv: SentenceView, ph: Phrase) -> Phrase:
    """"وسحب عدد من أعضاء التحالف الدولي جنودهم", "ونددت العديد من الدول والمنظمات", "بعد مقتل عدد كبير منهم",
    "لافراج جيش الإسلام عن آلاف المختطفين", "دعا جميع المكونات السياسية": a quantifier (quantifiers.txt: عدد,
    العديد, بعض, جميع, معظم, غالبية, مجموعة; a vague count, آلاف, عشرات, with count_scales.txt) before the actor it
    counts heads the source or target (np_right skipped it to find the head; the training gold keeps it in 27
    sources and targets, out in 3), with من and the counting noun's adjective of size between (عدد كبير من). Not a
    modifier (roles.tsv quantity_modifiers: نحو, حوالي, أكثر, قرابة — outside, as for quantities; صفوف, the ranks of
    the group), nor the partitive أحد (read below), nor over a glued preposition (لعدد, ببعض: another cue's). A
    constant look-behind of a few tokens."""
    m = ph.i - 1
    if sv.norms[m] == "من" and m >= 1:
        m -= 1
    if m >= 1 and sv.words[m] in role_set("ALL", "count_adjectives") and sv.words[m - 1] in sv.quant and \
            m + 1 < ph.i and sv.norms[m + 1] == "من":
        m -= 1  # (عدد كبير من: the counting noun's adjective, roles.tsv count_adjectives)
    w = sv.words[m]
    if w not in sv.quant and _bare(w) not in word_set("events/count_scales.txt"):
        return ph
    while m >= 1 and sv.words[m - 1] in sv.quant and sv.words[m - 1] == sv.norms[m - 1] and not sv.breaks[m - 1]:
        m -= 1  # (مئات الآلاف من)
    w = sv.words[m]
    if w in role_set("ALL", "quantity_modifiers") or w in role_set("ALL", "partitive_counts") or \
            m in sv.trigger_tokens or any(sv.breaks[x] for x in range(m, ph.i)):
        return ph
    raw = sv.toks[m].text
    cut = raw.index(raw.lstrip("وف")[0]) if w != sv.norms[m] else 0
    if sv.norms[m][cut:cut + 1] in ("ب", "ل", "ك") and sv.norms[m][cut:] != w:
        return ph
    return Phrase(m, ph.j, cut, True)


@lru_cache(maxsize=None)
def _object_verbs(typ: str) -> dict:
    """Surface forms of the ``object_verbs`` of ``roles.tsv`` → whether the form has a plural subject."""
    from .lexicon import _verb_forms
    out: dict = {}
    for w in role_cues(typ, "object_verbs"):
        for form, (_impf, _fut, obj, plural) in _verb_forms(w).items():
            if not obj:
                out.setdefault(form, plural)
        out.setdefault(w, w.endswith(("وا", "ون")))
    return out


def _first_singular(text: str, pos: str, form) -> bool:
    """A verb written as an imperfect in the first person singular (أدعو, وأطالب): أ, the person prefix, on an
    imperfect form, or on an exact form (pos x) that is no past (اعتدوا, أعلنت)."""
    w = text.lstrip("وف") if len(text) > 4 and text[:1] in "وف" and text[1:2] in "أا" else text
    if w[:1] != "أ":
        return False
    if form is not None and form.imperfect:
        return not form.future
    return pos == "x" and not w.endswith(("وا", "ت", "تم", "نا"))


_WE_OBJECTS = ("", "ه", "ها", "هم", "هما", "هن")  # an object pronoun after the -نا of "we" (حررناها)
_WE_SUKUN = re.compile("\u0652\u0646[\u064e\u0651]*\u0627")  # قصفْنا: the sukun before the -نا of "we"


def _first_plural(sv: SentenceView, i: int, e: int, pos: str, form, head: str) -> bool:
    """(round 126) Token i is a verb in the first person plural, its subject "we" written on it: an imperfect
    with the prefix ن (نحذّر, وندعو, ندين; with the future س: سنغادر), or a past of the trigger's stem with the
    suffix -نا (حررنا, استهدفناها). A past verb whose stem opens with ن (ناقش الرئيس, ندد المجلس) is no "we"
    imperfect. Bare -نا is also the object "us" (دعمَنا "he backed us", لكل من دعمنا): written with no vowel
    mark and no object pronoun after it, it is read as "we" only when the phrase after it cannot act, which the
    subject of "he … us" would (حررنا الأهداف, حررنا الموصل; not قصفنا الاحتلال)."""
    if sv.first_person(i):
        return not (pos == "v" and form is not None and not form.imperfect)
    w = strip_conj(sv.norms[i])
    if w[:2] == "سن" and len(w) >= 5 and form is not None and form.imperfect and form.future:
        return True
    h = normalize(head) if head else ""
    if e != i + 1 or not h or h[-1:] in ("ا", "ى", "ي", "و") or form is None or form.imperfect or \
            not w.startswith(h + "نا") or w[len(h) + 2:] not in _WE_OBJECTS:
        return False
    if w[len(h) + 2:] or _WE_SUKUN.search(sv.toks[i].text):
        return True  # (an object pronoun after it, or the sukun of قصفْنا: "we")
    # (bare, the phrase after it must be one that does not act: a place's name, a kind of place or site, or a thing
    # non_agents.txt lists — not an actor nor a noun that may name one, الاحتلال)
    return e < sv.size and sv.content(e) and not sv.prepositional(e) and \
        (_place_name(sv, e) or _site(sv.bares[e]) or sv.non_agent(e))


def _dual_past(sv: SentenceView, i: int, form, head: str) -> bool:
    """(round 129) Token i is a past verb in the dual, its subject "the two" written on it: the trigger's stem with
    -ا or -تا (استهدفا, أطلقا, استهدفتا, with an object pronoun after it: استهدفاها). Not a stem that ends in a
    long vowel (دعا: its ا is the stem's), nor a word with the accusative tanwin (قتلًا: a noun, as _clause_roles)."""
    if form is None or form.imperfect or "\u064b" in sv.toks[i].text:
        return False
    h = normalize(head) if head else ""
    if not h or h[-1:] in ("ا", "ى", "ي", "و", "ء"):
        return False
    w = strip_conj(sv.norms[i])
    return any(w.startswith(h + suf) and w[len(h) + len(suf):] in _WE_OBJECTS for suf in ("تا", "ا"))


def _dual_word(sv: SentenceView, m: int) -> bool:
    """(round 129) Token m is the dual of a weapon or an actor noun (صاروخين, طائرتين, مقاتلتان, جنديين)."""
    w = _bare(strip_conj(sv.norms[m]))
    if len(w) < 5 or w[-2:] not in ("ين", "ان") or m in sv.named_tokens:
        return False
    stem = w[:-2]
    known = role_set("ASSAULT", "weapon_nouns")
    return stem in known or stem in sv.heads or (stem[-1:] == "ت" and (stem[:-1] + "ه" in known or
                                                                       stem[:-1] + "ه" in sv.heads))


def _dual_doer(sv: SentenceView, k: int, floor: int) -> Optional[Phrase]:
    """(round 129) A dual past verb (_dual_past) whose nearest phrase before it opens right after «من» at token k
    (a from-phrase: where from, never the subject): the two the verb tells of are the dual noun before that
    ("أحد صاروخين أطلقتهما إسرائيل من اتجاه الجولان السوري واستهدفا بعض النقاط"). Two things launched or sent,
    with a verb carrying their pronoun (-هما) right after them, have their launcher as the doer, that verb's
    subject (إسرائيل); else the dual phrase is (two actors; two weapons with no launcher named, the instrument)."""
    for m in range(k - 2, max(floor, k - 12) - 1, -1):
        if sv.breaks[m] and sv.toks[m].text not in ("،", ","):
            break
        if not _dual_word(sv, m):
            continue
        if m + 2 < sv.size and sv.norms[m + 1].endswith("هما") and sv.content(m + 2) and \
                not sv.prepositional(m + 2):
            a = sv.past_adverbials(m + 2, k)
            ph = sv.np_right(a, k) if a < k else None
            if ph is not None and ph.i == a:
                return ph
        ph = sv.np_right(m, k)
        return ph if ph is not None and ph.i == m else Phrase(m, m + 1)  # (مسيرتين, read as a march: the word)
    return None


def _verbal(w: str) -> bool:
    """An exact trigger form that is a verb: imperfect (يعتدي, تتعدى) or past (اعتدت, اعتدوا, اغتيل), not a
    noun with a preposition or the article (بالرصاص, لسحب). ألقت, ألقوا (ألقى) begin like the article, but an
    article before two or three letters is no noun."""
    if len(w) == 3 and w.endswith("ت") and not w.startswith(("ب", "ل")):
        return True  # دعت, نفت: a weak verb's past feminine has three letters
    if len(w) < 4 or w.startswith(("ب", "ل")) or (w.startswith("ال") and len(w) > 5):
        return False
    return w[0] in "يت" or w.endswith(("ت", "وا")) or w.startswith("ا")


_PREPOSITIONS = closed_class("prepositions")
_POINTERS = closed_class("pointers")
_DEMONSTRATIVES = closed_class("demonstratives_glued")
_YEAR_WORDS = closed_class("year_words")
_THAT = closed_class("that")
_ON_BEHALF = closed_class("on_behalf")  # باسم: "المتحدث باسم الجيش", the body a spokesman speaks for
_EACH = closed_class("each")
_ANY = closed_class("any")
_LINKED_PRONOUNS = closed_class("linked_pronouns")
_BY_MEANS = normalize("بواسطة")
_NEGATIONS = closed_class("negations")
_FROM_ON = closed_class("from_on")
_ON_TO = closed_class("on_to")  # (normalised: على reads علي)
_THAT_BARE = closed_class("that_bare")
_VERB_AN = closed_class("verb_an")
_DAMMA = "\u064f"
_IN_IT = closed_class("in_it")
_PRONOUN_PREPOSITIONS = closed_class("pronoun_prepositions")
_QUESTION_WORDS = closed_class("question_words")
_OTHER_WORDS = closed_class("other_words")  # (أخرى, آخر: an adjective of otherness, "خلية أخرى")


def _written_passive(text: str) -> bool:
    """A verb voweled as a passive: a damma on its first letter (قُتل, أُطلقت, وقُتل) or on the ت of a form
    VIII/X stem (استُهدف, اُعتقل): its subject is the one who suffered, not the doer."""
    if text[1:2] == _DAMMA:
        return True  # (a damma on و / ف: a root letter, no conjunction: فُرضت, وُجهت)
    t = text[1:] if text[:1] in "وف" and len(text) > 3 else text
    if t[1:2] == _DAMMA:
        return True
    return t.startswith(("است", "إست")) and t[3:4] == _DAMMA or t[:1] == "ا" and t[2:3] == "ت" and t[3:4] == _DAMMA


def _verb_shape(w: str) -> bool:
    """A word without its conjunction written like a finite verb: an imperfect (تظهر, يواصل) or a past with
    its subject suffix (قامت, خاضوا)."""
    if len(w) < 4 or w.endswith(("ه", "ات", "ي", "يا", "ون", "ين", "ة")):
        return w.endswith("وا") and len(w) >= 4
    return w[:1] in "يت" and len(w) <= 6 or w.endswith(("ت", "وا")) and len(w) <= 7


def _conjoined(w: str, head: str = "") -> bool:
    """The verb form carries a glued و / ف (وقتلت, فهاجم), not a first root letter (فجرت from فجر, وقفت from
    وقف): the lexicon word ``head``, when known, tells which."""
    if w[:1] not in ("و", "ف") or len(w) <= 3:
        return False
    return not (head and head[:1] == w[:1] and not w[1:].startswith(head[:2]))


def _disagrees(relative: str, verb: str, head: str = "") -> bool:
    """The verb after a relative pronoun does not agree with it, so it has a subject of its own after it: "القرى
    التي طلب الجيش إخلاءها" (التي, a masculine verb), "حلف الذي تقوده السعودية" (الذي, a feminine verb)."""
    v = verb[1:] if _conjoined(verb, head) else verb
    if v.endswith(("وا", "ون")):
        return False  # a plural verb (الذين هاجموا): agreement with a plural is read elsewhere
    # (an exact lexicon form, v == head, says nothing unless it is the masculine past stem: اغتيلت is listed whole)
    feminine = v != head and ((v[:1] == "ت" and not head.startswith("ت")) or
                              (v.endswith("ت") and not head.endswith("ت")))
    masculine = not feminine and (v[:1] == "ي" or (bool(head) and v == head and not v.endswith("ت")))
    return (relative == "التي" and masculine) or (relative == "الذي" and feminine)


def _object_past_means(sv: SentenceView, k: int, typ: str, target: Optional[Phrase]) -> Optional[Phrase]:
    """"استهدف بأربع غارات منطقة الصيانة", "وقصفت بغاز السارين الكيماوي خان شيخون": token k (right after a
    transitive verb, or where its object was read) opens the act's means glued to ب (SentenceView.past_means); the
    phrase after the means is the verb's object (the subject is named before the verb or left unsaid); the target
    read so far is kept unless it is the means itself."""
    if target is not None and target.i != k:
        return target
    obj = sv.object_past_asides(k, typ)
    a = sv.past_adverbials(sv.past_means(k, typ), sv.size)
    if obj is None or not (obj.i == a or obj.i > a and sv.toks[a].text in ("،", ",")) or \
            sv.norms[obj.i][:1] == "ب" and sv.norms[obj.i][1:] in _PREPOSITIONS or \
            sv.no_object(obj.i, sv.clause_end(obj.i)):
        return None  # (right after the means: not a preposition's object, "بطائرات بدون طيار"; nor a verb of
        # casualties, "سقط أحدهم")
    return obj


def _pronoun_patient(sv: SentenceView, i: int, head: str, passive: bool) -> Optional[Phrase]:
    """"تم رصد خلية …، وقد تم استهدافها", "تفرج عن طاقم السفينة غلاكسي ليدر بعد سنة وشهرين على احتجازها": the
    verbal noun of a transitive act on token i written with a pronoun (-ها, -ه, -هم) and no object after it names
    what the act was done to by that pronoun when it stands after a passive auxiliary (``passive``: تم, جرى), or when
    the phrase it points back to names no actor (an actor's pronoun may be the doer: "مؤكدة سيطرتها"): the nearest
    phrase before it that agrees with the pronoun (agreeing_antecedent); else None."""
    suf = _written_pronoun(sv, i)[1]
    w, h = strip_conj(sv.norms[i]), normalize(head)
    if suf is None or suf == "هما" or _definite(sv.words[i]) or \
            not (w[:-len(suf)].endswith(h) or h.endswith("ه") and w[:-len(suf)].endswith(h[:-1] + "ت")):
        return None  # (the pronoun glued to the act's own noun: استهدافها, مهاجمتها; not اتجاه)
    if i + 1 < sv.size and sv.content(i + 1) and not sv.prepositional(i + 1) and i + 1 not in sv.trigger_tokens \
            and not sv.is_time(i + 1) and sv.words[i + 1] not in sv.skip:
        return None  # (its object follows: "بعد قصفها المدينة", the pronoun is the doer)
    a = sv.past_adverbials(i + 1, sv.size)
    if a < sv.size and sv.norms[a] in _PREPOSITIONS and sv.norms[a] != "من":
        return None  # (its complement follows, "زيارته إلى تركيا": the pronoun is the doer; not من قبل)
    ante = sv.agreeing_antecedent(i, suf)
    if ante is None or not passive and (_names_actor(sv, ante) or not _definite_phrase(sv, ante)):
        return None  # (with no auxiliary, a definite phrase only: not "وخشية عملية إنزال أميركية لاستعادتها")
    return ante


def _definite_phrase(sv: SentenceView, ph: Phrase) -> bool:
    """The phrase is definite: its head has the article or is a name, or it is in construct with one (قاعدة الجيش)."""
    return _definite(sv.norms[ph.i]) or ph.i in sv.named_tokens or \
        ph.i + 1 < ph.j and (_definite(sv.norms[ph.i + 1]) or ph.i + 1 in sv.named_tokens)


def _lam_after_time(sv: SentenceView, e: int, cend: int) -> Optional[Phrase]:
    """"وأوضح حزب الله أن قصف اليوم للقوة العسكرية جاء ردًا": a transitive act's noun in construct with a time word
    (قصف اليوم, هجوم أمس) has its genitive slot filled; the ل-phrase after the time is its object, as after a named
    doer ("قصف الاحتلال لمنزل"), not its doer. The phrase after ل, else None."""
    if e >= cend or not sv.is_time(e):
        return None
    k = sv.past_adverbials(e, cend)
    if k >= cend or k in sv.trigger_tokens or strip_conj(sv.norms[k])[:1] != "ل":
        return None
    return sv.lam_object(k)


def _past_relative_clause(sv: SentenceView, k: int, cend: int) -> int:
    """"واستهدف القصف الصاروخي الذي انطلق من إيران قاعدة عين الأسد الجوية": token k opens a relative clause on the
    verb's subject (a relative word, its verb, then only prepositional phrases: the verb takes no object of its own);
    the token after those phrases, where a bare phrase starts (the main verb's object); else k."""
    if k + 2 >= cend or sv.words[k] not in sv.relatives or not sv.content(k + 1) or k + 1 in sv.trigger_tokens:
        return k
    m = k + 2
    while m + 1 < cend and sv.norms[m] in _PREPOSITIONS:
        ph = sv.np_right(m + 1, cend)
        if ph is None or ph.i != m + 1:
            return k
        m = ph.j
    if m == k + 2 or m >= cend or not sv.content(m) or sv.prepositional(m) or m in sv.trigger_tokens or \
            sv.conj_at(m) or sv.is_time(m):
        return k
    return m


def _object_past_subject_tail(sv: SentenceView, subject: Phrase, typ: str) -> Optional[Phrase]:
    """(round 118) The object of a verb told before its subject (VSO), read past what follows the subject's phrase
    and still belongs to it: the rest of the name it ends in ("هاجم مجاهدو المقاومة الإسلامية في العراق، قاعدة
    الاحتلال"), its definite adjectives and participles ("واستهدفت طائرات التحالف المقاتلة مواقع للحوثيين",
    '"المجلس الانتقالي الجنوبي" المدعوم من قبل الإمارات'), an adjective of otherness ("خلية أخرى", closed_classes
    other_words) and a linking participle with its complement ("تابعة للتنظيم", "المدعوم من قبل الإمارات"). Read
    only when the object was not found right after the phrase; the phrase after that tail (or past a comma or a
    time after it, as object_past_asides reads them), else None."""
    start = k = sv.coordinate(subject).j
    while k < sv.size and k - 1 in sv.entity_of and sv.entity_of.get(k) == sv.entity_of[k - 1]:
        k += 1  # (the subject's name runs on: "المقاومة الإسلامية في العراق")
    for _ in range(4):
        while k < sv.size and sv.is_quote(k):
            k += 1
        if k < sv.size and sv.norms[k] in _OTHER_WORDS and not _definite(sv.norms[k - 1]):
            k += 1  # (a function word: read before the content test)
            continue
        if k >= sv.size or not sv.content(k) or k in sv.trigger_tokens:
            break
        w = sv.words[k]
        if k not in sv.named_tokens and not sv.conj_at(k) and not sv.prepositional(k) and _definite(sv.norms[k]) and \
                _definite(sv.norms[k - 1]) and (_definite_participle(sv.norms[k]) or _nisba_like(w)) and \
                _bare(w) not in sv.linking:
            k += 1  # (a definite adjective or participle agrees with the definite phrase before it)
        elif _bare(w) in sv.linking and k + 1 < sv.size:
            c = k + 1
            if sv.norms[c] in _PREPOSITIONS:
                c += 1 + (c + 1 < sv.size and sv.norms[c] == "من" and sv.norms[c + 1] == "قبل")
            while c < sv.size and sv.is_quote(c):
                c += 1
            ph = sv.np_right(c, sv.clause_end(c)) if c < sv.size else None
            if c == k + 1 and not sv.prepositional(c) or ph is None or ph.i != c:
                return None  # (a participle with no complement of its own: not read as the subject's)
            k = ph.j
        else:
            break
    if k == start or k >= sv.size:
        return None
    if sv.toks[k].text in ("،", ",") or sv.is_time(k):
        return sv.object_past_asides(k, typ)
    if not sv.content(k) or sv.prepositional(k) or k in sv.trigger_tokens or sv.conj_at(k) or \
            sv.norms[k] in _PREPOSITIONS:
        return None
    ph = sv.np_right(k, sv.clause_end(k))
    return ph if ph is not None and ph.i == k else None


def _act_genitive_object(sv: SentenceView, typ: str, e: int) -> Optional[Phrase]:
    """"إثر استهداف غارة إسرائيلية مبنى سكنيا": the verbal noun of a transitive act in construct with an
    indefinite noun of an act of its type (its doer named by the act that did it, as "استهدفت غارة إسرائيلية مبنى")
    has its object after that noun and its adjectives: the bare phrase there; else None."""
    if e >= sv.size or e not in sv.event_nouns or sv.trigger_types.get(e) != typ or _definite(sv.norms[e]) or \
            sv.prepositional(e) or strip_conj(sv.norms[e]) != sv.norms[e]:
        return None
    m = e + 1
    feminine = sv.toks[e].text.endswith("ة")
    while m < sv.size and sv.content(m) and not _definite(sv.norms[m]) and _nisba_like(sv.words[m]) and \
            m not in sv.trigger_tokens and not sv.toks[m].text.endswith("ى") and \
            (not feminine or sv.toks[m].text.rstrip("ًٌٍَُِّْ").endswith(("ة", "ات"))):
        m += 1  # (its adjectives agree with it: "غارة إسرائيلية", not مبنى)
    if m == e + 1 or m >= sv.size or not sv.content(m) or sv.prepositional(m) or m in sv.trigger_tokens or \
            sv.is_time(m) or sv.conj_at(m):
        return None  # (an adjective shows the noun ended: "غارة مبنى" may be "a building's raid")
    obj = sv.np_right(m, sv.clause_end(m))
    return obj if obj is not None and obj.i == m else None


def _site(b: str) -> bool:
    """b (a word without its article or preposition) names a kind of place or a site (place_heads.txt,
    site_heads.txt): what an act is done to or in, never who does it."""
    return b in word_set("events/place_heads.txt") or b in word_set("events/site_heads.txt")


def _held_site(sv: SentenceView, k: int) -> bool:
    """Token k names a site or a kind of place (_site), bare or with a possessive pronoun written on it (مواقعهم,
    قاعدته, أحيائه: ة is another letter, so a written ه is a pronoun; its stem's ت is ة, its ي a hamza's seat)."""
    b = sv.bares[k]
    if _site(b):
        return True
    raw = sv.toks[k].text
    suf = next((x for x in ("هما", "هم", "هن", "ها", "ه") if raw.endswith(x) and b.endswith(x)), None)
    stem = b[:-len(suf)] if suf else ""
    if len(stem) < 3:
        return False
    return _site(stem) or (stem[-1] == "ت" and _site(stem[:-1] + "ه")) or (stem[-1] == "ي" and _site(stem[:-1] + "ء"))


@lru_cache(maxsize=1)
def _transitive_shapes() -> tuple:
    """roles.tsv transitive_act_shapes as patterns (C: one root letter, no alif; the loader lowers it to c)."""
    return tuple(re.compile("^" + "[^ا]".join(re.escape(normalize(x)) for x in shape.upper().split("C")) + "$")
                 for shape in role_cues("ALL", "transitive_act_shapes"))


def _transitive_act(sv: SentenceView, i: int) -> bool:
    """Token i is the verbal noun of a transitive verb (قصف, واستهداف, بقصف, قصفاً, تفجيره, مهاجمة): its shape, once its
    conjunction, article or preposition, accusative alif and pronoun (a written ه: ة is another letter) are cut."""
    b = _bare(sv.words[i])
    raw = sv.toks[i].text
    suf = next((x for x in ("هما", "هم", "ها", "ه") if raw.endswith(x) and b.endswith(x) and len(b) - len(x) >= 3), "")
    b = b[:len(b) - len(suf)]
    if b.endswith("ا") and len(b) > 3:
        b = b[:-1]  # (قصفاً, استهدافاً)
    shapes = _transitive_shapes()
    return any(p.match(b) for p in shapes) or (b[:1] in "بل" and any(p.match(b[1:]) for p in shapes))


def _lam_site(sv: SentenceView, k: int) -> Optional[Phrase]:
    """Token k is ل glued to a site or a kind of place (لقاعدة, لمنزل, لمواقع): the phrase, the ل left out."""
    ph = sv.lam_object(k)
    return ph if ph is not None and ph.i == k and k not in sv.agent_tokens and \
        (_site(sv.bares[k]) or _site(_bare(strip_conj(sv.norms[k])[1:]))) else None


def _bare_relative(sv: SentenceView, i: int, e: int, cstart: int, cend: int) -> Optional[Phrase]:
    """The verb on token i, with an object pronoun and its own subject after it, opens a relative clause on the
    indefinite noun phrase right before it, which the pronoun refers back to ("استقل الجميع مركبتين استهدفهما
    صاروخان", "كانوا في سيارة استهدفتها طائرة مسيرة"): an indefinite antecedent takes no relative word. The phrase
    names no actor (a name, an actor noun: "مسلحون هاجموها" is a subject) and agrees with the pronoun: that
    phrase, else None."""
    k = i - 1
    if k < cstart or not sv.content(k) or _definite(sv.norms[k]) or k in sv.named_tokens or \
            e >= cend or not sv.content(e) or sv.prepositional(e) or e in sv.trigger_tokens or \
            (sv.actor_head(k) and e not in sv.named_tokens):
        return None
    h = k
    while h - 1 >= cstart and sv.content(h - 1) and not _definite(sv.norms[h - 1]) and \
            (_nisba_like(sv.words[h]) or sv.words[h] in sv.adjectives):
        h -= 1  # (past the noun's indefinite adjectives: "طائرة مسيرة")
    if _verbal(sv.words[h]) or sv.prepositional(h):
        return None
    ante = sv.np_right(h, i)
    if ante is None or ante.i != h or ante.j != i or \
            (e not in sv.named_tokens and any(x in sv.named_tokens or sv.actor_head(x) for x in range(ante.i, ante.j))):
        return None  # (an actor before the verb is its subject, unless a name follows the verb: "مقر فصيل تدعمه إيران")
    raw = sv.toks[i].text
    suf = next((x for x in _OBJECT_PRONOUNS if raw.endswith(x)), None)
    return ante if suf is not None and _owner_agrees(sv, ante, suf) else None


def _relative_own_subject(sv: SentenceView, k: int, v: int) -> Optional[Phrase]:
    """In: a relative word at token k, a later verb at v of its clause. When the relative's first verb (k + 1, not v)
    has the antecedent's pronoun after a preposition right after it ("والتي أقلعت منها مقاتلات النظام وقصفت"), the
    antecedent is not its subject: Out: the phrase after that pronoun (the clause's own subject, shared by the verb
    at v joined to it by و), or None when the clause is not of that shape."""
    if not (k + 3 < v and sv.norms[k + 2] in role_set("ALL", "relative_complements") and _conjoined(sv.norms[v]) and
            _verb_shape(sv.norms[k + 1])):
        return None
    ph = sv.np_right(k + 3, v)
    return ph if ph is not None and ph.i == k + 3 else None


def _purpose_lam(sv: SentenceView, i: int, head: str) -> bool:
    """Token i is an indefinite verbal noun with a ل of purpose glued to it ("تدخل … عام 2015 لقتال الحوثيين": to
    fight them), whose doer is the clause's subject and whose genitive is what it acts on — not the ل a word before
    it governs, after which the genitive is the act's doer: a verb of undergoing (roles.tsv undergo_verbs: "تعرضت
    المدينة لقصف الحوثيين") within its clause, or a noun of result (roles.tsv lam_result_nouns: "نتيجة لقصف")."""
    w = strip_conj(sv.norms[i])
    h = normalize(head)
    if not (w[:1] == "ل" and w[1:3] != "ال" and h[:1] != "ل" and w[1:].startswith(h[:2])):
        return False
    undergo = role_cues("ALL", "undergo_verbs")
    for k in range(i - 1, max(0, i - 24) - 1, -1):
        if sv.breaks[k] and sv.toks[k].text not in ("،", ","):
            break
        if sv.words[k] in undergo or k == i - 1 and strip_conj(sv.norms[k]) in role_set("ALL", "lam_result_nouns"):
            return False
    return True


@lru_cache(maxsize=1)
def _place_kinds() -> frozenset:
    """The kinds of place (place_heads.txt) that are no actor heads: not one that speaks for its state, as an
    embassy does ("سفارة الرياض")."""
    return word_set("events/place_heads.txt") - word_set("events/actor_heads.txt")


def _headed_place(sv: SentenceView, m: int) -> bool:
    """Token m is a name that is no actor's (not of an ORG / PER entity) set right after a kind of place
    (place_heads.txt: مدينة مأرب, محافظة إدلب) or a word of location (roles.tsv locatives, directions.txt: وسط
    سوريا, شمالي اليمن): a place, which a doer's pronoun never stands for."""
    if m < 1 or m not in sv.named_tokens or m in sv.agent_tokens or m - 1 in sv.named_tokens:
        return False
    w, kinds = strip_conj(sv.norms[m - 1]), _place_kinds()
    return _bare(w) in kinds or w[:1] in "بل" and w[1:] in kinds or w in role_set("ALL", "locatives") or \
        sv.direction(m - 1)  # (glued to ب or ل too: "بمدينة مشهد")


def _site_kind(sv: SentenceView, k: int) -> bool:
    """Token k names a site or an installation (site_heads.txt: مواقع, منشآت, منازل), or one with its possessive
    pronoun (أحيائه, مواقعهم): not a bare kind of place (place_heads.txt: مدينة, بلدة), which may tell where."""
    return sv.bares[k] in word_set("events/site_heads.txt") or not _site(sv.bares[k])


def _before_means(sv: SentenceView, ph: Phrase, typ: str) -> Phrase:
    """A site phrase cut before a ب-phrase it ran into, the act's means or manner ("مواقع المسلحين بالصواريخ",
    "أحيائه بأكثر من 50 صاروخا": the sites, not the rockets); a name's own ب stays."""
    x = next((x for x in range(ph.i + 1, ph.j) if sv.past_means(x, typ) > x or
              (sv.norms[x][:1] == "ب" and len(sv.norms[x]) > 3 and
               not (x in sv.entity_of and sv.entity_of.get(x - 1) == sv.entity_of[x]))), ph.j)
    return ph if x == ph.j else Phrase(ph.i, x, ph.cut, ph.counted)


def _acting_site(sv: SentenceView, subject: Phrase, typ: str, cend: int) -> bool:
    """"وناشدت السفارة الأمريكية، حسب ما تداولته وسائل إعلامية، الحكومة العراقية بالتدخل": a site right after the
    verb whose head is an actor head too (سفارة: an embassy speaks for its state; place_heads.txt and actor_heads.txt)
    acts when the verb's object, an actor, follows it (past the statement, attribution or time between them): it is
    the verb's subject (VSO), no place the act was done to (as in "استهدفت السفارة الأمريكية بصواريخ")."""
    if not sv.actor_head(subject.i):
        return False
    k = sv.past_report(sv.coordinate(subject).j, cend)
    end = cend if k <= cend else sv.clause_end(k)
    ph = sv.np_right(k, end) if k < end and sv.content(k) and not sv.prepositional(k) else None
    if ph is None or ph.i != k:
        ph = sv.object_past_asides(subject.j, typ)
    return ph is not None and _names_actor(sv, ph)


def _feminine_verb(w: str) -> bool:
    """A past verb with the 3rd feminine singular ت (قتلت, فقتلت), not تم / تا / a pronoun after it."""
    return len(w) >= 4 and w.endswith("ت") and not w.endswith(("تت",))


def _masculine_verb(w: str, form) -> bool:
    """A 3rd masculine singular verb: a past without a subject suffix (دعا, قصف) or an imperfect in ي-."""
    v = strip_conj(w)
    if form is not None and getattr(form, "imperfect", False):
        return v[:1] == "ي" or (v[:1] == "س" and v[1:2] == "ي")
    return len(v) >= 2 and not v.endswith(("ت", "وا", "ون", "تا", "ن"))


def _feminine_singular(b: str) -> bool:
    """A noun (without its article) in the feminine singular -ة (حكومة, وزارة, الشرطة), not a broken plural of
    men written with ة (قادة, دعاة, ولاة)."""
    return len(b) >= 4 and b.endswith("ه") and not b.endswith("اه") and not (len(b) == 4 and b[1] == "ا")


def _feminine_plural_subject(sv: SentenceView, ph: Phrase) -> bool:
    """(round 94) The phrase right after a verb opens with a sound feminine plural in -ات (قوات, مجموعات, ميليشيات),
    not a count (عشرات, مئات: a masculine verb agrees with what they count) nor a person's name (عرفات): a
    masculine singular verb before it does not agree with it ("واستهدف قوات حماية شنكال", audit r19 row 15: the
    struck unit); it is the verb's object, the subject named before. (The caller leaves out a trigger word in ة, a
    verbal noun read as a verb: "إعادة انتشار قوات الأمن".)"""
    b = sv.bares[ph.i]
    if len(b) == 5 and b[0] == "ا" and b[3] == "ا" or len(b) == 4 and b[1] == "ا":
        return False  # (a verbal noun إفعال of a root in ت, إثبات, إسكات; ثبات, نبات: masculine singulars)
    return len(b) >= 4 and b.endswith("ات") and not sv.counting(ph.i) and sv.words[ph.i] not in sv.quant and \
        ph.i not in sv.person_tokens


def _agent_of_later_clause(sv: SentenceView, e: int, k: int) -> bool:
    """(round 94) The agent cue on token k (من قبل, على يد: roles.tsv passive_agents) hangs on a verb that opens a
    clause of its own after the trigger ending on token e, past a word that opens one (roles.tsv
    agent_clause_openers: مما, الذي): "السيطرة على الإدارات البلدية … مما فسر من قبل الإدارة السورية الجديدة على أنه"
    (audit r19 row 19) — the agent is that verb's (who read the act so), not the act's doer."""
    if not _cue_match(sv, k, role_cues("ALL", "passive_agents")):
        return False
    w = _cue_host(sv, k)
    return w - 1 >= e and sv.content(w) and not _definite(sv.words[w]) and w not in sv.trigger_tokens and \
        strip_conj(sv.norms[w - 1]) in role_set("ALL", "agent_clause_openers")


def _nisba_like(w: str) -> bool:
    return _bare(w).endswith(_NISBA_SUFFIXES)


def _definite_participle(w: str) -> bool:
    """w is written as a definite participle: the article, then م, six letters or more (المتمركزة, المعترف,
    المدعوم)."""
    return _definite(w) and w[2:3] == "م" and len(w) >= 6


def _act_adjective(sv: SentenceView, k: int) -> bool:
    """Token k is an indefinite adjective an act noun may take: a nisba that names no people (جوي, إلكتروني,
    تمهيدي, نهائي, برياً) or an adjective of an act's force or course (roles.tsv act_adjectives: مستمر, مكثف,
    in either gender). No name, no actor head noun, no nationality (هجوم إسرائيلي: read as the act's nation)."""
    raw = sv.toks[k].text[1:] if sv.conj_at(k) else sv.toks[k].text
    if not sv.content(k) or (_definite(sv.norms[k]) and raw[:1] not in "إأآ") or k in sv.named_tokens or \
            sv.prepositional(k) or sv.nationality(k) or sv.actor_head(k) or sv.bares[k] in sv.heads:
        return False  # (إلكتروني is no definite الكتروني: the article is written with a bare alif)
    acts = role_set("ALL", "act_adjectives")
    b = sv.bares[k]
    return _nisba_like(sv.words[k]) or b in acts or b + "ه" in acts


@lru_cache(maxsize=8192)
def _noun_trigger_form(w: str) -> bool:
    """w (a normalised token) is a form of a noun trigger of the lexicon (قصف, هجوما, لاتفاق), whichever reading
    the trigger took (قصف is also a verb)."""
    lex = triggers()
    return any(lex.entries[idx].pos == "n" for idx, _ in lex.first.get(w, ()))


def _adjective_of_act(sv: SentenceView, ph: Optional[Phrase]) -> bool:
    """The phrase ph opens right after a trigger with an indefinite adjective of it (_act_adjective): "قصف جوي",
    "هجوم إلكتروني", "قصف تمهيدي مكثف", "قصف مستمر وعنيف", "لاتفاق نهائي", "شنت هجوماً برياً بغطاء من المدفعية":
    the adjective agrees with the act noun and names no one who acts (an adjective is no subject, and no genitive:
    a noun in construct has a definite word or a name after it, "هجوم مسلحي التنظيم")."""
    if ph is None or ph.i < 1 or ph.i - 1 not in sv.trigger_tokens or not _noun_trigger_form(sv.norms[ph.i - 1]) or \
            not _act_adjective(sv, ph.i):
        return False  # (a verb's subject may end like a nisba: "اغتيل كرامي")
    k = ph.i + 1
    return k >= ph.j or not (_definite(sv.norms[k]) or k in sv.named_tokens)


@lru_cache(maxsize=4096)
def _weapon_adjective(b: str) -> bool:
    """b (a word without its article) is a form of an adjective of weapons that events/weapon_adjectives.txt lists
    in the feminine singular (مفخخة, مفخخات, مفخخ; انتحارية)."""
    adjs = word_set("events/weapon_adjectives.txt")
    return b in adjs or b + "ه" in adjs or (b.endswith("ات") and b[:-2] + "ه" in adjs) or \
        (b.endswith(("ون", "ين")) and b[:-2] + "ه" in adjs)


def _actor_noun_roles(sv: SentenceView, typ: str, i: int, e: int, cend: int
                      ) -> tuple[Optional[Phrase], Optional[Phrase]]:
    """An actor-noun trigger (المتظاهرون, انتحاري, رهائن) names a participant itself: the protesters are the
    protest's source, the hostages the abduction's target."""
    if i - 1 >= 0 and (i - 1) in sv.event_nouns:
        return None, None  # هجوم انتحاري: the adjective of the event noun, not a person
    ph = sv.np_right(i - 1) if i >= 1 and sv.counting(i - 1) else sv.np_right(i)
    # after a number the counted noun ends the phrase (مليون متظاهر خرجوا, 25 متظاهرا لافتات)
    if ph is None or ph.i != i:
        ph = Phrase(i, e)
    cues = role_cues(typ, "target_after")
    cut_at = next((x for x in range(max(ph.i + 1, e), ph.j) if sv.words[x] in cues), None)
    if cut_at is not None:
        ph = Phrase(ph.i, cut_at, ph.cut, ph.counted)  # "المتظاهرين المناهضين للحكومة": the cue opens the target
    w = sv.words[i]
    if _nisba_like(w) and i - 1 >= 0 and sv.content(i - 1) and not sv.counting(i - 1) and \
            not sv.non_agent(i - 1) and not sv.is_time(i - 1) and _definite(sv.norms[i - 1]) == _definite(w):
        ph = Phrase(i - 1, ph.j)  # مهاجم انتحاري, مفجرون انتحاريون: the nisba describes the noun before it
    patients = role_cues(typ, "patient_actors")
    if _bare(w) in patients or w in patients:
        return None, ph
    target = None
    cues = role_cues(typ, "target_after")
    for k in range(ph.j, min(cend, ph.j + 8)):
        if sv.trigger_types.get(k) == typ:
            break  # the cues after the next trigger of the type are its own (احتجاجا على X)
        target = sv.cue_at(k, cues) or sv.addressee_at(k, typ)
        if target is not None:
            break
    return ph, target


@lru_cache(maxsize=None)
def _clause_verbs() -> frozenset:
    """The inflected forms of the light verbs (شنت, نفذت, يشن, قاموا) and the announce verbs of roles.tsv, less
    the bare past stem some share with a noun (عقد, تجمع, وجه): a word that opens a clause, never the first
    word of the phrase before a verb ("مدفعية الجيش الأميركي شنت ضربات استهدفت": the subject of استهدفت is
    no "شنت ضربات")."""
    return frozenset(role_cues("ALL", "announce_verbs")) | _light_forms()


@lru_cache(maxsize=None)
def _role_verb_forms(roles: tuple[str, ...], pronoun: Optional[bool] = None) -> frozenset:
    """The inflected forms (lexicon's verb expansion) of the verbs roles.tsv lists under ``roles``; ``pronoun``
    True / False keeps only the forms with / without an object pronoun (اتهمها / اتهمت)."""
    from .lexicon import _verb_forms
    return frozenset(normalize(f) for role in roles for v in role_cues("ALL", role)
                     for f, (_i, _f, obj, _p) in _verb_forms(normalize(v)).items() if pronoun is None or obj == pronoun)


# the verbs whose subject may be the one who suffers (قتل, اختطف, اغتيل, أصيب); of accusing (اتهمت, يتهم, حملت);
# of enabling (مكنت, يساعد)
_VICTIM_VERBS = ("counted_patient_verbs", "passive_verbs", "casualty_verbs")
_ACCUSE_VERBS = ("accuse_verbs",)
_ENABLE_VERBS = ("enable_verbs",)
_ABILITY_VERBS = ("ability_verbs",)


@lru_cache(maxsize=None)
def _light_forms() -> frozenset:
    """The inflected forms of the light verbs (شنت, نفذوا, يشن), less the bare past stem (see _clause_verbs)."""
    from .lexicon import _verb_forms
    out = set()
    for lv in _light_verb_stems():
        # (no form with an object pronoun: normalised, a noun's ة reads as ه, أنظمة as أنظم + ه)
        out.update(f for f, (_impf, _fut, obj, _pl) in _verb_forms(lv).items()
                   if f != lv and strip_conj(f) != lv and not obj)
        if len(lv) == 3 and lv[1] == "ا":
            # a hollow verb writes و in its imperfect (قام: يقوم, ستقوم, يقومون), which the past stem does not give
            out.update(f for f, (impf, _fut, obj, _pl) in _verb_forms(lv[0] + "و" + lv[2]).items()
                       if impf and not obj)
        elif len(lv) >= 4 and lv[0] == "ا" and lv[-2] == "ا":
            # a hollow verb of the derived forms IV and X writes ي in its imperfect (أعاد: يعيد, ستعيد; استطاع:
            # يستطيع), which the past stem does not give; not the first person, أعيد, read as the passive "it was
            # re-done" (أعيد فتح المعبر: the act is its subject)
            st = lv[1:-2] + "ي" + lv[-1]
            out.update(f for f, (impf, _fut, obj, _pl) in _verb_forms(st).items()
                       if impf and not obj and f[f.index(st) - 1] != "ا")
    return frozenset(out) - {normalize(f) for f in role_cues("ALL", "impersonal_forms")} - _intransitive_forms()


@lru_cache(maxsize=None)
def _intransitive_forms() -> frozenset:
    """roles.tsv ``intransitive_forms``: forms of a light verb's intransitive, whose subject is the act itself
    (تجدد القصف "the shelling was renewed"): never a light verb."""
    return frozenset(normalize(f) for f in role_cues("ALL", "intransitive_forms"))


def _light_verb_at(sv: SentenceView, k: int) -> bool:
    """Token k is an inflected light verb (استطاعت, نفذوا, وواصل), or its bare stem opening a clause (واصل الجيش,
    after a comma or أن: a noun shares the stem of some, عقد, وجه, but does not open a clause before a subject)."""
    w, raw = sv.words[k], sv.norms[k]
    forms = _light_forms()
    if w in forms or raw in forms or strip_conj(raw) in forms:
        return True
    opening = k == 0 or sv.breaks[k - 1] or sv.norms[k - 1] in _THAT_BARE
    return opening and (raw in _light_stems() or w in _light_stems())


def _light_floor(sv: SentenceView, i: int, words: int = 10, asides: bool = False) -> int:
    """The first token of the search back from a noun trigger on i for its light verb: ``words`` tokens back, the
    commas not counted ("أجرى أمين المجلس الأعلى للأمن القومي الإيراني، علي شمخاني، محادثات": a name set off
    by commas after the subject). ``asides``: nor the words of an aside set off by commas on both sides that
    opens with a preposition or a definite adjective, which describes the subject before it ("وتشن قوات التحالف
    العربي، بقيادة السعودية، الداعمة للحكومة المعترف بها دولياً، غارات": the subject and its light verb stand
    before both)."""
    k = i
    comma: Optional[int] = None  # the comma that closes the words read since (an aside if one opens them)
    since = 0
    while k > 0 and words > 0:
        k -= 1
        if sv.toks[k].text in ("،", ","):
            if asides and comma is not None and 0 < since <= 8 and _aside_opening(sv, k + 1) and \
                    not any(x in sv.trigger_tokens for x in range(k + 1, comma)):
                words += since
            comma, since = k, 0
            continue
        counted = not sv.is_punct(k)  # (nor the slashes of 28/9/2022)
        words -= counted
        since += counted
    return k


def _aside_opening(sv: SentenceView, k: int) -> bool:
    """Token k, right after a comma, opens an aside on the phrase before the comma: a preposition glued to its noun
    (بقيادة, بدعم) or a definite adjective or participle (الداعمة, المدعومة), no actor, name or act of its own (not
    a preposition standing alone, which may open a clause: "في حين شيع المتظاهرون")."""
    if sv.prepositional(k):
        return True
    w = sv.norms[k]
    return _definite(w) and sv.content(k) and k not in sv.named_tokens and k not in sv.trigger_tokens and \
        not sv.actor_head(k) and not sv.is_time(k)


@lru_cache(maxsize=None)
def _typed_light_forms(typ: str) -> frozenset:
    """The inflected forms (with their stems) of the light verbs roles.tsv lists for one type only (جدد before a
    call or a charge: وتجدد المطالبة), read right before the noun trigger."""
    from .lexicon import _verb_forms, roles
    out = set()
    for lv in roles().get((typ, "light_verbs"), ()):  # (the type's own row: role_cues adds ALL's)
        out.add(lv)
        out.update(f for f, (_impf, _fut, obj, _pl) in _verb_forms(lv).items() if not obj)
    return frozenset(out)


@lru_cache(maxsize=None)
def _light_stems() -> frozenset:
    return frozenset(normalize(v) for v in _light_verb_stems())


def _light_verb_stems() -> tuple[str, ...]:
    """The light verbs of roles.tsv: ``light_verbs`` and the verbs of waging, escalating or completing an act
    (``light_conduct``: خاض, صعّد, كثّف, استكمل), which are read by their forms only, never as a prefix
    (_light_prefixes: خاضعة, صعدة)."""
    return role_cues("ALL", "light_verbs") + role_cues("ALL", "light_conduct")


def suffered_noun(sv: SentenceView, k: int) -> bool:
    """Token k is a noun of what a victim suffers (roles.tsv patient_nouns: مقتل, اغتيال, اختطاف), bare or with a
    glued preposition before it (بمقتل, لاغتيال, ومقتل): its genitive is the victim, never a doer ("أفادت مصادر
    بمقتل أحمد غالب الرهوي … إثر غارة جوية إسرائيلية", audit r18 row 50)."""
    nouns = role_set("ALL", "patient_nouns")
    b = sv.bares[k]
    return b in nouns or (b[:1] in ("ب", "ل") and b[1:] in nouns)


def _adjunct_after(sv: SentenceView, k: int, typ: str) -> bool:
    """Token k, right after an act noun, opens an adjunct, no genitive of the act: a verbal noun of purpose glued to
    ل, no actor ("كثّف لبنان وسورية مشاوراتهما لحل القضايا المشتركة": to solve the issues), or its means ("وكثفت
    مؤخرا من قصفها بواسطة الطيران المسير", بغارات)."""
    w = sv.words[k]
    if sv.norms[k] == _BY_MEANS or sv.past_means(k, typ) > k:
        return True
    return w[:1] == "ل" and w[1:2] != "ل" and k not in sv.named_tokens and k not in sv.agent_tokens and \
        not sv.actor_head(k) and not sv.title(k)


def _doer_genitive_noun(w: str) -> bool:
    """w (normalised) is a light verb's verbal noun whose genitive is the doer (roles.tsv doer_genitive_nouns: إطلاق,
    بدء), bare or after a glued و / ب / ل (بإطلاق)."""
    nouns = role_set("ALL", "doer_genitive_nouns")
    return w in nouns or (w[:1] in ("و", "ب", "ل") and w[1:] in nouns)


@lru_cache(maxsize=1)
def _control_nouns() -> dict[str, frozenset]:
    """control_nouns.txt as (normalised noun → the prepositions its complement takes, normalised; "-" a bare
    verbal noun)."""
    out: dict[str, frozenset] = {}
    for line in lines("events/control_nouns.txt"):
        word, *preps = line.split()
        out[normalize(word)] = frozenset(normalize(x) for x in preps)
    return out


def _control_noun_doer(sv: SentenceView, i: int, head: str) -> Optional[Phrase]:
    """"محاولة مسلحي (الهيئة) أمس مهاجمة مقرات", "رغبة عناصر داعش في الانسحاب", "استعداد بلاده للتعاون": a verbal
    noun act on token i that is the complement of a noun of trying, intending, deciding or being able
    (control_nouns.txt) — bare or after the preposition that noun takes (also glued: للتعاون), past adverbs and
    times — whose genitive, right before it, names an actor, is done by that genitive (the nominal form of "حاول
    الجيش اقتحام المدينة"); else None. Reads at most eight words back."""
    nouns = _control_nouns()
    glued = _glued_preposition(strip_conj(sv.words[i]), head) if head else ""
    a, prep = i, glued or "-"
    if not glued and i >= 1 and sv.norms[i - 1] in _COMPLEMENT_PREPS:
        a, prep = i - 1, sv.norms[i - 1]
    if a >= 1:
        a = sv.before_times(a - 1) + 1  # (past a time between the genitive and the act: "مسلحي (الهيئة) أمس مهاجمة")
    for k in range(a - 2, max(0, a - 9) - 1, -1):
        if k in sv.trigger_tokens or (sv.breaks[k] and sv.toks[k].text not in ("(", ")")):
            return None
        w = sv.words[k]
        preps = nouns.get(w) or (nouns.get(w[1:]) if w[:1] in ("ب", "ل") else None)
        if preps is None:
            continue
        if prep not in preps:
            return None
        ph = sv.np_right(k + 1, a)
        if ph is None or ph.i != k + 1:
            return None
        end = ph.j  # (the genitive reaches the act: past a closing quote, or a name in brackets, "مسلحي (الهيئة)")
        if end + 2 < a and sv.toks[end].text == "(" and sv.toks[a - 1].text == ")" and \
                all(sv.content(x) or sv.is_quote(x) for x in range(end + 1, a - 1)):
            ph = Phrase(ph.i, a, ph.cut, ph.counted)
            end = a
        while end < a and sv.is_quote(end):
            end += 1
        if end != a or _verb_shape(strip_conj(sv.norms[ph.i])) and ph.i not in sv.named_tokens or \
                not any(x in sv.named_tokens or _definite(sv.norms[x]) for x in range(ph.i, ph.j)):
            return None  # (a genitive is definite, a name or a phrase ending in one; "قرار يسمح للرئيس": a verb)
        x = next((x for x in range(ph.i + 1, ph.j) if x - 1 in sv.named_tokens and x not in sv.named_tokens and
                  _definite(sv.norms[x]) and not sv.actor_head(x)), None)
        if x is not None:
            # "قرار الرياض القاضي بقطع علاقاتها": a name takes no genitive; a definite word after it, outside it, is
            # an adjective (of the noun, that the act hangs on, or of the name): the genitive ends with the name
            ph = Phrase(ph.i, x, ph.cut, ph.counted)
        return ph if _actor_phrase(sv, ph) or _names_actor(sv, ph) else None
    return None


_ABILITY_PREPS = closed_class("ability_preps")  # (من, في: تمكن من, نجح في)


def _ability_verb(sv: SentenceView, i: int) -> Optional[int]:
    """A noun trigger on token i right after من / في: the verb of managing (roles.tsv ability_verbs: تمكنت, نجح)
    up to 24 words before it, past a long subject with a relative clause, a participle or a time in brackets on
    it ("تمكنت قوات الجيش اليمني والمقاومة الشعبية مدعومة من قوات التحالف العربي، أمس، من تحرير"); not past
    another trigger or the sentence's end. None when there is none (the nearer light verbs were read before)."""
    forms = _role_verb_forms(_ABILITY_VERBS, False)
    for k in range(i - 2, _light_floor(sv, i, 24) - 1, -1):
        if k in sv.trigger_tokens or (sv.breaks[k] and sv.toks[k].text not in ("،", ",", "(", ")")):
            return None
        if sv.words[k] in forms or sv.norms[k] in forms:
            return k
    return None


def _governing_verb(sv: SentenceView, k: int, cstart: int) -> Optional[int]:
    """When token k is a light verbal noun after a preposition (بشن, لتنفيذ, على توجيه: roles.tsv
    ``light_nouns``), the finite verb before it in its clause (أمر, أقدم, استبقت) whose subject does the act;
    else None."""
    w = sv.words[k]
    nouns = role_cues("ALL", "light_nouns")
    if w[:1] in ("ب", "ل") and w[1:] in nouns:
        pass
    elif not (w in nouns and k >= 1 and sv.norms[k - 1] in _ON_TO):
        return None
    for g in range(k - 1 - (w in nouns), max(0, k - 20) - 1, -1):
        if (sv.breaks[g] and sv.toks[g].text not in ("،", ",")) or sv.words[g] in _THAT:
            return None  # (nor out of a that-clause: "إلا أن عناصره لا يزالون قادرين على تنفيذ هجمات")
        if g in sv.trigger_tokens or g in sv.named_tokens or not sv.content(g) or _definite(sv.words[g]):
            # (the verb's object may be another event: استبقت إسرائيل وقف إطلاق النار بشن غارات; a trigger verb
            # is never the governor: in اتهمت الحكومة الفصائل بتنفيذ هجمات the accuser did not attack; ترامب is
            # written like an imperfect verb)
            continue
        v = sv.words[g]
        opening = g == 0 or sv.breaks[g - 1] or sv.norms[g - 1] in _THAT_BARE
        if _verb_shape(v) or (opening and len(v) in (3, 4) and v[:1] not in ("ب", "ل") and v not in sv.heads
                              and v not in sv.titles and not sv.is_time(g) and not sv.direction(g)):
            # (a direction opening an aside is no bare past: "في محافظة الحديدة، غربي اليمن، والتي حولتها إلى
            # قاعدة لتنفيذ الهجمات" — غربي tells where, and اليمن is no doer)
            return g  # (a bare past opening the clause or after أن: "أقدم الجيش", "بعد أن أمر الرئيس")
    return None


_COMPLEMENT_HEADS = closed_class("complement_heads")  # (بإعادة فرض, في عملية تحرير)
_ORDER_NOUNS = closed_class("order_nouns")  # (وقّع على أمر تنفيذي بفرض)
_COMPLEMENT_PREPS = closed_class("complement_preps")  # (what a governing verb's complement may follow: على, في)
_OTHER_PREPS = closed_class("topic_preps")  # (حول, بشأن: after one the act is no complement of a verb)


@lru_cache(maxsize=1)
def _governing_forms() -> tuple[dict[str, frozenset], dict[str, frozenset]]:
    """governing_verbs.txt as (inflected form → the prepositions its complement takes, "-" a bare object; bare
    past stem → the same). The bare stem is also a noun (رد, أمر, صوت: "في رد على", "بأمر من"), and so is its
    dual in -ا ("ردا على"): those are read as the verb only where they open a clause (_governing_verb_at)."""
    from .lexicon import _verb_forms
    forms: dict[str, set] = {}
    stems: dict[str, set] = {}
    for line in lines("events/governing_verbs.txt"):
        verb, *preps = line.split()
        v = normalize(verb)
        ps = {normalize(p) for p in preps}
        stems.setdefault(v, set()).update(ps)
        for f, (_impf, _fut, obj, _pl) in _verb_forms(v).items():
            if not obj and f not in (v, v + "ا") and strip_conj(f) not in (v, v + "ا"):
                forms.setdefault(f, set()).update(ps)
    return {f: frozenset(p) for f, p in forms.items()}, {f: frozenset(p) for f, p in stems.items()}


def _governing_verb_at(sv: SentenceView, g: int) -> Optional[frozenset]:
    """The prepositions the complement of a governing verb on token g takes, or None when g holds none (see
    _governing_forms: the bare stem counts where it opens a clause: "وصوت البرلمان", "كما وقّع على")."""
    forms, stems = _governing_forms()
    w, n = sv.words[g], sv.norms[g]
    ps = forms.get(w) or forms.get(n)
    if ps is None and (w in stems or n in stems) and \
            (g == 0 or sv.breaks[g - 1] or sv.norms[g - 1] in _THAT_BARE or
             sv.norms[g - 1] in role_set("ALL", "shared_openers")):
        ps = stems.get(w) or stems.get(n)
    return ps


_ADDITIVE = closed_class("additive_words")
_ELATIVES = closed_class("elatives")


def _additive_before(sv: SentenceView, c: int) -> Optional[int]:
    """"in addition to" (closed_classes.tsv additive_words, then its preposition) right before token c, after a
    comma: the token it opens on, else None."""
    if c < 3 or sv.norms[c - 2] not in _ADDITIVE or sv.norms[c - 1] not in _PREPOSITIONS or \
            sv.toks[c - 3].text not in ("،", ","):
        return None
    return c - 2


def _glued_trigger_form(sv: SentenceView, m: int) -> str:
    """Token m is ب / ل glued to a noun the lexicon names an act by (بقطع, not a trigger here: "بقطع طريق الباب -
    منبج والسيطرة"): that noun, the act a conjoined verbal noun after it is joined to; else ""."""
    w = sv.norms[m]
    return w[1:] if w[:1] in ("ب", "ل") and len(w) >= 4 and _noun_trigger_form(w) else ""


def _name_hyphen(sv: SentenceView, m: int) -> bool:
    """Token m is a hyphen between two words of one name, no break of the clause ("طريق الباب - منبج")."""
    return sv.toks[m].text in ("-", "–") and 0 < m < sv.size - 1 and sv.content(m - 1) and sv.content(m + 1)


@lru_cache(maxsize=1)
def _governing_participles() -> dict[str, frozenset]:
    """governing_participles.txt as (form → the prepositions its complement takes): the masculine singular, its
    accusative in -ا, its feminine in -ة (normalised -ه) and its plural in -ين."""
    out: dict[str, frozenset] = {}
    for line in lines("events/governing_participles.txt"):
        word, *preps = line.split()
        p = normalize(word)
        for f in (p, p + "ا", p + "ه", p + "ين"):
            out[f] = frozenset(normalize(x) for x in preps)
    return out


def _governing_participle_at(sv: SentenceView, g: int) -> Optional[frozenset]:
    """The prepositions the complement of a circumstantial participle on token g takes (governing_participles.txt),
    when it hangs on the clause before it: after a comma, or in the indefinite accusative -ا; else None."""
    ps = _governing_participles().get(sv.norms[g])
    if ps is None or not (sv.norms[g].endswith("ا") or g >= 1 and sv.toks[g - 1].text in ("،", ",")):
        return None
    return ps


def _glued_preposition(w: str, stem: str = "") -> str:
    """The preposition ب / ل glued to the word w (its conjunction stripped) of the verbal noun ``stem`` (بفرض,
    بالسيطرة, للسيطرة, لتنفيذ: "ب", "ل"); with no stem, of any verbal noun (بتشكيل); "" when none (لقاء, بيان)."""
    if w.startswith(("بال", "لل")) and len(w) > 4:
        return w[0]
    if w[:1] not in ("ب", "ل") or len(w) < 4 and not (len(w) == 3 and not stem):
        return ""  # (three letters: a noun of a doubled root listed in non_agents.txt, برد)
    if stem:
        return w[0] if w[1:3] == _bare(stem)[:2] else ""
    return w[0] if _non_agent_known(w[1:]) else ""


def _governing_complement(sv: SentenceView, i: int, head: str = "", conjunct: bool = True) -> Optional[int]:
    """In: a verbal noun on token i (the trigger, ``head`` its lexicon word; or any verbal noun, head ""). Out:
    the governing verb (governing_verbs.txt) whose complement it is — "ردت الولايات المتحدة وبريطانيا بتشكيل
    تحالف", "شرعت القوات العراقية المشتركة الثلاثاء، في عملية تحرير", "وصوت البرلمان، مساء الخميس …، على منح
    الثقة", "وتعهد ترامب أيضاً بإعادة فرض" — read back from its preposition over the verb's subject and
    adverbials, and over an order the verb issues ("كما وقّع على أمر تنفيذي بفرض عقوبات", "أعلن ترامب عن أوامر
    بإطلاق عملية"); the verb's subject did the act. A verbal noun conjoined by و to an earlier one ("بتشكيل تحالف
    عسكري يهدف إلى منع تهديد الملاحة البحرية، وتنفيذ ضربات جوية") has that one's governing verb: the nearest
    verbal noun before it, or after a comma (which joins it to the clause's main complement) the nearest one that
    has a governing verb. None when another verb stands between (the act is its complement: يهدف إلى منع), or
    when the verb's complement does not take the noun's preposition (رد على is a reply to another's act)."""
    c = i
    stem = head
    for _ in range(2):  # back over a verbal noun heading the act (بإعادة فرض, في عملية تحرير, المشاركة في
        # محادثات), past a quote mark and the preposition the heading noun takes
        if _glued_preposition(sv.words[c], stem):
            break  # (a noun with its own preposition is no genitive: "مستهلاً المعركة بقطع طريق")
        m = c - 1
        while m > 0 and sv.is_quote(m):
            m -= 1
        if m > 0 and c == i and _definite(sv.norms[c]) and sv.norms[m] in _ELATIVES:
            m -= 1  # (a superlative in construct with the act: "توقيع أشد العقوبات")
        if m > 0 and c == i and sv.norms[m] in _COMPLEMENT_PREPS and _bare(sv.words[m - 1]) in _COMPLEMENT_HEADS:
            m -= 1
        if m < 0 or m in sv.named_tokens:
            break
        w = sv.words[m]
        bare = _bare(w)
        if bare in _COMPLEMENT_HEADS:
            c, stem = m, bare
        elif w[:1] in ("ب", "ل") and _bare(w[1:]) in _COMPLEMENT_HEADS:
            c, stem = m, _bare(w[1:])
        else:
            break
    w = sv.words[c]
    conj = sv.norms[c] != w and sv.norms[c][:1] == "و"
    prep = _glued_preposition(w, stem)
    k = c - 1
    add = _additive_before(sv, c) if not prep and not conj else None
    if add is not None:
        conj, k = True, add - 1  # ("، بالإضافة إلى توقيع": joined as after "، و")
    if not prep and k >= 0 and strip_conj(sv.norms[k]) in _COMPLEMENT_PREPS:
        prep = strip_conj(sv.norms[k])
        conj = conj or sv.norms[k] != prep  # (وعلى, وفي)
        k -= 1
    elif not prep and k >= 0 and (sv.words[k] in _PREPOSITIONS or sv.words[k] in role_set("ALL", "nominal_after") or
                                  sv.words[k] in _OTHER_PREPS):
        return None  # (after another preposition the act is no complement of a verb: "بيان هام حول عملية")
    if conj:
        if not conjunct:
            return None
        comma = k >= 0 and sv.toks[k].text in ("،", ",")
        for m in range(k, max(-1, k - 24), -1):
            if (sv.breaks[m] and sv.toks[m].text not in ("،", ",") and not _name_hyphen(sv, m)) or \
                    sv.words[m] in _THAT:
                return None
            glued = _glued_trigger_form(sv, m)
            if not (m in sv.event_nouns or sv.non_agent(m) or glued) or m in sv.named_tokens:
                continue
            g = _governing_complement(sv, m, glued, conjunct=False)
            if g is not None or not comma:
                return g
        return None
    orders = False
    if prep == "ب":
        m = k
        while m > 0 and _nisba_like(sv.words[m]) and m not in sv.named_tokens:
            m -= 1  # (أمر تنفيذي)
        if m >= 0 and sv.words[m] in _ORDER_NOUNS:
            orders, k = True, m - 1
            prep = strip_conj(sv.norms[k]) if k >= 0 and strip_conj(sv.norms[k]) in _COMPLEMENT_PREPS else "-"
            k -= prep != "-"
    prep = prep or "-"
    announce = role_set("ALL", "announce_verbs") if orders else frozenset()
    typ = sv.trigger_types.get(i)
    words = 0  # words passed: the verb's subject and adverbials, not counting commas and quote marks
    for g in range(k, max(-1, k - 24), -1):
        if (sv.breaks[g] and sv.toks[g].text not in ("،", ",", "(", ")")) or sv.words[g] in _THAT:
            return None
        if sv.toks[g].text in ("،", ",", "(", ")") or sv.is_quote(g) or g in sv.named_tokens:
            continue  # (a trigger word inside a name is no act: "الهيئة العليا للمفاوضات")
        ps = _governing_verb_at(sv, g)
        participle = ps is None and _governing_participle_at(sv, g)
        if participle:
            ps = participle  # (a circumstantial participle: the subject is its clause's, "مستهلاً المعركة بقطع")
        if ps is None and orders and (sv.words[g] in announce or sv.norms[g] in announce):
            ps = frozenset(("-", normalize("عن")))  # (an order announced: أعلن ترامب عن أوامر)
        if ps is not None:
            if prep not in ps or not (participle or _has_subject(sv, g, k + 1)):
                return None
            if prep == "-" and sv.past_adverbials(g + 1, k + 1) >= k + 1 and \
                    (sv.toks[g].norm in role_set("ALL", "occurring_forms") or
                     sv.words[g] in role_set("ALL", "occurring_forms")):
                return None  # ("ووقع الهجوم الإرهابي بعد يومين": the act is the subject of وقع, "occurred")
            if prep == "-" and not _object_after_subject(sv, g, k + 1):
                return None  # (a bare object follows the verb's subject: "اتخذ المكتب إجراءات لتعطيل شبكات
                # الدعم" — الدعم is no object of اتخذ)
            return g
        if g in sv.trigger_tokens and (g not in sv.event_nouns or sv.trigger_types.get(g) == typ) and \
                g not in sv.actor_types:
            return None  # (another act told by a verb between: its own complement; or an act of the type, which
            # this one may tell the means of, "إيران ترد على مقتل سليماني بقصف صاروخي". A noun of another type
            # may stand in an aside: "تمكنت القوات المسلحة اليمنية بدعم من التحالف العربي ، … من تحرير")
        if not _definite(sv.norms[g]) and _verb_shape(sv.words[g]) and sv.content(g):  # (the cheaper test first)
            return None  # another verb governs it ("يهدف إلى منع")
        words += 1
        if words > 12:
            return None
    return None


def _has_subject(sv: SentenceView, g: int, c: int) -> bool:
    """The verb on token g names its subject (a phrase between it and its complement on token c, or one before it in
    its clause), or shares
    that of a verb it is conjoined to (و, كما): not a verb after a subordinator whose subject the rules would
    guess from the sentence's first actor ("أعدم التنظيم … التي سيطرت عليها القوات المشتركة، بعد أن استكملت
    تحرير": not the organisation)."""
    if _conjoined(sv.norms[g]) or (g >= 1 and sv.norms[g - 1] in role_set("ALL", "shared_openers")):
        return True
    a = sv.past_adverbials(g + 1, c)
    while a + 1 < c and sv.is_quote(a):
        a += 1  # (a name in quote marks: 'بدأ "الجيش السوري الحر"، … معركة السيطرة')
    if a < c and sv.content(a) and not sv.prepositional(a):
        return True  # (VSO: a phrase between the verb and its complement)
    b = g - 1
    while b >= 0 and (sv.words[b] in sv.aux or sv.norms[b] in _NEGATIONS):
        b -= 1
    # (SVO, or a relative clause on its subject: "إسرائيل التي ترد بقصف عنيف", "مقاتلات الأباتشي التي شاركت")
    return b >= 0 and (sv.content(b) or sv.words[b] in sv.relatives) and not sv.breaks[b] and \
        sv.words[b] not in role_set("ALL", "shared_subordinators")


def _object_after_subject(sv: SentenceView, g: int, c: int) -> bool:
    """Token c (an act noun) stands as the bare object of the verb on token g: right after it, or after its subject
    and adverbials ("قررت الهيئة العليا للمفاوضات المنبثقة عن المعارضة السورية الجمعة المشاركة في")."""
    a = sv.past_adverbials(g + 1, c)
    if a >= c:
        return True
    while a + 1 < c and sv.is_quote(a):
        a += 1  # (a name in quote marks)
    ph = sv.coordinate(sv.np_right(a, c))
    if ph is None or ph.i != a:
        return False
    commas = [x for x in range(ph.j, c) if sv.toks[x].text in ("،", ",")]
    if len(commas) >= 2 and commas[-1] == c - 1:
        # 'بدأ "الجيش السوري الحر"، ضمن عملية "درع الفرات" بدعم تركي، صباح اليوم الجمعة، معركة': what stands
        # between commas after the subject is set off from the clause, no object of the verb
        return all(not sv.content(x) or x in sv.named_tokens or _definite(sv.norms[x]) or sv.is_time(x) or
                   sv.words[x] in sv.skip or _nisba_like(sv.words[x]) for x in range(ph.j, commas[0]))
    # past the subject only what describes it or tells when: a name, a definite word (المنبثقة عن المعارضة
    # السورية), a preposition, a nisba, a time; an indefinite noun there is the verb's own object ("اتخذ المكتب
    # إجراءات لتعطيل شبكات الدعم", "أصدرت الوزارة بيانا بشأن الهجوم")
    return all(not sv.content(x) or x in sv.named_tokens or _definite(sv.norms[x]) or sv.is_time(x) or
               sv.words[x] in sv.skip or _nisba_like(sv.words[x]) for x in range(ph.j, c))


@lru_cache(maxsize=None)
def _light_prefixes() -> tuple[str, ...]:
    """The light verbs of roles.tsv with the imperfect and future prefixes, as one tuple for str.startswith
    (built once: asked for every noun trigger)."""
    return tuple(p + lv for lv in role_cues("ALL", "light_verbs") for p in ("", "ي", "ت", "س"))


_CUE_SETS_BY_ID: dict[int, tuple] = {}  # id of a cue tuple -> (the tuple, its _cue_sets): most are role_cues' own


def _by_id(table: dict, cues: tuple[str, ...], make):
    """``make(cues)``, kept in ``table`` by the tuple's id (a tuple's hash is not cached: an lru key costs a pass
    over it; most cue tuples are role_cues' own, made once)."""
    got = table.get(id(cues))
    if got is None or got[0] is not cues:
        if len(table) > 4096:
            table.clear()
        got = table[id(cues)] = (cues, make(cues))  # (holding the tuple keeps its id unique)
    return got[1]


def _cue_sets_of(cues: tuple[str, ...]) -> tuple[frozenset, dict]:
    """_cue_sets(cues), found by the tuple's id."""
    return _by_id(_CUE_SETS_BY_ID, cues, _cue_sets)


_CUE_HEADS_BY_ID: dict[int, tuple] = {}  # id of a cue tuple -> (the tuple, (its words, its one-letter cues))


def _cue_heads_of(cues: tuple[str, ...]) -> tuple[frozenset, frozenset]:
    """The cues as a set, and the one-letter ones (a glued preposition): SentenceView.cue_at's test that token k
    can be a cue at all, before the pass over the cues (found by the tuple's id, as _cue_sets_of)."""
    return _by_id(_CUE_HEADS_BY_ID, cues, lambda c: (frozenset(c), frozenset(x for x in c if len(x) == 1)))


def _cue_match(sv: SentenceView, k: int, cues: tuple[str, ...]) -> bool:
    """Token k is a cue; a cue written a+b is the two-word phrase ending at k (من قبل, على يد)."""
    got = _CUE_SETS_BY_ID.get(id(cues))  # (_cue_sets_of written out: this runs ~250 times a sentence)
    singles, pairs = got[1] if got is not None and got[0] is cues else _cue_sets_of(cues)
    w = sv.words[k]
    if w in singles or sv.norms[k] in singles:
        return True  # (a cue that begins with و is read whole, not as a conjunction: وقعته, "signed it")
    firsts = pairs.get(w)
    return firsts is not None and k >= 1 and sv.words[k - 1] in firsts


@lru_cache(maxsize=None)
def _cue_sets(cues: tuple[str, ...]) -> tuple[frozenset, dict]:
    """The one-word cues as a set, and the two-word ones (a+b) as {b: {a, ...}}: asked of every word of a
    clause, so one dictionary look-up, not a pass over the pairs."""
    pairs: dict[str, set] = {}
    for c in cues:
        if "+" in c:
            a, b = c.split("+", 1)
            pairs.setdefault(b, set()).add(a)
    return frozenset(c for c in cues if "+" not in c), {b: frozenset(a) for b, a in pairs.items()}


def _parties_apart(sv: SentenceView, k: int, cend: int) -> tuple[Optional[Phrase], Optional[Phrase]]:
    """The parties after بين when pair_after finds no "X وY": "بين X من جهة وY من جهة أخرى" (each party
    closed by من جهة), or one dual or plural phrase naming them all (بين الجانبين, بين وزيري الخارجية, بين
    الأطراف اليمنية: the source, with no target). Only tokens from k to the clause end are read."""
    # (بين X وY: pair_after; a noun trigger of a type in roles.tsv "between" calls this when it found none)
    first = sv.np_right(k, cend)
    if first is None or first.i != k or first.counted or sv.is_time(k):
        return None, None
    m = first.j
    if m + 2 < cend and sv.norms[m] == "من" and sv.bares[m + 1] == "جهه" and sv.norms[m + 2][:1] == "و" and \
            sv.words[m + 2] != sv.norms[m + 2]:
        # "اشتباكات بين متظاهرين أكراد من جهة والمشاركين في اعتصام … من جهة أخرى"
        second = sv.np_right(m + 2, cend)
        if second is None or second.i != m + 2:
            return first, None
        return first, Phrase(second.i, second.j, sv.conj_cut(m + 2))
    if m < cend and sv.conj_at(m):
        return None, None  # a second party pair_after could not read: no guess
    w, n = sv.bares[k], _bare(sv.norms[k])  # (n keeps a و that is part of the word: وزيري)
    several = w in word_set("events/party_plurals.txt") or (
        len(w) >= 5 and w.endswith(("ين", "ان", "تين", "تان", "ات")) and not _nisba(w)) or (
        # a dual in construct: وزيري الخارجية (the singular a head or title: وزير)
        n.endswith("ي") and first.j - first.i >= 2 and _definite(sv.norms[k + 1]) and
        (n[:-1] in sv.heads or n[:-1] in sv.titles))
    # (one word alone, الجانبين, الطرفين, البلدين, refers back to parties named before: no doer named here)
    return (first, None) if several and first.j - first.i >= 2 else (None, None)


_BACK_PARTIES = closed_class("back_parties")  # (بين الطرفين, بين الجانبين)


def _parties_named_before(sv: SentenceView, k: int, i: int) -> tuple[Optional[Phrase], Optional[Phrase]]:
    """In: token k after بين holds one word that refers back to two parties (closed_classes.tsv back_parties:
    الطرفين, الجانبين, or طرفي with its genitive), for the act on token i. Out: the two parties when the sentence
    named them before the act, as its training-split annotation does for "بين X وY" (X the source, Y the target):
    an earlier "بين X وY" ("وقف إطلاق النار بين حزب الله وإسرائيل لينهي … الحرب المفتوحة بين الطرفين"), two actors
    joined by و as a subject ("إن قوات الحكومة الشرعية وقوات المجلس الانتقالي … تتقاسمان السيطرة …، وسط تواصل
    المواجهات بين الجانبين"); (None, None) otherwise (parties named in an earlier sentence stay unnamed). (Not the
    doer and the target of an act of the type told before, "تواصل فصائل الجبهة هجماتها على هيئة تحرير الشام …
    معارك متواصلة بين الطرفين": the clashes would repeat that act and be dropped as told again.)"""
    w = sv.norms[k]
    if w not in _BACK_PARTIES or (w in (normalize("طرفي"), normalize("جانبي")) and
                                  not (k + 1 < sv.size and _definite(sv.norms[k + 1]))):
        return None, None
    for b in range(i - 1, -1, -1):
        if sv.breaks[b] and sv.toks[b].text not in ("،", ",", '"', "«", "»", "(", ")"):
            break
        if sv.norms[b] in ("بين", "وبين"):
            pair = sv.pair_after(b + 1, sv.clause_end(b + 1))
            if pair[0] is not None and _actor_phrase(sv, pair[0]) and _actor_phrase(sv, pair[1]):
                return pair
            break
    lo = i
    while lo > 0 and not (sv.breaks[lo - 1] and sv.toks[lo - 1].text not in ("،", ",", '"', "«", "»", "(", ")")):
        lo -= 1  # (the sentence's start: the commas of its clauses are passed)
    for p in range(lo + 1, i):
        # two actors joined by و as a subject: right after a verb, a that-word or a clause's start
        if not (sv.norms[p - 1] in _THAT or sv.words[p - 1] in _THAT or sv.breaks[p - 1] or
                (p - 1 not in sv.named_tokens and _verb_shape(sv.words[p - 1]))) or not sv.content(p) or \
                not (p in sv.named_tokens or sv.actor_head(p)):
            continue
        first = sv.np_right(p, i)
        pair = sv.pair_after(p, sv.clause_end(p)) if first is not None and first.i == p else (None, None)
        if pair[0] is not None and pair[1].i == first.j and pair[1].j <= i and _actor_phrase(sv, pair[0]) and \
                _actor_phrase(sv, pair[1]):
            return pair
    return None, None


def _sequence_doer(sv: SentenceView, typ: str, i: int) -> Optional[Phrase]:
    """"الحوثيين فجروا المنزل، عقب معارك عنيفة مع قوات صالح": an act after a preposition of sequence (on i - 1)
    shares the doer of the verb of its type told right before it (the noun of its type: the rule before this
    one) — not a victim: no verb of killing or wounds, no counted or victim subject. (A noun of a kindred type
    before it, تمكن رجال المقاومة من السيطرة على المطار عقب معارك, was tried: dev lost two events' precision.)"""
    prev = next((k for k in range(i - 2, max(0, i - 16) - 1, -1) if k in sv.trigger_tokens), None)
    if prev is None or sv.trigger_types.get(prev) != typ or prev in sv.event_nouns or \
            sv.norms[prev] in _role_verb_forms(_VICTIM_VERBS):
        return None
    if sv.norms[prev].endswith("وا"):
        doer = sv.np_left(prev)  # "الحوثيين فجروا": a plural verb's subject stands before it (SVO)
    else:
        doer = _clause_roles(sv, typ, prev, prev + 1, "v", None, False, "")[0]
    if doer is None or doer.counted or sv.victim_noun(doer) or doer.j > i - 1:
        return None
    return doer


def _actor_phrase(sv: SentenceView, ph: Phrase) -> bool:
    """The phrase holds an organisation or a person the entities component found, or an actor head noun
    (actor_heads.txt: قوات, عناصر) — a party that can act, not a place."""
    return any(x in sv.agent_tokens or sv.actor_head(x)
               for x in range(ph.i, ph.j))


def _names_actor(sv: SentenceView, ph: Phrase) -> bool:
    """The phrase opens with an actor — a name the entities component found, an actor head noun (قوات, الجيش),
    a title; counted, its head after the count ("عدد من المسؤولين" is an actor, "45 هدفا للجيش السوري" a counted
    thing whose owner is an actor); "صواريخ" and "وجود مركز" are things."""
    x = ph.i
    while x < ph.j and sv.is_quote(x):
        x += 1
    if x >= ph.j:
        return False
    b = sv.bares[x]
    return x in sv.agent_tokens or x in sv.named_tokens or sv.actor_head(x) or b in sv.heads or sv.title(x) or \
        (b.endswith(("ين", "ون")) and (b[:-2] in sv.heads or b[:-1] in sv.heads))  # (المسؤولين: مسؤول, مسؤولي)


def _fronted_adverbial(sv: SentenceView, ph: Phrase, cstart: int) -> bool:
    """The phrase ph, read back from a verb, ends an adverbial that opens the clause with a preposition standing
    alone (roles.tsv fronted_preps): it is the preposition's object, or follows a time word that is
    ("وعلى الفور بدأ طاقم الحراسة", "وفي اليوم التالي بدأ": the time's adjective); it tells when or how, never who,
    and the verb's subject follows the verb (VSO). A phrase after the object is the subject fronted (SVO: "في
    التفاصيل حركة أحرار الشام اقتحمت")."""
    w, preps = sv.norms[cstart], role_set("ALL", "fronted_preps")
    if not cstart < ph.i <= cstart + 5 or not (w in preps or (w[:1] in "وف" and w[1:] in preps)):
        return False  # (وفي: strip_conj keeps a conjunction before two letters)
    return all(sv.is_time(x) for x in range(cstart + 1, ph.i))


def _aside_before(sv: SentenceView, i: int) -> range:
    """In: a noun trigger on token i. Out: the tokens of a comma aside that closes at most three words before it
    and opens with a preposition of time or sequence (roles.tsv time_preps, sequence_preps; وعقب, وخلال):
    "ونفذت جماعة الحوثي، وعقب الحرب الإسرائيلية على غزة في 7 أكتوبر الماضي، سلسلة هجمات" — the light verb
    and its subject stand before it; an empty range when there is none."""
    c = next((k for k in range(i - 1, max(0, i - 4) - 1, -1) if sv.toks[k].text in ("،", ",")), None)
    if c is None or any(not sv.content(k) or k in sv.trigger_tokens for k in range(c + 1, i)):
        return range(0)
    opens = role_set("ALL", "time_preps") | role_set("ALL", "sequence_preps")
    for o in range(c - 1, max(0, c - 16) - 1, -1):
        if sv.toks[o].text in ("،", ","):
            return range(o, c + 1) if o + 2 < c and strip_conj(sv.norms[o + 1]) in opens else range(0)
        if sv.breaks[o] or sv.is_quote(o):
            break
    return range(0)


def _agreement(w: str) -> str:
    """In: a finite verb form without its conjunction. Out: its subject's person class read from the affixes —
    "p" plural (قتلوا, يقتلون), "d" dual (قصفتا), "f" feminine singular (هددت, تهدد), "m" masculine singular
    (هدد, يهدد), "" when the form does not tell (a noun, a weak verb)."""
    if w.endswith(("وا", "ون")):
        return "p"
    if w.endswith(("تا", "ان")):
        return "d"
    if w[:1] == "ي":
        return "m"
    if w[:1] == "ت" or w.endswith("ت"):
        return "f"
    return "m" if len(w) == 3 else ""


def _chain_subject(sv: SentenceView, v: int, told: bool = False, adverbial: bool = False,
                   head: str = "", things: bool = False) -> Optional[Phrase]:
    """In: a conjoined finite verb at token v (وهدد) with no subject of its own. Out: the subject of the verb
    that heads its chain — the nearest finite verb before it, in the sentence, that has no conjunction and
    agrees with it ("لكن أردوغان لم يتوقف وأمر … وقال إن … جنديا قتلوا … وهدد بشن": يتوقف, not قتلوا, a plural
    inside the quoted clause) — read before it (past لم / قد) or right after it; None when that is no actor.
    ``adverbial``: token v is no verb but an adverbial of manner on the verb before it (بالتعاون مع): any verb
    heads it, whatever its agreement. ``things``: the head verb's subject is returned when it names no actor too
    (the caller tells which with _chain_actor)."""
    mine = "" if adverbial else _agreement(strip_conj(sv.norms[v]))
    if mine == "f" and head[:1] == "ت" and head[-1:] != "ت" and strip_conj(sv.norms[v]) == normalize(head):
        mine = "m"  # (the lexicon's past stem of a verb in تفعّل is masculine: توعد, no تَتوعد)
    for p in range(v - 1, max(0, v - 40) - 1, -1):
        if sv.breaks[p] and sv.toks[p].text not in ("،", ",", '"', "«", "»"):
            return None  # (not past the sentence's end or a colon: another sentence's subject)
        w = sv.norms[p]
        if told and p <= 1 and _conjoined(w) and sv.words[p] not in sv.aux and not (p and sv.content(0)) and \
                not any(sv.is_quote(x) for x in range(p + 1, v)):
            w = w[1:]  # (round 130) told: the conjoined verb that opens the sentence ("وأضافت البحرية الأمريكية أن
            # استيلاء … يزعزع الأمن … ودعت طهران"): its و ties the sentence to the one before, so it heads the chain
            # (only where a phrase after v was read as v's doer; with none, the caller's fallbacks read the sentence
            # opener's subject after a that-clause's own subject: "وذكرت وكالة … أنّ «العدوّ الإسرائيلي اخترق …
            # وفجّرها»"; not past a quote mark: v may be inside the words quoted, 'ونقلت رويترز عن مسؤول …، إن
            # “الهُجوم أحبط وأسقطت الطائرة')
        if p in sv.named_tokens or _definite(w) or sv.prepositional(p) or w[:1] in ("و", "ف") or \
                w.endswith("ا") and not w.endswith(("وا", "تا")) or \
                not (_verb_shape(w) or mine == "d" and w.endswith("تا") and len(w) >= 5 or
                     (p in sv.trigger_tokens and p not in sv.event_nouns and
                                        (_verbal(w) or head and len(w) == 3 and
                                         not (p >= 1 and sv.norms[p - 1] in _PREPOSITIONS)))):
            continue  # (a conjoined verb continues the chain: its head is further back; تقدماً is a noun; with
            # the conjoined verb's own lexicon word known, a bare past of three letters read as a verb trigger is a
            # verb, حمل, شن — not after a preposition: في قصف)
        theirs = _agreement(w)
        if mine and theirs and mine != theirs:
            continue
        if p >= 1 and sv.toks[p].text.endswith(_OWNER_SUFFIXES) and sv.content(p - 1) and \
                not _definite(sv.norms[p - 1]) and p - 1 not in sv.named_tokens and not _verb_shape(sv.norms[p - 1]):
            continue  # "داهمت مقر فصيل تدعمه إيران … وصادرت": a verb with the pronoun of the indefinite noun
            # right before it describes that noun (a relative clause), it heads no chain
        if p >= 1 and not _definite(sv.norms[p - 1]) and \
                (p - 1 in sv.event_nouns or p in sv.trigger_tokens and
                 sv.trigger_types.get(p - 1) is not None and sv.trigger_types.get(p - 1) == sv.trigger_types.get(p)):
            continue  # "في قصف استهدف مقر إقامته …، وتوعد": a verb right after an indefinite act noun describes
            # that act (a relative clause), it heads no chain
        k = p - 1
        while k >= 0 and (sv.words[k] in sv.aux or sv.norms[k] in _NEGATIONS):
            k -= 1
        if k >= 1 and sv.quote_before_verb(k, 0):
            k -= 1  # ('وكان "حزب الله" حمل': the subject's name closed by a quote mark)
        if told and k >= 0 and sv.words[k] in role_set("ALL", "resumptive"):
            return None  # (told: a verb whose subject is the pronoun of إنها names its doer by that pronoun —
            # "عقوبات على شبكة … قالت إنها تدعم حزب الله …، واستهدفت": حزب الله is its object, not the doer)
        subj = sv.np_left(k + 1) if k >= 0 and sv.content(k) else None
        if subj is None or subj.j != k + 1:
            a = sv.past_adverbials(p + 1, sv.size)
            while a < sv.size and sv.is_quote(a) and not (p >= 1 and sv.norms[p - 1] in _PREPOSITIONS):
                a += 1  # (round 130: 'حيث تحالف “صالح” مع “الحوثيين” …، وحارب': the subject in quote marks; not
                # after a word that follows a preposition, a noun: 'على تنظيم "داعش"')
            if a + 1 < sv.size and sv.norms[a] in role_set("ALL", "relative_complements"):
                a += 1  # "ناحية العلم التي سيطرت عليها القوات المشتركة، بعد أن استكملت تحرير": past the pronoun
                # that refers back to the antecedent, the verb's subject
            subj = sv.np_right(a) if a < sv.size and sv.content(a) and not sv.prepositional(a) else None
            if subj is not None and subj.i != a:
                subj = None
        return subj if subj is not None and (things or _chain_actor(sv, subj)) else None
    return None


def _sayer_past_that(sv: SentenceView, t: int, v: int) -> Optional[Phrase]:
    """(round 122) In: a conjoined verb at token v with no subject of its own after the that-clause opened on
    token t, whose subject names no actor (a thing, a time: "إن عام 2016 سيكون عام الانتصار …", "أن استيلاء القوة
    البحرية … يزعزع الأمن"). Out: the subject of the verb of saying that opens that clause, when v agrees with that
    verb — the conjoined verb goes on the sayer's chain ("قال رئيس الوزراء العراقي حيدر العبادي في كلمة … إن عام
    2016 سيكون … وأشاد باستعادة السيطرة": the praiser, not داعش named inside the clause); None otherwise."""
    k = t + 1
    while k < v and sv.is_quote(k):
        k += 1
    if k >= v or not sv.content(k) or sv.prepositional(k) or k in sv.named_tokens or \
            _definite(sv.norms[k]) or sv.words[k] in sv.heads:
        return None  # (a clause whose subject is a name or a definite phrase: that_subject reads it)
    if k in sv.trigger_tokens or _verb_shape(sv.norms[k]):
        return None
    say = role_cues("ALL", "say_verbs")
    for m in range(t - 1, max(0, t - 14) - 1, -1):
        if sv.breaks[m] and sv.toks[m].text not in ("،", ","):
            return None
        if sv.words[m] not in say:
            continue
        mine, theirs = _agreement(strip_conj(sv.norms[v])), _agreement(strip_conj(sv.norms[m]))
        if mine and theirs and mine != theirs:
            return None
        ph = sv.np_right(m + 1, t)
        if ph is not None and ph.i == m + 1 and _names_actor(sv, ph):
            return ph
        ph = sv.np_left(m)
        return ph if ph is not None and ph.j == m and _names_actor(sv, ph) else None
    return None


def _thing_chain(sv: SentenceView, subj: Optional[Phrase], v: int) -> bool:
    """The subject a chain's head verb was read with (_chain_subject, ``things``) names no actor, and it is the
    subject of a that-clause standing right before that verb ("إن طائرتين حربيتين اقتربتا"), which agrees with the
    conjoined verb at v: the conjoined verb shares that subject, no actor (a phrase read otherwise, after the head
    verb or past a preposition, may be its object or an aside, and says nothing)."""
    if subj is None or _chain_actor(sv, subj) or subj.i < 1 or sv.words[subj.i - 1] not in _THAT:
        return False
    q = subj.j
    while q < v and (sv.words[q] in sv.aux or sv.norms[q] in _NEGATIONS):
        q += 1
    mine = _agreement(strip_conj(sv.norms[v]))
    return q < v and bool(mine) and _agreement(sv.norms[q]) == mine and \
        (_verb_shape(sv.norms[q]) or mine == "d" and sv.norms[q].endswith("تا"))


def _chain_actor(sv: SentenceView, subj: Phrase) -> bool:
    """The subject of a chain's head verb (_chain_subject) names an actor."""
    if any(x in sv.agent_tokens or sv.actor_head(x) or x in sv.actor_types for x in range(subj.i, subj.j)):
        return True  # (an actor noun of a type is a doer too: "اقتحم محتجون غاضبون … وأضرموا النار")
    # a state named as the subject of the finite verb that heads the chain acts as a party: "الولايات المتحدة
    # أعلنت …، وشنت هجمات", "دانت الولايات المتحدة … الهجمات وطالبت" (the whole phrase one name)
    return subj.i in sv.named_tokens and \
        all(sv.entity_of.get(x) == sv.entity_of.get(subj.i) for x in range(subj.i, subj.j))


def _mutual_doer(sv: SentenceView, i: int) -> Optional[Phrase]:
    """In: a mutual act's noun on token i after a preposition of sequence (on i - 1), its other side named after
    مع. Out: the doer of the act told right before it in the sentence (the nearest trigger before i - 1, a verb or
    a noun, of any type), or None — not from a verb of killing or wounds, nor a counted or victim doer."""
    prev = next((k for k in range(i - 2, max(0, i - 16) - 1, -1) if k in sv.trigger_tokens), None)
    if prev is None and i >= 16:
        # 'سيطر "الجيش الحر" , المدعوم من قبل تركيا, يوم الخميس، على مدينة الباب بعد معارك عنيفة مع': past an
        # aside on the subject and a time the act told before lies farther back — only a verb opening the
        # sentence or its clause (after و or a break), with no other trigger between
        prev = next((k for k in range(i - 16, max(0, i - 24) - 1, -1) if k in sv.trigger_tokens), None)
        if prev is not None and prev in sv.event_nouns or prev is not None and prev > 0 and \
                not sv.breaks[prev - 1] and sv.norms[prev - 1] != "و":
            return None
    if prev is None or sv.norms[prev] in _role_verb_forms(_VICTIM_VERBS) or \
            sv.bares[prev] in role_set("ALL", "patient_nouns"):
        return None
    while prev - 1 >= 0 and sv.trigger_types.get(prev - 1) == sv.trigger_types.get(prev):
        prev -= 1  # (the first word of a trigger of several words)
    typ = sv.trigger_types.get(prev, "")
    if prev not in sv.event_nouns and prev >= 1 and sv.words[prev - 1] in sv.relatives and \
            sv.toks[prev].text.endswith(_OWNER_SUFFIXES) and prev + 1 < i - 1:
        # "المطار الذي استعادته المقاومة الشعبية الأسبوع الماضي بعد معارك عنيفة مع الحوثيين": a relative verb
        # with the antecedent's pronoun on it has its doer as the subject right after it (an actor)
        w = sv.words[prev + 1]
        ph = sv.np_right(prev + 1, i - 1)
        if ph is None or ph.i != prev + 1 or ph.counted or prev + 1 in sv.trigger_tokens or \
                not (prev + 1 in sv.named_tokens or w in sv.heads or (_definite(w) and w[2:] in sv.heads)):
            return None
        return None if sv.victim_noun(ph) else ph
    if prev in sv.event_nouns:
        doer = _clause_roles(sv, typ, prev, prev + 1, "n", None, False, "")[0]
    elif sv.norms[prev].endswith("وا"):
        doer = sv.np_left(prev)
    else:
        doer = _clause_roles(sv, typ, prev, prev + 1, "v", None, False, "")[0]
    if doer is None or doer.counted or sv.victim_noun(doer) or doer.j > i - 1:
        return None
    return doer


def _written_apart(sv: SentenceView, k: int, j: int) -> Optional[Phrase]:
    """The noun phrase of a ل written apart (لـ«التحالف» السعودي ـــ الإماراتي) on tokens [k, j): definite words
    or words of a name, with the quote marks and dashes between them; else None."""
    words = 0
    for y in range(k, j):
        if sv.is_quote(y) or (y > k and set(sv.toks[y].text) <= set("ـ-–—")):
            continue
        if not sv.content(y) or sv.prepositional(y) or y in sv.trigger_tokens or \
                not (_definite(sv.norms[y]) or y in sv.named_tokens):
            return None
        words += 1
    return Phrase(k, j) if words else None


def _past_noun_genitive(sv: SentenceView, i: int, cstart: int) -> tuple[int, Optional[Phrase]]:
    """For an event noun standing as the subject of the verb at i, (the token to read back from, the noun's
    ل-genitive): when a ل-phrase ends right before the verb after an event noun and the indefinite adjectives
    of it ("هجمات واسعة لداعش التكفيري استهدفت", "مجزرة جديدة للتحالف استهدفت": the ل-phrase is the act's
    doer, the adjective agrees with the indefinite act), the noun and the phrase; else (i - 1, None)."""
    for x in range(i - 1, max(cstart, i - 8) - 1, -1):
        if sv.breaks[x] or x in sv.trigger_tokens:
            return i - 1, None
        if strip_conj(sv.norms[x])[:1] == "ل":
            lam = sv.lam_object(x)
            if lam is None and strip_conj(sv.norms[x]).rstrip("ـ") == "ل":
                lam = _written_apart(sv, x + 1, i)  # "لـ«التحالف» السعودي ـــ الإماراتي"
            if lam is None or lam.j != i:
                return i - 1, None
            k = x - 1
            # (an adjective of an indefinite noun is indefinite itself, and no name, time, count or phrase after a
            # preposition: "هجمات واسعة", "مجزرة جديدة")
            while k >= max(cstart, x - 2) and k not in sv.event_nouns and sv.content(k) and \
                    not _definite(sv.norms[k]) and not sv.prepositional(k) and k not in sv.named_tokens and \
                    not sv.is_time(k) and not sv.counting(k) and sv.norms[k][:1] not in "لب":
                k -= 1
            return (k, lam) if k >= cstart and k in sv.event_nouns else (i - 1, None)
    return i - 1, None


def _relative_asides(sv: SentenceView, lo: int, hi: int) -> range:
    """In: tokens [lo, hi) after a trigger. Out: the tokens of a relative clause set off by two commas there
    ("، الذين يسيطرون على العاصمة اليمنية صنعاء،"), which describes the phrase before it: its cues are not the
    act's. An empty range when there is none (or it is not closed by a comma within 12 tokens)."""
    for c in range(lo, hi - 1):
        if sv.toks[c].text in ("،", ",") and sv.words[c + 1] in sv.relatives:
            close = next((x for x in range(c + 2, min(hi, c + 14)) if sv.toks[x].text in ("،", ",")), None)
            return range(c, close) if close is not None else range(0)
    return range(0)


def _announcer_genitive(sv: SentenceView, k: int, i: int) -> Optional[Phrase]:
    """"مع إعلان قوات سوريا الديمقراطية استعادة السيطرة", "إعلان وزير الدفاع مرهف أبو قصرة، التوصل لاتفاق": the
    verbal noun of announcing on token k has its announcer as genitive right after it, who did the act it
    announces (as the subject of أعلن does). The genitive is an actor (a name, an actor head or a title: not
    "إعلان النصر", what is announced) and the act follows it, past commas and times only."""
    ph = sv.np_right(k + 1, i)
    if ph is None or ph.i != k + 1 or ph.counted:
        return None
    w = sv.bares[k + 1]
    if not (k + 1 in sv.named_tokens or w in sv.heads or w in sv.titles):
        return None
    m = ph.j
    quoted = _quoted_name(sv, m, i)
    if quoted is not None:
        ph, m = quoted, quoted.j + 1  # (the name after its title, in quote marks: the person announced)
    while m < i and (sv.toks[m].text in ("،", ",") or sv.words[m] in sv.skip or sv.is_time(m)):
        m += 1  # "إعلان الجيش التركي، السبت، قطع طريق"
    return ph if m == i else None


def _quoted_name(sv: SentenceView, m: int, limit: int) -> Optional[Phrase]:
    """A name set in quote marks on token m, before ``limit``: 'الرئيس الأمريكي السابق" باراك أوباما"' — the phrase
    read from the title stops at the mark; the name inside (its closing mark right after it) is the person."""
    if m + 2 >= limit or not sv.is_quote(m) or m + 1 not in sv.named_tokens:
        return None
    n = sv.name_end(m + 1)
    return Phrase(m + 1, n) if n < limit and sv.is_quote(n) else None


def _claimer(sv: SentenceView, i: int, cstart: int) -> Optional[Phrase]:
    """"وتبنت الحركة المسؤولية عن عملية تفجير": who claims the responsibility for the act did it. The claim
    noun stands before عن (and an abstract head such as عملية) before the trigger, a claim verb (or a verbal noun
    of announcing, announce_nouns: "إعلان جماعة الحوثي مسؤوليتها عن قصف") at most four words before it; its
    subject (the noun's genitive) is the phrase between them."""
    m = i - 1
    light = role_cues("ALL", "light_nouns")
    for _ in range(3):  # عن تنفيذ سبع هجمات: past the abstract head, the count and a light verbal noun
        if m >= cstart and (sv.non_agent(m) or sv.counting(m) or sv.words[m] in light) and sv.words[m] != "عن":
            m -= 1
    if m - 1 < cstart or sv.words[m] != "عن" or sv.words[m - 1] not in role_set("ALL", "claim_nouns"):
        return None
    verbs = role_cues("ALL", "claim_verbs")
    nouns = role_set("ALL", "announce_nouns")
    words = 0  # words between the verb and the claim noun, not counting a time set off by commas
    for v in range(m - 2, max(0, m - 12) - 1, -1):
        if sv.breaks[v] and sv.toks[v].text not in ("،", ","):
            return None
        if sv.words[v] in verbs or sv.bares[v] in nouns:
            # (the verbal noun of announcing has the claimant as its genitive, as the verb its subject: "بعد يوم
            # من إعلان جماعة الحوثي مسؤوليتها عن قصف مطار بن غوريون")
            end = m - 1
            while end - 1 > v and (sv.toks[end - 1].text in ("،", ",") or sv.is_time(end - 1) or
                                   sv.words[end - 1] in sv.skip):
                end -= 1  # "أعلن التنظيم يوم الجمعة الفائت، مسؤوليته": the subject ends before the time
            first = v + 1
            while first < end and sv.is_quote(first):
                first += 1  # ('أعلنت جماعة "الحوثي" … مسؤوليتها': np_right starts past a quote mark)
            ph = sv.np_right(v + 1, end)
            return ph if ph is not None and ph.i in (v + 1, first) else None
        words += not (sv.toks[v].text in ("،", ",") or sv.is_quote(v) or sv.is_time(v) or sv.words[v] in sv.skip)
        if words >= 5:
            return None  # (a subject of up to four words, not counting its quote marks)
    return None


@lru_cache(maxsize=None)
def _accuse_links() -> tuple[frozenset, frozenset]:
    """(the link words of accuse_links, those that mark the link alone: a glued ب, a responsibility noun)."""
    links = frozenset(role_cues("ALL", "accuse_links"))
    claim = frozenset(role_cues("ALL", "claim_nouns")) | {normalize("المسؤولية")}
    return links, frozenset(w for w in links if w[:1] == "ب" or w in claim)


def _enabled(sv: SentenceView, i: int, cstart: int) -> Optional[Phrase]:
    """"مكن الدعم القوات الحكومية من استعادة 5 محافظات": the object of a verb of enabling does the act named
    after من / على; the phrase right before the preposition, after the verb (past its own subject)."""
    if i - 2 < cstart or sv.norms[i - 1] not in _FROM_ON:
        return None
    forms = _role_verb_forms(_ENABLE_VERBS, False)
    for v in range(i - 2, max(cstart, i - 9) - 1, -1):
        if sv.breaks[v]:
            return None  # (the verb's subject may be an act: "ساعدت الضربات الجوية القوات العراقية على تحرير")
        if sv.words[v] in forms or sv.norms[v] in forms:
            obj = sv.np_left(i - 1, v + 1)
            return obj if obj is not None and obj.j == i - 1 else None
    return None


def _accused(sv: SentenceView, i: int, cstart: int) -> Optional[Phrase]:
    """"اتهم الخزعلي الأمريكيين بالمسؤولية عن مقتل المهندس", "اتهمت إيران إسرائيل باغتيال العالم", "حملت
    الخارجية نظام الأسد مسؤولية الهجوم": the object of a verb of accusing is the doer of the act named after it,
    as the accuser tells it. The act follows the object with a glued ب or a link (بالمسؤولية عن, بالوقوف وراء,
    بتنفيذ); the verb's subject stands between the verb and the object. None without that frame."""
    links, marks = _accuse_links()
    m = i
    linked = sv.words[i][:1] == "ب"
    for _ in range(4):  # back over the link words and an abstract head or a count (بتنفيذ سلسلة هجمات)
        k = m - 1
        if k < cstart:
            break
        w = sv.norms[k] if sv.norms[k] in links else sv.words[k]  # (وراء is no و + راء)
        if w in links:
            linked = linked or w in marks
            m = k
        elif (sv.non_agent(k) or sv.counting(k)) and k not in sv.named_tokens and not linked:
            m = k
        else:
            break
    if not linked or m - 2 < cstart:
        return None
    forms, pronoun_forms = _role_verb_forms(_ACCUSE_VERBS), _role_verb_forms(_ACCUSE_VERBS, True)
    for v in range(m - 2, max(cstart, m - 20) - 1, -1):
        if sv.breaks[v] and sv.toks[v].text not in ("،", ","):
            return None
        if sv.words[v] not in forms and sv.norms[v] not in forms:
            continue
        if sv.words[v] in pronoun_forms or sv.norms[v] in pronoun_forms:
            return None  # ("وتتهمه واشنطن بإطلاق صواريخ": the accused is the pronoun, واشنطن the accuser)
        # a subject before the verb ("وكان حزب الله حمل إسرائيل مسؤولية اغتيال"): the phrase after it is the object
        b = v - 1
        while b >= cstart and sv.is_quote(b):
            b -= 1  # ('وكان "حزب الله" حمل')
        svo = b >= cstart and sv.content(b) and (b in sv.named_tokens or _definite(sv.norms[b]))
        obj = sv.np_left(m, v + 1)
        if obj is None or obj.j != m:
            return None
        # the phrase may run from the subject into the object with no mark between them: a definite word or a
        # name takes no genitive (الحكومة الفصائل, إيران الأمريكيين), so a definite noun after it that is no
        # adjective of it (not a nisba, or a plural one after a name) starts the object
        # (not when the subject read from right after the verb ends where the object begins: that object is told
        # from the subject already and keeps its adjectives, "اتهم رئيس الوزراء العراقي الفصائل المسلحة" is no
        # المسلحة)
        subject = sv.np_right(v + 1, m) if obj.i > v + 1 else None
        told = subject is not None and subject.i == v + 1 and subject.j == obj.i
        cut: Optional[int] = None
        for x in range(obj.i + 1, obj.i if told else obj.j):
            if sv.entity_of.get(x, -1) == sv.entity_of.get(x - 1, -2) or not _definite(sv.norms[x]):
                continue
            if (x - 1 in sv.named_tokens and (not _nisba_like(sv.words[x]) or _sound_plural(sv.words[x]))) or \
                    (_definite(sv.norms[x - 1]) and not _nisba_like(sv.words[x])):
                cut = x  # (the first: what follows is the object's own adjectives, الفصائل المسلحة)
                break
        if cut is not None:
            obj = Phrase(cut, m)  # (the rest of the phrase np_left read: "الأمريكيين والإسرائيليين" whole)
        elif obj.i == v + 1 and not svo:
            return None  # (the subject alone, with no object named)
        if sv.norms[obj.i][:1] == "و" and obj.i - 1 > v + 1 and obj.i - 1 in sv.named_tokens:
            # "أمريكا وإسرائيل": the name before a conjoined name is the first of two accused
            k = obj.i - 1
            while k - 1 > v + 1 and sv.entity_of.get(k - 1, -1) == sv.entity_of.get(obj.i - 1, -2):
                k -= 1
            obj = Phrase(k, obj.j)
        return obj
    return None


def _announced_by_participle(sv: SentenceView, i: int, e: int) -> Optional[Phrase]:
    """"أعلن الرئيس الأميركي دونالد ترامب انسحاب بلاده من الاتفاق، مؤكدا فرض عقوبات": a verbal noun on tokens
    [i, e) right after a participle of announcing (roles.tsv announce_participles; past its عن) that hangs on the
    main clause (past a comma, or an indefinite -ا) names an act of that clause's subject, when the subject is a
    party that can do it (_claiming_party); not an outcome reported (مؤكدا مقتل), nor an act naming its own doer
    as genitive (مؤكدا انسحاب القوات)."""
    m = i - 1
    if sv.norms[m] == "عن":
        m -= 1
    if m < 2 or sv.words[m] not in role_set("ALL", "announce_participles") or \
            not (sv.toks[m - 1].text in ("،", ",") or sv.words[m].endswith("ا")) or \
            _bare(strip_conj(sv.words[i])) in role_set("ALL", "announced_outcomes"):
        return None
    if e < sv.size and sv.content(e) and not sv.prepositional(e) and \
            (e in sv.agent_tokens or sv.actor_head(e)):
        return None  # (the act's own genitive doer)
    ph = sv.participle_subject(m, free=True)
    if ph is None or ph.j > m or not (_claiming_party(sv, ph) or _claim_head(sv, ph) in role_set("ALL", "announce_leaders")):
        return None
    return ph


_ON = normalize("على")
_ONE_ACT_GAP = 6  # (detect._MERGE_GAP: triggers of one type this close, with no break between, are one event)
_DEATH_NOUNS = closed_class("death_nouns")  # (مقتل, مصرع: a death's genitive is who died, never a doer)


def _doer_genitive(sv: SentenceView, typ: str, e: int, target: Phrase) -> Optional[tuple[Phrase, Phrase]]:
    """"استهداف الحوثيين السفينة", "اقتحام جمع من المحتجين القصر الحكومي", "استعادة المعارضة المنطقة": a verbal
    noun of a type with a bare object whose genitive, right after it, is an actor followed by a definite noun
    that is no adjective of it (a definite word or a name takes no genitive) has its doer as genitive and that
    noun as its object: (doer, object), else None."""
    if target.i != e or not sv.content(e) or sv.prepositional(e) or sv.non_agent(e) or _site(sv.bares[e]) or \
            (e in sv.named_tokens and e not in sv.agent_tokens):
        return None  # (not a thing, a site or a place's name, "لتحرير الموصل العزيزة")
    conjoined = False
    if target.j < sv.size and sv.norms[target.j][:1] == "و":
        # "باستعادة الجيش اليمني واللجان الشعبية السيطرة على مطار عدن": a second doer joined by و belongs to
        # the genitive; the object is looked for after it
        co = sv.coordinate(Phrase(target.i, target.j))
        if co is not None and co.j > target.j:
            target, conjoined = Phrase(target.i, co.j, target.cut, target.counted), True

    def actor(x: int) -> bool:
        return x in sv.agent_tokens or x in sv.actor_types or (x not in sv.named_tokens and sv.actor_head(x))

    def holding(x: int) -> bool:  # "السيطرة على": a verbal noun of holding, with what is held after على
        return (sv.non_agent(x) or x in sv.event_nouns) and _definite(sv.norms[x]) and x + 2 < sv.size and \
            sv.norms[x + 1] == _ON and sv.content(x + 2) and not sv.is_punct(x)

    cut: Optional[int] = None
    for x in range(target.i + 1, min(sv.size, target.j + 1)):
        if x == target.j and (sv.breaks[x - 1] or not (sv.content(x) or holding(x)) or sv.prepositional(x)):
            break
        if not _definite(sv.norms[x]) or sv.entity_of.get(x, -1) == sv.entity_of.get(x - 1, -2) or \
                sv.is_time(x) or (x in sv.trigger_tokens and not holding(x)) or sv.norms[x][:1] == "و":
            continue  # (past a second doer joined by و: "باستعادة الجيش اليمني واللجان الشعبية السيطرة")
        if sv.counting(x) or sv.words[x] in role_set("ALL", "ordinals"):
            return None  # (a count or an ordinal after the phrase is its own: "الجنود الثلاثة")
        if (x - 1 in sv.named_tokens and (not _nisba_like(sv.words[x]) or _sound_plural(sv.words[x]))) or \
                (_definite(sv.norms[x - 1]) and not _nisba_like(sv.words[x])):
            cut = x
            break
    if cut is None or cut - 1 in sv.person_tokens:
        return None  # (a person's name may go on with a definite word: "محمد عبد الله الأمين")
    v = sv.norms[cut]
    if holding(cut):
        # "استعادة المعارضة السيطرة على المنطقة": a verbal noun of holding after the doer is the act's object;
        # what is held, after على, is the target
        doer = sv.np_right(e, cut)
        if conjoined and doer is not None and doer.j < cut:
            doer = sv.coordinate(doer)
        obj = sv.np_right(cut + 2, sv.clause_end(cut + 2))
        if obj is None or obj.i != cut + 2:
            # (a place or a thing np_right reads as no actor: "عدّة نقاط مهمة"; up to a preposition, a time or
            # the clause's end)
            j = cut + 2
            while j < min(sv.size, cut + 6) and sv.content(j) and not sv.prepositional(j) and \
                    sv.norms[j] not in _PREPOSITIONS and not sv.is_time(j) and j not in sv.trigger_tokens:
                j += 1
            obj = Phrase(cut + 2, j) if j > cut + 2 else None
        if doer is None or doer.i != e or doer.j != cut or not any(actor(x) for x in range(e, cut)) or obj is None:
            return None
        return doer, obj
    if v[:2] != "ال" or sv.words[cut] in sv.titles or sv.bares[cut] in sv.titles or not (
            _site(sv.bares[cut]) or _thing_known(sv.words[cut]) or
            (cut not in sv.named_tokens and (v in sv.heads or v[2:] in sv.heads)) or
            (cut + 1 < sv.size and _definite(sv.norms[cut + 1]) and _nisba_like(sv.words[cut + 1]) and
             not _nisba_like(sv.words[cut]))):
        return None  # (the object: a definite noun with no conjunction or preposition glued, "واللجان", "للجرحى",
        # that names a site or a place, a thing or people, or has a nisba adjective of its own, "القصر
        # الحكومي"; no participle or other adjective, "الحكومة اليمنية
        # المعترف بها", "الموصل العزيزة", nor a word of a person's name, "محمد عبد الله الأمين")
    doer = sv.np_right(e, cut)
    if conjoined and doer is not None and doer.j < cut:
        doer = sv.coordinate(doer)
    if doer is None or doer.i != e or doer.j != cut or not any(actor(x) for x in range(e, cut)):
        return None  # (an actor: the name of an organisation or a person, an actor head, "جمع من المحتجين")
    obj = sv.np_right(cut, sv.clause_end(cut)) if cut == target.j else Phrase(cut, target.j)
    if obj is None or obj.i != cut:
        obj = Phrase(cut, sv.definite_adjectives_end(cut + 1, sv.size))
    return doer, obj


_LATTER = closed_class("latter_words")
# the tanwin marks (fathatan, dammatan, kasratan): written on a word, they end an indefinite noun or adjective
_TANWIN = re.compile("[\u064b\u064c\u064d]")
_LATTER_OPENERS = closed_class("latter_openers")
_LATTER_LINKS = closed_class("latter_links")
_LINKS = closed_class("connectives")


def _latter_referent(sv: SentenceView, k: int) -> Optional[Phrase]:
    """Token k, right after its verb, is "the latter" standing alone as the verb's subject ("بين الجماعات الإرهابية
    والقوات العراقية، ونجحت الأخيرة في بسط نفوذها"): the party it points at, the last one named before the verb (the
    last conjunct of the actor phrase that ends there, past a comma); None when no actor is named right there."""
    if sv.norms[k] not in _LATTER or k + 1 < sv.size and (_definite(sv.norms[k + 1]) or k + 1 in sv.named_tokens):
        return None  # (not "الأخير الحوثيين", nor the adjective of a noun after it)
    m = k - 1
    while m >= 0 and (sv.words[m] in sv.aux or _verb_shape(sv.words[m]) or sv.words[m] in _light_forms()):
        m -= 1  # back over the verb
    if m >= 1 and m < k - 1 and sv.norms[m] in _LATTER_OPENERS and sv.toks[m - 1].text in ("،", ","):
        m -= 1  # (round 117) "بين التحالف الدولي والميليشيات الإيرانية، حيث صعّدت الأخيرة": past حيث after the comma
    if m == k - 1 or m < 0 or sv.toks[m].text not in ("،", ","):
        return None  # (the last party is set off by the comma before the verb's clause)
    ph = sv.np_left(m)
    if ph is None or ph.j != m or not _names_actor(sv, ph):
        return None
    x = next((x for x in range(ph.j - 1, ph.i, -1) if sv.conj_at(x)), None)
    return Phrase(x, ph.j, sv.conj_cut(x)) if x is not None else ph


def _with_party_doer(sv: SentenceView, i: int, target: Phrase) -> Optional[Phrase]:
    """The act noun on token i, with its other party (``target``) after مع, stands in a clause with no that-word or
    relative between its opening and the act: the clause's subject — the actor phrase right after the verb that
    opens it (past a conjunction or connective), or the actor phrase right after إن / أن — when no other actor
    stands between it and the act ("قرار ترامب بالانسحاب من الاتفاق مع إيران": ترامب's, not the subject of عبرت);
    else None."""
    c = sv.clause_start(i)
    for k in range(i - 1, c - 1, -1):
        if sv.words[k] in _THAT or sv.words[k] in sv.relatives:
            c = k + 1
            break
    that = c >= 1 and sv.words[c - 1] in _THAT
    k = c
    while k < i and (strip_conj(sv.norms[k]) in _LINKS or sv.words[k] in sv.aux or sv.norms[k] in _NEGATIONS):
        k += 1
    if k >= i or not sv.content(k) or sv.prepositional(k) or sv.is_time(k):
        return None
    if that:
        subj = sv.np_right(k, i)  # "إن الولايات المتحدة ملتزمة بالشراكة مع العراق"
    elif k in sv.named_tokens or k in sv.trigger_tokens or _definite(sv.norms[k]) or sv.words[k] in sv.heads or \
            sv.words[k] in sv.titles or sv.counting(k):
        return None  # (the clause opens with its verb: "وخسر أنصار صالح أراضي", "كما استبعد عراقجي")
    else:
        a = sv.past_adverbials(k + 1, i)
        subj = sv.np_right(a, i) if a < i and sv.content(a) and not sv.prepositional(a) else None
        k = a
    if subj is None or subj.i != k or subj.j > i or subj.i < target.j and target.i < subj.j or \
            not _names_actor(sv, subj):
        return None
    if any(x in sv.named_tokens or x in sv.agent_tokens or sv.actor_head(x) for x in range(subj.j, i)):
        return None
    return subj


def _latter_genitive(sv: SentenceView, i: int, e: int) -> Optional[Phrase]:
    """"the latter" on token e, the genitive of the act noun on token i and no adjective of a noun after it: the
    actor phrase that ends right before the act (past a time or sequence word: غداة, بعد), else None."""
    if e + 1 < sv.size and (_definite(sv.norms[e + 1]) or e + 1 in sv.named_tokens):
        return None
    m = i
    if m >= 1 and sv.norms[m - 1] in _LATTER_LINKS:
        m -= 1
    ph = sv.np_left(m)
    if ph is None or ph.j != m or not _chain_actor(sv, ph):
        return None  # (a phrase that names a party somewhere: "جيوب للمقاومة المؤيدة للحكومة اليمنية")
    x = next((x for x in range(ph.j - 1, ph.i, -1) if sv.conj_at(x)), None)
    return Phrase(x, ph.j, sv.conj_cut(x)) if x is not None else ph


def _article_trigger(sv: SentenceView, i: int, e: int) -> bool:
    """The one-word noun trigger on token i has the article (الانسحاب, بالانسحاب) and so heads no construct: the
    definite word after it is its adjective ("إعلان الرئيس … أوباما الانسحاب العسكري من العراق"), no genitive
    doer (a name after it is read as named: "الهجوم الحوثي" stays with the name rules)."""
    return e == i + 1 and e not in sv.named_tokens and i not in sv.named_tokens and _definite(sv.norms[i])


def _doer_before_on(sv: SentenceView, e: int) -> bool:
    """"أعلنت وزارة الدفاع اليمنية عن سيطرة الجيش واللجان الشعبية على موقعين": a verbal noun whose genitive, right
    after it, is an actor (with its adjectives, and a second doer joined by و) followed by على names its own doer,
    the genitive; the party announcing it is not its doer."""
    if e >= sv.size or not sv.content(e) or sv.prepositional(e) or sv.non_agent(e) or sv.is_time(e):
        return False
    if not (e in sv.agent_tokens or sv.actor_head(e)):
        return False
    ph = sv.coordinate(sv.np_right(e, sv.clause_end(e)))
    return ph is not None and ph.i == e and ph.j < sv.size and sv.norms[ph.j] == _ON


def _quote_close(sv: SentenceView, q: int) -> int:
    """The token of the quotation mark that closes the one opened on token q (within 6 tokens), else q + 1."""
    return next((x for x in range(q + 2, min(sv.size, q + 8)) if sv.is_quote(x)), q + 1)


def _object_after_quote(sv: SentenceView, c: int) -> bool:
    """Token c closes a quotation and the word after it opens an act's object: على, or a ل glued to a word (لمطار,
    للحركة, لـ"حركة")."""
    if not (sv.is_quote(c) and c + 1 < sv.size):
        return False
    w = strip_conj(sv.norms[c + 1])
    return w == _ON or (w[:1] == "ل" and (len(w) > 3 or w.rstrip("ـ") == "ل"))


def find_roles(sv: SentenceView, typ: str, i: int, e: int, pos: str, form, patient: bool, head: str = "",
               tail: range = range(0), object_tail: bool = False) -> tuple[Optional[Phrase], Optional[Phrase]]:
    """(source, target) phrases for a trigger on tokens [i, e) of the sentence (see _find_roles)."""
    source, target = _find_roles(sv, typ, i, e, pos, form, patient, head, tail, object_tail)
    close = _quote_close(sv, e) if source is None and pos == "n" and not tail and e + 1 < sv.size and \
        sv.is_quote(e) else None
    if close is not None and sv.content(e + 1) and (e + 1 in sv.agent_tokens or sv.actor_head(e + 1)) and \
            not (i >= 1 and sv.is_quote(i - 1)) and _object_after_quote(sv, close) and \
            all(sv.content(x) for x in range(e + 1, close)):
        # 'انتهت بسيطرة "تحرير الشام" على بلدة', 'اتهام "الهيئة" لـ"حركة نور الدين زنكي"', 'نفي اقتحام «التحالف العربي»
        # لمطار الحديدة': an actor's name set in quotation marks right after an event noun, with the act's object after
        # it (after على or a ل of the object), is the noun's genitive, its doer, as it is without the marks; with no
        # doer read otherwise, the noun's roles are read from the first quoted word (not a quoted trigger's closing
        # mark, «تحرير» سنجار; nor a quoted genitive with nothing after it, which may be the act's object: لقتال" داعش")
        quoted = _find_roles(sv, typ, i, e + 1, pos, form, patient, head, tail, object_tail)
        if quoted[0] is not None:
            source, target = quoted[0], quoted[1] or target
    if source is not None:
        source = _no_verb_head(sv, source)
    if source is not None and source.j <= i and source.i >= 2 and sv.norms[source.i - 1] == "من" and \
            _from_phrase(sv, source):
        source = _before_from(sv, source.i - 1)
    if target is None and pos != "a":
        target = _visit_destination(sv, typ, head, e)
    if target is None and pos != "a":
        target = _pronoun_object(sv, typ, i, e, pos, form, source)
    if target is not None and sv.past_means(target.i, typ) > target.i:
        # "قصف أميركي بريطاني استهدف بأربع غارات منطقة الصيانة": an object read at a means is the means; the
        # object stands after it
        target = _object_past_means(sv, target.i, typ, None)
    if target is not None and target.j < sv.size and "yes" in role_set(typ, "lam_owner"):
        target = _lam_owner(sv, target)
    if target is not None and target.j < sv.size:
        target = _apposed_place_name(sv, target)
    source, target = _with_count(sv, source), _with_count(sv, target)
    return source, target


def _from_phrase(sv: SentenceView, ph: Phrase) -> bool:
    """(round 131) The phrase right after «من» tells where from or of what kind (من طراز توماهوك, من الصف الأول, من
    اتجاه الجولان), not the group a partitive draws its members from (20 ألفا من المتظاهرين, حشود من أنصار التيار,
    قوات خاصة من جهاز مكافحة الارهاب, 25 عنصراً من التنظيم): its head is one thing — singular, no name of an agent,
    no actor head, no people's word, no plural. A quantifier right before «من» (كل من, بعض من, عدد من: _EACH,
    quantifiers.txt) makes it a partitive whatever follows ("أعلنت كل من المملكة السعودية، ومملكة البحرين")."""
    m = ph.i - 1
    if sv.norms[m - 1] in _EACH or sv.words[m - 1] in sv.quant or sv.norms[m - 1] in sv.quant:
        return False
    x = ph.i
    while x < ph.j and sv.is_quote(x):
        x += 1
    if x >= ph.j or not sv.content(x) or x in sv.named_tokens or x in sv.agent_tokens or sv.actor_head(x) or \
            x in sv.person_tokens:
        return False
    b, w = sv.bares[x], sv.words[x]
    return not (b in sv.peoples or _people(sv, Phrase(x, ph.j)) or _sound_plural(w) or
                b.endswith(("ات", "ون", "ين")) or bool(_BROKEN_PLURALS.match(b)))


def _before_from(sv: SentenceView, m: int) -> Optional[Phrase]:
    """(round 131) The subject when the phrase after «من» (token m) is a from-phrase: the phrase right before «من»
    ("معظم قادة «جيش الإسلام» من الصف الأول، … غادروا"), unless it names a thing, no doer (a weapon, a masdar:
    "59 صاروخا موجها من طراز توماهوك استهدفت": then none)."""
    ph = None
    for k in range(m - 1, max(-1, m - 9), -1):  # (the leftmost phrase that runs up to «من», past a quoted name:
        # "قادة «جيش الإسلام»")
        if sv.breaks[k] or (not sv.content(k) and not sv.is_quote(k)):
            break
        cand = sv.np_right(k, m) if sv.content(k) else None
        if cand is not None and cand.i == k and (cand.j == m or cand.j == m - 1 and sv.is_quote(m - 1)):
            ph = cand
    if ph is None:
        return None
    x = _head_at(sv, ph)
    if sv.non_agent(x) or x in sv.trigger_tokens or not (x in sv.agent_tokens or sv.actor_head(x) or
                                                         _people(sv, ph) or sv.bares[x] in _member_nouns()):
        return None
    return ph


def _apposed_place_name(sv: SentenceView, ph: Phrase) -> Phrase:
    """(round 113) "وسيطر الحوثيون على العاصمة صنعاء", "غارات جوية على العاصمة اليمنية صنعاء", "استهدفت الميناء
    النفطي رأس عيسى": a target that is a kind of place with the article (place_heads.txt, apposed_place_heads.txt:
    العاصمة, الميناء) and only its adjectives (اليمنية, النفطي) has the place's name right after it in apposition,
    a place name (no ORG or PER) the entities component found: the name is part of the target (audit r20 rows 56 89:
    the title without its name). Read for the target only: a visit's place (زيارة العاصمة اليمنية صنعاء) is no doer."""
    i, end = ph.i, ph.j
    if not _definite(sv.norms[i]) or end not in sv.named_tokens or end in sv.agent_tokens or \
            end - 1 in sv.named_tokens or sv.entity_of.get(end) is None:
        return ph
    b = sv.bares[i]
    if b not in word_set("events/place_heads.txt") and b not in word_set("events/apposed_place_heads.txt"):
        return ph
    if not all(_nisba(sv.norms[x]) or sv.norms[x] in sv.adjectives for x in range(i + 1, end)):
        return ph
    ent = sv.entity_of[end]
    while end < sv.size and sv.entity_of.get(end) == ent:
        end += 1
    return Phrase(i, end, ph.cut, ph.counted)


def _lam_owner(sv: SentenceView, ph: Phrase) -> Phrase:
    """(round 110) "استهدف مقراً عسكرياً لقوات سوريا الديمقراطية", "استهدفت مقرا لـ "قسد"": an indefinite target
    phrase (every word of it without the article and no name; a number may count it) is owned by the actor a ل
    right after it names — the genitive of an indefinite possessed noun — and the owner is part of the target
    (audit r20 rows 41 137 140: the owner cut). The ل is glued (لقوات, للحوثيين) or written لـ before a quoted
    name; what follows it heads an actor (actor_heads, a name, a people's plural), not a verbal noun (لاغتيال: a
    purpose) nor a time (لليوم الثالث)."""
    if ph.cut or any(_definite(sv.words[x]) or x in sv.named_tokens or not (sv.content(x) or sv.cardinal(x))
                     for x in range(ph.i, ph.j)):
        return ph
    k = ph.j
    w = sv.norms[k]
    if w in ("ل", "لـ"):
        m = k + 1
        while m < sv.size and sv.is_quote(m):
            m += 1
        if m == k + 1 or m >= sv.size or not (m in sv.agent_tokens or sv.actor_head(m)):
            return ph
        owner = sv.np_right(m)
        if owner is None or owner.i != m:
            return ph
        end = owner.j
    else:
        body = w[2:] if w.startswith("لل") else w[1:]
        if w[:1] != "ل" or sv.is_time(k) or sv.non_agent(k) or not (
                k in sv.glued_names or k in sv.agent_tokens or body in sv.heads or
                (w.startswith("لل") and _nisba(w))):
            return ph
        owner = sv.lam_object(k)
        if owner is None or owner.i != k:
            return ph
        end = owner.j
    if sum(sv.is_quote(x) for x in range(k, end)) % 2:  # (a mark opened before the owner's name)
        if end >= sv.size or not sv.is_quote(end) or sv.toks[end].start != sv.toks[end - 1].end:
            return ph  # ('لـ"النصرة "': a mark after a space reads as an opener; no whole phrase)
        end += 1  # (the closing mark of a quoted name: لـ "قسد")
    return Phrase(ph.i, end, ph.cut, ph.counted)


@lru_cache(maxsize=None)
def _pronoun_cues(typ: str) -> frozenset:
    """The type's target cues (roles.tsv target_after) as written before a pronoun (على: علي + ه, إلى: الي + ه)."""
    return frozenset(normalize(c) for c in role_cues(typ, "target_after") if " " not in c)


def _pronoun_object(sv: SentenceView, typ: str, i: int, e: int, pos: str, form,
                    source: Optional[Phrase]) -> Optional[Phrase]:
    """"بعد أن اتهمتها بدعم الإرهاب", "اتصل بقرداحي وطلب منه تقدير المصلحة", "داعيًا إياها لوقف": what an act is
    done to told by a pronoun — glued to its verb as its object (a type with a direct object; a form written only as
    a verb, not one a verbal noun shares, دعمها, whose pronoun is its doer), after إيا right after it, or after one of
    the type's target cues right after it (منه, عليها, معه) — is the nearest phrase before it that agrees with the
    pronoun (SentenceView.agreeing_antecedent, a preposition's object too) and is not the act's doer: a verb's object
    pronoun never stands for its own subject. Passed over too: the noun in construct with the act ("إعادة السيطرة
    عليها") and a place after a word of direction ("جنوبي البحر
    الأحمر": where another place lies, not what). None with no doer read (the nearest agreeing phrase may be the
    doer) and otherwise."""
    k = -1
    if pos in ("v", "x") and e == i + 1 and form is not None and getattr(form, "object_suffix", False) and \
            "yes" in role_set(typ, "direct") and sv.words[i] not in role_set(typ, "launch_pronoun_verbs") and \
            not (i >= 1 and (sv.norms[i - 1] in _PREPOSITIONS or sv.words[i - 1] in role_set("ALL", "nominal_after") or
                             sv.words[i - 1] in sv.relatives or sv.norms[i - 1] in ("ما", "من"))):
        # (not after a preposition, "وكثفت مؤخرا من قصفها": a verbal noun whose pronoun is its doer; nor after a
        # relative, "وهو ما تنفيه الدوحة": the pronoun resumes it)
        suf = _written_pronoun(sv, i)[1]
        stem = strip_conj(sv.norms[i])
        k = i if suf is not None and _verbal(stem[:-len(suf)]) else -1
    elif e < sv.size and sv.norms[e][:3] == "ايا" and pos in ("v", "x"):
        k = e
    elif e < sv.size and sv.words[e] in _PRONOUN_PREPOSITIONS:
        suf = _written_pronoun(sv, e)[1]
        if suf is not None and sv.norms[e][:-len(suf)] in _pronoun_cues(typ):
            k = e
    if k < 0 or source is None:
        return None  # (with no doer read, the nearest agreeing phrase may be the doer: "تصنف واشنطن … وسبق أن
        # استهدفتها", "قبل أن يقتحمها العشرات")
    suf = _written_pronoun(sv, k)[1]
    if suf is None:
        return None
    m = k + 1
    for _ in range(4):
        ante = sv.agreeing_antecedent(m, suf, loose=True)
        if ante is None:
            return None
        m = ante.i + 1  # (the next agreeing phrase before it)
        if source is not None and ante.i < source.j and source.i < ante.j:
            continue  # (the doer)
        if ante.j == i and not sv.conj_at(i) and not _definite(sv.norms[i - 1]) and i - 1 not in sv.named_tokens \
                and i - 1 not in sv.glued_names:
            continue  # (the noun in construct with the act: "إعادة السيطرة عليها")
        d = ante.i - 1
        while d >= 0 and sv.is_quote(d):
            d -= 1
        if d >= 0 and sv.direction(d):
            continue  # ("جنوبي “البحر الأحمر”", "شمال شرق اليمن": a place that tells where another is, not what)
        return ante
    return None


def _visit_destination(sv: SentenceView, typ: str, head: str, e: int) -> Optional[Phrase]:
    """(round 95) A visit (roles.tsv visit_heads: زيارة, زار) names the one visited by its destination, a place's
    name after إلى, past the visitor and his title ("زيارته الأخيرة إلى الرياض", "زيارته إلى تركيا المقررة غداً"):
    the visited capital or country is the CONSULT's target (GUIDELINES; audit r19 row 144's call). Only the first
    such preposition after the trigger, within its clause, and only a place's name there ("زيارته للقاء المسؤولين": a purpose, no destination); not an arrival (وصل الوفد الى جنيف,
    which the training split leaves without a target)."""
    if not head or normalize(head) not in role_set(typ, "visit_heads"):
        return None
    cues = role_cues(typ, "destination_after")
    for k in range(e, min(sv.size, e + 10)):
        if k > e and (k in sv.trigger_tokens or sv.breaks[k] and sv.toks[k].text not in ("،", ",")):
            return None
        w = strip_conj(sv.norms[k])
        if w in cues:
            ph = sv.np_right(k + 1) if k + 1 < sv.size else None
            if ph is None or ph.i != k + 1 or not _place_name(sv, k + 1):
                return None
            # the place is its name, not the visit's adjective after it ("إلى تركيا المقررة غداً": تركيا)
            if sv.entity_of.get(k + 1) is None:
                return ph
            return Phrase(ph.i, min(sv.name_end(k + 1), ph.j), ph.cut, ph.counted)
        if w[:1] == "ل" and len(w) > 2:
            return None  # ("زيارته لفيينا": a ل glued to a name is left to the other rules: the dev figures fell by
            # one target with it, round 95)
    return None


def _place_name(sv: SentenceView, k: int) -> bool:
    """Token k holds a name the entities component found that is a place's, not a person's or an
    organisation's (a visit's ل-genitive may name the visitor: "زيارة لوزير الخارجية إلى بغداد")."""
    return k in sv.named_tokens and k not in sv.agent_tokens


def _no_verb_head(sv: SentenceView, ph: Phrase) -> Optional[Phrase]:
    """A finite verb never heads an actor phrase (SentenceView.finite_at): a phrase read from one is no doer
    ("دخلوا حي العريش", "كانت تقل العناصر"), but for the subject after a verb with an object pronoun when it names
    an actor ("سيارات مفخخة يقودها انتحاريون": the drivers; not "ما تبعه إعلان")."""
    x = ph.i
    while x < ph.j and sv.is_quote(x):
        x += 1
    if x >= ph.j:
        return ph
    f = sv.finite_at(x)
    if not f:
        return ph
    if f == "o" and x + 1 < ph.j:
        rest = Phrase(x + 1, ph.j)
        return rest if _names_actor(sv, rest) else None
    return None


def _feminine_noun(text: str) -> bool:
    """A noun written feminine or as a plural of things and women (ة, ات), its diacritics and tatweel dropped (ة is
    a letter of its own, which the normalised form folds into ه)."""
    return re.sub("[\u064b-\u0652\u0640]", "", text).endswith(("ة", "ات"))


def _imperfect_before(sv: SentenceView, k: int) -> bool:
    """Token k is written as an imperfect verb of the third person masculine (يقع, ويضم): ي then a stem, no name,
    actor head or time ("فيما يقع المقر الذي تعرض": the verb ends the phrase read leftwards)."""
    w = strip_conj(sv.norms[k])
    return w[:1] == "ي" and len(w) >= 3 and k not in sv.named_tokens and w not in sv.heads and not sv.is_time(k)


def _subject_before(sv: SentenceView, k: int) -> Optional[Phrase]:
    """The subject of the experiencer verb on token k (تعرض) standing before it: the antecedent of a relative
    right before the verb ("السفينة "روبيمار" التي تعرضت لهجوم", "لقطاع غزة، الذي يتعرض لهجمات") or the phrase
    the verb follows, the topic of its clause ("أن سفينة شحن بريطانية قد تكون تعرضت لقصف"); a site or a thing as
    well as an actor, which np_left alone reads. None when a verb, a preposition or a trigger stands there."""
    m = k - 1
    while m >= 0 and (sv.words[m] in sv.aux or sv.bares[m] in role_set("ALL", "aux_be")):
        m -= 1  # "قد تكون تعرضت", "كانت قد تعرضت"
    rel = sv.words[m] if m >= 1 and sv.words[m] in sv.relatives else None
    if rel is not None:
        m -= 1
        if m >= 1 and sv.toks[m].text in ("،", ","):
            m -= 1  # "لقطاع غزة، الذي يتعرض"
    else:
        while m >= 2 and sv.toks[m].text in ("،", ","):
            # "القاعدة الأمريكية …، شمال شرقي سوريا، تعرضت": past an aside of place or time set off by commas,
            # to the comma that closes the subject
            o = next((x for x in range(m - 1, max(0, m - 6) - 1, -1) if sv.breaks[x]), None)
            r = next((x for x in range(m - 1, max(0, m - 10) - 1, -1)
                      if sv.breaks[x] or sv.words[x] in sv.relatives or x in sv.trigger_tokens), None)
            if o is not None and sv.toks[o].text in ("،", ",") and o + 1 < m and \
                    (sv.direction(o + 1) or all(sv.is_time(x) or sv.words[x] in sv.skip for x in range(o + 1, m))):
                m = o
            elif r is not None and r >= 2 and sv.words[r] in sv.relatives and r + 1 < m and \
                    sv.content(r - 1) and r - 1 not in sv.trigger_tokens:
                # "أن معسكر التاجي العراقي شمال العاصمة بغداد والذي يضم قوات أمريكية، تعرض لهجوم": past a relative
                # clause on the subject closed by the comma, to the subject it describes
                m = r - 1
                break
            else:
                m -= 1
                break
    while m >= 0 and sv.is_quote(m):
        m -= 1
    if m < 0 or not sv.content(m):
        return None
    a = m
    verbs = _clause_verbs()
    while a - 1 >= max(0, m - 6) and (sv.content(a - 1) or sv.is_quote(a - 1)) and \
            sv.norms[a - 1] not in _PREPOSITIONS and a - 1 not in sv.trigger_tokens and \
            sv.norms[a - 1] not in verbs and not sv.opening_verb(a - 1) and not _imperfect_before(sv, a - 1):
        a -= 1
    if rel is not None and rel != "الذين":
        # the antecedent's head agrees with the relative: its first word of that gender ("إنقاذ طاقم السفينة التي":
        # السفينة, not the verbal noun and its genitive before it)
        fem = rel == "التي"
        h = next((x for x in range(a, m + 1) if sv.content(x) and
                  (x in sv.named_tokens or _feminine_noun(sv.toks[x].text) == fem)), None)
        if h is None:
            return None
        a = h
    elif rel is None and not (a == 0 or sv.breaks[a - 1] or sv.words[a - 1] in _THAT or
                              sv.norms[a - 1] == "في" and a >= 2 and sv.content(a - 2)):
        return None  # (the subject opens its clause; a phrase after a word of another kind is no subject)
    while sv.is_quote(a):
        a += 1
    ph = sv.np_right(a, m + 1)
    if ph is None:
        return None
    if rel is not None and ph.j <= m and all(sv.content(x) or sv.is_quote(x) for x in range(ph.j, m + 1)) and \
            any(sv.is_quote(x) for x in range(ph.j, m + 1)):
        ph = Phrase(ph.i, m + 1, ph.cut, ph.counted)  # 'السفينة "روبيمار" التي': with the name it is called by
    if rel is None and ph.i >= 2 and sv.norms[ph.i - 1] == "في" and sv.content(ph.i - 2):
        # "القاعدة الأمريكية في حقل غاز كونيكو … تعرضت": the place after في belongs to the subject before it
        o = ph.i - 2
        while o - 1 >= max(0, ph.i - 8) and sv.content(o - 1) and sv.norms[o - 1] not in _PREPOSITIONS and \
                o - 1 not in sv.trigger_tokens:
            o -= 1
        outer = sv.np_right(o, ph.i - 1)
        if outer is not None and outer.j == ph.i - 1 and (o == 0 or sv.breaks[o - 1] or sv.words[o - 1] in _THAT):
            return Phrase(outer.i, ph.j, outer.cut, outer.counted)
        return None
    return ph


def _unnamed_relative_doer(sv: SentenceView, i: int) -> Optional[Phrase]:
    """In: a verb at token i after a relative, with the preposition and pronoun of the antecedent after it and no
    subject named ("انسحبت القوات الحكومية … من المناطق التي سيطرت عليها"). Out: the subject of the finite verb
    before it that agrees with it — the actor the sentence is about, whom the unsaid subject stands for (the
    government forces withdrew from the areas they had seized) — when that names an actor; else None. Only a verb
    whose affixes tell its subject's person (سيطرت, تسيطر, سيطروا; not a bare past سيطر, which does not show it)."""
    if not _agreement(strip_conj(sv.norms[i])):
        return None
    return _chain_subject(sv, i)


def _find_roles(sv: SentenceView, typ: str, i: int, e: int, pos: str, form, patient: bool, head: str = "",
                tail: range = range(0), object_tail: bool = False) -> tuple[Optional[Phrase], Optional[Phrase]]:
    """(source, target) phrases for a trigger on tokens [i, e) of the sentence. ``head`` is the trigger's
    lexicon word (قتل, اغتيل), for the verbs whose counted or passive subject is the one who suffers."""
    if pos in ("v", "x") and sv.toks[e - 1].text.endswith("ة"):
        pos = "n"  # تظاهرة matched the verb تظاهر + ه, but ة never ends a verb
    elif pos in ("v", "x") and i >= 1 and sv.words[i - 1] in role_set("ALL", "nominal_after") and e < sv.size and \
            (sv.norms[e] in _PREPOSITIONS or sv.norms[e][:1] in ("ل", "ب")):
        # "في قصفها لمنشآت الشركة", "عن تضامنه مع عائلات الضحايا": after a preposition the verb form is a verbal
        # noun (as _clause_roles reads it); with the act's object or partner in a prepositional phrase after it,
        # the pronoun on it is its doer (with none, "بالتوقف عن دعمها،", the pronoun may be what is acted on)
        pos = "n"
    owner = _conjoined_owner(sv, i, e) if pos in ("v", "x") and form is not None and \
        getattr(form, "object_suffix", False) else None
    if owner is not None:
        # "منذ انسحاب واشنطن من الاتفاق النووي …، وفرضها عقوبات مشددة عليها", "جرائم مليشيا الحوثي الإرهابية
        # وقصفها المناطق المدنية": a stem with a pronoun, joined by و to a noun whose genitive names an actor and
        # with its object after it, is a verbal noun in that coordination (no verb: the pronoun is no object when
        # the object follows); the pronoun is its doer (read below)
        pos = "n"
    passive_aux = i >= 1 and sv.norms[i - 1] in role_set("ALL", "passive_aux") and "yes" in role_set(typ, "direct")
    if passive_aux:
        # "السيارة التي تم قصفها", "وجرى استهدافها", "تم استهداف مواقع": after a passive auxiliary the verb
        # form is a verbal noun of what is suffered: its genitive is the target, and no doer stands before it
        pos, patient = "n", True
    source, target = _clause_roles(sv, typ, i, e, pos, form, patient, head, tail)
    if pos == "n" and i >= 2 and not passive_aux and (source is None or source.i != e or
                                                       "yes" in role_set(typ, "direct")):
        # "محاولة مسلحي (الهيئة) أمس مهاجمة مقرات", "نية الإدارة الأميركية إدراج الحرس الثوري": the genitive of a
        # noun of trying or deciding that governs the act does it — over a doer read further back (the subject
        # of a verb the noun depends on) or, for an act with a bare object, over the act's own genitive (its
        # object); not over an intransitive act's own genitive ("رغبة الحكومة في انسحاب القوات": the forces)
        ctl = _control_noun_doer(sv, i, head)
        if ctl is not None:
            if source is not None and source.i == e:
                target = source  # (the act's own genitive, read as its doer, is its object)
            source = ctl
            if target is not None and ctl.i < target.j and target.i < ctl.j:
                target = None
    if pos == "n" and source is not None and source.i == e and role_set(typ, "charge_nouns"):
        # 'تثبيت محكمة التمييز إدانة عناصر خلية "إرهابية" بتهمة "التخابر"': the genitive of a noun of accusing or
        # convicting with the charge after it (roles.tsv charge_nouns) is the one accused or convicted, no doer
        x = source.j
        while x < sv.size and sv.is_quote(x):
            x += 1
        if x < sv.size and sv.words[x] in role_set(typ, "charge_nouns"):
            if target is None or source.i <= target.i < source.j:
                target = source
            source = None
    if source is None and pos == "n" and "yes" in role_set(typ, "direct") and \
            _bare(strip_conj(sv.words[i])) not in _DEATH_NOUNS:
        # the genitive then its object (a patient noun too: استهداف الحوثيين السفينة; not مقتل, a death); with no
        # target, a genitive the clause read as none, an actor: "اقتحام جمع من المحتجين القصر الحكومي"
        if target is None and e < sv.size and sv.content(e):
            ph = sv.np_right(e, sv.clause_end(e))
            split = _doer_genitive(sv, typ, e, ph) if ph is not None else None
        else:
            split = _doer_genitive(sv, typ, e, target) if target is not None else None
        if split is not None:
            source, target = split
    if target is None and pos == "n" and "yes" in role_set(typ, "direct"):
        target = _act_genitive_object(sv, typ, e)
    if source is None and i >= 2 and e < sv.size and sv.norms[e] == "مع" and \
            _glued_preposition(strip_conj(sv.words[i])) == "ب":
        # "نظّمت المديرية العامة للأمن العام … بالتعاون مع الأمم المتحدة", "سيطرت قوات عسكرية تركية بالتعاون مع
        # الجيش السوري الحر", "إن قوات البشمركة وبالتعاون مع القوات الايزيدية حررت": an act after ب with its partner
        # after مع is an adverbial of manner on the clause's verb, done by that verb's subject, or by the actor
        # standing right before it as the clause's topic; none when that is a thing ("العملية جرت بالتنسيق مع")
        source = _chain_subject(sv, i, adverbial=True)
        if source is None:
            topic = sv.np_left(i)
            source = topic if topic is not None and topic.j == i and _names_actor(sv, topic) else None
    if source is None and pos == "n" and target is not None and i >= 2 and target.i > e and \
            sv.norms[target.i - 1] == "مع" and ("yes" in role_set(typ, "two_sided") or
                                                normalize(head) in role_set(typ, "mutual_acts")):
        # (round 117) "وخسر أنصار صالح أراضي في اليوم السادس من قتال شرس مع جماعة أنصار الله": a two-sided act
        # (talks, a deal, cooperation, clashes) named by its noun, with its other party after مع and no party of
        # its own, inside the clause of a verb: that verb's subject is the first party
        source = _with_party_doer(sv, i, target)
    if source is None and pos == "n" and e < sv.size and sv.norms[e] in _LATTER:
        # (round 117) "بعد مواجهات مع جيوب للمقاومة المؤيدة للحكومة اليمنية غداة سيطرة الأخيرة على": "the latter"
        # as the act noun's genitive is its doer, the party named last before it
        source = _latter_genitive(sv, i, e)
        if source is not None and target is not None and source.i < target.j and target.i < source.j:
            source = None
    if source is None and i >= 3 and "yes" in role_set(typ, "direct"):
        # "قال الجيش التركي إنه جرى تحييد 35 مقاتلا": a party announcing its own act told impersonally
        source = _claimant(sv, i)
        if source is not None and target is not None and source.i < target.j and target.i < source.j:
            source = None
    if source is None and pos == "n" and target is not None and i >= 3 and typ in ("AGREE", "CONSULT") and \
            target.i >= e + 1 and sv.norms[target.i - 1] == "مع":
        # "وأعلن رئيس إيران حسن روحاني أن هذا الاتفاق النووي الذي تم في فيينا مع الدول الكبري": a deal or talks
        # with the other party after مع and no party of its own, told in the that-clause of a party's verb of
        # saying, is the sayer's own (the announcer of its own act); not an observer's or a medium's
        source = _deal_teller(sv, i)
    if source is None and i >= 3 and "yes" in role_set(typ, "direct"):
        # "وقالت إسرائيل إن الغارة استهدفت رئيس أركان الجماعة": a state or its forces telling what a strike with no
        # doer of its own aimed at tells its own strike
        source = _own_strike_teller(sv, typ, i, e, pos, target)
    if i >= 2 and sv.words[i] in role_set("ALL", "stance_participles") and \
            (sv.toks[i - 1].text in ("،", ",") or sv.words[i].endswith("ا")) and (source is None or source.i >= e):
        # "أدانت حكومة الإقليم القصف، داعية إلى وضع حد", "أكدت الوزارة أن الطائرة تحطمت، نافية": a participle of a
        # stance after the main clause (past a comma, or an indefinite -ا) is said by that clause's subject; the
        # phrase right after it is whom it addresses ("داعيا الدول الإسلامية إلى"), never its subject
        w = sv.words[e] if e < sv.size else ""
        if e < sv.size and sv.content(e) and not sv.prepositional(e) and e not in sv.trigger_tokens and \
                (e in sv.named_tokens or w in sv.heads or (_definite(w) and w[2:] in sv.heads) or
                 (_definite(w) and sv.nationality(e))):
            # (an actor: not a manner, "نافية بشكل قاطع", nor a pronoun, "داعيًا إياها"; a people named by its
            # plural is one too: "داعياً الأكراد في هذا البلد إلى تقرير نهجهم")
            obj = sv.np_right(e, sv.clause_end(e))
            if obj is not None and obj.i == e:
                target = obj
        source = sv.participle_subject(i, free=True)
        if source is not None and target is not None and source.i < target.j and target.i < source.j:
            source = None
    if source is None and pos == "n" and i >= 3:
        source = _announced_by_participle(sv, i, e)
    if passive_aux and target is None and i >= 2 and sv.words[i - 2] in sv.relatives:
        m = i - 3 if i - 3 >= 0 and sv.breaks[i - 3] else i - 2
        k = m
        while k - 1 >= max(0, m - 6) and sv.content(k - 1) and sv.norms[k - 1] not in _PREPOSITIONS and \
                k - 1 not in sv.trigger_tokens:
            k -= 1  # (the antecedent of "النيران المشتعلة في السيارة التي تم قصفها" is السيارة: not past في)
        target = sv.np_right(k, m) if k < m else None  # the antecedent of "التي تم قصفها"
        if source is not None and target is not None and source.i < target.j and target.i < source.j:
            source = None
    if target is None and pos == "n" and e - i == 1 and "yes" in role_set(typ, "direct"):
        target = _pronoun_patient(sv, i, head, passive_aux)
        if source is not None and target is not None and source.i < target.j and target.i < source.j:
            source = None
    if target is None and pos == "a":
        # "ورشق مئات المتظاهرين قوات الأمن": a verb right before the actor noun, which is its subject
        k = i - 1
        while k >= max(0, i - 4) and not sv.breaks[k] and target is None:
            target = sv.object_at(k, _object_verbs(typ), i)
            k -= 1
    launch = typ == "ASSAULT" and e == i + 1 and sv.words[i] in role_set(typ, "launch_pronoun_verbs")
    if launch:
        # "صاروخين أطلقتهما إسرائيل من اتجاه الجولان", "الصواريخ الباليستية أطلقها الحرس الثوري،على مناطق سكنية":
        # the weapon before the verb is what was launched (its pronoun); the doer is the subject after the verb,
        # the target the phrase a cue names after that subject (على, باتجاه), or none
        source = target = None
        a = sv.past_adverbials(e, sv.size)
        while a < sv.size - 1 and sv.is_quote(a):
            a += 1  # ('أطلقتها “المليشيات الحوثية”': a quoted name)
        if a < sv.size and sv.content(a) and not sv.prepositional(a) and a not in sv.trigger_tokens:
            ph = sv.np_right(a, sv.clause_end(a))
            source = ph if ph is not None and ph.i == a else None
        if source is not None:
            cues = role_cues(typ, "launch_target_cues")
            b = source.j
            if b < sv.size and sv.toks[b].text in ("،", ","):
                # (the comma that closes the subject, "الحرس الثوري الإيراني،على مناطق", and a time set off by
                # commas after it: "3 صواريخ أطلقها مجهولون، صباح اليوم، على الجيش الأمريكي")
                b = sv.past_adverbials(b + 1, sv.size)
                b = b + 1 if b < sv.size and sv.toks[b].text in ("،", ",") else b
            for k in range(b, min(sv.size, b + 8)):
                if sv.breaks[k]:
                    break
                if k in sv.trigger_tokens:
                    break
                target = sv.cue_at(k, cues)
                if target is not None:
                    break
    if object_tail and tail and source is not None and source.i <= tail.start < source.j:
        source = None  # "أن تستدعي السفير": the object the entry names is no subject
    if object_tail and tail and (target is None or target.i == tail.start and target.j < tail.stop):
        # (also over an object cut inside the listed words: "استدعت طهران ,أمس الجمعة, القائم بالأعمال البريطاني")
        target = sv.np_right(tail.start)  # "أسقطت، طائرة مسيرة": the words after … are the object
        if target is not None and target.i == tail.start and target.j < tail.stop:
            # "القائم بالأعمال البريطاني": the listed words are the object whole, with the adjectives after them
            j = tail.stop
            while j < sv.size and sv.content(j) and _nisba_like(sv.words[j]):
                j += 1
            target = Phrase(target.i, j, target.cut, target.counted)
    if "yes" in role_set(typ, "act_target") and (target is None or sv.norms[target.i][:1] == "ب"):
        target = sv.act_object(e) or target
    if target is None and role_cues(typ, "aim_participles"):
        target = sv.aimed_at(typ, e)
    if target is None and pos == "n" and role_cues(typ, "act_subject_verbs"):
        target = _described_aim(sv, typ, i, e)
    if target is None and pos == "n" and normalize(head) in role_set(typ, "from_targets"):
        target = _lifted_from(sv, e)
    if target is None and pos == "n" and role_cues(typ, "witness_subjects") and \
            normalize(head) not in role_set(typ, "mutual_acts"):
        target = _witnessed_by(sv, typ, e)
    if target is None:
        target = sv.far_target(typ, i, e)
    if target is None and "yes" in role_set(typ, "that_target"):
        # "وحذر الحرس الثوري من أن إسرائيل سوف تدفع الثمن": the one a warning is about is the that-clause's subject
        stop = sv.clause_end(e)
        for k in range(e, min(stop, e + 6)):
            if sv.words[k] in _THAT_BARE or (sv.norms[k] == "من" and k + 1 < stop and sv.words[k + 1] in _THAT_BARE):
                t = k + 1 if sv.norms[k] == "من" else k
                target = sv.that_subject(t, sv.clause_end(t + 1))
                break
    # "وأدعو الدول المتحضرة": an imperfect in the first person singular, inside a quotation
    # (not a launch with the weapon before it, 'أن “3 صواريخ أطلقها مجهولون': أطلق is no أُطلق, "I launch")
    singular = pos in ("v", "x") and not launch and _first_singular(sv.toks[i].text, pos, form) and \
        sum(sv.is_quote(k) for k in range(i)) % 2 == 1
    we = _first_plural(sv, i, e, pos, form, head) if pos in ("v", "x") and not singular else False
    if we or singular:
        # the speaker says "we" or "I": no subject follows the verb, the phrase right after it is its object
        # ((round 126) so as the plural -وا: "وقال البيان: «ندعو المجتمع الدولي إلى …»", "قائلا: «سنغادر
        # الكويت»", "قال الأسدي: «حررنا الأهداف …»": the phrase after the verb is never its subject)
        if source is not None and source.i >= e:
            source = None
        source = source or sv.speaker(i)
        if "yes" in role_set(typ, "direct") and e < sv.size and sv.content(e) and not sv.prepositional(e):
            obj = sv.np_right(e)
            if obj is not None and obj.i == e:
                target = obj
    if pos == "n" and source is None and not patient and head not in role_set("ALL", "patient_nouns"):
        # "يفشل في هجومه", "مؤكدة سيطرتها", "يكثف الجيش عملياته": the pronoun on the event noun is its doer,
        # the actor it refers back to (on a noun of what is suffered, مقتله, it is the victim: not read here)
        # ("ظهور تنظيم داعش … وسيطرته على المدينة": joined by و to a noun whose genitive is an actor, that genitive)
        source = _conjoined_owner(sv, i, e, need_object=False) or \
            next((a for a in (sv.pronoun_antecedent(k) for k in range(i, e)) if a is not None), None)
    if source is not None:
        # "العمليات الاستباقية التي نفذتها قوات النخبة … واستطاعت قتل 13": an act stands as the subject (one
        # carries out an act, not a person: نفذتها, شنتها); its doer is the subject of the relative clause on it
        k = source.j
        if k + 2 < sv.size and sv.words[k] in sv.relatives and sv.words[k + 1][:1] != "ب" and \
                sv.words[k + 1] in role_set("ALL", "source_after"):
            doer = sv.np_right(k + 2, sv.clause_end(k + 2))
            if doer is not None and doer.i == k + 2:
                source = doer
    if sv.words[i] in sv.joiners and e < sv.size:
        # "هجوم شنه مقاتلو الجبهة بمساندة الأهالي": a joiner that is a trigger (backing) has its genitive as doer and
        # the phrase before it as the one backed
        a = e + 1 if sv.norms[e] == "من" else e  # (بمساندة من قوات قسد)
        after, before = sv.np_right(a), sv.np_left(i)
        if after is not None and after.i == a:
            source, target = after, (before if before is not None and before.j == i else None)
    if sv.words[i] in role_set(typ, "denial_cues") and not (form and getattr(form, "object_suffix", None)) and \
            not _verbal_noun_nafy(sv.toks[i].text):
        # "نفت قوات التحالف العربي استهداف مجلس العزاء", "نافية بشكل قاطع اختراق الطائرة للأجواء التركية": what a
        # verb of denying takes as its object is a claim or an act of others, never the denier's own act (as a
        # refusal's may be: "رفضوا الانتقال الى ادلب", no target in the training gold): the denied is the target
        # (the audit's convention for REJECT: r15 rows 26 72 73 111 135 missed it). Not the verbal noun, written
        # with ي where the defective verb's past has ى (نفي سقوط, نفي التحالف: its genitive may be its doer)
        k = source.j if source is not None and source.i >= e else e
        k = sv.past_report(k, sv.size)
        denied = sv.denied_at(k, sv.clause_end(k))
        if denied is not None and (target is None or denied.i <= target.i and target.j <= denied.j):
            target = denied  # (also over a phrase read inside it: the genitive of "اتهامات الحرس الثوري")
    if pos in ("v", "x") and target is None and source is not None and source.i >= e and i >= 1 and \
            "yes" in role_set(typ, "direct") and not (form and getattr(form, "object_suffix", None)):
        a = sv.past_adverbials(e, sv.size)
        if a + 1 < source.i and _cue_match(sv, a + 1, role_cues("ALL", "passive_agents")):
            # "أن مقرات الحزب الديمقراطي الكوردستاني – إيران في كويسنجق استهدفت من قبل إيران", "إن قاعدة عين
            # الأسد استهدفت من قبل مجهولين": with its agent after من قبل the verb is passive; the subject before
            # it, an actor or a site, suffered the act
            target = sv.np_left(i) or _subject_before(sv, i)
            if target is not None and (target.j > i or source.i < target.j and target.i < source.j):
                target = None
    source = _with_count(sv, _apposed_name(sv, source))
    if pos in ("v", "x") and source is not None and normalize(head) in role_set(typ, "object_before_heads") and \
            (target is None or source.i < target.j and target.i < source.j) and \
            not (form and getattr(form, "object_suffix", None)):
        # (also over a target read inside the subject: "دعا وزير الدفاع الإسرائيلي، يسرائيل كاتس، قوات …")
        target = _object_before_complement(sv, typ, e, source) or target
    if target is not None and target.i >= e and normalize(head) in role_set(typ, "launch_acts") and \
            sv.bares[target.i] in role_set(typ, "weapon_nouns") and \
            all(sv.counting(k) or sv.is_quote(k) for k in range(e, target.i)):  # (its object, not على الطائرة)
        # "إنها أطلقت 17 طائرة مسيرة وصاروخين باليستيين صوب أهداف سعودية": the weapon after a verb of launching is
        # what is launched, the means; the target is what a cue names after it (على, باتجاه, صوب), or none
        cues, stop = role_cues(typ, "launch_target_cues"), sv.clause_end(target.j)
        launched, target = target, None
        for k in range(launched.j, min(stop, launched.j + 10)):
            if k in sv.trigger_tokens and k not in tail:
                break  # (the trigger's own listed weapon, وصاروخين, is passed)
            target = sv.cue_at(k, cues)
            if target is not None:
                break
    target = _with_count(sv, _counterpart_name(sv, target))
    src, tgt = sv.coordinate(sv.possessor(source)), _construct_conjuncts(sv, sv.coordinate(sv.possessor(target, hit=True)))
    if src is not None and target is not None and src.i < target.j and target.i < src.j and \
            not (source.i < target.j and target.i < source.j):
        # "إن قوات الحكومة الشرعية وقوات المجلس الانتقالي … المواجهات بين الجانبين": two parties read as the source
        # and the target; the source is not grown over the target joined to it by و
        src = sv.possessor(source)
    if src is not None and tgt is None and ("yes" in role_set(typ, "two_sided") or
                                             normalize(head) in role_set(typ, "mutual_acts")):
        src, tgt = _two_parties(sv, src)
        if tgt is None and src.i >= e and src.j < sv.size and sv.conj_at(src.j) and _opens_party(sv, src.j):
            # "إثر اتفاق الرياض وطهران": the party after the act (its genitive, or the verb's subject) with a second
            # joined to it by و, a name the phrase did not take in (coordinate takes a bare name only closing a
            # list): read as the pair after بين is
            first, second = sv.pair_after(src.i, sv.clause_end(src.i))
            if first is not None and first.i == src.i and second is not None and _names_actor(sv, first) and \
                    not any(sv.conj_at(x) for x in range(second.i + 1, second.j + 1) if x < sv.size):
                src, tgt = first, second  # (two parties: not a list of more, "اتفقت روسيا وتركيا وإيران" — allies)
    h = src.i if src is not None else 0
    while src is not None and h + 1 < src.j and sv.counting(h):
        h += 1  # (the counted noun heads the phrase: "ستة أحياء بالمدينة")
    if src is not None and _adjective_of_act(sv, src):
        # "إثر “قصف جوي” استهدف سيارة", "نجم الحادث عن هجوم إلكتروني": an adjective of the act is no one who did it
        src = None
    if src is not None and (_opens_with_preposition(sv, src, typ) or _question_inside(sv, src) or
                            _adjective_after_definite(sv, src)):
        src = None  # (a prepositional adjunct, a question's opening, an adjective: no one who acts)
    if src is not None and _site(sv.bares[h]) and h not in sv.agent_tokens and \
            not (tgt is not None and tgt.i >= src.j and pos in ("v", "x") and src.i >= e and sv.actor_head(h)):
        # (an actor head listed as a site too, an embassy, with the verb's object after it, is the verb's subject)
        # "لمنع أي محاولة لاقتحام المبنى", "بلدات وقرى عربية سيطرت عليها", "غادرت ميناء عجمان": a place or a site is
        # what an act is done to or in, never who does it (the training split's gold: no source headed so, many
        # targets); a phrase so headed is the act's object, its target when it has none (a name the entities
        # component calls an organisation or a person stays)
        src, tgt = None, tgt or src
    return src, tgt


def _first_word(sv: SentenceView, ph: Phrase) -> int:
    """The first token of ph past its quotation marks (ph.j when it is all marks)."""
    k = ph.i
    while k < ph.j and sv.is_quote(k):
        k += 1
    return k


def _opens_with_preposition(sv: SentenceView, ph: Phrase, typ: str) -> bool:
    """ph opens with a preposition carrying a pronoun ("وهددت عبره النظام", closed_classes pronoun_prepositions) or
    with ب / ك glued to a definite noun ("في قتال بالعاصمة"): a prepositional adjunct, never a subject nor a doer's
    genitive (ل is left: "هجوم للقوات الحكومية" names the doer). Not the means after ب ("هجمات بالمدفعية والطائرات":
    an instrument, accepted as the source), a nisba (بالستيا is no بال), nor a relative clause's antecedent
    ("تندد بالمشرعين الذين غادروا البرلمان": its verb's subject)."""
    k = _first_word(sv, ph)
    if k >= ph.j or k in sv.agent_tokens:
        return False
    w = sv.words[k]
    if w in _PRONOUN_PREPOSITIONS:
        return True
    if sv.manner_at(k) and k not in sv.named_tokens and \
            not {sv.bares[k], strip_conj(sv.norms[k])[1:]} & _means_nouns(typ):
        return True  # "ودعمه بشكل فعال": an adverbial of manner (manner_nouns.txt), no one who acts
    if w[:1] not in ("ب", "ك") or not sv.prepositional(k) or k in sv.glued_names or _nisba_like(w) or \
            sv.bares[k] in _means_nouns(typ):
        return False
    return not (ph.j < sv.size and sv.words[ph.j] in sv.relatives)


def _question_inside(sv: SentenceView, ph: Phrase) -> bool:
    """ph holds an interrogative ("شاهد كيف استهدفت القوات القمعية", closed_classes question_words): the opening of a
    clause read as a phrase, no actor."""
    return any(sv.norms[k] in _QUESTION_WORDS for k in range(ph.i, ph.j))


def _written_definite(sv: SentenceView, k: int) -> bool:
    """Token k is written with the article (الجوية, بالمحافظة), not a word whose آ normalises to ال (آلاف)."""
    return _definite(sv.words[k]) and "آ" not in sv.toks[k].text[:3]


def _adjective_after_definite(sv: SentenceView, ph: Phrase) -> bool:
    """ph is one definite word right after a definite noun ("والضربات الجوية الغادرة", "بالمحافظة الواقعة شمال",
    "الجهات المختصة"): a definite noun is in construct with nothing, so the word is its adjective, no doer (not a
    name, an actor's head or a people: "الهجوم الإسرائيلي" stays as the nation of the act; nor one after a glued ل,
    the owner: "المتحدث العسكري للحوثيين")."""
    k = _first_word(sv, ph)
    if k != ph.j - 1 or k < 1 or k != ph.i or not _written_definite(sv, k) or sv.prepositional(k):
        return False
    p = k - 1
    if sv.is_punct(p) or sv.is_quote(p) or not _written_definite(sv, p) or sv.words[p] in sv.fn or \
            sv.words[p] in sv.relatives or sv.words[p] in sv.quant or sv.counting(p) or sv.finite_at(p):
        return False
    return not (k in sv.named_tokens or k in sv.agent_tokens or sv.actor_head(k) or sv.nationality(k) or
                sv.bares[k] in sv.heads or p in sv.named_tokens)


def _complement_at(sv: SentenceView, k: int, cues: frozenset) -> bool:
    """Token k opens the complement a verb of calling, accusing or warning takes after its object (roles.tsv
    object_before: إلى, على, من standing alone; ب / ل glued to a verbal noun or a definite noun, بالمسؤولية,
    بدعم, للانسحاب; a lone بـ before a quotation; بأن)."""
    w = strip_conj(sv.norms[k]) if sv.norms[k][:1] != "و" or sv.conj_at(k) else sv.norms[k]
    if w in cues:
        return True
    if w[:1] in ("ب", "ل") and w[:1] in cues:
        return w in ("بـ", "لـ") or w[1:] in _THAT_BARE or _glued_preposition(w) == w[:1]
    return False


def _object_before_complement(sv: SentenceView, typ: str, e: int, source: Phrase) -> Optional[Phrase]:
    """"ودعا قياديو التحالف العربي في اليمن، في وقت سابق، جميع المكونات … إلى التهدئة", "واتهمت جماعة حزب الله
    والحكومة اللبنانية، الكيان الصهيوني بالمسؤولية", "قد اتهمت - في وقت سابق - موسكو بالتسبب": a verb of calling,
    accusing or warning (roles.tsv object_before_heads) takes its object (whom it calls, accuses, warns) right before
    its complement (roles.tsv object_before: دعا X إلى, اتهم X بـ, حذر X من). With the verb's subject read (after the
    verb, or before it), the phrase that runs up to the complement from right after the subject (past times and the
    statement it spoke in) or from right after the last comma or dash before the complement (past the subject's
    place or an aside) is the target; else None (no phrase there: "دعا الرئيس الأمريكي المنتخب، دونالد ترامب، إلى
    عدم التدخل")."""
    cues = role_set(typ, "object_before")
    floor = source.j if source.i >= e else e
    k = floor
    while k < min(sv.size, floor + 16):
        if k in sv.trigger_tokens or sv.breaks[k] and sv.toks[k].text not in ("،", ",", "-") or \
                sv.words[k] in _THAT or strip_conj(sv.norms[k]) in ("قبل", "بعد", "بعدما", "عندما", "حيث"):
            return None  # (not into another clause: "طالبت بإسقاط الرئيس، قبل أن يتصاعد العنف …، ويؤدي إلى")
        if _complement_at(sv, k, cues) or k == floor and sv.norms[k][:1] in ("ب", "ل") and k not in sv.named_tokens:
            break  # (the first complement: not a later one, "حث … مقاتليه على التوجه إلى المدينة")
        k += 1
    else:
        return None
    if k == floor:
        return None  # (the complement right after the subject: no object, "طالبت بإسقاط الرئيس")
    starts = [sv.past_report(floor, k)]
    c = next((x for x in range(k - 1, floor - 1, -1) if sv.toks[x].text in ("،", ",", "-")), None)
    if c is not None:
        starts.append(sv.past_adverbials(c + 1, k))
    for a in starts:
        if a >= k or sv.prepositional(a) or sv.is_punct(a):
            continue
        ph = sv.np_right(a, k)
        if ph is None or not (ph.i == a or ph.counted) or sv.non_agent(ph.i):
            continue  # (a count before it is passed: "جميع المكونات")
        if ph.j < k:
            ph = sv.coordinate(ph)
        if ph.j < k and all(sv.content(x) and _nisba_like(strip_conj(sv.norms[x])) for x in range(ph.j, k)):
            ph = Phrase(ph.i, k, ph.cut, ph.counted)  # (its adjectives joined by و: "السياسية والاجتماعية اليمنية")
        if ph.j == k and not (source.i < ph.j and ph.i < source.j):
            return ph
    return None


def _verbal_noun_nafy(text: str) -> bool:
    """A token written as the verbal noun of a defective verb of denying, three letters ending in ي (نفي), where the
    past is written with ى (نفى): its diacritics and tatweel dropped, its conjunction cut, its letters not folded."""
    raw = strip_conj(re.sub("[\u064b-\u0652\u0640]", "", text))
    return len(raw) == 3 and raw.endswith("ي")


@lru_cache(maxsize=None)
def _aim_forms(typ: str) -> frozenset:
    """The third-person singular forms, without an object pronoun, of the type's verbs of aiming whose subject may
    be the act (roles.tsv act_subject_verbs: استهدف, استهدفت, يستهدف, تطال, وطالت)."""
    from .lexicon import _verb_forms
    out = set()
    for v in map(normalize, role_cues(typ, "act_subject_verbs")):
        for f, (_impf, _fut, obj, plural) in _verb_forms(v).items():
            core = f[1:] if f[:1] in ("و", "ف") and f[1:].startswith((v[:2], "ي", "ت", "س")) else f
            core = core[1:] if core[:1] == "س" and core[1:2] in ("ي", "ت") else core
            if not obj and not plural and (core in (v, v + "ت") or core[:1] in ("ي", "ت") and not core.endswith("ين")):
                out.add(f)
    return frozenset(out)


def _described_aim(sv: SentenceView, typ: str, i: int, e: int) -> Optional[Phrase]:
    """"بعد هجمات عدة شهدتها الأسابيع الماضية، طالت قواعد عسكرية للتحالف", "نتيجة قصف من جانب طائرة مسيرة،
    استهدفت مقر للحشد الشعبي", "شن هجوم صاروخي باستخدام صواريخ توماهوك، وأنه استهدف القاعدة العسكرية": a clause
    after an indefinite act noun describes it (a clause after an indefinite noun is its adjective); when its verb
    is one of aiming whose subject may be the act (act_subject_verbs), with no subject of its own, its object is
    what the act hit. Read up to the first such verb past the noun's own words (its adjectives, doer, means, a
    clause on it) and at most one comma; not past another trigger, a conjunct or a clause break, and not a verb
    followed by an actor or a weapon and another phrase (its own subject, then its object: "، استهدفت القوات
    الأمريكية مواقع")."""
    if _definite(strip_conj(sv.words[i])) or _definite(strip_conj(sv.norms[i])):
        return None  # (a definite noun before a verb is its topic or another clause's: read elsewhere)
    forms = _aim_forms(typ)
    commas = 0
    for k in range(e, min(sv.size, e + 12)):
        w = sv.norms[k]
        suf = _aim_pronoun(sv, k, forms)
        if suf:
            return _aimed_antecedent(sv, i, suf)
        if w in forms:
            a = sv.past_adverbials(k + 1, sv.size)
            if a >= sv.size or not sv.content(a) or sv.prepositional(a) or a in sv.trigger_tokens:
                return None
            ph = sv.np_right(a, sv.clause_end(a))
            if ph is None or ph.i != a:
                return None
            b = ph.j
            doer = any(x in sv.agent_tokens for x in range(ph.i, ph.j)) or sv.actor_head(ph.i) or \
                sv.bares[ph.i] in role_set(typ, "weapon_nouns")
            if doer and b < sv.size and sv.content(b) and not sv.prepositional(b) and b not in sv.trigger_tokens and \
                    not sv.is_time(b) and not _nisba_like(sv.words[b]) and sv.norms[b][:1] != "و":
                return None  # (an actor or a weapon, then another phrase: its subject, then its object)
            return ph
        if k in sv.trigger_tokens:
            return None
        if sv.toks[k].text in ("،", ","):
            commas += 1
            if commas > 1:
                return None
            continue
        if sv.breaks[k] or sv.is_quote(k):
            return None
        that = w if w in _THAT else w[1:] if w[:1] == "و" and w[1:] in _THAT else ""
        if that and not (that[-1:] == "ه" and k + 1 < sv.size and sv.norms[k + 1] in forms) or \
                w[:1] == "و" and sv.words[k] != w and not that and not _joined_place(sv, k) or w in _NEGATIONS:
            # (a conjunct or أن opens another clause, with a subject of its own: "، وأن الضربات لا تستهدف"; not
            # "وأنه استهدف", the act's resumptive pronoun)
            # (round 118: nor a place's name joined to the one before it, "ضربات عسكرية في العراق وسوريا استهدفت
            # جماعة كتائب حزب الله": still the act's place, _joined_place)
            return None
    return None


def _joined_place(sv: SentenceView, k: int) -> bool:
    """(round 118) Token k is a name glued to و (joined_names) that is a place (no actor: agent_tokens are ORG /
    PER) right after another place's name: a second place of a list ("في العراق وسوريا"), no clause of its own."""
    return k in sv.joined_names and k not in sv.agent_tokens and k - 1 in sv.named_tokens and \
        k - 1 not in sv.agent_tokens


def _witnessed_by(sv: SentenceView, typ: str, e: int) -> Optional[Phrase]:
    """"وتأتي عملية القمع الواسعة التي شهدتها هذه المدينة", "هجمات شهدتها المدينة": a clause on the act noun (past its
    adjectives, after a relative or none) whose verb of witnessing (roles.tsv witness_subjects, as before the act:
    "شهد مطار عدن انفجارات") takes the act as its pronoun names the place that suffered it as its subject (not a
    time: "هجمات شهدتها الأسابيع الماضية"; not for clashes, mutual_acts: "المعارك التي شهدها مطار الحديدة بين …")."""
    k = e
    while k < sv.size and sv.content(k) and k - e < 3 and k not in sv.named_tokens and \
            (_nisba_like(sv.words[k]) or _definite(sv.norms[k]) and _definite(sv.norms[e - 1]) and not sv.actor_head(k)):
        k += 1  # (its adjectives: "القمع الواسعة")
    if k < sv.size and sv.words[k] in sv.relatives:
        k += 1
    if k + 1 >= sv.size:
        return None
    raw, w = sv.toks[k].text, strip_conj(sv.norms[k])
    suf = next((x for x in ("ها", "ه") if raw.endswith(x)), None)
    if suf is None or w[:-len(suf)] not in role_set(typ, "witness_subjects"):
        return None
    a = k + 2 if sv.norms[k + 1] in _POINTERS else k + 1
    if a >= sv.size or not sv.content(a) or sv.is_time(a) or sv.prepositional(a):
        return None
    ph = sv.np_right(a, sv.clause_end(a))
    if ph is None or ph.i != a or sv.is_time(ph.i) or any(x in sv.agent_tokens for x in range(ph.i, ph.j)) or \
            sv.actor_head(ph.i):
        return None  # (a place witnesses, no actor)
    return Phrase(k + 1, ph.j) if a == k + 2 else ph


def _lifted_from(sv: SentenceView, e: int) -> Optional[Phrase]:
    """"وتبدأ بفك الحصار عنها", "رفع الحصار عن المدينة": a noun of a siege (roles.tsv from_targets) names what is
    besieged after عن — the phrase after it, or the nearest agreeing phrase before it its pronoun points back to
    (SentenceView.agreeing_antecedent)."""
    if e >= sv.size:
        return None
    w, raw = sv.norms[e], sv.toks[e].text
    if w == "عن" and e + 1 < sv.size and sv.content(e + 1) and e + 1 not in sv.trigger_tokens:
        ph = sv.np_right(e + 1, sv.clause_end(e + 1))
        return ph if ph is not None and ph.i == e + 1 else None
    suf = next((x for x in _OBJECT_PRONOUNS if raw.endswith(x) and w[:-len(x)] in ("عن", "عن" + "ن")), None)
    ante = sv.agreeing_antecedent(e + 1, suf, loose=True) if suf else None
    if ante is None:
        return None
    j = ante.j
    while j < e and not sv.is_punct(j) and _definite(sv.norms[j]) and _definite(sv.norms[j - 1]) and \
            (_nisba_like(sv.words[j]) or sv.words[j][2:3] == "م") and j not in sv.named_tokens:
        j += 1  # (its adjectives, a participle read as an act too: "الأحياء المحاصرة")
    return Phrase(ante.i, j, ante.cut, ante.counted)


def _construct_conjunct(sv: SentenceView, j: int) -> bool:
    """Token j is و glued to a second thing done to: a noun in construct with a definite or named genitive ("ومواقع
    الأمن العام", "ومبنى خفر السواحل", "وحلفاء واشنطن") — definite as a noun with the article is, which
    SentenceView.coordinate takes; not a name (read by ``_construct_conjuncts``), a verbal noun or an abstract
    one (a second act: "وإصابة 11 آخرين"), a verb, a time or a function word."""
    if j + 1 >= sv.size or j in sv.trigger_tokens or not sv.content(j):
        return False
    w = sv.norms[j]
    if w[:1] != "و" or len(w) < 4 or _definite(w[1:]) or w[1:] in sv.fn or w[1:] in sv.casualty_nouns or \
            sv.is_time(j) or sv.non_agent(j) or _verb_shape(w[1:]) or w.endswith("وا") or \
            w.endswith("ا") and not w.endswith("ايا"):
        return False  # (a noun with tanwin -اً is in construct with nothing: "ومتمنيا الشفاء" is a circumstantial
        # participle; not a plural whose stem ends in ا, "وضحايا الحرب")
    if j in sv.named_tokens or j in sv.joined_names:
        return False
    if not sv.content(j + 1) or _nisba_like(sv.words[j + 1]) and not _definite(sv.norms[j + 1]):
        return False
    ph = sv.np_right(j, sv.clause_end(j))
    return ph is not None and ph.i == j and ph.j - ph.i >= 2 and \
        (_definite(sv.norms[ph.j - 1]) or ph.j - 1 in sv.named_tokens)


def _construct_conjuncts(sv: SentenceView, ph: Optional[Phrase]) -> Optional[Phrase]:
    """"يحاصرون معسكر النصر ومبنى خفر السواحل": a target phrase that ended on a و-conjunct in construct (read as an
    adjective in -ي: ومبنى) runs on over that conjunct's genitive (``_construct_conjunct``); "تسيطر على اللاذقية
    وطرطوس": a target that is a name whole takes a name joined to it by و (not a name inside the target's complement:
    "فيلق القدس التابع للحرس الثوري وأبو مهدي المهندس"). (A construct conjunct after a whole target, "مديرية دريكيش
    ومواقع الأمن العام", is not taken: the dev target figure fell with it.)"""
    if ph is None:
        return None
    j = ph.j
    if j - 1 > ph.i and _construct_conjunct(sv, j - 1):
        nxt = sv.np_right(j - 1, sv.clause_end(j - 1))
        if nxt is not None and nxt.i == j - 1:
            j = max(j, nxt.j)
    elif ph.i in sv.entity_of and all(sv.entity_of.get(x) == sv.entity_of[ph.i] for x in range(ph.i, j)) and \
            j < sv.size and sv.norms[j][:1] == "و" and (j in sv.named_tokens or j in sv.joined_names) and \
            sv.entity_of.get(j) != sv.entity_of[ph.i]:
        end = sv.name_end(j)
        if end >= sv.size or end not in sv.named_tokens:  # (the joined name whole)
            j = end
    return Phrase(ph.i, j, ph.cut, ph.counted) if j > ph.j else ph


def _aim_pronoun(sv: SentenceView, k: int, forms: frozenset) -> str:
    """Token k is a verb of aiming (``_aim_forms``) with an object pronoun (استهدفتهما, طالته): the pronoun, else ""."""
    w = sv.norms[k]
    raw = sv.toks[k].text
    for suf in _OBJECT_PRONOUNS:
        if raw.endswith(suf) and w[:-len(suf)] in forms:
            return suf
    return ""


def _aimed_antecedent(sv: SentenceView, i: int, suf: str) -> Optional[Phrase]:
    """"لا يزال مطارا دمشق وحلب خارج الخدمة جراء ضربات إسرائيلية متزامنة استهدفتهما": the clause describing the
    act noun aims it at a pronoun; what was hit is the phrase before the act the pronoun points back to (a dual for
    هما, with the two names a dual head in construct takes; else SentenceView.agreeing_antecedent)."""
    if suf != "هما":
        ante = sv.agreeing_antecedent(i + 1, suf)
        return ante if ante is not None and _definite_phrase(sv, ante) and not _names_actor(sv, ante) else None
    for m in range(i - 1, max(0, i - 30) - 1, -1):
        if not sv.content(m) or m in sv.trigger_tokens or sv.prepositional(m) or \
                m >= 1 and sv.words[m - 1] in _PREPOSITIONS:
            continue
        w = sv.words[m]
        construct = w.endswith(("ا", "ي")) and not _definite(w) and len(w) >= 4 and m + 1 < i and \
            (m + 1 in sv.named_tokens or _definite(sv.norms[m + 1]))
        if not (construct or w.endswith(("تان", "تين")) and len(w) >= 6):
            continue
        ph = sv.np_right(m, i)
        if ph is None or ph.i != m:
            return None
        j = ph.j
        if construct and j == m + 2 and j < i and sv.norms[j][:1] == "و" and \
                (j in sv.named_tokens or j in sv.joined_names or _definite(sv.norms[j][1:])):
            j += 1  # (the dual's second genitive: "مطارا دمشق وحلب", "وزارتا الدفاع والداخلية")
        return Phrase(ph.i, j)
    return None


def _two_parties(sv: SentenceView, ph: Phrase) -> tuple[Phrase, Optional[Phrase]]:
    """In: the source phrase of a two-sided act (roles.tsv "two_sided": an agreement, talks) with no target. Out:
    (first party, second party) when the phrase is two parties joined by one و, each opening with an actor ("اتّفقت
    إيران والسعودية على", "كثّف لبنان وسورية مشاوراتهما"): one side is the source and the other the target, as
    "بين X وY" reads (so the training split); (phrase, None) otherwise — one party, or a list of more."""
    joints = [k for k in range(ph.i + 1, ph.j) if sv.conj_at(k)]
    if len(joints) != 1:
        return ph, None
    k = joints[0]
    first, second = Phrase(ph.i, k, ph.cut, ph.counted), Phrase(k, ph.j, sv.conj_cut(k))
    if not (_names_actor(sv, first) and _opens_party(sv, k)):
        return ph, None
    return first, second


def _opens_party(sv: SentenceView, k: int) -> bool:
    """Token k, a word in و, opens an actor: a name, an actor head (والجيش, وقوات), a title (ووزير)."""
    b = _bare(sv.norms[k][1:])
    return k in sv.agent_tokens or k in sv.named_tokens or k in sv.joined_names or sv.actor_head(k) or \
        b in sv.heads or sv.title(k)


def _on_trigger(sv: SentenceView, e: int, k: int) -> bool:
    """Token k opens a relative clause on the trigger that ends at e: right after it, or after a relative
    pronoun right after it, past the trigger's adjectives ("العملية العسكرية التي أطلقتها", "قذائف هاون أطلقها")."""
    m = e
    while m < k and _nisba_like(sv.words[m]):
        m += 1
    return m == k or (m == k - 1 and sv.words[m] in sv.relatives)


def _weapon_of(sv: SentenceView, typ: str, k: int, cend: int, glued: int) -> Optional[Phrase]:
    """"غارة لطائرات التحالف", "قصف من طائرات النظام السوري": a weapon of the type (roles.tsv weapon_nouns: the
    aircraft, the artillery) with its owner as genitive (definite or a name) after an event noun is its doer, as
    the ل-genitive of an actor is; ``glued`` is 1 when ل is written on the weapon. None otherwise (a weapon
    alone, "قصف من طائرة", names no one)."""
    if k + 1 >= cend or sv.bares[k][glued:] not in role_set(typ, "weapon_nouns") or \
            not (_definite(sv.norms[k + 1]) or k + 1 in sv.named_tokens) or _nisba_like(sv.words[k + 1]):
        return None
    ph = sv.np_right(k + 1, cend)
    if ph is None or ph.i != k + 1:
        return None
    cut = len(sv.toks[k].text) - len(sv.toks[k].text.lstrip("وف")) + glued if glued else 0
    return Phrase(k, ph.j, cut)


def _with_count(sv: SentenceView, ph: Optional[Phrase]) -> Optional[Phrase]:
    """"قطعت أربع دول عربية علاقاتها", "شنت ثلاث طائرات مسيرة هجوما", "بإفراج الحوثيين عن 400 أسير": an exact
    number before a counted source or target (digits or a number word) is part of who did it or to whom (np_right
    skipped it to find the head; the training split's gold keeps it in 37 targets, out in 3), also when the phrase was
    read by another way than np_right (round 120: "صنفت أربع دول عربية، قطعت علاقاتها": the subject before the verb).
    A vague count or a quantifier (آلاف المتظاهرين, عدد من, معظم المسلحين) heads the phrase too (round 120,
    _with_quantifier; earlier rounds left it outside); a number before a definite noun counts nothing (عام 2019
    السلطات السعودية); nor over a conjunction glued to the number. Applied to every source and target find_roles
    returns.
    The partitive أحد / إحدى ("one of", roles.tsv partitive_counts) is an exact count too and heads its phrase,
    before a definite noun as well ("أسقطت أحد صاروخين", "قتل أحد المتعاقدين الأمريكيين": the training gold keeps
    it in all four of its targets); and a number word before the number makes one compound number with it ("أحد
    عشر مدنياً", "ثلاثة عشر")."""
    if ph is None or ph.i < 1:
        return ph
    q = _with_quantifier(sv, ph)
    if q is not ph:
        return q
    m = ph.i - 1
    w = sv.words[m]
    if w == sv.norms[m] and w in role_set("ALL", "partitive_counts") and (ph.counted or _definite(sv.norms[ph.i])) \
            and not (ph.j == ph.i + 1 and sv.toks[ph.i].text.endswith(_OWNER_SUFFIXES)):
        # (not before a noun with its owner's pronoun alone, "أحد مقاتليه": the pronoun is read back to its owner)
        return Phrase(m, ph.j, 0, True)
    if _definite(sv.norms[ph.i]):
        return ph
    if w != sv.norms[m] or w in sv.quant or _bare(w) in word_set("events/count_scales.txt") or \
            not (sv.norms[m].isdigit() or w in sv.numbers):
        return ph
    while m >= 1 and sv.words[m - 1] == sv.norms[m - 1] and sv.words[m - 1] in sv.numbers and \
            not sv.breaks[m - 1] and m - 1 not in sv.trigger_tokens:
        m -= 1  # (أحد عشر, ثلاثة عشر: one number in two words)
    return Phrase(m, ph.j, 0, ph.counted)


@lru_cache(maxsize=None)
def _counterpart_stems() -> tuple[str, ...]:
    """closed_classes.tsv counterparts (نظير, نظراء) as the stems a pronoun is glued to (نظيرة: نظير + ته; نظراء:
    نظراي + ه)."""
    out = set()
    for c in closed_class("counterparts"):
        base = c[:-1] if c.endswith("ه") else c
        out.update((c, base, base[:-1] + "ي" if base.endswith("ء") else base))
    return tuple(sorted(out, key=len, reverse=True))


_PRONOUN_TAILS = ("", "ه", "ها", "هم", "هما", "ته", "تها", "تهم", "يه", "يها", "يهم")


def _counterpart(n: str) -> bool:
    """The normalised token is a counterpart noun (نظيره, بنظيره, ونظيرته, نظرائه: closed_classes.tsv
    counterparts), with its conjunction, a glued ب or ل, and its pronoun."""
    w = strip_conj(n)
    for x in (w, w[1:] if w[:1] in ("ب", "ل") else None):
        if x and any(x.startswith(c) and x[len(c):] in _PRONOUN_TAILS for c in _counterpart_stems()):
            return True
    return False


def _homeland(n: str) -> bool:
    """The normalised token is a noun of one's country with a pronoun (بلاده, دولتها, لبلادهم: closed_classes.tsv
    homelands), with its conjunction and a glued ب or ل."""
    w = strip_conj(n)
    for x in (w, w[1:] if w[:1] in ("ب", "ل") else None):
        for c in _homeland_stems():
            if x and x.startswith(c) and x[len(c):] in ("ه", "ها", "هم", "هما"):
                return True
    return False


@lru_cache(maxsize=None)
def _homeland_stems() -> tuple[str, ...]:
    """closed_classes.tsv homelands as the stems a pronoun is glued to (دولة: دولت + ه)."""
    return tuple(c[:-1] + "ت" if c.endswith("ة") else c for c in closed_class("homelands"))


def _counterpart_name(sv: SentenceView, ph: Optional[Phrase]) -> Optional[Phrase]:
    """"مع نظيره الروسي فلاديمير بوتين", "مع نظيره السعودي، مساعد العيبان،": a party headed by a counterpart noun
    (nationality adjectives after it, a comma may set the name off) is the person named right after it (GUIDELINES:
    a title without the name is a cut span); the phrase as it is when no name follows."""
    if ph is None or not _counterpart(sv.norms[ph.i]):
        return ph
    k = ph.i + 1
    while k < min(sv.size, ph.i + 4) and sv.content(k) and k not in sv.person_tokens and \
            (_nisba_like(sv.words[k]) or sv.nationality(k)):
        k += 1
    if k < sv.size and sv.toks[k].text in ("،", ","):
        k += 1
    if k >= sv.size or k not in sv.person_tokens:
        return ph
    ent, m = sv.entity_of.get(k), k
    while m < sv.size and m in sv.person_tokens and sv.entity_of.get(m) == ent:
        m += 1
    return Phrase(k, m)


def _apposed_name(sv: SentenceView, ph: Optional[Phrase]) -> Optional[Phrase]:
    """"أجرى أمين المجلس الأعلى للأمن القومي الإيراني، علي شمخاني، محادثات": a source headed by a title and
    followed by a person's name set off by commas names that person; the name is the source (GUIDELINES: a title
    without the name is a cut span)."""
    if ph is None:
        return ph
    j = ph.j
    while 0 < j < sv.size and j - 1 in sv.entity_of and sv.entity_of.get(j) == sv.entity_of[j - 1]:
        j += 1  # (the phrase cut inside a name, "أمين المجلس الأعلى للأمن القومي الإيراني، علي شمخاني،": to its end)
    if j + 2 >= sv.size or sv.toks[j].text not in ("،", ",") or j + 1 not in sv.person_tokens or not sv.title(ph.i):
        return ph
    k = j + 1
    ent = sv.entity_of.get(k)
    while k < sv.size and k in sv.person_tokens and sv.entity_of.get(k) == ent:
        k += 1
    return Phrase(j + 1, k) if k < sv.size and sv.toks[k].text in ("،", ",") else ph


def _resumed_speaker(sv: SentenceView, before: int, v: int, fact: bool = False) -> Optional[Phrase]:
    """"وقالت وزارة الدفاع التركية إنها قصفت 181 هدفا": the pronoun after a verb of saying (roles.tsv say_verbs)
    stands for the sayer, the subject right after the verb (past a time or "في بيان"), when it agrees with the
    pronoun (إنه not for وزارة, إنها not for a person's title); None when no verb of saying stands within a few
    words before the pronoun in its clause. ``fact``: the pronoun is the pronoun of the fact before an impersonal
    passive ("قال الجيش إنه جرى تحييد"), which agrees with no one: the sayer is read without agreement. A noun
    of claiming or stating (roles.tsv claiming_nouns) whose owner ends right before the pronoun names the sayer
    too ("وبحسب مزاعم إيران أنها استهدفت"), a party only (_claiming_party)."""
    say = role_cues("ALL", "say_verbs")
    for m in range(before - 1, max(0, before - 10) - 1, -1):
        if sv.breaks[m] and sv.toks[m].text not in ("،", ","):
            return None
        if m in sv.trigger_tokens or sv.words[m] in _THAT:
            return None
        if _bare(strip_conj(sv.words[m])) in role_set("ALL", "claiming_nouns") and m + 1 < before:
            # "وبحسب مزاعم إيران أنها استهدفت", "وذكر بيان للجيش التركي أنه تم تحييد": a noun of claiming or
            # stating whose owner (its genitive, or ل with it) ends right before the pronoun: the owner is the
            # sayer when a party that can do the act (_claiming_party: no observer, no medium)
            ph = sv.lam_object(m + 1) if strip_conj(sv.norms[m + 1])[:1] == "ل" else \
                sv.np_right(m + 1, before) if _definite(sv.norms[m + 1]) or m + 1 in sv.named_tokens else None
            if ph is not None and ph.j == before and ph.i not in sv.trigger_tokens and _claiming_party(sv, ph):
                return ph
            continue  # (no owner: "قال الجيش في بيان إنه", the verb of saying before it)
        if sv.words[m] not in say:
            continue
        a = sv.past_adverbials(m + 1, before)
        ph = sv.np_right(a, before) if a < before and sv.content(a) and not sv.prepositional(a) else None
        if ph is None or ph.i != a:
            return None
        w = sv.words[ph.i]
        if w in sv.quant or ph.counted or any(w.endswith(p) and w[:-len(p)] in sv.quant for p in ("ها", "هم", "ه")):
            return None  # ("وقال بعضها إنه قتل": a part of those named before)
        if fact:
            return ph
        feminine = strip_conj(sv.norms[before]).endswith("ها")
        if feminine and (sv.title(ph.i) or ph.i in sv.person_tokens):
            return None  # (a spokesman says "she": the body he speaks for)
        if not feminine and ph.i not in sv.named_tokens and (_feminine_singular(sv.bares[ph.i]) or
                                                             sv.norms[ph.i].endswith(("ان", "ون", "ين"))):
            return None  # (nor "he" for a ministry, or for two officials)
        verb = _agreement(strip_conj(sv.norms[v]))
        if verb and verb != "p" and verb != ("f" if feminine else "m"):
            return None  # ('إنه "لم تستهدف منشآت"': the pronoun of the fact, not the doer)
        return ph
    return None


def _spokesman_body(sv: SentenceView, ph: Phrase, limit: int) -> Phrase:
    """``ph`` headed by a spokesman noun (roles.tsv spokesman_heads: المتحدث العسكري, الناطق) and followed (or
    ended) by باسم or a ل glued to an actor: that actor, the body he speaks for; else ``ph``. ``limit``: the token
    the body ends before at the latest."""
    if _bare(sv.words[ph.i]) not in role_set("ALL", "spokesman_heads"):
        return ph
    for k in range(ph.i + 1, min(limit, ph.i + 4)):
        if not sv.content(k) or k in sv.trigger_tokens:
            return ph
        body = None
        if sv.norms[k] in _ON_BEHALF and k + 1 < limit:
            body = sv.np_right(k + 1, limit)
            body = body if body is not None and body.i == k + 1 else None
        elif strip_conj(sv.norms[k])[:1] == "ل" and len(strip_conj(sv.norms[k])) > 3:
            body = sv.lam_object(k)
            if body is None:
                # ("للحوثيين": a plural of a group's name the entities component did not find; the word itself)
                w = strip_conj(sv.norms[k])
                raw = sv.toks[k].text
                cut = raw.index(raw.lstrip("وف")[0]) if w != sv.norms[k] else 0
                body = Phrase(k, k + 1, cut + preposition_cut("ل", w[1:]))
            media = role_cues("ALL", "media_heads")
            # (not whom he speaks to: "المتحدث العسكري لوكالة الأنباء")
            return body if body.j <= limit and _bare(strip_conj(sv.norms[k])[1:]) not in media else ph
        if body is not None:
            return body if body.j <= limit and _names_actor(sv, body) else ph
    return ph


def _that_speaker(sv: SentenceView, t: int, suf: str) -> Optional[Phrase]:
    """The sayer of the that-clause opened by the bare أن/إن on token t, as the owner of a possessive pronoun ``suf``
    on the noun right after it ("أعلنت ألوية العمالقة أن قواتها", "قال ناطق عسكري باسم الحوثيين، … إن قواتهم",
    "مضيفا أن بلاده"): the subject of the verb of saying before it (after it, _resumed_speaker; before it, a topic
    set off by a comma; a participle's, its clause's subject), or the body a spokesman speaks for (after باسم);
    None when none is read or the pronoun does not agree with it (ه not for a feminine or plural noun, ها not for a
    person, هم only for a plural)."""
    ph = _resumed_speaker(sv, t, t, fact=True)
    if ph is None:
        m = t - 1
        if m >= 1 and sv.norms[m] in ("الى", "إلى"):
            m -= 1  # ("مشيرا إلى أن")
        while m >= 1 and (sv.toks[m].text in ("،", ",") or sv.is_time(m) or sv.words[m] in sv.skip):
            m -= 1  # (past a time set off by commas: "قال، الثلاثاء، إن")
        if m >= 1 and sv.words[m] in role_set("ALL", "say_participles"):
            ph = sv.participle_subject(m)
        elif m >= 1 and sv.words[m] in role_set("ALL", "say_verbs"):
            # the sayer before the verb, alone in its clause ("وكان ناطق عسكري باسم الحوثيين، قال، الثلاثاء، إن",
            # "الجيش التركي قال إن"), with the body after باسم
            c = m - 1 if sv.toks[m - 1].text in ("،", ",") else m
            k = sv.clause_start(c - 1) if c >= 1 else c
            while k < c and sv.words[k] in sv.aux:
                k += 1
            ph = sv.np_right(k, c) if k < c and sv.content(k) and not sv.prepositional(k) else None
            if ph is not None and ph.j + 1 < c and sv.norms[ph.j] in _ON_BEHALF:
                body = sv.np_right(ph.j + 1, c)
                ph = Phrase(ph.i, body.j) if body is not None and body.i == ph.j + 1 else ph
            ph = ph if ph is not None and ph.i == k and ph.j == c else None
    return _party_sayer(sv, ph, lambda sv, p: _owner_agrees(sv, p, suf))


def _owner_agrees(sv: SentenceView, ph: Phrase, suf: str) -> bool:
    """The possessive pronoun ``suf`` agrees with the phrase ``ph`` as its owner: ه not for a feminine or plural
    noun, ها not for a person nor a plural of people, هم / هما only for such a plural."""
    b = _bare(sv.words[ph.i])
    person = sv.title(ph.i) or ph.i in sv.person_tokens
    plural = b.endswith(("ون", "ين", "ان")) and not person
    if suf == "ه" and (plural or (_feminine_singular(b) and not person) or b.endswith("ات")):
        return False
    if suf == "ها" and (person or plural):
        return False
    return suf not in ("هم", "هما") or plural


def _conjoined_owner(sv: SentenceView, i: int, e: int, need_object: bool = True) -> Optional[Phrase]:
    """Token i is و with a verbal noun and a possessive pronoun ("انسحاب واشنطن من الاتفاق النووي مع طهران العام
    الماضي، وفرضها عقوبات", "جرائم مليشيا الحوثي الإرهابية وقصفها المناطق المدنية"), with the act's object after
    it (the trigger's own later words [i, e), or a noun phrase right after it): the actor named as the genitive of
    the nearest noun before it in its clause that has an actor as its genitive (the first conjunct: not a name,
    an actor head or a place, not definite), when the pronoun agrees with it — the pronoun stands for that
    genitive, not for the nearest actor before it; None otherwise (no و, no object after it: "تمويل الإرهاب
    ودعمه", "مغادرة الرافضين … ونقلهم إلى", where the pronoun may be what is acted on). ``need_object`` False:
    a trigger read as a noun already, whose pronoun the caller takes as its doer ("بعد ظهور تنظيم داعش الإرهابي
    عام 2014 وسيطرته على المدينة"), needs no object after it."""
    if not sv.conj_at(i):
        return None
    raw, suf = _written_pronoun(sv, i)
    if suf is None or len(raw) - len(suf) - 1 < 3:
        return None
    if need_object and e == i + 1 and not (e < sv.size and sv.content(e) and not sv.prepositional(e) and
                                           not sv.conj_at(e) and sv.words[e] not in _PREPOSITIONS and not sv.is_time(e)):
        return None
    for m in range(i - 1, max(-1, i - 20), -1):
        if (sv.breaks[m] and sv.toks[m].text not in ("،", ",")) or sv.words[m] in _THAT or \
                sv.words[m] in sv.relatives or (m in sv.trigger_tokens and m not in sv.event_nouns):
            return None  # (another clause: a verb, a relative, a that-clause between)
        w = sv.words[m]
        if sv.is_punct(m) or w in sv.fn or len(w) < 3 or sv.is_time(m) or _definite(w) or m in sv.named_tokens or \
                w in sv.heads or _site(sv.bares[m]) or m + 1 >= i:
            continue  # (the noun may be a trigger itself, انسحاب)
        g = sv.words[m + 1]
        if not (sv.content(m + 1) and not sv.prepositional(m + 1) and
                (g in sv.heads or (_definite(g) and g[2:] in sv.heads) or m + 1 in sv.named_tokens)):
            continue
        ph = sv.np_right(m + 1, i)
        if ph is None or ph.i != m + 1:
            continue
        return ph if _owner_agrees(sv, ph, suf) else None
    return None


@lru_cache(maxsize=1)
def _claimant_words() -> tuple[frozenset, frozenset]:
    """(heads, dictionary sectors) of a party that does the acts it announces (claimant_heads.txt,
    claimant_sectors.txt)."""
    return word_set("events/claimant_heads.txt"), frozenset(x.strip() for x in lines("events/claimant_sectors.txt"))


def _claiming_party(sv: SentenceView, ph: Phrase) -> bool:
    """The sayer ``ph`` is a party that can do the act it announces: an army, a ministry, a force, an armed group,
    a government, a commander, a minister, a state (the dictionary's place kind "country", not a city), by the
    actor dictionary's sector of its name or, for a name the dictionary lacks or a common noun, by its head (claimant_heads.txt); an observer or a medium (المرصد السوري, وكالة, قناة,
    مصادر, مراسل) is not."""
    heads, sectors = _claimant_words()
    names = [sv.text[sv.toks[ph.i].start:sv.toks[ph.j - 1].end]]
    named = [k for k in range(ph.i, ph.j) if k in sv.named_tokens]
    if named:
        ent = sv.entity_of.get(named[0])
        k = named[0]
        while k < ph.j and sv.entity_of.get(k) == ent:
            k += 1
        names.append(sv.text[sv.toks[named[0]].start:sv.toks[k - 1].end])
    for name in names:
        for typ in ("ORG", "PER", "LOC"):
            hit = actor_dictionary.lookup(name, typ)
            if hit is not None:
                # (a place only as a state: "قالت السعودية إنه تم", the kind "country" of claimant_sectors.txt)
                return hit.type in ("ORG", "LOC") and hit.kind in sectors or \
                    hit.type == "PER" and _claim_head(sv, ph) in heads
    return _claim_head(sv, ph) in heads


def _claim_head(sv: SentenceView, ph: Phrase) -> str:
    """The head of the sayer's phrase without its article or a glued ل (الجيش, للقوات, لوزارة → جيش, قوات, وزارة)."""
    w = sv.words[ph.i]
    return _bare(w[1:] if ph.cut and w[:2] != "لل" and w[:1] == "ل" else w)


_STRIKER_KINDS = ("military", "security", "country")  # (claimant_sectors.txt less ministries, governments, groups)


def _striking_party(sv: SentenceView, ph: Phrase) -> bool:
    """The sayer ``ph`` is a state or its armed forces (the actor dictionary's sector military or security, the
    place kind country; a name it lacks or a common noun by a head of striker_heads.txt): not a ministry or a
    government (of health as well as of defence), nor an armed group, which as often tell of strikes on them."""
    names = [sv.text[sv.toks[ph.i].start:sv.toks[ph.j - 1].end]]
    named = [k for k in range(ph.i, ph.j) if k in sv.named_tokens]
    if named and named[0] == ph.i:
        ent = sv.entity_of.get(ph.i)
        k = ph.i
        while k < ph.j and sv.entity_of.get(k) == ent:
            k += 1
        names.append(sv.text[sv.toks[ph.i].start:sv.toks[k - 1].end])
    for name in names:
        for typ in ("ORG", "LOC"):
            hit = actor_dictionary.lookup(name, typ)
            if hit is not None:
                return hit.kind in _STRIKER_KINDS
    return ph.i not in sv.named_tokens and _claim_head(sv, ph) in word_set("events/striker_heads.txt")


def _own_strike_teller(sv: SentenceView, typ: str, i: int, e: int, pos: str,
                       target: Optional[Phrase]) -> Optional[Phrase]:
    """"وقالت إسرائيل يوم الجمعة إن الغارة استهدفت رئيس أركان الجماعة", "وذكرت القيادة الوسطى الأميركية أن
    الضربات استهدفت 13 موقعًا للحوثيين": a definite noun of the act (the trigger, or the subject right before a
    verb trigger) opening the clause of a bare أن/إن after a verb of saying, with no doer of its own (the verb right
    after it: no nisba, no genitive) and a verb of aiming whose subject may be the act (roles.tsv act_subject_verbs:
    استهدف, طال) has the sayer as its doer when the sayer is a state or its armed forces
    (_striking_party) and the act's object is none of its own (no word of the sayer's name in it, no pronoun of
    its own: "قال متحدث باسم التحالف إن الهجوم أصاب قوات التحالف")."""
    forms = _aim_forms(typ)
    if pos == "n":
        n = i
        if e - i != 1 or e >= sv.size or sv.norms[e] not in forms:
            return None
    else:
        n = i - 1
        if e - i != 1 or sv.norms[i] not in forms or not (n in sv.event_nouns or sv.non_agent(n)):
            return None
    if not _definite(strip_conj(sv.norms[n])) or strip_conj(sv.norms[n]) != sv.norms[n]:
        return None
    t = n - 1
    while t >= 1 and sv.is_quote(t):
        t -= 1
    if t < 2 or sv.words[t] not in _THAT:
        return None
    ph = _party_sayer(sv, _resumed_speaker(sv, t, n, fact=True), _striking_party)
    if ph is None:
        return None
    if target is not None:
        own = {sv.bares[k] for k in range(ph.i, ph.j) if sv.content(k)}
        if any(sv.bares[k] in own or strip_conj(sv.norms[k]).endswith(("ها", "هم", "نا"))
               for k in range(target.i, target.j) if sv.content(k)):
            return None
    return ph


def _statement_owner(sv: SentenceView, before: int) -> Optional[Phrase]:
    """'جاء في بيانات منفصلة للقوات المشاركة في عملية "غصن الزيتون" أنه تمت السيطرة': the body whose statement
    (roles.tsv statement_nouns, after في) tells what follows "أنه": the ل-phrase after the statement noun (past
    one adjective), within a few words before the pronoun and no act between."""
    nouns = role_set("ALL", "statement_nouns")
    for m in range(before - 1, max(1, before - 16) - 1, -1):
        if (sv.breaks[m] and sv.toks[m].text not in ("،", ",")) or m in sv.trigger_tokens or sv.words[m] in _THAT:
            return None
        if _bare(sv.words[m]) not in nouns or sv.norms[m - 1] != "في":
            continue
        for k in (m + 1, m + 2):
            if k < before and sv.norms[k][:1] == "ل":
                ph = sv.lam_object(k)
                return ph if ph is not None and ph.j <= before else None
        return None
    return None


def _spoken_for(sv: SentenceView, ph: Phrase) -> Phrase:
    """"المتحدث باسم الجيش التركي": a speaker phrase holding باسم (closed_classes.tsv on_behalf) stands for the body
    named after it, the party that acts; else the phrase itself."""
    body = next((k + 1 for k in range(ph.i + 1, ph.j - 1) if sv.norms[k] in _ON_BEHALF), None)
    return Phrase(body, ph.j) if body is not None else ph


def _deal_teller(sv: SentenceView, i: int) -> Optional[Phrase]:
    """The sayer (a party: _claiming_party) of the verb of saying whose that-clause (أن/إن) holds the noun on token i,
    the that-word within a few words before it in its sentence (no other trigger between), else None."""
    for t in range(i - 1, max(0, i - 12) - 1, -1):
        if t in sv.trigger_tokens or (sv.breaks[t] and sv.toks[t].text not in ("،", ",")):
            return None
        if sv.words[t] in _THAT:
            return _party_sayer(sv, _resumed_speaker(sv, t, i, fact=True), _claiming_party)
    return None


def _claimant(sv: SentenceView, i: int) -> Optional[Phrase]:
    """"قال الجيش التركي إنه جرى تحييد 35 مقاتلا", "أعلنت وزارة الدفاع أنه تم تدمير": an act told with an
    impersonal passive (a passive auxiliary, roles.tsv passive_aux, right before token i or its quotation mark)
    in the clause that a verb of saying opens with "أنه/إنه" is done by the sayer when the sayer is a party that
    can do it (the announcer of its own act), not an observer or a medium."""
    a = i - 2 if i >= 2 and sv.is_quote(i - 1) else i - 1  # (past a quotation mark: 'إنه جرى "تحييد" 34 مقاتلا')
    r = a - 2 if a >= 3 and sv.is_quote(a - 1) else a - 1  # (or before the auxiliary: 'أنه “تم استهداف مقر')
    if r < 1 or sv.norms[a] not in role_set("ALL", "passive_aux") or \
            sv.words[r] not in role_set("ALL", "resumptive") or strip_conj(sv.norms[r]).endswith("هم"):
        return None
    if any(strip_conj(sv.norms[k]).endswith(("ها", "هم", "هما", "نا")) for k in range(i, min(i + 2, sv.size))):
        return None  # ("قالت القوات الكردية إنه تم استهداف مقرها": its own site, the sayer suffered the act)
    return _party_sayer(sv, _resumed_speaker(sv, r, i, fact=True) or _statement_owner(sv, r), _claiming_party)


def _party_sayer(sv: SentenceView, ph: Optional[Phrase], party) -> Optional[Phrase]:
    """The sayer ``ph`` read for a that-clause (_resumed_speaker, …) as the party the clause is about: the body a
    spokesman speaks for ("قال المتحدث باسم الجيش التركي إنه تم تحييد": the army, _spoken_for) when ``party`` accepts
    it (_claiming_party, _striking_party: it can have done the act it tells; _owner_agrees: a pronoun agrees with
    it); None for no sayer, a sayer that is itself a trigger, or one ``party`` refuses."""
    if ph is None or ph.i in sv.trigger_tokens:
        return None
    ph = _spoken_for(sv, ph)
    return ph if party(sv, ph) else None


def _meeting_owners(sv: SentenceView, e: int, cend: int) -> Optional[Phrase]:
    """"القمة الـ41 لمجلس التعاون لدول الخليج العربى", "اجتماعين لوزراء خارجية جامعة الدول العربية", "اجتماع
    لقياديين من قسد": a meeting noun (roles.tsv lam_participants; the noun ending at e) names who hold it in the
    ل-genitive after it, past its adjectives, an ordinal and quote marks (العربية “الطارئة”, الـ41, الدوري). The
    genitive must open with an actor (a name, an actor head, a title, a plural of people): not a purpose
    ("اجتماع لبحث الأوضاع", "القمة لدعم الحكومة" — a verbal noun, no actor) nor a place (a visit's destination,
    زيارة لطهران, is no meeting noun of the row)."""
    k = e
    while k < min(cend, e + 4) and k not in sv.named_tokens and k not in sv.trigger_tokens and \
            (sv.is_quote(k) or sv.norms[k][2:].isdigit() or
             (sv.content(k) and sv.norms[k][:1] != "ل" and
              (_nisba_like(sv.words[k]) or sv.words[k] in sv.adjectives))):
        k += 1
    if k >= cend or k in sv.trigger_tokens:
        return None
    ph = sv.lam_object(k)
    if ph is None:
        return None
    body = _bare(strip_conj(sv.norms[k])[1:])  # (لوزراء → وزراء, للقادة → قاده: the head past its ل)
    people = body.endswith(("ين", "ون")) and (body[:-2] in sv.heads or body[:-1] in sv.heads)  # (لقياديين)
    named = any(x in sv.agent_tokens or x in sv.named_tokens for x in range(ph.i, min(ph.j, ph.i + 2)))
    return ph if named or body in sv.heads or sv.title(k) or people else None


def _leaving_party(sv: SentenceView, typ: str, i: int) -> Optional[Phrase]:
    """"منذ انسحاب واشنطن من الاتفاق النووي مع طهران", "أن الولايات المتحدة قررت الانسحاب من الاتفاق النووي مع
    إيران": who withdraws from an agreement (the noun on token i, right after من) was a party of it. The word of
    leaving (roles.tsv leaving_forms: انسحاب, الانسحاب, انسحبت …) stands before من, right before it or before its
    genitive; the withdrawer is the doer read for it as an act of withdrawal (its genitive, the subject of its
    verb or of the verb governing it), else its genitive phrase as written."""
    nouns, verbs = role_set(typ, "leaving_forms"), role_set(typ, "leaving_verb_forms")
    for w in range(i - 2, max(-1, i - 6), -1):
        if sv.breaks[w] or w in sv.named_tokens:
            continue
        word = strip_conj(sv.norms[w])
        if word not in nouns and word not in verbs and sv.norms[w] not in nouns and sv.norms[w] not in verbs:
            continue
        genitive = sv.np_right(w + 1, i - 1) if w + 1 < i - 1 else None
        if w + 1 < i - 1 and (genitive is None or genitive.i != w + 1 or genitive.j != i - 1):
            return None  # (only the genitive stands between the word of leaving and من)
        pos = "v" if word in verbs or sv.norms[w] in verbs else "n"
        doer = _clause_roles(sv, "RETREAT", w, w + 1, pos, None, False, "")[0]
        return doer if doer is not None and doer.i != i else genitive
    return None


def _governed(sv: SentenceView, k: int, floor: int) -> bool:
    """The definite phrase starting at token k is a preposition's object (ضد قاعدة الشعيرات, من خارج العراق, على
    المدينة): the preposition right before it, or before a word of location (roles.tsv locatives) before it. An
    indefinite phrase is not: a verb after it is an adjective clause on it, of which it is the subject ("ناجمة عن
    رشقة صاروخية استهدفت الجيش")."""
    if k - 1 < floor or not (_definite(sv.norms[k]) or k in sv.named_tokens):
        return False
    m = k - 1
    if sv.norms[m] in role_set("ALL", "locatives") and m - 1 >= floor:
        m -= 1
        return sv.norms[m] in _PREPOSITIONS
    return sv.norms[m] in _PREPOSITIONS and sv.norms[m] not in closed_class("fronting_preps_excluded")


def _conjunct_at(sv: SentenceView, k: int) -> bool:
    """Token k may open with a conjunction (ومرموقة, فالقوات): a word in و (as before: "ولي العهد" after a name is
    his apposition, no object), or ف before the article; a noun that merely begins with the letter ف (فصيلا,
    فصائل, فيلق, فرنسا) is no conjunct (strip_conj takes any first ف off)."""
    w = sv.norms[k]
    return w[:1] == "و" or w.startswith("فال")


_WITH = ("مع",)


def _with_party(sv: SentenceView, e: int, cend: int) -> Optional[Phrase]:
    """(round 127) The other party of a two-sided act named by its noun (ending at e): the actor after the مع that
    complements the noun itself — right after it ("انتهاء الهدنة مع السلطات التركية"), past its adjectives
    ("مفاوضات طويلة وشاقة مع", "«اتفاق شامل» لوقف إطلاق النار مع": a quoted noun's closing mark too), past its
    doer's genitive, an actor ("لقاءات أمير البلاد الشيخ صباح الأحمد الجابر الصباح مع الأطراف اليمنية"), and
    past a time, bare or set off by commas ("المفاوضات، اليوم الثلاثاء، مع"). Not the مع of a later noun: a
    preposition, a verb or another noun between them stops the search ("انسحاب واشنطن من الاتفاق النووي مع طهران"
    is the agreement's); nor a مع that names no actor ("مع بعض الإشكاليات", "مع حلول العام"). None otherwise."""
    acts = role_set("ALL", "act_adjectives")
    k, stop = e, min(cend, e + 4)
    while k < stop and (sv.is_quote(k) or (sv.content(k) and not sv.prepositional(k) and k not in sv.named_tokens and
                                           k not in sv.trigger_tokens and
                                           (_nisba_like(sv.words[k]) or sv.words[k] in sv.adjectives or
                                            sv.words[k] in acts or
                                            (sv.conj_at(k) and strip_conj(sv.words[k]) in acts)))):
        k += 1
    if k < cend and sv.norms[k] != "مع" and sv.content(k) and not sv.prepositional(k) and \
            k not in sv.trigger_tokens and (k in sv.agent_tokens or k in sv.named_tokens or sv.actor_head(k) or
                                            sv.title(k)):
        owner = sv.np_right(k, cend)  # (the doer's genitive: an actor, a name, a title)
        if owner is None or owner.i != k or not _names_actor(sv, owner):
            return None
        k = owner.j
        while k < cend and sv.is_quote(k):
            k += 1
    if k < sv.size and sv.toks[k].text in ("،", ",") and sv.past_parenthetical(k) is not None:
        k = sv.past_parenthetical(k)  # (a time set off by commas ends no clause)
        cend = sv.clause_end(k)
    k = sv.past_adverbials(k, cend)
    if k + 1 >= cend or sv.norms[k] != "مع":
        return None
    ph = sv.cue_at(k, _WITH)
    if ph is None or ph.i != k + 1:
        return None  # (a party: an actor, or a plural of parties, "الأطراف اليمنية")
    return ph if _names_actor(sv, ph) or sv.bares[ph.i] in word_set("events/party_plurals.txt") else None


def _parties_where_it_took_place(sv: SentenceView, e: int) -> tuple[Optional[Phrase], Optional[Phrase]]:
    """"معارك ضارية اندلعت فجرا، بين قوات التحالف والميليشيات الحوثية", "اشتباكات وقعت في ساحة التحرير وسط بغداد
    عصر الثلاثاء بين المتظاهرين … والقوات الامنية": an act noun (ending at e) that is the subject of a verb of
    taking place right after it (past its adjectives, a comma and a relative: roles.tsv taking_place_forms) has
    its parties in the بين-phrase that verb's clause goes on to (past when and where it took place, no other act
    between): the first the source, the one after و the target, as right after the noun."""
    k = e
    while k < sv.size and (sv.words[k] in role_set("ALL", "act_adjectives") or
                           (sv.content(k) and _nisba_like(sv.words[k]) and k not in sv.named_tokens)):
        k += 1
    if k < sv.size and sv.toks[k].text in ("،", ","):
        k += 1
    if k < sv.size and sv.words[k] in sv.relatives:
        k += 1
    forms = role_set("ALL", "taking_place_forms")
    if k >= sv.size or (strip_conj(sv.norms[k]) not in forms and sv.norms[k] not in forms):
        return None, None  # (وقعت: its و is a root letter, not a conjunction strip_conj may take off)
    for x in range(k + 1, min(sv.size, k + 14)):
        if x in sv.trigger_tokens or (sv.breaks[x] and sv.toks[x].text not in _ASIDE_MARKS):
            break
        if sv.norms[x] in ("بين", "وبين"):
            first, second = sv.pair_after(x + 1, sv.clause_end(x + 1))
            if first is not None and (_actor_phrase(sv, first) or first.i in sv.actor_types):
                return first, second  # (an actor noun too: بين المتظاهرين … والقوات الامنية)
            break
    return None, None


def _cue_past_aside(sv: SentenceView, start: int, cues: tuple[str, ...], typ: str) -> Optional[Phrase]:
    """"فصائل الجيش الحر سيطرت فجر اليوم، على بلدتي دانا", "سيطرت هيئة "تحرير الشام" الثلاثاء، على قرى", 'سيطر "الجيش
    الحر" , المدعوم من قبل تركيا على مدينة الباب', "سيطرت قوات عسكرية تركية بالتعاون مع الجيش السوري الحر على 4
    قرى": start is the token right after a verb's subject (or after the verb, its subject before it); past a time
    closed by a comma, an aside opened by one and closed by nothing but the cue (a participle that ties the subject
    to another actor: المدعوم من قبل تركيا), or an adverbial of manner with its partner after مع (بالتعاون مع X),
    a cue word there still names the target (the training split: "4 قرى" after بالتعاون مع). None when nothing is
    passed, or no cue stands after what is passed."""
    k = start
    for _ in range(3):
        k0 = k
        k = sv.past_adverbials(k, sv.size)
        if k < sv.size and sv.toks[k].text in (",", "،"):
            k = sv.past_adverbials(k + 1, sv.size)
        while k < sv.size and sv.is_quote(k):
            k += 1
        if k + 2 < sv.size and _bare(sv.words[k]) in sv.linking and not sv.breaks[k]:
            # (the participle, its preposition or من قبل, and the actor after it)
            a = k + 1
            if sv.norms[a] in ("من", "مع"):
                a += 2 if a + 1 < sv.size and sv.norms[a + 1] == "قبل" else 1
            ph = sv.np_right(a, sv.clause_end(a)) if a < sv.size else None
            if ph is None or ph.i != a:
                return None
            k = ph.j
        elif k + 2 < sv.size and sv.norms[k][:1] == "ب" and sv.norms[k + 1] == "مع" and \
                _glued_preposition(strip_conj(sv.words[k])) == "ب":
            ph = sv.np_right(k + 2, sv.clause_end(k + 2))
            if ph is None or ph.i != k + 2:
                return None
            k = ph.j
        while k < sv.size and sv.is_quote(k):
            k += 1
        if k == k0:
            break
    if k == start or k >= sv.size or len(sv.norms[k]) <= 1 or not _cue_match(sv, k, cues):
        return None
    return _with_count(sv, sv.cue_at(k, cues))


def _dated_bracket(sv: SentenceView, k: int) -> bool:
    """Token k is a bracket of a pair that holds a date alone ("(28 تشرين الأول 2023)", "(12,30 بتوقيت غرينتش)"
    is none): the words between are times, numbers or the word after a month's name; no clause break."""
    t = sv.toks[k].text
    if t not in ("(", ")"):
        return False
    lo, hi = (k + 1, min(sv.size, k + 8)) if t == "(" else (max(0, k - 7), k)
    ks = range(lo, hi) if t == "(" else range(hi - 1, lo - 1, -1)
    other = next((m for m in ks if sv.toks[m].text == {"(": ")", ")": "("}[t]), None)
    if other is None:
        return False
    inside = range(min(k, other) + 1, max(k, other))
    return any(sv.is_time(m) for m in inside) and \
        all(sv.is_time(m) or sv.norms[m].isdigit() or sv.toks[m].text in ("/", "-") or
            (m - 1 in inside and sv.is_time(m - 1)) for m in inside)


def _announcer_before(sv: SentenceView, i: int, nouns: bool = True) -> Optional[tuple[str, int]]:
    """The verb of announcing (roles.tsv announce_verbs) whose object is the act noun on token i, scanning back
    over its subject and the asides set off by commas: ("v", its token); with ``nouns``, a verbal noun of announcing
    (announce_nouns: مع إعلان قوات سوريا الديمقراطية استعادة): ("n", its token); else None."""
    announce = role_cues("ALL", "announce_verbs")
    outcomes = role_set("ALL", "announced_outcomes")
    announce_nouns = role_set("ALL", "announce_nouns") if nouns else frozenset()
    if not sv.may_hold(announce) and announce_nouns.isdisjoint(sv.bares):
        return None  # (no word of announcing in the sentence, as in most)
    quotes = 0  # quote marks passed: an odd count puts the trigger inside a quotation
    words = 0  # words passed, not counting a time or an adverb set off by commas (، اليوم السبت ،)
    for k in range(i - 1, max(0, i - 24) - 1, -1):
        if _dated_bracket(sv, k):
            continue  # ('أعلنت "المقاومة الإسلامية" في العراق، السبت (28 تشرين الأول 2023)، استهداف قاعدة')
        quotes += sv.is_quote(k)
        # (nor a word of a name: "أعلنت كل من المملكة السعودية، ومملكة البحرين، ودولة الإمارات، … قطع";
        # nor a quotation mark: 'في تغريدة على “تويتر”،')
        words += not (sv.toks[k].text in ("،", ",") or sv.is_quote(k) or sv.is_time(k) or
                      sv.words[k] in sv.skip or
                      k in sv.named_tokens or (k >= 1 and sv.toks[k - 1].text in ("،", ",") and
                                               sv.norms[k][:1] == "و") or
                      (sv.words[k] in sv.time_preps and k + 1 < i and sv.is_time(k + 1)))
        if words > 8:
            return None
        if k in sv.trigger_tokens or sv.words[k] in _THAT or sv.bares[k] in outcomes or \
                (sv.words[k] in sv.relatives and k + 1 < i) or \
                (sv.breaks[k] and sv.toks[k].text not in ("،", ",")):
            return None  # (not into a that-clause: أعلنت مصادر أمنية أن سيارة مفخخة انفجرت; not past an
            # outcome it announces: "أعلنت وزارة الداخلية سقوط جرحى بإطلاق صواريخ"; nor out of a
            # relative clause with a verb of its own before the act: 'أعلنت هيئة ميناء جيبوتي إنقاذ طاقم
            # السفينة التي تعرضت لهجوم' — the act right after the relative is its verb, "أعلن التحالف
            # الدولي، الذي دعم عملية")
        if sv.words[k] in announce and quotes % 2 == 0:
            return "v", k
        if announce_nouns and quotes % 2 == 0 and sv.bares[k] in announce_nouns:
            return "n", k
    return None


def _thing_phrase(sv: SentenceView, ph: Phrase) -> bool:
    """The phrase is headed (past quote marks and a count) by a thing, a noun non_agents.txt lists ("محاولات إقامة
    حكم ذاتي", a masdar; "وجود مركز"), no one who acts — not a lone word no component names ("وأرسلت تركيا"), nor
    a group with its adjective ("جماعات مسلحة")."""
    x = ph.i
    while x < ph.j and (sv.is_quote(x) or sv.counting(x)):
        x += 1
    return x < ph.j and x not in sv.named_tokens and (sv.non_agent(x) or _non_agent_known(_bare(sv.norms[x])))
    # (the word whole too: وجود, whose و is a root letter, not a conjunction)


def _cue_host(sv: SentenceView, k: int) -> int:
    """The token an agent cue ending on token k (roles.tsv passive_agents: من قبل, على يد, a+b or one word) hangs
    on: the word before its first word."""
    return (k - 1 if sv.words[k] not in role_cues("ALL", "passive_agents") else k) - 1


def _agent_inside_object(sv: SentenceView, e: int, k: int) -> bool:
    """"رحبت المملكة العربية السعودية … بتلك الخطوة من قبل الرئيس دونالد ترامب", 'أمهل "المجلس الانتقالي الجنوبي"
    المدعوم من قبل الإمارات الرئيس': the agent cue on token k (من قبل, على يد: roles.tsv passive_agents) right
    after a participle (المدعوم) or a noun of an act (الخطوة, الضربة) names the agent of that word, not of the verb
    that ends on token e, when the verb has its own subject, an actor, right after it (an active verb: a passive
    one, "استهدفت من قبل إيران", "اعتقل 5 أشخاص من قبل الأمن", has the cue right after it or its patient)."""
    if not _cue_match(sv, k, role_cues("ALL", "passive_agents")):
        return False
    w = _cue_host(sv, k)
    if w <= e or not sv.content(w):
        return False
    b = _bare(sv.words[w])
    if not (b in sv.linking or sv.non_agent(w) or w in sv.event_nouns or
            (_definite_participle(sv.words[w]) and
             w not in sv.named_tokens and sv.words[w] not in sv.heads and not sv.title(w))):
        return False
    a = sv.past_adverbials(e, w)
    while a < w and sv.is_quote(a):
        a += 1
    if a >= w or not sv.content(a) or sv.prepositional(a) or a in sv.trigger_tokens:
        return False
    subject = sv.np_right(a, w)
    return subject is not None and subject.i == a and subject.j <= w and _names_actor(sv, subject)


@lru_cache(maxsize=None)
def _without_bi(cues: tuple[str, ...]) -> tuple[str, ...]:
    """The cues without ب (after a verb of accusing, the charge's): one tuple per cue tuple, so that the look-ups
    cached by a tuple's id (_cue_sets_of, _cue_heads_of) find it again."""
    return tuple(c for c in cues if c != "ب")


def _clause_roles(sv: SentenceView, typ: str, i: int, e: int, pos: str, form, patient: bool, head: str,
                  tail: range = range(0)) -> tuple[Optional[Phrase], Optional[Phrase]]:
    nhead = normalize(head)  # (the trigger's lexicon word, normalised once: read by many rules below)
    source: Optional[Phrase] = None
    target: Optional[Phrase] = None
    # the cues of a gapped trigger follow its last words (ألقى مسلحون، قنبلة على X; ألقت الوزارة باللوم على X)
    ce = tail.stop if tail else e
    cend = sv.clause_end(ce)
    cstart = sv.clause_start(i)
    if cstart == i and i >= 2 and sv.toks[i - 1].text in ("،", ","):
        # "أعلنت المقاومة الإسلامية، اليوم السبت، قصف قاعدة": a time set off by commas does not end the clause
        o = next((x for x in range(i - 2, max(0, i - 7) - 1, -1) if sv.toks[x].text in ("،", ",")), None)
        if o is not None and sv.past_parenthetical(o) == i:
            cstart = sv.clause_start(o)
    if pos == "a":
        return _actor_noun_roles(sv, typ, i, e, cend)
    if pos == "x" and _verbal(sv.words[i]):
        pos = "v"  # exact forms listed for irregular verbs (تتعدى, اعتدوا, اغتيل) read as verbs
    if pos == "v" and _TANWIN.search(sv.toks[i].text) and (sv.conj_at(i) or (i >= 1 and _light_verb_at(sv, i - 1))):
        pos = "n"  # (round 124) "ارتكبت انتهاكات …، وقتلًا عشوائيًا", "ارتكبت قتلًا": a written tanwin ends a noun,
        # never a verb (قتلًا is no dual past قتلا "the two killed"): joined by و, a conjunct of the object before
        # it, or a light verb's object (not an adverbial accusative, "دعمًا لأهل غزة", which the verb reading's
        # cues read as they should)
    elif pos == "v" and i >= 1 and sv.words[i - 1] in role_set("ALL", "nominal_after"):
        pos = "n"  # "من دعمه لقوات", "على أية سحب القوات": after a preposition the verb form is a verbal noun
    elif pos == "v" and i >= 1 and _light_verb_at(sv, i - 1) and sv.toks[i].norm == nhead:
        pos = "n"  # "واستطاعت قتل 13", "واصل قصف المدينة": a bare stem right after a light verb is its object
    elif pos == "v" and i >= 1 and form is not None and form.object_suffix and not form.imperfect and \
            not sv.conj_at(i) and _light_verb_at(sv, sv.before_times(i - 1)):
        pos = "n"  # (round 112) "جددت مساء الخميس قصفها على مقر": so a stem with a pronoun, past the light verb's
        # times: the verbal noun with its doer's pronoun, not a past verb with its object's
    elif pos == "v" and i >= 1 and sv.toks[i].norm == nhead and \
            (sv.bares[i - 1] in _COMPLEMENT_HEADS or
             (sv.words[i - 1][:1] in ("ب", "ل") and _bare(sv.words[i - 1][1:]) in _COMPLEMENT_HEADS)):
        pos = "n"  # "وتعهد ترامب بإعادة فرض العقوبات": a bare stem after a verbal noun that heads it is in construct
    elif pos == "v" and i >= 2 and sv.toks[i].norm == nhead and sv.norms[i - 1] in _THAT_BARE and \
            sv.norms[i - 2] not in _VERB_AN and not sv.is_time(i - 2):
        pos = "n"  # "أكدت وزارة الدفاع الأمريكية أن قصف سليم قاسم سليماني": أنّ / إنّ takes a noun, so the bare
        # stem after it is a verbal noun (not after أنْ, which opens a verb clause: "بعد أن قصفت", closed_classes verb_an)
    if pos == "v" and i >= 1 and sv.toks[i].norm[:1] == "و" and sv.toks[i].norm[1:] == nhead:
        # "تعرض مطار عدن لانفجارين وقصف بصواريخ": a bare stem conjoined right after an event noun of its type is a
        # verbal noun joined to it (no verb with the sentence's first actor as its subject); so is one after a
        # comma when the last trigger before it is a noun of its type after a preposition ("انتهت بسيطرة الجيش
        # الحر على كامل مدينة الباب، وطرد عناصر التنظيم منها": the expelled, no expeller)
        prev = next((k for k in range(i - 1, max(0, i - 16) - 1, -1) if k in sv.trigger_tokens), None)
        if prev is not None and prev in sv.event_nouns and sv.trigger_types.get(prev) == typ and \
                (prev == i - 1 or (sv.toks[i - 1].text in ("،", ",") and sv.norms[prev][:1] in ("ب", "ل"))):
            pos = "n"
    if pos == "v" and i >= 1 and sv.toks[i].norm == nhead and i - 1 in sv.trigger_tokens and \
            i - 1 not in sv.event_nouns and _verbal(sv.words[i - 1]):
        # "استهدف قصف مماثل للحوثيين منزل الشيخ": a bare stem right after a verb is its subject, a verbal noun
        pos = "n"
    if pos == "v" and sv.toks[i].norm == nhead and i >= 2:
        # "وتظهر اللقطات تجمهر آلاف المتظاهرين": a bare stem right after the subject of a verb that opens the
        # clause is that verb's object, a verbal noun (تجمهر, تظاهر read as nouns), not a second verb
        t = i  # (past a time between them: "قررت الكويت اليوم الخميس طرد 15 دبلوماسيا")
        while t - 1 >= 1 and (sv.is_time(t - 1) or sv.words[t - 1] in sv.skip):
            t -= 1
        subj = sv.np_left(t)
        if subj is not None and subj.j == t and subj.i >= 1 and \
                (sv.opening_verb(subj.i - 1) or _light_verb_at(sv, subj.i - 1)):
            # (or after a light verb: "واصل الجيش قصف المدينة", "استطاعت القوات قتل 13")
            pos = "n"  # (after an announce verb the verb reading holds: أعلن الحزب قصف مناطق)
    if pos == "v" and sv.toks[i].norm == nhead and i >= 2 and sv.toks[i - 1].text in ("،", ",") and \
            _announcer_before(sv, i, False) is not None:
        # "أعلن رئيس اتحاد أمريكا الجنوبية لكرة القدم، دعم الفرنسي ميشال بلاتيني", "أعلن الجيش، في بيان، قصف
        # مواقع": a bare stem right after a comma, with a verb of announcing and its subject (and asides) before
        # it, is that verb's object, a verbal noun, not a verb whose subject follows (the announcer did the act)
        pos = "n"
    direct = "yes" in role_set(typ, "direct")
    target_cues = role_cues(typ, "target_after")
    if pos == "v" and nhead in role_set(typ, "charge_verbs"):
        # "واتهمت إيران الولايات المتحدة بالوقوف وراء الهجوم": after a verb of accusing the ب-phrase is the charge;
        # the accused is the verb's object
        target_cues = _without_bi(target_cues)
    source_cues = role_cues(typ, "source_after")  # (the type's own cues too: في قبضة for a seizure only)
    relative_cues = role_cues("ALL", "source_relative")
    # (most sentences hold no doer's cue: the loop below then skips the test of each token)
    may_source, may_relative = sv.may_hold(source_cues), sv.may_hold(relative_cues)
    # (a verb of suffering only for a type with a bare object: وقّع اتفاقا "signed", not وقع "fell" into captivity)
    passive = (head in role_set("ALL", "passive_verbs") and "yes" in role_set(typ, "direct")) or \
        (pos in ("v", "x") and _written_passive(sv.toks[i].text))
    victim = passive or head in role_set("ALL", "counted_patient_verbs")

    # 1. cues after the trigger, within its clause, up to the next trigger (which owns the cues after it):
    # هجوم على X من قبل Y
    other_act = False
    aside = _relative_asides(sv, e, min(cend, ce + 12))
    glued = None
    if pos != "v" and e - 1 > i and e < cend and sv.norms[e - 1] in target_cues and len(sv.norms[e - 1]) > 1:
        # "يكثف الجيش عملياته ضد أهداف المقاتلين الأكراد", "شن عملية ضد عناصر من قسد": a trigger row that ends in
        # its cue (عملية ضد) has the phrase right after it as the cue's object, the target (never the noun's genitive)
        target = glued = sv.cue_at(e - 1, target_cues)
    for k in range(e, min(cend, ce + 12)):
        if k in aside:
            continue  # ("وأطلق الحوثيون، الذين يسيطرون على العاصمة، عشرات الصواريخ على السعودية": not the aside's على)
        if sv.trigger_types.get(k) == typ:
            break
        if k in sv.event_nouns and not (tail and tail.start <= k < tail.stop):
            # "أدانت المنظمة المجزرة التي ارتكبتها قوات النظام": a doer's cue after an act of another type
            # (a noun) is that act's, not the condemner's
            other_act = True
        if source is None and not other_act and ((may_source and _cue_match(sv, k, source_cues)) or
                                                 (k - e <= 3 and may_relative and _cue_match(sv, k, relative_cues) and
                                                  _on_trigger(sv, e, k))) and \
                not (pos == "v" and _agent_inside_object(sv, e, k)) and not _agent_of_later_clause(sv, e, k):
            source = sv.after_cue(k)
        if target is None and k < ce + 6:
            ph = sv.cue_at(k, target_cues) or sv.addressee_at(k, typ)
            if ph is not None:
                target = ph
    if source is None and e + 1 < cend and "yes" in role_set(typ, "from_doer") and \
            (pos != "v" or (e == i + 1 and strip_conj(sv.norms[i]) == nhead)):
        # "وسط انتقادات من الولايات المتحدة والاتحاد الأوروبي", (r122) past the act's adjectives "في وجه اعتداء
        # خارجي من السعودية والإمارات": the actor after من right after an act noun is who criticises, backs or
        # attacks; so after a bare stem read as a verb, which takes no من (مع تسهيلات من الأمن العام ودعم من المفوضية)
        m = e
        while pos != "v" and m < min(cend - 1, e + 2) and _act_adjective(sv, m) and \
                not sv.bares[m].endswith(("ين", "ون", "ان")) and not sv.counting(m):
            m += 1  # (an act's adjective, not a count nor a counted people's noun: "مقتل قياديين من كتائب حزب
            # الله", "مقتل ثمانية من مقاتلي البيشمركة")
        if sv.norms[m] == "من" and m + 1 < cend and (m + 1 in sv.named_tokens or sv.actor_head(m + 1)):
            ph = sv.np_right(m + 1, cend)
            source = ph if ph is not None and ph.i == m + 1 else None
    if source is None and cend < sv.size - 2 and sv.toks[cend].text in ("،", ",") and \
            not any(sv.trigger_types.get(k) == typ for k in range(e, cend)):
        # "مقتل الرئيس السابق علي عبد الله صالح، اليوم الاثنين برصاص الحوثيين": past a comma and a time, a
        # cue of the doer still closes the act's clause
        k = sv.past_adverbials(cend + 1, sv.size)
        if k > cend + 1 and k < sv.size - 1 and _cue_match(sv, k, source_cues):
            source = sv.after_cue(k)

    if target is None and nhead in role_set(typ, "mutual_acts"):
        # "معارك ضارية مع الحوثيين", "الاشتباكات مع القوات الأمنية", "اشتبكوا مع عناصر التنظيم": an act two sides
        # do to each other names the other side after مع, right after the trigger (past its adjectives)
        k = e
        while k < min(cend, e + 3) and sv.content(k) and not sv.prepositional(k) and _nisba_like(sv.words[k]) or \
                k < min(cend, e + 3) and (sv.words[k] in sv.adjectives or
                                          sv.words[k] in role_set("ALL", "act_adjectives")):
            k += 1  # (and past an adjective of its force: "معارك عنيفة مع تنظيم داعش")
        if k + 1 < cend and sv.norms[k] == "مع":
            ph = sv.np_right(k + 1, cend)
            target = ph if ph is not None and ph.i == k + 1 else None
            if target is not None and source is None and i >= 2 and \
                    sv.norms[i - 1] in role_set("ALL", "sequence_preps"):
                # "وسيطرت على نقاط جديدة داخل المدينة، بعد اشتباكات مع تنظيم داعش": fought with a named other
                # side, after a preposition of sequence, by the doer of the act told right before it (of any
                # type: one side fought and then took the town), not a victim
                source = _mutual_doer(sv, i)
    if source is None and target is None and "yes" in role_set(typ, "between"):
        # "اتفاق الرياض بين الحكومة اليمنية والمجلس الانتقالي", "وقف إطلاق النار بين حزب الله وإسرائيل": the
        # two parties, the first the source, the one after و the target
        for k in range(e, min(cend, ce + 6)):
            if sv.trigger_types.get(k) == typ and k >= ce:
                break
            if k > e and sv.norms[k - 1] in _PREPOSITIONS and sv.content(k) and sv.non_agent(k):
                break  # "إسقاط الطائرة إلى تصاعد التوتر بين الولايات المتحدة وإيران": بين is the later noun's
            if sv.norms[k] in ("بين", "وبين"):
                source, target = sv.pair_after(k + 1, cend)
                if source is None and pos != "v" and k - e <= 3 and \
                        not any(x in sv.trigger_tokens for x in range(e, k)):
                    # (a noun's own بين, right after it: not the بين of a later noun, "اتفق البلدان على عقد
                    # اجتماع بين وزيري الخارجية")
                    source, target = _parties_apart(sv, k + 1, cend)
                    if source is None:
                        source, target = _parties_named_before(sv, k + 1, i)
                if source is None or not _actor_phrase(sv, source):
                    # "اشتباكات عنيفة بين محافظة عدن … بين عناصر المجلس الانتقالي وقوات الحكومة": with no
                    # parties that act (a place), a second بين in the clause whose first party is an actor
                    later = next((x for x in range(k + 2, min(cend, k + 14)) if sv.norms[x] in ("بين", "وبين")), None)
                    pair = sv.pair_after(later + 1, cend) if later is not None else (None, None)
                    if pair[0] is not None and _actor_phrase(sv, pair[0]):
                        source, target = pair
                break
    if source is None and target is None and pos != "v" and "yes" in role_set(typ, "between"):
        source, target = _parties_where_it_took_place(sv, e)
    if target is None and pos == "n" and e < sv.size and ("yes" in role_set(typ, "two_sided") or
                                                     nhead in role_set(typ, "with_party_heads")):
        # (round 127) "لقاءات أمير البلاد الشيخ صباح الأحمد الجابر الصباح مع الأطراف اليمنية", "انتهاء الهدنة مع
        # السلطات التركية": the other party of a two-sided act (talks, a deal, a truce) after the مع that
        # complements its noun, past its adjectives, its doer's genitive and a time
        target = _with_party(sv, e, cend)
    if target is None and direct and (pos != "v" or sv.toks[i].norm == nhead):
        # (a bare stem too: "أن قصف اليوم للقوة", no verb whose object would take ل)
        target = _lam_after_time(sv, e, cend)
    if source is None and pos != "v" and "yes" in role_set(typ, "lam_source"):
        # "هجوم لـ «داعش» في ريف دير الزور", "هجوم واسع للجيش العراقي على تكريت", "قصف مدفعي مكثف للقوات
        # الحكومية السورية": the ل-genitive of an event noun (past its adjectives) is its doer
        k = e
        while k < min(cend, e + 2) and sv.content(k) and not _definite(sv.norms[k]) and \
                sv.norms[k][:1] not in "لب" and not sv.nationality(k) and sv.words[k] not in target_cues and \
                sv.words[k] not in role_set(typ, "target_far") and not (k == e and _site(sv.bares[k])) and \
                (not (patient or head in role_set("ALL", "patient_nouns")) or _nisba_like(sv.words[k])):
            k += 1  # (not past a cue: "مظاهرات مؤيدة لزعيم اكراد تركيا" is for him; not past the object of a
            # noun of what is suffered: "استهداف مواقع للحوثيين" — the sites are the Houthis'; nor past a place
            # or a site right after the noun, its object: "بقصف مقر للحزب الديمقراطي" — the party owns the
            # headquarters hit)
        if k < cend and sv.norms[k][:1] == "ل" and k not in sv.trigger_tokens:
            if sv.toks[e - 1].text.endswith(_OWNER_SUFFIXES) and k == e:
                # "أعلن حزب الله استهدافه لقوة عسكرية إسرائيلية": the pronoun on the noun is its doer, the
                # ل-phrase right after it its object (ة is a separate letter, so a written ه is a pronoun)
                target = target or sv.cue_at(k, ("ل",))
            elif direct and _lam_site(sv, k) is not None:
                # "أعلن الحرس الثوري استهدافاً صاروخياً لقاعدة عين الأسد": a site after ل is what the act hit, no doer
                target = target or _lam_site(sv, k)
            else:
                source = sv.cue_at(k, ("ل",)) or _weapon_of(sv, typ, k, cend, 1)
        elif k + 1 < cend and sv.norms[k] == "من":
            # "قصف من طائرات النظام السوري ببراميل متفجرة": من before the aircraft of an owner names the doer
            source = _weapon_of(sv, typ, k + 1, cend, 0)
    if source is None:
        # "لاعتداء أسفر عن مقتل ثلاثة جنود، وقد تبناه «تنظيم القاعدة»", "هجوم انتحاري، نسب الى المتمردين":
        # a claim or an attribution names the doer also one clause on, before the next trigger of the type
        far = role_cues("ALL", "source_far")
        claims = role_cues("ALL", "claim_far")
        stop = sv.clause_end(cend + 1) if cend < sv.size else cend
        # (a claim of the act as a pronoun reaches on through the clauses set off by commas that tell the act:
        # "بعد هجمات عدة شهدتها الأسابيع الماضية، طالت قواعد عسكرية للتحالف …، وتبناها ما يعرف بتنظيم «…»")
        reach = next((k for k in range(stop, sv.size) if sv.breaks[k] and sv.toks[k].text not in ("،", ",")),
                     sv.size) if sv.may_hold(far) or sv.may_hold(claims) else e  # (most sentences hold neither)
        for k in range(e, reach):
            if k > e and (sv.trigger_types.get(k) == typ or (k in sv.event_nouns and k not in tail)):
                break  # (nor past an act of another type: "اضطروا إلى الانسحاب …؛ بعد هجوم شنه مقاتلو": the attack's)
            if (k < stop and _cue_match(sv, k, far)) or _cue_match(sv, k, claims):
                source = sv.after_cue(k)
                break
    if source is None and pos != "v":
        source = _claimer(sv, i, cstart) or _accused(sv, i, cstart) or _enabled(sv, i, cstart)
    if source is None and pos != "v" and i >= 2 and sv.norms[i - 1][:1] == "و" and \
            sv.norms[i - 1][1:] in role_set("ALL", "light_nouns"):
        # "مع إطلاق المتمردين صواريخ باتجاه جنوب المملكة، وشن هجمات على مواقع": a light verbal noun conjoined
        # to an earlier act of its type shares its doer (not another kind of act: "منع تهديد الملاحة البحرية،
        # وتنفيذ ضربات" — the threat's genitive is what is threatened)
        prev = next((k for k in range(i - 2, max(0, i - 16) - 1, -1) if k in sv.event_nouns), None)
        if prev is not None and sv.trigger_types.get(prev) == typ:
            source = _clause_roles(sv, typ, prev, prev + 1, "n", None, False, "")[0]
    if source is None and pos != "v" and i >= 2 and sv.norms[i - 1] in role_set("ALL", "sequence_preps"):
        # "أعلنت القوات السيطرة على ثلاث قرى، عقب طرد مقاتلي الوحدات": an act after a preposition of sequence
        # shares the doer of the act of its type told before it in the sentence
        prev = next((k for k in range(i - 2, max(0, i - 30) - 1, -1) if sv.trigger_types.get(k) == typ and
                     (k == 0 or sv.trigger_types.get(k - 1) != typ)), None)
        if prev is not None and prev in sv.event_nouns:
            # (what a victim suffers, "مقتل صالح إثر تفجير منزله", names its victim, not a doer)
            suffered = suffered_noun(sv, prev)
            source = _clause_roles(sv, typ, prev, prev + 1, "n", None, suffered, "")[0]
        if source is None:
            source = _sequence_doer(sv, typ, i)
    if source is None and pos != "v" and i >= 2 and sv.norms[i - 1] in role_set("ALL", "restating_preps"):
        # "هاجمت خلايا تنظيم داعش مواقع قسد … مساء اليوم في هجوم يعد الأضخم": an act after في in the clause of a
        # verb of its type tells that verb's act again, and shares its doer (the nearest trigger of the type
        # before it is the verb; not a noun: "مقتل جندي في هجوم" names a victim). Only a subject after the verb:
        # one before it may be its victim ("أن متعاقدا أمريكيا قتل في الهجوم", "عناصره قتلوا في انفجارات")
        prev = next((k for k in range(i - 2, max(cstart, i - 24) - 1, -1) if sv.trigger_types.get(k) == typ), None)
        if prev is not None and prev not in sv.event_nouns:
            doer = _clause_roles(sv, typ, prev, prev + 1, "v", None, False, "")[0]
            # (nor after a verb of killing or wounds, unvoweled passives whose subject suffered: "قتل جنديان
            # اميركيان واصيب تسعة عراقيين بجروح في هجوم", "قتل سليماني في غارة")
            if doer is not None and prev < doer.i < i and not doer.counted and not sv.victim_noun(doer) and \
                    sv.norms[prev] not in _role_verb_forms(_VICTIM_VERBS):
                source = doer
    nation: Optional[Phrase] = None
    if source is None:
        source = nation = sv.nation_of_event(typ, cstart, cend, i)

    verb_at: Optional[int] = None
    light_owner: Optional[Phrase] = None
    announced = False  # verb_at is a verb of announcing the act noun after it
    if pos == "v":
        verb_at = i
    else:
        # a light verb right before the noun carries its subject: شنت الميليشيات هجمات, قام مسلحون بخطف
        lights = _light_prefixes()
        # (its subject may be long: شنّت "هيئة تحرير الشام" وفصائل حليفة لها هجومًا; no other trigger between)
        aside = _aside_before(sv, i)
        after_prep = sv.words[i - 1] in _PREPOSITIONS if i >= 1 else False
        for k in range(i - 1, _light_floor(sv, i, asides=True) - len(aside) - 1, -1):
            if k in aside:
                continue  # ("ونفذت جماعة الحوثي، وعقب الحرب … الماضي، سلسلة هجمات": past the aside)
            if after_prep and sv.words[k] in sv.relatives:
                break  # (round 105) "إعادة افتتاح المطار الذي أغلق منذ أربعة أشهر بعد اجتياح الحوثيين للمدينة":
                # a noun after a preposition inside a relative clause is none of a light verb before the relative
            g = _governing_verb(sv, k, cstart)
            if g is not None:
                # "أمر الرئيس الأمريكي دونالد ترامب، بشن ضربات", "أقدم الجيش الأمريكي على توجيه ضربة": the
                # light verbal noun's doer is the subject of the verb that governs it
                verb_at = g
                cstart = min(cstart, sv.clause_start(g))
                break
            # (a word of a name inside the clause is no verb: "ونقل تجمع أحرار حوران"; one opening it may be a
            # verb the name was read over: "شن الجيش الأمريكي")
            if (k not in sv.named_tokens or k == 0 or sv.breaks[k - 1]) and (
                    (sv.words[k].startswith(lights) and sv.words[k] not in _intransitive_forms()) or
                    sv.words[k] in _light_forms() or
                    ((sv.norms[k] in _light_stems() or sv.words[k] in _light_stems()) and _light_verb_at(sv, k)) or
                    (k == i - 1 and sv.words[k] in _typed_light_forms(typ))):
                owner = sv.pronoun_antecedent(k, stem=2)  # (شنّها: a doubled root writes two letters)
                if owner is not None and k + 1 < i and not sv.content(k + 1) and not sv.is_quote(k + 1):
                    # "مقتدى الصدر قال في مؤتمر صحفي عقده بعد التطورات … ومقتل أكثر من 30 شخصاً": a light verb
                    # with an object pronoun and no subject after it has its object; an act further on is none of
                    # its (a light verbal noun with its doer's pronoun takes the act right after it, below; a verb
                    # with its subject after it takes its complement: "ارتكبته السعودية بإعدام رجل ديني")
                    break
                verb_at = k  # (واصل opening the sentence: its و is no conjunction)
                if k == i - 1 and k >= 1 and sv.words[k] in role_set("ALL", "light_nouns") and \
                        _light_verb_at(sv, k - 1):
                    verb_at = k = k - 1  # "روسيا بدأت شن ضربات": شن is the verbal noun of the light verb before it
                    owner = sv.pronoun_antecedent(k, stem=2)
                cstart = min(cstart, sv.clause_start(k))
                if owner is not None and (k + 1 == i or not sv.content(k + 1)):
                    # "مؤكدة شنّها عملية نوعية": a light verbal noun with a pronoun has its doer in the
                    # pronoun, the actor it refers back to
                    light_owner = owner
                break
            if k + 1 < i and _doer_genitive_noun(sv.words[k]) and k + 1 not in sv.trigger_tokens and \
                    not sv.prepositional(k + 1) and (k + 1 in sv.named_tokens or sv.actor_head(k + 1)) and \
                    getattr(sv.np_right(k + 1, i), "j", None) == i:
                # "أدت إلى إطلاق قسد حملة أمنية": the verbal noun of a light verb stands for the verb, its genitive
                # (a name or an actor head) for the verb's subject (VSO), the act right after it for its object
                # (not an act further on: "إطلاق الحوثيين حملة عسكرية للسيطرة عليها" — a purpose of the campaign)
                verb_at = k
                cstart = min(cstart, sv.clause_start(k))
                break
            if k in sv.trigger_tokens or (sv.breaks[k] and sv.toks[k].text not in ("،", ",", "(", ")")):
                break  # (commas may set off an adverb: "تمكنت، اليوم، من السيطرة"; brackets a name in the
                # subject: "تمكن مقاتلو (جبهة تحرير سورية) من طرد")
        if verb_at is None and light_owner is None and i >= 3 and sv.norms[i - 1] in _ABILITY_PREPS:
            verb_at = _ability_verb(sv, i)
            if verb_at is not None:
                cstart = min(cstart, sv.clause_start(verb_at))
        if verb_at is None and light_owner is None and \
                not ("yes" not in role_set(typ, "direct") and e < sv.size and
                     (e in sv.agent_tokens or sv.bares[e] in sv.heads or sv.title(e))):
            # "ردت الولايات المتحدة وبريطانيا بتشكيل تحالف …، وتنفيذ ضربات جوية": the complement of a governing
            # verb is done by its subject — unless the act names its own doer as genitive (وافقت الحكومة على
            # انسحاب القوات الأمريكية: the forces withdraw)
            verb_at = _governing_complement(sv, i, head)
            if verb_at is not None and _governing_participle_at(sv, verb_at):
                light_owner, verb_at = sv.participle_subject(verb_at, free=True), None
            if verb_at is not None:
                cstart = min(cstart, sv.clause_start(verb_at))
                if source is not None and source is nation and nation.i >= e:
                    source = nation = None  # (a nisba after the act is its object's: "منح الثقة للسوداني")
        own_genitive = "yes" not in role_set(typ, "direct") and e < sv.size and sv.content(e) and \
            (e in sv.named_tokens or _definite(sv.norms[e])) and not _article_trigger(sv, i, e)
        if not own_genitive and verb_at is None:
            own_genitive = _doer_before_on(sv, e)
        if verb_at is None and _bare(sv.words[i]) not in role_set("ALL", "announced_outcomes") and not own_genitive:
            # (not over a genitive that does an act with no object: "أعلن المبعوث عن موافقة الحكومة وجماعة
            # أنصار الله" — the parties agree, the envoy announces)
            # "الحرس الثوري الإيراني يعلن إسقاط طائرة", "أعلن الحرس الثوري، فجر اليوم، إطلاق عشرات الصواريخ":
            # who announces an act of its own did it (not a death it reports: أعلنت الوزارة مقتل صالح)
            found = _announcer_before(sv, i, source is None)
            if found is not None and found[0] == "v":
                verb_at, announced = found[1], True
                cstart = min(cstart, sv.clause_start(found[1]))
            elif found is not None:
                source = _announcer_genitive(sv, found[1], i)

    subject: Optional[Phrase] = None  # the verb's grammatical subject, before deciding what it undergoes
    moved = False  # the subject was the victim (passive reading)
    if light_owner is not None and source is None:
        source = light_owner
    elif verb_at is not None:
        before = verb_at - 1
        while before >= cstart and sv.words[before] in sv.aux:
            before -= 1
        rel = before >= 0 and sv.words[before] in sv.relatives and \
            not _disagrees(sv.words[before], sv.norms[verb_at], head if verb_at == i else "") and \
            not (verb_at != i and verb_at + 1 < i and sv.norms[verb_at + 1] in role_set("ALL", "relative_complements"))
        # ("القاعدة العسكرية التي نفذ منها الهجوم": a light verb whose pronoun after a preposition refers back to the
        # antecedent has another subject: the base is where the attack came from)
        svo = bool(form and form.plural_subject) if verb_at == i else False
        has_conj = _conjoined(sv.norms[verb_at], head if verb_at == i else "")
        after_subject = False
        if before >= cstart and sv.is_quote(before) and before - 1 >= cstart and \
                sv.words[before - 1] in role_set("ALL", "resumptive"):
            before -= 1  # 'أعلن مكتب … أنه "يدين بشدة"': the quote opens after the pronoun
        resumptive = before >= cstart and sv.words[before] in role_set("ALL", "resumptive")
        if not resumptive and not has_conj and sv.quote_before_verb(before, cstart):
            before -= 1  # a quote mark stands between the subject and its verb (see quote_before_verb)
        if before - 1 >= cstart and sv.norms[before] in _LINKED_PRONOUNS and _bare(sv.words[before - 1]) in sv.linking:
            before -= 1  # "القوات البحرية الموالية لهم استهدفت": the participle's pronoun closes the subject
        # "مدفعية الجيش الأميركي شنت ضربات استهدفت بلدتي خشام": the verb tells the act a light verb's object
        # names; the light verb's subject is the doer, what follows the verb its object
        noun_doer = None
        light_obj = verb_at == i and not resumptive and before - 1 >= cstart and sv.content(before) and \
            sv.norms[before - 1] in _light_forms()
        resumptive = resumptive or light_obj
        if verb_at == i and not resumptive:
            # "عبوة ناسفة استهدفت حافلة", "هجوم انتحاري استهدف ثكنة": a verb right after an event noun of
            # its type (past its adjectives) describes it; the noun is its subject, what follows its object
            k, genitive = _past_noun_genitive(sv, i, cstart)
            while k >= max(cstart, i - 3) and k not in sv.event_nouns and \
                    (_nisba_like(sv.words[k]) or sv.is_time(k) or _act_adjective(sv, k)):
                k -= 1  # (past its time and its adjectives of force: "غارات السبت استهدفت مخزنًا", "لهجمات مماثلة
                # استهدفت جنودا" — the object after the verb is what the act hit, no doer)
            resumptive = k >= cstart and k in sv.event_nouns and sv.trigger_types.get(k) == typ
            if resumptive:
                # "في قصف صاروخي للحوثيين استهدف مسجدا": the noun's own doer (its ل-genitive past its adjectives)
                # is the verb's
                noun_doer = _clause_roles(sv, typ, k, k + 1, "n", None, False, "")[0]
                if noun_doer is None and genitive is not None:
                    noun_doer = genitive  # ("هجمات واسعة لداعش استهدفت": a name the noun's own cues do not take)
            told = None if resumptive else sv.told_noun(i, typ)
            if told is None and not resumptive and i >= 3 and sv.words[i - 1] in role_set("ALL", "ordinals"):
                told = sv.told_noun(i - 1, typ)  # "ثلاث جولات من القصف، الأولى استهدفت": one of the acts
            if told is not None:
                # "نفذ الحوثيون هجوما صاروخيا الخميس، استهدف منزل": the verb after the comma tells the act the
                # noun names; the noun's doer is the verb's, what follows the verb its object
                resumptive = True
                noun_doer = _clause_roles(sv, typ, told, told + 1, "n", None, False, "")[0]
            # "أن الضربات استهدفت 13 موقعا": a thing (a non-agent noun) before the verb is its subject too
            resumptive = resumptive or (before >= cstart and sv.content(before) and
                                        all(sv.words[x] in sv.aux for x in range(before + 1, i)) and  # (لا تستهدف)
                                        _definite(sv.norms[before]) and sv.non_agent(before) and
                                        not sv.content(before - 1))  # (طائراته المقاتلة قصفت: an adjective)
        # "مقتل الشابة مهسا أميني قام الجيش الايراني اليوم بقصف مقر": a light verb with a phrase between it and
        # the act noun, headed by a name or an actor noun, has its subject there (VSO); the phrase before it is
        # no subject (a thing after it is its object: "دي مستورا بدأ الجولة الحالية من المحادثات")
        a = sv.past_adverbials(verb_at + 1, i) if verb_at != i else i
        vso_light = verb_at != i and a < i and sv.content(a) and not sv.prepositional(a) and \
            a not in sv.trigger_tokens and (a in sv.named_tokens or sv.actor_head(a))
        obj_rel = rel and verb_at == i and bool(form and form.object_suffix) and e < cend and sv.content(e) and \
            not sv.prepositional(e) and e not in sv.trigger_tokens
        bare_rel = _bare_relative(sv, i, e, cstart, cend) if not rel and not has_conj and verb_at == i and \
            bool(form and form.object_suffix) else None
        # "ناحية العلم التي سيطرت عليها القوات المشتركة", "القنطار، الذي أفرجت عنه إسرائيل": a verb after a
        # relative whose complement is a preposition with a pronoun (roles.tsv relative_complements) that refers
        # back to the antecedent: the antecedent is what the act was done to, and the verb's subject, when one is
        # named, stands after the pronoun (whether or not the verb agrees with the relative: أفرجت after الذي)
        prep_rel = verb_at == i and before >= 0 and sv.words[before] in sv.relatives and e < cend and \
            sv.norms[e] in role_set("ALL", "relative_complements")
        if prep_rel:
            k = before
            if k - 1 >= 0 and sv.breaks[k - 1]:
                k -= 1
            a = sv.past_adverbials(e + 1, cend)
            if a < cend and sv.content(a) and not sv.prepositional(a) and a not in sv.trigger_tokens:
                subject = sv.np_right(a, cend)
                after_subject = subject is not None
            if target is None:
                target = sv.np_left(k)
            if subject is None:
                # (no subject named: the antecedent is no doer; the subject left unsaid is the actor the clause
                # the antecedent stands in is about, else the source is read elsewhere or none)
                subject = _unnamed_relative_doer(sv, i)
                moved = subject is None
        elif obj_rel or bare_rel is not None:
            # "مقاتلو درع الفرات، الذين تدعمهم تركيا": a verb after a relative with an object pronoun that
            # refers back to the antecedent has its own subject after it; the antecedent is its object (so after an
            # indefinite antecedent, whose relative has no relative word: "مركبتين استهدفهما صاروخان")
            k = before
            if k - 1 >= 0 and sv.breaks[k - 1]:
                k -= 1
            subject = sv.np_right(e, cend)
            if bare_rel is not None and subject is not None:
                # ("مقر فصيل تدعمه إيران جنوبي بغداد": a direction after the subject tells where, it is none of it)
                d = next((x for x in range(subject.i + 1, subject.j) if sv.direction(x)), None)
                subject = Phrase(subject.i, d, subject.cut, subject.counted) if d is not None else subject
            after_subject = subject is not None
            if target is None:
                target = bare_rel or sv.np_left(k)
        elif rel:
            k = before
            if k - 1 >= 0 and sv.breaks[k - 1]:
                k -= 1
            subject = sv.np_left(k)
            if subject is not None and sv.words[before] == normalize("الذين") and _site(sv.bares[subject.i]):
                # "هجمات على مواقع للحوثيين، الذين ردوا باستهداف سفن": الذين (people) does not stand for sites; it
                # stands for their holder named after ل
                owner = next((x for x in range(subject.i + 1, subject.j) if sv.norms[x][:1] == "ل"), None)
                lam = sv.lam_object(owner) if owner is not None else None
                subject = lam if lam is not None and lam.j == subject.j else subject
        elif resumptive:
            # "اقر التحالف … انه نفذ ضربات", "انها استهدفت عناصر طالبان": the pronoun is the subject and
            # stands for the sentence's topic; what follows the verb is its object
            subject = (_resumed_speaker(sv, before, verb_at) or sv.first_actor(0, before)) \
                if sv.words[before] in role_set("ALL", "resumptive") else \
                sv.np_left(before - 1, cstart) if light_obj else noun_doer
        elif verb_at == i and e == i + 1 and not svo and not has_conj and form is not None and form.object_suffix \
                and e < cend and sv.content(e) and not sv.prepositional(e) and e not in sv.trigger_tokens and \
                (e in sv.named_tokens or sv.actor_head(e)) and before >= cstart and sv.content(before) and \
                (after_verb := sv.np_right(e, cend)) is not None:
            # (round 105) "مليشيا حزب الله العراق تدعمه إيران": a topic, then a verb with an object pronoun, then
            # an actor: the actor after the verb is its subject (the topic, which the pronoun stands for, its object)
            subject = after_verb
            after_subject = True
        elif not vso_light and (svo or (not has_conj and before >= cstart and
                                        sv.content(sv.before_adverbial(sv.before_aside(before, cstart), cstart)))):
            subject = sv.np_left(verb_at, cstart)
            if subject is not None and verb_at == i and subject.i >= 1 and sv.norms[subject.i - 1] == "من" and \
                    _dual_past(sv, i, form, head):
                # (round 129) "صاروخين أطلقتهما إسرائيل من اتجاه الجولان السوري واستهدفا بعض النقاط": the phrase
                # right after «من» tells where from, never the subject; the dual's subject is the two named before
                subject = _dual_doer(sv, subject.i, max(0, cstart - 12))
                resumptive = resumptive or subject is None
            if subject is not None and verb_at == i and _governed(sv, subject.i, cstart):
                # "الضربة التي وجهتها بلاده ضد قاعدة الشعيرات، فجر الجمعة، استهدفت المدارج", "صاروخا أطلقت من
                # خارج العراق استهدفت": the phrase before the verb is a preposition's object, no subject; the
                # subject stands further back (the verb is SVO: what follows it is its object, never its subject)
                subject, resumptive = None, True
            elif subject is not None and verb_at != i and verb_at - 1 > subject.j - 1 and \
                    sv.words[verb_at - 1] in sv.aux and _governed(sv, subject.i, cstart):
                subject = None  # "من العراق الى تركيا سوف يستمر": past an auxiliary, a preposition's object is no
                # subject of the light verb either
            if subject is not None and subject.i == cstart and sv.direction(subject.i) and \
                    subject.i not in sv.named_tokens:
                # "وجنوبي المدينة سيطر الجيش الحر على": a phrase opening the clause with a direction (directions.txt)
                # tells where, not who; the verb's subject follows it (VSO)
                subject = None
            if subject is not None and _fronted_adverbial(sv, subject, cstart):
                subject = None  # "وفي اليوم التالي بدأ طاقم الحراسة": the end of a fronted adverbial (see there)
            if subject is not None and verb_at == i and subject.j == before + 1 and subject.i >= 1 and \
                    strip_conj(sv.norms[subject.i - 1]) in _light_forms():
                # "نفذت قوات النخبة عملية استهدفت مواقع": after a light verb, its subject then its object, an
                # indefinite noun after a definite word (no genitive of it, and no adjective: an adjective agrees in
                # definiteness) that the verb tells of
                x = next((x for x in range(subject.i + 1, subject.j) if _definite(sv.norms[x - 1]) and
                          not _definite(sv.norms[x]) and x not in sv.named_tokens and not sv.is_time(x) and
                          sv.words[x] not in sv.skip and not sv.counting(x)),
                         None)
                if x is not None:
                    subject, resumptive = Phrase(subject.i, x), True
        elif not has_conj and before >= 1 and before == cstart - 1 and sv.toks[before].text in ("،", ",") and \
                (verb_at == i and
                 not (form and form.object_suffix and e < cend and sv.content(e) and not sv.prepositional(e)) or
                 verb_at != i and sv.past_adverbials(verb_at + 1, i) == i):
            # (a verb with an object pronoun and a phrase right after it has its subject there: "سفينة …،
            # اختطفها الحوثيون")
            # "وكانت قوات سوريا الديمقراطية، نفت": a topic set off by a comma is the subject of the verb
            # that opens the next clause
            subject = sv.topic_before(before)
            if subject is not None and verb_at != i:
                # (round 112) so of a light verb with only times after it: "أنه الطائرات التركية، جددت مساء الخميس
                # قصفها على مقر" (not "ومؤخرا، صعدت هذه الميلشيات من قصفها"); the act noun's possessive pronoun, when it has one, agrees with it (ها for a
                # plural of things, القوات, الطائرات)
                if subject.j - subject.i > 1 and _light_verb_at(sv, subject.i):
                    # "بدأ التحالف في مارس، شن ضربات جوية": the clause before the comma opens with a light verb
                    # (VSO), its subject after it
                    subject = sv.np_right(subject.i + 1, subject.j)
                suf = _written_pronoun(sv, i)[1]
                if subject is not None and suf and not _owner_agrees(sv, subject, suf):
                    subject = None
        if subject is None and not resumptive:
            k = (e if verb_at == i else verb_at + 1)
            k = sv.past_adverbials(k, cend)
            if verb_at == i and direct and target is None and k < cend and k in sv.trigger_tokens and \
                    sv.trigger_types.get(k) == typ:  # (a noun, or a bare stem read as a verb: استهدف قصف)
                # "استهدفت غارتان مقر وزارة الدفاع": the act is the verb's subject, what follows it the object
                m = k + 1
                while m < cend and (m in sv.event_nouns or _nisba_like(sv.words[m])) and \
                        sv.words[m] not in sv.relatives:  # (الذي is no nisba)
                    m += 1
                # (past the act's ل-genitive, its doer, and an indefinite adjective before it: "استهدف قصف مماثل
                # للحوثيين منزل الشيخ")
                j = m + 1 if m + 1 < cend and not _definite(sv.norms[m]) and sv.norms[m + 1][:1] == "ل" and \
                    not _site(sv.bares[m]) else m  # (not after a site: "استهدفت الغارات مزرعة للماشية")
                lam = sv.lam_object(j) if j < cend and sv.norms[j][:1] == "ل" else None
                if lam is not None and lam.j < cend:
                    m = lam.j
                m = _past_relative_clause(sv, m, cend)
                target = sv.np_right(m, cend) if m < cend else None
                if target is None:
                    target = sv.object_past_asides(m, typ, plain=True)  # "استهدف القصف الإسرائيلي، مناطق زراعية"
            elif verb_at == i and direct and target is None and k < cend and k not in sv.trigger_tokens and \
                    sv.content(k) and _definite(sv.norms[k]) and _thing_known(sv.words[k]) and \
                    k not in sv.named_tokens:
                # "واستهدفت الجولة الثانية مدرجات مطار دمشق الدولي", "استهدفت الضربات الثانية …": a definite act
                # noun (non_agents.txt) with its adjectives is the verb's subject and no doer; the phrase after it
                # is the verb's object (its doer is none, or told elsewhere)
                m = k + 1
                while m < cend and sv.content(m) and _definite(sv.norms[m]) and \
                        (_nisba_like(sv.words[m]) or sv.words[m] in role_set("ALL", "ordinals")):
                    m += 1  # (past its adjectives and its ordinal: "الجولة الثالثة")
                if m < cend and sv.content(m) and not sv.prepositional(m) and m not in sv.trigger_tokens:
                    obj = sv.np_right(m, cend)
                    target = obj if obj is not None and obj.i == m else None
            if verb_at == i and k == cend:
                # "انفجرت، يوم الثلاثاء 17 سبتمبر، مئات من أجهزة النداء": past a time set off by commas, the
                # subject of a verb with no object
                k3 = sv.past_parenthetical(cend)
                if k3 is not None and k3 not in sv.trigger_tokens and not sv.prepositional(k3):
                    k, cend = k3, sv.clause_end(k3)
            if verb_at == i and k == cend < sv.size and sv.toks[k].text == "(":
                # "بعد أن استهدفها (الحوثيون)؛": an actor set in brackets right after the verb is its subject
                close = next((x for x in range(k + 2, min(sv.size, k + 9)) if sv.toks[x].text == ")"), None)
                if close is not None and all(sv.content(x) for x in range(k + 1, close)) and \
                        any(x in sv.agent_tokens or sv.actor_head(x) for x in range(k + 1, close)):
                    k, cend = k + 1, close
            if rel and verb_at == i and k == e < cend and sv.content(k) and not sv.prepositional(k) and \
                    k not in sv.trigger_tokens:
                # "بيانهم الذي طالب الضامن الروسي بضرورة الوقوف": a verb that agrees with the relative before it
                # has the antecedent as its subject (here no actor: a statement); the phrase after it is what it
                # acts on or whom it addresses, never its subject
                obj = sv.np_right(k, cend)
                if obj is not None and obj.i == k and (target is None or target.i > obj.i):
                    target = obj
                k = cend
            # "أعادت إحكام السيطرة": one indefinite word between a light verb and its definite act noun is a
            # verbal noun in construct with it (the light verb's object), not a subject
            construct = verb_at != i and k == i - 1 and _definite(sv.norms[i]) and not _definite(sv.norms[k]) and \
                k not in sv.named_tokens and sv.words[k] not in sv.heads
            # "توجه أنصاره إلى المنطقة الخضراء، واقتحموا القصر الرئاسي": a verb with its plural subject written on
            # it (-وا) has no subject after it; the phrase there is its object
            # ("وهم لا يزالون يرفضون جهود السلام الدولية": so an imperfect in -ون, its plural subject written on it)
            # ((round 122) of any type: "وأحرقوا أعلاما … وهم يهتفون "الموت لأمريكا"": the chant after it is none)
            suffixed = verb_at == i and svo and (strip_conj(sv.norms[i]).endswith("وا") or
                                                 bool(form and form.imperfect) and sv.norms[i].endswith("ون"))
            # (round 112) "كما قاموا بنصب عدد من الخيام، في إشارة الى نيتهم الإعتصام": so a light verb in -وا; what
            # follows it is its complement, never its subject
            light_suffixed = verb_at != i and strip_conj(sv.norms[verb_at]).endswith("وا")
            if verb_at == i and not suffixed and k + 1 < cend and k == e and \
                    sv.norms[k] in role_set("ALL", "relative_complements") and sv.content(k + 1) and \
                    not sv.prepositional(k + 1) and k + 1 not in sv.trigger_tokens and \
                    (k + 1 in sv.agent_tokens or sv.actor_head(k + 1)):
                # "بعد أن سيطرت عليها قوات النظام": a preposition with a pronoun (the verb's complement, عليها) comes
                # before a subject named in full; the actor after it is the verb's subject
                k += 1
            if suffixed and direct and target is None and k < cend and k not in sv.trigger_tokens and \
                    sv.content(k) and not sv.prepositional(k):
                target = sv.np_right(k, cend)
            if verb_at == i and direct and k < cend and not construct and sv.past_means(k, typ) > k:
                # "وقصفت بغاز السارين الكيماوي خان شيخون": a means glued to ب right after the verb is no subject
                target, k = _object_past_means(sv, k, typ, target), cend
            if k < cend and k not in sv.trigger_tokens and not sv.prepositional(k) and not construct and \
                    not suffixed and not light_suffixed:
                subject = after = sv.np_right(k, cend)
                if subject is None:
                    subject = _latter_referent(sv, k)  # ("ونجحت الأخيرة في": the party it points at)
                elif subject.i == k:
                    subject = after = _name_alone(sv, subject)  # ("ودعا العبادي أهالي مدينة الموصل")
                if verb_at == i and _adjective_of_act(sv, subject):
                    # "هناك قصف مستمر وعنيف", "توصّلنا لاتفاق نهائي": a bare stem read as a verb, or a phrase
                    # trigger, with an indefinite adjective after it is an act noun with its adjective: no subject,
                    # and no object either
                    subject = after = None
                after_subject = subject is not None
                if subject is not None and verb_at == i and _feminine_verb(sv.norms[i]) and \
                        _sound_plural(sv.words[subject.i]) and sv.norms[subject.i].endswith(("ون", "ين")):
                    # "فقتلت المدنيين": a feminine verb does not agree with a masculine plural; that is
                    # its object, and the subject was named before
                    subject, after_subject = None, False
                elif subject is not None and verb_at == i and _masculine_verb(sv.norms[i], form) and \
                        (_feminine_singular(sv.bares[subject.i]) or
                         _feminine_plural_subject(sv, subject) and not sv.toks[i].text.endswith("ة")) and \
                        subject.i not in sv.person_tokens:
                    # "ودعا الحكومة الاتحادية والمجتمع الدولي إلى": a masculine verb does not agree with a
                    # feminine singular noun right after it; that is its object, the subject named before
                    subject, after_subject = None, False
                if subject is None and not after_subject and after is not None and direct and target is None and \
                        not (form and form.object_suffix) and after.i == k and not passive and \
                        not (sv.norms[k][:1] in ("ب", "ل") and k not in sv.named_tokens) and not sv.non_agent(k):
                    # the phrase that cannot be the verb's subject is its object, what the act is done to or whom
                    # it addresses: "ودعت السوريين المهجرين في الخارج إلى العودة", "ودعا الحكومة الإتحادية" (not
                    # a written passive, whose subject is the one it was done to, nor a word after a glued
                    # preposition: "استُهدف برفقة عدد من أعضاء حكومته"; nor an act named by its verbal noun, which
                    # the training split leaves without a target: "ودعم العودة الطوعية للاجئين", see thing_at)
                    target = after
        if subject is not None and not after_subject and target is None and \
                (verb_at == i or (verb_at is not None and "yes" in role_set(typ, "two_sided"))) and \
                "yes" in role_set(typ, "between") and _conjunct_at(sv, subject.i) and \
                sv.words[subject.i] != sv.norms[subject.i]:
            # "أن أحمد الشرع ومظلوم عبدي وقّعا اتفاقًا": a dual or plural verb of a two-sided act after two parties
            # joined by و has the first as its source and the second as its target, as "بين X وY" (so the training
            # split: "الحكومة اليمنية … والمجلس الانتقالي الجنوبي سيوقعان … اتفاقا")
            first = sv.np_left(subject.i, cstart)
            if first is not None and first.j == subject.i and _actor_phrase(sv, first) and _actor_phrase(sv, subject) \
                    and not (_conjunct_at(sv, first.i) and sv.words[first.i] != sv.norms[first.i]):
                # (two parties only: a list of more, "وزير … ومسؤولو شركة سومو ووزير البترول ووزير الطاقة التركي
                # سيجتمعون", is left as it was read)
                target = Phrase(subject.i, subject.j, sv.conj_cut(subject.i))
                subject = first
        if subject is not None and after_subject and verb_at == i and direct and target is None and \
                not (form and form.object_suffix) and subject.j < cend and sv.norms[subject.j] == _BY_MEANS:
            # "استهدف الموكب بواسطة طائرة مسيرة": a transitive verb whose only phrase is followed by its means,
            # with no object after them, is an unvoweled passive: the phrase is what it was done to, the means
            # (the instrument) stands for the doer
            inst = sv.np_right(subject.j + 1, cend)
            if inst is not None and inst.i == subject.j + 1 and sv.no_object(inst.j, cend):
                target, subject, after_subject, moved = subject, None, False, True
                source = source or inst
        if subject is not None and after_subject and verb_at == i and direct and \
                _site(sv.bares[subject.i]) and not _acting_site(sv, subject, typ, cend):
            # "استهدفت مدينة أربيل بـ12 صاروخا بالستيا": a kind of place after the verb does not act; the verb is
            # an unvoweled passive and the place what it was done to
            if target is None:
                target = subject
            subject, after_subject, moved = None, False, True
        if announced and subject is not None and after_subject:
            # "أعلن المتحدث العسكري للحوثيين، يحيى سريع، … إطلاق صاروخ", "أعلن المتحدث باسم الجيش استهداف": a
            # spokesman (roles.tsv spokesman_heads) announces the act of the body he speaks for, named after باسم
            # or ل right after him; that body did it
            subject = _spokesman_body(sv, subject, i)
        told_doer = passive and subject is not None and subject is noun_doer and subject.j <= i
        # ("مجزرة جديدة لـ«التحالف»، استُهدفت حافلة": the doer of the act a passive verb tells again, read from the
        # noun before it, did it; the passive's own subject, after it, suffered it)
        if subject is not None and verb_at == i and victim and not told_doer and (
                passive or subject.counted or sv.victim_noun(subject) or
                (not (form and form.object_suffix) and sv.no_object(subject.j if after_subject else e, cend))) or \
                subject is not None and verb_at == i and rel and not after_subject and not told_doer and \
                head in role_set("ALL", "relative_patient_verbs") and not (form and form.object_suffix) and \
                sv.no_object(e, cend):
            # قتل عشرة أشخاص, ثلاثون متمردا قتلوا, اغتيل كرامي: the counted (or passive) subject is the victim;
            # "أطلقوا سراح العناصر الذين اعتقلوا ليل الخميس": a verb of seizing people (roles.tsv
            # relative_patient_verbs) in a relative clause with no object is an unvoweled passive, its antecedent
            # the one seized
            if target is None:
                target = subject
            subject = None
            moved = True
        elif subject is not None and (source is None or source is nation and subject.i <= nation.i < subject.j or
                                      source is nation and verb_at == i and nation.j - nation.i > 1 and
                                      nation.i >= max(subject.j, verb_at + 1)):
            # "شنت الطائرات الإسرائيلية غارات": the subject that holds the nationality is the whole doer (up to
            # the nationality: "الطائرات المقاتلة الإسرائيلية", where the subject's phrase stopped before المقاتلة);
            # a weapon's nation after the subject and the verb is the object's ("أسقطت مقاتلتان تركيتان طائرة حربية
            # روسية", "أن مقاتلتين تركيتين أسقطتا طائرة حربية روسية الصنع")
            source = subject if source is None or nation.j <= subject.j or nation.i >= subject.j else \
                Phrase(subject.i, nation.j, subject.cut, subject.counted)
            if after_subject and verb_at == i and direct and target is None and \
                    not (form and form.object_suffix):
                k2 = sv.coordinate(subject).j  # past a coordinated second doer (قصف الحوثيون وقوات صالح قرى)
                k2 = sv.past_adverbials(k2, cend)
                # "ورفضت الحكومة العراقية في بيان القرار التركي": past the statement the subject spoke in
                k2 = sv.past_report(k2, cend)
                oend = cend if k2 <= cend else sv.clause_end(k2)  # (past an aside set off by commas: the object's clause)
                if k2 < oend and sv.title(k2) and any(x in sv.person_tokens for x in range(subject.i, subject.j)):
                    # "واتهم أحمد الأسدي المتحدث باسم قوات الحشد الشعبي أمريكا": the title after a named
                    # person is his apposition; the object follows it
                    app = sv.np_right(k2, oend)
                    if app is not None and app.i == k2:
                        # (the title phrase may have run on into the object's name: stop at a name that starts
                        # after the title's own genitive, not a person's)
                        j = next((x for x in range(app.i + 2, app.j) if x in sv.named_tokens and
                                  x not in sv.person_tokens and sv.entity_of.get(x) != sv.entity_of.get(x - 1) and
                                  not _definite(sv.norms[x])), app.j)
                        k2 = sv.past_adverbials(j, oend)
                if k2 < oend and not _conjunct_at(sv, k2):  # "مواقع مهمة ومرموقة": still the subject
                    target = sv.np_right(k2, oend)
                elif k2 == cend:
                    k3 = sv.past_parenthetical(cend)
                    # "قصف الجيش الإسرائيلي، اليوم ، مناطق عدة": past a time set off by commas, the object
                    target = sv.np_right(k3, sv.clause_end(k3)) if k3 is not None else \
                        sv.object_past_comma(subject, cend)
                means = None if target is None else \
                    next((x for x in range(subject.i + 1, target.i + 1) if sv.past_means(x, typ) > target.i), None)
                if target is None or means is not None:
                    # (a means the subject or the object phrase ran into: "قصفت إيران بأربع مسيّرات مفخخة مقرات الجمعية")
                    # "استهدفت مقاتلات …، مساء الأربعاء، بغارتين جويتين، مواقع عسكرية", "واستهدف التحالف بزهاء 10
                    # غارات مقر الأمن القومي": past the times, the means and the asides after the subject, the object
                    target = sv.object_past_asides(sv.coordinate(subject).j if means is None else means, typ)
                if target is None:
                    target = _object_past_subject_tail(sv, subject, typ)
        if (subject is not None or resumptive) and not after_subject and verb_at == i and direct and target is None and \
                not (form and form.object_suffix):
            k = e
            k = sv.past_report(k, cend)
            target = sv.np_right(k, cend if k <= cend else sv.clause_end(k)) or sv.object_past_asides(e, typ)  # ('قصفت بـ"4" صواريخ القاعدة')

    if target is None and verb_at == i and pos == "v" and subject is not None and \
            (subject.i in sv.named_tokens or sv.words[subject.i] in sv.heads or _definite(sv.norms[subject.i]) or
             (subject.i + 1 < subject.j and not _nisba_like(sv.words[subject.i]) and
              (subject.i + 1 in sv.named_tokens or _definite(sv.norms[subject.i + 1])))):
        # (a subject that names an actor: not an adjective read as one, "هناك قصف مستمر وعنيف ومحاولات تقدم"; a noun
        # in construct with a definite genitive is definite too, "واشتبك أبطال المقاومة الجنوبية مع")
        # "سيطرت القوات التركية و"الجيش السوري الحر" على ثماني قرى", "إن إيران استولت في العامين الماضيين بشكل
        # مخالف للقانون على خمس سفن": a cue word (not a glued letter) a few words after the verb's subject, or after
        # the verb when the subject stands before it, past the trigger's own window, still names the target
        start = sv.coordinate(subject).j if after_subject else e
        # "واشتبكت القوات السعودية مع مسلحين حوثيين": an act two sides do to each other names the other side after
        # مع past the verb's subject, as right after the trigger
        cues = target_cues + ("مع",) if nhead in role_set(typ, "mutual_acts") else target_cues
        for k in range(start, min(cend, start + 8)):
            if k in sv.trigger_tokens or (k > start and sv.conj_at(k)):
                break  # (nor past a conjunct: "قصف مستمر وعنيف ومحاولات تقدم … على أكثر من محور")
            if len(sv.norms[k]) > 1 and _cue_match(sv, k, cues):
                # (with its exact number, "ثماني قرى": the count tells this taking from another told after it)
                target = _with_count(sv, sv.cue_at(k, cues))
                break
        if target is None and after_subject and start == cend < sv.size and sv.toks[start].text in _ASIDE_MARKS:
            # "وسيطرت قوات عراقية خاصة، حصلت على تدريب أمريكي، على مبنى المحافظة", "وسيطرت المقاومة الشعبية
            # -مدعومة بوحدات عسكرية من المنطقة الرابعة- على منطقة معاشيق": an aside set off by two commas (or
            # dashes) after the subject describes it; the cue right after the closing mark names the target (not one
            # inside the aside: على تدريب)
            mark = sv.toks[start].text
            close = next((x for x in range(start + 2, min(sv.size, start + 14)) if sv.breaks[x] or sv.is_punct(x)),
                         None)
            if close is not None and sv.toks[close].text == mark and close + 1 < sv.size and \
                    not any(x in sv.trigger_tokens and sv.trigger_types.get(x) == typ for x in range(start, close)) and \
                    len(sv.norms[close + 1]) > 1 and _cue_match(sv, close + 1, cues):
                target = _with_count(sv, sv.cue_at(close + 1, cues))
        if target is None:
            target = _cue_past_aside(sv, start, cues, typ)
    if source is None and verb_at is not None and not moved and \
            not (verb_at + 1 < sv.size and sv.norms[verb_at + 1] in role_set("ALL", "relative_complements")):
        # "الفصائل، التي هددت بمعاودة شن الهجمات": a verb inside a relative clause has its antecedent as
        # subject (not one with the antecedent's pronoun after a preposition: "القاعدة التي نفذ منها الهجوم")
        for k in range(verb_at - 1, max(cstart, verb_at - 5) - 1, -1):
            if sv.words[k] in sv.relatives:
                if k == verb_at - 1 and _disagrees(sv.words[k], sv.norms[verb_at], head if verb_at == i else ""):
                    # "الصواريخ الباليستية التي اتفق على تجميدها": a verb that does not agree with the relative
                    # has a subject of its own or none (an impersonal passive): the antecedent is no doer
                    break
                own = _relative_own_subject(sv, k, verb_at)
                if own is not None:
                    source = own if own.j <= verb_at and _names_actor(sv, own) else None
                    break
                m = k - 1 if k - 1 >= 0 and sv.breaks[k - 1] else k
                source = sv.np_left(m)
                break
    thing_after = False
    if verb_at is not None and verb_at != i:
        # "خرجت التصريحات من جانب طهران باستهداف": a light verb whose subject right after it is a thing (a
        # non-agent noun, not the act) has a subject of its own, no doer to share from the sentence
        a = sv.past_adverbials(verb_at + 1, sv.size)
        thing_after = a < i and a not in sv.trigger_tokens and sv.content(a) and not sv.prepositional(a) and \
            _definite(sv.norms[a]) and sv.non_agent(a)
    if source is None and verb_at is not None and not moved and not (victim and verb_at == i) and not thing_after and (
            _conjoined(sv.norms[verb_at], head if verb_at == i else "") or
            all(sv.words[k] in sv.aux or sv.norms[k] in role_set("ALL", "shared_openers")
                for k in range(cstart, verb_at)) or
            # "مستمرة بالتقدم في المحور الشرقي حيث سيطرت على", "إذ اقتحموا", "بعد أن رفض": a verb right after
            # a subordinator, with no subject of its own, has the subject of the clause it hangs on
            (verb_at >= 1 and _cue_match(sv, verb_at - 1, role_cues("ALL", "shared_subordinators")))):
        # "… تجمعت قوات واغنر …، وباشرت بالهجوم", "فالإدارة الأميركية، …، قد بدأت مفاوضات", "سحبت المملكة
        # سفيرها، كما طلبت من السفير": a conjoined verb, or one opening its clause (after كما), with no subject
        # of its own shares the subject of the sentence (not a verb of killing: "ثمانية اشخاص، بينهم طفلان،
        # قتلوا" is passive); inside a that-clause, the subject of that clause ('أنّ «العدوّ الإسرائيلي اخترق
        # أجهزة بايجر وفجّرها»': not the agency that reports it)
        # ("وقد خاضت المقاومة مواجهات عنيفة … بعد أن استعادت السيطرة": after a subordinator too, the subject of the
        # nearest finite verb before it that agrees with it, the verb its clause hangs on — not the sentence's first
        # actor, "مسكن الرئيس اليمني" in an aside before)
        subordinated = verb_at >= 1 and _cue_match(sv, verb_at - 1, role_cues("ALL", "shared_subordinators"))
        chain = _chain_subject(sv, verb_at, things=True) if subordinated or \
            _conjoined(sv.norms[verb_at], head if verb_at == i else "") else None
        # "قال مسؤول تركي لرويترز … إن طائرتين حربيتين اقتربتا من الحدود …، وحذرتا": the verb shares the subject of
        # the verb that heads its chain; when that names no actor, no doer stands in the sentence for it (not the
        # speaker, nor the sentence's first actor)
        thing_chain = _thing_chain(sv, chain, verb_at)
        chain = chain if chain is not None and _chain_actor(sv, chain) else None
        that = [k for k in range(0, verb_at) if sv.words[k] in _THAT]
        that = [k for k in that if not any(sv.breaks[m] for m in range(k, verb_at))]
        shared = any(sv.norms[k] in role_set("ALL", "shared_openers") for k in range(cstart, verb_at))
        # ("وتعتبر أنقرة قوات قسد …، وكثفت مؤخرا من قصفها": the act noun a light verb carries names the shared
        # subject by its pronoun, read as pronoun_antecedent reads it, before the sentence's first actor phrase)
        source = None if thing_chain else chain or (_sayer_past_that(sv, that[-1], verb_at) if that else None) or \
            (sv.that_subject(that[-1], i) if that else None) or \
            (sv.pronoun_antecedent(i) if verb_at != i and pos != "v" else None) or sv.opening_name(i) or \
            sv.first_actor(0, i) or \
            (sv.first_actor(0, i, named=True) if shared else None)  # (a name only after كما: not a place
        # named in passing, "مواجهات على طريق حمص - طرطوس، وسيطرت")
        if source is not None and source.i >= 1 and strip_conj(sv.norms[source.i - 1]) in role_set("ALL", "undergo_verbs"):
            source = None  # "تعرضت القافلة لكمين، وقصفت …": the subject of تعرض suffered the act, it did not do it
    if target is None and verb_at == i and pos == "v" and "yes" in role_set(typ, "thing_objects") and \
            not (form and form.object_suffix):
        # "ورفضت الحكومة العراقية اليوم القرار التركي", "وسبل دعم العملية السياسية": what is rejected or
        # supported is often a thing (a decision, a process) that no actor phrase reads; the noun that stands as
        # the verb's object (past its subject, the times and the statement it spoke in). Not an act named by its
        # verbal noun ("رفضوا الانتقال الى ادلب"), which the training split leaves without a target (see thing_at)
        k = sv.coordinate(subject).j if subject is not None and after_subject else e
        k = sv.past_report(k, cend)
        target = sv.thing_at(k, cend if k <= cend else sv.clause_end(k))
    if verb_at == i and pos == "v" and "yes" in role_set(typ, "act_objects") and \
            nhead not in role_set(typ, "charge_verbs") and not (form and form.object_suffix):
        # "أدانت رئاسة الجمهورية هجوما استهدف معسكر التاجي", "ونددت العديد من الدول بالهجوم", "رحب ماكرون
        # بالاتفاق": the act a verb of condemning or welcoming takes as its object (bare, or after its ب) is what
        # is condemned or welcomed, the target (the training split's gold; also over a cue's phrase inside the act's
        # own words, "أدانت الخارجية القصف الصاروخي على مدينة أربيل")
        k = sv.coordinate(subject).j if subject is not None and after_subject else e
        k = sv.past_report(k, cend)
        act = sv.act_at(k, cend if k <= cend else sv.clause_end(k))
        if act is not None and (target is None or target.i >= act.j):
            target = act
    occ = sv.occupant_of(target)
    if occ is not None:
        target = occ

    if pos != "v":
        # the genitive right after a noun trigger: انسحاب القوات (doer) / مقتل عشرة أشخاص (patient)
        nxt = sv.norms[e] if e < sv.size else ""
        # with its doer the subject of a light verb (واستمرت القوات بقصف مواقع التنظيم), a transitive verbal
        # noun's genitive is what it acts on, also an indefinite head of an idafa (مواقع التنظيم)
        acted_on = direct and verb_at is not None and verb_at != i and source is not None and target is None
        site_object = direct and e < sv.size and sv.words[e] == nxt and e not in sv.agent_tokens and \
            _held_site(sv, e) and (_site_kind(sv, e) or _transitive_act(sv, i))
        # an idafa genitive is definite or a named actor; an indefinite word after an indefinite noun is its
        # adjective (هجوم مباشر, هجوم انتحاري), not its doer; a number after a patient noun counts its victims
        if e < sv.size and (sv.content(e) or (patient and sv.counting(e))) and not _definite(sv.norms[e - 1]) and \
                (_definite(nxt) or strip_conj(nxt) in sv.heads or (patient and sv.counting(e)) or
                 # "تجمهر آلاف المتظاهرين": a count of a definite plural is a genitive too
                 (sv.words[e] in sv.quant and e + 1 < sv.size and _definite(sv.norms[e + 1])) or
                 # a person or an organisation named right after the noun (زيارة مظلوم لدمشق, هجمات داعش); after a
                 # noun of what is suffered, any name (اغتيال سليماني). A place after an event noun is where
                 # (معركة تلعفر), not who.
                 # (only right after the noun itself: not after a trigger that ends in a preposition, عملياته ضد
                 # قسد, whose name is the target, nor after a noun whose pronoun is already its genitive)
                 ((e in sv.agent_tokens or (patient and e in sv.named_tokens)) and sv.words[e] == nxt and
                  nxt[:1] not in "بل" and sv.norms[e - 1] not in sv.fn and
                  not (e in sv.agent_tokens and sv.toks[e - 1].text.endswith(("ه", "ها", "هم", "هما", "هن")))) or
                 # "لقاءات أمير البلاد الشيخ صباح": a title with its own genitive or name is a person
                 (sv.words[e] == nxt and nxt[:1] not in "بل" and sv.title(e) and e + 1 < sv.size and
                  (_definite(sv.norms[e + 1]) or e + 1 in sv.named_tokens)) or
                 # (not a word written like a verb: "محاولة اغتيال استهدت منزله", a misspelt verb of the clause)
                 (patient and not _nisba_like(nxt) and not sv.non_agent(e) and sv.words[e] == nxt and
                  not (_verb_shape(nxt) and nxt[:1] not in "يت")) or  # إسقاط طائرة
                 # "دعم واشنطن للاحتلال الإسرائيلي": a name with the act's object after ل is the doer
                 # (a name beginning with و has none glued when the entities component says so: واشنطن)
                 (e in sv.named_tokens and (sv.words[e] == nxt or e not in sv.joined_names) and
                  nxt[:1] not in "بل" and sv.lam_thing(sv.name_end(e)) is not None) or
                 (acted_on and e + 1 < sv.size and _definite(sv.norms[e + 1]) and not _nisba_like(nxt) and
                  not _adjunct_after(sv, e, typ)) or
                 # (or a kind of site, indefinite before its holder: "جددت المدفعية التركية قصف مواقع وحدات …")
                 (acted_on and _site(sv.bares[e])) or
                 # "بعد قصف مواقع المسلحين", "واستهداف أحيائه بالصواريخ": a site right after the noun of a transitive
                 # act (with its own genitive or pronoun, or none) is what the act was done to
                 site_object or
                 (patient and (sv.victim_noun(Phrase(e, e + 1)) or _bare(nxt) in sv.soldiers))):
            # (مقتل جندي أميركي, اختطاف صحافيين: after a noun of what a victim suffers, a soldier or a
            # civilian is the genitive, not an adjective)
            ph = sv.np_right(e, cend)
            # a verbal noun with a pronoun (لطرده القوات: "for him to expel the forces") has its doer in the
            # pronoun; the noun after it is its object. ة is a separate letter, so a written ه is a pronoun.
            owned = sv.toks[e - 1].text.endswith(("ه", "ها", "هم", "هما", "هن"))
            if ph is not None and e in sv.named_tokens and (sv.words[e] == nxt or e not in sv.joined_names) and \
                    ph.j > sv.name_end(e) and sv.lam_thing(sv.name_end(e)) is not None:
                ph = Phrase(e, sv.name_end(e))  # "دعم واشنطن لإسرائيل": the name, then the object after ل
            if ph is not None and owned and ph.j == e + 1 and _written_definite(sv, e) and \
                    e not in sv.named_tokens and not (sv.actor_head(e) or sv.nationality(e)):
                # "تعبر عن تأييدها الكامل للإجراءات الدبلوماسية", "دعمها الشامل للحوثيين": a noun with its pronoun
                # (its genitive) is definite, the one definite word after it with a ل-phrase after that is its
                # adjective; what the act is done to is the ل-phrase (none when no ل-phrase follows)
                if ph.j < sv.size and sv.content(ph.j) and strip_conj(sv.norms[ph.j])[:1] == "ل" and \
                        sv.norms[ph.j] not in sv.fn:
                    ph, target = None, target or sv.lam_thing(ph.j)
            if ph is not None:
                # (an indefinite weapon is the doer too when the act's object follows after ل: "استهداف مسيرة
                # تركية لسيارتهم" — a drone hit their car; "استهداف مواقع للحوثيين" names the sites' holder)
                obj = sv.lam_thing(ph.j) if e in sv.named_tokens and ph.j == sv.name_end(e) else \
                    sv.lam_object(ph.j) if (patient and _definite(sv.norms[ph.j - 1])) or \
                    (patient and sv.bares[ph.i] in role_set(typ, "weapon_nouns")) else None
                if obj is not None and not ph.counted:
                    # "باختطاف الحوثيين لسفينة", "استهداف إسرائيل لمواقع": with its object after ل the genitive
                    # is the doer
                    source, target = source or ph, obj
                elif patient:
                    target = _before_means(sv, ph, typ) if site_object else ph  # مقتل 15 شخصا … على الجانب الآخر: the genitive, not a later cue
                elif site_object and target is None:
                    target = _before_means(sv, ph, typ)
                elif (owned or acted_on or head in role_set(typ, "object_genitive")) and target is None:
                    target = ph
                elif direct and target is None and _purpose_lam(sv, i, head):
                    target = ph  # "تدخل في حرب اليمن عام 2015 لقتال الحوثيين": a verbal noun of purpose acts on it
                elif not patient and not owned and not _adjective_of_act(sv, ph) and \
                        (source is None or source is nation and nation.j - nation.i == 1
                         and (nation.i > i or i - nation.j > _ONE_ACT_GAP or
                              any(sv.breaks[x] for x in range(nation.j, i)))):
                    # ("الغارة الإسرائيلية نفذت … لمواجهة هجمات الحوثيين": a lone nationality adjective read in the
                    # clause, another act's, names no doer (it is dropped below); the genitive does — not the
                    # adjective of an act of the type told just before, in the same stretch, which the detector
                    # takes for one event with this one: "الضربات الجوية الروسية مستمرة ما دام هجوم الجيش السوري";
                    # nor an adjective of the act itself: "هجوم إلكتروني")
                    source = ph
        # تعرضت القوات الأمريكية … الى هجوم: the subject of the experiencer verb is the target (also over a cue
        # further on: "وتتعرض قواعد عسكرية …، لهجمات … منذ العدوان الإسرائيلي على غزة" — غزة is another act's)
        undergo = role_cues("ALL", "undergo_verbs")
        for k in range(i - 1, max(0, i - 30) - 1, -1):
            if sv.words[k] in undergo:
                if target is None or (k >= i - 20 and not any(m in sv.trigger_tokens for m in range(k + 1, i))):
                    target = sv.np_right(sv.past_adverbials(k + 1, sv.size)) or sv.np_left(k) or \
                        _subject_before(sv, k) or target
                break
        witness = role_cues(typ, "witness_subjects")
        if target is None and witness and nhead not in role_set(typ, "mutual_acts"):
            # "وكان شهد مطار عدن الدولى اليوم، انفجارات", "وتشهد القاعدة العسكرية فى عين الأسد هجمات متكررة": the
            # subject of شهد, whose object the act is, suffered it (the audit's convention, as for تعرض): after the
            # verb (past times and asides) or before it ("الذي يشهد"); no trigger and no clause break between
            for k in range(i - 1, max(0, i - 14) - 1, -1):
                if k in sv.trigger_tokens or sv.breaks[k] and sv.toks[k].text not in ("،", ","):
                    break
                if strip_conj(sv.norms[k]) in witness:
                    a = sv.past_adverbials(k + 1, i)
                    ph = sv.np_right(a, i) if a < i else None
                    if ph is not None and ph.i == a and ph.j + 1 < i and sv.norms[ph.j] == "في":
                        place = sv.np_right(ph.j + 1, i)  # (its place after في: "القاعدة العسكرية فى عين الأسد")
                        b = place.j if place is not None and place.i == ph.j + 1 else ph.j
                    else:
                        b = ph.j if ph is not None else i
                    if ph is not None and ph.i == a and (sv.past_adverbials(b, i) == i or sv.toks[i - 1].text in ("،", ",")):
                        target = ph  # (the act right after it, past times and asides: its object, not "تزايداً في حالات الاغتيال")
                    elif a == i:
                        target = _subject_before(sv, k)
                    break
        # "الهجوم الذي تعرضت له السفارة السعودية": the subject of the experiencer verb in the relative after it;
        # after an indefinite act the relative has no relative word ("ناجمة عن قصف صاروخي تعرضت له القاعدة
        # العسكرية", "أي تهديد تتعرض له أي من دول المجلس"), past the act's own adjectives
        r = e
        while r < sv.size and (_act_adjective(sv, r) or sv.content(r) and _definite(sv.words[r]) and
                               _nisba_like(sv.words[r]) and r not in sv.named_tokens and not sv.actor_head(r)):
            r += 1  # (its adjectives: صاروخي, الإرهابي, الإسرائيلي)
        w = strip_conj(sv.norms[i])
        bare_act = not (w.startswith(("ال", "لل")) or (w[:1] in "بلك" and w[1:3] == "ال"))
        if r < sv.size and sv.words[r] in sv.relatives:
            r += 1
        elif not bare_act:
            r = sv.size
        if r + 1 < sv.size and sv.words[r] in undergo and sv.norms[r + 1] in ("له", "لها", "لهم"):
            target = sv.np_right(sv.past_adverbials(r + 2, sv.size)) or target
    if source is not None and source is not nation and pos == "v" and verb_at == i and not moved and \
            not victim and _conjoined(sv.norms[i], head) and source.i > i and not _names_actor(sv, source):
        # "إن قوات الأمن داهمت مقر فصيل … وصادرت صواريخ", "وأمر قواته … واستهدف 45 هدفا للجيش السوري": after a
        # conjoined verb, a phrase that names no actor (a thing, a counted object) is its object; the doer is the
        # subject of the verb heading its chain (when that names an actor; else the reading stays)
        chain = _chain_subject(sv, i, told=True)
        if chain is not None and _names_actor(sv, chain):  # (not "بخلية العبدلي", a complement)
            source, target = chain, target or _with_count(sv, source)
        elif not any(sv.bares[x] in role_set("ASSAULT", "weapon_nouns") for x in range(source.i, source.j)) and \
                _thing_phrase(sv, source):
            # "فند الادعاءات الايرانية ونفى وجود مركز «اسرائيلي»", "أكد البيان الختامي …، ورفض محاولات إقامة حكم
            # ذاتي": with the head of the chain not read (a bare past verb, فند, أكد, has no shape of its own), the
            # phrase is still the object, never the doer: no source (a weapon may stand for its user: "واستهدفت
            # طائرة مسيرة سيارة"; nor a lone word no component names, "وأرسلت تركيا تعزيزات")
            source, target = None, target or _with_count(sv, source)
    if source is not None and source is not nation and pos == "v" and verb_at == i and not moved and \
            _conjoined(sv.norms[i], head) and nhead in role_set(typ, "object_before_heads") and \
            not (form and form.object_suffix) and source.i == sv.past_adverbials(e, cend) and source.j < sv.size and \
            _complement_at(sv, source.j, role_set(typ, "object_before")):
        # 'وكان "حزب الله" حمل إسرائيل مسؤولية اغتيال سمير القنطار …، وتوعد تل أبيب برد قاس', "أن استيلاء … يزعزع
        # الأمن … ودعت طهران إلى الإفراج": a conjoined verb of calling, accusing or warning that continues the
        # sentence of a verb before it (the head of its chain, with an actor as subject) shares that subject; the
        # one phrase between it and its complement (برد, إلى) is whom it warns or calls, its object
        chain = _chain_subject(sv, i, told=True, head=head)
        if chain is not None and _names_actor(sv, chain) and not (chain.i < source.j and source.i < chain.j):
            source, target = chain, source
    if source is not None and source is nation and source.j - source.i == 1:
        # "غارة أمريكية", "القصف التركي": an actor named only by an adjective is no source (GUIDELINES); the
        # adjective still told the subject that holds it (الطائرات الإسرائيلية) above
        source = None
    if glued is not None and source is not None and source.i < glued.j and glued.i < source.j:
        source = None  # (the cue's object is never the doer: 'أعلن تنظيم "داعش"، يوم أمس، شن عملية ضد عناصر من قسد')
    # the parties named by the act's words found no doer: a meeting's holders, an agreement's withdrawer (last: a
    # subject that holds the meeting, "السوداني يترأس الاجتماع الدوري للمجلس الوزاري", comes first)
    if source is None and pos != "v" and nhead in role_set(typ, "lam_participants"):
        source = _meeting_owners(sv, e, cend)
    if source is None and pos != "v" and e - i == 1 and i >= 2 and sv.norms[i - 1] == "من" and \
            role_set(typ, "leaving_forms"):
        source = _leaving_party(sv, typ, i)
    return sv.extend(source), target


# -- agreement of a doer with the pronoun that stands for it

_OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")


def _written_pronoun(sv: SentenceView, k: int) -> tuple[str, Optional[str]]:
    """Token k as written without its diacritics, not normalised (ة is another letter, so a written ه is a
    pronoun), and the pronoun at its end (هما, هم, ها, ه), or None."""
    raw = "".join(c for c in sv.toks[k].text if not ("\u064b" <= c <= "\u0652"))
    return raw, next((x for x in _OBJECT_PRONOUNS if raw.endswith(x)), None)
def _owned_stem(sv: SentenceView, k: int) -> str:
    """Token k normalised, less a possessive pronoun written at its end (إسقاطها → اسقاط); the word itself when it
    has none."""
    raw, suf = _written_pronoun(sv, k)
    w = strip_conj(sv.norms[k])
    return strip_conj(normalize(raw[:-len(suf)])) if suf is not None and len(raw) - len(suf) >= 3 else w
_BROKEN_PLURALS = re.compile(r"^(ا..ا.|..ا[ئي].|..ايا|..اه|...اء|ا..اء)$")  # أنصار, كتائب, سرايا, قادة, زعماء, أبناء
_OWNER_PREFIXES = ("", "ب", "ل", "و", "ف", "وب", "ول", "فب", "فل")


def _plural_pronoun(sv: SentenceView, i: int, e: int, pos: str, head: str) -> bool:
    """In: a trigger on tokens [i, e), its part of speech and its lexicon word. Out: it names its doer by a plural
    pronoun of people — a verb with the plural subject suffix (سيطروا, يستهدفون, هاجموه) or a verbal noun with
    the plural possessive and its object right after it, so the possessive is its subject (اجتياحهم العاصمة,
    استهدافهم 6 سفن; not اعتقالهم في, where the possessive may be the one arrested)."""
    w = sv.norms[i]
    if pos == "v":
        v, h = (w[1:] if _conjoined(w, head) else w), normalize(head)
        if any(v.endswith("و" + suf) and len(v) - len(suf) >= 4 for suf in _OBJECT_PRONOUNS):
            return True
        if h.endswith(("وا", "ون")) and not v[:-2].endswith(h[-1]):
            return False  # (the verb's own letters: ستتعاون from تعاون, no plural ون)
        return (len(v) >= 4 and v.endswith("وا")) or \
            (len(v) >= 5 and v.endswith("ون") and (v[1:] if v[:1] == "س" else v)[:1] in "يت")
    if pos != "n" or e - i != 1 or e >= sv.size or not w.endswith("هم"):
        return False
    stem, lex = strip_conj(w)[:-2], _bare(normalize(head))
    if len(lex) < 3 or not any(stem in (p + lex, p + "ال" + lex) or lex.endswith("ه") and stem == p + lex[:-1] + "ت"
                               for p in _OWNER_PREFIXES):
        return False  # (تفاهم ends in هم: only the lexicon word with the pronoun after it)
    # (its object: a word, a number or the gapped trigger's own object word — إطلاقهم صاروخاً — not a time, a
    # preposition's complement or an adjective of the noun)
    return (sv.content(e) or sv.cardinal(e) or e in sv.trigger_tokens and not sv.is_punct(e)) and \
        not sv.is_time(e) and not sv.prepositional(e) and not _nisba_like(sv.norms[e]) and \
        sv.norms[e] not in sv.adjectives


def _head_at(sv: SentenceView, ph: Phrase) -> int:
    x = ph.i
    while x < ph.j - 1 and sv.is_quote(x):
        x += 1
    return x


def _head_word(sv: SentenceView, x: int) -> str:
    """Token x without its article, and without a possessive pronoun when the rest is an actor head (أنصاره,
    قواتها → أنصار, قوات)."""
    b = sv.bares[x]
    for suf in _OWNER_SUFFIXES:
        if b.endswith(suf) and b[:-len(suf)] in sv.heads:
            return b[:-len(suf)]
    return b


def _one_party(sv: SentenceView, ph: Phrase) -> bool:
    """The phrase is clearly one party, singular: a person's name (not a one-word nisba name, الحوثي, which may
    stand for the group), a singular actor head (singular_heads.txt: الجيش, التحالف, حزب, جماعة) or title, or a
    name that is no plural (not مسلحين, طالبان, أنصار الله, كتائب, الأكراد) — counted, joined to a second party
    by و or headed by a quantifier, it is no one party."""
    if ph.counted or sv.coordinate(ph).j > ph.j or any(sv.conj_at(x) for x in range(ph.i + 1, ph.j)):
        return False
    x = _head_at(sv, ph)
    b = _head_word(sv, x)
    if x in sv.person_tokens:
        return not (b.endswith("ي") and sv.entity_of.get(x + 1, -1) != sv.entity_of.get(x) and
                    (x == 0 or sv.entity_of.get(x - 1, -1) != sv.entity_of.get(x)))
    if b in word_set("events/singular_heads.txt") or b in sv.titles:
        return True
    if x not in sv.named_tokens or b in sv.heads or b in sv.quant or b in sv.peoples or \
            b in word_set("events/party_plurals.txt"):
        return False
    return not (b.endswith(("ون", "ين", "ات", "ان", "ي", "و")) or _BROKEN_PLURALS.match(b))


def _name_alone(sv: SentenceView, ph: Phrase) -> Phrase:
    """A phrase opening with a name that runs on past the name's entity into an indefinite noun (not a nisba):
    the name alone — a name is no construct head, the indefinite noun after it begins another phrase, the verb's
    object ("وتعتبر أنقرة قوات قسد …", "ودعا العبادي أهالي مدينة الموصل"); else the phrase."""
    if ph.i not in sv.named_tokens:
        return ph
    ne = sv.name_end(ph.i)
    if ne < ph.j and sv.content(ne) and not _definite(sv.norms[ne]) and not sv.conj_at(ne) and \
            (not _nisba_like(sv.words[ne]) or sv.actor_head(ne)):  # (an actor noun in ي: أهالي; not a second
        # party joined by و: "اتفقت واشنطن وبغداد")
        return Phrase(ph.i, ne)
    return ph


def _people(sv: SentenceView, ph: Phrase) -> bool:
    """The phrase names several people who act: two parties joined by و, a sound plural of people (المتمردون,
    مسلحين: not a victim noun, a place's or a time's name), a plural actor head (قوات, عناصر, أنصار, قادة) or a
    people's plural (الأكراد) — not counted (أربعة أشخاص)."""
    if ph.counted or sv.victim_noun(ph):
        return False
    x = _head_at(sv, ph)
    b, w = _head_word(sv, x), sv.words[x]
    if sv.coordinate(ph).j > ph.j:
        return _actor_phrase(sv, ph) or x in sv.named_tokens
    if b in word_set("events/singular_heads.txt") or b in sv.titles or x in sv.person_tokens or sv.is_time(x) or \
            sv.non_agent(x) or (x in sv.named_tokens and x not in sv.agent_tokens):
        return False
    if b in sv.heads:
        return b.endswith(("ات", "ون", "ين", "و", "ي")) or bool(_BROKEN_PLURALS.match(b)) or \
            b in word_set("events/party_plurals.txt") or len(b) == 4 and b[2] == "و"  # (جنود)
    if b in sv.peoples:
        return not b.endswith("ي")
    return _sound_plural(w) and len(b) >= 5


def agreeing_doer(sv: SentenceView, i: int, e: int, pos: str, head: str, doer: Optional[Phrase]
                  ) -> Optional[Phrase]:
    """In: a trigger on tokens [i, e) and the doer read for it (its own subject, or one carried to it: the shared
    subject of conjoined verbs, the main clause's subject after بعد أن / حيث, the sentence's first actor). Out: that
    doer, unless the trigger names its doer by a plural pronoun of people (سيطروا, اجتياحهم العاصمة) and the doer is
    clearly one party (التحالف, a person): then the nearest phrase before the trigger that names several people
    ("لمنع "الحوثيين" من السيطرة تماماً على البلاد بعد أن سيطروا"), else None. A plural that names victims
    nearest before the verb (أربعة أشخاص قتلوا) makes the pronoun theirs, a patient: the doer stays."""
    if doer is None or not _plural_pronoun(sv, i, e, pos, head) or not _one_party(sv, doer):
        return doer
    for k in range(i - 1, -1, -1):
        if not sv.content(k) or sv.conj_at(k) or (k >= 1 and sv.entity_of.get(k) is not None and
                                                   sv.entity_of.get(k - 1) == sv.entity_of.get(k)):
            continue
        ph = sv.np_right(k, i) or Phrase(k, k + 1)
        if ph.i < doer.i and doer.j <= ph.j and _people(sv, ph):
            return doer  # (the people's phrase holds the party as its participle's complement: round 116)
        if ph.i != k or ph.i < doer.j and doer.i < ph.j:
            continue
        if ph.counted or sv.victim_noun(ph) or k >= 1 and sv.counting(k - 1):
            return doer  # (the pronoun stands for the victims told nearest before it: a passive)
        before = sv.np_right(k - 1, i) if k >= 1 and sv.content(k - 1) and sv.bares[k] in sv.peoples else None
        if before is not None and before.i == k - 1 and before.j > k:
            continue  # (a people's word inside the phrase of the word before it, its adjective: "الرياض وحلفاءها
            # العرب"; the phrase is read from its head)
        if _people(sv, ph):
            if ph.j < doer.i <= ph.j + 3 and not any(sv.content(x) or sv.toks[x].text in _ASIDE_MARKS
                                                     for x in range(ph.j, doer.i)):
                return doer  # ("خلايا تابعة لـ“تنظيم الدولة” استهدفوا": the party the people belong to; round 128:
                # not one set off by a comma after people who already name their party, 'مسلحين من "سرايا السلام"،
                # التنظيم المسلح التابع للصدر، أطلقوا': an apposition of that party's name)
            return sv.coordinate(ph)
    return None
