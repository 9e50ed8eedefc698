"""The event lexicons of ``resources/events/`` compiled into word-form tables, and matching over tokens.

Arabic inflects a trigger with clitics, person prefixes and suffixes (هاجم → وهاجموا, يهاجمون, بالهجوم,
هجماتهم). Instead of stemming every token at run time, each lexicon word is expanded once, on load,
into all the surface forms we accept; a token then matches with one dictionary look-up of its
normalised form. The expansion is deliberately narrow (only the affixes listed here), so a stem never
matches inside an unrelated longer word.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ...arabic.normalize import normalize
from ...resources import lines, path, table

# -- affixes used to expand lexicon words (normalised spelling: ة→ه, ى→ي, أ/إ→ا)
_VERB_PROCLITICS = ("", "و", "ف")
_IMPF_PREFIXES = ("ي", "ت", "ن", "ا")
_PAST_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن", "تم", "نا", "و")  # و: before an object pronoun (قتلوه)
_IMPF_SUFFIXES = ("", "ون", "ان", "ين", "وا", "ن", "و")
_OBJECTS = ("", "ه", "ها", "هم", "هما", "هن", "نا", "ني", "كم")
_NOUN_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "لل", "كال", "وبال", "ولل",
                    "فبال", "فلل", "وب", "ول", "فب", "فل", "وك")
_NOUN_SUFFIXES = ("", "ات", "ين", "ون", "ان", "ا", "ها", "هم", "هما", "ه")
_TA_SUFFIXES = ("ه", "ات", "تين", "تان", "تي", "ته", "تها", "تهم", "اته", "اتها", "اتهم", "يه", "يات")
_EXACT_PROCLITICS = ("", "و", "ف", "ب", "ل")


@dataclass(frozen=True)
class Form:
    """What a surface form means: which entry it starts, and how the verb is inflected."""
    entry: int  # index into Lexicon.entries
    imperfect: bool = False  # يهاجم (present/imperfect) as opposed to هاجم (past)
    future: bool = False  # سيهاجم: the future prefix is part of the word
    object_suffix: bool = False  # هاجموه: the target is a pronoun on the verb
    plural_subject: bool = False  # هاجموا: the subject was named before the verb (SVO)


@dataclass(frozen=True)
class Entry:
    type: str
    mode: Optional[str]
    pos: str
    words: tuple[str, ...]  # normalised
    extra: tuple[str, ...] = ()  # further columns (window, condition, flags ...)


def _verb_forms(stem: str) -> dict[str, tuple[bool, bool, bool, bool]]:
    """surface → (imperfect, future, object_suffix, plural_subject) for a past-3ms verb stem."""
    out: dict[str, tuple[bool, bool, bool, bool]] = {}
    # defective verbs (التقى, اعتدى) change their last letter: their other forms are listed in the file
    bases_past = [stem]
    impf_stems = {stem[1:] if stem.startswith("ا") and len(stem) > 3 else stem}
    if stem.startswith("ا") and len(stem) == 3:  # اكد-like Form I/IV with hamza: both readings
        impf_stems.add(stem[1:])
    for pro in _VERB_PROCLITICS:
        for base in bases_past:
            for suf in _PAST_SUFFIXES:
                for obj in _OBJECTS:
                    if suf == "و" and not obj:
                        continue
                    if suf == "وا" and obj:
                        continue
                    plural = suf in ("وا", "و", "ا", "ن", "تا", "تم", "نا")
                    out.setdefault(pro + base + suf + obj, (False, False, bool(obj), plural))
        for fut in ("", "س"):
            for pre in _IMPF_PREFIXES:
                for st in impf_stems:
                    for suf in _IMPF_SUFFIXES:
                        for obj in _OBJECTS:
                            if suf == "و" and not obj:
                                continue
                            if suf == "وا" and obj:
                                continue
                            plural = suf in ("ون", "ان", "وا", "و", "ن")
                            out.setdefault(pro + fut + pre + st + suf + obj, (True, bool(fut), bool(obj), plural))
    for pre in _IMPF_PREFIXES:
        for st in impf_stems:
            for suf in ("", "وا"):
                out.setdefault("ل" + pre + st + suf, (True, False, False, bool(suf)))
    return out


def _noun_forms(word: str) -> set[str]:
    out: set[str] = set()
    if word.startswith("ال"):
        bare = word[2:]
        pros = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
        for pro in pros:
            out.add(pro + "ال" + bare)
        out.add("لل" + bare)  # ل + ال → لل (للضرب)
        out.add("ولل" + bare)
        out.add("فلل" + bare)
        base_forms = {word}
        return out | base_forms
    if word.endswith("ه"):
        root = word[:-1]
        sufs = _TA_SUFFIXES + ("",)
        bodies = {root + s for s in sufs if s} | {word}
    else:
        bodies = {word + s for s in _NOUN_SUFFIXES}
        if word.endswith("ات"):  # هجمات → هجماتهم
            bodies |= {word + s for s in ("ه", "ها", "هم")}
        if word.endswith("اء"):  # a final hamza takes its seat before a pronoun: استيلائه, لقاؤه (normalised ي / و)
            bodies |= {word[:-1] + seat + s for seat in ("ي", "و") for s in ("ه", "ها", "هم", "هما")}
    for pro in _NOUN_PROCLITICS:
        for b in bodies:
            out.add(pro + b)
    return out


def _exact_forms(word: str) -> set[str]:
    return {p + word for p in _EXACT_PROCLITICS}


_HAL_SUFFIXES = ("ا", "ه")  # the indefinite accusative, masculine and feminine singular (متهمًا, محذرةً: ة → ه)


def _hal_forms(participle: str) -> set[str]:
    """(round 101) The circumstantial (حال) forms of an active participle written bare (متهم): its indefinite
    accusative singular, masculine and feminine, with و (… ، متهما الحكومة بالفساد; محذرة من إيوائهم) — never the
    bare noun, its plural nor its definite form (المتهم, متهمين: the accused, people, not an act)."""
    return {p + participle + s for p in ("", "و") for s in _HAL_SUFFIXES}


def _later_word_forms(word: str) -> set[str]:
    """Forms for the second and later words of a phrase: a noun, with or without the article."""
    forms = _noun_forms(word)
    if word.startswith("ال"):
        forms |= _noun_forms(word[2:])
    else:
        forms |= _noun_forms("ال" + word)
    return forms


GAP = 16  # tokens that may stand between the two parts of a gapped phrase (… in a words column)
_SENTENCE_ENDS = frozenset(".!?؟")
_THAT_STOPS = frozenset(normalize(w) for w in ("أن", "إن", "بأن", "أنه", "أنها", "إنه", "إنها", "بأنه", "بأنها", "أنهم"))


@lru_cache(maxsize=None)
def _class_forms(name: str) -> frozenset[str]:
    """``@events/nationalities.txt`` in a words column: any inflected form of any word of that list."""
    out: set[str] = set()
    for w in lines(name):
        out |= _later_word_forms(normalize(w))
    return frozenset(out)


def _word_forms(w: str) -> set[str]:
    """Forms of a later or tail word of a phrase; ``@file`` stands for the words listed in that file."""
    return _class_forms(w[1:]) if w.startswith("@") else _later_word_forms(normalize(w))


@lru_cache(maxsize=None)
def _armed_aircraft() -> frozenset[str]:
    """The forms of the aircraft of war (closed_classes.tsv armed_aircraft: مقاتلة, مروحية), which shoot others down."""
    out: set[str] = set()
    for w in closed_class("armed_aircraft"):
        out |= _later_word_forms(w)
    return frozenset(out)


class Lexicon:
    """A resource table compiled for matching. Columns: TYPE, mode, [extra...,] pos, words.

    A later word written ``@file`` (``ضربة @events/nationalities.txt``) matches any form of any word
    listed in that resource file. Words after … written ``=word`` are the act's object (أسقط … =طائرة): they
    stay available to the actor phrases, where other tail words (أطلق … صواريخ) do not."""

    def __init__(self, rows: list[tuple[str, ...]], n_extra: int = 0):
        self.entries: list[Entry] = []
        # surface form -> (entry index, index into self.forms) pairs: plain tuples of ints, which the
        # garbage collector stops tracking, where ~600k Form objects in lists were traversed at every
        # full collection (and each distinct Form is stored once: they are immutable values)
        first: dict[str, list[tuple[int, int]]] = {}
        self.forms: list[Form] = []
        pairs: dict[Form, tuple[int, int]] = {}

        def pair(f: Form) -> tuple[int, int]:
            got = pairs.get(f)
            if got is None:
                got = pairs[f] = (f.entry, len(self.forms))
                self.forms.append(f)
            return got

        self.later: list[list[set[str]]] = []
        self.tails: list[list[set[str]]] = []
        self.object_tail: list[bool] = []  # the words after … are the act's object (أسقط … =طائرة)
        self.hal: frozenset[int] = frozenset(k for k, row in enumerate(rows) if row[2 + n_extra] == "h")
        for row in rows:
            typ, mode = row[0], row[1]
            extra = tuple(row[2:2 + n_extra])
            pos, words = row[2 + n_extra], row[3 + n_extra]
            # "أطلق … صواريخ": the words after … must follow within GAP tokens (اطلقت دبابة إسرائيلية قذيفة);
            # the match covers the words before … only
            words, _, tail = words.partition("…")
            parts = words.split()
            norm_words = tuple(w if w.startswith("@") else normalize(w) for w in parts)
            self.object_tail.append(tail.strip().startswith("="))
            self.tails.append([_word_forms(w.lstrip("=")) for w in tail.split()])
            idx = len(self.entries)
            # (a hal participle, pos h, is read downstream as an exact word, as the listed داعيا is)
            self.entries.append(Entry(typ, None if mode in ("-", "") else mode, "x" if pos == "h" else pos,
                                      norm_words, extra))
            head = norm_words[0]
            if pos == "v":
                for surface, (impf, fut, obj, plural) in _verb_forms(head).items():
                    first.setdefault(surface, []).append(pair(Form(idx, impf, fut, obj, plural)))
            elif pos in ("n", "a"):
                for surface in _noun_forms(head):
                    first.setdefault(surface, []).append(pair(Form(idx)))
            elif pos == "h":
                for surface in _hal_forms(head):
                    first.setdefault(surface, []).append(pair(Form(idx)))
            else:
                for surface in _exact_forms(head):
                    first.setdefault(surface, []).append(pair(Form(idx)))
            self.later.append([_word_forms(w) for w in parts[1:]])
        self.first: dict[str, tuple[tuple[int, int], ...]] = {k: tuple(v) for k, v in first.items()}

    @staticmethod
    def _seq_at(norms: list[str], m: int, seq: list[set[str]]) -> bool:
        return m + len(seq) <= len(norms) and all(norms[m + q] in forms for q, forms in enumerate(seq))

    def tail_at(self, norms: list[str], idx: int, j: int) -> Optional[range]:
        """Tokens of entry idx's words after … when its match ended at j (None for an entry without them)."""
        tail = self.tails[idx]
        if not tail:
            return None
        head = tail[0]
        first = None
        for m in range(j, min(len(norms), j + GAP + 1)):
            w = norms[m]
            if w in _SENTENCE_ENDS or w in _THAT_STOPS:
                break  # (nor into a that-clause: "البيان الذي نشره … أن القوات البحرية" deploys no forces)
            if w in head and self._seq_at(norms, m, tail):  # (its first word before the whole sequence)
                if first is None and m == j and self.object_tail[idx] and self.entries[idx].pos == "v" and \
                        w in _armed_aircraft():
                    # (round 111) "أسقطت مقاتلة عسكرية تركية طائرة عسكرية روسية": an aircraft of war right after
                    # the verb is its subject when another object word follows (not its adjective: طائرة مسيرة)
                    first = range(m, m + len(tail))
                    continue
                if first is not None and m == first.stop:
                    continue
                return range(m, m + len(tail))
        return first

    def starts(self, norms: list[str]) -> list[int]:
        """The tokens at which some entry can start (``match_at`` finds nothing at the others)."""
        first = self.first
        return [k for k, w in enumerate(norms) if w in first]

    def match_at(self, norms: list[str], i: int) -> list[tuple[int, int, Form]]:
        """Entries starting at token i: (entry index, end token exclusive, form), longest first. Of two
        gapped entries of one length, the one whose words after … come sooner comes first (أطلقت الحكومة
        سراح المعتقلين بعد سقوط صواريخ: a release, not a launch)."""
        cands = self.first.get(norms[i])
        if not cands:
            return []
        out = []
        forms = self.forms
        # a word has up to ~18 entries, most of one word or failing on their second: test that word
        # before the whole sequence (asked for every candidate word of every sentence)
        nxt = norms[i + 1] if i + 1 < len(norms) else None
        for idx, fid in cands:
            later = self.later[idx]
            if later and (nxt not in later[0] or not self._seq_at(norms, i + 1, later)):
                continue
            j = i + 1 + len(later)
            gap = 0
            if self.tails[idx]:
                found = self.tail_at(norms, idx, j)  # the words after … within GAP tokens, in the sentence
                if found is None:
                    continue
                gap = found.start - j
            out.append((idx, j, forms[fid], gap))
        if len(out) > 1:
            out.sort(key=lambda t: (-(t[1] - i), t[3]))
            if any(t[3] for t in out):
                best = out[0]
                out = [t for t in out if t[1] != best[1] or t[3] == best[3] or not self.tails[t[0]]]
        return [(idx, j, form) for idx, j, form, _gap in out]


