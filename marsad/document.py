"""The one object every component reads and writes: a cleaned text plus facts as character spans.

All offsets are ``[start, end)`` into ``Document.text``. A fact never stores a copy of meaning that
can be read back from the text and its offsets, except ``text`` itself, kept for convenient export.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Optional


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Sentence(Span):
    pass


@dataclass
class Token(Span):
    text: str
    norm: str = ""  # normalised form used for matching (see marsad.arabic.normalize)


@dataclass
class Entity(Span):
    text: str
    type: str  # PER, ORG, LOC, MISC
    entity_id: Optional[str] = None  # corpus-level identity, filled by marsad.corpus.resolve


@dataclass
class Time(Span):
    text: str
    value: Optional[str]  # ISO 8601 as precise as known: 2024-08-22, 2024-08, XXXX-08-22, P5Y, 2024-08-11/2024-08-12
    type: str = "DATE"  # DATE, TIME, DURATION, SET
    estimated: bool = False  # anchored on an estimated document date
    ref: Optional[str] = None  # PRESENT, PAST, FUTURE: a reference word (حاليا, مؤخرا), value None
    part: Optional[str] = None  # a season (SP SU FA WI) or part of the day (MO AF EV NI MI DT) of value
    hijri: Optional[str] = None  # the Hijri date as written (1436-10-11) when value is its Gregorian date


@dataclass
class Quantity(Span):
    text: str
    value: Optional[float]
    unit: Optional[str] = None  # USD, %, ...
    counted: Optional[str] = None  # the noun counted: جندي, هجوم
    qualifier: Optional[str] = None  # approx, more_than, less_than, ...
    rate: Optional[str] = None  # P1M for شهريا


@dataclass
class Quote(Span):
    content: str
    speaker: Optional[str] = None
    speaker_entity_id: Optional[str] = None
    cue: Optional[str] = None
    via: list = field(default_factory=list)  # attribution chain: outlet → intermediate → speaker
    anonymous: bool = False
    direct: bool = False
    content_start: Optional[int] = None
    content_end: Optional[int] = None
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    speaker_title: Optional[str] = None  # the title or description beside a named speaker (المتحدث باسم البنتاغون)


@dataclass
class Event(Span):
    type: str  # PLOVER type
    trigger: str = ""
    mode: Optional[str] = None
    source: Optional[str] = None
    target: Optional[str] = None
    time: Optional[str] = None
    place: Optional[str] = None
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    source_entity_id: Optional[str] = None
    target_entity_id: Optional[str] = None
    # offsets into Document.text of the trigger, the actors and the place (None when not in the text)
    trigger_start: Optional[int] = None
    trigger_end: Optional[int] = None
    source_start: Optional[int] = None
    source_end: Optional[int] = None
    target_start: Optional[int] = None
    target_end: Optional[int] = None
    place_start: Optional[int] = None
    place_end: Optional[int] = None
    # the actor dictionary's entry (marsad.actors: id, kind or sector, country, lat, lon) of each role
    source_actor: Optional[dict] = None
    target_actor: Optional[dict] = None
    place_actor: Optional[dict] = None
    # casualties an ASSAULT event's sentence counts (from the amounts component), None when not given
    killed: Optional[float] = None
    wounded: Optional[float] = None
    captured: Optional[float] = None


FACT_KINDS = {
    "entities": Entity,
    "times": Time,
    "quantities": Quantity,
    "quotes": Quote,
    "events": Event,
}


HEADLINE_SEP = "\n\n"  # between the headline and the body, as between paragraphs


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Document:
    text: str
    source: Optional[str] = None  # path or URL it came from
    title: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None  # ISO date or partial
    published_basis: Optional[str] = None  # where the date came from: metadata, text, estimated
    language: Optional[str] = None
    url: Optional[str] = None
    # a dateline given as the author ("صنعاء - خاص بالرياض", "الرياض – واس") and the place it names
    dateline: Optional[str] = None
    dateline_place: Optional[str] = None
    # where the body starts in ``text``: the headline is analysed as the first paragraph (see
    # ``lead_with_headline``); 0 when the text has no headline in front, None when not yet decided
    body_start: Optional[int] = None
    id: Optional[int] = None
    sentences: list = field(default_factory=list)
    tokens: list = field(default_factory=list)
    entities: list = field(default_factory=list)
    times: list = field(default_factory=list)
    quantities: list = field(default_factory=list)
    quotes: list = field(default_factory=list)
    events: list = field(default_factory=list)

    @property
    def hash(self) -> str:
        """The store's key: the SHA-256 of the body. The headline put in front of it is left out, so
        one story with and without its headline is one document, and stores written before headlines
        were analysed keep their keys (re-running a corpus adds nothing twice)."""
        return content_hash(self.text[self.body_start or 0:])

    def span_text(self, span: Span) -> str:
        return self.text[span.start:span.end]

    def sentence_of(self, pos: int) -> Optional[Sentence]:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return None

    def lead_with_headline(self) -> "Document":
        """Make the headline the first paragraph of ``text`` so it is analysed with the body.

        When the text already starts with the headline, nothing moves and the body starts after
        that first paragraph; otherwise ``title + "\\n\\n"`` is put in front. Either way
        ``body_start`` says where the body begins, and every fact offset is into the new ``text``.
        Does nothing once ``body_start`` is set, so ingest and the pipeline can both call it.
        """
        if self.body_start is not None:
            return self
        title = " ".join((self.title or "").split())
        if not title:
            self.body_start = 0
            return self
        head, sep, _rest = self.text.partition(HEADLINE_SEP)
        if " ".join(head.split()) == title:
            self.body_start = len(head) + len(sep)
        else:
            self.text = title + HEADLINE_SEP + self.text
            self.body_start = len(title) + len(HEADLINE_SEP)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The export contract of DESIGN.md (fields may be added, never renamed)."""
        out = {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "outlet": self.outlet,
            "author": self.author,
            "published": self.published,
            "language": self.language,
            "text": self.text,
            # added fields (the contract grows by addition only)
            "dateline": self.dateline,
            "dateline_place": self.dateline_place,
            "body_start": self.body_start,
        }
        for kind in FACT_KINDS:
            out[kind] = [asdict(f) for f in getattr(self, kind)]
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Document":
        meta = {f.name: d.get(f.name) for f in fields(cls) if f.name not in FACT_KINDS
                and f.name not in ("sentences", "tokens")}
        doc = cls(**meta)
        if doc.body_start is None and doc.title and doc.text:
            # a store without the column: the headline is in front when the text starts with it
            head, sep, _rest = doc.text.partition(HEADLINE_SEP)
            doc.body_start = len(head) + len(sep) if " ".join(head.split()) == " ".join(doc.title.split()) else 0
        for kind, typ in FACT_KINDS.items():
            names = {f.name for f in fields(typ)}
            setattr(doc, kind, [typ(**{k: v for k, v in x.items() if k in names}) for x in d.get(kind) or []])
        return doc
