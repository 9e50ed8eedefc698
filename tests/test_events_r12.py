"""Events, after audit round 9 (issue 26): a verbal noun of purpose whose object is itself a trigger word
("لاستعادة السيطرة على البلدة": to regain control) is a purpose, not an act, and so is its object; the same
verb as a finite verb reports the act (control)."""
from __future__ import annotations

from marsad.document import Document
from marsad.pipeline import run


def _reported(text: str) -> list[tuple[str, str]]:
    doc = run(Document(text=text, published="2024-01-01"))
    return [(e.type, e.trigger) for e in doc.events if not (e.negated or e.hypothetical or e.future)]


def test_purpose_with_a_trigger_object_is_no_act():
    found = _reported("ودفعت القوات العراقية بتعزيزات كبيرة لاستعادة السيطرة على البلدة.")
    assert ("MOBILIZE", "ودفعت") in found
    assert not [t for t in found if t[0] == "COERCE"]


def test_the_finite_verb_reports_the_act():
    assert ("COERCE", "واستعادت") in _reported("واستعادت القوات العراقية السيطرة على البلدة أمس.")