LEARNED_TRIGGERS = "events/triggers_learned.tsv"


@lru_cache(maxsize=None)
def triggers() -> Lexicon:
    """triggers.tsv, then the rows scripts/expand_triggers.py learnt (``triggers_learned.tsv``, when present). A
    learned row only adds the forms no hand row matches: where both match, the hand rows alone are read."""
    hand = [r for r in table("events/triggers.tsv") if len(r) >= 4]
    learned = [r for r in table(LEARNED_TRIGGERS) if len(r) >= 4] if path(LEARNED_TRIGGERS).exists() else []
    lex = Lexicon(hand + learned)
    if learned:
        n = len(hand)
        lex.first = {w: (tuple(p for p in ps if p[0] < n) if ps[0][0] < n else ps) for w, ps in lex.first.items()}
    return lex


@lru_cache(maxsize=None)
def modality() -> Lexicon:
    # columns: flags, window, condition, pos, words → stored as TYPE=flags, mode=window, extra=(condition,)
    return Lexicon([r for r in table("events/modality.tsv") if len(r) >= 5], n_extra=1)


@lru_cache(maxsize=None)
def modes() -> Lexicon:
    return Lexicon([r for r in table("events/modes.tsv") if len(r) >= 4])


@lru_cache(maxsize=None)
def retype() -> Lexicon:
    # from, to, mode, window, pos, cue → TYPE=from, mode=to, extra=(mode, window)
    return Lexicon([r for r in table("events/retype.tsv") if len(r) >= 6], n_extra=2)


