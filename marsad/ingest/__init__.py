"""Ingest: files and folders in, cleaned ``Document``s (or ``Failure``s saying why not) out.

    for item in iter_documents(["corpus/", "extra.jsonl.gz"]):
        if isinstance(item, Failure): report(item.path, item.reason)
        else: store(item)

Streams: a JSONL corpus of any size is read one line at a time. Nothing here raises for a bad
input; each problem is a ``Failure`` naming the file (``path:lineno`` for a JSONL line).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from ..document import Document
from .readers import SIZE_LIMIT, Failure, document_from_record, read_path

__all__ = ["Failure", "SIZE_LIMIT", "document_from_record", "iter_documents", "iter_paths", "read_path"]


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def iter_paths(paths: Iterable) -> Iterator[Path]:
    """Files named and files under folders named (recursively, sorted, hidden ones skipped).

    A path that does not exist is passed through so ``read_path`` reports it.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not _hidden(f.relative_to(p)):
                    yield f
        else:
            yield p


def iter_documents(paths: Iterable) -> Iterator[Document | Failure]:
    """Every document from every file under ``paths``, failures interleaved in file order."""
    for p in iter_paths(paths):
        try:
            yield from read_path(p)
        except Exception as err:  # noqa: BLE001 - read_path already catches; this is the last guard
            yield Failure(str(p), f"unexpected error: {type(err).__name__}: {err}")
