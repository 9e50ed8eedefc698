"""Span conventions: where an entity begins and ends, by the kind of word at its edge.

In: a sentence's tokens (raw words, and per word its normalised form and proclitic readings), the
tagger's spans ``(start, end, type)`` over them, and a test "is this word sequence a dictionary name of
that type". Out: the spans moved to the project's conventions (``benchmarks/data/indomain/GUIDELINES.md``):

- a place head word that is part of the name joins the place after it (قاعدة + عين الأسد, مطار + بغداد);
- a facility's own adjective joins it (قاعدة عين الأسد الجوية, مطار بغداد الدولي), a nationality does not;
- a descriptor or direction word stays outside (مدينة الموصل → الموصل, ريف إدلب → إدلب), unless the whole
  span is itself a listed name (جنوب السودان);
- a plural of forces before a listed organisation stays outside (قوات البيشمركة → البيشمركة), since the
  organisation is named without it; where what follows is no name alone (قوات سوريا الديمقراطية) it stays;
- a trailing nationality adjective stays (tried: cutting it where the rest is a listed name, الحرس الثوري
  الإيراني → الحرس الثوري, lost more than it won on dev: تنظيم الدولة الإسلامية, مجلس التعاون الخليجي and
  وزارة الدفاع الأمريكية are names with their adjective);
- a head word of agreements, meetings and battles makes the place or person after it a MISC name (اتفاق
  الرياض, قمة العلا, معركة تلعفر); a relational adjective alone (السورية, بريطانية) is no place or
  organisation unless listed (السعودية);
- relational and evaluative words (التابعة, الموالية, الإرهابي) never end a name; a one-letter tail (a text
  cut mid-word: جبل س) is dropped; a Latin-script span that reads as an English sentence (lower-case
  function words) is no name;
- a relational adjective that agrees with the noun before it is that noun's adjective (السلطات السعودية,
  وسائل إعلام سورية, مسلحين حوثيين), also where the document-level propagation would tag it;
- the article and a place head or descriptor alone (المدينة, الريف الغربي) refers back: no name;
- a militia head word joins the group after it (مليشيات الحوثيين); two person spans with no word between
  them are one name (عبد الأمير | رشيد يار الله).

The word lists are data (``resources/ner/span_rules.tsv``). Every rule only moves or drops a span's
edges; none invents an entity.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from ...arabic.normalize import normalize
from ...resources import table

RULES_FILE = "ner/span_rules.tsv"

# lower-case English function words: a Latin span holding them is a phrase or a sentence, not a name
_EN_FUNCTION = frozenset("the a an of and or to in on at for with who which that is are was were be been it its "
                         "this these those as by from same again ago".split())
_LATIN = re.compile(r"[A-Za-z]")
# a preposition with a pronoun (normalised): بها, له, عليها … (المعترف بها, الموالية لها)
_PREP_PRONOUNS = frozenset(p + s for p in ("ب", "ل", "علي", "من", "في", "عن")
                           for s in ("ها", "ه", "هم", "هما"))


@lru_cache(maxsize=1)
def rules() -> dict[str, frozenset[str]]:
    """rule name → the normalised words it holds."""
    out: dict[str, set[str]] = {}
    for row in table(RULES_FILE):
        if len(row) >= 2:
            out.setdefault(row[1], set()).add(normalize(row[0]))
    return {k: frozenset(v) for k, v in out.items()}


def _is(rule: str, variants: tuple[str, ...]) -> bool:
    """The word, or the word without a proclitic (بمطار, وريف), is in the rule's list."""
    return not rules().get(rule, frozenset()).isdisjoint(variants)


def _nisba(norm: str) -> bool:
    """A relational adjective's shape: السورية, بريطانية, الإيراني (normalised: …يه, ال…ي)."""
    return len(norm) >= 5 and (norm.endswith("يه") or (norm.startswith("ال") and norm.endswith("ي")))


