import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
DATA = SHARED / "data"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    assert SEEDS.is_dir(), f"seed corpus not found at {SEEDS}"
    return SEEDS


def seed_text(prefix: str) -> str:
    return next(SEEDS.glob(prefix + "_*.txt")).read_text(encoding="utf-8")


def seed_docs() -> list:
    """The five seeds as bare documents (no facts), as the store tests add them."""
    from marsad.document import Document

    return [Document(text=seed_text(p), source=f"seed{p}", title=p, outlet=f"outlet{p}")
            for p in ("000", "001", "002", "003", "004")]


def ents(text: str) -> list[tuple[str, str]]:
    """(text, type) of the entities the pipeline finds in ``text``, each checked to sit at its offsets,
    to have one of the four types and no surrounding space."""
    from marsad.document import Document
    from marsad.pipeline import run

    doc = run(Document(text=text), ["entities"])
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
        assert e.type in ("PER", "ORG", "LOC", "MISC")
        assert e.text == e.text.strip()
    return [(e.text, e.type) for e in doc.entities]


def quote_doc(text: str, entities=(), outlet=None):
    """``text`` through the text layer and the quotes component alone, with the entities given (``Entity``
    objects, or (string, type) pairs found by their first occurrence), every quotation checked to sit at its
    offsets (each field reads back from the text, inside the quotation's own span)."""
    from marsad.document import Document, Entity
    from marsad.extract.quotes import annotate
    from marsad.pipeline import annotate_text_layer

    doc = Document(text=text, outlet=outlet)
    annotate_text_layer(doc)
    doc.entities = [e if isinstance(e, Entity) else
                    Entity(start=text.index(e[0]), end=text.index(e[0]) + len(e[0]), text=e[0], type=e[1])
                    for e in entities or ()]
    annotate(doc)
    for q in doc.quotes:
        assert doc.text[q.content_start:q.content_end] == q.content
        assert doc.text[q.cue_start:q.cue_end] == q.cue
        assert q.start <= min(q.content_start, q.cue_start) and q.end >= max(q.content_end, q.cue_end)
    return doc


def one_quote(doc, cue: str):
    """The first quotation of ``doc`` with that cue (the test fails naming the cues found when there is none)."""
    found = [q for q in doc.quotes if q.cue == cue]
    assert found, f"no quotation with cue {cue!r}: {[q.cue for q in doc.quotes]}"
    return found[0]


def speaker_span(doc, q) -> str:
    return doc.text[q.speaker_start:q.speaker_end]


def event_roles(text: str, reported: bool = False) -> dict[str, tuple]:
    """trigger -> (type, source, target) of each event the whole pipeline finds in ``text`` (dated 2024-01-01);
    ``reported``: only the events reported as happened (negated and hypothetical ones left out)."""
    from marsad.document import Document
    from marsad.pipeline import run

    doc = run(Document(text=text, published="2024-01-01"))
    return {e.trigger: (e.type, e.source, e.target) for e in doc.events
            if not (reported and (e.negated or e.hypothetical))}


def reported_roles(text: str) -> dict[str, tuple]:
    """event_roles of the events reported as happened (the event-source round tests r17-r19)."""
    return event_roles(text, reported=True)


def roles_of(text: str, trigger: str) -> tuple:
    """(type, source, target) of the event whose trigger is ``trigger`` (the test fails listing the events found
    if none)."""
    r = event_roles(text)
    assert trigger in r, r
    return r[trigger]


def event_source(text: str, trigger: str):
    """The source of the event whose trigger is ``trigger`` (the test fails listing the events found if none)."""
    return roles_of(text, trigger)[1]


def run_cli(*args, cwd=None, timeout=600, **kw):
    """The real command line, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "marsad", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=timeout, **kw)


# Hypothesis profiles: the default run stays small; `--hypothesis-profile=long` (or MARSAD_FUZZ=long)
# is the long fuzzing run of tests/test_fuzz.py.
from hypothesis import settings as _hsettings  # noqa: E402

_hsettings.register_profile("long", max_examples=5000, deadline=None)
if os.environ.get("MARSAD_FUZZ", "").lower() == "long":
    _hsettings.load_profile("long")


@pytest.fixture(scope="module")
def one_blas_thread():
    """numpy's BLAS on one thread for a test module (e5 tests: small matmuls)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        yield
        return
    with threadpool_limits(1):
        yield
