"""The actor dictionary (marsad/actors.py over resources/actors/): its files are well formed and a name
as news writes it finds the actor an analyst expects."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from marsad.actors import lookup

ROOT = Path(__file__).resolve().parents[1]


def test_the_dictionary_files_pass_their_checks():
    # columns, unique ids, one actor per name, no Persian letters, no title-led person names; 20k+ entries
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_actors.py")], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    total = int(r.stdout.strip().splitlines()[-1].split("in all")[1].split()[0])
    assert total >= 20_000


def test_places_organisations_and_people_resolve_with_their_attributes():
    base = lookup("قاعدة عين الأسد", "LOC")
    assert base.kind == "base" and base.country == "IQ" and 33 < base.lat < 35
    assert lookup("محافظة الأنبار", "LOC").kind == "governorate"
    assert lookup("إب", "LOC").latin == "Ibb"
    kh = lookup("كتائب حزب الله", "ORG")
    assert kh.latin == "Kataib Hezbollah" and kh.country == "IQ"
    assert lookup("جيب بوش", "PER").latin == "Jeb Bush"
    assert lookup("مانشستر يونايتد", "ORG").latin == "Manchester United"
    # a two-letter word is no place (أم, "mother" / "or")
    assert lookup("ام", "LOC") is None
