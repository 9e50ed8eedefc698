"""Events, round 117 (sources named in the sentence and left null, audit r20): three constructions.

1. "the latter" (الأخيرة / الأخير) as the subject of a verb set off from the last party by a comma and a connective
   (closed_classes.tsv latter_openers: "بين التحالف الدولي والميليشيات الإيرانية، حيث صعّدت الأخيرة استهداف"):
   it points at the last party named, as it did already right after the comma (actors._latter_referent).
2. "the latter" as the genitive of an act noun ("غداة سيطرة الأخيرة على"): the act's doer is the phrase naming a
   party that ends right before the act, past one preposition of time or sequence (closed_classes.tsv
   latter_links: غداة, بعد, عقب …) — actors._latter_genitive (audit r20 row 108).
3. A two-sided act named by its noun (talks, a deal, cooperation: roles.tsv two_sided; clashes: mutual_acts) with
   its other party after مع and no party of its own: the first party is the subject of the clause it stands in —
   the actor right after the verb opening the clause, or right after إن / أن — when no other actor stands between
   that subject and the act (actors._with_party_doer; audit r20 row 110, the store's talks and partnerships).
Sentences of the training split and the in-domain store; each rule test fails without the rule."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- "the latter" after a comma and حيث ---------------------------------------------------------------------------

def test_the_latter_after_haythu_is_the_last_party_of_the_pair():
    # training split im-8058ab069c (store doc 257): the Iranian militias stepped up their strikes on US bases
    text = ("وشهدت الأسابيع الماضية تبادلاً للقصف بين التحالف الدولي والميليشيات الإيرانية، حيث صعّدت الأخيرة "
            "استهداف القواعد الأميركية في سوريا، وبشكل خاص المتمركزة في ريفي دير الزور والحسكة.")
    _typ, source, target = _roles(text, "استهداف")
    assert (source, target) == ("الميليشيات الإيرانية", "القواعد الأميركية")


# -- "the latter" as an act noun's genitive ---------------------------------------------------------------------

def test_the_latter_as_genitive_is_the_party_named_before_ghadat():
    # audit r20 row 108 (store doc 360): the pro-government pockets had seized sites the day before
    text = ('أكدت مصادر محلية جنوبي اليمن، الخميس، أن قوات "المجلس الانتقالي الجنوبي"، المدعومة من الإمارات، '
            "أعادت إحكام السيطرة الكاملة على العاصمة المؤقتة عدن بعد مواجهات مع جيوب للمقاومة المؤيدة للحكومة "
            "اليمنية غداة سيطرة الأخيرة على عدد من المواقع والأحياء بالمدينة.")
    _typ, source, target = _roles(text, "سيطرة")
    assert source == "جيوب للمقاومة المؤيدة للحكومة اليمنية"
    assert target == "عدد من المواقع والأحياء"  # (r120: the count heads it)


# -- a two-sided act with its other party after مع: the clause's subject ------------------------------------------

def test_talks_with_a_party_are_the_clause_subjects():
    # store doc 72: Araghchi ruled out a quick resumption of talks with the United States
    text = ("كما استبعد عراقجي استئنافًا سريعًا للمحادثات مع الولايات المتحدة بشأن البرنامج النووي لبلاده، مؤكدًا "
            "أن إيران بحاجة إلى ضمان عدم شن واشنطن ضربات عسكرية جديدة ضدها.")
    _typ, source, target = _roles(text, "للمحادثات")
    assert (source, target) == ("عراقجي", "الولايات المتحدة")


def test_a_partnership_with_a_party_is_the_that_clause_subjects():
    # store doc 211: Biden said the United States is committed to the partnership with Iraq
    text = ("وقال بايدن خلال استقباله رئيس الوزراء العراقي مصطفى الكاظمي في البيت الأبيض الاثنين، إن الولايات "
            "المتحدة ملتزمة بالشراكة مع العراق والتعاون في مجال مكافحة الإرهاب.")
    _typ, source, target = _roles(text, "بالشراكة")
    assert (source, target) == ("الولايات المتحدة", "العراق")


def test_fighting_with_a_party_is_the_clause_subjects():
    # audit r20 row 110 (store doc 57): Saleh's loyalists lost ground on the sixth day of fighting the Houthis
    # (the names component reads "صالح أراضي" as one name, so the object is glued to the subject: partial)
    text = 'وخسر أنصار صالح أراضي في اليوم السادس من قتال شرس مع جماعة "أنصار الله" الحوثي.'
    _typ, source, target = _roles(text, "قتال")
    assert source is not None and source.startswith("أنصار صالح")
    assert target == 'جماعة "أنصار الله" الحوثي'


def test_no_clause_subject_across_another_party_before_the_act():
    # store doc 37 (guard, passes with or without the rule): the deal is Trump's withdrawal's, not the subject's
    text = "كما عبرت فرنسا وألمانيا وبريطانيا عن قلقها العميق إزاء قرار ترامب بالانسحاب من الاتفاق مع إيران."
    _typ, source, _target = _roles(text, "الاتفاق")
    assert source is None
