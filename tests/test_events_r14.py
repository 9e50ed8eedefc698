"""Events, round 14 (issue 26, audit rounds 8-9): the source of an event whose named doer was left null — a
doer after the act marked by من لدن / من جانب / مصدره (as من قبل), the parties after بين of a symmetric act
(clashes, talks, agreements) set off by من جهة … من جهة أخرى or named by one dual or plural phrase.
Sentences in the style of the in-domain corpus (never its test articles)."""
from __future__ import annotations

from conftest import event_roles
from conftest import event_source as source_of


# -- من لدن / من جانب / مصدره after the act name its doer, as من قبل does ------------------------------------------

def test_min_ladun_names_the_doer():
    text = "عندما تعرضت بعثات دبلوماسية سعودية في إيران لهجمات من لدن محتجين إيرانيين."
    assert event_roles(text)["لهجمات"][:2] == ("ASSAULT", "محتجين إيرانيين")


def test_min_janib_names_the_doer():
    text = ("اغتيل قياديان في حركة النجباء العراقية، إثر انفجار قوي في العاصمة العراقية بغداد، "
            "نتيجة قصف من جانب طائرة مسيرة.")
    assert event_roles(text)["قصف"][:2] == ("ASSAULT", "طائرة مسيرة")


def test_masdaruhu_names_the_doer():
    text = ("أن القاعدة الأمريكية في حقل غاز كونيكو شرقي دير الزور تعرضت مساء أمس الخميس، "
            "لهجوم صاروخي مصدره الميليشيات الإيرانية.")
    assert event_roles(text)["لهجوم"][:2] == ("ASSAULT", "الميليشيات الإيرانية")


def test_min_janib_wahid_is_no_doer():
    # control: من جانب واحد is "unilateral", no actor
    text = "وتواصل القصف من جانب واحد على المدينة."
    assert source_of(text, "القصف") is None


# -- the parties after بين of a symmetric act: "X من جهة وY من جهة أخرى", or one phrase naming them all ------------

def test_between_min_jiha_parties():
    text = ("وأمس السبت، شهدت مدينة كركوك تظاهرات تخللتها اشتباكات بين متظاهرين أكراد من جهة "
            "والمشاركين في اعتصام من العرب والتركمان من جهة أخرى.")
    assert event_roles(text)["اشتباكات"][:2] == ("ASSAULT", "متظاهرين أكراد")


def test_between_min_jiha_after_adverbial():
    text = ("في وقت تتواصل المعارك بعدة جبهات بين المقاومة الشعبية من جهة والمسلحين الحوثيين "
            "وقوات الرئيس المخلوع من جهة أخرى.")
    assert event_roles(text)["المعارك"][:2] == ("ASSAULT", "المقاومة الشعبية")


def test_between_plural_parties():
    # audit r9 row 48
    text = "وتتواصل المحادثات بين الأطراف اليمنية في الكويت."
    assert event_roles(text)["المحادثات"][:2] == ("CONSULT", "الأطراف اليمنية")


def test_between_dual_in_construct():
    text = "واتفق البلدان على عقد اجتماع بين وزيري الخارجية، لتفعيل الاتفاق وترتيب تبادل السفراء."
    r = event_roles(text)
    assert r["اجتماع"][:2] == ("CONSULT", "وزيري الخارجية")
    assert r["واتفق"][1] == "البلدان"  # the verb's own subject, not the noun's بين


def test_between_lone_dual_refers_back():
    # control: الجانبين alone points back to parties named before; no doer named here
    text = "واندلعت اشتباكات بين الجانبين في المدينة."
    assert source_of(text, "اشتباكات") is None


# -- the genitive of إعلان announced the act named after it, and did it ---------------------------------------

def test_announcement_noun_genitive_is_the_doer():
    text = ("فقد تلقى التنظيم الإرهابي هزيمة جديدة مع إعلان قوات سوريا الديمقراطية استعادة السيطرة "
            "بشكل كامل على سجن الصناعة بالحسكة.")
    assert event_roles(text)["استعادة"][:2] == ("COERCE", "قوات سوريا الديمقراطية")


