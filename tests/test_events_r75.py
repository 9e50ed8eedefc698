"""Events, round 75 (imperfect verbs in the narration): an imperfect trigger (يقصف, تحاصر) reports an act by itself
only in a headline or with an anchor, since an imperfect is often habitual, planned or generic. It also reports one
when the sentence puts it in the narration (detect._narrated, evidence.tsv "narration" / "still" / "sequel"):
(1) joined by و to a past verb of its clause ("دخلوا حي العريش ويحاصرون"); (2) after a negated verb of ceasing,
"still", whose negation governs the auxiliary and not the act ("لا يزالون يرفضون"); (3) after a past auxiliary or a
narrating adverb ("كانوا يستقبلون", "في الأثناء يقصف"); (4) after قبل أن with a past act before it. A planned,
negated or supposed imperfect keeps its flag. Sentences of the training split and the in-domain store; each test
of a rule fails without it."""
from __future__ import annotations

from conftest import event_roles


def _acts(text: str) -> dict[str, str]:
    """trigger -> type of the events reported as happened (not negated, planned or supposed)."""
    from marsad.document import Document
    from marsad.pipeline import run

    doc = run(Document(text=text, published="2024-01-01"))
    return {e.trigger: e.type for e in doc.events if not (e.negated or e.future or e.hypothetical)}


# -- (1) و + imperfect after a past verb of its clause -----------------------------------------------------------------

def test_an_imperfect_joined_to_a_past_verb_is_reported():
    # training im-bf72a24bf5 (gold COERCE يحاصرون)
    text = "وقالت مصادر بأن رجال المقاومة دخلوا حي العريش ويحاصرون معسكر النصر ومبنى خفر السواحل."
    assert _acts(text).get("ويحاصرون") == "COERCE"
    # (the same construction after a future or a negated verb: no act told)
    assert "وتحاصر" not in _acts("وقال إن القوات ستدخل المدينة وتحاصر القصر.")
    assert "ويحاصروا" not in _acts("وقال إنهم لن يدخلوا المدينة ويحاصروا القصر.")


# -- (2) لا يزال / ما زال + imperfect: still ------------------------------------------------------------------------------

def test_still_is_no_negation_of_the_act():
    # training im-2f933c1881 (gold REJECT يرفضون, read as negated by the لا of لا يزالون)
    text = ("مضيفا أن \"هذا الموقف الإيجابي للحكومة لا يلقى أي رد فعل من الحوثيين، وهم لا يزالون يرفضون جهود "
            "السلام الدولية\".")
    assert _acts(text).get("يرفضون") == "REJECT"
    # (the لا of the act itself, no verb of ceasing, still negates it)
    assert "يرفضون" not in _acts("وقال إن الحوثيين لا يرفضون جهود السلام الدولية.")
    typ, _s, _t = event_roles("وقال إن الحوثيين لا يرفضون جهود السلام الدولية.")["يرفضون"]
    assert typ == "REJECT"


# -- (3) a past auxiliary or a narrating adverb -----------------------------------------------------------------------

def test_meanwhile_narrates_an_imperfect():
    # training im-bf72a24bf5 (gold ASSAULT يقصف)
    text = ("في الأثناء يقصف الحوثيون الأحياء السكنية بالمدفعية وقذائف الهاون في الشيخ عثمان ومنطقة الدرين، حسبما "
            "قال شهود عيان.")
    assert _acts(text).get("يقصف") == "ASSAULT"


def test_a_past_auxiliary_narrates_an_imperfect():
    # store doc 85 (ممثلين عن الحشد كانوا يستقبلون ضيوفا: a meeting at the airport that night)
    text = ("وقالت مصادر بالحشد الشعبي إن ممثلين عن الحشد كانوا يستقبلون “ضيوفا مهمين” في مطار بغداد، حيث استقل "
            "الجميع مركبتين استهدفهما صاروخان.")
    assert _acts(text).get("يستقبلون") == "CONSULT"
    # (يكون is no past auxiliary; سوف keeps the act planned)
    assert "تقصف" not in _acts("وقال إن الطائرات سوف تكون تقصف المدينة.")


# -- (4) قبل أن + imperfect after a past act ------------------------------------------------------------------------------

def test_before_after_a_past_act_tells_the_act():
    # store doc 249 (the storming of the Iranian consulate in Basra)
    text = ("وأوضح مصدر أمني طلب عدم ذكر اسمه، أن المتظاهرين رددوا شعارات مناهضة لإيران أمام القنصلية، قبل أن "
            "يقتحمها العشرات.")
    assert _acts(text).get("يقتحمها") == "ASSAULT"