@lru_cache(maxsize=None)
def evidence() -> Lexicon:
    # kind, TYPE, pos, words → stored as TYPE=kind, mode=TYPE
    return Lexicon([r for r in table("events/evidence.tsv") if len(r) >= 4])


@lru_cache(maxsize=None)
def cue_first_words() -> dict[str, tuple[str, ...]]:
    """Each word an entry of the cue lexicons (modality, evidence, retype, modes) can start with -> the names of
    those lexicons."""
    out: dict[str, tuple[str, ...]] = {}
    for name, lex in (("modality", modality()), ("evidence", evidence()), ("retype", retype()), ("modes", modes())):
        for w in lex.first:
            out[w] = out.get(w, ()) + (name,)
    return out


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in lines(name))


@lru_cache(maxsize=None)
def roles() -> dict[tuple[str, str], tuple[str, ...]]:
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for row in table("events/roles.tsv"):
        typ, role = row[0], row[1]
        cues = tuple(normalize(w) for w in (row[2].split() if len(row) > 2 else ()))
        out[(typ, role)] = cues
    return out


@lru_cache(maxsize=None)
@lru_cache(maxsize=None)
def closed_class(name: str) -> frozenset[str]:
    """The normalised words of one closed class of ``resources/events/closed_classes.tsv`` (prepositions,
    demonstratives, complementizers, negations …); an unknown class is an error, not an empty set."""
    words = frozenset(normalize(r[1]) for r in table("events/closed_classes.tsv") if len(r) > 1 and r[0] == name)
    if not words:
        raise KeyError(f"events/closed_classes.tsv has no class {name!r}")
    return words


@lru_cache(maxsize=None)
def role_cues(typ: str, role: str) -> tuple[str, ...]:
    # (cached: the rules ask for the same few dozen lists for every trigger)
    r = roles()
    return r.get((typ, role), ()) + (r.get(("ALL", role), ()) if typ != "ALL" else ())


@lru_cache(maxsize=None)
def role_set(typ: str, role: str) -> frozenset[str]:
    """``role_cues`` as a set, for membership tests (asked per token of every clause: a set, not a scan)."""
    return frozenset(role_cues(typ, role))


def dual_of(w: str, heads: frozenset) -> bool:
    """w (normalised, ة written ه) is the dual of a head noun in ة: وزارتا, وزارتي (of وزارة), so its و is no
    conjunction."""
    if w[:1] != "و":
        return False
    for suffix in ("تان", "تين", "تا", "تي"):
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            return w[: -len(suffix)] + "ه" in heads
    return False