def _nisba_bases(norm: str) -> tuple[str, ...]:
    """The place names a relational adjective may come from: السوريه → سوريا, العراقي → العراق; an
    indefinite one also from its own definite form, where that is the place (سعوديه → السعوديه)."""
    w = norm[2:] if norm.startswith("ال") else norm
    own = () if norm.startswith("ال") else ("ال" + norm,)
    w = w[:-2] if w.endswith("يه") else w[:-1]
    return (w, "ال" + w, w + "ا", w + "يا") + own


def adjective_after_definite(norms: list[str], variants: list[tuple[str, ...]], i: int,
                             function_words: frozenset[str] = frozenset(),
                             listed: Optional[Callable[[tuple[str, ...], str], bool]] = None) -> bool:
    """Word ``i`` has a relational adjective's shape and agrees with the noun before it, which is no place
    head or descriptor: a definite one (القوات السعودية, القنصلية السعودية, الشركة النفطية السعودية) or,
    for an indefinite adjective, an indefinite content word (وسائل إعلام سورية, مصادر أمنية سورية). It is
    that noun's adjective, not the country, wherever the tagger or the document-level propagation put a
    name there (after a preposition it is the country: إلى سورية, في سورية). The indefinite reading needs
    ``listed`` and a listed place the adjective comes from (سورية ← سوريا; not ميناء كاليه, Calais)."""
    if i <= 0 or not _nisba(norms[i]) or _is("place_in", variants[i - 1]) or _is("place_out", variants[i - 1]):
        return False
    prev = norms[i - 1]
    # (a definite noun: ال and 3+ letters, so not إلى, الذي, التي; also behind a proclitic: بالعاصمة
    # السعودية, a definite adjective after it)
    if prev.startswith("ال") and len(prev) >= 5:
        return True
    if norms[i].startswith("ال") and any(v.startswith("ال") and len(v) >= 5 for v in variants[i - 1][1:]):
        return True
    return bool(function_words) and listed is not None and not norms[i].startswith("ال") and len(prev) >= 3 \
        and not any(v in function_words for v in variants[i - 1]) and prev.isalpha() \
        and any(listed((c,), "LOC") for c in _nisba_bases(norms[i]))


def keeps(words: list[str], norms: list[str], variants: list[tuple[str, ...]], a: int, b: int, typ: str,
          tags: list[str], listed: Callable[[tuple[str, ...], str], bool], function_words: frozenset[str]) -> bool:
    """Whether a span the document-level propagation would add (the name found elsewhere in the document,
    ``tags`` the sentence's tags so far) survives the conventions that drop a span: an adjective after its
    noun (not after a place or person: بين اليمن والسعودية), a description, a back-reference, an unnamed
    force."""
    prev = tags[a - 1] if a > 0 else "O"
    after_name = prev.endswith(("LOC", "PER", "MISC"))
    if b - a == 1 and typ == "LOC" and b < len(norms) and _nationality_adjective(norms[b]):
        return False  # العلم العراقي, the flag, though بلدة العلم named the town: a place takes no nationality
    if b - a == 1 and typ in ("LOC", "ORG") and not after_name and \
            adjective_after_definite(norms, variants, a, function_words, listed):
        return False  # (an outlet named by an adjective, قناة "العراقية", is not spread to القوات العراقية)
    if b - a == 1 and typ == "ORG" and not after_name and plural_adjective(words, norms, variants, a, function_words):
        return False
    if typ == "ORG" and _indefinite_description(norms[a:b], variants[a]) and not listed(tuple(norms[a:b]), "ORG"):
        return False
    if typ == "ORG" and b - a == 2 and _is("force_out", variants[a]) and _state_body(norms[a + 1]):
        return False
    if typ == "LOC" and _definite_descriptor(variants[a]) and all(_nisba(n) for n in norms[a + 1:b]):
        return False
    return True


