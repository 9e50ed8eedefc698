"""Events, round 37 (a claimant of its own act left null, audit round 14 row 134): the pronoun after a noun of
claiming or stating (roles.tsv claiming_nouns: مزاعم, زعم, ادعاء, إعلان, بيان, بلاغ) stands for the noun's owner,
its genitive or the phrase after ل, ending right before the pronoun ("وبحسب مزاعم إيران أنها استهدفت"), as it
stands for the subject of a verb of saying ("قالت إيران إنها استهدفت"); the owner is the doer only when a party
that can do the act (_claiming_party: claimant_heads.txt, claimant_sectors.txt), never an observer or a medium.
Sentences of the training split; the test of the rule fails without it."""
from __future__ import annotations

from conftest import event_roles as roles
from conftest import roles_of as _roles


# -- the owner of a claim noun before the pronoun is the claimant of its own act -------------------------------

def test_claim_noun_owner_is_the_doer_of_its_claimed_strike():
    # training split (im-6dadbf15df, audit r14 row 134): Iran claims it struck "terrorist groups"
    text = ("وبحسب مزاعم إيران أنها استهدفت “مجموعات إرهابية”، قالت سلطات الإقليم إن زعم الحرس الثوري "
            "الإيراني بأن “الهجوم استهدف عدة مواقع لجماعات المعارضة الإيرانية” لا أساس له من الصحة.")
    _typ, source, target = _roles(text, "استهدفت")
    assert source == "إيران"
    assert target == "مجموعات إرهابية"


# -- a medium or an agency reporting an attack is not its doer --------------------------------------------------

def test_an_agency_statement_keeps_the_named_fighters_as_doers():
    # training split (im-718a0e143a): the agency's statement tells of the group's fighters' attack
    text = ("ونشرت وكالة “أعماق” الإلكترونية المقربة من التنظيم بياناً قالت فيه، إن “مسلحي التنظيم استهدفوا "
            "بالأسلحة الرشاشة مقراً لقسد عند مقسم بلدة أبو حردوب شرقي دير الزور”.")
    for trig, (_typ, source, _target) in roles(text).items():
        assert "وكالة" not in (source or "") and "أعماق" not in (source or ""), (trig, source)


def test_a_reporter_is_not_the_doer_of_the_shelling_he_reports():
    # training split (im-8058ab069c): our reporter tells of the militias' rockets
    text = ("وذكر مراسلنا أن الميليشيات الإيرانية قصفت بـ”4″ صواريخ القاعدة الأمريكية في حقل “كونيكو”، إلا أن "
            "الدفاعات الجوية تمكنت من إسقاط اثنين منها، بينما سقط اثنان في أطراف القاعدة شمال دير الزور.")
    for trig, (_typ, source, _target) in roles(text).items():
        assert "مراسل" not in (source or ""), (trig, source)


def test_a_victim_side_channel_is_not_the_doer_of_the_raids():
    # training split (im-42ed335221): the Houthis' channel reports Israeli raids on Hodeidah
    text = ("وقالت قناة المسيرة التابعة للحوثيين إن قتلى وجرحى سقطوا إثر الغارات الإسرائيلية على منشآت تخزين "
            "النفط في ميناء الحديدة.")
    for trig, (_typ, source, _target) in roles(text).items():
        assert "قناة" not in (source or "") and "الحوثيين" not in (source or ""), (trig, source)
