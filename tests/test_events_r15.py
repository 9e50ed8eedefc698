"""Events, round 15 (issue 26, audit round 10): the source never the patient or another phrase when no doer can be
told apart — a relative clause whose verb does not agree with the relative (an impersonal passive), … Sentences
from the audit's contexts (never the test articles); null where no doer is named."""
from __future__ import annotations

from conftest import event_source as source_of


# -- a verb that does not agree with its relative has no antecedent doer ----------------------------------------------

def test_relative_verb_disagreeing_is_no_doer():
    # audit r10 row 142: التي + a masculine verb (اُتُّفِق): the missiles agreed on are no party
    text = ("وبعد مفاوضات شاقة (خصوصا فيما يتعلق بالتسليح، خاصة الصواريخ الباليستية التي اتفق علي تجميدها "
            "لفترة ثماني سنوات)، وكذا أسلوب التفتيش.")
    assert source_of(text, "اتفق") is None


def test_relative_verb_agreeing_keeps_antecedent():
    # control: التي + a feminine verb: the antecedent is the doer
    text = "وأعلنت الحكومة أن الميليشيات التي هددت بمعاودة شن الهجمات ستواجه ردا حازما."
    assert source_of(text, "هددت") == "الميليشيات"
