"""Events, round 50 (event sources): (1) an actor's name set in quotation marks right after an event noun, with the
act's object after it (على, or a ل of the object), is the noun's genitive, its doer, as it is without the marks
(انتهت بسيطرة "تحرير الشام" على بلدة "دارة عزة", نفي اقتحام «التحالف العربي» لمطار الحديدة).
Sentences of the training split, the audit rows and the store; each test of a rule fails without it."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) a quoted genitive doer -------------------------------------------------------------------------------------

def test_a_quoted_genitive_before_ala_is_the_doer():
    # store doc 254 (qmedia.one; audit r16 row 4): source None, the genitive "تحرير الشام" left null
    text = ("وأدت إلى مقتل 17 مسلحاً وإصابة 35 بجروح، وانتهت بسيطرة \"تحرير الشام\" على بلدة \"دارة عزة\".")
    _typ, source, target = _roles(text, "بسيطرة")
    assert (source, target) == ("تحرير الشام", "بلدة \"دارة عزة\"")


def test_a_quoted_genitive_before_the_lam_of_the_object_is_the_doer():
    # store doc 268: source None, the genitive «التحالف العربي» of اقتحام left null
    text = ("وحرص «الحوثيون»، خلال الساعات الماضية، على استمرار نفي اقتحام «التحالف العربي» لمطار الحديدة، مؤكدين "
            "استمرار المعارك.")
    _typ, source, _target = _roles(text, "اقتحام")
    assert source == "التحالف العربي"

