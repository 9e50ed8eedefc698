"""The speed-ups give exactly what the plain computation gives, on the seed articles, and their caches
stay bounded. (No timings here: benchmarks/throughput.py measures; these check the results.)"""
from __future__ import annotations

import pytest

from marsad.arabic import normalize, split_sentences, tokenize
from marsad.arabic import tokens as tokens_mod
from marsad.arabic.sentences import _CLOSE, _CLOSERS_AFTER, _OPEN, _TERMINATORS, is_abbreviation_stop
from marsad.arabic.stem import index_terms, index_text
from marsad.document import Document, Sentence
from marsad.pipeline import run

from conftest import seed_text

SEEDS = ("000", "001", "002", "003", "004")


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [seed_text(p) for p in SEEDS]


def _words(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(t.text for text in texts for t in tokenize(text)))


def test_token_norms_are_normalize_and_the_cache_is_bounded(texts, monkeypatch):
    words = _words(texts)
    assert len(words) > 2000  # enough distinct words to overflow the small bound below
    monkeypatch.setattr(tokens_mod, "_NORMS", {})
    monkeypatch.setattr(tokens_mod, "NORMS_MAX", 500)
    for text in texts:
        for _ in range(2):  # cold, then from the cache
            toks = tokenize(text)
            assert all(t.norm == normalize(t.text) for t in toks)
            assert [t.text for t in toks] == [m.group() for m in tokens_mod.TOKEN_RE.finditer(text)]
            assert len(tokens_mod._NORMS) <= 500


def _split_sentences_by_character(text: str) -> list[Sentence]:
    """split_sentences as it was written before it jumped between the characters it acts on: every
    character visited in turn (the definition the fast version is checked against)."""
    out: list[Sentence] = []
    n, start, depth, i = len(text), 0, 0, 0

    def emit(a: int, b: int) -> None:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append(Sentence(a, b))

    while i < n:
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        if ch == "\n":
            depth = 0
            emit(start, i)
            start = i + 1
        elif ch in _TERMINATORS and depth == 0:
            j = i + 1
            while j < n and text[j] in _TERMINATORS:
                j += 1
            if ch == "." and j == i + 1:
                prev = text[i - 1] if i else " "
                nxt = text[j] if j < n else " "
                if (prev.isdigit() and nxt.isdigit()) or is_abbreviation_stop(text, i):
                    i += 1
                    continue
            while j < n and text[j] in _CLOSERS_AFTER:
                j += 1
            if j >= n or text[j].isspace() or text[j].isalpha():
                emit(start, j)
                start = j
                i = j
                continue
        i += 1
    emit(start, n)
    return out


def test_sentences_are_those_of_the_character_loop(texts):
    # the seeds, plus quotation marks, abbreviations, numbers and stacked terminators in one text
    extra = ("قال د. محمد الزعبي «هذا أمر خطير. لا نقبله» ثم غادر!! وبلغت النسبة 3.5 بالمئة؟ "
             "وقالت (إف. بي. أي.) إن التحقيق مستمر…\n“نعم. لا” قالها.")
    for text in [*texts, extra, extra[:57], ""]:
        got = split_sentences(text)
        assert [(s.start, s.end) for s in got] == [(s.start, s.end) for s in _split_sentences_by_character(text)]
    assert len(split_sentences(extra)) >= 4


def test_index_text_is_the_terms_of_the_tokens(texts):
    for text in texts:
        want = " ".join(t for tok in tokenize(text) if tok.text[0].isalnum() for t in index_terms(tok.text))
        assert index_text(text) == want
    assert index_text("والكاظمي") == index_text("الكاظمي") != ""


def test_ner_light_rows_are_the_word_features_and_bounded(texts):
    from marsad.extract.entities.features import Featurizer
    from marsad.extract.entities.tagger import get_tagger

    shared = get_tagger().feat
    feat = Featurizer(clusters=shared.clusters, auto=shared.auto)  # a fresh cache, the same tables
    feat.light_max = 300
    words = _words(texts)
    for w in words + words[:400]:  # the second pass reads rows cached or evicted and recomputed
        full = feat._word(w, keep=False)
        row = feat.word(w)
        assert row[:2] == full[:2] and row[4:] == full[4:] and row[2:4] == ((), ())
        assert len(feat._light) <= 300
    assert feat._cache == {}  # keep=False leaves the full rows out of the featurizer's own cache


