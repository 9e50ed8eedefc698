"""Who said what: Arabic reported speech with speaker, cue, content span and attribution chain.

Rule-based, over normalised token forms (lexicons in ``marsad/resources/quotes/``):

1. cues: reporting verbs ("وقال", "أكدت"), circumstantial participles ("مشيرا إلى أن") and verbal
   nouns ("بالقول:"), plus attribution phrases ("بحسب X", "وفق ما نقله X", "على لسان X").
2. speaker: the noun phrase after the verb ("قال X إن"), else the clause-initial phrase before it
   ("X قال إن", "المنظمة بينت أن"), else the current speaker carried from the last explicit one
   ("وأضاف", "مشيرا إلى", "وقال إن"). "نقل X عن Y" makes Y the speaker and X an intermediate.
   A definite description ("الجنرال الإيراني", "الصحيفة") is resolved to the named source it
   refers back to; the span still points at the description in the text.
3. content: after أن/إن, a colon or an opening quotation mark, to the end of the clause, stopping
   before a following participle cue or trailing attribution; a quotation in marks runs to its
   closing mark across sentence (and paragraph) breaks. For "…، بحسب X" the content is the clause
   before the phrase.
4. via: the outlet of the document → intermediates ("نقلت صحيفة X عن", "أوردتها وكالة Y",
   the quotation this one is nested in) → the speaker.

Works with an empty ``doc.entities``; when the NER component has run, PER/ORG spans trim the
speaker phrase and give ``speaker_entity_id``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ...arabic.normalize import normalize
from ...arabic.sentences import split_sentences
from ...arabic.tokens import tokenize
from ...document import Document, Quote
from . import lexicon as lex

# quotation marks: opener -> closer. ” is also used as an opener in scraped text ("مؤكدة ” أن").
_PAIRS = {"«": "»", "“": "”", '"': '"', "”": "”", "„": "“", "‹": "›"}
_CLOSERS = set("»”\"›’")
_QUOTE_CHARS = set("«»“”\"„‹›")
_CLAUSE_PUNCT = {"،", ",", "؛", ";"}
_END_PUNCT = {".", "!", "؟", "?", "…"}
_STRIP = " \t\n\r،,.؛;:!؟?…-–—"

# Function words (normalised). They are grammar, not domain knowledge, so they live here.
_COMP_BARE = {"ان", "بان", "فان", "لان"}
_COMP_PRON = re.compile(r"^(?:ب|ل)?ان(?:ه|ها|هم|هما|نا|ني|ي|كم|هن)$|^كون(?:ه|ها|هم)$")
_PREP = {"في", "خلال", "عن", "علي", "الي", "مع", "امام", "عبر", "منذ", "بعد", "قبل", "حول", "عند", "لدي",
         "من", "ضمن", "اثناء", "بين", "لـ", "ل", "حيث", "فيما", "بينما", "عندما", "حين", "كما", "اذ", "وسط",
         "بشان", "تجاه", "بسبب", "رغم", "لكن", "ولكن", "الا", "ثم", "او", "بل", "قد", "لقد", "فقد", "وقد",
         "هو", "هي", "هم", "وهو", "وهي", "وهم", "انه", "ايضا", "كذلك", "ما", "لم", "لا", "لن", "ان", "اما",
         "بحسب", "حسب", "وفق", "وفقا"}
_TIME = {"امس", "اليوم", "غدا", "مساء", "صباح", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
         "السبت", "حاليا", "سابقا", "مؤخرا", "الليله", "امس،", "اول"}
_REL = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي", "ممن"}
_PREP_PRON = re.compile(r"^و?(?:خلال|في|من|عن|علي|الي|ال|ل|مع|عبر|لدي|عند|امام|ب)(?:ه|ها|هم|هما|ي|نا)$")
_DEMONSTRATIVE = {"هذا", "هذه", "ذلك", "تلك", "هؤلاء", "اولئك", "وصفه", "وصفها", "وصفهم"}
_AUX = {"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"}
_QUANT = {"العديد", "عدد", "احد", "احدي", "بعض", "كثير", "مجموعه", "عشرات", "مئات"}
_NEG = {"لا", "لم", "لن", "ما", "ولا", "ولم", "ولن"}
_PRON_NOUN = re.compile(r"^(?:وصف|قول|تعبير)(?:ه|ها|هم)$")  # "بحسب وصفه", "على حد تعبيرها"
_SOURCE_NOUNS = {"مقال", "تقرير", "بيان", "تصريحات", "تصريح", "دراسه", "تحليل", "حديث", "مقابله", "تغريده"}
_CONTENT_SKIP = {"الي", "علي", "عن", "ب"}  # "أشار إلى أن", "أكد على أن", "كشف عن"


@dataclass
class _Tok:
    start: int
    end: int
    text: str
    norm: str


@dataclass
class _Speaker:
    start: int
    end: int
    name: str  # resolved name used as Quote.speaker
    anonymous: bool = False
    via: list = field(default_factory=list)  # intermediates between the outlet and this speaker
    entity_id: Optional[str] = None
    inter: Optional["_Speaker"] = None  # the relaying source ("نقل موقع X عن مصادر": X)
    affil: Optional[str] = None  # outlet a writer works for: "جوش روجين (واشنطن بوست)"

    @property
    def label(self) -> str:
        return f"{self.name} ({self.affil})" if self.affil else self.name
    gender: str = "m"


def _gender_of_words(words: list) -> str:
    """Agreement class of a speaker phrase: "f" for feminine and non-human plurals (الوزارة، مصادر)."""
    if not words:
        return "m"
    head = words[0]
    bare = head[2:] if head.startswith("ال") else head
    if bare.endswith("ه") or bare in ("مصادر", "وكالات", "صحف", "منظمات", "وسائل", "جهات", "قوات", "فصائل"):
        return "f"
    return "m"


def _gender_of_cue(norm: str, kind: str) -> Optional[str]:
    """"قالت", "أضافت", "مشيرة", "تقول" → "f"; "قال", "مشيرا", "يقول" → "m"; plurals → None."""
    for f in _clitic_forms(norm):
        if f.endswith(("وا", "ون", "ين")):
            return None
        if kind == "verb" and (f.endswith("ت") and len(f) > 3 or f.startswith("ت")):
            return "f"
        if kind == "part":
            return "f" if f.endswith("ه") else "m"
        break
    return "m" if kind == "verb" else None


def _clitic_forms(norm: str):
    """The token and its forms without a conjunction / lam proclitic ("وقال" → "قال", "ليقول" → "يقول")."""
    yield norm
    if len(norm) > 3 and norm[0] in "وف":
        yield norm[1:]
        if len(norm) > 4 and norm[1] == "ل":
            yield norm[2:]
    if len(norm) > 3 and norm[0] == "ل":
        yield norm[1:]


class _Extractor:
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        toks = doc.tokens or tokenize(doc.text)
        self.toks = [_Tok(t.start, t.end, t.text, t.norm or normalize(t.text)) for t in toks]
        self.n = len(self.toks)
        sents = doc.sentences or split_sentences(doc.text)
        # sentence id of every token, and first/last token of each sentence
        self.sid = [0] * self.n
        self.sent_first: list[int] = []
        self.sent_last: list[int] = []
        si = 0
        for i, t in enumerate(self.toks):
            while si < len(sents) - 1 and t.start >= sents[si].end:
                si += 1
            self.sid[i] = si
        self.sent_first = [0] * (len(sents) or 1)
        self.sent_last = [0] * (len(sents) or 1)
        seen: set = set()
        for i in range(self.n):  # first and last token of each sentence, in one pass
            if self.sid[i] not in seen:
                seen.add(self.sid[i])
                self.sent_first[self.sid[i]] = i
            self.sent_last[self.sid[i]] = i
        self.cues = lex.cues()
        self.titles = lex.title_words()
        self.entities = sorted(doc.entities or [], key=lambda e: e.start)
        self.current: Optional[_Speaker] = None  # speaker carried to "وأضاف", "مشيرا"
        self.current_sid = -1
        self.subjects: dict[int, _Speaker] = {}  # sentence -> explicit subject of a cue in it
        self.sent_speaker: dict[int, _Speaker] = {}  # sentence -> speaker of a quotation found in it
        self.known: list[_Speaker] = []  # explicit sources seen so far, for resolving descriptions
        self.relays: dict[str, str] = {}  # normalised source name -> outlet that relayed it
        self.quotes: list[Quote] = []

    # ---- token helpers -------------------------------------------------------------------
    def norm(self, i: int) -> str:
        return self.toks[i].norm if 0 <= i < self.n else ""

    def cue_at(self, i: int):
        for f in _clitic_forms(self.norm(i)):
            if f in self.cues:
                return self.cues[f]
        return None

    def is_comp(self, t: str) -> bool:
        return t in _COMP_BARE or bool(_COMP_PRON.match(t))

    def is_stop(self, t: str) -> bool:
        if _PREP_PRON.match(t) or t in _DEMONSTRATIVE:
            return True
        if t in _PREP or t in _TIME or t in _REL or self.is_comp(t):
            return True
        if len(t) > 2 and t[0] == "و" and (t[1:] in _PREP or t[1:] in _REL or t[1:] in _TIME):
            return True
        return False

    def closing(self, pos: int) -> int:
        """Index of the mark closing the quotation opened at text[pos], or -1 (within 3000 chars)."""
        closer = _PAIRS.get(self.text[pos])
        if closer is None:
            return -1
        j = self.text.find(closer, pos + 1, pos + 3000)
        while closer == '"' and j > 0 and j + 1 < len(self.text) and self.text[j + 1].isalpha() and \
                self.text[j - 1] in " \n":
            j = self.text.find(closer, j + 1, pos + 3000)  # ' "ان الولايات' opens the next quotation
        if self.text[pos] == "“" and j < 0:
            j = self.text.find("“", pos + 1, pos + 3000)
        return j

    def tok_at_char(self, c: int) -> int:
        lo, hi = 0, self.n
        while lo < hi:
            m = (lo + hi) // 2
            if self.toks[m].end <= c:
                lo = m + 1
            else:
                hi = m
        return lo

    # ---- speaker phrases ------------------------------------------------------------------
    def np_forward(self, k: int, stop: int) -> tuple[int, int]:
        """Token range [k, j) of the noun phrase starting at k (a subject or source name)."""
        while k < min(stop, self.n) and (self.toks[k].text == "[" or self.norm(k) in _AUX):
            k += 1  # "[صحيفة X](#)", "وكانت المفوضية … قد أعربت"
        if k < self.n and self.toks[k].text in _QUOTE_CHARS and self.toks[k].text not in _CLOSERS:
            close = self.closing(self.toks[k].start)
            if 0 < close - self.toks[k].start < 40:  # «دلتا» منذ أشهر: the quoted name alone
                a = k + 1
                return a, max(a, self.tok_at_char(close))
        while k < min(stop, self.n) and self.norm(k) in _SOURCE_NOUNS:
            k += 1  # "تصريح قائد القيادة …": the statement's author
        i, taken, open_q, pp_used = k, 0, None, False
        first = self.norm(k)
        while i < min(stop, self.n) and taken < 10:
            t, raw = self.norm(i), self.toks[i].text
            if raw == "[":
                i += 1
                continue
            if raw in _QUOTE_CHARS:
                if open_q is not None and raw in _CLOSERS:
                    open_q = None
                    i += 1
                    continue
                close = self.closing(self.toks[i].start) if taken else -1
                if taken and 0 < close - self.toks[i].start < 40:  # «نيكاي», “سيد الشهداء”
                    open_q = raw
                    i += 1
                    continue
                break
            if taken and t == "من" and self.norm(i - 1) in _QUANT:
                taken += 1  # "العديد من الخبراء"
                i += 1
                continue
            if taken and t in ("في", "داخل") and not pp_used and first in lex.anonymous_heads():
                taken += 1  # "مصادر في مكتب رئيس الوزراء"
                pp_used = True
                i += 1
                continue
            if taken and t == "علي" and first in self.titles and not self.norm(i - 1).startswith("ال") and \
                    self.norm(i - 1) not in self.titles and not self.norm(i + 1).startswith("ال") and \
                    not self.is_comp(self.norm(i + 1)) and self.norm(i + 1)[:1].isalpha():
                taken += 1  # a name: "صالح علي حسن"
                i += 1
                continue
            if not t[:1].isalnum() or self.is_stop(t) or (taken and self.cue_at(i)) or (not taken and t in _NEG):
                break
            if "\u064b" in raw and not taken:
                break  # "علنًا", "سابقًا": an accusative adverb, not a subject
            if t.startswith("ل") and (t == "لـ" or (i + 1 < self.n and self.toks[i + 1].text in _QUOTE_CHARS)):
                break  # لـ«الشرق الأوسط»: the outlet spoken to, not the speaker
            if t.startswith("لل") and (not taken or first not in self.titles):
                break  # "للصحافيين": the addressee; but "الأمين العام للحلف"
            if taken and len(t) > 4 and t.endswith(("ها", "هم", "هما")) and self.norm(i - 1) not in self.titles:
                break  # "الصحيفة تحليلها": a possessed object, not part of the name
            taken += 1
            i += 1
        j = self._trim_np(k, i)
        while j > k and (self.toks[j - 1].text in "[" or self.toks[j - 1].text in _QUOTE_CHARS and
                         self.toks[j - 1].text not in _CLOSERS):
            j -= 1
        return k, j

    def _trim_np(self, k: int, j: int) -> int:
        """Cut an apposition after a name: "رمزي هيداموس المدير التنفيذي" → "رمزي هيداموس"."""
        if j - k < 3:
            return j
        # a PER/ORG starting inside the phrase ends it; a person first of all: "الأمين العام لمجلس التعاون
        # عبد اللطيف الزياني" ends with the person, not with the organisation that names his office
        inside = [e for e in self.entities
                  if e.type in ("PER", "ORG") and self.toks[k].start <= e.start < self.toks[j - 1].end]
        if inside:
            e = next((e for e in inside if e.type == "PER"), inside[0])
            return max(self.tok_at_char(e.end - 1) + 1, k + 1)
        first = self.norm(k)
        for p in range(k + 1, j):
            if self.norm(p) in {"احد", "احدي"}:
                return p
        if first in self.titles or first in lex.nisba_words():
            # "الألماني توماس باخ رئيس اللجنة": the name starts after the titles; a title after it is apposition
            p0 = k
            while p0 < j and (self.norm(p0) in self.titles or self.norm(p0) in lex.nisba_words()):
                p0 += 1
            if p0 < j and not self.norm(p0).startswith(("ال", "ب", "ل")) and p0 > k:
                for p in range(p0 + 2, j):
                    if self.norm(p) in lex.person_titles() and self.toks[p - 1].text not in _QUOTE_CHARS:
                        return p
            return j
        if first.startswith("ال") or first.startswith("["):
            return j
        for p in range(k + 1, j):
            if self.norm(p) in {"احد", "احدي"}:
                return p
        for p in range(k + 2, j):
            if self.norm(p) in self.titles and self.toks[p - 1].text not in _QUOTE_CHARS:
                return p
        return j

    def np_backward(self, cue: int) -> Optional[tuple[int, int]]:
        """The clause-initial phrase before an unprefixed verb: "المنظمة بينت أن", "هود أكد، أن"."""
        s = self.sid[cue]
        c = self.sent_first[s]
        prev = cue - 1
        if self.norm(prev) in ("عندما", "حين", "حيث", "بعدما", "كما", "وكما", "لما"):
            return None  # "عندما قال": the subject is the one already speaking
        if self.norm(prev) in _REL or self.norm(prev)[1:] in _REL:
            # "الجنرال فرانك ماكنزي، الذي أشار": the antecedent of the relative pronoun
            j = prev - 1
            while j >= c and self.toks[j].text in _CLAUSE_PUNCT:
                j -= 1
            a = j
            while a > c and a > j - 7 and self.toks[a - 1].text not in _CLAUSE_PUNCT and \
                    not self.is_stop(self.norm(a - 1)) and self.toks[a - 1].text[:1].isalnum():
                a -= 1
            if not (j >= a >= c):
                return None
            words = [self.norm(x) for x in range(a, j + 1)]
            while words and words[0] in _SOURCE_NOUNS:
                words, a = words[1:], a + 1
            if words and (words[0].startswith("ال") or any(w in self.titles for w in words)) and \
                    not any("\u064b" in self.toks[x].text for x in range(a, j + 1)):
                return a, j + 1
            return None
        for i in range(cue - 1, c - 1, -1):  # nested clause: "إن مسؤولين (لم يسمّهم) أبلغوه أن"
            if self.is_comp(self.norm(i)) or self.norm(i) == ":":
                c = i + 1
                break
        if c >= cue:
            return None
        while c < cue and self.norm(c) in ("لكن", "ولكن", "كما", "اما", "ثم", "بل"):
            c += 1  # "لكن “CNN” نقل عن …"
        nested = c > self.sent_first[s]
        a, b = self.np_forward(c, cue)
        if b <= a:
            return None
        w = self.norm(a)
        if nested and (w[:1] in "يت" and not w.startswith("ال") and len(w) > 3 or b - a > 8):
            return None  # "أن تتصاعد الهجمات …" is a clause, not a subject
        # only adjuncts may stand between the phrase and the verb ("الخارجية الامريكية اكدت أيضا")
        gap = [self.norm(i) for i in range(b, cue) if self.toks[i].text not in "[]()#"]
        topic = not nested and gap and (gap[0] in _CLAUSE_PUNCT or gap[0] in _REL or gap[0][1:] in _REL or
                                        gap[0] in ("من", "وفي", "في"))
        if any(not (g in _CLAUSE_PUNCT or g in _PREP or g in _TIME or g.startswith("جانب") or g == "من")
               for g in gap) and len(gap) > 6 and not topic:
            return None
        return a, b

    def make_speaker(self, a: int, b: int) -> _Speaker:
        s, e = self.toks[a].start, self.toks[b - 1].end
        raw = self.text[s:e]
        words = [self.norm(i) for i in range(a, b) if self.norm(i)[:1].isalnum()]
        name = re.sub(r"\]\(#?\)|[\[\]«»“”\"]", "", raw).strip()
        sp = _Speaker(s, e, name, gender=_gender_of_words(words))
        # a definite description refers back to a named source: "الجنرال الإيراني", "الصحيفة"
        head = words[0] if words else ""
        poss = re.match(r"^(.{3,})(?:ه|ها)$", head) if len(words) == 1 and not head.startswith("ال") else None
        if poss:  # "بحسب ما أعلن مكتبه" → the office named earlier
            ref = self.resolve(["ال" + poss.group(1)])
            if ref is not None:
                sp.name, sp.via, sp.anonymous, sp.inter = ref.name, list(ref.via), ref.anonymous, ref.inter
                return sp
        if words and head.startswith("ال") and (len(words) <= 2 and all(
                w.startswith("ال") for w in words) or head in lex.speaker_nouns()):
            ref = self.resolve(words)
            if ref is not None:
                sp.name, sp.via, sp.anonymous = ref.name, list(ref.via), ref.anonymous
                sp.entity_id, sp.inter, sp.affil = ref.entity_id, ref.inter, ref.affil
                return sp
        sp.name = self.strip_titles(name)
        after = normalize(self.text[e:e + 60])
        marked = any(m in after for m in lex.anonymity_markers())
        headless = head[2:] if head.startswith("ال") else head
        anon_head = head in lex.anonymous_heads() or headless in lex.anonymous_heads() or \
            (len(words) > 1 and words[0] in {"احد", "احدي", "ثلاثه", "اربعه", "عدد", "بعض"})
        named = any(e_.type == "PER" and s <= e_.start < e for e_ in self.entities)
        sp.anonymous = marked or (anon_head and not named)
        for e_ in self.entities:
            if e_.start >= s and e_.end <= e and e_.type in ("PER", "ORG"):
                sp.entity_id = e_.entity_id
                break
        sp.via = self.relay_of(sp.name)
        sp.affil = self.affiliation(b)
        return sp

    def affiliation(self, b: int) -> Optional[str]:
        """"X وهو كاتب … بصحيفة “Y”": the outlet named right after a person, within the clause."""
        last = self.sent_last[self.sid[min(b, self.n - 1)]]
        for j in range(b, min(last + 1, b + 14)):
            t = self.norm(j)
            if self.is_comp(t) or t == ":":
                return None
            for pre in ("ب", "في", "ل"):
                bare = t[len(pre):] if t.startswith(pre) and pre != "في" else (self.norm(j + 1) if t == "في" else "")
                if bare in lex.outlet_types() and bare:
                    k = j + 1 if t != "في" else j + 2
                    x, y = self.np_forward(k, last + 1)
                    if y > x:
                        return re.sub(r"[«»“”\"\[\]]|\(#?\)", "", self.text[self.toks[x].start:self.toks[y - 1].end]).strip()
        return None

    def relayed(self, inter: Optional[_Speaker], sp: _Speaker) -> _Speaker:
        """sp speaking through inter ("نقل X عن Y", "على لسان")."""
        if inter is not None:
            sp.via = inter.via + [inter.label]
            sp.inter = inter
        return sp

    def strip_titles(self, name: str) -> str:
        """The name without leading titles/nisbas when a name remains: "الجنرال محمد حسين بغاري"."""
        words = name.split()
        k = 0
        while k < len(words) - 2 and (normalize(words[k]) in lex.person_titles() or
                                      normalize(words[k]) in lex.nisba_words()):
            k += 1
        rest = normalize(words[k]) if k < len(words) else ""
        return " ".join(words[k:]) if k and not rest.startswith(("ال", "ب")) and not self.is_stop(rest) else name

    def resolve(self, words: list[str]) -> Optional[_Speaker]:
        """The most recent named source a description refers to (same head word, or a person)."""
        head = words[0]
        bare = head[2:]
        for sp in reversed(self.known):
            nm = normalize(sp.name)
            toks = nm.replace("[", " ").split()
            full = normalize(self.text[sp.start:sp.end])
            if (bare in toks or head in toks or bare in full.split() or head in full.split()) and \
                    nm not in (" ".join(words),):
                return sp
        if head in lex.speaker_nouns() and bare not in lex.outlet_types():
            for sp in reversed(self.known):  # "الكاتب الأمريكي" → the last named person
                if not normalize(sp.name).startswith("ال") and not sp.anonymous:
                    return sp
        return None

    def relay_of(self, name: str) -> list:
        nm = normalize(name)
        for src, outlet in self.relays.items():
            if src and (src == nm or len(src) > 6 and len(nm) > 6 and (src in nm or nm in src)):
                return [outlet]
        return []

    # ---- content ----------------------------------------------------------------------------
    def content_start(self, k: int, limit: int, clause_only: bool = False) -> Optional[int]:
        """Token index where the claim starts, searching from token k up to token limit."""
        i, steps = k, 0
        while i < min(limit, self.n) and steps < 40:
            t, raw = self.norm(i), self.toks[i].text
            if steps and t in ("لكن", "لكنه", "لكنها", "ولكن", "بينما", "فيما", "حيث", "عندما", "ثم", "قبل", "بعدما"):
                return None  # a new clause begins: whatever follows is not this cue's complement
            if clause_only and (raw in _PAIRS or raw == ":"):
                i += 1
                steps += 1
                continue
            if raw in _END_PUNCT and i >= self.sent_last[self.sid[k]]:
                return None
            if raw == ":":
                j = i + 1
                return j if j < self.n else None
            glued = self.toks[i].start > 0 and self.text[self.toks[i].start - 1].isalnum()
            if (raw in _PAIRS and raw not in "”" or raw == "”" and i + 1 < self.n and self.is_comp(self.norm(i + 1))) \
                    and (steps < 14 or self.toks[i - 1].text == ":") and not glued:
                close = self.closing(self.toks[i].start)
                ti = self.tok_at_char(close + 1) if close > 0 else self.n
                nxt = self.toks[ti] if ti < self.n else None
                # a short quoted name followed by more of the clause is not the claim: «دلتا إيرلاينز»
                if close > 0 and close - self.toks[i].start < 40 and nxt is not None and \
                        nxt.text not in _END_PUNCT and nxt.text != ":" and self.sid[self.tok_at_char(close)] == self.sid[i]:
                    i = self.tok_at_char(close) + 1
                    steps += 1
                    continue
                return i
            if t in _COMP_BARE:
                return i + 1 if i + 1 < self.n else None  # "وقال إن" ending the text: no claim follows
            if _COMP_PRON.match(t):
                return i
            if i > k and self.cue_at(i) and self.cue_at(i)[0] in ("verb", "part"):
                return None  # the next cue owns what follows
            i += 1
            steps += 1
        return None

    def content_end(self, a: int) -> int:
        """Character end of the claim that starts at token a."""
        start_char = self.toks[a].start
        # a quotation opened at the start runs to its closing mark, across sentence breaks
        if self.toks[a].text in _PAIRS:
            close = self.closing(start_char)
            if close > 0:
                after = self.tok_at_char(close + 1)
                nxt = self.toks[after].text if after < self.n else "."
                cont = after + 1 < self.n and nxt in _CLAUSE_PUNCT and (
                    self.norm(after + 1) in ("وان", "وبان", "هو", "هي", "هم", "وانه", "وانها") or
                    self.norm(after + 1)[:1] == "و" and self.is_comp(self.norm(after + 1)[1:]))
                if not cont and (nxt in _END_PUNCT or nxt in _CLAUSE_PUNCT or after >= self.n or
                                 self.cue_at(after) or self.attribution_at(after) or
                                 self.sid[after] != self.sid[self.tok_at_char(close)]):
                    return close + 1
                a = after
        s = self.sid[a]
        last = self.sent_last[s]
        i = a + 1
        open_until = -1
        while i <= last or i < self.n and self.toks[i].start < open_until:
            raw, t = self.toks[i].text, self.norm(i)
            if raw in _PAIRS and self.toks[i].start > open_until and raw not in _CLOSERS:
                close = self.closing(self.toks[i].start)
                if close > 0:
                    open_until = close
                    if close > self.toks[last].end:  # the quotation continues past the sentence
                        last = self.tok_at_char(close)
                        last = self.sent_last[self.sid[min(last, self.n - 1)]]
            if self.toks[i].start > open_until:
                if raw in _CLAUSE_PUNCT and i + 1 < self.n:
                    nxt = i + 1
                    c = self.cue_at(nxt)
                    if (c and (c[0] == "part" or (c[0] == "verb" and self.norm(nxt)[0] in "و"))) or \
                            self.attribution_at(nxt):
                        return self.toks[i].start
                    if any(self.cue_at(m) and self.norm(m - 1) not in _NEG and self.cue_at(m)[0] != "noun"
                           for m in range(nxt, min(nxt + 3, self.n))):
                        return self.toks[i].start  # "، حيث قال هود", "، فيما تحدث الوزير": another claim
                    for stop in lex.content_stops():
                        if all(self.norm(nxt + m) == w or self.norm(nxt + m)[1:] == w and m == 0
                               for m, w in enumerate(stop)):
                            return self.toks[i].start  # "، في إشارة إلى …": the journalist's aside
                if self.attribution_at(i) and i > a + 2:
                    return self.toks[i].start
                if raw in _END_PUNCT and i >= last:
                    return self.toks[i].start
                if raw == ":" and i + 1 < self.n and self.toks[i + 1].text in _PAIRS and i > a + 2:
                    return self.toks[i].start  # "مشيرًا إلى أن …: «…»": the quotation is another claim
            i += 1
        return self.toks[min(last, self.n - 1)].end

    def attribution_at(self, i: int) -> Optional[int]:
        """Number of tokens of an attribution phrase starting at i (a leading و is allowed)."""
        t0 = self.norm(i)
        forms = [t0] + ([t0[1:]] if len(t0) > 2 and t0[0] == "و" else [])
        for phrase in lex.attributions():
            for f in forms:
                if f == phrase[0] and all(self.norm(i + m) == phrase[m] for m in range(1, len(phrase))):
                    if phrase == ("كما",) and not self.cue_at(i + 1):
                        continue
                    w = self.norm(i + len(phrase))
                    if phrase[0] in ("وفق", "وفقا", "حسب", "بحسب", "طبقا") and any(
                            f in lex.not_sources() for f in (w, w[1:], w[2:], w[3:])):
                        continue  # "وفق ضوابط", "وفقا للمادة": in accordance with, not a source
                    return len(phrase)
        return None

    def clean_span(self, s: int, e: int) -> tuple[int, int]:
        text = self.text
        while e > s and text[e - 1] in _STRIP:
            e -= 1
        while s < e and text[s] in " \t\n":
            s += 1
        # drop the marks around a claim that is entirely a quotation
        if e - s > 2 and text[s] in _PAIRS and text[e - 1] in _CLOSERS and self.closing(s) == e - 1:
            s, e = s + 1, e - 1
            while s < e and text[s] in " ":
                s += 1
            t = self.tok_at_char(s)
            if t < self.n and self.norm(t) in _COMP_BARE:  # «إن العمليات …»
                s = self.toks[t + 1].start if t + 1 < self.n else s
        elif e - s > 2 and text[s] in _PAIRS and text.find(_PAIRS[text[s]], s + 1, e) < 0:
            s += 1  # an opening mark never closed inside the claim ("وقال "في أحسن الأحوال…)
        while e > s and text[e - 1] in _STRIP:
            e -= 1
        return s, e

    # ---- main passes -------------------------------------------------------------------------
    def add(self, cue_a: int, cue_b: int, sp: Optional[_Speaker], cs: int, ce: int, direct: bool) -> bool:
        cs, ce = self.clean_span(cs, ce)
        if ce - cs < 3 or sp is None:
            return False
        for q in self.quotes:  # one quotation per claim: the first cue that found it wins
            if q.content_start == cs or (min(q.content_end, ce) - max(q.content_start, cs)) > 0.8 * (ce - cs) \
                    and q.cue_start <= self.toks[cue_a].start <= q.content_end + 40 and not (cs > q.content_start and ce <= q.content_end and q.cue_start < cs):
                if sp.name not in q.via[:-1] and q.speaker != sp.name:  # "…، حسب ما ذكره موقع X"
                    q.via.insert(max(0, len(q.via) - 1), sp.name)
                return False
        self.sent_speaker.setdefault(self.sid[cue_a], sp)
        outlet = [self.doc.outlet] if self.doc.outlet else []
        via = outlet + [v for v in sp.via if v not in outlet] + [sp.label]
        self.quotes.append(Quote(
            start=min(self.toks[cue_a].start, sp.start, cs), end=max(self.toks[cue_b - 1].end, sp.end, ce),
            content=self.text[cs:ce], speaker=sp.name, speaker_entity_id=sp.entity_id,
            cue=self.text[self.toks[cue_a].start:self.toks[cue_b - 1].end], via=via,
            anonymous=sp.anonymous, direct=self.text[cs - 1:cs] in _QUOTE_CHARS or direct,
            content_start=cs, content_end=ce, speaker_start=sp.start, speaker_end=sp.end,
            cue_start=self.toks[cue_a].start, cue_end=self.toks[cue_b - 1].end))
        return True

    def remember(self, sp: _Speaker, i: Optional[int] = None) -> None:
        self.current = sp
        self.current_sid = self.sid[self.tok_at_char(sp.start)] if i is None else self.sid[i]
        self.known.append(sp)

    def note_relays(self, i: int) -> None:
        """"تصريحات X التي أوردتها وكالة Y": later quotations of X reach us through Y."""
        if self.norm(i) not in lex.report_verbs() and not any(
                f in lex.report_verbs() for f in _clitic_forms(self.norm(i))):
            return
        j = i + 1
        while j < self.n and self.toks[j].text in "[":
            j += 1
        if self.norm(j) not in lex.outlet_types():
            return
        a, b = self.np_forward(j, self.sent_last[self.sid[i]] + 1)
        outlet = re.sub(r"\]\(#?\)|[\[\]]", "", self.text[self.toks[a].start:self.toks[b - 1].end]).strip()
        # the source: the last titled name before the verb in the same sentence
        for k in range(i - 1, self.sent_first[self.sid[i]] - 1, -1):
            if self.norm(k) in self.titles and k + 1 < i:
                x, y = self.np_forward(k, i)
                name = self.strip_titles(self.text[self.toks[x].start:self.toks[y - 1].end])
                self.relays[normalize(name)] = outlet
                sp = _Speaker(self.toks[x].start, self.toks[y - 1].end, name, via=[outlet])
                self.known.append(sp)
                self.current = sp
                return

    def verb_cue(self, i: int, kind: str, lemma: str) -> None:
        cue_a, cue_b = i, i + 1
        if self.norm(i).lstrip("و") in ("يذكر", "يشار") and self.is_comp(self.norm(i + 1)):
            return  # "ويذكر أن …": the journalist's background, not a source
        if lemma == "بين" and self.norm(i).lstrip("وف") == "بين" and not any(
                self.is_comp(self.norm(m)) for m in range(i + 1, min(i + 10, self.n))):
            return  # "بين" is far more often "between" than "stated"
        if self.norm(i - 1) in ("كما", "وكما"):
            cue_a = i - 1
        if self.norm(i + 1) in ("فيه", "فيها", "خلالها", "خلاله"):
            cue_b = i + 2 if lemma != normalize("أكد") else i + 1
        s_last = self.sent_last[self.sid[i]]
        sp: Optional[_Speaker] = None
        k = cue_b
        while k < self.n and self.norm(k) in ("ايضا", "كذلك", "بدوره", "بدورها"):
            k += 1
        if self.toks[k].text in "-–" if k < self.n else False:  # "وأضاف - غطاس - إنه …"
            close = next((m for m in range(k + 1, min(k + 6, self.n)) if self.toks[m].text in "-–"), None)
            if close:
                a, b = k + 1, close
                sp = self.make_speaker(a, b)
                k = close + 1
        a, b = self.np_forward(k, s_last + 1)
        if sp is not None:
            b = a
        if kind == "noun":
            b = a  # "بالقول", "وتأكيده": the subject is the current speaker
            p = i - 1
            while p >= self.sent_first[self.sid[i]] and self.norm(p)[:1].isalpha() and not self.is_stop(self.norm(p)) \
                    and not self.cue_at(p) and not self.norm(p).startswith(("ال", "و")) and i - p <= 3:
                p -= 1
            if p + 1 < i and self.norm(i)[:1] != "و":
                sp = self.make_speaker(p + 1, i)
        if sp is None and b > a and kind not in ("part", "noun"):
            # "رئيس الوزراء التركي، أحمد داود أوغلو:" → the name after the comma
            if self.norm(a) in self.titles and self.toks[b].text in _CLAUSE_PUNCT if b < self.n else False:
                x, y = self.np_forward(b + 1, s_last + 1)
                if 0 < y - x <= 4 and not self.norm(x).startswith("ال") and self.norm(x) not in self.titles \
                        and y < self.n and (self.toks[y].text in _CLAUSE_PUNCT or self.toks[y].text == ":"
                                            or self.is_comp(self.norm(y))):
                    a, b = x, y
            sp = self.make_speaker(a, b)
            k = b
        elif sp is None and kind == "verb" and self.norm(i)[0] not in "وف" and cue_a == i:
            back = self.np_backward(i)
            if back:
                sp = self.make_speaker(*back)
        # "على لسان X": the source speaks through the subject
        j = k
        while j < min(s_last + 1, k + 12):
            if self.norm(j) == "علي" and self.norm(j + 1) == "لسان":
                x, y = self.np_forward(j + 2, s_last + 1)
                if y > x:
                    sp = self.relayed(sp, self.make_speaker(x, y))
                    k = y
                break
            j += 1
        if lemma == "نقل":  # "نقل X عن Y أن": Y speaks, X relays
            j = k
            while j < min(s_last + 1, k + 25) and self.norm(j) != "عن":
                j += 1
            if self.norm(j) == "عن":
                x, y = self.np_forward(j + 1, s_last + 1)
                if y > x:
                    sp = self.relayed(sp, self.make_speaker(x, y))
                    k = y
        explicit = sp is not None
        if explicit:
            self.known.append(sp)
            self.subjects[self.sid[i]] = sp
        if sp is None and kind == "part":
            sp = self.participle_subject(i)
        if sp is None:
            sp = self.carried(i, kind)
        while k < self.n and self.toks[k].text in ")]" or self.norm(k) in ("لم", "يسمه", "يسمها", "يسمهم",
                                                                                "تسمه", "تسمها", "تسمهم"):
            k += 1
        if sp is not None and normalize(sp.name).split()[:1] and normalize(sp.name).split()[0] in lex.not_speakers():
            return  # "قال الله تعالى": scripture, not reported speech
        c = self.content_start(k, self.n, clause_only=lemma == "تحدث")
        if c is None:
            # a noun complement counts only when it carries quoted words: أكد على "ضعف" القوات
            j = k
            while j < self.n and self.norm(j) in _CONTENT_SKIP:
                j += 1
            if j < self.n and self.sid[j] == self.sid[i] and cue_a == i:
                end = self.content_end(j)
                seg = self.text[self.toks[j].start:end]
                cut = re.search(r"[،,]", seg)
                if cut and not (seg[:1] in _PAIRS):
                    end = self.toks[j].start + cut.start()
                    seg = seg[:cut.start()]
                lead = self.text[self.toks[j].start:self.toks[min(j + 3, self.n - 1)].end]
                opened = [m.start() for m in re.finditer("[«“\"]", lead)]
                paired = any(0 <= seg.find(_PAIRS[lead[o]], o + 1) for o in opened)
                if paired and lemma not in ("نقل", "تحدث"):
                    if self.add(cue_a, cue_b, sp, self.toks[j].start, end, False) and explicit:
                        self.remember(sp)
                    return
            if explicit and lemma == "نقل":
                self.remember(sp)  # "نقلت واع عن X مواصلة العمل": X speaks next ("وقال إن …")
            tail = [t for t in range(k, self.sent_last[self.sid[i]] + 1) if self.toks[t].text not in _END_PUNCT]
            if self.attribution_at(cue_a) and cue_a != i and len(tail) <= 2:  # "، كما ذكرت السلطات المحلية."
                if self.backward_claim(cue_a, cue_b, sp) and explicit:
                    self.remember(sp)
            return
        if self.sid[c] - self.sid[i] > 1 and self.toks[c - 1].text != ":":
            return
        if self.add(cue_a, cue_b, sp, self.toks[c].start, self.content_end(c), False) and explicit:
            self.remember(sp)

    def participle_subject(self, i: int) -> Optional[_Speaker]:
        """The subject of the sentence's main verb: "واستقبل الرئيس X …، مؤكدا"."""
        s = self.sid[i]
        if self.current is not None and self.current_sid == s:
            return None
        if s in self.sent_speaker:  # "وأكد خلالها على …، كاشفا عن …"
            return self.sent_speaker[s]
        if s in self.subjects:  # "فان الأمين العام … اعلن زيادة …، مبينا"
            return self.subjects[s]
        first = self.sent_first[s]
        starts = [first] + [j + 1 for j in range(first, i) if self.toks[j].text in _CLAUSE_PUNCT][:1]
        for st in starts:
            t = self.norm(st)
            if st >= i or t.startswith("ال") or self.cue_at(st) or self.is_stop(t) or not t[:1].isalpha():
                continue
            if t[0] not in "وف" and not (t[:1] in "اي" or t.endswith("ت")):
                continue
            a, b = self.np_forward(st + 1, i)
            if b > a and (self.norm(a).startswith("ال") or self.norm(a) in self.titles or
                          self.norm(a) in lex.anonymous_heads()):
                return self.make_speaker(a, b)
        return None

    def carried(self, i: int, kind: str) -> Optional[_Speaker]:
        """The speaker of "وأضاف"/"مشيرا"; the relaying source when only it agrees in gender."""
        sp = self.current
        if sp is None:
            return None
        g = _gender_of_cue(self.norm(i), kind)
        if g and sp.gender != g and sp.inter is not None and sp.inter.gender == g:
            return sp.inter
        return sp

    def backward_claim(self, cue_a: int, cue_b: int, sp: Optional[_Speaker]) -> bool:
        s = self.sid[cue_a]
        first = self.sent_first[s]
        if cue_a - first < 3:
            return False
        cs, ce = self.toks[first].start, self.toks[cue_a].start
        for m in range(first, min(first + 3, cue_a)):  # 'وبالنتيجة "أعيد اقفال المطار"، كما قال …'
            if self.toks[m].text in _PAIRS:
                close = self.closing(self.toks[m].start)
                if 0 < close < ce and not self.text[close + 1:ce].strip(_STRIP + "»”\""):
                    cs = self.toks[m].start
                break
        return self.add(cue_a, cue_b, sp, cs, ce, False)

    def attribution(self, i: int, length: int) -> int:
        """An attribution phrase at token i; returns the next token to scan."""
        cue_b = i + length
        phrase = tuple(self.norm(i + m) for m in range(length))
        c0 = self.toks[i].start
        if any(q.content_start <= c0 < q.content_end for q in self.quotes):
            return cue_b  # "وفق ضوابط" inside a claim already attributed
        s = self.sid[i]
        first, last = self.sent_first[s], self.sent_last[s]
        # "بحسب ما كشفت (عنه)", "وفقا لما بثته", "وفق مقال نشره"
        k = cue_b
        if self.norm(cue_b) in ("ما", "لما"):
            if self.cue_at(cue_b + 1) or self.norm(cue_b + 1).startswith(("بث", "نشر", "نقل", "اورد")):
                cue_b += 2
                if self.norm(cue_b) in ("عنه", "عنها"):
                    cue_b += 1
            k = cue_b
        elif self.norm(cue_b) in _SOURCE_NOUNS:  # the writer of the article is the source
            k = cue_b + 1
            if self.norm(k).startswith(("نشر", "اورد", "كتب")):
                k += 1
        sp: Optional[_Speaker] = None
        if _PRON_NOUN.match(self.norm(k)) or phrase[0] == "علي" and len(phrase) > 3:
            if _PRON_NOUN.match(self.norm(k)):
                cue_b = k + 1
            sp = self.current
            a = b = k + 1
        else:
            a, b = self.np_forward(k, last + 1)
            w = self.norm(a)
            for f in (w, w[1:] if w[:1] == "ل" else w):
                if f in lex.not_sources() or (f.startswith("ال") and f[2:] in lex.not_sources()):
                    return cue_b  # "وفق ضوابط", "حسب توجيهات": in accordance with, not a source
            if b > a:
                sp = self.make_speaker(a, b)
                if self.norm(cue_b - 1).startswith("نقل"):  # "وفق ما نقله الكاتب عن مصادر"
                    if self.norm(b) == "عن":
                        x, y = self.np_forward(b + 1, last + 1)
                        if y > x:
                            sp = self.relayed(sp, self.make_speaker(x, y))
                            b = y
        if sp is None:
            return cue_b
        if phrase[0] == "علي" and phrase[1] == "لسان":
            return b
        lead = i <= first + 1 or (i > 0 and self.toks[i - 1].text in (":",))
        if lead:
            # "وحسب صحيفة X، فإن …", "وفق مقال نشره X …، بصحيفة Y، في 21 آب، لا يعتبر …"
            j = b
            while j <= last:
                while j <= last and self.toks[j].text not in _CLAUSE_PUNCT:
                    j += 1
                j += 1
                seg_end = j
                while seg_end <= last and self.toks[seg_end].text not in _CLAUSE_PUNCT:
                    seg_end += 1
                w = self.norm(j)
                if seg_end - j <= 7 and seg_end <= last and (w in _PREP or w in _TIME or w[:1] in "بل"):
                    continue
                break
            while j <= last and self.norm(j) in ("فان", "ان", "فقد", "فانه"):
                j += 1
            verb = lambda m: self.cue_at(m) and self.cue_at(m)[0] == "verb"
            if j > last or verb(j) or (verb(j + 1) and self.norm(j) not in _NEG):
                return b  # "وحسب مصدرين، فقد قال كوهين": the verb's quotation carries the claim
            if self.add(i, cue_b, sp, self.toks[j].start, self.content_end(j), False):
                self.remember(sp)
            return b
        tail = [t for t in range(b, last + 1) if self.toks[t].text not in _END_PUNCT]
        if len(tail) <= 2 or self.toks[b].text in _END_PUNCT or self.norm(b) in ("في", "علي", "الي"):
            if self.add(i, cue_b, sp, self.toks[first].start, self.toks[i].start, False) and a < b:
                self.remember(sp)
        else:
            # in the middle of its claim: "ليكون نهر الفرات بحسب مجلة X، هو الفاصل …"
            s0 = self.toks[first].start
            prev_end = max((q.content_end for q in self.quotes if q.content_end is not None
                            and first <= self.tok_at_char(q.content_end - 1) < i), default=-1)
            if prev_end > s0:
                s0 = self.toks[self.tok_at_char(prev_end) + 1].start
            if self.add(i, cue_b, sp, s0, self.content_end(b), False) and a < b:
                self.remember(sp)
        return b

    def run(self) -> list[Quote]:
        i = 0
        while i < self.n:
            self.note_relays(i)
            length = self.attribution_at(i)
            if length and not (self.norm(i) in ("كما", "وكما")):
                i = max(self.attribution(i, length), i + 1)
                continue
            c = self.cue_at(i)
            if c and self.norm(i - 1) not in _NEG:  # "لا يعتبر", "لم يكشف": no claim reported
                self.verb_cue(i, *c)
            i += 1
        self.chain_nested()
        return sorted(self.quotes, key=lambda q: q.start)

    def chain_nested(self) -> None:
        """A quotation inside another's content reaches us through that quotation's speaker."""
        for q in self.quotes:
            for outer in self.quotes:
                if outer is q or outer.content_start is None:
                    continue
                if outer.content_start <= q.cue_start < outer.content_end and \
                        outer.content_end - outer.content_start > q.content_end - q.content_start:
                    chain = [v for v in outer.via if v != q.via[-1]]
                    q.via = chain + [q.via[-1]]
                    break


def extract(doc: Document) -> list[Quote]:
    return _Extractor(doc).run()


def annotate(doc: Document) -> None:
    doc.quotes = extract(doc)
