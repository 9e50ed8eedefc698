"""What an event record gains once its trigger and roles are found: clean actor spans, the actor
dictionary's entries, casualty counts.

In: the document (text, entities, quantities) and the character spans ``detect`` chose for an event's
source, target and place. Out:

- ``tidy(doc, span, ent)``: the actor span with a glued proclitic moved out (وفصائل → فصائل, لإيران →
  إيران), function words and adverbs trimmed from its ends ("مأرب بثلاثة" → مأرب, "سفنه سابقا" → سفنه), or
  None when what is left is no noun phrase (a particle, an adverb, an ordinal, a verb, a bare adjective,
  a word with a preposition glued to it): an event keeps no actor rather than a fragment.
- ``fragment(text, start, end)``: why a span is not a whole actor phrase (None when it is). It reads only
  the text, so it states the invariant the fuzz tests and ``fuzz/actor_invariant.py`` check on any store.
- ``dictionary_entry(name, type)``: the actor dictionary's entry (``marsad.actors``) of a role as a dict
  (id, latin, kind, sector, country, lat, lon), trying the entity's type first.
- ``casualties(doc, sentence, event)``: killed / wounded / captured counts of an ASSAULT event from the
  quantities of its sentence whose counted noun is people and whose nearest casualty word says what
  happened to them (``resources/events/casualty_words.tsv``).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from ... import actors
from ...arabic.normalize import normalize
from ...arabic.numbers import number_words
from ...resources import lines, table
from ...resources import path as resources_path
from .lexicon import dual_of, word_set

_WORD = re.compile(r"\S+")
_PROCLITICS = "وفبلك"
_QUOTE_CHARS = "\"'«»“”‘’()[]{}،,.:;؛!?؟-–—"
_ARTICLE = ("وال", "فال", "بال", "كال", "لل", "ال")
_ACTOR_TYPES = ("PER", "ORG", "LOC", "MISC", "GPE", "NORP")


# function_words.txt stops the role finder's phrase search at these, but they belong to a phrase they close
# or begin: علي is a name as often as على written with ي, آخر / أخرى qualify the noun before them
# (الطائرة الأخرى, جنود آخرين)
_PHRASE_ENDS = frozenset(("علي", "اخر", "اخرى", "اخري", "اخرين", "اخرون", "اواخر"))
_DIACRITICS = re.compile("[\u064b-\u0652\u0640\u0670]")


def _fold(w: str) -> str:
    """Letters as the closed-class lists compare them: diacritics and tatweel dropped, أ إ آ → ا, ة → ه, but
    ى kept apart from ي (على is a preposition, علي a name)."""
    w = _DIACRITICS.sub("", w).strip(_QUOTE_CHARS)
    return w.translate(str.maketrans("أإآٱة", "ااااه"))


@lru_cache(maxsize=1)
def _closed_sets() -> tuple[frozenset, frozenset]:
    """(words that never begin or end an actor phrase: particles and prepositions (function_words.txt),
    adverbs and reflexives (not_heads.txt), time words (time_words.txt); and words that never make one
    alone but may begin or end one: the ordinals of times/ordinals.tsv (الجولة الثالثة) and the
    quantifiers of not_heads.txt's [alone] part and quantifiers.txt (عدة ضباط, آلاف المتظاهرين))."""
    closed = frozenset(_fold(w) for name in ("events/function_words.txt", "events/time_words.txt")
                       for w in lines(name))
    words, alone = set(), set()
    part = words
    with resources_path("events/not_heads.txt").open(encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("# [alone]"):
                part = alone
            elif line and not line.startswith("#"):
                part.add(_fold(line))
    ordinals = frozenset(_fold(row[0]) for row in table("times/ordinals.tsv") if row)
    counts = frozenset(_fold(w) for w in lines("events/quantifiers.txt"))
    return (closed | words) - _PHRASE_ENDS, ordinals | alone | counts


@lru_cache(maxsize=1)
def _heads() -> frozenset:
    return word_set("events/actor_heads.txt") | word_set("events/person_titles.txt")


def _strip(w: str) -> str:
    """A folded word without the article (the form looked up in the closed-class lists)."""
    for p in _ARTICLE:
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


@lru_cache(maxsize=65536)
def _closed_word(w: str, ordinals: bool = False) -> bool:
    """A particle, preposition, adverb (or, with ``ordinals``, an ordinal or quantifier), with or without its
    proclitics and article; cached: the same words end many phrases."""
    n = _fold(w)
    if not n:
        return True
    closed, ords = _closed_sets()
    cands = {n, _strip(n)}
    if n[:1] in _PROCLITICS and len(n) > 2:
        cands |= {n[1:], _strip(n[1:])}
        if n[1:2] in "بلك" and len(n) > 3:  # وب, فل
            cands |= {n[2:], _strip(n[2:])}
    # ("ال" + c: a word is closed as it stands or with the article it dropped, except a number word: الأحد and
    # الاثنين are days, أحد and اثنين without the article are counts, "أحد عشر مدنياً", "أحد صاروخين")
    return any(c in closed or (("ال" + c) in closed and normalize(c) not in number_words()) or
               (ordinals and (c in ords or "ال" + c in ords)) for c in cands if c)


def _letters(s: str) -> int:
    return sum(c.isalpha() for c in s)


def fragment(text: str, start: int, end: int, entities=()) -> Optional[str]:
    """Why ``text[start:end]`` is not a whole actor phrase, or None. A whole phrase starts at a word's start
    or right after its glued proclitics (و ف ب ل ك, لل), ends at a word's end, has three letters or more,
    and neither starts nor ends with a particle, a preposition, an adverb or an ordinal. A word inside a
    person's name among ``entities`` (objects with type, start, end) is a name, not a closed-class word
    ("صباح الأحمد الجابر الصباح": صباح is also a time word)."""
    if not (0 <= start < end <= len(text)):
        return "outside the text"
    s = text[start:end]
    if _letters(s) < 3:
        return "fewer than three letters"
    k = start
    while k > 0 and text[k - 1] in _PROCLITICS and start - k < 3:
        k -= 1
    if k > 0 and text[k - 1].isalpha():
        return "starts inside a word"
    if end < len(text) and text[end].isalpha() and text[end - 1].isalpha():
        return "ends inside a word"  # (a closing mark ends a word: «المخلوع»و«الحوثي»)
    spans = [(m.start() + start, m.end() + start) for m in _WORD.finditer(s) if m.group().strip(_QUOTE_CHARS)]
    if not spans:
        return "no word"
    words = [text[x:y] for x, y in spans]
    persons = [(e.start, e.end) for e in entities if e.type == "PER" and e.start < end and start < e.end]

    def closed(k: int, ordinals: bool = False) -> bool:
        x, y = spans[k]
        return _closed_word(words[k], ordinals) and not any(p <= x and y <= q for p, q in persons)
    if closed(0):
        return "starts with a function word"
    if len(words) == 1 and closed(0, ordinals=True):
        return "a quantifier or an ordinal alone"
    if closed(len(words) - 1):
        return "ends with a function word"
    return None


def _inside_entity(doc, a: int, b: int) -> Optional[object]:
    return next((e for e in entities_containing(doc, a, b) if e.type in _ACTOR_TYPES), None)


def _standalone(text: str, word: str) -> bool:
    """``word`` occurs in the text as a word of its own (after a space, a quote or an article-less start)."""
    if len(word) < 3:
        return False
    # a scan with str.find, not a regular expression: a pattern made of each word was compiled anew per call
    # (the re module's cache holds few), a third of a millisecond each
    n = len(word)
    i = text.find(word)
    while i >= 0:
        if (i == 0 or text[i - 1].isspace() or text[i - 1] in "\"'«“(") and \
                (i + n == len(text) or not (text[i + n].isalnum() or text[i + n] == "_")):
            return True
        i = text.find(word, i + 1)
    return False


def _verb_like(n: str) -> bool:
    """A lone word written like a finite verb: an imperfect (يحكم, تتصرف, سأدخل, نؤكد), a past with a
    subject suffix (ضربوا, قررت, استطاعت). Only asked of a one-word actor that no entity covers."""
    w = n[1:] if n[:1] in "وف" and len(n) > 4 else n
    if w.startswith("س") and len(w) > 4 and w[1] in "يتنا" and not w.endswith(("ه", "تها", "تهم", "تهما", "تنا")):
        return True  # (سيارة, سيارته: a noun with a feminine ending, no future verb; round 123: so too with the
        # other possessive pronouns after its ت, سيارتهم, سيارتها)
    if w[:1] in "يت" and 4 <= len(w) <= 6 and not w.endswith(("ه", "ات", "ي", "يا", "ون", "ين")):
        return True
    if w.startswith("ن") and len(w) in (4, 5) and w[1] in "تو" and not w.endswith(("ه", "ات", "اء")):
        return True
    if w.endswith("وا") and len(w) >= 5:
        return True
    return w.endswith("ت") and not w.endswith("ات") and 4 <= len(w) <= 7 and not w.startswith("ال")


def _bare_adjective(n: str) -> bool:
    """A lone feminine nisba or an ordinal-like adjective (الإيرانية, الروسية, دموية): what qualifies a noun
    the role finder left behind."""
    b = n[2:] if n.startswith("ال") else n
    return len(b) >= 5 and b.endswith("يه")


def _hamza_pronoun(raw: str) -> bool:
    """A word ending in ئه / ئها / ئهم (أحيائه, أبنائهم): a noun with its possessive pronoun on a hamza's seat,
    which normalising reads like a feminine nisba (احيايه); no adjective."""
    w = _DIACRITICS.sub("", raw).strip(_QUOTE_CHARS)
    return w.endswith(("ئه", "ئها", "ئهم", "ئهما"))


def tidy(doc, span: tuple[int, int], ent=None) -> Optional[tuple[int, int]]:
    """The actor span cleaned of glued proclitics and closed-class words at its ends, or None when no noun
    phrase is left (see the module docstring)."""
    text = doc.text
    a, b = span
    # a proclitic left glued before the name the entities component starts after it (لإيران, بصنعاء)
    if ent is not None and a < ent.start <= a + 2 and all(c in _PROCLITICS for c in text[a:ent.start]):
        a = ent.start
    words = [(m.start() + a, m.end() + a) for m in _WORD.finditer(text[a:b])]
    # function words and adverbs at either end ("معه ياسر العواضي", "مأرب بثلاثة", "سفنه سابقا")
    while words and _closed_word(text[words[0][0]:words[0][1]]) and not _inside_entity(doc, *words[0]):
        words.pop(0)
    while words and (_closed_word(text[words[-1][0]:words[-1][1]]) or _glued_tail(doc, *words[-1])) \
            and not _inside_entity(doc, *words[-1]):
        words.pop()
    if not words or ((_glued_tail(doc, *words[0]) or _fold(text[words[0][0]:words[0][0] + 2]) == "با")
                     and not _inside_entity(doc, *words[0])):
        return None  # "بثلاثة صواريخ", "بإسقاط الرئيس": an instrument, a measure or a purpose, no actor
    a, b = words[0][0], words[-1][1]
    # strip quotes and brackets the words carry at the ends
    while a < b and text[a] in _QUOTE_CHARS:
        a += 1
    while b > a and text[b - 1] in _QUOTE_CHARS and not _closes_inner(text, a, b - 1):
        b -= 1
    a, b = _quoted_name(text, a, b)
    first = text[a:words[0][1]] if words[0][1] > a else text[a:b].split()[0]
    # a conjunction or preposition glued to the first word when the word stands alone elsewhere in the
    # document (وفصائل … فصائل, بصنعاء … صنعاء): وزارة, وحدات, لبنان, بغداد keep their first letter
    if first[:1] in _PROCLITICS and len(first) > 3 and not _inside_entity(doc, a, a + len(first)):
        rest = first[1:]
        if rest.startswith("ال") or _standalone(text, rest) or (first[0] in "لب" and _fold(rest)[:1] == "ا"):
            # لإيران, لايران: ل or ب before a hamza-initial word is always the preposition
            a += 1
            if first[:2] == "لل":  # للحكومة: the ل of the article is gone too
                a += 1
    if _letters(text[a:b]) < 3:
        return None
    if len(words) == 1 and not _inside_entity(doc, a, b):
        n = normalize(text[a:b])
        if n not in _heads() and (_verb_like(n) or (_bare_adjective(n) and not _hamza_pronoun(text[a:b])) or
                                  _glued(n, text) or
                                  _closed_word(text[a:b], ordinals=True)):
            return None
    if fragment(text, a, b, entities_overlapping(doc, a, b)):
        return None
    if b < len(text) and text[b] in _QUOTE_CHARS and _closes_inner(text, a, b):
        b += 1  # 'حكومة "نظام الأسد"': the mark that closes a name opened inside the span, no stray opener
    return a, b


_CLOSERS = {"«": "»", '"': '"', "“": "”"}
_PAIRS = {")": "(", "»": "«", "”": "“", "]": "["}


def _closes_inner(text: str, a: int, c: int) -> bool:
    """The mark on c closes one opened inside text[a:c] ('حكومة "نظام الأسد"', 'مقاتلو (جبهة تحرير سورية)'): it
    belongs to the span (not a stray mark)."""
    ch, inner = text[c], text[a:c]
    if ch in _PAIRS:
        return inner.count(_PAIRS[ch]) > inner.count(ch)
    return ch in ('"', "'") and inner.count(ch) % 2 == 1 and not inner.startswith(ch)


@lru_cache(maxsize=1)
def _naming_words() -> frozenset:
    """``resources/events/naming_words.txt``: اسمها, يدعى, تسمى."""
    return frozenset(normalize(w) for w in lines("events/naming_words.txt"))


@lru_cache(maxsize=None)
def _name_heads() -> frozenset:
    return frozenset(normalize(w) for w in lines("events/name_heads.txt")) | _naming_words()


def _name_head(w: str) -> bool:
    """``resources/events/name_heads.txt`` or ``naming_words.txt``: a word a quoted name may follow (تنظيم, جماعة, اسمها)."""
    n = normalize(w)
    for p in ("وال", "فال", "ال", "و", "ف", ""):
        if n.startswith(p) and n[len(p):] in _name_heads():
            return True
    return False


def _quoted_name(text: str, a: int, b: int) -> tuple[int, int]:
    """GUIDELINES: a name in quotation marks inside a phrase is the name: 'تنظيم "داعش"' → داعش, 'جماعة «أنصار
    الله»' → أنصار الله, 'سفينة اسمها "غالاكسي ليدر"'. The phrase before the marks is one head word of
    ``name_heads.txt``, or ends in a naming word (اسمها); the closing mark may stand just after the span (a
    trailing mark was stripped)."""
    for q in range(a + 1, b):
        close = _CLOSERS.get(text[q])
        if close is None:
            continue
        before = text[a:q].split()
        if not before or not text[q - 1].isspace() or not _name_head(before[-1]) or \
                (len(before) > 1 and normalize(before[-1]) not in _naming_words()):
            return a, b  # (خلايا تنظيم "داعش": the cells are the actor; سفينة اسمها "غالاكسي ليدر": the ship)
        c = text.find(close, q + 1, b + 1)
        if c < 0 or _letters(text[q + 1:c]) < 2 or c < b - 1:
            return a, b  # (a name that goes on after the marks is the whole name: "المقاومة" في العراق)
        return q + 1, c
    return a, b


def _glued(n: str, text: str) -> bool:
    """One word with a preposition glued to it (بزهاء, بإعادة, لدمج, بأنهم): a complement, not an actor."""
    return len(n) > 3 and n[0] in "بلك" and (n[1] == "ا" or _standalone(text, n[1:]) or _closed_word(n[1:]))


def _glued_tail(doc, a: int, b: int) -> bool:
    """A last word that is a preposition glued to a number, a count or a verb of purpose (بثلاثة, بزهاء,
    لينهي): it starts an adverbial after the phrase."""
    n = normalize(doc.text[a:b]).strip(_QUOTE_CHARS)
    if len(n) < 4 or n[0] not in "بل":
        return False
    body = n[1:]
    if n[0] == "ل" and body[:1] in "يتن" and len(body) >= 4 and not body.endswith(("ات", "ه")):
        return True  # لينهي, لتنفيذ is a masdar (ends differently) but still a purpose: no actor ends with it
    from ...arabic.numbers import number_words
    return body in number_words() or _closed_word(body) or body in word_set("events/quantifiers.txt")


def dictionary_entry(name: Optional[str], type_: Optional[str] = None) -> Optional[dict]:
    """The actor dictionary's entry of a role's name as an export dict, or None."""
    if not name:
        return None
    for t in ([type_] if type_ else []) + [x for x in ("ORG", "PER", "LOC") if x != type_]:
        if t not in ("ORG", "PER", "LOC"):
            continue
        hit = actors.lookup(name, t)
        if hit is not None:
            loc = hit.type == "LOC"
            return {"id": hit.id, "latin": hit.latin, "type": hit.type, "kind": hit.kind if loc else None,
                    "sector": None if loc else hit.kind, "country": hit.country, "lat": hit.lat, "lon": hit.lon}
    return None


@lru_cache(maxsize=1)
def _casualty_words() -> dict[str, str]:
    """normalised word → killed / wounded / captured (``resources/events/casualty_words.tsv``)."""
    out = {}
    for row in table("events/casualty_words.tsv"):
        if len(row) >= 2:
            out[normalize(row[1])] = row[0]
    return out


@lru_cache(maxsize=1)
def _people() -> frozenset:
    return word_set("events/casualty_people.txt")


@lru_cache(maxsize=65536)
def _word_key(w: str) -> str:
    """The casualty-word lookup key of a word (clitics and quote marks off); cached: every ASSAULT event of a
    sentence reads all its words again."""
    n = normalize(w).strip(_QUOTE_CHARS)
    for p in ("وب", "فب", "ول", "فل", "و", "ف", "ب", "ل"):
        if n.startswith(p) and (n[len(p):] in _casualty_words() or _strip(n[len(p):]) in _casualty_words()):
            return n[len(p):] if n[len(p):] in _casualty_words() else _strip(n[len(p):])
    return n if n in _casualty_words() else _strip(n)


def _person_noun(counted: Optional[str]) -> bool:
    if not counted:
        return False
    n = _strip(normalize(counted))
    people = _people()
    if n in people:
        return True
    for suf in ("ين", "ون", "ا", "ي", "ه"):
        if n.endswith(suf) and n[: -len(suf)] in people:
            return True
    return False


def casualties(doc, s_start: int, s_end: int) -> dict[str, float]:
    """killed / wounded / captured counts in one sentence: each quantity of people (its counted noun a
    person noun: شخصا, جنود, مدنيين, عنصرا; or a dual like جنديين) goes to the casualty word nearest to
    it within the clause ("قتل 5 أشخاص وأصيب 12 آخرون": killed 5, wounded 12); counts of one kind add up."""
    text = doc.text
    cues = []
    for m in _WORD.finditer(text, s_start, s_end):
        kind = _casualty_words().get(_word_key(m.group()))
        if kind:
            cues.append((m.start(), m.end(), kind))
    if not cues:
        return {}
    out: dict[str, float] = {}
    for q in doc.quantities:
        if q.start < s_start or q.end > s_end or q.value is None or q.unit or q.rate:
            continue
        if not (_person_noun(q.counted) or _person_noun(q.text.split()[-1] if q.text.split() else None)):
            # "واصيب 60": a bare number right after a casualty verb counts its people
            right = [kind for a, b, kind in cues if 0 <= q.start - b <= 2]
            if right:
                out[right[0]] = out.get(right[0], 0) + float(q.value)
            continue
        own = _casualty_words().get(_word_key(q.counted or ""))
        if own:  # "20 قتيلا و30 جريحا": the counted noun says it
            out[own] = out.get(own, 0) + float(q.value)
            continue
        best = None
        for a, b, kind in cues:
            between = text[min(b, q.start):max(a, q.end)]
            if any(c in between for c in ".؛;") or between.count("،") > 1:
                continue  # another clause: "قتل 3، فيما اعتقل 5"
            d = a - q.end if a >= q.end else q.start - b
            d = max(d, 0) + (0 if a < q.start else 2)  # a cue before its count reads first (قتل 5 جنود)
            if best is None or d < best[0]:
                best = (d, kind)
        if best is not None and best[0] <= 60:
            out[best[1]] = out.get(best[1], 0) + float(q.value)
    return out


# -- actor_defect: the objective checks a stored actor must pass (issue #26) --------------------------------

_OPENERS = {"«": "»", "(": ")", "[": "]", "“": "”", "{": "}"}
_SHUT = {v: k for k, v in _OPENERS.items()}
_OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")


def _finite_forms(stem: str) -> set[str]:
    """The forms of a lexicon verb that only a verb has: an imperfect with its person prefix (يقصف, تقصف,
    نقصف) or a past with a subject suffix (قصفت, قصفوا), with or without a glued و / ف, no object pronoun.
    Left out: the bare stem (قصف, دفع, تجمع are verbal nouns too), the أ- imperfect (أكبر is an elative),
    the past in -ا / -ن (قصفا is an accusative noun) and forms with an object pronoun (أنظمة reads as أنظم + ه)."""
    from .lexicon import _verb_forms
    out = set()
    for f, (impf, _fut, obj, _pl) in _verb_forms(stem).items():
        if obj or f.startswith("ل"):
            continue
        w = f[1:] if f[:1] in "وف" and not stem.startswith(f[:1]) else f
        if w == stem:
            if len(stem) >= 5 and stem[0] == "ا":
                out.add(f)  # انطلق, استهدف: a derived past whose noun is written otherwise (انطلاق, استهداف)
            continue
        if impf and (w[:1] in "يتن" or (w[:1] == "س" and w[1:2] in "يتن")):
            out.add(f)
        elif not impf and w.endswith(("ت", "وا", "تا")) and w[:len(stem)] == stem:
            out.add(f)
    if stem[-1:] in "يا" and len(stem) >= 4:  # a defective past: تبنى → تبنت, تبنوا
        out |= {pro + stem[:-1] + suf for pro in ("", "و", "ف") for suf in ("ت", "وا")}
    return out


@lru_cache(maxsize=1)
def _known_verbs() -> frozenset:
    """Finite verb forms the lexicons know (``_finite_forms`` of every single-word verb of the trigger,
    modality and evidence lexicons and of the verb cues of roles.tsv) and ``common_verbs.txt``; normalised."""
    from .lexicon import evidence, modality, roles, triggers
    out = set(normalize(w) for w in lines("events/common_verbs.txt"))
    stems = set()
    for lex in (triggers(), modality(), evidence()):
        stems.update(e.words[0] for e in lex.entries if e.pos == "v" and len(e.words) == 1)
    for (_typ, role), cues in roles().items():
        if role.endswith("verbs"):
            stems.update(c for c in cues if " " not in c)
    # the reporting verbs of the quotation cues (قال, أكد, وصف …): "وصفت بالاعنف" is a clause, not a doer
    for row in table("quotes/cues.tsv"):
        if len(row) >= 3 and row[1] == "verb" and " " not in row[2]:
            stems.add(normalize(row[2]))
    for st in stems:
        if len(st) >= 3:
            out |= _finite_forms(st)
    return frozenset(out)


@lru_cache(maxsize=1)
def _name_words() -> frozenset:
    """Words of names the entity lists know (given names, places, well-known people): يحيى, يزيد, تكريت, تدمر
    are written like verbs and are names."""
    out = set()
    for name in ("ner/per_first_names.txt", "ner/loc_gazetteer.txt", "ner/per_names.txt"):
        for line in lines(name):
            out.update(normalize(w) for w in line.split())
    out.update(normalize(w) for row in table("ner/known_entities.tsv") if row for w in row[0].split())
    return frozenset(out) | _heads() | word_set("events/nationalities.txt")


@lru_cache(maxsize=1)
def _misspelt_prepositions() -> frozenset:
    return frozenset(_fold(w) for w in lines("events/misspelt_prepositions.txt"))


def _imperfect_shape(w: str) -> bool:
    """A word (normalised, no conjunction) written like an imperfect or a past verb with its subject or
    object suffix: تستخدمه, يعني, تغلق, قررت, خاضوا (the shapes of actors._verb_shape, with an object
    pronoun allowed)."""
    from .actors import _verb_shape
    if _verb_shape(w):
        return True
    for p in _OBJECT_PRONOUNS:
        if w.endswith(p) and len(w) - len(p) >= 4 and w[:1] in "يت" and _verb_shape(w[:-len(p)]):
            return True
    return False


def _name_word(n: str) -> bool:
    names = _name_words()
    return n in names or _strip(n) in names or (n[:1] in _PROCLITICS and (n[1:] in names or _strip(n[1:]) in names))


def actor_defect(text: str, start: int, end: int, entities=()) -> Optional[str]:
    """Why ``text[start:end]`` is no whole actor phrase, or None: what ``fragment`` says, or the phrase holds a
    finite verb (a form the lexicons know: "يعني بالضرورة"), a verb with a glued و / ف ("سفير إيران وتغلق",
    "وتستخدمه السلطات"), a quotation mark or bracket that splits it (a closer with no opener in it, an opener
    never closed: "التحالف» السعودي"), or begins with a misspelt preposition ("قى المطار"). A word inside
    one of ``entities`` (objects with start, end) or in the name lists (يحيى, تكريت) is never read as a verb."""
    why = fragment(text, start, end, entities)
    if why:
        return why
    s = text[start:end]
    if _split_mark(text, start, end) >= 0:
        return "a quotation mark or bracket splits it"
    if _fold(s.split()[0]) in _misspelt_prepositions():
        return "starts with a preposition"
    why = _verb_in(text, start, end, entities)[0]
    if why:
        return why
    return _non_agent_in(text, start, end, entities)[0]


def _non_agent_in(text: str, start: int, end: int, entities=()) -> tuple[Optional[str], int]:
    """("no content word", 0) when every word of the phrase is a head that never acts (non_agents.txt:
    "وسبل", "السبل") or a closed-class word and no entity covers it; ("two phrases across a verbal noun", k)
    when word k, a verbal or abstract noun no entity covers, follows a word of an entity ("مجلس الأمن
    القومي العراقي اتهامات الحرس الثوري"); else (None, -1)."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    named = [(e.start, e.end) for e in entities if e.start < end and start < e.end]

    def inside(a, b):
        return any(x <= a and b <= y for x, y in named)

    alone, across, named_across = [], [], []
    for a, b in words:
        free = not inside(a, b)
        al, ac = _non_agent_flags(text[a:b])
        alone.append(free and al)
        across.append(free and ac)
        # inside an entity only a listed head counts, not a masdar template (هيئة تحرير الشام is one name; an
        # entity "مجلس الأمن القومي العراقي اتهامات الحرس الثوري الإيراني" the tagger ran across two is not)
        named_across.append(not free and ac and al)
    if any(alone) and all(f or _closed_word(text[a:b]) for f, (a, b) in zip(alone, words)):
        return "no content word", 0
    for k in range(1, len(words) - 1):
        if (across[k] and inside(*words[k - 1])) or \
                (named_across[k] and normalize(text[words[k + 1][0]:words[k + 1][1]]).startswith("ال")):
            return "two phrases across a verbal noun", k
    return None, -1


@lru_cache(maxsize=65536)
def _non_agent_flags(w: str) -> tuple[bool, bool]:
    """(a head non_agents.txt lists, glued و / ف allowed: سبل, وسبل; a verbal or abstract noun without the
    article or a conjunction: اتهامات, بتنفيذ) for the word ``w`` as written; never an actor head of
    actor_heads.txt, which is written like a masdar and acts (التحالف, التنظيم, المعارضة)."""
    from .actors import _non_agent_known, _non_agents
    listed = _non_agents()[0]
    heads = _heads()
    n = normalize(w).strip(_QUOTE_CHARS)
    body = n[1:] if n[:1] in "وف" and len(n) > 3 else n
    if body in heads or _strip(body) in heads:
        return False, False
    forms = {body, _strip(body)}
    forms |= {f[:-2] for f in forms if f.endswith("ات") and len(f) > 4}  # اتهامات → اتهام
    return (bool(forms & listed),
            body == n and not n.startswith("ال") and _non_agent_known(n))


def _verb_in(text: str, start: int, end: int, entities=()) -> tuple[Optional[str], int]:
    """(why, index of the word) for the first word of ``text[start:end]`` that is a verb; (None, -1). A word
    inside an entity, with the article or in the name lists is none."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    named = [(e.start, e.end) for e in entities if e.start < end and start < e.end]
    for k, (a, b) in enumerate(words):
        if any(x <= a and b <= y for x, y in named):
            continue
        why = _verb_word(text[a:b], len(words) > 1)
        if why:
            return why, k
    return None, -1


def finite_verb(w: str, more: bool = True) -> Optional[str]:
    """Why the word ``w`` (as written) reads as a finite verb, or None: the test every word of a stored event
    actor passes, shared with the quotation speakers ("واستهدفت طائرة مسيرة سيارة" speaks no claim)."""
    return _verb_word(w, more)


@lru_cache(maxsize=65536)
def _verb_word(w: str, more: bool) -> Optional[str]:
    """Why the word ``w`` (as written) is a verb, or None; ``more``: the phrase has other words (a glued و / ف
    then reads as a conjunction)."""
    n = normalize(w).strip(_QUOTE_CHARS)
    verbs = _known_verbs()
    i = n.find("و", 3)
    while i > 0:  # a name and a verb the space between was lost from: "أحياء الموصلوأحكمت قبضتها"
        if len(n) - i > 4 and (n[i + 1:] in verbs or _imperfect_shape(n[i + 1:])) and _name_word(n[:i]):
            return "a verb with a conjunction"
        i = n.find("و", i + 1)
    if len(n) < 3 or n.startswith(("ال", "وال", "فال", "بال", "لل")) or _name_word(n):
        return None
    bare = n[1:] if n[:1] in "وف" and len(n) > 3 else n
    if dual_of(n, _heads()):
        return None  # وزارتا (of وزارة), not و + زارتا
    if n in verbs or (bare != n and bare in verbs):
        return "a finite verb"
    if bare != n and more and _imperfect_shape(bare) and not _name_word(bare):
        return "a verb with a conjunction"
    return None

def _split_mark(text: str, a: int, b: int) -> int:
    """The offset of the first quotation mark or bracket that splits ``text[a:b]`` (see actor_defect), or -1."""
    depth: list[tuple[str, int]] = []
    dq = []
    for k in range(a, b):
        c = text[k]
        if c in _OPENERS:
            depth.append((c, k))
        elif c in _SHUT:
            if not depth or depth[-1][0] != _SHUT[c]:
                return k
            depth.pop()
        elif c == '"':
            dq.append(k)
    if depth:
        return depth[0][1]
    return dq[-1] if len(dq) % 2 else -1


def entities_overlapping(doc, a: int, b: int) -> list:
    """The entities of ``doc`` that overlap [a, b), in the document's order: what the span tests read of them
    (each tests only entities overlapping its span), cut by bisection from one index of the document instead of
    a pass over all its entities for every actor phrase. Entities out of order of start: one pass."""
    ents = doc.entities
    index = getattr(doc, "_actor_entity_index", None)
    if index is None or index[0] is not ents or index[1] != len(ents):
        starts = [e.start for e in ents]
        ordered = all(starts[k] <= starts[k + 1] for k in range(len(starts) - 1))
        longest = max((e.end - e.start for e in ents), default=0)
        index = (ents, len(ents), starts if ordered else None, longest)
        object.__setattr__(doc, "_actor_entity_index", index)
    starts, longest = index[2], index[3]
    if starts is None:
        return [e for e in ents if e.start < b and a < e.end]
    lo, hi = bisect.bisect_right(starts, a - longest), bisect.bisect_left(starts, b)
    return [e for e in ents[lo:hi] if a < e.end]


def entities_containing(doc, a: int, b: int) -> list:
    """The entities of ``doc`` that hold all of [a, b) (start <= a, b <= end), in the document's order. An empty
    span overlaps nothing, so for one (a >= b) every entity of the document is tested."""
    pool = entities_overlapping(doc, a, b) if a < b else doc.entities
    return [e for e in pool if e.start <= a and b <= e.end]


def whole_actor(doc, span: tuple[int, int], ent=None, _depth: int = 0) -> Optional[tuple[int, int]]:
    """The actor span with what ``actor_defect`` finds cut away, when a whole phrase is left; else None. A
    verb ends the phrase before it ("سفير إيران وتغلق" → سفير إيران, "معسكر يضم" → معسكر); a verb that
    opens it leaves the name after it only when an entity covers that ("تبنت الولايات المتحدة"); a mark
    that splits it leaves the words before it ("التحالف» السعودي" → التحالف); a preposition or a fragment
    leaves nothing (a null is better than a wrong actor)."""
    text = doc.text
    a, b = span
    why = actor_defect(text, a, b, entities_overlapping(doc, a, b))
    if why is None:
        return span
    if _depth > 2:
        return None
    cut = None
    if why.startswith("a quotation mark"):
        k = _split_mark(text, a, b)
        close = _CLOSERS.get(text[k]) if k >= 0 else None
        c = text.find(close, b, b + 40) if close else -1
        if c > 0 and not any(x in text[b:c] for x in ".،,؛;\n"):
            cut = (a, c + 1)  # 'سفينة اسمها "غالاكسي' + ' ليدر"': the name the mark opens goes on past the span
        elif k > a:
            cut = (a, k)
    elif why in ("a finite verb", "a verb with a conjunction"):
        _why, k = _verb_in(text, a, b, entities_overlapping(doc, a, b))
        words = [(m.start() + a, m.end() + a) for m in _WORD.finditer(text[a:b])]
        if k > 0:
            cut = (a, words[k - 1][1])
        elif k == 0 and len(words) > 1:
            rest = (words[1][0], b)
            if any(e.type in _ACTOR_TYPES for e in entities_containing(doc, rest[0], rest[1])):
                cut = rest
    elif why == "two phrases across a verbal noun":
        _why, k = _non_agent_in(text, a, b, entities_overlapping(doc, a, b))
        words = [(m.start(), m.end()) for m in _WORD.finditer(text, a, b)]
        cut = (a, words[k - 1][1])
    if cut is None:
        return None
    cut = tidy(doc, cut, ent if ent is not None and ent.start < cut[1] and cut[0] < ent.end else None)
    return whole_actor(doc, cut, ent, _depth + 1) if cut is not None else None
