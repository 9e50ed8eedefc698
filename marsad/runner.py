"""``analyze`` over files: ingest → pipeline → store, one document at a time, with progress.

A document whose text is already stored is skipped before any analysis, so a re-run after a crash
costs only the reading. A failure in one document is reported and the batch goes on.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from . import pipeline
from .document import Document
from .ingest import Failure, iter_documents


@dataclass
class Summary:
    added: int = 0
    skipped: int = 0  # already in the store
    failed: list = field(default_factory=list)  # Failure(path, reason)

    @property
    def ok(self) -> bool:
        return not self.failed

    def line(self) -> str:
        return f"added {self.added}, skipped {self.skipped} (already stored), failed {len(self.failed)}"


def check(doc: Document, languages: Optional[set]) -> Optional[str]:
    """Why a read document is not stored, or None."""
    if not doc.text.strip():
        return "no article text found"
    if languages and doc.language and doc.language not in languages:
        return f"not Arabic (language: {doc.language})"
    return None


def _stored(store, doc: Document) -> bool:
    try:
        return store.has(doc.hash)
    except (ValueError, UnicodeError):  # the store will refuse it too; reported there
        return False


def analyze_paths(paths: Iterable[str], store, components: Optional[list] = None,
                  languages: Optional[set] = frozenset({"ar"}), progress: bool = True,
                  on_failure: Optional[Callable[[Failure], None]] = None) -> Summary:
    summary = Summary()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit="doc", desc="analyze", file=sys.stderr, dynamic_ncols=True, mininterval=0.5)

    def fail(f: Failure) -> None:
        summary.failed.append(f)
        if on_failure:
            on_failure(f)

    for item in iter_documents(paths):
        if isinstance(item, Failure):
            fail(item)
        else:
            reason = check(item, languages)
            if reason:
                fail(Failure(item.source or "?", reason))
            elif _stored(store, item):
                summary.skipped += 1
            else:
                try:
                    pipeline.run(item, components)
                except Exception as e:  # one document's bug must not stop the batch
                    fail(Failure(item.source or "?", f"analysis failed: {type(e).__name__}: {e}"))
                else:
                    try:
                        added = store.add(item)
                    except (ValueError, UnicodeError) as e:  # this document cannot be stored; the next can
                        fail(Failure(item.source or "?", f"cannot store: {type(e).__name__}: {e}"))
                    else:
                        if added is None:
                            summary.skipped += 1
                        else:
                            summary.added += 1
        if bar is not None:
            bar.update(1)
            bar.set_postfix(added=summary.added, skipped=summary.skipped, failed=len(summary.failed), refresh=False)
    if bar is not None:
        bar.close()
    return summary
