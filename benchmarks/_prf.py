"""The one precision / recall / F1 helper every benchmark script prints with.

In: counts (true positives, false positives, false negatives), or the matched counts on each side when
a prediction and a gold item can match more than one of the other (overlap scoring). Out: a `PRF`
(p, r, f1 and the counts) whose `line(name)` is the row the scripts print:
`name            P 0.912  R 0.804  F1 0.855   (tp 41, fp 4, fn 10)`.
"""
from __future__ import annotations

import random
from typing import Callable, NamedTuple, Sequence, TypeVar

T = TypeVar("T")


def _ratio(a: float, b: float, empty: float = 0.0) -> float:
    return a / b if b else empty


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


class PRF(NamedTuple):
    """A tuple, so ``p, r, f = prf(...)[:3]`` reads the figures."""

    p: float
    r: float
    f1: float
    tp: int
    fp: int
    fn: int

    def line(self, name: str, width: int = 15, extra: str = "") -> str:
        tail = f", {extra}" if extra else ""
        return (f"{name:{width}} P {self.p:.3f}  R {self.r:.3f}  F1 {self.f1:.3f}   "
                f"(tp {self.tp}, fp {self.fp}, fn {self.fn}{tail})")


def prf(tp: int, fp: int, fn: int, empty: float = 0.0) -> PRF:
    """P/R/F1 from counts; ``empty`` where a ratio has no denominator (1.0 when nothing predicted is
    nothing wrong, as the resolution benchmark counts)."""
    p, r = _ratio(tp, tp + fp, empty), _ratio(tp, tp + fn, empty)
    return PRF(p, r, f1(p, r), tp, fp, fn)


def prf_matched(pred_matched: int, n_pred: int, gold_matched: int, n_gold: int) -> PRF:
    """P/R/F1 when each side counts its own matched items (overlap: one gold may match two predictions)."""
    p, r = _ratio(pred_matched, n_pred), _ratio(gold_matched, n_gold)
    return PRF(p, r, f1(p, r), gold_matched, n_pred - pred_matched, n_gold - gold_matched)


def prf_labels(gold: list[bool], pred: list[bool]) -> PRF:
    """P/R/F1 of binary decisions, item by item."""
    tp = sum(g and p for g, p in zip(gold, pred))
    fp = sum(p and not g for g, p in zip(gold, pred))
    fn = sum(g and not p for g, p in zip(gold, pred))
    return prf(tp, fp, fn)


def bootstrap(items: Sequence[T], statistic: Callable[[list[T]], float], n: int = 2000,
              seed: int = 2026) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles of ``statistic`` over ``n`` resamples of ``items`` (articles) with
    replacement: the spread another sample of as many articles would show. The same seed and item count
    draw the same resamples, so two statistics of one sample are read on the same resamples."""
    rng = random.Random(seed)
    k = len(items)
    vals = sorted(statistic([items[rng.randrange(k)] for _ in range(k)]) for _ in range(n))
    return vals[int(0.025 * (n - 1))], vals[int(0.975 * (n - 1))]
