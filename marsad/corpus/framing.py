"""Framing per outlet: which word each outlet uses for the same actor, counted, with example sentences.

The vocabulary is data (``resources/framing.tsv``: term, actor group, frame label). An occurrence is
counted in the outlet's *own voice* unless it stands inside a quotation (a quote fact's content, or
quotation marks around more than three words): an outlet quoting "المقاومة الإسلامية في العراق" is not
choosing the word. Short scare quotes (لـ "الانسحاب") are the outlet's own voice and are counted as such.
Descriptive only: counts and examples, no verdict.

A word that names one actor or another by context (``قوات التحالف``: the US-led coalition in Iraq and
Syria, the Saudi-led one in Yemen; ``قوات الاحتلال``: US forces in Iraq, Israel in Palestine; groups
``?coalition``, ``?occupation`` in the vocabulary) is given the group whose cue words
(``resources/story/framing_context.tsv``) its sentence, else its article, names most; with no cue it is
counted apart (``coalition_unnamed``), never as either actor. Every row of the result says what it
counts (``names``, from ``resources/story/framing_rows.tsv``), so a reader sees which coalition a
"coalition" row is.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

from ..document import Document
from ..resources import table
from .claims import _first_words, _index, _split, _term_forms, _words


EXAMPLES_PER_CELL = 2
_QUOTED = re.compile(r"“[^”\n]{1,400}”|«[^»\n]{1,400}»|\"[^\"\n]{1,400}\"")


@lru_cache(maxsize=1)
def vocabulary() -> tuple:
    """(term forms per word, group, frame, term), longest terms first so they win overlaps."""
    rows = [(tuple(_term_forms(w) for w in term.split()), group, frame, term)
            for term, group, frame in table("framing.tsv")]
    rows.sort(key=lambda r: -len(r[0]))
    return tuple(rows)


@lru_cache(maxsize=1)
def _vocabulary_index() -> dict:
    return _index([r[0] for r in vocabulary()])


@lru_cache(maxsize=1)
def _context_cues() -> dict:
    """family ("?coalition") -> (group, term-form sets) of the cue words that resolve its words."""
    out: dict = {}
    for fam, g, cue in table("story/framing_context.tsv"):
        out.setdefault(fam, []).append((g, tuple(_term_forms(w) for w in cue.split())))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def row_names() -> dict:
    """(group, frame) -> what the row counts, in words."""
    return {(r[0], r[1]): r[2] for r in table("story/framing_rows.tsv")}


def _cue_counts(words, family: str) -> dict:
    counts: dict = {}
    cues = _context_cues().get(family, ())
    for i in range(len(words)):
        for g, terms in cues:
            n = len(terms)
            if i + n <= len(words) and all(not words[i + j].pre.isdisjoint(terms[j]) for j in range(n)):
                counts[g] = counts.get(g, 0) + 1
                break
    return counts


def _pick(counts: dict) -> Optional[str]:
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _resolve(occs: list[dict], doc: Document) -> None:
    """Give each ambiguous occurrence (group "?family") the group its sentence's cues name, else its
    article's, else "family_unnamed"."""
    doc_counts: dict = {}
    sentences = None
    for o in occs:
        if not o["group"].startswith("?"):
            continue
        if o["field"] == "title":
            sent_words = _words(doc.title or "", 0, len(doc.title or ""), remember=False)
        else:
            if sentences is None:
                sentences = _split(doc.text)
            sn = next((x for x in sentences if x.start <= o["start"] < x.end), None)
            a, b = (sn.start, sn.end) if sn else (o["start"], o["end"])
            sent_words = _words(doc.text, a, b, remember=False)
        fam = o["group"]
        group = _pick(_cue_counts(sent_words, fam))
        if group is None:
            if fam not in doc_counts:
                doc_counts[fam] = _cue_counts(_words(doc.text, 0, len(doc.text)), fam)
            group = _pick(doc_counts[fam])
        o["group"] = group or fam[1:] + "_unnamed"


def occurrences(doc: Document) -> list[dict]:
    """Every framing term in a document: group, frame, term, [start, end), voice (own | quoted), field.

    The title is read too (headlines are where a frame shows most), with offsets into the title and
    ``field: "title"``, unless the text itself begins with it.
    """
    out = _scan(doc.text, [(q.content_start, q.content_end) for q in doc.quotes
                           if q.direct and q.content_start is not None and q.content_end is not None])
    title = (doc.title or "").strip()
    if title and title not in doc.text[:len(title) + 200]:
        for o in _scan(title, []):
            o["field"] = "title"
            out.append(o)
    _resolve(out, doc)
    return out


