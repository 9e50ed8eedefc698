"""Running the ``marsad`` command from the benchmark and maintenance scripts.

In: the command's arguments. Out: ``run(*args)`` runs the ``marsad`` of the running interpreter's
environment with its standard output discarded (``capture=True``: returned as text) and stops the script
on a failure. ``marsad analyze`` exits 1 when some input could not be read (it names the file and the
reason on stderr) and stores the rest: that is no failure for a benchmark's store.
"""
from __future__ import annotations

import os
import subprocess
import sys


def exe() -> str:
    """The ``marsad`` command of the running interpreter's environment."""
    return os.path.join(os.path.dirname(sys.executable), "marsad")


def run(*args: str, capture: bool = False) -> str:
    r = subprocess.run([exe(), *args], stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                       text=True)
    if r.returncode not in (0, 1) or (r.returncode and args[0] != "analyze"):
        raise SystemExit(f"marsad {' '.join(args)}: exit {r.returncode}")
    return r.stdout or ""
