"""Events, round 28 (issue 26, repeats read by a separate judge of the day's store changes): a launching verb whose
object pronoun stands for a weapon told before it ("صاروخا باليستيا أطلقته مليشيا الحوثي") refers back like a
definite noun, so it is no new record when an attack of its actors is already reported; an actor's nisba plural
and singular are one actor when repeats are compared (الحوثيون / الحوثية / الحوثي); a charge or a lawsuit
(بتهمة, دعوى) never acts. Articles of the in-domain corpus outside the dev and test splits; each test fails
without its rule."""
from __future__ import annotations

from conftest import reported_roles as roles
from marsad.document import Document
from marsad.pipeline import run


def _assaults(text: str) -> list[tuple]:
    doc = run(Document(text=text, published="2024-01-01"))
    return [(e.trigger, e.source) for e in doc.events if e.type == "ASSAULT" and not (e.negated or e.hypothetical)]


def test_a_launch_told_again_is_no_new_record():
    # corpus: arabi21.org 1357132 — the attack of the first sentence, told again by the agency with the missile
    text = ("شن الحوثيون، هجوما صاروخيا على محافظة مأرب (شرق اليمن)، هو الخامس خلال أسبوع، مسفرا عن إصابة عدد من "
            "المدنيين.\n\nونقلت وكالة الأنباء اليمنية الرسمية \"سبأ\" عن مصدر محلي، قوله إن صاروخا باليستيا أطلقته "
            "مليشيا الحوثي منتصف ليلة الأحد/ الاثنين، سقط في حي سكني وسط مدينة مأرب.")
    got = _assaults(text)
    assert [t for t, _s in got] == ["هجوما"], got


def test_a_first_launch_is_a_record():
    # the same sentence with no attack told before it: the launch is the report
    text = ("ونقلت وكالة الأنباء اليمنية الرسمية \"سبأ\" عن مصدر محلي، قوله إن صاروخا باليستيا أطلقته مليشيا الحوثي "
            "منتصف ليلة الأحد/ الاثنين، سقط في حي سكني وسط مدينة مأرب.")
    assert ("أطلقته", "مليشيا الحوثي") in _assaults(text)


def test_the_headline_and_its_claim_are_one_record():
    # corpus: aljarida.com 53733 — the headline's attack, then the group's own announcement of it
    text = ("الحوثيون يستهدفون سفينة أميركية بالبحر الأحمر\n\nأعلنت جماعة أنصار الله الحوثية في اليمن، اليوم، "
            "استهداف سفينة أميركية في البحر الأحمر، في أعقاب تقارير من وكالتين بريطانيتين للأمن البحري.")
    got = _assaults(text)
    assert [t for t, _s in got] == ["يستهدفون"], got


def test_a_charge_is_no_doer():
    # corpus: aljarida.com 1593450661770106700 — "on a charge of abducting": the charge does nothing
    r = roles('أعلن المسؤول الأمني في "كتائب حزب الله - العراق" أبو علي العسكري أمس، أنه سيتم رفع دعوى قضائية ضد '
              'رئيس الحكومة العراقية مصطفى الكاظمي، بتهمة خطف عدد من أتباع كتائب الحزب في عملية أمنية نفذها جهاز '
              'مكافحة الإرهاب فجر الجمعة الماضية بالدورة جنوبي بغداد.')
    # (round 87: the abduction a charge names is alleged, no reported event — the training split's gold records the
    # raid, عملية أمنية, only — so it may be absent; when present, the charge is still no doer)
    assert "خطف" not in r or r["خطف"][1] != "بتهمة", r