def plural_adjective(words: list[str], norms: list[str], variants: list[tuple[str, ...]], i: int,
                     function_words: frozenset[str]) -> bool:
    """Word ``i`` is a plural relational adjective (…يين, …يون) agreeing with the plural noun before it:
    indefinite after an indefinite content word (مسلحين حوثيين, Houthi gunmen), or definite after a
    definite plural (المسلحين "الحوثيين", الإرهابيين الحوثيين; a quotation mark may stand between): not the
    movement. للحوثيين (the لل rule) and مواقع الحوثيين (a construct: the movement's positions) are not."""
    n = norms[i]
    if not function_words or i <= 0 or not n.endswith(("يين", "يون")) or len(n) < 6 or words[i].startswith("لل"):
        return False
    j = i - 1
    if n.startswith("ال") and j > 0 and not any(ch.isalpha() for ch in words[j]):
        j -= 1  # المسلحين "الحوثيين"
    prev = norms[j]
    if not prev.isalpha() or len(prev) < 3 or any(v in function_words for v in variants[j]):
        return False
    if n.startswith("ال"):
        return prev.startswith("ال") and len(prev) >= 6 and prev.endswith(("ين", "ون"))
    return not prev.startswith("ال")


def _nationality_adjective(norm: str) -> bool:
    """A definite nationality adjective of either gender: العراقي, الأمريكية (events/nationalities.txt)."""
    from .institutions import nationalities

    if not (norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) >= 5):
        return False
    base = norm[2:-2] if norm.endswith("يه") else norm[2:-1]
    return base + "ي" in nationalities()


def _facility_adjective(norm: str) -> bool:
    """A definite relational adjective that is no nationality and no relational or evaluative word of
    ``never_last``: الجوية, العسكري, الدولي, النفطي (not الأمريكية, العراقي, التابعة)."""
    if not (norm.startswith("ال") and norm.isalpha() and len(norm) >= 5 and norm.endswith(("ي", "يه"))):
        return False
    return norm not in rules().get("never_last", frozenset()) and not _nationality_adjective(norm)


def _state_body(norm: str) -> bool:
    """A state body named without its state (النظام, الحكومة, الجيش: ner/institution_heads.tsv national)."""
    from .institutions import heads

    return norm in heads()[1]


def _indefinite_description(norms: list[str], first: tuple[str, ...]) -> bool:
    """An institution head (ner/institution_heads.tsv) and indefinite words only, the last a relational
    adjective, or any Arabic noun and a nationality adjective, both indefinite: a description (منظمة
    إرهابية أجنبية, مجلس قيادة رئاسي, حلف عربي), not a name, which is definite (مجلس القيادة الرئاسي) or
    holds a proper noun (منظمة بدر); a listed name stays (the callers' test)."""
    from .institutions import heads

    construct, national = heads()
    if len(norms) < 2:
        return False
    if not any(v in construct or v in national for v in first):
        # any other indefinite noun with an indefinite nationality adjective: حلف عربي "an Arab alliance",
        # a description as well (a loanword's tail is no nationality: ناز سيتي stays)
        return len(norms) == 2 and all("\u0621" <= ch <= "\u064a" for ch in norms[0]) and \
            not norms[0].startswith("ال") and \
            _nationality_adjective("ال" + norms[1])
    if any(n.startswith(("ال", "وال", "بال", "لل")) or not n.isalpha() for n in norms):
        return False
    last = norms[-1]  # (indefinite: رئاسي, إرهابية, أجنبية, محليين)
    return len(last) >= 4 and last.endswith(("ي", "يه", "يين", "يون"))


def _definite_descriptor(variants: tuple[str, ...]) -> bool:
    """The word is the article and a place head or descriptor word (المدينة, والريف, بالمحافظة)."""
    return any(v.startswith("ال") and len(v) > 3 and _is(r, (v[2:],)) for v in variants
               for r in ("place_in", "place_out"))


