"""Linguistic knowledge as data files, one fact per line. ``lines(name)`` reads one, skipping comments."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).parent


def path(name: str) -> Path:
    return ROOT / name


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of a resource file, without ``#`` comments and surrounding space."""
    out = []
    for raw in (ROOT / name).read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def table(name: str, sep: str = "\t") -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated resource file (comments and blank lines skipped)."""
    return tuple(tuple(c.strip() for c in line.split(sep)) for line in lines(name))
