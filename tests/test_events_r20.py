"""Events, round 20 (issue 26, sources, fourth round): the doer a sentence names in a shape the earlier rounds did
not read — the subject of a verb of renewing or resuming an act (جددت, عاودت, أعادت: light verbs, with the verbal
noun in construct between أعادت and the act no subject), the aircraft or artillery of an owner after an act noun
(غارة لطائرات التحالف, قصف من طائرات النظام), and the subject of a relative clause on the act whose verb holds,
launches or signs it with the act as pronoun (الاتفاق الذي وقعته طهران). Sentences from the round-12 audit rows
and the 518-article corpus store (never the dev or test articles of the in-domain corpus); each would fail
without its rule."""
from __future__ import annotations

from conftest import reported_roles as roles


# -- verbs of renewing or resuming an act are light verbs -----------------------------------------------------

def test_renew_verb_carries_its_subject():
    # audit r12 row 15 (corpus, no dev/test article): the Turkish artillery renewed the shelling; the sites, an
    # indefinite kind of site before their holder, are what it shelled
    r = roles("في غضون ذلك، جددت المدفعية التركية قصف مواقع وحدات \"حماية الشعب\" في تل أبيض تزامنا مع اشتباكات "
              "في المنطقة، وقالت وزارة الدفاع التركية إنها قصفت 181 هدفا في إطار عملية \"نبع السلام\".")
    assert r["قصف"] == ("ASSAULT", "المدفعية التركية", "مواقع وحدات \"حماية الشعب\""), r


def test_redo_verb_with_a_verbal_noun_in_construct():
    # audit r12 row 8 (corpus): أعادت إحكام السيطرة — إحكام is the light verb's object, not its subject; the
    # forces before the aside did it
    r = roles("أكدت مصادر محلية جنوبي اليمن، الخميس، أن قوات \"المجلس الانتقالي الجنوبي\"، المدعومة من الإمارات، "
              "أعادت إحكام السيطرة الكاملة على العاصمة المؤقتة عدن بعد مواجهات مع جيوب للمقاومة المؤيدة للحكومة "
              "اليمنية.")
    assert r["السيطرة"][:2] == ("COERCE", "قوات \"المجلس الانتقالي الجنوبي\""), r


def test_resume_verb_carries_its_subject():
    # a resumed storming (the shape of corpus article 474, مليشيا الحوثي تعاود استهداف): عاود is a light verb
    r = roles("وعاودت القوات التركية قصف مواقع الوحدات الكردية في تل رفعت.")
    assert r["قصف"] == ("ASSAULT", "القوات التركية", "مواقع الوحدات الكردية"), r


def test_renewed_intransitive_is_no_light_verb():
    # تجدد القصف: the shelling was renewed (form V), no one renewed it; the army that took the town is no doer
    r = roles("وسيطر الجيش على البلدة، وتجدد القصف على أحياء المدينة بعد ظهر اليوم.")
    assert r["القصف"][1] is None, r


# -- the aircraft or artillery of an owner after an act noun ------------------------------------------------

def test_lam_genitive_aircraft_of_an_owner():
    # audit r12 row 25 (corpus): غارة لطائرات التحالف — the coalition's aircraft struck
    r = roles("أكدت مصادر محلية مقتل وإصابة عشرات من المسؤولين الأمنيين في غارة لطائرات التحالف على تجمع للعزاء "
              "في العاصمة صنعاء مساء اليوم السبت.")
    assert r["غارة"][:2] == ("ASSAULT", "طائرات التحالف"), r


def test_min_before_aircraft_of_an_owner():
    # audit r12 row 16 (corpus): قصف من طائرات النظام السوري ببراميل متفجرة
    r = roles("وذكر المراسل أيضا أن عائلة كاملة من أم وأب وخمسة أطفال قتلوا جراء قصف من طائرات النظام السوري "
              "ببراميل متفجرة على بلدة معصران في ريف إدلب.")
    assert r["قصف"][:2] == ("ASSAULT", "طائرات النظام السوري"), r


def test_aircraft_without_owner_names_no_one():
    # a weapon alone (طائرة مسيرة, no owner after it) is not read as the doer by this rule
    r = roles("قتل خمسة مدنيين في قصف من طائرة مسيرة على عفرين.")
    assert r["قصف"][1] is None, r


# -- a relative clause on the act whose verb holds, launches or signs it -----------------------------------

def test_relative_signer_of_an_agreement():
    # audit r12 row 5 (corpus): the deal Tehran signed (وقعته: its و is no conjunction)
    r = roles("ونص الاتفاق الذي وقعته طهران مع الولايات المتحدة وخمس دول كبرى أخرى عام 2015 على تخفيف العقوبات "
              "عن إيران.")
    assert r["الاتفاق"][:2] == ("AGREE", "طهران"), r


def test_relative_launcher_of_an_indefinite_act():
    # corpus article 509: an indefinite act takes its relative clause with no relative pronoun
    r = roles("ووفقا للمصادر ذاتها، فإن قذائف هاون أطلقها المسلحون \"الحوثيون\" سقطت أيضاً على أحياء \"ثعبات\" "
              "و\"عصيفرة\" و\"الموشكي\" ومحيط وشارع \"26 سبتمبر\"، وشوهدت اعمدة الدخان.")
    assert r["قذائف هاون"][1] == "المسلحون \"الحوثيون\"", r


def test_relative_clause_on_the_object_is_not_the_acts():
    # corpus article 60: التي أطلقتها describes the missiles, not the downing; the air defences downed them
    r = roles("وأضافت سانا نقلا عن مصدر عسكري إن الدفاعات الجوية أسقطت معظم الصواريخ التي أطلقتها الطائرات "
              "المقاتلة الإسرائيلية من فوق هضبة الجولان.")
    assert r["أسقطت"][1] == "الدفاعات الجوية", r
