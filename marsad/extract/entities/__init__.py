"""Entities → ``doc.entities`` (component ``entities``): PER, ORG, LOC, MISC spans over ``doc.tokens``.

In: a Document with its sentences and tokens. Out: ``Entity(start, end, text, type)`` appended to
``doc.entities``, the span starting after a proclitic the corpus statistics say is one.

A MISC span the model finds is kept only when the actor dictionary lists it or a head word (اتفاق, قمة)
makes it one; a name in quotation marks after عملية/معركة/حملة is MISC (``_quoted_operations``); a bare
القاعدة in an article about a named base is the base, not al-Qaeda. Their words are in ``resources/ner/``.

Two modes: the fast CRF (``tagger``, the default) and the accurate mode, chosen per call or by
``MARSAD_NER``: the CRF's marginals and frozen multilingual-e5-small states under a small BiLSTM head
(``context``), or, with MARSAD_NER_MODEL=onnx, e5-small fine-tuned for NER and run by onnxruntime
(``onnx_ner``; faster, not yet as accurate).
Features (``features``), the Viterbi decoder (``crf``) and the BIO helpers (``data``) are their own modules.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Optional

from ...arabic.normalize import normalize
from ...document import Document, Entity
from ...resources import lines
from . import conventions
from . import data as ner_data
from .tagger import get_tagger


def mode(accurate: Optional[bool] = None) -> str:
    """"fast" (the CRF, the default) or "accurate" (CRF + e5 states, entities.context: +3 dev F1, ~130x
    slower), chosen per call or by MARSAD_NER=accurate for a whole run (workers inherit it)."""
    if accurate is None:
        accurate = os.environ.get("MARSAD_NER", "").strip().lower() == "accurate"
    return "accurate" if accurate else "fast"


def accurate_tagger():
    """The accurate mode's tagger: the CRF + frozen e5-states BiLSTM heads of context.py (dev 0.800),
    or, with MARSAD_NER_MODEL=onnx, e5-small fine-tuned end to end and run by onnxruntime (onnx_ner:
    ~2,300 tokens/s on one core against context.py's ~750 (e5 in onnxruntime too), but its dev F1 is still below
    context.py's, see scripts/train_ner_finetune.py, so it is not the default yet)."""
    if os.environ.get("MARSAD_NER_MODEL", "").strip().lower() == "onnx":
        from . import onnx_ner

        return onnx_ner.get_tagger()
    from . import context

    return context.get_tagger()


def annotate(doc: Document, accurate: Optional[bool] = None) -> None:
    if mode(accurate) == "accurate":
        tagger = accurate_tagger()
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
            if typ == "MISC" and not _sure_misc(tagger, doc.text[start:end]):
                continue
            doc.entities.append(Entity(start, end, doc.text[start:end], typ))
    _quoted_operations(doc)
    _status_adjective_outside(doc)
    _the_base_is_no_qaeda(doc)
    _cut_at_text_end(doc, get_tagger())  # (the CRF tagger holds the word clusters in either mode)


@lru_cache(maxsize=1)
def _status_adjectives() -> frozenset:
    return frozenset(normalize(w) for w in lines("ner/status_adjectives.txt"))


def _status_adjective_outside(doc: Document) -> None:
    """An organisation's status adjective after its name (ner/status_adjectives.txt: وكالة الأنباء السورية
    الرسمية, التلفزيون الإيراني الرسمي, with a شبه before it) is not part of the name: the span ends before it.
    (The actor dictionary lists such forms as aliases, for resolution; the name is what precedes them.)"""
    adjectives = _status_adjectives()
    for k, e in enumerate(doc.entities):
        words = e.text.split()
        if e.type != "ORG" or len(words) < 3 or normalize(words[-1]) not in adjectives:
            continue
        keep = words[:-2] if normalize(words[-2]) == "شبه" else words[:-1]
        if len(keep) < 2:
            continue
        end = e.start + doc.text[e.start:e.end].rfind(keep[-1]) + len(keep[-1])
        doc.entities[k] = Entity(e.start, end, doc.text[e.start:end], e.type)


def _cut_at_text_end(doc: Document, tagger) -> None:
    """A text that stops on a letter may stop mid-word (the stored excerpts stop at ~1,100 characters): a
    one-word entity that ends it and reads as cut short (``Tagger.cut_mid_word``: الرئيس الأمريكي دو, في
    أيل) is no entity, no whole word of the name being left; a longer one stays as written (محافظة ذي ق,
    GUIDELINES: truncated texts)."""
    text = doc.text.rstrip()
    if not text or not text[-1].isalpha() or not doc.entities:
        return
    e = doc.entities[-1]
    if e.end == len(text) and " " not in e.text.strip() and tagger.cut_mid_word(e.text):
        doc.entities.pop()


# القاعدة is al-Qaeda or "the base". In an article about a named or described base (قاعدة عين الأسد, a LOC;
# قاعدة عسكرية, القواعد الأمريكية: audit round 3) that never names the organisation (تنظيم القاعدة,
# تنظيم «القاعدة», القاعدة في جزيرة العرب), the bare word is the base; so it is before
# an adjective of bases (ner/base_adjectives.txt: القاعدة العسكرية). Found by the entity audit (round 2).
_QAEDA = re.compile(r"^[وبلف]?ال?قاعد[ةه]$")
_QAEDA_NAMED = re.compile(r"تنظيم\s*[«\"“(]?\s*ال?قاعد[ةه]"
                          r"|قاعد[ةه]\s+(?:الجهاد|في\s+(?:جزيرة|بلاد|المغرب|اليمن|العراق|سوريا))")
# a base named or described elsewhere in the text: قاعدة عسكرية, قاعدة أمريكية, القواعد الأمريكية (not the
# bare definite القاعدة itself)
_BASE_WORD = re.compile(r"(?<!\S)[وبلف]?(?:قاعد[ةه](?=\s)|قواعد|القواعد|لقواعد)")


@lru_cache(maxsize=1)
def _base_adjectives() -> frozenset:
    return frozenset(normalize(w) for w in lines("ner/base_adjectives.txt"))


def _the_base_is_no_qaeda(doc: Document) -> None:
    qaeda = [e for e in doc.entities if e.type == "ORG" and _QAEDA.match(e.text.strip())]
    if not qaeda:
        return
    about_a_base = ((any(e.type == "LOC" and normalize(e.text).startswith("قاعده") for e in doc.entities)
                     or bool(_BASE_WORD.search(doc.text))) and not _QAEDA_NAMED.search(doc.text))
    def before_adjective(e) -> bool:
        nxt = doc.text[e.end:e.end + 20].split()
        return bool(nxt) and normalize(nxt[0]) in _base_adjectives()

    drop = {id(e) for e in qaeda if about_a_base or before_adjective(e)}
    if drop:
        doc.entities[:] = [e for e in doc.entities if id(e) not in drop]


def _sure_misc(tagger, text: str) -> bool:
    """A MISC span is shown only when the dictionary lists it or a head word makes it one (اتفاق الرياض,
    قمة العلا): the statistical model's own MISC, trained on 2000s newswire, was right 2 times in 7 in the
    entity audit of round 2 (places and neighbourhoods as MISC); dropping it: in-domain dev MISC precision
    0.80 -> 0.92, recall 0.71 -> 0.68."""
    norms = tuple(normalize(w) for w in text.replace("_", " ").split())  # (a hashtag: #اتفاق_الرياض)
    heads = conventions.rules().get("misc_head", frozenset())
    crf = getattr(tagger, "base", tagger)  # the accurate taggers keep the lists in the CRF tagger they wrap
    return crf._listed(norms, "MISC") or bool(norms and (norms[0] in heads or norms[0][1:] in heads))


# A named operation, battle or campaign not in the dictionary is written in quotation marks after its head
# word (عملية «ردع العدوان», معركة "فجر الحرية", حملة عسكرية تحت اسم "…"): the quoted name is MISC and
# replaces what the tagger found inside it (the head word stays outside, as in the guidelines).
@lru_cache(maxsize=1)
def _operation_pattern() -> re.Pattern:
    """Head word (ner/operation_heads.txt, with و/ب and ة or ه), optional words (ner/operation_name_words.txt),
    then the quoted name (group 1)."""
    def alt(words):
        out = []
        for w in sorted(words, key=len, reverse=True):
            p = r"\s+".join(re.escape(x) for x in w.split())
            out.append(p[:-1] + "[ةه]" if p.endswith("ة") else p)
        return "|".join(out)
    heads = alt(lines("ner/operation_heads.txt"))
    middle = alt(lines("ner/operation_name_words.txt"))
    return re.compile(rf"(?:^|(?<=[\s(]))[وب]?(?:{heads})(?:\s+(?:{middle}))*\s*[«\"“]([^«»\"“”\n]{{3,40}})[»\"”]")


def _quoted_operations(doc: Document) -> None:
    for m in _operation_pattern().finditer(doc.text):
        s, e = m.span(1)
        while s < e and doc.text[s].isspace():
            s += 1
        while e > s and doc.text[e - 1].isspace():
            e -= 1
        if e - s < 3 or any(x.start <= s and e <= x.end and x.type == "MISC" for x in doc.entities):
            continue
        doc.entities[:] = [x for x in doc.entities if x.end <= s or e <= x.start]
        doc.entities.append(Entity(s, e, doc.text[s:e], "MISC"))
    doc.entities.sort(key=lambda x: x.start)
