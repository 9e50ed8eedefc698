"""Events, round 86 (one record per occurrence: retellings in other words). The gold records an event once per article
(GUIDELINES: a later mention of the same strike in other words is not annotated again unless it adds an actor); the
repeat test (detect.repeats) let a later mention through when its trigger was another word (هجوم, then استهداف or
انفجارات) and it had not both actors, or when its actor was told in another form. Now: (1) a later mention that names no
new party is the earlier event told again when what it struck is what the earlier one struck, named the same or
shorter (حقل كونيكو … حقل كونيكو, سيارتهم … السيارة, الحرس الثوري … الحرس الثوري), or when it names no party at all and
happened in the town, base or field where the earlier one happened or that it struck (detect._same_site); not a clash
after a one-sided act or the reverse (roles.tsv mutual_acts: an ambush, then the fighting on the road, are two acts).
(2) The members of a party named by its bare definite head (resources/events/member_heads.txt + التنظيم, المقاومة:
مسلحي التنظيم, مجاهدي المقاومة) are the party already named; (3) a doer left unnamed (resources/events/unknown_doers.txt:
من قبل مجهولين, الجهة التي نفذت الهجوم) is no party; (4) what a mention linked by its trigger word hit in the town the
earlier act struck is no new party (as for a definite retelling without a doer, r64), at a town or a site, not a
country or a region. Passages of the training split; each test fails without its rule (the two guards, that an
ambush and a clash stay two acts and that a country is too wide a place, fail without their exceptions)."""
from __future__ import annotations

from conftest import event_roles as roles


def _count(r: dict, typ: str) -> int:
    return sum(1 for t in r if r[t][0] == typ)


# -- (1) the same site, named the same or shorter ---------------------------------------------------------------------

def test_the_field_struck_again_in_other_words_is_one_attack():
    # training im-b08fb39d9a: "جرى استهداف حقل كونيكو" tells again the rocket attack on the Conoco field (not annotated)
    text = ("سورية: هجوم صاروخي على حقل كونيكو للغاز الذي تتخذه القوات الأميركية قاعدة لها\n\n"
            "وقال الناشط الإعلامي في دير الزور أبو عمر البوكمالي لـ\"العربي الجديد\"، إنه جرى استهداف حقل كونيكو "
            "بأربع قذائف صاروخية.")
    r = roles(text)
    assert "هجوم" in r and "استهداف" not in r, r


def test_explosions_in_the_field_struck_are_that_attack():
    # training im-b08fb39d9a: "دوت انفجارات مساء الثلاثاء في حقل كونيكو" names no party: the headline's attack
    text = ("سورية: هجوم صاروخي على حقل كونيكو للغاز الذي تتخذه القوات الأميركية قاعدة لها\n\n"
            "دوت انفجارات مساء الثلاثاء في حقل \"كونيكو\" للغاز الطبيعي الذي تتخذه القوات الأميركية قاعدة عسكرية "
            "في دير الزور شرقي سورية.")
    r = roles(text)
    assert _count(r, "ASSAULT") == 1, r


def test_a_listing_told_again_as_inclusion_is_one_sanction():
    # training im-64a28bb1bd: "إدراج الحرس الثوري في قائمة الإرهاب" is the designation told at the start
    text = ("أعلن الرئيس الأميركي دونالد ترامب أمس، أن الولايات المتحدة صنفت «الحرس الثوري» الايراني منظمة ارهابية "
            "أجنبية.\nوأوضح أن إدراج الحرس الثوري في قائمة الإرهاب الأميركية «سيكون السابقة الأولى».")
    r = roles(text)
    assert _count(r, "SANCTION") == 1, r


def test_the_car_struck_told_again_is_one_strike():
    # training im-d63bfaedf0: "وقبل استهداف السيارة" after the caption "السيارة التي استهدفتها المسيرة التركية"
    text = ("السيارة التي استهدفتها المسيرة التركية في القامشلي ـ وسائل التواصل\n\n"
            "وتداول ناشطون صورا ومقاطع فيديو لسيارة من طراز \"جيب\" بيضاء مشتعلة.\n\n"
            "وقبل استهداف السيارة ببضع دقائق ضرب انفجار موقعا بالقرب من قرية تل العيد.")
    r = roles(text)
    assert "استهدفتها" in r and "استهداف" not in r, r


def test_shelling_with_no_party_in_the_town_of_the_attack_is_that_attack():
    # training im-da31b3ecff: "بعد تعرضه لقصف صاروخي" in Marib tells again the Houthi missile attack on the governor's house
    text = ("نفذ الحوثيون هجوما صاروخيا الخميس، استهدف منزل، حاكم محافظة مأرب، ما أدى إلى وقوع أضرار كبيرة في المنزل.\n"
            "وتداول ناشطون يمنيون على مواقع التواصل الاجتماعي، صورا لمنزل محافظ مأرب، بعد تعرضه لقصف صاروخي.")
    r = roles(text)
    assert "هجوما" in r and "لقصف" not in r, r


def test_an_ambush_and_the_clashes_on_the_same_road_stay_two_acts():
    # training im-5e61ce1698: the gold has both the ambush and the clashes on the Homs-Tartus road (a guard of the
    # mutual_acts exception: passes without the round, fails with _same_site without it)
    text = ("كما نُصب كمين لصحفيين على طريق حمص–طرطوس، بحسب \"تلفزيون سوريا\".\n"
            "كما دارت مواجهات على طريق حمص - طرطوس.")
    r = roles(text)
    assert "كمين" in r and "مواجهات" in r, r