def _after_place_word(words: list[str], variants: list[tuple[str, ...]], a: int) -> bool:
    """The span follows a place head or descriptor word (a quotation mark may stand between): بلدة خان شيخون,
    مدينة "خان شيخون", وسط خور مكسر name places, however much they look like a man's name."""
    i = a - 1
    if i >= 0 and not any(ch.isalpha() for ch in words[i]):
        i -= 1
    return i >= 0 and (_is("place_in", variants[i]) or _is("place_out", variants[i]))


def _join_persons(spans: list[tuple[int, int, str]], norms: list[str]) -> list[tuple[int, int, str]]:
    """Two person spans with no word between them are one name the tagger broke (عبد الأمير | رشيد يار الله):
    names in a list are written with a comma or و between them (رياض نعسان آغا وسالم المسلط: the second
    starts with و, so it is never joined)."""
    out: list[tuple[int, int, str]] = []
    for a, b, typ in sorted(spans):
        if out and typ == "PER" and out[-1][2] == "PER" and out[-1][1] == a and not norms[a].startswith("و"):
            out[-1] = (out[-1][0], b, "PER")
        else:
            out.append((a, b, typ))
    return out


def _latin_sentence(words: list[str]) -> bool:
    latin = [w for w in words if _LATIN.search(w)]
    if not latin:
        return False
    if len(words) > 6:
        return True
    return any(w.lower() in _EN_FUNCTION for w in latin) or all(w.islower() for w in latin)


