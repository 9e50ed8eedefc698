"""Events, round 34 (a doer named in the sentence but left null or misread, audit round 14): after a conjoined
verb (وصادرت, واستهدف, واستعادت) a phrase that names no actor — a thing, a counted object — is the verb's object,
not its subject; the doer is the subject of the verb heading its chain ("إن قوات الأمن داهمت مقر فصيل تدعمه إيران
… وصادرت صواريخ"). A verb with the pronoun of an indefinite noun right before it (فصيل تدعمه) describes that noun
and heads no chain; a chain head whose subject is the pronoun of إنها names no doer to share. A counted actor
("ودعا عدد من المسؤولين") is still the conjoined verb's own subject. Sentences of the audit rows and of store
articles outside the dev and test splits; each test of a rule fails without it."""
from __future__ import annotations

from conftest import reported_roles as roles


# -- a thing after a conjoined verb is its object; the chain's subject did it ---------------------------------

def test_a_seized_thing_is_no_doer():
    # audit r14 31: صواريخ was read as the subject of وصادرت; تدعمه (a relative clause on فصيل) heads no chain
    r = roles("قال مصدران في الحكومة العراقية، الجمعة، إن قوات الأمن داهمت مقر فصيل تدعمه إيران جنوبي بغداد في "
              "وقت متأخر وصادرت صواريخ واعتقلت 13 عنصرا بينهم 3 من قادة الفصيل.")
    assert r["وصادرت"] == ("COERCE", "قوات الأمن", "صواريخ"), r


def test_a_counted_object_is_no_doer():
    # audit r14 338 (r11 68): "45 هدفا للجيش السوري" counts the targets hit, the Syrian army owns them
    r = roles("لكن أردوغان لم يتوقف وأمر قواته والميليشيات بتطوير الهجمات العسكرية واستهدف 45 هدفا للجيش السوري "
              "في إدلب.")
    assert r["واستهدف"] == ("ASSAULT", "أردوغان", "45 هدفا للجيش السوري"), r


def test_a_retaken_tank_is_no_doer():
    # store im-6c3db7b9d7 (no dev/test article): the forces that took the districts retook the tank
    r = roles('سيطرت قوات"مكافحة الإرهاب" العراقية على مناطق جديدة بالساحل الأيسر شرقي مدينة الموصل مركز محافظة '
              "نينوي، واستعادت دبابة وناقلة جنود من تنظيم(داعش) الإرهابي وعثرت على سيارة معدة للتفخيخ.")
    assert (r["واستعادت"][1] or "").startswith("قوات"), r
    assert not (r["واستعادت"][1] or "").startswith("دبابة"), r


# -- the narrowness: a counted actor, a pronoun subject --------------------------------------------------------

def test_a_counted_actor_is_the_verb_own_subject():
    # store im-f88f7fa5fe: officials and deputies called on the government, not Zarif
    r = roles('" وكان وزير الخارجية الإيراني محمد جواد ظريف قد استنكر اتهامات إردوغان واتهمه بإتباع سياسات مضرة '
              "للمنطقة، ودعا عدد من المسؤولين والنواب الإيرانيين الحكومة إلى إلغاء زيارة إردوغان لإيران المقررة "
              "الأسبوع المقبل.")
    assert "ظريف" not in (r["ودعا"][1] or ""), r


def test_no_chain_subject_read_after_the_pronoun_of_inna():
    # store im-bea1291e6c: تدعم has the network (إنها) as subject; حزب الله is its object, no doer of واستهدفت
    r = roles("وفي الشهر الماضي، أصدرت الولايات المتحدة عقوبات على شبكة دولية لتهريب النفط قالت إنها تدعم حزب الله "
              "وفيلق القدس الإيراني، واستهدفت عشرات الأشخاص والشركات والناقلات.")
    assert "حزب الله" not in (r["واستهدفت"][1] or ""), r
