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


def test_named_operations_agreements_and_weapons_are_misc_with_their_english_names(tmp_path):
    # the dictionary's MISC part: what an English reader calls them, and the NER tags them wherever they stand
    assert lookup("درع الفرات", "MISC").latin == "Operation Euphrates Shield"
    assert lookup("اتفاق ستوكهولم", "MISC").kind == "agreement"
    assert lookup("إف 16", "MISC").latin == "F-16"
    from marsad.pipeline import analyze
    doc = analyze("وأطلقت تركيا عملية غصن الزيتون في عفرين عام 2018، فيما نشرت واشنطن منظومة باتريوت في السعودية.",
                  components=["entities"])
    got = {(e.text, e.type) for e in doc.entities}
    assert {("غصن الزيتون", "MISC"), ("باتريوت", "MISC"), ("عفرين", "LOC")} <= got
    # the head word stays outside the name (GUIDELINES): not "عملية غصن الزيتون", not "منظومة باتريوت"
    assert not any(e.text.startswith(("عملية", "منظومة")) for e in doc.entities)


def test_an_operation_named_in_quotation_marks_is_misc():
    from marsad.pipeline import analyze
    doc = analyze('وبدأت الفصائل عملية عسكرية تحت اسم "ردع العدوان" في ريف حلب الغربي.', components=["entities"])
    assert ("ردع العدوان", "MISC") in {(e.text, e.type) for e in doc.entities}
    doc = analyze("وأعلن الجيش انطلاق معركة «تحرير الحويجة» فجر اليوم.", components=["entities"])
    assert [(e.text, e.type) for e in doc.entities if e.type == "MISC"] == [("تحرير الحويجة", "MISC")]
    # a quotation after a word that is no operation is not a name
    doc = analyze('وقال المتحدث إن "العملية نجحت" في بغداد.', components=["entities"])
    assert not [e for e in doc.entities if e.type == "MISC"]
