"""Events, round 122 (wrong sources: another phrase taken for the doer).

1. An actor after من right after an act noun names who does it: the rule that read the critic after a noun of
   criticism (وسط انتقادات من الولايات المتحدة) now reads the attacker after a noun of attack and the backer after a
   noun of backing (roles.tsv from_doer: ACCUSE, ASSAULT, AID), past the act's own adjectives (اعتداء خارجي من
   السعودية والإمارات, بدعم فني ولوجستي من التحالف الدولي; not past a counted people's noun: مقتل قياديين من كتائب
   حزب الله) and after a bare stem the lexicon reads as a verb, which takes no من (ودعم من المفوضية). Before, the
   subject of the clause, the speaker or an actor of the phrase before was taken (actors._clause_roles).
   مفوضية (المفوضية, مفوضية اللاجئين) is an actor head noun (actor_heads.txt).

Sentences of the training split and the in-domain store; each test fails without its rule."""
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

