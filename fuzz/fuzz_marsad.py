"""Coverage-guided fuzzing (atheris / libFuzzer) of Marsad's text entry points. Optional.

    .venv/bin/pip install atheris            # listed in requirements-extra-reliability.txt
    .venv/bin/python fuzz/fuzz_marsad.py -atheris_runs=20000 fuzz/corpus     # TARGET=text|reader|query|html

Each input is bytes; the target decodes them as the readers would (any encoding, lone surrogates kept
via ``surrogateescape`` where a reader would see them) and checks the same invariants as
``tests/test_fuzz.py``. A crash writes ``crash-<sha1>`` in the working directory: copy it into
``tests/fuzz_regressions/`` and ``test_regression_corpus`` replays it in every test run.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

with atheris.instrument_imports(include=["marsad"]):
    from marsad import pipeline
    from marsad.document import Document
    from marsad.ingest import Failure, read_path
    from marsad.ingest.encoding import NotText, decode
    from marsad.store.common import snippet  # instrumented here; fts_query is reached via check_fts_query

from test_fuzz import check_document, check_fts_query  # noqa: E402  (the invariants, shared with the hypothesis tests)

TARGET = os.environ.get("TARGET", "text")
TMP = Path(tempfile.mkdtemp(prefix="marsad-atheris-"))
SUFFIXES = [".txt", ".html", ".md", ".json", ".jsonl", ""]


def _text(data: bytes) -> str:
    try:
        return decode(data)[0]
    except NotText:
        return data.decode("utf-8", "replace")


def one(data: bytes) -> None:
    if TARGET == "reader":
        if not data:
            return
        p = TMP / ("in" + SUFFIXES[data[0] % len(SUFFIXES)])
        p.write_bytes(data[1:])
        for item in read_path(p):
            assert isinstance(item, (Document, Failure))
            if isinstance(item, Document):
                item.text.encode("utf-8")
        return
    if TARGET == "query":
        q = data.decode("utf-8", "replace")
        check_fts_query(q)
        sn = snippet("نص " + q, q)
        assert 0 <= sn["start"] <= sn["end"]
        return
    if TARGET == "html":
        p = TMP / "in.html"
        p.write_bytes(b"<html><body><p>" + data + b"</p></body></html>")
        list(read_path(p))
        return
    doc = Document(text=_text(data), published="2024-08-22")
    pipeline.run(doc)
    check_document(doc)


def main() -> None:
    atheris.Setup(sys.argv, one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
