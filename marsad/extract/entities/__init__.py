"""Entities → ``doc.entities`` (component ``entities``): PER, ORG, LOC, MISC spans over ``doc.tokens``.

In: a Document with its sentences and tokens. Out: ``Entity(start, end, text, type)`` appended to
``doc.entities``, the span starting after a proclitic the corpus statistics say is one.

Two models: the fast CRF (``tagger``, the default) and the accurate mode (``context``: the CRF's marginals
and multilingual-e5-small states under a small BiLSTM head), chosen per call or by ``MARSAD_NER``.
Features (``features``), the Viterbi decoder (``crf``) and the BIO helpers (``data``) are their own modules.
"""
from __future__ import annotations

import os
from typing import Optional

from ...document import Document, Entity
from . import data as ner_data
from .tagger import get_tagger


def mode(accurate: Optional[bool] = None) -> str:
    """"fast" (the CRF, the default) or "accurate" (CRF + e5 states, entities.context: +3 dev F1, ~700x
    slower), chosen per call or by MARSAD_NER=accurate for a whole run (workers inherit it)."""
    if accurate is None:
        accurate = os.environ.get("MARSAD_NER", "").strip().lower() == "accurate"
    return "accurate" if accurate else "fast"


def annotate(doc: Document, accurate: Optional[bool] = None) -> None:
    if mode(accurate) == "accurate":
        from . import context

        tagger = context.get_tagger()
    else:
        tagger = get_tagger()
    toks = doc.tokens
    ti = 0
    batch = []
    for sent in doc.sentences or []:
        while ti < len(toks) and toks[ti].start < sent.start:
            ti += 1
        tj = ti
        while tj < len(toks) and toks[tj].end <= sent.end:
            tj += 1
        if tj > ti:
            batch.append(toks[ti:tj])
        ti = tj
    words = [[t.text for t in s] for s in batch]
    known = {t.norm for t in toks}  # the document's own words: evidence that a first letter is a clitic
    for stoks, tags in zip(batch, tagger.propagate(words, tagger.tag_many(words))):
        for a, b, typ in ner_data.bio_spans(tags):
            start = stoks[a].start + tagger.clitic_len(stoks[a].text, known)
            end = stoks[b - 1].end
            if start >= end:
                start = stoks[a].start
            doc.entities.append(Entity(start, end, doc.text[start:end], typ))
