"""Events, round 122 (wrong sources: another phrase taken for the doer).

1. An actor after من right after an act noun names who does it: the rule that read the critic after a noun of
   criticism (وسط انتقادات من الولايات المتحدة) now reads the attacker after a noun of attack and the backer after a
   noun of backing (roles.tsv from_doer: ACCUSE, ASSAULT, AID), past the act's own adjectives (اعتداء خارجي من
   السعودية والإمارات, بدعم فني ولوجستي من التحالف الدولي; not past a counted people's noun: مقتل قياديين من كتائب
   حزب الله) and after a bare stem the lexicon reads as a verb, which takes no من (ودعم من المفوضية). Before, the
   subject of the clause, the speaker or an actor of the phrase before was taken (actors._clause_roles).
   مفوضية (المفوضية, مفوضية اللاجئين) is an actor head noun (actor_heads.txt).
2. A conjoined verb with no subject of its own after a that-clause whose subject names no actor (a time, a thing:
   إن عام 2016 سيكون …) goes on the chain of the verb of saying that opens the clause, when it agrees with it: its
   doer is the sayer, not the first name inside the clause (actors._sayer_past_that; audit r20 row 54).
3. An imperfect with its plural subject written on it (-ون) has no subject after it, whatever its type (before:
   only for a type with a bare object): "وهم يهتفون "الموت لأمريكا"" — the chant's word is no doer (audit r20 row
   106); the doer is the shared subject.

Sentences of the training split, the round 20 audit and the in-domain store; each test fails without its rule."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- 1. the doer after من right after an act noun ------------------------------------------------------------------------

def test_attacker_after_min_past_the_act_adjective():
    # training split im-099ea5e2bf (store doc 17): the speaker جورج قرداحي was taken for the attackers
    text = ("وكان قرداحي اعتبر في مقابلة تلفزيونية بثت الاثنين وأجريت قبل توليه حقيبة الإعلام في الحكومة اللبنانية "
            "في أيلول الماضي، أنّ الحوثيين يدافعون عن أنفسهم في وجه اعتداء خارجي من السعودية والإمارات.")
    typ, source, _target = _roles(text, "اعتداء")
    assert typ == "ASSAULT"
    assert source == "السعودية والإمارات"


def test_backer_after_min_not_the_backed_subject():
    # store doc 235: the backed القوات المسلحة اليمنية was taken for the backer
    text = ("في أقل من 24 ساعة تمكنت القوات المسلحة اليمنية بدعم من التحالف العربي ، ومشاركة قوات خاصة سعودية "
            "وإماراتية من تحرير مدينة المكلا بحضرموت ومرافق مدنية وعسكرية ومنشآت اقتصادية.")
    typ, source, _target = _roles(text, "بدعم")
    assert typ == "AID"
    assert source == "التحالف العربي"


def test_backer_after_min_past_two_adjectives():
    # store doc 452
    text = ('وأضاف البيان: "تمكّنت القوة المحمولة جوا، وبالتنسيق مع قوات الأمن السورية وبدعم فني ولوجستي من '
            'التحالف الدولي، من تنفيذ إنزال جوي شمال شرقي سوريا والقبض على الشخصَين المطلوبين لصلتهما بتنظيم داعش".')
    typ, source, _target = _roles(text, "وبدعم")
    assert typ == "AID"
    assert source == "التحالف الدولي"


def test_bare_stem_before_min_is_no_verb_with_the_phrase_before_as_subject():
    # training split im-be82c30101 (store doc 393): الأمن العام اللبناني, the grantor of the exemptions before, was
    # taken for the backer (gold: المفوضية والمنظمة الدولية للهجرة; the commission now read, then dropped when
    # the phrase after it is read as the target: no wrong doer)
    text = ("شُطب أكثر من 294 ألف سوري من قاعدة بيانات مفوضية اللاجئين في لبنان بسبب عودتهم، وأبدى أكثر من 118 "
            "ألف سوري اهتمامهم بالعودة الطوعية، مع تسهيلات وإعفاءات من الأمن العام اللبناني ودعم من المفوضية "
            "والمنظمة الدولية للهجرة.")
    _typ, source, _target = _roles(text, "ودعم")
    assert source != "الأمن العام اللبناني"



# -- 2. a conjoined verb after a that-clause with a thing for subject: the sayer's ----------------------------------------

def test_conjoined_verb_after_a_that_clause_on_a_time_has_the_sayer():
    # audit r20 row 54 (store doc 319): the enemy داعش named inside the that-clause was taken for the praiser
    text = ('قال رئيس الوزراء العراقي حيدر العبادي في كلمة بثها التلفزيون إن عام 2016 سيكون عام الانتصار النهائي '
            'على تنظيم "داعش" في العراق وأشاد باستعادة السيطرة على مدينة الرمادي في غرب البلاد من التنظيم، حسبما '
            'نقلت وكالة "رويترز".')
    typ, source, _target = _roles(text, "وأشاد")
    assert typ == "SUPPORT"
    assert source == "حيدر العبادي"


# -- 3. no subject after an imperfect in -ون --------------------------------------------------------------------------------

def test_chant_after_a_plural_imperfect_is_no_doer():
    # audit r20 row 106 (store doc 130): the chant word الموت was taken for the protesters
    text = ('وقالت "فرانس برس" إن المحتجين هاجموا البوابة الرئيسية للسفارة الأميركية في بغداد، منددين بالضربات '
            'الجوية الأمريكية التي استهدفت الأحد قواعد لفصيل عراقي موال لإيران، وأحرقوا أعلاما وحطموا كاميرات '
            'مراقبة وهم يهتفون "الموت لأمريكا".')
    typ, source, _target = _roles(text, "يهتفون")
    assert typ == "PROTEST"
    assert source == "المحتجين"
