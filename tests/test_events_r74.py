"""Events, round 74 (VSO with an aside between the subject and the object): (1) past a statement the subject spoke
in (في / خلال / عبر + بيان, تصريح, كلمة, مؤتمر … with its indefinite adjectives and its ل-pronoun: "خلال بيان لها",
roles.tsv report_nouns, report_preps), or an attribution set without commas (حسب ما تداولته وسائل إعلامية: past ما,
its verb and the reporter's phrase, which ends where an indefinite adjective meets a definite noun), or such an aside
set off by two commas, the phrase after it is the verb's object, the target; a list opened by "each of" (كلا من)
after an attribution closed by a comma is the object too; (2) an embassy (سفارة, both a site and an actor head) right
after the verb with the verb's object after it is the verb's subject, not a place the act was done to.
Sentences of the store and the audit rows; each test fails without its rule."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) the object past a statement or an attribution after the subject ------------------------------------------------

def test_the_condemned_act_past_a_statement_with_its_pronoun():
    # store doc 207 (= training split im-6970ab2d18): target None before (the condemned act, roles.tsv act_objects)
    text = ("هذا وقد أدانت “وزارة الخارجيَّة العراقية خلال بيان لها الإستهداف المدفعيّ والصاروخيّ من قبل الجانب "
            "الإيرانيّ .")
    _typ, source, target = _roles(text, "أدانت")
    assert source == "وزارة الخارجيَّة العراقية"
    assert target is not None and target.startswith("الإستهداف المدفعيّ")


def test_the_arrested_past_an_attribution_closed_by_a_comma_after_each_of():
    # store doc 493: target None before
    text = ("وفي السياق ذاته، اعتقلت قوات المارينز الأمريكية بحسب ما أعلنته \"العربية\"، كلا من أمين عام ميليشيا "
            "عصائب أهل الحق قيس الخزعلي، ورئيس \"منظمة بدر\" هادي العامري، في منطقة الجادرية.")
    _typ, source, target = _roles(text, "اعتقلت")
    assert source == "قوات المارينز الأمريكية"
    assert target is not None and "الخزعلي" in target


# -- (2) an embassy before the verb's object is its subject --------------------------------------------------------------

def test_the_embassy_calls_on_the_government_past_an_attribution_without_commas():
    # audit r17 row 16 (store doc 316): source None, target السفارة الأمريكية before (roles swapped, the addressee
    # الحكومة العراقية missed)
    text = ("وطرد القوات الأمريكية من العراق بشكل كامل، احتجاجا على العدوان الأمريكي. وناشدت السفارة الأمريكية حسب "
            "ما تداولته وسائل إعلامية الحكومة العراقية بالتدخل وتعزيز حماية السفارة.")
    _typ, source, target = _roles(text, "وناشدت")
    assert (source, target) == ("السفارة الأمريكية", "الحكومة العراقية")


def test_an_embassy_hit_with_no_object_after_it_stays_the_target():
    # guard of rule (2), store-style headline shape: the embassy attacked (an unvoweled passive, no object after it)
    text = "واستهدفت السفارة الأمريكية في بغداد بثلاثة صواريخ كاتيوشا سقطت داخل المنطقة الخضراء."
    _typ, source, target = _roles(text, "واستهدفت")
    assert source is None and target is not None and target.startswith("السفارة الأمريكية")
