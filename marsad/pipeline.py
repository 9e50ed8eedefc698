"""The ordered list of components. Each is ``annotate(doc: Document) -> None`` and writes spans.

Like Datasette's hookspecs, this file is the one place that names every extension point: a new
component is one line in ``COMPONENTS``. A component is imported (and its model loaded) once, on
first use, so the CLI starts fast and a worker process pays the load cost only once.
"""
from __future__ import annotations

import importlib
import os
from typing import Callable, Iterable, Optional, Union

from .arabic import split_sentences, tokenize
from .document import Document

# name -> "module:function"; order matters (quotes and events read entities and times)
COMPONENTS: dict[str, str] = {
    "entities": "marsad.extract.entities:annotate",
    "resolve": "marsad.corpus.resolve:annotate",
    "times": "marsad.extract.times:annotate",
    "amounts": "marsad.extract.amounts:annotate",
    "events": "marsad.extract.events:annotate",
    "quotes": "marsad.extract.quotes:annotate",
}

_loaded: dict[str, Callable[[Document], None]] = {}


def _component(name: str) -> Callable[[Document], None]:
    fn = _loaded.get(name)
    if fn is None:
        mod, _, attr = COMPONENTS[name].partition(":")
        module = importlib.import_module(mod)
        fn = getattr(module, attr or "annotate")
        if hasattr(module, "warm"):
            module.warm()  # (tables a component builds once: made at load, not on the first documents)
        _loaded[name] = fn
    return fn


def annotate_text_layer(doc: Document) -> None:
    doc.sentences = split_sentences(doc.text)
    doc.tokens = tokenize(doc.text)


def run(doc: Document, components: Optional[Iterable[str]] = None) -> Document:
    """Run the text layer and the named components (default: all) on a document, in order.

    The headline is analysed too: a document with a ``title`` whose text does not start with it gets
    it as its first paragraph (``Document.lead_with_headline``; ingest has already done so for what it
    reads, and ``body_start`` says where the body begins), so offsets are into the text as stored.
    """
    doc.lead_with_headline()
    annotate_text_layer(doc)
    wanted = list(COMPONENTS) if components is None else list(components)
    for name in COMPONENTS:
        if name in wanted:
            _component(name)(doc)
    return doc


def analyze(text_or_path: Union[str, os.PathLike], components: Optional[Iterable[str]] = None,
            **meta) -> Document:
    """Analyse a text, or the first article of a file, and return the annotated Document."""
    from .ingest import read_path

    p = os.fspath(text_or_path)
    if "\n" not in p and len(p) < 4096 and os.path.exists(p):
        for item in read_path(p):
            if isinstance(item, Document):
                return run(item, components)
            raise ValueError(f"{item.path}: {item.reason}")
        raise ValueError(f"{p}: no article found")
    doc = Document(text=p, **meta)
    return run(doc, components)
