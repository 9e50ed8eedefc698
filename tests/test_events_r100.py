"""Events, round 100 (detection precision: backing and names). Two rules:

- backing named by where it comes from — دعم or مساندة with من right after it (an adjective between) — is one party's
  material or military backing of another's operation, AID, not a declared endorsement (SUPPORT): GUIDELINES (AID:
  money, weapons, humanitarian or military aid; SUPPORT: political endorsement), audit r19 ("military backing of an
  operation (دعم كبير من, بدعم من) is AID"), the training split (AID دعم 5, SUPPORT دعم 1). retype.tsv rows
  ``SUPPORT:دعم`` (a new "FROM:word" form: only triggers of that entry word; ترحيب من stays SUPPORT);
- a trigger word that is both a past verb and a verbal noun of its type (دعم, قصف, تعاون), bare, right after an
  indefinite actor head and before a definite genitive, is the head's genitive — a name ("قيادة تحالف دعم
  الشرعية") — as the noun already was (detect._named_genitives, detect._masdar_too).

Sentences of the training split and the in-domain store; each test fails without its rule."""
from __future__ import annotations

from conftest import event_roles


def test_backing_from_a_body_is_aid():
    # training split im-be82c30101 (gold: AID دعم), store doc 393
    text = ("وأبدى أكثر من 118 ألف سوري اهتمامهم بالعودة الطوعية، مع تسهيلات وإعفاءات من الأمن العام اللبناني "
            "ودعم من المفوضية والمنظمة الدولية للهجرة.")
    r = event_roles(text)
    assert r["ودعم"][0] == "AID"


def test_military_backing_of_an_operation_is_aid():
    # store doc 235 (audit r19's call: backing of an operation is AID)
    text = ("في أقل من 24 ساعة تمكنت القوات المسلحة اليمنية بدعم من التحالف العربي ، ومشاركة قوات خاصة سعودية "
            "وإماراتية من تحرير معسكر الأدواس.")
    assert event_roles(text)["بدعم"][0] == "AID"


def test_backing_with_an_adjective_before_min_is_aid():
    # store doc 514
    text = "وتمت العملية بإسناد من قوات التحالف ودعم كبير من قوات دولة الإمارات العاملة ضمنه."
    assert event_roles(text)["ودعم"][0] == "AID"


def test_a_welcome_from_a_body_stays_support():
    # the rule reads دعم and مساندة only: a welcome is an endorsement (store doc 247's ترحيب, written with من)
    text = "ولقيت الضربة العسكرية ترحيبا من المعارضة السورية."
    r = event_roles(text)
    assert all(t != "AID" for t, *_ in r.values()), r


def test_the_coalition_to_support_legitimacy_is_a_name():
    # training split im-6a07808d85 (no gold event on دعم), store doc 208
    text = ("كما ينص على أن يلتزم الطرفان بإيقاف الحملات الإعلامية المسيئة بكافة أنواعها بين الأطراف وتوحيد الجهود "
            "تحت قيادة تحالف دعم الشرعية لاستعادة الأمن والاستقرار في اليمن.")
    r = event_roles(text)
    assert "دعم" not in r, r


def test_a_past_verb_after_a_definite_subject_stays():
    # the rule needs an indefinite head in the construct: "التحالف دعم العملية" is a verb and its subject
    text = "وقال البيان إن التحالف الدولي دعم العملية العسكرية عسكريا ولوجستيا."
    r = event_roles(text)
    assert "دعم" in r, r
