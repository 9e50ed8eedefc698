"""Who said what: Arabic reported speech with speaker, cue, content span and attribution chain.

Rule-based, over normalised token forms (lexicons in ``marsad/resources/quotes/``):

1. cues: reporting verbs ("وقال", "أكدت"), circumstantial participles ("مشيرا إلى أن") and verbal
   nouns ("بالقول:"), plus attribution phrases ("بحسب X", "وفق ما نقله X", "على لسان X").
2. speaker: the noun phrase after the verb ("قال X إن"), else the clause-initial phrase before it
   ("X قال إن", "المنظمة بينت أن"), else the current speaker carried from the last explicit one
   ("وأضاف", "مشيرا إلى", "وقال إن"). "نقل X عن Y" makes Y the speaker and X an intermediate.
   A definite description ("الجنرال الإيراني", "الصحيفة", "المتحدث ذاته") is resolved to the named
   source it refers back to (an unnamed one keeps the description as written: "المصادر نفسها"),
   and a description used alone takes the name the article gives it elsewhere ("السفير السعودي" …
   "السفير السعودي محمد آل جابر"); the span still points at the description in the text.
   Speaker = the NAME when the text gives one: in "المتحدث باسم الوزارة العميد سعد معن",
   "الرئيس التركي (رجب طيب أردوغان)", "وكالة أنباء "الأناضول"" the name is ``Quote.speaker`` and
   the description before it ``Quote.speaker_title``; the speaker span keeps the whole phrase
   (title and name) as evidence. "قال X، نقلاً عن Y، إن" and "X …، وفق ما أعلن <person> Y" make Y
   the speaker and X the intermediate; "لـ"واس"", "لوكالة رويترز" after the speaker is the outlet
   spoken to (via), never the speaker; "وفقاً لـX", "بيان لـX": the لـ stays outside the speaker.
3. content: after أن/إن, a colon or an opening quotation mark, to the end of the clause, stopping
   before a following participle cue or trailing attribution; a quotation in marks runs to its
   closing mark across sentence (and paragraph) breaks. For "…، بحسب X" the content is the clause
   before the phrase.
4. via: the outlet of the document → intermediates ("نقلت صحيفة X عن", "أوردتها وكالة Y",
   the quotation this one is nested in) → the speaker.

Also (issue #27): "وزير الخارجية التركي، مولود جاويش أوغلو، أن" and "نقلت عن رئيس اللجنة …، عبد الأمير
يار الله،": the name after the comma speaks, the title before it is speaker_title, the span holds both;
"في لقاء مع X … أوضح لـ"واس" أن" (meeting nouns: ``interview_nouns.txt``) makes X the speaker of a verb
with no subject; "وتبنى التنظيم الهجوم في بيان قال فيه إن" is the sentence subject's claim; "من جهته
عبر X …، وأكد أن": X; an anonymous source ("مسؤولون", "مصادر") is carried to "وقال إن" within its
paragraph only; a stop inside dotted initials ("د.", "جي.آي.", "إف. بي. أي.") stays with its letters.
Invariant: no quotation has a speaker that starts with a verb or cue (cues.tsv, report_verbs.txt,
never_speakers.txt: "نقلت", "بالقول", "ورد", "يُدعى"), contains such a verb, is a function word, or is a
noun carrying a pronoun ("حديثه", "تصريحه", "بعضها", "لكنه") — ``_Extractor.defect``, checked before a
quotation is added. Such a phrase gives way to the one already speaking ("واختتم حديثه بالقول"), a
possessed source is named by its possessor ("نقلاً عن مصادرها" → "مصادر الوكالة", "مكتبه" → "مكتب X"),
otherwise no quotation is made. ``speaker_defect(doc, quote)`` exposes the check.

Round 7 (issue #27): a markdown link "[X](…)" is the name X, words before it its title; a speaker phrase
ends before an anonymity verb ("طلب عدم ذكر اسمه", ``anonymity.txt``) and before a noun carrying a pronoun
after a source noun ("مصادر وقوفه"), and the defect check looks at every word; a claim never starts past a
line break without a stop; "قال X: إن" drops the bare complementiser; a cue after "لكنها", "إلا أنه",
"وهي" speaks for the subject of its sentence (or of the one before); "office في place NAME أن" takes the
words NER missed as the name.

Round 10: an attribution phrase's source may be a name in marks ('بحسب "وكالة سانا للأنباء"', "وفقا لـ«العربية
نت»") or run to its complementiser with no comma ("وبحسب وكالات أنباء فإن"); a participle speaks for the subject
of a sentence opening "subject verb" ("الرئيس الفرنسي … رحب …، واصفاً") or "تفعل subject" ("تعتزم المؤسسة …،
مشيرة"); "ولي العهد" is a title, never "و+لي".

Works with an empty ``doc.entities``; when the NER component has run, PER/ORG spans trim the
speaker phrase and give ``speaker_entity_id``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Optional

from ...arabic.normalize import normalize
from ...arabic.sentences import is_abbreviation_stop, split_sentences
from ...arabic.tokens import evict_half, tokenize
from ...document import Document, Quote
from . import lexicon as lex
from . import ranker
from .gender import _clitic_forms, _gender_of_cue, _gender_of_words
from ..events.attach import finite_verb

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
_TIME = {"امس", "اليوم", "يوم", "غدا", "مساء", "صباح", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
         "السبت", "حاليا", "سابقا", "مؤخرا", "الليله", "امس،", "اول"}
_TIME |= lex.time_words()
_REL = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي", "ممن"}
_PREP_PRON = re.compile(r"^و?(?:خلال|في|من|عن|علي|الي|ال|ل|مع|عبر|لدي|عند|امام|ب)(?:ه|ها|هم|هما|ي|نا)$")
_DEMONSTRATIVE = {"هذا", "هذه", "ذلك", "تلك", "هؤلاء", "اولئك", "وصفه", "وصفها", "وصفهم"}
_AUX = {"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"}
_QUANT = {"العديد", "عدد", "احد", "احدي", "بعض", "كثير", "مجموعه", "عشرات", "مئات"}
_NEG = {"لا", "لم", "لن", "ما", "ولا", "ولم", "ولن"}
# words of an office that NER may put at the front of a name: a rank's second word, an office's time
_OFFICE_WORDS = {"الركن", "ركن", "السابق", "السابقه", "الاسبق", "الحالي", "الحاليه", "المستقيل", "المكلف", "الراحل"}
_NAME_LINKERS = {"عبد", "ابو", "بن", "ابن", "بنت", "ام"}  # words a name never ends on
# number words that head a partitive source ("قال اثنان من سكان دمشق")
_NUMERALS = {"اثنان", "اثنين", "اثنتان", "اثنتين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه",
             "عشره"}
_PRON_NOUN = re.compile(r"^(?:وصف|قول|تعبير)(?:ه|ها|هم)$")  # "بحسب وصفه", "على حد تعبيرها"
_SOURCE_NOUNS = {"مقال", "تقرير", "بيان", "تصريحات", "تصريح", "دراسه", "تحليل", "حديث", "مقابله", "تغريده"}
_LAM_SOURCE = {"وفقا", "ووفقا", "طبقا", "وطبقا"} | _SOURCE_NOUNS  # "وفقاً لـX", "بيان لـX": X is the source
_CAME = {"جاء", "وجاء", "ورد", "وورد"}  # "وجاء في البيان أن": see _Extractor.statement_cue
_WHEN = {"عندما", "حينما", "بعدما", "حين", "وعندما", "وحين"}
_OPENERS = {"فان", "فيما", "بينما", "لكن", "ولكن", "حيث", "اذ"}  # "، فإن X قال", "، فيما X أكد"
_FA_INNA = frozenset({"فان", "فانه", "فانها"})  # "فإن …" opening the claim after an attribution
_CLAIM_OPENERS = _FA_INNA | {"فقد"}  # … or "فقد …"
_EXPLAIN = {"اذ"}  # "…، إذ كتب أن": a subjectless cue explaining the sentence's verb
_BUT = {"لكن", "لكنه", "لكنها", "لكنهم", "ولكن", "ولكنه", "ولكنها", "ولكنهم"}
_COORD_COMP = {"وان", "وانه", "وانها", "وانهم", "وبان", "وبانه", "وبانها"}  # "، وأنه …": one more complement
_TURN = {"بدوره", "بدورها", "بدورهم", "وبدوره", "وبدورها", "وبدورهم"}
_TURN_OF = {"جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم", "ناحيته", "ناحيتها"}
_AFFIL = {"تابع", "تابعه", "التابع", "التابعه", "تابعين", "التابعين", "موال", "مواليه", "الموالي", "المواليه",
          "الموالين", "مقرب", "مقربه", "المقرب", "المقربه", "المقربين"}  # "إذاعة تابعة للحوثيين"
# lemmas of cue verbs that take a direct object after the subject ("حذر X Y من", "وصف X Y بأنه")
_OBJECT_VERBS = {normalize(w) for w in ("حذر", "وصف", "أبلغ", "اتهم", "طالب", "دعا", "حث", "ناشد")}
_GLOSS = re.compile(r"\([^()]{0,40}\)")  # a bracketed gloss: "(إف. بي. أي.)"
_POSS_SOURCE = re.compile(r"^(?:حديث|تصريح|تصريحات|بيان|كلمت|مقابلت|تغريدت|تغريدات)(?:ه|ها|هم)$")  # "حديثه"
_SAME = {"ذاته", "ذاتها", "ذاتهم", "نفسه", "نفسها", "نفسهم", "انفسهم", "عينه", "عينها"}  # "المصدر ذاته"
_CONTENT_SKIP = {"الي", "علي", "عن", "ب"}  # "أشار إلى أن", "أكد على أن", "كشف عن"
# a word ending in an attached pronoun ("حديثه", "تصريحها", "بعضهم", "لكنه", "حينها", "سموه"): checked on
# the raw word, where ة (الحكومة) is not ه; a bare ه after ا/ي is a name's letter ("جوناه", "وجيه",
# "أندريه") unless a preposition is glued before it ("لمناصريه"); "عبده", "طه" are listed given names
_PRON_SUFFIX = re.compile(r"^(?!ال)\w{2,}(?:ها|هم|هما|هن)$|^(?!ال)\w*[^\Wاىيآ]ه$|^[لب]\w{3,}يه$|^(?!ال)\w{4,}يه$")
# (the last: "محاميه", "موظفيه" — matched on the written word, where ة is still ة, so "أمريكية" is not)
_DIACRITICS = re.compile(r"[\u064b-\u0652\u0670\u0640]")


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
    title: Optional[str] = None  # description beside the name: "المتحدث باسم البنتاغون" (Quote.speaker_title)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.affil})" if self.affil else self.name
    gender: str = "m"


# token form -> whether ``_Extractor.run`` has anything to do at a token of that form (``_active``),
# for the lexicons it was computed with
_ACTIVE: dict[str, bool] = {}
_ACTIVE_LEX: list = [None]
_ACTIVE_MAX = 200_000


def _active_forms() -> dict[str, bool]:
    """The cache of ``_active``, emptied if the lexicons are not those it was filled with."""
    key = (id(lex.cues()), id(lex.attribution_firsts()), id(lex.report_verb_forms()))
    if _ACTIVE_LEX[0] != key:
        _ACTIVE.clear()
        _ACTIVE_LEX[0] = key
    return _ACTIVE


def _active(t0: str) -> bool:
    """Whether a token of this form can start what ``run`` looks for at each token: a relaying report
    verb (``note_relays``), an attribution phrase (``attribution_at``), "وجاء في" (``statement_cue``) or
    a cue (``cue_at``). The tests are exactly those functions' first checks (a check added to ``run``
    must be added here: tests/test_speed.py compares with the filter off); most tokens pass none, and one cached lookup per
    token replaces their three calls."""
    forms = [t0] + ([t0[1:]] if len(t0) > 2 and t0[0] == "و" else [])
    firsts, cues = lex.attribution_firsts(), lex.cues()
    hit = t0 in lex.report_verb_forms() or any(f in firsts for f in forms) or t0 in _CAME or \
        any(f in cues for f in _clitic_forms(t0))
    if len(_ACTIVE) >= _ACTIVE_MAX:
        evict_half(_ACTIVE)
    _ACTIVE[t0] = hit
    return hit


_WRAP_WIDTH = 90  # a wrapped line is at most this long …
_WRAP_MIN = 3  # … and a text with fewer such open line ends is not hard-wrapped
_TWEET = re.compile(r"@\w|#\w|https?:|pic\.twitter")


def _wrap_breaks(text: str) -> set[int]:
    """Character offsets of the line breaks that cut a sentence in a hard-wrapped text: a single break
    after a line that ends in no stop, in a text with at least _WRAP_MIN such lines of at most _WRAP_WIDTH
    characters. The first line (a headline), embedded tweets ("— X (@x) February 7, 2024") and a break
    before a dash line are never wraps."""
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    first = next((k for k, (_, ln) in enumerate(lines) if ln.strip()), len(lines))
    cand = []
    for k in range(first + 1, len(lines) - 1):
        at, ln = lines[k]
        body, nxt = ln.strip(), lines[k + 1][1].strip()
        if not body or not nxt or body.rstrip("»”\"'»)")[-1:] in ("", *".:!؟?…") or _TWEET.search(ln) or \
                body[:1] in "—-–" or nxt[:1] in "—-–":
            continue
        cand.append((at + len(ln), len(ln)))
    if sum(n <= _WRAP_WIDTH for _, n in cand) < _WRAP_MIN:
        return set()
    return {m for m, _ in cand}


class _Extractor:
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        toks = doc.tokens or tokenize(doc.text)
        self.toks: list[_Tok] = []
        for t in toks:
            prev = self.toks[-1] if self.toks else None
            if t.text == "." and prev is not None and prev.end == t.start and is_abbreviation_stop(doc.text, t.start):
                # "د." , "جي.آي.": an abbreviation's stop stays with its letters (one token "د."), so the
                # title or the initials are part of the phrase ("د. محمد الزعبي", "جي.آي. باراتا")
                self.toks[-1] = _Tok(prev.start, t.end, prev.text + ".", prev.norm + ".")
            else:
                self.toks.append(_Tok(t.start, t.end, t.text, t.norm or normalize(t.text)))
        self.n = len(self.toks)
        sents = doc.sentences or split_sentences(doc.text)
        # a hard-wrapped text (lines cut at a fixed width, "وأفاد مصدر أمني\nلـ"عربي21" بأن"): its wrap breaks
        # join the sentences they split, for this extractor only
        self.wraps = _wrap_breaks(doc.text)
        if self.wraps:
            joined: list = []
            for se in sents:
                if joined and any(doc.text[m] == "\n" and m in self.wraps for m in range(joined[-1].end, se.start)):
                    joined[-1] = replace(joined[-1], end=se.end)
                else:
                    joined.append(se)
            sents = joined
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
        self.quoted_only = lex.quoted_cues()
        self.titles = lex.title_words()
        self.entities = sorted(doc.entities or [], key=lambda e: e.start)
        self.body_start = doc.body_start or 0
        # a text given without a title: its first line is a headline when it is short, ends in no stop and
        # more text follows
        nl = doc.text.find("\n")
        first_line = doc.text[:nl].strip() if nl > 0 else ""
        self.headline_end = nl if first_line and len(first_line) <= 120 and first_line[-1] not in ".:!؟?" and \
            doc.text[nl:].strip() else 0
        # time expressions that open with a word ("الأسبوع الماضي"), not a number ("مستشفى 22 مايو")
        self.time_starts = {t.start for t in (doc.times or []) if doc.text[t.start:t.start + 1].isalpha()}
        self.time_ends = {t.start: t.end for t in (doc.times or [])}
        self.name_starts = {e.start for e in self.entities if e.type == "PER"}
        self.source_starts = {e.start for e in self.entities if e.type in ("PER", "ORG")}
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
        if self.norm(i) == "بين" and self.norm(i - 1) in ("من", "ومن", "ما", "فيما"):
            return None  # "ومن بين القتلى", "ما بين": among, between; not the verb بيّن
        for f in _clitic_forms(self.norm(i)):
            if f in self.cues:
                c = self.cues[f]
                return c if c[0] != "verb" or c[1] not in self.quoted_only or self.marks_after(i) else None
        return None

    def marks_after(self, i: int) -> bool:
        """A quotation mark follows token i in its sentence: a call ("ودعا", quoted_cues.txt) is a cue only
        then ("ودعت قيادة الحشد “…”"; "ودعا العبادي الأهالي إلى التعاون" is no claim, nor a subject to carry)."""
        return any(self.toks[m].text in _PAIRS for m in range(i + 1, self.sent_last[self.sid[i]] + 1))

    def is_comp(self, t: str) -> bool:
        return t in _COMP_BARE or bool(_COMP_PRON.match(t))

    def is_stop(self, t: str) -> bool:
        if _PREP_PRON.match(t) and t not in self.titles or t in _DEMONSTRATIVE:
            return True  # (a title is no preposition with a pronoun: "ولي العهد" is not "و+لي")
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
        if self.text[pos] == "”":  # reversed marks: ”سلاح الجو المسير يستهدف مصفاة …“ closes at the “
            r = self.text.find("“", pos + 1, pos + 3000)
            if r > 0 and (j < 0 or r < j) and (r + 1 == len(self.text) or not self.text[r + 1].isalnum()) and \
                    not self.text[r - 1].isspace():
                j = r
        return j

    def reversed_open(self, pos: int) -> bool:
        """A ” at text[pos] opens a quotation closed by a reversed “ (see closing)."""
        close = self.closing(pos)
        return close > 0 and self.text[close] == "“"

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
    def np_forward(self, k: int, stop: int, trim: bool = True) -> tuple[int, int]:
        """Token range [k, j) of the noun phrase starting at k (a subject or source name)."""
        while k < min(stop, self.n) and (self.toks[k].text == "[" or self.norm(k) in _AUX):
            k += 1  # "[صحيفة X](#)", "وكانت المفوضية … قد أعربت"
        if k < self.n and self.toks[k].text in _QUOTE_CHARS and (self.toks[k].text not in _CLOSERS or
                                                                 self.quoted_subject(k)):
            close = self.closing(self.toks[k].start)
            if 0 < close - self.toks[k].start < 40:  # «دلتا» منذ أشهر, أعلنت "المقاومة …": the quoted name alone
                a = k + 1
                return a, max(a, self.tok_at_char(close))
        while k + 1 < min(stop, self.n) and self.norm(k) in _SOURCE_NOUNS and not self.described_source(k):
            k += 1  # "تصريح قائد القيادة …": the statement's author
            if self.norm(k) in ("صادر", "الصادر", "صادره", "الصادره") and self.norm(k + 1) == "عن" and k + 2 < stop:
                k += 2  # "بيان صادر عن قسد": issued by — the author follows "عن"
        if k + 1 < min(stop, self.n) and self.norm(k) in _SOURCE_NOUNS and self.described_source(k):
            j = k + 2  # "دراسة أخرى أجريت على …": the noun and its adjectives; a verb or clause follows
            while j < min(stop, self.n) and (self.norm(j) in lex.source_adjectives() or
                                             self.norm(j) in lex.nisba_words() or lex.indefinite_nisba(self.norm(j))):
                j += 1
            return k, j
        if self.norm(k) in ("كل", "وكل") and self.norm(k + 1) == "من" and k + 2 < min(stop, self.n):
            k += 2  # "أعربت كل من السعودية والصين وإيران": the coordinated names speak
        self.strip_lam(k)
        i, taken, open_q, pp_used = k, 0, None, False
        first = self.norm(k)
        while i < min(stop, self.n) and taken < 10:
            t, raw = self.norm(i), self.toks[i].text
            if raw == "[":
                i += 1
                continue
            if not taken and self.toks[i].start in self.name_starts:
                # a person's name NER found whole is taken whole, though a word of it reads as a preposition
                # or a title ("أمير علي حاجي زادة")
                e_end = max(e.end for e in self.entities if e.type == "PER" and e.start == self.toks[i].start)
                j0 = self.tok_at_char(e_end - 1) + 1
                if i < j0 <= min(stop, self.n):
                    taken, i = j0 - i, j0
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
            if open_q is not None and t[:1].isalnum():
                taken += 1  # «ديلي صباح»: inside a quoted name every word belongs to it, "صباح" too
                i += 1
                continue
            if raw == "(" and taken and (first in lex.person_heads() and self.split_name(k, i) is None or
                                         taken == 1 and first in lex.outlet_types()):
                close = next((m for m in range(i + 1, min(i + 7, self.n)) if self.toks[m].text == ")"), None)
                if close and close > i + 1 and all(self.norm(m) == "#" or self.norm(m)[:1].isalpha() and
                                                   (not self.is_stop(self.norm(m)) or first in lex.outlet_types())
                                                   for m in range(i + 1, close)):  # "شبكة (سي ان ان)"
                    i = close + 1  # "الرئيس التركي (رجب طيب أردوغان)", "قناة (العراقية)": the name in brackets
                    break
            if taken and t == "من" and self.norm(i - 1) in _AFFIL and not self.norm(i - 1).startswith("ال") and \
                    i + 1 < min(stop, self.n) and (self.norm(i + 1)[:1].isalpha() or self.toks[i + 1].text in _PAIRS):
                taken += 1  # "وسائل إعلام مقربة من النظام السوري": an indefinite "close to" needs its من-phrase,
                i += 1  # as "تابعة للحوثيين" keeps its لـ-phrase (the definite "الموالي للسلطات" is a qualifier, cut)
                continue
            if taken and not pp_used and first in lex.anonymous_heads() and t[:1] == "ب" and len(t) > 2 and \
                    t[1:3] != "ال" and t[1:] not in lex.place_nouns() and any(
                        e.type == "LOC" and e.start == self.toks[i].start + 1 for e in self.entities):
                break  # "مصادر أمنية ومحلية بصلاح الدين", "مصادر صحية بصنعاء": where an unnamed source sits is an
                # adjunct, as "مسؤول عسكري كبير في العاصمة باماكو" (but "مصدر بالجيش اليمني": where he serves)
            if taken and t == "من" and (self.norm(i - 1) in _QUANT or self.norm(i - 1) in _NUMERALS):
                taken += 1  # "العديد من الخبراء", "اثنان من سكان دمشق"
                i += 1
                continue
            if taken and t in ("في", "من") and not pp_used and first in lex.anonymous_heads() and \
                    i + 1 < self.n and self.toks[i + 1].text in "(«“\"":
                # "مصدر في (التحالف الوطني)": where the source sits, in brackets or marks
                close = self.closing(self.toks[i + 1].start) if self.toks[i + 1].text != "(" else \
                    self.text.find(")", self.toks[i + 1].start, self.toks[i + 1].start + 60)
                if close > 0 and self.tok_at_char(close) < min(stop, self.n):
                    i = self.tok_at_char(close) + 1
                    taken += 2
                    pp_used = True
                    break
            if taken and t in ("في", "داخل", "من") and not pp_used and first in lex.anonymous_heads() and \
                    (t != "من" or self.norm(i - 1) not in _QUANT) and \
                    self.norm(i + 1) not in lex.interview_nouns() and self.norm(i + 1) not in _SOURCE_NOUNS and \
                    self.norm(i + 1) not in _TIME and self.norm(i + 1) != "وقت" and \
                    not self.is_place(i + 1):
                # but "مصادر محلية في اتصال هاتفي": how they spoke, not where they sit; and "مسؤول عسكري كبير
                # في العاصمة باماكو": where they sit is an adjunct, not part of the source
                taken += 1  # "مصادر في مكتب رئيس الوزراء"
                pp_used = True
                i += 1
                continue
            if taken and t == "في" and not pp_used and first not in lex.anonymous_heads() and \
                    first not in lex.person_heads() and self.region_pp(i):
                taken += 1  # "جهاز مكافحة الإرهاب في إقليم كردستان", "السلطات الأمنية في الإقليم": the region
                pp_used = True  # tells which body speaks (the region's own), so it stays in the phrase
                i += 1
                continue
            if taken and t == "علي" and first in self.titles and first not in lex.anonymous_heads() and \
                    not self.norm(i - 1).startswith("ال") and \
                    self.norm(i - 1) not in self.titles and not self.norm(i + 1).startswith("ال") and \
                    not self.is_comp(self.norm(i + 1)) and self.norm(i + 1)[:1].isalpha():
                taken += 1  # a name: "صالح علي حسن"
                i += 1
                continue
            if taken and t == "علي" and i + 1 < self.n and self.toks[i + 1].text in _CLAUSE_PUNCT and \
                    self.toks[i - 1].text[:1].isalpha() and not self.norm(i - 1).startswith("ال"):
                taken += 1  # "، خال علي، اليوم": a preposition never ends a phrase before a comma; a name's word
                i += 1
                continue
            if self.toks[i].start in self.name_starts and t[:1].isalnum() and (
                    not taken or self.is_stop(t) and (self.norm(i - 1) in lex.person_titles() or
                                                      first in lex.person_heads())):
                # and after a person's whole office ("رئيس المنظمة الإيرانية للطاقة الذرية علي أكبر صالحي",
                # "قائد القوة الجوية في الحرس الثوري، أمير علي حاجي زادة": the quote audit, round 2)
                # "العقيد علي الشهراني": after a rank, a name NER found though its first word reads "على"
                taken += 1  # "بي كي باتنايك": a name NER found, though its first word reads "بي" (with me)
                i += 1
                continue
            if not t[:1].isalnum() or self.is_stop(t) or (taken and self.cue_at(i)) or (not taken and t in _NEG):
                break
            if t in lex.adverbs() and open_q is None:
                break  # "وكتب بلاتر أخيرا في مجلة", "كتبت كثيرا عن": an adverb, not part of the phrase
            if not taken and (_POSS_SOURCE.match(t) or self.cue_at(i) and self.cue_at(i)[0] != "noun"):
                break  # "في حديثه", "نقلت": the statement or another verb, never the speaker
            if "\u064b" in raw and not taken:
                break  # "علنًا", "سابقًا": an accusative adverb, not a subject
            if t.startswith("ل") and (t == "لـ" or (i + 1 < self.n and self.toks[i + 1].text in _QUOTE_CHARS)):
                break  # لـ«الشرق الأوسط»: the outlet spoken to, not the speaker
            if taken and t in lex.addressees():
                break  # "قال رئيس الوزراء للصحفيين", "أوضح المصدر لوسائل الإعلام": spoken to, not speaking
            if taken and t in lex.complement_nouns() and (re.search(r"(?:ي|يه|يون|يين|يان)$", self.norm(i - 1)) or
                                                           any(e.end == self.toks[i - 1].end and e.type in ("PER", "ORG")
                                                               for e in self.entities) or  # "ونفت وكالة سبأ مزاعم"
                                                           taken >= 2 and self.norm(i - 1).startswith(("ال", "لل")) and
                                                           first.removeprefix("ال") not in self.titles and
                                                           first not in lex.person_heads()) \
                    and not any(e.start <= self.toks[i].start < e.end for e in self.entities):
                break  # "أكدت مصادر طبية سقوط أحد عشر قتيلا": after an adjective, a name NER found (or a definite genitive: "تعتزم
                # المؤسسة العامة للموانئ إنشاء", not after a title: "وزير الدفاع نجاح الشمري"), the verb's noun complement
            if self.toks[i].start in self.time_starts:
                break  # "وأعلن العراق الأسبوع الماضي", "اعلن العام الماضي": a time expression (times component), no speaker
            if taken and t.startswith("بال") and len(t) > 5 and not self.source_word("ال" + t[3:]) and \
                    not any(e.start <= self.toks[i].start + 1 < e.end for e in self.entities):
                break  # "واعترف مسؤول عسكري أمريكي بالهجوم": the verb's object, not where the source sits
            if taken and t in ("نقلا", "ونقلا") and self.norm(i + 1) == "عن":
                break  # "وأضافت سانا نقلا عن مصدر عسكري": the relay phrase (relay_phrase) follows the outlet
            # "مكتب العلاقات العامة للحرس الثوري", "المفوضية العليا المستقلة للانتخابات": after two words
            # of an institution's name, a genitive with لـ still names it
            org_lam = taken >= 2 and (first[2:] if first.startswith("ال") else first) in lex.institution_heads()
            if t.startswith("لل") and (not taken or first not in self.titles) and not org_lam and not (
                    taken and self.norm(i - 1) in _AFFIL):
                break  # "للصحافيين": the addressee; but "الأمين العام للحلف"
            if self.addressee(i, taken):
                break  # "رامي عبد الرحمن لوكالة فرانس برس", "قالوا لرويترز": spoken to, not speaking
            if taken and t in _AFFIL and t.startswith("ال") and self.norm(i + 1).startswith("ل"):
                break  # "النائب العام الموالي للسلطات": a qualifier after the source, as a relative clause is
            if taken and _PRON_NOUN.match(t):
                break  # "نقلت عن مصادر قولها": the source's saying, not part of the source
            if taken and t in _SAME:
                i += 1  # "المصادر نفسها", "المتحدث ذاته": the same source as before, part of the phrase
                break
            if taken and len(t) > 4 and t.endswith(("ها", "هم", "هما")) and self.norm(i - 1) not in self.titles \
                    and self.norm(i - 1) not in _QUANT:  # but "أحد أعضائها": one of its members
                break  # "الصحيفة تحليلها": a possessed object, not part of the name
            if taken and self.anonymity_at(i):
                break  # "مصدر أمني طلب عدم ذكر اسمه": the source asked not to be named; a verb, no part of it
            taken += 1
            i += 1
        j = self._trim_np(k, i) if trim else i
        while j > k and (self.toks[j - 1].text in "[" or self.toks[j - 1].text in _QUOTE_CHARS and
                         self.toks[j - 1].text not in _CLOSERS):
            j -= 1
        if k < j < i and self.toks[j].text in _CLOSERS and any(
                self.toks[m].text in _PAIRS and self.closing(self.toks[m].start) == self.toks[j].start for m in range(k, j)):
            j += 1  # "صحيفة «نيكاي» الاقتصادية" cut after the name: its closing mark belongs with it
        return k, j

    def possessed_word(self, m: int) -> bool:
        """Token m, inside a speaker phrase, is a noun carrying a pronoun that is not part of the source
        ("عن مصادر وقوفه خلف القصف": the claim's noun): not after a quantifier ("أحد أعضائها") or a
        person's office ("وزير خارجيته"), not "باسمها", not a name's word (a given name, a PER entity, a
        word after one that is no source noun), not "ذاته"/"نفسها"."""
        raw, t, prev = self.toks[m].text, self.norm(m), self.norm(m - 1)
        bare = prev[2:] if prev.startswith("ال") else prev
        if not (prev.startswith("ال") or bare in lex.speaker_nouns() or bare in lex.anonymous_heads() or
                bare in lex.source_heads()):
            return False  # after a name's word it is the name's ("حشمت الله فلاحت بيشه")
        return bool(_PRON_SUFFIX.match(raw)) and t not in _SAME and self.norm(m - 1) not in _QUANT and \
            self.norm(m - 1) not in lex.person_heads() and \
            not t.startswith(("باسم", "لدي")) and t not in lex.given_names() and \
            not t.startswith(("عبد", "ابو", "ابي")) and \
            not any(e.type == "PER" and e.start <= self.toks[m].start < e.end for e in self.entities)

    def bare_name_after_place(self, x: int, y: int) -> Optional[tuple[int, int]]:
        """"المتحدث باسم الرئاسة في [بوروندي] ويلي نياميتوي إن": the phrase [x, y) after an office's "في" is a
        place (a LOC entity, else one word) and then two to four words NER did not find, none definite, none
        a function word or cue, right before the complementiser, colon or comma (a time word between: "أمس"):
        a name. Their token range."""
        loc = next((e for e in self.entities if e.type == "LOC" and e.start == self.toks[x].start), None)
        p = self.tok_at_char(loc.end - 1) + 1 if loc is not None else x + 1
        if not (2 <= y - p <= 4) or y >= self.n:
            return None
        q = y
        while q < min(y + 3, self.n - 1) and (self.norm(q) in _TIME or self.toks[q].start in self.time_starts):
            q += 1  # "… ويلي نياميتوي أمس أن"
        nxt = self.norm(q)
        if not (self.is_comp(nxt) or _COMP_PRON.match(nxt) or self.toks[q].text in (":", "،", ",")):
            return None
        for m in range(p, y):
            t = self.norm(m)
            if not t[:1].isalpha() or t.startswith(("ال", "لل")) or self.is_stop(t) or self.cue_at(m) or \
                    t in lex.person_heads() or t in self.titles or t in _TIME:
                return None
        return p, y

    def anonymity_at(self, i: int) -> bool:
        """Tokens from i start an anonymity marker ("طلب عدم", "فضل عدم الكشف", ``anonymity.txt``)."""
        words = " ".join(self.norm(m) for m in range(i, min(i + 4, self.n)))
        return any((words + " ").startswith(m + " ") for m in lex.anonymity_markers())

    def is_place(self, k: int) -> bool:
        """Token k starts a place: a place noun ("العاصمة", "مدينة") or a LOC entity ("بغداد")."""
        return self.norm(k) in lex.place_nouns() or any(
            e.type == "LOC" and e.start == self.toks[k].start for e in self.entities) if k < self.n else False

    def described_source(self, k: int) -> bool:
        """"دراسة أخرى", "تقرير جديد": a statement noun followed by its own indefinite adjective is the
        source itself; followed by a genitive ("تصريح قائد القيادة", "بيان الحكومة") it names the author."""
        t = self.norm(k + 1)
        if not t[:1].isalpha() or t.startswith(("ال", "ل", "ب")) or self.is_stop(t) or self.cue_at(k + 1):
            return False
        if t in lex.person_heads() or any(e.start == self.toks[k + 1].start for e in self.entities):
            return False
        return t in lex.source_adjectives() or t in lex.nisba_words() or lex.indefinite_nisba(t)

    def is_person(self, s: int, e: int, title: Optional[str]) -> bool:
        """The speaker phrase text[s:e] names a person: a title beside a name, a PER entity, a person's head."""
        if title or any(x.type == "PER" and s <= x.start < e for x in self.entities):
            return True
        w = normalize(self.text[s:e]).split()
        return bool(w) and w[0] in lex.person_heads() and w[0] not in lex.anonymous_heads()

    def is_group(self, sp: _Speaker) -> bool:
        """The speaker is an outlet, an institution or a group, not a person: an ORG entity in its span and
        no PER, or a title or name whose first word is an outlet type or an institution's head."""
        ents = [x.type for x in self.entities if sp.start <= x.start < sp.end]
        firsts = [w[0].removeprefix("ال") for w in (normalize(sp.title or "").split()[:1],
                                                    normalize(self.text[sp.start:sp.end]).split()[:1]) if w]
        if "PER" in ents or any(w in lex.person_heads() for w in firsts):
            return False  # "مدير المرصد السوري … رامي عبد الرحمن", "متحدث الحوثيين"
        if "ORG" in ents:
            return True
        for s in (sp.title, sp.name, self.text[sp.start:sp.end]):
            w = normalize(s or "").replace("«", " ").split()[:1]
            if w and (w[0] in lex.outlet_types() or w[0].removeprefix("ال") in lex.institution_heads()
                      or w[0].removeprefix("ال") in lex.outlet_types()):
                return True
        return False

    def qualifying(self, i: int) -> bool:
        """A cue verb inside a clause qualifying a noun: "المسؤول، الذي تحدث بشرط عدم الكشف …، أنه",
        "في بيان نقل السلطة إنه": it does not take over the claim of the verb before it."""
        prev = self.norm(i - 1)
        return prev in _REL or prev[1:] in _REL or prev in _SOURCE_NOUNS

    def quoted_subject(self, k: int) -> bool:
        """'أعلنت "المقاومة الإسلامية في العراق" اليوم، أنها': a name in straight quotes right after the
        verb, its claim still to come (a complementiser or colon follows); not 'وقال "لا نعرف …".'."""
        if self.toks[k].text != '"' or not self.cue_at(k - 1):
            return False
        close = self.closing(self.toks[k].start)
        if close < 0:
            return False
        c = self.tok_at_char(close)
        # the claim may come after the source's adjuncts: 'وذكرت "خلية الإعلام الأمني" في العراق في بيان نشر على
        # صفحتها بموقع فيسبوك أن' — up to another verb or quotation
        for m in range(c + 1, min(c + 16, self.sent_last[self.sid[k]] + 1)):
            if self.is_comp(self.norm(m)) or self.toks[m].text == ":":
                return True
            if m >= c + 9 and (self.toks[m].text in _QUOTE_CHARS or self.toks[m].text in _CLAUSE_PUNCT or
                               (self.cue_at(m) or ("", ""))[0] == "verb"):
                return False
        return False

    def strip_lam(self, k: int) -> None:
        """"وفقاً لتقارير إعلامية", "بيان لرئيس المجلس": the preposition لـ is outside the source (as the
        gold's clitics are); the token is cut after it ("للحكومة" → "حكومة", normalised "الحكومة")."""
        t = self.norm(k)
        if len(t) < 4 or t[0] != "ل" or t[1] == "ـ" or self.addressee(k, 0) or self.norm(k - 1) not in _LAM_SOURCE:
            return
        tok, n = self.toks[k], 2 if t.startswith("لل") else 1
        if n == 1 and t in lex.source_heads() and t[1:] not in lex.source_heads():
            return  # "بيان لجنة الصليب الأحمر": the ل is the noun's own ("لجنة"), not the preposition
        cut = 0
        for _ in range(n):  # letters, with any diacritics after them
            cut += 1
            while cut < len(tok.text) and unicodedata.combining(tok.text[cut]):
                cut += 1
        if cut < len(tok.text):
            self.toks[k] = _Tok(tok.start + cut, tok.end, tok.text[cut:], ("ال" + t[2:]) if n == 2 else t[1:])

    def spoken_to(self, k: int, last: int) -> Optional[str]:
        """The outlet a speaker addresses right after the phrase: "لـ"واس"", "لوكالة رويترز", "لرويترز"."""
        j = k
        while j <= min(last, k + 3) and (self.toks[j].text in _CLAUSE_PUNCT or self.norm(j) in _TIME):
            j += 1
        if j > last:
            return None
        t = self.norm(j)
        if t == "لـ" or t == "ل" and self.toks[j].end == self.toks[min(j + 1, self.n - 1)].start:
            if j + 1 <= last and self.toks[j + 1].text in _PAIRS:
                close = self.closing(self.toks[j + 1].start)
                if 0 < close - self.toks[j + 1].start < 40:
                    return self.text[self.toks[j + 1].end:close].strip() or None
            return None
        if not self.addressee(j, 0):
            return None
        if t[1:] in lex.outlet_types():
            y = j + 1
            while y <= last and y < j + 6 and self.norm(y)[:1].isalnum() and not self.is_stop(self.norm(y)) \
                    and not self.is_comp(self.norm(y)) and not self.cue_at(y):
                y += 1
            raw = self.text[self.toks[j].start + 1:self.toks[y - 1].end]
        else:  # a named entity or a one-word outlet name ("لرويترز")
            e = next((e for e in self.entities if e.start == self.toks[j].start + 1), None)
            raw = self.text[e.start:e.end] if e is not None else self.text[self.toks[j].start + 1:self.toks[j].end]
        return re.sub(r"[«»“”\"\[\]]|\(#?\)", "", raw).strip() or None

    def addressee(self, i: int, taken: int) -> bool:
        """Token i is "لـ" + an outlet ("لوكالة", "لشبكة") or, first in a phrase, "لـ" + a named entity
        ("لرويترز"): the one spoken to. A subject never starts with the preposition لـ."""
        t = self.norm(i)
        if taken and t.startswith("لل") and "ال" + t[2:] in lex.outlet_names() and any(
                e.start == self.toks[i].start + 2 and e.type == "ORG" for e in self.entities):
            return True  # "أفاد مصدر حكومي للجزيرة": an outlet's name with its article after لـ
        if len(t) < 4 or t[0] != "ل" or t.startswith("لل"):
            return False
        if self.norm(i - 1) in _LAM_SOURCE:
            return False  # "بيان لخلية الإعلام الأمني", "تصريح لوكالة", "وفقاً لرويترز": the author, not an addressee
        if t[1:] in lex.outlet_types() or t[1:] in lex.outlet_names():  # "مصادر أمنية لرويترز"
            return True
        c = self.toks[i].start + 1
        if taken and any(e.start == c and e.type == "ORG" and
                         normalize(e.text).split()[0] not in lex.institution_heads() for e in self.entities):
            return True  # "عاصم جهاد لفرانس برس": an organisation named without a head word (an agency) is spoken to
        return not taken and any(e.start == c and e.type in ("ORG", "PER") for e in self.entities)

    def _trim_np(self, k: int, j: int) -> int:
        """Cut an apposition after a name: "رمزي هيداموس المدير التنفيذي" → "رمزي هيداموس"."""
        r = next((p for p in range(k + 1, j) if self.region_pp(p)), None)
        if r is not None:  # "السلطات الأمنية في إقليم كوردستان": the phrase before the region is trimmed; if it
            return j if self._trim_np(k, r) == r else self._trim_np(k, r)  # stays whole, the region stays too
        c = self.cue_at(k - 1) if k < self.n else None  # (a cue ending the text: "… أبلغ ")
        for e in (self.entities if c and c[1] in _OBJECT_VERBS else ()):
            # "وحذر ترامب الحوثيين من …", "وصف غولد إيران بأنها": the subject's name, then the object's
            if e.start >= self.toks[k].start:
                if e.type == "PER" and e.start == self.toks[k].start:
                    p = self.tok_at_char(e.end - 1) + 1
                    if p < j and any(x.start == self.toks[p].start for x in self.entities):
                        return p
                break
        per = next((e for e in self.entities if e.type == "PER" and e.start == self.toks[k].start), None) \
            if c and c[0] == "verb" and k < self.n else None
        if per is not None:
            p = self.tok_at_char(per.end - 1) + 1
            t = self.norm(p) if p < j else ""
            if t.endswith("ا") and len(t) > 3 and not t.startswith(("ال", "لل")) and \
                    not any(e.start <= self.toks[p].start < e.end for e in self.entities):
                return p  # "وكتب زوكربيرغ منشورا على «فيسبوك»": an indefinite accusative after the name is the
                # verb's object
        if c and c[0] == "verb" and self.norm(k) not in lex.person_heads():
            # "أكدت وزارة العمل أحقية المقيمين": after a construct closed by a definite word, an
            # indefinite noun starts the verb's object (an adjective would agree: it cannot be one)
            nisba = lex.nisba_words()
            for p in range(k + 2, j):
                t, prev = self.norm(p), self.norm(p - 1)
                if prev.startswith("ال") and t[:1].isalpha() and not t.startswith(("ال", "لل")) and \
                        t[:1] not in "لب" and t not in nisba and self.toks[p - 1].text not in _QUOTE_CHARS:
                    return p
        for p in range(k + 1, j):
            # "وألقى الرئيس الأمريكي كلمة عقب …": after a definite word, a common noun of the speech and source
            # classes is the verb's object, not a name
            if self.norm(p - 1).startswith("ال") and not self.norm(p).startswith("ال") and self.common_word(self.norm(p)) \
                    and not any(e.start <= self.toks[p].start < e.end for e in self.entities):
                return p
        if c and c[0] == "verb":
            # "واعتبرت السعودية التصريحات "مسيئة"": a place name, then a definite word outside it and not its
            # adjective, is the verb's subject and object
            loc = next((e for e in self.entities if e.type == "LOC" and e.start == self.toks[k].start), None) \
                if k < self.n else None
            if loc is not None:
                p = self.tok_at_char(loc.end - 1) + 1
                if p < j and self.norm(p).startswith("ال") and self.norm(p) not in lex.nisba_words() and \
                        not re.search(r"(?:يه|ي|يون|يين)$", self.norm(p)):
                    return p
        if j - k < 3:
            return j
        # a PER/ORG starting inside the phrase ends it; a person first of all: "الأمين العام لمجلس التعاون
        # عبد اللطيف الزياني" ends with the person, not with the organisation that names his office
        inside = [e for e in self.entities
                  if e.type in ("PER", "ORG") and self.toks[k].start <= e.start < self.toks[j - 1].end
                  and not self.cut_initials(e) and not self.common_noun(e)]
        if inside:
            e = next((e for e in inside if e.type == "PER"), inside[0])
            end = min(max(self.tok_at_char(e.end - 1) + 1, k + 1), j)
            if e.type == "PER":
                end = self.name_linked(end, j)
            if e.type != "PER" and end < j:  # "مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن": the
                split = self.split_name(k, j)  # organisation is the office's genitive, the name follows
                if split is not None and split[0] >= end:
                    return j
                # "مكتب العلاقات العامة للحرس الثوري": NER cut the institution short; a run of definite words
                # that holds a لـ genitive still names it. Without one the definite word after the name is
                # the verb's object ("أعلنت شرطة أبو ظبي السيطرة"); "التابعة لـ" starts a qualifier
                run = end
                while run < j and self.norm(run).startswith(("ال", "لل")) and self.norm(run) not in _AFFIL \
                        and self.norm(run) not in lex.addressees():
                    run += 1
                if any(self.norm(m).startswith("لل") for m in range(end, run)):
                    end = run
            return end
        first = self.norm(k)
        for p in range(k + 1, j):
            if self.norm(p) in {"احد", "احدي"}:
                return p
        if first in self.titles or first in lex.nisba_words():
            # "الألماني توماس باخ رئيس اللجنة": the name starts after the titles; a title after it is apposition
            p0 = k
            while p0 < j and (self.norm(p0) in self.titles or self.norm(p0) in lex.nisba_words()):
                p0 += 1
            split = self.split_name(k, j)
            if split is not None:  # "محافظ مأرب الشيخ سلطان العرادة": the name after the whole description
                p0 = split[0]
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
        for p in range(k + (3 if first in _QUANT else 2), j):  # "أحد أعضاء الهيئة": a partitive's genitive
            if self.norm(p) in self.titles and self.toks[p - 1].text not in _QUOTE_CHARS:
                return p
        return j

    def region_pp(self, p: int) -> bool:
        """"في إقليم", "في الإقليم" at token p: a region with its own bodies (lex.region_heads)."""
        return self.norm(p) == "في" and self.norm(p + 1) in lex.region_heads()

    def before_statement(self, a: int, b: int) -> int:
        """The end of the subject phrase [a, b) before a statement noun in it: the statement is the verb's
        object ("وأصدرت الوزارة بيانا قالت فيه", "وعقد الوزير مؤتمرا صحفيا أكد فيه"), not part of the subject; an
        indefinite one only ("رئيس لجنة الحوار" is a name with its genitive)."""
        return next((m for m in range(a + 1, b) if not self.norm(m).startswith("ال") and (
            self.common_word(self.norm(m)) or self.common_word(self.norm(m).removesuffix("ا")))), b)

    @staticmethod
    def common_word(w: str) -> bool:
        """A common noun of the speech classes (كلمة، بيان، مقابلة …), never a name ("نجاح" may be one)."""
        return w in _SOURCE_NOUNS or w in lex.interview_nouns() or w in lex.statement_nouns()

    @staticmethod
    def source_word(w: str) -> bool:
        """Whether the normalised word w (± ال) heads a source or an institution (lex.source_heads)."""
        heads = lex.source_heads()
        return w in heads or (w.startswith("ال") and w[2:] in heads)

    def name_linked(self, end: int, j: int) -> int:
        """A name that ends on a linking word ("عبد", "أبو", "بن") goes on through the next word and a name
        NER found right after it: "الفريق الركن عبد الأمير رشيد يارالله" (NER cut it in two)."""
        while end < j and self.norm(end - 1) in _NAME_LINKERS:
            end += 1
            nxt = next((e for e in self.entities if e.type == "PER" and e.start == self.toks[min(end, self.n - 1)].start), None)
            if nxt is not None and end < j:
                end = min(self.tok_at_char(nxt.end - 1) + 1, j)
        return end

    def common_noun(self, e) -> bool:
        """An entity that is one word of the source class, a common noun NER took for a name ("مراسلو"
        in "مراسلو وكالة فرانس برس", a construct plural that needs its genitive)."""
        p = self.tok_at_char(e.start)
        if self.toks[p].start != e.start or self.toks[p].end != e.end:
            return False
        w = self.norm(p)
        heads = lex.source_heads()
        return w in heads or (w.endswith("و") and w[:-1] in heads)

    def defect(self, sp: Optional[_Speaker]) -> Optional[str]:
        """Why a speaker cannot be one, or None: its name starts with a verb or cue ("نقلت", "بالقول"), or
        is a noun carrying a pronoun ("حديثه", "تصريحه", "بعضها", "لكنه"), which refers to a speaker but
        does not name one. A word inside a PER entity, a listed given name or عبد… is a name."""
        if sp is None:
            return None
        words = sp.name.split()
        if not words:
            return "empty"
        first = _DIACRITICS.sub("", words[0]).strip("«»“”\"()[]")
        if normalize(first) in lex.cue_forms() or any(normalize(w) in lex.verb_forms() for w in words[1:]):
            return "cue"
        if finite_verb(first, len(words) > 1) and not any(e.start <= sp.start < e.end for e in self.entities):
            # "واستهدفت طائرة مسيرة سيارة، حسبما أفاد", "ورفعت امرأة …": a clause that opens with its verb
            return "verb"
        if self.opening_verb(sp, words):
            return "verb"
        if (len(normalize(first)) < 2 or self.is_stop(normalize(first))) and not any(
                e.type == "PER" and (e.start <= sp.start < e.end or sp.start <= e.start < sp.end and
                                     self.text[e.start:e.end].split()[:1] == words[:1])
                for e in self.entities) and not (
                self.text[sp.start:sp.end] != sp.name and  # a description resolved to a name NER found whole:
                any(e.type == "PER" and self.text[e.start:e.end].strip() == sp.name.strip() for e in self.entities)):
            return "function word"  # "و", "في", "الذي": grammar, not a source ("نائب الرئيس" → "علي محسن صالح")
        if _PRON_SUFFIX.match(first) and normalize(first) not in lex.given_names() and \
                not normalize(first).startswith(("عبد", "ابو", "ابي")) and \
                not any(e.type == "PER" and e.start <= sp.start < e.end or sp.start <= e.start < sp.end
                        and e.type == "PER" and self.text[e.start:e.end].split()[:1] == words[:1]
                        for e in self.entities):
            return "pronoun"
        if sp.end > sp.start and self.text[sp.start:sp.end] == sp.name:
            # further words of a phrase read as written: a noun with a pronoun ("مصادر وقوفه خلف القصف")
            # or the verb of an anonymity marker ("مصدر أمني طلب عدم")
            a, b = self.tok_at_char(sp.start), self.tok_at_char(sp.end - 1) + 1
            for m in range(a + 1, min(b, self.n)):
                if self.anonymity_at(m):
                    return "cue"
                if self.possessed_word(m):
                    return "pronoun"
        return None

    def opening_verb(self, sp: _Speaker, words: list[str]) -> bool:
        """The phrase opens its sentence with و/ف and a bare word of three to five letters, then a definite
        word or a title: a verb-subject clause ("وعقد الوزير مؤتمرا صحفيا"), since a news sentence does not
        open with an indefinite noun; names (a PER entity, a listed given name) are not."""
        if len(words) < 2 or sp.end <= sp.start or self.text[sp.start:sp.end] != sp.name:
            return False
        a = self.tok_at_char(sp.start)
        if a >= self.n or a != self.sent_first[self.sid[a]]:
            return False
        w = normalize(words[0])
        stem = w[1:]
        if w[:1] not in "وف" or not 3 <= len(stem) <= 5 or stem.startswith(("ال", "لل")) or w.endswith("ه") or \
                stem in lex.given_names() or w in lex.given_names() or stem in self.titles or \
                self.source_word(stem) or self.common_word(stem):
            return False
        nxt = normalize(words[1])
        if not (nxt.startswith(("ال", "لل")) or nxt in self.titles):
            return False
        return not any(e.type in ("PER", "ORG", "LOC", "GPE") and e.start <= sp.start < e.end for e in self.entities)

    def cut_initials(self, e) -> bool:
        """An entity ending inside dotted initials ("جي.آي" of "جي.آي. باراتا"): NER cut a name at a
        stop, so the entity does not end the phrase."""
        t = self.tok_at_char(e.end - 1)
        return t < self.n and self.toks[t].end > e.end and self.toks[t].text.endswith(".")

    def names_at(self, a: int) -> bool:
        """A person or an organisation the entities component found starts at token a."""
        return self.toks[a].start in self.source_starts

    def genitive_subject(self, i: int, a: int, b: int) -> bool:
        """The noun phrase [a, b) right after a bare verbal noun ("إعلان", "تأكيد": no preposition, no
        pronoun) is its subject when it names a source: a title, an unnamed-source head or a PER/ORG."""
        t = self.norm(i)
        if b <= a or a != i + 1 or t[:1] in "بلو" or _PRON_SUFFIX.match(self.toks[i].text):
            return False
        h = self.norm(a)
        hb = h[2:] if h.startswith("ال") else h
        return h in self.titles or hb in self.titles or h in lex.anonymous_heads() or hb in lex.anonymous_heads() \
            or b - a >= 2 and self.norm(a + 1).startswith("ال") and self.source_word(h) or self.names_at(a)

    def purpose_subject(self, i: int) -> Optional[_Speaker]:
        """The subject of the verb that opens the sentence (or its first clause after a leading adjunct:
        "في المقابل، خرج المجلس الأعلى للقضاء …"), for a purpose verb "ليقول", "لتؤكد" later in it."""
        first = self.sent_first[self.sid[i]]
        starts = [first] + [j + 1 for j in range(first, i) if self.toks[j].text in _CLAUSE_PUNCT][:1]
        for st in starts:
            t = self.norm(st)
            if st + 1 >= i or t.startswith("ال") or self.is_stop(t) or not t[:1].isalpha() or \
                    self.toks[st].text.endswith("ة") or st in self.name_starts:
                continue  # a noun, not a verb, starts it
            a, b = self.np_forward(st + 1, i)
            if b > a and (self.norm(a).startswith("ال") or self.norm(a) in self.titles or
                          self.norm(a) in lex.anonymous_heads() or
                          self.names_at(a)):
                sp = self.make_speaker(a, b)
                return None if self.defect(sp) else sp
        return None

    def object_relative(self, cue: int) -> bool:
        """A cue verb in a relative clause whose antecedent is its object, not its subject: the verb does
        not agree with it ("المهمة التي يرى أنها": feminine antecedent, masculine verb) or a pronoun after
        the verb takes it up ("الفصائل التي تشير إليها الولايات المتحدة على أنها"). Such a verb reports
        someone's view of the antecedent inside the writer's sentence; it is not a quotation."""
        rel, v = self.norm(cue - 1), self.norm(cue)
        if rel not in ("التي", "الذي"):
            return False
        if self.resumptive(cue):
            return False  # "التي قال عنها وزير الدفاع إنها": the subject follows the pronoun
        # only the unambiguous forms: an imperfect with ي is masculine, a past verb in -ت feminine
        # (a past verb starting with ت, "تحدث", "توقع", is masculine: the prefix says nothing)
        return rel == "التي" and v[:1] == "ي" or rel == "الذي" and v.endswith("ت") and len(v) > 3

    def resumptive(self, cue: int) -> bool:
        """"التي قال عنها", "التي تشير إليها": a preposition with a pronoun after a relative clause's verb
        takes up the antecedent, which is then not the verb's subject."""
        nxt = self.norm(cue + 1)
        return self.norm(cue - 1) in _REL and bool(_PREP_PRON.match(nxt)) and nxt not in ("الي", "علي", "لدي")

    def described_by(self, cue: int) -> Optional[tuple[int, int]]:
        """"بلاغا من فتاة تدعي فيه أنها", "حسب مصادر أمريكية تقول أنه": an imperfect verb right after an
        indefinite noun phrase describes that noun (an Arabic relative clause without الذي); the noun is
        its subject. The phrase follows a preposition ("من", "حسب") and has up to three indefinite words."""
        v = self.norm(cue)
        if v[:1] not in "يت" or v.startswith("ال"):
            return None
        a = cue
        while a > self.sent_first[self.sid[cue]] and cue - a < 3:
            w = self.norm(a - 1)
            if not w[:1].isalpha() or w.startswith(("ال", "لل")) or self.is_stop(w) or self.cue_at(a - 1) or \
                    "\u064b" in self.toks[a - 1].text or w in _TIME:
                break
            a -= 1
        if a == cue or self.norm(a - 1) not in ("من", "حسب", "بحسب", "وحسب", "عن", "لدي"):
            return None
        if self.is_place(a):
            return None  # "من مدينة تقول": a place does not speak
        return a, cue

    def partitive_whole(self, cue: int) -> Optional[_Speaker]:
        """The group a partitive subject ("بعضها", "أحدهم") is part of: the subject of the verb (after كان)
        that opens the cue's sentence, when it names a source and precedes the cue."""
        f = self.sent_first[self.sid[cue]]
        if self.norm(f) in _AUX:
            f += 1
        elif not (self.norm(f)[:1] in "وف" and not self.norm(f).startswith("ال")):
            return None
        else:
            f += 1  # the sentence's verb
        a, b = self.np_forward(f, cue)
        if not (f <= a < b < cue):
            return None
        head = self.norm(a)
        if not (self.source_word(head) or head in self.titles or head in lex.anonymous_heads() or
                self.names_at(a)):
            return None
        sp = self.make_speaker(a, b)
        return None if self.defect(sp) else sp

    def topic_subject(self, cue: int) -> Optional[_Speaker]:
        """"بيان الرئاسة وصف الهجوم …": an unprefixed verb right after the noun phrase that opens its sentence
        (or its turn phrase: "من جهته، الجيش أكد …") has that phrase as subject when the phrase names a
        source (a definite head, a title, a construct made definite by its genitive, a name NER found) and
        agrees with the verb in gender."""
        f = self.sent_first[self.sid[cue]]
        while f < cue:
            if self.norm(f) in _TURN or self.toks[f].text in _CLAUSE_PUNCT:
                f += 1
            elif self.norm(f) in ("من", "ومن") and self.norm(f + 1) in _TURN_OF:
                f += 2
            else:
                break
        if f >= cue or self.is_stop(self.norm(f)) or self.cue_at(f) or cue - f > 8:
            return None
        a, b = self.np_forward(f, cue)
        if not (a == f or a == f + 1 and self.norm(f) in _SOURCE_NOUNS) or b != cue:
            return None  # (np_forward passes over a statement noun: "بيان الرئاسة")
        a = f
        head = self.norm(a)
        named = self.names_at(a)
        if not (named or head.startswith("ال") and (self.source_word(head) or head in self.titles) or
                head in self.titles or b - a >= 2 and self.norm(a + 1).startswith("ال") and self.source_word(head)):
            return None
        sp = self.make_speaker(a, b)
        g = _gender_of_cue(self.norm(cue), "verb")
        if self.defect(sp) or g and sp.gender != g and not named:
            return None
        return sp

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
        if c + 1 < cue and self.norm(c) in lex.cue_forms():
            c += 1  # "اصدرت خلية الاعلام الأمني بيانا أوضحت فيه": the sentence's verb, then its subject
        nested = c > self.sent_first[s]
        while c < cue:  # "وبدوره الحرس الثوري قال", "ومن جهته …": the speaker's turn, not the speaker
            if self.norm(c) in _TURN:
                c += 1
            elif self.norm(c) in ("من", "ومن") and self.norm(c + 1) in _TURN_OF:
                c += 2
            else:
                break
            while c < cue and self.toks[c].text in _CLAUSE_PUNCT:
                c += 1
        # "…، التلفزيون الإيراني من جهته قال أنّه": the subject opens the last clause before the verb, only its
        # turn phrase between them
        # (or an apposition between commas: "…، لكن النائب حسن فضل الله، أحد كبار قادة الحزب، قال إن")
        bounds = [m for m in range(cue - 1, c - 1, -1) if self.toks[m].text in _CLAUSE_PUNCT][:4]
        for last_p in bounds:
            st = last_p + 1
            while st < cue and self.norm(st) in ("لكن", "ولكن", "بينما", "فيما", "وفيما", "حيث", "اما"):
                st += 1
            if st >= cue:
                continue
            a2, b2 = self.np_forward(st, cue)
            rest = [self.norm(m) for m in range(b2, cue)]
            raw_rest = [self.toks[m].text for m in range(b2, cue)]
            appos = len(rest) >= 3 and raw_rest[0] in _CLAUSE_PUNCT and raw_rest[-1] in _CLAUSE_PUNCT and \
                len(rest) <= 9 and not any(self.cue_at(m) or self.is_comp(self.norm(m)) for m in range(b2 + 1, cue - 1))
            if b2 > a2 and (not rest or rest[0] in ("من", "ومن") and len(rest) == 2 and rest[1] in _TURN_OF
                            or len(rest) == 1 and rest[0] in _TURN or appos) and \
                    (self.norm(a2).startswith("ال") or any(e.start == self.toks[a2].start and (
                        e.type in ("PER", "ORG") or not rest and e.type in ("LOC", "GPE")) for e in self.entities)):
                # (a place right before the verb speaks for its government: "، لكن موسكو قالت إن")
                return a2, b2
        a, b = self.np_forward(c, cue)
        b = self.before_statement(a, b)
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

    def link_name(self, a: int, b: int) -> Optional[tuple[int, int]]:
        """Token range of a markdown link's text "[X](…)" inside or at the end of the phrase [a, b): in
        text kept as markdown the link marks the name ("مساعد وزير خارجيتها … [جوي هود](#)", "شبكة [ذا
        ناشيونال نيوز](#)"), which the phrase may cut at the bracket; None when there is no such link or its
        text is a verb or cue ("[اعلن](#) مكتب …")."""
        for m in range(a, b):
            if self.toks[m].text != "[":
                continue
            close = next((j for j in range(m + 1, min(m + 12, self.n)) if self.toks[j].text in "]\n"), None)
            if close is None or self.toks[close].text != "]" or close == m + 1 or \
                    not (close + 1 < self.n and self.toks[close + 1].text == "("):
                return None
            if any(self.cue_at(j) or self.norm(j) in lex.cue_forms() for j in range(m + 1, close)):
                return None
            return m + 1, close
        return None

    def make_speaker(self, a: int, b: int) -> _Speaker:
        link = self.link_name(a, b) if "[" in self.text[self.toks[a].start:self.toks[b - 1].end] else None
        if link is not None and (link[0] > a + 1 or link[1] > b or link[1] < b - 1):
            # the link's text is the name; words before it are its title
            sp = self.make_speaker(*link)
            if link[0] > a + 1 and sp.title is None:
                sp.title = self._clean_name(self.text[self.toks[a].start:self.toks[link[0] - 2].end]) or None
            return sp
        b = next((m for m in range(a + 1, b) if self.possessed_word(m)), b)  # "مصادر وقوفه خلف القصف"
        s, e = self.toks[a].start, self.toks[b - 1].end
        if self.text[s:s + 1] in ("و", "ف") and any(x.start == s + 1 for x in self.entities):
            s += 1  # "وطهران قالت": the conjunction glued to a name the entities component found is no part of it
        raw = self.text[s:e]
        words = [self.norm(i) for i in range(a, b) if self.norm(i)[:1].isalnum()]
        name = re.sub(r"\]\(#?\)|[\[\]«»“”\"]", "", raw).strip()
        if self.norm(a).startswith("ال") and not normalize(self.toks[a].text).startswith("ال"):
            name = "ال" + name  # "وفقاً للمرصد السوري": the article the preposition swallowed
        sp = _Speaker(s, e, name, gender=_gender_of_words(words))
        head = words[0] if words else ""
        split = self.split_name(a, b)
        if split is not None:  # "المتحدث باسم الوزارة العميد سعد معن": the name speaks, the rest is its title
            p, q = split
            while p < q - 1 and self.norm(p) in _OFFICE_WORDS:
                p += 1  # "الفريق الركن عبد الأمير …", "النائب السابق مشعان الجبوري": the office's word, not the name
            sp.name = self._clean_name(self.text[self.toks[p].start:self.toks[q - 1].end])
            sp.title = self._clean_name(self.text[s:self.toks[p - 1].end]) or None
            return self._finish(sp, a, b, words, named=(self.toks[p].start, self.toks[q - 1].end))
        # a definite description refers back to a named source: "الجنرال الإيراني", "الصحيفة"
        poss = re.match(r"^(.{3,})(?:ه|ها)$", head) if len(words) == 1 and not head.startswith("ال") else None
        if poss:  # "بحسب ما أعلن مكتبه" → the office named earlier
            ref = self.resolve(["ال" + poss.group(1)])
            if ref is not None:
                sp.name, sp.via, sp.anonymous, sp.inter = ref.name, list(ref.via), ref.anonymous, ref.inter
                return sp
            stem = poss.group(1)[:-1] + "ة" if poss.group(1).endswith("ت") else poss.group(1)
            cur = self.current
            if normalize(stem) in lex.possessed_sources() and a > 0 and self.cue_at(a - 1):
                # the word is the cue's subject (not "في مكتبه"): it refers back to the last phrase with
                # that head in this sentence or the one before ("أعلن مكتب رئيس الوزراء … بحسب ما أعلن
                # مكتبه"); with no such phrase and no one speaking yet, to the nearest person named there
                first = self.sent_first[max(0, self.sid[a] - 1)]
                ante = next((m for m in range(a - 1, first - 1, -1) if self.norm(m).lstrip("و") in
                             (normalize(stem), "ال" + normalize(stem))), None)
                if ante is not None:
                    x, y = self.np_forward(ante, self.sent_last[self.sid[ante]] + 1)
                    if y > x + 1:
                        ref = self.make_speaker(x, y)
                        ref.start, ref.end = self.toks[x].start, self.toks[y - 1].end
                        return ref
                near = [e for e in self.entities if e.type == "PER" and self.toks[first].start <= e.start
                        and e.end <= s]
                if near and cur is None:
                    cur = _Speaker(near[-1].start, near[-1].end, self.text[near[-1].start:near[-1].end])
            if normalize(stem) in lex.possessed_sources() and cur is not None and not cur.anonymous:
                # "مكتبه" with no office named before: the office of the one speaking ("مكتب الكاظمي")
                sp.name = f"{stem} {cur.name}"
                sp.anonymous = normalize(stem) in lex.anonymous_heads()
                return sp
        bare = [w for w in words if w not in _SAME]
        # a name the NER found whole ("الحكومة العراقية", ORG) is that name, not a description of the last
        # source quoted (the quote audit found الحكومة العراقية shown as خلية الإعلام الأمني)
        named = len(bare) >= 2 and any(x.type in ("ORG", "PER") and x.start <= sp.start and x.end >= sp.end
                                       for x in self.entities) or \
            any(x.type == "LOC" and x.start == sp.start and x.end == sp.end for x in self.entities)  # "السعودية"
        if bare and not named and head.startswith("ال") and (len(bare) <= 2 and all(
                w.startswith("ال") for w in bare) or head in lex.speaker_nouns()):
            ref = self.resolve(bare)
            if ref is not None:
                # a named source gives its name; an unnamed one has none: the description stays as written
                sp.name, sp.via, sp.anonymous, sp.title = ref.name, list(ref.via), ref.anonymous, ref.title
                if ref.anonymous:
                    sp.name, sp.title = name, None
                sp.entity_id, sp.inter, sp.affil = ref.entity_id, ref.inter, ref.affil
                return sp
        sp.name = self.strip_titles(name)
        return self._finish(sp, a, b, words)

    def _finish(self, sp: _Speaker, a: int, b: int, words: list, named: Optional[tuple] = None) -> _Speaker:
        """Anonymity, entity id, relay and affiliation of a speaker phrase [a, b) that names a source;
        ``named`` is the character span of the name inside the phrase when a title precedes it."""
        s, e = sp.start, sp.end
        head = words[0] if words else ""
        after = normalize(self.text[e:e + 60])
        marked = any(m in after for m in lex.anonymity_markers())
        headless = head[2:] if head.startswith("ال") else head
        anon_head = head in lex.anonymous_heads() or headless in lex.anonymous_heads() or \
            (len(words) > 1 and words[0] in {"احد", "احدي", "ثلاثه", "اربعه", "عدد", "بعض"})
        sp.anonymous = marked or (anon_head and named is None and
                                  not any(e_.type == "PER" and s <= e_.start < e for e_ in self.entities))
        ns, ne = named or (s, e)
        for e_ in self.entities:
            if e_.start >= ns and e_.end <= ne and e_.type in ("PER", "ORG"):
                sp.entity_id = e_.entity_id
                break
        sp.via = self.relay_of(sp.name)
        sp.affil = self.affiliation(b)
        return sp

    @staticmethod
    def _clean_name(raw: str) -> str:
        return re.sub(r"\]\(#?\)|[\[\]«»“”\"()]", "", raw).strip(_STRIP)

    def split_name(self, a: int, b: int) -> Optional[tuple[int, int]]:
        """Token range of the name inside a "description + name" phrase [a, b), or None.

        Arabic puts a person's office before the name, in apposition: "وزير الخارجية القطري محمد بن
        عبدالرحمن آل ثاني", "المتحدث باسم الوزارة العميد سعد معن". The description is a construct chain
        (a head, its genitives, definite adjectives, a rank); the name is the first indefinite word after
        a closed (definite) part of the chain. A PER entity inside the phrase settles it when NER ran.
        A short quoted part after a head is the name ("وكالة أنباء "الأناضول"", "فرقة "الحمزة"")."""
        if b - a < 2:
            return None
        heads = lex.person_heads()
        for m in range(a + 1, b - 1):  # a quoted or bracketed name after its head noun
            if self.toks[m].text in _PAIRS and self.norm(a) in heads:
                break  # "مراسل شبكة "سكاي نيوز"": the quotation names the network, not the reporter
            if (self.toks[m].text in _PAIRS or self.toks[m].text == "(") and (self.norm(a) in lex.anonymous_heads() or
                                                self.norm(m - 1) in ("ب", "بـ", "ل", "لـ", "في", "من") or
                                                self.norm(m - 1) in lex.operation_heads()):
                # (and "غرفة عمليات "غصن الزيتون"": the quotation names the operation, not the speaker)
                break  # "مصادر عسكرية يمنية بـ«التحالف العربي»": where the unnamed source sits, not its name
            if self.toks[m].text in _PAIRS and self.norm(a) not in heads and \
                    any(self.norm(x).startswith("ال") for x in range(a, m)):
                break  # "وزارة الدفاع الأميركية "البنتاغون"": a complete name, the quotation glosses it
            if self.toks[m].text in _PAIRS or self.toks[m].text in ("(", "["):  # "[جوي هود](#)": a linked name
                close = self.closing(self.toks[m].start) if self.toks[m].text not in "([" else \
                    self.text.find(")" if self.toks[m].text == "(" else "]", self.toks[m].start,
                                   self.toks[min(b, self.n - 1)].end)
                c = self.tok_at_char(close) if close > 0 else -1
                if m + 1 < c <= b and all(self.norm(x)[:1].isalnum() for x in range(a, m)):
                    return m + 1, c
                break
        names = lex.title_names()
        if self.norm(a) not in heads or self.norm(a) in lex.anonymous_heads():
            return None  # "مكتب رئيس الوزراء … بنيامين نتنياهو": the office speaks; "مسؤول كبير": unnamed
        s0, e0 = self.toks[a].end, self.toks[b - 1].end
        for e in self.entities:
            if e.type == "PER" and s0 <= e.start < e0:
                p = self.tok_at_char(e.start)
                if self.toks[p].start == e.start and p < b:
                    return p, b
                break
        nisba = lex.nisba_words()
        for r in range(b - 2, a, -1):  # a rank right before the name: "… بشرطة المنطقة الشرقية العقيد زياد"
            t, nxt = self.norm(r), self.norm(r + 1)
            if t in lex.person_titles() and (t.startswith("ال") or t.endswith(".")) and nxt[:1].isalpha() and \
                    not nxt.startswith(("ال", "لل")) and (nxt not in heads or nxt in names) and not self.is_stop(nxt):
                if all(self.norm(x)[:1].isalnum() for x in range(a, r)):
                    return r + 1, b
                break
        closed = False  # the chain so far ends in a definite word or a rank: a name may follow
        for p in range(a, b):
            t = self.norm(p)
            if not t[:1].isalnum() or self.is_stop(t):
                return None  # "مسؤول في العاصمة باماكو": after a preposition comes a place, not a name
            if t in _SAME:
                return None
            definite = t.startswith(("ال", "لل")) or t[:1] in "بلك" and t[1:3] == "ال"
            # "… لشؤون الإرهاب والتقصي المالي": a coordinated definite word continues the description;
            # "المتحدث الأمني بوزارة الداخلية": so does an institution or place after a preposition
            coord = t[:1] == "و" and t[1:3] == "ال"
            prep_head = t[:1] in "بل" and t[1:] in lex.institution_heads()
            if p > a and closed and not definite and (t not in heads or t in names) and t not in nisba \
                    and t != "باسم" and not coord and not prep_head \
                    and not (t[:1] == "ل" and len(t) > 3):
                if self.common_word(t):
                    return None  # "الرئيس الأمريكي كلمة عقب …": the verb's object, not a name
                return p, b
            closed = definite or t in nisba or coord or prep_head and p + 1 < b and self.norm(p + 1).startswith("ال")
        return None

    def affiliation(self, b: int) -> Optional[str]:
        """"X وهو كاتب … بصحيفة “Y”": the outlet named right after a person, within the clause."""
        last = self.sent_last[self.sid[min(b, self.n - 1)]]
        for j in range(b, min(last + 1, b + 14)):
            t = self.norm(j)
            if self.is_comp(t) or t == ":":
                return None
            for pre in ("ب", "في"):  # "لوكالة X" is the addressee: see spoken_to
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
            if self.defect(sp) == "pronoun":
                # "الوكالة أكدت نقلاً عن مصادرها": the pronoun is the intermediate → "مصادر الوكالة"
                words = sp.name.split()
                head = re.sub(r"(?:ها|هم|هما|هن|ه)$", "", _DIACRITICS.sub("", words[0]))
                sp.name = " ".join([head, inter.name] + words[1:])
                sp.anonymous = sp.anonymous or normalize(head) in lex.anonymous_heads()
        return sp

    def strip_titles(self, name: str) -> str:
        """The name without leading titles/nisbas when a name remains: "الجنرال محمد حسين بغاري"."""
        words = name.split()
        k = 0
        while k < len(words) - 2 and (normalize(words[k]) in lex.person_titles() or
                                      normalize(words[k]) in lex.nisba_words()):
            k += 1
        rest = normalize(words[k]) if k < len(words) else ""
        # an indefinite title is the head of a construct ("قائد سلاح الجو", "أمين عام مجلس التعاون"): what
        # follows is its genitive, not a name; a definite title or a rank stands beside a name ("الجنرال X"),
        # and so does any title before a known given name ("مشير محمد بشير")
        construct = k and not normalize(words[k - 1]).startswith("ال") and not words[k - 1].endswith(".") \
            and rest not in lex.given_names()
        return " ".join(words[k:]) if k and not construct and not rest.startswith(("ال", "ب", "ل", "وال")) and \
            not self.is_stop(rest) else name

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
            person = head in lex.person_heads() or bare in lex.person_heads()
            statement = head in _SOURCE_NOUNS or bare in _SOURCE_NOUNS
            for sp in reversed(self.known):  # "الكاتب الأمريكي" → the last named person
                if not normalize(sp.name).startswith("ال") and not sp.anonymous and \
                        (not self.is_group(sp) if person else
                         statement and (sp.entity_id is not None or sp.title is not None or self.is_group(sp))):
                    # a person's description ("الجنرال العراقي") names a person, never an outlet or a group;
                    # a statement a named source (not "أعضاء الخلية", the object of an earlier claim); an
                    # institution's ("الشركة", "الهيئة البحرية البريطانية") only one with its head (above)
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
        i, steps, anon_end = k, 0, -1
        while i < min(limit, self.n) and steps < 40:
            t, raw = self.norm(i), self.toks[i].text
            if anon_end < i and self.anonymity_at(i):
                anon_end = i + 4  # "طلب عدم ذكر اسمه": its verb of naming is no cue of its own
            if steps and t in ("لكن", "لكنه", "لكنها", "ولكن", "بينما", "فيما", "حيث", "عندما", "ثم", "قبل", "بعدما",
                               "بعد", "الا") and not (t in ("قبل", "بعد") and self.norm(i + 1) not in ("ان", "ما")) \
                    and not (t == "الا" and not (self.is_comp(self.norm(i + 1)) or self.norm(i + 1).startswith("ان"))):
                # "…، إلا أنه لم يصمد": "however", not the verb's complement
                return None  # a new clause begins: whatever follows is not this cue's complement
            # ("قبل أن يغادر", "بعد أن لمست" start a clause; "الليلة قبل الماضية", "قبل يومين" are adjuncts of time)
            if raw == "(":  # "مكتب التحقيقات الاتحادي (إف. بي. أي.) إن": a gloss; its periods end nothing
                close = self.text.find(")", self.toks[i].start, self.toks[i].start + 40)
                if close > 0:
                    i = self.tok_at_char(close) + 1
                    steps += 1
                    continue
            if clause_only and (raw in _PAIRS or raw == ":"):
                i += 1
                steps += 1
                continue
            if raw in _END_PUNCT and i >= self.sent_last[self.sid[k]]:
                return None
            if i > 0 and self.sid[i] != self.sid[max(k - 1, 0)] and self.toks[i - 1].text != ":" and \
                    "\n" in self.text[self.toks[i - 1].end:self.toks[i].start]:
                return None  # a line break without a stop (a headline, a caption) ends the cue's sentence
            if raw == ":":
                j = i + 1
                if j + 1 < self.n and self.norm(j) in _COMP_BARE and self.sid[j + 1] == self.sid[j]:
                    j += 1  # "قال X: إن …", "وأضاف: أن …": the bare complementiser after the colon is no claim
                return j if j < self.n else None
            glued = self.toks[i].start > 0 and self.text[self.toks[i].start - 1].isalnum()
            if (raw in _PAIRS and raw not in "”" or raw == "”" and i + 1 < self.n and (
                    self.is_comp(self.norm(i + 1)) or self.reversed_open(self.toks[i].start))) \
                    and (steps < 14 or self.toks[i - 1].text == ":") and not glued:
                close = self.closing(self.toks[i].start)
                ti = self.tok_at_char(close + 1) if close > 0 else self.n
                nxt = self.toks[ti] if ti < self.n else None
                # a short quoted name followed by more of the clause is not the claim: «دلتا إيرلاينز»
                # … nor one before a colon and a second quotation: في منشور على منصته «تروث سوشال»: «…»
                named = nxt is not None and nxt.text == ":" and ti + 1 < self.n and \
                    self.toks[ti + 1].text in _PAIRS and self.toks[ti + 1].text not in "”"
                if close > 0 and close - self.toks[i].start < 40 and nxt is not None and \
                        nxt.text not in _END_PUNCT and (nxt.text != ":" or named) and \
                        self.sid[self.tok_at_char(close)] == self.sid[i]:
                    i = self.tok_at_char(close) + 1
                    steps += 1
                    continue
                # nor a short quoted name after its head noun, at the clause's end: عملية "نبع السلام".
                prev = self.norm(i - 1)
                if close > 0 and close - self.toks[i].start < 40 and i > k + 2 and \
                        (prev.removeprefix("ال") in lex.name_heads() or prev.lstrip("وب") in lex.name_heads()):
                    i = self.tok_at_char(close) + 1
                    steps += 1
                    continue
                return i
            if (t in _COMP_BARE or _COMP_PRON.match(t)) and steps and self.norm(i - 1) in ("كما", "وكما") and \
                    self.toks[i - 2].text in _CLAUSE_PUNCT:
                return None  # "…، كما أن أصحاب الدخل": "moreover", a clause of its own, not the complement
            if not steps and t in ("الا", "بالا") and i + 1 < min(limit, self.n) and self.norm(i + 1)[:1] in "يتن" and \
                    len(self.norm(i + 1)) >= 3:
                return i  # "متمنياً ألا تتدخل القوات": أن + لا right after the cue, the negation is the claim's
            if t in _COMP_BARE:
                return i + 1 if i + 1 < self.n else None  # "وقال إن" ending the text: no claim follows
            if _COMP_PRON.match(t):
                return i
            if i > k and self.cue_at(i) and self.cue_at(i)[0] in ("verb", "part") and not self.qualifying(i) and \
                    i > anon_end and not (self.norm(i - 1) in ("ما", "لما", "حسبما") and self.attribution_at(
                        at := i - 1 if self.norm(i - 1) == "حسبما" else i - 2) and self.toks[at - 1].text in "-–"):
                return None  # the next cue owns what follows (but "وذكر المرصد - حسبما أفادت قناة X - أن": the
                # attribution's verb, set off by dashes, relays the subject's claim)
            i += 1
            steps += 1
        return None

    def withheld_aside(self, i: int) -> bool:
        """"(من) دون أن يحدد …" at token i: the journalist's remark on what the source left out, with a verb
        of telling (lex.withheld_verbs); "دون أن يسفر عن خسائر" is part of the claim."""
        j = i + 1 if self.norm(i) in ("من", "ومن") else i
        if self.norm(j) not in ("دون", "ودون", "بدون") or self.norm(j + 1) != "ان":
            return False
        v = self.norm(j + 2)
        if len(v) < 3 or v[0] not in "يت":
            return False
        v, stems = v[1:], lex.withheld_verbs()
        return v in stems or v.endswith("وا") and v[:-2] in stems or v.endswith("ا") and v[:-1] in stems

    def closed_sentence(self, close: int) -> bool:
        """The quotation closing at text[close] ends with its own full stop ("… السورية.»"): the quoted
        sentence is over, and the text after the mark is the journalist's."""
        k = close - 1
        while k > 0 and self.text[k] in " \t":
            k -= 1
        return self.text[k] in ".!؟?" and self.text[k - 1:k + 1] != ".."

    def claim_follows(self, nxt: int, reach: int) -> bool:
        """A verb or participle cue within reach tokens from nxt, not negated and with no complementiser
        before it: another claim begins at nxt ("، حيث قال هود", "، فإن مصادر غير رسمية أشارت")."""
        return any(
            self.cue_at(m) and self.norm(m - 1) not in _NEG and self.cue_at(m)[0] != "noun"
            and (m < nxt + 3 or self.norm(m) != "بين" and all(  # "بين": mostly "between"
                self.norm(x)[:1].isalnum() and not self.is_comp(self.norm(x)) for x in range(nxt + 1, m)))
            for m in range(nxt, min(nxt + reach, self.n)))

    def new_subject_clause(self, a: int, k: int) -> bool:
        """"، وقرر وزير الخارجية الروسي …", "، ودعا العبادي …" at token k after a comma in the claim that starts
        at a: و + a past verb + a person named or titled as its subject (a PER name, a title) that the claim
        has not named is the journalist's next fact. A verb with no subject ("، وسيطرت على أجزاء منه"), a
        place or a thing ("، واتهمت واشنطن", "، وبدأت عملية تمشيط") or a coordinated title ("، ونائب رئيس
        دولة") stay in the claim."""
        w = self.norm(k)
        if w[:1] != "و" or k + 1 >= self.n or not (a > 0 and self.is_comp(self.norm(a - 1))):
            return False  # (only after a complementiser: a narrated account, "بحسب X", tells several facts)
        v, heads = w[1:], lex.person_heads() | self.titles
        # a past verb's shape: فعل، فعلت، أفعل، افتعل (no article, not a title or a name)
        if v.startswith("ال") or v in heads or not (len(v) == 3 or len(v) in (4, 5) and (v[-1] == "ت" or v[0] == "ا")):
            return False
        s = self.toks[k + 1]
        if s.start in self.name_starts:
            sub = {x.norm for x in self.toks[k + 1:k + 3]}
        elif self.norm(k + 1) in heads and self.norm(k + 1) not in lex.anonymous_heads():
            sub = {self.norm(k + 1)}
        else:
            return False
        return not any(self.norm(x) in sub or self.norm(x)[1:] in sub for x in range(a, k))

    def withheld_but(self, i: int) -> bool:
        """"لكنّه لم يعط تفاصيل" at token i: a pronoun-suffixed "but" (the source) + لم + a verb of telling
        (lex.withheld_verbs; the jussive drops a final ي: يعط, يدل) is the journalist's remark on what the
        source left out; "لكنها لم تسيطر عليه", "ولكن لم تقع أي إصابات" are part of the claim."""
        if self.norm(i + 1) != "لم":
            return False
        v = self.norm(i + 2)
        if len(v) < 2 or v[0] not in "يت":
            return False
        v, stems = v[1:], lex.withheld_verbs()
        return any(f in stems or f + "ي" in stems for f in (v, v[:-2] if v.endswith("وا") else v))

    def second_cue(self, i: int) -> Optional[int]:
        """A cue of the same speaker coordinated after the claim, with its own complementiser and no comma:
        "… القاعة المزعومة واكدت ان …", "… قوائم الإرهاب لكنه أشار إلى أن …": the token where the claim ends."""
        t = self.norm(i)
        but = self.norm(i - 1) in _BUT
        if not (but or t[:1] in "وف" and t not in self.cues and t[1:] in self.cues):
            return None
        if (self.cue_at(i) or ("", ""))[0] not in ("verb", "part"):
            return None
        j = i + 1 if self.norm(i + 1) not in _CONTENT_SKIP else i + 2
        if not (self.is_comp(self.norm(j)) or self.norm(j) in ("بان", "بانه", "بانها")):
            return None
        return i - 1 if but else i

    def sourced(self, i: int, length: int, last: int) -> bool:
        """Whether the attribution phrase at token i (length tokens) names a source after it, as
        ``attribution`` reads it: "وفق سقف زمني", "وفقاً لرغبات كل الدول", "حسب الترتيبات الأمنية" (in
        accordance with) do not."""
        k = i + length
        if self.norm(k) in ("ما", "لما") or self.norm(k - 1) in ("ما", "لما", "حسبما") or k > last:
            return True
        if self.norm(k) in ("ل", "لـ"):
            k += 1
        if self.toks[k].text in _PAIRS:
            return True
        a, b = self.np_forward(k, last + 1)
        w = self.norm(a)
        if any(f in lex.not_sources() or f.startswith("ال") and f[2:] in lex.not_sources()
               for f in (w, w[1:] if w[:1] == "ل" else w)):
            return False
        return not (b > a and not self.names_source(a, b))

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
                                 self.cue_at(after) or self.attribution_at(after) or self.closed_sentence(close) or
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
            if self.toks[i].start == open_until and i + 1 < self.n and self.closed_sentence(open_until) and \
                    self.toks[i + 1].text not in _CLAUSE_PUNCT and self.toks[i + 1].text not in _END_PUNCT:
                return self.toks[i].end  # "… بين الأطراف السورية.» ووصل وفد …": the quoted sentence ended
            if self.toks[i].start > open_until:
                if t in _WHEN and i > a + 2 and (self.cue_at(i + 1) or ("", ""))[0] == "verb":
                    return self.toks[i].start  # "تتصاعد الهجمات عندما قال إن …": the next claim begins
                if i > a + 2 and (self.cue_at(i) or ("", ""))[0] == "verb" and self.norm(i - 1) not in _NEG and \
                        self.norm(i - 1) not in _REL and self.norm(i - 1)[1:] not in _REL and \
                        any(self.toks[x].text == ":" for x in range(i + 1, min(i + 7, last + 1))):
                    return self.toks[i].start  # "… وجريمة شنعاء قال صلى الله عليه وسلم: (…)": a new quotation
                if i > a + 2 and (self.cue_at(i) or ("", ""))[0] == "part" and i + 1 < self.n:
                    return self.toks[i].start  # "… رفض الرد على استفساراتها قائلا إنه", "… وداعش مؤكداً على
                    # وجود تعليمات": the speaker's next claim or act, no comma
                if i > a + 2 and (e := self.second_cue(i)) is not None:
                    return self.toks[e].start  # "… واكدت ان …", "… لكنه أشار إلى أن …": a second claim
                if i > a + 2 and t in ("دون", "ودون", "بدون", "من", "ومن") and self.withheld_aside(i):
                    return self.toks[i].start  # "… دون أن يذكر تفاصيل": the journalist's remark
                if i > a + 2 and t in _BUT and t not in ("لكن", "ولكن") and self.withheld_but(i):
                    return self.toks[i].start  # "…، لكنّه لم يعط تفاصيل حول جنسيته": the same remark
                if i > a + 2 and t in ("بينما", "فيما") and self.toks[i - 1].text not in _CLAUSE_PUNCT and \
                        self.claim_follows(i, 6):
                    return self.toks[i].start  # "… الى إسرائيل بينما أصدر حزب الله بيانا زعم فيه أن": another
                    # source's claim, no comma
                if raw in _CLAUSE_PUNCT and i + 1 < self.n:
                    nxt = i + 1
                    c = self.cue_at(nxt)
                    if (c and (c[0] == "part" or (c[0] == "verb" and self.norm(nxt)[0] in "و"))) or \
                            self.attribution_at(nxt):
                        return self.toks[i].start
                    # "، حيث قال هود", "، فيما تحدث الوزير": another claim; after a clause opener its
                    # subject may come first: "، فإن مصادر غير رسمية أشارت"
                    reach = 6 if self.norm(nxt) in _OPENERS else 3
                    # ("، وأنه يعتبر …" is the same cue's complement)
                    if self.norm(nxt) not in _COORD_COMP and self.claim_follows(nxt, reach):
                        return self.toks[i].start
                    if raw in ("،", ",") and self.new_subject_clause(a, nxt):
                        return self.toks[i].start  # "، وقرر وزير الخارجية الروسي …": the journalist's next fact
                    if self.norm(nxt) in ("انه", "انها", "انهم", "لقد") and raw in ("،", ","):
                        return self.toks[i].start  # "…، إنها رسالة مباشرة إلى السعودية": the writer's comment
                    for stop in lex.content_stops():
                        if all(self.norm(nxt + m) == w or self.norm(nxt + m)[1:] == w and m == 0
                               for m, w in enumerate(stop)):
                            return self.toks[i].start  # "، في إشارة إلى …": the journalist's aside
                if i > a + 2 and (n_attr := self.attribution_at(i)) and (
                        self.toks[i - 1].text in _CLAUSE_PUNCT or self.sourced(i, n_attr, last)):
                    return self.toks[i].start  # (not "… وفق سقف زمني معلن": in accordance with, no source)
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
        if not any(f in lex.attribution_firsts() for f in forms):
            return None  # most tokens: no phrase starts here
        for phrase in lex.attributions():
            for f in forms:
                if f == phrase[0] and all(self.norm(i + m) == phrase[m] for m in range(1, len(phrase))):
                    if phrase == ("كما",) and not self.cue_at(i + 1):
                        continue
                    if phrase == ("علي", "ما") and not (self.toks[i - 1].text in _CLAUSE_PUNCT and i > 0 and
                                                       (self.cue_at(i + 2) or ("", ""))[0] == "verb"):
                        continue  # "…، على ما أعلنت X": as X announced; but "تعليق على ما أعلنته X", "على ما
                        # يبدو" (a comment on what X announced, "it seems") attribute nothing
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
        if e - s > 2 and text[s] in _PAIRS and (text[e - 1] in _CLOSERS or text[s] == "”" and text[e - 1] == "“") \
                and self.closing(s) == e - 1:
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
        if ce - cs < 3 or sp is None or self.defect(sp):
            return False  # the invariant: no quotation whose speaker is a verb, a cue or a pronoun-suffixed noun
        if self.body_start and self.toks[cue_a].start < self.body_start:
            return False  # a headline ("الحرس الثوري الإيراني يعلن أنه …") is not a quotation (GUIDELINES)
        if not self.body_start and self.headline_end and self.toks[cue_a].start < self.headline_end:
            return False  # the same, when the text's first line reads as its headline
        for q in self.quotes:  # one quotation per claim: the first cue that found it wins
            if q.content_start == cs or (min(q.content_end, ce) - max(q.content_start, cs)) > 0.8 * (ce - cs) \
                    and q.cue_start <= self.toks[cue_a].start <= q.content_end + 40 and not (cs > q.content_start and ce <= q.content_end and q.cue_start < cs):
                if self.toks[cue_a].start >= q.content_end and q.speaker != sp.name and \
                        self.is_person(sp.start, sp.end, sp.title) and \
                        not self.is_person(q.speaker_start, q.speaker_end, q.speaker_title):
                    # "أوضحت "فرانس 24" أن …، وفق ما أعلن محافظ حمص طلال البرازي": the person is the
                    # source, the outlet whose verb carried the claim is the intermediate
                    outlet = [self.doc.outlet] if self.doc.outlet else []
                    q.via = outlet + [v for v in q.via[len(outlet):] if v != sp.label] + [sp.label]
                    q.speaker, q.speaker_title, q.speaker_entity_id = sp.name, sp.title, sp.entity_id
                    q.speaker_start, q.speaker_end, q.anonymous = sp.start, sp.end, sp.anonymous
                    q.start, q.end = min(q.start, sp.start), max(q.end, sp.end, self.toks[cue_b - 1].end)
                elif q.cue_start < self.toks[cue_a].start < q.content_start:
                    pass  # "وأوضح المسؤول، الذي تحدث بشرط …، أنه": a cue inside the speaker's relative clause
                elif sp.name not in q.via[:-1] and q.speaker != sp.name:  # "…، حسب ما ذكره موقع X"
                    q.via.insert(max(0, len(q.via) - 1), sp.name)
                elif q.speaker == sp.name:  # "…، بحسب ما نقلت عنها «رويترز»": the same speaker, a new relay
                    for v in sp.via:
                        if v not in q.via:
                            q.via.insert(max(0, len(q.via) - 1), v)
                return False
        self.sent_speaker.setdefault(self.sid[cue_a], sp)
        outlet = [self.doc.outlet] if self.doc.outlet else []
        via = outlet + [v for v in sp.via if v not in outlet] + [sp.label]
        self.quotes.append(Quote(
            start=min(self.toks[cue_a].start, sp.start, cs), end=max(self.toks[cue_b - 1].end, sp.end, ce),
            content=self.text[cs:ce], speaker=sp.name, speaker_title=sp.title, speaker_entity_id=sp.entity_id,
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
        if self.norm(i) not in lex.report_verb_forms():
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
        if lemma == "بين" and self.norm(i).lstrip("وف") == "بين" and (self.norm(i - 1) in ("من", "ومن") or not any(
                self.is_comp(self.norm(m)) and self.norm(m - 1) not in lex.subordinators() for m in range(i + 1, min(i + 10, self.n)))):
            return  # "بين" is far more often "between" than "stated"; "من بين القتلى" is "among"; the أن of
            # "بسبب أن", "دون أن" opens an adverbial clause, not the claim
        if lemma in _OBJECT_VERBS and (self.norm(i - 1) in _REL or self.norm(i - 1)[1:] in _REL) and \
                self.norm(i + 1).startswith("بان"):
            return  # "الهجوم والذي وُصف بأنه", "القوات التي وُصفت بأنها": a passive, no object between — not a claim
        if self.norm(i - 1) in ("كما", "وكما"):
            cue_a = i - 1
        if self.norm(i + 1) in ("فيه", "فيها", "خلالها", "خلاله"):
            cue_b = i + 2 if lemma != normalize("أكد") else i + 1
        elif self.resumptive(i):
            cue_b = i + 2  # "التي قال عنها وزير الدفاع إنها": the subject comes after the pronoun
        s_last = self.sent_last[self.sid[i]]
        sp: Optional[_Speaker] = None
        k = cue_b
        while k < self.n and self.norm(k) in ("ايضا", "كذلك", "بدوره", "بدورها"):
            k += 1
        if self.norm(k) == "من" and self.norm(k + 1) in _TURN_OF and k + 2 < s_last:
            # "فيما كتب من جهته، السفير السعودي …": the turn phrase, then the subject
            k += 2
            if self.toks[k].text in _CLAUSE_PUNCT:
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
        elif kind == "verb" and _COMP_PRON.match(self.norm(i - 1)) and not self.norm(i - 1).startswith("كون"):
            b = a  # "بالقول "إنه يتوقع حربا إعلامية"": the pronoun after the complementiser is the verb's
            # subject; the phrase after the verb is its object, not a speaker
        elif lemma in self.quoted_only and b > a and _gender_of_cue(self.norm(i), kind) not in (
                None, _gender_of_words([self.norm(m) for m in range(a, b)])):
            b = a  # "ودعت السوريين المهجرين إلى العودة", "ودعا الحكومة الإتحادية إلى": a phrase that does not agree
            # with the call is its object; the subject is the source carried to it
        if kind == "noun" and self.genitive_subject(i, a, b):
            # "بعد إعلان وزير الدفاع مرهف أبو قصرة، التوصل …", "من تأكيد مصادر أمنية لرويترز أن": the
            # verbal noun's genitive is its subject
            sp = self.make_speaker(a, b)
            k = b
            b = a
        elif kind == "noun":
            b = a  # "بالقول", "وتأكيده": the subject is the current speaker
            p = i - 1
            while p >= self.sent_first[self.sid[i]] and self.norm(p)[:1].isalpha() and not self.is_stop(self.norm(p)) \
                    and not self.cue_at(p) and not self.norm(p).startswith(("ال", "و")) and i - p <= 3:
                p -= 1
            if p + 1 == i - 1 and p >= self.sent_first[self.sid[i]] and self.norm(p).startswith("ال") and \
                    self.norm(i)[:1] != "و" and any(e.type in ("PER", "ORG", "LOC") and e.start <= self.toks[p].start
                                                    < e.end for e in self.entities):
                # "لكن العراق مستمر بالحديث عن أن": the word before the noun is the predicate of the name
                # before it, which speaks
                e = next(e for e in self.entities if e.type in ("PER", "ORG", "LOC") and
                         e.start <= self.toks[p].start < e.end)
                if e.end == self.toks[p].end:
                    sp = self.make_speaker(self.tok_at_char(e.start), p + 1)
            if sp is None and p + 1 < i and self.norm(i)[:1] != "و" and \
                    not (p >= self.sent_first[self.sid[i]] and self.norm(p) in _PREP):
                # (but "على خلفية إعلان": the words after a preposition are its object, no speaker)
                sp = self.make_speaker(p + 1, i)
        bare_name = None
        if sp is None and b == a + 1 and kind == "verb" and lex.partitive().match(self.norm(a)):
            whole = self.partitive_whole(i)
            if whole is not None:
                # "وكانت وسائل إعلام متعاطفة مع الحوثيين … أوردت نبأ …، وقال بعضها إنه": the group speaks
                sp, k, b = whole, b, a
        if sp is None and b > a and kind == "verb" and cue_a == i and self.norm(i) in self.cues:
            front = self.topic_subject(i)
            if front is not None:
                # "بيان الرئاسة وصف الهجوم بالإرهابي، معتبرا": the topic before the verb is its subject; the
                # phrase after the verb is its object, not its speaker
                sp, b = front, a
        if sp is None and b > a and kind not in ("part", "noun"):
            # "رئيس الوزراء التركي، أحمد داود أوغلو:" → the name after the comma
            # "رئيس دائرة الاتصال في الرئاسة التركية فخر الدين ألطون": the office's adjunct, then the name
            quoted_per = None
            if self.norm(a) in lex.person_heads() and self.norm(b) == "في" and b + 1 < self.n and \
                    self.toks[b + 1].text in _QUOTE_CHARS:
                # "المسؤول الأمني في "كتائب حزب الله - العراق" أبو علي العسكري": the quoted body, then a
                # person's name NER found right after it
                close = self.closing(self.toks[b + 1].start)
                if 0 < close - self.toks[b + 1].start < 60:
                    m = self.tok_at_char(close) + 1
                    quoted_per = next((e for e in self.entities if e.type == "PER" and m < self.n and
                                       e.start == self.toks[m].start), None)
            if quoted_per is not None and self.split_name(a, self.tok_at_char(quoted_per.end - 1) + 1) is not None:
                b = self.tok_at_char(quoted_per.end - 1) + 1
            elif self.norm(a) in lex.person_heads() and self.norm(b) == "في" and self.split_name(a, b) is None:
                x, y = self.np_forward(b + 1, s_last + 1, trim=False)
                if y > x and (any(e.type == "PER" and self.toks[x].end < e.start < self.toks[y - 1].end and
                                  self.toks[self.tok_at_char(e.start)].start == e.start for e in self.entities)
                              or (self.split_name(a, y) or (0, 0))[0] > b):  # "… في المدينة الدكتور X"
                    b = y
                else:
                    bare = self.bare_name_after_place(x, y)
                    if bare is not None:
                        b, bare_name = y, bare
            elif self.norm(a) in lex.person_heads() and self.split_name(a, b) is None:
                # "رئيس حزب الحرية الكردستاني-الإيراني المعارض حسين يزدان، إن": the office runs on over a
                # hyphen and definite adjectives to the name NER found after it
                b = self.name_after_office(b, s_last)
            # "قائد قوات البيشمركة في سنجار، قاسم ششو لشبكة رووداو": a place adjunct may end the title
            # "السكرتير الصحفي لـ”البنتاجون“، العميد بات رايدر", "رئيس هيئة شؤون الأسرى الفلسطينية - عيسى
            # قراقع:": the office's genitive (quoted or cut off by the NER trim) runs up to the comma or dash
            comma = b
            if self.apposition_head(a) and self.split_name(a, b) is None:
                comma = self.apposition_mark(b, s_last)
            sp, b = self.titled_speaker(a, b, comma, s_last)
            if bare_name is not None and sp.title is None and sp.end == self.toks[bare_name[1] - 1].end:
                sp.name = self._clean_name(self.text[self.toks[bare_name[0]].start:self.toks[bare_name[1] - 1].end])
                sp.title = self._clean_name(self.text[self.toks[a].start:self.toks[bare_name[0] - 1].end]) or None
            k = b
        elif sp is None and kind == "verb" and self.norm(i)[0] not in "وف" and cue_a == i and \
                self.norm(i - 1) not in _SOURCE_NOUNS:
            if self.norm(i)[:2] in ("لي", "لت") and self.norm(i)[1:] in self.cues:
                # "خرج المجلس الأعلى للقضاء في بيان … ليقول إنه", "… لتؤكد أن": a purpose clause whose
                # subject is the subject of the sentence's main verb
                sp = self.purpose_subject(i)
        if sp is None and kind == "verb" and self.norm(i)[0] not in "وف" and cue_a == i and \
                self.norm(i - 1) not in _SOURCE_NOUNS:
            if self.object_relative(i):
                # "المهمة التي يرى أنها غير ضرورية": the antecedent is what is talked about. When it opens
                # the sentence it is the sentence's subject ("المصادر الدبلوماسية التي تحدثت إليها "الوطن"
                # تساءلت … بقولها"): it speaks next
                back = self.np_backward(i)
                if back and back[0] == self.sent_first[self.sid[i]]:
                    ante = self.make_speaker(*back)
                    if not self.defect(ante):
                        self.remember(ante)
                return
            back = self.described_by(i) or self.np_backward(i)
            if back:
                sp = self.make_speaker(*back)
                a0, b0 = back
                if b0 < i and self.toks[b0].text in _CLAUSE_PUNCT and self.apposition_head(a0) and sp.title is None:
                    # "وكان المتحدث باسم الجيش الإسرائيلي، دانيال هاغاري، قد أكد": the name after the comma
                    named, end = self.titled_speaker(a0, b0, b0, s_last)
                    if end > b0 and end < i:
                        sp = named
        # "على لسان X": the source speaks through the subject
        sp, k = self.relay_phrase(k, s_last, sp, ("علي",), "لسان", claim_ends=False)
        # "قال X، نقلاً عن Y، إن …", "الوكالة أكدت نقلاً عن مصادرها أن": Y speaks, X relays
        sp, k = self.relay_phrase(k, s_last, sp, ("نقلا", "ونقلا"), "عن", claim_ends=True)
        relayed_from = False
        if lemma == "نقل":  # "نقل X عن Y أن": Y speaks, X relays
            j = k
            while j < min(s_last + 1, k + 25) and self.norm(j) != "عن":
                j += 1
            if self.norm(j) == "عن":
                x, y = self.np_forward(j + 1, s_last + 1)
                if y > x:
                    # "عن رئيس اللجنة … رئيس أركان الجيش العراقي، عبد الأمير يار الله،": titles, comma, name
                    comma = y
                    while comma < min(y + 8, s_last) and self.toks[comma].text not in _CLAUSE_PUNCT and \
                            self.norm(comma)[:1].isalpha() and not self.is_comp(self.norm(comma)) and \
                            not self.cue_at(comma) and self.norm(comma) not in _PREP:
                        comma += 1
                    src, y = self.titled_speaker(x, y, comma, s_last)
                    sp = self.relayed(sp, src)
                    k = y
                    relayed_from = True
        if kind == "verb" and k < s_last and self.norm(k) in ("الي", "عن"):
            sp, k = self.statement_author(k, s_last, sp)
        if self.defect(sp):
            sp = None  # "واختتم حديثه بالقول", "لكنه يقول": the speaker is the one already speaking
        if sp is not None and normalize(sp.name).split()[:1] and normalize(sp.name).split()[0] in lex.not_speakers():
            return  # "قال تعالى": scripture, not reported speech; nor a source later descriptions refer to
        explicit = sp is not None
        if explicit:
            to = self.spoken_to(k, s_last)
            if to and to not in sp.via and to != sp.name:
                sp.via = sp.via + [to]  # "أوضح X لـ"واس" أن": the outlet spoken to carries the words
        if explicit:
            self.known.append(sp)
            self.subjects[self.sid[i]] = sp
        first_s = self.sent_first[self.sid[i]]
        if sp is None and kind == "verb" and self.norm(i + 1) in ("فيه", "فيها") and any(
                self.common_word(self.norm(m)) or self.common_word(self.norm(m).removesuffix("ا"))
                for m in range(max(first_s, i - 8), i)):
            # "وتبنى تنظيم داعش الهجوم في بيان قال فيه إن", "أصدرت وكالة "أعماق" … بياناً في وقت سابق، قالت
            # فيه": the statement's author is the subject of the verb that opens the sentence
            f = first_s
            # "وقال الجيش … بينما أصدر حزب الله بيانا زعم فيه": the clause an opener starts holds the verb
            f = next((m + 1 for m in range(i - 1, max(first_s, i - 12) - 1, -1)
                      if self.norm(m) in _OPENERS or self.norm(m)[1:] in _OPENERS), f)
            if self.is_stop(self.norm(f)):  # "وفي سياق متصل، أصدرت …": past a leading adjunct
                f = next((m + 1 for m in range(f, min(f + 7, i)) if self.toks[m].text in _CLAUSE_PUNCT), f)
            while f < i and (self.norm(f) in _TURN or self.toks[f].text in _CLAUSE_PUNCT):
                f += 1
            t = self.norm(f)
            if (t[:1] in "وف" or t.endswith("ت") or t[:1] == "ا") and not t.startswith("ال") and not self.is_stop(t) \
                    and not self.toks[f].text.endswith("ة"):
                a, b = self.np_forward(f + 1, i)
                b = self.before_statement(a, b)
                if b > a:
                    sp = self.make_speaker(a, b)
        if sp is None and kind == "verb":
            sp = self.interviewee(i)
            to = self.spoken_to(k, s_last) if sp is not None else None
            if to and to not in sp.via and to != sp.name:
                sp.via = sp.via + [to]
        if sp is None and kind in ("verb", "part"):
            sp = self.amma_topic(i)
            explicit = sp is not None  # the topic named in the sentence speaks on after it
        if sp is None and kind == "part":
            sp = self.participle_subject(i)
        elif sp is None and kind == "verb" and self.norm(i)[0] == "و" and i > self.sent_first[self.sid[i]] + 2:
            sp = self.participle_subject(i, clause_verb_only=True)  # "أكدت وزارة العمل …،ولفتت إلى أن"
            # the subject named at the sentence's start speaks on: "ونشرت المقاومة … بياناً …، وقالت إنّ
            # "…"، مؤكّدةً …. وشدّدت على أنّ"
            explicit = sp is not None
        if sp is None and kind == "verb" and i >= 2 and self.norm(i - 1) in _EXPLAIN and \
                self.toks[i - 2].text in _CLAUSE_PUNCT:
            # "ألمح الرئيس الأمريكي دونالد ترامب عبر تويتر … إلى …، إذ كتب أن": the clause explains the
            # sentence's verb, and its subject speaks
            sp = self.participle_subject(i, clause_verb_only=True)
            explicit = sp is not None
        if (sp is None or self.defect(sp)) and kind == "verb":
            sp = self.contrast_subject(i)
        if sp is None or self.defect(sp):
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
            if j < self.n and self.sid[j] == self.sid[i] and cue_a == i and self.norm(j) not in _REL:
                # ("وأكد مسؤولون في الحزب الذي كان يتزعمه “صالح” مقتله": marks in a relative clause on the
                # subject are no quoted complement)
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
            # "، كما ذكرت السلطات المحلية." and "، كما قال X، موضحا أن …" (the participle starts the next claim)
            ends = len(tail) <= 2 or k < self.n and self.toks[k].text in _CLAUSE_PUNCT and \
                (self.cue_at(k + 1) or ("", ""))[0] == "part"
            if self.attribution_at(cue_a) and cue_a != i and ends:
                if self.backward_claim(cue_a, cue_b, sp) and explicit:
                    self.remember(sp)
            return
        if lemma in lex.quoted_cues() and self.toks[c].text not in _PAIRS:
            return  # "ودعا العبادي الأهالي إلى التعاون": a call counts only with the source's words in marks
        if lemma == "نقل" and not relayed_from and self.toks[c].text in _PAIRS and \
                self.toks[c - 1].text != ":" and not self.is_comp(self.norm(c - 1)):
            return  # "ونقل صلاحياته إليه، لاستكمال "تنفيذ مهام المرحلة"": without "عن" and a clause, "نقل" moves
            # something; the marks after its object are the journalist's ("ونقلت سانا أن "…"" does report)
        if self.sid[c] - self.sid[i] > 1 and self.toks[c - 1].text != ":" and \
                re.search(r"[.!؟?…]", _GLOSS.sub("", self.text[self.toks[i].end:self.toks[c].start])):
            return
        if self.add(cue_a, cue_b, sp, self.toks[c].start, self.content_end(c), False) and explicit:
            self.remember(sp)

    def names_source(self, a: int, b: int) -> bool:
        """Whether the phrase [a, b) after "وفق/حسب/طبقا" names a source: a name NER found at its start
        (or in marks), or a head noun of the source class (lex.source_heads: people, groups, media,
        institutions, statements), read after a quantifier ("أحد", "بعض") or "نفس/ذات"."""
        if a > 0 and self.toks[a - 1].text in _QUOTE_CHARS:
            return True  # "بحسب "الأناضول"": a quoted name
        s = self.toks[a].start
        if any(e.start <= s < e.end for e in self.entities if e.type in ("PER", "ORG", "LOC")):
            return True  # "بحسب المرصد السوري", "بحسب الرياض"
        if a > 0 and self.norm(a - 1) in _SOURCE_NOUNS and (self.text[s - 1:s] == "ل" or self.norm(a).startswith("ال")
                                                             or self.norm(a) in _QUANT):
            return True  # "بحسب بيان للأمانة العامة", "تصريحات بعض الساسة": the statement's author (not "بيان صدر")
        m = a
        while m < b - 1 and (normalize(self.toks[m].text).lstrip("ل") in _QUANT | {"نفس", "ذات", "احد", "احدي"}
                             or self.norm(m) in _QUANT):
            m += 1
        heads = lex.source_heads()
        for w in {self.norm(m), normalize(self.toks[m].text)}:  # strip_lam may have taken a root ل ("لجنة")
            for f in (w, w[1:] if w[:1] == "ل" else None, "ال" + w[2:] if w.startswith("لل") else None):
                if f and (f in heads or f.startswith("ال") and f[2:] in heads):
                    return True
        return False

    def name_after_office(self, b: int, s_last: int) -> int:
        """The end of a person's name found by NER after an office phrase ending at token b, when only a
        hyphen and definite words (adjectives, genitives) stand between them; else b."""
        m = b
        while m < min(b + 5, s_last) and (self.toks[m].text in ("-", "–") or
                                          self.norm(m).startswith("ال") and not self.cue_at(m)):
            m += 1
        if m == b or m >= self.n:
            return b
        for e in self.entities:
            if e.type == "PER" and e.start == self.toks[m].start:
                y = self.tok_at_char(e.end - 1) + 1
                if y <= s_last + 1:
                    return y
        return b

    def apposition_head(self, a: int) -> bool:
        """Whether the phrase at token a is a description a name may follow after a comma: a title
        ("وزير"), the head of a person's description ("وكيل وزارة …، نبيل عبد الحفيظ،") or an outlet
        type ("وكالة الأنباء الإيرانية الرسمية، «إرنا»،")."""
        w = self.norm(a)
        return w in self.titles or w in lex.person_heads() or w in lex.outlet_types()

    def apposition_mark(self, b: int, s_last: int) -> int:
        """The comma or dash that may close the title begun before token b ("المستشار في ديوان رئيس
        الحكومة، يوسي كوهين"): up to 7 tokens of the office's genitive, a quoted name or "لـ" on the way.
        Returns b itself when none is found before a cue, a complementiser or a negation."""
        for m in range(b, min(b + 12, s_last)):
            raw, t = self.toks[m].text, self.norm(m)
            if raw in _CLAUSE_PUNCT or raw in ("-", "–"):
                return m
            if raw in _QUOTE_CHARS or t in ("ل", "لـ") or raw in "()":
                continue  # (and a gloss: "في مجلس الشورى الإسلامي الإيراني (البرلمان)،")
            if not t[:1].isalpha() or self.cue_at(m) or self.is_comp(t) or t in _NEG or t in _REL or \
                    t == "عن" or t in ("نقلا", "ونقلا"):
                break  # "وكالة … "واع" عن مستشار …،": the relay's source follows, not a name
        return b

    def titled_speaker(self, a: int, b: int, comma: int, s_last: int) -> tuple[_Speaker, int]:
        """The speaker of a phrase [a, b) that may be a title followed by "، NAME،" (the comma at token
        ``comma``): "وزير الخارجية التركي، مولود جاويش أوغلو، أن". The name speaks, the title goes to
        speaker_title, and the span keeps title, comma and name as evidence, as in "المتحدث باسم الوزارة
        العميد X". A cue after the comma is no name: "عن قائد القوات الفريق X، قوله إن" (X speaks).
        Returns the speaker and the token after it."""
        if comma < self.n and self.apposition_head(a) and self.toks[comma].text in _CLAUSE_PUNCT | {"-", "–"}:
            x, y = self.np_forward(comma + 1, s_last + 1)
            x0 = x  # "، العميد بات رايدر،", "، البحريني عبد اللطيف الزياني،": a rank or nisba before the name
            while x0 < y - 1 and (self.norm(x0) in lex.person_titles() or self.norm(x0) in lex.nisba_words()):
                x0 += 1
            # a name of up to 4 words, or a longer one NER found whole ("عبد اللطيف بن راشد الزياني")
            whole = any(e.type == "PER" and e.start in (self.toks[x0].start, self.toks[x].start) and
                        e.end == self.toks[y - 1].end for e in self.entities)
            after = y + 1 if y < self.n and self.toks[y].text in _CLOSERS and x > comma + 1 else y  # "، «إرنا»،"
            if (0 < y - x0 <= 4 or whole) and not self.norm(x0).startswith("ال") and self.norm(x0) not in self.titles \
                    and self.norm(x0) not in _TIME and (not self.is_stop(self.norm(x0)) or whole) \
                    and not (x0 == x and self.cue_at(x0)) \
                    and after < self.n and (self.toks[after].text in _CLAUSE_PUNCT or self.toks[after].text == ":"
                                            or self.is_comp(self.norm(after)) or self.addressee(after, 0)
                                            or _PRON_NOUN.match(self.norm(after))  # "، حسين علاوي قوله إن"
                                            # "، نيجيرفان خليل في زاخو - في حديث صحفي - إن": where he sits
                                            or self.norm(after) == "في" and after + 2 < self.n and
                                            self.is_place(after + 1) and
                                            self.toks[after + 2].text in _CLAUSE_PUNCT | {"-", "–"}
                                            or self.norm(after) == "قد" and self.cue_at(after + 1)):  # "، X، قد أكد"
                title = self._clean_name(self.text[self.toks[a].start:self.toks[comma - 1].end])
                sp = self.make_speaker(x, y)
                if not sp.title:
                    sp.title, sp.start = title, self.toks[a].start
                elif x0 > x:  # the rank after the comma joins the office before it
                    sp.title = f"{title}، {sp.title}"
                    sp.start = self.toks[a].start
                return sp, (after if after > y and self.toks[y].text in _CLOSERS else y)
        return self.make_speaker(a, b), b

    def relay_phrase(self, k: int, s_last: int, sp: Optional[_Speaker], firsts: tuple, second: str,
                     claim_ends: bool) -> tuple[Optional[_Speaker], int]:
        """A two-word relay phrase ("على لسان", "نقلاً عن") within 12 tokens after k in the sentence ending
        at token s_last: the phrase's object becomes the speaker and ``sp`` its intermediate. With
        ``claim_ends`` the search stops at the start of the claim (a complementiser, a quotation mark, a
        colon) and before the sentence's last token. Returns the speaker and the token after the object
        (k unchanged when no phrase is found)."""
        j = k
        while j < min(s_last if claim_ends else s_last + 1, k + 12):
            if claim_ends and (self.is_comp(self.norm(j)) or self.toks[j].text in _PAIRS or self.toks[j].text == ":"):
                break
            if self.norm(j) in firsts and self.norm(j + 1) == second:
                x, y = self.np_forward(j + 2, s_last + 1)
                if y > x:
                    sp = self.relayed(sp, self.make_speaker(x, y))
                    k = y
                break
            j += 1
        return sp, k

    def statement_author(self, k: int, s_last: int, sp: Optional[_Speaker]) -> tuple[Optional[_Speaker], int]:
        """"وأشارت المصادر إلى تصريح وزير الخارجية اليمنية عبد الملك المخلافي، الجمعة الماضي، بأن …": after
        the verb's preposition (إلى، عن) a statement noun whose genitive names a speaker (a title, a PER
        name NER found) reports that speaker's words; the verb's subject only passes them on (via)."""
        if self.norm(k + 1) not in _SOURCE_NOUNS:  # a construct: "تصريح وزير", not "التصريح"
            return sp, k
        x, y = self.np_forward(k + 2, s_last + 1)
        if y <= x or x != k + 2:
            return sp, k
        h = self.norm(x)
        if not (h in self.titles or h.removeprefix("ال") in self.titles or
                any(e.type == "PER" and self.toks[x].start <= e.start < self.toks[y - 1].end for e in self.entities)):
            return sp, k
        c = self.content_start(y, s_last + 1)
        if c is None or c - y > 8:
            return sp, k
        src = self.make_speaker(x, y)
        if self.defect(src):
            return sp, k
        return (src if sp is None else self.relayed(sp, src)), y

    def amma_topic(self, i: int) -> Optional[_Speaker]:
        """"وأما المرصد السوري المعارض، فنقل هو الآخر نفس الأنباء وقال إن": the topic of أمّا … فـ is the
        subject of the verbs after it that have none of their own. The topic must name a source."""
        s = self.sid[i]
        f = self.sent_first[s]
        if self.norm(f) not in ("اما", "واما") or i - f > 30:
            return None
        a, b = self.np_forward(f + 1, i)
        j = b  # the topic's adjectives ("المعارض"), an optional comma, then the ف of the answer
        while j < min(b + 3, i) and self.norm(j).startswith("ال"):
            j += 1
        if j < i and self.toks[j].text in _CLAUSE_PUNCT:
            j += 1
        if not (a == f + 1 and a < b and j <= i and self.norm(j)[:1] == "ف" and not self.is_stop(self.norm(j))):
            return None
        head = self.norm(a)
        if not (head.startswith("ال") or head in self.titles or
                self.names_at(a)):
            return None
        sp = self.make_speaker(a, b)
        return None if self.defect(sp) else sp

    def interviewee(self, i: int) -> Optional[_Speaker]:
        """"وفي لقاء آخر مع حسين المعلاق، مدير الجمعية، أوضح لـ"واس" أن": a verb with no subject of its own,
        after "مع X" governed by a meeting noun earlier in its sentence, has X as its speaker."""
        first = self.sent_first[self.sid[i]]
        for m in range(i - 1, max(first, i - 25) - 1, -1):
            if self.norm(m) == "مع" and any(self.norm(x) in lex.interview_nouns() for x in range(max(first, m - 3), m)):
                x, y = self.np_forward(m + 1, i)
                if y > x:
                    sp = self.make_speaker(x, y)
                    if not self.defect(sp):
                        self.known.append(sp)
                        return sp
                return None
            if self.cue_at(m) or self.is_comp(self.norm(m)):
                return None
        return None

    def bare_verb_before_name(self, st: int, i: int) -> bool:
        """A clause after a comma opening with a bare perfect (no و, no ت, not in ا/ي) right before a name the
        entities component found: "…، حاول السوداني أن يقدم نفسه …، قائلاً" (the participle is السوداني's). Never
        a title or source noun in apposition ("، مستشار ترامب"), nor a word the lexicons know as a noun."""
        t = self.norm(st)
        if st == self.sent_first[self.sid[st]] or self.toks[st - 1].text not in _CLAUSE_PUNCT or st + 1 >= i:
            return False
        if not (3 <= len(t) <= 5) or t.endswith(("ه", "ي", "ين", "ون", "ات")) or self.toks[st].text.endswith("ة"):
            return False
        if t in self.titles or t in lex.person_heads() or t in lex.speaker_nouns() or \
                t in lex.anonymous_heads() or self.source_word(t) or self.names_at(st):
            return False
        if _gender_of_cue(self.norm(i), "part") == "f":
            return False  # a bare perfect has a masculine subject: "…، منزل الكاظمي، …، مضيفة" is no clause
        e = next((e for e in self.entities if e.type == "PER" and e.start == self.toks[st + 1].start), None)
        if e is None or not self.names_at(st + 1):
            return False
        after = self.tok_at_char(e.end)
        # the name runs on into its clause ("حاول السوداني أن يقدم"), not into a comma (an apposition)
        return after < i and self.toks[after].text not in _CLAUSE_PUNCT and self.toks[after].text not in _END_PUNCT

    def participle_subject(self, i: int, clause_verb_only: bool = False) -> Optional[_Speaker]:
        """The subject of the sentence's main verb: "واستقبل الرئيس X …، مؤكدا". For a verb coordinated
        with the first ("أكدت وزارة العمل …،ولفتت إلى أن"), only the subject of a sentence-initial verb."""
        s = self.sid[i]
        if self.current is not None and self.current_sid == s:
            return None
        if clause_verb_only:
            f = self.sent_first[s]
            if self.is_stop(self.norm(f)) and f + 1 < i and self.toks[f + 1].start in self.time_ends:
                # "ومنذ 19 نوفمبر 2023 تواصل جماعة الحوثي …، وتقول إن": past a leading time adjunct
                f = self.tok_at_char(self.time_ends[self.toks[f + 1].start] - 1) + 1
                if self.toks[f].text in _CLAUSE_PUNCT:
                    f += 1
            elif self.is_stop(self.norm(f)):  # "وخلال كلمته في …، أبدى وزير الخارجية …": past a leading adjunct
                f = next((m + 1 for m in range(f, min(f + 10, i)) if self.toks[m].text in _CLAUSE_PUNCT), f)
            # "من جهته عبر مدرب الفريق X عن سعادته …، وأكد أنه": the verb follows the turn phrase
            f, turn = self.past_turn(f, i)
            t = self.norm(f)
            # (an imperfect in ت-, when the cue is one too: "تواصل جماعة الحوثي …، وتقول إن")
            # (a form-IV perfect in أل- normalises like the article: "ألمح الرئيس …، إذ كتب أن")
            if t.startswith("ال") and not _DIACRITICS.sub("", self.toks[f].text).startswith("أل") or \
                    self.is_stop(t) and not turn or not t[:1].isalpha() or \
                    self.toks[f].text.endswith("ة") or t.endswith("ات") and len(t) > 4 or not (turn or t[0] in "وف" or t[:1] in "اي" or t.endswith("ت") or
                                                             t[:1] == "ت" and self.norm(i).lstrip("وف")[:1] == "ت"):
                return None  # "ووزارة الداخلية إذ تعلن": a noun (ة, a plural in ات), not a verb, starts the sentence
            if s in self.subjects and self.subjects[s].start == self.toks[min(f + 1, self.n - 1)].start:
                return self.subjects[s]  # the sentence-initial verb was a cue: its subject
            a, b = self.np_forward(f + 1, i)
            if b > a and b < i and self.toks[b].text in _CLAUSE_PUNCT and self.apposition_head(a) and \
                    self.split_name(a, b) is None:
                named, end = self.titled_speaker(a, b, b, self.sent_last[s])
                if end > b:  # "أبدى وزير الخارجية العراقي، فؤاد حسين، …، وقال إن"
                    return named
            h = self.norm(a)
            if b > a and (h.startswith("ال") and (self.source_word(h) or h in lex.speaker_nouns() or
                                                  h in lex.person_heads() or h[2:] in self.titles or
                                                  # a verb that takes a stand has an agent that speaks:
                                                  # "وأصدرت القائمة العربية المشتركة … بياناً"
                                                  t.lstrip("وف") in lex.stance_verbs() or t in lex.stance_verbs()) or
                          # (never a thing: "وأسفرت الغارات عن …، وقالت إن")
                          self.norm(a) in self.titles or self.norm(a) in lex.anonymous_heads() or
                          any(e.type == "PER" and self.toks[a].start <= e.start < self.toks[b - 1].end
                              for e in self.entities) or
                          # "وندد حزب العمال الكردستاني بالغارات … وقال إن": an organisation NER found
                          any(e.type == "ORG" and e.start == self.toks[a].start for e in self.entities)):
                return self.make_speaker(a, b)
            return None
        if s in self.sent_speaker:  # "وأكد خلالها على …، كاشفا عن …"
            return self.sent_speaker[s]
        if s in self.subjects:  # "فان الأمين العام … اعلن زيادة …، مبينا"
            return self.subjects[s]
        first = self.sent_first[s]
        # the nearest clause that opens with a verb and its subject: "…، وقلل الكرملين من أهمية القرار قائلًا"
        # (never one inside a quotation the participle follows: "«… وتشتت الانتباه الأمريكي …»، مشيرة")
        starts = [first] + [j + 1 for j in range(first, i) if self.toks[j].text in _CLAUSE_PUNCT and
                            not any(self.toks[m].text in _QUOTE_CHARS for m in range(j + 1, i))]
        for st in reversed(starts):
            t = self.norm(st)
            if st >= i or t.startswith("ال") or self.cue_at(st) or self.is_stop(t) or not t[:1].isalpha():
                continue
            if t[0] not in "وف" and not (t[:1] in "اي" or t.endswith("ت")) and t not in _OBJECT_VERBS and \
                    not self.cue_at(st) and not self.toks[st].text.endswith("ى") and \
                    not (t[:1] == "ت" and finite_verb(self.toks[st].text)) and \
                    not self.bare_verb_before_name(st, i):  # "نعى النائب …، قائلا", "تعتزم المؤسسة"
                continue  # (a verb of its own: "دعا وزير الدفاع …، قائلاً")
            a, b = self.np_forward(st + 1, i)
            if b > a and b < i and self.toks[b].text in _CLAUSE_PUNCT and self.apposition_head(a) and \
                    self.split_name(a, b) is None:
                named, end = self.titled_speaker(a, b, b, self.sent_last[s])
                if end > b:  # "دعا وزير الدفاع الإسرائيلي، يسرائيل كاتس، …، قائلاً": the name after the comma
                    return named
            named = self.names_at(a)
            if b > a and (self.norm(a).startswith("ال") and (self.source_word(self.norm(a)) or named or
                                                           self.norm(a) in self.titles) or
                          self.norm(a) in self.titles or self.norm(a) in lex.anonymous_heads() or
                          # a construct made definite by its genitive, or a name: "ودعت قيادة الحشد الشعبي …، مشيرة"
                          b - a >= 2 and self.norm(a + 1).startswith("ال") and self.source_word(self.norm(a)) or named):
                # (never a thing: "وأسهمت الضربات في …، لافتةً" is the statement's, not the strikes')
                return self.make_speaker(a, b)
        # a sentence that opens with its subject, then its verb: "الرئيس الفرنسي إيمانويل ماكرون رحب بالاتفاق
        # …، واصفاً إياه"
        t = self.norm(first)
        if t[:1].isalpha() and not self.is_stop(t) and not self.cue_at(first) and not finite_verb(self.toks[first].text):
            a, b = self.np_forward(first, i)
            v = self.norm(b)
            if a == first and a < b < i - 1 and not self.attribution_at(b) and (
                    finite_verb(self.toks[b].text) or v in lex.stance_verbs() or self.cue_at(b)):
                sp = self.make_speaker(a, b)
                h = self.norm(a)
                if not self.defect(sp) and (self.source_word(h) or h in self.titles or h.removeprefix("ال") in self.titles
                                            or h in lex.anonymous_heads() or any(
                        e.type in ("PER", "ORG") and self.toks[a].start <= e.start < self.toks[b - 1].end
                        for e in self.entities)):
                    return sp
        return None

    def contrast_subject(self, i: int) -> Optional[_Speaker]:
        """"ولم تكشف وزارة الداخلية عن …، لكنها قالت إن", "رفض المتحدث … التعليق، إلا أنه أكد أن": a cue
        after a contrastive connective carrying a pronoun (لكنه، إلا أنها، غير أنه، بيد أنهم) speaks for the
        subject of its sentence's first verb (or of كان/كانت before it), not for the one quoted before. So does
        a cue after an independent pronoun ("وهي أعلنت", "وهو يقول"): the subject or opening topic of its
        sentence, or of the sentence before when the pronoun opens its own."""
        p, q = self.norm(i - 1), self.norm(i - 2)
        pronoun = p.lstrip("وف") in ("هو", "هي", "هم")
        if not (p.lstrip("و") in ("لكنه", "لكنها", "لكنهم") or pronoun or
                p in ("انه", "انها", "انهم") and q.lstrip("و") in ("الا", "غير", "بيد")):
            return None
        conn = i - 1 if p.lstrip("و").startswith("لكن") or pronoun else i - 2
        f = self.sent_first[self.sid[i]]
        if pronoun and f == conn:
            # "وكانت «توشيبا» كلفت هذه اللجنة …. وهي أعلنت أنها": the subject of the sentence before
            if self.sid[i] == 0:
                return None
            f, conn = self.sent_first[self.sid[i] - 1], self.sent_last[self.sid[i] - 1]
        if self.is_stop(self.norm(f)) and self.norm(f) not in _NEG:  # "وفي سياق متصل، …": past a leading adjunct
            f = next((m + 1 for m in range(f, conn) if self.toks[m].text in _CLAUSE_PUNCT), f)
        if self.norm(f) in _AUX:
            a = f + 1  # "وكانت إيران قد نفت …": the subject follows كان
        elif pronoun and (self.norm(f).lstrip("و").startswith("ال") or self.toks[f].text in _QUOTE_CHARS):
            a = f  # "ووزارة الداخلية إذ تعلن …، وهي تحذر": the topic the sentence opens with
        else:
            if self.norm(f) in _NEG:
                f += 1  # "ولم تكشف الوزارة"
            t = self.norm(f)
            if f >= conn or t.startswith("ال") or self.is_stop(t) or not t[:1].isalpha() or \
                    self.toks[f].text.endswith("ة"):
                return None  # the sentence opens with a noun, not a verb
            a = f + 1
        a2, b = self.np_forward(a, conn)
        if not (a2 < b < conn):
            return None
        nisba = lex.nisba_words()
        for m in range(a2 + 1, b):  # "ولم يحدد الجيش موعد …": after a definite word, an indefinite noun is the object
            t, prev = self.norm(m), self.norm(m - 1)
            if self.toks[m].start in self.name_starts or any(
                    e.type == "PER" and e.start <= self.toks[m].start < e.end for e in self.entities):
                continue  # "الرئيس الإيراني حسن روحاني": the name after the title
            if prev.startswith("ال") and t[:1].isalpha() and not t.startswith(("ال", "لل")) and \
                    t[:1] not in "لب" and t not in nisba and self.toks[m - 1].text not in _QUOTE_CHARS:
                b = m
                break
            if self.norm(m - 2) == "باسم" and t.startswith("ال") and t not in nisba and \
                    not re.search(r"(?:ي|يه|يون|يين|يه)$", t):
                b = m  # "رفض المتحدث باسم الحكومة التعليق": after "باسم X" a definite noun that is no adjective
                break
        whole = next((e for e in self.entities if e.start == self.toks[a2].start and e.type in ("PER", "ORG", "LOC")
                      and self.toks[a2].start < e.end <= self.toks[b - 1].end), None)
        if whole is not None:
            b = self.tok_at_char(whole.end - 1) + 1  # the name NER found is the subject, what follows the object
        named = whole is not None or a2 > 0 and self.toks[a2 - 1].text in _QUOTE_CHARS  # «توشيبا»: a quoted name
        head = self.norm(a2)
        if not (named or head.startswith("ال") or head in self.titles or head in lex.anonymous_heads() or
                b - a2 >= 2 and self.norm(a2 + 1).startswith("ال")):
            return None
        sp = self.make_speaker(a2, b)
        pron = p[-2:] if p.endswith(("ها", "هم")) else p[-1:]
        bare = head[2:] if head.startswith("ال") else head
        # a country or city and a plural in ات (non-human) agree as feminine: "إيران … لكنها", "ملابسات … لكنها"
        g = "f" if whole is not None and whole.type == "LOC" or bare.endswith("ات") else sp.gender
        if pron != "هم" and g != ("f" if pron == "ها" else "m"):
            return None  # the pronoun is someone else's ("لم تتضح ملابسات الحادث، لكنه قال")
        return None if self.defect(sp) else sp

    def carried(self, i: int, kind: str) -> Optional[_Speaker]:
        """The speaker of "وأضاف"/"مشيرا"; the relaying source when only it agrees in gender."""
        sp = self.current
        if sp is None:
            # no one quoted yet: "أعلن المتحدث العسكري للحوثيين، يحيى سريع، … إطلاق صاروخ …. وذكر في تغريدته
            # “…”" — the subject of the stand taken in the sentence before speaks on
            return self.stance_subject(i, None, _gender_of_cue(self.norm(i), kind))
        if sp.anonymous and "\n" in self.text[sp.end:self.toks[i].start] and not (
                self.sid[self.tok_at_char(max(sp.end - 1, 0))] == self.sid[i] - 1 and
                _gender_of_cue(self.norm(i), kind) == sp.gender == "f"):
            return None  # an unnamed source ("مسؤولون", "مصادر") is carried within its paragraph only, or to
            # a feminine cue opening the sentence right after it ("قالت مصادر عسكرية …¶ وأضافت أن")
        g = _gender_of_cue(self.norm(i), kind)
        stance = self.stance_subject(i, sp, g)
        if stance is not None:
            return stance
        if g and sp.gender != g and sp.inter is not None and sp.inter.gender == g:
            return sp.inter
        if g and sp.gender != g:
            alt = self.agreeing_subject(i, g)
            if alt is not None:
                return alt
            if sp.anonymous and sp.inter is None and kind == "verb" and self.norm(i)[:1] == "و" and \
                    i == self.sent_first[self.sid[i]]:
                return None  # "وقالت مصادر بأن …. وذكر أن": a verb opening its sentence that does not agree
                # with the unnamed source before it is impersonal (ذُكر), not that source speaking on
        return self.latest_mention(sp, i)

    def stance_subject(self, i: int, sp: Optional[_Speaker], g: Optional[str]) -> Optional[_Speaker]:
        """"وأدانت الحكومة العراقية، في بيان، القصف …. وقالت إن …": a cue that opens its sentence with no
        subject, right after a sentence whose verb takes a stand (``stance_verbs.txt``) with a named subject,
        belongs to that subject, not to the speaker quoted before it (who spoke earlier: found by the quote
        audit, round 2, as the commonest speaker error). The subject must agree with the cue's gender."""
        s = self.sid[i]
        if s == 0 or i != self.sent_first[s]:
            return None
        f = self.sent_first[s - 1]
        if sp is not None and self.toks[f].start < sp.end or self.norm(f) not in lex.stance_verbs():
            return None
        a, b = self.np_forward(f + 1, self.sent_last[s - 1] + 1)
        if b <= a or not any(e.type in ("ORG", "PER") and self.toks[a].start <= e.start < self.toks[b - 1].end
                             for e in self.entities):
            return None
        cand = self.make_speaker(a, b)
        if cand is None or (g and cand.gender and cand.gender != g):
            return None
        return cand

    def latest_mention(self, sp: _Speaker, i: int) -> _Speaker:
        """The carried speaker's span moved to its most recent mention before token i: "قال … دوري غولد،
        …. المعروف أن غولد هو …، وقال إن": the evidence is the nearest "غولد" (a PER entity that is the
        name or ends it), as the guidelines ask; name, title and relay stay those of the full mention."""
        name = sp.name.strip()
        # a span that is itself a short mention of the name ("العبادي" of "حيدر العبادي", carried from
        # "وأشار العبادي") moves to the same short form only, and only when NER found that whole mention
        short = self.text[sp.start:sp.end].strip()
        short = short if short != name and name.endswith(" " + short) else None
        if not any(e.type == "PER" and sp.start <= e.start and e.end <= sp.end and
                   self.text[e.start:e.end].strip() in (name, short) for e in self.entities):
            return sp  # not a person's name ("مكتب رئيس الوزراء مصطفى الكاظمي": the office speaks)
        last = None
        for e in self.entities:
            if e.type != "PER" or e.start < sp.end or e.end > self.toks[i].start:
                continue
            t = self.text[e.start:e.end].strip()
            if t and (t == name or (t == short if short else name.endswith(" " + t))):
                last = e
        return sp if last is None else replace(sp, start=last.start, end=last.end)

    def agreeing_subject(self, i: int, g: str) -> Optional[_Speaker]:
        """"وأضافت المصادر أن …، وتبين أن المتهم الأول … كان …، وأفاد بأنه": a cue that does not agree
        with the speaker carried to it belongs to the person that a complement clause before it, in the
        same sentence, is about, when that person agrees. The nearest such clause wins."""
        for m in range(i - 1, self.sent_first[self.sid[i]] - 1, -1):
            if self.norm(m) not in _COMP_BARE and self.norm(m) != "ان":
                continue
            a, b = self.np_forward(m + 1, i)
            if b <= a or not self.norm(a).startswith("ال"):
                continue
            head = self.norm(a)
            # a person, or an organisation that acts in the clause ("إلى أن الجيش الإسرائيلي رفض الرد … قائلا")
            person = head in lex.person_heads() or head in lex.speaker_nouns() or any(
                e.type in ("PER", "ORG") and self.toks[a].start <= e.start < self.toks[b - 1].end for e in self.entities)
            words = [self.norm(x) for x in range(a, b)]
            if person and head not in lex.anonymous_heads() and _gender_of_words(words) == g:
                return self.make_speaker(a, b)
        return None

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
        if any(q.content_start <= c0 < q.content_end or q.cue_start < c0 < q.content_start for q in self.quotes):
            return cue_b  # "وفق ضوابط" inside a claim already attributed; "قال X، نقلاً عن Y، إن" read with its verb
        s = self.sid[i]
        first, last = self.sent_first[s], self.sent_last[s]
        # "بحسب ما كشفت (عنه)", "وفقا لما بثته", "وفق مقال نشره"
        k = cue_b
        back = False  # "حسب ما نقلت عنه X": X relays the words of the one already speaking
        issued = -1
        m = cue_b if self.norm(cue_b) in ("ما", "لما") else \
            cue_b - 1 if phrase[-1] in ("ما", "لما", "حسبما") else None
        if m is not None:  # "وفقاً لما" is itself a phrase: its verb follows directly
            v = self.norm(m + 1)
            if self.cue_at(m + 1) or v.startswith(("بث", "نشر", "نقل", "اورد")) or \
                    re.sub(r"(?:ه|ها|هم)$", "", v) in self.cues:  # "وفقاً لما ذكرته وكالة"
                cue_b = m + 2
                if self.norm(cue_b) in ("عنه", "عنها", "به", "بها"):  # "وفق ما صرح به X"
                    back = v.startswith("نقل") and self.norm(cue_b) in ("عنه", "عنها")
                    cue_b += 1
            elif m + 1 < self.n and self.norm(m + 1)[:1].isalpha() and self.norm(m + 1) not in _CAME and \
                    not self.norm(m + 1).startswith("ال") and not self.is_stop(self.norm(m + 1)) and \
                    self.toks[m + 1].start not in self.name_starts:
                return cue_b  # "ووفقا لما جرى عليه العرف": a verb that reports nothing, no source follows
            k = cue_b
        elif self.norm(cue_b) in _SOURCE_NOUNS and not self.described_source(cue_b):
            k = cue_b + 1  # the writer of the article is the source ("بحسب بيان مشترك": the statement itself)
            if self.norm(k).startswith(("نشر", "اورد", "كتب")):
                k += 1
                if self.norm(cue_b) in lex.issued_nouns():
                    issued = cue_b  # "بحسب بيان نشرته وكالات الأنباء": the statement speaks, if an outlet published it
            elif self.norm(k) in ("صادر", "الصادر", "صادره", "الصادره") and self.norm(k + 1) == "عن":
                k += 2  # "بحسب بيان صادر عن المركز الإعلامي": issued by
        if self.norm(k) in ("ل", "لـ") and k + 1 <= last and self.toks[k + 1].text in _PAIRS:
            k += 1  # "وفقا لـ«العربية نت»": the preposition stays outside the quoted name
        quoted = k < self.n and self.toks[k].text in _PAIRS and \
            0 < self.closing(self.toks[k].start) - self.toks[k].start < 40  # (k is past the end: "… بحسب بيان")
        sp: Optional[_Speaker] = None
        if _PRON_NOUN.match(self.norm(k)) or phrase[0] == "علي" and len(phrase) > 3:
            if _PRON_NOUN.match(self.norm(k)):
                cue_b = k + 1
            sp = self.current
            a = b = k + 1
        else:
            # 'بحسب "وكالة سانا للأنباء"': a name in marks right after the phrase is the source
            a, b = (k + 1, self.tok_at_char(self.closing(self.toks[k].start))) if quoted else \
                self.np_forward(k, last + 1)
            w = self.norm(a)
            for f in (w, w[1:] if w[:1] == "ل" else w):
                if f in lex.not_sources() or (f.startswith("ال") and f[2:] in lex.not_sources()):
                    return cue_b  # "وفق ضوابط", "حسب توجيهات": in accordance with, not a source
            if m is None and phrase[0] != "علي" and b > a and k <= cue_b + 1 and not self.names_source(a, b) and \
                    not (i <= first + 1 and b - a <= 3 and self.norm(b) in _FA_INNA):
                # (but "وبحسب ششو فإن …": a complementiser right after a short phrase opening the sentence)
                return b  # "وفقاً لأحد الاحتمالات", "وفق نفس أحكام الاتفاقية": in accordance with, not a source
            if b > a:
                sp = self.make_speaker(a, b)
                h = normalize(sp.name).split()[0]
                if issued >= 0 and (h in lex.outlet_types() or h.removeprefix("ال") in lex.outlet_types()):
                    sp = self.relayed(sp, self.make_speaker(issued, issued + 1))
                if self.defect(sp) == "pronoun":  # "وحسب ملاحظاته": the current speaker's own remarks
                    sp, a = self.current, b
                elif self.defect(sp):  # "حسبما ورد في": no source named here
                    return b
                if back and self.current is not None and self.current.name != sp.name:
                    sp = self.relayed(sp, replace(self.current))  # (the pronoun is the one speaking)
                if sp is not None and self.norm(cue_b - 1).startswith("نقل"):  # "وفق ما نقله الكاتب عن مصادر"
                    if self.norm(b) == "عن":
                        x, y = self.np_forward(b + 1, last + 1)
                        if y > x:
                            sp = self.relayed(sp, self.make_speaker(x, y))
                            b = y
                elif sp is not None and any(self.norm(r) in ("نقلا", "ونقلا") and self.norm(r + 1) == "عن"
                                            for r in (b, b + 1)):
                    # "ووفقاً لما ذكرته وكالة "الأناضول" للأنباء نقلاً عن وزارة الدفاع الروسية، فقد": the
                    # ministry speaks, the agency relays (one word, "للأنباء", may end the agency's name)
                    r = b if self.norm(b + 1) == "عن" else b + 1
                    x, y = self.np_forward(r + 2, last + 1)
                    if y > x:
                        src = self.make_speaker(x, y)
                        if not self.defect(src):
                            sp = self.relayed(sp, src)
                            b = y
        if sp is None:
            return cue_b
        if quoted and self.toks[b].text in _CLOSERS:
            b += 1  # past the closing mark
        if phrase[0] == "علي" and phrase[1] == "لسان":
            return b
        # "…، وفق ما نقلت قناة (الميادين)، مضيفاً": an outlet that relays is not the one speaking next
        w0 = normalize(sp.title or sp.name).split()[:1]
        relay = self.norm(cue_b - 1).startswith("نقل") and bool(w0) and (
            w0[0] in lex.outlet_types() or w0[0].removeprefix("ال") in lex.outlet_types() or sp.name in lex.outlet_names())
        lead = i <= first + 1 or (i > 0 and self.toks[i - 1].text in (":",))
        front = None if lead else self.fronted_subject(i)
        if front is not None:
            # "أشاد الرئيس الصيني وفق الوكالة، «…»", "وقال هادي، وفق ما نقل البيان: …": the phrase stands
            # between a verb's subject and the words; the subject speaks, the phrase's source carries them
            f, main = front
            c = self.content_start(b, last + 1)
            noun = c is None and (c := self.noun_complement(f, b, last)) is not None
            if c is not None and (c - b <= 3 or noun) and sp.name != main.name:
                if sp.label not in main.via:
                    main.via = main.via + [sp.label]
                if self.add(f, f + 1, main, self.toks[c].start, self.content_end(c), False):
                    self.remember(main)
                    return b
        mid = None if lead or front is not None else self.claim_opener(i, b, last)
        if lead or mid is not None:
            # "وحسب صحيفة X، فإن …", "وفق مقال نشره X …، بصحيفة Y، في 21 آب، لا يعتبر …"; with no comma
            # the complementiser ends the source: "وبحسب وكالات أنباء فإن …"
            j = b if mid is None else mid
            while j <= last and self.norm(j) not in _CLAIM_OPENERS:
                while j <= last and self.toks[j].text not in _CLAUSE_PUNCT:
                    j += 1
                j += 1
                seg_end = j
                while seg_end <= last and self.toks[seg_end].text not in _CLAUSE_PUNCT:
                    seg_end += 1
                w = self.norm(j)
                if seg_end - j <= 7 and seg_end <= last and w not in _CLAIM_OPENERS and \
                        (w in _PREP or w in _TIME or w[:1] in "بل"):
                    continue
                break
            while j <= last and self.norm(j) in ("فان", "ان", "فقد", "فانه"):
                j += 1
            verb = lambda m: self.cue_at(m) and self.cue_at(m)[0] == "verb"
            if j > last or verb(j) or (verb(j + 1) and self.norm(j) not in _NEG):
                return b  # "وحسب مصدرين، فقد قال كوهين": the verb's quotation carries the claim
            if self.add(i, cue_b, sp, self.toks[j].start, self.content_end(j), False) and not relay:
                self.remember(sp)
            return b
        # "…، حسب ما نقلت عنه وكالة الأنباء السعودية الرسمية (واس).": the source's adjective and its abbreviation
        # in brackets belong to it, no claim follows
        e = b + 1 if b <= last and self.norm(b).startswith("ال") and self.norm(b).endswith(("يه", "ي")) else b
        if e <= last and self.toks[e].text == "(":
            close = next((t for t in range(e + 1, min(last + 1, e + 5)) if self.toks[t].text == ")"), None)
            if close is not None:
                b = close + 1
        tail = [t for t in range(b, last + 1) if self.toks[t].text not in _END_PUNCT]
        # set off by a comma after a clause of its own, the phrase closes that clause whatever follows the
        # source: "…، بحسب وكالة الانباء السورية الرسمية “سانا”", "…، وفق ما أفاد به التلفزيون الرسمي، بعد ساعات"
        # (not "…، حسب تعبيره، ب»تهريب المحروقات»": the current speaker's own words inside the claim; nor after
        # a quotation read before it in the sentence, which the phrase may relay)
        set_off = i - first >= 5 and self.toks[i - 1].text in _CLAUSE_PUNCT and a < b and \
            not any(self.toks[first].start <= q.cue_start < self.toks[i].start for q in self.quotes)
        if len(tail) <= 2 or set_off or self.toks[b].text in _END_PUNCT or self.norm(b) in ("في", "علي", "الي"):
            # the claim runs from the sentence start, or from the end of a claim read before it in the
            # sentence; a claim ending right here is the same claim attributed twice ("…، حسب قولها")
            s0, ci = self.toks[first].start, self.toks[i].start
            for q in self.quotes:
                if q.content_end is not None and self.toks[first].start <= q.content_end <= ci:
                    if self.opening_claim_runs_on(q, first, i, sp):
                        # "وصرح الناطق …، بأن دورية تعرضت …، في حين أدت قذيفة أخرى …، حسب ما أفادت وكالة
                        # الأنباء": the sentence's own speaker still speaks up to the phrase, which only names
                        # the outlet that carried the words (GUIDELINES: the source speaks, the outlet is `via`)
                        q.content_end = self.clean_span(q.content_start, ci)[1]
                        q.content = self.text[q.content_start:q.content_end]
                        q.end = max(q.end, q.content_end)
                    if not self.text[q.content_end:ci].strip(_STRIP + "»”\"'"):
                        s0 = q.content_start
                    elif self.tok_at_char(q.content_end - 1) + 1 < i:
                        s0 = max(s0, self.toks[self.tok_at_char(q.content_end - 1) + 1].start)
            if self.add(i, cue_b, sp, s0, ci, False) and a < b and not relay:
                self.remember(sp)
        else:
            # in the middle of its claim: "ليكون نهر الفرات بحسب مجلة X، هو الفاصل …"
            s0 = self.toks[first].start
            prev_end = max((q.content_end for q in self.quotes if q.content_end is not None
                            and first <= self.tok_at_char(q.content_end - 1) < i), default=-1)
            if prev_end > s0:
                s0 = self.toks[self.tok_at_char(prev_end) + 1].start
            if self.add(i, cue_b, sp, s0, self.content_end(b), False) and a < b and not relay:
                self.remember(sp)
        return b

    def noun_complement(self, f: int, b: int, last: int) -> Optional[int]:
        """The verb at f's object right after an attribution phrase ending at b that stands between the verb's
        subject and it: "ونفى البابا، بحسب وكالة الأنباء السورية الرسمية (سانا)، صدور أي تصريح رسمي" (the
        subject denies, the agency relays; as "أكد التحالف مقتل العسكريين" is a claim). The verb's own
        preposition ("أعلن … عن", "شدد … على") stays outside. None unless the verb is a cue and a word follows."""
        if not (self.cue_at(f) and self.cue_at(f)[0] == "verb"):
            return None
        j = b  # (past the source's adjective and its abbreviation in brackets: "… السورية الرسمية (سانا)")
        if j < last and self.norm(j).startswith("ال") and self.norm(j).endswith(("يه", "ي")) and \
                self.toks[j + 1].text in _CLAUSE_PUNCT | {"("}:
            j += 1
        if j <= last and self.toks[j].text == "(":
            j = next((t + 1 for t in range(j + 1, min(last + 1, j + 5)) if self.toks[t].text == ")"), j)
        if j > last or self.toks[j].text not in _CLAUSE_PUNCT:
            return None
        j += 1
        if j <= last and self.norm(j) in ("علي", "عن"):
            j += 1
        w = self.norm(j) if j <= last else ""
        if not w[:1].isalpha() or self.is_stop(w) or self.cue_at(j) or self.attribution_at(j) or w in _TIME:
            return None
        return j

    def opening_claim_runs_on(self, q: Quote, first: int, i: int, sp: _Speaker) -> bool:
        """Whether the claim q, read from the verb opening the sentence (past a turn phrase), runs on to the
        attribution phrase at token i that closes the sentence: what lies between its end and the phrase is
        a clause of no other cue, no quotation mark, and the phrase names another source (the outlet)."""
        c = self.tok_at_char(q.cue_start)
        if q.speaker == sp.name or c not in (first, self.past_turn(first, i)[0]) or q.content_end is None:
            return False
        e = self.tok_at_char(q.content_end - 1) + 1
        if e >= i - 1 or self.text[q.content_end:q.content_end + 1] in _QUOTE_CHARS or \
                self.toks[e].text not in _CLAUSE_PUNCT or self.toks[i - 1].text not in _CLAUSE_PUNCT:
            return False
        return not any(self.cue_at(t) or self.toks[t].text in _PAIRS or self.toks[t].text in _END_PUNCT or
                       self.attribution_at(t) for t in range(e + 1, i - 1))

    def claim_opener(self, i: int, b: int, last: int) -> Optional[int]:
        """A phrase opening a new clause after a comma in mid-sentence whose claim follows it, opened by
        "فإن"/"فقد": "…، وبحسب وزارة الصحة في البلاد، فقد أصيب 2800 شخص", "…، ووفقا لمصادر صحية بصنعاء فان
        نحو 105 اشخاص قتلوا". The opener's token, or None (then the claim is the clause before: "…، بحسب X")."""
        if i == 0 or self.toks[i - 1].text not in _CLAUSE_PUNCT:
            return None
        for t in range(b, min(last + 1, b + 5)):
            w = self.norm(t)
            if w in _CLAIM_OPENERS:
                return t if t + 1 <= last and not self.cue_at(t + 1) else None
            if self.toks[t].text in _END_PUNCT or self.toks[t].text in _PAIRS or self.cue_at(t):
                return None
        return None

    def past_turn(self, f: int, i: int) -> tuple[int, bool]:
        """The token after a turn phrase starting at f, before i ("من جهته،", "بدوره"), and whether there was
        one: (f, False) when the clause opens with none."""
        turn = False
        while f < i:
            if self.norm(f) in _TURN:
                f += 1
            elif self.norm(f) in ("من", "ومن") and self.norm(f + 1) in _TURN_OF:
                f += 2
            elif turn and self.toks[f].text in _CLAUSE_PUNCT:
                f += 1
                continue
            else:
                break
            turn = True
        return f, turn

    def fronted_subject(self, i: int) -> Optional[tuple[int, _Speaker]]:
        """The verb and its subject when the clause before token i is exactly a sentence-initial verb (past
        a turn phrase: "من جانبه، أشاد …") and the subject phrase after it, up to a comma: "أشاد الرئيس
        الصيني [وفق الوكالة]", "وقال هادي، [وفق ما نقل البيان]". The subject must name a source (a title,
        a source head, an anonymous head, or a name NER found)."""
        s = self.sid[i]
        f = self.sent_first[s]
        f, turn = self.past_turn(f, i)
        t = self.norm(f)
        if f + 1 >= i or t.startswith("ال") or self.is_stop(t) or not t[:1].isalpha() or \
                self.toks[f].text.endswith("ة") or not (self.cue_at(f) and self.cue_at(f)[0] == "verb" or
                                                         t[0] in "وف" or t[:1] in "اي" or t.endswith("ت")):
            return None
        a, b = self.np_forward(f + 1, i)
        if a != f + 1 or b <= a or any(self.toks[m].text not in _CLAUSE_PUNCT for m in range(b, i)):
            return None
        named = any(e.type in ("PER", "ORG") and self.toks[a].start <= e.start < self.toks[b - 1].end
                    for e in self.entities)
        head = self.norm(a)
        if not (named or self.source_word(head) or head in self.titles or head.removeprefix("ال") in self.titles or
                head in lex.anonymous_heads()):
            return None  # (never a thing: "وأسفرت الضربة، وفق المتحدث ذاته، عن …")
        sp = self.make_speaker(a, b)
        return None if self.defect(sp) else (f, sp)

    def run(self) -> list[Quote]:
        active = _active_forms()
        i = 0
        while i < self.n:
            # (looked up as the loop goes: strip_lam may rewrite a later token's form)
            t0 = self.toks[i].norm
            hit = active.get(t0)
            if not (_active(t0) if hit is None else hit):  # none of the tests below can pass here
                i += 1
                continue
            self.note_relays(i)
            length = self.attribution_at(i)
            if length and not (self.norm(i) in ("كما", "وكما")):
                i = max(self.attribution(i, length), i + 1)
                continue
            if self.norm(i) in _CAME and self.norm(i + 1) == "في":
                self.statement_cue(i)
                i += 1
                continue
            c = self.cue_at(i)
            if c and self.norm(i - 1) in _SOURCE_NOUNS and self.norm(i + 1) not in ("فيه", "فيها"):
                c = None  # "في بيان نقل السلطة": the verb describes the statement ("بيان قال فيه إن" reports)
            if c and c[1] == "ادعي" and self.norm(i)[-4:-3] in "يت" and \
                    "".join(ch for ch in self.toks[i].text if not unicodedata.combining(ch)).endswith("ى"):
                c = None  # "شخصاً يُدعى أحمد": is called, not claims (يدّعي)
            if c and self.norm(i - 1) in lex.passive_auxiliaries():
                c = None  # "تم نقل المصابين", "يجري نقل معظم الجرحى": the verbal noun of a passive periphrasis
            if c and self.norm(i - 1) not in _NEG:  # "لا يعتبر", "لم يكشف": no claim reported
                self.verb_cue(i, *c)
            i += 1
        # the learned second opinion on each speaker (ranker.py; off unless its model file or
        # MARSAD_QUOTE_RANKER=1 turns it on), before relays chain and descriptions take names
        ranker.rerank(self, self.quotes)
        self.chain_nested()
        self.name_descriptions()
        return sorted(self.quotes, key=lambda q: q.start)

    def statement_cue(self, i: int) -> None:
        """"وجاء في بيان للجيش: «…»", "وجاء في البيان أن …", "وورد في التقرير أن": the words of a statement
        (a statement noun after "في"). Its author speaks: the genitive when the text gives one ("بيان
        للجيش", "بيان الرئاسة"), else whoever is speaking ("البيان" of the one just quoted), else the
        statement as written. Any other "جاء" ("جاء ذلك بعد أن") is no cue."""
        m = i + 2
        if self.norm(m) in _DEMONSTRATIVE:
            m += 1  # "وجاء في هذا البيان"
        head = self.norm(m)
        bare = head[2:] if head.startswith("ال") else head
        if bare not in _SOURCE_NOUNS:
            return
        s_last = self.sent_last[self.sid[i]]
        k = m + 1
        sp: Optional[_Speaker] = None
        nxt = self.norm(k)
        genitive = nxt.startswith(("ال", "ل")) or any(e.start == self.toks[k].start and e.type in ("PER", "ORG")
                                                    for e in self.entities)  # not "بيان عراقي مشترك"
        if k <= s_last and genitive and not head.startswith("ال") and not self.is_stop(nxt) and \
                not self.is_comp(nxt) and not self.cue_at(k):
            a, b = self.np_forward(k, s_last + 1)  # "بيان للجيش" (لـ stripped), "بيان الرئاسة"
            if b > a:
                sp, k = self.make_speaker(a, b), b
        if sp is None and head.startswith("ال") and m == i + 2 and self.current is not None and \
                self.current_sid >= self.sid[i] - 3:
            sp = self.current  # "وجاء في البيان": the statement of the one just quoted ("هذا البيان": the
            # statement just described, as written)
        if sp is None:
            sp = self.make_speaker(m, m + 1)
        if self.defect(sp):
            return
        c = self.content_start(k, self.n)
        if c is None or self.sid[c] != self.sid[i] and self.toks[c - 1].text != ":":
            return
        self.add(i, i + 1, sp, self.toks[c].start, self.content_end(c), False)

    def name_descriptions(self) -> None:
        """"أكد السفير السعودي لدى اليمن أن …" … "وقال السفير السعودي محمد آل جابر": a description used
        alone names the person the article gives it to elsewhere (later as well as earlier)."""
        names: dict = {}
        for sp in self.known:
            if sp.title and not sp.anonymous:
                names.setdefault(normalize(sp.title), {})[sp.name] = sp.entity_id
        for q in self.quotes:
            if q.speaker_title or q.anonymous or not q.speaker:
                continue
            found = names.get(normalize(q.speaker)) or self.office_holder(q.speaker)
            if found and len(found) == 1:
                (name, eid), = found.items()
                q.speaker_title, q.speaker, q.speaker_entity_id = q.speaker, name, eid or q.speaker_entity_id
                if q.via and q.via[-1] == q.speaker_title:
                    q.via[-1] = q.speaker

    @staticmethod
    def _stem(w: str) -> str:
        """A word without its clitic preposition, article and plural/nisba ending, for comparing office
        words ("للحوثيين" ~ "الحوثيين" ~ "الحوثي")."""
        for p in ("وال", "بال", "لل", "ال", "و", "ب", "ل"):
            if w.startswith(p) and len(w) - len(p) >= 3:
                w = w[len(p):]
                break
        return w[:4]

    def office_holder(self, speaker: str) -> Optional[dict]:
        """{name: entity id} of the persons the article names right after an office that the description
        ``speaker`` repeats ("متحدث الحوثيين" … "المتحدث العسكري للحوثيين العميد يحيى سريع"): same head
        (a person head) and every other word of the description among the office's words."""
        words = normalize(speaker).split()
        if len(words) < 2:
            return None
        head = words[0].removeprefix("ال")
        if head not in lex.person_heads() or head in lex.anonymous_heads():
            return None
        rest = {self._stem(w) for w in words[1:]}
        out: dict = {}
        pers = [e for e in self.entities if e.type == "PER"]
        for e in pers:
            p = self.tok_at_char(e.start)
            if self.toks[p].start != e.start:
                continue
            m = p - 1
            while m >= 0 and p - m <= 8 and self.norm(m)[:1].isalnum() and not self.cue_at(m) and \
                    not self.is_comp(self.norm(m)) and self.norm(m) not in _PREP and \
                    not any(x.start <= self.toks[m].start < x.end for x in pers):  # another name ends it
                m -= 1
            office = [self.norm(x) for x in range(m + 1, p)]
            for j, w in enumerate(office):
                if w.removeprefix("ال") == head:
                    if rest <= {self._stem(x) for x in office[j + 1:]}:
                        out[self.text[e.start:e.end]] = e.entity_id
                    break
        return out or None

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


def speaker_defect(doc: Document, q: Quote) -> Optional[str]:
    """Why ``q.speaker`` is no speaker ("cue", "verb", "pronoun", "function word") or None: the invariant the
    extractor keeps (``_Extractor.defect``), for benchmarks and checks over stored quotations."""
    if not q.speaker:
        return None
    x = _Extractor(doc)
    s = q.speaker_start if q.speaker_start is not None else 0
    return x.defect(_Speaker(s, q.speaker_end if q.speaker_end is not None else s, q.speaker))


def extract(doc: Document) -> list[Quote]:
    return _Extractor(doc).run()


def annotate(doc: Document) -> None:
    doc.quotes = extract(doc)