def test_two_strikes_on_two_bases_stay_two():
    from marsad.document import Event
    from marsad.extract.events.detect import _same_site
    a = Event(0, 10, "ASSAULT", trigger="هجوم", target="قاعدة عين الأسد")
    b = Event(20, 30, "ASSAULT", trigger="استهداف", target="قاعدة حرير")
    assert not _same_site(b, a)


# -- (2) members of the party named by its bare head ------------------------------------------------------------------

def test_the_gunmen_of_the_organisation_are_the_organisation_told_again():
    # training im-718a0e143a: Amaq's "مسلحي التنظيم استهدفوا ... مقراً لقسد" is the attack IS claimed (not annotated)
    text = ("تبنى تنظيم الدولة الإسلامية “داعش”، أمس السبت، هجوماً بالأسلحة الرشاشة استهدف مقراً عسكرياً لقوات سوريا "
            "الديمقراطية “قسد” في بلدة شرقي دير الزور، شرقي سوريا.\n\n"
            "ونشرت وكالة “أعماق” الإلكترونية المقربة من التنظيم بياناً قالت فيه، إن “مسلحي التنظيم استهدفوا بالأسلحة "
            "الرشاشة مقراً لقسد عند مقسم بلدة أبو حردوب شرقي دير الزور”.")
    r = roles(text)
    assert "استهدفوا" not in r, r


def test_the_fighters_of_the_resistance_are_the_resistance_told_again():
    # training im-544ef91c3b: "مجاهدي المقاومة استهدفوا القاعدة الأميركية" quotes the claim of the strike on Harir
    text = ("العراق: المقاومة الإسلامية تستهدف قاعدة \"حرير\" الأميركية بالطيران المسيّر\n"
            "ونشرت المقاومة الإسلامية العراقية بياناً مقتضباً، وقالت إنّ \"مجاهدي المقاومة استهدفوا القاعدة الأميركية "
            "عبر استخدام الطيران المُسيّر\".")
    r = roles(text)
    assert "استهدفوا" not in r, r


# -- (3) an unnamed doer ----------------------------------------------------------------------------------------------

def test_unknown_attackers_are_no_new_party():
    # training im-a38109c18c: "بعد استهدافها ... من قبل مجهولين" is the rocket attack on the Conoco base of the lead
    text = ("استهدف هجوم صاروخي قاعدة أميركية في حقل غاز كونيكو شرقي سوريا. وقالت مصادر محلية إن ألسنة اللهب تتصاعد "
            "من قلب قاعدة الجيش الأميركي في حقل كونيكو، بعد استهدافها مساء اليوم الإثنين من قبل مجهولين، بعدد من "
            "الصواريخ.")
    r = roles(text)
    assert "استهدافها" not in r, r


def test_unnamed_doer_words():
    from marsad.extract.events.detect import _unnamed_doer
    assert _unnamed_doer("مجهولين") and _unnamed_doer("الجهة") and _unnamed_doer("مسلحين مجهولين")
    assert not _unnamed_doer("مسلحي التنظيم") and not _unnamed_doer("الحوثيين") and not _unnamed_doer(None)


# -- (4) what was hit in the town struck before --------------------------------------------------------------------------

def test_raids_on_targets_in_the_port_of_the_city_struck_are_the_same_raids():
    # training im-42ed335221: the army's "شنت غارات على أهداف ... بمنطقة ميناء الحديدة" (not annotated)
    text = ("سقط عدد من القتلى والجرحى في غارات شنتها طائرات إسرائيلية اليوم السبت على مدينة الحديدة غربي اليمن، بعد "
            "يوم من هجوم الحوثيين بمسيرة على تل أبيب.\n"
            "وقالت قناة المسيرة التابعة للحوثيين إن قتلى وجرحى سقطوا إثر الغارات الإسرائيلية على منشآت تخزين النفط في "
            "ميناء الحديدة.\n"
            "وقال المتحدث باسم الجيش الإسرائيلي إن الطائرات الحربية الإسرائيلية شنت غارات على أهداف تابعة لجماعة "
            "الحوثي بمنطقة ميناء الحديدة في اليمن.")
    r = roles(text)
    assert [t for t in r if r[t][1] == "الطائرات الحربية الإسرائيلية"] == [], r


def test_what_was_hit_in_a_country_struck_is_no_retelling():
    # training im-bacf8bd7f1 (gold has both): a drone launched towards Khamis Mushait, in Saudi Arabia, after the
    # missile on Jeddah, is another act: a country is too wide a place to tell one act from another
    from marsad.document import Event
    from marsad.extract.events.detect import _local
    assert not _local(Event(0, 1, "ASSAULT", place="السعودية", place_actor={"kind": "country"}))
    assert _local(Event(0, 1, "ASSAULT", place="ميناء الحديدة", place_actor={"kind": "port"}))


# -- fighting is a clash (roles.tsv mutual_acts, after r86) ------------------------------------------------------------

def test_days_of_fighting_with_a_party_are_a_clash_not_a_retelling():
    # store doc 57 (in-domain corpus): "six days of fierce fighting with the Houthis" after the blowing-up of Saleh's
    # house is the clash itself, not the bombing told again: قتال and صدامات are acts two sides do to each other
    text = ("وقال شهود إن الحوثيين فجروا منزل صالح في صنعاء. وخسر أنصار صالح أراضي في اليوم السادس من قتال شرس "
            "مع جماعة \"أنصار الله\" الحوثي.")
    r = roles(text)
    assert "قتال" in r and r["قتال"][0] == "ASSAULT", r
