"""The fast CRF tagger: marsad's tokens of a sentence in, BIO tags out (``Tagger.tag_many``), with the
document-level label consistency (``propagate``) and the resource lists applied; loaded once per process
(``get_tagger``). The accurate mode (``context``) reads this tagger's marginals.

The model and its tables load once, on first use. Tagging works on marsad's tokens, sentence by
sentence, then a name tagged in one sentence is given the same type where the CRF missed it
elsewhere in the document (``propagate``: +1.5 F1 on dev). A small post-processing step applies
what the resource lists know for certain:
names listed in ``resources/ner/known_entities.tsv`` get their listed type, a title the tagger
swept into a person ("الجنرال") is cut off, and an entity's span starts after a proclitic
("وبايدن" -> "بايدن") when the corpus statistics say the bare form is the word.
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections import Counter
from pathlib import Path
from typing import Optional

from ... import actors
from ...arabic.clitics import article_cut, lost_article, word_variants
from ...arabic.normalize import normalize
from ...arabic.phrases import PhraseMatcher
from ...resources import lines, path, table
from . import data as ner_data
from . import conventions, institutions
from .crf import FastCRF
from .features import Featurizer, stack_attrs

MODEL_FILE = "models/ner.crfsuite"
TYPES = ("PER", "ORG", "LOC", "MISC")
MEDIA_WORDS = 4  # at most this many words in quotation marks after a media head make an outlet's name
_OPEN = frozenset('"“«(\'‘')
_DASHES = frozenset("-–—ـ")
_CLOSE = frozenset('"”»)\'’')
# a word behind a proclitic (و, ف, ب, ل) that ends in a possessive pronoun (ه, ها, هم, هما; raw, so not ة):
# وآليتها, بنظيره; 5+ letters, and not the divine name of a compound (المعتصم بالله)
_PRONOUN_TAIL = re.compile(r"(?!.*لله$)[وفبل][\u0621-\u064a\u064b-\u0652]{3,}(?:ه|ها|هم|هما)")
RARE_PLACE = 5  # a one-word GeoNames town written more often than this (log2 bucket) is a common word too
DUAL_SEEN = 5  # a dual's oblique form and its singular written at least this often (log2 bucket): a common noun
PLURAL_SEEN = 3  # a sound plural's oblique form written at least this often (log2 bucket): a common noun
RARE = 10  # a word seen fewer times in the clusters' corpus is no evidence that a first letter is a clitic


def stack_path(model_path: str) -> Path:
    """Where the second-stage model of a first-stage model lives (beside it)."""
    p = Path(model_path)
    return p.with_name(p.name.removesuffix(".crfsuite") + ".stack.crfsuite")


class Tagger:
    def __init__(self, model_path: Optional[str] = None, feat: Optional[Featurizer] = None,
                 stack: Optional[bool] = None, ruler: bool = True):
        self.feat = feat or Featurizer()
        model_path = model_path or str(path(MODEL_FILE))
        self.crf = FastCRF(model_path, self.feat)
        # a second CRF that re-reads the first one's tags across the document, when one was trained
        sp = stack_path(model_path)
        self.crf2 = FastCRF(str(sp), self.feat) if (sp.exists() if stack is None else stack) else None
        # names whose type is known for certain: the actor dictionary (an EntityRuler) and the few
        # systematic tagger errors of ner/known_entities.tsv; they win over the tagger's spans they overlap
        # the dictionary's names, the institution shapes and the span conventions (off: the statistical
        # model alone, with the conventions of its training data)
        self.ruler = ruler
        # a one-word dictionary name that is also a reporting verb or a function word (آفاد, the Turkish
        # agency, is written like أفاد, "said") is left to the tagger
        common = common_words()
        known: dict[str, set[str]] = {k: {t} for k, t in actors.ruler_names().items()
                                      if " " in k or k not in common} if ruler else {}
        for name, typ in table("ner/known_entities.tsv"):
            known.setdefault(" ".join(normalize(name).split()), set()).add(typ)
        if ruler:
            for name, typ in self._region_places(common).items():
                known.setdefault(name, {typ})
        self.listed_names = known
        # a listed pair of organisations joined by و (الجيش اليمني واللجان الشعبية: one actor for the
        # resolver) is two mentions: the pair is not matched whole, each name is found by itself (a pair of
        # places listed as one territory, تيران وصنافير, stays: the tagger reads جزيرتي تيران as a person)
        # and so is a listed body followed by a separate place (GUIDELINES nesting: وزارة الصحة في غزة,
        # الحوثيون في اليمن: the body, then the place)
        known = {k: v for k, v in known.items() if "LOC" in v or not (self._pair_of_names(k) or
                                                                       self._body_in_place(k))}
        self.known = PhraseMatcher(known)
        self.common = common
        self.titles = {normalize(x) for x in lines("ner/per_titles.txt") if " " not in x}
        self.not_starts = set(lines("ner/not_name_starts.txt"))
        self.never_alone = never_alone()
        self.type_tails = {normalize(w): t for w, t in table("ner/type_tails.tsv")}
        self.descriptors = frozenset().union(*(conventions.rules().get(r, frozenset()) for r in
                                               ("place_in", "place_out", "force_out", "misc_head")))
        self.first_names = frozenset(normalize(w) for w in lines("ner/per_first_names.txt"))
        self.per_names = frozenset(normalize(w) for w in lines("ner/per_names.txt"))
        self.duals = frozenset(normalize(w) for w in lines("ner/dual_nouns.txt"))
        self.surnames = True  # propagate a person's surname alone (ablation switch)
        self._vocab: Optional[list[str]] = None  # the clusters' words, sorted (cut_mid_word), built on first use

    def _body_in_place(self, name: str) -> bool:
        """Whether a listed name is a body, then في and a listed place: the body a listed name or an
        institution's shape; not where في ends a phrase of purpose inside the name (التحالف العربي لدعم
        الشرعية في اليمن: support in Yemen). (An unnamed body with a nationality, السفارة الأمريكية في
        بغداد, stays whole for now, though GUIDELINES give بغداد alone: the event extraction takes its
        target from that span, tests/test_events_r7.py.)"""
        ws = name.split()
        if "في" not in ws[1:-1]:
            return False
        i = ws.index("في")
        left, right = tuple(ws[:i]), tuple(ws[i + 1:])
        if "LOC" not in self._listed_types(right) or any(
                w.startswith("ل") and not w.startswith("لل") and len(w) > 3 for w in left[1:]):
            return False
        info = [self.feat.word(w) for w in left]
        return bool(self._listed_types(left)) or \
            institutions.spans([x[0] for x in info], [x[4] for x in info]) == [(0, len(left))]

    def _pair_of_names(self, name: str) -> bool:
        """Whether a listed name is two names joined by و: what stands before a word starting with و is a
        listed name or an institution's shape (الجيش اليمني), and what follows it, without the و, a listed
        name (اللجان الشعبية)."""
        ws = name.split()
        for i in range(1, len(ws)):
            if not (ws[i].startswith("و") and len(ws[i]) > 3):
                continue
            left, right = tuple(ws[:i]), (ws[i][1:],) + tuple(ws[i + 1:])
            if not self._listed_types(right):
                continue
            info = [self.feat.word(w) for w in left]
            if self._listed_types(left) or institutions.spans([x[0] for x in info], [x[4] for x in info]) == [
                    (0, len(left))]:
                return True
        return False

    def _region_places(self, common: frozenset[str]) -> dict[str, str]:
        """The region's GeoNames towns (``actors.region_places``) the tagger may take as names wherever they
        stand: a name of two or more words with no function word in it (خان شيخون, دير الزور), and a
        one-word one only where it is no common word — the news corpus of the word clusters writes it, with or without the article, at
        most ``RARE_PLACE`` (a log2 frequency bucket) — and no person's name or a man's nisba (ال…ي: a
        surname such as الحسيني as often as a town)."""
        people = {normalize(w) for w in lines("ner/per_first_names.txt") + lines("ner/per_names.txt")}
        alone = never_alone()
        out = {}
        for name, typ in actors.region_places().items():
            if any(w in common for w in name.split()):
                continue  # أن صالح, كان صالح: a function word or a verb, not a place, in running text
            if " " not in name:
                bare = name[2:] if name.startswith("ال") and len(name) > 4 else name
                if name in common or name in alone or name in people or bare in people or \
                        (name.startswith("ال") and name.endswith("ي")):
                    continue
                fq = max(int(c[-1]) if c else 0 for c in (self.feat.clusters.get(name), self.feat.clusters.get(bare),
                                                          self.feat.clusters.get("ال" + bare)))
                if fq > RARE_PLACE:
                    continue
                # a town whose name a proclitic turns into a more frequent word is read inside that word
                # (بنان in لبنان, ل + بنان)
                if any(int(c[-1]) > fq for c in (self.feat.clusters.get(p + name) for p in "وفبلك") if c):
                    continue
            out[name] = typ
        return out

    def tag(self, words: list[str], post: bool = True) -> list[str]:
        if not words:
            return []
        return self.tag_many([words], post)[0]

    def tag_many(self, sents: list[list[str]], post: bool = True, window: int = 0) -> list[list[str]]:
        """Tags for the sentences of one document (window > 0: of consecutive documents of that
        many sentences each, for corpora without document boundaries)."""
        step = window or max(1, len(sents))
        doc = None
        if self.feat.doc_ctx:
            doc = []
            for g in range(0, len(sents), step):
                doc.extend(self.feat.doc_attrs(sents[g:g + step]))
        out = self.crf.tag_many(sents, doc)
        if self.crf2 is not None:
            strips = [[x[1] for x in self.feat.words(ws)] for ws in sents]
            more = []
            for g in range(0, len(sents), step):
                more.extend(stack_attrs(strips[g:g + step], out[g:g + step]))
            if doc is not None:
                more = [[list(a) + list(b) for a, b in zip(x, y)] for x, y in zip(more, doc)]
            out = self.crf2.tag_many(sents, more)
        return [self.postprocess(w, t) if post and w else t for w, t in zip(sents, out)]

    def propagate(self, sents: list[list[str]], tags: list[list[str]], min_count: int = 1) -> list[list[str]]:
        """One name, one type per document: a word sequence tagged as an entity in one sentence is
        tagged the same where the CRF left it O elsewhere in the document (where the context was
        less telling). Only sequences whose every occurrence it tagged agree on the type are used."""
        if self.ruler:
            tags = self._lone_adjectives(sents, tags)
        keys: dict[tuple[str, ...], Counter] = {}
        strips = [[x[1] for x in self.feat.words(ws)] for ws in sents]
        for st, tg in zip(strips, tags):
            for a, b, typ in ner_data.bio_spans(tg):
                keys.setdefault(tuple(st[a:b]), Counter())[typ] += 1
                # after the first mention a person is usually named by the surname alone
                if typ == "PER" and b - a >= 2 and self.surnames:
                    keys.setdefault((st[b - 1],), Counter())[typ] += 1
        # a word that is never a name alone (قاعدة, once part of القاعدة) is not spread
        keys = {k: c.most_common(1)[0] for k, c in keys.items()
                if len(c) == 1 and sum(c.values()) >= min_count and len("".join(k)) >= 3
                and not (len(k) == 1 and (k[0] in self.never_alone or k[0] in self.descriptors))}
        if not keys:
            return tags
        # the lengths of the sequences each word starts, longest first: a position whose word starts none
        # is passed over without a look-up
        starts: dict[str, set[int]] = {}
        for k in keys:
            starts.setdefault(k[0], set()).add(len(k))
        lengths = {w: sorted(ns, reverse=True) for w, ns in starts.items()}
        out = []
        for st, tg, sents_raw in zip(strips, tags, sents):
            tg = list(tg)
            info = None
            i = 0
            while i < len(st):
                hit = None
                for n in lengths.get(st[i], ()):
                    if n > len(st) - i:
                        continue
                    k = tuple(st[i:i + n])
                    if k in keys and all(t == "O" for t in tg[i:i + n]) and \
                            (i + n == len(tg) or not tg[i + n].startswith("I-")) and \
                            not (n == 1 and sents_raw[i] in self.not_starts):  # على the preposition, not علي
                        if self.ruler:
                            # the conventions drop here what they drop in a sentence: السلطات السعودية,
                            # مسلحين حوثيين (an adjective), مجلس قيادة رئاسي (a description, though the
                            # document names مجلس القيادة الرئاسي, whose stripped words are the same)
                            if info is None:
                                info = self.feat.words(sents_raw)
                            if not conventions.keeps(sents_raw, [x[0] for x in info], [x[4] for x in info],
                                                     i, i + n, keys[k][0], tg, self._listed, self.common):
                                continue
                        hit = (n, keys[k][0])
                        break
                if hit:
                    n, typ = hit
                    tg[i] = "B-" + typ
                    for j in range(i + 1, i + n):
                        tg[j] = "I-" + typ
                    i += n
                else:
                    i += 1
            out.append(tg)
        return out

    def postprocess(self, words: list[str], tags: list[str]) -> list[str]:
        spans = ner_data.bio_spans(tags)
        info = self.feat.words(words)
        norms = [x[0] for x in info]
        variants = [x[4] for x in info]  # each word's clitic readings, for every pass below
        # a listed name overrides the tagger's type, unless the tagger put it inside a longer entity
        taken: set[int] = set()
        first = self.known.index.keys()  # (the matcher need only see the tokens that can start a name)
        for a, b, labels in self.known.match(norms, [() if first.isdisjoint(v) else v for v in variants]):
            taken.update(range(a, b))
            typ = next(iter(labels))
            if b - a == 1 and a > 0 and norms[a - 1].startswith("ال") and norms[a].startswith("ال") and \
                    norms[a].endswith(("يه", "ي")):
                continue  # الشركة السعودية: after a definite noun a nisba is its adjective, not the country
            inside = [s for s in spans if s[0] <= a and b <= s[1] and (s[0], s[1]) != (a, b)]
            if inside:
                continue
            spans = [s for s in spans if s[1] <= a or s[0] >= b] + [(a, b, typ)]
        # institution names by their shape (وزارة الدفاع التركية, الحكومة اللبنانية), where the tagger
        # has nothing or only a part of them; a longer tagger span that holds one wins
        admin = conventions.rules().get("admin_unit", frozenset())
        for a, b in institutions.spans(norms, variants, frozenset(taken)) if self.ruler else ():
            parts = [s for s in spans if s[0] < b and a < s[1]]
            if all(a <= s[0] and s[1] <= b for s in parts):
                # مديرية الحوك: an administrative unit's head before a place names the district, a LOC
                # (the place: the tagger's, a listed one, or a word the news never writes otherwise)
                place = b - a == 2 and not admin.isdisjoint(variants[a]) and (
                    (a + 1, b, "LOC") in parts or self._place_word(norms[a + 1]))
                spans = [s for s in spans if s not in parts] + [(a, b, "LOC" if place else "ORG")]
        if self.ruler:
            readings = set().union(*variants)  # (a pass whose head words none of these is has nothing to do)
            spans = self._head_of_place(norms, variants, spans, readings)
            spans = self._after_settlement(words, norms, variants, spans, readings)
        out = []
        for a, b, typ in spans:
            # المبادرة الخليجية وآليتها التنفيذية, فيصل بن فرحان بنظيره: a word with a proclitic and a
            # possessive pronoun ("and its mechanism", "with his counterpart") refers back to the name
            # before it and is no part of it; the name ends before it
            b = next((k for k in range(a + 1, b) if _PRONOUN_TAIL.fullmatch(words[k])), b)
            if b - a == 1 and self._never_alone(info[a][0], info[a][4]):
                continue  # مدينة, ريال, نيسان, الله: never a name on their own
            if b - a >= 2 and norms[b - 1] in self.type_tails:
                typ = self.type_tails[norms[b - 1]]  # سيتي جروب, فينيشان هوتيل: a loanword tail says the kind
            # على is the preposition unless a title introduces it (then it is the name علي spelt with ى)
            # (or a quotation mark opens the name: «على عبدالله صالح»; a quoted name starts with no preposition)
            while typ == "PER" and a < b and words[a] in self.not_starts and not (
                    a > 0 and (any(v in self.titles for v in info[a - 1][4]) or
                               (words[a - 1] in _OPEN and b - a >= 3))):
                a += 1
            if a == b:
                continue
            # titles are not part of a person's name (ANERcorp convention)
            while typ == "PER" and a < b - 1 and any(v in self.titles for v in info[a][4]):
                a += 1
            if typ == "PER" and b - a == 1 and any(v in self.titles for v in info[a][4]):
                continue
            if b - a == 1 and b < len(norms) and self.ruler and not self.duals.isdisjoint(info[a][4]) and \
                    _masculine_adjective(norms[b]) and norms[b] not in self.titles:
                continue  # البحرين الأحمر: the dual "the two seas" before a masculine adjective, not Bahrain
            # شهران, مسؤولان أمنيان عراقيان: a common noun's dual (and the dual adjectives after it) is no
            # person; القياديان أبو باقر الساعدي: the name after it is
            while typ == "PER" and self.ruler and a < b and self._dual_noun(norms[a]):
                a += 1
            if a == b:
                continue
            if typ == "PER" and self.ruler and b - a == 1 and self._adjective_of_definite(norms, info, spans, a):
                continue  # بالصديق العزيز, المعقل الرئيسي, قوات النظام النصيري: the adjective of the noun before
            if typ == "PER" and self.ruler and b - a == 1 and self._plural_noun(norms[a]):
                continue  # قال منتقدون, مقاتلو معارضة سابقون: a common noun's sound plural is no person
            if typ == "PER" and self.ruler and self._gazetteer_place(norms[a:b], info[a][4]):
                typ = "LOC"  # صلاح الدين alone is the Iraqi governorate, written like a man's name
            out.append((a, b, typ))
        if self.ruler:  # the project's span conventions go with its dictionary (ANERcorp has neither)
            out = conventions.apply(words, norms, variants, out, self._listed, self.common, self._place)
            out = self._quoted_media(words, variants, out)
            # قناة «الإخبارية» السعودية: a nisba after the marks that close an organisation's name is its
            # adjective, not the country
            # (and so after a place's: محافظة العلا السعودية, «العلا» السعودية: Saudi AlUla)
            ends = {b for _, b, t in out if t == "ORG"}
            places = {b for _, b, t in out if t == "LOC"}
            out = [s for s in out if not (s[1] - s[0] == 1 and s[2] == "LOC" and s[0] >= 1 and
                                          norms[s[0]].startswith("ال") and conventions._nisba(norms[s[0]]) and (
                                              s[0] in places or (s[0] >= 2 and words[s[0] - 1] in _CLOSE and
                                                                 (s[0] - 1) in ends | places)))]
            out = self._quoted_part(norms, words, out)
            out = self._region_of_country(norms, out)
            out = self._branch(norms, words, out)
            out = self._hashtags(words, norms, variants, out)
        out.sort()
        return ner_data.spans_to_bio(len(words), out)

    def _head_of_place(self, norms: list[str], variants: list[tuple[str, ...]],
                       spans: list[tuple[int, int, str]], readings: set[str]) -> list[tuple[int, int, str]]:
        """An institution head in the construct state (ner/institution_heads.tsv) before a place is an
        institution of that place, one ORG name: شرطة كركوك, جامعة بغداد, وكالة الأناضول, مجلس محافظة
        نينوى; one indefinite noun may stand between (مفوضية انتخابات العراق). The head must stand outside
        every span (قناة السويس, a listed place, stays a place). ``readings``: every reading of the
        sentence's words."""
        construct = institutions.heads()[0]
        r = conventions.rules()
        admin, command, lead, centre = (r.get(k, frozenset()) for k in
                                        ("admin_unit", "command_head", "command_lead", "centre_head"))
        if construct.isdisjoint(readings) and command.isdisjoint(readings) and centre.isdisjoint(readings):
            return spans
        taken = {i for a, b, _ in spans for i in range(a, b)}
        starts = {a: (b, t) for a, b, t in spans}
        out = list(spans)
        for i in range(len(norms) - 1):
            if i in taken:
                continue
            if not command.isdisjoint(variants[i]) or not centre.isdisjoint(variants[i]):
                # a command or a centre named after a place takes the whole name (عمليات البصرة, قيادة
                # عمليات محافظة نينوى; مركز طرابلس الإقليمي), the place is no mention of its own; a centre
                # only with its own adjective after the place (مركز طرابلس is central Tripoli)
                j = i + 2 if (i + 1) not in starts and i + 2 < len(norms) and \
                    not admin.isdisjoint(variants[i + 1]) else i + 1
                if starts.get(j, (0, ""))[1] != "LOC":
                    continue
                b = starts[j][0]
                place = actors.lookup(" ".join(norms[j:b]), "LOC")
                if place is not None and place.kind in ("country", "region"):
                    continue  # عمليات إيران وروسيا: a state's operations, no command of a place
                if command.isdisjoint(variants[i]):
                    if b >= len(norms) or b in taken or not conventions._facility_adjective(norms[b]):
                        continue
                    b += 1
                a = i - 1 if i > 0 and (i - 1) not in taken and not lead.isdisjoint(variants[i - 1]) else i
                out = [s for s in out if not (s[0] < b and a < s[1])] + [(a, b, "ORG")]
                taken.update(range(a, b))
                continue
            if construct.isdisjoint(variants[i]):
                continue
            j = i + 1
            if j not in starts and j + 1 < len(norms) and j not in taken and norms[j].isalpha() \
                    and len(norms[j]) > 3 and not norms[j].startswith(("ال", "و")) \
                    and not norms[j].endswith(("ي", "يه")) and norms[j] not in self.common:
                j += 1  # مفوضية انتخابات العراق
            if starts.get(j, (0, ""))[1] != "LOC":
                continue
            if j == i + 1 and not admin.isdisjoint(variants[i]):
                continue  # مديرية صرواح: a district, the place with its head (the span conventions)
            b = starts[j][0]
            out = [s for s in out if s[0] != j] + [(i, b, "ORG")]
            taken.update(range(i, b))
        return out

    def _after_settlement(self, words: list[str], norms: list[str], variants: list[tuple[str, ...]],
                          spans: list[tuple[int, int, str]], readings: set[str]) -> list[tuple[int, int, str]]:
        """An indefinite settlement word (``settlement`` of ner/span_rules.tsv: بلدة, قرية, قضاء …) in the
        construct state names the place after it: بلدة الدور, قرية البرج, قضاء الدور are places however
        common the word is elsewhere (الدور "the role", العلم "the flag"). The word after it (a hashtag or
        quotation mark may stand between) becomes a LOC where the tagger has nothing; the span conventions
        then decide whether the head word is inside (قضاء, محافظة) or not (بلدة, قرية). ``readings``: every
        reading of the sentence's words."""
        heads = conventions.rules().get("settlement", frozenset())
        if heads.isdisjoint(readings):
            return spans
        taken = {i for a, b, _ in spans for i in range(a, b)}
        out = list(spans)
        n = len(words)
        for i in range(n - 1):
            if i in taken or norms[i].startswith("ال") or heads.isdisjoint(variants[i]):
                continue
            j = i + 1
            if j < n - 1 and words[j] in ("#", '"', "“", "«"):
                j += 1
            w = norms[j].lstrip("#")
            if j in taken or len(w) < 3 or not w.isalpha() or w in self.common or w in self.never_alone \
                    or w.endswith(("يه", "يين", "يون")) or (not w.startswith("ال") and w.endswith("ي")) \
                    or any(v in self.titles or v in self.descriptors for v in variants[j]):
                continue
            c = self.feat.clusters.get(w)
            if not w.startswith("ال") and c and int(c[-1]) > RARE_PLACE:
                continue  # قرية صغيرة, مدينة كبيرة: an indefinite word the news writes often is an adjective
            out.append((j, j + 1, "LOC"))
            taken.add(j)
        return out

    @staticmethod
    def _join_next(spans: list[tuple[int, int, str]], gap: int, joins) -> list[tuple[int, int, str]]:
        """Each span joined to the span that starts ``gap`` tokens after its end when ``joins(a, b, typ, c, e,
        next_typ)`` says so: one span [a, e) of the first one's type, the second no mention of its own (what
        ``_region_of_country`` and ``_branch`` share)."""
        starts = {a: (b, t) for a, b, t in spans}
        out, skip = [], set()
        for a, b, typ in sorted(spans):
            if (a, b) in skip:
                continue
            nxt = starts.get(b + gap)
            if nxt is not None and joins(a, b, typ, b + gap, nxt[0], nxt[1]):
                out.append((a, nxt[0], typ))
                skip.add((b + gap, nxt[0]))
                continue
            out.append((a, b, typ))
        return out

    def _region_of_country(self, norms: list[str],
                           spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A region (a listed place of kind ``region``) followed right away by the name of its own country
        is named with it, one place (إقليم كوردستان العراق, كردستان العراق: the dictionary lists some
        spellings whole, not every one); the country is no place of its own there. A nisba after a place
        (جازان السعودية: Saudi Jazan) is no country name and is left to the adjective rules."""
        def joins(a: int, b: int, typ: str, c: int, e: int, next_typ: str) -> bool:
            if typ != "LOC" or next_typ != "LOC" or conventions._nisba(norms[b]):
                return False
            region = actors.lookup(" ".join(norms[a:b]), "LOC")
            country = actors.lookup(" ".join(norms[c:e]), "LOC")
            return region is not None and country is not None and region.kind == "region" and \
                country.kind == "country" and bool(region.country) and region.country == country.country

        return self._join_next(spans, 0, joins)

    def _branch(self, norms: list[str], words: list[str],
                spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """An organisation's branch in a country is named with a dash: كتائب حزب الله - العراق, الحزب
        الديمقراطي الكوردستاني – إيران are one ORG, the country no place of its own."""
        def joins(a: int, b: int, typ: str, c: int, e: int, next_typ: str) -> bool:
            if typ != "ORG" or next_typ != "LOC" or not (c < len(words) and words[b] in _DASHES):
                return False
            place = actors.lookup(" ".join(norms[c:e]), "LOC")
            return place is not None and place.kind == "country" and (e == len(words) or words[e] not in _DASHES)

        return self._join_next(spans, 1, joins)

    def _quoted_part(self, norms: list[str], words: list[str],
                     spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A listed organisation written with quotation marks around its first words: "المقاومة الإسلامية"
        في العراق is the listed المقاومة الإسلامية في العراق, and the part in the marks is the name
        (GUIDELINES: quotation marks inside a name)."""
        if _OPEN.isdisjoint(words):
            return spans
        n = len(words)
        for o in [o for o in range(n - 2) if words[o] in _OPEN]:
            c = next((k for k in range(o + 2, min(n, o + 2 + MEDIA_WORDS + 1)) if words[k] in _CLOSE), None)
            if c is None or any(s[0] < c and o + 1 < s[1] and (s[0], s[1]) != (o + 1, c) for s in spans):
                continue
            inside = tuple(norms[o + 1:c])
            if not all(w.isalpha() for w in inside):
                continue
            if any(c + k < n and self._listed(inside + tuple(norms[c + 1:c + 1 + k]), "ORG") for k in (1, 2, 3)):
                spans = [s for s in spans if (s[0], s[1]) != (o + 1, c)] + [(o + 1, c, "ORG")]
        return spans

    def _hashtags(self, words: list[str], norms: list[str], variants: list[tuple[str, ...]],
                  spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A name in a hashtag is annotated as written (GUIDELINES): a head or descriptor word joined to the
        name by ``_`` is part of it (ريف_حلب, اتفاق_الرياض, شرطة_أبوظبي): a place's head or descriptor
        keeps the type, an agreement's or meeting's head makes it MISC, an institution's ORG. Other words
        of a hashtag stay outside (جرائم_الحوثيين → الحوثيين, ولي_العهد_الأمير_محمد_بن_سلمان)."""
        r = conventions.rules()
        place = r.get("place_in", frozenset()) | r.get("place_out", frozenset())
        misc, construct = r.get("misc_head", frozenset()), institutions.heads()[0]
        taken = {i for a, b, _ in spans for i in range(a, b)}
        out = []
        for a, b, typ in spans:
            if a >= 2 and words[a - 1] == "_" and (a - 2) not in taken:
                v = variants[a - 2]
                if not misc.isdisjoint(v):
                    a, typ = a - 2, "MISC"
                elif not construct.isdisjoint(v):
                    a, typ = a - 2, "ORG"
                elif typ == "LOC" and not place.isdisjoint(v):
                    a -= 2
            # a listed name joined by ``_`` to the words after it in one hashtag is that longer name when
            # the joined words are one too (#الجزيرة_مباشر, the channel, not الجزيرة)
            k = b
            while k + 1 < len(words) and words[k] == "_" and words[k + 1] not in ("#", "_") and k - b < 2 * 3:
                k += 2
                got = self._listed_types(tuple(norms[x] for x in range(a, k) if words[x] != "_"))
                if got:
                    b, typ = k, (typ if typ in got else min(got))
            out.append((a, b, typ))
        # one hashtag, one name: what a longer span holds goes; a person's name split at ``_`` is one name
        # (#قاسم_سليماني)
        out.sort(key=lambda s: (s[0], -s[1]))
        kept: list[tuple[int, int, str]] = []
        for a, b, typ in out:
            if kept and a < kept[-1][1]:
                if b > kept[-1][1]:
                    kept.append((a, b, typ))  # a crossing span is left as it was
                continue
            if kept and typ == "PER" == kept[-1][2] and a == kept[-1][1] + 1 and words[a - 1] == "_":
                kept[-1] = (kept[-1][0], b, typ)
                continue
            kept.append((a, b, typ))
        return kept

    def _quoted_media(self, words: list[str], variants: list[tuple[str, ...]],
                      spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A media head word (``media_head`` of ner/span_rules.tsv: قناة, وكالة, صحيفة …) followed by a
        short name in quotation marks or brackets names that outlet: قناة "الحدث", وكالة “بغداد اليوم”,
        قناة (العراقية) give the quoted words as one ORG, whatever the tagger saw inside them (بغداد a
        place) or did not see; after a facility head (``facility``: حقل, قاعدة, مطار …) the quoted words
        are the facility, LOC (حقل غاز "كونيكو"). A span that reaches outside the marks is left as it is."""
        if _OPEN.isdisjoint(words):
            return spans
        r = conventions.rules()
        heads, facility = r.get("media_head", frozenset()), r.get("facility", frozenset())
        n = len(words)
        for i in [i for i in range(n - 2) if words[i + 1] in _OPEN or words[i + 2] in _OPEN]:
            if not heads.isdisjoint(variants[i]):
                typ, o = "ORG", i + 1
            elif not facility.isdisjoint(variants[i]):
                # a facility named in quotation marks: حقل "كونيكو", حقل غاز "كونيكو" (one noun between)
                typ, o = "LOC", i + 1
                if o < n - 1 and words[o] not in _OPEN and words[o].isalpha() and words[o + 1] in _OPEN:
                    o += 1
            else:
                continue
            if words[o] not in _OPEN:
                continue
            close = next((k for k in range(o + 1, min(n, o + 1 + MEDIA_WORDS + 1)) if words[k] in _CLOSE), None)
            if close is None or close == o + 1 or not all(any(ch.isalpha() for ch in w) for w in words[o + 1:close]):
                continue
            a, b = o + 1, close
            if any(s[0] < b and a < s[1] and not (a <= s[0] and s[1] <= b) for s in spans):
                continue
            spans = [s for s in spans if not (a <= s[0] and s[1] <= b)] + [(a, b, typ)]
        return spans

    def _listed_types(self, norms: tuple[str, ...]) -> set[str]:
        """The types a word sequence (its first word read with or without a proclitic) is listed with."""
        rest = " ".join(norms[1:])
        got: set[str] = set()
        for v in word_variants(norms[0]) if norms else ():
            got |= self.listed_names.get((v + " " + rest) if rest else v, set())
        return got

    def _listed(self, norms: tuple[str, ...], typ: str) -> bool:
        """Whether a word sequence (its first word read with or without a proclitic) is a listed name of
        that type: the actor dictionary or known_entities.tsv."""
        if not norms:
            return False
        rest = " ".join(norms[1:])
        for v in word_variants(norms[0]):
            got = self.listed_names.get((v + " " + rest) if rest else v)
            if got and typ in got:
                return True
        return False

    def cut_mid_word(self, word: str) -> bool:
        """Whether ``word``, the last of a text that stops on a letter, reads as a word cut short: the news
        corpus of the word clusters writes a word it starts (one to four letters longer) more often than
        ``word`` itself (دو of دونالد, الأرد of الأردن, أيل of أيلول; not تلعفر, العراق, رويترز)."""
        n = normalize(word)
        if not n:
            return False
        if self._vocab is None:
            self._vocab = sorted(w for w in self.feat.clusters if w.isalpha())
        own = self.feat.clusters.get(n)
        fq = int(own[-1]) if own else -1
        k = bisect_left(self._vocab, n)
        while k < len(self._vocab) and self._vocab[k].startswith(n):
            w = self._vocab[k]
            if len(n) < len(w) <= len(n) + 4 and int(self.feat.clusters[w][-1]) > fq:
                return True
            k += 1
        return False

    def _dual_noun(self, norm: str) -> bool:
        """The word is the nominative dual (…ان) of a common noun: the news corpus of the word clusters
        writes its oblique dual or plural (…ين, …ات) often (شهران: شهرين; مسؤولان: مسؤولين; انفجاران:
        انفجارات) and that form is no first name (حسان: حسين is one); a name ending in ان has no such form
        (عدنان, سلمان, شعبان)."""
        if len(norm) < 5 or not norm.endswith("ان") or not norm.isalpha():
            return False
        base = norm[:-2]
        single = self.feat.clusters.get(base)
        if not single or int(single[-1]) < DUAL_SEEN or base in self.first_names:
            return False
        for other in (base + "ين", base + "ات"):  # (انفجاران: انفجارات, the plural, where the oblique is rare)
            c = self.feat.clusters.get(other)
            if c and int(c[-1]) >= DUAL_SEEN and other not in self.first_names:
                return True
        return False

    def _adjective_of_definite(self, norms: list[str], info: list, spans: list[tuple[int, int, str]],
                               a: int) -> bool:
        """A one-word definite person right after a definite word outside every name, with no title among
        the three words before, reads as that noun's adjective (بالصديق العزيز "the dear friend", المعقل
        الرئيسي, قوات النظام النصيري): a surname alone follows a title (الرئيس الأسد, المرشد الإيراني الراحل
        الخميني) or a verb, not a common noun."""
        if a == 0 or not norms[a].startswith("ال") or not norms[a - 1].isalpha():
            return False
        if not any(v.startswith("ال") and len(v) > 3 for v in info[a - 1][4]):
            return False
        if any(s[0] <= a - 1 < s[1] for s in spans):
            return False
        return not any(v in self.titles for k in range(max(0, a - 3), a) for v in info[k][4])

    def _lone_adjectives(self, sents: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
        """A one-word indefinite person shaped like an adjective — a nisba (…ي: رئيسي, برلماني, سريري) or a
        derived participle (مت…: متلفز) — right after an indefinite noun (no article, no ة: after a
        feminine noun the adjective would be رئيسية, so the word is a genitive name, زيارة رئيسي), is that
        noun's adjective (خطاب متلفز "a televised speech", اهتمام رئيسي "a main concern", مصدر برلماني)
        when nothing in the document says it is a name: it is in no longer person of the document
        (إبراهيم رئيسي), no title (الرئيس الإيراني رئيسي) or verb (قال رئيسي) stands before it anywhere in
        the document, and it is no first name and, if a listed surname, one the news also writes as an adjective
        (``_adjective_too``: رئيسي yes, مقتل سليماني no)."""
        spans = [ner_data.bio_spans(tg) for tg in tags]
        cands = []
        for si, (ws, sp) in enumerate(zip(sents, spans)):
            for a, b, typ in sp:
                if typ != "PER" or b - a != 1 or a == 0:
                    continue
                w = self.feat.word(ws[a])[0]
                if len(w) < 4 or not w.isalpha() or w.startswith("ال") or \
                        not (w.endswith("ي") or (w.startswith("مت") and len(w) >= 5)) or \
                        w in self.first_names or not self._adjective_too(w):
                    continue
                p = self.feat.word(ws[a - 1])
                if len(p[0]) < 3 or not p[0].isalpha() or p[0].startswith("ال") or p[0].endswith(("ة", "ه")) \
                        or any(s[0] <= a - 1 < s[1] for s in sp):
                    continue
                cands.append((si, a, w))
        if not cands:
            return tags
        from ..events.attach import finite_verb  # (the events package imports this one)
        named = set()  # the candidate words the document gives a name's evidence
        words = {w for _, _, w in cands}
        for ws, sp in zip(sents, spans):
            info = self.feat.words(ws)
            for a, b, typ in sp:
                if typ == "PER" and b - a >= 2:
                    named.update(x[0] for x in info[a:b])
            for k in range(1, len(ws)):
                w = info[k][0]
                if w not in words:
                    continue
                p = info[k - 1]
                if any(v in self.titles for j in range(max(0, k - 3), k) for v in info[j][4]) or \
                        any(v in self.common for v in p[4]) or finite_verb(ws[k - 1]):
                    named.add(w)
        out = [list(tg) for tg in tags]
        for si, a, w in cands:
            if w not in named:
                out[si][a] = "O"
        return out

    def _adjective_too(self, norm: str) -> bool:
        """Whether a one-word name may also be read as an adjective: any word the lists do not know as a
        person's name, and a listed surname (ner/per_names.txt, the dictionary) only when the news corpus of
        the word clusters writes its definite form at least as often (رئيسي: الرئيسي "the main", Raisi; not
        سليماني, روحاني, خامنئي, whose definite forms are rare)."""
        if norm not in self.per_names and not self._listed((norm,), "PER"):
            return True
        own, definite = self.feat.clusters.get(norm), self.feat.clusters.get("ال" + norm)
        return bool(definite) and int(definite[-1]) >= (int(own[-1]) if own else 0)

    def _plural_noun(self, norm: str) -> bool:
        """The word is the nominative sound plural (…ون) of a common noun: the news corpus of the word
        clusters writes its singular and, at least as often as the word itself, its oblique form …ين
        (منتقدون: منتقد, منتقدين; سابقون: سابق, سابقين); a name ending in ون has no such forms (خلدون,
        زيتون) and a first name is left alone (هارون, شمعون)."""
        if len(norm) < 6 or not norm.endswith("ون") or not norm.isalpha() or norm in self.first_names:
            return False
        base = norm[:-2]
        if base in self.first_names or not self.feat.clusters.get(base):
            return False
        own, oblique = self.feat.clusters.get(norm), self.feat.clusters.get(base + "ين")
        return bool(oblique) and int(oblique[-1]) >= max(PLURAL_SEEN, int(own[-1]) if own else 0)

    def _place(self, norms: tuple[str, ...]) -> bool:
        """A listed place or a place of the gazetteer (ner/loc_gazetteer.txt)."""
        return bool(norms) and (self._listed(norms, "LOC") or self._gazetteer_place(list(norms), word_variants(norms[0])))

    def _place_word(self, norm: str) -> bool:
        """A one-word place by the resources: a listed or gazetteer place, or a definite word the news
        corpus of the word clusters never writes (الحوك; not الأمن, الصحة: common nouns)."""
        return norm.isalpha() and len(norm) > 3 and (
            self._listed((norm,), "LOC") or self._gazetteer_place([norm], (norm,)) or
            (norm.startswith("ال") and norm not in self.feat.clusters and not norm.endswith(("يه", "يين", "يون"))))

    def _gazetteer_place(self, norms: list[str], first: tuple[str, ...]) -> bool:
        """The whole span (its first word read with or without a proclitic) is a place of the gazetteer
        (ner/loc_gazetteer.txt) and no person's name there or in the dictionary."""
        rest = tuple(norms[1:])
        labels: set[str] = set()
        for v in first:
            for tail, lab in self.feat.gaz.index.get(v, ()):
                if tail == rest:
                    labels |= lab
        return "LOC" in labels and not labels & {"PER", "FN"} and not self._listed(tuple(norms), "PER")

    def _never_alone(self, norm: str, variants: tuple[str, ...]) -> bool:
        """The word, or the word without a proclitic when 4+ letters are left (بمدينة; not كمال → مال),
        or without ك "as" when 2+ are left (كأب "as a father": ك before a common noun is the
        preposition; a name starting with ك keeps its letter, كمال), is one of the words that are never
        an entity alone."""
        return (norm in self.never_alone or any(len(v) >= 4 and v in self.never_alone for v in variants[1:])
                or (len(norm) >= 3 and norm[0] == "ك" and norm[1:] in self.never_alone))

    def clitic_len(self, word: str, known: frozenset[str] | set[str] = frozenset()) -> int:
        """How many leading characters of an entity's first token are a proclitic, not the name: the
        word without it is much more frequent in the news, or (``known``, the document's own words)
        the document writes it without it elsewhere (بالكاظمي, والفلبين)."""
        n = normalize(word)
        best = 0
        if lost_article(n, article_cut(n)):
            # للحكومة: ل + the article's ل, whose alif it took; the name starts after both (حكومة),
            # never at the article's lone ل (لحكومة)
            best = article_cut(n)
        full = self.feat.clusters.get(n)
        full_fq = int(full[-1]) if full else -1
        for v in word_variants(n)[1:] if not best else ():
            if not n.endswith(v):
                continue  # the لل -> ال reading has no span in the text (cut above)
            if v in self.common:
                continue  # a function word is no name: كاليه is Calais, not ك + إليه ("to him")
            c = self.feat.clusters.get(v)
            # the document's word must be long enough not to be a common word inside a name (كمال → مال)
            # (لمدينة is no reading of للمدينة: that ل is the article's)
            # or the word without it starts a dictionary name that the word itself does not (وبلغاريا,
            # لوكالة رويترز)
            # (ك "like" rarely comes before a name: when the word itself is unknown, what is left after it
            # must be a word seen often, not a stray one: كونيكو is the gas field, not ك + ونيكو seen twice)
            rare = RARE if not full and n[:len(n) - len(v)].endswith("ك") else 0
            if (len(v) >= 3 and c and int(c[-1]) >= max(full_fq + 2, rare)) or \
                    (len(v) >= 4 and v in known and not (v.startswith("ل") and n.endswith("ل" + v))) or \
                    (len(v) >= 3 and v in self.known.index and n not in self.known.index):
                best = max(best, len(n) - len(v))
        if not best:
            return 0
        # map the normalised prefix length back onto the raw word (diacritics are dropped by normalize)
        k = 0
        seen = 0
        while k < len(word) and seen < best:
            if normalize(word[k]):
                seen += 1
            k += 1
        return k


def _masculine_adjective(norm: str) -> bool:
    """A definite masculine adjective by its shape (normalised): a colour's أفعل (الاحمر, الابيض) or a
    relational adjective ال…ي (العربي); not a noun or a time word (اليوم, الأحد); a title of that shape
    (الأمير) is left out by the caller."""
    return norm.isalpha() and ((len(norm) == 6 and norm.startswith("الا")) or
                               (len(norm) >= 6 and norm.startswith("ال") and norm.endswith("ي")))


def never_alone() -> frozenset[str]:
    """Normalised words that are never an entity on their own: ``ner/never_alone.txt``, the one-word
    month names of ``times/months.tsv`` and the currency words of ``amounts/currencies.tsv``, these also
    with the article (الريال; not المدينة, which in Saudi news is Medina)."""
    words = set(lines("ner/never_alone.txt"))
    words |= {row[0] for row in table("times/months.tsv") if " " not in row[0]}
    currencies = {row[0] for row in table("amounts/currencies.tsv") if " " not in row[0]}
    words |= currencies | {"ال" + w for w in currencies}
    return frozenset(" ".join(normalize(w).split()) for w in words)


def common_words() -> frozenset[str]:
    """Normalised one-word reporting verbs (``quotes/cues.tsv``) and function words
    (``events/function_words.txt``): never a one-word dictionary name."""
    words = {row[0] for row in table("quotes/cues.tsv") if row and " " not in row[0]}
    words |= set(lines("events/function_words.txt"))
    return frozenset(normalize(w) for w in words)


_tagger: Optional[Tagger] = None
_load_lock = threading.Lock()


def get_tagger() -> Tagger:
    global _tagger
    if _tagger is None:
        with _load_lock:
            if _tagger is None:
                _tagger = Tagger()
    return _tagger