def test_announcement_noun_genitive_past_a_time():
    text = "وجاء ذلك بعد إعلان الجيش الإسرائيلي، اليوم، استهداف المبنى نفسه في العاصمة."
    assert event_roles(text)["استهداف"][:2] == ("ASSAULT", "الجيش الإسرائيلي")


def test_announced_thing_is_no_doer():
    # control: النصر is what is announced, not who announces
    text = "مشيرة إلى أنها تأخرت في اعلان النصر حتى نتأكد من قتل آخر ارهابي في الفلوجة."
    r = event_roles(text)
    assert all(v[1] != "النصر" for v in r.values()), r


# -- an act after a preposition of sequence shares the doer of the verb of its type before it -------------------

def test_sequence_prep_after_svo_verb():
    text = ('قال شهود عيان إنّ "الحوثيين فجروا المنزل، عقب معارك عنيفة مع قوات صالح، '
            'منذ منتصف الليلة الماضية".')
    assert event_roles(text)["معارك"][:2] == ("ASSAULT", "الحوثيين")


def test_sequence_prep_not_after_victim_verb():
    # control: the subject of a verb of killing is its victim, no doer of the clashes; (round 33) the other side
    # named after مع killed them, as the training split annotates "مقتل وإصابة العشرات في المواجهات مع قوات …"
    text = "قتل ثلاثة جنود عقب اشتباكات مع مسلحين في المدينة."
    assert source_of(text, "اشتباكات") == "مسلحين"


# -- verbs of trying and intending carry their subject to the act noun after them, as تمكن and استطاع do --------

def test_try_verb_carries_its_subject():
    text = "وحاول مسلحون اقتحام مقر المحافظة في المدينة."
    assert event_roles(text)["اقتحام"][:2] == ("ASSAULT", "مسلحون")


def test_intend_verb_carries_its_subject():
    text = "وتعتزم الحكومة فرض عقوبات على الشركات المخالفة."
    assert event_roles(text)["فرض عقوبات"][:2] == ("SANCTION", "الحكومة")


def test_renew_a_demand_shares_the_subject():
    # audit r9 row 51
    text = ("وأكد الحضرمي أن الحكومة اليمنية ترفض استمرار تقديم الدعم الاماراتي لقوات المجلس الانتقالي، "
            "وتجدد المطالبة بإيقافه بشكل فوري وكامل.")
    assert event_roles(text)["المطالبة"][:2] == ("REQUEST", "الحكومة اليمنية")


def test_renewed_fighting_has_no_renewer():
    # control: before an act of force تجدد is intransitive ("was renewed"), the act its subject
    text = "وقالت الحكومة إن الهدنة صامدة، وتجددت الغارات على الأحياء الشرقية."
    assert source_of(text, "الغارات") is None


# -- a title followed by a person's name set off by commas: the name is the source ---------------------------------

def test_title_with_apposed_name():
    text = ("وذكرت وكالة الأنباء الإيرانية الرسمية أنه عقب زيارة الرئيس الإيراني، إبراهيم رئيسي، لبكين في شباط الماضي، "
            "تحسنت العلاقات بين البلدين.")
    assert event_roles(text)["زيارة"][:2] == ("CONSULT", "إبراهيم رئيسي")


# -- an exact number before a counted source is part of it -----------------------------------------------------

def test_number_stays_in_the_source():
    text = "وشنت ثلاث طائرات مسيرة هجوما على القاعدة الأمريكية فجر اليوم."
    assert event_roles(text)["هجوما"][:2] == ("ASSAULT", "ثلاث طائرات")


def test_vague_count_stays_outside_the_source():
    # control: a vague count was left outside, as for targets (tests of rounds 5-13); round 120 puts it inside, as
    # the training split's gold has it (27 sources and targets in, 3 out)
    text = "وانسحب عشرات المسلحين من المدينة."
    assert event_roles(text)["وانسحب"][:2] == ("RETREAT", "عشرات المسلحين")


def test_year_before_a_definite_source_is_no_count():
    # control: a number before a definite noun counts nothing
    text = "وفي عام 2019 السلطات السعودية نفذت حكم الإعدام بحق 37 شخصا."
    r = event_roles(text)
    assert all(not (v[1] or "").startswith("2019") for v in r.values()), r