def apply(words: list[str], norms: list[str], variants: list[tuple[str, ...]],
          spans: list[tuple[int, int, str]], listed: Callable[[tuple[str, ...], str], bool],
          function_words: frozenset[str] = frozenset(),
          place: Optional[Callable[[tuple[str, ...]], bool]] = None) -> list[tuple[int, int, str]]:
    """The spans after the conventions above; ``listed(norm words, type)`` says whether a word sequence
    is a dictionary name of that type (its first word may carry the article or not); ``place(norm words)``
    whether it is a place by itself (the dictionary or the gazetteer)."""
    spans = _join_persons(spans, norms)
    spans = [(a, b, "LOC" if typ == "PER" and _after_place_word(words, variants, a) else typ) for a, b, typ in spans]
    taken = {i for a, b, _ in spans for i in range(a, b)}
    named = {i for a, b, t in spans if t != "ORG" for i in range(a, b)}  # (شركة أرامكو النفطية السعودية)
    lone = {a for a, b, _ in spans if b - a == 1 and _is("place_in", variants[a])}  # a head alone: no name
    out = []
    for a, b, typ in spans:
        if _latin_sentence(words[a:b]):
            continue
        # a cut-off last word (one letter, or a bare article) at the end of the text: it stops mid-word
        # (an abbreviation of single letters, أ ف ب, is whole)
        if b == len(words) and any(len(n) > 1 for n in norms[a:b]):
            while b - a > 1 and (len(norms[b - 1]) <= 1 or norms[b - 1] == "ال"):
                b -= 1
        # a relative description is no part of a name: الحكومة اليمنية المعترف بها دوليا → الحكومة اليمنية
        # (a participle followed by a preposition with a pronoun: المعترف بها, الموالية لها)
        cut = next((k for k in range(a + 2, b) if norms[k] in _PREP_PRONOUNS and norms[k - 1].startswith("ال")), None)
        if cut is not None:
            b = cut - 1
        while b - a > 1 and _is("never_last", (norms[b - 1],)):
            b -= 1
        whole = tuple(norms[a:b])
        if b - a == 1 and _nisba(norms[a]) and not listed(whole, typ) and (
                typ == "ORG" or (typ == "LOC" and any(listed((c,), "LOC") for c in _nisba_bases(norms[a])))):
            continue  # بريطانية, السورية (from سوريا): an adjective is no name; الرمادي, السعودية are places
        if b - a == 1 and typ == "LOC" and (a - 1) not in named and \
                adjective_after_definite(norms, variants, a, function_words, listed):
            continue  # القوات السعودية, العاصمة السورية: after a definite noun a nisba is its adjective
        if typ == "LOC" and _definite_descriptor(variants[a]) and all(_nisba(n) for n in norms[a + 1:b]) \
                and not listed(whole, "LOC"):
            continue  # المدينة, الريف, الريف الإدلبي: "the city", "the countryside" refer back; no name
        if b - a == 1 and typ == "ORG" and (a - 1) not in taken and \
                plural_adjective(words, norms, variants, a, function_words):
            continue  # مسلحين حوثيين: an indefinite plural adjective (Houthi gunmen), not the movement
        if typ == "ORG" and b - a == 2 and _is("force_out", variants[a]) and _state_body(norms[a + 1]):
            # قوات النظام, قوات الحكومة: the forces of a state body named without its state are no name
            # (GUIDELINES: unnamed groups), even where the actor dictionary lists the phrase for resolving
            continue
        if typ == "ORG" and _indefinite_description(norms[a:b], variants[a]) and not listed(whole, "ORG") \
                and not listed((norms[b - 1],), "LOC"):
            continue  # منظمة إرهابية, مجلس قيادة رئاسي: "a terrorist organisation", no name
        if typ in ("LOC", "PER") and a > 0 and (a - 1) not in taken and _is("misc_head", variants[a - 1]):
            out.append((a - 1, b, "MISC"))  # اتفاق الرياض, قمة العلا: the agreement or meeting is the name
            continue
        if typ == "LOC":
            # (a listed name keeps its head, جنوب السودان, unless the head is a settlement word and the
            # rest a place by itself, ``place``: مدينة حمص, listed as an alias of حمص, is حمص)
            if not listed(whole, "LOC") or (b - a >= 2 and _is("settlement", variants[a]) and place is not None
                                            and place(tuple(norms[a + 1:b]))):
                while b - a > 1 and _is("place_out", variants[a]):
                    a += 1
            # (a head the tagger took alone joins too: it is no name by itself, dropped below; and a
            # facility named after a settlement with its head takes both heads: معبر مخيم الوافدين, the
            # crossing of the Wafideen camp; GUIDELINES: معبر stays inside)
            # (not after شبه: شبه جزيرة القرم, a peninsula, is no island; the place is القرم)
            if a > 0 and ((a - 1) not in taken or (a - 1) in lone) and _is("place_in", variants[a - 1]) and \
                    not _is("place_in", variants[a]) and not (a >= 2 and norms[a - 2] == "شبه"):
                a -= 1
            if a > 0 and ((a - 1) not in taken or (a - 1) in lone) and _is("settlement", variants[a]) and \
                    _is("facility", variants[a - 1]) and not _is("settlement", variants[a - 1]):
                a -= 1
        elif typ == "ORG":
            if b - a >= 2 and _is("force_out", variants[a]) and listed(tuple(norms[a + 1:b]), "ORG"):
                a += 1
            # ميليشيات الحوثيين: the group's generic head joins it (not across a quotation mark: the
            # tokens are adjacent words, so "ميليشيا "حزب الله"" has the mark between them)
            if a > 0 and (a - 1) not in taken and _is("org_head", variants[a - 1]) and \
                    not _is("org_head", variants[a]):
                a -= 1
        if b - a == 1 and any(_is(r, variants[a]) for r in ("place_in", "place_out", "force_out", "never_last")):
            continue  # what is left is the descriptor alone (جبل, ريف): no name
        if typ == "LOC" and b - a >= 2 and _is("facility", variants[a]):
            # a facility's own adjective belongs to its name (قاعدة عين الأسد الجوية, مطار بغداد الدولي,
            # حقل عجيل النفطي); a nationality stays outside (قاعدة عين الأسد الأمريكية)
            while b < len(norms) and b not in taken and _facility_adjective(norms[b]):
                b += 1
        out.append((a, b, typ))
    return out
