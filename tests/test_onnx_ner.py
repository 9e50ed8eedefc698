"""Accurate-mode NER by the fine-tuned e5 in onnxruntime (entities/onnx_ner.py) on real news sentences."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("onnxruntime")

from marsad.arabic.tokens import tokenize  # noqa: E402
from marsad.extract.entities import data as ner_data  # noqa: E402
from marsad.extract.entities import onnx_ner  # noqa: E402

pytestmark = pytest.mark.skipif(not onnx_ner.available(), reason="the ONNX NER model is not installed")
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tagger():
    return onnx_ner.OnnxTagger()


def spans(tagger, text: str) -> list[tuple[str, str]]:
    words = [t.text for t in tokenize(text)]
    tags = tagger.propagate([words], tagger.tag_many([words]))[0]
    return [(" ".join(words[a:b]), typ) for a, b, typ in ner_data.bio_spans(tags)]


def test_person_and_place(tagger):
    got = spans(tagger, "يزور الرئيس التركي رجب طيب أردوغان العاصمة القطرية الدوحة الأسبوع المقبل.")
    assert ("رجب طيب أردوغان", "PER") in got
    assert ("الدوحة", "LOC") in got
    assert not any("الرئيس" in t for t, _ in got)


def test_unseen_spokesman_and_organisation(tagger):
    got = spans(tagger, "وقال المتحدث باسم الأمم المتحدة ستيفان دوجاريك إن المساعدات وصلت إلى غزة.")
    assert ("ستيفان دوجاريك", "PER") in got
    assert ("غزة", "LOC") in got
    assert any(typ == "ORG" and "الأمم المتحدة" in t for t, typ in got)


def test_batching_does_not_change_tags(tagger):
    """Sentences are batched by length with padding: a sentence's tags do not depend on its batch."""
    sents = [[t.text for t in tokenize(s)] for s in (
        "أعلنت منظمة الصحة العالمية اليوم الاثنين عن ارتفاع عدد الإصابات في القاهرة.",
        "فاز نادي الهلال على النصر.",
        "")]
    together = tagger.tag_many(sents)
    assert together == [tagger.tag(s) if s else [] for s in sents]
    lp = tagger.logprobs(sents)
    assert lp[2].shape == (0, 9) and np.allclose(np.exp(lp[0]).sum(1), 1, atol=1e-4)


def test_long_sentence_is_read_in_windows(tagger):
    words = ["وقال", "الرئيس", "جو", "بايدن", "في", "واشنطن"] * 60  # > 254 pieces
    assert len(tagger.pieces.windows(words)) > 1
    tags = tagger.tag(words)
    assert len(tags) == len(words)


def test_pruned_vocabulary_tokenizes_unseen_text():
    p = onnx_ner.Pieces()
    assert p.size < 40_000
    ids = p.word_ids("زيلينسكي")
    assert ids and all(0 <= i < p.size for i in ids)
    assert p.word_ids("Reuters")


def test_runs_without_torch():
    """The run time needs onnxruntime only: torch is blocked, and must not be imported."""
    code = ("import sys; sys.modules['torch'] = None\n"
            "from marsad.extract.entities import mode, accurate_tagger, onnx_ner\n"
            "t = accurate_tagger(); assert isinstance(t, onnx_ner.OnnxTagger)\n"
            "print(t.tag(['قال', 'الرئيس', 'جو', 'بايدن', 'في', 'واشنطن']))\n"
            "assert sys.modules['torch'] is None\n")
    env = dict(os.environ, PYTHONPATH=str(REPO), MARSAD_NER="accurate", MARSAD_NER_MODEL="onnx")
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "B-PER" in r.stdout
