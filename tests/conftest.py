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


def run_cli(*args, cwd=None, timeout=600, **kw):
    """The real command line, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "marsad", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=timeout, **kw)