def _scan(text: str, quoted: list) -> list[dict]:
    # indirect speech is the outlet's own wording; only direct quotations and long quoted spans are not
    quoted = list(quoted)
    for m in _QUOTED.finditer(text):
        if len(m.group().split()) > 3:
            quoted.append((m.start(), m.end()))
    words = _words(text, 0, len(text))
    out, i = [], 0
    while i < len(words):
        hit = None
        vocab = vocabulary()
        for k in _first_words(words[i], _vocabulary_index()):
            terms, group, frame, term = vocab[k]
            n = len(terms)
            if i + n <= len(words) and all(not words[i + j].pre.isdisjoint(terms[j]) for j in range(n)) \
                    and all(words[i + j].clause == words[i].clause for j in range(n)):
                hit = (group, frame, term, n)
                break
        if hit is None:
            i += 1
            continue
        group, frame, term, n = hit
        s, e = words[i].start, words[i + n - 1].end
        i += n
        if group.startswith("_"):
            continue  # a proper name that contains a framing word
        voice = "quoted" if any(a <= s < b for a, b in quoted) else "own"
        out.append({"group": group, "frame": frame, "term": term, "start": s, "end": e, "voice": voice,
                    "field": "text"})
    return out


def framing(docs: Iterable[Document], skip: Optional[set] = None) -> dict:
    """Counts per actor group, frame and outlet (own voice and quoted), with example sentences.

    ``skip``: ids of documents to leave out (later copies of a duplicate story in the same outlet),
    so a wire story republished twice is not counted twice.
    """
    acc = Framing(skip)
    for doc in docs:
        acc.add(doc)
    return acc.result()


class Framing:
    """``framing`` one document at a time (so a caller can read each document once for every pass)."""

    def __init__(self, skip: Optional[set] = None):
        self.skip = skip or set()
        self.groups: dict = {}
        self.outlets: dict = {}

    def add(self, doc: Document) -> None:
        if doc.id in self.skip:
            return
        groups, outlets = self.groups, self.outlets
        outlet = doc.outlet or "?"
        outlets[outlet] = outlets.get(outlet, 0) + 1
        sentences = None
        for occ in occurrences(doc):
            g = groups.setdefault(occ["group"], {})
            f = g.setdefault(occ["frame"], {"terms": set(), "counts": {}, "quoted": {}, "examples": []})
            f["terms"].add(occ["term"])
            bucket = "counts" if occ["voice"] == "own" else "quoted"
            f[bucket][outlet] = f[bucket].get(outlet, 0) + 1
            if occ["voice"] == "own" and sum(1 for x in f["examples"] if x["outlet"] == outlet) < EXAMPLES_PER_CELL:
                if occ["field"] == "title":
                    src, sn = doc.title, None
                else:
                    if sentences is None:
                        sentences = _split(doc.text)
                    src = doc.text
                    sn = next((x for x in sentences if x.start <= occ["start"] < x.end), None)
                f["examples"].append({"outlet": outlet, "document": doc.id, "field": occ["field"],
                                      "term": src[occ["start"]:occ["end"]], "start": occ["start"], "end": occ["end"],
                                      "sentence": (src[sn.start:sn.end] if sn else src).strip()[:400],
                                      "sentence_start": sn.start if sn else 0})

    def result(self) -> dict:
        out_groups = []
        for group, frames in self.groups.items():
            fl = []
            for frame, f in frames.items():
                fl.append({"frame": frame, "names": row_names().get((group, frame), f"{group}: {frame}"),
                           "terms": sorted(f["terms"]), "counts": f["counts"], "quoted": f["quoted"],
                           "total": sum(f["counts"].values()), "examples": f["examples"]})
            fl.sort(key=lambda x: -(x["total"] + sum(x["quoted"].values())))
            out_groups.append({"group": group, "frames": fl})
        out_groups.sort(key=lambda g: -sum(f["total"] for f in g["frames"]))
        return {"outlets": self.outlets, "groups": out_groups}


def table_lines(fr: dict, width: int = 12) -> list[str]:
    """The framing table as text: one block per actor group, a row per frame, a column per outlet
    (own-voice count, quoted count after '+')."""
    outlets = sorted(fr["outlets"], key=lambda o: -fr["outlets"][o])
    lines = []
    head = "frame".ljust(20) + "".join(o[:width].ljust(width + 2) for o in outlets)
    for g in fr["groups"]:
        lines.append(f"[{g['group']}]")
        lines.append("  " + head)
        for f in g["frames"]:
            cells = []
            for o in outlets:
                own, q = f["counts"].get(o, 0), f["quoted"].get(o, 0)
                cells.append((f"{own}" + (f"+{q}" if q else "") if own or q else "·").ljust(width + 2))
            lines.append("  " + f["frame"][:19].ljust(20) + "".join(cells))
        for f in g["frames"]:  # which actor each row counts ("coalition": which coalition)
            if f.get("names") and (g["group"], f["frame"]) in row_names():
                lines.append(f"    {f['frame']}: {f['names']}")
    return lines