def test_entities_with_warm_caches_are_those_of_cold_caches(texts):
    from marsad.extract.entities import tagger as tagger_mod

    def entities() -> list[list[tuple]]:
        return [[(e.start, e.end, e.type) for e in run(Document(text=t), ["entities"]).entities] for t in texts]

    warm = entities()
    warm_again = entities()
    saved = tagger_mod._tagger
    tagger_mod._tagger = None  # a new tagger: every word featurized and scored afresh
    try:
        fresh = tagger_mod.get_tagger()
        fresh.crf.max_types = 400  # and its decoder's rows cleared many times along the way
        fresh.feat.light_max = 300
        cold = entities()
        assert len(fresh.crf._ids) <= 400 + max(len(s) for s in [t.split() for t in texts])
    finally:
        tagger_mod._tagger = saved
    assert warm == warm_again == cold
    assert sum(map(len, warm)) > 100


def test_quotes_token_filter_skips_only_tokens_run_would_pass(texts, monkeypatch):
    from marsad.extract import quotes

    docs = [run(Document(text=t), ["entities", "resolve", "times"]) for t in texts]
    filtered = [quotes.extract(d) for d in docs]

    class Everything(dict):
        def get(self, key, default=None):
            return True  # every token goes through the three tests, as before the filter

    monkeypatch.setattr(quotes, "_active_forms", lambda: Everything())
    unfiltered = [quotes.extract(d) for d in docs]
    assert filtered == unfiltered
    assert sum(map(len, filtered)) >= 10


def test_event_lexicon_index_and_starts(texts):
    from marsad.extract.events import lexicon

    for lex in (lexicon.triggers(), lexicon.modality(), lexicon.evidence(), lexicon.retype(), lexicon.modes()):
        # each distinct form stored once, and every pair points at a form of its own entry
        assert len(set(lex.forms)) == len(lex.forms)
        assert all(lex.forms[fid].entry == idx for cands in lex.first.values() for idx, fid in cands)
    lex = lexicon.triggers()
    hits = 0
    for text in texts:
        norms = [t.norm for t in tokenize(text)]
        starts = set(lex.starts(norms))
        for k in range(len(norms)):
            found = lex.match_at(norms, k)
            assert k in starts or not found
            assert all(form.entry == idx and type(form) is lexicon.Form for idx, _e, form in found)
            hits += bool(found)
        # the one pass over a sentence for the four cue lexicons finds what each lexicon's own starts finds
        from marsad.extract.events.detect import _cue_starts

        one = _cue_starts(norms)
        for name in ("modality", "evidence", "retype", "modes"):
            assert one[name] == getattr(lexicon, name)().starts(norms)
    assert hits >= 20


def test_word_caches_are_bounded():
    from marsad.extract.events.actors import _bare
    from marsad.extract import quotes

    assert _bare("وبالمتظاهرين") == "متظاهرين" and _bare.cache_info().maxsize is not None
    assert quotes._ACTIVE_MAX and len(quotes._ACTIVE) <= quotes._ACTIVE_MAX


def test_words_skipped_as_no_number_read_as_none(texts):
    from marsad.arabic.numbers import may_start_cardinal, parse_cardinal

    read = 0
    for text in texts:
        words = [t.norm for t in tokenize(text)]
        for i, w in enumerate(words):
            got = parse_cardinal(words, i, first_prefixes=True)
            assert may_start_cardinal(w) or got is None  # amounts.find skips exactly these words
            read += got is not None
    assert read >= 10 and may_start_cardinal("وثلاثين") and not may_start_cardinal("الحكومه")
    assert may_start_cardinal.cache_info().maxsize is not None
