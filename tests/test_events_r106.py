"""Events, round 106 (events found but read as mere mentions, continued from round 102): a trigger the detector finds
is an event only when something reports it (detect._apply_evidence). Three more general cases are made reports: the
object of a light verb of escalating or exchanging (evidence.tsv carry صعد, تبادل: "صعّدت الأخيرة استهداف القواعد",
"تتبادل واشنطن وطهران التهديدات"); the event noun a verbal noun of occurrence governs (evidence.tsv occurrence n:
اندلاع, وقوع, حدوث, as their verbs اندلع, وقع, حدث do); and the event noun right after a word of sequence that
presupposes it (evidence.tsv after: بعد, عقب, إثر, منذ, انتقاما …: "بعد اعتصام", "عقب مباحثات" — what something came
after took place). Sentences of the training split (its missed gold); each test fails without the rule."""
from __future__ import annotations

from conftest import event_roles


def _reported(text: str) -> dict[str, tuple]:
    return event_roles(text, reported=True)


# -- light verbs: the event noun is their object ----------------------------------------------------------------------

def test_escalating_attacks_reports_them():
    # training split im-8058ab069c (missed gold ASSAULT استهداف)
    text = ("وشهدت الأسابيع الماضية تبادلاً للقصف بين التحالف الدولي والميليشيات الإيرانية، حيث صعّدت الأخيرة "
            "استهداف القواعد الأميركية في سوريا، وبشكل خاص المتمركزة في ريفي دير الزور والحسكة.")
    ev = _reported(text)
    assert ev.get("استهداف", (None,))[0] == "ASSAULT", ev


def test_exchanging_threats_reports_them():
    # training split im-b2499e8ad0 (missed gold THREATEN التهديدات)
    text = "ومنذ مقتل سليماني والمهندس، وتتبادل واشنطن وطهران التهديدات المتبادلة."
    ev = _reported(text)
    assert ev.get("التهديدات", (None,))[0] == "THREATEN", ev


# -- a word of sequence presupposes the act it governs ----------------------------------------------------------------

def test_a_sit_in_something_came_after_took_place():
    # training split im-479bb0c1b0 (missed gold PROTEST اعتصام)
    text = ("وياتي اغتيال سليماني وابو مهدي المهندس بعد اعتصام لموالين للحشد الشعبي امام السفارة الامريكية في "
            "المنطقة الخضراء في بغداد وقيام المعتصمين بحرق احد بوابات السفارة.")
    ev = _reported(text)
    assert ev.get("اعتصام", (None,))[0] == "PROTEST", ev


def test_talks_an_announcement_followed_took_place():
    # training split im-42906d4170 (missed gold CONSULT مباحثات)
    text = ("وفي 10 مارس الجاري، أعلنت السعودية وإيران استئناف علاقاتهما الدبلوماسية وإعادة فتح السفارات في غضون "
            "شهرين، وذلك عقب مباحثات برعاية صينية في بكين، بحسب بيان مشترك للبلدان الثلاثة.")
    ev = _reported(text)
    assert ev.get("مباحثات", (None,))[0] == "CONSULT", ev


def test_a_killing_avenged_took_place():
    # training split im-b2499e8ad0 (missed gold ASSAULT لمقتل: انتقاماً with its ل glued to the noun)
    text = "عاجل – بيان منسوب ل #الحرس_الثوري_الإيراني يؤكد استهداف قاعدة «عين الأسد» انتقاماً لمقتل #قاسم_سليماني"
    ev = _reported(text)
    assert ev.get("لمقتل", (None,))[0] == "ASSAULT", ev



# -- a verbal noun of occurrence: its genitive took place -------------------------------------------------------------

def test_clashes_that_broke_out_took_place():
    # in-domain store doc 480 (the round's store changes: added, better)
    text = ("وبدأ هجوم داعش، بتفجير عربات مفخخة بالقرب من الباب الرئيسي للسجن، أعقبه اندلاع اشتباكات عنيفة "
            "بالأسلحة الخفيفة، بين القوات الأمنية المسؤولة عن السجن، وعناصر داعش المهاجمين بعد تسللهم لمحيط السجن "
            "من حي الزهور جنوبي الحسكة.")
    ev = _reported(text)
    assert ev.get("اشتباكات", (None,))[0] == "ASSAULT", ev
